"""A title line just above the header is not a header cell; STT numbers never become another column (QA F2)."""

from pathlib import Path

import openpyxl

from qms_desktop.exchange.tthc_excel import ABOLISHED, AMENDED, parse_tthc_workbook

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "danh_muc_tthc_cap_xa.xlsx"
HEADER = ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Thời hạn giải quyết", "Ghi chú"]
TITLE = ("QUYẾT ĐỊNH Về việc công bố danh mục thủ tục hành chính được sửa đổi, bổ sung và bị bãi bỏ "
         "thuộc thẩm quyền giải quyết của UBND cấp xã")


def _sample_with_subtitle(tmp_path) -> Path:
    wb = openpyxl.load_workbook(SAMPLE)
    wb.active["A3"] = "Danh mục TTHC được sửa đổi, bổ sung theo Quyết định của Chủ tịch UBND tỉnh"
    path = tmp_path / "t7.xlsx"
    wb.save(path)
    return path


def test_a_subtitle_right_above_the_header_does_not_take_the_stt_column(tmp_path):
    plain = parse_tthc_workbook(SAMPLE)
    result = parse_tthc_workbook(_sample_with_subtitle(tmp_path))
    assert result.header_row == 4
    assert [r.code for r in result.records] == [r.code for r in plain.records] and len(result.records) == 28
    assert [r.field for r in result.records] == [r.field for r in plain.records]
    assert {r.legal_basis for r in result.records} == {""}  # never the row's number
    assert result.no_code == [] and result.rejected == []  # "LĨNH VỰC HỘ TỊCH" is a field, not a TTHC
    assert result.decision.number == "1234/QĐ-UBND"


def _decision(path: Path, merged: bool) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for line in ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Số: 45/QĐ-UBND", "Lâm Đồng, ngày 10 tháng 11 năm 2026", TITLE):
        ws.append([line])
    ws.append(HEADER)
    sections = ("DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG", "DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ")
    for letter, text, rows in zip("AB", sections, (
            [(1, "1.009137", "Đăng ký khai sinh", "Hộ tịch", "01 ngày làm việc"),
             (2, "1.999999", "Thủ tục chưa có", "Hộ tịch", "01 ngày làm việc")],
            [(1, "1.009174", "Đăng ký kết hôn", "Hộ tịch", None)])):
        if merged:
            ws.append([f"{letter}. {text}"])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
        else:
            ws.append([letter, None, text])
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path


def test_a_decisions_sections_are_recognised_below_a_title_that_touches_the_header(tmp_path):
    for merged in (False, True):
        result = parse_tthc_workbook(_decision(tmp_path / f"d{merged}.xlsx", merged))
        assert result.header_row == 5
        assert [(r.code, r.change, r.legal_basis) for r in result.records] == [
            ("1.009137", AMENDED, ""), ("1.999999", AMENDED, ""), ("1.009174", ABOLISHED, "")], merged
        assert result.no_code == []  # the section rows are not TTHC
        assert result.decision.number == "45/QĐ-UBND" and result.decision.title.startswith("QUYẾT ĐỊNH Về việc")


def test_numbers_under_a_legal_basis_header_are_the_stt(tmp_path):
    """No "STT" label: a column headed like the legal basis but holding 1, 2, 3… is the row number."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Căn cứ pháp lý", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực"])
    ws.append(["I", None, "LĨNH VỰC HỘ TỊCH"])
    ws.append([1, "1.009137", "Đăng ký khai sinh", "Hộ tịch"])
    ws.append([2, "1.009174", "Đăng ký kết hôn", "Hộ tịch"])
    ws.append(["II", None, "LĨNH VỰC CHỨNG THỰC"])
    ws.append([1, "1.009211", "Chứng thực bản sao", "Chứng thực"])
    path = tmp_path / "numbers.xlsx"
    wb.save(path)
    result = parse_tthc_workbook(path)
    assert [(r.code, r.legal_basis, r.field) for r in result.records] == [
        ("1.009137", "", "Hộ tịch"), ("1.009174", "", "Hộ tịch"), ("1.009211", "", "Chứng thực")]
    assert result.no_code == []


def test_a_real_legal_basis_column_is_kept(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Mã TTHC", "Tên thủ tục hành chính", "Tên VBQPPL quy định việc bãi bỏ TTHC"])
    ws.append([1, "1.009137", "Đăng ký khai sinh", "Nghị định 123/2015/NĐ-CP"])
    ws.append([2, "1.009174", "Đăng ký kết hôn", "Nghị định 123/2015/NĐ-CP"])
    path = tmp_path / "basis.xlsx"
    wb.save(path)
    assert {r.legal_basis for r in parse_tthc_workbook(path).records} == {"Nghị định 123/2015/NĐ-CP"}


def test_a_section_row_is_recognised_whichever_column_holds_its_text(tmp_path):
    for col in range(1, 6):
        wb = openpyxl.Workbook()
        ws = wb.active
        for line in ("Số: 45/QĐ-UBND", "Lâm Đồng, ngày 10 tháng 11 năm 2026", TITLE):
            ws.append([line])
        ws.append(HEADER)
        for letter, text, row in (("A", "DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG",
                                   [1, "1.009137", "Đăng ký khai sinh", "Hộ tịch", "01 ngày làm việc"]),
                                  ("B", "DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ", [1, "1.009174", "Đăng ký kết hôn", "Hộ tịch"])):
            section = [letter, None, None, None, None, None]
            section[col] = text
            ws.append(section)
            ws.append(row)
        path = tmp_path / f"col{col}.xlsx"
        wb.save(path)
        result = parse_tthc_workbook(path)
        assert [(r.code, r.change, r.legal_basis) for r in result.records] == [
            ("1.009137", AMENDED, ""), ("1.009174", ABOLISHED, "")], col
        assert result.no_code == [] and result.rejected == [], col


def test_a_decision_dated_in_a_date_cell_is_read(tmp_path):
    """QA 22 F3: 'Kèm theo Quyết định số 1500/QĐ-UBND ngày' | 01/07/2025 in a date-formatted cell: the date
    was read as '2025-07-01', which no date pattern knows, and the amending file was refused."""
    import datetime as dt

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kèm theo Quyết định số 1500/QĐ-UBND ngày", None, dt.datetime(2025, 7, 1), "của Chủ tịch UBND tỉnh"])
    ws["C1"].number_format = "dd/mm/yyyy"
    ws.append(HEADER)
    ws.append(["A", None, "DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG"])
    ws.append([1, "1.009137", "Đăng ký khai sinh", "Hộ tịch", "01 ngày làm việc"])
    wb.save(tmp_path / "qd.xlsx")
    result = parse_tthc_workbook(tmp_path / "qd.xlsx")
    assert (result.decision.number, result.decision.date) == ("1500/QĐ-UBND", dt.date(2025, 7, 1))
    assert [r.code for r in result.records] == ["1.009137"]
