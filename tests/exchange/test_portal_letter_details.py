"""The portal's per-field sheet: parts lettered "a", "b)", "(c)" under a field numbered "1", "2" are details of
that field, like "1.1" (QA: S5c gave 10 fields and 2298 received); a sheet whose fields are lettered keeps them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from qms_desktop.exchange.portal_stats import PortalRefused, read_portal_stats
from qms_desktop.services import agency, field_stats, records

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PLAIN = FIXTURES / "ket_qua_tthc_theo_linh_vuc.xlsx"  # "1 Hộ tịch" … "8 Nuôi con nuôi" in rows 12-19, total in 20
LETTERED = FIXTURES / "portal_stats_letter_details.xlsx"  # the QA sample S5c: "a", "b" under "1 Hộ tịch"
KHAI_SINH = ["Đăng ký khai sinh", 400, 3, 200, 197, 395, 220, 175, 0, 5, 5, 0]
KET_HON = ["Đăng ký kết hôn", 355, 3, 118, 234, 349, 182, 164, 3, 6, 6, 0]
FIELDS = 8
RECEIVED = 1543  # the eight fields' rows; 2298 when the two parts of Hộ tịch are counted again


def _sheet(tmp_path: Path, rows=(), *, at: int = 13, total: bool = True, stt: dict[int, object] | None = None,
           name: str = "chi_tiet.xlsx") -> Path:
    """The plain export with ``rows`` (STT, name, figures …) inserted at row ``at``, its total row kept or not,
    and the STT cells ``stt`` (row → value, rows of the plain export) renumbered."""
    wb = openpyxl.load_workbook(PLAIN)
    ws = wb.active
    for row, value in (stt or {}).items():
        ws.cell(row, 1).value = value
    if not total:
        ws.delete_rows(20)
    if rows:
        ws.insert_rows(at, len(rows))
        for i, values in enumerate(rows):
            for col, value in enumerate(values, start=1):
                ws.cell(at + i, col).value = value
    path = tmp_path / name
    wb.save(path)
    return path


def _totals(sheet) -> tuple[int, int, int, int, int]:
    lines = sheet.lines
    return (len(lines), sum(x.received for x in lines), sum(x.on_time for x in lines), sum(x.late for x in lines),
            sum(x.pending for x in lines))


def test_the_fixtures_are_as_the_tests_expect():
    plain, lettered = openpyxl.load_workbook(PLAIN).active, openpyxl.load_workbook(LETTERED).active
    assert (plain["A12"].value, plain["B12"].value, plain["A13"].value) == (1, "Hộ tịch", 2)
    assert str(plain["B20"].value).lower().startswith("tổng")
    assert [lettered.cell(r, 1).value for r in (12, 13, 14, 15)] == [1, "a", "b", 2]
    assert [lettered.cell(13, c).value for c in range(2, 14)] == KHAI_SINH


def test_the_qa_sample_gives_eight_fields_and_1543_received():
    sheet = read_portal_stats(LETTERED)
    plain = read_portal_stats(PLAIN)
    assert len(sheet.lines) == FIELDS and sum(x.received for x in sheet.lines) == RECEIVED
    assert sheet.lines == plain.lines and _totals(sheet) == _totals(plain)
    assert "Đăng ký khai sinh" not in [x.field for x in sheet.lines]


@pytest.mark.parametrize("first, second", [("a", "b"), ("a)", "b)"), ("(a)", "(b)"), ("a.", "b."), ("d", "đ")])
@pytest.mark.parametrize("total", [True, False])
def test_lettered_parts_under_a_numbered_field_are_not_counted_again(tmp_path, first, second, total):
    sheet = read_portal_stats(_sheet(tmp_path, [[first, *KHAI_SINH], [second, *KET_HON]], total=total))
    assert _totals(sheet) == _totals(read_portal_stats(PLAIN))
    assert [x.field for x in sheet.lines] == [x.field for x in read_portal_stats(PLAIN).lines]
    assert sheet.total_checked is total


def test_a_letter_before_the_name_is_a_part_too(tmp_path):
    rows = [[None, "a) " + KHAI_SINH[0], *KHAI_SINH[1:]], [None, "b) " + KET_HON[0], *KET_HON[1:]]]
    sheet = read_portal_stats(_sheet(tmp_path, rows, total=False))
    assert len(sheet.lines) == FIELDS and sum(x.received for x in sheet.lines) == RECEIVED


def test_lettered_parts_under_a_field_numbered_1_dot_are_parts(tmp_path):
    sheet = read_portal_stats(_sheet(tmp_path, [["a", *KHAI_SINH], ["b", *KET_HON]], stt={12: "1."}))
    assert _totals(sheet) == _totals(read_portal_stats(PLAIN))


def test_lettered_parts_that_do_not_add_up_are_refused_naming_the_rows(tmp_path):
    with pytest.raises(PortalRefused) as refused:
        read_portal_stats(_sheet(tmp_path, [["a", *KHAI_SINH]]))
    text = refused.value.render()
    assert "The detail row(s) 13 (a) under the field Hộ tịch (row 12) do not add up" in text
    assert "Tiếp nhận: 400 in the details, 755 in the field's row" in text


def test_the_qa_sample_with_parts_that_do_not_add_up_is_refused(tmp_path):
    wb = openpyxl.load_workbook(LETTERED)
    wb.active["C14"] = 300  # "b Đăng ký kết hôn": 400 + 300 ≠ 755
    wb.save(tmp_path / "s5c_sai.xlsx")
    with pytest.raises(PortalRefused) as refused:
        read_portal_stats(tmp_path / "s5c_sai.xlsx")
    assert "The detail row(s) 13, 14 (a, b) under the field Hộ tịch (row 12)" in refused.value.render()


@pytest.mark.parametrize("style", ["{}", "{})", "({})"])
def test_a_sheet_whose_fields_are_all_lettered_keeps_them_as_fields(tmp_path, style):
    letters = "abcdđegh"
    path = _sheet(tmp_path, stt={12 + i: style.format(letter) for i, letter in enumerate(letters)})
    sheet = read_portal_stats(path)
    assert _totals(sheet) == _totals(read_portal_stats(PLAIN)) and sheet.total_checked
    assert [x.field for x in sheet.lines] == [x.field for x in read_portal_stats(PLAIN).lines]


def test_lettered_fields_below_a_numbered_heading_are_fields(tmp_path):
    """ "8 Nuôi con nuôi", then the heading "II Cấp huyện" (no figures) and its fields "a", "b": not parts of row 19."""
    rows = [["II", "Cấp huyện"], ["a", "Đất đai cấp huyện", 7, 0, 2, 5, 7, 3, 4, 0, 0, 0, 0],
            ["b", "Xây dựng", 5, 0, 1, 4, 4, 1, 3, 0, 1, 1, 0]]
    sheet = read_portal_stats(_sheet(tmp_path, rows, at=20, total=False))
    assert len(sheet.lines) == FIELDS + 2 and sum(x.received for x in sheet.lines) == RECEIVED + 12
    assert [x.field for x in sheet.lines[-2:]] == ["Đất đai cấp huyện", "Xây dựng"]


def test_roman_numbered_fields_and_their_letters_are_as_before(tmp_path):
    """A field numbered "I" (not digits) with figures: the lettered rows under it stay fields, as before."""
    rows = [["I", "Tư pháp", 10, 0, 5, 5, 10, 5, 5, 0, 0, 0, 0], ["a", "Hòa giải", 10, 0, 5, 5, 10, 5, 5, 0, 0, 0, 0]]
    sheet = read_portal_stats(_sheet(tmp_path, rows, at=20, total=False))
    assert [x.field for x in sheet.lines[-2:]] == ["Tư pháp", "Hòa giải"] and len(sheet.lines) == FIELDS + 2


def test_the_import_of_the_qa_sample_records_eight_fields(ctx):
    agency.save_profile(ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Tỉnh Lâm Đồng",
                                                  recipient="Sở Khoa học và Công nghệ tỉnh Lâm Đồng"))
    done = field_stats.import_portal_stats(ctx, LETTERED)
    assert done.stat_id is not None and len(done.lines) == FIELDS
    assert sum(x.received for x in done.lines) == RECEIVED
    assert len(records.list_records(ctx, "service_stat")) == 1
