"""A page made of one or more simple-record lists (tabs when several)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from qms_desktop.services import records
from qms_desktop.ui.pages.base import Page, UiEnv
from qms_desktop.ui.widgets.record_list import RecordListWidget


class SpecPage(Page):
    """Subclasses set ``key``, ``kinds`` (record kinds of domain.schema.SPECS) and ``title``."""

    kinds: tuple[str, ...] = ()

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.watches = frozenset(self.kinds)
        self.lists = {k: RecordListWidget(env, k, self) for k in self.kinds}
        lay = QVBoxLayout(self)
        if len(self.kinds) == 1:
            lay.addWidget(self.lists[self.kinds[0]])
            self.tabs = None
        else:
            self.tabs = QTabWidget(self)
            for k, w in self.lists.items():
                self.tabs.addTab(w, QCoreApplication.translate("Records", records.spec(k).label))
            lay.addWidget(self.tabs)

    def refresh(self) -> None:
        for w in self.lists.values():
            w.refresh()

    def open_record(self, kind: str, record_id: int) -> bool:
        kind = {"inspection": "external_inspection"}.get(kind, kind)
        w = self.lists.get(kind)
        if w is None:
            return False
        if self.tabs is not None:
            self.tabs.setCurrentWidget(w)
        w.refresh()
        return w.select(record_id)

    def search_text(self, text: str) -> None:
        for w in self.lists.values():
            w.search.setText(text)
