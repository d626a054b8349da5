"""The three TT 26 forms and the November compilation, printed from a planned year over the demo
province and read back: pdftotext for the national title, the number line, the articles, the team,
the pre-filled figures and the signature blocks; A4, Liberation Serif embedded, Decree 30 margins
(report_helpers.assert_decree30_page); the workbook with openpyxl."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from report_helpers import assert_decree30_page
from sheet_helpers import libreoffice_saves

from qms_desktop.services.context import AppContext
from qms_desktop.services.receiving import inspection as ins
from qms_desktop.services.receiving import inspection_docs as docs

YEAR = 2026
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed")


def text_of(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout.decode().split())


@pytest.fixture
def planned(inspected_office):
    office = inspected_office
    plan = ins.plan_from_suggestion(office, YEAR)
    ins.save_plan(office, YEAR, plan_number="15/KH-SKHCN", plan_date="02/03/2026", decision_number="120/QĐ-SKHCN",
                  decision_date="15/06/2026", budget="Kinh phí sự nghiệp khoa học và công nghệ năm 2026.")
    ins.set_team(office, YEAR, [ins.Member("Lê Văn Cường", "Phó Giám đốc Sở Khoa học và Công nghệ", "lead"),
                                ins.Member("Phạm Minh Đức", "Chi cục trưởng Chi cục TĐC", "member"),
                                ins.Member("Trần Thị Bình", "Chuyên viên Chi cục TĐC", "secretary")])
    for i, row in enumerate(plan.on_site):
        ins.set_schedule(office, YEAR, row.code, f"{10 + i:02d}/08/2026")
    return office


def test_plan_form_19(planned, tmp_path):
    [path] = docs.write_form(planned, YEAR, "19", tmp_path / "out")
    assert path.name == "KeHoachKiemTra_2026_Mau19.pdf"
    t = text_of(path)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in t and "Độc lập - Tự do - Hạnh phúc" in t
    assert "Số: 15/KH-SKHCN" in t and "Lâm Đồng, ngày 02 tháng 3 năm 2026" in t
    assert "KẾ HOẠCH" in t and "UBND TỈNH LÂM ĐỒNG" in t
    assert "5/13 cơ quan (tối thiểu 5)" in t
    assert t.count("Kiểm tra tại chỗ") >= 5 and "Kiểm tra qua hồ sơ, báo cáo" in t
    assert "Chưa gửi báo cáo 6 tháng đầu năm 2026" in t  # a reason of the choice, in Vietnamese
    assert "Ủy ban nhân dân xã Lộc Bắc" in t
    assert "Kinh phí sự nghiệp khoa học và công nghệ năm 2026." in t
    assert "GIÁM ĐỐC" in t and "Nơi nhận:" in t
    assert_decree30_page(path, full_pages=False)


def test_decision_form_20_has_its_articles_and_team(planned, tmp_path):
    [path] = docs.write_form(planned, YEAR, "20", tmp_path)
    t = text_of(path)
    assert "Số: 120/QĐ-SKHCN" in t and "Lâm Đồng, ngày 15 tháng 6 năm 2026" in t
    assert "QUYẾT ĐỊNH" in t and "QUYẾT ĐỊNH:" in t
    assert "Căn cứ Kế hoạch kiểm tra số 15/KH-SKHCN ngày 02/03/2026" in t
    for article in ("Điều 1.", "Điều 2.", "Điều 3."):
        assert article in t
    for name, role in (("Lê Văn Cường", "Trưởng đoàn"), ("Phạm Minh Đức", "Thành viên"), ("Trần Thị Bình", "Thư ký")):
        assert name in t and role in t
    assert "10/08/2026" in t  # the schedule
    assert "Như Điều 3" in t and "Nơi nhận:" in t and "GIÁM ĐỐC" in t
    assert "Theo đề nghị của Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng." in t  # the setting's default
    assert "báo cáo kết quả với Giám đốc Sở Khoa học và Công nghệ" in t and "Lưu: VT, TĐC." in t
    assert_decree30_page(path, full_pages=False)


def test_decision_form_20_names_the_proposer_and_drafting_unit_of_the_settings(planned, tmp_path):
    """QA 15 F12: 'Theo đề nghị của Chi cục trưởng Chi cục TĐC' and 'Lưu: VT, TĐC' were fixed in the code; since
    2025 many provinces have no Chi cục TĐC. The proposer is a setting, the drafting unit the symbol's last part."""
    from qms_desktop.services import agency

    prop = "Trưởng phòng Quản lý chuyên ngành"
    agency.set_setting(planned, "inspection_proposer", prop + ".")
    profile = agency.get_profile(planned)
    agency.save_profile(planned, dataclasses.replace(profile, doc_symbol="SKHCN-QLCN"), {})
    t = text_of(docs.write_form(planned, YEAR, "20", tmp_path / "a")[0])
    assert f"Theo đề nghị của {prop}. QUYẾT ĐỊNH:" in t and "Tiêu chuẩn Đo lường" not in t
    assert f"Chánh Văn phòng Sở, {prop}, các thành viên Đoàn kiểm tra" in t
    assert "Lưu: VT, QLCN." in t and "Lưu: VT, TĐC" not in t
    agency.set_setting(planned, "inspection_proposer", "")  # no one: the line goes, the article reads on
    t = text_of(docs.write_form(planned, YEAR, "20", tmp_path / "b")[0])
    assert "Theo đề nghị" not in t and "Chánh Văn phòng Sở, các thành viên Đoàn kiểm tra" in t


def test_record_form_21_prefilled_then_with_findings(planned, tmp_path):
    plan = ins.get_plan(planned, YEAR)
    [path] = docs.write_form(planned, YEAR, "21", tmp_path / "blank", "LD-BL") if plan.row("LD-BL").on_site else \
        docs.write_form(planned, YEAR, "21", tmp_path / "blank", plan.on_site[0].code)
    code = "LD-BL" if plan.row("LD-BL").on_site else plan.on_site[0].code
    assert path.name == f"BienBanKiemTra_2026_{code}_Mau21.pdf"
    t = text_of(path)
    assert "BIÊN BẢN KIỂM TRA" in t and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in t
    assert "Căn cứ Quyết định kiểm tra số 120/QĐ-SKHCN ngày 15/06/2026" in t
    assert "Lê Văn Cường" in t and "Trưởng đoàn" in t
    assert "6 tháng đầu năm 2026" in t and "Số liệu theo báo cáo" in t  # the inbox's figures
    assert "........" in t  # blank dotted lines for what is found on site
    assert "ĐẠI DIỆN CƠ QUAN ĐƯỢC KIỂM TRA" in t and "TRƯỞNG ĐOÀN KIỂM TRA" in t
    assert "02 tháng" in t and "chậm nhất ngày …/…/……" in t
    scheduled = plan.row(code).scheduled
    if scheduled:  # QA 15 F8: the planned day is printed, in the words of Mẫu 19 and 20
        month = f"{scheduled.month:02d}" if scheduled.month < 3 else str(scheduled.month)
        assert f"ngày {scheduled.day:02d} tháng {month} năm {scheduled.year}" in t
    assert_decree30_page(path, full_pages=False)

    day = AppContext(planned.db, planned.actor, lambda: dt.date(2026, 8, 20))
    ins.record_findings(day, YEAR, code, ins.Findings("05/BB-ĐKT", "12/08/2026", "Đã công bố HTQLCL",
                                                      "Chưa cập nhật văn bản mới vào QT-05", "Đào tạo lại"))
    [signed] = docs.write_form(day, YEAR, "21", tmp_path / "signed", code)
    t = text_of(signed)
    assert "Số: 05/BB-ĐKT" in t and "- Chưa cập nhật văn bản mới vào QT-05" in t
    assert "ngày 12 tháng 8 năm 2026" in t  # the signing day
    assert "chậm nhất ngày 12/10/2026" in t


def test_every_record_and_refusals(planned, tmp_path):
    plan = ins.get_plan(planned, YEAR)
    paths = docs.write_form(planned, YEAR, "21", tmp_path)
    assert len(paths) == len(plan.on_site) == 5 and all(p.name.isascii() for p in paths)
    off_site = next(r for r in plan.rows if not r.on_site)
    with pytest.raises(ins.InspectionInvalid, match="not on site"):
        docs.write_form(planned, YEAR, "21", tmp_path / "no", off_site.code)
    assert not (tmp_path / "no").exists()
    ins.set_team(planned, YEAR, [])
    with pytest.raises(ins.InspectionInvalid, match="team"):
        docs.write_form(planned, YEAR, "20", tmp_path / "no")


def test_november_compilation(planned, tmp_path):
    plan = ins.get_plan(planned, YEAR)
    first, second = plan.on_site[0].code, plan.on_site[1].code
    day = AppContext(planned.db, planned.actor, lambda: dt.date(2026, 11, 20))
    ins.record_findings(day, YEAR, first, ins.Findings("05/BB-ĐKT", "12/08/2026", "A\nB", "Chưa cập nhật QT-05", ""))
    ins.record_findings(day, YEAR, second, ins.Findings("06/BB-ĐKT", "13/08/2026", "A", "X\nY", "Z"))
    ins.mark_followup_received(day, YEAR, first, "01/10/2026")
    xlsx, pdf = docs.write_compilation(day, YEAR, tmp_path)
    assert (xlsx.name, pdf.name) == ("KetQuaKiemTra_2026.xlsx", "BaoCaoKetQuaKiemTra_2026.pdf")
    ws = load_workbook(xlsx).active
    rows = {r[1]: r for r in ws.iter_rows(min_row=4, values_only=True)}
    assert len(rows) == 13
    assert rows[first][8] == 1 and rows[first][7] == 2 and rows[first][12] == "Đã báo cáo khắc phục"
    assert rows[second][8] == 2 and rows[second][12] == "Quá hạn báo cáo"  # due 13/10, nothing by 20/11
    assert rows[second][10] == dt.datetime(2026, 10, 13)
    t = text_of(pdf)
    assert "BÁO CÁO" in t and "Kết quả kiểm tra" in t and "năm 2026" in t
    assert "Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng." in t
    assert "Đã kiểm tra và ký biên bản: 2 cơ quan" in t and "điểm không phù hợp: 3" in t
    assert "Quá hạn báo cáo: 1 cơ quan" in t
    # each unit named one way, as in part II: "Ủy ban nhân dân phường Bảo Lộc", not also "Phường Bảo Lộc" (QA 15 F12)
    names = {r.name for r in plan.rows}
    assert all(n not in t.replace(f"Ủy ban nhân dân {n[0].lower()}{n[1:]}", "") for n in names)
    assert "Lâm Đồng, ngày 20 tháng 11 năm 2026" in t
    assert_decree30_page(pdf, full_pages=False)
    # QA 49 F9: printed, the workbook is one page wide: the follow-up columns stand beside their units' names
    printed = libreoffice_saves(xlsx, tmp_path / "lo", "pdf")
    out = subprocess.run(["pdftotext", "-layout", str(printed), "-"], capture_output=True, check=True).stdout.decode()
    pages = [" ".join(p.split()) for p in out.split("\f") if p.strip()]
    assert all("Tình trạng" in p and "Cơ quan" in p for p in pages), pages
    assert any(plan.rows[0].code in p and "Đã báo cáo khắc phục" in p for p in pages)


def test_page_images_of_the_forms(planned, tmp_path):
    """Every form rendered to page images with ``pdftoppm -r 80`` (A4 at 80 dpi: 662×936 px): the plan, the
    decision, the record of a unit with its findings, the November compilation. With QMS_WRITE_SCREENSHOTS=1
    they are written to docs/screenshots/25_*.png (the documentation's page images)."""
    import os

    from PySide6.QtGui import QImage

    plan = ins.get_plan(planned, YEAR)
    code = plan.on_site[0].code
    day = AppContext(planned.db, planned.actor, lambda: dt.date(2026, 11, 20))
    ins.record_findings(day, YEAR, code, ins.Findings(
        "05/BB-ĐKT", "12/08/2026", "Đã công bố HTQLCL và niêm yết tại Bộ phận một cửa\nCó chính sách, mục tiêu chất lượng",
        "Chưa cập nhật văn bản pháp luật mới vào quy trình QT-05\nChưa phân tích kết quả khảo sát",
        "Tăng cường đào tạo chuyên gia đánh giá nội bộ"))
    ins.mark_followup_received(day, YEAR, code, "01/10/2026")
    out = Path(__file__).resolve().parents[2] / "docs" / "screenshots" if os.environ.get("QMS_WRITE_SCREENSHOTS") \
        else tmp_path / "png"
    out.mkdir(parents=True, exist_ok=True)
    pdfs = tmp_path / "pdf"
    [p19] = docs.write_form(day, YEAR, "19", pdfs)
    [p20] = docs.write_form(day, YEAR, "20", pdfs)
    [p21] = docs.write_form(day, YEAR, "21", pdfs, code)
    _xlsx, p11 = docs.write_compilation(day, YEAR, pdfs)
    for stem in ("25_mau19_khkt", "25_mau20_qdkt", "25_mau21_bbkt", "25_tong_hop_thang11"):
        for old in out.glob(f"{stem}-*.png"):
            old.unlink()
    pages = {}
    for pdf, stem in ((p19, "25_mau19_khkt"), (p20, "25_mau20_qdkt"), (p21, "25_mau21_bbkt"),
                      (p11, "25_tong_hop_thang11")):
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(out / stem)], check=True)
        pages[stem] = sorted(out.glob(f"{stem}-*.png"))
        assert pages[stem], stem
        image = QImage(str(pages[stem][0]))
        assert (image.width(), image.height()) == (662, 936), (stem, image.size())
    assert all(len(v) >= 1 for v in pages.values())
