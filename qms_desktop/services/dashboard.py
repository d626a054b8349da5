"""The figures of the dashboard (Tổng quan), read from the period facts and returned as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from qms_desktop.domain import rules
from qms_desktop.domain.model import NcStatus
from qms_desktop.domain.periods import current_period, period_sort_key, report_to_make
from qms_desktop.services import period_facts
from qms_desktop.services.agency import all_settings
from qms_desktop.services.context import AppContext
from qms_desktop.services.warnings import rule_facts

NC_STATUS_ORDER = (NcStatus.OPEN, NcStatus.IN_PROGRESS, NcStatus.AWAITING_VERIFICATION, NcStatus.CLOSED)


def on_time_rate(on_time: int | None, late: int | None) -> float | None:
    """Share of settled applications settled on time, in percent (None when nothing was settled)."""
    settled = (on_time or 0) + (late or 0)
    return None if settled <= 0 else 100.0 * (on_time or 0) / settled


def percent(part: int, whole: int) -> float | None:
    return None if whole <= 0 else 100.0 * part / whole


@dataclass(frozen=True)
class RatePoint:
    """On-time settlement of one service-statistics period."""

    start: dt.date
    end: dt.date
    received: int
    on_time: int
    late: int
    rate: float | None

    @property
    def label(self) -> str:
        if self.start.year == self.end.year and self.start.month == 1 and self.end.month == 12:
            return str(self.start.year)
        return f"{self.start:%m/%Y}–{self.end:%m/%Y}"


@dataclass(frozen=True)
class DashboardData:
    today: dt.date
    period_code: str  # report period due next: 2026-H1 or 2026
    period_half: bool
    period_year: int
    period_start: dt.date
    period_end: dt.date
    report_due: dt.date
    tthc_total: int
    tthc_in_scope: int
    tthc_covered: int  # in scope and linked to an effective procedure
    procedures_total: int
    procedures_effective: int
    ncs_open: int  # every NC not closed or cancelled, whatever its year
    ncs_by_status: tuple[tuple[str, int], ...]  # the report year's NCs so far (raised, closed or open) per status
    overdue_actions: int
    objectives_total: int  # objectives of the current year
    objectives_measured: int  # with at least one result
    objectives_met: int  # whose latest result is achieved (the year's after its first half)
    rates: tuple[RatePoint, ...]  # the last service-statistics periods, oldest first
    warnings: tuple[rules.Warning, ...]
    petitions: int = 0  # citizen feedback and petitions received in the period so far
    petitions_answered: int = 0
    petitions_pending: int = 0  # not answered yet, with those carried over from earlier periods (QA 18 F1)
    petitions_pending_earlier: int = 0  # of which received before the period began
    objectives_latest_period: str | None = None  # the period of the newest result counted ("2026-H1", "2026")

    @property
    def coverage_percent(self) -> float | None:
        return percent(self.tthc_covered, self.tthc_in_scope)

    @property
    def days_to_report(self) -> int:
        return (self.report_due - self.today).days


def gather(ctx: AppContext, today: dt.date | None = None) -> DashboardData:
    """Everything the dashboard shows, as of ``today`` (default: the context's clock).

    Figures and warnings come from one ``period_facts.gather`` of the current report period as of
    today: the same facts the report prints and the warnings are evaluated on.
    """
    today = today or ctx.today
    settings = all_settings(ctx)
    rule = settings["period_rule"]
    under_way = current_period(today, rule)  # the figures: the period under way, so far
    with ctx.tx("read") as s:
        pf = period_facts.gather(s, min(under_way.bounds(rule)[0], today), today, year=today.year)
        reporting = period_facts.reporting_state(s)
        unmeasured = period_facts.unmeasured_objectives(s, today.year - 1)
    warnings = tuple(rules.evaluate(rule_facts(pf, today, settings, reporting, unmeasured)))
    # the next report: the period ended whose report is not made yet (however late), else the one under way
    period = report_to_make(today, rule, *reporting, settings["report_due_h1"], settings["report_due_year"])
    start, end = period.bounds(rule)
    v = pf.value
    return DashboardData(
        today=today, period_code=period.code, period_half=period.half, period_year=period.year,
        period_start=start, period_end=end,
        report_due=period.due_date(settings["report_due_h1"], settings["report_due_year"], rule),
        tthc_total=v("tthc_total"), tthc_in_scope=v("tthc_in_scope"), tthc_covered=v("tthc_covered"),
        procedures_total=v("procedures_total"), procedures_effective=v("procedures_effective"),
        ncs_open=v("nc_open_end"), ncs_by_status=pf.ncs_by_status, overdue_actions=v("actions_overdue"),
        objectives_total=v("objectives"), objectives_measured=v("objectives_measured"),
        objectives_met=v("objectives_met"),
        rates=tuple(RatePoint(x.start, x.end, x.received, x.on_time, x.late, on_time_rate(x.on_time, x.late))
                    for x in pf.recent_stats),
        warnings=warnings,
        petitions=v("petitions"), petitions_answered=v("petitions_answered"), petitions_pending=v("petitions_pending"),
        petitions_pending_earlier=sum(1 for p in pf.open_petitions if p.received_date < pf.start),
        objectives_latest_period=max((o.period for o in pf.latest_objectives), key=period_sort_key, default=None),
    )
