"""The application's style sheet: a focus indicator a clerk sees at a glance.

The platform styles mark the focused field with a thin, pale line (Windows 10/11: a 1-px accent on
a light background); keyboard users lose track of where they are. Every focusable control gets a
2-px dark-blue frame while it has the focus. The frames apply only in the :focus state, so other states keep the platform's look;
read-only fields have the window's background, as on Windows, so that they do not look typeable;
multi-line fields and lists get a plain 1-px frame (so that the 2-px one fits in their frame when
focused), and combo and spin boxes draw their arrows from resources/icons in every state (once a
style sheet styles a part of them, the platform no longer draws their arrows).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit

from qms_desktop.paths import resource_path

FOCUS_COLOR = "#0b57d0"


def focus_style() -> str:
    down = resource_path("icons", "arrow_down.png").as_posix()
    up = resource_path("icons", "arrow_up.png").as_posix()
    c = FOCUS_COLOR
    return f"""
QLineEdit[readOnly="true"] {{
    background: palette(window); border: 1px solid #b8b8b8; border-radius: 2px; padding: 2px;
}}
QPlainTextEdit[readOnly="true"] {{ background: palette(window); }}
QLineEdit:focus {{
    border: 2px solid {c}; border-radius: 3px; padding: 1px;
}}
QPlainTextEdit, QTextEdit, QTableView, QListView, QTreeView {{
    border: 1px solid #a8a8a8; border-radius: 2px; padding: 1px;
}}
QPlainTextEdit:focus, QTextEdit:focus, QTableView:focus, QListView:focus, QTreeView:focus {{
    border: 2px solid {c}; padding: 0px;
}}
QComboBox:focus {{
    border: 2px solid {c}; border-radius: 3px; padding: 1px 20px 1px 4px;
}}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 18px; border: 0px;
}}
QComboBox::down-arrow {{ image: url("{down}"); }}
QAbstractSpinBox {{
    border: 1px solid #a8a8a8; border-radius: 2px; padding: 1px 18px 1px 2px; background: palette(base);
}}
QAbstractSpinBox[readOnly="true"] {{ background: palette(window); }}
QAbstractSpinBox:focus {{
    border: 2px solid {c}; border-radius: 3px; padding: 0px 17px 0px 1px;
}}
QAbstractSpinBox::up-button {{
    subcontrol-origin: border; subcontrol-position: top right; width: 16px; border: 0px;
}}
QAbstractSpinBox::down-button {{
    subcontrol-origin: border; subcontrol-position: bottom right; width: 16px; border: 0px;
}}
QAbstractSpinBox::up-arrow {{ image: url("{up}"); }}
QAbstractSpinBox::down-arrow {{ image: url("{down}"); }}
QPushButton:focus, QToolButton:focus {{
    border: 2px solid {c}; border-radius: 3px; background-color: palette(button); padding: 1px 4px;
}}
QCheckBox:focus, QRadioButton:focus {{
    border: 2px solid {c}; border-radius: 3px; padding: 1px;
}}
"""


def set_read_only(widget: QLineEdit | QPlainTextEdit | QAbstractSpinBox, read_only: bool) -> None:
    """``setReadOnly``, and the read-only look follows: Qt applies a style sheet's property selectors at polish
    time only, so a field made read-only later kept the white of a field one can type in (QA 21 F16)."""
    if widget.isReadOnly() != read_only:
        widget.setReadOnly(read_only)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def apply_style(app: QApplication) -> None:
    """Install the style sheet (keeping any rules already set)."""
    sheet = focus_style()
    if sheet not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + sheet)
