"""Báo cáo page and the print preview: real widgets offscreen, a real database, real PDFs."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton

from record_fixtures import *  # noqa: F403
from record_fixtures import TODAY, fill_exec, make_env

from qms_desktop.reports.package import verify_package
from qms_desktop.services import agency, records, reports
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.ui import print_preview
from qms_desktop.ui.dialogs.prompts import save_or_discard as real_save_or_discard
from qms_desktop.ui.pages import reports_page
from qms_desktop.ui.dialogs.preflight_dialog import PreflightDialog
from qms_desktop.ui.pages.reports_page import MarkSentDialog, NewReportDialog, ReportsPage
from qms_desktop.ui.runner import JobRunner


@pytest.fixture
def commune_env(ui_ctx, tmp_path, monkeypatch):
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))  # the installation key goes here
    agency.save_profile(ui_ctx, agency.AgencyProfile(
        full_name="Ủy ban nhân dân xã Tân Phú", province="Lâm Đồng", recipient="Sở Khoa học và Công nghệ tỉnh Lâm Đồng",
        head_name="Nguyễn Văn An", place_name="Tân Phú"))
    start = TODAY.replace(month=1, day=1)
    records.create(ui_ctx, "service_stat", {"period_start": start, "period_end": start.replace(month=3, day=31),
                                            "received": 640, "on_time": 622, "late": 12, "pending": 6})
    return make_env(ui_ctx)


def _page(qtbot, env) -> ReportsPage:
    page = ReportsPage(env)
    qtbot.addWidget(page)
    page.refresh()
    return page


def _new_report(page, monkeypatch, period: str | None = None):
    def fill(d: NewReportDialog) -> None:
        if period:
            d.period.setCurrentIndex(d.period.findData(period))
    fill_exec(monkeypatch, NewReportDialog, fill)
    return page.create()


def _is_white_page(image) -> bool:
    return QColor(image.pixel(2, 2)) == QColor("white")


def test_draft_narrative_preview_and_print(qtbot, commune_env, monkeypatch, tmp_path, answers):
    page = _page(qtbot, commune_env)
    row = _new_report(page, monkeypatch, f"{TODAY.year}-H1")
    assert row is not None and page.current().id == row.id and row.number_text == "01/BC-UBND"
    assert page.save_button.isEnabled() and not page.export_button_.isEnabled()
    page.narrative["shortcomings"].setPlainText("Một số hồ sơ còn trễ hạn.")
    page.narrative["plans"].setPlainText("Tổ chức đánh giá nội bộ đợt 2.")
    assert page.save()
    assert reports.get_report(commune_env.ctx, row.id).shortcomings == "Một số hồ sơ còn trễ hạn."

    page.preview()
    dialog = page.last_preview
    qtbot.addWidget(dialog)
    assert dialog.page_count() >= 4
    first = dialog.current_image()
    assert _is_white_page(first) and first.width() > 700  # painted on white, 96 dpi
    dialog.next_button.click()
    assert dialog.index == 1 and dialog.page_box.value() == 2
    dialog.step_zoom(+1)
    assert dialog.current_image().width() > first.width()
    saved = dialog.save_to(tmp_path / "Báo cáo.pdf")
    assert saved is not None and saved.name.isascii() and saved.read_bytes()[:5] == b"%PDF-"

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_preview.print_pdf(dialog.document, printer, 1, 2) == 2
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        assert re.search(r"Pages:\s+2\n", info) and "A4" in info
    else:
        print("pdfinfo missing: the printed file's page count and paper size were not checked")
    assert out.stat().st_size < 8_000_000  # rendered at 300 dpi, not at the printer's 1200
    dialog.close()


def _finalise(page, monkeypatch):
    """Finalise through the pre-flight dialog: Part III written, every warning ticked by the leader."""
    page.narrative["shortcomings"].setPlainText("Chưa tổ chức họp xem xét của lãnh đạo trong năm.")
    seen = fill_exec(monkeypatch, PreflightDialog, lambda d: d.acknowledge_all())
    page.finalize()
    return seen


def test_preflight_refuses_then_finalises_with_acknowledgements(qtbot, commune_env, monkeypatch, answers):
    page = _page(qtbot, commune_env)
    row = _new_report(page, monkeypatch, f"{TODAY.year}-H1")

    def check_refused(d: PreflightDialog) -> None:
        assert d.windowTitle().endswith("01/BC-UBND")
        assert d.findChild(QLabel, "refusal_shortcomings_empty") is not None  # no review in 12 months, Part III empty
        d.acknowledge_all()
        assert not d.finalize_button.isEnabled()  # a refusal cannot be acknowledged away

    fill_exec(monkeypatch, PreflightDialog, check_refused, accept=False)
    page.finalize()
    assert page.current().status == "draft"

    page.narrative["shortcomings"].setPlainText("Chưa tổ chức họp xem xét của lãnh đạo trong năm.")
    page.statements["consultant"].setPlainText("Ủy ban nhân dân xã tự xây dựng Hệ thống, không thuê tư vấn.")

    def tick_one_by_one(d: PreflightDialog) -> None:
        codes = [f.code for f in d.found.warnings]
        assert codes and "consultant_unknown" not in codes  # the typed statement backs Part II.6
        for code in codes:
            assert not d.finalize_button.isEnabled()
            box, text = d.findChild(QCheckBox, f"ack_{code}"), d.findChild(QLabel, f"ack_text_{code}")
            assert box.accessibleName() == text.text() != ""  # a screen reader reads the warning (QA 63 F1)
            QTest.mouseClick(text, Qt.MouseButton.LeftButton)  # the sentence she has read ticks its box
            assert box.isChecked()
        assert d.finalize_button.isEnabled() and sorted(d.acknowledged()) == sorted(codes)

    fill_exec(monkeypatch, PreflightDialog, tick_one_by_one)
    page.finalize()
    assert page.current().status == "final" and answers.errors == []
    detail = reports.get_report(commune_env.ctx, row.id)
    assert detail.acknowledged and detail.statements["consultant"].startswith("Ủy ban nhân dân xã tự xây dựng")


def test_finalise_then_export_to_a_usb_folder(qtbot, commune_env, monkeypatch, tmp_path, answers):
    page = _page(qtbot, commune_env)
    _new_report(page, monkeypatch, f"{TODAY.year}-H1")
    seen = _finalise(page, monkeypatch)
    assert seen and "01/BC-UBND" in seen[-1].windowTitle()
    assert page.current().status == "final"
    assert not page.save_button.isEnabled() and page.export_button_.isEnabled() and page.sent_button.isEnabled()
    plans = page.narrative["plans"]  # in ink and read-only, not greyed like a hint (QA 21 F5)
    assert plans.isEnabled() and plans.isReadOnly() and plans.placeholderText() == ""
    assert page.recipient.isEnabled() and page.recipient.isReadOnly()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(reports_page, "pick_folder", lambda *_a: str(usb))
    page.export_package()
    assert answers.errors == []
    names = sorted(p.name for p in usb.iterdir())
    assert names == [f"BaoCaoISO_{TODAY.year}-6T_TanPhu.{ext}" for ext in ("pdf", "xlsx", "zip")]
    info = verify_package(usb / names[2])
    assert answers.infos == []  # no box to click away: the notice stays under the buttons (issue 9)
    assert page.export_notice.isVisibleTo(page) and info.fingerprint in page.export_notice_text.text()
    assert str(usb) in page.export_notice_text.text() and names[2] in page.export_notice_text.text()
    page.show_detail(None)  # another report (here: none) selected: the notice was about the exported one
    assert not page.export_notice.isVisibleTo(page)
    page.select_id(page.current().id)
    page.export_package()
    assert page.export_notice.isVisibleTo(page)
    page.export_notice.findChild(QPushButton, "close_export_notice").click()
    assert not page.export_notice.isVisibleTo(page)
    page._show_fingerprint()
    assert info.fingerprint in page.fingerprint.text()
    fill_exec(monkeypatch, MarkSentDialog, lambda d: None)
    page.sent_button.click()  # asks the day it went (today by default)
    assert page.current().status == "sent" and page.current().sent_date == TODAY
    page.correct()
    assert page.current().version == 2 and page.current().status == "draft"


def test_export_refusal_is_shown_not_raised(qtbot, commune_env, monkeypatch, tmp_path, answers):
    page = _page(qtbot, commune_env)
    _new_report(page, monkeypatch, f"{TODAY.year}-H1")
    _finalise(page, monkeypatch)
    monkeypatch.setattr(reports_page, "pick_folder", lambda *_a: str(tmp_path / "stick-removed"))
    page.export_package()
    assert answers.errors and "does not exist" in answers.errors[-1]


def test_a_secretary_cannot_finalise(qtbot, commune_env, monkeypatch, answers):
    ctx = AppContext(commune_env.ctx.db, Actor("thuky", "secretary", "Lê Thị Cúc"), commune_env.ctx.clock)
    page = _page(qtbot, make_env(ctx))
    _new_report(page, monkeypatch)
    assert page.save_button.isEnabled() and not page.finalize_button.isEnabled()


def test_export_on_the_real_worker_thread(qtbot, commune_env, monkeypatch, tmp_path, answers):
    """The job runs on JobRunner's thread; the result comes back to the GUI thread."""
    row = reports.create_report(commune_env.ctx, period=f"{TODAY.year}-H1")
    reports.update_report(commune_env.ctx, row.id, shortcomings="Chưa họp xem xét của lãnh đạo.")
    reports.finalize_report(commune_env.ctx, row.id, acknowledge_all=True)
    env = make_env(commune_env.ctx, runner=JobRunner())
    page = _page(qtbot, env)
    page.select_id(row.id)
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(reports_page, "pick_folder", lambda *_a: str(usb))
    page.export_package()
    qtbot.waitUntil(lambda: page.export_notice.isVisibleTo(page) or bool(answers.errors), timeout=20000)
    assert answers.errors == [] and any(p.suffix == ".zip" for p in usb.iterdir())


def test_record_pages_print_button_opens_the_preview(qtbot, commune_env, monkeypatch, answers):
    from qms_desktop.services import ncs
    from qms_desktop.ui.widgets.print_button import PrintButton

    nc = ncs.open_nc(commune_env.ctx, description="Hồ sơ trả chậm", detected_date=TODAY)
    shown = []
    monkeypatch.setattr(print_preview, "show_preview", lambda pdf, title, **kw: shown.append((pdf, title, kw)))
    button = PrintButton(commune_env, [("car_form", "CAR")], lambda: nc.id)
    qtbot.addWidget(button)

    button.click()
    assert shown and shown[0][0][:5] == b"%PDF-" and shown[0][2]["file_name"] == f"PhieuHDKP_{nc.id}.pdf"


def test_a_typed_date_or_number_is_not_lost_on_leaving(qtbot, commune_env, monkeypatch, answers):
    """QA 9 F1: the report's date and number, changed and not saved, were dropped without a question."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    page = _page(qtbot, commune_env)
    row = _new_report(page, monkeypatch, f"{TODAY.year}-H1")
    assert not page._has_unsaved() and page.can_leave() and answers.confirms == []
    page.date.edit.selectAll()
    QTest.keyClicks(page.date.edit, TODAY.strftime("%d/%m/%Y"))
    assert page._has_unsaved()
    answers.confirm = False  # "Save the changes?" Discard: left as it was, the boxes too
    assert page.can_leave() and len(answers.confirms) == 1
    assert reports.get_report(commune_env.ctx, row.id).row.date is None and not page._has_unsaved()
    page.date.edit.selectAll()
    QTest.keyClicks(page.date.edit, TODAY.strftime("%d/%m/%Y"))
    answers.confirm = True  # Save: saved
    assert page.can_leave() and reports.get_report(commune_env.ctx, row.id).row.date == TODAY
    page.refresh()
    page.number.selectAll()
    QTest.keyClicks(page.number, "7")
    QTest.keyClick(page.number, Qt.Key.Key_Tab)
    assert page.number.value() == 7 and page._has_unsaved()
    assert page.can_leave() and reports.get_report(commune_env.ctx, row.id).row.number == 7
    page.refresh()
    page.date.edit.selectAll()
    QTest.keyClicks(page.date.edit, "31/02")  # half typed, not a date yet: still a change to ask about
    assert page._has_unsaved()


def test_marking_sent_asks_the_day_it_went(qtbot, commune_env, monkeypatch, answers):
    """QA 9 F7: "Mark as sent" recorded today without a question, for good (a Friday's sending recorded on Monday)."""
    from PySide6.QtTest import QTest

    page = _page(qtbot, commune_env)
    _new_report(page, monkeypatch, f"{TODAY.year}-H1")
    _finalise(page, monkeypatch)
    fill_exec(monkeypatch, MarkSentDialog, lambda d: None, accept=False)  # Cancel: nothing recorded
    page.sent_button.click()
    assert page.current().status == "final"
    day = page.current().date

    def typed(d: MarkSentDialog) -> None:
        assert d.editors["sent_date"].value() == TODAY and page.current().number_text in d.windowTitle()
        d.editors["sent_date"].edit.selectAll()
        QTest.keyClicks(d.editors["sent_date"].edit, day.strftime("%d/%m/%Y"))

    fill_exec(monkeypatch, MarkSentDialog, typed)
    page.sent_button.click()
    assert page.current().status == "sent" and page.current().sent_date == day and answers.errors == []


def test_a_number_changed_with_the_year_is_said(qtbot, commune_env, monkeypatch, answers):
    """QA 9 F5: the number she had chosen changed under her when the date moved into another year, without a word."""
    import datetime as dt

    from PySide6.QtTest import QTest

    last_year = reports.create_report(commune_env.ctx, period=str(TODAY.year - 1))  # 01 of last year's register
    reports.update_report(commune_env.ctx, last_year.id, date=dt.date(TODAY.year - 1, 12, 19))
    page = _page(qtbot, commune_env)
    row = _new_report(page, monkeypatch, f"{TODAY.year}-H1")
    page.select_id(row.id)
    before = page.current().number_text
    page.date.edit.selectAll()
    QTest.keyClicks(page.date.edit, f"20/12/{TODAY.year - 1}")
    assert page.save()
    after = reports.get_report(commune_env.ctx, row.id).row
    assert after.number_text != before and after.date.year == TODAY.year - 1
    assert len(answers.infos) == 1 and before in answers.infos[0] and after.number_text in answers.infos[0]
    assert str(TODAY.year - 1) in answers.infos[0]
    answers.infos.clear()
    page.refresh()
    page.narrative["plans"].setPlainText("Kế hoạch")
    assert page.save() and answers.infos == []  # the same year: nothing to say


def test_the_report_list_calls_a_version_a_version_not_a_procedures_issue(qtbot, commune_env):
    """QA 21 F6: the list's header said "Lần BH" (a procedure's issue) beside "phiên bản 1" in the detail."""
    from PySide6.QtCore import Qt

    from qms_desktop.ui import translations

    assert translations.install("vi")
    try:
        page = _page(qtbot, commune_env)
        headers = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())]
        assert "Phiên bản" in headers and "Lần BH" not in headers
    finally:
        translations.install("en")


def test_the_reports_parts_are_in_the_reports_order(qtbot, env):
    """QA 26 G10: the tabs ran III, IV, V, then II."""
    page = _page(qtbot, env)
    numbers = [page.tabs.tabText(i).replace("&", "").split(".")[0] for i in range(page.tabs.count())]
    assert numbers == ["II", "III", "IV", "V"]


def test_a_period_is_named_without_repeating_its_year():
    """QA 26 G7: the list and the new-report choice read 'năm 2026 (2026)', in lower case."""
    from qms_desktop.ui import translations
    from qms_desktop.ui.pages.reports_page import period_item

    translations.install("vi")
    try:
        assert period_item("2026") == "Năm 2026"
        assert period_item("2026-H1") == "Sáu tháng đầu năm 2026 (2026-H1)"
    finally:
        translations.install("en")


def test_a_long_request_letter_is_shown_from_its_start(qtbot, commune_env, monkeypatch):
    """QA 26 G9: 'Văn bản đề nghị báo cáo…' was shown scrolled to its end ('…c và Công nghệ tỉnh…')."""
    page = _page(qtbot, commune_env)
    page.resize(900, 600)
    page.show()
    row = _new_report(page, monkeypatch, f"{TODAY.year}-H1")
    letter = ("Công văn số 456/SKHCN-TĐC ngày 02/6/2026 của Sở Khoa học và Công nghệ tỉnh Lâm Đồng về việc báo cáo "
              "tình hình áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng")
    page.request_letter.setText(letter)
    assert page.save()
    page.refresh()
    page.table.select_where(lambda r: r.id == row.id)
    assert page.request_letter.text() == letter and page.request_letter.cursorPosition() == 0


def test_the_new_report_number_is_typed_in_a_short_field_that_shows_it_as_printed(qtbot, commune_env, monkeypatch):
    """QA 26 G8: the number field ran across the dialog and did not say what the report would print. It is a few
    digits wide, and the line beside it follows what she types: 'Số: 07/BC-UBND'."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    page = _page(qtbot, commune_env)
    typed: list[str] = []

    def type_seven(d: NewReportDialog) -> None:
        d.show()
        assert d.printed.text() == "printed as: Số: 01/BC-UBND"
        assert d.number.width() <= 120 < d.width() // 3
        d.number.setFocus()
        QTest.keyClick(d.number, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(d.number, "7")
        typed.append(d.printed.text())
    fill_exec(monkeypatch, NewReportDialog, type_seven)
    row = page.create()
    assert typed == ["printed as: Số: 07/BC-UBND"] and row is not None and row.number_text == "07/BC-UBND"


def test_a_landscape_page_prints_turned_on_the_portrait_sheet_not_stretched(qtbot, tmp_path):
    """QA 40 F1: Annex III's landscape pages were drawn over the whole portrait sheet, squeezed to 71 % of their
    width and stretched to 141 % of their height. Turned a quarter, its top to the bound left edge, they keep their
    proportions."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    source = tmp_path / "hai_trang.pdf"
    c = canvas.Canvas(str(source), pagesize=A4)
    c.drawString(100, 700, "Trang doc")
    c.showPage()
    c.setPageSize(landscape(A4))
    width, height = landscape(A4)
    c.rect(0, height - 60, width, 60, stroke=0, fill=1)  # a black band along the landscape page's top edge
    c.showPage()
    c.save()
    document, _buffer = print_preview.open_pdf(source.read_bytes())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_preview.print_pdf(document, printer) == 2
    printed, _b = print_preview.open_pdf(out.read_bytes())
    size = printed.pagePointSize(1)
    assert size.width() < size.height()  # the sheet stays portrait A4
    image = print_preview.render_page(printed, 1, 0.5)
    band = round(60 * 0.5 * image.width() / (height * 0.5))  # the band's width once turned, in pixels

    def dark(x: int, y: int) -> bool:
        return QColor(image.pixel(x, y)).lightness() < 80

    assert all(dark(band // 2, y) for y in range(5, image.height() - 5, 25))  # down the whole left edge
    assert not dark(image.width() - 5, 5) and not dark(image.width() // 2, 5)  # not across the top


def test_escape_at_leaving_keeps_the_typed_proposals(qtbot, commune_env, monkeypatch, answers):
    """QA 53 F1: the question "Save the changes to this report?" had Yes / No only; Escape (or No, by habit) closed
    the window and the text typed in V. Proposals was never stored. Now Save / Discard / Cancel, Escape stays."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
    from ui_helpers import set_text

    page = _page(qtbot, commune_env)
    row = _new_report(page, monkeypatch, f"{TODAY.year}-H1")
    set_text(page.narrative["proposals"], "Đề nghị cấp kinh phí duy trì HTQLCL")  # through the input method
    from qms_desktop.ui.dialogs import prompts

    monkeypatch.setattr(QMessageBox, "exec", QDialog.exec)  # the real question, answered with the keyboard
    monkeypatch.setattr(prompts, "save_or_discard", real_save_or_discard)
    seen = []

    def press(key):
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not open yet
            QTimer.singleShot(20, lambda: press(key))
            return
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        QTest.keyClick(box, key)

    QTimer.singleShot(0, lambda: press(Qt.Key.Key_Escape))
    assert page.can_leave() is False  # stayed
    assert "Đề nghị cấp kinh phí" in page.narrative["proposals"].toPlainText() and page._has_unsaved()
    assert len(seen) == 1 and len(seen[0][1]) == 3, seen
    QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))  # Enter: the default, Save
    assert page.can_leave() is True
    assert reports.get_report(commune_env.ctx, row.id).proposals == "Đề nghị cấp kinh phí duy trì HTQLCL"
