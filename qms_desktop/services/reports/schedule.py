"""When reports are due (for the dashboard), from the agency's period rule and due-date settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from qms_desktop.domain.periods import DECREE_09, ReportPeriod, report_to_make
from qms_desktop.services.context import AppContext
from qms_desktop.services.period_facts import reporting_state
from qms_desktop.services.reports.lifecycle import setting
from qms_desktop.storage import orm


@dataclass(frozen=True)
class DueReport:
    period: str  # '2026-H1' / '2026'
    start: dt.date
    end: dt.date  # data cut-off
    due_date: dt.date
    status: str | None  # of the latest version; None when not started
    report_id: int | None
    overdue: bool  # due date passed and not finalised or sent


def due_reports(ctx: AppContext, *, year: int | None = None, today: dt.date | None = None) -> list[DueReport]:
    """The six-month and annual reports of ``year`` (default: this year) with their state."""
    today = today or ctx.today
    year = year or today.year
    with ctx.tx("read") as s:
        rule = setting(s, "period_rule") or DECREE_09
        h1_due, year_due = setting(s, "report_due_h1"), setting(s, "report_due_year")
        reported, _since = reporting_state(s)
        return [_due(s, period, rule, h1_due, year_due, reported, today)
                for period in (ReportPeriod(year, True), ReportPeriod(year, False))]


def _due(s: Session, period: ReportPeriod, rule: str, h1_due: str, year_due: str, reported: frozenset[str],
         today: dt.date) -> DueReport:
    start, end = period.bounds(rule)
    latest = s.scalar(select(orm.Report).where(orm.Report.period == period.code)
                      .order_by(orm.Report.version.desc()).limit(1))
    due = period.due_date(h1_due, year_due, rule)
    return DueReport(period.code, start, end, due, latest.status if latest else None, latest.id if latest else None,
                     today > due and period.code not in reported)


def report_due_now(ctx: AppContext, *, today: dt.date | None = None) -> DueReport:
    """The report to make now (the dashboard's next report, the New report dialog's default): the last period whose
    data cut-off has passed until a version of its report is finalised or sent, however late, else the period under
    way (``periods.report_to_make``)."""
    today = today or ctx.today
    with ctx.tx("read") as s:
        rule = setting(s, "period_rule") or DECREE_09
        h1_due, year_due = setting(s, "report_due_h1"), setting(s, "report_due_year")
        reported, since = reporting_state(s)
        period = report_to_make(today, rule, reported, since, h1_due, year_due)
        return _due(s, period, rule, h1_due, year_due, reported, today)
