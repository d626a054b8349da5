"""The receiving office's register of reporting units, and the key pinned for each.

A unit is matched to a package by the code the commune set in its profile (``agency.code`` in the
manifest) or, failing that, by its name folded (no tone marks, case, "Ủy ban nhân dân"/"UBND"
prefixes ignored) with its kind word: a register's "Bảo Lộc" of kind Phường is "phuong bao loc", the
key of a package from "Ủy ban nhân dân phường Bảo Lộc" (and never that of "xã Bảo Lộc").
Each unit's key fingerprint is pinned on first use (confirmed explicitly against
the signed paper report or by phone) or enrolled by hand; both are logged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qms_desktop.domain.text import clean, fold, search_words, sort_key
from qms_desktop.exchange.units_excel import (
    AGENCY_PREFIXES, COLUMN_NAMES, FIELDS, UnitFields, UnitRecord, code_key, parse_units_workbook,
)
from qms_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity_translate
from qms_desktop.jobs import CancelToken, ProgressSink, no_progress
from qms_desktop.services.context import AppContext, Stamp, stamp_of
from qms_desktop.services.receiving.errors import InboxInvalid, InboxNotFound
from qms_desktop.storage import orm

KINDS = ("xa", "phuong", "dac-khu")
CODE_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._\-]{0,49}")  # = exchange.units_excel.CODE_RE
_FP_RE = re.compile(r"[0-9A-F]{16}")


_KIND_WORDS = {"xa": "xa", "phuong": "phuong", "dac-khu": "dac khu"}  # the kind's word, folded
# A name that starts with its kind word, tone marks compared ("Xà Phiên" is a name, "Xã Phiên" a commune's).
_NAMED_KIND_RE = re.compile(r"(?:(?:ủy|uỷ) ban nhân dân |ubnd )?(?:xã|phường|thị trấn|đặc khu)\b")


def match_key(name: str, kind: str | None = None) -> str:
    """'Ủy ban nhân dân Xã Tân Phú' and 'UBND xã Tân Phú' and 'xã Tân Phú' → 'xa tan phu'.

    With the register's ``kind``, a name without its kind word gets it: 'Bảo Lộc' of kind 'phuong' →
    'phuong bao loc', the key of a package from 'Ủy ban nhân dân phường Bảo Lộc' (packages carry the full
    name: their key is taken without a kind). A name that has its word keeps it ('Thị trấn Di Linh')."""
    key = fold(name).replace(".", " ")
    key = " ".join(key.split())
    for prefix in AGENCY_PREFIXES:
        if key.startswith(prefix):
            key = key[len(prefix):]
            break
    if key and kind in _KIND_WORDS and not _NAMED_KIND_RE.match(clean(name).lower()):
        key = f"{_KIND_WORDS[kind]} {key}"
    return key


_KIND_TITLES = {"xa": "Xã", "phuong": "Phường", "dac-khu": "Đặc khu"}
_COMMITTEE_FOLDED = re.compile(r"(?:uy ban nhan dan|ubnd)[\s.]+")  # as match_key strips it, tone marks or none


def formal_name(name: str, kind: str | None) -> str:
    """The unit's name as a letter writes it, with its kind word: the register's 'Tân Phú' of kind 'xa' →
    'Xã Tân Phú' (a letter then reads 'Ủy ban nhân dân xã Tân Phú', not 'Ủy ban nhân dân Tân Phú': QA 41 F1).
    'Ủy ban nhân dân' / 'UBND' / 'UBND.' before it goes (the letter writes it again: QA 43 F6); a name that says its
    kind keeps it ('UBND xã Tân Phú' → 'Xã Tân Phú', 'Thị trấn Di Linh')."""
    text = clean(name or "")
    folded = fold(text)
    committee = _COMMITTEE_FOLDED.match(folded) if len(folded) == len(text) else None
    bare = text[committee.end():].strip() if committee and committee.end() < len(text) else text
    if _NAMED_KIND_RE.match(bare.lower()):
        return bare[:1].upper() + bare[1:]
    if kind not in _KIND_TITLES or not bare:
        return bare
    return f"{_KIND_TITLES[kind]} {bare}"


def normalise_fingerprint(text: str) -> str:
    """'3f2a9c017b44e0d2' / '3F2A 9C01 7B44 E0D2' → '3F2A 9C01 7B44 E0D2'.

    Raises:
        InboxInvalid: not 16 hexadecimal digits.
    """
    raw = "".join((text or "").split()).replace("-", "").replace(":", "").upper()
    if not _FP_RE.fullmatch(raw):
        raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "'{text}' is not a key fingerprint: 16 hexadecimal digits "
                                                         "in groups of four, e.g. 3F2A 9C01 7B44 E0D2."),
                              field="fingerprint", text=text)
    return " ".join(raw[i:i + 4] for i in range(0, 16, 4))


UnitInput = UnitFields  # what the unit's form saves


@dataclass(frozen=True, kw_only=True)
class UnitRow(UnitFields):
    id: int
    key_fingerprint: str
    key_source: str
    key_pinned_at: dt.datetime | None
    key_pinned_by: str
    chain_head: str  # "N:HASH" last seen, or ""
    stamp: Stamp | None = field(default=None, compare=False)  # from get_unit(): the unit's form saves with ctx.editing(stamp)


def _row(u: orm.RxUnit) -> UnitRow:
    head = f"{u.chain_count}:{u.chain_hash}" if u.chain_count is not None and u.chain_hash else ""
    return UnitRow(id=u.id, code=u.code, name=u.name, kind=u.kind, opened=u.opened, closed=u.closed,
                   predecessors=u.predecessors, expected=u.expected, not_expected_reason=u.not_expected_reason,
                   key_fingerprint=u.key_fingerprint, key_source=u.key_source, key_pinned_at=u.key_pinned_at,
                   key_pinned_by=u.key_pinned_by, chain_head=head)


def code_is(code: str):
    """The condition "this unit's code is ``code``", case ignored (SQLite's upper() is ASCII's: so are codes)."""
    return func.upper(orm.RxUnit.code) == code_key(clean(code))


def successors(unit, units) -> list[str]:
    """The names of the ``units`` (register rows) that list ``unit`` among their predecessors, by code or by name."""
    return [u.name for u in units if u.id != unit.id and any(
        code_key(clean(e)) == code_key(unit.code) or match_key(clean(e)) == unit.match_key
        for e in (u.predecessors or "").split(";") if clean(e))]


def require_office(s: Session) -> orm.Agency:
    """The office's agency row. Raises InboxInvalid on a commune's database (the register, the inbox and
    the inspections are the receiving office's)."""
    agency = s.get(orm.Agency, 1)
    if agency is None or agency.mode != "office":
        raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "This database is not a receiving office's: the register of "
                                                      "units, the inbox and the inspections are kept in an office "
                                                      "database (qms init --receiving)."))
    return agency


def list_units(ctx: AppContext, *, search: str = "") -> list[UnitRow]:
    stmt = select(orm.RxUnit)
    for word in search_words(search):
        stmt = stmt.where(orm.RxUnit.search_key.contains(word))
    with ctx.tx("read") as s:
        require_office(s)
        rows = [_row(u) for u in s.scalars(stmt)]
    return sorted(rows, key=lambda r: (sort_key(r.code), r.id))


def get_unit(ctx: AppContext, code: str) -> UnitRow:
    """One unit as its form loads it, with its stamp (taken first: a change in between then refuses the save)."""
    with ctx.tx("read") as s:
        unit_id = s.scalar(select(orm.RxUnit.id).where(code_is(code)))
        stamp = stamp_of(s, orm.RxUnit, unit_id) if unit_id is not None else None
        return dataclasses.replace(_row(_by_code(s, code)), stamp=stamp)


def _by_code(s: Session, code: str) -> orm.RxUnit:
    unit = s.scalar(select(orm.RxUnit).where(code_is(code)))
    if unit is None:
        raise InboxNotFound(QT_TRANSLATE_NOOP("Inbox", "No unit with code {code} in the register."), code=code)
    return unit


def _validated(data: UnitInput) -> dict:
    code, name = clean(data.code), clean(data.name)
    if not code:
        raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "The unit code is required."), field="code")
    if not CODE_RE.fullmatch(code):
        raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "Invalid unit code \"{code}\": letters, digits, dot, dash or "
                                                         "underscore, at most 50."), field="code", code=code)
    if not name:
        raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "The unit name is required."), field="name")
    if len(name) > 300:
        raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "The unit name is too long (at most 300 characters)."),
                              field="name")
    if data.kind not in KINDS:
        raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "Unknown kind of unit: {kind}."), field="kind", kind=data.kind)
    if data.opened and data.closed and data.closed < data.opened:
        raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "The closing date is before the opening date."),
                              field="closed")
    reason = clean(data.not_expected_reason)
    if not data.expected and not reason:
        raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "Say why this unit is not expected to report."),
                              field="not_expected_reason")
    return dict(code=code, name=name, match_key=match_key(name, data.kind), kind=data.kind, opened=data.opened,
                closed=data.closed, predecessors=clean(data.predecessors), expected=bool(data.expected),
                not_expected_reason=reason if not data.expected else "")


def save_unit(ctx: AppContext, unit_id: int | None, data: UnitInput) -> UnitRow:
    """Create (``unit_id`` None) or change a unit of the register.

    Raises:
        ValidationError: missing or bad code, name, kind, dates, or no reason for a unit not expected to report;
            the code is already another unit's.
    """
    values = _validated(data)
    with ctx.tx("edit") as s:
        require_office(s)
        other = s.scalar(select(orm.RxUnit).where(code_is(values["code"])))
        if other is not None and other.id != unit_id:
            raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "Unit code {code} is already used by {name}."),
                                  field="code", code=values["code"], name=other.name)
        if unit_id is None:
            unit = orm.RxUnit(**values)
            s.add(unit)
        else:
            unit = s.get(orm.RxUnit, unit_id)
            if unit is None:
                raise InboxNotFound(QT_TRANSLATE_NOOP("Inbox", "This unit no longer exists."))
            for k, v in values.items():
                setattr(unit, k, v)
        s.flush()
        return _row(unit)


# ---------------------------------------------------------------- import from Excel

@dataclass(frozen=True)
class FieldChange:
    """One field of a unit of the register that the import changes: its column name (rx_unit), before, after."""

    name: str
    old: object
    new: object

    def text(self, translate: Translate = identity_translate) -> str:
        """'Established on: 01/07/2025 → —' in the words of the history page (domain.change_labels)."""
        from qms_desktop.domain.change_labels import field_caption, value_text

        def shown(value: object) -> str:
            if isinstance(value, dt.date):
                value = value.isoformat()
            return value_text("rx_unit", self.name, value, translate, width=200)

        return f"{field_caption('rx_unit', self.name, translate)}: {shown(self.old)} → {shown(self.new)}"


@dataclass(frozen=True)
class MissingColumnsNote:
    """The preview's note on the columns the file does not have (their fields are kept): a message."""

    columns: tuple[str, ...]  # rx_unit field names
    context: str = "UnitImport"
    message: str = QT_TRANSLATE_NOOP("UnitImport", "The file has no column {columns}: the units already in the "
                                                   "register keep what it holds for them, as they do for an empty "
                                                   "cell.")

    @property
    def params(self) -> dict:
        return {"columns": ", ".join(f"\u201c{COLUMN_NAMES[c]}\u201d" for c in self.columns)}


@dataclass(frozen=True)
class UnitImportPlan:
    added: list = field(default_factory=list)  # exchange.units_excel.UnitRecord
    updated: list = field(default_factory=list)  # (UnitRecord, tuple of FieldChange: .name, .old, .new)
    unchanged: list = field(default_factory=list)
    rejected: list = field(default_factory=list)  # exchange.units_excel.RejectedUnitRow
    dry_run: bool = False
    hidden: tuple = ()  # (sheet, row) hidden in Excel, left out
    hidden_columns: tuple = ()  # (sheet, column letter) hidden in Excel, left out
    missing_columns: tuple = ()  # fields the file has no column for (kept as the register has them)
    not_in_file: list = field(default_factory=list)  # (code, name) of the register's open units not in the file: kept

    def change_lines(self, translate: Translate = identity_translate) -> list[str]:
        """One line per unit updated, naming each field that changes, before → after:
        'LD-TP (Xã Tân Phú): Established on: — → 01/07/2025; Must report: No → Yes'."""
        return [f"{rec.code} ({rec.name}): " + "; ".join(c.text(translate) for c in changes)
                for rec, changes in self.updated]

    @property
    def missing_columns_note(self):
        """What to say about the columns the file lacks, when it updates units of the register; or None."""
        if self.missing_columns and (self.updated or self.unchanged):
            return MissingColumnsNote(tuple(self.missing_columns))
        return None

    @property
    def hidden_note(self):
        """What to say about the rows hidden in Excel that were left out (a message), or None."""
        from qms_desktop.exchange.tabular import hidden_note

        return hidden_note(self.hidden, self.hidden_columns)

    @property
    def padded_note(self):
        """What to say about the codes Excel had turned into numbers, padded with zeros like the column's
        other codes (``units_excel.pad_number_codes``; the register's own form of a code wins), or None."""
        from qms_desktop.exchange.units_excel import padded_note

        return padded_note([*self.added, *(rec for rec, _f in self.updated), *self.unchanged])

    @property
    def not_in_file_note(self):
        """What to say about the register's units the file does not list (kept, never deleted: QA 24 F5), or None."""
        if not self.not_in_file:
            return None
        from qms_desktop.services.receiving.inbox import Note

        shown = ", ".join(f"{code} ({name})" for code, name in self.not_in_file[:10])
        return Note(NOT_IN_FILE, {"count": len(self.not_in_file),
                                  "units": shown + (", …" if len(self.not_in_file) > 10 else "")}, "UnitImport")

    @property
    def notes(self) -> list:
        """The preview's notes (messages): rows hidden in Excel left out, codes padded with zeros, the units the
        file does not list."""
        return [n for n in (self.hidden_note, self.padded_note, self.not_in_file_note) if n is not None]


_FIELDS = FIELDS  # what a row of the list sets (exchange.units_excel.FIELDS)


NOT_IN_FILE = QT_TRANSLATE_NOOP("UnitImport", "{count} unit(s) of the register are not in the file and are kept as "
                                              "they are: {units}. A unit that no longer exists is closed in Đơn vị "
                                              "(its closing date), never deleted.")
NO_UNITS = QT_TRANSLATE_NOOP("UnitImport", "The file has no unit row below the header row (row {row}): nothing to "
                                           "import. Check that this is the list of units itself and that its rows "
                                           "have not been deleted.")
NO_VISIBLE_UNITS = QT_TRANSLATE_NOOP("UnitImport", "The file has no visible unit row below the header row: {count} "
                                                   "row(s) are hidden in Excel (rows {rows}). Unhide them in Excel if "
                                                   "they should be imported.")


def import_units(ctx: AppContext, path, *, dry_run: bool = False, progress: ProgressSink = no_progress,
                 cancel: CancelToken | None = None) -> UnitImportPlan:
    """Import (or, with ``dry_run``, preview) the register from an Excel list, in one transaction.

    Units already in the register are updated by code, field by field: a column the file does not have, or an
    empty cell, leaves the register's value as it is (a new unit takes the defaults: a commune, expected to report);
    each unit updated comes with the fields that change, before → after (``UnitImportPlan.change_lines``). A row
    that would leave a unit not expected to report with no reason, or closed before it opened, is rejected. Units
    missing from the file are kept.

    Raises:
        WorkbookRefused / UnitWorkbookRefused: the file cannot be imported, or has no unit row under its header
            (nothing is written).
    """
    from qms_desktop.jobs import Progress

    ctx.require("import")
    cancel = cancel or CancelToken()

    def rows_progress(done: int, total: int) -> None:
        progress(Progress(done, total, QT_TRANSLATE_NOOP("Jobs", "Reading the list of units")))

    parsed = parse_units_workbook(path, cancel=cancel, progress=rows_progress)
    if not (parsed.records or parsed.rejected):  # a header and nothing under it: said, as the TTHC list's import does
        from qms_desktop.exchange import tabular
        from qms_desktop.exchange.units_excel import UnitWorkbookRefused

        if left_out := tabular.rows_left_out(parsed.hidden):
            raise UnitWorkbookRefused(NO_VISIBLE_UNITS, count=len(left_out), rows=tabular.hidden_rows_text(left_out))
        raise UnitWorkbookRefused(NO_UNITS, row=parsed.header_row)
    plan = UnitImportPlan(rejected=list(parsed.rejected), dry_run=dry_run, hidden=parsed.hidden,
                          hidden_columns=parsed.hidden_columns,
                          missing_columns=tuple(f for f in _FIELDS if f not in parsed.columns))
    cancel.raise_if_cancelled()
    with ctx.tx("import") as s:
        require_office(s)
        existing = {code_key(u.code): u for u in s.scalars(select(orm.RxUnit))}
        by_value: dict[str, list] = {}  # all-digit codes by their value: 00004 is the unit Excel shows as 4
        for u in existing.values():
            if u.code.isdigit():
                by_value.setdefault(u.code.lstrip("0") or "0", []).append(u)
        listed: set[int] = set()
        for rec in parsed.records:
            unit = existing.get(code_key(rec.code))
            if unit is None and rec.code_was_number and rec.code.isdigit():
                same = by_value.get(rec.code.lstrip("0") or "0", [])
                if len(same) == 1:  # a code cell Excel turned into a number: the register's unit, its code kept
                    unit = same[0]
                    rec = dataclasses.replace(rec, code=unit.code, number_code="")
            if unit is not None:
                listed.add(unit.id)
            values = _merged(rec, unit)
            refusal = _refusal(rec, values)
            if refusal is not None:
                plan.rejected.append(refusal)
                continue
            key = match_key(values["name"], values["kind"])
            if unit is None:
                plan.added.append(rec)
                if not dry_run:
                    s.add(orm.RxUnit(code=rec.code, match_key=key, **values))
                continue
            changes = tuple(FieldChange(k, getattr(unit, k), values[k]) for k in _FIELDS
                            if getattr(unit, k) != values[k])
            if rec.code != unit.code and rec.code == rec.code.upper():
                # the register's code in another case ("ld-th") takes the file's capitals, said (QA 24 F6); a file
                # typed in small letters never lowers the register's "LD-TP"
                changes = (FieldChange("code", unit.code, rec.code), *changes)
            if changes:
                plan.updated.append((rec, changes))
            else:
                plan.unchanged.append(rec)
            if not dry_run:
                for change in changes:
                    setattr(unit, change.name, change.new)
                if unit.match_key != key:  # also a key made before names were matched with their kind
                    unit.match_key = key
        plan.rejected.sort(key=lambda r: r.row_number)
        plan.not_in_file.extend((u.code, u.name) for u in sorted(existing.values(), key=lambda u: u.code)
                                if u.id not in listed and u.closed is None)
        cancel.raise_if_cancelled()  # inside the transaction: a cancel here writes nothing
    return plan


def _merged(rec: UnitRecord, unit: orm.RxUnit | None) -> dict:
    """The unit's fields after the import of ``rec``: what the row gives, the register's value (or, for a new
    unit, the default) for an empty cell or a column the file does not have."""
    values = {k: getattr(rec, k) if unit is None or k in rec.given else getattr(unit, k) for k in _FIELDS}
    if values["expected"]:
        values["not_expected_reason"] = ""
    return values


def _refusal(rec: UnitRecord, values: dict):
    """Why the row cannot be applied to the register as merged (a RejectedUnitRow), or None."""
    from qms_desktop.exchange.units_excel import CLOSED_BEFORE_OPENED, NO_REASON, RejectedUnitRow

    if not values["expected"] and not values["not_expected_reason"]:
        return RejectedUnitRow(rec.row_number, NO_REASON)
    if values["opened"] and values["closed"] and values["closed"] < values["opened"]:
        return RejectedUnitRow(rec.row_number, CLOSED_BEFORE_OPENED)
    return None


# ---------------------------------------------------------------- trust

def pin_key(s: Session, unit: orm.RxUnit, fingerprint: str, *, source: str, username: str, detail: str = "",
            key_sha256: str | None = None) -> None:
    """Pin ``fingerprint`` for ``unit`` (inside the caller's transaction), with an event in its timeline; the whole
    key (``key_sha256``) when a package shows it, else at the first package signed with that fingerprint."""
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    previous = unit.key_fingerprint
    unit.key_fingerprint, unit.key_source, unit.key_pinned_at, unit.key_pinned_by = fingerprint, source, now, username
    unit.key_sha256 = key_sha256
    text = f"{previous} → {fingerprint}" if previous else fingerprint
    s.add(orm.RxEvent(unit_id=unit.id, period="", at=now, username=username,
                      action="key_first_use" if source == "first_use" else "key_enrolled",
                      detail=(text + (f" ({detail})" if detail else ""))))


class KeyOfOtherUnit(InboxInvalid):
    """The key is already pinned to another unit: one key for two units is a sign of impersonation.
    ``other_code`` / ``other_name`` name that unit; the caller asks, then passes ``shared_ok``."""

    def __init__(self, message: str, **params) -> None:
        self.other_code, self.other_name = params["other_code"], params["other_name"]
        super().__init__(message, **params)


def trust_key(ctx: AppContext, code: str, fingerprint: str, *, note: str = "",
              shared_ok: bool = False) -> tuple[UnitRow, str]:
    """Enrol a unit's key by hand (a new key after a change, or the first one read from the paper report).

    Returns the unit and the fingerprint it had before ('' if none).

    Raises:
        NotFound: no unit with that code. ValidationError: not a fingerprint.
        KeyOfOtherUnit: the key is pinned to another unit, and ``shared_ok`` (the user confirmed) is not set.
        PermissionDenied: only a leader changes whom the office trusts.
    """
    fp = normalise_fingerprint(fingerprint)
    ctx.require("approve", QT_TRANSLATE_NOOP("Errors", "confirm a unit's key (a leader's decision)"))  # QA 61 F9
    with ctx.tx("approve") as s:
        require_office(s)
        unit = _by_code(s, code)
        before = unit.key_fingerprint
        other = s.execute(select(orm.RxUnit.code, orm.RxUnit.name)
                          .where(orm.RxUnit.key_fingerprint == fp, orm.RxUnit.id != unit.id)
                          .order_by(orm.RxUnit.code).limit(1)).first()
        if other is not None and before != fp and not shared_ok:
            raise KeyOfOtherUnit(QT_TRANSLATE_NOOP(
                "Inbox", "Key {fingerprint} is already pinned to {other_name} ({other_code}). One key for two units is "
                         "a sign that one of them is being impersonated: check the fingerprint with both units before "
                         "enrolling it for {code}."), fingerprint=fp, other_name=other[1], other_code=other[0],
                code=unit.code)
        if before != fp:
            pin_key(s, unit, fp, source="manual", username=ctx.actor.username, detail=clean(note))
        s.flush()
        return _row(unit), before


def unit_count(ctx: AppContext) -> int:
    with ctx.tx("read") as s:
        return s.scalar(select(func.count()).select_from(orm.RxUnit)) or 0
