"""The bundled UI font (Be Vietnam Pro) and the user's text size (A-/A+), applied app-wide.

Offscreen test runs and bare Windows installs may lack a font with Vietnamese glyphs; registering
our own TTFs makes every screen render diacritics the same everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from qms_desktop.paths import resource_path

UI_FONT_DIR = ("fonts", "ui")
DEFAULT_POINT_SIZE = 10
MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 18
_SETTING = "ui/font_point_size"

_family: str | None = None


class FontEvents(QObject):
    """``changed`` after the app font changed (Qt tells only top-level windows, and no widget that
    has a font of its own, so headings and charts listen here)."""

    changed = Signal()


_events: FontEvents | None = None


def font_events() -> FontEvents:
    global _events
    if _events is None:
        _events = FontEvents()
    return _events


def register_ui_font() -> str | None:
    """Register the bundled TTFs once; returns the family name, or None if none could be loaded."""
    global _family
    if _family is not None:
        return _family
    for path in sorted(resource_path(*UI_FONT_DIR).glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and _family is None:
            _family = families[0]
    return _family


def saved_point_size() -> int:
    try:
        size = int(QSettings().value(_SETTING, DEFAULT_POINT_SIZE))
    except (TypeError, ValueError):
        size = DEFAULT_POINT_SIZE
    return max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))


def apply_app_font(app: QApplication, point_size: int | None = None) -> QFont:
    """Make the bundled family (if registered) at ``point_size`` (default: remembered) the app font."""
    font = QFont(app.font())
    family = register_ui_font()
    if family:
        font.setFamilies([family])
    font.setPointSize(point_size or saved_point_size())
    _set_font(app, font)
    font_events().changed.emit()
    return font


def change_point_size(delta: int) -> int:
    """A-/A+: change the app font by ``delta`` points (0 resets), remember it, return the new size."""
    app = QApplication.instance()
    current = app.font().pointSize()
    size = DEFAULT_POINT_SIZE if delta == 0 else max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, current + delta))
    QSettings().setValue(_SETTING, size)
    font = QFont(app.font())
    font.setPointSize(size)
    _set_font(app, font)
    font_events().changed.emit()
    return size


def _set_font(app: QApplication, font: QFont) -> None:
    app.setFont(font)
    if app.styleSheet():
        # With a style sheet (ui.style) Qt does not pass the new application font on to widgets that
        # already exist; tell each of them (cheap, unlike re-applying the style sheet to every widget).
        # The windows and what they hold, not QApplication.allWidgets(): that list also hands out widgets
        # being torn down (a closed window's, deleted later), and wrapping one for Python crashed (CI).
        import shiboken6
        from PySide6.QtCore import QEvent

        for window in app.topLevelWidgets():
            if not shiboken6.isValid(window):
                continue
            for widget in (window, *window.findChildren(QWidget)):
                app.sendEvent(widget, QEvent(QEvent.Type.ApplicationFontChange))


def relative_font(delta: int = 0, *, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSize(max(MIN_POINT_SIZE - 2, font.pointSize() + delta))
    font.setBold(bold)
    return font


class Heading(QLabel):
    """A label ``delta`` points larger than the app font, following A-/A+ changes."""

    def __init__(self, text: str = "", delta: int = 4, parent: QWidget | None = None, *, bold: bool = True) -> None:
        super().__init__(text, parent)
        self._delta, self._bold = delta, bold
        self._follow()
        font_events().changed.connect(self._follow)

    def _follow(self) -> None:
        self.setFont(relative_font(self._delta, bold=self._bold))
