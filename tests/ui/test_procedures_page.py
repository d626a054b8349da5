"""Quy trình page: register, versions with approval, steps checked against the legal limit, files, history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QDialog

from record_fixtures import *  # noqa: F403
from record_fixtures import SAMPLE_COPY, TODAY, fill_exec, make_env, make_procedure, secretary_ctx
from ui_helpers import type_date
from record_fixtures import press

from qms_desktop.domain.steps import Step
from qms_desktop.services import attachments, procedures, records, tthc
from qms_desktop.ui.dialogs.procedure_dialog import ProcedureDialog
from qms_desktop.ui.dialogs.version_dialog import ApproveDialog, VersionDialog
from qms_desktop.ui.pages.procedure_tabs import AmendmentDialog, LegalDocumentDialog
from qms_desktop.ui.pages.procedures_page import ProceduresPage
from qms_desktop.ui.widgets.steps_editor import StepsEditor


def _page(qtbot, env) -> ProceduresPage:
    page = ProceduresPage(env)
    qtbot.addWidget(page)
    page.refresh()
    return page


def _tthc(ctx, code: str = "1.009248"):
    tthc.import_tthc(ctx, SAMPLE_COPY)
    return next(r for r in tthc.list_tthc(ctx) if r.code == code)  # "03 ngày làm việc"


def test_register_edit_and_search(qtbot, ui_env, monkeypatch, people):
    target = _tthc(ui_env.ctx)
    page = _page(qtbot, ui_env)

    def fill(d: ProcedureDialog) -> None:
        d.editors["code"].setText("QT-05")
        d.editors["title"].setText("Quy trình đăng ký nhận cha, mẹ, con")
        d.editors["field"].setText("Hộ tịch")
        d.tthc_list.filter.setText("nhan cha me")  # folded filter of the multi-select
        visible = [d.tthc_list.list.item(i) for i in range(d.tthc_list.list.count())
                   if not d.tthc_list.list.item(i).isHidden()]
        assert len(visible) == 2  # 1.009248 and 1.009285
        d.tthc_list.set_checked([target.id])
        combo = d.editors["owner_unit_id"]
        combo.setCurrentIndex(combo.findData(people.tp.id))

    fill_exec(monkeypatch, ProcedureDialog, fill)
    page.create()
    row = page.current()
    assert (row.code, row.status, row.tthc_codes) == ("QT-05", "draft", ("1.009248",))
    assert page.detail_data.owner_unit_id == people.tp.id
    assert "QT-05" in page.header.text()

    fill_exec(monkeypatch, ProcedureDialog, lambda d: (
        assert_(d.editors["code"].isReadOnly()), d.editors["title"].setText("Quy trình nhận cha, mẹ, con (sửa)")))
    page.edit()
    assert procedures.list_procedures(ui_env.ctx)[0].title == "Quy trình nhận cha, mẹ, con (sửa)"

    make_procedure(ui_env.ctx, code="QT-01")
    page.refresh()
    page.search.setText("QUY TRINH nhan CHA")
    assert [r.code for r in page.model.rows()] == ["QT-05"]
    page.search.setText("khai sinh")
    assert [r.code for r in page.model.rows()] == ["QT-01"]


def assert_(value) -> None:
    assert value


def test_duplicate_code_refused_next_to_the_field(qtbot, ui_env):
    make_procedure(ui_env.ctx, code="QT-01")
    dlg = ProcedureDialog(ui_env)
    qtbot.addWidget(dlg)
    dlg.editors["code"].setText("qt-01")
    dlg.editors["title"].setText("Trùng mã")
    press(dlg)
    assert dlg.result() == QDialog.DialogCode.Rejected
    assert not dlg.errors["code"].isHidden() and "QT-01" in dlg.errors["code"].text().upper()


def test_ticking_a_tthc_makes_a_new_procedure_a_tthc_procedure_unless_the_kind_was_chosen(qtbot, ui_env):
    """QA 53 F3: "Kind" stayed "system procedure" with a TTHC ticked, so its versions had no steps section and the
    list called the birth-registration procedure a system procedure."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    target = _tthc(ui_env.ctx)
    dlg = ProcedureDialog(ui_env)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.editors["kind"].currentData() == "system"
    item = dlg.tthc_list.list.item(0)
    item.setCheckState(Qt.CheckState.Checked)  # as a click on its box does
    assert len(dlg.tthc_list.checked_ids()) == 1 and dlg.editors["kind"].currentData() == "tthc"
    item.setCheckState(Qt.CheckState.Unchecked)
    assert dlg.editors["kind"].currentData() == "system"
    kind = dlg.editors["kind"]
    kind.setFocus()
    QTest.keyClick(kind, Qt.Key.Key_End)  # chosen with the keyboard: "internal", kept whatever is ticked
    chosen = kind.currentData()
    item.setCheckState(Qt.CheckState.Checked)
    assert kind.currentData() == chosen != "tthc"
    assert ProcedureDialog(ui_env, preset_tthc=(target.id,)).editors["kind"].currentData() == "tthc"


def test_new_version_makes_the_old_one_obsolete(qtbot, ui_env, answers, monkeypatch):
    target = _tthc(ui_env.ctx)
    p = make_procedure(ui_env.ctx, target.id, effective=TODAY - dt.timedelta(days=200))
    page = _page(qtbot, ui_env)
    assert page.open_record("procedure", p.id)
    assert [v.status for v in page.versions_tab.model.rows()] == ["effective"]

    def fill_version(d: VersionDialog) -> None:
        # pre-filled with the current steps
        assert [s.action for s in d.steps_editor.steps()] == ["Tiếp nhận hồ sơ", "Thẩm định, trình ký"]
        d.editors["drafted_by"].setText("Nguyễn Thị Lan")
        d.editors["reviewed_by"].setText("Lê Văn Hùng")
        d.editors["change_summary"].setPlainText("Rút ngắn thời gian thẩm định")
        d.steps_editor.set_duration(1, 1, "days")

    fill_exec(monkeypatch, VersionDialog, fill_version)
    page.issue_version()
    versions = page.versions_tab.model.rows()
    assert [(v.number, v.status) for v in versions] == [(1, "effective"), (2, "draft")]
    assert page.versions_tab.selected().number == 2
    assert page.versions_tab.approve_button.isEnabled()
    assert page.versions_tab.sign_labels["drafted"][0].text() == "Nguyễn Thị Lan"

    # Approval asks first; "No" writes nothing.
    answers.confirm = False
    fill_exec(monkeypatch, ApproveDialog, lambda d: d.editors["approved_by"].setText("Trần Văn Minh"))
    page.approve_version(page.versions_tab.selected())
    assert answers.confirms and "obsolete" in answers.confirms[-1]
    assert [v.status for v in procedures.get_procedure(ui_env.ctx, p.id).versions] == ["effective", "draft"]

    answers.confirm = True
    page.approve_version(page.versions_tab.selected())
    d = procedures.get_procedure(ui_env.ctx, p.id)
    assert [(v.number, v.status) for v in d.versions] == [(1, "obsolete"), (2, "effective")]
    assert d.versions[0].end_date == TODAY - dt.timedelta(days=1)
    assert d.versions[1].approved_by == "Trần Văn Minh"
    statuses = {v.number: page.versions_tab.model.data(page.versions_tab.model.index(i, 1))
                for i, v in enumerate(page.versions_tab.model.rows())}
    assert statuses == {1: "Obsolete", 2: "Effective"}  # labels (Vietnamese once translated)
    assert page.current().version == 2
    assert answers.errors == []


def test_approval_disabled_for_secretary_and_refused_by_service(qtbot, db):
    ctx = secretary_ctx(db)
    env = make_env(ctx)
    p = procedures.create_procedure(ctx, code="QT-02", title="Quy trình chứng thực")
    v = procedures.add_version(ctx, p.id, procedures.VersionInput(drafted_by="Thư"))
    page = _page(qtbot, env)
    page.open_record("procedure", p.id)
    assert page.versions_tab.selected().id == v.id
    assert not page.versions_tab.approve_button.isEnabled()
    assert "leader" in page.versions_tab.approve_button.toolTip()
    dlg = ApproveDialog(env, page.detail_data, v)
    qtbot.addWidget(dlg)
    dlg.editors["approved_by"].setText("Thư")
    press(dlg)  # the service refuses anyway
    assert dlg.result() == QDialog.DialogCode.Rejected and "thuky" in dlg.error_text()


def test_steps_editor_flags_an_over_limit_total_as_you_edit(qtbot):
    editor = StepsEditor()
    qtbot.addWidget(editor)
    editor.set_limit(3, "03 ngày làm việc")
    editor.set_steps([Step(1, "Tiếp nhận", "Một cửa", 4, "hours"), Step(2, "Thẩm định", "Tư pháp", 2, "days")])
    assert editor.fits() is True and editor.status.property("fits") == "yes"
    assert "Total: 2.5 working days" in editor.status.text()  # the interface's decimal mark (English here)
    row = editor.add_step()
    editor.table.item(row, 1).setText("Trình ký")
    editor.set_duration(row, 1, "days")  # 3,5 days > 3
    assert editor.fits() is False and editor.status.property("fits") == "no"
    assert "#b00020" in editor.status.styleSheet() and "3.5" in editor.status.text()
    editor.set_duration(row, 4, "hours")  # back to 3 days: fits
    assert editor.fits() is True and "#1b7f3b" in editor.status.styleSheet()
    editor.set_limit(0, "Ngay trong ngày")  # same-day TTHC: 8 hours allowed
    assert editor.fits() is False
    editor.set_limit(None)
    assert editor.fits() is None and editor.status.property("fits") == ""
    assert [s.step_no for s in editor.steps()] == [1, 2, 3]
    editor.table.setCurrentCell(2, 1)
    editor.move_current(-1)
    assert [s.action for s in editor.steps()] == ["Tiếp nhận", "Trình ký", "Thẩm định"]


def test_steps_tab_edits_a_draft_and_saves(qtbot, ui_env):
    target = _tthc(ui_env.ctx)
    p = make_procedure(ui_env.ctx, target.id, approve=False)
    page = _page(qtbot, ui_env)
    page.open_record("procedure", p.id)
    tab = page.steps_tab
    assert not tab.save_button.isHidden() and "03 ngày làm việc" in tab.editor.status.text()
    row = tab.editor.add_step()
    tab.editor.table.item(row, 1).setText("Trả kết quả")
    tab.editor.set_duration(row, 1)
    assert tab.editor.fits() is False  # 3,5 > 3 shown before saving
    assert tab.dirty
    answers_leave = page.can_leave()  # asks (the fixture answers Yes)
    assert answers_leave is True
    assert tab.save()
    assert [s.action for s in procedures.get_procedure(ui_env.ctx, p.id).versions[0].steps][-1] == "Trả kết quả"
    assert procedures.get_procedure(ui_env.ctx, p.id).steps_fit is False


def test_effective_version_steps_are_read_only(qtbot, ui_env):
    p = make_procedure(ui_env.ctx, _tthc(ui_env.ctx).id)
    page = _page(qtbot, ui_env)
    page.open_record("procedure", p.id)
    assert page.steps_tab.save_button.isHidden()
    assert page.steps_tab.editor.add_button.isHidden()
    assert "issue a new version" in page.steps_tab.info.text()


def test_attach_by_picker_and_by_drop_open_and_detach(qtbot, ui_env, answers, monkeypatch, tmp_path):
    p = make_procedure(ui_env.ctx)
    page = _page(qtbot, ui_env)
    page.open_record("procedure", p.id)
    panel = page.files_tab
    doc = tmp_path / "QT-01 Quy trình khai sinh.docx"
    doc.write_bytes(b"PK\x03\x04 fake docx")
    version_id = page.detail_data.versions[0].id
    assert panel.target.currentText() == "version 1"  # new files go to the latest version by default
    assert panel.select_target("procedure", p.id)
    answers.open_files = [str(doc)]
    panel.pick_files()
    assert [a.filename for a in attachments.list_attachments(ui_env.ctx, "procedure", p.id)] == [doc.name]

    pdf = tmp_path / "ban_ky.pdf"
    pdf.write_bytes(b"%PDF-1.4 fake")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    assert panel.select_target("procedure_version", version_id)
    panel.list.dropEvent(event)
    assert [r.filename for r in panel.rows()] == [doc.name, "ban_ky.pdf"]
    assert [a.filename for a in attachments.list_attachments(ui_env.ctx, "procedure_version", version_id)] == ["ban_ky.pdf"]
    assert "version 1" in panel.list.item(1).text()

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.list.setCurrentRow(1)
    path = panel.open_selected()
    assert opened and opened[0].toLocalFile() == str(path) and path.read_bytes() == b"%PDF-1.4 fake"

    answers.reason = "Tải nhầm tệp"
    assert panel.detach_selected()
    assert [r.filename for r in panel.rows()] == [doc.name]


def test_amendment_legal_basis_and_history(qtbot, ui_env, monkeypatch):
    p = make_procedure(ui_env.ctx)
    page = _page(qtbot, ui_env)
    page.open_record("procedure", p.id)
    fill_exec(monkeypatch, AmendmentDialog, lambda d: (d.editors["item"].setPlainText("Sửa bước 2"),
                                                       d.editors["legal_basis"].setText("Nghị định 07/2025/NĐ-CP")))
    page.amendments_tab.add()
    assert [a.item for a in page.amendments_tab.model.rows()] == ["Sửa bước 2"]

    def fill_doc(d: LegalDocumentDialog) -> None:
        d.editors["number"].setText("07/2025/NĐ-CP")
        d.editors["title"].setPlainText("Nghị định sửa đổi Nghị định 123/2015/NĐ-CP")
        type_date(d.editors["effective_date"], TODAY - dt.timedelta(days=120))

    fill_exec(monkeypatch, LegalDocumentDialog, fill_doc)
    page.legal_tab.add()
    docs = page.legal_tab.model.rows()
    assert [r.values["number"] for r in docs] == ["07/2025/NĐ-CP"]
    due_col = [c.key for c in page.legal_tab.model.columns].index("build_in_by")
    assert page.legal_tab.model.data(page.legal_tab.model.index(0, due_col), Qt.ItemDataRole.ForegroundRole) is not None

    page.legal_tab.table.selectRow(0)
    fill_exec(monkeypatch, LegalDocumentDialog, lambda d: type_date(d.editors["incorporated_date"], TODAY))
    page.legal_tab.edit()
    assert records.get(ui_env.ctx, "legal_document", docs[0].id).values["incorporated_date"] == TODAY

    page.tabs.setCurrentIndex(0)
    assert page.open_record("legal_document", docs[0].id)  # a search hit on a legal document
    assert page.tabs.currentWidget() is page.legal_tab and page.legal_tab.table.current_row().id == docs[0].id

    page.tabs.setCurrentWidget(page.history_tab)
    parts = {r.entity for r in page.history_tab.model.rows()}
    assert {"procedure", "procedure_version", "amendment"} <= parts
    assert any(r.action == "create" and r.entity == "procedure" for r in page.history_tab.model.rows())


def test_withdraw_asks_and_keeps_the_record(qtbot, ui_env, answers):
    p = make_procedure(ui_env.ctx)
    page = _page(qtbot, ui_env)
    page.open_record("procedure", p.id)
    answers.confirm = False
    page.withdraw()
    assert procedures.list_procedures(ui_env.ctx)[0].cancelled_reason is None
    answers.confirm, answers.reason = True, "Thay bằng quy trình liên thông"
    page.withdraw()
    assert page.model.rowCount() == 0
    page.show_cancelled.setChecked(True)
    assert page.model.row_at(0).cancelled_reason == "Thay bằng quy trình liên thông"


def test_demo_commune_procedures(qtbot, demo_env, answers):
    from record_fixtures import visit_every_row

    page = _page(qtbot, demo_env)
    assert visit_every_row(page) == len(procedures.list_procedures(demo_env.ctx)) > 0
    tthc_rows = [i for i, r in enumerate(page.model.rows()) if r.kind == "tthc" and r.status == "effective"]
    page.table.selectRow(tthc_rows[0])
    assert page.steps_tab.editor.table.rowCount() > 0 and page.steps_tab.editor.status.property("fits") in ("yes", "no")
    assert answers.errors == []


def test_numbers_on_screen_follow_the_interface_language(qtbot):
    """QA: the English interface showed "25,5 working days" and a backup of "1.896 KB" (1,896 KB)."""
    from qms_desktop.i18n import format_number
    from qms_desktop.ui import translations
    from qms_desktop.ui.widgets.attachments_panel import human_size

    editor = StepsEditor()
    qtbot.addWidget(editor)
    editor.set_limit(1, "01 ngày làm việc")
    editor.set_steps([Step(1, "Tiếp nhận", "Một cửa", 1, "days")])
    assert "Total: 1 working day — legal limit 1 working day" in editor.status.text()  # no "1 working days"
    assert (format_number(1234567.5, 1), human_size(1000 * 1024)) == ("1,234,567.5", "1,000 KB")
    assert translations.install("vi")
    try:
        assert (format_number(1234567.5, 1), human_size(1000 * 1024)) == ("1.234.567,5", "1.000 KB")
        editor.set_steps([Step(1, "Tiếp nhận", "Một cửa", 4, "hours"), Step(2, "Thẩm định", "Tư pháp", 2, "days")])
        assert "2,5" in editor.status.text()
        editor.set_limit(15, "15 ngày làm việc")  # the TTHC's words say what the line says: not twice (QA 21 F10)
        assert editor.status.text().count("15 ngày làm việc") == 1
        editor.set_limit(15, "15 ngày làm việc kể từ ngày nhận đủ hồ sơ")  # they say more: kept
        assert "(15 ngày làm việc kể từ ngày nhận đủ hồ sơ)" in editor.status.text()
    finally:
        translations.install("en")


def test_the_linked_tthc_list_shows_whole_names(qtbot, ui_env):
    """QA 21 F15: at 640 px the dialog's TTHC list cut the names and needed a sideways scroll."""
    tthc.import_tthc(ui_env.ctx, SAMPLE_COPY)  # the sample's names, up to 87 characters
    dlg = ProcedureDialog(ui_env)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    lst = dlg.tthc_list.list
    longest = max(lst.fontMetrics().horizontalAdvance(lst.item(i).text()) for i in range(lst.count()))
    assert longest + 30 <= lst.viewport().width(), (longest, lst.viewport().width())  # 30: the check box
    assert not lst.horizontalScrollBar().isVisible()


def test_a_version_issued_earlier_is_recorded_without_refusals_from_dates_not_typed(qtbot, ui_env, answers):
    """QA 53 F5: the drafting date pre-filled with today refused the real issue date typed ("before the drafting"),
    and the approval date (today) was refused for a version issued earlier — after "cannot be undone" was asked."""
    from PySide6.QtTest import QTest

    p = make_procedure(ui_env.ctx, code="QT-09")
    detail = procedures.get_procedure(ui_env.ctx, p.id)
    issued = TODAY - dt.timedelta(days=160)
    dlg = VersionDialog(ui_env, detail)
    qtbot.addWidget(dlg)
    dlg.show()
    field = dlg.editors["issue_date"].edit
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, issued.strftime("%d/%m/%Y"))
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert dlg.editors["drafted_date"].value() == issued  # followed the issue date, not typed itself
    type_date(dlg.editors["effective_date"], issued)
    press(dlg)
    assert dlg.error_text() == "" and dlg.result() == QDialog.DialogCode.Accepted, dlg.error_text()
    detail = procedures.get_procedure(ui_env.ctx, p.id)
    draft = next(v for v in detail.versions if v.status == "draft")
    approve = ApproveDialog(ui_env, detail, draft)
    qtbot.addWidget(approve)
    assert approve.editors["approved_date"].value() == issued  # approved by the day it was issued


def test_the_new_version_dialog_of_a_procedure_without_steps_is_sized_to_its_fields(qtbot, ui_env):
    """QA 63 F7: a system procedure's new-version dialog kept the 1040×680 made for the steps table, half of it empty."""
    system = procedures.create_procedure(ui_env.ctx, code="QT-99", title="Kiểm soát tài liệu", kind="system")
    dlg = VersionDialog(ui_env, procedures.get_procedure(ui_env.ctx, system.id))
    qtbot.addWidget(dlg)
    assert "steps" not in dlg.editors and dlg.width() < 1000 and dlg.height() < 600
    tthc = make_procedure(ui_env.ctx, code="QT-10")
    wide = VersionDialog(ui_env, procedures.get_procedure(ui_env.ctx, tthc.id))
    qtbot.addWidget(wide)
    assert "steps" in wide.editors and wide.width() >= 1000
