"""The facts of a report: the period's figures and rows from ``services.period_facts`` (the one source
the dashboard and the warnings read too), plus what people typed on the report (inside the caller's
transaction).

A report made before its period ends covers the figures up to its stated cut-off
(``Report.data_as_of``, "số liệu tính đến ngày …"), never beyond the day it is dated.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields

from sqlalchemy.orm import Session

from qms_desktop.domain.periods import ReportPeriod
from qms_desktop.reports.report_data import AgencyInfo
from qms_desktop.reports.report_text import PeriodRows, ReportFacts
from qms_desktop.services import period_facts
from qms_desktop.storage import orm


def data_end(report: orm.Report, rule: str, date: dt.date | None = None,
             until: dt.date | None = None) -> tuple[dt.date, dt.date, dt.date]:
    """(start, last day the figures cover, the period's own end) of a report dated ``date`` (default: its own
    date): the period's end, or the stated cut-off before it, never a day after the report's date nor after
    ``until`` (today, for a draft): a draft of a period not over counts what has happened — nothing overdue
    before its due day — as `qms report figures` and the dashboard do."""
    start, end = ReportPeriod.parse(report.period).bounds(rule)
    dated = date if date is not None else report.date
    cut = min(day for day in (end, report.data_as_of, dated, until) if day is not None)
    return start, max(cut, start), end


def statements(report: orm.Report) -> dict[str, str]:
    try:
        raw = json.loads(report.statements_json or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in raw.items() if isinstance(v, str) and v.strip()} if isinstance(raw, dict) else {}


def gather(s: Session, report: orm.Report, agency: AgencyInfo, rule: str, *, settings: dict[str, str] | None = None,
           correction_of: str = "", changes_summary: str = "", status: str | None = None,
           date: dt.date | None = None, until: dt.date | None = None) -> tuple[ReportFacts, period_facts.PeriodFacts]:
    """Every figure and row of the report for ``report.period`` under the period ``rule``."""
    settings = settings or {}
    period = ReportPeriod.parse(report.period)
    start, end, period_end = data_end(report, rule, date, until)
    pf = period_facts.gather(s, start, end, year=period.year, period_code=period.code, period_end=period_end)
    facts = ReportFacts(
        report_id=report.id, report_version=report.version, year=period.year, half=period.half, start=start, end=end,
        period_end=period_end, number=report.number, symbol=report.symbol,
        date=date if date is not None else report.date, status=status or report.status, recipient=report.recipient,
        agency=agency, shortcomings=report.shortcomings, plans=report.plans, proposals=report.proposals,
        correction_of=correction_of, changes_summary=changes_summary, request_letter=report.request_letter or "",
        statements=tuple(sorted(statements(report).items())), figures=pf.figures,
        **{f.name: getattr(pf, f.name) for f in fields(PeriodRows)},
        website=settings.get("website", ""), consultant_status=settings.get("consultant_status", ""),
        consultant_name=settings.get("consultant_name", ""),
        former_communes=_former_communes(s, start),
    )
    return facts, pf


def _former_communes(s: Session, start: dt.date) -> tuple[str, ...]:
    """The former communes merged into this one after ``start``: the period's figures include theirs."""
    from qms_desktop.services.provenance import predecessors_in

    return tuple(p.label for p in predecessors_in(s) if p.merged_at.date() > start)
