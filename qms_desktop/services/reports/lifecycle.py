"""The periodic report's lifecycle: Nháp → Đã chốt → Đã gửi, numbers from the yearly register.

Finalising freezes the report's data as canonical JSON (``Report.snapshot_json``); whatever
changes in the records afterwards, a finalised report prints and exports from that snapshot. A
correction is a new version (a new draft with its own number) that says what it changes.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
import json
from dataclasses import dataclass, field, fields

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.model import ReportStatus
from qms_desktop.domain.periods import DECREE_09, ReportPeriod, period_name, period_sort_key
from qms_desktop.domain.text import clean, nfc
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date
from qms_desktop.reports import wording as W
from qms_desktop.reports.report_data import AgencyInfo, ReportData
from qms_desktop.reports.report_text import changes_between, compose
from qms_desktop.services.agency import DEFAULTS
from qms_desktop.services.common import check_dated, load, optional_date
from qms_desktop.services.context import AppContext, Stamp, stamp_of
from qms_desktop.services.reports.facts import gather
from qms_desktop.storage import orm


@dataclass(frozen=True)
class ReportRow:
    id: int
    period: str
    version: int
    number: int | None
    symbol: str
    number_text: str
    date: dt.date | None
    recipient: str
    status: str
    finalized_by: str
    finalized_at: dt.datetime | None
    sent_date: dt.date | None
    previous_id: int | None
    changes_summary: str


@dataclass(frozen=True)
class ReportDetail:
    row: ReportRow
    shortcomings: str
    plans: str
    proposals: str
    frozen: bool  # a snapshot exists: what prints no longer follows the records
    data_as_of: dt.date | None = None  # "số liệu tính đến ngày …" (a report made before its period ends)
    request_letter: str = ""  # the receiving office's request letter, cited first in the report
    statements: dict[str, str] = field(default_factory=dict)  # typed Part II text per item key
    acknowledged: tuple[str, ...] = ()  # pre-flight warnings the leader acknowledged on finalising
    stamp: Stamp | None = field(default=None, compare=False)  # the report row as loaded: the draft's save uses ctx.editing(stamp)


# Part II items a person may add a typed statement to (wording.ITEMS_II keys).
STATEMENT_KEYS = tuple(W.ITEMS_II)


def _row(r: orm.Report) -> ReportRow:
    return ReportRow(r.id, r.period, r.version, r.number, r.symbol, W.number_text(r.number, r.symbol).strip(),
                     r.date, r.recipient, str(r.status), r.finalized_by, r.finalized_at, r.sent_date, r.previous_id,
                     r.changes_summary)


def setting(s: Session, key: str) -> str:
    row = s.get(orm.Setting, key)
    return row.value if row else DEFAULTS[key]


def agency_info(s: Session) -> tuple[AgencyInfo, orm.Agency]:
    agency = s.get(orm.Agency, 1)
    if agency is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Fill in the agency profile before making a report."))
    info = AgencyInfo(**{f.name: getattr(agency, f.name) or "" for f in fields(AgencyInfo)})
    return info, agency


@dataclass(frozen=True)
class _Phrase:
    """A part of a message that is itself translated ("the report for first six months of 2026 (id 3)")."""

    message: str
    params: dict = field(default_factory=dict)
    context: str = "Errors"


def _user_of(s: Session, used_for: str) -> _Phrase:
    """What holds a number of the register, in words: the report (its period, version and id), not "report:3"."""
    kind, _sep, ref = used_for.partition(":")
    report = s.get(orm.Report, int(ref)) if kind == "report" and ref.isdigit() else None
    if report is None:
        return _Phrase(QT_TRANSLATE_NOOP("Errors", "another document of the register ({used_for})"),
                       {"used_for": used_for})
    if report.version > 1:
        return _Phrase(QT_TRANSLATE_NOOP("Errors", "version {version} of the report for {period} (id {id})"),
                       {"version": report.version, "period": period_name(report.period), "id": report.id})
    return _Phrase(QT_TRANSLATE_NOOP("Errors", "the report for {period} (id {id})"),
                   {"period": period_name(report.period), "id": report.id})


def _number_taken(s: Session, year: int, symbol: str, number: int, used_for: str | None = None) -> None:
    row = s.scalar(select(orm.DocumentNumber).where(orm.DocumentNumber.year == year,
                                                    orm.DocumentNumber.symbol == symbol,
                                                    orm.DocumentNumber.number == number))
    if row is not None and row.used_for != used_for:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Number {number} of {year} is already used for {used_for}; "
                                                          "take the next free number from the register."),
                              field="number", number=W.number_text(number, symbol), year=year,
                              used_for=_user_of(s, row.used_for))


def _proposed(s: Session, year: int, symbol: str) -> int:
    return (s.scalar(select(func.max(orm.DocumentNumber.number)).where(
        orm.DocumentNumber.year == year, orm.DocumentNumber.symbol == symbol)) or 0) + 1


def _check_number(number: object) -> int | None:
    if number is None or number == "":
        return None
    try:
        value = int(str(number).strip())
    except ValueError:
        value = 0
    if not 1 <= value <= 99999:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A document number is a whole number from 1 up."), field="number")
    return value


def propose_number(ctx: AppContext, year: int | None = None) -> int:
    """The next number of the year's register for the agency's symbol (the clerk may confirm another)."""
    with ctx.tx("read") as s:
        info, agency = agency_info(s)
        return _proposed(s, year or ctx.today.year, agency.doc_symbol or "BC-UBND")


def _register(s: Session, report: orm.Report, number: int | None, year: int) -> None:
    number = number or _proposed(s, year, report.symbol)
    _number_taken(s, year, report.symbol, number)
    report.number = number
    s.add(orm.DocumentNumber(year=year, symbol=report.symbol, number=number, used_for=f"report:{report.id}"))
    try:
        s.flush()
    except IntegrityError:  # another process took it between the check and the insert
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Number {number} of {year} was just taken by someone else; try again."),
                              field="number", number=W.number_text(number, report.symbol), year=year) from None


def _entry(s: Session, report: orm.Report) -> orm.DocumentNumber | None:
    return s.scalar(select(orm.DocumentNumber).where(orm.DocumentNumber.used_for == f"report:{report.id}"))


def number_year(s: Session, report: orm.Report, today: dt.date) -> int:
    """The year of the register the report's number is taken from (the year it was registered in)."""
    entry = _entry(s, report)
    return entry.year if entry is not None else today.year


def _renumber(s: Session, report: orm.Report, year: int, number: int | None = None) -> None:
    """Give the draft ``number`` (default: the next free one) of ``year``'s register: Decree 30 numbers run from
    01 each calendar year, so a report dated in another year than its number's takes one of its date's year.
    The register entry moves with it (the old number is freed, as when a draft's number is changed)."""
    entry = _entry(s, report)
    if entry is None:  # not in the register (no such report is made here): a typed number registers it
        if number is not None:
            _register(s, report, number, year)
        return
    if entry.year == year and (number is None or number == entry.number):
        return
    number = number or _proposed(s, year, report.symbol)
    _number_taken(s, year, report.symbol, number, used_for=entry.used_for)
    entry.year, entry.number = year, number
    report.number = number
    try:
        s.flush()
    except IntegrityError:  # another process took it between the check and the update
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Number {number} of {year} was just taken by someone else; try again."),
                              field="number", number=W.number_text(number, report.symbol), year=year) from None


def create_report(ctx: AppContext, *, period: str, number: object = None) -> ReportRow:
    """Start the draft report of a period, numbered from the year's register.

    Args:
        period: '2026-H1' (six months) or '2026' (year).
        number: the number confirmed by the clerk; by default the register's next one.

    Raises:
        ValidationError: bad period, no agency profile, a report of the period already exists, the period
            starts after today (its number would come from this year's register), or the number is already
            used this year.
    """
    p = ReportPeriod.parse(period)
    chosen = _check_number(number)
    with ctx.tx("edit") as s:
        _info, agency = agency_info(s)
        existing = s.scalar(select(orm.Report).where(orm.Report.period == p.code).order_by(orm.Report.version.desc()))
        if existing is not None:  # its document number, and the id the commands take ("số 3" read as a number)
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A report for {period} already exists: {number} (id {id}); "
                                                              "open it, or make a corrected version of it."),
                                  field="period", period=period_name(p.code), id=existing.id,
                                  number=W.number_text(existing.number, existing.symbol).strip())
        start, _end = p.bounds(setting(s, "period_rule") or DECREE_09)
        if start > ctx.today:  # its number would be taken from this year's register for a period still to come
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The report period ({period}) has not begun: it starts "
                                                              "on {start}. Its report can be made from that day."),
                                  field="period", period=period_name(p.code), start=format_date(start))
        r = orm.Report(period=p.code, version=1, symbol=agency.doc_symbol or "BC-UBND", recipient=agency.recipient,
                       status=ReportStatus.DRAFT)
        s.add(r)
        s.flush()
        _register(s, r, chosen, ctx.today.year)
        return _row(r)


def _draft(r: orm.Report) -> None:
    if r.status != ReportStatus.DRAFT:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Report {number} is finalised and can no longer change; make a corrected "
                                          "version instead."), number=W.number_text(r.number, r.symbol).strip())


def update_report(ctx: AppContext, report_id: int, *, shortcomings: str | None = None, plans: str | None = None,
                  proposals: str | None = None, recipient: str | None = None, date: object = None,
                  number: object = None, data_as_of: object = None, clear_data_as_of: bool = False,
                  request_letter: str | None = None, statements: dict[str, str] | None = None) -> ReportRow:
    """Edit a draft: the secretary's narrative (III–V), the recipient, the date, the number; the day the
    figures run to when the report is made before its period ends ("số liệu tính đến ngày …"); the
    receiving office's request letter; typed Part II statements (``statements``: item key → text, an
    empty text removes it; other items stay).

    Raises:
        ValidationError: the report is no longer a draft, the new number is taken, the cut-off day is
            outside the period or after today, or a statement names an unknown item. (The report's own date
            may be a later, planned day while it is a draft; finalising refuses it until that day.)
    """
    new_number = _check_number(number)
    new_date = optional_date(date, QT_TRANSLATE_NOOP("Fields", "Date"), "date")
    as_of = optional_date(data_as_of, QT_TRANSLATE_NOOP("Fields", "Figures up to"), "data_as_of")
    if as_of is not None:  # the figures cannot run to a day that has not come
        check_dated(as_of, QT_TRANSLATE_NOOP("Fields", "Figures up to"), "data_as_of", today=ctx.today)
    for key in statements or {}:
        if key not in STATEMENT_KEYS:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown item of Part II: {key} (use {keys})."),
                                  field="statements", key=key, keys=", ".join(STATEMENT_KEYS))
    with ctx.tx("edit") as s:
        r = load(s, orm.Report, report_id)
        _draft(r)
        if clear_data_as_of:
            r.data_as_of = None
        elif as_of is not None:
            start, end = ReportPeriod.parse(r.period).bounds(setting(s, "period_rule") or DECREE_09)
            if not start <= as_of:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The figures cannot run to {day}: the period starts "
                                                                  "on {start}."), field="data_as_of",
                                      day=W.date_vn(as_of), start=W.date_vn(start))
            r.data_as_of = as_of if as_of < end else None  # up to the period's end: no early cut-off
        if request_letter is not None:
            r.request_letter = _multiline(request_letter).replace("\n", " ")
        if statements:
            current = _statements(r)
            for key, text in statements.items():
                text = _multiline(text or "")
                if text:
                    current[key] = text
                else:
                    current.pop(key, None)
            r.statements_json = json.dumps(current, ensure_ascii=False, sort_keys=True)
        for name, value in (("shortcomings", shortcomings), ("plans", plans), ("proposals", proposals)):
            if value is not None:
                setattr(r, name, _multiline(value))
        if recipient is not None:
            r.recipient = clean(recipient)
        if new_date is not None:
            r.date = new_date
        # the number is of the register of the report's year (its date's; undated, the year it was taken in):
        # a date moved into another year takes the next number of that year unless another one is typed
        year = r.date.year if r.date is not None else number_year(s, r, ctx.today)
        _renumber(s, r, year, new_number if new_number is not None and new_number != r.number else None)
        s.flush()
        return _row(r)


def _statements(r: orm.Report) -> dict[str, str]:
    from qms_desktop.services.reports.facts import statements

    return statements(r)


def _multiline(text: str) -> str:
    lines = [" ".join(line.split()) for line in nfc(text).replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip()


def settings(s: Session) -> dict[str, str]:
    return {key: setting(s, key) for key in DEFAULTS}


def build_facts(s: Session, r: orm.Report, *, status: str | None = None, date: dt.date | None = None,
                correction_of: str = "", changes_summary: str = "", until: dt.date | None = None):
    """(ReportFacts, PeriodFacts) of a report as it would print now (``until``: not past that day)."""
    info, _agency = agency_info(s)
    values = settings(s)
    return gather(s, r, info, values["period_rule"] or DECREE_09, settings=values, status=status, date=date,
                  correction_of=correction_of, changes_summary=changes_summary, until=until)


def build_data(s: Session, r: orm.Report, *, status: str | None = None, date: dt.date | None = None,
               correction_of: str = "", changes_summary: str = "", until: dt.date | None = None) -> ReportData:
    facts, _pf = build_facts(s, r, status=status, date=date, correction_of=correction_of,
                             changes_summary=changes_summary, until=until)
    return compose(facts)


def _previous_label(prev: orm.Report) -> str:
    number = W.number_text(prev.number, prev.symbol).strip()
    when = f" ngày {W.date_vn(prev.date)}" if prev.date else ""
    return f"{W.DOC_REPORT} số {number}{when}"


def preflight(ctx: AppContext, report_id: int, *, date: object = None):
    """The pre-flight findings of a draft if it were finalised on ``date`` (default: its date, else today)."""
    from qms_desktop.services.reports.finalize_checks import run

    day = optional_date(date, QT_TRANSLATE_NOOP("Fields", "Date"), "date")
    with ctx.tx("read") as s:
        r = load(s, orm.Report, report_id)
        return run(s, r, build_facts, date=day or r.date or ctx.today, today=ctx.today)


def finalize_report(ctx: AppContext, report_id: int, *, date: object = None, acknowledge: object = (),
                    acknowledge_all: bool = False) -> ReportRow:
    """Finalise (chốt) a draft: its data is frozen; later changes to the records do not alter it.

    The pre-flight runs first (``preflight``): a refusal stops it; each warning must be acknowledged
    by its code in ``acknowledge`` (or all of them with ``acknowledge_all``), and the acknowledgements
    are recorded on the report with the leader's name.

    Raises:
        PermissionDenied: only a leader finalises.
        PreflightRefused: a refusal, or a warning not acknowledged (``findings`` lists them).
        ValidationError: not a draft.
    """
    from qms_desktop.services.reports.finalize_checks import PreflightRefused, acknowledgement_json, run

    day = optional_date(date, QT_TRANSLATE_NOOP("Fields", "Date"), "date")
    codes = {acknowledge} if isinstance(acknowledge, str) else set(acknowledge or ())
    with ctx.tx("finalize") as s:
        r = load(s, orm.Report, report_id)
        _draft(r)
        r.date = day or r.date or ctx.today
        found = run(s, r, build_facts, date=r.date, today=ctx.today)
        if found.refusals:
            raise PreflightRefused(found.refusals + found.unacknowledged(codes, everything=acknowledge_all),
                                   refusals=len(found.refusals))
        missing = found.unacknowledged(codes, everything=acknowledge_all)
        if missing:
            raise PreflightRefused(missing, refusals=0)
        _renumber(s, r, r.date.year)  # dated in another year than its number's: the next number of the date's year
        now = ctx.now()
        r.preflight_json = acknowledgement_json(found, username=ctx.actor.username,
                                                full_name=ctx.actor.full_name or ctx.actor.username, at=now)
        data = build_data(s, r, status=ReportStatus.FINAL)
        correction_of, summary = _correction(s, r, data)
        if correction_of:
            data = build_data(s, r, status=ReportStatus.FINAL, correction_of=correction_of, changes_summary=summary)
        r.snapshot_json = unicodedata.normalize("NFC", data.to_json())
        r.changes_summary = summary
        r.status = ReportStatus.FINAL
        r.finalized_by = ctx.actor.username
        r.finalized_at = now
        s.flush()
        return _row(r)


def mark_sent(ctx: AppContext, report_id: int, *, sent_date: object = None) -> ReportRow:
    """Record that the finalised report was sent (Đã gửi) on ``sent_date`` (default today).

    Raises:
        ValidationError: not finalised, or a sending date in the future or before the report's date.
    """
    label = QT_TRANSLATE_NOOP("Fields", "Sent on")
    day = optional_date(sent_date, label, "sent_date") or ctx.today
    with ctx.tx("edit") as s:
        r = load(s, orm.Report, report_id)
        if r.status == ReportStatus.SENT:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This report was already marked as sent on {date}."),
                                  field="sent_date", date=format_date(r.sent_date))
        if r.status != ReportStatus.FINAL:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only a finalised report can be marked as sent."))
        check_dated(day, label, "sent_date", today=ctx.today, after=[(r.date, QT_TRANSLATE_NOOP("Fields", "Report date"))])
        r.status, r.sent_date = ReportStatus.SENT, day
        s.flush()
        return _row(r)


def correct_report(ctx: AppContext, report_id: int, *, number: object = None) -> ReportRow:
    """Start a corrected version of a finalised report: a new draft, with its own number.

    Raises:
        ValidationError: the report is still a draft, or the period already has an open draft.
    """
    chosen = _check_number(number)
    with ctx.tx("edit") as s:
        old = load(s, orm.Report, report_id)
        if old.status == ReportStatus.DRAFT:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A draft is edited directly; only a finalised report gets a corrected version."))
        versions = list(s.scalars(select(orm.Report).where(orm.Report.period == old.period)))
        if any(v.status == ReportStatus.DRAFT for v in versions):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The period {period} already has a draft version; finish it first."),
                                  period=old.period)
        r = orm.Report(period=old.period, version=max(v.version for v in versions) + 1, symbol=old.symbol,
                       recipient=old.recipient, status=ReportStatus.DRAFT, shortcomings=old.shortcomings,
                       plans=old.plans, proposals=old.proposals, previous_id=old.id, data_as_of=old.data_as_of,
                       request_letter=old.request_letter, statements_json=old.statements_json)
        s.add(r)
        s.flush()
        _register(s, r, chosen, ctx.today.year)
        return _row(r)


def list_reports(ctx: AppContext, *, period: str | None = None) -> list[ReportRow]:
    stmt = select(orm.Report).order_by(orm.Report.period.desc(), orm.Report.version.desc())
    if period:
        stmt = stmt.where(orm.Report.period == ReportPeriod.parse(period).code)
    with ctx.tx("read") as s:
        rows = [_row(r) for r in s.scalars(stmt)]
    # newest period first in time, not as text ("2025" ends after "2025-H1"); versions newest first within it
    return sorted(rows, key=lambda r: period_sort_key(r.period), reverse=True)


def get_report(ctx: AppContext, report_id: int) -> ReportDetail:
    with ctx.tx("read") as s:
        stamp = stamp_of(s, orm.Report, report_id)  # first: a change in between then refuses the save
        r = load(s, orm.Report, report_id)
        acknowledged: tuple[str, ...] = ()
        if r.preflight_json:
            try:
                acknowledged = tuple(x["code"] for x in json.loads(r.preflight_json).get("acknowledged", ()))
            except (ValueError, KeyError, TypeError, AttributeError):
                acknowledged = ()
        return ReportDetail(_row(r), r.shortcomings, r.plans, r.proposals, r.snapshot_json is not None,
                            r.data_as_of, r.request_letter or "", _statements(r), acknowledged, stamp)


def report_data(ctx: AppContext, report_id: int) -> ReportData:
    """What the report prints: the frozen snapshot once finalised, else built from today's records."""
    with ctx.tx("read") as s:
        r = load(s, orm.Report, report_id)
        if r.snapshot_json:
            return ReportData.from_json(r.snapshot_json)
        data = build_data(s, r, until=ctx.today)
        correction_of, summary = _correction(s, r, data)  # a corrected draft says already what it replaces
        if correction_of:
            data = build_data(s, r, until=ctx.today, correction_of=correction_of, changes_summary=summary)
        return data


def _correction(s, r: orm.Report, data: ReportData) -> tuple[str, str]:
    """What a corrected version replaces ("Báo cáo số 01/BC-UBND ngày 18/06/2026") and what changed since it,
    as ``data`` stands; empty for a first version."""
    if not r.previous_id:
        return "", ""
    prev = load(s, orm.Report, r.previous_id)
    summary = changes_between(ReportData.from_json(prev.snapshot_json), data) if prev.snapshot_json else ""
    return _previous_label(prev), summary


def snapshot_bytes(ctx: AppContext, report_id: int) -> bytes | None:
    """The frozen data exactly as stored (``report.json`` of the package), or None for a draft."""
    with ctx.tx("read") as s:
        r = load(s, orm.Report, report_id)
        return r.snapshot_json.encode("utf-8") if r.snapshot_json else None
