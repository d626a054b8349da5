"""Read the province's register of reporting units (communes, wards, special zones) from Excel.

One row per unit: code and name (required), kind, opening and closing dates, predecessors (the former
units a merged commune was formed from), whether it is expected to report and why not. Columns are
found by their Vietnamese headers in any order; each record says which fields its row gives (``given``: the
column is in the file and the cell is not empty), so that the import leaves the others as the register has
them (services.receiving.units.import_units). The file is untrusted: it is read by the shared reader
(exchange/tabular.py: .xlsx/.xls/.ods, .docx tables, CSV; the same zip checks and formula-free reading
as the TTHC importer).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from qms_desktop.domain.errors import QmsError
from qms_desktop.domain.text import clean, fold, visible
from qms_desktop.exchange.tthc_excel import RejectedRow, _header_key, _text
from qms_desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "UnitImport"
HEADER_SCAN_ROWS = 30
MAX_ROWS = 20_000
TICK = 200

NO_HEADER = QT_TRANSLATE_NOOP("UnitImport", "No header row found: none of the first {rows} rows of any sheet names the columns for the unit code (Mã đơn vị) and name (Tên đơn vị).")
MISSING_CODE = QT_TRANSLATE_NOOP("UnitImport", "Missing unit code")
MISSING_NAME = QT_TRANSLATE_NOOP("UnitImport", "Missing unit name")
BAD_CODE = QT_TRANSLATE_NOOP("UnitImport", "Invalid unit code \"{code}\": letters, digits, dot, dash or underscore, at most 50")
DUPLICATE = QT_TRANSLATE_NOOP("UnitImport", "Duplicate unit code {code}: already in row {first_row}")
BAD_KIND = QT_TRANSLATE_NOOP("UnitImport", "Unknown kind \"{kind}\": use Xã, Phường or Đặc khu")
BAD_DATE = {  # by the column's role: the user reads the column's name, not ours
    "opened": QT_TRANSLATE_NOOP("UnitImport", "Invalid date \"{value}\" in the column of the opening date: use dd/mm/yyyy"),
    "closed": QT_TRANSLATE_NOOP("UnitImport", "Invalid date \"{value}\" in the column of the closing date: use dd/mm/yyyy"),
}
DATE_SERIAL_TEXT = {  # a date Excel keeps as its serial number, written out as text (a CSV export)
    "opened": QT_TRANSLATE_NOOP("UnitImport", "\"{value}\" in the column of the opening date looks like a date that Excel shows as a number ({value} is {date}): format the column as Date (dd/mm/yyyy) in Excel and import again"),
    "closed": QT_TRANSLATE_NOOP("UnitImport", "\"{value}\" in the column of the closing date looks like a date that Excel shows as a number ({value} is {date}): format the column as Date (dd/mm/yyyy) in Excel and import again"),
}
NUMBER_NOT_DATE = {
    "opened": QT_TRANSLATE_NOOP("UnitImport", "The column of the opening date holds the number {value}, not a date: type the date as dd/mm/yyyy"),
    "closed": QT_TRANSLATE_NOOP("UnitImport", "The column of the closing date holds the number {value}, not a date: type the date as dd/mm/yyyy"),
}
PADDED_CODES = QT_TRANSLATE_NOOP("UnitImport", "{count} unit code(s) that Excel had turned into numbers were padded with leading zeros to {width} digits, as every other code in the column is written (rows {rows}). Check them before importing.")
NUMBER_CODE_CLASH = QT_TRANSLATE_NOOP("UnitImport", "Unit code {code} is the number Excel made of the code {other} in row {first_row} (the leading zeros were dropped): format the code column as Text in Excel, type the codes again and import again")
CLOSED_BEFORE_OPENED = QT_TRANSLATE_NOOP("UnitImport", "The closing date is before the opening date")
NO_REASON = QT_TRANSLATE_NOOP("UnitImport", "Not expected to report, but no reason is given")
BAD_EXPECTED = QT_TRANSLATE_NOOP("UnitImport", "\"{value}\" in the column of units expected to report: use Có or Không")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP("UnitImport", "Too many rows: the import stopped after {limit} units")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("UnitImport", "Name too long ({length} characters; at most 300)")

def code_key(code: str) -> str:
    """A unit code as the register compares it: "ld-tp" is LD-TP (codes are ASCII letters, digits, . _ -)."""
    return code.strip().upper()


CODE_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._\-]{0,49}")
KINDS = {"xa": "xa", "phuong": "phuong", "dac khu": "dac-khu", "dac-khu": "dac-khu", "thi tran": "xa"}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("ma don vi", "ma dvhc", "ma don vi hanh chinh", "ma xa", "ma so", "ma", "code"),
    "name": ("ten don vi", "ten don vi hanh chinh", "ten dvhc", "ten xa phuong", "ten xa", "ten", "don vi", "name"),
    "kind": ("loai", "loai don vi", "cap", "kind"),
    "opened": ("ngay thanh lap", "ngay bat dau", "ngay bat dau hoat dong", "tu ngay", "hieu luc tu", "opened"),
    "closed": ("ngay giai the", "ngay ket thuc", "ngay cham dut", "ngay sap nhap", "den ngay", "closed"),
    "predecessors": ("don vi tien than", "tien than", "sap nhap tu", "hop nhat tu", "don vi cu",
                     "cac don vi truoc sap nhap", "don vi truoc sap nhap", "predecessors"),
    "expected": ("phai bao cao", "thuoc dien bao cao", "bao cao", "co bao cao", "expected"),
    "reason": ("ly do", "ly do khong bao cao", "ghi chu", "reason"),
}
_YES = {"x", "co", "1", "yes", "true", "c", "phai", "co bao cao"}
_NO = {"khong", "0", "no", "false", "k", "khong bao cao", "-"}


class UnitWorkbookRefused(QmsError):
    context = CONTEXT


@dataclass(frozen=True)
class RejectedUnitRow(RejectedRow):
    """A row of the list of units left out, and why (its reason in the "UnitImport" context)."""

    context: ClassVar[str] = CONTEXT


@dataclass(frozen=True)
class UnitFields:
    """A reporting unit as the register describes it: a row of the province's list (``UnitRecord``), what the
    unit's form saves (``services.receiving.units.UnitInput``) and, with its key and chain, the register's row."""

    code: str
    name: str
    kind: str = "xa"
    opened: dt.date | None = None
    closed: dt.date | None = None
    predecessors: str = ""
    expected: bool = True
    not_expected_reason: str = ""  # "" when it is expected to report


# The fields of the register a row of the list may set (the code is the row's key).
FIELDS = ("name", "kind", "opened", "closed", "predecessors", "expected", "not_expected_reason")
ALL_FIELDS = frozenset(FIELDS)
# The header of each field's column in the province's list, as the user reads it (what to add to the file).
COLUMN_NAMES = {"kind": "Loại", "opened": "Ngày thành lập", "closed": "Ngày giải thể",
                "predecessors": "Đơn vị tiền thân", "expected": "Phải báo cáo", "not_expected_reason": "Lý do"}
_ROLE_FIELDS = {"name": "name", "kind": "kind", "opened": "opened", "closed": "closed",
                "predecessors": "predecessors", "expected": "expected", "reason": "not_expected_reason"}


@dataclass(frozen=True, kw_only=True)
class UnitRecord(UnitFields):
    row_number: int
    # The fields the row gives: its column is in the file and its cell is not empty (the kind also when the name
    # starts with it). A unit of the register keeps the others as they are; a new unit takes the defaults.
    given: frozenset = ALL_FIELDS
    code_was_number: bool = False  # the code cell is a number (Excel drops the leading zeros of 00004)
    number_code: str = ""  # when the code was padded (``pad_number_codes``): the number Excel showed, "4"


@dataclass(frozen=True)
class UnitParseResult:
    sheet: str
    header_row: int
    records: list[UnitRecord]
    rejected: list[RejectedUnitRow]
    hidden: tuple[tuple[str, int], ...] = ()  # (sheet, row) below the header, hidden in Excel: left out
    columns: frozenset = ALL_FIELDS  # the fields whose column the file has (the name's always)
    hidden_columns: tuple[tuple[str, str], ...] = ()  # (sheet, column letter) hidden in Excel: left out


@dataclass(frozen=True)
class PaddedCodesNote:
    """What the preview says about the codes padded with zeros (``pad_number_codes``): a message for i18n.render."""

    records: tuple[UnitRecord, ...]
    context: str = CONTEXT

    @property
    def message(self) -> str:
        return PADDED_CODES

    @property
    def params(self) -> dict:
        shown = [f"{r.row_number}: {r.number_code} → {r.code}" for r in self.records[:20]]
        return {"count": len(self.records), "width": len(self.records[0].code) if self.records else 0,
                "rows": "; ".join(shown) + ("; …" if len(self.records) > 20 else "")}


def padded_note(records) -> PaddedCodesNote | None:
    """The note on the records whose code was padded (``number_code`` set), or None."""
    padded = tuple(r for r in records if r.number_code)
    return PaddedCodesNote(padded) if padded else None


def _roles(values: tuple[Any, ...]) -> dict[str, int]:
    """The best column of each role in one header row: an exact synonym beats a prefix."""
    candidates = []
    for col, value in enumerate(values):
        key = _header_key(value)
        if not key:
            continue
        for role, synonyms in _SYNONYMS.items():
            for rank, syn in enumerate(synonyms):
                if key == syn:
                    candidates.append((0, rank, col, role))
                elif key.startswith(syn + " ") and len(syn) > 3:
                    candidates.append((1, rank, col, role))
    roles: dict[str, int] = {}
    for _exact, _rank, col, role in sorted(candidates):
        if role not in roles and col not in roles.values():
            roles[role] = col
    return roles


def kind_of(value: Any, name: str) -> str | None:
    """'Xã' → 'xa', 'Phường' → 'phuong', 'Đặc khu' → 'dac-khu'; from the name when the cell is empty."""
    key = _header_key(value)
    if key:
        return KINDS.get(key)
    return kind_in_name(name) or "xa"


AGENCY_PREFIXES = ("uy ban nhan dan ", "ubnd ")  # folded, before a unit's name (services/receiving/units.match_key)


def kind_in_name(name: str) -> str | None:
    """The kind a name starts with ('Phường Bảo Lộc' → 'phuong'), after 'Ủy ban nhân dân'/'UBND' ('UBND phường
    Bảo Lộc' → 'phuong', QA 23 F7: it was stored as a xã), or None ('Bảo Lộc')."""
    folded = " ".join(fold(name).replace(".", "").split()) + " "  # "U.B.N.D" too
    for agency in AGENCY_PREFIXES:
        if folded.startswith(agency):
            folded = folded[len(agency):]
            break
    for prefix, kind in (("phuong ", "phuong"), ("dac khu ", "dac-khu"), ("xa ", "xa"), ("thi tran ", "xa")):
        if folded.startswith(prefix):
            return kind
    return None


_DATE_RE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
# Excel's day numbers (1900 date system, as every Windows Excel writes them) of 01/01/1950 and 31/12/2100:
# a number in this range in a date column is a date whose cell lost its date format.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
SERIAL_RANGE = (18264, 73415)


class NotADate(ValueError):
    """The value is a number (or number text) in a date column; ``message`` says which (context UnitImport)."""

    def __init__(self, messages: dict[str, str], params: dict) -> None:
        super().__init__(params.get("value"))
        self.messages, self.params = messages, params


def excel_serial_date(number: float) -> dt.date | None:
    """The date of an Excel day number (45839 → 01/07/2025), or None outside 1950–2100."""
    if not SERIAL_RANGE[0] <= number <= SERIAL_RANGE[1]:
        return None
    return _EXCEL_EPOCH + dt.timedelta(days=int(number))


def parse_date(value: Any) -> dt.date | None:
    """A date cell or 'dd/mm/yyyy' text; None for an empty cell. Raises ValueError otherwise.

    A number cell in a date column is a date whose cell has the General format: Excel keeps dates as day
    numbers (45839 is 01/07/2025), and that is what the cell holds. Such a number between 1950 and 2100 is
    read as that date (the only thing it can mean in this column); any other number raises NotADate, as
    does a day number written as text (a CSV export: it could be anything, so it is not guessed).
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        day = excel_serial_date(value) if value == value else None
        if day is None:
            raise NotADate(NUMBER_NOT_DATE, {"value": _text(value)})
        return day
    text = _text(value)
    if not text:
        return None
    m = _DATE_RE.fullmatch(text)
    if m:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if text.isdigit() and excel_serial_date(int(text)) is not None:
        raise NotADate(DATE_SERIAL_TEXT, {"value": text, "date": excel_serial_date(int(text)).strftime("%d/%m/%Y")})
    return dt.date.fromisoformat(text)


def _blank(value: Any) -> bool:
    return value is None or (not isinstance(value, bool) and _text(value) == "")


def _expected(value: Any) -> bool | None:
    if value is None or value == "":
        return True
    if isinstance(value, bool):
        return value
    key = _header_key(value)
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None


def parse_units_workbook(path: str | os.PathLike, *, cancel=None, progress=None) -> UnitParseResult:
    """Parse the first sheet (or Word table) with a recognisable header (code and name columns).

    Raises:
        FileRefused (exchange/tabular.py) / UnitWorkbookRefused: not a readable file, a suspicious one,
            or no header.
    """
    from qms_desktop.exchange.tabular import UNKNOWN_ROW, hidden_columns, read_source

    for grid in read_source(path).grids:
        tables: dict[int, list[tuple[int, tuple[Any, ...]]]] = {}
        for table, number, values in grid.rows:
            tables.setdefault(table, []).append((number, values))
        for rows in tables.values():
            for i, (number, values) in enumerate(rows[:HEADER_SCAN_ROWS]):
                roles = _roles(values)
                if "code" in roles and "name" in roles:
                    records, rejected = _parse(rows[i + 1:], iter(()), roles, cancel, progress, len(rows) - i - 1)
                    hidden = tuple((grid.name, n) for n in grid.hidden if n > number or n == UNKNOWN_ROW)
                    columns = frozenset(_ROLE_FIELDS[r] for r in roles if r in _ROLE_FIELDS)
                    return UnitParseResult(grid.name, number, records, rejected, hidden, columns,
                                           hidden_columns([grid]))
    raise UnitWorkbookRefused(NO_HEADER, rows=HEADER_SCAN_ROWS)


def _parse(head: list, rest, roles: dict[str, int], cancel, progress, total: int):
    records: list[UnitRecord] = []
    rejected: list[RejectedUnitRow] = []
    seen: dict[str, int] = {}
    text_codes: set[str] = set()  # every code of the column typed as text (rows rejected for another reason too)
    # All-digit codes by their value (4 and 00004 alike): (row, code, from a number cell, index in records;
    # None for a code typed as text: it wins over a number cell even when its own row is rejected)
    by_value: dict[str, tuple[int, str, bool, int]] = {}
    done = 0

    def cell(values: tuple, role: str) -> Any:
        col = roles.get(role)
        return values[col] if col is not None and col < len(values) else None

    from itertools import chain

    for number, values in chain(head, rest):
        done += 1
        if done % TICK == 0:
            if cancel is not None:
                cancel.raise_if_cancelled()
            if progress is not None:
                progress(done, max(total, done))
        texts = [_text(v) for v in values]
        if not any(texts):
            continue
        if len(records) + len(rejected) >= MAX_ROWS:
            rejected.append(RejectedUnitRow(number, TOO_MANY_ROWS, {"limit": MAX_ROWS}))
            break
        raw_code = cell(values, "code")
        from_number = isinstance(raw_code, (int, float)) and not isinstance(raw_code, bool)
        code = str(int(raw_code)) if isinstance(raw_code, float) and raw_code.is_integer() else _text(raw_code)
        name = clean(_text(cell(values, "name")))
        if not code and not name:
            continue  # a section or note row
        if _header_key(code) in _SYNONYMS["code"]:
            continue  # the header repeated on a printed page
        if not code:
            rejected.append(RejectedUnitRow(number, MISSING_CODE))
            continue
        if not from_number:
            text_codes.add(code)
        if not CODE_RE.fullmatch(code):
            rejected.append(RejectedUnitRow(number, BAD_CODE, {"code": visible(code)}))
            continue
        if not name:
            rejected.append(RejectedUnitRow(number, MISSING_NAME, {"code": code}))
            continue
        if len(name) > 300:
            rejected.append(RejectedUnitRow(number, NAME_TOO_LONG, {"length": len(name)}))
            continue
        if code_key(code) in seen:
            rejected.append(RejectedUnitRow(number, DUPLICATE, {"code": code, "first_row": seen[code_key(code)]}))
            continue
        value_key = code.lstrip("0") or "0" if code.isdigit() else None
        earlier = by_value.get(value_key) if value_key is not None else None
        if earlier is not None and (from_number or earlier[2]):
            # Excel made 4 of 00004: the code typed as text is the unit's; the number cell is refused.
            first_row, other, _was_number, index = earlier
            if from_number:
                rejected.append(RejectedUnitRow(number, NUMBER_CODE_CLASH, {"code": code, "other": other,
                                                                            "first_row": first_row}))
                continue
            dropped = records[index]
            records[index] = None  # removed below, keeping the indexes of the others
            seen.pop(code_key(dropped.code), None)
            rejected.append(RejectedUnitRow(dropped.row_number, NUMBER_CODE_CLASH, {
                "code": dropped.code, "other": code, "first_row": number}))
        if value_key is not None and not from_number:
            by_value[value_key] = (number, code, False, None)  # even if the row is rejected below
        given = {"name"}  # what the row says; an empty cell or a missing column leaves the register's value
        if not _blank(cell(values, "kind")) or kind_in_name(name):
            given.add("kind")
        kind = kind_of(cell(values, "kind"), name)
        if kind is None:
            rejected.append(RejectedUnitRow(number, BAD_KIND, {"kind": _text(cell(values, "kind"))}))
            continue
        dates = {}
        bad = None
        for role in ("opened", "closed"):
            try:
                dates[role] = parse_date(cell(values, role))
            except NotADate as exc:
                bad = RejectedUnitRow(number, exc.messages[role], {**exc.params, "column": role})
                break
            except (ValueError, TypeError):
                bad = RejectedUnitRow(number, BAD_DATE[role], {"value": _text(cell(values, role)), "column": role})
                break
        if bad is not None:
            rejected.append(bad)
            continue
        if dates["opened"] and dates["closed"] and dates["closed"] < dates["opened"]:
            rejected.append(RejectedUnitRow(number, CLOSED_BEFORE_OPENED))
            continue
        given.update(role for role in ("opened", "closed") if dates[role] is not None)
        expected = _expected(cell(values, "expected"))
        if expected is None:
            rejected.append(RejectedUnitRow(number, BAD_EXPECTED, {"value": _text(cell(values, "expected"))}))
            continue
        if not _blank(cell(values, "expected")):
            given.add("expected")
        reason = clean(_text(cell(values, "reason")))
        if reason:
            given.add("not_expected_reason")
        # "Không" without a reason is refused by the import when the register has none either (a unit of the
        # register keeps its reason when the cell is empty): services.receiving.units.import_units
        predecessors = "; ".join(p.strip() for p in re.split(r"[;,\n]+", _text(cell(values, "predecessors")))
                                 if p.strip())
        if predecessors:
            given.add("predecessors")
        seen[code_key(code)] = number
        if value_key is not None and from_number:
            by_value.setdefault(value_key, (number, code, True, len(records)))
        records.append(UnitRecord(row_number=number, code=code, name=name, kind=kind, opened=dates["opened"],
                                  closed=dates["closed"], predecessors=predecessors, expected=expected,
                                  not_expected_reason=reason if not (expected and "expected" in given) else "",
                                  code_was_number=from_number, given=frozenset(given)))
    if progress is not None:
        progress(done, done)
    records = pad_number_codes([r for r in records if r is not None], text_codes)
    rejected.sort(key=lambda r: r.row_number)
    return records, rejected


def pad_number_codes(records: list[UnitRecord], text_codes: set[str]) -> list[UnitRecord]:
    """Codes Excel turned into numbers (4 for 00004) padded with zeros, when the column says how: every code
    typed as text in it is a string of digits of one width, at least one with a leading zero, and every number
    code is a whole number of at most that many digits. A number whose text form is in the file was refused
    already (NUMBER_CODE_CLASH); the register's own form wins over the padding (services.receiving.units).
    Otherwise (codes of several widths or with letters, no code typed as text, a longer number) nothing is
    padded: the code is the number as shown, as before."""
    numbers = [r for r in records if r.code_was_number]
    if not numbers or not text_codes:
        return records
    widths = {len(c) for c in text_codes}
    if len(widths) != 1 or not all(c.isdigit() for c in text_codes) or not any(c.startswith("0") for c in text_codes):
        return records
    width = widths.pop()
    if not all(r.code.isdigit() and len(r.code) <= width for r in numbers):
        return records
    out = []
    for r in records:
        if r.code_was_number and len(r.code) < width:
            padded = r.code.zfill(width)
            if padded in text_codes:  # cannot happen after the clash check; never two units with one code
                return records
            r = replace(r, code=padded, number_code=r.code)
        out.append(r)
    return out
