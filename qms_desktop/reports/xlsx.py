"""The periodic report as an XLSX workbook (openpyxl): the same figures and tables as the PDF.

One sheet per part (I, II, III–V) and per appendix; each titled, A4 print set-up fitted to the
page width, header rows frozen and repeated on every printed page. Numbers are numbers, dates
are dates, percentages are fractions shown as '0.0%'. Text that starts with = + - @ is written as
a string with Excel's quote prefix, so no spreadsheet ever evaluates it as a formula. A text longer
than a cell holds (32,767 characters) goes on over the rows below it, cut between sentences or words
(``cell_chunks``): nothing the PDF prints is lost.
"""

from __future__ import annotations

import copy
import functools
import io
import math
import re
import unicodedata
import weakref

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from qms_desktop.domain.text import strip_controls
from qms_desktop.reports import wording as W
from qms_desktop.reports.report_data import DATE, FLOAT, INT, PERCENT, Column, Metric, Part, ReportData, Table

FONT = "Times New Roman"  # Liberation Serif stands in for it where it is missing (same metrics)
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
NUMBER_FORMATS = {INT: "#,##0", FLOAT: "#,##0.0#", PERCENT: "0.0%", DATE: "dd/mm/yyyy"}


CELL_LIMIT = 32_767  # characters an Excel cell holds (openpyxl cuts a longer text without a word)
_CHUNK = 32_000  # a chunk's length at most: room for what NFC and the quote prefix may change


def cell_chunks(text: str, limit: int = _CHUNK) -> list[str]:
    """``text`` cut into pieces that each fit in a cell, at a line break, else after a sentence, else
    between words (a word longer than a cell, only then, inside it): the pieces joined with the separator
    dropped at each cut (a line break or a space; none after a cut inside a word) give the text back."""
    text = unicodedata.normalize("NFC", strip_controls(text))
    out = []
    while len(text) > limit:
        window = text[:limit + 1]
        half = limit // 2
        cut = window.rfind("\n", half)
        if cut < 0:
            cut = max(window.rfind(mark, half, limit) for mark in (". ", "! ", "? ", "; "))
            cut = cut + 1 if cut >= 0 else window.rfind(" ", half)
        if cut < 0:  # no space in half a cell: cut inside the word
            out.append(text[:limit])
            text = text[limit:]
            continue
        out.append(text[:cut])
        text = text[cut + 1:]
    out.append(text)
    return out


def safe_text(cell, value: str) -> None:
    """Write ``value`` as plain text even when it looks like a formula; characters no XLSX file may
    hold (controls from old data or a restored backup) are left out instead of failing."""
    value = unicodedata.normalize("NFC", strip_controls(value))
    cell.value = value
    if value.startswith(_FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True


@functools.lru_cache(maxsize=None)
def _font(size: int, bold: bool) -> Font:
    """One Font object per size and weight, shared by every cell (openpyxl then hashes one object,
    not a new one per cell: issue 19)."""
    return Font(name=FONT, size=size, bold=bold)


@functools.lru_cache(maxsize=None)
def _alignment(horizontal: str) -> Alignment:
    return Alignment(wrap_text=True, vertical="top", horizontal=horizontal)


def _put(ws: Worksheet, row: int, col: int, value, kind: str = "text", *, bold: bool = False, size: int = 12,
         border: bool = False, align: str | None = None):
    cell = ws.cell(row=row, column=col)
    if value is None or value == "":
        cell.value = None
    elif kind == PERCENT and isinstance(value, (int, float)):
        cell.value = float(value) / 100.0
    elif kind in (INT, FLOAT) and isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
    elif kind == DATE and hasattr(value, "isoformat"):
        cell.value = value
    else:
        safe_text(cell, str(value))
    number_format = (NUMBER_FORMATS[kind] if kind in NUMBER_FORMATS and cell.value is not None
                     and not isinstance(cell.value, str) else None)
    if kind == FLOAT and isinstance(cell.value, (int, float)) and float(cell.value).is_integer():
        number_format = NUMBER_FORMATS[INT]  # a whole target or result reads "1", as the PDF prints it, not "1.0"
    horizontal = align or ("right" if kind in (INT, FLOAT, PERCENT) else "center" if kind == DATE else "left")
    # A cell's style is a row of indexes into the workbook's shared fonts, borders… (openpyxl's StyleArray).
    # Each distinct style is set once per workbook and copied to the other cells: setting a font,
    # alignment and border per cell made openpyxl hash each of them again, 10,000 cells over (issue 19).
    key = (number_format, size, bold, horizontal, border, bool(cell.quotePrefix))
    styles = _STYLES.setdefault(ws.parent, {})
    style = styles.get(key)
    if style is None:
        if number_format:
            cell.number_format = number_format
        cell.font = _font(size, bold)
        cell.alignment = _alignment(horizontal)
        if border:
            cell.border = _BOX
        styles[key] = copy.copy(cell._style)
    else:
        cell._style = copy.copy(style)
    return cell


_STYLES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # workbook → style key → StyleArray


def _title(ws: Worksheet, data: ReportData, heading: str, width: int) -> int:
    """Rows 1–3: agency, report number and period, the sheet's heading. Returns the next row."""
    last = get_column_letter(width)
    lines = [
        (" ".join(W.agency_lines(data.agency.full_name)), True, 12),
        (f"{W.REPORT_TYPE} {W.NUMBER_LABEL.lower()} {data.number_text}"
         + (f" ngày {W.date_vn(data.date)}" if data.date else "") + f" — {data.period_label}"
         + (f" (phiên bản {data.report_version})" if data.report_version > 1 else "")
         + (f" — {W.DRAFT_MARK}" if data.status == "draft" else "") + f" ({_data_range(data)})", False, 12),
        (heading, True, 13),
    ]
    across = sum(ws.column_dimensions[get_column_letter(c)].width or 8 for c in range(1, width + 1))
    for row, (text, bold, size) in enumerate(lines, start=1):
        ws.merge_cells(f"A{row}:{last}{row}")
        _put(ws, row, 1, text, bold=bold, size=size, align="center")
        ws.row_dimensions[row].height = _text_height(text, across, line=size + 5, size=size, bold=bold)
    return len(lines) + 2


def _data_range(data: ReportData) -> str:
    """What the figures cover, on every sheet as in the PDF's opening: a sheet read alone says it too."""
    start = W.date_vn(data.period_start)
    if data.data_as_of is not None:
        return W.DATA_RANGE_EARLY.format(start=start, end=W.date_vn(data.data_as_of),
                                         period_end=W.date_vn(data.period_end))
    return W.DATA_RANGE.format(start=start, end=W.date_vn(data.period_end))


def print_setup(ws: Worksheet, header_row: int | None, *, landscape: bool = False) -> None:
    """A4, Decree 30 margins, fitted to the page width (as many pages tall as needed).

    Column widths are chosen so that the scale stays near 100% (about 80 characters across a
    portrait page, 115 across a landscape one).
    """
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left, ws.page_margins.right = 32 / 25.4, 17 / 25.4
    ws.page_margins.top, ws.page_margins.bottom = 22 / 25.4, 22 / 25.4
    if header_row is not None:  # a table's header: repeated on each printed page, kept in sight on screen
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.oddFooter.center.text = "&P / &N"


_AFTER_HYPHEN = re.compile(r"(?<=-)(?=.)")
_MAX_ROW = 409  # points: Excel's highest row; a taller text is cut on paper (QA 27 F1)


def _row_pieces(text: str, width_chars: float) -> list[str]:
    """``text`` in pieces that each fit a row of a column ``width_chars`` wide (cell_chunks' cuts): the rows below
    carry the rest, so the printout shows it all."""
    per_line = _usable_points(width_chars) / 5.0  # a first guess (Times New Roman 12 averages ~5 pt a character)
    limit = min(_CHUNK, max(40, int((_MAX_ROW - 4) // 16 * per_line)))
    while True:
        parts = cell_chunks(text, limit)
        if limit <= 40 or all(_lines(p, width_chars) * 16 + 4 <= _MAX_ROW for p in parts):
            return parts
        limit = int(limit * 0.8)


def _usable_points(width_chars: float) -> float:
    """The width a cell's text may take, in points, in a column ``width_chars`` wide. A column's width counts the
    digits of the workbook's default font (Calibri 11, Carlito in LibreOffice: 7 pixels at 96 dpi) plus 5 pixels,
    as Excel stores it; the cell keeps about 3 pixels clear on each side."""
    return max(1.0, (int(width_chars * 7 + 5) - 7) * 0.75)


def _lines(text: str, width_chars: float, *, size: float = 12, bold: bool = False) -> int:
    """How many lines ``text`` wraps to in a column ``width_chars`` wide: its words measured in Times New Roman
    (Liberation Serif has the same widths) and laid as a spreadsheet lays them, a word that does not fit going to
    the next line and a word wider than the cell broken at its edge. A count of characters instead was a tenth
    short in narrow columns, so the printout cut their text, and too many in wide ones (QA 40 F3)."""
    from qms_desktop.reports.fonts import SERIF, SERIF_BOLD, string_width

    font = SERIF_BOLD if bold else SERIF
    room = _usable_points(width_chars)
    space = string_width(" ", font, size)
    total = 0
    for paragraph in str(text).split("\n"):
        lines, taken = 1, 0.0
        for word in paragraph.split(" "):
            gap = space if taken else 0.0
            for piece in _AFTER_HYPHEN.split(word):  # "QĐ-UBND" may end a line after its hyphen
                width = string_width(piece, font, size) if piece else 0.0
                if taken and taken + gap + width > room:
                    lines, taken, gap = lines + 1, 0.0, 0.0
                if width > room:  # broken at the cell's edge over as many lines as it needs
                    lines += math.ceil(width / room) - 1
                    width -= (math.ceil(width / room) - 1) * room
                taken, gap = taken + gap + width, 0.0
        total += lines
    return total


def _text_height(text: str, width_chars: float, line: float = 16, *, size: float = 12, bold: bool = False) -> float:
    """Row height (points) for wrapped text: spreadsheets do not grow merged rows by themselves, nor a row's
    height for a file they did not lay out. ``width_chars`` is the column width in Excel's units."""
    return min(_MAX_ROW, line * _lines(text, width_chars, size=size, bold=bold) + 4)


def _part_sheet(wb: Workbook, data: ReportData, part: Part, name: str) -> None:
    ws = wb.create_sheet(name)
    widths = [6, 47, 11, 16]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    row = _title(ws, data, f"{part.code}. {part.title}", len(widths))
    header = row
    for col, text in enumerate(("Mục", "Nội dung, chỉ tiêu", "Số liệu", "Căn cứ"), start=1):
        _put(ws, row, col, text, bold=True, border=True, align="center")
    row += 1
    for item in part.items:
        _put(ws, row, 1, f"{part.code}.{item.code}", bold=True, border=True)
        _put(ws, row, 2, item.title, bold=True, border=True)
        _put(ws, row, 3, None, border=True)
        _put(ws, row, 4, item.ref, border=True)
        ws.row_dimensions[row].height = max(_text_height(item.title, widths[1], bold=True), _text_height(item.ref, widths[3]))
        row += 1
        for m_index, metric in enumerate(item.metrics, start=1):
            row = _metric_row(ws, row, f"{part.code}.{item.code}.{m_index}", metric)
        for text in cell_chunks("\n".join(item.paragraphs)):
            _put(ws, row, 1, None, border=True)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
            _put(ws, row, 2, text, border=True)
            ws.row_dimensions[row].height = _text_height(text, sum(widths[1:]))
            row += 1
    print_setup(ws, header)


def _metric_row(ws: Worksheet, row: int, code: str, metric: Metric) -> int:
    _put(ws, row, 1, code, border=True)
    _put(ws, row, 2, metric.label, border=True)
    _put(ws, row, 3, metric.value, metric.kind, border=True)
    _put(ws, row, 4, None, border=True)
    ws.row_dimensions[row].height = _text_height(metric.label, ws.column_dimensions["B"].width)
    return row + 1


def _narrative_sheet(wb: Workbook, data: ReportData, parts: list[Part]) -> None:
    ws = wb.create_sheet("III-V. Tồn tại, kiến nghị")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 74
    row = _title(ws, data, "TỒN TẠI, PHƯƠNG HƯỚNG VÀ KIẾN NGHỊ", 2)
    header = row
    _put(ws, row, 1, "Mục", bold=True, border=True, align="center")
    _put(ws, row, 2, "Nội dung", bold=True, border=True, align="center")
    row += 1
    if data.correction_of:  # a corrected version says what it replaces and what changed, as the PDF does
        for text in cell_chunks(W.CORRECTION_NOTE.format(previous=data.correction_of, changes=data.changes_summary)):
            _put(ws, row, 1, None, border=True)
            _put(ws, row, 2, text, border=True)
            ws.row_dimensions[row].height = _text_height(text, 74)
            row += 1
    for part in parts:
        _put(ws, row, 1, part.code, bold=True, border=True)
        _put(ws, row, 2, part.title, bold=True, border=True)
        ws.row_dimensions[row].height = _text_height(part.title, 74, bold=True)
        row += 1
        for paragraph in part.paragraphs:
            for text in cell_chunks(paragraph):  # a paragraph longer than a cell goes on in the rows below
                _put(ws, row, 1, None, border=True)
                _put(ws, row, 2, text, border=True)
                ws.row_dimensions[row].height = _text_height(text, 74)
                row += 1
    print_setup(ws, header)


def _auth_sheet(wb: Workbook, data: ReportData, fingerprint: str, chain_head: str, key_changed_from: str) -> None:
    """What the receiving office compares before it trusts the file, under the same heading rows as every sheet (a
    sheet printed or read alone says whose report it is) and with what to do with it (QA 57 F10)."""
    ws = wb.create_sheet(W.AUTH_SHEET)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 72
    row = _title(ws, data, W.AUTH_HEADING, 2)
    for label, value in ((W.AUTH_FINGERPRINT, fingerprint), (W.AUTH_KEY_CHANGED, key_changed_from),
                         (W.AUTH_CHAIN_HEAD, chain_head)):
        if value:
            _put(ws, row, 1, label, bold=True, border=True)
            _put(ws, row, 2, value, border=True)
            ws.row_dimensions[row].height = _text_height(value, 72)
            row += 1
    row += 1
    ws.merge_cells(f"A{row}:B{row}")
    _put(ws, row, 1, W.AUTH_NOTE)
    ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[row].height = _text_height(W.AUTH_NOTE, 102)
    print_setup(ws, None)  # one page wide: its two columns printed on two pages (QA 27 F8)


def _table_sheet(wb: Workbook, data: ReportData, index: int, table: Table) -> None:
    ws = wb.create_sheet(f"PL {W.roman(index)}. {SHEET_NAMES.get(table.key, table.key)}"[:31])
    total = sum(c.width for c in table.columns)
    across = _across(table)
    for col, column in enumerate(table.columns, start=1):
        ws.column_dimensions[get_column_letter(col)].width = max(7, round(across * column.width / total),
                                                                 _least_width(table, col - 1))
    row = _title(ws, data, f"{W.APPENDIX.format(roman=W.roman(index))}: {table.title.upper()}", len(table.columns))
    header = row
    for col, column in enumerate(table.columns, start=1):
        _put(ws, row, col, column.title, bold=True, border=True, align="center")
    ws.row_dimensions[row].height = max(_text_height(c.title, ws.column_dimensions[get_column_letter(i)].width or 8, bold=True)
                                        for i, c in enumerate(table.columns, start=1))
    row += 1
    for values in table.rows:
        row = _table_row(ws, row, values, table.columns)
    if not table.rows:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(table.columns))
        _put(ws, row, 1, W.NONE_IN_PERIOD, border=True, align="center")
        row += 1
    if table.totals is not None:
        row = _table_row(ws, row, table.totals, table.columns, bold=True)
    if table.shown_note():
        row += 1
        for text in cell_chunks(table.shown_note()):
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(table.columns))
            _put(ws, row, 1, text, size=11)
            row += 1
    print_setup(ws, header, landscape=_landscape(table))


def _least_width(table: Table, index: int) -> int:
    """The narrowest a column may be: a date whole (a narrower column shows "###" in its place), and no word of its
    title or of a value broken ("28/01/20" over "26"), up to 16 units; the page is then fitted to the paper."""
    from qms_desktop.reports.fonts import SERIF, SERIF_BOLD, string_width

    column = table.columns[index]
    widest = max((string_width(w, SERIF_BOLD, 12) for w in column.title.split()), default=0.0)
    if column.kind == DATE:
        widest = max(widest, string_width("00/00/0000", SERIF, 12))
    for values in (*table.rows, *([table.totals] if table.totals is not None else [])):
        value = values[index] if index < len(values) else None
        for word in value.split() if isinstance(value, str) else ():
            for piece in _AFTER_HYPHEN.split(word):
                widest = max(widest, string_width(piece, SERIF, 12))
    return min(16, math.ceil((widest / 0.75 + 7 - 5) / 7))


def _landscape(table: Table) -> bool:
    return len(table.columns) > 6


def _across(table: Table) -> int:
    """Characters across the printable width (Times New Roman 12 at 100%)."""
    return 115 if _landscape(table) else 78


def _table_row(ws: Worksheet, row: int, values, columns: tuple[Column, ...], *, bold: bool = False) -> int:
    """One table row; a text longer than a cell goes on in its column over the rows below (the other
    cells merged over those rows). Returns the next row."""
    values = list(zip(values, columns))
    pieces = {col: parts for col, (value, _c) in enumerate(values, start=1) if isinstance(value, str)
              and len(parts := _row_pieces(value, ws.column_dimensions[get_column_letter(col)].width or 8)) > 1}
    for line in range(max((len(p) for p in pieces.values()), default=1)):
        height = 20.0
        for col, (value, column) in enumerate(values, start=1):
            if col in pieces:
                value = pieces[col][line] if line < len(pieces[col]) else None
            elif line:
                value = None
            # STT centred: right-aligned against the left-aligned number beside it, it read "205/2026" (QA 40 F4)
            _put(ws, row + line, col, value, column.kind, bold=bold, border=True,
                 align="center" if column.title == "STT" else None)
            if isinstance(value, str):
                width = ws.column_dimensions[get_column_letter(col)].width or 8
                height = max(height, _text_height(value, width, bold=bold))
        ws.row_dimensions[row + line].height = height
    lines = max((len(p) for p in pieces.values()), default=1)
    if lines > 1:  # the short cells span the rows the long text goes on in: one row, kept together (QA 40 F2)
        for col in range(1, len(values) + 1):
            if col not in pieces:
                ws.merge_cells(start_row=row, start_column=col, end_row=row + lines - 1, end_column=col)
    return row + lines


SHEET_NAMES = {"procedures": "Quy trình", "audits": "Đánh giá nội bộ", "nonconformities": "Sự không phù hợp",
               "objectives": "Mục tiêu chất lượng", "statistics": "Giải quyết TTHC",
               "statistics_by_field": "TTHC theo lĩnh vực"}


def report_xlsx(data: ReportData, *, fingerprint: str = "", chain_head: str = "", key_changed_from: str = "") -> bytes:
    """The workbook's bytes (a finalised report's last sheet names the signing key and the chain head)."""
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = "QMS Desktop"
    wb.properties.title = f"{W.REPORT_TYPE} {data.number_text}"
    wb.properties.subject = data.summary
    narrative = [p for p in data.parts if not p.items]
    for part in data.parts:
        if part.items:
            _part_sheet(wb, data, part, {"I": "I. Áp dụng HTQLCL", "II": "II. Tuân thủ QĐ 19"}.get(part.code, part.code))
    if narrative:
        _narrative_sheet(wb, data, narrative)
    for index, table in enumerate(data.appendices, start=1):
        _table_sheet(wb, data, index, table)
    if fingerprint or chain_head:
        _auth_sheet(wb, data, fingerprint, chain_head, key_changed_from)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
