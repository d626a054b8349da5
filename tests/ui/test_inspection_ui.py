"""Kiểm tra (receiving mode), driven like a user over the demo province: the plan made from the
suggestion with its reasons, numbers typed, the team, a unit's findings, the 2-month deadline seen
on the page and as a warning on the consolidation (status) view, then cleared; forms printed.
Writes docs/screenshots/25_kiem_tra.png (1366×768, Vietnamese)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QInputDialog, QTableWidgetItem

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "receiving"))

from inspect_helpers import inspected_template  # noqa: E402
from province import OFFICE_TODAY, copy_db, session_province  # noqa: E402
from ui_helpers import set_text, type_date  # noqa: E402

from qms_desktop.services.context import Actor, AppContext  # noqa: E402
from qms_desktop.services.receiving import inspection as ins  # noqa: E402
from qms_desktop.storage.db import Database  # noqa: E402


@pytest.fixture(scope="module")
def province(tmp_path_factory, demo_template):
    return session_province(tmp_path_factory, demo_template)


@pytest.fixture
def office_env(province, tmp_path, tmp_path_factory, monkeypatch):
    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.pages.base import UiEnv
    from qms_desktop.ui.runner import SynchronousRunner

    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    db = Database.open(copy_db(inspected_template(tmp_path_factory, province)[0], tmp_path / "office.sqlite"))
    clock = {"day": OFFICE_TODAY}
    ctx = AppContext(db, Actor("vanthu", "leader", "Lê Văn Thư"), lambda: clock["day"])
    env = UiEnv(ctx, SynchronousRunner(), AppEvents())
    env.clock = clock
    yield env
    db.close()


REAL_INPUT_EXEC = QInputDialog.exec  # the real dialog, before the UI tests' fixture refuses unexpected ones


def click(button) -> None:
    assert button.isEnabled(), button.objectName()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_inspection_page_plan_findings_followup(qtbot, office_env, monkeypatch, tmp_path):
    from qms_desktop.ui.receiving import consolidation_page, inspection_page
    from qms_desktop.ui.receiving.inspection_page import InspectionPage

    page = InspectionPage(office_env)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    assert "No plan for 2026 yet" in page.summary.text()
    assert not page.print_buttons["19"].isEnabled()

    click(page.suggest_button)
    assert page.model.rowCount() == 13
    assert "5 on site (at least 5 of the 13 units" in page.summary.text()
    reasons = [c.key for c in page.model.columns].index("reasons")
    texts = [page.model.data(page.model.index(i, reasons)) for i in range(13)]
    assert any("No report for first six months of 2026" in t for t in texts) and any("Never inspected on site" in t for t in texts)

    set_text(page.plan_number, "15/KH-SKHCN")
    type_date(page.plan_date, "02/03/2026", leave=True)
    set_text(page.decision_number, "120/QĐ-SKHCN")
    type_date(page.decision_date, "15/06/2026", leave=True)
    click(page.save_header_button)
    plan = ins.get_plan(office_env.ctx, 2026)
    assert (plan.decision_number, plan.decision_date) == ("120/QĐ-SKHCN", dt.date(2026, 6, 15))

    click(page.add_member_button)
    click(page.add_member_button)
    page.team.setItem(0, 0, QTableWidgetItem("Lê Văn Cường"))
    page.team.setItem(0, 1, QTableWidgetItem("Phó Giám đốc Sở"))
    page.team.cellWidget(0, 2).setCurrentIndex(0)  # lead
    page.team.setItem(1, 0, QTableWidgetItem("Trần Thị Bình"))
    page.team.cellWidget(1, 2).setCurrentIndex(2)  # secretary
    click(page.save_team_button)
    assert [m.role for m in ins.get_plan(office_env.ctx, 2026).team] == ["lead", "secretary"]
    # QA 15 F6: a member added by mistake is removed with its button, then the team saved
    click(page.add_member_button)
    page.team.setItem(2, 0, QTableWidgetItem("Người nhập nhầm"))
    page.team.setCurrentCell(2, 0)
    click(page.remove_member_button)
    click(page.save_team_button)
    assert [m.name for m in ins.get_plan(office_env.ctx, 2026).team] == ["Lê Văn Cường", "Trần Thị Bình"]

    # too few on site is refused with the rule's message, nothing changed
    errors = []
    monkeypatch.setattr("qms_desktop.ui.pages.base.show_error", lambda parent, exc: errors.append(exc))
    on_site = [r.code for r in plan.on_site]
    page.select_code(on_site[0])
    page.on_site.setCurrentIndex(1)
    click(page.apply_unit_button)
    assert errors and "5 needed, 4 planned" in str(errors[0])
    assert ins.get_plan(office_env.ctx, 2026).row(on_site[0]).on_site

    # a date for the unit, typed; the box names the unit it acts on (QA 15 F7)
    page.select_code(on_site[0])
    assert page.unit_box.title().startswith(f"Selected unit: {on_site[0]} – ")
    assert page.on_site.currentIndex() == 0  # the refused change was undone on the form too
    type_date(page.date, "25/06/2026", leave=True)
    click(page.apply_unit_button)
    assert ins.get_plan(office_env.ctx, 2026).row(on_site[0]).scheduled == dt.date(2026, 6, 25)

    # the record's findings, typed into the dialog; its number hinted with the office's symbol (QA 15 F8)
    hints = []
    def fill(dialog):
        hints.append(dialog.number.placeholderText())
        set_text(dialog.number, "05/BB-ĐKT")
        type_date(dialog.signed, "30/06/2026", leave=True)
        dialog.nonconformities.setFocus()
        dialog.nonconformities.insertPlainText("Chưa cập nhật văn bản mới vào QT-05\nChưa phân tích khảo sát")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(inspection_page.FindingsDialog, "exec", fill)
    page.select_code(on_site[0])
    click(page.findings_button)
    row = ins.get_plan(office_env.ctx, 2026).row(on_site[0])
    assert row.signed_date == dt.date(2026, 6, 30) and len(row.nonconformities) == 2
    assert hints == ["05/BB-SKHCN"]  # as Mẫu 21 prints it, not another office's "BB-ĐKT"
    assert "Due within 2 months of the record" in page.followups.text() and "30/08/2026" in page.followups.text()

    # the forms saved as PDF files into a folder (the selected unit's record)
    monkeypatch.setattr(inspection_page, "pick_folder", lambda parent, title: str(tmp_path / "forms"))
    page.select_code(on_site[0])
    click(page.save_forms_button)
    names = sorted(p.name for p in (tmp_path / "forms").iterdir())
    assert names == sorted(["KeHoachKiemTra_2026_Mau19.pdf", "QuyetDinhKiemTra_2026_Mau20.pdf",
                            f"BienBanKiemTra_2026_{on_site[0]}_Mau21.pdf"])

    # two months and a day later: overdue, on this page and on the consolidation (status) view
    office_env.clock["day"] = dt.date(2026, 8, 31)
    page.refresh()
    assert "overdue" in page.followups.text() and "b00020" in page.followups.styleSheet()
    status = consolidation_page.ConsolidationPage(office_env)
    qtbot.addWidget(status)
    status.show()
    assert status.followup_warning.isVisible() and "overdue" in status.followup_warning.text()

    # the paper report arrives: typed date, the loop closes, the warning goes
    page.select_code(on_site[0])
    type_date(page.received, "31/08/2026", leave=True)
    click(page.received_button)
    assert ins.get_plan(office_env.ctx, 2026).row(on_site[0]).followup_state == ins.ANSWERED_LATE
    assert page.followups.text() == ""
    status.refresh()
    assert not status.followup_warning.isVisible()


def test_screenshot_of_the_plan_in_vietnamese(qtbot, office_env):
    from qms_desktop.ui import translations
    from qms_desktop.ui.receiving.inspection_page import InspectionPage

    translations.install("vi")
    try:
        ins.plan_from_suggestion(office_env.ctx, 2026)
        ins.save_plan(office_env.ctx, 2026, plan_number="15/KH-SKHCN", plan_date="02/03/2026",
                      decision_number="120/QĐ-SKHCN", decision_date="15/06/2026")
        ins.set_team(office_env.ctx, 2026, [ins.Member("Lê Văn Cường", "Phó Giám đốc Sở", "lead"),
                                           ins.Member("Phạm Minh Đức", "Chi cục trưởng Chi cục TĐC", "member"),
                                           ins.Member("Trần Thị Bình", "Chuyên viên", "secretary")])
        plan = ins.get_plan(office_env.ctx, 2026)
        for i, r in enumerate(plan.on_site):
            ins.set_schedule(office_env.ctx, 2026, r.code, f"{10 + i:02d}/08/2026")
        office_env.clock["day"] = dt.date(2026, 8, 20)
        ins.record_findings(office_env.ctx, 2026, plan.on_site[0].code,
                            ins.Findings("05/BB-ĐKT", "10/08/2026", "Đã công bố HTQLCL", "Chưa cập nhật QT-05", ""))
        page = InspectionPage(office_env)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        page.select_code(plan.on_site[0].code)
        assert "Kế hoạch" in page.summary.text() or "đơn vị" in page.summary.text()
        assert page.findings_button.text().replace("&", "") != "Record findings…"  # translated
        out = ROOT / "docs" / "screenshots" / "25_kiem_tra.png"
        assert page.grab().save(str(out))
        # the record of the selected unit in the print preview (print, save as PDF)
        click(page.print_buttons["21"])
        dialog = page.last_preview
        assert dialog is not None and dialog.isVisible() and dialog.document.pageCount() >= 2
        dialog.resize(1000, 760)
        assert dialog.grab().save(str(ROOT / "docs" / "screenshots" / "25_kiem_tra_xem_truoc.png"))
        dialog.close()
    finally:
        translations.install("en")


def pdf_text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    return " ".join(out.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed")
def test_the_three_forms_open_in_the_print_preview(qtbot, office_env, monkeypatch, tmp_path):
    """Each form's button opens the application's print preview (print, save as PDF) on the form's PDF;
    Mẫu 21 is the selected on-site unit's record and its button waits for such a unit."""
    from qms_desktop.ui import print_preview
    from qms_desktop.ui.receiving.inspection_page import InspectionPage

    plan = ins.plan_from_suggestion(office_env.ctx, 2026)
    ins.save_plan(office_env.ctx, 2026, plan_number="15/KH-SKHCN", plan_date="02/03/2026",
                  decision_number="120/QĐ-SKHCN", decision_date="15/06/2026")
    ins.set_team(office_env.ctx, 2026, [ins.Member("Lê Văn Cường", "Phó Giám đốc Sở", "lead"),
                                       ins.Member("Trần Thị Bình", "Chuyên viên", "secretary")])
    on_site, off_site = plan.on_site[0], next(r for r in plan.rows if not r.on_site)
    ins.set_schedule(office_env.ctx, 2026, on_site.code, "12/08/2026")
    shown = []
    monkeypatch.setattr(print_preview, "show_preview",
                        lambda pdf, title, **kw: shown.append((pdf, title, kw["file_name"])) or "dialog")
    page = InspectionPage(office_env)
    qtbot.addWidget(page)
    page.show()

    click(page.print_buttons["19"])
    pdf, title, name = shown[-1]
    assert pdf[:5] == b"%PDF-" and name == "KeHoachKiemTra_2026_Mau19.pdf" and "2026" in title
    assert page.last_preview == "dialog"
    t = pdf_text(pdf)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in t and "Độc lập - Tự do - Hạnh phúc" in t
    assert "Số: 15/KH-SKHCN" in t and "KẾ HOẠCH" in t and "Kiểm tra tại chỗ" in t
    assert "GIÁM ĐỐC" in t and "Nơi nhận:" in t

    click(page.print_buttons["20"])
    pdf, title, name = shown[-1]
    assert name == "QuyetDinhKiemTra_2026_Mau20.pdf"
    t = pdf_text(pdf)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in t and "Số: 120/QĐ-SKHCN" in t and "QUYẾT ĐỊNH:" in t
    assert all(a in t for a in ("Điều 1.", "Điều 2.", "Điều 3."))
    assert "Lê Văn Cường" in t and "Trưởng đoàn" in t and "Trần Thị Bình" in t and "Thư ký" in t
    assert "12/08/2026" in t and "GIÁM ĐỐC" in t and "Nơi nhận:" in t

    # Mẫu 21: none for a unit checked on its records; the selected on-site unit's record
    page.select_code(off_site.code)
    assert not page.print_buttons["21"].isEnabled()
    page.select_code(on_site.code)
    click(page.print_buttons["21"])
    pdf, title, name = shown[-1]
    assert name == f"BienBanKiemTra_2026_{on_site.code}_Mau21.pdf" and on_site.name in title
    t = pdf_text(pdf)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in t and "BIÊN BẢN KIỂM TRA" in t and "Số:" in t
    assert "Căn cứ Quyết định kiểm tra số 120/QĐ-SKHCN ngày 15/06/2026" in t
    assert "Lê Văn Cường" in t and "Trưởng đoàn" in t
    assert "ĐẠI DIỆN CƠ QUAN ĐƯỢC KIỂM TRA" in t and "TRƯỞNG ĐOÀN KIỂM TRA" in t
    assert len(shown) == 3

    # a refused form (no team for the decision) shows the reason and opens nothing
    errors = []
    monkeypatch.setattr("qms_desktop.ui.receiving.inspection_page.show_error", lambda parent, exc: errors.append(exc))
    ins.set_team(office_env.ctx, 2026, [])
    click(page.print_buttons["20"])
    assert len(shown) == 3 and errors and "team" in str(errors[0])


def test_the_preview_dialog_shows_a_form_with_print_and_save(qtbot, office_env, tmp_path):
    """The real preview of Mẫu 19: a page rendered, Print… and Save as PDF… there; saving writes the same PDF."""
    from qms_desktop.ui.receiving.inspection_page import InspectionPage

    ins.plan_from_suggestion(office_env.ctx, 2026)
    page = InspectionPage(office_env)
    qtbot.addWidget(page)
    page.show()
    click(page.print_buttons["19"])
    dialog = page.last_preview
    assert dialog is not None and dialog.isVisible() and dialog.document.pageCount() >= 1
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.file_name == "KeHoachKiemTra_2026_Mau19.pdf" and dialog.pdf[:5] == b"%PDF-"
    saved = dialog.save_to(tmp_path / dialog.file_name)
    assert saved is not None and saved.read_bytes() == dialog.pdf
    dialog.close()


def test_the_warning_says_still_awaited_when_a_package_does_not_answer(qtbot, office_env):
    """LD-TP's accepted 2026-H1 report was exported (19/06) after its record was signed (10/06) but does not
    report the inspection: the follow-up stays open, on this page and on the status (consolidation) view."""
    from qms_desktop.ui.receiving import consolidation_page
    from qms_desktop.ui.receiving.inspection_page import InspectionPage

    ins.plan_from_suggestion(office_env.ctx, 2026)
    ins.record_findings(office_env.ctx, 2026, "LD-TP", ins.Findings("07/BB-ĐKT", "10/06/2026", "", "Thiếu hồ sơ", ""))
    page = InspectionPage(office_env)
    qtbot.addWidget(page)
    page.show()
    text = page.followups.text()
    assert "Due within 2 months of the record" in text and "10/08/2026" in text
    assert "still awaited: the report 2026-H1 v1" in text and "does not answer the record" in text
    page.select_code("LD-TP")
    state = [c.key for c in page.model.columns].index("followup_state")
    assert page.model.data(page.model.index(page.table.currentIndex().row(), state)) == "Waiting for the report"
    office_env.clock["day"] = dt.date(2026, 8, 11)
    status = consolidation_page.ConsolidationPage(office_env)
    qtbot.addWidget(status)
    status.show()
    warning = status.followup_warning.text()
    assert status.followup_warning.isVisible() and "overdue" in warning and "still awaited" in warning


def test_tab_moves_through_the_findings_dialog_and_types_no_tab(qtbot, office_env):
    """QA 15 F3: Tab stayed in "Nội dung phù hợp" and typed tab characters into the record."""
    from qms_desktop.ui.receiving.inspection_page import FindingsDialog

    ins.plan_from_suggestion(office_env.ctx, 2026)
    row = ins.get_plan(office_env.ctx, 2026).rows[0]
    dialog = FindingsDialog(row)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.conformities.setFocus()
    visited = []
    for _ in range(4):
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        visited.append(dialog.focusWidget().objectName())
    assert "\t" not in dialog.conformities.toPlainText() + dialog.nonconformities.toPlainText()
    assert visited[:2] == ["nonconformities", "recommendations"]


def test_with_no_unit_selected_the_unit_box_shows_nothing_of_another(qtbot, office_env):
    """QA 15 F7: after switching the year, the box still showed the previous year's unit's form and date."""
    from qms_desktop.ui.receiving.inspection_page import InspectionPage

    ins.plan_from_suggestion(office_env.ctx, 2026)
    code = ins.get_plan(office_env.ctx, 2026).rows[0].code
    ins.set_schedule(office_env.ctx, 2026, code, "02/09/2026")
    page = InspectionPage(office_env)
    qtbot.addWidget(page)
    page.show()
    page.select_code(code)
    assert page.date.value() == dt.date(2026, 9, 2) and code in page.unit_box.title()
    page.year.setValue(2027)
    assert page.selected() is None and "none" in page.unit_box.title()
    assert page.date.value() is None and not page.date.isEnabled() and not page.on_site.isEnabled()


def test_unsaved_numbers_and_team_survive_another_action_and_a_year_change_asks(qtbot, office_env, monkeypatch):
    """QA 15 F2: a plan number typed and a team edit not saved vanished when a unit's date was applied."""
    from qms_desktop.ui.pages import base
    from qms_desktop.ui.receiving.inspection_page import InspectionPage

    plan = ins.plan_from_suggestion(office_env.ctx, 2026)
    ins.set_team(office_env.ctx, 2026, [ins.Member("Lê Văn Cường", "Phó Giám đốc Sở", "lead")])
    page = InspectionPage(office_env)
    qtbot.addWidget(page)
    page.show()
    set_text(page.plan_number, "16/KH-SKHCN")  # typed, not saved
    page.team.setItem(0, 0, QTableWidgetItem("Lê Văn Cường Mới"))  # edited, not saved
    page.select_code(plan.rows[-1].code)
    type_date(page.date, "02/09/2026", leave=True)
    click(page.apply_unit_button)
    assert ins.get_plan(office_env.ctx, 2026).row(plan.rows[-1].code).scheduled == dt.date(2026, 9, 2)
    assert page.plan_number.text() == "16/KH-SKHCN" and page.team.item(0, 0).text() == "Lê Văn Cường Mới"
    assert page.has_unsaved()

    asked = []
    monkeypatch.setattr(base, "confirm", lambda _p, text, _t=None: asked.append(text) or False)
    page.year.setValue(2027)
    assert asked and "not saved" in asked[0] and page.year.value() == 2026
    assert page.plan_number.text() == "16/KH-SKHCN"
    click(page.save_header_button)
    click(page.save_team_button)
    assert not page.has_unsaved() and ins.get_plan(office_env.ctx, 2026).plan_number == "16/KH-SKHCN"


def _signed_unit_page(qtbot, office_env):
    """The Kiểm tra page over a plan whose first on-site unit has a record signed on 20/06/2026; (page, its code)."""
    from qms_desktop.ui.receiving.inspection_page import InspectionPage

    plan = ins.plan_from_suggestion(office_env.ctx, 2026)
    code = plan.on_site[0].code
    ins.save_plan(office_env.ctx, 2026, decision_number="120/QĐ-SKHCN", decision_date="15/06/2026")
    ins.record_findings(office_env.ctx, 2026, code, ins.Findings("05/BB-ĐKT", "20/06/2026", nonconformities="Thiếu"))
    page = InspectionPage(office_env)
    qtbot.addWidget(page)
    page.show()
    return page, code


def test_report_received_without_a_date_asks_for_one_and_a_save_says_so(qtbot, office_env, monkeypatch):
    """QA 15 F9: "Đã nhận báo cáo khắc phục" with an empty date silently reopened the follow-up; saves said nothing."""
    from qms_desktop.ui.receiving import inspection_page

    page, code = _signed_unit_page(qtbot, office_env)
    errors, said = [], []
    monkeypatch.setattr(inspection_page, "show_error", lambda _p, exc: errors.append(exc.render()))
    page.status_message.connect(said.append)
    page.select_code(code)
    click(page.received_button)
    assert errors and "Type the date" in errors[0]
    assert ins.get_plan(office_env.ctx, 2026).row(code).followup_received is None and not said
    type_date(page.received, "25/06/2026", leave=True)
    click(page.received_button)
    assert ins.get_plan(office_env.ctx, 2026).row(code).followup_received == dt.date(2026, 6, 25) and said == ["Saved."]


def test_tab_reaches_each_role_after_the_team_and_enter_in_a_date_applies_it(qtbot, office_env):
    """QA 15 F10: the team's role boxes came after the whole selected-unit box; Enter in a date did nothing."""
    from qms_desktop.ui.receiving.inspection_page import InspectionPage

    ins.plan_from_suggestion(office_env.ctx, 2026)
    ins.set_team(office_env.ctx, 2026, [ins.Member("Nguyễn Văn An", "Chi cục trưởng", "lead"),
                                        ins.Member("Lê Thị Bình", "Chuyên viên")])
    code = ins.get_plan(office_env.ctx, 2026).on_site[0].code
    ins.set_schedule(office_env.ctx, 2026, code, "20/06/2026")
    ins.record_findings(office_env.ctx, 2026, code, ins.Findings("05/BB-SKHCN", "22/06/2026", nonconformities="Thiếu"))
    page = InspectionPage(office_env)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.add_member_button.click()  # a third member, added by hand: its role is in the chain too
    page.team.setFocus()
    visited = []
    for _ in range(6):
        QTest.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
        visited.append(page.focusWidget().objectName())
    assert visited == ["role", "role", "role", "add_member", "remove_member", "save_team"]

    other = ins.get_plan(office_env.ctx, 2026).on_site[1].code  # not inspected yet: its date may change
    page.select_code(other)
    type_date(page.date, "23/06/2026", leave=True)
    QTest.keyClick(page.date.edit, Qt.Key.Key_Return)
    assert ins.get_plan(office_env.ctx, 2026).row(other).scheduled == dt.date(2026, 6, 23)
    page.select_code(code)
    type_date(page.received, "30/06/2026", leave=True)
    QTest.keyClick(page.received.edit, Qt.Key.Key_Return)
    assert ins.get_plan(office_env.ctx, 2026).row(code).followup_received == dt.date(2026, 6, 30)


def test_a_signed_record_asks_a_reason_to_be_corrected_and_a_reopened_follow_up_asks_why(qtbot, office_env,
                                                                                          monkeypatch):
    """QA 49 F3: a signed record could be signed again or rewritten with no word; F10: reopening a follow-up asked
    nothing and erased its note."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

    from qms_desktop.ui.receiving import inspection_page

    page, code = _signed_unit_page(qtbot, office_env)
    page.select_code(code)
    shown = []

    def fill(dialog):
        shown.append((not dialog.reason.isHidden(), dialog.error.text()))
        dialog.nonconformities.setFocus()
        dialog.nonconformities.selectAll()
        QTest.keyClicks(dialog.nonconformities, "Thieu ho so luu")
        if len(shown) == 2:  # after the refusal: the reason, typed
            set_text(dialog.reason, "Sửa theo biên bản gốc đã ký")
        return QDialog.DialogCode.Accepted if len(shown) < 3 else QDialog.DialogCode.Rejected

    monkeypatch.setattr(inspection_page.FindingsDialog, "exec", fill)
    click(page.findings_button)
    assert shown[0] == (True, "") and "say why it is corrected" in shown[1][1]
    row = ins.get_plan(office_env.ctx, 2026).row(code)
    assert row.nonconformities == ("Thieu ho so luu",) and row.correction_reason == "Sửa theo biên bản gốc đã ký"

    type_date(page.received, "25/06/2026", leave=True)
    click(page.received_button)
    type_date(page.received, "", leave=True)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        set_text(dialog.findChild(QLineEdit), "Báo cáo khắc phục chưa đủ nội dung")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    monkeypatch.setattr(QInputDialog, "exec", REAL_INPUT_EXEC)
    QTimer.singleShot(0, answer)
    click(page.received_button)
    row = ins.get_plan(office_env.ctx, 2026).row(code)
    assert row.followup_received is None and row.correction_reason == "Báo cáo khắc phục chưa đủ nội dung"
