"""The consolidated workbook of a period (openpyxl): one row per unit, numbers as numbers.

Sheets: ``TongHop`` (every unit's key figures side by side, with a totals row), ``TinhHinhNop``
(expected / received / on time / late / returned / missing, the rates, the chase list) and
``CanhBao`` (the warnings across units). Percentages are fractions formatted '0.0%'. Totals are
written as values (not formulas) so that any reader sees them without recalculating.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from qms_desktop.reports import wording as W
from qms_desktop.reports import wording_office as O
from qms_desktop.reports.office_documents import SummaryReport
from qms_desktop.reports.report_data import DATE, INT, PERCENT, TEXT
from qms_desktop.reports.xlsx import FONT, NUMBER_FORMATS, _put, safe_text

FIGURE_ORDER = ("tthc_in_scope", "tthc_covered", "procedures_effective", "audits", "reviews", "nc_opened", "nc_closed",
                "nc_open_end", "nc_overdue", "files_received", "files_on_time", "files_late", "on_time_rate",
                "satisfaction", "trainings", "complaints", "petitions", "petitions_carried", "petitions_pending",
                "petitions_overdue",
                "improvements")
_RATES = {"on_time_rate", "satisfaction"}
_GREY = PatternFill("solid", fgColor="EEEEEE")


class _Styles:
    """Style objects made once and shared by every cell (a province has up to 168 rows, the country 3,321:
    creating a Font and an Alignment per cell is what makes openpyxl slow)."""

    def __init__(self) -> None:
        from openpyxl.styles import Border, Side

        thin = Side(style="thin", color="000000")
        self.box = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.font = Font(name=FONT, size=11)
        self.bold = Font(name=FONT, size=11, bold=True)
        self.left = Alignment(vertical="top", horizontal="left")
        self.right = Alignment(vertical="top", horizontal="right")
        self.center = Alignment(vertical="top", horizontal="center")
        self.wrap = Alignment(vertical="top", horizontal="left", wrap_text=True)


def _fast(ws, st: _Styles, row: int, col: int, value, kind: str = TEXT, *, bold: bool = False) -> None:
    cell = ws.cell(row=row, column=col)
    if value is None or value == "":
        cell.value = None
    elif kind == PERCENT and isinstance(value, (int, float)):
        cell.value = float(value) / 100.0
    elif kind in (INT, DATE) and not isinstance(value, str):
        cell.value = value
    else:
        safe_text(cell, str(value))
    if kind in NUMBER_FORMATS and cell.value is not None and not isinstance(cell.value, str):
        cell.number_format = NUMBER_FORMATS[kind]
    cell.font = st.bold if bold else st.font
    cell.alignment = st.right if kind in (INT, PERCENT) else st.center if kind == DATE else st.left
    cell.border = st.box


def _setup(ws, widths: list[float], landscape: bool = True, pages_wide: int = 1) -> None:
    """A4, as many pages wide as ``pages_wide`` (the columns of a wide sheet printed over several pages rather than
    shrunk to an unreadable size: QA 57 F2), page numbers in the footer."""
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = pages_wide
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "&P / &N"


def _titles(ws, d: SummaryReport, heading: str, width: int) -> int:
    last = get_column_letter(width)
    for row, (text, bold, size) in enumerate(((d.office.full_name.upper(), True, 12), (heading, True, 13),
                                              (f"Số liệu từ ngày {W.date_vn(d.start)} đến ngày {W.date_vn(d.end)}; "
                                               f"hạn gửi báo cáo {W.date_vn(d.due_date)}", False, 11)), start=1):
        ws.merge_cells(f"A{row}:{last}{row}")
        _put(ws, row, 1, text, bold=bold, size=size, align="center")
    return 5


FIRST_PAGE_COLUMNS = 11  # of TongHop's, printed three pages wide: STT to the NCs (the first page's share)


def consolidated_xlsx(d: SummaryReport) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "TongHop"
    header = ["STT", "Mã đơn vị", "Tên đơn vị", "Tình trạng", "Ngày gửi", "Đúng hạn"] + \
        [O.FIGURES_VI[k] for k in FIGURE_ORDER] + ["Chữ ký số của báo cáo (PDF)"]
    signature_col = len(header)  # last: the columns before it keep their places
    _setup(ws, [5, 11, 30, 13, 11, 9] + [11] * len(FIGURE_ORDER) + [20], pages_wide=3)
    ws.print_title_cols = "A:C"  # each page of figures says whose they are: STT, code, name
    # the titles over the first page's columns (merged over all 28 they were cut across the three pages)
    row = _titles(ws, d, f"TỔNG HỢP SỐ LIỆU BÁO CÁO HTQLCL CỦA CÁC ĐƠN VỊ {d.period_label.upper()}",
                  min(len(header), FIRST_PAGE_COLUMNS))
    for col, text in enumerate(header, start=1):
        _put(ws, row, col, text, bold=True, size=11, border=True, align="center")
    ws.row_dimensions[row].height = 45
    first = row + 1
    st = _Styles()
    for i, r in enumerate(d.rows, start=1):
        row += 1
        _fast(ws, st, row, 1, i, INT)
        _fast(ws, st, row, 2, r.code)
        _fast(ws, st, row, 3, r.name)
        ws.cell(row=row, column=3).alignment = st.wrap  # a long name on two lines, not cut at the column's edge
        _fast(ws, st, row, 4, O.STATE_VI.get(r.state, r.state) + (f" ({r.note})" if r.note else ""))
        _fast(ws, st, row, 5, r.sent_date, DATE)
        _fast(ws, st, row, 6, "" if r.on_time is None else ("Có" if r.on_time else "Không"))
        for j, key in enumerate(FIGURE_ORDER, start=7):
            _fast(ws, st, row, j, r.figures.get(key), PERCENT if key in _RATES else INT)
        _fast(ws, st, row, signature_col,
              "" if r.pdf_signature is None else O.PDF_SIGNATURE_VI.get(r.pdf_signature, r.pdf_signature))
    row += 1
    for col in (1, 2, 5):
        _fast(ws, st, row, col, None)
    _fast(ws, st, row, 3, W.TOTAL, bold=True)
    _fast(ws, st, row, 4, f"{d.received}/{d.expected}", bold=True)
    _fast(ws, st, row, 6, d.on_time, INT, bold=True)
    for j, key in enumerate(FIGURE_ORDER, start=7):
        _fast(ws, st, row, j, d.totals.get(key), PERCENT if key in _RATES else INT, bold=True)
    _fast(ws, st, row, signature_col, None)
    for col in range(1, len(header) + 1):
        ws.cell(row=row, column=col).fill = _GREY
    ws.freeze_panes = ws.cell(row=first, column=4)
    ws.print_title_rows = f"{first - 1}:{first - 1}"

    st = wb.create_sheet("TinhHinhNop")
    _setup(st, [34, 14, 40], landscape=False)
    row = _titles(st, d, f"TÌNH HÌNH GỬI BÁO CÁO {d.period_label.upper()}", 3)
    for label, value, kind in (("Số đơn vị phải báo cáo", d.expected, INT), ("Đã nhận", d.received, INT),
                               ("Đúng hạn", d.on_time, INT), ("Trễ hạn", d.late, INT),
                               ("Trả lại để chỉnh sửa", d.returned, INT), ("Chưa gửi", d.missing, INT),
                               ("Tỷ lệ gửi báo cáo", d.reporting_rate, PERCENT),
                               ("Tỷ lệ gửi đúng hạn", d.on_time_rate, PERCENT)):
        _put(st, row, 1, label, border=True)
        _put(st, row, 2, value, kind, border=True)
        row += 1
    # who has not sent, and who sent late, each with the days after the due date (QA 58 F3: the clerk counted them)
    for title, days, chosen in (("Đơn vị chưa gửi báo cáo", "Quá hạn (ngày)", lambda r: r.state == "missing"),
                                ("Đơn vị gửi báo cáo trễ hạn", "Trễ (ngày)", lambda r: r.on_time is False)):
        row += 2
        _put(st, row, 1, title, bold=True)
        row += 1
        for col, text in enumerate(("Mã đơn vị", days, "Tên đơn vị"), start=1):
            _put(st, row, col, text, bold=True, border=True)
        for r in d.rows:
            if chosen(r):
                row += 1
                _put(st, row, 1, r.code, TEXT, border=True)
                _put(st, row, 2, r.days_late, INT, border=True)
                _put(st, row, 3, r.name, border=True)

    wsw = wb.create_sheet("CanhBao")
    _setup(wsw, [12, 30, 60], landscape=False)
    row = _titles(wsw, d, f"CÁC ĐƠN VỊ CẦN LƯU Ý {d.period_label.upper()}", 3)
    for col, text in enumerate(("Mã đơn vị", "Tên đơn vị", "Nội dung cần lưu ý"), start=1):
        _put(wsw, row, col, text, bold=True, border=True)
    for code, unit, rule, params in d.warnings:
        row += 1
        _put(wsw, row, 1, code, border=True)
        _put(wsw, row, 2, unit, border=True)
        text = (O.WARNING_VI[rule] + O.WARNING_VI_DETAIL.get(rule, "")).format(
            **(params | {"target": f"{d.target:g}".replace(".", ",")}))
        _put(wsw, row, 3, text[:1].upper() + text[1:], border=True)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
