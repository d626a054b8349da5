"""Read the tables of an untrusted file, whatever its format: the rows of every visible sheet of a
workbook (.xlsx, .xlsm, .xls, .ods, read with python-calamine), the tables of a Word annex (.docx,
python-docx) and a CSV export (encoding detected with charset-normalizer, delimiter sniffed).

Rows hidden in a .xlsx/.xlsm/.ods/.xls workbook are left out and their numbers kept (``Grid.hidden``), so
that the imports can say so. An .xls file's hidden rows are read from its BIFF8 ROW records
(exchange/xls_rows.py: calamine does not say); when they cannot be read (an old BIFF5 file, a damaged
part), every row is read and the sheet's ``hidden`` holds ``(UNKNOWN_ROW,)``, so that the imports say
the hidden rows could not be checked.

The format is recognised from the file's content, never from its name alone. A file that cannot be
read raises :class:`FileRefused` with a message that says what the file is and what to do. The
readers are imported at first use: nothing here loads calamine, python-docx or charset-normalizer
when the application starts.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from qms_desktop.domain.errors import QmsError
from qms_desktop.domain.text import clean
from qms_desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "TthcImport"
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024  # a member smaller than this cannot be a bomb; skip the ratio test
MAX_MEMBERS = 10_000
MAX_COLUMNS = 64
MAX_TEXT_BYTES = 50 * 1024 * 1024  # CSV

# What the user is told. Literal contexts and single literals so that pyside6-lupdate extracts them.
CANNOT_OPEN = QT_TRANSLATE_NOOP("TthcImport", "The file {path} could not be opened: {detail}")
EMPTY_FILE = QT_TRANSLATE_NOOP("TthcImport", "The file is empty (0 bytes). Copy it again from the original (e-mail, USB stick) and import the copy.")
NOT_XLSX = QT_TRANSLATE_NOOP("TthcImport", "The file cannot be read as a spreadsheet (.xlsx, .xlsm, .xls, .ods), a Word document (.docx) or a CSV file, or it is damaged. Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import that file.")
DAMAGED_ZIP = QT_TRANSLATE_NOOP("TthcImport", "The file looks like an Excel, OpenDocument or Word file but it is damaged or incomplete. Copy it again from the original; if Excel can still open it, save it again as .xlsx.")
XLS_DAMAGED = QT_TRANSLATE_NOOP("TthcImport", "This is an Excel 97–2003 workbook (.xls), but it could not be read ({detail}). Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import the .xlsx file.")
OLD_WORD = QT_TRANSLATE_NOOP("TthcImport", "This is an old Word 97–2003 document (.doc), which cannot be read directly. Open it in Word and use File › Save As › Word Document (.docx), then import the .docx file.")
ENCRYPTED = QT_TRANSLATE_NOOP("TthcImport", "The file is protected with a password. Open it in Excel or Word with the password, remove the protection (File › Info › Protect › Encrypt with Password, empty the password) and save it, then import it.")
PDF_FILE = QT_TRANSLATE_NOOP("TthcImport", "This is a PDF file: the TTHC list cannot be read from a PDF. Ask the province (or download from its portal) the Excel or Word version of the list and import that.")
HTML_FILE = QT_TRANSLATE_NOOP("TthcImport", "This file is a web page (HTML) saved with a spreadsheet name, as some portals export it. Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import the .xlsx file.")
XML_2003 = QT_TRANSLATE_NOOP("TthcImport", "This is an Excel 2003 XML spreadsheet. Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import the .xlsx file.")
RTF_FILE = QT_TRANSLATE_NOOP("TthcImport", "This is a Rich Text (.rtf) document. Open it in Word and use File › Save As › Word Document (.docx), then import the .docx file.")
ODT_FILE = QT_TRANSLATE_NOOP("TthcImport", "This is an OpenDocument text file (.odt). Open it in LibreOffice Writer or Word and save it as Word Document (.docx), then import the .docx file.")
XLSB_FILE = QT_TRANSLATE_NOOP("TthcImport", "This is an Excel binary workbook (.xlsb) that could not be read ({detail}). Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import the .xlsx file.")
TEXT_UNDECODABLE = QT_TRANSLATE_NOOP("TthcImport", "The file is neither a spreadsheet nor a readable text (CSV) file. Open it in Excel and use File › Save As › Excel Workbook (.xlsx), then import that file.")
TOO_BIG = QT_TRANSLATE_NOOP("TthcImport", "The workbook is too large to import (more than {limit_mb} MB uncompressed).")
TOO_MANY_PARTS = QT_TRANSLATE_NOOP("TthcImport", "The workbook has too many parts ({count}).")
BOMB = QT_TRANSLATE_NOOP("TthcImport", "The workbook is refused: its part {member} is compressed suspiciously strongly.")

UNCALCULATED = QT_TRANSLATE_NOOP("TthcImport", "Sheet “{sheet}”: {count} cell(s) hold a formula whose result is not in the file ({cells}): the file was saved by a program that does not calculate formulas, so these cells would be read as empty. Open the file in Excel or LibreOffice, save it, then import it again.")
HIDDEN_ROWS = QT_TRANSLATE_NOOP("TthcImport", "Left out {count} row(s) hidden in Excel (rows {rows}). To import them, unhide them in Excel and import the file again.")
HIDDEN_COLUMNS = QT_TRANSLATE_NOOP("TthcImport", "Left out column(s) {columns} hidden in Excel: what they hold was not read. To import it, unhide the column(s) in Excel and import the file again.")
HIDDEN_ROWS_AND_COLUMNS = QT_TRANSLATE_NOOP("TthcImport", "Left out {count} row(s) hidden in Excel (rows {rows}) and column(s) {columns} hidden in Excel. To import them, unhide them in Excel and import the file again.")
HIDDEN_UNKNOWN = QT_TRANSLATE_NOOP("TthcImport", "The rows hidden in this Excel 97–2003 (.xls) file could not be checked: every row is read, hidden or not. If the file hides rows, open it in Excel, save it as Excel Workbook (.xlsx) and import that file.")
# In ``Grid.hidden`` and the imports' (sheet, row) lists: the sheet's hidden rows could not be read (all read).
UNKNOWN_ROW = 0

# The file types offered by the file dialogs (one place, so the page and the wizard agree).
SUPPORTED_PATTERNS = ("*.xlsx", "*.xlsm", "*.xls", "*.ods", "*.docx", "*.csv")


class FileRefused(QmsError):
    """The whole file is refused; ``str(exc)`` is ``message.format(**params)`` (untranslated)."""

    context = CONTEXT


@dataclass
class Grid:
    """One sheet (or the whole Word document, or the CSV file) as rows of cell values.

    ``rows`` holds (table number, row number, values): the table number is 0 for a sheet or a
    CSV file and for the paragraphs of a Word document (their text as a one-cell row, so that
    headings between tables are seen), n ≥ 1 for the rows of the document's n-th table; the row
    number is 1-based within the sheet, file or table.
    """

    name: str
    rows: list[tuple[int, int, tuple[Any, ...]]] = field(default_factory=list)
    # Rows of the sheet hidden in Excel (row number, 1-based) that hold something: they are left out
    # of ``rows`` (provinces hide cancelled or out-of-scope rows instead of deleting them).
    # ``(UNKNOWN_ROW,)``: an .xls sheet whose hidden rows could not be read; every row is in ``rows``.
    hidden: tuple[int, ...] = ()
    # Columns hidden in Excel that hold something ("B"): their cells are blanked in ``rows``, so that an old
    # column kept hidden beside the current one ("Mã TTHC" of the previous decision) is never read (QA 22 F1).
    hidden_columns: tuple[str, ...] = ()


@dataclass
class Source:
    kind: str  # "xlsx", "xls", "ods", "docx", "csv"
    grids: list[Grid]
    detail: str = ""  # CSV: "utf_8_sig, ';'"


@dataclass(frozen=True)
class HiddenRowsNote:
    """What an import says about the rows hidden in Excel that it left out (a message for i18n.render)."""

    rows: tuple[tuple[str, int], ...]  # (sheet, 1-based row number); (sheet, UNKNOWN_ROW): could not be read
    columns: tuple[tuple[str, str], ...] = ()  # (sheet, column letter) hidden in Excel and left out
    context: str = CONTEXT

    @property
    def left_out(self) -> tuple[tuple[str, int], ...]:
        return rows_left_out(self.rows)

    @property
    def message(self) -> str:
        if self.columns:
            return HIDDEN_ROWS_AND_COLUMNS if self.left_out else HIDDEN_COLUMNS
        return HIDDEN_ROWS if self.left_out else HIDDEN_UNKNOWN

    @property
    def params(self) -> dict:
        return {"count": len(self.left_out), "rows": hidden_rows_text(self.left_out),
                "columns": hidden_rows_text(self.columns)}


def rows_left_out(rows) -> tuple[tuple[str, int], ...]:
    """The (sheet, row) hidden rows really left out (without the sheets whose hidden rows are unknown)."""
    return tuple(r for r in rows if r[1] != UNKNOWN_ROW)


def hidden_rows_text(rows: tuple[tuple[str, int], ...], limit: int = 20) -> str:
    """'29, 30' (one sheet) or 'Phụ lục I: 29, 30; Phụ lục II: 5'; at most ``limit`` numbers, then '…'."""
    sheets: dict[str, list[int]] = {}
    for sheet, number in rows[:limit]:
        sheets.setdefault(sheet, []).append(number)
    parts = [", ".join(str(n) for n in numbers) for numbers in sheets.values()]
    if len(sheets) > 1:
        parts = [f"{sheet}: {text}" if sheet else text for sheet, text in zip(sheets, parts)]
    return "; ".join(parts) + (", …" if len(rows) > limit else "")


def hidden_note(rows, columns=()) -> HiddenRowsNote | None:
    return HiddenRowsNote(tuple(rows), tuple(columns)) if rows or columns else None


def hidden_columns(grids) -> tuple[tuple[str, str], ...]:
    """(sheet, letter) of the columns hidden in Excel that ``grids`` left out."""
    return tuple((g.name, letter) for g in grids for letter in g.hidden_columns)


# --- format recognition ------------------------------------------------------------------------

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def _sniff(head: bytes) -> str:
    """The kind of file from its first bytes: zip, ole, pdf, html, rtf, empty or text."""
    if not head:
        return "empty"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(_OLE):
        return "ole"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    probe = head[:2048].lstrip(b"\xef\xbb\xbf\xff\xfe\r\n\t ").lower().replace(b"\0", b"")
    if b"urn:schemas-microsoft-com:office:spreadsheet" in head.lower().replace(b"\0", b""):
        return "xml2003"
    if probe.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml", b"mime-version", b"<meta")) \
            or b"<html" in probe[:512]:
        return "html"
    return "text"


def _check_zip(fh) -> list[str]:
    try:
        with zipfile.ZipFile(fh) as archive:
            members = archive.infolist()
    except Exception as exc:  # BadZipFile, NotImplementedError (odd versions), OSError, ...
        raise FileRefused(DAMAGED_ZIP, detail=str(exc)) from exc
    if len(members) > MAX_MEMBERS:
        raise FileRefused(TOO_MANY_PARTS, count=len(members))
    if sum(m.file_size for m in members) > MAX_UNCOMPRESSED:
        raise FileRefused(TOO_BIG, limit_mb=MAX_UNCOMPRESSED // (1024 * 1024))
    for m in members:
        if m.file_size > RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise FileRefused(BOMB, member=m.filename)
    return [m.filename for m in members]


def _zip_kind(fh, names: list[str]) -> str:
    found = set(names)
    if "xl/workbook.xml" in found:
        return "xlsx"
    if "xl/workbook.bin" in found:
        return "xlsb"
    if "word/document.xml" in found:
        return "docx"
    if "content.xml" in found and "mimetype" in found:
        fh.seek(0)
        with zipfile.ZipFile(fh) as archive:
            mime = archive.read("mimetype")[:100]
        if b"spreadsheet" in mime:
            return "ods"
        if b"text" in mime:
            return "odt"
    return "unknown"


def read_source(path: str | os.PathLike, *, read_hidden_columns: bool = False) -> Source:
    """Every table of the file at ``path``. Raises FileRefused for a file that cannot be read.

    ``read_hidden_columns``: an .xlsx's columns hidden in Excel are read like the others (the portal's statistics,
    whose hidden "Trả trước hạn" column is part of what was settled on time: QA 62 F1), not blanked and named as left
    out (the lists, where a hidden column is one the province chose not to show)."""
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise FileRefused(CANNOT_OPEN, path=os.fspath(path), detail=exc.strerror or "") from exc
    with fh:
        kind = _sniff(fh.read(4096))
        fh.seek(0)
        if kind == "empty":
            raise FileRefused(EMPTY_FILE)
        if kind == "pdf":
            raise FileRefused(PDF_FILE)
        if kind == "rtf":
            raise FileRefused(RTF_FILE)
        if kind == "html":
            raise FileRefused(HTML_FILE)
        if kind == "xml2003":
            raise FileRefused(XML_2003)
        if kind == "ole":
            data = fh.read()
            if _utf16("EncryptedPackage") in data:
                raise FileRefused(ENCRYPTED)
            if _utf16("WordDocument") in data:
                raise FileRefused(OLD_WORD)
            return Source("xls", _read_workbook(io.BytesIO(data), "xls"))  # hidden rows: xls_rows.py
        if kind == "zip":
            names = _check_zip(fh)
            zkind = _zip_kind(fh, names)
            fh.seek(0)
            if zkind in ("xlsx", "xlsb", "ods"):
                return Source(zkind if zkind != "xlsb" else "xlsx",
                              _read_workbook(fh, zkind, read_hidden_columns=read_hidden_columns))
            if zkind == "docx":
                return Source("docx", [_read_docx(fh)])
            if zkind == "odt":
                raise FileRefused(ODT_FILE)
            raise FileRefused(NOT_XLSX)
        data = fh.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise FileRefused(TOO_BIG, limit_mb=MAX_TEXT_BYTES // (1024 * 1024))
    grid, detail = _read_csv(data)
    return Source("csv", [grid], detail)


# --- workbooks (calamine) ----------------------------------------------------------------------

def _read_workbook(fh, kind: str, *, read_hidden_columns: bool = False) -> list[Grid]:
    import python_calamine as pc  # heavy: at first use

    refusal = {"xls": XLS_DAMAGED, "xlsb": XLSB_FILE}.get(kind, DAMAGED_ZIP)
    try:
        wb = pc.CalamineWorkbook.from_filelike(fh)
    except pc.PasswordError as exc:
        raise FileRefused(ENCRYPTED) from exc
    except Exception as exc:  # CalamineError, XmlError, ZipError, ValueError …
        if _encrypted(fh, kind):  # calamine says so for an .xlsx only (QA 24 F2)
            raise FileRefused(ENCRYPTED) from exc
        raise FileRefused(refusal, detail=_short(exc)) from exc
    hidden_rows, hidden_cols, uncalculated = (
        _xlsx_facts(fh) if kind == "xlsx" else (_ods_hidden_rows(fh), {}, {}) if kind == "ods"
        else (_xls_hidden_rows(fh), {}, {}) if kind == "xls" else ({}, {}, {}))
    grids = []
    try:
        for meta in wb.sheets_metadata:
            if meta.visible != pc.SheetVisibleEnum.Visible or meta.typ != pc.SheetTypeEnum.WorkSheet:
                continue
            try:
                sheet = wb.get_sheet_by_name(meta.name)
                values = sheet.to_python(skip_empty_area=False)
                merges = sheet.merged_cell_ranges or []
            except Exception as exc:
                raise FileRefused(refusal, detail=_short(exc)) from exc
            rows = _with_merges(values, merges)
            hidden = hidden_rows.get(meta.name)
            _refuse_uncalculated(meta.name, uncalculated.get(meta.name, ()), hidden, hidden_cols.get(meta.name))
            if isinstance(hidden, list):  # .ods: ranges of rows (a hidden row may be repeated a million times)
                hidden = frozenset(n for first, last in hidden for n in range(first, min(last, len(values)) + 1))
            left_out: tuple[int, ...] = ()
            if kind == "xls" and hidden is None:  # the sheet's hidden rows could not be read: all read, said so
                left_out = (UNKNOWN_ROW,)
            elif hidden:
                left_out = tuple(n for _t, n, v in rows if n in hidden and any(x not in (None, "") for x in v))
                rows = [r for r in rows if r[1] not in hidden]
            rows, blanked = _without_columns(rows, frozenset() if read_hidden_columns
                                             else hidden_cols.get(meta.name, frozenset()))
            grids.append(Grid(clean(meta.name), rows, left_out, blanked))
    finally:
        wb.close()
    return grids


def _encrypted(fh, kind: str) -> bool:
    """An .xls with a password to open (FILEPASS) or an .ods whose parts are encrypted (its manifest's
    encryption-data), which calamine reports as unreadable or damaged."""
    from qms_desktop.exchange import xls_rows

    try:
        fh.seek(0)
        if kind == "xls":
            return xls_rows.xls_encrypted(fh.read())
        if kind == "ods":
            with zipfile.ZipFile(fh) as archive:
                return b"encryption-data" in archive.read("META-INF/manifest.xml")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    finally:
        fh.seek(0)
    return False


# Hidden rows. calamine does not say which rows are hidden; for .xlsx/.xlsm the sheet's XML does
# (<row r="29" hidden="1">, also for rows hidden by a filter or a collapsed outline). It is scanned
# with a regular expression over the row start tags only (a 20,000-row sheet in a few milliseconds).
# .ods: <table:table-row table:visibility="collapse|filter" table:number-rows-repeated="N"> in content.xml
# (ODF's word is "collapse", as LibreOffice writes it; QA 24 F1), scanned the same way. .xls (BIFF8): the
# ROW records of the "Workbook" stream (exchange/xls_rows.py).
_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\b([^>]*)>")
_ROW_R = re.compile(rb"""\br\s*=\s*["'](\d+)["']""")
_ROW_HIDDEN = re.compile(rb"""\bhidden\s*=\s*["'](?:1|true)["']""")
# A row of height 0 (<row ht="0" customHeight="1">) or a column of width 0 is hidden too, without the word: Excel
# shows nothing there (QA 44 F6: such a row was imported without a note).
_ZERO_SIZE = re.compile(rb"""\b(?:ht|width)\s*=\s*["'](?:0+(?:\.0*)?|\.0+)["']""")
_MAY_HIDE = re.compile(rb"""hidden|\b(?:ht|width)\s*=\s*["']\.?0""")
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


_ODS_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?table(-row)?(?=[\s/>])([^>]*)>")
_ODS_NAME = re.compile(rb'(?:^|\s)(?:[A-Za-z_][\w.-]*:)?name\s*=\s*"([^"]*)"')  # not style-name
_ODS_REPEAT = re.compile(rb"""number-rows-repeated\s*=\s*["'](\d+)["']""")
_ODS_HIDDEN = re.compile(rb"""visibility\s*=\s*["'](?:collapsed?|filter)["']""")


def _ods_hidden_rows(fh) -> dict[str, list[tuple[int, int]]]:
    """Sheet name → ranges (first, last; 1-based) of its hidden rows; {} when none or unreadable."""
    import html

    found: dict[str, list[tuple[int, int]]] = {}
    try:
        fh.seek(0)
        with zipfile.ZipFile(fh) as archive:
            data = archive.read("content.xml")
        if b"visibility" not in data:
            return {}
        ranges: list[tuple[int, int]] = []
        number = 0
        for m in _ODS_TAG.finditer(data):
            attrs = m.group(2)
            if m.group(1) is None:  # a new sheet
                name = _ODS_NAME.search(attrs)
                ranges = found.setdefault(html.unescape(name.group(1).decode("utf-8")) if name else "", [])
                number = 0
                continue
            r = _ODS_REPEAT.search(attrs)
            count = int(r.group(1)) if r else 1
            if _ODS_HIDDEN.search(attrs):
                ranges.append((number + 1, number + count))
            number += count
    except Exception:  # noqa: BLE001 - as for .xlsx: no row is left out
        return {}
    finally:
        fh.seek(0)
    return {name: r for name, r in found.items() if r}


def _xlsx_hidden_rows(fh) -> dict[str, frozenset[int]]:
    """Sheet name (as in the workbook) → 1-based numbers of its hidden rows (``_xlsx_facts``)."""
    return _xlsx_facts(fh)[0]


def _xlsx_facts(fh) -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]], dict[str, tuple[tuple[int, int], ...]]]:
    """What calamine does not say, from each sheet's XML (read once): sheet name (as in the workbook) → 1-based
    numbers of its hidden rows; → 0-based indexes of its hidden columns (<cols><col min max hidden="1">, within
    the columns read); → (row, column) of its formula cells without a result (``_uncalculated``). {} when none or
    unreadable (calamine has read the file already: a part that cannot be parsed here only means nothing is left
    out)."""
    rows_found: dict[str, frozenset[int]] = {}
    cols_found: dict[str, frozenset[int]] = {}
    formulas_found: dict[str, tuple[tuple[int, int], ...]] = {}
    try:
        for name, data in _xlsx_sheet_parts(fh):
            if _FORMULA.search(data) and (cells := _uncalculated(data)):
                formulas_found[name] = cells
            if not _MAY_HIDE.search(data):
                continue
            rows: set[int] = set()
            number = 0
            for m in _ROW_TAG.finditer(data):
                attrs = m.group(1)
                r = _ROW_R.search(attrs)
                number = int(r.group(1)) if r else number + 1
                if _ROW_HIDDEN.search(attrs) or _ZERO_SIZE.search(attrs):
                    rows.add(number)
            if rows:
                rows_found[name] = frozenset(rows)
            block = _COLS.search(data)
            if block is None or not _MAY_HIDE.search(block.group(0)):
                continue
            cols: set[int] = set()
            for m in _COL_TAG.finditer(block.group(0)):
                attrs = m.group(1)
                low, high = _COL_MIN.search(attrs), _COL_MAX.search(attrs)
                if low and high and (_ROW_HIDDEN.search(attrs) or _ZERO_SIZE.search(attrs)):
                    cols.update(range(int(low.group(1)) - 1, min(int(high.group(1)), MAX_COLUMNS)))
            if cols:
                cols_found[name] = frozenset(cols)
    except Exception:  # noqa: BLE001 - see the docstring
        return {}, {}, {}
    finally:
        fh.seek(0)
    return rows_found, cols_found, formulas_found


# A formula cell that was never calculated: <c r="B6"><f>…</f></c> with no result in <v> (openpyxl and some
# portal exports write them; Excel and LibreOffice always store the result). calamine reads it as an empty cell:
# a TTHC code read as missing, a figure as nothing (QA 22 F5). The formula itself is never evaluated here.
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_CELL_REF = re.compile(r"([A-Z]{1,3})(\d+)")


def _uncalculated(data: bytes) -> tuple[tuple[int, int], ...]:
    """(1-based row, 0-based column) of the sheet's formula cells that hold no result."""
    from lxml import etree

    found = []
    for _event, cell in etree.iterparse(io.BytesIO(data), events=("end",), tag="{*}c", resolve_entities=False,
                                        no_network=True, huge_tree=False):
        value = cell.find("{*}v")
        # openpyxl writes <v></v>, Excel a number (no t) or t="str" with <v></v> for a formula giving "".
        if cell.find("{*}f") is not None and (value is None or not value.text and cell.get("t") in (None, "n")):
            if ref := _CELL_REF.fullmatch(cell.get("r") or ""):
                column = 0
                for letter in ref.group(1):
                    column = column * 26 + ord(letter) - 64
                found.append((int(ref.group(2)), column - 1))
        cell.clear()
    return tuple(found)


def _refuse_uncalculated(sheet: str, cells, hidden_rows, hidden_columns) -> None:
    """FileRefused naming the visible cells of ``sheet`` whose formula has no result (hidden ones are not read)."""
    shown = [(r, c) for r, c in cells if not (hidden_rows and r in hidden_rows) and not (
        hidden_columns and c in hidden_columns) and c < MAX_COLUMNS]
    if shown:
        names = ", ".join(f"{column_letter(c)}{r}" for r, c in shown[:8]) + (", …" if len(shown) > 8 else "")
        raise FileRefused(UNCALCULATED, sheet=clean(sheet), count=len(shown), cells=names)


def _xlsx_sheet_parts(fh):
    """(sheet name as in the workbook, its XML) of each sheet that says "hidden" somewhere (rows or columns) or
    holds a formula."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    fh.seek(0)
    with zipfile.ZipFile(fh) as archive:
        book = etree.fromstring(archive.read("xl/workbook.xml"), parser)
        rels = etree.fromstring(archive.read("xl/_rels/workbook.xml.rels"), parser)
        targets = {r.get("Id"): r.get("Target", "") for r in rels if isinstance(r.tag, str)}
        names = set(archive.namelist())
        for sheet in book.iter("{*}sheet"):
            target = targets.get(sheet.get(f"{{{_REL_NS}}}id"), "")
            member = target.lstrip("/") if target.startswith("/") else "xl/" + target
            member = os.path.normpath(member).replace(os.sep, "/")
            if member not in names:
                continue
            data = archive.read(member)
            if _MAY_HIDE.search(data) or _FORMULA.search(data):
                yield sheet.get("name", ""), data


_COLS = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?cols\b.*?</(?:[A-Za-z_][\w.-]*:)?cols>", re.S)
_COL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?col\b([^>]*)>")
_COL_MIN = re.compile(rb"""\bmin\s*=\s*["'](\d+)["']""")
_COL_MAX = re.compile(rb"""\bmax\s*=\s*["'](\d+)["']""")


def _without_columns(rows, hidden: frozenset[int]) -> tuple[list, tuple[str, ...]]:
    """``rows`` with the cells of the ``hidden`` columns blanked, and the letters of those that held something."""
    if not hidden:
        return rows, ()
    used = sorted({i for _t, _n, v in rows for i in hidden if i < len(v) and v[i] not in (None, "")})
    if not used:
        return rows, ()
    out = [(t, n, tuple(None if i in hidden else x for i, x in enumerate(v))) for t, n, v in rows]
    return out, tuple(column_letter(i) for i in used)


def column_letter(index: int) -> str:
    """0 → 'A', 26 → 'AA'."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(65 + rest) + text
    return text


def _xls_hidden_rows(fh) -> dict[str, frozenset[int] | None]:
    """Sheet name → 1-based numbers of its hidden rows, or None (unknown) for every sheet not read."""
    from qms_desktop.exchange.xls_rows import xls_hidden_rows

    try:
        fh.seek(0)
        found = xls_hidden_rows(fh.read())
    except Exception:  # noqa: BLE001 - never a crash: the hidden rows are then unknown
        found = None
    finally:
        fh.seek(0)
    return found or {}


def _short(exc: BaseException) -> str:
    text = clean(str(exc)) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "…"


def _with_merges(values: list[list[Any]], merges) -> list[tuple[int, int, tuple[Any, ...]]]:
    """Rows numbered from 1, at most MAX_COLUMNS wide; a value merged down several rows is
    copied into every row of its range (a field merged over its procedures); a value merged
    across columns stays in its first cell, as Excel shows it."""
    down: dict[int, list[tuple[int, int]]] = {}
    for (r1, c1), (r2, _c2) in merges:
        if r2 > r1 and c1 < MAX_COLUMNS:
            down.setdefault(r1, []).append((c1, r2))
    rows = []
    active: list[tuple[int, int, Any]] = []  # (column, last row, value)
    for r, raw in enumerate(values):
        row = list(raw[:MAX_COLUMNS])
        if active:
            active = [a for a in active if a[1] >= r]
            for col, _last, value in active:
                if col < len(row) and row[col] in (None, ""):
                    row[col] = value
        for col, last in down.get(r, ()):
            active.append((col, last, row[col] if col < len(row) else None))
        rows.append((0, r + 1, tuple(row)))
    return rows


# --- Word annexes (python-docx) ----------------------------------------------------------------

def _read_docx(fh) -> Grid:
    """Paragraphs as one-cell rows (table 0) and the rows of every table, in document order.

    The XML is walked directly (python-docx's row.cells is quadratic in the table's size):
    cells merged across columns (gridSpan) keep their text in the first column; cells merged
    down (vMerge) repeat the text of the cell that starts the merge.
    """
    import docx  # heavy: at first use
    from docx.oxml.ns import qn

    try:
        document = docx.Document(fh)
    except Exception as exc:
        raise FileRefused(DAMAGED_ZIP, detail=_short(exc)) from exc
    # python-docx finds the main document part; its XML is walked as plain lxml elements (python-docx's
    # own element classes cost a Python object per node: 3× slower on a 5,000-row annex).
    from lxml import etree

    plain = etree.fromstring(etree.tostring(document.element),
                             etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    body = plain.find(qn("w:body"))
    if body is None:
        raise FileRefused(DAMAGED_ZIP, detail="w:body")
    rows: list[tuple[int, int, tuple[Any, ...]]] = []
    t_p, t_tbl, t_tr, t_tc = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
    t_tcpr, t_span, t_vmerge, t_val = qn("w:tcPr"), qn("w:gridSpan"), qn("w:vMerge"), qn("w:val")
    t_trpr, t_before = qn("w:trPr"), qn("w:gridBefore")
    text_tags = (qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"))
    t_text = text_tags[0]

    def para_text(p) -> str:
        return clean("".join((node.text or "") if node.tag == t_text else " " for node in p.iter(*text_tags)))
    para_no = table_no = 0
    for child in body.iterchildren():
        if child.tag == t_p:
            text = para_text(child)
            if text:
                para_no += 1
                rows.append((0, para_no, (text,)))
        elif child.tag == t_tbl:
            table_no += 1
            above: dict[int, str] = {}  # column -> text of the cell that starts a vertical merge
            row_no = 0
            for tr in child.iterchildren(t_tr):
                row_no += 1
                values: list[str] = []
                trpr = tr.find(t_trpr)
                before = trpr.find(t_before) if trpr is not None else None
                if before is not None:
                    values.extend([""] * _int(before.get(t_val), 0))
                for tc in tr.iterchildren(t_tc):
                    tcpr = tc.find(t_tcpr)
                    span, merge = 1, None
                    if tcpr is not None:
                        gs = tcpr.find(t_span)
                        span = max(1, min(_int(gs.get(t_val), 1), MAX_COLUMNS)) if gs is not None else 1
                        vm = tcpr.find(t_vmerge)
                        if vm is not None:
                            merge = vm.get(t_val) or "continue"
                    col = len(values)
                    if merge == "continue":
                        text = above.get(col, "")
                    else:
                        text = " ".join(t for t in (para_text(p) for p in tc.iterchildren(t_p)) if t)
                        if merge == "restart":
                            above[col] = text
                        else:
                            above.pop(col, None)
                    values.append(text)
                    values.extend([""] * (span - 1))
                    if len(values) >= MAX_COLUMNS:
                        break
                rows.append((table_no, row_no, tuple(values[:MAX_COLUMNS])))
    return Grid("", rows)


def _int(text: str | None, default: int) -> int:
    try:
        return int(text)
    except (TypeError, ValueError):
        return default


# --- CSV (charset-normalizer, csv.Sniffer) -----------------------------------------------------

_BOMS = ((b"\xef\xbb\xbf", "utf_8_sig"), (b"\xff\xfe", "utf_16"), (b"\xfe\xff", "utf_16"))


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf_8"
    except UnicodeDecodeError:
        pass
    if b"\0" in data[:4096]:  # UTF-16 without a BOM
        even, odd = data[0:4096:2].count(0), data[1:4096:2].count(0)
        encoding = "utf_16_le" if odd > even else "utf_16_be"
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes  # at first use

    # Vietnamese offices' legacy encoding is Windows-1258; charset-normalizer weighs the
    # candidates and Windows-1258 is preferred among equally good single-byte readings.
    results = from_bytes(data[:1_000_000], cp_isolation=["cp1258", "cp1252", "utf_8", "utf_16", "cp1250"])
    best = results.best()
    candidates = [best.encoding] if best is not None else []
    if "cp1258" not in candidates:
        candidates.insert(0, "cp1258") if _looks_vietnamese_cp1258(data) else candidates.append("cp1258")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if "\0" not in text:
            return text, encoding
    raise FileRefused(TEXT_UNDECODABLE)


# Windows-1258 bytes of Vietnamese letters that Windows-1252 shows as other letters or symbols:
# Ă ă Đ đ Ơ ơ Ư ư and the five combining tone marks.
_CP1258_MARKS = frozenset(b"\xc3\xe3\xd0\xf0\xd5\xf5\xdd\xfd\xcc\xec\xd2\xde\xf2")


def _looks_vietnamese_cp1258(data: bytes) -> bool:
    sample = data[:200_000]
    high = sum(1 for b in sample if b >= 0x80)
    return high > 0 and sum(1 for b in sample if b in _CP1258_MARKS) * 4 >= high


def _read_csv(data: bytes) -> tuple[Grid, str]:
    text, encoding = _decode(data)
    if "\0" in text or _binary(text):
        raise FileRefused(NOT_XLSX)
    sample = text[:64 * 1024]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=";,\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ";,\t|"}
        delimiter = max(counts, key=counts.get) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    rows = []
    try:
        for number, values in enumerate(reader, 1):
            rows.append((0, number, tuple(values[:MAX_COLUMNS])))
    except csv.Error as exc:
        raise FileRefused(NOT_XLSX) from exc
    return Grid("", rows), f"{encoding}, {delimiter!r}"


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _binary(text: str) -> bool:
    sample = text[:8192]
    return bool(sample) and len(_CONTROL.findall(sample)) > len(sample) // 100
