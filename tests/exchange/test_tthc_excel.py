"""Tests for qms_desktop.exchange.tthc_excel: the sample list and the layouts real lists use."""

from __future__ import annotations

import re
import sys
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

try:
    import qms_desktop  # noqa: F401
except ImportError:  # the package is not installed: run from the source tree
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from qms_desktop.exchange import tabular
from qms_desktop.exchange import tthc_excel as tx
from qms_desktop.exchange.tthc_excel import (
    ParseResult,
    RejectedRow,
    TthcRecord,
    WorkbookRefused,
    parse_time_limit,
    parse_tthc_workbook,
)

# The province's published sample (a byte-for-byte copy of ../shared/samples/danh_muc_tthc_cap_xa.xlsx, kept in the
# repository so that a checkout anywhere tests it: QA 54 F6).
SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "danh_muc_tthc_cap_xa.xlsx"
HEADER = ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Thời hạn giải quyết", "Ghi chú"]


def write_xlsx(path: Path, rows, merges=(), title="Danh mục") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            if value is not None:
                ws.cell(r, c, value)
    for ref in merges:
        ws.merge_cells(ref)
    wb.save(path)
    return path


def parse_rows(tmp_path, rows, merges=()) -> ParseResult:
    return parse_tthc_workbook(write_xlsx(tmp_path / "list.xlsx", rows, merges))


def by_code(result: ParseResult) -> dict[str, TthcRecord]:
    return {r.code: r for r in result.records}


# --- the published sample -------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample() -> ParseResult:
    return parse_tthc_workbook(SAMPLE)


def test_sample_has_28_procedures(sample):
    assert sample.sheet == "Danh mục TTHC"
    assert sample.header_row == 4
    assert len(sample.records) == 28
    assert sample.rejected == []
    assert len({r.code for r in sample.records}) == 28


def test_sample_known_rows(sample):
    rec = by_code(sample)
    khai_tu = rec["1.009211"]
    assert (khai_tu.name, khai_tu.field, khai_tu.row_number) == ("Đăng ký khai tử", "Hộ tịch", 8)
    assert khai_tu.time_limit == "Ngay trong ngày làm việc"
    assert khai_tu.time_limit_days == 0.0
    nhan_cha = rec["1.009248"]
    assert nhan_cha.time_limit == "03 ngày làm việc"
    assert (nhan_cha.time_limit_days, nhan_cha.working_days) == (3.0, True)
    assert rec["1.009988"].field == "Đất đai"
    assert (rec["1.009988"].time_limit_days, rec["1.009988"].working_days) == (30.0, False)
    assert rec["1.009914"].time_limit_days is None
    assert rec["1.010062"].field == "Thi đua, khen thưởng"
    assert {r.field for r in sample.records} == {
        "Hộ tịch", "Chứng thực", "Bảo trợ xã hội", "Hòa giải ở cơ sở", "Đất đai",
        "Nuôi con nuôi", "Thi đua, khen thưởng", "Văn hóa", "Tín ngưỡng, tôn giáo"}
    assert all(unicodedata.is_normalized("NFC", r.name) for r in sample.records)


def test_sample_progress_reports_completion(tmp_path):
    calls = []
    parse_tthc_workbook(SAMPLE, progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1] > 0


# --- layout variations ----------------------------------------------------------------------

def test_shuffled_columns(tmp_path):
    rows = [
        ["Tên thủ tục", "Ghi chú", "Thời hạn giải quyết", "Mã TTHC", "Lĩnh vực", "TT"],
        ["Đăng ký khai sinh", "Nộp trực tuyến", "03 ngày làm việc", "1.009137", "Hộ tịch", 1],
        ["Chứng thực di chúc", None, "02 ngày làm việc", "1.009692", "Chứng thực", 2],
    ]
    result = parse_rows(tmp_path, rows)
    assert result.header_row == 1 and result.rejected == []
    rec = by_code(result)
    assert rec["1.009137"].name == "Đăng ký khai sinh"
    assert rec["1.009137"].note == "Nộp trực tuyến"
    assert rec["1.009137"].time_limit_days == 3.0
    assert rec["1.009692"].field == "Chứng thực"
    assert rec["1.009692"].extra == {}


@pytest.mark.parametrize("old, new", [("Mã TTHC cũ", "Mã TTHC mới"), ("Mã thủ tục trước đây", "Mã TTHC mới"),
                                      ("Mã TTHC cũ", "Mã TTHC")])
def test_a_renumbering_lists_old_code_is_never_the_code(tmp_path, old, new):
    """QA 62 F4: with "Mã TTHC cũ | Mã TTHC mới" the old codes were imported for all 28 (a tie; the first won)."""
    rows = [["STT", old, new, "Tên thủ tục hành chính", "Lĩnh vực"],
            [1, "2.000001", "1.009137", "Đăng ký khai sinh", "Hộ tịch"],
            [2, "2.000002", "1.009692", "Chứng thực di chúc", "Chứng thực"]]
    result = parse_rows(tmp_path, rows)
    assert sorted(by_code(result)) == ["1.009137", "1.009692"] and result.rejected == []


def test_the_signature_block_and_the_totals_under_a_list_are_no_procedures(tmp_path):
    """QA 62 F5: "NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", the signer's name and "Tổng số: 2 thủ tục" were offered as
    procedures without a national code (TAM-0001… with --confirm-no-code)."""
    rows = [["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực"],
            [1, "1.009137", "Đăng ký khai sinh", "Hộ tịch"],
            [2, None, "Thủ tục mới chưa có mã", "Hộ tịch"],
            [None, None, "Tổng số: 2 thủ tục hành chính", None],
            [None, None, "NGƯỜI LẬP BIỂU", "CHỦ TỊCH"],
            [None, None, "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"],
            [None, None, "Nguyễn Thị Thu Hà", "Nguyễn Văn Thành"]]
    result = parse_rows(tmp_path, rows)
    assert sorted(by_code(result)) == ["1.009137"] and result.rejected == []
    assert [r.name for r in result.no_code] == ["Thủ tục mới chưa có mã"]  # a real row without a code still offered


def test_a_sections_total_line_does_not_hide_the_next_section(tmp_path):
    """Review of QA 62 F5: a "Tổng số" line after section A made section B's heading (abolished) a footer row, and
    B's procedure was taken as new."""
    rows = [["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực"],
            ["A", None, "THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH"],
            [1, "1.009137", "Đăng ký khai sinh", "Hộ tịch"],
            [2, "1.009174", "Đăng ký kết hôn", "Hộ tịch"],
            [None, None, "Tổng số: 2 thủ tục"],
            ["B", None, "THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ"],
            [1, "1.001236", "Đăng ký khai tử", "Hộ tịch"]]
    result = parse_rows(tmp_path, rows)
    rec = by_code(result)
    assert rec["1.001236"].change == "abolished" and rec["1.009137"].change == "new"


@pytest.mark.parametrize("header, role", [("Căn cứ pháp lý của thủ tục hành chính", "legal_basis"),
                                          ("Tên thủ tục hành chính cụ thể", "name"), ("Mã TTHC cũ", None)])
def test_only_an_old_code_header_is_left_out_not_one_saying_can_cu(header, role):
    """Review of QA 62 F4: "cũ" folded to "cu" also matched "căn cứ" and "cụ thể"."""
    roles = [r for _score, r in tx._key_scores(tx._header_key(header))]
    assert roles == ([role] if role else [])


def test_two_row_merged_header_and_merged_data_cells(tmp_path):
    rows = [
        ["DANH MỤC THỦ TỤC HÀNH CHÍNH"],
        [],
        ["STT", "Thông tin thủ tục", None, "Lĩnh vực", "Thời hạn giải quyết", "Phí, lệ phí"],
        [None, "Mã TTHC", "Tên thủ tục", None, None, "Phí", "Lệ phí"],
        [1, "1.009137", "Đăng ký khai sinh", "Hộ tịch", "Ngay trong ngày", None, "Miễn"],
        [2, "1.009174", "Đăng ký kết hôn", None, "03 ngày làm việc", None, "Miễn"],
        [3, "1.009581", "Chứng thực bản sao", "Chứng thực", "Trong ngày", "2.000 đồng/trang"],
    ]
    merges = ["A3:A4", "B3:C3", "D3:D4", "E3:E4", "F3:G3", "D5:D6"]
    result = parse_rows(tmp_path, rows, merges)
    assert result.header_row == 3
    assert result.rejected == []
    rec = by_code(result)
    assert [r.row_number for r in result.records] == [5, 6, 7]
    assert rec["1.009137"].name == "Đăng ký khai sinh"
    assert rec["1.009174"].field == "Hộ tịch"  # vertically merged D5:D6
    assert (rec["1.009137"].fee, rec["1.009137"].extra) == ("", {"Lệ phí": "Miễn"})
    assert (rec["1.009581"].fee, rec["1.009581"].extra) == ("2.000 đồng/trang", {"Lệ phí": ""})
    assert rec["1.009581"].time_limit_days == 0.0


def test_two_row_header_with_main_labels_in_top_row(tmp_path):
    rows = [
        ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Phí, lệ phí"],
        [None, None, None, "Phí", "Lệ phí"],
        [1, "1.009137", "Đăng ký khai sinh", "0", "Miễn"],
    ]
    result = parse_rows(tmp_path, rows, ["A1:A2", "B1:B2", "C1:C2", "D1:E1"])
    assert result.header_row == 1
    assert result.rejected == []
    assert [(r.row_number, r.code) for r in result.records] == [(3, "1.009137")]
    assert (result.records[0].fee, result.records[0].extra) == ("0", {"Lệ phí": "Miễn"})


def test_extra_columns(tmp_path):
    rows = [
        HEADER[:3] + ["Cơ quan thực hiện", "Lĩnh vực", "Phí, lệ phí", "Thời hạn giải quyết"],
        [1, "1.009137", "Đăng ký khai sinh", "UBND cấp xã", "Hộ tịch", "Miễn", "Trong ngày"],
        [2, "1.009174", "Đăng ký kết hôn", "UBND cấp xã", "Hộ tịch", 8000, "05 ngày làm việc"],
    ]
    rec = by_code(parse_rows(tmp_path, rows))
    assert (rec["1.009137"].agency, rec["1.009137"].fee, rec["1.009137"].extra) == ("UBND cấp xã", "Miễn", {})
    assert rec["1.009174"].fee == "8000"
    assert rec["1.009174"].time_limit_days == 5.0


def test_numeric_codes_are_zero_padded_but_short_text_codes_are_rejected(tmp_path):
    rows = [
        HEADER,
        [1, 1.01724, "Thủ tục A", "Hộ tịch", "03 ngày làm việc"],
        [2, 1.009137, "Thủ tục B", "Hộ tịch", 5],
        [3, "1.9137", "Thủ tục C", "Hộ tịch"],
        [4, "2.000123", "Thủ tục D", "Hộ tịch"],
        [5, "1,00947", "Thủ tục E", "Hộ tịch"],  # a Vietnamese-locale PC's decimal comma: the same hint (QA 62 F7)
    ]
    result = parse_rows(tmp_path, rows)
    rec = by_code(result)
    assert set(rec) == {"1.017240", "1.009137", "2.000123"}
    assert (rec["1.009137"].time_limit, rec["1.009137"].time_limit_days) == ("5", 5.0)
    assert rec["1.009137"].working_days is True
    assert result.rejected == [RejectedRow(4, tx.SHORT_CODE, {"code": "1.9137", "padded": "1.913700"}),
                               RejectedRow(6, tx.SHORT_CODE, {"code": "1,00947", "padded": "1.009470"})]


def test_decomposed_unicode_becomes_nfc(tmp_path):
    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
    rows = [
        [nfd(h) for h in HEADER],
        [1, "1.009137", nfd("Đăng ký khai sinh"), nfd("Hộ tịch"), nfd("03 ngày làm việc"),
         nfd("Ghi chú nhỏ")],
        ["II", None, nfd("LĨNH VỰC THI ĐUA, KHEN THƯỞNG")],
        [1, "1.010062", nfd("Tặng Giấy khen")],
    ]
    assert nfd("Đăng ký khai sinh") != "Đăng ký khai sinh"
    rec = by_code(parse_rows(tmp_path, rows))
    assert rec["1.009137"].name == "Đăng ký khai sinh"
    assert rec["1.009137"].field == "Hộ tịch"
    assert rec["1.009137"].time_limit == "03 ngày làm việc"
    assert rec["1.009137"].note == "Ghi chú nhỏ"
    assert rec["1.010062"].field == "Thi đua, khen thưởng"
    for r in rec.values():
        for text in (r.name, r.field, r.time_limit, r.note):
            assert unicodedata.is_normalized("NFC", text)


def test_stray_spaces_and_nbsp(tmp_path):
    rows = [
        ["  STT ", " Mã\u00a0TTHC", "Tên  thủ tục\u00a0hành chính ", "Lĩnh vực", "Thời hạn giải quyết"],
        [1, " 1.009137\u00a0", "  Đăng\u00a0ký   khai sinh ", " Hộ\u00a0tịch ", "03\u00a0ngày  làm việc"],
    ]
    result = parse_rows(tmp_path, rows)
    (rec,) = result.records
    assert (rec.code, rec.name, rec.field) == ("1.009137", "Đăng ký khai sinh", "Hộ tịch")
    assert rec.time_limit == "03 ngày làm việc" and rec.time_limit_days == 3.0


def test_codes_a_clerk_would_call_the_same_code_are_read(tmp_path):
    """QA 22 F4: a trailing dot, full-width digits (the IME in full-width mode), a zero-width space pasted from the
    national portal (the refusal then showed a code that looked right), a decimal comma of a Vietnamese-locale PC."""
    rows = [HEADER[:4],
            [1, "1.009248.", "Đăng ký nhận cha, mẹ, con", "Hộ tịch"],
            [2, "１.００９２８５", "Đăng ký lại khai sinh", "Hộ tịch"],
            [3, "1.009322\u200b", "Đăng ký lại kết hôn", "Hộ tịch"],
            [4, "1,009359", "Đăng ký lại khai tử", "Hộ tịch"],
            [5, "1.0093", "Mã thiếu số", "Hộ tịch"]]
    result = parse_rows(tmp_path, rows)
    assert [r.code for r in result.records] == ["1.009248", "1.009285", "1.009322", "1.009359"]
    assert [r.row_number for r in result.rejected] == [6]  # a code short of digits is still refused


def test_blank_note_and_column_number_rows_are_skipped(tmp_path):
    rows = [
        ["ỦY BAN NHÂN DÂN TỈNH"],
        [],
        HEADER,
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        [],
        [1, "1.009137", "Đăng ký khai sinh", "Hộ tịch"],
        [None, None, None, None, None, "   "],
        [None, None, None, "chỉ có chữ ở cột này"],
        HEADER,  # repeated on a printed page
        [2, "1.009174", "Đăng ký kết hôn", "Hộ tịch"],
        [],
        ["Ghi chú: Thủ tục đánh dấu (*) được thực hiện trực tuyến toàn trình."],
        ["Lưu ý: danh mục có thể thay đổi"],
    ]
    result = parse_rows(tmp_path, rows, ["A12:F12"])
    assert result.header_row == 3
    assert result.rejected == []
    assert [(r.row_number, r.code) for r in result.records] == [(6, "1.009137"), (10, "1.009174")]


def test_field_from_group_headings_without_field_column(tmp_path):
    rows = [
        ["STT", "Mã TTHC", "Tên thủ tục", "Thời hạn giải quyết"],
        ["I", None, "LĨNH VỰC HỘ TỊCH"],
        [1, "1.009137", "Đăng ký khai sinh", "Trong ngày"],
        [2, "1.009174", "Đăng ký kết hôn", "Trong ngày"],
        ["II", "LĨNH VỰC THI ĐUA, KHEN THƯỞNG"],
        [1, "1.010062", "Tặng Giấy khen", "20 ngày làm việc"],
        ["III. LĨNH VỰC ĐẤT ĐAI"],
        [1, "1.009988", "Hòa giải tranh chấp đất đai", "30 ngày"],
        ["A", None, "THỦ TỤC LIÊN THÔNG"],
        [1, "1.011000", "Liên thông khai sinh", "05 ngày làm việc"],
    ]
    result = parse_rows(tmp_path, rows, ["B5:D5", "A7:D7"])
    assert result.rejected == []
    rec = by_code(result)
    assert rec["1.009137"].field == rec["1.009174"].field == "Hộ tịch"
    assert rec["1.010062"].field == "Thi đua, khen thưởng"
    assert rec["1.009988"].field == "Đất đai"
    assert rec["1.011000"].field == "Đất đai"  # a lettered section row does not change the field


def test_empty_field_cell_falls_back_to_group_heading(tmp_path):
    rows = [HEADER, ["I", None, "LĨNH VỰC CHỨNG THỰC"], [1, "1.009692", "Chứng thực di chúc", None],
            [2, "1.009729", "Chứng thực văn bản", "Chứng thực khác"]]
    rec = by_code(parse_rows(tmp_path, rows))
    assert rec["1.009692"].field == "Chứng thực"
    assert rec["1.009729"].field == "Chứng thực khác"


FORMULA_ROWS = [
    HEADER,
    [1, "1.009137", '="Đăng ký "&"khai sinh"', "Hộ tịch"],
    [2, '="1.00"&"9174"', "Đăng ký kết hôn", "Hộ tịch"],
    [3, "1.009211", "Đăng ký khai tử", "=D2", '="03"&" ngày"'],
]


def test_formulas_without_their_result_refuse_the_file_naming_the_cells(tmp_path):
    """QA 22 F5: openpyxl and some portal exports save formulas without their result; the cells were read as empty,
    so a row whose code is ="1.009137" became "no national code yet" (and a temporary code once confirmed)."""
    with pytest.raises(WorkbookRefused) as info:
        parse_rows(tmp_path, FORMULA_ROWS)
    assert info.value.message == tabular.UNCALCULATED
    assert info.value.params == {"sheet": "Danh mục", "count": 4, "cells": "C2, B3, D4, E4"}


def test_formula_cells_are_never_evaluated(tmp_path):
    """A formula is never evaluated: the result Excel or LibreOffice stored is read (and a formula text never is)."""
    from sheet_helpers import libreoffice_saves

    (tmp_path / "src").mkdir()
    src = write_xlsx(tmp_path / "src" / "list.xlsx", FORMULA_ROWS)
    result = parse_tthc_workbook(libreoffice_saves(src, tmp_path / "out", "xlsx:Calc MS Excel 2007 XML"))
    rec = by_code(result)
    assert sorted(rec) == ["1.009137", "1.009174", "1.009211"]
    assert rec["1.009137"].name == "Đăng ký khai sinh" and rec["1.009174"].name == "Đăng ký kết hôn"
    assert rec["1.009211"].field == "Hộ tịch" and rec["1.009211"].time_limit_days == 3
    for r in result.records:
        assert not any(str(v).startswith("=") for v in (r.code, r.name, r.field, r.time_limit))


def test_a_formula_giving_empty_text_or_hidden_is_not_refused():
    """Excel stores a formula that gives "" as t="str" with an empty <v>; a formula in a hidden row is not read."""
    data = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            b'<row r="2"><c r="B2" t="str"><f>IF(A2="","",A2)</f><v></v></c><c r="C2"><f>1+1</f><v>2</v></c></row>'
            b'<row r="3" hidden="1"><c r="D3"><f>1+1</f><v></v></c></row>'
            b'<row r="4"><c r="AB4"><f>1+1</f></c></row></sheetData></worksheet>')
    assert tabular._uncalculated(data) == ((3, 3), (4, 27))
    tabular._refuse_uncalculated("S", ((3, 3),), frozenset({3}), None)  # hidden row: nothing said
    with pytest.raises(tabular.FileRefused) as info:
        tabular._refuse_uncalculated("S", ((3, 3), (4, 27)), frozenset({3}), None)
    assert info.value.params["cells"] == "AB4"


def test_row_rejections(tmp_path):
    long_name = "Thủ tục " + "x" * 1000
    rows = [
        HEADER,
        [1, "1.009137", "Đăng ký khai sinh"],
        [2, "1.009137", "Đăng ký khai sinh (trùng)"],
        [3, None, "Thủ tục không có mã"],
        [4, "1.009174", None, "Hộ tịch"],
        [5, "1.0091740", "Mã quá dài"],
        [6, "1.009175", long_name],
        [7, "1.91", "Lĩnh vực hộ tịch: mã sai"],
    ]
    result = parse_rows(tmp_path, rows)
    assert [r.code for r in result.records] == ["1.009137"]
    assert result.rejected == [
        RejectedRow(3, tx.DUPLICATE_CODE, {"code": "1.009137", "first_row": 2}),
        RejectedRow(5, tx.MISSING_NAME, {"code": "1.009174"}),
        RejectedRow(6, tx.BAD_CODE, {"code": "1.0091740"}),
        RejectedRow(7, tx.NAME_TOO_LONG, {"length": len(long_name), "limit": 1000}),
        RejectedRow(8, tx.SHORT_CODE, {"code": "1.91", "padded": "1.910000"}),
    ]
    assert [(r.row_number, r.name) for r in result.no_code] == [(4, "Thủ tục không có mã")]
    assert result.rejected[0].reason.format(**result.rejected[0].params) == (
        "Duplicate code 1.009137: already in row 2")


def test_rejection_messages_render_through_i18n(tmp_path):
    from qms_desktop.i18n import render

    row = RejectedRow(3, tx.BAD_CODE, {"code": "1.9137"})
    seen = []
    text = render(row, lambda ctx, src: seen.append((ctx, src)) or src)
    assert seen == [("TthcImport", tx.BAD_CODE)]
    assert '"1.9137"' in text


def test_header_on_second_sheet(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Bìa"
    wb.active["A1"] = "Quyết định số 1234/QĐ-UBND"
    ws = wb.create_sheet("Phụ lục")
    ws.append(HEADER)
    ws.append([1, "1.009137", "Đăng ký khai sinh", "Hộ tịch"])
    wb.save(tmp_path / "two.xlsx")
    result = parse_tthc_workbook(tmp_path / "two.xlsx")
    assert result.sheet == "Phụ lục" and len(result.records) == 1


def test_wrong_stored_dimension_does_not_hide_rows(tmp_path):
    rows = [HEADER] + [[i, f"1.{i:06d}", f"Thủ tục {i}"] for i in range(1, 6)]
    src = write_xlsx(tmp_path / "src.xlsx", rows)
    out = tmp_path / "dim.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:B2"', data)
                assert b'ref="A1:B2"' in data
            zout.writestr(item, data)
    assert len(parse_tthc_workbook(out).records) == 5


def test_too_many_rows_refuse_the_whole_file(tmp_path, monkeypatch):
    """QA 62 F8: the first 20,000 rows of a longer file went into the register, exit 0."""
    monkeypatch.setattr(tx, "MAX_DATA_ROWS", 5)
    rows = [HEADER] + [[i, f"1.{i:06d}", f"Thủ tục {i}"] for i in range(1, 10)]
    with pytest.raises(tx.WorkbookRefused) as refused:
        parse_rows(tmp_path, rows)
    assert "more than 5 procedure rows" in refused.value.render() and "Nothing was imported" in refused.value.render()
    assert len(parse_rows(tmp_path, rows[:6]).records) == 5  # at the limit: read


def test_progress_and_cancel(tmp_path):
    rows = [HEADER] + [[i, f"1.{i:06d}", f"Thủ tục {i}"] for i in range(1, 451)]
    path = write_xlsx(tmp_path / "big.xlsx", rows)
    calls = []
    result = parse_tthc_workbook(path, progress=lambda d, t: calls.append((d, t)))
    assert len(result.records) == 450
    assert calls[:2] == [(200, 451), (400, 451)] and calls[-1] == (451, 451)  # every row, header too

    class Cancelled(Exception):
        pass

    class Token:
        checks = 0

        def raise_if_cancelled(self):
            self.checks += 1
            if self.checks == 2:
                raise Cancelled

    token = Token()
    with pytest.raises(Cancelled):
        parse_tthc_workbook(path, cancel=token)
    assert token.checks == 2


# --- refused files --------------------------------------------------------------------------

def refused(path) -> WorkbookRefused:
    with pytest.raises(WorkbookRefused) as info:
        parse_tthc_workbook(path)
    exc = info.value
    assert str(exc) == exc.message.format(**exc.params)
    return exc


def test_text_file_renamed_xlsx(tmp_path):
    path = tmp_path / "bad.xlsx"
    path.write_text("not a spreadsheet")
    assert refused(path).message == tx.NOT_XLSX


def test_truncated_and_empty_and_old_xls(tmp_path):
    data = write_xlsx(tmp_path / "ok.xlsx", [HEADER, [1, "1.009137", "A"]]).read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    (tmp_path / "zero.xlsx").write_bytes(b"")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096)
    assert refused(tmp_path / "cut.xlsx").message == tabular.DAMAGED_ZIP
    assert refused(tmp_path / "zero.xlsx").message == tabular.EMPTY_FILE
    assert refused(tmp_path / "old.xls").message == tabular.XLS_DAMAGED


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "xin chào")
    assert refused(path).message == tx.NOT_XLSX


def test_missing_file(tmp_path):
    exc = refused(tmp_path / "nowhere.xlsx")
    assert exc.message == tx.CANNOT_OPEN and "nowhere.xlsx" in str(exc)


def test_empty_workbook_and_no_header(tmp_path):
    openpyxl.Workbook().save(tmp_path / "empty.xlsx")
    assert refused(tmp_path / "empty.xlsx").message == tx.NO_HEADER
    write_xlsx(tmp_path / "nohead.xlsx", [["Họ tên", "Địa chỉ"], ["Nguyễn Văn A", "Tân Phú"]])
    exc = refused(tmp_path / "nohead.xlsx")
    assert exc.message == tx.NO_HEADER and exc.params == {"rows": 30}


def test_header_beyond_scan_window_is_not_found(tmp_path):
    rows = [[f"dòng {i}"] for i in range(40)] + [HEADER, [1, "1.009137", "A"]]
    assert refused(write_xlsx(tmp_path / "deep.xlsx", rows)).message == tx.NO_HEADER


def test_zip_bomb_is_refused_before_openpyxl(tmp_path, monkeypatch):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b" " * (20 * 1024 * 1024))
    assert path.stat().st_size < 200 * 1024
    monkeypatch.setattr(tabular, "_read_workbook", lambda *a, **k: pytest.fail("opened"))
    exc = refused(path)
    assert exc.message == tx.BOMB and exc.params == {"member": "xl/worksheets/sheet1.xml"}


def test_too_large_and_too_many_members(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_UNCOMPRESSED", 10_000)
    assert refused(SAMPLE).message == tx.TOO_BIG
    monkeypatch.undo()
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        for i in range(10_001):
            z.writestr(f"x/{i}", b"")
    exc = refused(path)
    assert exc.message == tx.TOO_MANY_PARTS and exc.params == {"count": 10_001}


# --- time limits ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("03 ngày làm việc", (3.0, True)),
    ("30 ngày", (30.0, False)),
    ("Ngay trong ngày làm việc", (0.0, True)),
    ("Trong ngày", (0.0, False)),
    ("Không quy định", (None, False)),
    ("", (None, False)),
    (None, (None, False)),
    ("08 giờ làm việc", (1.0, True)),
    ("24 giờ", (1.0, False)),
    ("Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ", (5.0, True)),
    ("1,5 ngày làm việc", (1.5, True)),
    ("02 tuần", (14.0, False)),
    ("01 tháng", (30.0, False)),
    (unicodedata.normalize("NFD", "10\u00a0ngày  làm việc"), (10.0, True)),
    (5, (5.0, True)),
    (2.5, (2.5, True)),
    (True, (None, False)),
])
def test_parse_time_limit(text, expected):
    assert parse_time_limit(text) == expected


# --- property -------------------------------------------------------------------------------

_NAMES = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn")), max_size=60)


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_NAMES)
def test_any_name_gives_a_record_or_a_rejection(tmp_path, name):
    if len(name) > 1 and name.startswith("="):  # openpyxl writes a formula without its result: the file is refused
        with pytest.raises(WorkbookRefused) as info:
            parse_rows(tmp_path, [HEADER, [1, "1.009137", name, "Hộ tịch"]])
        assert info.value.message == tabular.UNCALCULATED
        return
    result = parse_rows(tmp_path, [HEADER, [1, "1.009137", name, "Hộ tịch"]])
    assert len(result.records) + len(result.rejected) == 1
    expected = " ".join(unicodedata.normalize("NFC", name).split()).replace("\u00d0", "Đ").replace("\u00f0", "đ")
    if result.records:
        assert result.records[0].name == expected
    else:
        assert result.rejected[0].row_number == 2


def test_a_sheet_of_the_provinces_own_procedures_is_left_out_and_said(tmp_path):
    """QA 22 F2: one workbook, one sheet per level: the province's 2 procedures entered the commune's register,
    in scope, and nothing said where they came from."""
    from qms_desktop.exchange.tthc_excel import OtherLevelsNote
    from qms_desktop.i18n import render

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "TTHC cấp xã"
    ws.append(HEADER[:4])
    ws.append([1, "1.009137", "Đăng ký khai sinh", "Hộ tịch"])
    other = wb.create_sheet("TTHC cấp tỉnh")
    other.append(HEADER[:4])
    other.append([1, "1.009994", "Cấp giấy phép xây dựng", "Xây dựng"])
    wb.save(tmp_path / "hai_cap.xlsx")
    result = parse_tthc_workbook(tmp_path / "hai_cap.xlsx")
    assert [r.code for r in result.records] == ["1.009137"] and result.other_levels == ("TTHC cấp tỉnh",)
    assert "Left out the sheet(s) “TTHC cấp tỉnh”" in render(OtherLevelsNote(result.other_levels))

    del wb["TTHC cấp xã"]  # the province's sheet alone: the file was chosen for it
    wb.save(tmp_path / "mot_cap.xlsx")
    alone = parse_tthc_workbook(tmp_path / "mot_cap.xlsx")
    assert [r.code for r in alone.records] == ["1.009994"] and alone.other_levels == ()
