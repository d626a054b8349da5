"""Global search (Ctrl+F): every register at once, ignoring tone marks and case."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QLineEdit, QTableWidgetItem, QWidget,
)

from qms_desktop.domain import kinds
from qms_desktop.domain.errors import QmsError
from qms_desktop.services.search import Hit, search
from qms_desktop.ui.pages.base import UiEnv, show_error
from qms_desktop.ui.widgets.layout import dialog_buttons, read_only_table, vbox

def kind_label(kind: str) -> str:
    """What a hit is, as the user reads it: the kind's label in the registry (domain/kinds.py)."""
    source = kinds.label(kind)
    return QCoreApplication.translate(kinds.CONTEXT, source) or source


class SearchDialog(QDialog):
    """Type, see the hits as you type; Enter or double-click opens the record on its page."""

    MAX_REFERENCE_WIDTH = 200  # px

    def __init__(self, env: UiEnv, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.hits: list[Hit] = []
        self.setWindowTitle(self.tr("Search all records"))
        self.query = QLineEdit(text)
        self.query.setPlaceholderText(self.tr("Words to find (tone marks and case are ignored)"))
        self.query.setClearButtonEnabled(True)
        caption = QLabel(self.tr("&Find:"))
        caption.setBuddy(self.query)
        self.table = read_only_table("search_results", [self.tr("Kind"), self.tr("Reference"), self.tr("Title")],
                                     fit=(0,), whole_rows=True)
        self.table.activated.connect(lambda _i: self.open_current())  # Enter or double-click
        self.count = QLabel()
        buttons = dialog_buttons(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close, self.open_current, self.reject)
        for button in buttons.buttons():  # Enter in the query box searches, it does not open
            button.setAutoDefault(False)
            button.setDefault(False)
        vbox(caption, self.query, (self.table, 1), self.count, buttons, parent=self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._enter)
        self.resize(820, 480)
        if text:
            self.run()

    def _enter(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.run()
        if self.hits:
            self.table.setFocus()

    def run(self) -> None:
        try:
            self.hits = search(self.env.ctx, self.query.text())
        except QmsError as exc:  # the server gone: said in the user's words, the list emptied (QA 42 F4)
            show_error(self, exc)
            self.hits = []
        self.table.setRowCount(len(self.hits))
        for i, hit in enumerate(self.hits):
            for j, text in enumerate((kind_label(hit.kind), hit.ref, hit.title)):
                item = QTableWidgetItem(text)
                item.setToolTip(text if len(text) > (24 if j == 1 else 60) else "")
                self.table.setItem(i, j, item)
        # the reference as wide as its contents up to a cap: one long reference no longer squeezes every title
        # (QA 21 F14); the whole of it is in its tooltip
        self.table.resizeColumnToContents(1)
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), self.MAX_REFERENCE_WIDTH))
        if self.hits:
            self.table.selectRow(0)
        words = self.query.text().strip()
        self.count.setText(QCoreApplication.translate("SearchDialog", "%n record(s) found.", "", len(self.hits)) if words else "")

    def current_hit(self) -> Hit | None:
        row = self.table.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def open_current(self) -> None:
        hit = self.current_hit()
        if hit is None:
            return
        self.accept()
        self.env.open_record(f"{hit.kind}:{hit.id}")

