"""Create, edit, cancel and list the records described by ``domain.schema.SPECS``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import select

from qms_desktop.domain.errors import NotFound, ValidationError
from qms_desktop.domain.kinds import KINDS
from qms_desktop.domain.kinds import info as kind_info
from qms_desktop.domain.schema import SPECS, RecordSpec, coerce
from qms_desktop.domain.text import clean, fold, search_words, sort_key
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date
from qms_desktop.services.common import mark_cancelled
from qms_desktop.services.context import AppContext, Stamp, stamp_of
from qms_desktop.storage import orm

# Every kind of the registry (domain/kinds.py) with its ORM model, and the field shown when a record
# is referenced from another (combo boxes, lists). Both are read from the registry, never listed here.
MODELS: dict[str, type] = {k.name: getattr(orm, k.model) for k in KINDS.values()}
SPECS_REF_TITLES: dict[str, str] = {k.name: k.ref_title for k in KINDS.values() if k.ref_title}


def model_of(kind: str) -> type:
    """The ORM model of a kind, by any of its names (canonical, link prefix, plural, alias)."""
    found = kind_info(kind)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Unknown kind of record: {kind}"), kind=kind)
    return MODELS[found.name]


@dataclass(frozen=True)
class RecordRow:
    kind: str
    id: int
    values: dict
    cancelled_reason: str | None = None
    stamp: Stamp | None = field(default=None, compare=False)  # from get(): what an edit form saves with (ctx.editing(row.stamp))

    @property
    def cancelled(self) -> bool:
        return self.cancelled_reason is not None


def spec(kind: str) -> RecordSpec:
    try:
        return SPECS[kind]
    except KeyError:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Unknown kind of record: {kind}"), kind=kind) from None


def _row(kind: str, obj: object) -> RecordRow:
    s = spec(kind)
    values = {f.name: getattr(obj, f.name) for f in s.fields}
    return RecordRow(kind, obj.id, values, getattr(obj, "cancelled_reason", None))


def validate(kind: str, values: dict, *, partial: bool = False) -> dict:
    """Coerce every field; with ``partial`` only the given ones. Raises ValidationError."""
    s = spec(kind)
    unknown = set(values) - {f.name for f in s.fields}
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown field: {name}"), name=sorted(unknown)[0])
    out = {}
    for f in s.fields:
        if partial and f.name not in values:
            continue
        out[f.name] = coerce(f, values.get(f.name))
    _cross_checks(kind, out)
    return out


def _cross_checks(kind: str, v: dict) -> None:
    if kind == "service_stat" and v.get("period_start") and v.get("period_end"):
        if v["period_end"] < v["period_start"]:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."), field="period_end")
        settled = (v.get("on_time") or 0) + (v.get("late") or 0) + (v.get("pending") or 0)
        if v.get("received") is not None and settled > (v.get("received") or 0) and v.get("received"):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "On time + late + pending ({settled}) exceeds the applications received ({received})."),
                field="received", settled=settled, received=v["received"])
    if kind == "petition" and v.get("received_date"):
        for name in ("due_date", "resolved_date"):
            if v.get(name) and v[name] < v["received_date"]:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The date is before the day it was received."), field=name)
    if kind == "survey" and v.get("start_date") and v.get("end_date") and v["end_date"] < v["start_date"]:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."), field="end_date")


# Days on which something happened: not after today (a petition received tomorrow made the report count it and
# call it overdue; statistics of a period not ended yet held results of days to come). Due dates and planned
# days may lie ahead.
_HAPPENED = {"petition": ("received_date", "resolved_date"), "service_stat": ("period_end",)}
_NOT_YET = QT_TRANSLATE_NOOP("Errors", "{day} is after today ({today}): record it on the day it happens.")


def _not_after_today(kind: str, values: dict, today) -> None:
    from qms_desktop.services.field_stats import PERIOD_NOT_ENDED  # the portal's import refuses the same

    message = PERIOD_NOT_ENDED if kind == "service_stat" else _NOT_YET  # (a period's start is not after its end)
    for name in _HAPPENED.get(kind, ()):
        if values.get(name) and values[name] > today:
            raise ValidationError(message, field=name, day=format_date(values[name]), today=format_date(today))


def _check_refs(session, kind: str, values: dict) -> None:
    for f in spec(kind).fields:
        if f.ref and values.get(f.name) is not None:
            if session.get(MODELS[f.ref], values[f.name]) is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label}: record {id} does not exist."),
                                      field=f.name, field_label=f.label, id=values[f.name])


def _unique_keys(kind: str) -> list[tuple[str, ...]]:
    """The model's unique columns and column groups that the kind's form edits."""
    from sqlalchemy import UniqueConstraint

    table = MODELS[kind].__table__
    editable = {f.name for f in spec(kind).fields}
    keys = [(c.name,) for c in table.columns if c.unique]
    keys += [tuple(c.name for c in u.columns) for u in table.constraints if isinstance(u, UniqueConstraint)]
    return [k for k in dict.fromkeys(keys) if set(k) <= editable]


def _check_unique(session, kind: str, values: dict, record_id: int | None = None) -> None:
    """Refuse a value another record already holds (a unit's name, a policy's year; a statistics period
    overlapping another), with the field to correct, before the database would refuse it in its own words."""
    model, fields = MODELS[kind], {f.name: f for f in spec(kind).fields}
    if kind == "service_stat" and values.get("period_start") and values.get("period_end"):
        from qms_desktop.services.field_stats import refuse_overlap  # the import of the portal's export checks the same

        refuse_overlap(session, values["period_start"], values["period_end"], record_id)
    for key in _unique_keys(kind):
        if any(values.get(name) is None for name in key):
            continue
        query = select(model.id).where(*(getattr(model, name) == values[name] for name in key))
        if record_id is not None:
            query = query.where(model.id != record_id)
        if session.scalar(query.limit(1)) is not None:
            shown = " – ".join(format_date(v) if hasattr(v, "isoformat") else str(v) for v in (values[n] for n in key))
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Another record already has this {field_label}: {value}."),
                                  field=key[-1], field_label=fields[key[-1]].label, value=shown)


_BOOK_NUMBER = re.compile(r"^\s*(\d{1,6})\s*/\s*(\S.*?)\s*$")


def _year_book(model, year: int):
    """(number, received_date) of a year's petition book, cancelled entries left out."""
    return select(model.number, model.received_date).where(
        model.cancelled_reason.is_(None), model.received_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))


def _check_book_number(s, kind: str, values: dict, record_id: int | None = None) -> None:
    """A petition's number in the year's book is its own (QA 18 F5: "02/PAKN" twice was accepted). A number the
    form does not change is not checked again: after a merge two former books may share one."""
    number, received = clean(values.get("number") or ""), values.get("received_date")
    if kind != "petition" or not number or received is None:
        return
    stmt = _year_book(MODELS[kind], received.year).add_columns(MODELS[kind].id)
    for other, day, ident in s.execute(stmt):
        if ident != record_id and fold(other) == fold(number):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Number {number} is already in the book of {year} (received on {day}): give the next one."),
                field="number", number=number, year=received.year, day=day.strftime("%d/%m/%Y"))


# The kinds numbered in a book that starts again each year, by the date field that says the year: the form proposes
# the next number of that date's year (a petition received on 31/12 entered on 02/01 is last year's: QA 56 F7).
BOOK_DATE = {"petition": "received_date"}


def proposed_values(ctx: AppContext, kind: str, *, day: dt.date | None = None) -> dict:
    """What a new record's form starts with: this year in a "year" field (a policy or objective started at 2000,
    the field's minimum: QA 26 G1); a petition's next number in the book of ``day``'s year (default: today's),
    ("08/PAKN" after "07/PAKN"), when the year's numbers follow one pattern."""
    if any(f.name == "year" for f in spec(kind).fields):
        return {"year": ctx.today.year}
    if kind not in BOOK_DATE:
        return {}
    with ctx.tx("read") as s:
        numbers = [n for n, _day in s.execute(_year_book(MODELS[kind], (day or ctx.today).year)) if n]
    found = [m for m in (_BOOK_NUMBER.match(n) for n in numbers) if m]
    if not numbers:
        return {"number": "01/PAKN"}
    suffixes = {m.group(2) for m in found}
    if len(found) != len(numbers) or len(suffixes) != 1:
        return {}
    width = max(2, *(len(m.group(1)) for m in found))
    return {"number": f"{max(int(m.group(1)) for m in found) + 1:0{width}d}/{suffixes.pop()}"}


def create(ctx: AppContext, kind: str, values: dict) -> RecordRow:
    """Create one record after validating every field.

    Raises:
        ValidationError: a field is missing or invalid; nothing is written.
    """
    clean_values = validate(kind, values)
    _not_after_today(kind, clean_values, ctx.today)
    with ctx.tx(spec(kind).permission) as s:
        _check_refs(s, kind, clean_values)
        _check_unique(s, kind, clean_values)
        _check_book_number(s, kind, clean_values)
        obj = MODELS[kind](**clean_values)
        s.add(obj)
        s.flush()
        return _row(kind, obj)


def update(ctx: AppContext, kind: str, record_id: int, values: dict) -> RecordRow:
    """Change the given fields of a record (the others stay)."""
    clean_values = validate(kind, values, partial=True)
    _not_after_today(kind, clean_values, ctx.today)
    with ctx.tx(spec(kind).permission) as s:
        obj = _get(s, kind, record_id)
        merged = {f.name: getattr(obj, f.name) for f in spec(kind).fields} | clean_values
        validate(kind, merged)
        _check_refs(s, kind, clean_values)
        _check_unique(s, kind, merged, record_id)
        if clean(merged.get("number") or "") != clean(getattr(obj, "number", "") or "") or (
                "received_date" in clean_values and clean_values["received_date"] != getattr(obj, "received_date", None)):
            _check_book_number(s, kind, merged, record_id)
        if kind == "service_stat":
            from qms_desktop.services.field_stats import refuse_totals_apart  # the period's lines are its totals

            refuse_totals_apart(obj, {k: v for k, v in clean_values.items() if v != getattr(obj, k)})
        for key, value in clean_values.items():
            setattr(obj, key, value)
        s.flush()
        return _row(kind, obj)


def cancel(ctx: AppContext, kind: str, record_id: int, reason: str) -> RecordRow:
    """Cancel (never delete) a controlled record, with a reason."""
    if not spec(kind).cancellable:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This kind of record cannot be cancelled; edit it instead."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give a reason for cancelling."), field="reason")
    with ctx.tx(spec(kind).permission) as s:
        obj = _get(s, kind, record_id)
        mark_cancelled(obj, reason, ctx.today)
        s.flush()
        return _row(kind, obj)


def restore(ctx: AppContext, kind: str, record_id: int) -> RecordRow:
    """Undo a cancellation ("Khôi phục"; QA 18 F4): the record is in the lists and the figures again. The change
    history keeps both the cancellation and its undoing.

    Raises:
        ValidationError: not cancelled; another record now holds one of its unique values.
    """
    with ctx.tx(spec(kind).permission) as s:
        obj = _get(s, kind, record_id)
        if not getattr(obj, "cancelled_reason", None):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This record is not cancelled."))
        _check_unique(s, kind, {f.name: getattr(obj, f.name) for f in spec(kind).fields}, record_id)
        obj.cancelled_reason, obj.cancelled_at = None, None
        s.flush()
        return _row(kind, obj)


def get(ctx: AppContext, kind: str, record_id: int) -> RecordRow:
    """One record as an edit form loads it, with its stamp (the version check of the save)."""
    with ctx.tx("read") as s:
        stamp = stamp_of(s, MODELS[kind], record_id)  # first: a change in between then refuses the save
        return dataclasses.replace(_row(kind, _get(s, kind, record_id)), stamp=stamp)


def _get(session, kind: str, record_id: int):
    obj = session.get(MODELS[kind], record_id)
    if obj is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Record not found ({kind_label} {id})."), kind=kind,
                       kind_label=kind_info(kind).label if kind_info(kind) else kind, id=record_id)
    return obj


def list_records(ctx: AppContext, kind: str, *, search: str = "", include_cancelled: bool = False,
                 limit: int | None = None) -> list[RecordRow]:
    """Records of one kind, filtered by the folded search key in SQL."""
    model, s_ = MODELS[kind], spec(kind)
    stmt = select(model)
    if search and hasattr(model, "search_key"):
        for word in search_words(search):
            stmt = stmt.where(model.search_key.contains(word, autoescape=True))
    if not include_cancelled and hasattr(model, "cancelled_reason"):
        stmt = stmt.where(model.cancelled_reason.is_(None))
    # Ordered here, not by the database: the same Vietnamese order (a < ă < â, d < đ, tones last) and the
    # same place for empty values on every engine, whatever collation a server database was created with.
    stmt = stmt.order_by(model.id)
    with ctx.tx("read") as s:
        rows = sorted(s.scalars(stmt), key=_order(s_.sort))
        return [_row(kind, o) for o in (rows[:limit] if limit else rows)]


def _order(columns: tuple[str, ...]):
    """Sort key of records by ``columns``: text in Vietnamese order, empty values first (as SQLite does)."""
    def key(obj) -> tuple:
        out = []
        for name in columns:
            value = getattr(obj, name)
            out.append((0, ()) if value is None else (1, sort_key(value) if isinstance(value, str) else value))
        return tuple(out)
    return key
