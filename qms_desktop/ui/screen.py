"""Window sizes that fit the office PC's screen (1366×768 with a taskbar is common)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 32  # a Windows title bar, not part of a widget's geometry
TASKBAR = 40  # when the platform reports no taskbar of its own (available = whole screen)


def usable_size(widget: QWidget | None = None) -> tuple[int, int]:
    """The largest client size a top-level window may take on the widget's (or the primary) screen."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        return 1366, 768 - TITLE_BAR - TASKBAR
    avail, full = screen.availableGeometry(), screen.geometry()
    taskbar = TASKBAR if avail.height() == full.height() else 0
    return avail.width() - 8, avail.height() - TITLE_BAR - taskbar - 8


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, smaller where the screen is smaller."""
    max_w, max_h = usable_size(widget)
    widget.resize(min(width, max_w), min(height, max_h))
