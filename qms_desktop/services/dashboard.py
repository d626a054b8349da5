"""The figures of the dashboard (Tổng quan), gathered in one read and returned as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from qms_desktop.domain import rules
from qms_desktop.domain.model import NcStatus, ProcedureStatus
from qms_desktop.domain.periods import current_period
from qms_desktop.services.agency import all_settings
from qms_desktop.services.context import AppContext
from qms_desktop.services.warnings import current_warnings
from qms_desktop.storage import orm

NC_STATUS_ORDER = (NcStatus.OPEN, NcStatus.IN_PROGRESS, NcStatus.AWAITING_VERIFICATION, NcStatus.CLOSED)
MAX_RATE_POINTS = 8


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
    ncs_by_status: tuple[tuple[str, int], ...]  # NCs of the current year per status, in NC_STATUS_ORDER
    overdue_actions: int
    objectives_total: int  # objectives of the current year
    objectives_measured: int  # with at least one result
    objectives_met: int  # whose latest result is achieved
    rates: tuple[RatePoint, ...]  # the last service-statistics periods, oldest first
    warnings: tuple[rules.Warning, ...]

    @property
    def coverage_percent(self) -> float | None:
        return percent(self.tthc_covered, self.tthc_in_scope)

    @property
    def days_to_report(self) -> int:
        return (self.report_due - self.today).days


def gather(ctx: AppContext, today: dt.date | None = None) -> DashboardData:
    """Everything the dashboard shows, as of ``today`` (default: the context's clock)."""
    today = today or ctx.today
    settings = all_settings(ctx)
    period = current_period(today, settings["period_rule"])
    start, end = period.bounds(settings["period_rule"])
    warnings = tuple(current_warnings(ctx, today))
    with ctx.tx("read") as s:
        tthc_total = s.scalar(select(func.count(orm.Tthc.id)).where(orm.Tthc.cancelled_reason.is_(None))) or 0
        in_scope_ids = set(s.scalars(select(orm.Tthc.id).where(orm.Tthc.cancelled_reason.is_(None),
                                                              orm.Tthc.in_scope.is_(True))))
        covered_ids = set(s.scalars(
            select(orm.procedure_tthc.c.tthc_id)
            .join(orm.Procedure, orm.Procedure.id == orm.procedure_tthc.c.procedure_id)
            .where(orm.Procedure.status == ProcedureStatus.EFFECTIVE, orm.Procedure.cancelled_reason.is_(None))))
        proc_counts = dict(s.execute(select(orm.Procedure.status, func.count())
                                     .where(orm.Procedure.cancelled_reason.is_(None))
                                     .group_by(orm.Procedure.status)).all())
        nc_open = s.scalar(select(func.count(orm.Nonconformity.id)).where(
            orm.Nonconformity.status.not_in([NcStatus.CLOSED, NcStatus.CANCELLED]))) or 0
        nc_year = dict(s.execute(select(orm.Nonconformity.status, func.count())
                                 .where(orm.Nonconformity.year == today.year)
                                 .group_by(orm.Nonconformity.status)).all())
        objectives = list(s.scalars(select(orm.Objective).where(orm.Objective.year == today.year,
                                                                orm.Objective.cancelled_reason.is_(None))))
        measured = [o for o in objectives if o.results]
        met = [o for o in measured if o.results[-1].achieved]
        stats = list(s.scalars(select(orm.ServiceStat).order_by(orm.ServiceStat.period_start.desc())
                               .limit(MAX_RATE_POINTS)))
        rates = tuple(RatePoint(x.period_start, x.period_end, x.received or 0, x.on_time or 0, x.late or 0,
                                on_time_rate(x.on_time, x.late)) for x in reversed(stats))
        objectives_total, measured_n, met_n = len(objectives), len(measured), len(met)
    return DashboardData(
        today=today, period_code=period.code, period_half=period.half, period_year=period.year,
        period_start=start, period_end=end,
        report_due=period.due_date(settings["report_due_h1"], settings["report_due_year"]),
        tthc_total=tthc_total, tthc_in_scope=len(in_scope_ids), tthc_covered=len(in_scope_ids & covered_ids),
        procedures_total=sum(proc_counts.values()),
        procedures_effective=proc_counts.get(ProcedureStatus.EFFECTIVE, 0),
        ncs_open=nc_open, ncs_by_status=tuple((st.value, nc_year.get(st, 0)) for st in NC_STATUS_ORDER),
        overdue_actions=sum(1 for w in warnings if w.rule == "overdue_action"),
        objectives_total=objectives_total, objectives_measured=measured_n, objectives_met=met_n,
        rates=rates, warnings=warnings,
    )
