"""Completeness, timeliness and the consolidated figures of a period (DHIS2's definitions).

- Expected: units of the register marked "expected to report" that exist at the end of the period
  (opened on or before its last day, not closed by then). A commune merged away mid-period is not
  expected (its successor reports); a commune formed mid-period is.
- Received: expected units whose report is Đã nhận, Nộp lại or Đã chấp nhận. A returned report
  (Trả lại) is counted apart and left out of the totals; so is a superseded version.
- On time: received, and first sent (the signed export date of the unit's first package for the
  period) on or before the due date of the period (settings, "MM-DD"). Late: received, not on time.
- Missing: expected − received − returned.
- Reporting rate = received / expected; on-time rate = on time / expected (both in %).

Everything is read with two queries whatever the number of units (no N+1): the settings, and the
units joined to their submission and current package for the period; plus the check of the office's
records against their history (``tamper.altered``: the change log and one query per table, again only once the file changed).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import and_, select

from qms_desktop.domain import rates, receiving_labels
from qms_desktop.domain.periods import DECREE_09, ReportPeriod
from qms_desktop.domain.rates import ReportingCounts
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date
from qms_desktop.reports.pades import INVALID, NOT_SIGNED
from qms_desktop.services.agency import DEFAULTS
from qms_desktop.services.context import AppContext
from qms_desktop.services.receiving.review import ACCEPTED, RECEIVED, RESUBMITTED, RETURNED
from qms_desktop.services.receiving.tamper import Altered, altered
from qms_desktop.services.receiving.units import require_office
from qms_desktop.storage import orm

COUNTED = (RECEIVED, RESUBMITTED, ACCEPTED)

# The consolidated key figures, in the order of the workbook's columns.
FIGURES = ("tthc_in_scope", "tthc_covered", "procedures_effective", "audits", "reviews", "nc_opened", "nc_closed",
           "nc_open_end", "nc_overdue", "files_received", "files_on_time", "files_late", "on_time_rate",
           "satisfaction", "trainings", "complaints", "petitions", "petitions_carried", "petitions_pending",
           "petitions_overdue",
           "improvements")
# Read from the package's stored metrics (rx_package.figures), not a column of their own: the commune's petition
# book (TT 26 Art. 36.1(e); QA 18 F2), found as well in the packages received before the office counted it.
STORED_FIGURES = receiving_labels.STORED_FIGURES
COLUMN_FIGURES = tuple(k for k in FIGURES if k not in STORED_FIGURES)
FIGURE_LABELS = receiving_labels.FIGURE_LABELS  # context "Inbox"
RATES = ("on_time_rate", "satisfaction")

WARNING_TEXT = {
    "no_audit": QT_TRANSLATE_NOOP("Inbox", "No internal audit in {year}"),
    "no_review": QT_TRANSLATE_NOOP("Inbox", "No management review in {year}"),
    "nc_overdue": QT_TRANSLATE_NOOP("Inbox", "Nonconformities past their due date: {count}"),
    "petitions_overdue": QT_TRANSLATE_NOOP("Inbox", "Citizen feedback and petitions not answered by their due date: "
                                                    "{count}"),
    "on_time_below_target": QT_TRANSLATE_NOOP("Inbox", "TTHC on-time rate {rate}% below the province's target of {target}%"),
    "not_announced": QT_TRANSLATE_NOOP("Inbox", "QMS not announced"),
    "reannounce": QT_TRANSLATE_NOOP("Inbox", "Scope changed but the QMS was not re-announced"),
    "other_dates": QT_TRANSLATE_NOOP("Inbox", "Figures for {start} – {end}, other dates than the office's period"),
    "cut_off_early": QT_TRANSLATE_NOOP("Inbox", "Figures as of {date}, before the period ended on {end}: they do not "
                                                "cover the whole period"),
    "pdf_not_signed": QT_TRANSLATE_NOOP("Inbox", "The report's PDF is not digitally signed"),
    "pdf_signature_invalid": QT_TRANSLATE_NOOP("Inbox", "The digital signature of the report's PDF is INVALID"),
}
# The current package's PDF signature (inbox.NOT_SIGNED / INVALID) that the office is told of, unit by unit (QA 14 F8).
_SIGNATURE_WARNINGS = {NOT_SIGNED: "pdf_not_signed", INVALID: "pdf_signature_invalid"}


@dataclass(frozen=True)
class UnitWarning:
    unit_code: str
    unit_name: str
    rule: str  # no_audit / no_review / nc_overdue / on_time_below_target / not_announced / reannounce / other_dates
    #            / cut_off_early / pdf_not_signed / pdf_signature_invalid
    params: dict = field(default_factory=dict)
    context: str = "Inbox"

    @property
    def message(self) -> str:
        return WARNING_TEXT[self.rule]


@dataclass(frozen=True)
class UnitStatus:
    unit_id: int
    code: str
    name: str
    kind: str
    expected: bool  # expected to report for this period
    not_expected_reason: str
    state: str  # missing / received / returned / resubmitted / accepted / not_expected
    counted: bool  # its figures are in the totals
    on_time: bool | None
    sent_date: dt.date | None
    received_at: dt.datetime | None
    version: int | None
    package_id: int | None
    submission_id: int | None
    key_fingerprint: str
    figures: dict  # FIGURES → value (empty when nothing counted)
    warnings: tuple[UnitWarning, ...] = ()
    pdf_signature: str | None = None  # its current package's PDF signature (inbox.VALID…); None: no package
    # days after the due date: a late report's (sent then), or a missing one's so far (QA 58 F3); None otherwise
    days_late: int | None = None
    closed: dt.date | None = None  # the day it ceased to exist, when that is why it is not expected (QA 58 F2)

    @property
    def late(self) -> bool | None:
        return None if self.on_time is None else not self.on_time


@dataclass(frozen=True)
class Overview(ReportingCounts):
    rows: tuple[UnitStatus, ...]
    # the office's records that differ from their history (tamper.Altered; false when none): shown as a
    # warning, and the summary and letters are refused
    altered: Altered = field(default_factory=Altered)

    @property
    def chase_list(self) -> list[UnitStatus]:
        """Expected units from which nothing has been received."""
        return [r for r in self.rows if r.state == "missing"]

    @property
    def warnings(self) -> list[UnitWarning]:
        """The counted reports' warnings (those of a unit not expected stay on its row)."""
        return [w for r in self.rows if r.counted for w in r.warnings]

    @property
    def counted_rows(self) -> list[UnitStatus]:
        return [r for r in self.rows if r.counted]


def _rate(part: int, whole: int) -> float | None:
    """A percentage floored to one decimal, as the communes' reports print theirs (2 of 3: 66,6%, never 66,7%)."""
    return rates.rate(part, whole)


def exists_at(opened: dt.date | None, closed: dt.date | None, day: dt.date) -> bool:
    return (opened is None or opened <= day) and (closed is None or closed > day)


def _warnings(code: str, name: str, figures: dict, annual: bool, year: int, target: float) -> tuple[UnitWarning, ...]:
    out = []
    if annual and figures.get("audits") == 0:
        out.append(UnitWarning(code, name, "no_audit", {"year": year}))
    if annual and figures.get("reviews") == 0:
        out.append(UnitWarning(code, name, "no_review", {"year": year}))
    if (figures.get("nc_overdue") or 0) > 0:
        out.append(UnitWarning(code, name, "nc_overdue", {"count": figures["nc_overdue"]}))
    if (figures.get("petitions_overdue") or 0) > 0:
        out.append(UnitWarning(code, name, "petitions_overdue", {"count": figures["petitions_overdue"]}))
    rate = figures.get("on_time_rate")
    if rate is not None and rate < target:
        out.append(UnitWarning(code, name, "on_time_below_target",
                               {"rate": f"{rate:g}".replace(".", ","), "target": f"{target:g}".replace(".", ",")}))
    if figures.get("announced") is False:
        out.append(UnitWarning(code, name, "not_announced"))
    elif figures.get("reannounce_needed"):
        out.append(UnitWarning(code, name, "reannounce"))
    return tuple(out)


def stored_figures(figures_json: str | None) -> dict:
    """``STORED_FIGURES`` from a package's stored metrics; None for one its report does not have (an older
    version of the application) or that is not a count."""
    try:
        values = json.loads(figures_json or "{}").get("values") or {}
    except (ValueError, AttributeError):
        values = {}
    out = {}
    for key in STORED_FIGURES:
        v = values.get(key) if isinstance(values, dict) else None
        ok = isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 10**9 and float(v).is_integer()
        out[key] = int(v) if ok else None
    return out


def _manifest_dates(text: str) -> tuple[dt.date, dt.date] | None:
    from qms_desktop.services.receiving.inbox import manifest_dates

    try:
        return manifest_dates(json.loads(text))
    except ValueError:
        return None


def _cut_off(report_date: dt.date | None, figures_json: str | None, end: dt.date) -> dt.date | None:
    """The day a report's figures run to when it is before the end of the period they are for: the report's
    "số liệu tính đến ngày …" (data_as_of), else its date (a report cannot count the days after it was made);
    None when its figures cover the whole period. On time is judged against the due date all the same."""
    if report_date is None or report_date >= end:
        return None
    try:
        stated = json.loads(figures_json or "{}").get("data_as_of")
        day = dt.date.fromisoformat(stated) if stated else report_date
    except (ValueError, TypeError, AttributeError):
        day = report_date
    return min(day, report_date)


def totals_of(rows: list[dict]) -> dict:
    """Sums of the counts; the on-time rate from the summed files; satisfaction as the mean of the units'."""
    out: dict = {}
    for key in FIGURES:
        if key in RATES:
            continue
        values = [r[key] for r in rows if r.get(key) is not None]
        out[key] = sum(values) if values else None
    settled = (out.get("files_on_time") or 0) + (out.get("files_late") or 0)
    out["on_time_rate"] = _rate(out.get("files_on_time") or 0, settled)
    sats = [r["satisfaction"] for r in rows if r.get("satisfaction") is not None]
    out["satisfaction"] = rates.mean(sats)
    return out


def period_overview(ctx: AppContext, period: str) -> Overview:
    """Status per unit and the consolidated figures of ``period`` ('2026-H1' or '2026')."""
    p = ReportPeriod.parse(period)
    cols = [getattr(orm.RxPackage, c) for c in COLUMN_FIGURES] + [orm.RxPackage.announced,
                                                                   orm.RxPackage.reannounce_needed]
    U, S, P = orm.RxUnit, orm.RxSubmission, orm.RxPackage
    stmt = (select(U.id, U.code, U.name, U.kind, U.opened, U.closed, U.expected, U.not_expected_reason,
                   U.key_fingerprint, S.id, S.state, S.first_sent_date, S.first_received_at, P.id,
                   P.report_version, P.manifest, P.report_date, P.sent_date, P.figures, P.pdf_signature, *cols)
            .outerjoin(S, and_(S.unit_id == U.id, S.period == p.code))
            .outerjoin(P, and_(P.submission_id == S.id, P.current.is_(True))))
    with ctx.tx("read") as s:
        require_office(s)
        conn = s.connection()  # Core rows: no ORM row processing for thousands of units
        settings = DEFAULTS | {k: v for k, v in conn.execute(select(orm.Setting.key, orm.Setting.value))}
        result = conn.execute(stmt).all()
    found = altered(ctx)  # the chain and the office's rows against their history (once per change of the file)
    rule = settings.get("period_rule") or DECREE_09
    start, end = p.bounds(rule)
    due = p.due_date(settings["report_due_h1"], settings["report_due_year"], rule)
    try:
        target = float(settings["target_on_time_rate"])
    except ValueError:
        target = float(DEFAULTS["target_on_time_rate"])
    names = [c.key for c in cols]
    rows: list[UnitStatus] = []
    expected = received = on_time = returned = 0
    for r in result:
        (unit_id, code, name, kind, opened, closed, flagged, reason, fingerprint, sub_id, state, first_sent,
         first_received, package_id, version, manifest, report_date, sent_date, figures_json, signature) = r[:20]
        raw = r[20:]
        is_expected = bool(flagged) and exists_at(opened, closed, end)
        existed = (opened is None or opened <= end) and (closed is None or closed > start)
        if sub_id is None and not is_expected and not (existed and not flagged):
            continue  # nothing received from a unit closed before, or opened after, the period: not part of it
        if sub_id is None:
            # a unit exempted in the register is listed all the same, with its reason, whether or not it happened
            # to send something (QA 61 F1: the office's summary listed exemptions only for units that sent)
            shown = "missing" if is_expected else "not_expected"
        else:
            shown = state
        taken = sub_id is not None and state in COUNTED  # its report is in: its figures are shown
        # ... and in the totals only when the unit is expected for the period (QA 58 F1: a unit not applying the
        # QMS, or one merged away before the period ended, added its figures to totals that said "29/30")
        counted = taken and is_expected
        timely = (first_sent <= due) if (taken and first_sent is not None) else None
        figures = dict(zip(names, raw)) | stored_figures(figures_json) if taken else {}
        warnings = _warnings(code, name, figures, not p.half, p.year, target) if taken else ()
        dates = _manifest_dates(manifest) if taken and manifest else None
        if dates is not None and dates != (start, end):  # the other rule's dates (a calendar half-year): named
            warnings += (UnitWarning(code, name, "other_dates", {"start": format_date(dates[0]),
                                                                  "end": format_date(dates[1])}),)
        cut = _cut_off(report_date or sent_date, figures_json, (dates or (start, end))[1]) if taken else None
        if taken and signature in _SIGNATURE_WARNINGS:
            warnings += (UnitWarning(code, name, _SIGNATURE_WARNINGS[signature]),)
        if cut is not None:  # made before its period ended: on time, but its figures stop short of the end
            warnings += (UnitWarning(code, name, "cut_off_early", {"date": format_date(cut),
                                                                    "end": format_date((dates or (start, end))[1])}),)
        if is_expected:
            expected += 1
            received += counted
            on_time += bool(timely)
            returned += state == RETURNED
        late_by = (first_sent - due).days if timely is False and first_sent is not None else \
            (ctx.today - due).days if shown == "missing" and ctx.today > due else None
        rows.append(UnitStatus(unit_id, code, name, kind, is_expected, reason if not flagged else "", shown, counted,
                               timely, first_sent, first_received, version, package_id, sub_id, fingerprint,
                               figures, warnings, (signature or "") if package_id is not None else None, late_by,
                               closed if flagged and not is_expected and closed is not None and closed <= end else None))
    rows.sort(key=lambda x: (x.code.casefold(), x.unit_id))
    totals = totals_of([r.figures for r in rows if r.counted])
    return Overview(period=p.code, start=start, end=end, due_date=due, target=target, expected=expected,
                    received=received, on_time=on_time, late=received - on_time, returned=returned,
                    missing=expected - received - returned, reporting_rate=_rate(received, expected),
                    on_time_rate=_rate(on_time, expected), rows=tuple(rows), totals=totals, altered=found)


def known_periods(ctx: AppContext) -> list[str]:
    """Periods with at least one package, newest first, plus the current and previous periods."""
    from qms_desktop.domain.periods import current_period

    with ctx.tx("read") as s:
        found = set(s.scalars(select(orm.RxSubmission.period).distinct()))
    today = ctx.today
    now = current_period(today)
    recent = {now.code, ReportPeriod(today.year, True).code, ReportPeriod(today.year - 1, False).code}
    if not now.half:
        recent.add(ReportPeriod(today.year, False).code)
    periods = [ReportPeriod.parse(x) for x in found | recent]
    periods = [x for x in periods if x.bounds()[0] <= today]
    return [x.code for x in sorted(periods, key=lambda x: (x.year, not x.half), reverse=True)]


def default_period(ctx: AppContext, periods: list[str] | None = None) -> str | None:
    """The period a consolidation opens on: the newest one that has ended (its reports are due) or that ends within
    a month and whose reports have begun to arrive (an annual report sent in early December: the inbox shows it, and
    so does the consolidation), else the newest of ``periods`` (default: ``known_periods``). A report of a period
    that has barely begun, sent by mistake, does not move it there (QA 58 F5)."""
    from qms_desktop.services.agency import get_setting

    periods = known_periods(ctx) if periods is None else periods
    rule = get_setting(ctx, "period_rule") or DECREE_09
    arrived = set(periods_with_packages(ctx))
    soon = ctx.today + dt.timedelta(days=ARRIVING_DAYS)

    def current(code: str) -> bool:
        end = ReportPeriod.parse(code).bounds(rule)[1]
        return end < ctx.today or (code in arrived and end <= soon)
    return ([code for code in periods if current(code)] or periods or [None])[0]


ARRIVING_DAYS = 31  # a period ending within this many days whose reports have begun to arrive is the one shown


def periods_with_packages(ctx: AppContext) -> list[str]:
    with ctx.tx("read") as s:
        return list(s.scalars(select(orm.RxSubmission.period).distinct()))
