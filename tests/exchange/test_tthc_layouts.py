"""Every layout provinces publish, in every format: the fixtures built by
tests/fixtures/make_tthc_fixtures.py (real .xls and .ods from LibreOffice, a Word annex, CSV in
three encodings), each row checked exactly."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from qms_desktop.exchange import tabular
from qms_desktop.exchange import tthc_excel as tx
from qms_desktop.i18n import render
from qms_desktop.exchange.tthc_excel import (
    ABOLISHED, AMENDED, NEW, REPLACED, RejectedRow, WorkbookRefused, parse_tthc_workbook, read_time_limit,
)

FIX = Path(__file__).resolve().parent / "fixtures"


def rows(result) -> list[tuple]:
    return [(r.row_number, r.code, r.provincial_code, r.name, r.field, r.time_limit_days, r.working_days)
            for r in result.records]


# --- the province's list: .xlsx, .xls (Excel 97), .ods --------------------------------------

PROVINCE = [
    (8, "1.001193", "000.00.00.H56", "Đăng ký khai sinh", "Hộ tịch", 0.0, True),
    (9, "1.001022", "000.00.00.H56", "Đăng ký kết hôn", "Hộ tịch", 5.0, True),  # field merged down
    (10, "1.000656", "000.00.00.H56", "Đăng ký khai tử", "Hộ tịch", 0.0, False),  # "Ngay sau khi…"
    (12, "1.003554", "", "Hòa giải tranh chấp đất đai", "Đất đai", 45.0, False),  # "V. ĐẤT ĐAI"
    (13, "2.002163", "000.00.00.H56", "Xác nhận hợp đồng tặng cho quyền sử dụng đất", "Đất đai", 3.0, True),
    (15, "1.001776", "", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng", "Bảo trợ xã hội", 15.0, True),
    (16, "1.001758", "", "Chi trả trợ cấp xã hội hằng tháng khi đối tượng thay đổi nơi cư trú", "Bảo trợ xã hội",
     None, False),
]


@pytest.mark.parametrize("name, kind", [("province_list.xlsx", "xlsx"), ("province_list.xls", "xls"),
                                        ("province_list.ods", "ods")])
def test_province_list_in_every_workbook_format(name, kind):
    path = FIX / name
    if kind == "xls":
        assert path.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a real Excel 97 file
    result = parse_tthc_workbook(path)
    assert (result.kind, result.sheet, result.header_row) == (kind, "DM TTHC cấp xã", 5)
    assert rows(result) == PROVINCE
    by_code = {r.code: r for r in result.records}
    assert by_code["1.001193"].fee == "" and by_code["1.001193"].extra == {"Lệ phí": "Miễn"}
    assert by_code["2.002163"].time_limit_alternative == "trường hợp phải xác minh thì không quá 10 ngày làm việc"
    # A row without a code, reported by name; a law's title in the time-limit column rejected.
    assert [(r.row_number, r.name, r.field, r.time_limit_days) for r in result.no_code] == [
        (17, "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "Bảo trợ xã hội", 3.0)]
    assert result.rejected == [RejectedRow(18, tx.BAD_TIME_LIMIT, {
        "column": "Thời hạn giải quyết", "value": "Luật Người khuyết tật số 51/2010/QH12"})]
    assert result.decision.number == "2150/QĐ-UBND" and result.decision.date == dt.date(2026, 11, 5)
    assert not any(r.change for r in result.records)


def test_one_sheet_per_field_takes_the_field_from_the_sheet_name():
    result = parse_tthc_workbook(FIX / "per_field.xlsx")
    assert [(r.sheet, r.row_number, r.code, r.field) for r in result.records] == [
        ("Hộ tịch", 4, "1.001193", "Hộ tịch"), ("Hộ tịch", 5, "1.001022", "Hộ tịch"),
        ("Chứng thực", 4, "2.000815", "Chứng thực"), ("Chứng thực", 5, "2.000884", "Chứng thực"),
        ("Người có công", 4, "1.010819", "Người có công")]
    assert [s.sheet for s in result.sections] == ["Hộ tịch", "Chứng thực", "Người có công"]  # not the cover
    assert result.rejected == [] and result.no_code == []


# --- decisions --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["decision_three_parts.xlsx", "decision_three_parts.ods"])
def test_three_part_decision_each_part_with_its_own_header(name):
    result = parse_tthc_workbook(FIX / name)
    assert [(r.row_number, r.code, r.change, r.field, r.time_limit_days) for r in result.records] == [
        (8, "1.012001", NEW, "Hộ tịch", 3.0), (9, "1.012002", NEW, "Hộ tịch", 0.0),
        (13, "1.001022", AMENDED, "Hộ tịch", 3.0), (14, "1.003554", AMENDED, "Đất đai", 30.0),
        (18, "1.000656", ABOLISHED, "Hộ tịch", None), (19, "1.009999", ABOLISHED, "Hộ tịch", None),
        (20, "2.002163", ABOLISHED, "Đất đai", None)]
    by_code = {r.code: r for r in result.records}
    # The abolished part's "legal document" column is the legal basis, never the time limit.
    assert by_code["1.000656"].time_limit == "" and by_code["1.000656"].legal_basis == "Nghị định số 120/2026/NĐ-CP"
    assert by_code["1.001022"].legal_basis == "Nghị định số 120/2026/NĐ-CP"
    assert by_code["1.012001"].provincial_code == "000.00.00.H56" and by_code["1.012001"].agency == "UBND cấp xã"
    assert [(s.change, s.header_row) for s in result.sections] == [(NEW, 7), (AMENDED, 12), (ABOLISHED, 17)]
    assert result.rejected == []
    assert result.decision.number == "2301/QĐ-UBND" and result.decision.date == dt.date(2026, 11, 20)
    assert result.decision.title.startswith("QUYẾT ĐỊNH Về việc công bố danh mục")


def test_word_annex_tables_merged_cells_repeated_header_and_parts_between_tables():
    result = parse_tthc_workbook(FIX / "decision_annex.docx")
    assert result.kind == "docx"
    assert [(r.table, r.row_number, r.code, r.provincial_code, r.name, r.field, r.change, r.successor_code)
            for r in result.records] == [
        (1, 4, "1.012200", "", "Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế", "Hộ tịch",
         NEW, ""),
        (2, 3, "1.012201", "000.00.00.H56", "Đăng ký giám hộ trực tuyến", "Hộ tịch", NEW, ""),
        (3, 3, "2.000815", "", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", AMENDED, ""),
        (4, 2, "1.001193", "", "Đăng ký khai sinh", "Hộ tịch", REPLACED, "1.012200")]
    first, _, amended, _ = result.records
    assert (first.time_limit_days, first.working_days) == (5.0, True)  # "Năm (05) ngày làm việc"
    assert (amended.time_limit_days, amended.time_limit_alternative) == (
        0.0, "trường hợp yêu cầu chứng thực với số lượng lớn thì không quá 02 ngày làm việc")
    assert [(s.table, s.change) for s in result.sections] == [(1, NEW), (3, AMENDED), (4, REPLACED)]
    assert result.decision.number == "2302/QĐ-UBND" and result.decision.date == dt.date(2026, 11, 25)
    assert result.rejected == []


def test_change_column_and_successor_column():
    result = parse_tthc_workbook(FIX / "decision_column.xlsx")
    assert [(r.row_number, r.code, r.change, r.successor_code, r.time_limit_days) for r in result.records] == [
        (4, "1.012100", NEW, "", 0.0), (5, "1.001193", AMENDED, "", 2.0), (6, "1.001022", REPLACED, "1.012100", None),
        (7, "2.000815", ABOLISHED, "", None)]
    assert result.rejected == [RejectedRow(8, tx.BAD_CHANGE, {"column": "Tình trạng", "value": "Xem ghi chú"})]
    assert result.decision.number == "2400/QĐ-UBND" and result.decision.date == dt.date(2026, 12, 1)


# --- CSV ---------------------------------------------------------------------------------------

CSV_EXPECTED = [
    (2, "1.001193", "", "Đăng ký khai sinh", "Hộ tịch", 0.0, False),
    (3, "1.003554", "", "Hòa giải tranh chấp đất đai; tranh chấp về ranh giới", "Đất đai", 45.0, False),
    (4, "2.000815", "000.00.00.H56", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", 0.0, False),
    (5, "1.001776", "", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng", "Bảo trợ xã hội", 15.0, True),
]


@pytest.mark.parametrize("name, encoding, delimiter", [
    ("list_utf8_bom.csv", "utf_8_sig", ","), ("list_utf16.csv", "utf_16", "\t"), ("list_cp1258.csv", "cp1258", ";")])
def test_csv_encodings_and_delimiters(name, encoding, delimiter):
    data = (FIX / name).read_bytes()
    if encoding == "cp1258":
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")  # really a legacy single-byte file
    source = tabular.read_source(FIX / name)
    assert source.detail == f"{encoding}, {delimiter!r}"
    result = tx.parse_source(source)
    assert rows(result) == CSV_EXPECTED
    assert {r.code: r.fee for r in result.records}["2.000815"] == "2.000 đồng/trang"


def test_codes_as_excel_writes_them_in_a_csv(tmp_path):
    """QA 44 F5: ="1.009137" (Excel's way of keeping a code text in a CSV) and a leading apostrophe were refused
    as codes; a code whose trailing zero Excel dropped (1.00947) is refused saying what it likely is."""
    path = tmp_path / "excel.csv"
    path.write_text('STT,Mã TTHC,Tên thủ tục hành chính,Lĩnh vực\n'
                    '1,"=""1.009137""",Đăng ký khai sinh,Hộ tịch\n'
                    "2,'1.009322,Đăng ký lại khai sinh,Hộ tịch\n"
                    '3,1.00947,Đăng ký khai tử,Hộ tịch\n', encoding="utf-8")
    result = parse_tthc_workbook(path)
    assert [r.code for r in result.records] == ["1.009137", "1.009322"]
    [rejected] = result.rejected
    assert (rejected.row_number, render(rejected)) == (4, (
        'Invalid code "1.00947": six digits are expected after the dot. If Excel dropped the trailing zeros of a '
        "number, the code is 1.009470: format the column as Text in Excel and save the file again"))


# --- files that cannot be read: what they are, what to do; nothing else --------------------------

def refused(path: Path) -> WorkbookRefused:
    with pytest.raises(WorkbookRefused) as info:
        parse_tthc_workbook(path)
    return info.value


def test_unreadable_files_get_a_message_saying_what_they_are(tmp_path):
    cases = {
        "list.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", tabular.PDF_FILE),
        "list.xls": (b"<html><head><meta charset=utf-8></head><body><table><tr><td>1</td></tr></table>",
                     tabular.HTML_FILE),
        "list.rtf": (b"{\\rtf1\\ansi Danh muc}", tabular.RTF_FILE),
        "list2003.xls": (b'<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
                         tabular.XML_2003),
        "empty.xlsx": (b"", tabular.EMPTY_FILE),
        "old.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512 + "WordDocument".encode("utf-16-le") + b"\0" * 512,
                    tabular.OLD_WORD),
        "secret.xlsx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512 + "EncryptedPackage".encode("utf-16-le"),
                        tabular.ENCRYPTED),
        "old.xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4096, tabular.XLS_DAMAGED),
        "binary.csv": (bytes(range(256)) * 40, tabular.TEXT_UNDECODABLE),
    }
    for name, (data, message) in cases.items():
        (tmp_path / name).write_bytes(data)
        assert refused(tmp_path / name).message == message, name


def test_a_password_protected_xls_or_ods_is_said_to_be_one(tmp_path):
    """QA 24 F2: an Excel 97 file with a password to open was 'not readable (Cannot detect file format)' and an
    encrypted .ods 'damaged, copy it again'. Both files were made by LibreOffice ("Save with password"); a sheet
    protected against editing (no password to open) is read as before."""
    from qms_desktop.exchange.portal_stats import read_portal_stats
    from qms_desktop.exchange.units_excel import parse_units_workbook

    for name in ("encrypted_97.xls", "encrypted.ods"):
        assert refused(FIX / name).message == tabular.ENCRYPTED, name
        with pytest.raises(tabular.FileRefused) as info:
            read_portal_stats(FIX / name)
        assert info.value.message == tabular.ENCRYPTED
        with pytest.raises(tabular.FileRefused) as info:
            parse_units_workbook(FIX / name)
        assert info.value.message == tabular.ENCRYPTED
    source = tabular.read_source(FIX / "sheet_protected.xls")
    assert source.kind == "xls" and any("1543" in str(v) or 1543 in v for _t, _n, v in source.grids[0].rows)


def test_odt_and_word_without_a_tthc_table(tmp_path):
    import docx

    odt = tmp_path / "list.odt"
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    assert refused(odt).message == tabular.ODT_FILE
    doc = docx.Document()
    doc.add_paragraph("QUYẾT ĐỊNH Về việc công bố danh mục thủ tục hành chính")
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Họ tên", "Chức vụ"
    doc.save(tmp_path / "letter.docx")
    assert refused(tmp_path / "letter.docx").message == tx.DOCX_NO_TABLE


def test_messages_are_translated_into_vietnamese():
    from qms_desktop.cli import i18n as cli_i18n

    translate = cli_i18n.load("vi")
    for message in (tabular.XLS_DAMAGED, tabular.PDF_FILE, tabular.HTML_FILE, tabular.OLD_WORD, tabular.ENCRYPTED,
                    tx.DOCX_NO_TABLE, tabular.NOT_XLSX, tx.BAD_TIME_LIMIT):
        text = translate("TthcImport", message)
        assert text and text != message, message
    assert "Excel 97" in translate("TthcImport", tabular.XLS_DAMAGED)
    assert ".xlsx" in translate("TthcImport", tabular.HTML_FILE)


# --- time limits in every common wording ---------------------------------------------------------

@pytest.mark.parametrize("text, days, working, alternative", [
    ("Năm (05) ngày làm việc", 5.0, True, ""),
    ("05 (năm) ngày làm việc", 5.0, True, ""),
    ("Mười lăm ngày làm việc", 15.0, True, ""),
    ("Hai mươi ngày", 20.0, False, ""),
    ("Ba mươi (30) ngày kể từ ngày nhận đủ hồ sơ", 30.0, False, ""),
    ("Ngay sau khi nhận đủ hồ sơ hợp lệ", 0.0, False, ""),
    ("Giải quyết ngay trong ngày làm việc", 0.0, True, ""),
    ("Trong ngày", 0.0, False, ""),
    ("Trong 03 ngày làm việc", 3.0, True, ""),
    ("Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ", 5.0, True, ""),
    ("Kể từ ngày nhận đủ hồ sơ hợp lệ, trong thời hạn 10 ngày làm việc", 10.0, True, ""),
    ("04 giờ làm việc", 0.5, True, ""),
    ("1/2 ngày làm việc", 0.5, True, ""),
    ("05 ngày làm việc; trường hợp cần xác minh thì không quá 30 ngày", 5.0, True,
     "trường hợp cần xác minh thì không quá 30 ngày"),
    ("03 ngày làm việc (trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả ngày tiếp theo)", 3.0, True,
     "trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả ngày tiếp theo)"),
    ("05 ngay lam viec", 5.0, True, ""),
    ("Không quy định", None, False, ""),
    ("Không", None, False, ""),
    ("-", None, False, ""),
])
def test_time_limit_wordings(text, days, working, alternative):
    limit = read_time_limit(text)
    assert (limit.days, limit.working, limit.alternative, limit.recognised) == (days, working, alternative, True)


@pytest.mark.parametrize("text", ["Luật Hộ tịch số 60/2014/QH13", "UBND cấp xã", "Kể từ ngày nhận đủ hồ sơ",
                                  "Sau khi thẩm định"])
def test_text_that_is_no_time_limit_is_not_recognised(text):
    assert read_time_limit(text).recognised is False


# --- other layouts ---------------------------------------------------------------------------------

def test_section_rows_in_any_form(tmp_path):
    from test_tthc_excel import write_xlsx

    rows = [
        ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Thời hạn giải quyết"],
        ["A", "THỦ TỤC HÀNH CHÍNH CẤP XÃ"],
        ["I", None, "Lĩnh vực Hộ tịch"],
        [1, "1.001193", "Đăng ký khai sinh", "Trong ngày"],
        ["V. ĐẤT ĐAI"],
        [1, "1.003554", "Hòa giải tranh chấp đất đai", "45 ngày"],
        ["3", "Bảo trợ xã hội (06 tthc)"],
        [1, "1.001776", "Trợ cấp xã hội hằng tháng", "15 ngày làm việc"],
        [None, None, "NGƯỜI CÓ CÔNG - 02 TTHC"],
        [1, "1.010819", "Trợ cấp thờ cúng liệt sĩ", "12 ngày làm việc"],
        ["4.", None, "Lĩnh vực chứng thực (03 thủ tục)"],
        [1, "2.000815", "Chứng thực bản sao", "Trong ngày"],
        [2, None, "Thủ tục chưa có mã quốc gia", "Trong ngày"],
    ]
    result = parse_tthc_workbook(write_xlsx(tmp_path / "s.xlsx", rows, ["A5:D5"]))
    assert [(r.code, r.field) for r in result.records] == [
        ("1.001193", "Hộ tịch"), ("1.003554", "Đất đai"), ("1.001776", "Bảo trợ xã hội"),
        ("1.010819", "Người có công"), ("2.000815", "Chứng thực")]
    assert [(r.row_number, r.name, r.field) for r in result.no_code] == [
        (13, "Thủ tục chưa có mã quốc gia", "Chứng thực")]
    assert result.rejected == []


def test_value_from_another_column_is_rejected_never_written(tmp_path):
    from test_tthc_excel import write_xlsx

    rows = [
        ["STT", "Mã TTHC", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết", "Mức độ DVC", "Mã TTHC thay thế"],
        [1, "1.001193", "Đăng ký khai sinh", "Hộ tịch", "Trong ngày", "Toàn trình", None],
        [2, "1.001022", "Đăng ký kết hôn", "05 ngày làm việc", "Hộ tịch", "Một phần", None],
        [3, "1.000656", "Đăng ký khai tử", "Hộ tịch", "Trong ngày", "Luật Hộ tịch", None],
        [4, "1.003554", "Hòa giải", "Đất đai", "45 ngày", "Mức độ 3", "không có"],
        [5, "1.010819", "1.010820", "Người có công", "12 ngày", None, None],
    ]
    result = parse_tthc_workbook(write_xlsx(tmp_path / "v.xlsx", rows))
    assert [r.code for r in result.records] == ["1.001193"]
    assert [(r.row_number, r.reason, r.params.get("column")) for r in result.rejected] == [
        (3, tx.BAD_TIME_LIMIT, "Thời hạn giải quyết"), (4, tx.BAD_DVC, "Mức độ DVC"),
        (5, tx.BAD_SUCCESSOR, "Mã TTHC thay thế"), (6, tx.BAD_VALUE, "Tên thủ tục")]
