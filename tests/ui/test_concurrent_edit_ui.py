"""Two officers on one database: the one who saves second sees, in Vietnamese, that someone else changed
the record meanwhile; the form stays open with her input, and the other's save is not overwritten."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from qms_desktop.services import ncs, records
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.storage.db import Database
from qms_desktop.ui import translations
from qms_desktop.ui.dialogs.record_form import RecordFormDialog
from qms_desktop.ui.pages.inspections_page import InspectionsPage
from qms_desktop.ui.pages.ncs_page import NcsPage

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

