"""When reports are due (for the dashboard), from the agency's period rule and due-date settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from qms_desktop.domain.model import ReportStatus
from qms_desktop.domain.periods import DECREE_09, ReportPeriod
from qms_desktop.services.context import AppContext
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
        out = []
        for period in (ReportPeriod(year, True), ReportPeriod(year, False)):
            start, end = period.bounds(rule)
            latest = s.scalar(select(orm.Report).where(orm.Report.period == period.code)
                              .order_by(orm.Report.version.desc()).limit(1))
            due = period.due_date(h1_due, year_due)
            status = latest.status if latest else None
            done = status in (ReportStatus.FINAL, ReportStatus.SENT)
            out.append(DueReport(period.code, start, end, due, status, latest.id if latest else None,
                                 today > due and not done))
    return out


def report_due_now(ctx: AppContext, *, today: dt.date | None = None) -> DueReport:
    """The report to make now: of the periods not yet reported (no finalised or sent version), the
    one whose deadline is nearest to ``today`` — before or after it (a late report is still due).

    Looks at last year's annual report, this year's two and next year's six-month report, so a new
    installation in November is offered this year's annual report, not last year's.
    """
    today = today or ctx.today
    done = (ReportStatus.FINAL, ReportStatus.SENT)
    candidates = [r for r in (*due_reports(ctx, year=today.year - 1, today=today)[1:],
                              *due_reports(ctx, year=today.year, today=today),
                              *due_reports(ctx, year=today.year + 1, today=today)[:1])
                  if r.status not in done]
    if not candidates:  # everything reported: the next six-month report
        return due_reports(ctx, year=today.year + 1, today=today)[0]
    return min(candidates, key=lambda r: (abs((r.due_date - today).days), r.due_date))
