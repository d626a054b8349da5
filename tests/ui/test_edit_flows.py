"""Every record can be edited after creation: audit plan, checklist item, draft version, review meeting,
NC due date, and a new procedure started from a TTHC. Real widgets on a real database; dialogs answered
through ``fill_exec`` (no modal loop) or driven directly."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from record_fixtures import *  # noqa: F403
from record_fixtures import TODAY, fill_exec, make_env, make_procedure, secretary_ctx
from ui_helpers import type_date
from record_fixtures import press

from qms_desktop.services import audits, ncs, procedures, reviews, tthc
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.ui.dialogs.audit_dialogs import ChecklistItemDialog, FindingDialog, PlanAuditDialog
from qms_desktop.ui.dialogs.nc_dialogs import ActionDialog
from qms_desktop.ui.dialogs.procedure_dialog import ProcedureDialog
from qms_desktop.ui.dialogs.review_dialog import NewReviewDialog, OutputDialog
from qms_desktop.ui.dialogs.version_dialog import VersionDialog
from qms_desktop.ui.pages import RECORD_PAGES
from qms_desktop.ui.pages.audits_page import AuditsPage
from qms_desktop.ui.pages.ncs_page import NcsPage
from qms_desktop.ui.pages.procedure_tabs import AmendmentDialog
from qms_desktop.ui.pages.procedures_page import ProceduresPage
from qms_desktop.ui.pages.reviews_page import ReviewsPage
from qms_desktop.ui.pages.tthc_page import TthcPage


def _show(qtbot, cls, env):
    page = cls(env)
    qtbot.addWidget(page)
    page.refresh()
    return page


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def _changes(env) -> list[set]:
    seen: list[set] = []
    env.events.data_changed.connect(lambda kinds, _who: seen.append(set(kinds)))
    return seen


def viewer_env(db):
    return make_env(AppContext(db, Actor("xem", "viewer"), clock=lambda: TODAY))


# ---------------------------------------------------------------- audit plan
def test_edit_the_audit_plan(qtbot, ui_env, people, answers, monkeypatch):
    a = audits.plan_audit(ui_env.ctx, title="Đánh giá nội bộ lần 1", planned_date=TODAY, purpose="Mức độ phù hợp",
                          lead_auditor_id=people.hung.id, member_ids=[people.lan.id],
                          unit_ids=[people.tp.id, people.vp.id])
    page = _show(qtbot, AuditsPage, ui_env)
    assert page.open_record("audit", a.id)
    assert page.plan_tab.edit_button.isEnabled() and "&" in page.plan_tab.edit_button.text()
    seen = _changes(ui_env)

    def fill(d: PlanAuditDialog) -> None:
        assert d.windowTitle() == "Edit the audit plan" and "programme_id" not in d.editors  # pre-filled
        assert d.editors["title"].text() == "Đánh giá nội bộ lần 1"
        assert d.editors["purpose"].toPlainText() == "Mức độ phù hợp"
        assert d.lead.currentData() == people.hung.id and d.team.checked_ids() == [people.lan.id]
        assert sorted(d.units.checked_ids()) == sorted([people.tp.id, people.vp.id])
        assert not d.dirty
        d.editors["title"].setText("Đánh giá nội bộ bộ phận Văn phòng")
        type_date(d.editors["planned_date"], TODAY + dt.timedelta(days=7))
        d.units.set_checked([people.tp.id])  # Lan is of Tư pháp: warned at once …
        assert not d.independence.isHidden()
        d.team.set_checked([])  # … and fine without her
        assert d.independence.isHidden()

    dialogs = fill_exec(monkeypatch, PlanAuditDialog, fill)
    page.plan_tab.edit_button.click()
    assert dialogs and dialogs[0].result() == QDialog.DialogCode.Accepted
    d = audits.get_audit(ui_env.ctx, a.id)
    assert (d.row.title, d.planned_date, d.unit_ids) == ("Đánh giá nội bộ bộ phận Văn phòng",
                                                         TODAY + dt.timedelta(days=7), (people.tp.id,))
    assert (d.lead_auditor_id, d.member_ids) == (people.hung.id, (people.hung.id,))
    assert page.current().id == a.id and "Nguyễn Thị Lan" not in page.plan_tab.fields["team"].text()
    assert {"audit"} in seen and answers.errors == []


def test_edit_plan_refusal_is_shown_next_to_the_team(qtbot, ui_env, people):
    a = audits.plan_audit(ui_env.ctx, title="Đánh giá", planned_date=TODAY, lead_auditor_id=people.hung.id,
                          member_ids=[people.lan.id], unit_ids=[people.tp.id, people.vp.id])
    dlg = PlanAuditDialog(ui_env, [], detail=audits.get_audit(ui_env.ctx, a.id))
    qtbot.addWidget(dlg)
    dlg.units.set_checked([people.tp.id])
    press(dlg)
    assert dlg.result() == QDialog.DialogCode.Rejected
    assert not dlg.errors["member_ids"].isHidden() and "Nguyễn Thị Lan" in dlg.errors["member_ids"].text()
    assert len(audits.get_audit(ui_env.ctx, a.id).unit_ids) == 2  # nothing written
    _choose(dlg.lead, None)  # no lead any more, and Hùng out of the team
    dlg.team.set_checked([])
    press(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    d = audits.get_audit(ui_env.ctx, a.id)
    assert (d.lead_auditor_id, d.member_ids, d.unit_ids) == (None, (), (people.tp.id,))


def test_edit_plan_disabled_for_viewer_and_cancelled_audit(qtbot, ui_env, db):
    a = audits.plan_audit(ui_env.ctx, title="Đánh giá", planned_date=TODAY)
    page = _show(qtbot, AuditsPage, viewer_env(db))
    page.open_record("audit", a.id)
    assert not page.plan_tab.edit_button.isEnabled()
    audits.cancel_audit(ui_env.ctx, a.id, reason="Trùng lịch")
    page = _show(qtbot, AuditsPage, ui_env)
    page.open_record("audit", a.id)
    assert not page.plan_tab.edit_button.isEnabled()


# ---------------------------------------------------------------- checklist item
def test_edit_a_checklist_question(qtbot, ui_env, people, answers, monkeypatch):
    a = audits.plan_audit(ui_env.ctx, title="Đánh giá", planned_date=TODAY, lead_auditor_id=people.hung.id,
                          member_ids=[people.lan.id], unit_ids=[people.tp.id, people.vp.id])
    item = audits.add_checklist_item(ui_env.ctx, a.id, question="Hồ sơ có đầy đủ?", unit_id=people.tp.id,
                                     auditor_id=people.hung.id)
    audits.record_result(ui_env.ctx, item.id, result="nonconform", evidence="3/10 hồ sơ thiếu phiếu")
    page = _show(qtbot, AuditsPage, ui_env)
    page.open_record("audit", a.id)
    tab = page.checklist_tab
    assert not tab.edit_button.isEnabled()  # nothing selected
    tab.table.selectRow(0)
    assert tab.edit_button.isEnabled()

    # The independence rule, refused next to the auditor.
    dlg = ChecklistItemDialog(ui_env, page.detail_data, line=tab.selected())
    qtbot.addWidget(dlg)
    assert "evidence" not in dlg.editors and "result" not in dlg.editors  # edited in the table
    assert dlg.editors["question"].toPlainText() == "Hồ sơ có đầy đủ?"
    _choose(dlg.editors["auditor"], people.lan.id)
    press(dlg)
    assert dlg.result() == QDialog.DialogCode.Rejected and "Nguyễn Thị Lan" in dlg.errors["auditor"].text()

    seen = _changes(ui_env)

    def fill(d: ChecklistItemDialog) -> None:
        assert d.windowTitle() == "Checklist: edit question"
        assert (d.editors["unit_id"].currentData(), d.editors["auditor"].currentData()) == (people.tp.id, people.hung.id)
        d.editors["question"].setPlainText("Hồ sơ có được lưu đầy đủ, đúng thời hạn?")
        d.editors["clause"].setText("7.5.3")
        _choose(d.editors["unit_id"], people.vp.id)
        _choose(d.editors["auditor"], None)  # Hùng is of Văn phòng: no auditor for now

    fill_exec(monkeypatch, ChecklistItemDialog, fill)
    tab.edit_button.click()
    row = audits.get_audit(ui_env.ctx, a.id).checklist[0]
    assert (row.question, row.clause, row.unit_id, row.auditor_id) == (
        "Hồ sơ có được lưu đầy đủ, đúng thời hạn?", "7.5.3", people.vp.id, None)
    assert (row.result, row.evidence) == ("nonconform", "3/10 hồ sơ thiếu phiếu")  # untouched
    assert tab.table.item(0, 1).text() == "Hồ sơ có được lưu đầy đủ, đúng thời hạn?"
    assert tab.selected().id == item.id and {"audit"} in seen and answers.errors == []


# ---------------------------------------------------------------- draft version
def test_edit_a_draft_version_sign_off(qtbot, ui_env, answers, monkeypatch):
    p = make_procedure(ui_env.ctx, approve=False)
    page = _show(qtbot, ProceduresPage, ui_env)
    page.open_record("procedure", p.id)
    tab = page.versions_tab
    assert tab.selected().status == "draft" and tab.edit_button.isEnabled()
    seen = _changes(ui_env)

    def fill(d: VersionDialog) -> None:
        assert d.windowTitle() == "Edit version 1 of QT-01" and "steps" not in d.editors
        assert d.editors["drafted_by"].text() == "Nguyễn Thị Lan"
        d.editors["drafted_title"].setText("Công chức Tư pháp - Hộ tịch")
        d.editors["reviewed_by"].setText("Lê Văn Hùng")
        d.editors["reviewed_title"].setText("Phó Chủ tịch UBND xã")
        type_date(d.editors["reviewed_date"], TODAY)
        type_date(d.editors["issue_date"], TODAY)
        d.editors["change_summary"].setPlainText("Ban hành lần đầu")

    fill_exec(monkeypatch, VersionDialog, fill)
    tab.edit_button.click()
    v = procedures.get_procedure(ui_env.ctx, p.id).versions[0]
    assert (v.reviewed_by, v.reviewed_title, v.reviewed_date, v.issue_date, v.change_summary) == (
        "Lê Văn Hùng", "Phó Chủ tịch UBND xã", TODAY, TODAY, "Ban hành lần đầu")
    assert len(v.steps) == 2  # the steps stay as they were
    assert tab.sign_labels["reviewed"][0].text() == "Lê Văn Hùng"
    assert {"procedure"} in seen and answers.errors == []

    # Impossible dates are refused next to the field.
    dlg = VersionDialog(ui_env, page.detail_data, version=tab.selected())
    qtbot.addWidget(dlg)
    type_date(dlg.editors["effective_date"], TODAY - dt.timedelta(days=1))
    press(dlg)
    assert dlg.result() == QDialog.DialogCode.Rejected and not dlg.errors["effective_date"].isHidden()

    # Once effective, it is changed by a new version: disabled, and the tooltip says so.
    procedures.approve_version(ui_env.ctx, v.id, approved_by="Trần Văn Minh")
    page.refresh()
    assert tab.selected().status == "effective"
    assert not tab.edit_button.isEnabled() and "new version" in tab.edit_button.toolTip()


def test_version_edit_for_secretary_not_for_viewer(qtbot, db):
    sec = secretary_ctx(db)
    p = make_procedure(sec, approve=False)
    page = _show(qtbot, ProceduresPage, make_env(sec))
    page.open_record("procedure", p.id)
    assert page.versions_tab.edit_button.isEnabled()
    page = _show(qtbot, ProceduresPage, viewer_env(db))
    page.open_record("procedure", p.id)
    assert not page.versions_tab.edit_button.isEnabled()


# ---------------------------------------------------------------- management review
def test_edit_the_review_meeting(qtbot, ui_env, people, answers, monkeypatch):
    r = reviews.create_review(ui_env.ctx, date=TODAY + dt.timedelta(days=10), place="Hội trường UBND xã",
                              chair="Trần Văn Minh", prefill=False)
    page = _show(qtbot, ReviewsPage, ui_env)
    page.open_record("review", r.id)
    assert page.edit_button.isEnabled()
    seen = _changes(ui_env)

    def fill(d: NewReviewDialog) -> None:
        assert d.windowTitle() == "Edit the management review" and d.intro.isHidden()
        assert d.editors["place"].text() == "Hội trường UBND xã"
        assert d.editors["chair"].currentText() == "Trần Văn Minh"
        type_date(d.editors["date"], TODAY + dt.timedelta(days=12))
        d.editors["time"].setText("14:00")
        d.editors["place"].setText("Phòng họp UBND xã")
        d.editors["secretary"].setCurrentIndex(d.editors["secretary"].findText("Nguyễn Thị Lan"))
        d.editors["attendees"].setPlainText("Ban chỉ đạo ISO")

    fill_exec(monkeypatch, NewReviewDialog, fill)
    page.edit_button.click()
    d = reviews.get_review(ui_env.ctx, r.id)
    assert (d.row.date, d.time, d.row.place, d.row.chair, d.secretary, d.attendees) == (
        TODAY + dt.timedelta(days=12), "14:00", "Phòng họp UBND xã", "Trần Văn Minh", "Nguyễn Thị Lan", "Ban chỉ đạo ISO")
    assert page.meeting["place"].text() == "Phòng họp UBND xã" and page.meeting["secretary"].text() == "Nguyễn Thị Lan"
    assert {"management_review"} in seen and answers.errors == []

    reviews.cancel_review(ui_env.ctx, r.id, reason="Lùi lịch")
    page.refresh()
    assert not page.edit_button.isEnabled()


def test_held_review_cannot_move_into_the_future(qtbot, ui_env, db):
    r = reviews.create_review(ui_env.ctx, date=TODAY, prefill=False)
    reviews.hold_review(ui_env.ctx, r.id, conclusion="Hệ thống phù hợp")
    dlg = NewReviewDialog(ui_env, detail=reviews.get_review(ui_env.ctx, r.id))
    qtbot.addWidget(dlg)
    type_date(dlg.editors["date"], TODAY + dt.timedelta(days=3))
    press(dlg)
    assert dlg.result() == QDialog.DialogCode.Rejected and not dlg.errors["date"].isHidden()
    assert reviews.get_review(ui_env.ctx, r.id).row.date == TODAY
    page = _show(qtbot, ReviewsPage, viewer_env(db))
    page.open_record("review", r.id)
    assert not page.edit_button.isEnabled()


# ---------------------------------------------------------------- nonconformity due date
def test_clear_the_due_date_of_a_nonconformity(qtbot, ui_env, db, answers):
    nc = ncs.open_nc(ui_env.ctx, description="Trả kết quả trễ hạn", detected_date=TODAY,
                     due_date=TODAY + dt.timedelta(days=30))
    page = _show(qtbot, NcsPage, ui_env)
    page.open_record("nc", nc.id)
    assert "due" in page.subheader.text() and page.clear_due_button.isEnabled()
    seen = _changes(ui_env)
    page.clear_due_button.click()
    assert page.desc_form.editors["due_date"].value() is None and page.desc_form.dirty
    assert ncs.get_nc(ui_env.ctx, nc.id).row.due_date is not None  # only once saved
    assert page.save_description()
    assert ncs.get_nc(ui_env.ctx, nc.id).row.due_date is None
    assert "due" not in page.subheader.text() and {"nonconformity"} in seen
    page.desc_form.editors["root_cause"].setPlainText("Chưa theo dõi hạn trả")  # other edits keep it empty
    assert page.save_description() and ncs.get_nc(ui_env.ctx, nc.id).row.due_date is None
    assert answers.errors == []
    page = _show(qtbot, NcsPage, viewer_env(db))
    page.open_record("nc", nc.id)
    assert not page.clear_due_button.isEnabled()


# ---------------------------------------------------------------- TTHC → new procedure
def test_new_procedure_from_the_tthc_page(qtbot, ui_env, answers, monkeypatch):
    """The button goes through env.open_record("new_procedure:<id>"), routed as the main window does
    (RECORD_PAGES) to the Procedures page, whose create dialog opens with the TTHC linked."""
    t = tthc.create_tthc(ui_env.ctx, code="1.001193", name="Đăng ký khai sinh", time_limit="Ngay trong ngày")
    tthc_page = _show(qtbot, TthcPage, ui_env)
    proc_page = _show(qtbot, ProceduresPage, ui_env)
    pages = {"tthc": tthc_page, "procedures": proc_page}
    shown: list[str] = []

    def open_record(ref: str) -> bool:
        kind, _, ident = ref.partition(":")
        shown.append(RECORD_PAGES[kind])
        return pages[RECORD_PAGES[kind]].open_record(kind, int(ident))

    ui_env.open_record = open_record
    tthc_page.table.selectRow(0)
    assert tthc_page.new_proc_button.isEnabled() and "&" in tthc_page.new_proc_button.text()

    def fill(d: ProcedureDialog) -> None:
        assert d.windowTitle() == "New procedure" and d.tthc_list.checked_ids() == [t.id]
        d.editors["code"].setText("QT-HT-01")
        d.editors["title"].setText("Quy trình đăng ký khai sinh")

    dialogs = fill_exec(monkeypatch, ProcedureDialog, fill)
    seen = _changes(ui_env)
    tthc_page.new_proc_button.click()
    assert shown == ["procedures"] and len(dialogs) == 1
    created = proc_page.current()
    assert created is not None and (created.code, created.tthc_codes) == ("QT-HT-01", ("1.001193",))
    assert {"procedure"} in seen
    tthc_page.refresh()
    assert "QT-HT-01" in tthc_page.d_procs.item(0).text()
    assert answers.errors == []


def test_new_procedure_button_disabled_without_permission(qtbot, ui_env, db):
    tthc.create_tthc(ui_env.ctx, code="1.001193", name="Đăng ký khai sinh")
    auditor = make_env(AppContext(db, Actor("danhgia", "auditor"), clock=lambda: TODAY))
    page = _show(qtbot, TthcPage, auditor)
    page.table.selectRow(0)
    assert not page.new_proc_button.isEnabled()
    page.new_procedure()
    assert auditor.opened == []


# ---------------------------------------------------------------- child lines
def test_edit_an_amendment_line(qtbot, ui_env, db, answers, monkeypatch):
    p = make_procedure(ui_env.ctx, approve=False)
    a = procedures.add_amendment(ui_env.ctx, p.id, item="Bước 2", legal_basis="Luật Hộ tịch", date=TODAY)
    page = _show(qtbot, ProceduresPage, ui_env)
    page.open_record("procedure", p.id)
    tab = page.amendments_tab
    assert not tab.edit_button.isEnabled() and "&" in tab.edit_button.text()  # nothing selected
    tab.table.selectRow(0)
    assert tab.edit_button.isEnabled()
    seen = _changes(ui_env)

    def fill(d: AmendmentDialog) -> None:
        assert d.windowTitle() == "Amendment log of QT-01: edit line" and not d.dirty
        assert (d.editors["item"].toPlainText(), d.editors["legal_basis"].text()) == ("Bước 2", "Luật Hộ tịch")
        assert not d.editors["version_number"].isEnabled()
        d.editors["item"].setPlainText("Bước 2: rút ngắn thời hạn")
        type_date(d.editors["date"], TODAY - dt.timedelta(days=3))

    dialogs = fill_exec(monkeypatch, AmendmentDialog, fill)
    tab.edit_button.click()
    assert dialogs and dialogs[0].result() == QDialog.DialogCode.Accepted
    row = procedures.get_procedure(ui_env.ctx, p.id).amendments[0]
    assert (row.id, row.item, row.legal_basis, row.date) == (a.id, "Bước 2: rút ngắn thời hạn", "Luật Hộ tịch",
                                                             TODAY - dt.timedelta(days=3))
    assert tab.selected().item == "Bước 2: rút ngắn thời hạn" and {"procedure"} in seen
    # Enter / double-click opens the same dialog; an empty item is refused next to the field.
    dlg = AmendmentDialog(ui_env, page.detail_data, line=tab.selected())
    qtbot.addWidget(dlg)
    dlg.editors["item"].setPlainText("  ")
    press(dlg)
    assert dlg.result() == QDialog.DialogCode.Rejected and not dlg.errors["item"].isHidden()
    dialogs = fill_exec(monkeypatch, AmendmentDialog, lambda d: None, accept=False)
    tab.table.activated_row.emit(tab.selected())
    assert len(dialogs) == 1 and dialogs[0].windowTitle().endswith("edit line")
    assert answers.errors == []
    page = _show(qtbot, ProceduresPage, viewer_env(db))
    page.open_record("procedure", p.id)
    page.amendments_tab.table.selectRow(0)
    assert not page.amendments_tab.edit_button.isEnabled()


def test_edit_a_finding(qtbot, ui_env, db, people, answers, monkeypatch):
    a = audits.plan_audit(ui_env.ctx, title="Đánh giá", planned_date=TODAY, unit_ids=[people.tp.id, people.vp.id])
    f = audits.add_finding(ui_env.ctx, a.id, kind="recommend", description="Nên sắp xếp hồ sơ", unit_id=people.tp.id)
    page = _show(qtbot, AuditsPage, ui_env)
    page.open_record("audit", a.id)
    tab = page.findings_tab
    assert not tab.edit_button.isEnabled() and "&" in tab.edit_button.text()
    tab.table.selectRow(0)
    assert tab.edit_button.isEnabled()
    seen = _changes(ui_env)

    def fill(d: FindingDialog) -> None:
        assert d.windowTitle() == "Edit finding" and not d.dirty
        assert d.editors["description"].toPlainText() == "Nên sắp xếp hồ sơ"
        assert d.editors["unit_id"].currentData() == people.tp.id and not d.severity.isEnabled()
        _choose(d.kind, "nonconform")
        assert d.severity.isEnabled()
        _choose(d.severity, "major")
        d.editors["clause"].setText("7.5.3")
        d.editors["description"].setPlainText("Hồ sơ thiếu phiếu kiểm soát")
        _choose(d.editors["unit_id"], None)

    fill_exec(monkeypatch, FindingDialog, fill)
    tab.edit_button.click()
    row = audits.get_audit(ui_env.ctx, a.id).findings[0]
    assert (row.kind, row.severity, row.clause, row.description, row.unit_id) == (
        "nonconform", "major", "7.5.3", "Hồ sơ thiếu phiếu kiểm soát", None)
    assert tab.table.current_row().id == f.id and {"audit"} in seen and answers.errors == []

    # Once a nonconformity is raised, its kind is fixed: shown disabled, and refused by the service.
    nc = audits.raise_nc(ui_env.ctx, f.id)
    page.refresh()
    tab.table.selectRow(0)
    dlg = FindingDialog(ui_env, page.detail_data, line=tab.table.current_row())
    qtbot.addWidget(dlg)
    assert not dlg.kind.isEnabled() and nc.number in dlg.kind.toolTip()
    dlg.editors["clause"].setText("8.5.1")
    press(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert audits.get_audit(ui_env.ctx, a.id).findings[0].clause == "8.5.1"
    page = _show(qtbot, AuditsPage, viewer_env(db))
    page.open_record("audit", a.id)
    page.findings_tab.table.selectRow(0)
    assert not page.findings_tab.edit_button.isEnabled()


def test_edit_a_corrective_action(qtbot, ui_env, db, answers, monkeypatch):
    nc = ncs.open_nc(ui_env.ctx, description="Trả kết quả trễ hạn", detected_date=TODAY - dt.timedelta(days=10))
    a = ncs.add_action(ui_env.ctx, nc.id, description="Lập sổ theo dõi", owner="Nguyễn Thị Lan",
                       due_date=TODAY + dt.timedelta(days=5))
    page = _show(qtbot, NcsPage, ui_env)
    page.open_record("nc", nc.id)
    assert not page.actions.edit_button.isEnabled() and "&" in page.actions.edit_button.text()
    page.actions.table.selectRow(0)
    assert page.actions.edit_button.isEnabled()
    seen = _changes(ui_env)

    def fill(d: ActionDialog) -> None:
        assert d.windowTitle() == f"Edit corrective action of {nc.number}" and not d.dirty
        assert d.editors["description"].toPlainText() == "Lập sổ theo dõi"
        assert d.editors["owner"].currentText() == "Nguyễn Thị Lan"
        d.editors["description"].setPlainText("Lập sổ theo dõi hạn trả kết quả")
        d.editors["owner"].setEditText("Bộ phận một cửa")
        type_date(d.editors["due_date"], None)

    fill_exec(monkeypatch, ActionDialog, fill)
    page.actions.edit_button.click()
    row = ncs.get_nc(ui_env.ctx, nc.id).actions[0]
    assert (row.description, row.owner, row.due_date) == ("Lập sổ theo dõi hạn trả kết quả", "Bộ phận một cửa", None)
    assert page.actions.table.current_row().id == a.id and {"nonconformity"} in seen

    # A done action: Enter opens the edit (no longer "mark done"), and the date done stays.
    ncs.complete_action(ui_env.ctx, a.id, done_date=TODAY)
    page.refresh()
    page.actions.table.selectRow(0)
    assert not page.actions.done_button.isEnabled() and page.actions.edit_button.isEnabled()
    dialogs = fill_exec(monkeypatch, ActionDialog, lambda d: d.editors["owner"].setEditText("Nguyễn Thị Lan"))
    page.actions.table.activated_row.emit(page.actions.table.current_row())
    assert len(dialogs) == 1
    row = ncs.get_nc(ui_env.ctx, nc.id).actions[0]
    assert (row.owner, row.done_date) == ("Nguyễn Thị Lan", TODAY) and answers.errors == []

    # An empty description is refused next to the field.
    dlg = ActionDialog(ui_env, page.detail_data, line=row)
    qtbot.addWidget(dlg)
    dlg.editors["description"].setPlainText("")
    press(dlg)
    assert dlg.result() == QDialog.DialogCode.Rejected and not dlg.errors["description"].isHidden()

    ncs.cancel_nc(ui_env.ctx, nc.id, reason="Trùng")
    page.refresh()
    page.actions.table.selectRow(0)
    assert not page.actions.edit_button.isEnabled()
    page = _show(qtbot, NcsPage, viewer_env(db))
    page.open_record("nc", nc.id)
    page.actions.table.selectRow(0)
    assert not page.actions.edit_button.isEnabled()


def test_edit_a_review_output(qtbot, ui_env, db, answers, monkeypatch):
    r = reviews.create_review(ui_env.ctx, date=TODAY, prefill=False)
    o = reviews.add_output(ui_env.ctx, r.id, kind="improvement", description="Cải tiến quy trình", owner="Lan",
                           due_date=TODAY + dt.timedelta(days=30))
    page = _show(qtbot, ReviewsPage, ui_env)
    page.open_record("review", r.id)
    assert not page.outputs.edit_button.isEnabled() and "&" in page.outputs.edit_button.text()
    page.outputs.table.selectRow(0)
    assert page.outputs.edit_button.isEnabled()
    seen = _changes(ui_env)

    def fill(d: OutputDialog) -> None:
        assert d.windowTitle() == "Edit output of the review" and not d.dirty
        assert d.editors["kind"].currentData() == "improvement" and d.editors["owner"].currentText() == "Lan"
        _choose(d.editors["kind"], "resources")
        d.editors["description"].setPlainText("Bổ sung máy scan")
        type_date(d.editors["due_date"], TODAY + dt.timedelta(days=20))

    fill_exec(monkeypatch, OutputDialog, fill)
    page.outputs.edit_button.click()
    row = reviews.get_review(ui_env.ctx, r.id).outputs[0]
    assert (row.kind, row.description, row.owner, row.due_date) == (
        "resources", "Bổ sung máy scan", "Lan", TODAY + dt.timedelta(days=20))
    assert page.outputs.table.current_row().id == o.id and {"management_review"} in seen

    dialogs = fill_exec(monkeypatch, OutputDialog, lambda d: type_date(d.editors["due_date"], None))
    page.outputs.table.activated_row.emit(page.outputs.table.current_row())  # Enter / double-click
    assert len(dialogs) == 1 and reviews.get_review(ui_env.ctx, r.id).outputs[0].due_date is None
    assert answers.errors == []

    reviews.cancel_review(ui_env.ctx, r.id, reason="Lùi lịch")
    page.refresh()
    page.outputs.table.selectRow(0)
    assert not page.outputs.edit_button.isEnabled()
    page = _show(qtbot, ReviewsPage, viewer_env(db))
    page.open_record("review", r.id)
    page.outputs.table.selectRow(0)
    assert not page.outputs.edit_button.isEnabled()


def test_an_impossible_meeting_time_is_refused_at_its_field(qtbot, ui_env, people, answers, monkeypatch):
    from PySide6.QtTest import QTest

    r = reviews.create_review(ui_env.ctx, date=TODAY + dt.timedelta(days=10), chair="Trần Văn Minh", prefill=False)
    page = _show(qtbot, ReviewsPage, ui_env)
    page.open_record("review", r.id)
    seen: dict = {}

    def fill(d: NewReviewDialog) -> None:
        field = d.editors["time"]
        field.setFocus()
        field.selectAll()
        QTest.keyClicks(field, "2561")  # shows 25:61
        press(d)  # Save: refused at the field, the dialog stays open
        seen["error"] = d.errors["time"].text() if not d.errors["time"].isHidden() else ""
        seen["result"] = d.result()
        field.selectAll()
        QTest.keyClicks(field, "1430")

    fill_exec(monkeypatch, NewReviewDialog, fill)
    page.edit_button.click()
    assert "is not a time of day" in seen["error"] and seen["result"] == 0
    assert reviews.get_review(ui_env.ctx, r.id).time == "14:30"


def test_a_meeting_time_typed_as_14h_is_two_in_the_afternoon(qtbot, ui_env, people, answers, monkeypatch):
    """QA 53 F8: "14h", as Vietnamese write it, showed "14:" in the field and was refused."""
    from PySide6.QtTest import QTest

    r = reviews.create_review(ui_env.ctx, date=TODAY + dt.timedelta(days=10), chair="Trần Văn Minh", prefill=False)
    page = _show(qtbot, ReviewsPage, ui_env)
    page.open_record("review", r.id)

    def fill(d: NewReviewDialog) -> None:
        field = d.editors["time"]
        field.setFocus()
        field.selectAll()
        QTest.keyClicks(field, "14h")
        press(d)

    fill_exec(monkeypatch, NewReviewDialog, fill)
    page.edit_button.click()
    assert reviews.get_review(ui_env.ctx, r.id).time == "14:00"
