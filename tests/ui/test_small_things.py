"""The small traps of issue 9 (items 11 and 13), each driven through the real widget."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget, QWidget,
)

from record_fixtures import *  # noqa: F403
from record_fixtures import TODAY, make_env

from qms_desktop.domain.model import Role
from qms_desktop.services import agency, attachments, ncs, records, reports, tempfiles, users
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.ui import translations

from ui_helpers import PASSWORD, set_text


def _show(qtbot, w: QWidget) -> QWidget:
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def _click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


# ---------------------------------------------------------------- 11. closing an NC without actions
def test_closing_an_nc_without_actions_gives_the_right_reason(qtbot, ui_env, answers):
    from qms_desktop.ui.pages.ncs_page import NcsPage

    nc = ncs.open_nc(ui_env.ctx, description="Trả kết quả trễ hẹn", detected_date=TODAY, source="complaint")
    page = _show(qtbot, NcsPage(ui_env))
    page.refresh()
    page.table.selectRow(0)
    _click(page.close_button)
    assert answers.errors, "the closure was refused"
    assert "has no corrective action yet" in answers.errors[-1]
    assert "not every corrective action is done" not in answers.errors[-1]
    translations.install("vi")
    try:
        answers.errors.clear()
        _click(page.close_button)
        assert "chưa có hành động khắc phục" in answers.errors[-1]
    finally:
        translations.install("en")
    assert ncs.get_nc(ui_env.ctx, nc.id).row.status == "open"


# ---------------------------------------------------------------- 13. validation messages
def test_every_missing_field_is_named_and_each_message_goes_when_fixed(qtbot, ui_env):
    from qms_desktop.ui.dialogs.nc_dialogs import NewNcDialog

    dlg = _show(qtbot, NewNcDialog(ui_env))
    detected = dlg.editors["detected_date"]
    detected.setFocus()
    qtbot.wait(10)
    QTest.keyClick(detected.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(detected.edit, Qt.Key.Key_Backspace)
    _click(dlg.buttons.button(dlg.buttons.StandardButton.Save))
    assert dlg.isVisible()
    assert dlg.errors["description"].isVisible() and dlg.errors["detected_date"].isVisible()
    assert "Description is required." in dlg.errors["description"].text()
    assert "Detected on" in dlg.general_error.text() and "Description" in dlg.general_error.text()
    assert ncs.list_ncs(ui_env.ctx) == []
    # fixing one field clears its message at once; the summary stays while another is missing
    description = dlg.editors["description"]
    description.setFocus()
    QTest.keyClicks(description, "Tra ket qua tre hen")
    assert not dlg.errors["description"].isVisible()
    assert dlg.errors["detected_date"].isVisible() and dlg.general_error.isVisible()
    detected.setFocus()
    QTest.keyClicks(detected.edit, "15062026")
    assert not dlg.errors["detected_date"].isVisible()
    assert not dlg.general_error.isVisible()
    _click(dlg.buttons.button(dlg.buttons.StandardButton.Save))
    assert [n.detected_date for n in ncs.list_ncs(ui_env.ctx)] == [dt.date(2026, 6, 15)]


def test_record_form_names_every_missing_field(qtbot, ui_env):
    from qms_desktop.ui.dialogs.record_form import RecordFormDialog

    spec = records.spec("external_inspection")
    dlg = _show(qtbot, RecordFormDialog("New", spec.fields, lambda v: records.create(ui_env.ctx, spec.kind, v)))
    date = dlg.editors.editors["date"]
    date.setFocus()
    # the field selects its text when it gets the focus (a timer): wait for it, or Backspace takes one digit
    qtbot.waitUntil(lambda: date.edit.hasFocus() and date.edit.selectedText() == date.edit.text(), timeout=5000)
    QTest.keyClick(date.edit, Qt.Key.Key_Backspace)
    _click(dlg.buttons.button(dlg.buttons.StandardButton.Save))
    assert dlg.isVisible()
    shown = dlg.error_text()
    assert "Date is required." in shown and "Inspecting body is required." in shown
    assert dlg.missing_label.isVisible() and "Date" in dlg.missing_label.text()
    body = dlg.editors.editors["body"]
    body.setFocus()
    QTest.keyClicks(body, "So KH&CN")
    assert not dlg.editors.errors["body"].isVisible() and dlg.editors.errors["date"].isVisible()
    date.setFocus()
    QTest.keyClicks(date.edit, "1/10/2026")
    assert not dlg.editors.errors["date"].isVisible() and not dlg.missing_label.isVisible()
    _click(dlg.buttons.button(dlg.buttons.StandardButton.Save))
    assert [r.values["date"] for r in records.list_records(ui_env.ctx, "external_inspection")] == [dt.date(2026, 10, 1)]


def test_multi_line_fields_sit_beside_their_labels(qtbot, ui_env):
    from qms_desktop.ui.dialogs.record_form import RecordFormDialog

    spec = records.spec("risk")
    dlg = _show(qtbot, RecordFormDialog("New", spec.fields, lambda v: None))
    dlg.resize(620, 700)  # taller than the fields need: the spare height must not push fields off their labels
    QApplication.processEvents()
    form: QFormLayout = dlg.editors.layout()
    for name in ("description", "action", "effectiveness"):
        editor = dlg.editors.editors[name]
        assert isinstance(editor, QPlainTextEdit)
        label = form.labelForField(editor.parentWidget())
        top_editor = editor.mapTo(dlg, QPoint(0, 0)).y()
        top_label = label.mapTo(dlg, QPoint(0, 0)).y()
        assert abs(top_editor - top_label) <= 8, (name, top_editor, top_label)


# ---------------------------------------------------------------- 13. row numbers
def test_row_numbers_are_not_grouped_like_amounts(qtbot, ui_env, tmp_path):
    """A province list with its procedures far down the sheet: the preview says "Dòng 20005", not 20.005."""
    import openpyxl

    from qms_desktop.services.tthc import plan_import
    from qms_desktop.ui.dialogs.import_preview import ImportPreviewDialog

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Mã TTHC", "Tên thủ tục", "Lĩnh vực"])
    ws.cell(row=20005, column=2, value="1.000001")
    ws.cell(row=20005, column=3, value="Thủ tục A")
    ws.cell(row=20006, column=2, value="1.000002")  # no name: rejected
    path = tmp_path / "tinh.xlsx"
    wb.save(path)
    plan = plan_import(ui_env.ctx, path)
    translations.install("vi")
    try:
        dlg = _show(qtbot, ImportPreviewDialog(plan, path.name))
        model = dlg.model
        assert model.headerData(2, Qt.Orientation.Horizontal) == "Dòng"
        assert [model.data(model.index(r, 2)) for r in range(model.rowCount())] == ["20005", "20006"]
    finally:
        translations.install("en")


# ---------------------------------------------------------------- 13. who finalised
def test_the_report_names_who_finalised_it_by_full_name(qtbot, db, answers):
    from qms_desktop.ui.pages.reports_page import ReportsPage

    users.create_first_user(db, username="minhnv", password=PASSWORD, full_name="Nguyễn Văn Minh", role=Role.LEADER)
    ctx = AppContext(db, Actor("minhnv", "leader", "Nguyễn Văn Minh"), clock=lambda: dt.date(2026, 6, 18))
    agency.save_profile(ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Lâm Đồng",
                                                  head_name="Nguyễn Văn Minh"))  # the signer, by name
    row = reports.create_report(ctx, period="2026-H1")
    reports.update_report(ctx, row.id, shortcomings="Một số hồ sơ còn trễ hạn.")  # the pre-flight asks for Part III
    reports.finalize_report(ctx, row.id, acknowledge_all=True)
    page = _show(qtbot, ReportsPage(make_env(ctx)))
    page.refresh()
    page.table.selectRow(0)
    assert "Finalised by Nguyễn Văn Minh" in page.info.text()
    assert "minhnv" not in page.info.text()


# ---------------------------------------------------------------- 13. approver's title
def test_the_approvers_title_comes_from_the_profile(qtbot, db, answers):
    from qms_desktop.services import procedures
    from qms_desktop.ui.dialogs.version_dialog import ApproveDialog

    users.create_first_user(db, username="chutich", password=PASSWORD, full_name="Nguyễn Văn Thành", role=Role.LEADER)
    ctx = AppContext(db, Actor("chutich", "leader", "Nguyễn Văn Thành"), clock=lambda: TODAY)
    agency.save_profile(ctx, agency.AgencyProfile(
        full_name="Ủy ban nhân dân xã Tân Phú", head_name="Nguyễn Văn Thành", head_title="Chủ tịch UBND xã",
        iso_rep_name="Trần Quốc Bảo", iso_rep_title="Phó Chủ tịch UBND xã"))
    records.create(ctx, "staff", {"full_name": "Lê Thị Hồng Vân", "title": "Công chức Văn phòng - Thống kê"})
    p = procedures.create_procedure(ctx, code="QT-01", title="Kiểm soát tài liệu")
    procedures.add_version(ctx, p.id, procedures.VersionInput())
    detail = procedures.get_procedure(ctx, p.id)
    dlg = _show(qtbot, ApproveDialog(make_env(ctx), detail, detail.versions[-1]))
    assert dlg.editors["approved_by"].text() == "Nguyễn Văn Thành"
    assert dlg.editors["approved_title"].text() == "Chủ tịch UBND xã"
    set_text(dlg.editors["approved_by"], "Trần Quốc Bảo")  # the deputy approves instead
    assert dlg.editors["approved_title"].text() == "Phó Chủ tịch UBND xã"
    set_text(dlg.editors["approved_title"], "Phó Chủ tịch")  # typed by hand: kept
    set_text(dlg.editors["approved_by"], "Lê Thị Hồng Vân")
    assert dlg.editors["approved_title"].text() == "Phó Chủ tịch"


def test_a_secretary_recording_an_approval_is_offered_the_chairman_not_herself(qtbot, db, answers):
    """QA 53 F2: the secretary logged in was offered as the approver, with the chairman's title (any name found
    nowhere got it): one click on Approve recorded a wrong approval for good."""
    from qms_desktop.services import procedures
    from qms_desktop.ui.dialogs.version_dialog import ApproveDialog

    ctx = AppContext(db, Actor("thuky", "secretary", "Phạm Thị Mai"), clock=lambda: TODAY)
    agency.save_profile(ctx, agency.AgencyProfile(
        full_name="Ủy ban nhân dân xã Tân Phú", head_name="Nguyễn Văn Thành", head_title="Chủ tịch UBND xã"))
    p = procedures.create_procedure(ctx, code="QT-01", title="Kiểm soát tài liệu")
    procedures.add_version(ctx, p.id, procedures.VersionInput())
    detail = procedures.get_procedure(ctx, p.id)
    dlg = _show(qtbot, ApproveDialog(make_env(ctx), detail, detail.versions[-1]))
    assert (dlg.editors["approved_by"].text(), dlg.editors["approved_title"].text()) == (
        "Nguyễn Văn Thành", "Chủ tịch UBND xã")
    set_text(dlg.editors["approved_by"], "Người Lạ")  # found nowhere: no title made up
    assert dlg.editors["approved_title"].text() == ""


def test_a_dialog_grows_to_show_a_long_message_under_its_field_whole(qtbot, db, answers):
    """QA 53 F4: the approval date's message of two wrapped lines was cut to half a line."""
    from qms_desktop.domain.errors import ValidationError
    from qms_desktop.services import procedures
    from qms_desktop.ui.dialogs.version_dialog import ApproveDialog

    ctx = AppContext(db, Actor("chutich", "leader", "Nguyễn Văn Thành"), clock=lambda: TODAY)
    p = procedures.create_procedure(ctx, code="QT-01", title="Kiểm soát tài liệu")
    procedures.add_version(ctx, p.id, procedures.VersionInput())
    detail = procedures.get_procedure(ctx, p.id)
    dlg = _show(qtbot, ApproveDialog(make_env(ctx), detail, detail.versions[-1]))
    before = dlg.height()
    dlg.show_error(ValidationError("Ngày phê duyệt (30/06/2026) không được sau ngày ban hành của phiên bản "
                                   "(25/06/2026): phiên bản chỉ được ban hành sau khi đã được phê duyệt.",
                                   field="approved_date"))
    qtbot.wait(50)
    error = dlg.fields.errors["approved_date"]
    assert error.isVisible() and dlg.height() > before
    assert error.height() >= error.heightForWidth(error.width())  # every line of it
    date = dlg.editors["approved_date"]
    assert date.height() >= date.sizeHint().height()


# ---------------------------------------------------------------- 13. empty attachment
def test_an_empty_file_is_refused_with_a_message(qtbot, ui_env, answers, tmp_path):
    from qms_desktop.ui.widgets.attachments_panel import AttachmentsPanel

    nc = ncs.open_nc(ui_env.ctx, description="Hồ sơ thiếu", detected_date=TODAY, source="other")
    empty = tmp_path / "BienBan.pdf"
    empty.write_bytes(b"")
    panel = _show(qtbot, AttachmentsPanel(ui_env, "nonconformity"))
    panel.set_owner(nc.id)
    answers.open_files = [str(empty)]
    _click(panel.add_button)
    assert answers.errors and "BienBan.pdf is empty (0 bytes)" in answers.errors[-1]
    assert attachments.list_attachments(ui_env.ctx, "nonconformity", nc.id) == []


# ---------------------------------------------------------------- opening a file twice
def test_opening_a_file_the_viewer_still_holds_opens_the_same_copy_and_a_failure_is_said(
        qtbot, ui_env, answers, monkeypatch):
    from pathlib import Path

    from PySide6.QtGui import QDesktopServices

    from qms_desktop.ui.widgets import attachments_panel

    nc = ncs.open_nc(ui_env.ctx, description="Hồ sơ thiếu", detected_date=TODAY, source="other")
    attachments.attach(ui_env.ctx, "nonconformity", nc.id, filename="Biên bản.pdf", data=b"%PDF-1.4 minutes")
    panel = _show(qtbot, attachments_panel.AttachmentsPanel(ui_env, "nonconformity"))
    panel.set_owner(nc.id)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    panel.list.setCurrentRow(0)
    _click(panel.open_button)
    real_write = Path.write_bytes

    def locked(path, data):  # Windows: the viewer that opened it holds it
        if str(path) == opened[0]:
            raise PermissionError(13, "The process cannot access the file because it is being used by another process")
        return real_write(path, data)

    monkeypatch.setattr(Path, "write_bytes", locked)
    _click(panel.open_button)
    assert len(opened) == 2 and opened[0] == opened[1] and not answers.errors
    monkeypatch.setattr(tempfiles, "run_folder", lambda: Path(opened[0]))  # a file where a folder should be
    _click(panel.open_button)
    assert len(opened) == 2 and answers.errors and "cannot be copied" in answers.errors[-1]


# ---------------------------------------------------------------- 13. nothing selected
def test_no_empty_editable_nc_form_when_nothing_is_selected(qtbot, ui_env):
    from qms_desktop.ui.pages.ncs_page import NcsPage

    page = _show(qtbot, NcsPage(ui_env))
    page.refresh()
    assert page.model.rowCount() == 0
    assert not page.tabs.isVisible()
    assert not page.desc_form.editors["description"].isVisible()
    assert not page.close_button.isVisible()
    assert "Select a nonconformity" in page.header.text()
    ncs.open_nc(ui_env.ctx, description="Trả kết quả trễ hẹn", detected_date=TODAY, source="complaint")
    page.refresh()
    page.table.selectRow(0)
    assert page.tabs.isVisible() and page.desc_form.editors["description"].isVisible()


# ---------------------------------------------------------------- 13. focus indicator
def _focus_pixels(widget: QWidget) -> int:
    from PySide6.QtGui import QColor

    from qms_desktop.ui.style import FOCUS_COLOR

    target = QColor(FOCUS_COLOR)
    image = widget.grab().toImage()
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if abs(c.red() - target.red()) < 40 and abs(c.green() - target.green()) < 40 \
                    and abs(c.blue() - target.blue()) < 40:
                count += 1
    return count


def test_the_focused_control_has_a_clearly_visible_frame(qtbot, qapp):
    from qms_desktop.ui import style
    from qms_desktop.ui.widgets.date_edit import DateEdit

    saved = qapp.styleSheet()
    style.apply_style(qapp)
    try:
        form = QWidget()
        lay = QFormLayout(form)
        combo = QComboBox()
        combo.addItems(["Rủi ro", "Cơ hội"])
        date = DateEdit()
        table = QTableWidget(3, 2)
        text = QPlainTextEdit("abc")
        text.setTabChangesFocus(True)  # as the application's multi-line fields
        controls = [QLineEdit("Tân Phú"), combo, QPushButton("Lưu"), QCheckBox("Có"), date.edit, text, table]
        lay.addRow("Đầu", QLineEdit())
        for w in controls:
            lay.addRow("Nhãn", date if w is date.edit else w)
        form.resize(420, 320)
        _show(qtbot, form)
        first = lay.itemAt(0, QFormLayout.ItemRole.FieldRole).widget()
        first.setFocus()
        qtbot.waitUntil(first.hasFocus)
        for w in controls:
            before = _focus_pixels(w)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            qtbot.waitUntil(w.hasFocus)
            QApplication.processEvents()
            after = _focus_pixels(w)
            # a 2-px frame all round: at least the perimeter in the focus colour, and none before
            assert before < 10, (type(w).__name__, before)
            assert after >= 2 * (w.width() + w.height()), (type(w).__name__, after, w.size())
    finally:
        qapp.setStyleSheet(saved)


# ---------------------------------------------------------------- 9. the report that is due
def _dated_env(db, day: dt.date):
    ctx = AppContext(db, Actor("chutich", "leader", "Nguyễn Văn Thành"), clock=lambda: day)
    return make_env(ctx)


def _offered(qtbot, env, choose: str | None = None) -> tuple[str, str, str]:
    """Click "New report…" and read what the dialog offers — or says once period ``choose`` is chosen — (then cancel
    it); a message not shown reads as ""."""
    from PySide6.QtCore import QTimer

    from qms_desktop.ui.pages.reports_page import NewReportDialog, ReportsPage

    page = _show(qtbot, ReportsPage(env))
    page.refresh()
    seen = []

    def read() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, NewReportDialog)
        if choose:
            dlg.period.setCurrentIndex(dlg.period.findData(choose))
        seen.append((dlg.period.currentData(), dlg.due_label.text(),
                     dlg.why_label.text() if dlg.why_label.isVisible() else ""))
        _click(dlg.buttons.button(dlg.buttons.StandardButton.Cancel))

    QTimer.singleShot(0, read)
    _click(page.new_button)
    assert seen, "the New report dialog opened"
    page.close()
    return seen[0]


def test_new_report_offers_the_report_that_is_due_and_says_why(qtbot, db, answers, tmp_path, monkeypatch):
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    users.create_first_user(db, username="chutich", password=PASSWORD, full_name="Nguyễn Văn Thành", role=Role.LEADER)
    env = _dated_env(db, dt.date(2026, 5, 10))
    agency.save_profile(env.ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Lâm Đồng",
                                                  head_name="Nguyễn Văn Minh"))  # the signer, by name

    # 10/05/2026: the six-month report, due 20/06/2026 (41 days ahead)
    assert _offered(qtbot, env) == ("2026-H1", "Report on first six months of 2026 — due 20/06/2026",
                                    "The report due now: due in 41 days.")
    translations.install("vi")
    try:
        period, due, why = _offered(qtbot, env)
        assert due == "Báo cáo sáu tháng đầu năm 2026 — hạn gửi 20/06/2026"
        assert "41" in why
    finally:
        translations.install("en")
    # 01/07/2026, nothing sent: the six-month report is still the one due (11 days late), not the annual one
    period, due, why = _offered(qtbot, _dated_env(db, dt.date(2026, 7, 1)))
    assert (period, due) == ("2026-H1", "Report on first six months of 2026 — due 20/06/2026") and "11 days late" in why
    # once it is finalised, the annual report
    h1 = reports.create_report(env.ctx, period="2026-H1")
    reports.update_report(env.ctx, h1.id, shortcomings="Một số hồ sơ còn trễ hạn.")  # the pre-flight asks for Part III
    reports.finalize_report(_dated_env(db, dt.date(2026, 6, 20)).ctx, h1.id, date="20/06/2026",
                            acknowledge_all=True)  # on the day, after the period ends
    period, due, _why = _offered(qtbot, _dated_env(db, dt.date(2026, 7, 1)))
    assert (period, due) == ("2026", "Report on the year 2026 — due 20/12/2026")
    # 25/12/2026: the annual report is late (5 days) — nearer than next year's six-month report
    assert _offered(qtbot, _dated_env(db, dt.date(2026, 12, 25)))[0] == "2026"
    # a commune that changed its due date in Settings is offered that date
    agency.set_setting(env.ctx, "report_due_year", "12-15")
    assert _offered(qtbot, _dated_env(db, dt.date(2026, 12, 1)))[1] == "Report on the year 2026 — due 15/12/2026"


def test_an_earlier_report_still_open_says_how_late_it_is(qtbot, db, answers, tmp_path, monkeypatch):
    """QA 53 F12: on 05/12/2026 the annual report was offered (due in 15 days); choosing the six-month one, 168 days
    late and never finalised, said nothing of it."""
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    users.create_first_user(db, username="chutich", password=PASSWORD, full_name="Nguyễn Văn Thành", role=Role.LEADER)
    env = _dated_env(db, dt.date(2026, 12, 5))
    agency.save_profile(env.ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Lâm Đồng"))
    assert _offered(qtbot, env, choose="2026-H1") == (
        "2026-H1", "Report on first six months of 2026 — due 20/06/2026", "Not finalised yet, 168 days late.")


def test_form_dialogs_open_on_their_first_field_and_tab_reaches_save_last(qtbot, ui_env, people):
    """QA: every form opened with the focus on Save (Enter 'saved' an empty form) and Tab went Save → Cancel →
    the fields."""
    from PySide6.QtWidgets import QDialogButtonBox

    from qms_desktop.ui.dialogs.audit_dialogs import PlanAuditDialog
    from qms_desktop.ui.dialogs.nc_dialogs import NewNcDialog
    from qms_desktop.ui.dialogs.procedure_dialog import ProcedureDialog
    from qms_desktop.ui.dialogs.review_dialog import NewReviewDialog

    for make, first in ((lambda: ProcedureDialog(ui_env), "code"), (lambda: NewNcDialog(ui_env), None),
                        (lambda: NewReviewDialog(ui_env), "date"), (lambda: PlanAuditDialog(ui_env, []), "title")):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        focused = dialog.focusWidget()
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert focused is not None and dialog.fields.isAncestorOf(focused), (type(dialog).__name__, focused)
        if first is not None:
            editor = dialog.editors[first]
            assert focused is editor or editor.isAncestorOf(focused), (type(dialog).__name__, focused)
        seen = []
        for _ in range(60):  # Tab through the form: Save comes after every field, then Cancel
            QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
            seen.append(dialog.focusWidget())
            if seen[-1] is save:
                break
        assert seen[-1] is save and all(dialog.fields.isAncestorOf(w) for w in seen[:-1]), type(dialog).__name__
        QTest.keyClick(save, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        dialog.reject()


def test_a_record_header_shows_its_text_as_typed_not_as_markup(qtbot, ui_env):
    from qms_desktop.services import procedures
    from qms_desktop.ui.pages.procedures_page import ProceduresPage

    p = procedures.create_procedure(ui_env.ctx, code="<b>QT-HTML</b>", title="<i>nghiêng</i> & <script>")
    page = ProceduresPage(ui_env)
    qtbot.addWidget(page)
    page.refresh()
    page.select_id(p.id)
    assert page.header.textFormat() == Qt.TextFormat.PlainText
    assert "<b>QT-HTML</b>" in page.header.text() and "<script>" in page.header.text()


def _impossible_date_then_corrected(qtbot, dlg, date, text_field, saved) -> None:
    """31/02/2026 typed into ``date``, Tab, some words typed into ``text_field``, Save: the dialog stays open with
    the message said once; the date corrected to 28/02/2026, Save: ``saved()`` (the dates saved) has it."""
    from PySide6.QtWidgets import QLabel

    date.setFocus()
    qtbot.waitUntil(lambda: date.edit.hasFocus() and date.edit.selectedText() == date.edit.text(), timeout=5000)
    QTest.keyClicks(date.edit, "31/02/2026")
    QTest.keyClick(date.edit, Qt.Key.Key_Tab)
    text_field.setFocus()
    QTest.keyClicks(text_field, "Phan anh tra ket qua tre hen")
    _click(dlg.buttons.button(dlg.buttons.StandardButton.Save))
    assert dlg.isVisible() and not saved()
    shown = [lbl.text() for lbl in dlg.findChildren(QLabel) if lbl.isVisible() and "31/02/2026" in lbl.text()]
    assert len(shown) == 1 and "28 days" in shown[0]
    assert date.edit.hasFocus()
    date.edit.selectAll()
    QTest.keyClicks(date.edit, "28/02/2026")
    _click(dlg.buttons.button(dlg.buttons.StandardButton.Save))
    assert saved() == [dt.date(2026, 2, 28)]
    return shown


def test_an_impossible_date_is_said_once_under_its_field(qtbot, ui_env):
    """QA F L6: 31/02/2026 typed, the field left, then Save: the message stood twice, one line under the other."""
    from qms_desktop.ui.dialogs.record_form import RecordFormDialog

    spec = records.spec("petition")
    dlg = _show(qtbot, RecordFormDialog("New", spec.fields, lambda v: records.create(ui_env.ctx, spec.kind, v)))
    shown = _impossible_date_then_corrected(
        qtbot, dlg, dlg.editors.editors["received_date"], dlg.editors.editors["summary"],
        lambda: [r.values["received_date"] for r in records.list_records(ui_env.ctx, "petition")])
    assert len(shown) == 1  # said once, not twice


def test_an_impossible_date_is_said_once_in_a_dialog_too(qtbot, ui_env):
    """QA 7 L7: the same in the dialogs (Sự không phù hợp mới…): 31/02/2026 typed, Tab, then Lưu — the message
    stood twice under Ngày phát hiện."""
    from qms_desktop.ui.dialogs.nc_dialogs import NewNcDialog

    dlg = _show(qtbot, NewNcDialog(ui_env))
    shown = _impossible_date_then_corrected(qtbot, dlg, dlg.editors["detected_date"], dlg.editors["description"],
                                            lambda: [n.detected_date for n in ncs.list_ncs(ui_env.ctx)])
    assert len(shown) == 1  # said once, not twice


def test_a_narrow_search_box_shows_the_short_hint_not_a_cut_one(qtbot, ui_env):
    """QA 21 F12: at 1366 px the TTHC page's toolbar leaves the search box too narrow for the long hint,
    which was cut ("Tìm kiếm (k…"); the box now says "Tìm kiếm…" and keeps the sentence in its tooltip."""
    from qms_desktop.ui.pages.tthc_page import TthcPage

    translations.install("vi")
    try:
        page = _show(qtbot, TthcPage(ui_env))
        page.resize(1366 - 220, 600)  # the navigation takes the rest of a 1366-px screen
        qtbot.wait(10)
        box = page.search
        shown = box.placeholderText()
        assert box.fontMetrics().horizontalAdvance(shown) < box.width() - 32, (shown, box.width())
        assert "thu tuc" in box.toolTip() and "Không phân biệt dấu" in box.toolTip()
        box.setFixedWidth(900)  # a box wide enough shows the whole sentence
        qtbot.waitUntil(lambda: "không phân biệt dấu" in box.placeholderText())
        box.setFixedWidth(150)
        qtbot.waitUntil(lambda: box.placeholderText() == "Tìm kiếm…")
    finally:
        translations.install("en")


def test_a_field_made_read_only_no_longer_looks_typeable(qtbot, qapp):
    """QA 21 F16: on a closed NC the "Verified by" field was white like a field one types in, while nothing
    could be saved; a read-only field now has the window's background, also when it becomes read-only later."""
    from qms_desktop.ui import style
    from qms_desktop.ui.dialogs.form_dialog import FieldForm

    saved = qapp.styleSheet()
    style.apply_style(qapp)
    try:
        form = FieldForm()
        form.add_field("verified_by", "Người xác nhận", QLineEdit(), required=True)
        form.add_field("note", "Ghi chú", QPlainTextEdit())
        _show(qtbot, form)
        form.set_values({"verified_by": "Trần Quốc Bảo", "note": "Đã khắc phục"})

        def inside(name: str) -> str:
            w = form.editors[name]
            img = w.grab().toImage()
            return img.pixelColor(img.width() - 8, img.height() // 2).name()

        white = qapp.palette().base().color().name()
        window = qapp.palette().window().color().name()
        assert white != window and inside("verified_by") == white and inside("note") == white
        form.set_editable(False)  # the NC is closed
        assert form.editors["verified_by"].isReadOnly()
        assert inside("verified_by") == window and inside("note") == window
        form.set_editable(True)  # reopened for another verification
        assert inside("verified_by") == white
    finally:
        qapp.setStyleSheet(saved)


def test_the_recovery_code_dialogs_buttons_are_on_one_row(qtbot):
    """QA 26 G19: "Đóng" sat alone on a second row under Copy and Print."""
    from qms_desktop.ui.login import RecoveryCodeDialog

    dlg = _show(qtbot, RecoveryCodeDialog("thuky", "ABCD-EFGH-JKLM-NPQR"))
    close = next(b for b in dlg.findChildren(QPushButton) if b.text().replace("&", "") == "Close")
    rows = {b.mapTo(dlg, QPoint(0, 0)).y() for b in (dlg.view.copy_button, dlg.view.print_button, close)}
    assert len(rows) == 1, rows
    dlg.view.copy_button.click()
    assert QApplication.clipboard().text() == "ABCD-EFGH-JKLM-NPQR"
