"""Internal audits (đánh giá nội bộ): programme → plan → checklist → findings → nonconformities."""

from __future__ import annotations

import datetime as dt
import dataclasses
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from qms_desktop.domain.errors import RecordChanged, ValidationError
from qms_desktop.domain.model import AuditStatus, ChecklistResult, NcSource, Severity
from qms_desktop.domain.text import clean, search_words
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services import ncs
from qms_desktop.services.common import APPROVED_ON, cancel_with_reason, check_dated, load, optional_date, require_not_cancelled, required_date, required_text, sign_off
from qms_desktop.services.context import CHANGED_MESSAGE, AppContext, Stamp, child_ids, stamp_of, stamps_of
from qms_desktop.storage import orm


@dataclass(frozen=True)
class AuditRow:
    id: int
    title: str
    date: dt.date  # actual start date once held, else planned
    status: str
    lead_auditor: str
    findings: int
    nonconformities: int
    cancelled_reason: str | None = None


@dataclass(frozen=True)
class ChecklistRow:
    id: int
    clause: str
    question: str
    evidence: str
    result: str | None
    unit_id: int | None
    auditor_id: int | None
    procedure_id: int | None
    stamp: Stamp | None = field(default=None, compare=False)  # from get_audit(): the item's edit form saves with it


@dataclass(frozen=True)
class FindingRow:
    id: int
    kind: str
    severity: str | None
    clause: str
    description: str
    unit_id: int | None
    nc_id: int | None
    nc_number: str | None
    stamp: Stamp | None = field(default=None, compare=False)  # from get_audit(): the finding's edit form saves with it


@dataclass(frozen=True)
class AuditDetail:
    row: AuditRow
    programme_id: int | None
    purpose: str
    scope: str
    criteria: str
    lead_auditor_id: int | None
    member_ids: tuple[int, ...]
    unit_ids: tuple[int, ...]
    planned_date: dt.date
    start_date: dt.date | None
    end_date: dt.date | None
    report_summary: str
    approved_by: str
    approved_date: dt.date | None
    checklist: tuple[ChecklistRow, ...]
    findings: tuple[FindingRow, ...]
    stamp: Stamp | None = field(default=None, compare=False)  # the audit row (team, units) as loaded: ctx.editing(detail.stamp)


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    year: int
    objectives: str
    approved_by: str
    approved_date: dt.date | None
    stamp: Stamp | None = field(default=None, compare=False)  # from list_programmes(): the programme form saves with it


def _row(s, a: orm.Audit) -> AuditRow:
    return _rows(s, [a])[0]


def _rows(s, audits: list[orm.Audit]) -> list[AuditRow]:
    """The rows of ``audits`` (their findings loaded with them, or lazily one by one): their NCs counted and their
    lead auditors' names read in one query each, whatever the number of audits (QA 54 F1: three a row)."""
    ids = [a.id for a in audits]
    ncs = dict(s.execute(select(orm.Nonconformity.audit_id, func.count(orm.Nonconformity.id))
                         .where(orm.Nonconformity.audit_id.in_(ids)).group_by(orm.Nonconformity.audit_id)).all())
    leads = {a.lead_auditor_id for a in audits if a.lead_auditor_id}
    names = dict(s.execute(select(orm.Staff.id, orm.Staff.full_name).where(orm.Staff.id.in_(leads))).all()) \
        if leads else {}
    return [AuditRow(a.id, a.title, a.start_date or a.planned_date, a.status, names.get(a.lead_auditor_id, ""),
                     len(a.findings), ncs.get(a.id, 0), a.cancelled_reason) for a in audits]


def save_programme(ctx: AppContext, *, year: int, objectives: str = "", approved_by: str = "",
                   approved_date: object = None, new: bool = False) -> ProgrammeRow:
    """Create or update the yearly audit programme. ``new``: the form saw no programme of that year; one saved
    meanwhile by someone else refuses the save (RecordChanged). An update the form saw: ``ctx.editing(row.stamp)``."""
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label} must be between {min} and {max}."), field="year",
                              field_label=QT_TRANSLATE_NOOP("Fields", "Year"), min=2000, max=2100)
    with ctx.tx("audit") as s:
        p = s.scalar(select(orm.AuditProgramme).where(orm.AuditProgramme.year == year))
        if p is not None and new:
            raise RecordChanged(CHANGED_MESSAGE, table="audit_programme", id=p.id)
        if p is None:
            p = orm.AuditProgramme(year=year)
            s.add(p)
        p.objectives, p.approved_by = clean(objectives), clean(approved_by)
        p.approved_date = optional_date(approved_date, APPROVED_ON, "approved_date")
        s.flush()
        return ProgrammeRow(p.id, p.year, p.objectives, p.approved_by, p.approved_date)


def _independence(s, auditor_id: int | None, unit_ids: list[int]) -> None:
    """An auditor must not audit his own unit (ISO 9001 §9.2.2 c: objectivity and impartiality)."""
    if auditor_id is None:
        return
    auditor = load(s, orm.Staff, auditor_id)
    if auditor.unit_id is not None and auditor.unit_id in unit_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name} cannot audit his or her own unit ({unit})."), field="auditor",
                              name=auditor.full_name, unit=load(s, orm.Unit, auditor.unit_id).name)


def plan_audit(ctx: AppContext, *, title: str, planned_date: object, purpose: str = "", scope: str = "",
               criteria: str = "TCVN ISO 9001:2015", lead_auditor_id: int | None = None,
               member_ids: list[int] | tuple[int, ...] = (), unit_ids: list[int] | tuple[int, ...] = (),
               programme_id: int | None = None) -> AuditRow:
    """Plan an audit. When it audits a single unit, nobody on the team may belong to it.

    Raises:
        ValidationError: missing title or date, an auditor of the audited unit, an unknown person or unit.
    """
    title = required_text(title, QT_TRANSLATE_NOOP("Fields", "Title"), "title", max_len=500)
    planned = required_date(planned_date, QT_TRANSLATE_NOOP("Fields", "Planned date"), "planned_date")
    with ctx.tx("audit") as s:
        units = [load(s, orm.Unit, u) for u in dict.fromkeys(unit_ids)]
        team_ids = list(dict.fromkeys(([lead_auditor_id] if lead_auditor_id else []) + list(member_ids)))
        members = [load(s, orm.Staff, m) for m in team_ids]
        if len(units) == 1:
            for m in members:
                _independence(s, m.id, [units[0].id])
        if programme_id is not None:
            load(s, orm.AuditProgramme, programme_id)
        a = orm.Audit(title=title, planned_date=planned, purpose=clean(purpose), scope=clean(scope),
                      criteria=clean(criteria), lead_auditor_id=lead_auditor_id, programme_id=programme_id,
                      status=AuditStatus.PLANNED, members=members, units=units)
        s.add(a)
        s.flush()
        return _row(s, a)


def update_audit(ctx: AppContext, audit_id: int, *, title: str | None = None, planned_date: object = None,
                 purpose: str | None = None, scope: str | None = None, criteria: str | None = None,
                 lead_auditor_id: int | None = None, member_ids: list[int] | tuple[int, ...] | None = None,
                 unit_ids: list[int] | tuple[int, ...] | None = None, clear_lead_auditor: bool = False) -> AuditRow:
    """Change the plan of an audit (None keeps a value; ``clear_lead_auditor`` removes the lead auditor).
    The rules of ``plan_audit`` apply to the result: one audited unit, nobody on the team from it.

    Raises:
        ValidationError: the audit is cancelled or its report approved, an empty title, an auditor of the audited
            unit, an unknown person or unit.
    """
    if title is not None:
        title = required_text(title, QT_TRANSLATE_NOOP("Fields", "Title"), "title", max_len=500)
    if planned_date is not None:
        planned_date = required_date(planned_date, QT_TRANSLATE_NOOP("Fields", "Planned date"), "planned_date")
    with ctx.tx("audit") as s:
        a = load(s, orm.Audit, audit_id)
        _open(a)
        lead = None if clear_lead_auditor else (lead_auditor_id if lead_auditor_id is not None else a.lead_auditor_id)
        if member_ids is None:
            member_ids = [m.id for m in a.members if m.id != a.lead_auditor_id]
        units = [load(s, orm.Unit, u) for u in dict.fromkeys(unit_ids)] if unit_ids is not None else list(a.units)
        team_ids = list(dict.fromkeys(([lead] if lead else []) + list(member_ids)))
        members = [load(s, orm.Staff, m) for m in team_ids]
        if len(units) == 1:
            for m in members:
                _independence(s, m.id, [units[0].id])
        if title is not None:
            a.title = title
        if planned_date is not None:
            a.planned_date = planned_date
        for name, value in (("purpose", purpose), ("scope", scope), ("criteria", criteria)):
            if value is not None:
                setattr(a, name, clean(value))
        a.lead_auditor_id, a.members, a.units = lead, members, units
        s.flush()
        return _row(s, a)


def add_checklist_item(ctx: AppContext, audit_id: int, *, question: str, clause: str = "",
                       unit_id: int | None = None, auditor_id: int | None = None, procedure_id: int | None = None,
                       evidence: str = "", result: str | None = None) -> ChecklistRow:
    """Add a question to the audit's checklist, with its evidence and result if already known.

    Raises:
        ValidationError: the audit is cancelled or its report approved, an empty question, an unknown result,
            an auditor of the unit he or she audits.
    """
    question = required_text(question, QT_TRANSLATE_NOOP("Fields", "Question"), "question", long=True)
    if result is not None and result not in {r.value for r in ChecklistResult}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label}: '{value}' is not an allowed value."), field="result",
                              field_label=QT_TRANSLATE_NOOP("Fields", "Result"), value=result)
    with ctx.tx("audit") as s:
        a = load(s, orm.Audit, audit_id)
        _open(a)
        if unit_id is not None:
            load(s, orm.Unit, unit_id)
            _independence(s, auditor_id, [unit_id])
        if procedure_id is not None:
            load(s, orm.Procedure, procedure_id)
        item = orm.ChecklistItem(audit_id=a.id, question=question, clause=clean(clause), unit_id=unit_id,
                                 auditor_id=auditor_id, procedure_id=procedure_id, evidence=clean(evidence), result=result)
        s.add(item)
        s.flush()
        return _checklist_row(item)


def update_checklist_item(ctx: AppContext, item_id: int, *, question: str | None = None, clause: str | None = None,
                          unit_id: int | None = None, auditor_id: int | None = None, procedure_id: int | None = None,
                          clear_unit: bool = False, clear_auditor: bool = False) -> ChecklistRow:
    """Change a checklist question (None keeps a value; ``clear_unit``/``clear_auditor`` empty them).
    Evidence and result are recorded with ``record_result``.

    Raises:
        ValidationError: the audit is cancelled or its report approved, an empty question, an auditor of the unit
            he or she audits.
    """
    if question is not None:
        question = required_text(question, QT_TRANSLATE_NOOP("Fields", "Question"), "question", long=True)
    with ctx.tx("audit") as s:
        item = load(s, orm.ChecklistItem, item_id)
        _open(load(s, orm.Audit, item.audit_id))
        unit = None if clear_unit else (load(s, orm.Unit, unit_id).id if unit_id is not None else item.unit_id)
        auditor = None if clear_auditor else (load(s, orm.Staff, auditor_id).id if auditor_id is not None
                                              else item.auditor_id)
        if unit is not None:
            _independence(s, auditor, [unit])
        if procedure_id is not None:
            item.procedure_id = load(s, orm.Procedure, procedure_id).id
        if question is not None:
            item.question = question
        if clause is not None:
            item.clause = clean(clause)
        item.unit_id, item.auditor_id = unit, auditor
        s.flush()
        return _checklist_row(item)


def record_result(ctx: AppContext, item_id: int, *, result: str, evidence: str = "") -> ChecklistRow:
    """Record the result of a checklist question and its evidence (empty evidence keeps the one recorded).

    Raises:
        ValidationError: an unknown result, the audit is cancelled or its report approved.
    """
    if result not in {r.value for r in ChecklistResult}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label}: '{value}' is not an allowed value."), field="result",
                              field_label=QT_TRANSLATE_NOOP("Fields", "Result"), value=result)
    with ctx.tx("audit") as s:
        item = load(s, orm.ChecklistItem, item_id)
        _open(load(s, orm.Audit, item.audit_id))
        item.result, item.evidence = result, clean(evidence) or item.evidence
        s.flush()
        return _checklist_row(item)


def _checklist_row(i: orm.ChecklistItem) -> ChecklistRow:
    return ChecklistRow(i.id, i.clause, i.question, i.evidence, i.result, i.unit_id, i.auditor_id, i.procedure_id)


def _not_approved(a: orm.Audit) -> None:
    """An approved report is what the leader signed: its plan, held dates, checklist and findings stay as approved.
    (Raising the nonconformity of a finding is the report's follow-up, not a change of it: ``raise_nc`` goes on.)"""
    if a.approved_date is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The audit report was approved on {date}: its checklist and "
                                                          "findings no longer change."),
                              date=a.approved_date.strftime("%d/%m/%Y"))


def _open(a: orm.Audit) -> None:
    """The audit can still change: neither cancelled nor its report approved."""
    require_not_cancelled(a)
    _not_approved(a)


SHORT_QUESTION = 60  # characters of a question named in a refusal
NAMED_ITEMS = 5  # checklist items named in a refusal; more are summed up as "…"


def _item_name(i: orm.ChecklistItem) -> str:
    question = " ".join(i.question.split())
    if len(question) > SHORT_QUESTION:
        question = question[:SHORT_QUESTION - 1].rstrip() + "…"
    return f"{i.clause} — {question}" if i.clause else question


def _nonconformities_recorded(a: orm.Audit) -> None:
    """Every checklist item found nonconforming has a finding of nonconformity recorded from it: the finding is
    what raises the nonconformity and what the period report counts. A recommendation stands on its own."""
    recorded = {f.checklist_item_id for f in a.findings if f.kind == ChecklistResult.NONCONFORM}
    missing = [i for i in a.checklist if i.result == ChecklistResult.NONCONFORM and i.id not in recorded]
    if missing:
        names = [_item_name(i) for i in missing[:NAMED_ITEMS]] + (["…"] if len(missing) > NAMED_ITEMS else [])
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No finding of nonconformity was recorded from the checklist "
                                                          "items found nonconforming: {items}. Record a finding from "
                                                          "each (“Record a finding from this item…” on the Checklist "
                                                          "tab) or change its result."),
                              field="checklist", items="; ".join(names))


def add_finding(ctx: AppContext, audit_id: int, *, kind: str, description: str, clause: str = "",
                severity: str | None = None, unit_id: int | None = None,
                checklist_item_id: int | None = None) -> FindingRow:
    """Record a finding: a nonconformity (nặng/nhẹ), a recommendation or a conformity; ``checklist_item_id``
    the checklist item of the same audit it was recorded from.

    Raises:
        ValidationError: the audit is cancelled or its report approved, not begun yet, an empty description,
            an unknown kind or severity, a checklist item of another audit.
    """
    description = required_text(description, QT_TRANSLATE_NOOP("Fields", "Description"), "description", long=True)
    if kind not in {r.value for r in ChecklistResult}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label}: '{value}' is not an allowed value."), field="kind",
                              field_label=QT_TRANSLATE_NOOP("Fields", "Kind"), value=kind)
    if kind == ChecklistResult.NONCONFORM:
        severity = severity or Severity.MINOR
        if severity not in (Severity.MAJOR, Severity.MINOR):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A nonconformity is major or minor."), field="severity")
    with ctx.tx("audit") as s:
        a = load(s, orm.Audit, audit_id)
        _open(a)
        if checklist_item_id is not None and load(s, orm.ChecklistItem, checklist_item_id).audit_id != a.id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The checklist item belongs to another audit."),
                                  field="checklist_item_id")
        begun = a.start_date or a.planned_date
        if begun is not None and begun > ctx.today:  # a finding is what the audit found: not before it begins
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The audit begins on {date}: its findings are recorded from "
                                                              "that day (today is {today})."),
                                  date=begun.strftime("%d/%m/%Y"), today=ctx.today.strftime("%d/%m/%Y"))
        f = orm.Finding(audit_id=a.id, kind=kind, severity=severity if kind == ChecklistResult.NONCONFORM else None,
                        description=description, clause=clean(clause), unit_id=unit_id,
                        checklist_item_id=checklist_item_id)
        s.add(f)
        s.flush()
        return FindingRow(f.id, f.kind, f.severity, f.clause, f.description, f.unit_id, None, None)


def update_finding(ctx: AppContext, finding_id: int, *, kind: str | None = None, severity: str | None = None,
                   clause: str | None = None, description: str | None = None, unit_id: int | None = None,
                   clear_unit: bool = False) -> FindingRow:
    """Change a finding (None keeps a value; ``clear_unit`` empties the unit), under the rules of ``add_finding``.
    Once a nonconformity was raised from the finding its kind no longer changes.

    Raises:
        ValidationError: the audit is cancelled or its report approved, an empty description, an unknown kind or
            severity, a change of kind after the nonconformity was raised.
    """
    if description is not None:
        description = required_text(description, QT_TRANSLATE_NOOP("Fields", "Description"), "description", long=True)
    if kind is not None and kind not in {r.value for r in ChecklistResult}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label}: '{value}' is not an allowed value."), field="kind",
                              field_label=QT_TRANSLATE_NOOP("Fields", "Kind"), value=kind)
    with ctx.tx("audit") as s:
        f = load(s, orm.Finding, finding_id)
        _open(load(s, orm.Audit, f.audit_id))
        nc = s.scalar(select(orm.Nonconformity).where(orm.Nonconformity.finding_id == f.id))
        if kind is not None and kind != f.kind and nc is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Nonconformity {number} was raised from this finding: "
                                                              "its kind can no longer change."),
                                  field="kind", number=nc.number)
        new_kind = kind if kind is not None else f.kind
        if new_kind == ChecklistResult.NONCONFORM:
            new_severity = severity or f.severity or Severity.MINOR
            if new_severity not in (Severity.MAJOR, Severity.MINOR):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A nonconformity is major or minor."), field="severity")
        else:
            new_severity = None
        unit = None if clear_unit else (load(s, orm.Unit, unit_id).id if unit_id is not None else f.unit_id)
        f.kind, f.severity, f.unit_id = new_kind, new_severity, unit
        if description is not None:
            f.description = description
        if clause is not None:
            f.clause = clean(clause)
        s.flush()
        return FindingRow(f.id, f.kind, f.severity, f.clause, f.description, f.unit_id,
                          nc.id if nc else None, nc.number if nc else None)


def raise_nc(ctx: AppContext, finding_id: int, *, due_date: object = None) -> ncs.NcRow:
    """Raise a nonconformity from a finding in one action (number, source, audit and clause carried over).
    Also once the report is approved: the nonconformity follows the report up and changes no finding."""
    with ctx.tx("read") as s:
        f = load(s, orm.Finding, finding_id)
        existing = s.scalar(select(orm.Nonconformity).where(orm.Nonconformity.finding_id == f.id))
        if existing is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Nonconformity {number} was already raised from this finding."),
                                  number=existing.number)
        a = load(s, orm.Audit, f.audit_id)
        # Found during the audit, which counts on its first day: an audit held from 30/12 to 02/01 and its
        # nonconformity belong to the same year, register and report (QA 56 F8: the NC was 01/2027, the audit 2026's).
        detected = a.start_date or a.planned_date
        severity = f.severity if f.severity in (Severity.MAJOR, Severity.MINOR) else Severity.OBSERVATION
        values = dict(description=f.description, clause=f.clause, unit_id=f.unit_id, audit_id=a.id)
    return ncs.open_nc(ctx, detected_date=detected, source=NcSource.INTERNAL_AUDIT, severity=severity,
                       finding_id=finding_id, due_date=due_date, permission="audit", **values)


def complete_audit(ctx: AppContext, audit_id: int, *, start_date: object, end_date: object = None,
                   report_summary: str = "") -> AuditRow:
    """Record that the audit was held, with its report summary.

    Raises:
        ValidationError: a held date missing, in the future or after the end, the audit is cancelled or its report
            approved, no lead auditor, a checklist item found nonconforming without a finding of nonconformity
            recorded from it.
    """
    start = required_date(start_date, QT_TRANSLATE_NOOP("Fields", "Held from"), "start_date")
    end = optional_date(end_date, QT_TRANSLATE_NOOP("Fields", "Held until"), "end_date") or start
    if end < start:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."), field="end_date")
    if start > ctx.today:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An audit cannot be recorded as held in the future."), field="start_date")
    check_dated(end, QT_TRANSLATE_NOOP("Fields", "Held until"), "end_date", today=ctx.today)
    with ctx.tx("audit") as s:
        a = load(s, orm.Audit, audit_id)
        _open(a)
        if a.lead_auditor_id is None:  # QA 53 F7: held by nobody, Annex II printed an empty "Trưởng đoàn"
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Who led the audit? Choose its lead auditor in the "
                                                              "audit's plan before recording it as held."),
                                  field="lead_auditor_id")
        _nonconformities_recorded(a)
        a.start_date, a.end_date, a.status = start, end, AuditStatus.DONE
        a.report_summary = clean(report_summary) or a.report_summary
        s.flush()
        return _row(s, a)


def approve_report(ctx: AppContext, audit_id: int, *, approved_by: str, approved_date: object = None) -> AuditRow:
    """Approve a completed audit's report on ``approved_date`` (default today).

    Raises:
        ValidationError: the audit is not completed, no approver, an approval date in the future or before
            the audit ended, a checklist item found nonconforming without a finding of nonconformity recorded from it.
    """
    who, day = sign_off(ctx, approved_by, approved_date)
    with ctx.tx("approve") as s:
        a = load(s, orm.Audit, audit_id)
        if a.status != AuditStatus.DONE:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only a completed audit's report can be approved."))
        _not_approved(a)  # an approval stands: another name or date over it would rewrite the signed report
        _nonconformities_recorded(a)
        a.approved_by = who
        a.approved_date = check_dated(day, APPROVED_ON, "approved_date", today=ctx.today,
                                      after=[(a.end_date or a.start_date, QT_TRANSLATE_NOOP("Fields", "End of the audit"))])
        s.flush()
        return _row(s, a)


def cancel_audit(ctx: AppContext, audit_id: int, *, reason: str) -> AuditRow:
    """Cancel a planned audit with its reason. An approved one is refused: its report and findings stand."""
    def check(a: orm.Audit) -> None:
        require_not_cancelled(a)
        _not_approved(a)
    return cancel_with_reason(ctx, orm.Audit, audit_id, reason, status=AuditStatus.CANCELLED, row=_row,
                              permission="audit", check=check)


def list_audits(ctx: AppContext, *, search: str = "", year: int | None = None) -> list[AuditRow]:
    stmt = select(orm.Audit).options(selectinload(orm.Audit.findings)).order_by(orm.Audit.planned_date)
    for word in search_words(search):
        stmt = stmt.where(orm.Audit.search_key.contains(word, autoescape=True))
    with ctx.tx("read") as s:
        rows = _rows(s, list(s.scalars(stmt)))
    return [r for r in rows if year is None or r.date.year == year]


def get_audit(ctx: AppContext, audit_id: int) -> AuditDetail:
    """The audit as its page and edit forms load it, with the stamps of the audit, its checklist items and its
    findings (taken first: a change in between then refuses the save; one query per table)."""
    with ctx.tx("read") as s:
        stamp = stamp_of(s, orm.Audit, audit_id)
        item_stamps = stamps_of(s, orm.ChecklistItem, child_ids(s, orm.ChecklistItem.audit_id, audit_id))
        finding_stamps = stamps_of(s, orm.Finding, child_ids(s, orm.Finding.audit_id, audit_id))
        a = load(s, orm.Audit, audit_id)
        nc_by_finding = {nc.finding_id: nc for nc in s.scalars(
            select(orm.Nonconformity).where(orm.Nonconformity.audit_id == a.id))}
        findings = tuple(
            FindingRow(f.id, f.kind, f.severity, f.clause, f.description, f.unit_id,
                       nc_by_finding[f.id].id if f.id in nc_by_finding else None,
                       nc_by_finding[f.id].number if f.id in nc_by_finding else None, finding_stamps.get(f.id))
            for f in a.findings)
        return AuditDetail(_row(s, a), a.programme_id, a.purpose, a.scope, a.criteria, a.lead_auditor_id,
                           tuple(m.id for m in a.members), tuple(u.id for u in a.units), a.planned_date,
                           a.start_date, a.end_date, a.report_summary, a.approved_by, a.approved_date,
                           tuple(dataclasses.replace(_checklist_row(i), stamp=item_stamps.get(i.id)) for i in a.checklist),
                           findings, stamp)


def list_programmes(ctx: AppContext) -> list[ProgrammeRow]:
    with ctx.tx("read") as s:
        stamps = stamps_of(s, orm.AuditProgramme, s.scalars(select(orm.AuditProgramme.id)))
        return [ProgrammeRow(p.id, p.year, p.objectives, p.approved_by, p.approved_date, stamps.get(p.id))
                for p in s.scalars(select(orm.AuditProgramme).order_by(orm.AuditProgramme.year))]
