"""The TTHC import's dry run, shown before anything is written.

A plain list shows what will be added, updated, left unchanged and rejected; a decision that changes
the list shows its four groups — new, amended, replaced, abolished — with the decision's number and
dates (read from the file, editable), the field-by-field changes, and the procedures that must be
updated within 3 months (QĐ 19 Art. 4.4a). Every row names its sheet (or Word table) and part.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
    QWidget,
)

from qms_desktop.i18n import QT_TRANSLATE_NOOP, render
from qms_desktop.services.tthc import ABOLISHED, AMENDED, NEW, REPLACED, ImportPlan, ImportRefused, check_decision
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.models.styled_row_model import GREY, RED, StyledRowModel
from qms_desktop.ui.widgets.date_edit import DateEdit
from qms_desktop.ui.widgets.header_fit import fit_header_widths
from qms_desktop.ui.widgets.table_view import TableView
from qms_desktop.ui.widgets.layout import hbox, vbox
from qms_desktop.ui.translations import translated as _t

WHAT = {
    "add": QT_TRANSLATE_NOOP("ImportPreview", "Will add"),
    "update": QT_TRANSLATE_NOOP("ImportPreview", "Will update"),
    NEW: QT_TRANSLATE_NOOP("ImportPreview", "New: will add"),
    AMENDED: QT_TRANSLATE_NOOP("ImportPreview", "Amended: will update"),
    REPLACED: QT_TRANSLATE_NOOP("ImportPreview", "Replaced: out of scope"),
    ABOLISHED: QT_TRANSLATE_NOOP("ImportPreview", "Abolished: out of scope"),
    "unchanged": QT_TRANSLATE_NOOP("ImportPreview", "Unchanged"),
    "skip": QT_TRANSLATE_NOOP("ImportPreview", "Not in the register"),
    "no_code": QT_TRANSLATE_NOOP("ImportPreview", "No national code yet"),
    "rejected": QT_TRANSLATE_NOOP("ImportPreview", "Rejected"),
}
ORDER = ("add", "update", NEW, AMENDED, REPLACED, ABOLISHED, "unchanged", "skip", "no_code", "rejected")
FIELD_NAMES = {
    "code": QT_TRANSLATE_NOOP("ImportPreview", "Code"),
    "name": QT_TRANSLATE_NOOP("ImportPreview", "Name"),
    "field": QT_TRANSLATE_NOOP("ImportPreview", "Field"),
    "time_limit": QT_TRANSLATE_NOOP("ImportPreview", "Time limit"),
    "fee": QT_TRANSLATE_NOOP("ImportPreview", "Fee"),
    "legal_basis": QT_TRANSLATE_NOOP("ImportPreview", "Legal basis"),
    "agency": QT_TRANSLATE_NOOP("ImportPreview", "Implementing body"),
    "dvc_level": QT_TRANSLATE_NOOP("ImportPreview", "Online service level"),
    "provincial_code": QT_TRANSLATE_NOOP("ImportPreview", "Provincial code"),
}


def _short_part(part: str) -> str:
    """'Phần II. DANH MỤC … SỬA ĐỔI' → 'Phần II'; other headings cut to 40 characters."""
    m = re.match(r"^((?:phần|phan|part)\s+[IVXLivxl0-9]+|[A-ZĐ]\.|[IVXL]+\.)", part, re.IGNORECASE)
    if m:
        return m.group(1).rstrip(".")
    return part if len(part) <= 40 else part[:39] + "…"


def _where(sheet: str, table: int, part: str) -> str:
    place = _t("ImportPreview", QT_TRANSLATE_NOOP("ImportPreview", "Table %1")).replace("%1", str(table)) if table else sheet
    if part:
        short = _short_part(part)
        return f"{place} › {short}" if place else short
    return place


def _group(action: str, change: str) -> str:
    if action in ("add", "update", "abolish", "replace") and change:
        return change
    return action


def preview_rows(plan: ImportPlan) -> list[dict]:
    """One row per row of the file, in file order, with what the import does to it."""
    rows: list[dict] = []
    decision = plan.decision.number or "?"
    sheets = {s.sheet: i for i, s in reversed(list(enumerate(plan.sections)))}
    for r in plan.rows:
        rec = r.rec
        group = _group(r.action, rec.change)
        if r.action == "update":
            details = "; ".join(f"{_t('ImportPreview', FIELD_NAMES.get(c.name, c.name))}: {c.old or '—'} → {c.new}"
                                for c in r.changes) or _t("ImportPreview", QT_TRANSLATE_NOOP("ImportPreview", "No change in the listed fields"))
        elif r.action == "abolish":
            details = _t("ImportPreview", QT_TRANSLATE_NOOP("ImportPreview", "Out of the scope by decision %1 (kept in the register)")).replace("%1", decision)
        elif r.action == "replace":
            details = _t("ImportPreview", QT_TRANSLATE_NOOP("ImportPreview", "Replaced by %1, out of the scope by decision %2")).replace(
                "%1", rec.successor_code).replace("%2", decision)
        elif r.action in ("skip", "no_code") or r.note:
            details = render(r, _t)
        else:
            details = " · ".join(x for x in (rec.field, rec.time_limit) if x)
        if r.action == "add" and r.note:
            details = " · ".join(x for x in (render(r, _t), rec.field, rec.time_limit) if x)
        if rec.legal_basis and r.action in ("abolish", "replace"):
            details += f" · {rec.legal_basis}"
        code = f"{rec.code}.{rec.provincial_code}" if rec.provincial_code else rec.code
        rows.append(dict(what=group, row=rec.row_number, code=code, name=rec.name, details=details,
                         where=_where(rec.sheet, rec.table, rec.part), order=(sheets.get(rec.sheet, 0), rec.table)))
    for rej in plan.rejected:
        rows.append(dict(what="rejected", row=rej.row_number, code=str(rej.params.get("code", "")), name="",
                         details=render(rej, _t), where=_where(rej.sheet, rej.table, ""),
                         order=(sheets.get(rej.sheet, 0), rej.table)))
    rows.sort(key=lambda r: (r["order"], r["row"]))
    for i, r in enumerate(rows):
        r["id"] = i
    return rows


class ImportPreviewDialog(QDialog):
    """Accepting means "Import": the caller then applies the plan, exactly as shown."""

    def __init__(self, plan: ImportPlan, file_name: str, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.today = today or dt.date.today()  # the app's day: a decision dated after it is refused here
        self.setWindowTitle(self.tr("Import TTHC — preview"))
        self._all_rows = preview_rows(plan)
        counts = {key: sum(1 for r in self._all_rows if r["what"] == key) for key in ORDER}
        self.counts = counts
        totals = " · ".join(f"{_t('ImportPreview', WHAT[k])}: {counts[k]}" for k in ORDER if counts[k])
        self.summary = QLabel(
            (self.tr("File “%1”: %2. Nothing has been written yet: press “Import” to apply, or Cancel.")
             if plan.writes or plan.no_code else
             # every row as the register has it: no "press Import" beside a disabled Import (QA 26 G6)
             self.tr("File “%1”: %2. The register already has this list as it is: there is nothing to import."))
            .replace("%1", file_name).replace("%2", totals or "—"))
        self.summary.setWordWrap(True)
        # Rows hidden in Excel (cancelled or out-of-scope procedures the province hid): left out, and said so.
        notes = [render(n, _t) for n in (plan.hidden_note, plan.sheets_note) if n is not None]
        self.hidden_label = QLabel("\n".join(notes))
        self.hidden_label.setWordWrap(True)
        self.hidden_label.setVisible(bool(notes))
        # What happens in each sheet (or Word table) and part of the file.
        self.parts_label = QLabel(self._parts_text())
        self.parts_label.setWordWrap(True)
        self.parts_label.setVisible(bool(self.parts_label.text()))

        # The decision that changes the list: number and dates, read from the file, editable.
        self.decision_box = QGroupBox(self.tr("Decision that changes the list"))
        self.decision_number = QLineEdit(plan.decision.number)
        self.decision_number.setPlaceholderText("2301/QĐ-UBND")
        self.decision_date = DateEdit()
        self.decision_date.set_value(plan.decision.date)
        self.effective_date = DateEdit()
        self.effective_date.set_value(plan.decision.effective)
        self.effective_date.setToolTip(self.tr("Leave empty when the decision takes effect on the day it is signed."))
        form = QFormLayout(self.decision_box)
        form.addRow(self.tr("Decision &number:"), self.decision_number)
        effective_label = QLabel(self.tr("takes &effect (empty: when signed):"))
        effective_label.setBuddy(self.effective_date)
        dates = hbox(self.decision_date, effective_label, self.effective_date, 1)
        date_label = QLabel(self.tr("Decision &date:"))
        date_label.setBuddy(self.decision_date)
        form.addRow(date_label, dates)
        self.procedures_label = QLabel(self._procedures_text())
        self.procedures_label.setWordWrap(True)
        form.addRow(self.procedures_label)
        self.decision_box.setVisible(plan.is_decision or plan.needs_decision)
        for w in (self.decision_number,):
            w.textChanged.connect(self._update_button)
        for w in (self.decision_date, self.effective_date):
            w.dateChanged.connect(self._update_button)

        self.filter = QComboBox()
        self.filter.addItem(self.tr("All rows"), None)
        for key in ORDER:
            if counts[key] or key in ("add", "update", "unchanged", "rejected") and not plan.is_decision:
                self.filter.addItem(f"{_t('ImportPreview', WHAT[key])} ({counts[key]})", key)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        filter_label = QLabel(self.tr("&Show:"))
        filter_label.setBuddy(self.filter)
        self.no_code_box = QCheckBox(QCoreApplication.translate(
            "ImportPreviewDialog", "Also add the %n row(s) without a national code, with a temporary code", "",
            counts["no_code"]))
        self.no_code_box.setToolTip(self.tr("The temporary code (TAM-0001…) can be replaced by the national code later, "
                                            "on the TTHC page."))
        self.no_code_box.setVisible(counts["no_code"] > 0)
        self.no_code_box.toggled.connect(self._update_button)
        self.model = StyledRowModel([
            Column("what", QT_TRANSLATE_NOOP("Columns", "What happens"), width=190,
                   value=lambda r: _t("ImportPreview", WHAT[r["what"]])),
            Column("where", QT_TRANSLATE_NOOP("Columns", "Sheet / part"), width=130),
            Column("row", QT_TRANSLATE_NOOP("Columns", "Row"), "ordinal", width=60),  # "Dòng 20005"
            Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), width=170),
            Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=280),
            Column("details", QT_TRANSLATE_NOOP("Columns", "Details")),
        ], self, foreground=self._color)
        self.model.set_rows(self._all_rows)
        self.table = TableView(self.model, "import/tthc_preview", self)
        fit_header_widths(self.table)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        vbox(self.summary, self.hidden_label, self.parts_label, self.decision_box, hbox(filter_label, self.filter, 1, self.no_code_box),
             (self.table, 1), self.buttons, parent=self)
        self._update_button()
        self.resize(1100, 600)

    @staticmethod
    def _color(row: dict, _key: str):
        if row["what"] in ("rejected",):
            return RED
        if row["what"] in ("unchanged", "skip"):
            return GREY
        return None

    def _parts_text(self) -> str:
        """One line per sheet / part: '• Phụ lục › Phần II (DANH MỤC … SỬA ĐỔI, BỔ SUNG): Amended: 2'."""
        full = {}
        for r in self.plan.rows:
            full.setdefault(_where(r.rec.sheet, r.rec.table, r.rec.part), r.rec.part)
        by_place: dict[str, dict[str, int]] = {}
        for row in self._all_rows:
            if row["what"] != "rejected" or row["where"]:
                by_place.setdefault(row["where"], {}).setdefault(row["what"], 0)
                by_place[row["where"]][row["what"]] += 1
        if len(by_place) < 2:
            return ""
        lines = []
        for place, counts in list(by_place.items())[:12]:
            part = full.get(place, "")
            title = part[len(_short_part(part)):].strip(" .:-–") if part else ""
            head = f"{place} ({title[:70]})" if title else place
            lines.append("• " + head + ": " + ", ".join(
                f"{_t('ImportPreview', WHAT[k])} {n}" for k, n in sorted(counts.items(), key=lambda kv: ORDER.index(kv[0]))))
        return "\n".join(lines)

    def _procedures_text(self) -> str:
        plan = self.plan
        if not plan.procedures:
            return self.tr("No procedure is linked to an amended, replaced or abolished TTHC.")
        items = ", ".join(f"{n.code} ({', '.join(n.tthc_codes)})" for n in plan.procedures)
        return self.tr("Procedures to update within 3 months of the effective date (QĐ 19 Art. 4.4a): %1").replace(
            "%1", items)

    def _update_button(self) -> None:
        plan = self.plan
        writes = plan.writes or (self.no_code_box.isChecked() and bool(plan.no_code))
        missing = plan.needs_decision and not (self.decision_number.text().strip() and self.decision_date.value())
        self.import_button.setEnabled(writes and not missing)
        if not writes:
            self.import_button.setToolTip(self.tr("Nothing to add or update."))
        elif missing:
            self.import_button.setToolTip(self.tr("Give the decision's number and date first."))
        else:
            self.import_button.setToolTip("")

    def accept(self) -> None:
        if not self.import_button.isEnabled():
            return
        plan = self.plan
        plan.decision.number = self.decision_number.text().strip()
        plan.decision.date = self.decision_date.value()
        plan.decision.effective = self.effective_date.value()
        plan.confirm_no_code = self.no_code_box.isChecked()
        try:
            check_decision(plan, self.today)  # what the import would refuse, said while the dates can be corrected
        except ImportRefused as exc:
            from qms_desktop.ui.dialogs.prompts import show_error

            show_error(self, exc)
            self.decision_date.setFocus()
            return
        super().accept()

    def _apply_filter(self) -> None:
        key = self.filter.currentData()
        self.model.set_rows([r for r in self._all_rows if key is None or r["what"] == key])

    def rows(self) -> list[dict]:
        return self.model.rows()
