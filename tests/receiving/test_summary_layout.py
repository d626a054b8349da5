"""The office's summary PDF: the per-unit annex keeps every unit's name inside its own cell (QA 13 F2: with
"Ủy ban nhân dân phường Đà Lạt" the names ran over the state column and the two overprinted)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest

from qms_desktop.reports.office_documents import OfficeInfo, SummaryReport, SummaryRow, summary_report_pdf

NAMES = ["Ủy ban nhân dân phường Đà Lạt", "Ủy ban nhân dân xã Hòa Bình",
         "Ủy ban nhân dân đặc khu Phú Quý tỉnh Lâm Đồng", "Ủy ban nhân dân phường Lâm Viên - Đà Lạt"] * 12


def _words(pdf: bytes, tmp_path) -> list[tuple[int, float, float, float, str]]:
    """(page, xMin, xMax, yMin, word) of every word, from pdftotext -bbox."""
    path = tmp_path / "s.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, text=True).stdout
    out, page = [], 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>', line)
        if m:
            out.append((page, float(m.group(1)), float(m.group(3)), float(m.group(2)), m.group(4)))
    return out


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) is not installed")
def test_unit_names_wrap_inside_their_cells_of_the_annex(tmp_path):
    office = OfficeInfo("Sở Khoa học và Công nghệ tỉnh Lâm Đồng", "Ủy ban nhân dân tỉnh Lâm Đồng", "Lâm Đồng", "Đà Lạt",
                        "Nguyễn Văn A", "Giám đốc", "SKHCN")
    figures = {"tthc_in_scope": 120, "procedures_effective": 110, "audits": 1, "reviews": 1, "nc_open_end": 2,
               "files_received": 12345, "on_time_rate": 98.7, "satisfaction": 99.1}
    rows = tuple(SummaryRow(f"LD{i:02d}", name, "received" if i % 3 else "missing", True if i % 3 else None,
                            figures if i % 3 else {}) for i, name in enumerate(NAMES))
    report = SummaryReport(period="2026", start=dt.date(2025, 12, 15), end=dt.date(2026, 12, 14),
                           due_date=dt.date(2026, 12, 20), target=98.0, expected=len(rows), received=32, on_time=32,
                           late=0, returned=0, missing=16, reporting_rate=66.6, on_time_rate=100.0, totals=figures,
                           office=office, date=dt.date(2026, 12, 21), period_label="năm 2026", rows=rows, warnings=())
    words = _words(summary_report_pdf(report), tmp_path)
    assert sum(w == "Tình" for *_r, w in words) >= 1, "the annex's header: Tình trạng"
    overprinted = [(a[4], b[4]) for i, a in enumerate(words) for b in words[i + 1:]
                   if a[0] == b[0] and abs(a[3] - b[3]) < 3 and a[1] < b[2] - 0.5 and b[1] < a[2] - 0.5]
    assert overprinted == []  # no two words on one line share any width: nothing runs into the next cell
    text = " ".join(w for *_rest, w in words)
    assert "Đà Lạt" in text and "Lâm Viên - Đà Lạt" in text


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) is not installed")
def test_the_petitions_line_counts_those_carried_over_among_the_unanswered(tmp_path):
    """QA 20 F4: 'tiếp nhận 6, chưa trả lời 2' while one of the 2 came from the period before, not among the 6."""
    office = OfficeInfo("Sở Khoa học và Công nghệ tỉnh Lâm Đồng", "Ủy ban nhân dân tỉnh Lâm Đồng", "Lâm Đồng", "Đà Lạt",
                        "Nguyễn Văn A", "Giám đốc", "SKHCN")
    figures = {"files_received": 100, "petitions": 6, "petitions_carried": 1, "petitions_pending": 2,
               "petitions_overdue": 1}
    report = SummaryReport(period="2026", start=dt.date(2025, 12, 15), end=dt.date(2026, 12, 14),
                           due_date=dt.date(2026, 12, 20), target=98.0, expected=1, received=1, on_time=1, late=0,
                           returned=0, missing=0, reporting_rate=100.0, on_time_rate=100.0, totals=figures,
                           office=office, date=dt.date(2026, 12, 21), period_label="năm 2026",
                           rows=(SummaryRow("LD01", "Xã Tân Phú", "received", True, figures),), warnings=())
    text = " ".join(w for *_rest, w in _words(summary_report_pdf(report), tmp_path))
    assert ("Phản ánh, kiến nghị của người dân: tiếp nhận 6, kỳ trước chuyển sang 1; chưa trả lời đến cuối kỳ 2, "
            "trong đó 1 quá hạn trả lời.") in text


def test_the_consolidated_workbook_prints_readably_over_pages_with_whose_figures_they_are(tmp_path):
    """QA 57 F2: the 28 columns of TongHop were fitted to one A4 width (text at about 4.7 pt), the unit names cut
    ("…Lâm Viê") and no page numbers. Three pages wide, STT/code/name repeated on each, names wrapped, numbered."""
    import io

    from openpyxl import load_workbook

    from qms_desktop.reports.office_workbook import consolidated_xlsx

    office = OfficeInfo("Sở Khoa học và Công nghệ tỉnh Lâm Đồng", "Ủy ban nhân dân tỉnh Lâm Đồng", "Lâm Đồng", "Đà Lạt",
                        "Nguyễn Văn A", "Giám đốc", "SKHCN")
    rows = tuple(SummaryRow(f"LD{i:02d}", name, "received", True, {"files_received": 1234}) for i, name in
                 enumerate(NAMES[:4]))
    report = SummaryReport(period="2026", start=dt.date(2025, 12, 15), end=dt.date(2026, 12, 14),
                           due_date=dt.date(2026, 12, 20), target=98.0, expected=4, received=4, on_time=4, late=0,
                           returned=0, missing=0, reporting_rate=100.0, on_time_rate=100.0, totals={}, office=office,
                           date=dt.date(2026, 12, 21), period_label="năm 2026", rows=rows, warnings=())
    wb = load_workbook(io.BytesIO(consolidated_xlsx(report)))
    ws = wb["TongHop"]
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight, ws.page_setup.orientation) == (3, 0, "landscape")
    assert ws.print_title_cols == "$A:$C" and ws.print_title_rows
    assert all(s.oddFooter.center.text == "&P / &N" for s in wb.worksheets)
    names = [c for c in ws["C"] if c.value in NAMES]
    assert names and all(c.alignment.wrap_text for c in names)
