"""A page made of one or more simple-record lists (tabs when several)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from qms_desktop.services import records
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.pages.base import Page, UiEnv
from qms_desktop.ui.widgets.record_list import RecordListWidget


class SpecPage(Page):
    """Subclasses set ``key``, ``kinds`` (record kinds of domain.schema.SPECS) and ``title``.

    Optional: ``extra_columns`` (kind → computed Columns added to its list) and ``wrap_list``
    (to put a list inside a larger widget, e.g. beside a detail panel).
    """

    kinds: tuple[str, ...] = ()
    extra_columns: dict[str, tuple[Column, ...]] = {}

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.watches = frozenset(self.kinds)
        self.lists = {k: RecordListWidget(env, k, self, extra_columns=self.extra_columns.get(k, ()))
                      for k in self.kinds}
        self._containers = {k: self.wrap_list(k, w) for k, w in self.lists.items()}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        if len(self.kinds) == 1:
            lay.addWidget(self._containers[self.kinds[0]])
            self.tabs = None
        else:
            self.tabs = QTabWidget(self)
            for k, w in self._containers.items():
                self.tabs.addTab(w, QCoreApplication.translate("Records", records.spec(k).label))
            lay.addWidget(self.tabs)

    def wrap_list(self, kind: str, widget: RecordListWidget) -> QWidget:
        """The widget shown for ``kind``: the list itself unless a subclass adds around it."""
        return widget

    def follow_selection(self, kind: str, callback) -> None:
        """Call ``callback(row or None)`` whenever the current record of a list changes. After a
        reload with nothing selected the first record is selected, so a detail panel beside a
        filled list is never empty."""
        table = self.lists[kind].table
        model = table.model()

        def changed(current, _previous) -> None:
            # The row comes from the signal: QTableView.selectRow moves the current index
            # before it updates the selection, so current_row() would still say "none" here.
            ok = current.isValid() and current.row() < model.rowCount()
            callback(model.row_at(current.row()) if ok else None)

        def reset() -> None:
            if table.current_row() is None and model.rowCount():
                table.selectRow(0)  # emits currentRowChanged → callback
            else:
                callback(table.current_row())

        table.selectionModel().currentRowChanged.connect(changed)
        model.modelReset.connect(reset)

    def refresh(self) -> None:
        for w in self.lists.values():
            w.refresh()

    def open_record(self, kind: str, record_id: int) -> bool:
        kind = {"inspection": "external_inspection"}.get(kind, kind)
        w = self.lists.get(kind)
        if w is None:
            return False
        if self.tabs is not None:
            self.tabs.setCurrentWidget(self._containers[kind])
        w.refresh()
        return w.select(record_id)

    def search_text(self, text: str) -> None:
        for w in self.lists.values():
            w.search.setText(text)
