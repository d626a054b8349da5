"""Service statistics per field (lĩnh vực): the one-stop shop's monthly book, or the province's portal export.

A statistics period (``ServiceStat``) gains one line per field: received, on time, late, pending.
When the lines are saved the period's totals become their sums, so the report's table per field
and its totals can never disagree.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from sqlalchemy import select

from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.rates import FieldCounts
from qms_desktop.domain.schema import INT, FieldSpec, check_date, coerce
from qms_desktop.domain.text import clean, fold, sort_key
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services.common import load
from qms_desktop.services.context import AppContext, Stamp, rows_stamp_of, stamp_of
from qms_desktop.storage import orm

COUNTS = FieldCounts.COUNTS
_LABELS = {"received": QT_TRANSLATE_NOOP("Fields", "Applications received"),
           "on_time": QT_TRANSLATE_NOOP("Fields", "Settled on time"),
           "late": QT_TRANSLATE_NOOP("Fields", "Settled late"),
           "pending": QT_TRANSLATE_NOOP("Fields", "Pending")}


@dataclass(frozen=True)
class FieldStats:
    stat_id: int
    start: dt.date
    end: dt.date
    lines: tuple[FieldCounts, ...]
    totals: FieldCounts  # the period's totals (the sums once lines are saved)
    # from get_field_stats(): the period's row and its field lines as loaded (the grid saves with ctx.editing(*stamps))
    stamps: tuple[Stamp, ...] = dataclasses.field(default=(), compare=False)


@dataclass(frozen=True)
class ImportResult:
    stat_id: int | None  # None on a dry run
    start: dt.date
    end: dt.date
    lines: tuple[FieldCounts, ...]
    total_checked: bool
    hidden: tuple = ()  # (sheet, row) hidden in Excel, left out
    hidden_columns: tuple = ()  # (sheet, column letter) hidden in Excel, left out
    # the period's figures the import replaces (received, on time, late, pending, fields), None for a new period: said,
    # never silently overwritten (QA 62 F3)
    replaced: tuple[int, int, int, int, int] | None = None

    @property
    def created(self) -> bool:
        """A new statistics period was (or, on a dry run, would be) made for the sheet's dates."""
        return self.replaced is None

    @property
    def hidden_note(self):
        """What to say about the rows hidden in Excel that were left out (a message), or None."""
        from qms_desktop.exchange.tabular import hidden_note

        return hidden_note(self.hidden, self.hidden_columns)


def _line(raw: FieldCounts | Mapping, index: int) -> FieldCounts:
    get = (lambda k: getattr(raw, k)) if isinstance(raw, FieldCounts) else raw.get
    name = clean(get("field") or "")
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Line {n}: the field (lĩnh vực) is required."), field="field",
                              n=index)
    if len(name) > 200:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label} is too long (at most {max} characters)."),
                              field="field", field_label=QT_TRANSLATE_NOOP("Fields", "Field"), max=200)
    counts = {k: coerce(FieldSpec(k, _LABELS[k], INT, minimum=0, maximum=10_000_000), get(k)) or 0 for k in COUNTS}
    line = FieldCounts(name, **counts)
    settled = line.on_time + line.late + line.pending
    if settled > line.received:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{name}: on time + late + pending ({settled}) exceeds the applications received ({received})."),
            field="received", name=name, settled=settled, received=line.received)
    return line


def field_key(name: str | None) -> str:
    """What tells fields apart: 'Thi đua - Khen thưởng' (the portal) and 'Thi đua, khen thưởng' (the TTHC list) are
    one field, so the grid offers it once and it is never entered twice (QA 24 F8): case, tone marks and
    punctuation left out."""
    return " ".join(_PUNCTUATION.sub(" ", fold(name)).split())


_PUNCTUATION = re.compile(r"[^\w]+")


def validate_lines(lines: Iterable[FieldCounts | Mapping]) -> tuple[FieldCounts, ...]:
    """Clean lines, refusing an empty field name, a negative count, a field twice or too many settled."""
    out, seen = [], set()
    for i, raw in enumerate(lines, start=1):
        line = _line(raw, i)
        if all(getattr(line, k) == 0 for k in COUNTS) and not isinstance(raw, FieldCounts):
            continue  # an empty line of the grid
        key = field_key(line.field)
        if key in seen:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The field {name} is listed twice."), field="field",
                                  name=line.field)
        seen.add(key)
        out.append(line)
    return tuple(out)


def _result(stat: orm.ServiceStat) -> FieldStats:
    lines = tuple(FieldCounts(f.field, f.received, f.on_time, f.late, f.pending)
                  for f in sorted(stat.field_rows, key=lambda f: sort_key(f.field)))
    return FieldStats(stat.id, stat.period_start, stat.period_end, lines,
                      FieldCounts("", stat.received or 0, stat.on_time or 0, stat.late or 0, stat.pending or 0))


def get_field_stats(ctx: AppContext, stat_id: int) -> FieldStats:
    with ctx.tx("read") as s:
        stamps = (stamp_of(s, orm.ServiceStat, stat_id),  # first: a change in between then refuses the save
                  rows_stamp_of(s, orm.ServiceStatField.stat_id, stat_id))  # the set of lines, also when empty
        return dataclasses.replace(_result(load(s, orm.ServiceStat, stat_id)), stamps=stamps)


def known_fields(ctx: AppContext) -> list[str]:
    """Fields to offer in the grid: those of the TTHC in scope and those already used, sorted."""
    with ctx.tx("read") as s:
        listed = s.scalars(select(orm.Tthc.field).where(orm.Tthc.cancelled_reason.is_(None),
                                                         orm.Tthc.in_scope.is_(True)).distinct()).all()
        used = s.scalars(select(orm.ServiceStatField.field).distinct()).all()
    names = {field_key(n): n for n in (*listed, *used) if n}  # one name a field, the statistics' own spelling
    return sorted(names.values(), key=sort_key)


def _save(s, stat: orm.ServiceStat, lines: tuple[FieldCounts, ...]) -> None:
    existing = {field_key(f.field): f for f in stat.field_rows}
    wanted = {field_key(line.field) for line in lines}
    for key, row in existing.items():
        if key not in wanted:
            s.delete(row)
    for line in lines:
        row = existing.get(field_key(line.field))
        if row is None:
            row = orm.ServiceStatField(stat_id=stat.id, field=line.field)
            s.add(row)
        row.field = line.field
        for k in COUNTS:
            setattr(row, k, getattr(line, k))
    if lines:
        for k in COUNTS:
            setattr(stat, k, sum(getattr(line, k) for line in lines))
    s.flush()
    s.refresh(stat)


def set_field_stats(ctx: AppContext, stat_id: int, lines: Iterable[FieldCounts | Mapping]) -> FieldStats:
    """Replace the per-field lines of a statistics period; its totals become their sums.

    Raises:
        ValidationError: a field named twice or without a name, a count not a whole number ≥ 0, or more
            settled and pending than received in a line. Nothing is written then.
    """
    clean_lines = validate_lines(lines)
    with ctx.tx("edit") as s:
        stat = load(s, orm.ServiceStat, stat_id)
        _save(s, stat, clean_lines)
        return _result(stat)


TOTAL_FROM_FIELDS = QT_TRANSLATE_NOOP(
    "Errors", "This period's statistics are kept per field: {field_label} is the sum of its fields ({sum}), not "
              "{value}. Correct the figures per field (Per field…), and the total follows.")


def refuse_totals_apart(stat: orm.ServiceStat, values: Mapping) -> None:
    """A period kept per field has the sums of its fields as its totals (the report prints both: they may not
    disagree); a total typed apart from them is refused.

    Raises:
        ValidationError: on the first total that is not its fields' sum.
    """
    if not stat.field_rows:
        return
    for k in COUNTS:
        total = sum(getattr(row, k) for row in stat.field_rows)
        if k in values and values[k] != total:
            raise ValidationError(TOTAL_FROM_FIELDS, field=k, field_label=_LABELS[k], sum=total, value=values[k])


def refuse_overlap(s, start: dt.date, end: dt.date, exclude_id: int | None = None) -> None:
    """A statistics period may not overlap another one (its applications would be counted twice in a
    report); the same dates are the same period (the import adds to it).

    Raises:
        ValidationError: the first other period it overlaps, with its dates.
    """
    from qms_desktop.i18n import format_date

    query = select(orm.ServiceStat.period_start, orm.ServiceStat.period_end).where(
        orm.ServiceStat.period_start <= end, orm.ServiceStat.period_end >= start)
    if exclude_id is not None:
        query = query.where(orm.ServiceStat.id != exclude_id)
    other = s.execute(query.order_by(orm.ServiceStat.period_start).limit(1)).first()
    if other is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "These dates overlap the statistics already recorded for {start} – {end}: the applications "
                      "would be counted twice. Correct that period, or choose dates outside it."),
            field="period_start", start=format_date(other[0]), end=format_date(other[1]))


PERIOD_NOT_ENDED = QT_TRANSLATE_NOOP(
    "Errors", "The statistics period ends on {day}, after today ({today}): the results of days that have not come "
              "yet cannot be known. Enter the figures once the period has ended.")


def refuse_unended(end: dt.date, today: dt.date, field: str) -> None:
    """Statistics are results: a period ending after ``today`` (ctx.today) holds days not yet come, and a report
    "as of" today would count them. A period that ends today is complete.

    Raises:
        ValidationError: on ``field``, with the end date and today.
    """
    if end > today:
        from qms_desktop.i18n import format_date

        raise ValidationError(PERIOD_NOT_ENDED, field=field, day=format_date(end), today=format_date(today))


def _refuse_other_unit(ctx: AppContext, sheet_unit: str) -> None:
    """A sheet whose title names another commune than the agency's is refused (QA F8b): its figures would go
    into this commune's signed report. A sheet naming no unit, or a receiving office's database, is not checked."""
    if not sheet_unit:
        return
    from qms_desktop.exchange.portal_stats import OTHER_UNIT, PortalRefused, same_unit
    from qms_desktop.services.agency import get_profile

    profile = get_profile(ctx)
    if profile is None or profile.mode == "office":
        return
    names = [n for n in (profile.full_name, profile.short_name) if clean(n)]
    if names and not any(same_unit(sheet_unit, n) for n in names):
        raise PortalRefused(OTHER_UNIT, sheet_unit=sheet_unit, agency=clean(profile.full_name or profile.short_name))


def import_portal_stats(ctx: AppContext, path: str | os.PathLike, *, start: object = None, end: object = None,
                        dry_run: bool = False) -> ImportResult:
    """Import the province's portal export of results per field into the statistics period of its dates
    (made if it does not exist); ``start``/``end`` are needed when the sheet does not state them.

    Raises:
        PortalRefused / FileRefused: the file cannot be read as the export. ValidationError: no period
            dates, a period ending after today, or bad lines. Nothing is written then (nor on ``dry_run``).
    """
    from qms_desktop.exchange.portal_stats import read_portal_stats

    sheet = read_portal_stats(path)
    _refuse_other_unit(ctx, sheet.unit)
    first = check_date(start) if start not in (None, "") else sheet.start
    last = check_date(end) if end not in (None, "") else sheet.end
    if (first is None or last is None) and sheet.bad_date:  # marked in the context it is raised in (QA 44 F2)
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The sheet states its period (Từ ngày … đến ngày …), but {date} is not a valid date: correct it "
                      "in the sheet, or give the start and end dates."), field="start", date=sheet.bad_date)
    if first is None or last is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The sheet does not state its period (Từ ngày … đến ngày …): give the dates."), field="start")
    if last < first:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."), field="end")
    refuse_unended(last, ctx.today, "end")
    if sheet.start and sheet.end and (first, last) != (sheet.start, sheet.end):  # QA 23 F5: never silently
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The sheet states its period as {sheet_start}–{sheet_end}, not {start}–{end}: its figures are "
                      "those of its own period. Leave the dates out, or import the sheet of the period you mean."),
            field="start", sheet_start=f"{sheet.start:%d/%m/%Y}", sheet_end=f"{sheet.end:%d/%m/%Y}",
            start=f"{first:%d/%m/%Y}", end=f"{last:%d/%m/%Y}")
    lines = validate_lines(sheet.lines)
    if dry_run:
        with ctx.tx("import") as s:
            exists = s.scalar(select(orm.ServiceStat).where(orm.ServiceStat.period_start == first,
                                                            orm.ServiceStat.period_end == last))
            if exists is None:
                refuse_overlap(s, first, last)  # as the import itself would
            return ImportResult(None, first, last, lines, sheet.total_checked, sheet.hidden, sheet.hidden_columns,
                                _figures_of(exists))
    with ctx.tx("import") as s:
        stat = s.scalar(select(orm.ServiceStat).where(orm.ServiceStat.period_start == first,
                                                      orm.ServiceStat.period_end == last))
        replaced = _figures_of(stat)
        if stat is None:
            refuse_overlap(s, first, last)
            stat = orm.ServiceStat(period_start=first, period_end=last, note="Nhập từ Hệ thống thông tin giải quyết "
                                                                             "TTHC của tỉnh")
            s.add(stat)
            s.flush()
        _save(s, stat, lines)
        return ImportResult(stat.id, first, last, lines, sheet.total_checked, sheet.hidden, sheet.hidden_columns,
                            replaced)


def _figures_of(stat: orm.ServiceStat | None) -> tuple[int, int, int, int, int] | None:
    if stat is None:
        return None
    return stat.received, stat.on_time, stat.late, stat.pending, len(stat.field_rows)
