"""Two officers on one database: the one who saves second sees, in Vietnamese, that someone else changed
the record meanwhile; the form stays open with her input, and the other's save is not overwritten."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from qms_desktop.domain.steps import Step
from qms_desktop.services import agency, audits, ncs, objectives, procedures, records, reviews
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.storage.db import Database
from qms_desktop.ui import translations
from qms_desktop.ui.dialogs.audit_dialogs import ChecklistItemDialog
from qms_desktop.ui.dialogs.nc_dialogs import ActionDialog
from qms_desktop.ui.dialogs.record_form import RecordFormDialog
from qms_desktop.ui.dialogs.review_dialog import OutputDialog
from qms_desktop.ui.pages.audits_page import AuditsPage
from qms_desktop.ui.pages.inspections_page import InspectionsPage
from qms_desktop.ui.pages.ncs_page import NcsPage
from qms_desktop.ui.pages.objectives_page import ObjectivesPage, ResultDialog
from qms_desktop.ui.pages.procedures_page import ProceduresPage
from qms_desktop.ui.pages.reviews_page import ReviewsPage
from qms_desktop.ui.pages.settings_page import SettingsPage

from record_fixtures import fill_exec
from ui_helpers import set_text

CHANGED_VI = "Người khác đã sửa bản ghi này sau khi bạn mở nó."
DAY = dt.date(2026, 11, 23)


@pytest.fixture
def other(db):
    """A second officer, on her own connection (her own PC) to the same database."""
    second = Database.open(db.url or db.path)
    yield AppContext(second, Actor("lan", "secretary", "Nguyễn Thị Lan"), clock=lambda: DAY)
    second.close()


def show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_record_form_refuses_the_second_save_in_vietnamese(qtbot, env, other, monkeypatch):
    translations.install("vi")
    row = records.create(env.ctx, "external_inspection", {"date": dt.date(2026, 10, 1), "body": "Sở Khoa học và Công nghệ",
                                                          "record_number": "12/BB-KT"})
    page = show(qtbot, InspectionsPage(env))
    lst = page.lists["external_inspection"]
    lst.table.select_where(lambda r: r.id == row.id)
    seen = []

    def fill(dlg):  # the form is open; Lan saves the same record from her PC; then this officer types and saves
        seen.append(dlg)
        records.update(other, "external_inspection", row.id, {"record_number": "13/BB-KT"})
        set_text(dlg.editors.editors["record_number"], "12A/BB-KT")
        dlg.buttons.button(dlg.buttons.StandardButton.Save).click()

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, title, text: warnings.append((title, text))))
    monkeypatch.setattr(RecordFormDialog, "exec", lambda dlg: (fill(dlg), dlg.result())[1])
    lst.edit_button.click()
    dlg = seen[0]
    assert dlg.result() != QDialog.DialogCode.Accepted  # stays open, with the input
    assert len(warnings) == 1 and warnings[0][0] == "Không lưu được" and CHANGED_VI in warnings[0][1], warnings
    assert dlg.editors.editors["record_number"].text() == "12A/BB-KT"
    assert records.get(env.ctx, "external_inspection", row.id).values["record_number"] == "13/BB-KT"  # not overwritten


def test_nc_description_save_after_another_officer_is_refused(qtbot, env, other):
    translations.install("vi")
    nc = ncs.open_nc(env.ctx, description="Hồ sơ trả kết quả trễ hạn", detected_date=DAY)
    page = show(qtbot, NcsPage(env))
    page.open_record("nc", nc.id)
    ncs.update_nc(other, nc.id, root_cause="Thiếu người trực một cửa")  # Lan, meanwhile
    page.desc_form.editors["root_cause"].setPlainText("Phần mềm lỗi")
    assert page.save_description() is False
    assert CHANGED_VI in page.desc_form.error_text()
    assert ncs.get_nc(other, nc.id).root_cause == "Thiếu người trực một cửa"
    page.refresh()  # reloaded: the other's change is shown and the next save goes through
    page.open_record("nc", nc.id)
    assert page.desc_form.editors["root_cause"].toPlainText() == "Thiếu người trực một cửa"
    page.desc_form.editors["root_cause"].setPlainText("Thiếu người trực; phần mềm lỗi")
    assert page.save_description() is True
    assert ncs.get_nc(other, nc.id).root_cause == "Thiếu người trực; phần mềm lỗi"



def test_corrective_action_edited_meanwhile_keeps_the_input_and_the_other_save(qtbot, env, other, monkeypatch):
    translations.install("vi")
    nc = ncs.open_nc(env.ctx, description="Hồ sơ trả kết quả trễ hạn", detected_date=DAY)
    action = ncs.add_action(env.ctx, nc.id, description="Nhắc việc hằng tuần")
    page = show(qtbot, NcsPage(env))
    page.open_record("nc", nc.id)
    assert page.actions.table.select_where(lambda r: r.id == action.id)

    def fill(d: ActionDialog) -> None:  # the dialog is open; Lan saves the same action from her PC; then this officer
        ncs.update_action(other, action.id, description="Nhắc việc hằng ngày")
        d.editors["description"].setPlainText("Nhắc việc mỗi sáng thứ Hai")

    seen = fill_exec(monkeypatch, ActionDialog, fill)
    page.actions.edit_button.click()
    dlg = seen[0]
    assert dlg.result() != QDialog.DialogCode.Accepted  # stays open, with the input
    assert CHANGED_VI in dlg.error_text(), dlg.error_text()
    assert dlg.editors["description"].toPlainText() == "Nhắc việc mỗi sáng thứ Hai"
    assert ncs.get_nc(other, nc.id).actions[0].description == "Nhắc việc hằng ngày"  # not overwritten

    page.refresh()  # reloaded: the form shows Lan's text, and the next save goes through
    page.open_record("nc", nc.id)
    page.actions.table.select_where(lambda r: r.id == action.id)
    shown = []
    fill_exec(monkeypatch, ActionDialog, lambda d: (shown.append(d.editors["description"].toPlainText()),
                                                    d.editors["description"].setPlainText("Nhắc việc hằng ngày, có sổ")))
    page.actions.edit_button.click()
    assert shown == ["Nhắc việc hằng ngày"]
    assert ncs.get_nc(other, nc.id).actions[0].description == "Nhắc việc hằng ngày, có sổ"


def test_checklist_question_edited_meanwhile_is_not_overwritten(qtbot, env, other, monkeypatch):
    translations.install("vi")
    audit = audits.plan_audit(env.ctx, title="Đánh giá nội bộ năm 2026", planned_date=DAY)
    item = audits.add_checklist_item(env.ctx, audit.id, question="Hồ sơ có được lưu đầy đủ?", clause="7.5.3")
    page = show(qtbot, AuditsPage(env))
    page.select_id(audit.id)
    page.checklist_tab.select_item(item.id)

    def fill(d: ChecklistItemDialog) -> None:
        audits.update_checklist_item(other, item.id, question="Hồ sơ có được lưu và trả đúng hạn?")
        d.editors["question"].setPlainText("Hồ sơ có phiếu kiểm soát?")

    seen = fill_exec(monkeypatch, ChecklistItemDialog, fill)
    page.edit_checklist_item(page.checklist_tab.selected())
    assert seen and seen[0].result() != QDialog.DialogCode.Accepted
    assert CHANGED_VI in seen[0].error_text()
    assert audits.get_audit(other, audit.id).checklist[0].question == "Hồ sơ có được lưu và trả đúng hạn?"


def test_agency_profile_saved_meanwhile_is_not_overwritten(qtbot, env, other, monkeypatch):
    translations.install("vi")
    agency.save_profile(env.ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Đồng Nai"))
    page = show(qtbot, SettingsPage(env))
    tab = page.agency_tab
    # Lan, meanwhile, on her PC: the chairman's name (the profile) and the website (a setting of the same tab)
    agency.save_profile(other, dataclasses.replace(agency.get_profile(other), head_name="Nguyễn Văn Thành"),
                        {"website": "tanphu.dongnai.gov.vn"})
    set_text(tab.edits["recipient"], "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Đồng Nai")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, title, text: warnings.append((title, text))))
    tab.save_button.click()
    assert len(warnings) == 1 and CHANGED_VI in warnings[0][1], warnings
    assert tab.edits["recipient"].text() == "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Đồng Nai"  # the input stays
    profile = agency.get_profile(other)
    assert (profile.head_name, profile.recipient) == ("Nguyễn Văn Thành", "Sở Khoa học và Công nghệ tỉnh Đồng Nai")  # Lan's save stands (the default recipient), nothing half-saved
    assert agency.get_setting(other, "website") == "tanphu.dongnai.gov.vn"

    tab.load()  # reloaded: both changes are shown, and the next save keeps them
    assert tab.edits["head_name"].text() == "Nguyễn Văn Thành" and tab.website.text() == "tanphu.dongnai.gov.vn"
    set_text(tab.edits["recipient"], "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Đồng Nai")
    tab.save_button.click()
    assert len(warnings) == 1
    profile = agency.get_profile(other)
    assert (profile.head_name, profile.recipient) == ("Nguyễn Văn Thành", "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Đồng Nai")
    assert agency.get_setting(other, "website") == "tanphu.dongnai.gov.vn"


def test_review_decision_edited_meanwhile_is_not_overwritten(qtbot, env, other, monkeypatch):
    translations.install("vi")
    review = reviews.create_review(env.ctx, date=DAY, place="Hội trường UBND xã")
    out = reviews.add_output(env.ctx, review.id, kind="improvement", description="Bố trí thêm người trực một cửa")
    page = show(qtbot, ReviewsPage(env))
    page.select_id(review.id)
    assert page.outputs.table.select_where(lambda r: r.id == out.id)

    def fill(d: OutputDialog) -> None:
        reviews.update_output(other, out.id, owner="Văn phòng UBND")  # Lan, meanwhile: another field of the decision
        d.editors["description"].setPlainText("Bố trí hai người trực một cửa")

    seen = fill_exec(monkeypatch, OutputDialog, fill)
    page.outputs.edit_button.click()
    assert seen and seen[0].result() != QDialog.DialogCode.Accepted and CHANGED_VI in seen[0].error_text()
    saved = reviews.get_review(other, review.id).outputs[0]
    assert (saved.description, saved.owner) == ("Bố trí thêm người trực một cửa", "Văn phòng UBND")


def test_objective_result_recorded_meanwhile_is_not_overwritten(qtbot, env, other, monkeypatch):
    translations.install("vi")
    goal = records.create(env.ctx, "objective", {"year": 2026, "text": "Giải quyết hồ sơ đúng hạn", "target": 98,
                                                 "comparison": ">=", "unit": "%"})
    page = show(qtbot, ObjectivesPage(env))
    assert page.lists["objective"].select(goal.id)
    assert page.results.rowCount() == 0  # no result yet for the year

    def fill(d: ResultDialog) -> None:  # Lan records the year's result on her PC while this dialog is open
        objectives.record_result(other, goal.id, period="2026", value=99, note="Theo sổ theo dõi")
        d.period.setCurrentIndex(d.period.findData("2026"))
        d.value.setValue(95)

    seen = []
    monkeypatch.setattr(ResultDialog, "exec", lambda d: (seen.append(d), fill(d), d.accept(), d.result())[-1])
    page.record_result()
    assert seen and seen[0].result() != QDialog.DialogCode.Accepted
    assert not seen[0].error.isHidden() and CHANGED_VI in seen[0].error.text()
    assert [(r.value, r.note) for r in objectives.results(other, goal.id)] == [(99, "Theo sổ theo dõi")]


def test_steps_of_a_draft_saved_meanwhile_are_not_replaced(qtbot, env, other, monkeypatch):
    """The Steps tab replaces the draft's whole set of steps: a draft that had none, filled meanwhile by another
    officer, is not replaced unseen (a set's stamp), and the tab keeps what was typed."""
    translations.install("vi")
    p = procedures.create_procedure(env.ctx, code="QT-02", title="Quy trình kiểm soát tài liệu", kind="system")
    draft = procedures.add_version(env.ctx, p.id, procedures.VersionInput(issue_date=DAY))
    page = show(qtbot, ProceduresPage(env))
    page.open_record("procedure", p.id)
    tab = page.steps_tab
    procedures.set_steps(other, draft.id, [Step(1, "Soạn thảo tài liệu", "Văn phòng", 1)])  # Lan, meanwhile
    row = tab.editor.add_step()
    tab.editor.table.item(row, 1).setText("Phê duyệt tài liệu")
    tab.editor.set_duration(row, 1)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, title, text: warnings.append((title, text))))
    assert tab.save() is False
    assert len(warnings) == 1 and CHANGED_VI in warnings[0][1], warnings
    assert [s.action for s in tab.editor.steps()] == ["Phê duyệt tài liệu"]  # the input stays
    assert [s.action for s in procedures.get_procedure(other, p.id).versions[0].steps] == ["Soạn thảo tài liệu"]
