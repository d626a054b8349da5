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


def type_date(date_edit, day, *, leave: bool = False) -> None:
    """Type a date into a DateEdit key by key, dd/mm/yyyy as the user does (not ``set_value``: QA 54 F3): a date, or
    the text itself (ASCII); None clears the field. ``leave``: then check it as leaving the field does (a message under
    it for a text that is no date); otherwise the form reads the text when it takes its value."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    edit = date_edit.edit
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    if day is not None:
        QTest.keyClicks(edit, day if isinstance(day, str) else day.strftime("%d/%m/%Y"))
    if leave:
        date_edit.commit()
