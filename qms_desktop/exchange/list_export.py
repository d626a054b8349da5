"""Export any list shown in the application to an Excel file (atomic write, read back)."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import unicodedata
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from qms_desktop.domain.errors import QmsError
from qms_desktop.domain.text import strip_controls
from qms_desktop.i18n import QT_TRANSLATE_NOOP

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportFailed(QmsError):
    pass


def safe_cell(value: object) -> object:
    """Numbers stay numbers; text loses the characters no XLSX file may hold (never an
    IllegalCharacterError) and is NFC."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", strip_controls(value))
    return value


def put(cell, value: object) -> None:
    """Write one cell. Text that a spreadsheet would evaluate ('=1+1') stays plain text, marked
    with Excel's quote prefix (shown as typed, no visible apostrophe), like the report XLSX."""
    value = safe_cell(value)
    cell.value = value
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True


def atomic_write_bytes(path: Path, write) -> None:
    """Write through ``write(fileobj)`` into a temporary file beside ``path``, fsync, then rename."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with _suppress():
            os.unlink(tmp)
        raise


class _suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


def export_rows(path: str | Path, title: str, headers: list[str], rows: list[list[object]]) -> Path:
    """Write a titled sheet with a frozen header row, A4 landscape; verify by reading it back.

    Raises:
        ExportFailed: the folder cannot be written or the file read back differs.
    """
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "DanhSach"
    put(ws.cell(row=1, column=1), title)
    ws.cell(row=1, column=1).font = Font(bold=True, size=13)
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=3, column=c)
        put(cell, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            put(cell, value)
            if isinstance(value, dt.date):
                cell.number_format = "DD/MM/YYYY"
    for c, h in enumerate(headers, start=1):
        width = max([len(str(h))] + [len(str(row[c - 1])) for row in rows[:200] if c - 1 < len(row)])
        ws.column_dimensions[get_column_letter(c)].width = min(60, max(8, width + 2))
    ws.freeze_panes = "A4"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "3:3"
    try:
        atomic_write_bytes(path, wb.save)
        check = load_workbook(path, read_only=True)
        got = check.active.max_row
        check.close()
    except OSError as exc:
        raise ExportFailed(QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}"), path=str(path),
                           reason=exc.strerror or str(exc)) from exc
    if got < 3 + len(rows):
        raise ExportFailed(QT_TRANSLATE_NOOP("Errors", "The file {path} did not verify after writing."), path=str(path))
    return path
