"""The report's XLSX read back with openpyxl and converted by LibreOffice headless (UTF-8 CSV)."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from report_helpers import finalize, need

from qms_desktop.reports.xlsx import report_xlsx
from qms_desktop.services import reports

SHEETS = ["I. Áp dụng HTQLCL", "II. Tuân thủ QĐ 19", "III-V. Tồn tại, kiến nghị", "PL I. Quy trình",
          "PL II. Đánh giá nội bộ", "PL III. Sự không phù hợp", "PL IV. Mục tiêu chất lượng", "PL V. Giải quyết TTHC",
          "PL VI. TTHC theo lĩnh vực"]


@pytest.fixture
def workbook_file(commune, tmp_path) -> tuple[Path, object]:
    row = reports.create_report(commune.secretary, period="2026-H1")
    reports.update_report(commune.secretary, row.id, shortcomings="+84 cuộc gọi chưa được ghi nhận\n@thư điện tử",
                          plans="Tổ chức đánh giá nội bộ đợt 2.")
    finalize(commune, row.id, date="20/06/2026")
    data = reports.report_data(commune.leader, row.id)
    path = tmp_path / "report.xlsx"
    path.write_bytes(report_xlsx(data))
    return path, data


def _find(ws, value):
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == value:
                return cell
    raise AssertionError(f"{value!r} not in {ws.title}")


def test_sheets_titles_print_setup_and_frozen_headers(workbook_file):
    path, data = workbook_file
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS
    for ws in wb.worksheets:
        assert ws["A1"].value == "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ"
        assert ws["A2"].value.startswith("BÁO CÁO số 01/BC-UBND ngày 20/06/2026")
        assert ws["A1"].font.bold and ws["A3"].font.bold
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.freeze_panes == "A6" and ws.print_title_rows.replace("$", "") == "5:5"
        assert all(c.font.bold for c in ws[5] if c.value)
    assert wb["I. Áp dụng HTQLCL"]["A3"].value.startswith("I. TÌNH HÌNH XÂY DỰNG")
    assert wb["PL V. Giải quyết TTHC"].page_setup.orientation == "landscape"


def test_numbers_are_numbers_and_dates_are_dates(workbook_file):
    path, data = workbook_file
    wb = openpyxl.load_workbook(path)
    ws = wb["I. Áp dụng HTQLCL"]
    received = _find(ws, "Số hồ sơ TTHC tiếp nhận")
    value = ws.cell(row=received.row, column=3)
    assert value.value == 1282 and value.data_type == "n" and value.number_format == "#,##0"
    rate = ws.cell(row=_find(ws, "Tỷ lệ giải quyết đúng hạn").row, column=3)
    assert rate.value == pytest.approx(0.985) and rate.number_format == "0.0%"  # 98.58…% floored
    objectives = wb["PL IV. Mục tiêu chất lượng"]  # targets and results are numbers, not "≥ 98%"
    first = _find(objectives, "100% hồ sơ TTHC được giải quyết đúng hạn").row
    assert [objectives.cell(row=first, column=c).value for c in (3, 4, 5, 6, 7)] == ["≥", 98, 97.6, "%", "Không đạt"]
    assert all(objectives.cell(row=first, column=c).data_type == "n" for c in (4, 5))
    # a whole target reads 98, a decimal result 97,6 (QA 57 F10: "1.0 vụ", "98.0" where the PDF says 98)
    assert (objectives.cell(row=first, column=4).number_format, objectives.cell(row=first, column=5).number_format) \
        == ("#,##0", "#,##0.0#")
    stats = wb["PL V. Giải quyết TTHC"]
    assert stats["B6"].value == dt.datetime(2025, 12, 1) and stats["B6"].number_format == "dd/mm/yyyy"
    assert [stats.cell(row=6, column=c).value for c in (4, 5, 6, 7)] == [210, 205, 2, 3]
    total = _find(stats, "Tổng cộng")
    assert stats.cell(row=total.row, column=4).value == 1282
    metric_values = {m.key: m.value for p in data.parts for i in p.items for m in i.metrics}
    for ws in (wb["I. Áp dụng HTQLCL"], wb["II. Tuân thủ QĐ 19"]):
        for row in ws.iter_rows(min_row=6):
            label, number = row[1].value, row[2].value
            metric = next((m for p in data.parts for i in p.items for m in i.metrics if m.label == label), None)
            if metric is not None and metric.value is not None:
                expected = metric.value / 100 if metric.kind == "percent" else metric.value
                assert number == pytest.approx(expected), label
    assert metric_values["on_time"] == 1252


def test_text_that_looks_like_a_formula_stays_text(workbook_file):
    path, _data = workbook_file
    wb = openpyxl.load_workbook(path)
    ncs = wb["PL III. Sự không phù hợp"]
    cell = _find(ncs, "=1+2 phản ánh trả kết quả chậm")
    assert cell.data_type == "s" and cell.quotePrefix
    dash = _find(ncs, "-Hồ sơ lưu thiếu phiếu kiểm soát quá trình")
    assert dash.data_type == "s"
    narrative = wb["III-V. Tồn tại, kiến nghị"]
    assert _find(narrative, "+84 cuộc gọi chưa được ghi nhận").data_type == "s"
    assert _find(narrative, "@thư điện tử").data_type == "s"
    for ws in wb.worksheets:  # no formula anywhere in the workbook
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                if isinstance(c.value, str):
                    assert unicodedata.is_normalized("NFC", c.value)


def _libreoffice_csv(path: Path, out: Path) -> dict[str, list[list[str]]]:
    soffice = need("soffice")
    # 44 ',' / 34 '"' / 76 UTF-8 / from line 1 / … / 9th token true: as shown / 12th token -1: every sheet
    spec = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
    profile = out / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", spec,
                    "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=180)
    sheets = {}
    for name in SHEETS:
        file = out / f"{path.stem}-{name}.csv"
        assert file.exists(), sorted(p.name for p in out.iterdir())
        with open(file, encoding="utf-8", newline="") as fh:
            sheets[name] = list(csv.reader(fh))
    return sheets


def test_libreoffice_reads_the_same_figures(workbook_file, tmp_path):
    path, data = workbook_file
    sheets = _libreoffice_csv(path, tmp_path / "csv")
    part1 = sheets["I. Áp dụng HTQLCL"]
    assert part1[0][0] == "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ"
    rows = {r[1]: r for r in part1 if len(r) > 2}
    assert rows["Số hồ sơ TTHC tiếp nhận"][2].replace(",", "").replace(".", "") == "1282"
    assert rows["Tỷ lệ giải quyết đúng hạn"][2] in ("98.5%", "98,5%")
    ncs = sheets["PL III. Sự không phù hợp"]
    texts = [cell for row in ncs for cell in row]
    assert "=1+2 phản ánh trả kết quả chậm" in texts and "3" not in texts
    assert "-Hồ sơ lưu thiếu phiếu kiểm soát quá trình" in texts
    narrative = [cell for row in sheets["III-V. Tồn tại, kiến nghị"] for cell in row]
    assert "+84 cuộc gọi chưa được ghi nhận" in narrative and "@thư điện tử" in narrative
    stats = sheets["PL V. Giải quyết TTHC"]
    assert stats[5][1:7] == ["01/12/2025", "31/12/2025", "210", "205", "2", "3"]
    for rows_ in sheets.values():
        for row in rows_:
            for cell in row:
                assert unicodedata.is_normalized("NFC", cell)
                assert "#NAME" not in cell and "Err:" not in cell


def test_a_long_text_goes_on_in_the_rows_below_and_no_row_passes_excels_409_points(tmp_path):
    """QA 27 F1: a 3,000-character description in a 24-wide column made a row of more than 409 points, Excel's
    highest: the printout cut it mid-sentence. It now goes on in the rows below, every row printable, nothing lost."""
    from qms_desktop.reports.report_data import Column
    from qms_desktop.reports.xlsx import _lines, _table_row

    sentence = "Hồ sơ chứng thực không có Phiếu kiểm soát quá trình giải quyết theo quy định. "
    text = (sentence * 40).strip() + " HẾT."
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 6, 24
    end = _table_row(ws, 1, ["01/2026", text], (Column("Số"), Column("Mô tả")))
    assert end > 2  # the rest in the rows below
    assert all(ws.row_dimensions[r].height < 409 for r in range(1, end))
    pieces = [ws.cell(r, 2).value for r in range(1, end)]
    assert " ".join(pieces) == text and ws.cell(1, 1).value == "01/2026"
    assert all(_lines(p, 24) * 16 + 4 <= 409 for p in pieces)  # each piece fits its row
    wb.save(tmp_path / "long.xlsx")
    again = openpyxl.load_workbook(tmp_path / "long.xlsx").active
    assert " ".join(again.cell(r, 2).value for r in range(1, end)).endswith("HẾT.")


def test_the_short_cells_of_a_long_row_span_the_rows_its_text_goes_on_in(tmp_path):
    """QA 40 F2, F4: the pieces of a long nonconformity stood on rows without number, date or status (a printed
    page, or a sort, parted them from their row); STT, right-aligned against the number beside it, read '205/2026'."""
    from qms_desktop.reports.report_data import INT, Column
    from qms_desktop.reports.xlsx import _table_row

    text = ("Công dân phản ánh hồ sơ chứng thực bị trả lại nhiều lần do thiếu hướng dẫn. " * 60).strip()
    wb = openpyxl.Workbook()
    ws = wb.active
    for letter, width in zip("ABCD", (6, 10, 24, 12)):
        ws.column_dimensions[letter].width = width
    end = _table_row(ws, 1, [2, "05/2026", text, "Đang khắc phục"],
                     (Column("STT", INT), Column("Số"), Column("Mô tả"), Column("Tình trạng")))
    assert end > 3
    wb.save(tmp_path / "row.xlsx")
    again = openpyxl.load_workbook(tmp_path / "row.xlsx").active
    merged = {str(r) for r in again.merged_cells.ranges}
    assert {f"A1:A{end - 1}", f"B1:B{end - 1}", f"D1:D{end - 1}"} <= merged and not any(m.startswith("C") for m in merged)
    assert again.cell(1, 1).value == 2 and again.cell(1, 1).alignment.horizontal == "center"
    assert " ".join(again.cell(r, 3).value for r in range(1, end)) == text


def test_row_heights_hold_the_lines_libreoffice_wraps_the_text_in(tmp_path):
    """QA 40 F3 / QA 27 F7: row heights came from a count of characters (0.9 a column unit): in narrow columns
    LibreOffice — and Excel — wrapped the text to more lines than that, and the printout cut it; in wide ones the
    row was left half empty. The estimate now measures the words in the font: never fewer lines than LibreOffice
    lays out, at most two more. LibreOffice sizes a column by the workbook's default font (Calibri) as Excel does
    only where Calibri or its metric twin Carlito is installed (CI installs fonts-crosextra-carlito)."""
    import random
    import re
    import shutil

    from qms_desktop.reports.xlsx import _lines, _put

    soffice, pdftotext_ = need("soffice"), need("pdftotext")
    fonts = subprocess.run(["fc-list"], capture_output=True, text=True).stdout if shutil.which("fc-list") else ""
    if "Carlito" not in fonts and "Calibri" not in fonts:
        pytest.skip("neither Calibri nor Carlito is installed: LibreOffice would size the columns by another font")
    words = ("Thủ tục hành chính được giải quyết đúng hạn theo quy định của pháp luật về kiểm soát tại Ủy ban nhân "
             "dân xã phường công chức văn phòng thống kê tiếp nhận hồ sơ đánh giá nội bộ không phù hợp khắc phục "
             "01/2026 (QĐ-UBND) TTHC").split()
    rng = random.Random(7)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    expected = []
    for width in (8, 11, 16, 24, 47, 74):
        for k in range(4):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(3, 40)))
            ws = wb.create_sheet(f"w{width}k{k}")
            ws.column_dimensions["A"].width = width
            _put(ws, 1, 1, text, bold=k == 3)
            ws.row_dimensions[1].height = 409  # room for every line LibreOffice lays out: they are counted
            expected.append((width, text, _lines(text, width, bold=k == 3)))
    path = tmp_path / "lines.xlsx"
    wb.save(path)
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=180)
    boxes = subprocess.run([pdftotext_, "-bbox", str(tmp_path / "lines.pdf"), "-"], capture_output=True, text=True,
                           check=True).stdout
    pages = boxes.split("<page ")[1:]
    assert len(pages) == len(expected)
    for (width, text, estimate), page in zip(expected, pages):
        laid = len({round(float(y)) for y in re.findall(r'yMin="([\d.]+)"', page)})
        assert laid <= estimate <= laid + 2, (width, estimate, laid, text)


def test_a_date_shows_whole_and_no_word_is_broken_in_a_narrow_column(workbook_file):
    """Seen in LibreOffice with Excel's column widths (Carlito): Phụ lục III's 'Ngày phát hiện' and 'Hạn khắc phục'
    printed '###' in place of the date, their share of the landscape width being narrower than dd/mm/yyyy; and
    'Đã đóng ngày 28/01/2026' broke the date over two lines. A column is now at least as wide as a date, and as its
    longest word."""
    from qms_desktop.reports.fonts import SERIF, string_width
    from qms_desktop.reports.report_data import DATE, TEXT, Column, Table
    from qms_desktop.reports.xlsx import _table_sheet, _usable_points

    table = Table(key="nonconformities", title="Sự không phù hợp", columns=(
        Column("STT", "int", 0.4), Column("Số", TEXT, 0.8), Column("Ngày phát hiện", DATE, 0.9),
        Column("Nội dung", TEXT, 3.0), Column("Nguyên nhân", TEXT, 2.5), Column("Hành động khắc phục", TEXT, 3.0),
        Column("Hạn khắc phục", DATE, 0.9), Column("Tình trạng cuối kỳ", TEXT, 0.9)),
        rows=((1, "03/2025", dt.date(2025, 11, 14), "Công dân phản ánh.", "Chưa có bước thông báo.", "Sửa quy trình.",
               dt.date(2026, 1, 2), "Đã đóng ngày 28/01/2026"),))
    wb = openpyxl.Workbook()
    _table_sheet(wb, workbook_file[1], 3, table)
    ws = wb.worksheets[-1]
    for letter in "CG":
        assert _usable_points(ws.column_dimensions[letter].width) >= string_width("00/00/0000", SERIF, 12)
    assert _usable_points(ws.column_dimensions["H"].width) >= string_width("28/01/2026", SERIF, 12)
