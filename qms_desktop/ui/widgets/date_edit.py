"""Date entry as dd/MM/yyyy with a calendar, optionally empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

_NULL = QDate(1900, 1, 1)


class DateEdit(QDateEdit):
    """A QDateEdit showing dd/MM/yyyy with a calendar popup; empty when ``optional`` and unset."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self._optional = optional
        if optional:
            self.setMinimumDate(_NULL)
            self.setSpecialValueText(" ")  # shown for the minimum date: "no date"
            self.setDate(_NULL)
        else:
            self.setDate(QDate.currentDate())

    def value(self) -> dt.date | None:
        q = self.date()
        if self._optional and q == _NULL:
            return None
        return dt.date(q.year(), q.month(), q.day())

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(_NULL if self._optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))
