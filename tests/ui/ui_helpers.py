"""Helpers of the GUI tests (imported as ``ui_helpers``: tests/ is not a package)."""

from __future__ import annotations

PASSWORD = "matkhau-2026"


def set_text(widget, text: str) -> None:
    """Type Vietnamese into a line edit as the user would (never keyClicks: it aborts on non-ASCII)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    widget.clear()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
