"""A table model over a list of plain rows (service dataclasses or dicts), sorted in the model."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from qms_desktop.domain import rates
from qms_desktop.domain.model import label
from qms_desktop.domain.text import fold, sort_key
from qms_desktop.i18n import format_date, format_number

SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    key: str  # attribute or dict key of a row
    header: str  # English source, translated in headerData with ``context``
    kind: str = "text"  # text / date / number / ordinal (a row number: 20005, never 20.005) / bool / label
    width: int = 0
    value: Callable[[Any], Any] | None = None  # computes the value instead of reading ``key``
    sort_value: Callable[[Any], Any] | None = None  # sorts by this instead (e.g. (year, seq) for "02/2026")
    context: str = "Columns"  # translation context of ``header`` ("Fields" for the record specs' labels)

    def title(self) -> str:
        """The translated header."""
        return QCoreApplication.translate(self.context, self.header) or self.header


def _get(row: Any, col: Column) -> Any:
    if col.value is not None:
        return col.value(row)
    if isinstance(row, dict):
        return row.get(col.key)
    if dataclasses.is_dataclass(row) and hasattr(row, "values") and isinstance(getattr(row, "values"), dict) \
            and not hasattr(row, col.key):
        return row.values.get(col.key)
    return getattr(row, col.key, None)


class RowTableModel(QAbstractTableModel):
    """Rows are held as given; ``data`` formats them (dates dd/MM/yyyy, codes as labels).

    Sorting is done here (list.sort + layoutChanged), never through a proxy over Python data.
    Filtering: ``set_filter(text)`` keeps rows whose folded text contains every folded word.
    """

    def __init__(self, columns: list[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._all: list[Any] = []
        self._rows: list[Any] = []
        self._filter = ""
        self._predicate: Callable[[Any], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._keys: list[str] = []
        # Text a row is also found by without showing it (a petition's citizen, its result): "thu tuc" finds what
        # the record says, not only what its columns show (QA 18 F3).
        self.extra_text: Callable[[Any], str] | None = None

    # -- data in ---------------------------------------------------------------------------
    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._keys = []  # the folded text of each row, built when a filter is first typed (issue 19)
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = fold(text)
        self._apply()
        self.endResetModel()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Keep only rows for which ``predicate(row)`` holds (with the text filter), e.g. one provenance."""
        self.beginResetModel()
        self._predicate = predicate
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        words = self._filter.split()
        keep = self._predicate
        if not words:
            self._rows = [r for r in self._all if keep is None or keep(r)]
        else:
            if len(self._keys) != len(self._all):
                extra = self.extra_text
                self._keys = [fold(" ".join(self._text(r, c) for c in self.columns) + (" " + extra(r) if extra else ""))
                              for r in self._all]
            self._rows = [r for r, k in zip(self._all, self._keys) if all(w in k for w in words)
                          and (keep is None or keep(r))]
        if self._sort:
            self._sort_rows(*self._sort)

    def text_of(self, row: Any, key: str) -> str:
        """A row's cell as shown, by its column's key ("" for a column the model does not have)."""
        col = next((c for c in self.columns if c.key == key), None)
        return self._text(row, col) if col is not None else ""

    def row_at(self, index: int) -> Any:
        return self._rows[index]

    def rows(self) -> list[Any]:
        return list(self._rows)

    # -- Qt interface --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title()
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == SortRole:
            return _get(row, col)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind in ("number", "ordinal"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.kind == "text":
            text = self._text(row, col)
            return text if len(text) > 40 else None
        return None

    def _text(self, row: Any, col: Column) -> str:
        value = _get(row, col)
        if value is None:
            return ""
        if col.kind == "date" or isinstance(value, dt.date):
            return format_date(value) if isinstance(value, dt.date) else str(value)
        if col.kind == "bool":
            return QCoreApplication.translate("Columns", "Yes") if value else ""
        if col.kind == "label":
            return QCoreApplication.translate("Labels", label(str(value)))
        if col.kind == "ordinal":
            return str(value)
        if col.kind == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
            # Never rounded up (97.96% must not read "98,0"): cut to two places, shown as needed.
            shown = rates.floor_to(value, 2)
            decimals = next(d for d in (0, 1, 2) if float(shown * 10 ** d).is_integer() or d == 2)
            return format_number(shown, decimals)
        if isinstance(value, (list, tuple)):
            return ", ".join(str(v) for v in value)
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Column -1 (no sort indicator) restores the order the rows were given in."""
        self.layoutAboutToBeChanged.emit()
        if column < 0:
            self._sort = None
            self._apply()
        else:
            self._sort = (column, order)
            self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        col = self.columns[column]

        def key(row: Any):
            if col.sort_value is not None:
                return col.sort_value(row)
            v = _get(row, col)
            if v is None:
                return (1, ())
            if isinstance(v, str):
                return (0, sort_key(v))
            if col.kind == "label":
                return (0, sort_key(QCoreApplication.translate("Labels", label(str(v)))))
            if isinstance(v, dt.date):
                return (0, (v.toordinal(),))
            if isinstance(v, (int, float, bool)):
                return (0, (float(v),))
            return (0, sort_key(str(v)))

        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    # -- export ---------------------------------------------------------------------------------
    def export_table(self, visible: list[int] | None = None) -> tuple[list[str], list[list[Any]]]:
        cols = [i for i in range(len(self.columns)) if visible is None or i in visible]
        headers = [self.columns[i].title() for i in cols]
        out = []
        for row in self._rows:
            values = []
            for i in cols:
                c = self.columns[i]
                v = _get(row, c)
                values.append(v if isinstance(v, (int, float, dt.date)) and not isinstance(v, bool)
                              else self._text(row, c))
            out.append(values)
        return headers, out
