"""Read the province's service-portal export of TTHC results per field (lĩnh vực).

The provinces' TTHC information systems (Hệ thống thông tin giải quyết TTHC / Cổng dịch vụ công)
export the period's results in the shape of the Government Office's statistics form ("Tình hình,
kết quả giải quyết TTHC", Biểu số 06a/VPCP/KSTT): a title, "Kỳ báo cáo … (Từ ngày … đến ngày …)", a
header of two or three merged rows — applications taken in (total, of which carried over, new
online, new at the counter), settled (total, early, on time, late) and pending (total, not yet due,
overdue) — one row per field and a total row.

Mapping to the statistics record: received = total taken in (carried over included, so received =
settled + pending); on time = early + on time; late = late; pending = pending total.

Rows numbered "1.1", "1.2" (or bulleted "- …") below a field, and rows lettered "a", "b)", "(c)", "đ." below a field
numbered with digits ("1", "2."), are its details, not fields: they are not counted again, and must add up to the
field's row (refused, naming the rows, if they do not); lettered rows with no digit-numbered field above them (a sheet
whose fields are "a", "b" …) are fields. The commune the title names ("… TẠI ỦY BAN NHÂN DÂN XÃ TÂN PHÚ") is
given as ``PortalSheet.unit``; the import compares it with the agency (services/field_stats.py).

The file is untrusted: it is read by the shared reader (exchange/tabular.py: .xlsx/.xls/.ods with
calamine, Word tables, CSV; zip bombs refused), and every problem is a :class:`PortalRefused`
naming the row.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from typing import Any

from qms_desktop.domain.errors import QmsError
from qms_desktop.domain.rates import FieldCounts
from qms_desktop.domain.text import clean, fold
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_number

CONTEXT = "StatsImport"
HEADER_SCAN_ROWS = 30
MAX_COLUMNS = 40
MAX_ROWS = 2_000
MAX_VALUE = 10_000_000

NO_HEADER = QT_TRANSLATE_NOOP("StatsImport", "No header row found: none of the first {rows} rows names the field (Lĩnh vực) and the applications received (Số hồ sơ nhận giải quyết).")
NO_COLUMN = QT_TRANSLATE_NOOP("StatsImport", "The sheet has no column for: {what}.")
BAD_NUMBER = QT_TRANSLATE_NOOP("StatsImport", "Row {row}, column {column}: '{value}' is not a whole number of "
                                              "applications.")
TOO_MANY = QT_TRANSLATE_NOOP("StatsImport", "Row {row} ({field}): settled and pending ({settled}) exceed the applications received ({received}).")
DUPLICATE = QT_TRANSLATE_NOOP("StatsImport", "Row {row}: the field {field} appears twice.")
TOTAL_MISMATCH = QT_TRANSLATE_NOOP("StatsImport", "The total row ({row}) does not match the sum of the fields for {what}: {total} in the sheet, {sum} added up.")
TOTAL_MISMATCH_HIDDEN = QT_TRANSLATE_NOOP("StatsImport", "The total row ({row}) does not match the sum of the visible fields for {what}: {total} in the sheet, {sum} added up. {count} row(s) hidden in Excel were left out (rows {rows}): unhide them in Excel if they hold fields that count, then import again.")
NO_ROWS = QT_TRANSLATE_NOOP("StatsImport", "The sheet has no field rows with figures.")
DETAIL_MISMATCH = QT_TRANSLATE_NOOP("StatsImport", "The detail row(s) {rows} ({numbers}) under the field {field} (row {row}) do not add up to it for {what}: {sum} in the details, {total} in the field's row. Correct the sheet, or delete the detail rows, and import again.")
DETAIL_WITHOUT_FIELD = QT_TRANSLATE_NOOP("StatsImport", "Row {row} ({field}) is numbered {number} like a detail of a field, but no field row with figures comes before it. Correct the sheet and import again.")
OTHER_UNIT = QT_TRANSLATE_NOOP("StatsImport", "This sheet holds the figures of another unit: its title names {sheet_unit}, but this database is for {agency}. Nothing was imported: choose the sheet of {agency}.")

# "Từ ngày 15/12/2025 đến ngày 14/06/2026"; also "từ 15/12/2025 đến 14/06/2026" and 15-12-2025 or 15.12.2025 (QA 23 F4)
_PERIOD = re.compile(r"\btu (?:ngay)?\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*,?\s*den (?:ngay)?\s*"
                     r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")
_ORDINAL = re.compile(r"^\(?\s*\d+\s*\)?$|^\(?[a-z]\)?$")
# A detail row of the field above: numbered "1.1", "2.3.1" (in the STT column or before the name), or a bullet.
_DETAIL_NUMBER = re.compile(r"^(\d+(?:\.\d+)+)\.?$")
_DETAIL_NAME = re.compile(r"^(\d+(?:\.\d+)+)[.):]?\s+\S|^([-+–•])\s*\S")
# A part lettered "a", "b)", "c.", "(đ)" (lower case, in the STT column or before the name): a detail only under a
# field numbered with digits ("1", "2.", "(3)"); in a sheet whose fields are lettered ("a", "b" …) they are fields.
_LETTER_NUMBER = re.compile(r"^(?:\(\s*[a-zđ]\s*\)|[a-zđ]\s*[.)]?)$")
_LETTER_NAME = re.compile(r"^(\(\s*[a-zđ]\s*\)|[a-zđ][.)])\s+\S")
_DIGIT_NUMBER = re.compile(r"^\(?\s*\d+\s*[.)]?\s*\)?$")
_DIGIT_NAME = re.compile(r"^\d+[.)]\s+\S")
# A numbered heading without figures ("II. Cấp huyện", "B", "2 Cấp xã"): the letters below it are not parts of the
# field above it.
_HEADING_NAME = re.compile(r"^(?:[IVXLCDM]+|\d+|[A-ZĐ])[.)]\s+\S")
_STT_HEADERS = ("stt", "tt", "so tt", "so thu tu")
_ROLES = ("received", "early", "on_time", "late", "pending", "pending_due", "pending_over")
_ROLE_NAMES = {"received": "Số hồ sơ nhận giải quyết (tổng số)", "on_time": "Trả đúng thời hạn",
               "late": "Trả quá hạn", "pending": "Số hồ sơ đang giải quyết"}


class PortalRefused(QmsError):
    """The whole file is refused; nothing is written."""

    context = CONTEXT


@dataclass(frozen=True)
class PortalSheet:
    sheet: str
    start: dt.date | None  # "Từ ngày … đến ngày …" of the title, when the sheet states it
    end: dt.date | None
    lines: tuple[FieldCounts, ...]
    total_checked: bool  # the sheet's total row was found and matches the fields
    hidden: tuple[tuple[str, int], ...] = ()  # (sheet, row) below the header, hidden in Excel: left out
    bad_date: str = ""  # the period's date as the sheet states it (dd/mm/yyyy) when no such day exists (31/02/2026)
    unit: str = ""  # the commune-level unit the title names, as written ("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ"), or ""
    hidden_columns: tuple[tuple[str, str], ...] = ()  # (sheet, column letter) hidden in Excel: left out


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(str(value))


def _role(path: str) -> str | None:
    """The role of a column from its folded header path ('so ho so nhan giai quyet / tong so')."""
    if "linh vuc" in path:
        return "field"
    if "dang giai quyet" in path:
        if "chua den han" in path or "trong han" in path:
            return "pending_due"
        if "qua han" in path:
            return "pending_over"
        if "tong" in path or path.endswith("dang giai quyet"):  # "Số hồ sơ đang giải quyết" alone (QA 23 F6)
            return "pending"
        return None
    if "da giai quyet" in path or "ket qua" in path or path.startswith("tra ") or " tra " in path:
        if "truoc han" in path:
            return "early"
        if "qua han" in path or "tre han" in path:
            return "late"
        if "dung han" in path or "dung thoi han" in path:
            return "on_time"
        return None
    if "nhan giai quyet" in path or "tiep nhan" in path:
        return "received" if "tong" in path or path.endswith(("nhan giai quyet", "so ho so tiep nhan")) else None
    return None


# A count typed as text, as the lists write it: 1543, 1.543 / 1,543 / 1 543 (thousands in threes, also with a
# non-breaking space), with a zero decimal part as databases export it (755.0, 1.543,00); a dash for none.
_COUNT = re.compile(r"(?P<int>\d{1,3}(?:(?P<sep>[., ])\d{3})(?:(?P=sep)\d{3})*|\d+)(?:(?P<dec>[.,])0+)?")
_NONE = frozenset("-–—−")


def _number(value: Any, row: int, column: int) -> int:
    """A whole number of applications; refused naming the row and column (QA 44 F1/F4: "755.0" was read as 7550,
    its dot taken for a thousands separator)."""
    def refused() -> PortalRefused:
        from qms_desktop.exchange.tabular import column_letter  # read by then: the sheet came through it

        return PortalRefused(BAD_NUMBER, row=row, column=column_letter(column), value=_text(value)[:30])

    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    if isinstance(value, bool):
        raise refused()
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = " ".join(str(value).split())  # NBSP and thin spaces are whitespace to split() too
        if text in _NONE:
            return 0
        m = _COUNT.fullmatch(text)
        if m is None or (m["sep"] and m["dec"] and m["sep"] == m["dec"]):  # "1.543.0": which is which?
            raise refused()
        number = float(re.sub(r"\D", "", m["int"]))
    if not number.is_integer() or not 0 <= number <= MAX_VALUE:
        raise refused()  # -5 as typed, not -5.0
    return int(number)


def _period(rows: list[list[Any]], before: int) -> tuple[dt.date | None, dt.date | None, str]:
    """(start, end, "") of the title's "Từ ngày … đến ngày …"; (None, None, the date as stated) when one of
    them is no day (31/02/2026); (None, None, "") when the sheet states none."""
    for values in rows[:before]:
        # each cell, then the row's cells together: "Từ ngày" | 15/12/2025 | "đến ngày" | 14/06/2026 in date cells
        line = " ".join(f"{v:%d/%m/%Y}" if isinstance(v, (dt.date, dt.datetime)) else _text(v) for v in values
                        if v not in (None, ""))
        for v in (*values, line):
            m = _PERIOD.search(fold(v if isinstance(v, str) else _text(v))) if v is not None else None
            if m:
                numbers = [int(x) for x in m.groups()]
                days = []
                for d, mo, y in (numbers[:3], numbers[3:]):
                    try:
                        days.append(dt.date(y, mo, d))
                    except ValueError:
                        return None, None, f"{d:02d}/{mo:02d}/{y:04d}"
                return days[0], days[1], ""
    return None, None, ""


# "… TẠI ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", "… của UBND phường 1": the unit whose figures the sheet gives.
_UNIT_BODY = (("uy", "ban", "nhan", "dan"), ("ubnd",))
_UNIT_KINDS = (("thi", "tran"), ("dac", "khu"), ("xa",), ("phuong",))
_UNIT_STOP = {"huyen", "tinh", "quan", "thanh", "tp", "ky", "tu", "den", "quy", "nam", "thang", "bieu", "so"}


def _unit(rows: list[list[Any]], before: int) -> str:
    """The commune-level unit the title block names ("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ"), as written; "" if none."""
    for values in rows[:before]:
        for v in values:
            text = _text(v)
            if not text:
                continue
            words = text.split()
            keys = [fold(w).strip(",.;:()") for w in words]
            for i in range(len(words)):
                body = next((b for b in _UNIT_BODY if tuple(keys[i:i + len(b)]) == b), None)
                if body is None:
                    continue
                j = i + len(body)
                kind = next((k for k in _UNIT_KINDS if tuple(keys[j:j + len(k)]) == k), None)
                if kind is None:
                    continue
                end = j + len(kind)
                while end < len(words):
                    key, word = keys[end], words[end]
                    if not key or (key in _UNIT_STOP and end > j + len(kind)) or word.startswith(("(", "-", "–")) or (
                            key.isdigit() and end > j + len(kind)):
                        break
                    end += 1
                    if word.endswith((",", ";", ":", ")")):
                        break
                if end > j + len(kind):
                    return " ".join(words[i:end]).rstrip(",;:)")
    return ""


def same_unit(sheet_unit: str, agency_name: str) -> bool:
    """Whether the unit a sheet names ("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ") is the agency ("Ủy ban nhân dân xã Tân Phú",
    "UBND xã Tân Phú" or "xã Tân Phú"): compared folded, without the "Ủy ban nhân dân" words."""
    def key(name: str) -> tuple[tuple[str, ...], str]:
        words = [fold(w).strip(",.;:()") for w in name.split()]
        for body in _UNIT_BODY:
            if tuple(words[:len(body)]) == body:
                words = words[len(body):]
                break
        kind = next((k for k in _UNIT_KINDS if tuple(words[:len(k)]) == k and len(words) > len(k)), ())
        return kind, " ".join(w for w in words[len(kind):] if w)

    (kind_a, name_a), (kind_b, name_b) = key(sheet_unit), key(agency_name)
    return name_a == name_b and (kind_a == kind_b or not kind_a or not kind_b)  # "Tân Phú" names xã Tân Phú


# A result split by channel under its heading ("Trả đúng hạn": Trực tuyến | Trực tiếp): the parts add up.
_CHANNEL = re.compile(r"(?:^|/ )(?:truc tuyen|truc tiep|qua buu chinh(?: cong ich)?|buu chinh(?: cong ich)?)(?: /|$)")


def _header(rows: list[list[Any]]) -> tuple[int, int, dict[str, int], dict[str, list[int]]] | None:
    """(first header row index, first data row index, role → column) of the header, if any."""
    for top in range(min(HEADER_SCAN_ROWS, len(rows))):
        if not any("linh vuc" in fold(_text(v)) for v in rows[top]):
            continue
        last = top
        while last + 1 < len(rows) and last - top < 3:
            texts = [fold(_text(v)) for v in rows[last + 1]]
            filled = [t for t in texts if t]
            if not filled or all(_ORDINAL.match(t) or t.replace(".", "").isdigit() for t in filled):
                break
            if any(t.startswith(("tong so", "so ho so", "trong do", "tra ", "chua den han", "qua han", "truoc han",
                                 "dung han", "so moi", "so ky truoc", "truc tuyen", "truc tiep"))
                   for t in filled):
                last += 1
                continue
            break
        roles: dict[str, int] = {}
        same: dict[str, list[tuple[int, str]]] = {}
        carried: dict[int, str] = {}  # per header row: the heading last seen to the left
        for col in range(MAX_COLUMNS):
            parts: list[str] = []
            below = " / ".join(fold(_text(rows[r][col])) for r in range(top + 1, last + 1) if _text(rows[r][col]))
            for r in range(top, last + 1):
                t = fold(_text(rows[r][col]))
                if t:
                    carried[r] = t
                elif r < last and below:  # under a heading merged across ("Trả đúng hạn": Trực tuyến | Trực tiếp)
                    t = carried.get(r, "")
                if t and (not parts or parts[-1] != t):
                    parts.append(t)
            role = "stt" if parts[:1] and parts[0].strip(" .") in _STT_HEADERS else _role(" / ".join(parts))
            if role and role not in roles:
                roles[role] = col
            if role:
                same.setdefault(role, []).append((col, " / ".join(parts)))
        # QA 23 F1: only the first channel's column was read ("30" on time of 30 + 50), the others dropped unseen
        splits = {role: [c for c, _p in cols] for role, cols in same.items()
                  if len(cols) > 1 and all(_CHANNEL.search(p) for _c, p in cols)}
        if "field" in roles and "received" in roles:
            data = last + 1
            while data < len(rows):  # the "(1) (2) (3)" row of column numbers
                filled = [fold(_text(v)) for v in rows[data] if _text(v)]
                if filled and all(_ORDINAL.match(t) for t in filled):
                    data += 1
                    continue
                break
            return top, data, roles, splits
    return None


def read_portal_stats(path: str | os.PathLike) -> PortalSheet:
    """Parse the first sheet that has the per-field header. Raises PortalRefused (or the shared
    reader's FileRefused for a file that is not a readable workbook, Word table or CSV)."""
    from qms_desktop.exchange.tabular import UNKNOWN_ROW, hidden_columns, read_source

    source = read_source(path, read_hidden_columns=True)  # a hidden column's figures count (QA 62 F1)
    for grid in source.grids:
        rows = _rows(grid, docx=source.kind == "docx")
        found = _header(rows)
        if found is not None:
            top, data, roles, splits = found
            start, end, bad_date = _period(rows, top)
            hidden = tuple((grid.name, n) for n in grid.hidden if n > top + 1 or n == UNKNOWN_ROW)
            lines, checked = _lines(rows, data, roles, hidden, splits)
            return PortalSheet(grid.name, start, end, lines, checked, hidden, bad_date, _unit(rows, top),
                               hidden_columns([grid]))
    raise PortalRefused(NO_HEADER, rows=HEADER_SCAN_ROWS)


def _rows(grid, docx: bool = False) -> list[list[Any]]:
    """A sheet's rows by their row number (1-based → index), padded to MAX_COLUMNS; merged cells
    already carry their top-left value (exchange/tabular.py). Of a Word document, its title paragraphs (its "table 0":
    the unit, the period) and its first table (QA 62 F6: the paragraphs alone were read, the table never)."""
    rows: list[list[Any]] = []
    table = None
    for number, (tab, row, values) in enumerate(grid.rows):
        if table is None or (docx and table == 0 and tab != 0):
            if table is not None:
                row = len(rows) + 1  # the table's rows go on under the paragraphs
            table = tab
        elif docx and table != 0 and tab == table:
            row = len(rows) + 1
        if tab != table:  # a Word document: only its first table with rows
            break
        if row > MAX_ROWS:
            break
        while len(rows) < row - 1:
            rows.append([None] * MAX_COLUMNS)
        cells = list(values[:MAX_COLUMNS])
        rows.append(cells + [None] * (MAX_COLUMNS - len(cells)))
    return rows


_WHAT = (("Tiếp nhận", "received"), ("Đúng hạn", "on_time"), ("Trễ hạn", "late"), ("Đang giải quyết", "pending"))


def _detail_of(stt: str, name: str, letters: bool = False) -> str:
    """The number ("1.1"), bullet ("-") or, when ``letters`` (the field above is numbered with digits), letter
    ("a", "b)") that makes a row a detail of the field above, or ""."""
    m = _DETAIL_NUMBER.match(stt)
    if m:
        return m.group(1)
    if letters:
        if stt and _LETTER_NUMBER.match(stt):
            return stt
        m = None if stt else _LETTER_NAME.match(name)
        if m:
            return m.group(1)
    if stt and not _ORDINAL.match(fold(stt)) and not stt.strip(".").isdigit():
        return ""
    m = _DETAIL_NAME.match(name)
    return (m.group(1) or m.group(2)) if m else ""


_TOTAL_ROW = re.compile(r"^(?:tong\b.*|cong\s*(?:[:.(].*)?)$")


def _lines(rows: list[list[Any]], first: int, roles: dict[str, int],
           hidden: tuple[tuple[str, int], ...] = (),
           splits: dict[str, list[int]] | None = None) -> tuple[tuple[FieldCounts, ...], bool]:
    splits = splits or {}
    if "on_time" not in roles and "early" not in roles:
        raise PortalRefused(NO_COLUMN, what=_ROLE_NAMES["on_time"])
    if "late" not in roles:
        raise PortalRefused(NO_COLUMN, what=_ROLE_NAMES["late"])
    if "pending" not in roles and "pending_due" not in roles:
        raise PortalRefused(NO_COLUMN, what=_ROLE_NAMES["pending"])
    lines: list[FieldCounts] = []
    seen: dict[str, int] = {}
    total: tuple[int, FieldCounts] | None = None
    # The detail rows of the last field ("1.1 Đăng ký khai sinh" under "1 Hộ tịch"): parts of it, not
    # fields of their own; they must add up to the field's row.
    parent: tuple[int, FieldCounts] | None = None
    details: list[tuple[int, str, FieldCounts]] = []
    letters = False  # the last field is numbered with digits ("1"): rows lettered "a", "b" below it are its details

    def close_details() -> None:
        if parent is None or not details:
            return
        row, line = parent
        for what, attr in _WHAT:
            added = sum(getattr(d, attr) for _r, _n, d in details)
            if added != getattr(line, attr):
                raise PortalRefused(DETAIL_MISMATCH, rows=", ".join(str(r) for r, _n, _d in details),
                                    numbers=", ".join(n for _r, n, _d in details), field=line.field, row=row,
                                    what=what, sum=format_number(added), total=format_number(getattr(line, attr)))
        details.clear()

    for index in range(first, len(rows)):
        values, row = rows[index], index + 1
        name = _text(values[roles["field"]])
        folded = fold(name)

        def num(role: str) -> int:
            if role in splits:  # a result split by channel: its parts
                return sum(_number(values[c], row, c) for c in splits[role])
            return _number(values[roles[role]], row, roles[role]) if role in roles else 0

        if not name:
            continue
        if folded.startswith(("nguoi lap", "thu truong", "ghi chu", "ngay ", "xac nhan")):
            break  # the signature footer
        stt = _text(values[roles["stt"]]) if "stt" in roles else ""
        if all(values[c] in (None, "") for r in _ROLES if r in roles for c in splits.get(r, [roles[r]])):
            if (not stt and _HEADING_NAME.match(name)) or (
                    stt and not _LETTER_NUMBER.match(stt) and not _DETAIL_NUMBER.match(stt)):
                letters = False  # a numbered heading ("II. Cấp huyện"): the letters below it are fields
            continue  # a section heading ("I. Cấp xã") or a note
        on_time = num("early") + num("on_time")
        pending = num("pending") if "pending" in roles else num("pending_due") + num("pending_over")
        line = FieldCounts(name, num("received"), on_time, num("late"), pending)
        if _TOTAL_ROW.match(folded):  # "Tổng cộng", "Cộng:", not the field "Công thương" (QA 23 F2)
            total = (row, line)
            if lines or details:
                break
            continue  # a total row above the fields (QA 23 F3): the fields below are read and checked against it
        number = _detail_of(stt, name, letters)
        if number:
            if parent is None:
                raise PortalRefused(DETAIL_WITHOUT_FIELD, row=row, field=name, number=number)
            details.append((row, number, line))
            continue
        close_details()
        parent = (row, line)
        letters = bool(_DIGIT_NUMBER.match(stt) if stt else _DIGIT_NAME.match(name))
        key = folded
        if key in seen:
            raise PortalRefused(DUPLICATE, row=row, field=name)
        seen[key] = row
        settled = line.on_time + line.late + line.pending
        if settled > line.received:
            raise PortalRefused(TOO_MANY, row=row, field=name, settled=settled, received=line.received)
        lines.append(line)
    close_details()
    if not lines:
        raise PortalRefused(NO_ROWS)
    if total is not None:
        row, t = total
        for what, attr in _WHAT:
            added = sum(getattr(x, attr) for x in lines)
            if getattr(t, attr) != added:
                from qms_desktop.exchange.tabular import hidden_rows_text, rows_left_out

                if left_out := rows_left_out(hidden):
                    raise PortalRefused(TOTAL_MISMATCH_HIDDEN, row=row, what=what, total=format_number(getattr(t, attr)),
                                        sum=format_number(added),
                                        count=len(left_out), rows=hidden_rows_text(left_out))
                raise PortalRefused(TOTAL_MISMATCH, row=row, what=what, total=format_number(getattr(t, attr)),
                                    sum=format_number(added))  # 1.543 as the lists write it (QA 24 F9)
    return tuple(lines), total is not None


__all__ = ["PortalRefused", "PortalSheet", "read_portal_stats", "same_unit"]
