"""Đánh giá nội bộ page: plan (independence refused clearly), checklist in place, finding → NC in one action."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from record_fixtures import *  # noqa: F403
from record_fixtures import TODAY, fill_exec, make_env
from ui_helpers import type_date
from record_fixtures import press

from qms_desktop.services import audits, ncs, records
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.ui.dialogs.audit_dialogs import (
    ApproveReportDialog, ChecklistItemDialog, CompleteAuditDialog, FindingDialog, PlanAuditDialog, ProgrammeDialog,
)
from qms_desktop.ui.pages.audits_page import AuditsPage


def _page(qtbot, env) -> AuditsPage:
    page = AuditsPage(env)
    qtbot.addWidget(page)
    page.refresh()
    return page


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_plan_dialog_shows_the_independence_refusal(qtbot, ui_env, people):
    dlg = PlanAuditDialog(ui_env, [])
    qtbot.addWidget(dlg)
    dlg.editors["title"].setText("Đánh giá bộ phận Tư pháp - Hộ tịch")
    _choose(dlg.lead, people.lan.id)
    dlg.units.set_checked([people.tp.id])
    # warned at once, before saving
    assert not dlg.independence.isHidden()
    assert "Nguyễn Thị Lan" in dlg.independence.text() and "Tư pháp - Hộ tịch" in dlg.independence.text()
    press(dlg)
    assert dlg.result() == QDialog.DialogCode.Rejected
    assert not dlg.errors["member_ids"].isHidden() and "Nguyễn Thị Lan" in dlg.errors["member_ids"].text()
    assert dlg.independence.isHidden()  # said once, next to the team (QA: it was said twice)
    assert audits.list_audits(ui_env.ctx) == []
    _choose(dlg.lead, people.hung.id)
    assert dlg.independence.isHidden()
    dlg.team.set_checked([people.lan.id])
    assert not dlg.independence.isHidden()  # a team member of the audited unit, too
    dlg.team.set_checked([])
    press(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert [a.lead_auditor for a in audits.list_audits(ui_env.ctx)] == ["Lê Văn Hùng"]


def test_programme_plan_checklist_finding_nc_held_approved(qtbot, ui_env, people, answers, monkeypatch):
    page = _page(qtbot, ui_env)
    assert page.year.currentData() == TODAY.year
    fill_exec(monkeypatch, ProgrammeDialog, lambda d: d.editors["objectives"].setPlainText(
        "Đánh giá toàn bộ HTQLCL tại các bộ phận"))
    page.edit_programme()
    assert "toàn bộ HTQLCL" in page.programme_label.text()

    def fill_plan(d: PlanAuditDialog) -> None:
        d.editors["title"].setText("Đánh giá nội bộ lần 1")
        d.editors["purpose"].setPlainText("Xác định mức độ phù hợp của HTQLCL")
        _choose(d.lead, people.hung.id)
        d.team.set_checked([people.lan.id])
        d.units.set_checked([people.tp.id, people.vp.id])
        assert d.editors["programme_id"].currentData() == page.programmes[0].id

    fill_exec(monkeypatch, PlanAuditDialog, fill_plan)
    page.plan()
    row = page.current()
    assert (row.title, row.status, row.lead_auditor) == ("Đánh giá nội bộ lần 1", "planned", "Lê Văn Hùng")
    assert "Nguyễn Thị Lan" in page.plan_tab.fields["team"].text()

    # Checklist: the independence rule again (Lan on her own unit), then a valid question.
    def fill_item_bad(d: ChecklistItemDialog) -> None:
        d.editors["question"].setPlainText("Hồ sơ có được lưu đầy đủ?")
        _choose(d.editors["unit_id"], people.tp.id)
        _choose(d.editors["auditor"], people.lan.id)

    seen = fill_exec(monkeypatch, ChecklistItemDialog, fill_item_bad)
    page.add_checklist_item()
    assert "Nguyễn Thị Lan" in seen[0].errors["auditor"].text()

    def fill_item(d: ChecklistItemDialog) -> None:
        d.editors["clause"].setText("7.5.3")
        d.editors["question"].setPlainText("Hồ sơ có được lưu đầy đủ?")
        _choose(d.editors["unit_id"], people.tp.id)
        _choose(d.editors["auditor"], people.hung.id)

    fill_exec(monkeypatch, ChecklistItemDialog, fill_item)
    page.add_checklist_item()
    tab = page.checklist_tab
    assert tab.table.rowCount() == 1
    tab.set_evidence(0, "3/10 hồ sơ thiếu phiếu kiểm soát")  # no result yet: kept on screen
    assert audits.get_audit(ui_env.ctx, row.id).checklist[0].evidence == ""
    tab.set_result(0, "nonconform")
    item = audits.get_audit(ui_env.ctx, row.id).checklist[0]
    assert (item.result, item.evidence) == ("nonconform", "3/10 hồ sơ thiếu phiếu kiểm soát")

    # A finding recorded from the checklist item (pre-filled), then the NC in one action.
    tab.table.selectRow(0)

    def fill_finding(d: FindingDialog) -> None:
        assert d.kind.currentData() == "nonconform"
        assert d.editors["description"].toPlainText() == "3/10 hồ sơ thiếu phiếu kiểm soát"
        _choose(d.severity, "minor")

    fill_exec(monkeypatch, FindingDialog, fill_finding)
    page.add_finding(tab.selected())
    findings = page.findings_tab
    assert page.tabs.currentWidget() is findings and findings.raise_button.isEnabled()
    nc_id = page.raise_nc(findings.table.current_row())
    nc = ncs.get_nc(ui_env.ctx, nc_id)
    assert (nc.row.source, nc.row.audit_id, nc.row.clause, nc.row.number) == (
        "internal_audit", row.id, "7.5.3", f"01/{TODAY.year}")
    assert answers.questions and f"01/{TODAY.year}" in answers.questions[0]
    assert ui_env.opened == [f"nc:{nc_id}"]
    assert findings.table.current_row().nc_number == f"01/{TODAY.year}"
    assert not findings.raise_button.isEnabled() and findings.open_button.isEnabled()
    assert page.current().nonconformities == 1

    # Held, then the report approved (asks first).
    fill_exec(monkeypatch, CompleteAuditDialog, lambda d: d.editors["report_summary"].setPlainText("Phù hợp cơ bản"))
    page.complete()
    assert page.current().status == "done" and page.plan_tab.approve_button.isEnabled()
    intros = []

    def approve(d) -> None:
        intros.append(d.intro.text())  # QA 26 G16: which audit's report is approved
        d.editors["approved_by"].setText("Trần Văn Minh")
    fill_exec(monkeypatch, ApproveReportDialog, approve)
    page.approve_report()
    assert audits.get_audit(ui_env.ctx, row.id).approved_by == "Trần Văn Minh"
    assert intros and row.title in intros[0] and intros[0].startswith("The report of “")
    assert answers.confirms and not page.plan_tab.approve_button.isEnabled()
    assert answers.errors == []

    page.search.setText("DANH GIA noi bo lan 1")
    assert page.model.rowCount() == 1
    page.search.setText("kiem tra")
    assert page.model.rowCount() == 0


def test_held_in_the_future_is_refused_next_to_the_date(qtbot, ui_env, people):
    a = audits.plan_audit(ui_env.ctx, title="Đánh giá", planned_date=TODAY)
    dlg = CompleteAuditDialog(ui_env, audits.get_audit(ui_env.ctx, a.id))
    qtbot.addWidget(dlg)
    type_date(dlg.editors["start_date"], TODAY + dt.timedelta(days=3))
    press(dlg)
    assert dlg.result() == QDialog.DialogCode.Rejected and not dlg.errors["start_date"].isHidden()


def test_auditor_role_raises_nc_but_cannot_approve(qtbot, db, answers):
    auditor = AppContext(db, Actor("danhgia", "auditor", "Vũ Đức Anh"), clock=lambda: TODAY)
    lead = records.create(AppContext(db, Actor("chutich", "leader", "")), "staff",
                          {"full_name": "Vũ Đức Anh", "title": "Công chức Tư pháp - Hộ tịch"})
    a = audits.plan_audit(auditor, title="Đánh giá bộ phận một cửa", planned_date=TODAY, lead_auditor_id=lead.id)
    audits.add_finding(auditor, a.id, kind="nonconform", description="Thiếu sổ theo dõi")
    env = make_env(auditor)
    page = _page(qtbot, env)
    page.open_record("audit", a.id)
    page.findings_tab.table.selectRow(0)
    answers.yes = False
    assert page.raise_nc(page.findings_tab.table.current_row()) is not None
    assert env.opened == []
    audits.complete_audit(auditor, a.id, start_date=TODAY)
    page.refresh()
    assert not page.plan_tab.approve_button.isEnabled() and "leader" in page.plan_tab.approve_button.toolTip()


def test_cancel_audit_asks_for_a_reason(qtbot, ui_env, answers):
    a = audits.plan_audit(ui_env.ctx, title="Đánh giá dự phòng", planned_date=TODAY + dt.timedelta(days=30))
    page = _page(qtbot, ui_env)
    page.year.setCurrentIndex(page.year.findData(a.date.year))  # 30 days on may be next year (in December)
    assert page.open_record("audit", a.id)
    answers.reason = None  # the user backs out of the reason box
    page.cancel_audit()
    assert audits.list_audits(ui_env.ctx)[0].status == "planned"
    answers.reason = "Trùng lịch kiểm tra của huyện"
    page.cancel_audit()
    assert audits.list_audits(ui_env.ctx)[0].status == "cancelled"
    assert not page.plan_tab.held_button.isEnabled()


def test_demo_commune_audits(qtbot, demo_env, answers):
    from record_fixtures import visit_every_row

    page = _page(qtbot, demo_env)
    page.year.setCurrentIndex(page.year.findData(None))  # all years
    assert visit_every_row(page) == len(audits.list_audits(demo_env.ctx)) > 0
    assert answers.errors == []


def test_raised_nc_opens_on_the_nc_page_and_back(qtbot, ui_env, people, answers):
    """The "kind:id" references go through env.open_record, as the main window routes them
    (RECORD_PAGES); here a two-page router stands in for the window."""
    from qms_desktop.ui.pages import RECORD_PAGES
    from qms_desktop.ui.pages.ncs_page import NcsPage

    a = audits.plan_audit(ui_env.ctx, title="Đánh giá nội bộ", planned_date=TODAY)
    audits.add_finding(ui_env.ctx, a.id, kind="nonconform", description="Thiếu sổ theo dõi hồ sơ")
    page = _page(qtbot, ui_env)
    nc_page = NcsPage(ui_env)
    qtbot.addWidget(nc_page)
    pages = {"audits": page, "ncs": nc_page}
    shown: list[str] = []

    def open_record(ref: str) -> bool:
        kind, _, ident = ref.partition(":")
        shown.append(RECORD_PAGES[kind])
        return pages[RECORD_PAGES[kind]].open_record(kind, int(ident))

    ui_env.open_record = open_record
    assert page.open_record("audit", a.id)
    page.tabs.setCurrentWidget(page.findings_tab)
    page.findings_tab.table.selectRow(0)
    nc_id = page.raise_nc(page.findings_tab.table.current_row())
    assert shown == ["ncs"] and nc_page.current().id == nc_id
    assert not nc_page.audit_button.isHidden()
    nc_page.audit_button.click()  # and back to the audit
    assert shown == ["ncs", "audits"] and page.current().id == a.id


def test_nonconforming_item_needs_its_finding_and_an_approved_report_is_locked(qtbot, ui_env, people, answers,
                                                                                monkeypatch):
    """QA F3, as the tester did it: a checklist item found nonconforming with no finding let the audit be held and
    its report approved; after approval questions and findings could still be added."""
    a = audits.plan_audit(ui_env.ctx, title="Đánh giá nội bộ lần 1", planned_date=TODAY, lead_auditor_id=people.hung.id,
                          unit_ids=[people.tp.id])
    page = _page(qtbot, ui_env)
    assert page.open_record("audit", a.id)
    tab, findings, plan = page.checklist_tab, page.findings_tab, page.plan_tab

    def fill_item(d: ChecklistItemDialog) -> None:
        d.editors["clause"].setText("7.5.3")
        d.editors["question"].setPlainText("Hồ sơ có được lưu đầy đủ?")
        d.editors["evidence"].setPlainText("3/10 hồ sơ thiếu phiếu kiểm soát")
        _choose(d.editors["result"], "nonconform")

    fill_exec(monkeypatch, ChecklistItemDialog, fill_item)
    tab.add_button.click()
    assert audits.get_audit(ui_env.ctx, a.id).checklist[0].result == "nonconform"

    # "Record as held": refused in the dialog, naming the item and what to do.
    held = fill_exec(monkeypatch, CompleteAuditDialog, lambda d: d.editors["report_summary"].setPlainText("Phù hợp"))
    plan.held_button.click()
    assert held[0].result() == QDialog.DialogCode.Rejected
    said = held[0].error_text()
    assert "7.5.3 — Hồ sơ có được lưu đầy đủ?" in said and "Record a finding from this item" in said
    assert page.current().status == "planned"

    # The finding recorded from the item, then held and approved.
    tab.table.selectRow(0)
    fill_exec(monkeypatch, FindingDialog, lambda d: _choose(d.severity, "minor"))
    tab.finding_button.click()
    assert [(f.kind, f.nc_id) for f in audits.get_audit(ui_env.ctx, a.id).findings] == [("nonconform", None)]
    plan.held_button.click()
    assert page.current().status == "done" and plan.approve_button.isEnabled()
    fill_exec(monkeypatch, ApproveReportDialog, lambda d: d.editors["approved_by"].setText("Trần Văn Minh"))
    plan.approve_button.click()
    assert audits.get_audit(ui_env.ctx, a.id).approved_date == TODAY
    assert answers.errors == []

    # Approved: nothing of the checklist, the findings or the plan can change any more, and the page says why.
    why = f"The audit report was approved on {TODAY:%d/%m/%Y}: its checklist and findings no longer change."
    assert f"report approved on {TODAY:%d/%m/%Y}" in page.header.text() and page.header.toolTip() == why
    tab.table.selectRow(0)
    for button in (tab.add_button, tab.edit_button, tab.finding_button, findings.add_button, plan.edit_button,
                   plan.held_button, plan.approve_button):
        assert not button.isEnabled(), button.text()
    for button in (tab.add_button, tab.edit_button, tab.finding_button, findings.add_button, plan.edit_button,
                   plan.held_button):
        assert button.toolTip() == why, button.text()
    assert tab.hint.text() == why
    assert not tab.table.cellWidget(0, 5).isEnabled()  # the result
    assert not tab.table.item(0, 4).flags() & Qt.ItemFlag.ItemIsEditable  # the evidence
    page.tabs.setCurrentWidget(findings)
    findings.table.selectRow(0)
    assert not findings.edit_button.isEnabled()
    opened = [fill_exec(monkeypatch, ChecklistItemDialog, fill_item), fill_exec(monkeypatch, FindingDialog, lambda d: None)]
    tab.add_button.click()
    findings.add_button.click()
    findings.table.activated_row.emit(findings.table.current_row())  # a double click edits no finding either
    assert opened == [[], []] and len(audits.get_audit(ui_env.ctx, a.id).checklist) == 1
    assert len(audits.get_audit(ui_env.ctx, a.id).findings) == 1

    # Its nonconformity is still raised: the follow-up of the approved report.
    assert findings.raise_button.isEnabled()
    answers.yes = False
    findings.raise_button.click()
    assert audits.get_audit(ui_env.ctx, a.id).findings[0].nc_number == f"01/{TODAY.year}"
    assert page.current().nonconformities == 1 and not findings.raise_button.isEnabled()
    assert answers.errors == []
