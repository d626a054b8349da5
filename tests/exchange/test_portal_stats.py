"""The province's portal export of TTHC results per field: read back, and refused when wrong."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from qms_desktop.domain.errors import ValidationError
from qms_desktop.exchange.portal_stats import PortalRefused, read_portal_stats
from qms_desktop.exchange.tabular import FileRefused
from qms_desktop.services import field_stats, records

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ket_qua_tthc_theo_linh_vuc.xlsx"


def _edited(tmp_path: Path, **cells) -> Path:
    wb = openpyxl.load_workbook(FIXTURE)
    ws = wb.active
    for ref, value in cells.items():
        ws[ref] = value
    out = tmp_path / "edited.xlsx"
    wb.save(out)
    return out


def test_the_export_is_read_with_its_period_and_checked_total():
    sheet = read_portal_stats(FIXTURE)
    assert (sheet.start, sheet.end, sheet.total_checked) == (dt.date(2025, 12, 15), dt.date(2026, 6, 14), True)
    assert [x.field for x in sheet.lines][:3] == ["Hộ tịch", "Chứng thực", "Đất đai"]
    hotich = sheet.lines[0]
    # received = carried over + new (6 + 318 + 431); on time = early + on time (402 + 339); pending = 11 + 0
    assert (hotich.received, hotich.on_time, hotich.late, hotich.pending) == (755, 741, 3, 11)


def test_a_total_row_that_does_not_add_up_is_refused(tmp_path):
    with pytest.raises(PortalRefused) as refused:
        read_portal_stats(_edited(tmp_path, C20=9999))
    assert "does not match the sum" in refused.value.render() and "Tiếp nhận" in refused.value.render()


@pytest.mark.parametrize("cells, expected", [
    ({"B13": "Hộ tịch"}, "appears twice"),
    ({"C12": "nhiều"}, "is not a whole number"),
    ({"C12": 5}, "exceed the applications received"),
    ({"B8": "Tên"}, "No header row found"),
])
def test_bad_rows_are_refused_with_their_row(tmp_path, cells, expected):
    with pytest.raises(PortalRefused) as refused:
        read_portal_stats(_edited(tmp_path, **cells))
    assert expected in refused.value.render()


def test_counts_typed_as_text_are_read_as_a_person_reads_them(tmp_path):
    """QA 44 F1/F4: "755.0" (a database export's zero decimals) was read as 7550 — every dot dropped as a
    thousands separator, the total row too, so its check passed; "-" for none and "1 543" with a non-breaking
    space were refused."""
    sheet = read_portal_stats(_edited(tmp_path, C12="755.0", D12="6,00", G12="744.0", H12="402", I12="339",
                                      J12="3", K12="11", L12="11", M12="-", C13="614", D13="–", J13="-",
                                      C20="1\u00a0543", K20="26.0"))
    hotich, chungthuc = sheet.lines[:2]
    assert (hotich.received, hotich.on_time, hotich.late, hotich.pending) == (755, 741, 3, 11)
    assert (chungthuc.received, chungthuc.late) == (614, 0) and sheet.total_checked
    assert sum(x.received for x in sheet.lines) == 1543


@pytest.mark.parametrize("value", ["7.5", "1.54", "1.543.0", "12,5", "-3", "1 54"])
def test_a_count_that_is_no_whole_number_names_its_row_and_column(tmp_path, value):
    with pytest.raises(PortalRefused) as refused:
        read_portal_stats(_edited(tmp_path, J12=value))
    assert refused.value.render() == f"Row 12, column J: '{value}' is not a whole number of applications."


def test_not_a_workbook(tmp_path):
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"\x00" * 100)
    with pytest.raises(FileRefused):
        read_portal_stats(bad)


def test_import_dry_run_writes_nothing_and_a_sheet_without_dates_needs_them(ctx, tmp_path):
    dry = field_stats.import_portal_stats(ctx, FIXTURE, dry_run=True)
    assert dry.stat_id is None and dry.created and records.list_records(ctx, "service_stat") == []
    undated = _edited(tmp_path, A5="Kỳ báo cáo: 6 tháng đầu năm 2026")
    with pytest.raises(ValidationError):
        field_stats.import_portal_stats(ctx, undated)
    assert records.list_records(ctx, "service_stat") == []
    done = field_stats.import_portal_stats(ctx, undated, start="15/12/2025", end="14/06/2026")
    again = field_stats.import_portal_stats(ctx, FIXTURE)  # the same period: its lines are replaced, not added
    assert again.stat_id == done.stat_id and not again.created
    assert len(field_stats.get_field_stats(ctx, done.stat_id).lines) == 8


def test_lines_are_validated_and_nothing_changes_on_a_refusal(ctx):
    stat = records.create(ctx, "service_stat", {"period_start": "01/01/2026", "period_end": "31/01/2026",
                                                "received": 20, "on_time": 18, "late": 1, "pending": 1})
    for lines in ([{"field": "", "received": 1}], [{"field": "Hộ tịch", "received": -1}],
                  [{"field": "Hộ tịch", "received": 1}, {"field": "hộ tịch", "received": 2}],
                  [{"field": "Hộ tịch", "received": 1, "on_time": 2}]):
        with pytest.raises(ValidationError):
            field_stats.set_field_stats(ctx, stat.id, lines)
    assert field_stats.get_field_stats(ctx, stat.id).lines == ()
    assert records.get(ctx, "service_stat", stat.id).values["received"] == 20


def test_a_total_typed_apart_from_the_fields_is_refused(ctx):
    """QA 8 F7.3: a period kept per field took a typed total of 999 while its fields added up to 738; the report
    printed both. The fields are the figures; a total may only follow them."""
    stat = records.create(ctx, "service_stat", {"period_start": "01/01/2026", "period_end": "31/01/2026"})
    field_stats.set_field_stats(ctx, stat.id, [{"field": "Hộ tịch", "received": 30, "on_time": 25, "late": 2, "pending": 3},
                                               {"field": "Chứng thực", "received": 10, "on_time": 10}])
    for change, field, text in (({"received": 999}, "received", "Applications received is the sum of its fields (40), not 999"),
                                ({"on_time": 36, "late": 1}, "on_time", "Settled on time is the sum of its fields (35), not 36"),
                                ({"pending": 0}, "pending", "Pending is the sum of its fields (3), not 0")):
        with pytest.raises(ValidationError) as refused:
            records.update(ctx, "service_stat", stat.id, change)
        assert refused.value.field == field and text in refused.value.render(), refused.value.render()
    assert {k: records.get(ctx, "service_stat", stat.id).values[k] for k in ("received", "on_time", "late", "pending")} == {
        "received": 40, "on_time": 35, "late": 2, "pending": 3}
    # the note, and the totals as they are (an edit form sends every field), still save
    every = dict(records.get(ctx, "service_stat", stat.id).values, note="Số liệu từ sổ một cửa")
    assert records.update(ctx, "service_stat", stat.id, every).values["note"] == "Số liệu từ sổ một cửa"
    # a period without lines per field keeps its typed totals
    other = records.create(ctx, "service_stat", {"period_start": "01/02/2026", "period_end": "28/02/2026", "received": 5})
    assert records.update(ctx, "service_stat", other.id, {"received": 7, "on_time": 7}).values["received"] == 7


def _made(tmp_path: Path, rows, merges) -> list[tuple]:
    """The (field, received, on time, late, pending) read from a sheet of ``rows`` with ``merges``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for cells in merges:
        ws.merge_cells(cells)
    wb.save(tmp_path / "made.xlsx")
    sheet = read_portal_stats(tmp_path / "made.xlsx")
    assert sheet.start == dt.date(2025, 12, 15)
    return [(x.field, x.received, x.on_time, x.late, x.pending) for x in sheet.lines]


def test_results_split_by_channel_are_added_not_cut_to_the_first_channel(tmp_path):
    """QA 23 F1: 'Trả đúng hạn' over 'Trực tuyến | Trực tiếp': only the online column was read (30 of 80 on time),
    the rest dropped without a word. A 'Trong đó trực tuyến' column is a part of the total, never added."""
    assert _made(tmp_path, [
        ["TÌNH HÌNH GIẢI QUYẾT TTHC"], ["Từ ngày 15/12/2025 đến ngày 14/06/2026"], [],
        ["STT", "Lĩnh vực", "Số hồ sơ nhận giải quyết", None, "Trả đúng hạn", None, "Trả quá hạn", None,
         "Số hồ sơ đang giải quyết (tổng số)"],
        [None, None, "Tổng số", "Trong đó trực tuyến", "Trực tuyến", "Trực tiếp", "Trực tuyến", "Trực tiếp"],
        [1, "Hộ tịch", 100, 40, 30, 50, 5, 5, 10], [2, "Chứng thực", 50, 0, 0, 48, 0, 2, 0],
        [None, "Tổng cộng", 150, 40, 30, 98, 5, 7, 10]],  # and the total row checks the sums
        ("A4:A5", "B4:B5", "E4:F4", "G4:H4", "I4:I5")) == [("Hộ tịch", 100, 80, 10, 10), ("Chứng thực", 50, 48, 2, 0)]


def test_a_field_named_cong_thuong_is_a_field_and_a_total_row_first_is_read_as_the_total(tmp_path):
    """QA 23 F2: 'Công thương' was taken for the total row ('Cộng'); F3: a total row right under the header hid the
    fields below it ('no field row with figures')."""
    sheet = read_portal_stats(_edited(tmp_path, B13="Công thương"))
    assert "Công thương" in [x.field for x in sheet.lines] and sheet.total_checked

    wb = openpyxl.load_workbook(FIXTURE)
    ws = wb.active
    total = [c.value for c in ws[20]]
    ws.insert_rows(12)
    for col, value in enumerate(total, 1):
        ws.cell(12, col, value)
        ws.cell(21, col).value = None
    wb.save(tmp_path / "tong_truoc.xlsx")
    first = read_portal_stats(tmp_path / "tong_truoc.xlsx")
    assert [x.field for x in first.lines] == [x.field for x in read_portal_stats(FIXTURE).lines]
    assert first.total_checked
    ws.cell(12, 3, 9999)  # and a total that does not add up is still refused
    wb.save(tmp_path / "tong_sai.xlsx")
    with pytest.raises(PortalRefused):
        read_portal_stats(tmp_path / "tong_sai.xlsx")


@pytest.mark.parametrize("title", [
    "Kỳ báo cáo: từ 15/12/2025 đến 14/06/2026", "(Từ ngày 15-12-2025 đến ngày 14-06-2026)",
    "Từ ngày 15.12.2025 đến ngày 14.06.2026"])
def test_the_period_written_in_the_other_usual_ways_is_read(tmp_path, title):
    """QA 23 F4: these titles were refused with "the sheet does not state its period (Từ ngày … đến ngày …)"."""
    sheet = read_portal_stats(_edited(tmp_path, A5=title))
    assert (sheet.start, sheet.end) == (dt.date(2025, 12, 15), dt.date(2026, 6, 14))


def test_the_period_in_date_cells_of_the_title_row_is_read(tmp_path):
    sheet = read_portal_stats(_edited(tmp_path, A5="Kỳ báo cáo: 6 tháng đầu năm 2026", A6="Từ ngày",
                                      B6=dt.datetime(2025, 12, 15), C6="đến ngày", D6=dt.datetime(2026, 6, 14)))
    assert (sheet.start, sheet.end) == (dt.date(2025, 12, 15), dt.date(2026, 6, 14))


def test_a_simple_header_is_read(tmp_path):
    """QA 23 F6: 'Số hồ sơ tiếp nhận' and 'Số hồ sơ đang giải quyết' without 'Tổng số', and results under a
    heading merged across ('Kết quả giải quyết': Đúng hạn | Quá hạn), were refused as no header at all."""
    assert _made(tmp_path, [
        ["Từ ngày 15/12/2025 đến ngày 14/06/2026"],
        ["STT", "Lĩnh vực", "Số hồ sơ tiếp nhận", "Kết quả giải quyết", None, "Số hồ sơ đang giải quyết"],
        [None, None, None, "Đúng hạn", "Quá hạn", None], [1, "Hộ tịch", 100, 85, 5, 10], [2, "Chứng thực", 50, 50, 0, 0]],
        ("A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3")) == [("Hộ tịch", 100, 85, 5, 10), ("Chứng thực", 50, 50, 0, 0)]


@pytest.mark.parametrize("column", ["H", "I", "C", "J"])
def test_a_column_hidden_in_excel_is_read_all_the_same(tmp_path, column):
    """QA 62 F1, F2: with "Trả trước hạn" (H) hidden to fit the page, 244 of 741 on time were saved, exit 0; with
    "Tổng số" (C) or "Trả quá hạn" (J) hidden the header was "not found". The .xls and .ods of the same sheet were read
    whole: a hidden column of the statistics counts."""
    wb = openpyxl.load_workbook(FIXTURE)
    wb.active.column_dimensions[column].hidden = True
    path = tmp_path / f"hidden_{column}.xlsx"
    wb.save(path)
    sheet = read_portal_stats(path)
    hotich = sheet.lines[0]
    assert (hotich.received, hotich.on_time, hotich.late, hotich.pending) == (755, 741, 3, 11)
    assert sheet.total_checked and sheet.hidden_columns == ()


def test_a_word_table_under_title_paragraphs_is_read(tmp_path):
    """QA 62 F6: the export pasted into Word, its title (unit, period) as paragraphs above the table, was refused as
    having no header: only the paragraphs were read."""
    import docx

    wb = openpyxl.load_workbook(FIXTURE)
    grid = [[("" if v is None else str(v)) for v in row] for row in wb.active.iter_rows(values_only=True)]
    title = [row for row in grid[:7] if any(row)]
    document = docx.Document()
    for row in title:
        document.add_paragraph(" ".join(v for v in row if v))
    table = document.add_table(rows=0, cols=len(grid[0]))
    for row in grid[7:]:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    path = tmp_path / "bieu_06a.docx"
    document.save(path)
    sheet = read_portal_stats(path)
    assert (sheet.start, sheet.end) == (dt.date(2025, 12, 15), dt.date(2026, 6, 14))
    hotich = sheet.lines[0]
    assert (hotich.field, hotich.received, hotich.on_time, hotich.late, hotich.pending) == ("Hộ tịch", 755, 741, 3, 11)
