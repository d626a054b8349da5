"""Data for the other printed documents, read from the records, and their PDFs.

``document_pdf(ctx, kind, record_id)`` gives the bytes (print preview, printing);
``save_document`` writes them atomically under an ASCII name and reads them back.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from sqlalchemy import select

from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.steps import fits, total_days
from qms_desktop.domain.text import fold
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.reports import doc_data as D
from qms_desktop.reports.doc_procedure import cover_pdf, flowchart_pdf, steps_pdf
from qms_desktop.reports.doc_quality import audit_plan_pdf, audit_report_pdf, car_pdf
from qms_desktop.reports.documents import decision_pdf, minutes_pdf, notice_pdf
from qms_desktop.reports.files import atomic_write
from qms_desktop.reports.legal_bases import bases_for, custom_bases
from qms_desktop.services.common import load
from qms_desktop.services.context import AppContext
from qms_desktop.services.procedures import _current, _steps
from qms_desktop.services.reviews import INPUT_KEYS
from qms_desktop.services.reports.lifecycle import agency_info
from qms_desktop.storage import orm

KINDS: dict[str, str] = {
    "announcement": QT_TRANSLATE_NOOP("Documents", "Announcement decision"),
    "announcement_notice": QT_TRANSLATE_NOOP("Documents", "Notice of the announcement (letter to the Department)"),
    "review_minutes": QT_TRANSLATE_NOOP("Documents", "Management-review minutes"),
    "car": QT_TRANSLATE_NOOP("Documents", "Corrective-action request"),
    "audit_plan": QT_TRANSLATE_NOOP("Documents", "Internal audit plan"),
    "audit_report": QT_TRANSLATE_NOOP("Documents", "Internal audit report"),
    "procedure_cover": QT_TRANSLATE_NOOP("Documents", "Procedure cover page and amendments"),
    "procedure_steps": QT_TRANSLATE_NOOP("Documents", "Procedure steps and flowchart"),
    "procedure_flowchart": QT_TRANSLATE_NOOP("Documents", "Procedure flowchart"),
}


def announcement_data(s, announcement_id: int) -> D.DecisionData:
    info, _ = agency_info(s)
    a = load(s, orm.Announcement, announcement_id)
    items = tuple(D.ScopeItem(t.code, t.name, t.field) for t in sorted(a.tthc, key=lambda t: (fold(t.field), t.code)))
    activities = tuple(x.strip()[:1].upper() + x.strip()[1:]
                       for x in re.split(r"[;\n]+", a.activities or "") if x.strip())
    bases = custom_bases(a.legal_bases) or bases_for("announcement", a.decision_date)
    return D.DecisionData(info, a.id, a.decision_number, a.decision_date, a.is_reannouncement, items, activities,
                          a.notice_recipient, bases, a.notice_sent_date)


def minutes_data(s, review_id: int) -> D.MinutesData:
    info, _ = agency_info(s)
    r = load(s, orm.ManagementReview, review_id)
    texts = {i.key: i.content for i in r.inputs}
    outputs = tuple(D.OutputLine(o.kind, o.description, o.owner, o.due_date, o.done_date)
                    for o in r.outputs if not o.cancelled_reason)
    return D.MinutesData(info, r.id, r.date, r.time, r.place, r.chair, r.secretary, r.attendees,
                         tuple((k, texts.get(k, "")) for k in INPUT_KEYS), r.conclusion, outputs, r.effective)


def car_data(s, nc_id: int) -> D.CarData:
    info, _ = agency_info(s)
    nc = load(s, orm.Nonconformity, nc_id)
    origin = requested_by = ""
    if nc.audit_id:
        audit = load(s, orm.Audit, nc.audit_id)
        origin = audit.title
        requested_by = load(s, orm.Staff, audit.lead_auditor_id).full_name if audit.lead_auditor_id else ""
    elif nc.inspection_id:
        ins = load(s, orm.ExternalInspection, nc.inspection_id)
        origin = f"{ins.body}, ngày {ins.date.strftime('%d/%m/%Y')}"
    procedure = ""
    if nc.procedure_id:
        p = load(s, orm.Procedure, nc.procedure_id)
        procedure = f"{p.code} {p.title}"
    unit = load(s, orm.Unit, nc.unit_id).name if nc.unit_id else ""
    actions = tuple(D.ActionLine(a.description, a.owner, a.due_date, a.done_date, a.result)
                    for a in nc.actions if not a.cancelled_reason)
    return D.CarData(info, nc.id, nc.number, nc.source, origin, nc.clause, procedure, unit, nc.severity,
                     nc.detected_date, nc.due_date, nc.description, nc.immediate_correction, nc.root_cause, actions,
                     nc.verified_by, nc.verified_date, nc.verification_effective, nc.verification_note, nc.status,
                     nc.closed_date, nc.cancelled_reason, requested_by)


def audit_data(s, audit_id: int) -> D.AuditData:
    info, _ = agency_info(s)
    a = load(s, orm.Audit, audit_id)
    team = []
    if a.lead_auditor_id:
        lead = load(s, orm.Staff, a.lead_auditor_id)
        team.append(D.TeamMember(lead.full_name, lead.title, "Trưởng đoàn"))
    team += [D.TeamMember(m.full_name, m.title, "Thành viên") for m in a.members if m.id != a.lead_auditor_id]
    units = {u.id: u.name for u in s.scalars(select(orm.Unit))}
    staff = {p.id: p.full_name for p in s.scalars(select(orm.Staff))}
    procs = {p.id: p.code for p in s.scalars(select(orm.Procedure))}
    schedule = tuple(D.ScheduleLine(a.start_date or a.planned_date, units.get(i.unit_id, ""), i.clause,
                                    procs.get(i.procedure_id, ""), i.question, staff.get(i.auditor_id, ""))
                     for i in a.checklist)
    ncs = {n.finding_id: n.number for n in s.scalars(select(orm.Nonconformity).where(orm.Nonconformity.audit_id == a.id))}
    findings = tuple(D.FindingLine(units.get(f.unit_id, ""), f.clause, f.description, f.kind, f.severity,
                                   ncs.get(f.id, "")) for f in a.findings if f.kind != "conform")
    results = [i.result for i in a.checklist]
    counts = (results.count("conform"), results.count("nonconform"), results.count("recommend"))
    return D.AuditData(info, a.id, a.title, a.purpose, a.scope, a.criteria, tuple(u.name for u in a.units),
                       a.planned_date, a.start_date, a.end_date, tuple(team), schedule, findings, counts,
                       a.report_summary, a.approved_by, a.approved_date, a.status)


def procedure_data(s, procedure_id: int) -> D.ProcedureData:
    info, _ = agency_info(s)
    p = load(s, orm.Procedure, procedure_id)
    cur = _current(p)
    steps = _steps(cur) if cur else ()
    limits = [t.time_limit_days for t in p.tthc if t.time_limit_days is not None]
    limit = min(limits) if limits else None

    def sign(name, title, date) -> D.SignOff:
        return D.SignOff(name or "", title or "", date)
    drafted = sign(cur.drafted_by, cur.drafted_title, cur.drafted_date) if cur else sign("", "", None)
    reviewed = sign(cur.reviewed_by, cur.reviewed_title, cur.reviewed_date) if cur else sign("", "", None)
    approved = sign(cur.approved_by, cur.approved_title, cur.approved_date) if cur else sign("", "", None)
    amendments = s.scalars(select(orm.Amendment).where(orm.Amendment.procedure_id == p.id).order_by(orm.Amendment.id))
    return D.ProcedureData(
        info, p.id, p.code, p.title, p.kind, p.field, p.status, cur.number if cur else None,
        cur.issue_date if cur else None, cur.effective_date if cur else None, drafted, reviewed, approved,
        tuple(D.VersionLine(v.number, v.issue_date, v.effective_date, v.end_date, v.status, v.change_summary)
              for v in p.versions),
        tuple(D.AmendmentLine(a.version_number, a.date, a.item, a.legal_basis) for a in amendments),
        tuple((t.code, t.name, t.time_limit) for t in sorted(p.tthc, key=lambda t: t.code)),
        tuple(steps), total_days(list(steps)), limit, fits(list(steps), limit) if steps else None,
        cur.status if cur else "draft")


def _audit_report(s, audit_id: int) -> D.AuditData:
    data = audit_data(s, audit_id)
    if data.start is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The audit has not been held yet: record it as held before printing its report."))
    return data


_BUILDERS: dict[str, tuple[Callable, Callable]] = {
    "announcement": (announcement_data, decision_pdf),
    "announcement_notice": (announcement_data, notice_pdf),
    "review_minutes": (minutes_data, minutes_pdf),
    "car": (car_data, car_pdf),
    "audit_plan": (audit_data, audit_plan_pdf),
    "audit_report": (_audit_report, audit_report_pdf),
    "procedure_cover": (procedure_data, cover_pdf),
    "procedure_steps": (procedure_data, steps_pdf),
    "procedure_flowchart": (procedure_data, flowchart_pdf),
}
_FILE_PREFIX = {"announcement": "QuyetDinhCongBo", "announcement_notice": "CongVanThongBaoCongBo", "review_minutes": "BienBanXemXetLanhDao", "car": "PhieuHDKP",
                "audit_plan": "KeHoachDanhGiaNoiBo", "audit_report": "BaoCaoDanhGiaNoiBo", "procedure_cover": "QuyTrinh",
                "procedure_steps": "TrinhTuThucHien", "procedure_flowchart": "LuuDo"}


def _kind(kind: str) -> tuple[Callable, Callable]:
    if kind not in _BUILDERS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown kind of document: {kind}"), kind=kind)
    return _BUILDERS[kind]


def document_data(ctx: AppContext, kind: str, record_id: int):
    """The plain data of one printed document (see ``KINDS``)."""
    build, _write = _kind(kind)
    with ctx.tx("read") as s:
        return build(s, record_id)


def document_pdf(ctx: AppContext, kind: str, record_id: int) -> bytes:
    """The PDF bytes of a printed document.

    Raises:
        NotFound: no such record. ValidationError: unknown kind, or nothing to print yet.
    """
    _build, write = _kind(kind)
    return write(document_data(ctx, kind, record_id))


def document_file_name(kind: str, record_id: int) -> str:
    return f"{_FILE_PREFIX[kind]}_{record_id}.pdf"


def save_document(ctx: AppContext, kind: str, record_id: int, out_dir: str | Path) -> Path:
    """Write the document's PDF into ``out_dir`` atomically (ASCII name), read back.

    Raises:
        ExportFailed: the folder is missing, full, read-only or vanished.
    """
    body = document_pdf(ctx, kind, record_id)
    return atomic_write(Path(out_dir) / document_file_name(kind, record_id), body)
