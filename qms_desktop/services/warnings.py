"""The dashboard's warnings: the rules of domain/rules.py (QĐ 19/TT 26 deadlines) evaluated on the facts of today.

The facts come from ``services.period_facts`` — the same source the dashboard's figures and the
report read — so a figure and its warning cannot disagree.
"""

from __future__ import annotations

import datetime as dt

from qms_desktop.domain import rules
from qms_desktop.services import period_facts
from qms_desktop.services.agency import get_setting
from qms_desktop.services.context import AppContext


def rule_facts(pf: period_facts.PeriodFacts, today: dt.date, yearly_rule: str) -> rules.Facts:
    """The rules' inputs, read from the period facts gathered as of ``today``."""
    return rules.Facts(
        today=today, yearly_rule=yearly_rule, audit_dates=list(pf.audit_dates), review_dates=list(pf.review_dates_all),
        legal_docs=list(pf.legal_docs), tthc=list(pf.tthc), announced_codes=pf.announced_codes,
        announcement_id=pf.announcement_id, inspections=list(pf.inspections_all), steps=list(pf.steps),
        actions=list(pf.actions), objectives=list(pf.latest_objectives), petitions=list(pf.open_petitions),
    )


def gather(ctx: AppContext, today: dt.date | None = None) -> rules.Facts:
    today = today or ctx.today
    yearly_rule = get_setting(ctx, "yearly_rule")
    with ctx.tx("read") as s:
        pf = period_facts.gather(s, dt.date(today.year, 1, 1), today, year=today.year)
    return rule_facts(pf, today, yearly_rule)


def current_warnings(ctx: AppContext, today: dt.date | None = None) -> list[rules.Warning]:
    """Every warning of domain/rules.py with its date, overdue first."""
    return rules.evaluate(gather(ctx, today))
