"""Gather the facts the rules need from the database and evaluate them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from qms_desktop.domain import rules
from qms_desktop.domain.model import AuditStatus, NcStatus, ProcedureStatus
from qms_desktop.domain.steps import Step, total_days
from qms_desktop.services.agency import get_setting
from qms_desktop.services.context import AppContext
from qms_desktop.storage import orm


def gather(ctx: AppContext, today: dt.date | None = None) -> rules.Facts:
    today = today or ctx.today
    facts = rules.Facts(today=today, yearly_rule=get_setting(ctx, "yearly_rule"))
    with ctx.tx("read") as s:
        facts.audit_dates = [a.start_date for a in s.scalars(select(orm.Audit).where(
            orm.Audit.status == AuditStatus.DONE, orm.Audit.start_date.is_not(None)))]
        facts.review_dates = [r.date for r in s.scalars(select(orm.ManagementReview).where(
            orm.ManagementReview.status == "done"))]
        procs = {p.id: p for p in s.scalars(select(orm.Procedure).where(orm.Procedure.cancelled_reason.is_(None)))}
        facts.legal_docs = [
            rules.LegalDocFact(d.id, d.procedure_id, procs[d.procedure_id].code, d.title, d.effective_date,
                               d.incorporated_date)
            for d in s.scalars(select(orm.LegalDocument).where(orm.LegalDocument.cancelled_reason.is_(None)))
            if d.procedure_id in procs
        ]
        covered = {t.id for p in procs.values() if p.status == ProcedureStatus.EFFECTIVE for t in p.tthc}
        tthc = list(s.scalars(select(orm.Tthc).where(orm.Tthc.cancelled_reason.is_(None))))
        facts.tthc = [rules.TthcFact(t.id, t.code, t.name, t.in_scope, t.id in covered, t.time_limit_days) for t in tthc]
        last = s.scalar(select(orm.Announcement).where(orm.Announcement.cancelled_reason.is_(None))
                        .order_by(orm.Announcement.decision_date.desc(), orm.Announcement.id.desc()).limit(1))
        if last is not None:
            facts.announced_codes = frozenset(t.code for t in last.tthc)
            facts.announcement_id = last.id
        facts.inspections = [
            rules.InspectionFact(i.id, i.body, i.record_number, i.signed_date or i.date, i.report_sent_date)
            for i in s.scalars(select(orm.ExternalInspection).where(orm.ExternalInspection.cancelled_reason.is_(None)))
        ]
        for p in procs.values():
            effective = [v for v in p.versions if v.status == ProcedureStatus.EFFECTIVE]
            limits = [t for t in p.tthc if t.time_limit_days is not None]
            if not effective or not limits or not effective[-1].steps:
                continue
            strictest = min(limits, key=lambda t: t.time_limit_days)
            steps = [Step(x.step_no, x.action, x.responsible, x.duration, x.duration_unit) for x in effective[-1].steps]
            allowed = strictest.time_limit_days if strictest.time_limit_days > 0 else 1.0
            facts.steps.append(rules.StepsFact(p.id, p.code, strictest.code, total_days(steps), allowed))
        for nc in s.scalars(select(orm.Nonconformity).where(
                orm.Nonconformity.status.not_in([NcStatus.CLOSED, NcStatus.CANCELLED]))):
            for a in nc.actions:
                if not a.cancelled_reason:
                    facts.actions.append(rules.ActionFact("nc", nc.id, nc.number, a.description, a.due_date, a.done_date))
        for r in s.scalars(select(orm.ManagementReview).where(orm.ManagementReview.cancelled_reason.is_(None))):
            for o in r.outputs:
                if not o.cancelled_reason:
                    facts.actions.append(rules.ActionFact("review", r.id, r.date.strftime("%d/%m/%Y"), o.description,
                                                          o.due_date, o.done_date))
        for o in s.scalars(select(orm.Objective).where(orm.Objective.year == today.year,
                                                       orm.Objective.cancelled_reason.is_(None))):
            # "2026" (the year) comes after "2026-H1" although it sorts before it as text.
            latest = max(o.results, key=lambda r: (r.period[:4], not r.period.endswith("H1")), default=None)
            if latest is not None:
                facts.objectives.append(rules.ObjectiveFact(o.id, o.text, latest.period, latest.achieved))
    return facts


def current_warnings(ctx: AppContext, today: dt.date | None = None) -> list[rules.Warning]:
    """Every warning of domain README §3 with its date, overdue first."""
    return rules.evaluate(gather(ctx, today))
