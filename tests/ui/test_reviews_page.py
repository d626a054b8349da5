"""Xem xét của lãnh đạo page: new review with pre-filled §9.3.2 inputs, edited, held, an output tracked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from record_fixtures import *  # noqa: F403
from record_fixtures import TODAY, fill_exec
from ui_helpers import type_date
from record_fixtures import press

from qms_desktop.services import ncs, records, reviews
from qms_desktop.ui.dialogs.review_dialog import HoldReviewDialog, NewReviewDialog, OutputDialog, OutputDoneDialog
from qms_desktop.ui.pages.reviews_page import ReviewsPage, input_caption


def _page(qtbot, env) -> ReviewsPage:
    page = ReviewsPage(env)
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_record_a_review_with_prefilled_inputs_and_an_output(qtbot, ui_env, people, answers, monkeypatch):
    ctx = ui_env.ctx
    records.create(ctx, "service_stat", {"period_start": TODAY - dt.timedelta(days=150),
                                         "period_end": TODAY - dt.timedelta(days=10),
                                         "received": 400, "on_time": 392, "late": 8})
    ncs.open_nc(ctx, description="Trễ hạn trả kết quả", detected_date=TODAY - dt.timedelta(days=30))
    page = _page(qtbot, ui_env)

    def fill_new(d: NewReviewDialog) -> None:
        d.editors["place"].setText("Hội trường UBND xã")
        d.editors["chair"].setEditText("Trần Văn Minh")
        d.editors["secretary"].setCurrentIndex(d.editors["secretary"].findText("Nguyễn Thị Lan"))
        d.editors["attendees"].setPlainText("Ban chỉ đạo ISO; công chức các bộ phận")

    fill_exec(monkeypatch, NewReviewDialog, fill_new)
    page.create()
    row = page.current()
    assert (row.date, row.chair, row.status) == (TODAY, "Trần Văn Minh", "planned")
    assert page.tabs.currentIndex() == 1  # shows the pre-filled inputs at once
    assert set(page.input_edits) == set(reviews.INPUT_KEYS)
    assert "392" in page.input_edits["c3"].toPlainText() and "98,0%" in page.input_edits["c3"].toPlainText()
    assert "1 sự không phù hợp" in page.input_edits["c4"].toPlainText()
    assert input_caption("c6").startswith("c6)")
    assert reviews.get_review(ctx, row.id).secretary == "Nguyễn Thị Lan"

    assert not page.save_inputs_button.isEnabled()
    page.input_edits["b"].setPlainText("Sắp xếp đơn vị hành chính cấp xã từ 01/7")
    assert page.save_inputs_button.isEnabled() and list(page.changed_inputs()) == ["b"]
    assert page.save_inputs()
    assert reviews.get_review(ctx, row.id).inputs["b"] == "Sắp xếp đơn vị hành chính cấp xã từ 01/7"
    assert page.changed_inputs() == {}

    def fill_output(d: OutputDialog) -> None:
        d.editors["kind"].setCurrentIndex(d.editors["kind"].findData("resources"))
        d.editors["description"].setPlainText("Trang bị thêm 01 máy quét cho Bộ phận một cửa")
        d.editors["owner"].setEditText("Văn phòng - Thống kê")
        type_date(d.editors["due_date"], TODAY + dt.timedelta(days=30))

    fill_exec(monkeypatch, OutputDialog, fill_output)
    page.outputs.add_button.click()
    assert page.current().open_outputs == 1
    out = page.outputs.model.row_at(0)
    assert (out.kind, out.owner) == ("resources", "Văn phòng - Thống kê")

    fill_exec(monkeypatch, HoldReviewDialog, lambda d: d.editors["conclusion"].setPlainText(
        "HTQLCL phù hợp, được duy trì và có hiệu lực"))
    page.hold()
    assert page.current().status == "done"
    assert "có hiệu lực" in page.meeting["conclusion"].text()

    page.outputs.table.selectRow(0)
    assert page.outputs.done_button.isEnabled()
    fill_exec(monkeypatch, OutputDoneDialog, lambda d: None)
    page.outputs.done_button.click()
    assert page.current().open_outputs == 0 and reviews.get_review(ctx, row.id).outputs[0].done_date == TODAY
    assert answers.errors == []

    page.search.setText("hoi truong")
    assert page.model.rowCount() == 1


def test_hold_before_the_date_is_refused_and_conclusion_required(qtbot, ui_env):
    r = reviews.create_review(ui_env.ctx, date=TODAY + dt.timedelta(days=5), place="Hội trường")
    dlg = HoldReviewDialog(ui_env, reviews.get_review(ui_env.ctx, r.id))
    qtbot.addWidget(dlg)
    press(dlg)
    assert dlg.result() == QDialog.DialogCode.Rejected and not dlg.errors["conclusion"].isHidden()
    dlg.editors["conclusion"].setPlainText("Kết luận")
    press(dlg)
    assert dlg.result() == QDialog.DialogCode.Rejected and "before its date" in dlg.error_text()


def test_unsaved_inputs_are_kept_unless_the_user_agrees(qtbot, ui_env, answers):
    r = reviews.create_review(ui_env.ctx, date=TODAY, place="Hội trường")
    page = _page(qtbot, ui_env)
    page.open_record("management_review", r.id)
    page.input_edits["d"].setPlainText("Đủ nhân lực")
    answers.confirm = False
    assert not page.can_leave()
    answers.confirm = True
    assert page.can_leave()


def test_cancel_review(qtbot, ui_env, answers):
    r = reviews.create_review(ui_env.ctx, date=TODAY + dt.timedelta(days=10), place="Hội trường")
    page = _page(qtbot, ui_env)
    page.open_record("review", r.id)
    answers.reason = "Lùi sang tháng sau"
    page.cancel_review()
    assert reviews.list_reviews(ui_env.ctx)[0].status == "cancelled"
    assert not page.hold_button.isEnabled()


def test_demo_commune_reviews(qtbot, demo_env, answers):
    from record_fixtures import visit_every_row

    page = _page(qtbot, demo_env)
    assert visit_every_row(page) == len(reviews.list_reviews(demo_env.ctx)) > 0
    assert page.input_edits["c3"].toPlainText().strip()  # the last review's inputs, drafted from the records
    assert answers.errors == []
