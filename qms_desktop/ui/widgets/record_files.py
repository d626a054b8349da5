"""Under a simple record's list: the selected record's attached files and its change history (tabs)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from qms_desktop.services import history, records
from qms_desktop.ui.widgets.attachments_panel import AttachmentsPanel
from qms_desktop.ui.widgets.change_history import ChangeHistoryView, changes_of


class RecordFilesTabs(QTabWidget):
    """"Files" and "History" of the record selected in a RecordListWidget of ``kind`` (an attachable kind:
    a petition's letter and answer, a training's attendance list, an announcement's signed decision).
    The history (the record's changes and the attaching and detaching of its files) is read only while
    its tab is shown."""

    def __init__(self, env, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.kind = env, kind
        self.table = records.MODELS[kind].__tablename__
        self.record_id: int | None = None
        self.files = AttachmentsPanel(env, kind)
        self.history = ChangeHistoryView()
        self.addTab(self.files, self.tr("Attached fi&les"))
        self.addTab(self.history, self.tr("Change his&tory"))
        self.currentChanged.connect(lambda _i: self._load_history())

    def set_record(self, row) -> None:
        """``row``: the list's selected row (with an ``id``), or None."""
        self.record_id = row.id if row is not None else None
        self.files.set_owner(self.record_id)
        self._load_history()

    def _load_history(self) -> None:
        if self.currentWidget() is not self.history:
            return
        if self.record_id is None:
            self.history.set_rows([])
            return
        self.history.set_rows(changes_of(self.env.ctx, [(self.table, self.record_id)]),
                              history.reference_names(self.env.ctx))
