"""Provenance on the lists after a merge of former communes: an "Origin" column and a filter.

Both stay hidden in a database that never merged anything. ``attach_origin`` adds them to a list
(its model, table and toolbar); the list calls ``reload()`` whenever it reloads its rows.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services import provenance
from qms_desktop.ui.models.row_table_model import Column, RowTableModel

class OriginFilter(QComboBox):
    """'All origins / Written here / From xã Phú Lâm …': shows one former commune's records."""

    changed = Signal()

    def __init__(self, env, table: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.table = env, table
        self.labels: dict[int, str] = {}
        self._column = self.column()
        self._ids: set[int] | None = None
        self.setObjectName("originFilter")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setToolTip(self.tr("Show only the records of one former commune merged into this one, or those "
                                "written here"))
        self.setVisible(False)
        self.currentIndexChanged.connect(self._on_changed)

    @property
    def active(self) -> bool:
        return self.count() > 0

    def reload(self) -> bool:
        """Refresh the choices and the origin of each record; True when this database merged any."""
        ctx = self.env.ctx
        preds = provenance.predecessors(ctx)
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        if preds:
            self.addItem(self.tr("All origins"), None)
            self.addItem(self.tr("Written here"), provenance.HERE)
            for p in preds:
                self.addItem(self.tr("From %1").replace("%1", p.label), p.id)
            index = self.findData(chosen)
            self.setCurrentIndex(index if index >= 0 else 0)
        self.blockSignals(False)
        self.setVisible(bool(preds))
        self.labels = provenance.origin_labels(ctx, self.table) if preds else {}
        self._load_ids()
        return bool(preds)

    def _load_ids(self) -> None:
        source = self.currentData() if self.count() else None
        self._ids = None if source is None else provenance.ids_from(self.env.ctx, self.table, source)

    def _on_changed(self, _index: int) -> None:
        self._load_ids()
        self.changed.emit()

    def predicate(self):
        ids = self._ids
        return None if ids is None else (lambda row: getattr(row, "id", None) in ids)

    def column(self) -> Column:
        return Column("origin", QT_TRANSLATE_NOOP("Columns", "Origin"), width=150,
                      value=lambda row: self.labels.get(getattr(row, "id", None), ""))


def attach_origin(env, table: str, model: RowTableModel, parent: QWidget) -> OriginFilter:
    """An OriginFilter for ``table``'s list shown by ``model``."""
    f = OriginFilter(env, table, parent)
    f.model = model
    return f


def apply_origin(f: OriginFilter, view, model: RowTableModel) -> None:
    """After ``f.reload()``: the column exists only after a merge (appended to the model, so the list's
    column numbers stay as they were, and shown second, after the record's number or code); then
    filter the rows."""
    present = f._column in model.columns
    if f.active != present:
        model.beginResetModel()
        if f.active:
            model.columns.append(f._column)
        else:
            model.columns.remove(f._column)
        model.endResetModel()
        if f.active:
            header = view.horizontalHeader()
            header.moveSection(header.visualIndex(len(model.columns) - 1), 1)
            view.setColumnWidth(len(model.columns) - 1, 150)
    model.set_predicate(f.predicate())
