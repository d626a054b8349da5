"""Read a province's published list of administrative procedures (TTHC), as provinces publish it.

The file may be a workbook (.xlsx/.xlsm/.xls/.ods, one or many sheets — one per field), a Word
annex (.docx, tables split across pages) or a CSV export; it may be a plain list or a decision
that changes the list (Phần I new, Phần II amended, Phần III abolished…, or a column saying so).
``exchange.tabular`` turns the file into rows; this module understands them:

- title blocks above the header; the header found by what its cells mean (Mã TTHC / Mã số hồ sơ,
  Tên thủ tục, Lĩnh vực, Thời hạn giải quyết, Phí lệ phí, Căn cứ pháp lý, Cơ quan thực hiện,
  Mức độ DVC, Tình trạng, Mã TTHC thay thế…), over one or two (merged) rows; a header that differs
  from the one in force starts a new part, the same header repeated (a printed page) is skipped;
- section rows in any form ("I", "LĨNH VỰC HỘ TỊCH", "V. ĐẤT ĐAI", "Bảo trợ xã hội (06 tthc)")
  set the field of the rows below; a sheet's name is the field when the list has one sheet per
  field; part rows ("Phần III. Danh mục TTHC bị bãi bỏ") set what the rows below do;
- long codes 1.001193.000.00.00.H56 are split into the national code and the province's suffix;
- a value that does not mean what its column means is rejected with its row number — it is never
  written into another field;
- rows with a name and no code are kept apart ("no national code yet").

Every user-visible text is an English source marked for translation in the "TthcImport" context;
its ``{placeholders}`` are filled from ``params`` where it is shown.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar

from qms_desktop.domain.text import clean, fold, nfc, visible
from qms_desktop.exchange import tabular
from qms_desktop.exchange.tabular import (  # noqa: F401 - re-exported: the messages of refused files
    BOMB, CANNOT_OPEN, NOT_XLSX, TOO_BIG, TOO_MANY_PARTS, FileRefused, Grid, Source,
)
from qms_desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "TthcImport"
MAX_DATA_ROWS = 20_000  # non-blank rows below the headers, over the whole file
MAX_NAME = 1_000
HEADER_SCAN_ROWS = 30  # the first header must be within this many non-blank rows of a sheet
TICK = 200  # rows between cancel/progress calls

NO_HEADER = QT_TRANSLATE_NOOP("TthcImport", "No header row found: none of the first {rows} rows of any sheet names the columns for the procedure code (Mã TTHC) and name (Tên thủ tục).")
DOCX_NO_TABLE = QT_TRANSLATE_NOOP("TthcImport", "This Word file has no table with TTHC codes: none of its tables has a header naming the procedure code (Mã TTHC / Mã số hồ sơ) and name (Tên thủ tục). If the list is in another file (the annex of the decision), import that file.")
NO_ROWS = QT_TRANSLATE_NOOP("TthcImport", "The file has no procedure row below the header row (row {row}): nothing to import. Check that this is the list itself and that its rows have not been deleted.")
OTHER_LEVEL_SHEETS = QT_TRANSLATE_NOOP("TthcImport", "Left out the sheet(s) {sheets}: their name says they list the procedures of another level (province, district), not the commune's. To import one, save it as a file of its own and import that file.")
NO_VISIBLE_ROWS = QT_TRANSLATE_NOOP("TthcImport", "The file has no visible procedure row below the header row: {count} row(s) are hidden in Excel (rows {rows}). Unhide them in Excel if they should be imported.")
MISSING_CODE = QT_TRANSLATE_NOOP("TthcImport", "Missing code")
MISSING_NAME = QT_TRANSLATE_NOOP("TthcImport", "Missing name")
BAD_CODE = QT_TRANSLATE_NOOP("TthcImport", "Invalid code \"{code}\": expected a digit, a dot and six digits, e.g. 1.009137")
SHORT_CODE = QT_TRANSLATE_NOOP("TthcImport", "Invalid code \"{code}\": six digits are expected after the dot. If Excel "
                                             "dropped the trailing zeros of a number, the code is {padded}: format the "
                                             "column as Text in Excel and save the file again")
DUPLICATE_CODE = QT_TRANSLATE_NOOP("TthcImport", "Duplicate code {code}: already in row {first_row}")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("TthcImport", "Name too long ({length} characters; at most {limit})")
TOO_MANY_ROWS_FILE = QT_TRANSLATE_NOOP("TthcImport", "The file has more than {limit} procedure rows: it is not a "
                                                     "commune's list of procedures. Nothing was imported.")
BAD_TIME_LIMIT = QT_TRANSLATE_NOOP("TthcImport", "Column “{column}” holds “{value}”, which is not a time limit (e.g. “05 ngày làm việc”, “Trong ngày”, “Không quy định”)")
BAD_SUCCESSOR = QT_TRANSLATE_NOOP("TthcImport", "Column “{column}” holds “{value}”, which is not the code of the replacing TTHC (e.g. 1.009137)")
BAD_CHANGE = QT_TRANSLATE_NOOP("TthcImport", "Column “{column}” holds “{value}”: expected new, amended, replaced or abolished (mới ban hành, sửa đổi bổ sung, thay thế, bãi bỏ)")
BAD_DVC = QT_TRANSLATE_NOOP("TthcImport", "Column “{column}” holds “{value}”, which is not a level of online public service (toàn trình, một phần, mức độ 2–4)")
BAD_VALUE = QT_TRANSLATE_NOOP("TthcImport", "Column “{column}” holds “{value}”, which does not fit that column (a value from another column?)")
REPLACED_WITHOUT_SUCCESSOR = QT_TRANSLATE_NOOP("TthcImport", "Replaced TTHC {code}: the code of the TTHC that replaces it is missing")

# What a row does to the register (a part of a decision, or a column, says so).
NEW, AMENDED, REPLACED, ABOLISHED = "new", "amended", "replaced", "abolished"
CHANGES = (NEW, AMENDED, REPLACED, ABOLISHED)


class WorkbookRefused(FileRefused):
    """The whole file is refused; ``str(exc)`` is ``message.format(**params)`` (untranslated)."""


@dataclass(frozen=True)
class RejectedRow:
    row_number: int  # 1-based row of the sheet, the CSV file or the Word table
    reason: str  # English source, QT_TRANSLATE_NOOP("TthcImport", ...)
    params: dict = field(default_factory=dict)
    sheet: str = field(default="", compare=False)
    table: int = field(default=0, compare=False)  # Word: 1-based table number
    context: ClassVar[str] = CONTEXT

    @property
    def message(self) -> str:  # lets qms_desktop.i18n.render() format a RejectedRow
        return self.reason


@dataclass(frozen=True)
class TimeLimit:
    days: float | None
    working: bool
    alternative: str = ""  # "trường hợp … thì không quá 30 ngày" kept as written
    recognised: bool = True  # False: the text is not a time limit at all


@dataclass(frozen=True, kw_only=True)
class TthcFields:
    """A TTHC as the province's list describes it: a row of the list (``TthcRecord``) and the register's row
    (``services.tthc.TthcRow``) both carry these."""

    code: str  # the national code (1.001193), or "" for a row without a code yet
    name: str
    field: str
    time_limit: str
    time_limit_days: float | None
    provincial_code: str = ""  # the province's suffix of a long code: 000.00.00.H56
    successor_code: str = ""  # replaced: the TTHC that replaces this one
    fee: str = ""
    legal_basis: str = ""
    agency: str = ""
    dvc_level: str = ""


@dataclass(frozen=True, kw_only=True)
class TthcRecord(TthcFields):
    row_number: int
    working_days: bool
    note: str
    extra: dict[str, str]
    sheet: str = ""
    table: int = 0
    part: str = ""  # the part's heading, as written
    change: str = ""  # "" (a plain list) or one of CHANGES
    replaces_code: str = ""  # new: the TTHC this one replaces
    time_limit_alternative: str = ""


@dataclass(frozen=True)
class Decision:
    """The decision a file publishes, as far as its title block says."""

    number: str = ""
    date: dt.date | None = None
    title: str = ""
    date_written: str = ""  # no real date found: the impossible one the title block writes ("31/02/2026")


@dataclass(frozen=True)
class Section:
    """A sheet, or a part of it (or of the document), with its own header."""

    sheet: str
    table: int
    part: str
    change: str
    header_row: int


@dataclass(frozen=True)
class ParseResult:
    sheet: str  # the first sheet with a header
    header_row: int  # its first (or only) header row, 1-based
    records: list[TthcRecord]
    rejected: list[RejectedRow]
    no_code: list[TthcRecord] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    decision: Decision = field(default_factory=Decision)
    kind: str = ""  # the file's format: xlsx, xls, ods, docx, csv
    hidden: tuple[tuple[str, int], ...] = ()  # (sheet, row) below a header, hidden in Excel: left out
    hidden_columns: tuple[tuple[str, str], ...] = ()  # (sheet, column letter) hidden in Excel: left out
    other_levels: tuple[str, ...] = ()  # sheets left out: their names say another level's procedures ("TTHC cấp tỉnh")


# --- header detection ------------------------------------------------------------------------

# role -> (folded synonym, whether "synonym + more words" also matches)
_SYNONYMS: dict[str, tuple[tuple[str, bool], ...]] = {
    "code": (("ma tthc", True), ("ma thu tuc", True), ("ma so", True), ("ma", False), ("ma ho so", True)),
    "name": (("ten thu tuc hanh chinh", True), ("ten thu tuc", True), ("ten tthc", True)),
    "field": (("linh vuc", False), ("ten linh vuc", False), ("linh vuc thuc hien", False)),
    "time_limit": (("thoi han giai quyet", True), ("thoi gian giai quyet", True), ("thoi han", True),
                   ("thoi gian thuc hien", True), ("thoi han xu ly", True)),
    "fee": (("phi le phi", True), ("le phi", True), ("muc thu phi le phi", True), ("phi", False)),
    "legal_basis": (("can cu phap ly", True), ("co so phap ly", True), ("can cu", False),
                    ("van ban quy pham phap luat", True), ("ten vbqppl", True), ("vbqppl", True),
                    ("ten van ban quy pham phap luat", True)),
    "agency": (("co quan thuc hien", True), ("co quan giai quyet", True), ("co quan co tham quyen", True),
               ("don vi thuc hien", True), ("co quan", False)),
    "dvc_level": (("muc do dvc", True), ("muc do dich vu cong", True), ("muc do", True),
                  ("dich vu cong truc tuyen", True), ("dvc truc tuyen", True), ("dvctt", True)),
    "change": (("tinh trang", True), ("hinh thuc cong bo", True), ("loai cong bo", True),
               ("noi dung cong bo", True), ("hinh thuc", False), ("noi dung thay doi", True)),
    "note": (("ghi chu", False),),
    "stt": (("stt", False), ("tt", False), ("so tt", False), ("so thu tu", False)),
}
_PUNCT = re.compile(r"[^\w]+")


def _header_key(value: Any) -> str:
    return " ".join(_PUNCT.sub(" ", fold(_text(value))).split())


def _role_scores(value: Any) -> list[tuple[int, str]]:
    """(score, role) pairs a header cell can fill: 3 for a specific phrase, 2 for an exact
    synonym, 1 for a synonym followed by more words."""
    if not isinstance(value, str) or not value or len(value) > 150:
        return []  # a header is a short text
    return _key_scores(_header_key(value))


# A title, not a header cell: "Danh mục TTHC được sửa đổi…", "Quyết định về việc…", "(Kèm theo Quyết định…)".
_TITLE_STARTS = ("danh muc", "quyet dinh", "kem theo", "phan ", "phu luc", "ban hanh kem theo")
_HEADER_WORDS = 16  # a header cell is short: more words than this is a sentence (a title)


@lru_cache(maxsize=4096)
def _key_scores(key: str) -> list[tuple[int, str]]:
    if not key or key.startswith(_TITLE_STARTS) or len(key.split()) > _HEADER_WORDS:
        return []
    words = f" {key} "
    if " thay the " in words and any(w in words for w in (" ma ", " tthc ", " thu tuc ")):
        return [(3, "successor")]  # "Mã TTHC thay thế", "Tên TTHC thay thế"
    if any(w in words for w in (" ma ", " tthc ", " thu tuc ")):
        # a renumbering list's "Mã TTHC cũ | Mã TTHC mới": the old code is never the code column, the new one is
        # (QA 62 F4: both scored alike and the first, the old, was imported for all 28)
        if (re.search(r"\bcu\b", key) and not re.search(r"\bcan cu\b|\bcu the\b", key)) or any(
                w in words for w in (" truoc day ", " truoc khi ")):  # "cũ", not "căn cứ" nor "cụ thể"
            return []
        if " moi " in words and key.startswith(("ma tthc", "ma thu tuc", "ma so")):
            return [(3, "code")]
    if any(w in words for w in (" bai bo ", " sua doi ", " bo sung ", " quy dinh ")) and any(
            w in words for w in (" van ban ", " vb ", " vbqppl ", " qppl ", " quyet dinh ", " can cu ")):
        return [(3, "legal_basis")]  # "Tên VBQPPL quy định việc bãi bỏ TTHC"
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
    labels: dict[str, str]  # role -> the column's header text
    extras: list[tuple[int, str]]  # (0-based column, header text)

    def signature(self) -> tuple:
        return tuple(sorted(self.roles.items()))


def _assign(rows: list[tuple[Any, ...]]) -> tuple[dict[str, int], dict[str, str]]:
    """Give each role the best-scoring column over one or two header rows (one role a column)."""
    candidates = []
    for values in rows:
        for col, value in enumerate(values):
            candidates.extend((-score, col, role, _text(value)) for score, role in _role_scores(value))
    roles: dict[str, int] = {}
    labels: dict[str, str] = {}
    for _, col, role, text in sorted(candidates):
        if role not in roles and col not in roles.values():
            roles[role], labels[role] = col, text
    return roles, labels


def _looks_like_data(values: tuple[Any, ...]) -> bool:
    return any(isinstance(v, (int, float)) and not isinstance(v, bool)
               or _LONG_CODE_RE.fullmatch(clean_code(_text(v))) for v in values)


def _is_title_row(values: tuple[Any, ...]) -> bool:
    """A row with one text alone (or merged across the row) that is not a short label: a title line
    ("Danh mục TTHC được sửa đổi, bổ sung theo Quyết định…"), never a header row."""
    texts = {_text(v) for v in values} - {""}
    if len(texts) != 1:
        return False
    text = next(iter(texts))
    return len(text) > 40 or len(text.split()) > 6


def _looks_like_ordinals(rows: list, start: int, table: int, col: int) -> bool:
    """The column's values in the rows below the header are 1, 2, 3… (restarting at each group): an STT column."""
    numbers: list[int] = []
    for t, _n, values in rows[start:start + 60]:
        if t != table:
            break
        raw = values[col] if col < len(values) else None
        text = _text(raw)
        if not text:
            continue
        if isinstance(raw, bool) or not re.fullmatch(r"\d{1,4}\.?", text):
            if len(text) <= 6 and split_code(text) is None:
                continue  # a group's marker ("I", "A") between the numbers
            return False
        numbers.append(int(text.rstrip(".")))
    if len(numbers) < 2:
        return False
    steps = list(zip(numbers, numbers[1:]))
    return all(b == a + 1 or b == 1 for a, b in steps) and any(b == a + 1 for a, b in steps)


def _header_at(rows: list, i: int) -> _Header | None:
    """The header starting at rows[i] (one row, or two for merged two-row headers), or None."""
    _t, number, values = rows[i]
    if _looks_like_data(values) or _is_title_row(values) or not any(_role_scores(v) for v in values):
        return None
    below = rows[i + 1][2] if i + 1 < len(rows) and rows[i + 1][0] == _t else ()
    two_rows = bool(below) and not _looks_like_data(below) and not _is_title_row(below) and any(
        _role_scores(v) for v in below)
    header_rows = [values, below] if two_rows else [values]
    roles, labels = _assign(header_rows)
    if "code" not in roles or "name" not in roles:
        if two_rows:  # perhaps only the first row is the header
            roles, labels = _assign([values])
            two_rows, header_rows = False, [values]
        if "code" not in roles or "name" not in roles:
            return None
    extras, seen = [], set()
    width = max(len(r) for r in header_rows)
    for col in range(width):
        if col in roles.values():
            continue
        texts = [_text(r[col]) for r in header_rows if col < len(r)]
        label = next((t for t in reversed(texts) if t), "")
        if not label:
            continue
        unique, n = label, 2
        while unique in seen:
            unique, n = f"{label} ({n})", n + 1
        seen.add(unique)
        extras.append((col, unique))
    last = rows[i + 1][1] if two_rows else number
    # STT numbers are never another column's values: a column whose values are 1, 2, 3… is the STT.
    if "stt" not in roles:
        for role, col in sorted(roles.items(), key=lambda rc: rc[1]):
            if role not in ("code", "name", "time_limit", "fee") and _looks_like_ordinals(
                    rows, i + (2 if two_rows else 1), _t, col):
                roles["stt"], labels["stt"] = roles.pop(role), labels.pop(role)
                break
    return _Header(number, last, roles, labels, extras)


# --- cell values -----------------------------------------------------------------------------

_CODE_RE = re.compile(r"[0-9]\.[0-9]{6}")
# 1.001193, or the province's long form 1.001193.000.00.00.H56
_LONG_CODE_RE = re.compile(r"([0-9]\.[0-9]{6})(?:\.([0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*))?")
_ROMAN_RE = re.compile(r"(?=[IVXL])L?X{0,3}(IX|IV|V?I{0,3})[.)]?", re.IGNORECASE)
_ROMAN_PREFIX = re.compile(r"^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})(?:[.):\-–]\s*|\s+)")
_NUMBER_PREFIX = re.compile(r"^(?:\d+(?:\.\d+)*|[A-Za-zĐđ])(?:[.):\-–]\s*|\s+(?=\S))")
_LETTER_RE = re.compile(r"[A-Za-zĐđ][.)]?")
_ORDINAL_RE = re.compile(r"\(?\d+[.)]?")
_COUNT_SUFFIX = re.compile(
    r"[\s:,;–-]*\(?\s*(?:gồm|có|gom|co)?\s*\d+\s*(?:tthc|thủ\s*tục(?:\s+hành\s+chính)?|thu\s*tuc|tt)?\s*\)?\s*$",
    re.IGNORECASE)
_NOTE_PREFIXES = ("ghi chu", "chu thich", "luu y", "chu y", "ghi chu:")
# The block under a list (who made it, who signs, the totals): no procedure, whatever column it stands in (QA 62 F5:
# "NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)" and the signer's name were offered as procedures without a code).
_FOOTER_PREFIXES = ("nguoi lap", "nguoi ky", "thu truong", "chu tich", "kt chu tich", "kt. chu tich", "tm ", "tm.",
                    "noi nhan", "(ky", "ky ten", "ky, ghi ro", "xac nhan cua")
_TOTAL_PREFIXES = ("tong so", "tong cong")  # a list's or a section's total line: that row only
_PART_WORDS = ((ABOLISHED, ("bai bo", "bi huy bo", "huy bo")), (REPLACED, ("thay the",)),
               (AMENDED, ("sua doi", "bo sung")), (NEW, ("moi ban hanh", "ban hanh moi")))
_CHANGE_VALUES = ((ABOLISHED, ("bai bo", "huy bo", "huy", "bi bai bo")), (REPLACED, ("thay the",)),
                  (AMENDED, ("sua doi", "bo sung", "dieu chinh")),
                  (NEW, ("moi ban hanh", "ban hanh moi", "moi", "them moi", "cong bo moi")))
_GENERIC_SHEETS = ("sheet", "trang tinh", "danh muc", "phu luc", "tthc", "bia", "tong hop", "dm ", "thu tuc")


def _text(value: Any) -> str:
    """Display text of a cell value: NFC, trimmed, whitespace collapsed; '' for empty."""
    if type(value) is str:
        # Most cells are already clean: printable (no tab, newline or NBSP), no double or edge spaces.
        if (value.isprintable() and "  " not in value and value[:1] != " " and value[-1:] != " "
                and "\u00d0" not in value and "\u00f0" not in value):  # an eth for đ: clean() makes it đ
            return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)
        return clean(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, dt.timedelta):
        return str(value)
    return value.isoformat() if isinstance(value, (dt.date, dt.time)) else clean(value)


def _code(value: Any) -> str:
    """Excel turns 1.017240 into the number 1.01724: numbers get exactly six decimals back."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return f"{value:.6f}"
    return _text(value)


_DECIMAL_COMMA = re.compile(r"^([0-9]),([0-9]{6})(?=$|\.)")
_EXCEL_TEXT = re.compile(r'^="(.*)"$')  # ="1.009137": how a CSV keeps Excel from reading a code as a number
_SHORT = re.compile(r"[0-9]\.[0-9]{1,5}")  # 1.00947: a number whose trailing zero Excel dropped, or a typo


def clean_code(text: str) -> str:
    """A code cell as a clerk would still call it the same code (QA 22 F4): full-width digits typed with the
    IME in full-width mode folded (NFKC), zero-width and other invisible characters and spaces dropped (pasted
    from the national portal's page), a decimal comma typed on a Vietnamese-locale PC ('1,009359') read as the
    dot, one trailing dot ('1.009248.') dropped; Excel's ways of keeping a code text in a CSV — ="1.009137" and a
    leading apostrophe — undone (QA 44 F5)."""
    text = unicodedata.normalize("NFKC", text)
    text = _EXCEL_TEXT.sub(r"\1", text.strip())
    text = text[1:] if text[:1] in ("'", "\u2019") else text
    text = "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")
    text = _DECIMAL_COMMA.sub(r"\1.\2", text)
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


def split_code(text: str) -> tuple[str, str] | None:
    """'1.001193.000.00.00.H56' → ('1.001193', '000.00.00.H56'); '1.001193' → ('1.001193', '');
    None if the text is not a TTHC code."""
    m = _LONG_CODE_RE.fullmatch(text)
    return (m.group(1), (m.group(2) or "").upper()) if m else None


# --- time limits -----------------------------------------------------------------------------

_UNITS = r"(ngày|ngay|giờ|gio|tuần|tuan|tháng|thang)"
_DIGITS_TIME = re.compile(r"(\d+(?:[.,]\d+)?)(?:\s*/\s*(\d+))?\s*(?:\([^)]{0,30}\)\s*)?" + _UNITS
                          + r"(?!\w)(\s+làm\s+việc|\s+lam\s+viec)?")
_DIGIT_WORD = r"(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)"
_WORD_NUMBER = (rf"(?:(?:{_DIGIT_WORD}\s+)?(?:mười|mươi)(?:\s+(?:mốt|một|hai|ba|bốn|tư|lăm|nhăm|năm|sáu|bảy|bẩy|tám|chín))?"
                rf"|{_DIGIT_WORD})")
_WORDS_TIME = re.compile(rf"(?<!\w)({_WORD_NUMBER})\s*(?:\(\s*(\d+(?:[.,]\d+)?)\s*\)\s*)?(ngày|giờ|tuần|tháng)(?!\w)"
                         r"(\s+làm\s+việc)?")
_SAME_DAY = re.compile(r"(?<!\w)(?:trong\s+ngày|trong\s+ngay|ngay|giải\s+quyết\s+ngay)(?!\w)")
_WORD_VALUES = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
                "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_NO_LIMIT = ("khong quy dinh", "chua quy dinh", "khong xac dinh", "khong co thoi han", "khong gioi han",
             "theo quy dinh")
_ALTERNATIVE = re.compile(r";|\n|(?<!\w)(?:trường hợp|đối với trường hợp|nếu)(?!\w)")


def _words_value(words: str) -> int:
    parts = words.split()
    if "mười" in parts or "mươi" in parts:
        i = parts.index("mười") if "mười" in parts else parts.index("mươi")
        tens = _WORD_VALUES.get(parts[i - 1], 1) if i > 0 else 1
        unit = _WORD_VALUES.get(parts[i + 1], 0) if i + 1 < len(parts) else 0
        return tens * 10 + unit
    return _WORD_VALUES.get(parts[0], 0)


def _days(number: float, unit: str, working: bool) -> float:
    unit = fold(unit)
    if unit == "gio":
        return number / (8 if working else 24)
    if unit == "tuan":
        return number * (5 if working else 7)
    if unit == "thang":
        return number * 30
    return number


def read_time_limit(value: Any) -> TimeLimit:
    """Days (or hours as part of a day) and whether they are working days, from any common wording.

    '03 ngày làm việc' → 3 working days; 'Năm (05) ngày làm việc' → 5; 'Mười lăm ngày' → 15;
    'Trong ngày', 'Ngay sau khi nhận đủ hồ sơ hợp lệ' → 0; 'Không quá 05 ngày làm việc kể từ…' → 5;
    '05 ngày làm việc; trường hợp … thì không quá 30 ngày' → 5, the alternative kept as written;
    hours are 8 to a working day (24 otherwise); a bare number is that many working days;
    'Không quy định' → no limit. Any other text is not a time limit (``recognised`` False).
    """
    if isinstance(value, bool):
        return TimeLimit(None, False, recognised=False)
    if value is None:
        return TimeLimit(None, False)
    if isinstance(value, (int, float)):
        ok = math.isfinite(value) and value >= 0
        return TimeLimit(float(value) if ok else None, ok, recognised=ok)
    return _read_time_text(_text(value))


@lru_cache(maxsize=4096)
def _read_time_text(text: str) -> TimeLimit:
    """read_time_limit of a text (lists repeat the same few wordings: read each once)."""
    key = fold(text)
    if not key or key.strip(" -—–.x") == "" or key in ("khong", "khong co") or any(key.startswith(p) for p in _NO_LIMIT):
        return TimeLimit(None, False)
    lower = nfc(text).lower()
    if re.fullmatch(r"\d+(?:[.,]\d+)?", key):
        return TimeLimit(float(key.replace(",", ".")), True)
    candidates = []  # (start, end, days, working)
    m = _DIGITS_TIME.search(lower)
    if m:
        number = float(m.group(1).replace(",", "."))
        if m.group(2):
            number = number / float(m.group(2)) if float(m.group(2)) else number
        working = bool(m.group(4))
        candidates.append((m.start(), m.end(), _days(number, m.group(3), working), working))
    m = _WORDS_TIME.search(lower)
    if m:
        number = float(m.group(2).replace(",", ".")) if m.group(2) else float(_words_value(m.group(1)))
        working = bool(m.group(4))
        candidates.append((m.start(), m.end(), _days(number, m.group(3), working), working))
    m = _SAME_DAY.search(lower)
    if m:
        tail = lower[m.end():m.end() + 24]
        working = "làm việc" in lower[m.start():m.end() + 24] or "lam viec" in fold(tail)
        candidates.append((m.start(), m.end(), 0.0, working))
    if not candidates:
        return TimeLimit(None, False, recognised=False)
    start, end, days, working = min(candidates)
    alternative = ""
    alt = _ALTERNATIVE.search(text, end)  # offsets of lower and text agree (same NFC string)
    if alt and len(lower) == len(text):
        alternative = text[alt.start():].lstrip(";\n ").strip()
    return TimeLimit(days, working, alternative)


def parse_time_limit(text: Any) -> tuple[float | None, bool]:
    """Days and whether they are working days: '03 ngày làm việc' → (3.0, True).

    See :func:`read_time_limit`; anything that is not a time limit → (None, False).
    """
    limit = read_time_limit(text)
    return (limit.days, limit.working) if limit.days is not None else (None, False)


# --- headings --------------------------------------------------------------------------------

def _strip_count(text: str) -> str:
    """'Bảo trợ xã hội (06 tthc)' → 'Bảo trợ xã hội'; '(06)' alone stays."""
    stripped = _COUNT_SUFFIX.sub("", text).strip(" :-–.,")
    return stripped or text


def _field_from_heading(text: str) -> str:
    """'I. LĨNH VỰC THI ĐUA, KHEN THƯỞNG' → 'Thi đua, khen thưởng'; 'V. ĐẤT ĐAI' → 'Đất đai'."""
    text = _ROMAN_PREFIX.sub("", text, count=1)
    text = _NUMBER_PREFIX.sub("", text, count=1) if re.match(r"\d", text) else text
    words = text.split()
    if len(words) >= 2 and _header_key(" ".join(words[:2])) == "linh vuc":
        words = words[2:]
    text = _strip_count(" ".join(words).strip(" :-–."))
    if text.upper() == text:  # all capitals: sentence case
        text = text.lower()
        return text[:1].upper() + text[1:]
    return text[:1].upper() + text[1:]


def _part_change(text: str) -> str | None:
    """The change a part heading announces ('PHẦN III. DANH MỤC TTHC BỊ BÃI BỎ' → abolished), or
    None if the text names no change or several (a decision's title)."""
    key = fold(text)
    if not (key.startswith(("phan ", "danh muc", "thu tuc", "tthc", "cac thu tuc", "nhom ")) or _NUMBER_PREFIX.match(text)
            or _ROMAN_PREFIX.match(text)):
        return None
    if not any(w in key for w in ("thu tuc", "tthc", "danh muc", "phan ")):
        return None
    found = [change for change, words in _PART_WORDS if any(w in key for w in words)]
    return found[0] if len(found) == 1 else None


def _change_value(text: str) -> str | None:
    """A change column's value ('Bãi bỏ', 'Sửa đổi, bổ sung', 'Mới') → the change, '' if blank."""
    key = _header_key(text)
    if not key:
        return ""
    for change, words in _CHANGE_VALUES:
        if any(key == w or key.startswith(w + " ") or f" {w}" in f" {key}" for w in words):
            return change
    return None


_DVC_RE = re.compile(r"toan trinh|mot phan|muc do|dvc|dich vu cong|cung cap thong tin|truc tuyen|^[1-4]$|^muc [1-4]$")


def _dvc_ok(text: str) -> bool:
    key = _header_key(text)
    return not key or key in ("khong", "x") or bool(_DVC_RE.search(key))


_OTHER_LEVELS = re.compile(r"\bcap (tinh|huyen|trung uong|bo|so)\b")


def _other_level(sheet: str) -> bool:
    """'TTHC cấp tỉnh', 'Cấp huyện (bãi bỏ)': a sheet of another level's procedures, not the commune's."""
    return bool(_OTHER_LEVELS.search(fold(sheet))) and "cap xa" not in fold(sheet)


@dataclass(frozen=True)
class OtherLevelsNote:
    """What the import says about the sheets it left out as another level's (a message for i18n.render)."""

    sheets: tuple[str, ...]
    context: str = CONTEXT
    message: str = OTHER_LEVEL_SHEETS

    @property
    def params(self) -> dict:
        return {"sheets": ", ".join(f"“{s}”" for s in self.sheets)}


def _sheet_field(name: str) -> str:
    key = fold(name)
    if not key or any(key.startswith(g) or f" {g}" in f" {key}" for g in _GENERIC_SHEETS) or re.fullmatch(r"[\d\s.]+", key):
        return ""
    return _field_from_heading(name)


_DECISION_NUMBER = re.compile(r"(?:số|so)\s*:?\s*(\d+[0-9A-Za-z]*/[0-9]{0,4}/?(?:QĐ|QD)[-–A-Za-zĐđ0-9.]*)", re.IGNORECASE)
_DECISION_DATE = re.compile(
    r"ngày\s+(\d{1,2})\s*(?:tháng\s*|/|-|\.)\s*(\d{1,2})\s*(?:năm\s*|/|-|\.)\s*(\d{4})", re.IGNORECASE)


def read_decision(lines: list[str]) -> Decision:
    """The decision's number, date and title from the title block ('Kèm theo Quyết định số
    1234/QĐ-UBND ngày 05/11/2026…', 'Số: 1234/QĐ-UBND', '…, ngày 05 tháng 11 năm 2026')."""
    number, date, title, written = "", None, "", ""

    def take(d: re.Match) -> None:
        nonlocal date, written
        date = _date(d)
        if date is None and not written:  # "ngày 31 tháng 02 năm 2026": said, so the import can say so
            written = f"{int(d.group(1)):02d}/{int(d.group(2)):02d}/{d.group(3)}"

    for line in lines:
        text = nfc(line)
        m = _DECISION_NUMBER.search(text)
        if m and not number:
            number = m.group(1).rstrip(".-–")
            d = _DECISION_DATE.search(text, m.end())
            if d and date is None:
                take(d)

        elif date is None and number:
            d = _DECISION_DATE.search(text)
            if d:
                take(d)
    titles = [nfc(t).strip("() ") for t in lines if "quyet dinh" in fold(t)]
    title = next((t for t in titles if re.search(r"ve viec|cong bo", fold(t))), titles[0] if titles else "")
    if not date:
        for line in lines:
            d = _DECISION_DATE.search(nfc(line))
            if d:
                take(d)
                if date:
                    break
    return Decision(number, date, title[:300], "" if date else written)


def _date(m: re.Match) -> dt.date | None:
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


# --- parsing ---------------------------------------------------------------------------------

def parse_tthc_workbook(path: str | os.PathLike, *, cancel=None, progress=None) -> ParseResult:
    """Parse every sheet (or the Word document's tables, or the CSV file) of ``path``.

    ``cancel.raise_if_cancelled()`` and ``progress(done_rows, total_rows)`` are called every
    200 rows. Raises WorkbookRefused for a file that cannot be imported.
    """
    try:
        source = tabular.read_source(path)
    except FileRefused as exc:
        raise WorkbookRefused(exc.message, **exc.params) from exc
    try:
        return parse_source(source, cancel=cancel, progress=progress)
    except WorkbookRefused as exc:
        if source.kind == "csv" and os.path.splitext(os.fspath(path))[1].lower() not in (".csv", ".txt", ".tsv"):
            # Plain text with a spreadsheet's name and no list in it: say it is not a workbook.
            raise WorkbookRefused(NOT_XLSX) from exc
        raise


def parse_source(source: Source, *, cancel=None, progress=None) -> ParseResult:
    total = sum(len(g.rows) for g in source.grids)
    state = _State(source.kind, cancel, progress, total)
    # One sheet per field: when several sheets hold procedures, a sheet's name is its field.
    with_header = [g for g in source.grids if _first_header(g) is not None]
    if not with_header:
        raise WorkbookRefused(DOCX_NO_TABLE if source.kind == "docx" else NO_HEADER, rows=HEADER_SCAN_ROWS)
    # A province publishes one workbook with a sheet per level: the commune's list is not the province's or the
    # district's (QA 22 F2). Such sheets are left out, and said, unless no other sheet lists procedures.
    other_levels = tuple(g.name for g in with_header if _other_level(g.name))
    if len(other_levels) < len(with_header):
        with_header = [g for g in with_header if g.name not in other_levels]
    else:
        other_levels = ()
    per_field = len(with_header) > 1
    title_lines: list[str] = []
    for grid in source.grids:
        if grid in with_header:
            _parse_grid(grid, state, _sheet_field(grid.name) if per_field else "", title_lines)
        if state.stopped:  # a list this long is no commune's: none of it goes in, not the first rows (QA 62 F8)
            raise WorkbookRefused(TOO_MANY_ROWS_FILE, limit=MAX_DATA_ROWS)
    if progress is not None:
        progress(total, total)
    first = state.sections[0] if state.sections else Section(with_header[0].name, 0, "", "", _first_header(with_header[0]).first_row)
    hidden = tuple((g.name, n) for g in with_header for n in g.hidden
                   if n > _first_header(g).last_row or n == tabular.UNKNOWN_ROW)
    if not (state.records or state.rejected or state.no_code):
        # A header and nothing under it: say so instead of an empty preview (QA: "header_only.xlsx").
        if left_out := tabular.rows_left_out(hidden):
            raise WorkbookRefused(NO_VISIBLE_ROWS, count=len(left_out), rows=tabular.hidden_rows_text(left_out))
        raise WorkbookRefused(NO_ROWS, row=first.header_row)
    return ParseResult(first.sheet, first.header_row, state.records, state.rejected, state.no_code,
                       state.sections, read_decision(title_lines), source.kind, hidden,
                       tabular.hidden_columns(with_header), other_levels)


def _first_header(grid: Grid) -> _Header | None:
    rows, seen = grid.rows, 0
    for i, (table, _n, values) in enumerate(rows):
        if not any(_text(v) for v in values):
            continue
        seen += 1
        if seen > HEADER_SCAN_ROWS and table == 0:
            return None
        if seen > 4 * HEADER_SCAN_ROWS:
            return None
        header = _header_at(rows, i)
        if header is not None:
            return header
    return None


class _State:
    def __init__(self, kind: str, cancel, progress, total: int) -> None:
        self.kind, self.cancel, self.progress, self.total = kind, cancel, progress, total
        self.records: list[TthcRecord] = []
        self.rejected: list[RejectedRow] = []
        self.no_code: list[TthcRecord] = []
        self.sections: list[Section] = []
        self.first_seen: dict[str, tuple[str, int, int]] = {}
        self.done = 0
        self.filled = 0
        self.stopped = False
        self.new_section = False

    def tick(self) -> None:
        self.done += 1
        if self.done % TICK == 0:
            if self.cancel is not None:
                self.cancel.raise_if_cancelled()
            if self.progress is not None:
                self.progress(self.done, max(self.total, self.done))


def _single_text(texts: list[str], skip: set[int]) -> tuple[str, int] | None:
    """The one text of a heading-like row (a value merged across repeats in Word), with its column."""
    found = [(t, i) for i, t in enumerate(texts) if t and i not in skip]
    distinct = {t for t, _ in found}
    return (found[0][0], found[0][1]) if len(distinct) == 1 else None


def _parse_grid(grid: Grid, st: _State, sheet_field: str, title_lines: list[str]) -> None:
    rows = grid.rows
    header: _Header | None = None
    group_field = sheet_field
    part, change = "", ""
    skip_until: tuple[int, int] | None = None
    header_row = 0
    is_docx = st.kind == "docx"
    in_footer = False
    i = -1
    for i, (table, number, values) in enumerate(rows):
        st.tick()
        if skip_until is not None and table == skip_until[0] and number <= skip_until[1]:
            continue
        texts = [_text(v) for v in values]
        if not any(texts):
            continue
        paragraph = is_docx and table == 0
        if not paragraph:
            found = _header_at(rows, i)
            if found is not None:
                skip_until = (table, found.last_row)
                if header is None or found.signature() != header.signature():
                    header = found
                    header_row = found.first_row
                    st.new_section = True
                in_footer = False
                continue
        first = next(t for t in texts if t)
        if header is None or paragraph:
            kind = _part_change(first)
            if kind is not None and _single_text(texts, set()) is not None:
                part, change = first, kind
            elif header is None:  # a title line: a date cell reads as a date would be written ('ngày 01/07/2025')
                title_lines.append(" ".join(f"{v:%d/%m/%Y}" if isinstance(v, (dt.date, dt.datetime)) else t
                                            for v, t in zip(values, texts) if t))
            elif paragraph and _is_field_heading(first, None):
                group_field = _field_from_heading(first)
            continue
        roles = header.roles
        cell = {role: values[col] if col < len(values) else None for role, col in roles.items()}
        raw_code = _code(cell.get("code"))
        split = split_code(clean_code(raw_code))
        if split is None:
            key = fold(first)
            if key.startswith(_NOTE_PREFIXES) or key.startswith("(*)") or key.startswith("* "):
                continue  # "Ghi chú: ..." and similar footnotes
            if key.startswith(_TOTAL_PREFIXES):
                continue
            if key.startswith(_FOOTER_PREFIXES):
                in_footer = True  # the rows after it without a code are the footer's (the signer's name) …
                continue
            if in_footer:  # … until a part's or a field's heading
                heading = _heading(texts, roles, raw_code)
                if heading is None or heading[0] not in ("part", "field"):
                    continue
                in_footer = False
            if all(_ORDINAL_RE.fullmatch(t) for t in texts if t):
                continue  # a "(1) (2) (3)" column-number row, or numbers only
            heading = _heading(texts, roles, raw_code)
            if heading is not None:
                kind, text = heading
                if kind == "part":
                    part, change = text, _part_change(text) or ""
                elif kind == "field":
                    group_field = _field_from_heading(text)
                continue
        st.filled += 1
        if st.filled > MAX_DATA_ROWS:  # the whole file is refused (parse_tthc_workbook)
            st.stopped = True
            return
        last = st.sections[-1] if st.sections else None
        if st.new_section or last is None or (last.sheet, last.part) != (grid.name, part):
            st.sections.append(Section(grid.name, table, part, change, header_row))
            st.new_section = False
        _row(st, grid.name, table, number, values, texts, header, cell, raw_code, split,
             group_field, part, change)


def _is_field_heading(text: str, stt: str | None) -> bool:
    """Upper case, 'Lĩnh vực …', Roman numbering or a count ('Bảo trợ xã hội (06 tthc)')."""
    key = fold(text)
    if not key or len(text) > 120 or key.startswith(_NOTE_PREFIXES):
        return False
    bare = _NUMBER_PREFIX.sub("", _ROMAN_PREFIX.sub("", text, count=1), count=1)
    if _header_key(bare).startswith("linh vuc") or re.match(r"^[IVXL]+[.):\-–]\s*\S", text):
        return True
    letters = [c for c in bare if c.isalpha()]
    if len(letters) >= 3 and bare.upper() == bare:
        return True
    return bool(re.search(r"\(\s*\d+\s*(tthc|thu tuc|tt)?\s*\)\s*$|\d+\s*(tthc|thu tuc)\s*$", key))


def _heading(texts: list[str], roles: dict[str, int], code: str) -> tuple[str, str] | None:
    """A row that is a heading: ("part", text), ("field", text) or ("other", text); None if the
    row is a procedure (with or without a code)."""
    stt_col = roles.get("stt")
    stt = texts[stt_col] if stt_col is not None and stt_col < len(texts) else ""
    marker = bool(stt) and len(stt) <= 6 and not _ORDINAL_RE.fullmatch(stt)  # "I", "A", "1.2" — not "1"
    ordinal = bool(stt) and bool(_ORDINAL_RE.fullmatch(stt))
    single = _single_text(texts, {stt_col} if marker or ordinal else set())
    if single is None:
        return None
    if ordinal and single[1] == roles.get("name") and not _is_field_heading(single[0], stt):
        return None  # "1 | | Thủ tục …": a procedure without a code
    text, col = single
    roman = bool(marker and _ROMAN_RE.fullmatch(stt)) or bool(re.match(r"^[IVXL]+[.):\-–]\s*\S", text))
    letter = bool(marker and _LETTER_RE.fullmatch(stt) and not roman) or bool(
        not roman and re.match(r"^[A-Za-zĐđ][.)]\s", text))
    if marker and not text.startswith(stt):
        text = f"{stt.rstrip('.)')}. {text}" if roman else text
    kind = _part_change(text)
    if kind is not None:
        return "part", text
    bare = _header_key(_NUMBER_PREFIX.sub("", _ROMAN_PREFIX.sub("", text, count=1), count=1))
    if bare.startswith("linh vuc"):
        return "field", text
    if letter:
        return "other", text  # a lettered group ("A", "THỦ TỤC LIÊN THÔNG") is not a field
    other_roles = {c for r, c in roles.items() if r not in ("stt", "name", "code")}
    if col in other_roles:
        return None  # text in, say, the field column only: not a heading
    if roman or (marker and not letter) or ordinal:
        return "field", text
    if _is_field_heading(text, stt):
        return "field", text
    if not ordinal and col != roles.get("name"):
        return "field", text  # a heading merged across the row, in its first cell
    return None


def _row(st: _State, sheet: str, table: int, number: int, values, texts, header: _Header, cell: dict,
         raw_code: str, split, group_field: str, part: str, change: str) -> None:
    def reject(reason: str, **params) -> None:
        st.rejected.append(RejectedRow(number, reason, params, sheet, table))

    name = _text(cell.get("name"))
    labels = header.labels
    if split is None and raw_code:
        if not name:
            reject(MISSING_NAME, code=raw_code)
        elif _SHORT.fullmatch(short := re.sub(r"^([0-9]),", r"\1.", clean_code(raw_code))):
            # not padded: a digit missing inside would be another code; "1,00947" typed on a Vietnamese-locale PC
            # is the same number (QA 62 F7: no hint for it)
            reject(SHORT_CODE, code=raw_code, padded=short.ljust(8, "0"))
        else:
            reject(BAD_CODE, code=visible(raw_code))
        return
    if not name:
        if split is not None:
            reject(MISSING_NAME, code=split[0])
        return  # neither code nor name: a text-only row
    if len(name) > MAX_NAME:
        reject(NAME_TOO_LONG, length=len(name), limit=MAX_NAME)
        return
    if split_code(name.replace(" ", "")) is not None:
        reject(BAD_VALUE, column=labels["name"], value=name)
        return
    # Each value must mean what its column means.
    row_change = change
    if "change" in header.roles:
        raw = _text(cell.get("change"))
        value = _change_value(raw)
        if value is None:
            reject(BAD_CHANGE, column=labels["change"], value=raw)
            return
        row_change = value or change
    raw_time = cell.get("time_limit")
    limit = read_time_limit(raw_time)
    if not limit.recognised:
        reject(BAD_TIME_LIMIT, column=labels["time_limit"], value=_text(raw_time))
        return
    successor = replaces = ""
    if "successor" in header.roles:
        raw = _code(cell.get("successor"))
        if raw:
            found = split_code(raw.replace(" ", ""))
            if found is None:
                reject(BAD_SUCCESSOR, column=labels["successor"], value=raw)
                return
            if row_change == NEW:
                replaces = found[0]  # in the part of new TTHC: the code this one replaces
            else:
                successor = found[0]
                row_change = row_change or REPLACED
    if "dvc_level" in header.roles and not _dvc_ok(_text(cell.get("dvc_level"))):
        reject(BAD_DVC, column=labels["dvc_level"], value=_text(cell.get("dvc_level")))
        return
    for role in ("field", "agency", "fee"):
        raw = _text(cell.get(role))
        if not raw:
            continue
        if split_code(raw.replace(" ", "")) is not None or (
                role != "fee" and re.search(r"\d", raw) and read_time_limit(raw).days is not None):
            reject(BAD_VALUE, column=labels[role], value=raw)
            return
    if row_change == REPLACED and not successor:
        reject(REPLACED_WITHOUT_SUCCESSOR, code=split[0] if split else "")
        return
    code, provincial = split if split is not None else ("", "")
    if code:
        if code in st.first_seen:
            prev_sheet, prev_table, prev_row = st.first_seen[code]
            reject(DUPLICATE_CODE, code=code, first_row=prev_row)
            return
        st.first_seen[code] = (sheet, table, number)
    record = TthcRecord(
        row_number=number, code=code, name=name,
        field=_text(cell.get("field")) or group_field,
        time_limit=_text(raw_time), time_limit_days=limit.days, working_days=limit.working,
        note=_text(cell.get("note")),
        extra={label: texts[col] if col < len(texts) else "" for col, label in header.extras},
        provincial_code=provincial, sheet=sheet, table=table, part=part, change=row_change,
        successor_code=successor, replaces_code=replaces, fee=_text(cell.get("fee")), legal_basis=_text(cell.get("legal_basis")),
        agency=_text(cell.get("agency")), dvc_level=_text(cell.get("dvc_level")),
        time_limit_alternative=limit.alternative,
    )
    (st.records if code else st.no_code).append(record)
