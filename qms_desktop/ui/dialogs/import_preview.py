"""The TTHC import's dry run shown before anything is written: added, updated, unchanged, rejected."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from qms_desktop.i18n import QT_TRANSLATE_NOOP, render
from qms_desktop.services.tthc import ImportPlan
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.models.styled_row_model import GREY, RED, StyledRowModel
from qms_desktop.ui.widgets.table_view import TableView
from qms_desktop.ui.widgets.header_fit import fit_header_widths

WHAT = {
    "add": QT_TRANSLATE_NOOP("ImportPreview", "Will add"),
    "update": QT_TRANSLATE_NOOP("ImportPreview", "Will update"),
    "unchanged": QT_TRANSLATE_NOOP("ImportPreview", "Unchanged"),
    "rejected": QT_TRANSLATE_NOOP("ImportPreview", "Rejected"),
}
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("ImportPreview", "Name"),
    "field": QT_TRANSLATE_NOOP("ImportPreview", "Field"),
    "time_limit": QT_TRANSLATE_NOOP("ImportPreview", "Time limit"),
}


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text) or text


def preview_rows(plan: ImportPlan) -> list[dict]:
    """One row per spreadsheet row, in sheet order, with what the import does to it."""
    rows: list[dict] = []
    for rec in plan.added:
        rows.append(dict(what="add", row=rec.row_number, code=rec.code, name=rec.name,
                         details=" · ".join(x for x in (rec.field, rec.time_limit) if x)))
    for rec, changes in plan.updated:
        details = "; ".join(f"{_t('ImportPreview', FIELD_NAMES.get(c.name, c.name))}: {c.old or '—'} → {c.new}"
                            for c in changes)
        rows.append(dict(what="update", row=rec.row_number, code=rec.code, name=rec.name, details=details))
    for rec in plan.unchanged:
        rows.append(dict(what="unchanged", row=rec.row_number, code=rec.code, name=rec.name, details=""))
    for rej in plan.rejected:
        rows.append(dict(what="rejected", row=rej.row_number, code=str(rej.params.get("code", "")), name="",
                         details=render(rej, _t)))
    rows.sort(key=lambda r: r["row"])
    for i, r in enumerate(rows):
        r["id"] = i
    return rows


class ImportPreviewDialog(QDialog):
    """Accepting means "Import": the caller then runs the real import (which re-reads the file)."""

    def __init__(self, plan: ImportPlan, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import TTHC — preview"))
        n_add, n_upd, n_same, n_rej = len(plan.added), len(plan.updated), len(plan.unchanged), len(plan.rejected)
        self.summary = QLabel(
            self.tr("File “%1”, sheet “%2”: %3 to add, %4 to update, %5 unchanged, %6 rejected. "
                    "Nothing has been written yet: press “Import” to apply, or Cancel.")
            .replace("%1", file_name).replace("%2", plan.sheet).replace("%3", str(n_add))
            .replace("%4", str(n_upd)).replace("%5", str(n_same)).replace("%6", str(n_rej)))
        self.summary.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All rows"), None)
        counts = {"add": n_add, "update": n_upd, "unchanged": n_same, "rejected": n_rej}
        for key in ("add", "update", "unchanged", "rejected"):
            self.filter.addItem(f"{_t('ImportPreview', WHAT[key])} ({counts[key]})", key)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        filter_label = QLabel(self.tr("&Show:"))
        filter_label.setBuddy(self.filter)
        self.model = StyledRowModel([
            Column("what", QT_TRANSLATE_NOOP("Columns", "What happens"), width=110,
                   value=lambda r: _t("ImportPreview", WHAT[r["what"]])),
            Column("row", QT_TRANSLATE_NOOP("Columns", "Row"), "ordinal", width=60),  # "Dòng 20005"
            Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), width=80),
            Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=380),
            Column("details", QT_TRANSLATE_NOOP("Columns", "Details")),
        ], self, foreground=lambda r, _k: RED if r["what"] == "rejected" else GREY if r["what"] == "unchanged" else None)
        self._all_rows = preview_rows(plan)
        self.model.set_rows(self._all_rows)
        self.table = TableView(self.model, "import/tthc_preview", self)
        fit_header_widths(self.table)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setEnabled(bool(n_add or n_upd))
        if not (n_add or n_upd):
            self.import_button.setToolTip(self.tr("Nothing to add or update."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.buttons)
        self.resize(1000, 560)

    def _apply_filter(self) -> None:
        key = self.filter.currentData()
        self.model.set_rows([r for r in self._all_rows if key is None or r["what"] == key])

    def rows(self) -> list[dict]:
        return self.model.rows()
