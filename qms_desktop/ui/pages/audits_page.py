"""Đánh giá nội bộ: yearly programmes, audits with plan, checklist, findings, NCs raised, report approval."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from qms_desktop.domain.model import label
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date
from qms_desktop.services import audits
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.dialogs.audit_dialogs import (
    ApproveReportDialog, ChecklistItemDialog, CompleteAuditDialog, FindingDialog, PlanAuditDialog, ProgrammeDialog,
)
from qms_desktop.ui.dialogs.procedure_dialog import staff_items, unit_items
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.models.styled_row_model import GREY, StyledRowModel
from qms_desktop.ui.pages.audit_tabs import ChecklistTab, FindingsTab, PlanTab
from qms_desktop.ui.pages.master_detail import MasterDetailPage, t
from qms_desktop.ui.widgets.layout import detail_header, vbox


class AuditsPage(MasterDetailPage):
    key = "audits"
    kinds = frozenset({"audit", "audits"})
    origin_table = "audit"
    watches = frozenset({"audit", "nonconformity", "staff", "unit"})
    state_key = "audits/list"
    export_name = "DanhGiaNoiBo.xlsx"

    def __init__(self, env, parent: QWidget | None = None) -> None:
        self.detail_data: audits.AuditDetail | None = None
        self.locked_text = ""  # why the shown audit no longer changes ('' while it can): its report was approved
        self.programmes: list[audits.ProgrammeRow] = []
        self._names: dict[int, str] = {}
        self._units: dict[int, str] = {}
        super().__init__(env, parent)
        self.year = QComboBox()
        self.year.setObjectName("yearFilter")
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year.currentIndexChanged.connect(lambda _i: self._year_changed())
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.toolbar.insertWidget(1, year_label)
        self.toolbar.insertWidget(2, self.year)
        self.programme_button = self.tool_button(self.tr("Pro&gramme…"), self.edit_programme, permission="audit")
        self.plan_button = self.tool_button(self.tr("P&lan audit…"), self.plan, permission="audit")
        self.finish_toolbar()
        self.programme_label = QLabel()
        self.programme_label.setObjectName("programmeLine")
        self.programme_label.setWordWrap(True)
        self.layout().insertWidget(1, self.programme_label)
        self.splitter.setSizes([220, 430])

    def columns(self) -> list[Column]:
        return [
            Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), width=420),
            Column("date", QT_TRANSLATE_NOOP("Columns", "Date"), "date", width=100),
            Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "label", width=110),
            Column("lead_auditor", QT_TRANSLATE_NOOP("Columns", "Lead auditor"), width=180),
            Column("findings", QT_TRANSLATE_NOOP("Columns", "Findings"), "number", width=80),
            Column("nonconformities", QT_TRANSLATE_NOOP("Columns", "Nonconformities"), "number"),
        ]

    def make_model(self) -> StyledRowModel:
        return StyledRowModel(self.columns(), self, foreground=lambda r, _k: GREY if r.cancelled_reason else None)

    def _selected_year(self) -> int | None:
        return self.year.currentData() if hasattr(self, "year") else None

    def load_rows(self) -> list[audits.AuditRow]:
        ctx = self.env.ctx
        self.programmes = audits.list_programmes(ctx)
        self._names = {i: n.split(" — ")[0] for i, n in staff_items(ctx)}
        self._units = dict(unit_items(ctx))
        rows = audits.list_audits(ctx)
        self._fill_years({p.year for p in self.programmes} | {r.date.year for r in rows} | {ctx.today.year})
        year = self._selected_year()
        self._show_programme(year)
        return [r for r in rows if year is None or r.date.year == year]

    def _fill_years(self, years: set[int]) -> None:
        current = self.year.currentData() if self.year.count() else self.env.ctx.today.year
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for y in sorted(years, reverse=True):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)

    def _year_changed(self) -> None:
        self.refresh()

    def programme_of(self, year: int | None) -> audits.ProgrammeRow | None:
        return next((p for p in self.programmes if p.year == year), None)

    def _show_programme(self, year: int | None) -> None:
        if year is None:
            self.programme_label.setText(self.tr("Audits of all years. Choose a year to see its programme."))
            return
        p = self.programme_of(year)
        if p is None:
            self.programme_label.setText(self.tr("No audit programme for %1 yet: use “Programme…” to draw it up.")
                                         .replace("%1", str(year)))
            return
        text = self.tr("Programme %1: %2").replace("%1", str(year)).replace("%2", p.objectives or "—")
        if p.approved_by:
            text += " " + self.tr("(approved by %1 on %2)").replace("%1", p.approved_by) \
                .replace("%2", format_date(p.approved_date))
        self.programme_label.setText(text)

    # -- detail ------------------------------------------------------------------------------------------
    def build_detail(self) -> QWidget:
        box = QWidget()
        self.header = detail_header()
        self.plan_tab = PlanTab(self)
        self.checklist_tab = ChecklistTab(self)
        self.findings_tab = FindingsTab(self)
        self.detail_tabs("audit", self.tr("F&iles"), (self.plan_tab, self.tr("Plan and &report")), (self.checklist_tab, self.tr("&Checklist")),
                         (self.findings_tab, self.tr("Fin&dings")))
        vbox(self.header, (self.tabs, 1), parent=box, margins=(0, 4, 0, 0))
        return box

    def show_detail(self, row: audits.AuditRow | None) -> None:
        d = self.fetch_detail(audits.get_audit, row)
        approved = d is not None and d.approved_date is not None and not d.row.cancelled_reason
        self.locked_text = self.tr("The audit report was approved on %1: its checklist and findings no longer "
                                   "change.").replace("%1", format_date(d.approved_date)) if approved else ""
        self.header.setToolTip(self.locked_text)
        if d is None:
            self.header.setText(self.tr("Select an audit in the list, or plan one with “Plan audit…”."))
        else:
            header = f"{d.row.title} — {t('Labels', label(d.row.status))}"
            if approved:
                header += " · " + self.tr("report approved on %1").replace("%1", format_date(d.approved_date))
            self.header.setText(header)
        self.plan_tab.set_detail(d, self._names, self._units)
        self.checklist_tab.set_detail(d, self._names, self._units)
        self.findings_tab.set_detail(d, self._units)
        self.files_tab.set_owner(d.row.id if d else None)

    def reload_detail(self) -> None:
        """After an in-place change (checklist): reload the record, keep the list as it is."""
        self.show_detail(self.current())

    # -- actions -----------------------------------------------------------------------------------------
    def edit_programme(self) -> None:
        year = self._selected_year() or self.env.ctx.today.year
        dlg = ProgrammeDialog(self.env, year, self.programme_of(year), self, programmes=self.programmes)
        self.accepted(dlg, "audit")

    def plan(self) -> None:
        year = self._selected_year()
        programme = self.programme_of(year)
        dlg = PlanAuditDialog(self.env, self.programmes, programme_id=programme.id if programme else None, parent=self)
        if dlg.exec():
            self.changed("audit")
            if year is not None and dlg.result_row.date.year != year:
                self.year.setCurrentIndex(self.year.findData(None))
            self.refresh()
            self.select_id(dlg.result_row.id)

    def edit_plan(self) -> None:
        """The plan dialog pre-filled with the selected audit's plan."""
        if self.detail_data is None or not self.can("audit") or self.locked_text:
            return
        dlg = PlanAuditDialog(self.env, self.programmes, detail=self.detail_data, parent=self)
        if dlg.exec():
            self.changed("audit")
            if self._selected_year() is not None and dlg.result_row.date.year != self._selected_year():
                self.year.setCurrentIndex(self.year.findData(None))
            self.refresh()
            self.select_id(dlg.result_row.id)

    def add_checklist_item(self) -> None:
        if self.detail_data is None or self.locked_text:
            return
        dlg = ChecklistItemDialog(self.env, self.detail_data, self)
        if dlg.exec():
            self.changed("audit")
            self.reload_detail()

    def edit_checklist_item(self, item: audits.ChecklistRow | None) -> None:
        if self.detail_data is None or item is None or not self.can("audit") or self.locked_text:
            return
        dlg = ChecklistItemDialog(self.env, self.detail_data, self, line=item)
        if dlg.exec():
            self.changed("audit")
            self.reload_detail()
            self.checklist_tab.select_item(item.id)

    def add_finding(self, item: audits.ChecklistRow | None) -> None:
        if self.detail_data is None or self.locked_text:
            return
        dlg = FindingDialog(self.env, self.detail_data, self, source=item)
        if self.accepted(dlg, "audit"):
            self.tabs.setCurrentWidget(self.findings_tab)
            self.findings_tab.table.select_where(lambda r: r.id == dlg.result_row.id)

    def edit_finding(self, finding: audits.FindingRow | None) -> None:
        if self.detail_data is None or finding is None or not self.findings_tab.edit_button.isEnabled():
            return
        dlg = FindingDialog(self.env, self.detail_data, self, line=finding)
        if self.accepted(dlg, "audit"):
            self.tabs.setCurrentWidget(self.findings_tab)
            self.findings_tab.table.select_where(lambda r: r.id == finding.id)

    def raise_nc(self, finding: audits.FindingRow | None) -> int | None:
        """One action: finding → nonconformity; then offers to open it. Returns the NC's id."""
        if finding is None:
            return None
        nc = self.write(audits.raise_nc, finding.id, kinds={"audit", "nonconformity"})
        if nc is None:
            return None
        self.findings_tab.table.select_where(lambda r: r.id == finding.id)
        if prompts.ask_yes(self, self.tr("Nonconformity %1 was created from this finding. Open it now?")
                           .replace("%1", nc.number)):
            self.env.open_record(f"nc:{nc.id}")
        return nc.id

    def open_nc(self, finding: audits.FindingRow | None) -> None:
        if finding is not None and finding.nc_id is not None:
            self.env.open_record(f"nc:{finding.nc_id}")

    def complete(self) -> None:
        self.detail_dialog(CompleteAuditDialog, "audit")

    def approve_report(self) -> None:
        self.detail_dialog(ApproveReportDialog, "audit")

    def cancel_audit(self) -> None:
        self.cancel_with_reason(lambda d: self.tr("Cancel the audit “%1”? It is kept, marked cancelled, and can no "
                                                  "longer change.").replace("%1", d.row.title),
                                self.tr("Cancel audit"), self.tr("Reason for cancelling:"), audits.cancel_audit,
                                kinds="audit")

