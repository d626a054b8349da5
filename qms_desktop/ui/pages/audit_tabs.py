"""The detail tabs of the audits page: plan and report, checklist (edited in place), findings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QTableWidgetItem, QWidget,
)

from qms_desktop.domain.model import ChecklistResult
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date
from qms_desktop.services import audits
from qms_desktop.ui.dialogs.audit_dialogs import result_items
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.models.styled_row_model import RED, StyledRowModel
from qms_desktop.ui.widgets.print_button import PrintButton
from qms_desktop.ui.widgets.table_view import TableView
from qms_desktop.ui.widgets.header_fit import fit_header_widths
from qms_desktop.ui.widgets.layout import edit_table, hbox, push_button, value_rows, vbox


class PlanTab(QWidget):
    """The plan (purpose, scope, criteria, team, units, date) and the report, read only; actions as buttons."""

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        left, right = QFormLayout(), QFormLayout()
        self.fields: dict[str, QLabel] = {
            **value_rows(left, (("purpose", self.tr("Purpose:")), ("scope", self.tr("Scope:")),
                                ("criteria", self.tr("Criteria:")), ("units", self.tr("Units audited:"))), selectable=True),
            **value_rows(right, (("dates", self.tr("Date:")), ("team", self.tr("Team:")),
                                 ("report", self.tr("Report:")), ("approval", self.tr("Approval:"))), selectable=True)}
        self.edit_button = push_button(self.tr("Edi&t plan…"), page.edit_plan)
        self.held_button = push_button(self.tr("Record as h&eld…"), page.complete)
        self.approve_button = push_button(self.tr("&Approve report…"), page.approve_report)
        self.cancel_button = push_button(self.tr("Ca&ncel audit…"), page.cancel_audit)
        self.print_button = PrintButton(page.env, [("audit_plan", self.tr("Audit plan")),
                                                   ("audit_report", self.tr("Audit report"))],
                                        lambda: page.detail_data.row.id if page.detail_data else None)
        buttons = hbox(self.edit_button, self.held_button, self.approve_button, self.cancel_button, self.print_button, 1)
        cols = QHBoxLayout()
        cols.addLayout(left, 1)
        cols.addSpacing(16)
        cols.addLayout(right, 1)
        vbox(buttons, cols, 1, parent=self)

    def set_detail(self, d: audits.AuditDetail | None, names: dict[int, str], units: dict[int, str]) -> None:
        for lbl in self.fields.values():
            lbl.clear()
        can_audit, leader = self.page.can("audit"), self.page.can("approve")
        live = d is not None and not d.row.cancelled_reason
        locked = self.page.locked_text  # the report approved: the plan and the held record stay as approved
        self.edit_button.setEnabled(live and can_audit and not locked)
        self.held_button.setEnabled(live and can_audit and not locked)
        for button in (self.edit_button, self.held_button):
            button.setToolTip(locked)
        self.cancel_button.setEnabled(live and can_audit and d.row.status != "done")
        self.approve_button.setEnabled(live and leader and d.row.status == "done" and not d.approved_by)
        self.approve_button.setToolTip("" if leader else self.tr("Only a leader (lãnh đạo) approves the report."))
        if d is None:
            return
        f = self.fields
        f["purpose"].setText(d.purpose)
        f["scope"].setText(d.scope)
        f["criteria"].setText(d.criteria)
        f["units"].setText(", ".join(units.get(u, "") for u in d.unit_ids))
        dates = self.tr("planned %1").replace("%1", format_date(d.planned_date))
        if d.start_date:
            held = format_date(d.start_date) + (f" – {format_date(d.end_date)}" if d.end_date and d.end_date != d.start_date else "")
            dates += " · " + self.tr("held %1").replace("%1", held)
        f["dates"].setText(dates)
        team = [names.get(d.lead_auditor_id, "") + " " + self.tr("(lead)")] if d.lead_auditor_id else []
        team += [names.get(m, "") for m in d.member_ids if m != d.lead_auditor_id]
        f["team"].setText(", ".join(team))
        f["report"].setText(d.report_summary or (self.tr("not yet held") if d.row.status == "planned" else ""))
        if d.row.cancelled_reason:
            f["approval"].setText(self.tr("Cancelled: %1").replace("%1", d.row.cancelled_reason))
        elif d.approved_by:
            f["approval"].setText(f"{d.approved_by}, {format_date(d.approved_date)}")
        else:
            f["approval"].setText(self.tr("not yet approved"))


CL_CLAUSE, CL_QUESTION, CL_UNIT, CL_AUDITOR, CL_EVIDENCE, CL_RESULT = range(6)


class ChecklistTab(QWidget):
    """The checklist edited in place: evidence (type) and result (choose); each change is saved at once.

    Evidence typed on an item without a result is kept on screen until a result is chosen (the
    service records evidence together with a result)."""

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.items: list[audits.ChecklistRow] = []
        self.pending: dict[int, str] = {}
        self._editable = False
        self.table = edit_table("checklistTable", [self.tr("Clause"), self.tr("Question"), self.tr("Unit"),
                                                   self.tr("Auditor"), self.tr("Evidence"), self.tr("Result")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CL_QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CL_EVIDENCE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((CL_CLAUSE, 70), (CL_UNIT, 150), (CL_AUDITOR, 140), (CL_RESULT, 150)):
            self.table.setColumnWidth(col, width)
        fit_header_widths(self.table)
        self.table.itemChanged.connect(self._item_changed)
        self.add_button = push_button(self.tr("Add &question…"), page.add_checklist_item)
        self.edit_button = push_button(
            self.tr("&Edit question…"), lambda: page.edit_checklist_item(self.selected()),
            tip=self.tr("Change the question, clause, unit or auditor of the selected item."))
        self.finding_button = push_button(self.tr("Record &a finding from this item…"),
                                          lambda: page.add_finding(self.selected()))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.tips = {b: b.toolTip() for b in (self.add_button, self.edit_button, self.finding_button)}
        self.hint_text = self.tr("Type the evidence and choose the result in the table; each change is saved at once.")
        self.hint = QLabel(self.hint_text)
        self.hint.setWordWrap(True)
        vbox(hbox(self.add_button, self.edit_button, self.finding_button, 1), (self.table, 1), self.hint, parent=self)

    def set_detail(self, d: audits.AuditDetail | None, names: dict[int, str], units: dict[int, str]) -> None:
        self.items = list(d.checklist) if d else []
        self.pending = {k: v for k, v in self.pending.items() if any(i.id == k for i in self.items)}
        locked = self.page.locked_text  # the report approved: the checklist stays as approved
        editable = d is not None and not d.row.cancelled_reason and self.page.can("audit") and not locked
        self._editable = editable
        self.add_button.setEnabled(editable)
        self.finding_button.setEnabled(editable)
        for button, tip in self.tips.items():
            button.setToolTip(locked or tip)
        self.hint.setText(locked or self.hint_text)
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for r, item in enumerate(self.items):
            self.table.insertRow(r)
            for col, text in ((CL_CLAUSE, item.clause), (CL_QUESTION, item.question),
                              (CL_UNIT, units.get(item.unit_id, "")), (CL_AUDITOR, names.get(item.auditor_id, "")),
                              (CL_EVIDENCE, self.pending.get(item.id, item.evidence))):
                cell = QTableWidgetItem(text)
                if col != CL_EVIDENCE or not editable:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, col, cell)
            box = QComboBox()
            box.addItem(self.tr("(not yet assessed)"), None)
            for code, text in result_items():
                box.addItem(text, code)
            box.setCurrentIndex(max(box.findData(item.result), 0))
            box.setEnabled(editable)
            box.currentIndexChanged.connect(lambda _i, r=r: self._result_changed(r))
            self.table.setCellWidget(r, CL_RESULT, box)
        self.table.blockSignals(False)
        self._update_buttons()

    def selected(self) -> audits.ChecklistRow | None:
        r = self.table.currentRow()
        return self.items[r] if 0 <= r < len(self.items) else None

    def select_item(self, item_id: int) -> None:
        for r, item in enumerate(self.items):
            if item.id == item_id:
                self.table.selectRow(r)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self._editable and bool(self.table.selectedItems()) and self.selected() is not None)

    def set_result(self, row: int, result: str) -> None:
        """Same as choosing in the row's Result box."""
        box = self.table.cellWidget(row, CL_RESULT)
        box.setCurrentIndex(box.findData(result))

    def set_evidence(self, row: int, text: str) -> None:
        """Same as typing in the row's Evidence cell."""
        self.table.item(row, CL_EVIDENCE).setText(text)

    def _item_changed(self, cell: QTableWidgetItem) -> None:
        if cell.column() != CL_EVIDENCE:
            return
        item = self.items[cell.row()]
        result = self.table.cellWidget(cell.row(), CL_RESULT).currentData() if self.table.cellWidget(cell.row(), CL_RESULT) else None
        if result is None:
            self.pending[item.id] = cell.text()
            self.page.status_message.emit(self.tr("Choose a result to save the evidence."))
            return
        self._save(item, result, cell.text())

    def _result_changed(self, row: int) -> None:
        item = self.items[row]
        result = self.table.cellWidget(row, CL_RESULT).currentData()
        if result is None:
            return
        self._save(item, result, self.table.item(row, CL_EVIDENCE).text())

    def _save(self, item: audits.ChecklistRow, result: str, evidence: str) -> None:
        if self.page.write(audits.record_result, item.id, result=result, evidence=evidence,
                           kinds="audit", reload=False, editing=(item.stamp,)) is not None:
            self.pending.pop(item.id, None)
            self.page.reload_detail()


def _finding_color(row: audits.FindingRow, _key: str):
    return RED if row.kind == ChecklistResult.NONCONFORM and row.nc_id is None else None


class FindingsTab(QWidget):
    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.units: dict[int, str] = {}
        self._raisable = False
        self.model = StyledRowModel([
            Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "label", width=130),
            Column("severity", QT_TRANSLATE_NOOP("Columns", "Severity"), "label", width=80),
            Column("clause", QT_TRANSLATE_NOOP("Columns", "Clause"), width=70),
            Column("description", QT_TRANSLATE_NOOP("Columns", "Description"), width=470),
            Column("unit", QT_TRANSLATE_NOOP("Columns", "Unit"), width=160, value=lambda r: self.units.get(r.unit_id, "")),
            Column("nc_number", QT_TRANSLATE_NOOP("Columns", "Nonconformity")),
        ], self, foreground=_finding_color)
        self.table = TableView(self.model, "audits/findings", self)
        fit_header_widths(self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.activated_row.connect(lambda r: page.open_nc(r) if r.nc_id else page.edit_finding(r))
        self.add_button = push_button(self.tr("&Add finding…"), lambda: page.add_finding(None))
        self.edit_button = push_button(
            self.tr("&Edit finding…"), lambda: page.edit_finding(self.table.current_row()),
            tip=self.tr("Change the kind, severity, clause, description or unit of the selected finding."))
        self.raise_button = push_button(
            self.tr("Raise &nonconformity"), lambda: page.raise_nc(self.table.current_row()),
            tip=self.tr("Create the nonconformity (Sự không phù hợp) of the selected finding in one step: number, "
                        "source, audit and clause are carried over."))
        self.open_button = push_button(self.tr("&Open nonconformity"), lambda: page.open_nc(self.table.current_row()))
        vbox(hbox(self.add_button, self.edit_button, self.raise_button, self.open_button, 1), (self.table, 1), parent=self)
        self._editable = False
        self.tips = {b: b.toolTip() for b in (self.add_button, self.edit_button)}

    def set_detail(self, d: audits.AuditDetail | None, units: dict[int, str]) -> None:
        self.units = units
        self._raisable = d is not None and not d.row.cancelled_reason and self.page.can("audit")
        # the report approved: its findings stay as approved; their nonconformities are still raised (its follow-up)
        locked = self.page.locked_text
        self._editable = self._raisable and not locked
        for button, tip in self.tips.items():
            button.setToolTip(locked or tip)
        current = self.table.current_row()
        self.model.set_rows(list(d.findings) if d else [])
        if current is not None:
            self.table.select_where(lambda r: r.id == current.id)
        self.add_button.setEnabled(self._editable)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.table.current_row()
        self.edit_button.setEnabled(self._editable and row is not None)
        self.raise_button.setEnabled(self._raisable and row is not None and row.nc_id is None
                                     and row.kind != ChecklistResult.CONFORM)
        self.open_button.setEnabled(row is not None and row.nc_id is not None)

