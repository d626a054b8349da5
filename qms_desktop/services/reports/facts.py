"""Read the facts of a report period from the records (inside the caller's transaction).

Counting rules, chosen so that consecutive periods never count a record twice:
- a record with a date (audit, review, training, improvement, NC detected) belongs to the period
  that contains the date;
- a service-statistics row covering a span belongs to the period containing the middle of its span;
- states "at the end of the period" (procedures effective, NCs still open or overdue) are computed
  from the dates kept on the records, not from today's status, so a late report tells the truth.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from qms_desktop.domain.model import AuditStatus, NcSource, NcStatus, ProcedureStatus
from qms_desktop.domain.periods import ReportPeriod, add_months
from qms_desktop.domain.text import sort_key
from qms_desktop.reports.report_data import AgencyInfo
from qms_desktop.reports.report_text import (
    AnnouncementFact, AuditFact, InspectionFact, NcFact, ObjectiveFact, ProcedureFact, ReportFacts, StatFact,
)
from qms_desktop.storage import orm


def _live(query, end: dt.date):
    """Records not cancelled by the end of the period."""
    return [r for r in query if not (r.cancelled_reason and (r.cancelled_at is None or r.cancelled_at <= end))]


def _in(day: dt.date | None, start: dt.date, end: dt.date) -> bool:
    return day is not None and start <= day <= end


def effective_version_at(p: orm.Procedure, day: dt.date) -> orm.ProcedureVersion | None:
    """The version of a procedure in force on ``day`` (None if none was)."""
    best = None
    for v in p.versions:
        if v.status == ProcedureStatus.DRAFT or v.effective_date is None or v.effective_date > day:
            continue
        if v.end_date is not None and v.end_date < day:
            continue
        if best is None or v.number > best.number:
            best = v
    return best


def _procedures(s: Session, start: dt.date, end: dt.date):
    facts, covered = [], set()
    issued = revised = effective = 0
    procs = _live(s.scalars(select(orm.Procedure)), end)
    for p in sorted(procs, key=lambda x: sort_key(x.code)):
        approved = sorted((v for v in p.versions if v.status != ProcedureStatus.DRAFT and v.effective_date),
                          key=lambda v: v.number)
        for index, v in enumerate(approved):
            if _in(v.effective_date, start, end):
                if index == 0:
                    issued += 1
                else:
                    revised += 1
        current = effective_version_at(p, end)
        if current is not None:
            effective += 1
            covered.update(t.id for t in p.tthc)
            facts.append(ProcedureFact(p.code, p.title, current.number, current.effective_date,
                                       ProcedureStatus.EFFECTIVE, ", ".join(sorted(t.code for t in p.tthc))))
        elif p.versions and p.created_at.date() <= end:
            facts.append(ProcedureFact(p.code, p.title, None, None, ProcedureStatus.DRAFT,
                                       ", ".join(sorted(t.code for t in p.tthc))))
    return tuple(facts), covered, effective, issued, revised


def _nc_status_at(nc: orm.Nonconformity, end: dt.date) -> str:
    if nc.closed_date is not None and nc.closed_date <= end:
        return NcStatus.CLOSED
    if nc.status == NcStatus.CLOSED:  # closed after the period: it was still being corrected
        return NcStatus.IN_PROGRESS
    return nc.status


def _ncs(s: Session, start: dt.date, end: dt.date):
    rows, opened, closed, open_end, overdue, complaints = [], 0, 0, 0, 0, 0
    for nc in s.scalars(select(orm.Nonconformity).order_by(orm.Nonconformity.year, orm.Nonconformity.seq)):
        if nc.cancelled_reason and (nc.cancelled_at is None or nc.cancelled_at <= end):
            continue
        if nc.detected_date > end:
            continue
        status = _nc_status_at(nc, end)
        still_open = status != NcStatus.CLOSED
        detected_in = _in(nc.detected_date, start, end)
        opened += detected_in
        complaints += detected_in and nc.source == NcSource.COMPLAINT
        closed += _in(nc.closed_date, start, end)
        open_end += still_open
        overdue += still_open and nc.due_date is not None and nc.due_date < end
        if detected_in or still_open or _in(nc.closed_date, start, end):
            rows.append(NcFact(nc.number, nc.detected_date, nc.source, nc.severity, nc.description, status,
                               nc.due_date, nc.closed_date if status == NcStatus.CLOSED else None))
    return tuple(rows), opened, closed, open_end, overdue, complaints


def _audits(s: Session, start: dt.date, end: dt.date) -> tuple[AuditFact, ...]:
    out = []
    for a in s.scalars(select(orm.Audit).where(orm.Audit.status == AuditStatus.DONE).order_by(orm.Audit.start_date)):
        if not _in(a.start_date, start, end) or a.cancelled_reason:
            continue
        lead = s.get(orm.Staff, a.lead_auditor_id).full_name if a.lead_auditor_id else ""
        kinds = [f.kind for f in a.findings]
        out.append(AuditFact(a.title, a.start_date, a.end_date, lead, ", ".join(u.name for u in a.units),
                             kinds.count("nonconform"), kinds.count("recommend"), kinds.count("conform")))
    return tuple(out)


def _stats(s: Session, start: dt.date, end: dt.date) -> tuple[StatFact, ...]:
    out = []
    for st in s.scalars(select(orm.ServiceStat).order_by(orm.ServiceStat.period_start)):
        middle = st.period_start + (st.period_end - st.period_start) / 2
        if _in(middle, start, end):
            out.append(StatFact(st.period_start, st.period_end, st.received, st.on_time, st.late, st.pending,
                                st.feedback, st.complaints, st.complaints_resolved))
    return tuple(out)


def _satisfaction(s: Session, period: ReportPeriod, start: dt.date, end: dt.date) -> float | None:
    surveys = [x for x in _live(s.scalars(select(orm.Survey)), end) if x.satisfaction_rate is not None]
    dated = [x for x in surveys if _in(x.end_date or x.start_date, start, end)]
    if dated:
        return max(dated, key=lambda x: (x.end_date or x.start_date, x.id)).satisfaction_rate
    coded = [x for x in surveys if x.period == period.code]
    return coded[-1].satisfaction_rate if coded else None


def _objectives(s: Session, period: ReportPeriod, end: dt.date) -> tuple[ObjectiveFact, ...]:
    out = []
    query = s.scalars(select(orm.Objective).where(orm.Objective.year == period.year).order_by(orm.Objective.id))
    for o in _live(query, end):
        result = next((r for r in o.results if r.period == period.code), None)
        out.append(ObjectiveFact(o.text, o.target, o.comparison, o.unit or "", result.value if result else None,
                                 result.achieved if result else None))
    return tuple(out)


def _announcements(s: Session, end: dt.date, in_scope_codes: set[str]):
    query = s.scalars(select(orm.Announcement).order_by(orm.Announcement.decision_date, orm.Announcement.id))
    items = [a for a in _live(query, end) if a.decision_date <= end]
    facts = tuple(AnnouncementFact(a.decision_number, a.decision_date, a.notice_sent_date, a.notice_recipient,
                                   a.posted_date, a.is_reannouncement, len(a.tthc)) for a in items)
    changed = bool(items) and {t.code for t in items[-1].tthc} != in_scope_codes
    return facts, changed


def _legal(s: Session, start: dt.date, end: dt.date) -> tuple[int, int, int]:
    changed = incorporated = overdue = 0
    for d in _live(s.scalars(select(orm.LegalDocument)), end):
        changed += _in(d.effective_date, start, end)
        incorporated += _in(d.incorporated_date, start, end)
        if d.effective_date and add_months(d.effective_date, 3) < end and (
                d.incorporated_date is None or d.incorporated_date > end):
            overdue += 1
    return changed, incorporated, overdue


def gather(s: Session, report: orm.Report, agency: AgencyInfo, rule: str, *, correction_of: str = "",
           changes_summary: str = "", status: str | None = None, date: dt.date | None = None) -> ReportFacts:
    """Every figure of the report for ``report.period`` under the period ``rule``."""
    period = ReportPeriod.parse(report.period)
    start, end = period.bounds(rule)
    procedures, covered_ids, effective, issued, revised = _procedures(s, start, end)
    tthc = _live(s.scalars(select(orm.Tthc)), end)
    in_scope = [t for t in tthc if t.in_scope]
    uncovered = tuple(t.code for t in sorted(in_scope, key=lambda t: t.code) if t.id not in covered_ids)
    trainings = [t for t in _live(s.scalars(select(orm.Training).order_by(orm.Training.date)), end)
                 if _in(t.date, start, end)]
    reviews = [r for r in _live(s.scalars(select(orm.ManagementReview).order_by(orm.ManagementReview.date)), end)
               if r.status == "done"]
    in_period = [r for r in reviews if _in(r.date, start, end)]
    outputs = [o for r in in_period for o in r.outputs if not o.cancelled_reason]
    recent = [r.date for r in reviews if add_months(end, -12) < r.date <= end]
    ncs, opened, closed, open_end, overdue, complaints = _ncs(s, start, end)
    improvements = [i for i in _live(s.scalars(select(orm.Improvement).order_by(orm.Improvement.date)), end)
                    if _in(i.date, start, end)]
    staff = _live(s.scalars(select(orm.Staff)), end)
    announcements, scope_changed = _announcements(s, end, {t.code for t in in_scope})
    legal_changed, legal_incorporated, legal_overdue = _legal(s, start, end)
    inspections = [i for i in _live(s.scalars(select(orm.ExternalInspection).order_by(orm.ExternalInspection.date)), end)
                   if _in(i.date, start, end)]
    policy = s.scalar(select(orm.QualityPolicy).where(orm.QualityPolicy.year == period.year))
    return ReportFacts(
        report_id=report.id, report_version=report.version, year=period.year, half=period.half, start=start,
        end=end, number=report.number, symbol=report.symbol, date=date if date is not None else report.date,
        status=status or report.status, recipient=report.recipient, agency=agency, shortcomings=report.shortcomings,
        plans=report.plans, proposals=report.proposals, correction_of=correction_of, changes_summary=changes_summary,
        tthc_total=len(tthc), tthc_in_scope=len(in_scope), tthc_covered=len(in_scope) - len(uncovered),
        uncovered_codes=uncovered, procedures=procedures, procedures_effective=effective, procedures_issued=issued,
        procedures_revised=revised, trainings=len(trainings), trainees=sum(t.attendee_count or 0 for t in trainings),
        training_topics=tuple(_short(t.content) for t in trainings), policy_year=policy.year if policy else None,
        objectives=_objectives(s, period, end), stats=_stats(s, start, end),
        satisfaction=_satisfaction(s, period, start, end), review_dates=tuple(r.date for r in in_period),
        review_outputs=len(outputs), review_outputs_done=sum(1 for o in outputs if o.done_date and o.done_date <= end),
        last_review_before_end=max(recent) if recent else None, audits=_audits(s, start, end), ncs=ncs,
        nc_opened=opened, nc_closed=closed, nc_open_end=open_end, nc_overdue=overdue, nc_from_complaints=complaints,
        improvements=tuple(_short(i.description) for i in improvements),
        steering_members=sum(1 for p in staff if p.is_steering), auditors=sum(1 for p in staff if p.is_auditor),
        announcements=announcements, scope_changed=scope_changed, legal_changed=legal_changed,
        legal_incorporated=legal_incorporated, legal_overdue=legal_overdue,
        inspections=tuple(InspectionFact(i.body, i.date, i.record_number) for i in inspections),
    )


def _short(text: str, limit: int = 120) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
