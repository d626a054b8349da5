"""Read a province's published Excel list of commune-level administrative procedures (TTHC).

The file is untrusted: its zip container is inspected before openpyxl sees it, it is read with
``read_only=True, data_only=True`` (formulas are never evaluated; their stored result, or
nothing, is read), and every problem becomes a :class:`WorkbookRefused` or a
:class:`RejectedRow`. All user-visible texts are English sources marked for translation in the
"TthcImport" context; their ``{placeholders}`` are filled from ``params`` where they are shown.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import zipfile
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any, ClassVar, Iterator

import openpyxl
from openpyxl.utils.cell import range_boundaries

from qms_desktop.domain.errors import QmsError
from qms_desktop.domain.text import clean, fold
from qms_desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "TthcImport"
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024  # a member smaller than this cannot be a bomb; skip the ratio test
MAX_MEMBERS = 10_000
MAX_DATA_ROWS = 20_000  # non-blank rows below the header
MAX_COLUMNS = 64
MAX_NAME = 1_000
HEADER_SCAN_ROWS = 30
TICK = 200  # rows between cancel/progress calls

# Literal contexts and single literals so that pyside6-lupdate extracts them.
NOT_XLSX = QT_TRANSLATE_NOOP("TthcImport", "The file is not an Excel workbook (.xlsx) or it is damaged.")
CANNOT_OPEN = QT_TRANSLATE_NOOP("TthcImport", "The file {path} could not be opened: {detail}")
TOO_BIG = QT_TRANSLATE_NOOP("TthcImport", "The workbook is too large to import (more than {limit_mb} MB uncompressed).")
TOO_MANY_PARTS = QT_TRANSLATE_NOOP("TthcImport", "The workbook has too many parts ({count}).")
BOMB = QT_TRANSLATE_NOOP("TthcImport", "The workbook is refused: its part {member} is compressed suspiciously strongly.")
NO_HEADER = QT_TRANSLATE_NOOP("TthcImport", "No header row found: none of the first {rows} rows of any sheet names the columns for the procedure code (Mã TTHC) and name (Tên thủ tục).")
MISSING_CODE = QT_TRANSLATE_NOOP("TthcImport", "Missing code")
MISSING_NAME = QT_TRANSLATE_NOOP("TthcImport", "Missing name")
BAD_CODE = QT_TRANSLATE_NOOP("TthcImport", "Invalid code \"{code}\": expected a digit, a dot and six digits, e.g. 1.009137")
DUPLICATE_CODE = QT_TRANSLATE_NOOP("TthcImport", "Duplicate code {code}: already in row {first_row}")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("TthcImport", "Name too long ({length} characters; at most {limit})")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP("TthcImport", "Too many rows: the import stopped after {limit} procedure rows")


class WorkbookRefused(QmsError):
    """The whole file is refused; ``str(exc)`` is ``message.format(**params)`` (untranslated)."""

    context = CONTEXT


@dataclass(frozen=True)
class RejectedRow:
    row_number: int  # 1-based Excel row
    reason: str  # English source, QT_TRANSLATE_NOOP("TthcImport", ...)
    params: dict = field(default_factory=dict)
    context: ClassVar[str] = CONTEXT

    @property
    def message(self) -> str:  # lets qms_desktop.i18n.render() format a RejectedRow
        return self.reason


@dataclass(frozen=True)
class TthcRecord:
    row_number: int
    code: str
    name: str
    field: str
    time_limit: str
    time_limit_days: float | None
    working_days: bool
    note: str
    extra: dict[str, str]


@dataclass(frozen=True)
class ParseResult:
    sheet: str
    header_row: int  # first (or only) header row, 1-based
    records: list[TthcRecord]
    rejected: list[RejectedRow]


# --- header detection ------------------------------------------------------------------------

# role -> (folded synonym, whether "synonym + more words" also matches)
_SYNONYMS: dict[str, tuple[tuple[str, bool], ...]] = {
    "code": (("ma tthc", True), ("ma thu tuc", True), ("ma so", True), ("ma", False)),
    "name": (("ten thu tuc hanh chinh", True), ("ten thu tuc", True), ("ten tthc", True)),
    "field": (("linh vuc", False), ("ten linh vuc", False)),
    "time_limit": (("thoi han giai quyet", True), ("thoi gian giai quyet", True),
                   ("thoi han", True)),
    "note": (("ghi chu", False),),
    "stt": (("stt", False), ("tt", False), ("so tt", False)),
}
_PUNCT = re.compile(r"[^\w]+")


def _header_key(value: Any) -> str:
    return " ".join(_PUNCT.sub(" ", fold(_text(value))).split())


def _role_scores(value: Any) -> list[tuple[int, str]]:
    """(score, role) pairs a header cell can fill: 2 for an exact synonym, 1 for a prefix."""
    key = _header_key(value)
    found = []
    for role, synonyms in _SYNONYMS.items():
        score = max((2 if key == syn else 1 if prefix and key.startswith(syn + " ") else 0
                     for syn, prefix in synonyms), default=0)
        if score:
            found.append((score, role))
    return found


@dataclass
class _Header:
    first_row: int
    last_row: int
    roles: dict[str, int]  # role -> 0-based column
    extras: list[tuple[int, str]]  # (0-based column, header text)


def _assign(rows: list[tuple[Any, ...]]) -> dict[str, int]:
    """Give each role the best-scoring column over one or two header rows (one role a column)."""
    candidates = []
    for values in rows:
        for col, value in enumerate(values):
            candidates.extend((-score, col, role) for score, role in _role_scores(value))
    roles: dict[str, int] = {}
    for _, col, role in sorted(candidates):
        if role not in roles and col not in roles.values():
            roles[role] = col
    return roles


def _looks_like_data(values: tuple[Any, ...]) -> bool:
    return any(isinstance(v, (int, float)) and not isinstance(v, bool)
               or _CODE_RE.fullmatch(_text(v)) for v in values)


def _find_header(head: list[tuple[int, tuple[Any, ...]]]) -> _Header | None:
    """The first row (or pair of rows, for merged two-row headers) naming code and name."""
    for i, (row_number, values) in enumerate(head[:HEADER_SCAN_ROWS]):
        if not any(_role_scores(v) for v in values):
            continue
        below = head[i + 1][1] if i + 1 < len(head) else ()
        two_rows = not _looks_like_data(below) and any(_role_scores(v) for v in below)
        rows = [values, below] if two_rows else [values]
        roles = _assign(rows)
        if "code" not in roles or "name" not in roles:
            continue
        extras, seen = [], set()
        width = max(len(r) for r in rows)
        for col in range(width):
            if col in roles.values():
                continue
            texts = [_text(r[col]) for r in rows if col < len(r)]
            label = next((t for t in reversed(texts) if t), "")
            if not label:
                continue
            unique, n = label, 2
            while unique in seen:
                unique, n = f"{label} ({n})", n + 1
            seen.add(unique)
            extras.append((col, unique))
        last = row_number + 1 if two_rows else row_number
        return _Header(row_number, last, roles, extras)
    return None


# --- cell values -----------------------------------------------------------------------------

_CODE_RE = re.compile(r"[0-9]\.[0-9]{6}")
_ROMAN_RE = re.compile(r"(?=[IVX])X{0,3}(IX|IV|V?I{0,3})[.)]?", re.IGNORECASE)
_ROMAN_PREFIX = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?:[.):\-–]\s*|\s+)")
_ORDINAL_RE = re.compile(r"\(?\d+[.)]?")
_NOTE_PREFIXES = ("ghi chu", "chu thich", "luu y", "chu y")
_TIME_RE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(ngay|gio|tuan|thang)\b(\s+lam viec)?")
_SAME_DAY_RE = re.compile(r"\btrong ngay\b")


def _text(value: Any) -> str:
    """Display text of a cell value: NFC, trimmed, whitespace collapsed; '' for empty."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    return value.isoformat() if isinstance(value, (dt.date, dt.time)) else clean(value)


def _code(value: Any) -> str:
    """Excel turns 1.017240 into the number 1.01724: numbers get exactly six decimals back."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return f"{value:.6f}"
    return _text(value)


def parse_time_limit(text: Any) -> tuple[float | None, bool]:
    """Days and whether they are working days: '03 ngày làm việc' → (3.0, True).

    Same day ('Trong ngày', 'Ngay trong ngày làm việc') → 0.0; '30 ngày' → (30.0, False);
    hours are 8 to a working day (24 otherwise); a bare number is that many working days;
    'Không quy định' or anything without a number → (None, False).
    """
    if isinstance(text, bool) or text is None:
        return None, False
    if isinstance(text, (int, float)):
        return (float(text), True) if math.isfinite(text) and text >= 0 else (None, False)
    key = fold(_text(text))
    span = _TIME_RE.search(key)
    same_day = _SAME_DAY_RE.search(key)
    if same_day and (span is None or same_day.start() < span.start()):
        return 0.0, "lam viec" in key
    if span is None:
        return None, False
    number = float(span.group(1).replace(",", "."))
    unit, working = span.group(2), bool(span.group(3))
    if unit == "gio":
        return number / (8 if working else 24), working
    if unit == "tuan":
        return number * (5 if working else 7), working
    if unit == "thang":
        return number * 30, False
    return number, working


def _field_from_heading(text: str) -> str:
    """'I. LĨNH VỰC THI ĐUA, KHEN THƯỞNG' → 'Thi đua, khen thưởng'."""
    text = _ROMAN_PREFIX.sub("", text, count=1)
    words = text.split()
    if len(words) >= 2 and _header_key(" ".join(words[:2])) == "linh vuc":
        words = words[2:]
    text = " ".join(words).strip(" :-–.").lower()
    return text[:1].upper() + text[1:]


def _group_heading(texts: list[str], stt_col: int | None, code: str) -> str | None:
    """The field named by a group row ('I' | 'LĨNH VỰC HỘ TỊCH'), or None if not one.

    A heading merged across the row sits in its first cell, which may be the code column; any
    other text there (a malformed code) makes the row a procedure, not a heading.
    """
    stt = texts[stt_col] if stt_col is not None and stt_col < len(texts) else ""
    roman = bool(stt and _ROMAN_RE.fullmatch(stt))
    for text in [code] if code else texts:
        if _header_key(_ROMAN_PREFIX.sub("", text, count=1)).startswith("linh vuc "):
            return _field_from_heading(text)
    others = [code] if code else [t for i, t in enumerate(texts) if t and i != stt_col]
    if roman and others and not any(ch.isdigit() for ch in code):
        return _field_from_heading(others[0])
    return None


# --- workbook access -------------------------------------------------------------------------

def _check_zip(fh) -> None:
    try:
        with zipfile.ZipFile(fh) as archive:
            members = archive.infolist()
    except Exception as exc:  # BadZipFile, NotImplementedError (odd versions), OSError, ...
        raise WorkbookRefused(NOT_XLSX, detail=str(exc)) from exc
    if len(members) > MAX_MEMBERS:
        raise WorkbookRefused(TOO_MANY_PARTS, count=len(members))
    if sum(m.file_size for m in members) > MAX_UNCOMPRESSED:
        raise WorkbookRefused(TOO_BIG, limit_mb=MAX_UNCOMPRESSED // (1024 * 1024))
    for m in members:
        if m.file_size > RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise WorkbookRefused(BOMB, member=m.filename)


_MERGE_RE = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref\s*=\s*[\"']([A-Za-z]+[0-9]+:[A-Za-z]+[0-9]+)")


def _vertical_merges(wb, ws) -> dict[int, list[tuple[int, int]]]:
    """first row -> [(column, last row)] of merged ranges more than one row tall.

    Read-only worksheets do not expose merged cells, so the <mergeCell> elements (after the
    cell data) are found by scanning the sheet's XML in chunks. Uses openpyxl internals;
    without them merges are simply not filled in.
    """
    archive, path = getattr(wb, "_archive", None), getattr(ws, "_worksheet_path", None)
    starts: dict[int, list[tuple[int, int]]] = {}
    if archive is None or not path:
        return starts
    tail = b""
    with archive.open(path) as src:
        while chunk := src.read(1 << 20):
            buf, end = tail + chunk, 0
            for match in _MERGE_RE.finditer(buf):
                end = match.end()
                try:
                    c1, r1, _, r2 = range_boundaries(match.group(1).decode("ascii"))
                except (ValueError, TypeError):
                    continue
                if r2 > r1 and c1 <= MAX_COLUMNS:
                    starts.setdefault(r1, []).append((c1 - 1, r2))
            tail = buf[max(end, len(buf) - 512):]
    return starts


def _rows(wb, ws) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, values) with the top-left value of vertical merges copied down."""
    try:
        starts = _vertical_merges(wb, ws)
        ws.reset_dimensions()  # the stored <dimension> may be wrong; read every row
        active: list[tuple[int, int, Any]] = []  # (column, last row, value)
        for number, values in enumerate(ws.iter_rows(max_col=MAX_COLUMNS, values_only=True), 1):
            values = list(values)
            if active:
                active = [a for a in active if a[1] >= number]
                for col, _, value in active:
                    if col < len(values) and values[col] in (None, ""):
                        values[col] = value
            for col, last in starts.get(number, ()):
                active.append((col, last, values[col] if col < len(values) else None))
            yield number, tuple(values)
    except (WorkbookRefused, GeneratorExit):
        raise
    except Exception as exc:  # malformed XML or zip data inside an accepted container
        raise WorkbookRefused(NOT_XLSX, detail=str(exc)) from exc


# --- parsing ---------------------------------------------------------------------------------

def parse_tthc_workbook(path: str | os.PathLike, *, cancel=None, progress=None) -> ParseResult:
    """Parse the first sheet that has a recognisable header.

    ``cancel.raise_if_cancelled()`` and ``progress(done_rows, total_rows)`` are called every
    200 rows below the header. Raises WorkbookRefused for a file that cannot be imported.
    """
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise WorkbookRefused(CANNOT_OPEN, path=os.fspath(path), detail=exc.strerror or "") from exc
    with fh:
        _check_zip(fh)
        fh.seek(0)
        try:  # a file object also skips openpyxl's check of the file name's extension
            wb = openpyxl.load_workbook(fh, read_only=True, data_only=True, keep_links=False)
        except Exception as exc:  # anything openpyxl cannot read is "not an xlsx"
            raise WorkbookRefused(NOT_XLSX, detail=str(exc)) from exc
        try:
            for ws in wb.worksheets:
                estimate = ws.max_row or 0
                rows = _rows(wb, ws)
                head = list(islice(rows, HEADER_SCAN_ROWS + 1))
                header = _find_header(head)
                if header is None:
                    rows.close()
                    continue
                data = chain((r for r in head if r[0] > header.last_row), rows)
                total = max(estimate - header.last_row, 0)
                records, rejected = _parse_rows(data, header, cancel, progress, total)
                return ParseResult(ws.title, header.first_row, records, rejected)
        finally:
            wb.close()
    raise WorkbookRefused(NO_HEADER, rows=HEADER_SCAN_ROWS)


def _parse_rows(data, header: _Header, cancel, progress, total: int):
    records: list[TthcRecord] = []
    rejected: list[RejectedRow] = []
    first_seen: dict[str, int] = {}
    group_field = ""
    done = filled = 0
    roles = header.roles

    for number, values in data:
        done += 1
        if done % TICK == 0:
            if cancel is not None:
                cancel.raise_if_cancelled()
            if progress is not None:
                progress(done, max(total, done))
        texts = [_text(v) for v in values]
        if not any(texts):
            continue
        filled += 1
        if filled > MAX_DATA_ROWS:
            rejected.append(RejectedRow(number, TOO_MANY_ROWS, {"limit": MAX_DATA_ROWS}))
            break
        cell = {role: values[col] if col < len(values) else None for role, col in roles.items()}
        code, name = _code(cell.get("code")), _text(cell.get("name"))
        if not _CODE_RE.fullmatch(code):
            first = fold(next(t for t in texts if t))
            if first.startswith(_NOTE_PREFIXES):
                continue  # "Ghi chú: ..." and similar footnotes
            if "code" in {role for _, role in _role_scores(code)}:
                continue  # the header repeated, e.g. on every printed page
            heading = _group_heading(texts, roles.get("stt"), code)
            if heading is not None:
                group_field = heading
                continue
            if all(_ORDINAL_RE.fullmatch(t) for t in texts if t):
                continue  # a "(1) (2) (3)" column-number row, or numbers only
        if not code:
            stt = _text(cell.get("stt"))
            if name and not (stt and not _ORDINAL_RE.fullmatch(stt)):
                rejected.append(RejectedRow(number, MISSING_CODE))
            continue  # otherwise a text-only or section row ("A", "PHẦN I")
        if not name:
            rejected.append(RejectedRow(number, MISSING_NAME, {"code": code}))
        elif not _CODE_RE.fullmatch(code):
            rejected.append(RejectedRow(number, BAD_CODE, {"code": code}))
        elif len(name) > MAX_NAME:
            rejected.append(RejectedRow(number, NAME_TOO_LONG,
                                        {"length": len(name), "limit": MAX_NAME}))
        elif code in first_seen:
            rejected.append(RejectedRow(number, DUPLICATE_CODE,
                                        {"code": code, "first_row": first_seen[code]}))
        else:
            first_seen[code] = number
            raw_time = cell.get("time_limit")
            days, working = parse_time_limit(raw_time)
            records.append(TthcRecord(
                row_number=number, code=code, name=name,
                field=_text(cell.get("field")) or group_field,
                time_limit=_text(raw_time), time_limit_days=days, working_days=working,
                note=_text(cell.get("note")),
                extra={label: texts[col] if col < len(texts) else ""
                       for col, label in header.extras},
            ))
    if progress is not None:
        progress(done, done)
    return records, rejected
