"""Rows hidden in Excel, a header without rows, and cells Excel turned into numbers (QA findings):
hidden rows are left out of every tabular import and named; a code or date that became a number is
read as what it was, or refused with a message that says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from qms_desktop.exchange import tabular
from qms_desktop.exchange.portal_stats import PortalRefused, read_portal_stats
from qms_desktop.exchange.tthc_excel import NO_ROWS, NO_VISIBLE_ROWS, WorkbookRefused, parse_tthc_workbook
from qms_desktop.exchange.units_excel import (
    DATE_SERIAL_TEXT, NUMBER_CODE_CLASH, NUMBER_NOT_DATE, parse_units_workbook,
)
from qms_desktop.i18n import render

HEADER = ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Thời hạn giải quyết"]
PORTAL = Path(__file__).resolve().parents[1] / "fixtures" / "ket_qua_tthc_theo_linh_vuc.xlsx"


def _list(path: Path, rows, hidden=(), extra_sheet=None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh mục"
    ws.append(["DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ"])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    for n in hidden:
        ws.row_dimensions[n].hidden = True
    if extra_sheet:
        other = wb.create_sheet(extra_sheet[0])
        other.append(HEADER)
        for row in extra_sheet[1]:
            other.append(row)
        for n in extra_sheet[2]:
            other.row_dimensions[n].hidden = True
    wb.save(path)
    return path


ROWS = [
    ["I", None, "LĨNH VỰC HỘ TỊCH"],
    [1, "1.009137", "Đăng ký khai sinh", None, "05 ngày làm việc"],
    [2, "1.009174", "Đăng ký kết hôn (đã bãi bỏ, ẩn)", None, "05 ngày làm việc"],
    [3, "1.009211", "Đăng ký khai tử", None, "05 ngày làm việc"],
    [None, None, None],
    [4, "1.009248", "Đăng ký nhận cha, mẹ, con", None, "05 ngày làm việc"],
]


def test_rows_hidden_in_excel_are_left_out_of_the_tthc_import_and_named(tmp_path):
    path = _list(tmp_path / "an.xlsx", ROWS, hidden=(5, 7),  # row 5: a procedure; row 7: an empty row
                 extra_sheet=("Phụ lục II", [[1, "1.010001", "Thủ tục ẩn", "Đất đai", "10 ngày"],
                                             [2, "1.010002", "Thủ tục hiện", "Đất đai", "10 ngày"]], (2,)))
    grids = tabular.read_source(path).grids
    assert [g.hidden for g in grids] == [(5,), (2,)]  # the empty hidden row is not counted
    assert 5 not in [n for _t, n, _v in grids[0].rows]
    parsed = parse_tthc_workbook(path)
    codes = [r.code for r in parsed.records]
    assert "1.009174" not in codes and "1.010001" not in codes
    assert codes == ["1.009137", "1.009211", "1.009248", "1.010002"]
    assert parsed.hidden == (("Danh mục", 5), ("Phụ lục II", 2))
    note = tabular.hidden_note(parsed.hidden)
    assert render(note) == ("Left out 2 row(s) hidden in Excel (rows Danh mục: 5; Phụ lục II: 2). "
                            "To import them, unhide them in Excel and import the file again.")


def test_the_hidden_rows_of_a_longer_sheet_are_all_found(tmp_path):
    """Every tenth row hidden in a 3,000-row list (the time of the scan on 20,000 rows is a benchmark:
    tests/bench/bench_tthc_import.py --hidden-only, docs/benchmarks.md)."""
    rows = [[i, f"1.{i:06d}", f"Thủ tục số {i}", "Hộ tịch", "05 ngày làm việc"] for i in range(1, 3_001)]
    path = _list(tmp_path / "lon.xlsx", rows, hidden=range(3, 3_003, 10))
    with open(path, "rb") as fh:
        hidden = tabular._xlsx_hidden_rows(fh)
    assert len(hidden["Danh mục"]) == 300
    parsed = parse_tthc_workbook(path)
    assert len(parsed.records) == 2_700 and len(parsed.hidden) == 300


def test_a_header_without_procedure_rows_is_refused(tmp_path):
    with pytest.raises(WorkbookRefused) as refused:
        parse_tthc_workbook(_list(tmp_path / "header_only.xlsx", []))
    assert refused.value.message == NO_ROWS and refused.value.params == {"row": 2}
    # only a title, a heading and notes under the header: no procedure row either
    with pytest.raises(WorkbookRefused) as refused:
        parse_tthc_workbook(_list(tmp_path / "headings.xlsx", [["I", None, "LĨNH VỰC HỘ TỊCH"]]))
    assert refused.value.message == NO_ROWS
    # every procedure hidden: said so
    with pytest.raises(WorkbookRefused) as refused:
        parse_tthc_workbook(_list(tmp_path / "all_hidden.xlsx", ROWS[1:3], hidden=(3, 4)))
    assert refused.value.message == NO_VISIBLE_ROWS and refused.value.params == {"count": 2, "rows": "3, 4"}
    # a CSV file with a header only
    csv = tmp_path / "header_only.csv"
    csv.write_text(";".join(HEADER) + "\n", encoding="utf-8")
    with pytest.raises(WorkbookRefused) as refused:
        parse_tthc_workbook(csv)
    assert refused.value.message == NO_ROWS


def _rewrite_sheet(path: Path, edit) -> Path:
    import zipfile

    out = path.with_name("zero_" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in src.infolist():
            data = src.read(info)
            dest.writestr(info, edit(data) if info.filename == "xl/worksheets/sheet1.xml" else data)
    return out


def test_a_row_of_height_zero_and_a_column_of_width_zero_are_hidden_rows_and_columns(tmp_path):
    """QA 44 F6: <row ht="0" customHeight="1"> shows nothing in Excel, but was imported without a word."""
    path = _list(tmp_path / "zero.xlsx", ROWS)
    zero = _rewrite_sheet(path, lambda xml: xml.replace(b'<row r="5"', b'<row r="5" ht="0" customHeight="1"'))
    parsed = parse_tthc_workbook(zero)
    assert [r.code for r in parsed.records] == ["1.009137", "1.009211", "1.009248"]
    assert parsed.hidden == (("Danh mục", 5),)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh mục"
    ws.append(["STT", "Mã TTHC", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực"])
    ws.append([1, "1.000001", "1.009137", "Đăng ký khai sinh", "Hộ tịch"])
    ws.column_dimensions["B"].width = 5
    wb.save(tmp_path / "cot.xlsx")
    narrow = _rewrite_sheet(tmp_path / "cot.xlsx", lambda xml: xml.replace(b'width="5"', b'width="0"'))
    assert b'width="0"' in __import__("zipfile").ZipFile(narrow).read("xl/worksheets/sheet1.xml")
    parsed = parse_tthc_workbook(narrow)
    assert [r.code for r in parsed.records] == ["1.009137"] and parsed.hidden_columns == (("Danh mục", "B"),)
    assert parse_tthc_workbook(tmp_path / "cot.xlsx").hidden_columns == ()  # a narrow column is no hidden one


def test_a_hidden_column_is_never_read_in_place_of_the_visible_one_and_it_is_said(tmp_path):
    """QA 22 F1: a hidden 'Mã TTHC' column (the previous decision's codes) left of the visible one with the same
    title: every procedure was registered under the hidden column's codes, without a word."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh mục"
    ws.append(["STT", "Mã TTHC", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực"])
    ws.append([1, "1.000001", "1.009137", "Đăng ký khai sinh", "Hộ tịch"])
    ws.append([2, "1.000002", "1.009211", "Đăng ký khai tử", "Hộ tịch"])
    ws.column_dimensions["B"].hidden = True
    wb.save(tmp_path / "an_cot.xlsx")
    parsed = parse_tthc_workbook(tmp_path / "an_cot.xlsx")
    assert [r.code for r in parsed.records] == ["1.009137", "1.009211"]
    assert parsed.hidden_columns == (("Danh mục", "B"),)
    assert render(tabular.hidden_note(parsed.hidden, parsed.hidden_columns)) == (
        "Left out column(s) B hidden in Excel: what they hold was not read. To import it, unhide the column(s) in "
        "Excel and import the file again.")

    wb = openpyxl.Workbook()  # the office's register: an old code kept in a hidden column
    ws = wb.active
    ws.append(["STT", "Mã đơn vị cũ", "Tên đơn vị", "Mã đơn vị"])
    ws.append([1, "X01", "Xã Tân Phú", "LD-TP"])
    ws.column_dimensions["B"].hidden = True
    ws.column_dimensions["D"].hidden = False
    wb.save(tmp_path / "dv.xlsx")
    units = parse_units_workbook(tmp_path / "dv.xlsx")
    assert [u.code for u in units.records] == ["LD-TP"] and units.hidden_columns == (("Sheet", "B"),)


def _units(path: Path, rows, hidden=()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["STT", "Mã đơn vị", "Tên đơn vị", "Loại", "Ngày thành lập", "Ngày giải thể"])
    for i, row in enumerate(rows, 1):
        ws.append([i, *row])
    for n in hidden:
        ws.row_dimensions[n].hidden = True
    wb.save(path)
    return path


def test_unit_codes_excel_made_numbers_clash_with_the_code_typed_as_text(tmp_path):
    parsed = parse_units_workbook(_units(tmp_path / "dv.xlsx", [
        (4, "Xã Bốn (mã thành số)", "Xã", None, None),
        ("00004", "Xã Bốn", "Xã", None, None),
        (12.0, "Xã Mười Hai", "Xã", None, None),
        ("00005", "Xã Năm", "Xã", None, None),
        (5, "Xã Năm (mã thành số)", "Xã", None, None),
    ]))
    # 12 has no text form in the file and every code typed as text is 5 digits: padded (test_units_padding.py)
    assert [(r.code, r.code_was_number) for r in parsed.records] == [("00004", False), ("00012", True), ("00005", False)]
    assert [(r.row_number, r.reason, r.params) for r in parsed.rejected] == [
        (2, NUMBER_CODE_CLASH, {"code": "4", "other": "00004", "first_row": 3}),
        (6, NUMBER_CODE_CLASH, {"code": "5", "other": "00005", "first_row": 5}),
    ]
    assert "the leading zeros were dropped" in render(parsed.rejected[0])


def test_a_date_excel_keeps_as_a_number_is_read_or_named(tmp_path):
    parsed = parse_units_workbook(_units(tmp_path / "ngay.xlsx", [
        ("LD-A", "Xã A", "Xã", 45839, None),  # a date cell that lost its format: 01/07/2025
        ("LD-B", "Xã B", "Xã", "45839", None),  # the same digits as text (a CSV export)
        ("LD-C", "Xã C", "Xã", None, 7),  # a number that is no date
        ("LD-D", "Xã D (ẩn)", "Xã", None, None),
    ], hidden=(5,)))
    assert [(r.code, r.opened) for r in parsed.records] == [("LD-A", dt.date(2025, 7, 1))]
    reasons = {r.row_number: (r.reason, r.params) for r in parsed.rejected}
    assert reasons[3][0] == DATE_SERIAL_TEXT["opened"] and reasons[3][1]["date"] == "01/07/2025"
    assert reasons[4][0] == NUMBER_NOT_DATE["closed"] and reasons[4][1]["value"] == "7"
    assert "looks like a date that Excel shows as a number (45839 is 01/07/2025)" in render(parsed.rejected[0])
    assert parsed.hidden == (("Sheet", 5),)


def test_portal_export_cells_are_shown_as_typed_and_hidden_rows_named(tmp_path):
    wb = openpyxl.load_workbook(PORTAL)
    wb.active["C12"] = -5
    wb.save(tmp_path / "am.xlsx")
    with pytest.raises(PortalRefused) as refused:
        read_portal_stats(tmp_path / "am.xlsx")
    assert refused.value.params["value"] == "-5" and "'-5' is not" in render(refused.value)

    wb = openpyxl.load_workbook(PORTAL)
    wb.active.row_dimensions[19].hidden = True  # Nuôi con nuôi: 2 applications
    wb.save(tmp_path / "an.xlsx")
    with pytest.raises(PortalRefused) as refused:
        read_portal_stats(tmp_path / "an.xlsx")
    text = render(refused.value)
    assert "1.543 in the sheet, 1.541 added up" in text and "1 row(s) hidden in Excel were left out (rows 19)" in text


def _ods_with_hidden_row(src: Path, dest: Path, hidden: int, how: str = "collapse") -> Path:
    """The OpenDocument file ``src`` with its row ``hidden`` (1-based, not a repeated one) hidden, as
    LibreOffice writes a hidden row: table:visibility="collapse" (or "filter" for a filtered-out one)."""
    import re
    import zipfile

    with zipfile.ZipFile(src) as archive:
        parts = {i: (info, archive.read(info.filename)) for i, info in enumerate(archive.infolist())}
    for i, (info, data) in parts.items():
        if info.filename == "content.xml":
            number = 0
            for m in re.finditer(rb"<table:table-row(?=[\s/>])([^>]*)>", data):
                repeat = re.search(rb'number-rows-repeated="(\d+)"', m.group(1))
                number += int(repeat.group(1)) if repeat else 1
                if number == hidden:
                    assert not repeat
                    data = data[:m.start()] + b'<table:table-row table:visibility="' + how.encode() + b'"' + \
                        data[m.start() + len(b"<table:table-row"):]
                    break
            parts[i] = (info, data)
    with zipfile.ZipFile(dest, "w") as out:
        for info, data in parts.values():
            out.writestr(info, data)
    return dest


def test_rows_hidden_in_an_ods_list_are_left_out_too(tmp_path):
    src = Path(__file__).resolve().parent / "fixtures" / "province_list.ods"
    assert "1.001022" in [r.code for r in parse_tthc_workbook(src).records]
    for how in ("collapse", "filter"):
        parsed = parse_tthc_workbook(_ods_with_hidden_row(src, tmp_path / f"an_{how}.ods", 9, how))
        assert "1.001022" not in [r.code for r in parsed.records]  # row 9: Đăng ký kết hôn
        assert [r.code for r in parsed.records][:2] == ["1.001193", "1.000656"]
        assert parsed.hidden == (("DM TTHC cấp xã", 9),)


def test_a_row_hidden_in_excel_stays_hidden_in_the_ods_libreoffice_saves(tmp_path):
    """QA 24 F1: LibreOffice writes table:visibility="collapse"; only "collapsed" was looked for, so every row
    hidden by hand in an .ods was imported. The .ods here is LibreOffice's own, saved from an .xlsx."""
    from sheet_helpers import libreoffice_saves

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh mục"
    for row in (["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực"], [1, "1.009137", "Đăng ký khai sinh", "Hộ tịch"],
                [2, "1.009211", "Đăng ký khai tử", "Hộ tịch"], [3, "1.009174", "Đăng ký kết hôn", "Hộ tịch"]):
        ws.append(row)
    ws.row_dimensions[3].hidden = True
    (tmp_path / "src").mkdir()
    wb.save(tmp_path / "src" / "list.xlsx")
    parsed = parse_tthc_workbook(libreoffice_saves(tmp_path / "src" / "list.xlsx", tmp_path, "ods"))
    assert [r.code for r in parsed.records] == ["1.009137", "1.009174"]
    assert parsed.hidden == (("Danh mục", 3),)


def test_a_units_kind_is_read_from_its_name_after_ubnd(tmp_path):
    """QA 23 F7: 'UBND phường Bảo Lộc' with an empty Loại cell was stored as a xã, without a word."""
    parsed = parse_units_workbook(_units(tmp_path / "dv.xlsx", [
        ["00001", "Xã Tân Phú", None], ["00002", "UBND phường Bảo Lộc", None],
        ["00003", "Ủy ban nhân dân phường 1", None], ["00004", "U.B.N.D đặc khu Phú Quý", None],
        ["00005", "Bảo Lâm", None]]))
    assert [(u.code, u.kind) for u in parsed.records] == [
        ("00001", "xa"), ("00002", "phuong"), ("00003", "phuong"), ("00004", "dac-khu"), ("00005", "xa")]


def test_a_code_refused_for_a_character_one_cannot_see_names_it(tmp_path):
    """QA 24 F7: "​00002" (a zero-width space first) was quoted as it is, and looked valid."""
    from qms_desktop.exchange.units_excel import BAD_CODE

    parsed = parse_units_workbook(_units(tmp_path / "dv.xlsx", [["\u200b00002", "Phường Bảo Lộc", "Phường"],
                                                                ["LD\u2013TH", "Xã Tân Hà", "Xã"]]))
    assert [(r.reason, r.params["code"]) for r in parsed.rejected] == [(BAD_CODE, "<U+200B>00002"),
                                                                        (BAD_CODE, "LD–TH")]
