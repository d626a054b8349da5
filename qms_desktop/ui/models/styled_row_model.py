"""RowTableModel with per-row colours, and optional check boxes in one column."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from qms_desktop.ui.models.row_table_model import Column, RowTableModel

RED = QColor("#b00020")
GREEN = QColor("#1b7f3b")
GREY = QColor("#777777")


class StyledRowModel(RowTableModel):
    """``foreground(row, column_key)`` returns a QColor or None; ``check_column`` names a bool
    column shown as a check box whose toggling calls ``on_check(row, checked)`` (which writes and
    reloads; the model itself never changes its rows)."""

    def __init__(self, columns: list[Column], parent=None, *,
                 foreground: Callable[[Any, str], QColor | None] | None = None,
                 check_column: str | None = None, on_check: Callable[[Any, bool], None] | None = None,
                 checkable: Callable[[], bool] = lambda: True) -> None:
        super().__init__(columns, parent)
        self._foreground = foreground
        self._check_column = check_column
        self._on_check = on_check
        self._checkable = checkable

    def _is_check(self, index: QModelIndex) -> bool:
        return self._check_column is not None and self.columns[index.column()].key == self._check_column

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if self._is_check(index):
            row = self.row_at(index.row())
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if getattr(row, self._check_column) else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return ""
        if role == Qt.ItemDataRole.ForegroundRole and self._foreground is not None:
            color = self._foreground(self.row_at(index.row()), self.columns[index.column()].key)
            return QBrush(color) if color is not None else None
        return super().data(index, role)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._is_check(index) and self._checkable():
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role == Qt.ItemDataRole.CheckStateRole and self._is_check(index) and self._on_check is not None:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            self._on_check(self.row_at(index.row()), checked)
            return True
        return False
