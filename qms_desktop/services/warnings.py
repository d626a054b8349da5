"""The dashboard's warnings: the rules of domain/rules.py (QĐ 19/TT 26 deadlines) evaluated on the facts of today.

The facts come from ``services.period_facts`` — the same source the dashboard's figures and the
report read — so a figure and its warning cannot disagree.
"""

from __future__ import annotations

import datetime as dt

from qms_desktop.domain import rules
from qms_desktop.services import period_facts
from qms_desktop.services.agency import all_settings
from qms_desktop.services.context import AppContext


def rule_facts(pf: period_facts.PeriodFacts, today: dt.date, settings: dict[str, str],
               reporting: tuple[frozenset[str], dt.date | None], unmeasured: int | None = None) -> rules.Facts:
    """The rules' inputs, read from the period facts gathered as of ``today``, the agency's ``settings`` and the
    reports' state (``schedule.reporting_state``: periods reported, database in use since)."""
    reported, since = reporting
    return rules.Facts(
        today=today, yearly_rule=settings["yearly_rule"], audit_dates=list(pf.audit_dates),
        planned_audits=list(pf.audits_planned), objectives_set=pf.value("objectives"),
        review_dates=list(pf.review_dates_all),
        legal_docs=list(pf.legal_docs), tthc=list(pf.tthc), announced_codes=pf.announced_codes,
        announcement_id=pf.announcement_id, inspections=list(pf.inspections_all), steps=list(pf.steps),
        actions=list(pf.actions), objectives=list(pf.latest_objectives), petitions=list(pf.open_petitions),
        period_rule=settings["period_rule"], report_due_h1=settings["report_due_h1"],
        report_due_year=settings["report_due_year"], reported_periods=reported, in_use_since=since,
        last_year_unmeasured=unmeasured,
    )


def gather(ctx: AppContext, today: dt.date | None = None) -> rules.Facts:
    today = today or ctx.today
    settings = all_settings(ctx)
    with ctx.tx("read") as s:
        pf = period_facts.gather(s, dt.date(today.year, 1, 1), today, year=today.year)
        reporting = period_facts.reporting_state(s)
        unmeasured = period_facts.unmeasured_objectives(s, today.year - 1)
    return rule_facts(pf, today, settings, reporting, unmeasured)


def current_warnings(ctx: AppContext, today: dt.date | None = None) -> list[rules.Warning]:
    """Every warning of domain/rules.py with its date, overdue first."""
    return rules.evaluate(gather(ctx, today))
