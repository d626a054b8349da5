"""A page made of one or more simple-record lists (tabs when several)."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from qms_desktop.domain.kinds import KINDS, Kind
from qms_desktop.services import records
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.pages.base import Page, UiEnv
from qms_desktop.ui.widgets.layout import beside, hbox, mnemonic_letters, stacked, vbox, with_mnemonic
from qms_desktop.ui.widgets.record_files import RecordFilesTabs
from qms_desktop.ui.widgets.record_list import RecordListWidget


class SpecPage(Page):
    """Subclasses set ``key``, ``kinds`` (record kinds of domain.schema.SPECS); ``watches``
    defaults to ``kinds``.

    Optional: ``extra_columns`` (kind → computed Columns added to its list) and ``wrap_list``
    (to put a list inside a larger widget, e.g. over a detail panel: ``side_box``).

    A kind that may carry files (domain.kinds ``attachable``) gets, under its list, the selected record's
    files and change history (``files_tabs``): beside the ``side_box`` when there is one.
    """

    kinds: tuple[str, ...] = ()
    extra_columns: dict[str, tuple[Column, ...]] = {}

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.watches = self.watches or frozenset(self.kinds)  # a subclass may name more kinds that feed it
        self.lists = {k: RecordListWidget(env, k, self, extra_columns=self.extra_columns.get(k, ()))
                      for k in self.kinds}
        self.files_tabs: dict[str, RecordFilesTabs] = {}
        self._containers = {k: self._with_files(k, w, self.wrap_list(k, w)) for k, w in self.lists.items()}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        if len(self.kinds) == 1:
            lay.addWidget(self._containers[self.kinds[0]])
            self.tabs = None
        else:
            self.tabs = QTabWidget(self)
            # each tab reached by an Alt letter its page's buttons leave free (QA 18 F7; Ctrl+Tab still works)
            from qms_desktop.ui.actions import menu_letters

            inside = self._containers.values()  # not yet the page's children: the tabs adopt them
            taken = menu_letters() | mnemonic_letters(
                *(b.text() for w in inside for b in w.findChildren(QAbstractButton)),
                *(t.tabText(i) for w in inside for t in [w, *w.findChildren(QTabWidget)] if isinstance(t, QTabWidget)
                  for i in range(t.count())))
            for k, w in self._containers.items():
                self.tabs.addTab(w, with_mnemonic(QCoreApplication.translate("Records", records.spec(k).label), taken))
            lay.addWidget(self.tabs)

    def wrap_list(self, kind: str, widget: RecordListWidget) -> QWidget:
        """The widget shown for ``kind``: the list itself unless a subclass adds around it."""
        return widget

    def _files_tabs(self, kind: str) -> RecordFilesTabs | None:
        """The files and history of the selected record of ``kind``, if its records may carry files."""
        if kind not in self.files_tabs and KINDS[Kind(kind)].attachable:
            tabs = self.files_tabs[kind] = RecordFilesTabs(self.env, kind)
            self.follow_selection(kind, tabs.set_record)
        return self.files_tabs.get(kind)

    def _with_files(self, kind: str, widget: RecordListWidget, container: QWidget) -> QWidget:
        tabs = self._files_tabs(kind) if container is widget else None  # else side_box placed them
        return stacked(widget, tabs, 3, 2) if tabs is not None else container

    def side_box(self, kind: str, widget: RecordListWidget, box: QGroupBox, content: QWidget, button: QPushButton,
                 show: Callable[[Any], None], *, hint: QWidget | None = None) -> QSplitter:
        """``widget``, the list of ``kind``, over ``box``: ``content`` about the selected record with ``button`` under
        it at the right (``hint`` at the left). When the selection changes the record is kept in ``current``,
        ``button`` is enabled once a record is selected (for a user who may edit) and ``show(row or None)`` fills
        ``content``."""
        self.current = None
        button.setEnabled(False)
        vbox((content, 1), hbox(*([hint] if hint is not None else []), 1, button), parent=box)

        def selected(row) -> None:
            self.current = row
            button.setEnabled(row is not None and self.env.ctx.actor.can("edit"))
            show(row)

        self.follow_selection(kind, selected)
        tabs = self._files_tabs(kind)
        return stacked(widget, beside(box, tabs) if tabs is not None else box, 3, 2)

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
