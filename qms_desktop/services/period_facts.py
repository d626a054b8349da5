"""One source of a period's facts: the report, the dashboard and the warnings all read ``gather``.

A period is a window ``start … end`` read *as of* ``end``: records with a date belong to the window
that contains it; states (procedure in force, NC still open, action done) are computed from the
dates kept on the records, so a late report and today's dashboard tell the same truth. Service
statistics covering a span belong to the window that contains the middle of their span, so two
consecutive periods never count a row twice; a window cut short of its period's end (a report's "số liệu
tính đến ngày …", a draft or the figures before the period is over) counts only the rows that end by the cut:
a row running past it holds applications received after it (the months it covers are then missing, and said
so). What has no date of its own is read from when it was
entered: the TTHC scope from the change history (``PeriodQuery.scope_ids``), a procedure registered and
drafted after the end, or a legal basis entered after it and not built in by then, does not count in the
window — so a past period recomputed today gives what its report said when it was sent.

Every figure is declared once in ``FIGURES`` with its screen label (English source, context
"Figures"), its printed Vietnamese label, the report item it is printed under (TT 26/2014 Art. 36)
and how it is computed. Adding a figure is one entry here plus its query; it then appears in the
report (text-free metrics of its item and the XLSX), in report.json and in ``qms report figures``; the
dashboard reads the same facts, and shows the figures its cards were chosen for (a new card is a field of
``services.dashboard.DashboardData`` and a ``FigureCard``).

Reads are bounded: one query per kind of record (related rows loaded with ``selectinload``), never
one per row; a figure that needs its own data runs one aggregate query.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Iterable

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from qms_desktop.domain import rates, rules
from qms_desktop.domain.model import AuditStatus, ImprovementSource, NcSource, NcStatus, ProcedureStatus, ReportStatus
from qms_desktop.domain.periods import add_months, month_slots, period_sort_key
from qms_desktop.domain.steps import Step, total_days
from qms_desktop.domain.text import clean, fold, sort_key
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.reports.report_data import INT, PERCENT, InspectionAnswer
from qms_desktop.reports.report_text import (
    AnnouncementFact, AuditFact, FigureValue, InspectionFact, NcFact, ObjectiveFact, PeriodRows,
    ProcedureFact, ReviewFact, StatFact,
)
from qms_desktop.storage import orm

MAX_RATE_POINTS = 8  # statistics rows the dashboard charts


# ---------------------------------------------------------------- helpers

def _in(day: dt.date | None, start: dt.date, end: dt.date) -> bool:
    return day is not None and start <= day <= end


def _live_at(obj, end: dt.date) -> bool:
    """Not cancelled by the end of the window (a record cancelled later still counted then)."""
    reason = getattr(obj, "cancelled_reason", None)
    return not (reason and (obj.cancelled_at is None or obj.cancelled_at <= end))


def _void(obj) -> bool:
    """An event recorded by mistake: cancelled ("Hủy hồ sơ") at any time, it never happened. A petition, a
    training, an inspection, a survey, an improvement, a nonconformity or a management review cancelled after the
    period is not counted in it either
    (the list no longer shows it); a procedure or an objective withdrawn later was still in force then (_live_at)."""
    return bool(getattr(obj, "cancelled_reason", None))


def _end_moment(end: dt.date) -> dt.datetime:
    """The first moment after the day ``end`` (local midnight), as stored (naive UTC): what was entered or
    changed from then on was not known at the end of the window."""
    local = dt.datetime.combine(end + dt.timedelta(days=1), dt.time()).astimezone()
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


def _issued_after(created: dict, end: dt.date) -> bool:
    """A TTHC's first history entry (its values as created) says a decision dated after ``end`` issued it."""
    day = created.get("status_date")
    if (created.get("status") or "active") != "active" or not isinstance(day, str):
        return False
    try:
        return dt.date.fromisoformat(day[:10]) > end
    except ValueError:
        return False


def _created_by(obj, end: dt.date) -> bool:
    created = getattr(obj, "created_at", None)
    return created is None or created < _end_moment(end)


def _existed_by(p: orm.Procedure, end: dt.date) -> bool:
    """A procedure existed at the end of the window if it was registered by then, or if one of its versions
    is dated by then (drafted, approved, issued or in force: a procedure entered later with its past versions
    existed then). One registered later, drafted later, did not exist then: neither it nor its legal bases count."""
    if _created_by(p, end):
        return True
    for v in p.versions:
        days = [v.drafted_date, v.approved_date, v.issue_date]
        if v.status != ProcedureStatus.DRAFT:
            days.append(v.effective_date)
        if any(d is not None and d <= end for d in days):
            return True
    return False


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


def action_known_by(a, end: dt.date) -> bool:
    """A corrective action as known at the end of the window: not cancelled by then, and entered by then, or due or
    done by then (recorded after the fact: its dates tell it was planned). One entered after the end and due after
    it was not there yet (QA 46 F2)."""
    return _live_at(a, end) and (_created_by(a, end) or any(d is not None and d <= end
                                                           for d in (a.due_date, a.done_date)))


def nc_status_at(nc: orm.Nonconformity, end: dt.date) -> str:
    """The status a nonconformity had at the end of the window, from its dates — not today's status (QA 46 F2: an
    action done, or first planned, after the end changed the "end of period" column of Phụ lục III): closed by then;
    else open without an action known then, being corrected while one of them was not done by then or after a
    verification by then found the correction not effective, else awaiting verification."""
    if nc.closed_date is not None and nc.closed_date <= end:
        return NcStatus.CLOSED
    actions = [a for a in nc.actions if action_known_by(a, end)]
    if not actions:
        return NcStatus.OPEN
    if any(a.done_date is None or a.done_date > end for a in actions):
        return NcStatus.IN_PROGRESS
    if nc.verified_date is not None and nc.verified_date <= end and not nc.verification_effective:
        return NcStatus.IN_PROGRESS
    return NcStatus.AWAITING_VERIFICATION


def _whole(text: str) -> str:
    """A text as the report prints it in a sentence: its lines joined, nothing cut."""
    return " ".join((text or "").split())


def _short(text: str, limit: int = 120) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


# ---------------------------------------------------------------- the rows, one query per kind

class PeriodQuery:
    """The window and its rows, each loaded once on first use (inside the caller's transaction)."""

    def __init__(self, s: Session, start: dt.date, end: dt.date, *, year: int | None = None,
                 period_code: str | None = None, period_end: dt.date | None = None) -> None:
        self.s, self.start, self.end = s, start, end
        # the window stops before its period's end: only statistics rows ending by then count
        self.cut_short = period_end is not None and end < period_end
        self.year = year if year is not None else end.year
        self.period_code = period_code

    def scalar(self, stmt) -> int:
        """One aggregate query (for figures that need their own data)."""
        return self.s.scalar(stmt) or 0

    # -- registers
    @cached_property
    def units(self) -> dict[int, str]:
        return {u.id: u.name for u in self.s.scalars(select(orm.Unit))}

    @cached_property
    def staff(self) -> list[orm.Staff]:
        return [p for p in self.s.scalars(select(orm.Staff).order_by(orm.Staff.id))
                if _live_at(p, self.end)]

    @cached_property
    def staff_names(self) -> dict[int, str]:
        return {p.id: p.full_name for p in self.s.scalars(select(orm.Staff))}

    @cached_property
    def tthc(self) -> list[orm.Tthc]:
        return sorted((t for t in self.s.scalars(select(orm.Tthc)) if _live_at(t, self.end)), key=lambda t: t.code)

    @cached_property
    def _issued_after_end(self) -> set[int]:
        """The TTHC entered after the end as newly issued by a decision dated after it (their first history entry
        says so, ``_issued_after``): they did not exist at the end."""
        stmt = (select(orm.ChangeLog.entity_id, orm.ChangeLog.new_values)
                .where(orm.ChangeLog.entity == "tthc", orm.ChangeLog.action == "create",
                       orm.ChangeLog.at >= _end_moment(self.end), orm.ChangeLog.new_values.like('%"status_date"%')))
        out = set()
        for entity_id, new_values in self.s.execute(stmt):
            try:
                if _issued_after(json.loads(new_values or "{}"), self.end):
                    out.add(int(entity_id))
            except ValueError:
                continue
        return out

    def _abolished_by_end(self, t: orm.Tthc) -> bool:
        """Abolished or replaced by a decision dated by the end, whenever the decision was imported."""
        return (t.status or "active") != "active" and t.status_date is not None and t.status_date <= self.end

    @cached_property
    def tthc_then(self) -> list[orm.Tthc]:
        """The TTHC under the commune's authority at the end: neither abolished by then nor issued after it (QA 46
        F1: "5/7 TTHC" counted two abolished in the period, or two issued after it, as outside the scope)."""
        return [t for t in self.tthc if not self._abolished_by_end(t) and t.id not in self._issued_after_end]

    @cached_property
    def _procedures_then(self) -> list[orm.Procedure]:
        """Every procedure that existed at the end (``_existed_by``), withdrawn or not."""
        # versions without their steps: only the version in force needs them (``steps_in_force``)
        stmt = select(orm.Procedure).options(selectinload(orm.Procedure.versions), selectinload(orm.Procedure.tthc))
        return sorted((p for p in self.s.scalars(stmt) if _existed_by(p, self.end)), key=lambda p: sort_key(p.code))

    @cached_property
    def procedures(self) -> list[orm.Procedure]:
        return [p for p in self._procedures_then if _live_at(p, self.end)]

    @cached_property
    def step_responsibles(self) -> list[str]:
        """Who carries out the steps of the versions in force (one query)."""
        ids = [v.id for v in self.in_force.values()]
        if not ids:
            return []
        return list(self.s.scalars(select(orm.ProcedureStep.responsible)
                                   .where(orm.ProcedureStep.version_id.in_(ids)).distinct()))

    @cached_property
    def units_applying(self) -> tuple[str, ...]:
        """The units applying the procedures in force: each one's owner, and every unit carrying out one of their
        steps (QA 60 F6: "Bộ phận một cửa", which takes in and returns every file, was not among them)."""
        owners = {self.units[p.owner_unit_id] for p in self.procedures
                  if p.id in self.in_force and p.owner_unit_id in self.units}
        doers = [fold(r) for r in self.step_responsibles if clean(r)]
        for name in self.units.values():
            key = fold(name.split("(")[0])
            if len(key) < 4:  # "UBND", "Y tế" inside any text: whole words of a real name only
                continue
            if any(re.search(rf"\b{re.escape(key)}\b", r) or (len(r) >= 6 and re.search(rf"\b{re.escape(r)}\b", key))
                   for r in doers):
                owners.add(name)
        return tuple(sorted(owners, key=sort_key))

    @cached_property
    def in_force(self) -> dict[int, orm.ProcedureVersion]:
        """Procedure id → the version in force at the end of the window."""
        out = {}
        for p in self.procedures:
            v = effective_version_at(p, self.end)
            if v is not None:
                out[p.id] = v
        return out

    @cached_property
    def steps_in_force(self) -> dict[int, list[orm.ProcedureStep]]:
        """Version id → its steps in order, for the versions in force (one query)."""
        ids = [v.id for v in self.in_force.values()]
        out: dict[int, list[orm.ProcedureStep]] = {i: [] for i in ids}
        if ids:
            stmt = (select(orm.ProcedureStep).where(orm.ProcedureStep.version_id.in_(ids))
                    .order_by(orm.ProcedureStep.version_id, orm.ProcedureStep.step_no))
            for step in self.s.scalars(stmt):
                out[step.version_id].append(step)
        return out

    def _values_at_end(self, entity: str, name: str, ids) -> dict[int, object]:
        """The value column ``name`` of ``entity``'s rows (among ``ids``) had at the end of the window, for those
        changed since (one query on the change history): the value the first change after the end replaced, or
        the one a row entered after the end was entered with. A row not in the result has kept its value."""
        stmt = (select(orm.ChangeLog.entity_id, orm.ChangeLog.action, orm.ChangeLog.old_values,
                       orm.ChangeLog.new_values)
                .where(orm.ChangeLog.entity == entity, orm.ChangeLog.at >= _end_moment(self.end),
                       orm.ChangeLog.new_values.like(f'%"{name}"%'))
                .order_by(orm.ChangeLog.id))
        out: dict[int, object] = {}
        for entity_id, action, old_values, new_values in self.s.execute(stmt):
            try:
                key = int(entity_id)
                values = json.loads((new_values if action == "create" else old_values) or "{}")
            except ValueError:
                continue
            if key not in out and key in ids and name in values:
                out[key] = values[name]
        return out

    @cached_property
    def scope_ids(self) -> set[int]:
        """The TTHC in the QMS scope at the end of the window (one query on the change history).

        The scope has no dated record of its own: a TTHC is put in or taken out (``in_scope``) by an edit or a
        TTHC list import, each dated in the hash-chained change history. The flag as of the end is the one
        before the first change after it. A TTHC entered after the end counts as first entered: a list typed
        in by hand, or imported from a plain list, has no date of its own, and the secretary enters what the
        commune was already handling, so a list entered late still tells the past (counting it only from the
        day it was typed would empty every report made before the list was entered). A TTHC newly issued by a
        decision (its "new TTHC" part) is dated by the decision, kept on the row and in its first history entry
        (``status_date`` of an active TTHC): entered after the end by a decision dated after the end, it did not
        exist then and is out of the scope. A TTHC abolished or replaced by a decision dated by the end is out
        of the scope from the decision's date, whenever the decision was imported; dated after the end, the
        change is after the end and the flag before it holds."""
        flags = {t.id: bool(t.in_scope) for t in self.tthc}
        for tthc_id, value in self._values_at_end("tthc", "in_scope", flags).items():
            if value is not None:
                flags[tthc_id] = bool(value)  # one issued after the end: out below (_issued_after_end)
        for t in self.tthc:
            if self._abolished_by_end(t) or t.id in self._issued_after_end:
                flags[t.id] = False
        return {i for i, inside in flags.items() if inside}

    @cached_property
    def tthc_in_scope(self) -> list[orm.Tthc]:
        return [t for t in self.tthc if t.id in self.scope_ids]

    @cached_property
    def covered_tthc_ids(self) -> set[int]:
        return {t.id for p in self.procedures if p.id in self.in_force for t in p.tthc}

    @cached_property
    def legal_docs(self) -> list[orm.LegalDocument]:
        """The legal bases known at the end: of a procedure that existed then and was not withdrawn by then
        (``procedures``: a withdrawn one has nothing to build a change into, and its warning is gone — QA 46 F3),
        entered by then or built into the procedure by then (a basis entered later, not yet built in then, was not
        known)."""
        ids = {p.id for p in self.procedures}
        return [d for d in self.s.scalars(select(orm.LegalDocument).order_by(orm.LegalDocument.id))
                if _live_at(d, self.end) and d.procedure_id in ids
                and (_created_by(d, self.end) or (d.incorporated_date is not None and d.incorporated_date <= self.end))]

    @cached_property
    def announcements(self) -> list[orm.Announcement]:
        stmt = (select(orm.Announcement).options(selectinload(orm.Announcement.tthc))
                .order_by(orm.Announcement.decision_date, orm.Announcement.id))
        return [a for a in self.s.scalars(stmt) if _live_at(a, self.end) and a.decision_date <= self.end]

    # -- what happened
    @cached_property
    def stats(self) -> list[orm.ServiceStat]:
        """Statistics rows whose span's middle lies in the window; in a window cut short of its period's end,
        only those that end by the cut (a row running past it also counts what was received after it)."""
        stmt = (select(orm.ServiceStat).options(selectinload(orm.ServiceStat.field_rows))
                .where(orm.ServiceStat.period_start <= self.end, orm.ServiceStat.period_end >= self.start)
                .order_by(orm.ServiceStat.period_start))
        return [x for x in self.s.scalars(stmt)
                if _in(x.period_start + (x.period_end - x.period_start) / 2, self.start, self.end)
                and not (self.cut_short and x.period_end > self.end)]

    @cached_property
    def recent_stats(self) -> list[orm.ServiceStat]:
        """The last statistics rows ending by the end of the window, oldest first (dashboard chart)."""
        stmt = (select(orm.ServiceStat).where(orm.ServiceStat.period_start <= self.end)
                .order_by(orm.ServiceStat.period_start.desc()).limit(MAX_RATE_POINTS))
        return list(reversed(list(self.s.scalars(stmt))))

    @cached_property
    def objectives(self) -> list[orm.Objective]:
        stmt = (select(orm.Objective).options(selectinload(orm.Objective.results))
                .where(orm.Objective.year == self.year).order_by(orm.Objective.id))
        return [o for o in self.s.scalars(stmt) if _live_at(o, self.end)]

    def result_of(self, o: orm.Objective) -> orm.ObjectiveResult | None:
        """The report period's result; without a period, the latest (the year's after its first half)."""
        if self.period_code is not None:
            return next((r for r in o.results if r.period == self.period_code), None)
        return latest_result(o.results)

    @cached_property
    def audits_done(self) -> list[orm.Audit]:
        stmt = (select(orm.Audit).options(selectinload(orm.Audit.findings), selectinload(orm.Audit.units))
                .where(orm.Audit.status == AuditStatus.DONE).order_by(orm.Audit.start_date, orm.Audit.id))
        return [a for a in self.s.scalars(stmt) if a.start_date is not None and a.start_date <= self.end]

    @cached_property
    def audits_planned(self) -> list[tuple[int, str, dt.date]]:
        """(id, title, planned date) of the audits still planned, not cancelled."""
        stmt = (select(orm.Audit.id, orm.Audit.title, orm.Audit.planned_date)
                .where(orm.Audit.status == AuditStatus.PLANNED, orm.Audit.cancelled_reason.is_(None))
                .order_by(orm.Audit.planned_date, orm.Audit.id))
        return [tuple(r) for r in self.s.execute(stmt)]

    @cached_property
    def audits(self) -> list[orm.Audit]:
        return [a for a in self.audits_done if _in(a.start_date, self.start, self.end) and not a.cancelled_reason]

    @cached_property
    def reviews_done(self) -> list[orm.ManagementReview]:
        stmt = (select(orm.ManagementReview).options(selectinload(orm.ManagementReview.outputs))
                .order_by(orm.ManagementReview.date, orm.ManagementReview.id))
        return [r for r in self.s.scalars(stmt) if r.status == "done" and not _void(r) and r.date <= self.end]

    @cached_property
    def reviews(self) -> list[orm.ManagementReview]:
        return [r for r in self.reviews_done if _in(r.date, self.start, self.end)]

    @cached_property
    def review_outputs(self) -> list[orm.ReviewOutput]:
        return [o for r in self.reviews for o in r.outputs if _live_at(o, self.end)]

    @cached_property
    def ncs(self) -> list[orm.Nonconformity]:
        stmt = (select(orm.Nonconformity).options(selectinload(orm.Nonconformity.actions))
                .where(orm.Nonconformity.detected_date <= self.end)
                .order_by(orm.Nonconformity.year, orm.Nonconformity.seq))
        # an event: cancelled at any time (a duplicate, not a nonconformity), it never happened — as an audit (QA 46
        # F4: one cancelled after the period still counted in it, and the year was not its two halves)
        return [n for n in self.s.scalars(stmt) if not _void(n)]

    @cached_property
    def nc_status(self) -> dict[int, str]:
        return {n.id: nc_status_at(n, self.end) for n in self.ncs}

    @cached_property
    def nc_due(self) -> dict[int, dt.date | None]:
        """Each nonconformity's due date as it stood at the end of the window: the value the first change made
        after the end replaced (an action planned later extends it), or the value it was entered with when it was
        entered after the end; today's value when nothing changed it since."""
        due = {n.id: n.due_date for n in self.ncs}
        for nc_id, value in self._values_at_end("nonconformity", "due_date", due).items():
            try:
                due[nc_id] = dt.date.fromisoformat(value) if value else None
            except (TypeError, ValueError):
                continue
        return due

    def nc_open(self, n: orm.Nonconformity) -> bool:
        return self.nc_status[n.id] != NcStatus.CLOSED

    @cached_property
    def review_actions(self) -> list[orm.ManagementReview]:
        stmt = (select(orm.ManagementReview).options(selectinload(orm.ManagementReview.outputs))
                .where(orm.ManagementReview.date <= self.end).order_by(orm.ManagementReview.date))
        return [r for r in self.s.scalars(stmt) if _live_at(r, self.end)]

    @cached_property
    def actions(self) -> list[rules.ActionFact]:
        """Open corrective actions and review outputs as of the end (done later = not yet done)."""
        end = self.end
        out = []
        for nc in self.ncs:
            if not self.nc_open(nc):
                continue
            for a in nc.actions:
                if action_known_by(a, end):
                    out.append(rules.ActionFact("nc", nc.id, nc.number, a.description, a.due_date,
                                                a.done_date if a.done_date and a.done_date <= end else None))
        for r in self.review_actions:
            for o in r.outputs:
                if _live_at(o, end):
                    out.append(rules.ActionFact("review", r.id, r.date.strftime("%d/%m/%Y"), o.description, o.due_date,
                                                o.done_date if o.done_date and o.done_date <= end else None))
        return out

    @cached_property
    def trainings(self) -> list[orm.Training]:
        stmt = select(orm.Training).where(orm.Training.date.between(self.start, self.end)).order_by(orm.Training.date)
        return [t for t in self.s.scalars(stmt) if not _void(t)]

    @cached_property
    def improvements(self) -> list[orm.Improvement]:
        stmt = (select(orm.Improvement).where(orm.Improvement.date.between(self.start, self.end))
                .order_by(orm.Improvement.date))
        return [i for i in self.s.scalars(stmt) if not _void(i)]

    @cached_property
    def petitions(self) -> list[orm.Petition]:
        """Citizen feedback and petitions received in the window (the commune's petition book)."""
        stmt = (select(orm.Petition).where(orm.Petition.received_date.between(self.start, self.end))
                .order_by(orm.Petition.received_date))
        return [p for p in self.s.scalars(stmt) if not _void(p)]

    @cached_property
    def petitions_carried(self) -> list[orm.Petition]:
        """Petitions received before the window and not answered when it began: still the commune's to answer
        (QA 18 F1: one received in December and never answered dropped out of every later period)."""
        stmt = (select(orm.Petition).where(orm.Petition.received_date < self.start,
                                           or_(orm.Petition.resolved_date.is_(None),
                                               orm.Petition.resolved_date >= self.start))
                .order_by(orm.Petition.received_date))
        return [p for p in self.s.scalars(stmt) if not _void(p)]

    @property
    def petitions_handled(self) -> list[orm.Petition]:
        """The window's petitions: carried over, then received in it."""
        return self.petitions_carried + self.petitions

    def petition_open(self, p: orm.Petition) -> bool:
        """Not answered by the window's end."""
        return not (p.resolved_date and p.resolved_date <= self.end)

    @cached_property
    def inspections(self) -> list[orm.ExternalInspection]:
        stmt = select(orm.ExternalInspection).where(orm.ExternalInspection.date <= self.end).order_by(
            orm.ExternalInspection.date)
        return [i for i in self.s.scalars(stmt) if not _void(i)]

    @cached_property
    def satisfaction(self) -> float | None:
        surveys = [x for x in self.s.scalars(select(orm.Survey).order_by(orm.Survey.id))
                   if not _void(x) and x.satisfaction_rate is not None]
        dated = [x for x in surveys if _in(x.end_date or x.start_date, self.start, self.end)]
        if dated:
            return max(dated, key=lambda x: (x.end_date or x.start_date, x.id)).satisfaction_rate
        coded = [x for x in surveys if self.period_code is not None and x.period == self.period_code]
        return coded[-1].satisfaction_rate if coded else None

    @cached_property
    def policy_year(self) -> int | None:
        return self.s.scalar(select(orm.QualityPolicy.year).where(orm.QualityPolicy.year == self.year))

    # -- sums used by several figures
    def stat_sum(self, name: str) -> int:
        return sum(getattr(x, name) or 0 for x in self.stats)

    @cached_property
    def pending_at_end(self) -> int:
        """Applications still being settled at the end: a stock, not a flow (see ``stock_rows``)."""
        return sum(x.pending or 0 for x in stock_rows(self.stats))

    def nc_overdue(self, n: orm.Nonconformity) -> bool:
        """Open at the end and past its due date with its correction unfinished: an action not done by the end,
        or no action at all. One whose actions were all done, waiting only for the verification of their
        effect, is not overdue for correction."""
        due = self.nc_due[n.id]
        if not self.nc_open(n) or due is None or due >= self.end:
            return False
        actions = [a for a in n.actions if action_known_by(a, self.end)]
        return not actions or any(a.done_date is None or a.done_date > self.end for a in actions)

    @cached_property
    def measured_objectives(self) -> list[tuple[orm.Objective, orm.ObjectiveResult]]:
        return [(o, r) for o in self.objectives if (r := self.result_of(o)) is not None]


def stock_rows(stats: Iterable) -> list:
    """The statistics rows whose ``pending`` make the stock at the window's end: each row gives those pending at
    its own end, so it is the last row's (the year's is its second half's, not the two halves added up) — or,
    after a merge, the last row of EACH commune whose series reaches that end: rows of former communes that end
    on the same day are side by side, not one after the other (QA 16 F1: 5 pending where there were 19). A
    former commune's rows that stop earlier (at the merge) hand their stock over to the rows that go on."""
    rows = list(stats)
    end = max((x.period_end for x in rows), default=None)
    return [x for x in rows if x.period_end == end]


def latest_result(results: Iterable[orm.ObjectiveResult]):
    """The latest result of an objective: the year's ("2026") comes after its first half ("2026-H1"),
    although it sorts before it as text (the dashboard's "1/1 met" bug)."""
    return max(results, key=lambda r: period_sort_key(r.period), default=None)


# ---------------------------------------------------------------- the figures, declared once

@dataclass(frozen=True)
class Figure:
    key: str
    label: str  # English source, context "Figures" (screens, CLI)
    printed: str  # the report's Vietnamese label (PDF, XLSX, report.json)
    compute: Callable[[PeriodQuery], int | float | None]
    kind: str = INT  # INT or PERCENT (0–100, floored to one decimal)
    section: str = ""  # the report item it is printed under (wording.ITEMS_I / ITEMS_II key), "" = not printed


def _coverage(q: PeriodQuery) -> float | None:
    in_scope = q.tthc_in_scope
    return rates.rate(sum(1 for t in in_scope if t.id in q.covered_tthc_ids), len(in_scope))


def _issued(q: PeriodQuery, first: bool) -> int:
    """Procedures whose first approved version (``first``) or a later one took effect in the period:
    a procedure revised twice in the period is one procedure revised, as the report's line says."""
    n = 0
    for p in q.procedures:
        approved = sorted((v for v in p.versions if v.status != ProcedureStatus.DRAFT and v.effective_date),
                          key=lambda v: v.number)
        n += any((i == 0) == first and _in(v.effective_date, q.start, q.end) for i, v in enumerate(approved))
    return n


def _legal_overdue(q: PeriodQuery) -> int:
    return sum(1 for d in q.legal_docs if d.effective_date and add_months(d.effective_date, 3) < q.end
               and (d.incorporated_date is None or d.incorporated_date > q.end))


def _n(pred: Callable[[PeriodQuery], Iterable]) -> Callable[[PeriodQuery], int]:
    return lambda q: sum(1 for _ in pred(q))


def _stat_figures(section: str, *columns: tuple[str, str, str]) -> tuple[Figure, ...]:
    """The figures printed under ``section`` that each sum a statistics column (``ServiceStat.received``…) over
    the period: one per (column, label, printed label), keyed by the column's name."""

    def figure(key: str, label: str, printed: str) -> Figure:
        return Figure(key, label, printed, lambda q: q.stat_sum(key), section=section)

    return tuple(figure(*column) for column in columns)


FIGURES: tuple[Figure, ...] = (
    # TT 26 Art. 36.1(a): scope
    Figure("tthc_total", QT_TRANSLATE_NOOP("Figures", "TTHC under the commune's authority"), "Số TTHC thuộc thẩm quyền giải quyết",
           lambda q: len(q.tthc_then), section="scope"),
    Figure("tthc_in_scope", QT_TRANSLATE_NOOP("Figures", "TTHC in the QMS scope"), "Số TTHC đưa vào phạm vi áp dụng",
           lambda q: len(q.tthc_in_scope), section="scope"),
    Figure("tthc_covered", QT_TRANSLATE_NOOP("Figures", "TTHC in scope covered by a procedure in force"),
           "Số TTHC trong phạm vi có quy trình đang hiệu lực",
           _n(lambda q: (t for t in q.tthc_in_scope if t.id in q.covered_tthc_ids)), section="scope"),
    Figure("tthc_coverage", QT_TRANSLATE_NOOP("Figures", "Share of TTHC in scope covered by a procedure"),
           "Tỷ lệ TTHC trong phạm vi có quy trình", _coverage, PERCENT, section="scope"),
    Figure("procedures_effective", QT_TRANSLATE_NOOP("Figures", "Procedures in force"), "Số quy trình đang hiệu lực",
           lambda q: len(q.in_force), section="scope"),
    Figure("procedures_issued", QT_TRANSLATE_NOOP("Figures", "Procedures issued for the first time in the period"),
           "Số quy trình ban hành mới trong kỳ", lambda q: _issued(q, True), section="scope"),
    Figure("procedures_revised", QT_TRANSLATE_NOOP("Figures", "Procedures revised in the period"),
           "Số quy trình sửa đổi, ban hành lại trong kỳ", lambda q: _issued(q, False), section="scope"),
    Figure("procedures_total", QT_TRANSLATE_NOOP("Figures", "Procedures registered"), "Số quy trình đã đăng ký",
           lambda q: len(q.procedures)),
    # 36.1(b): dissemination
    Figure("trainings", QT_TRANSLATE_NOOP("Figures", "Training and dissemination sessions"), "Số lớp đào tạo, buổi phổ biến trong kỳ",
           lambda q: len(q.trainings), section="dissemination"),
    Figure("trainees", QT_TRANSLATE_NOOP("Figures", "Attendances at training and dissemination"), "Số lượt người tham dự",
           lambda q: sum(t.attendee_count or 0 for t in q.trainings), section="dissemination"),
    # 36.1(c): policy, objectives
    Figure("objectives", QT_TRANSLATE_NOOP("Figures", "Quality objectives of the year"), "Số mục tiêu chất lượng của năm",
           lambda q: len(q.objectives), section="conformity"),
    Figure("objectives_measured", QT_TRANSLATE_NOOP("Figures", "Objectives with a result for the period"),
           "Số mục tiêu có kết quả đo trong kỳ", lambda q: len(q.measured_objectives), section="conformity"),
    Figure("objectives_met", QT_TRANSLATE_NOOP("Figures", "Objectives met"), "Số mục tiêu đạt",
           _n(lambda q: (r for _o, r in q.measured_objectives if r.achieved)), section="conformity"),
    # 36.1(d): processes (the one-stop shop's statistics)
    *_stat_figures(
        "processes",
        ("received", QT_TRANSLATE_NOOP("Figures", "TTHC applications received"), "Số hồ sơ TTHC tiếp nhận"),
        ("on_time", QT_TRANSLATE_NOOP("Figures", "Applications settled on time"), "Số hồ sơ giải quyết đúng hạn"),
        ("late", QT_TRANSLATE_NOOP("Figures", "Applications settled late"), "Số hồ sơ giải quyết trễ hạn"),
    ),
    Figure("pending", QT_TRANSLATE_NOOP("Figures", "Applications pending"), "Số hồ sơ đang giải quyết",
           lambda q: q.pending_at_end, section="processes"),
    Figure("on_time_rate", QT_TRANSLATE_NOOP("Figures", "Share settled on time"), "Tỷ lệ giải quyết đúng hạn",
           lambda q: rates.rate(q.stat_sum("on_time"), q.stat_sum("on_time") + q.stat_sum("late")), PERCENT,
           section="processes"),
    Figure("satisfaction", QT_TRANSLATE_NOOP("Figures", "Citizen satisfaction (latest survey)"), "Tỷ lệ hài lòng (khảo sát gần nhất)",
           lambda q: rates.floor_to(q.satisfaction, 1), PERCENT, section="processes"),
    # 36.1(đ): review, audit, corrective action
    Figure("reviews", QT_TRANSLATE_NOOP("Figures", "Management reviews held in the period"), "Số cuộc họp xem xét của lãnh đạo trong kỳ",
           lambda q: len(q.reviews), section="review_audit"),
    Figure("audits", QT_TRANSLATE_NOOP("Figures", "Internal audits held in the period"), "Số cuộc đánh giá nội bộ trong kỳ",
           lambda q: len(q.audits), section="review_audit"),
    Figure("findings_nc", QT_TRANSLATE_NOOP("Figures", "Audit findings of nonconformity"), "Số phát hiện không phù hợp",
           lambda q: sum(1 for a in q.audits for x in a.findings if x.kind == "nonconform"), section="review_audit"),
    Figure("findings_rec", QT_TRANSLATE_NOOP("Figures", "Audit recommendations"), "Số khuyến nghị",
           lambda q: sum(1 for a in q.audits for x in a.findings if x.kind == "recommend"), section="review_audit"),
    Figure("nc_opened", QT_TRANSLATE_NOOP("Figures", "Nonconformities raised in the period"), "Số sự không phù hợp phát sinh trong kỳ",
           _n(lambda q: (n for n in q.ncs if _in(n.detected_date, q.start, q.end))), section="review_audit"),
    Figure("nc_closed", QT_TRANSLATE_NOOP("Figures", "Nonconformities closed in the period"), "Số sự không phù hợp đã đóng trong kỳ",
           _n(lambda q: (n for n in q.ncs if _in(n.closed_date, q.start, q.end))), section="review_audit"),
    Figure("nc_open_end", QT_TRANSLATE_NOOP("Figures", "Nonconformities still open at the end"), "Số sự không phù hợp còn mở cuối kỳ",
           _n(lambda q: (n for n in q.ncs if q.nc_open(n))), section="review_audit"),
    Figure("nc_overdue", QT_TRANSLATE_NOOP("Figures", "Open nonconformities past their due date"), "Trong đó quá hạn khắc phục",
           _n(lambda q: (n for n in q.ncs if q.nc_overdue(n))), section="review_audit"),
    Figure("actions_overdue", QT_TRANSLATE_NOOP("Figures", "Actions past their due date"),
           "Số hành động khắc phục, đầu ra xem xét quá hạn chưa hoàn thành",
           _n(lambda q: (a for a in q.actions if not a.done_date and a.due_date and a.due_date < q.end)),
           section="review_audit"),
    Figure("review_outputs", QT_TRANSLATE_NOOP("Figures", "Outputs of the period's reviews"), "Số đầu ra của các cuộc xem xét",
           lambda q: len(q.review_outputs)),
    Figure("review_outputs_done", QT_TRANSLATE_NOOP("Figures", "Outputs of the period's reviews done"),
           "Số đầu ra của các cuộc xem xét đã hoàn thành",
           _n(lambda q: (o for o in q.review_outputs if o.done_date and o.done_date <= q.end))),
    # 36.1(e): citizen petitions and complaints
    *_stat_figures(
        "complaints",
        ("feedback", QT_TRANSLATE_NOOP("Figures", "Citizen feedback and petitions received"), "Số phản ánh, kiến nghị tiếp nhận"),
        ("complaints", QT_TRANSLATE_NOOP("Figures", "Complaints about TTHC received"), "Số khiếu nại liên quan"),
        ("complaints_resolved", QT_TRANSLATE_NOOP("Figures", "Complaints resolved"), "Số khiếu nại đã giải quyết"),
    ),
    Figure("petitions", QT_TRANSLATE_NOOP("Figures", "Citizen feedback and petitions recorded in the book"),
           "Số phản ánh, kiến nghị ghi trong sổ theo dõi", lambda q: len(q.petitions), section="complaints"),
    Figure("petitions_carried", QT_TRANSLATE_NOOP("Figures", "Feedback and petitions carried over unanswered from "
                                                             "earlier periods"),
           "Số phản ánh, kiến nghị kỳ trước chuyển sang chưa trả lời", lambda q: len(q.petitions_carried),
           section="complaints"),
    Figure("petitions_answered", QT_TRANSLATE_NOOP("Figures", "Feedback and petitions answered in the period"),
           "Số phản ánh, kiến nghị đã trả lời trong kỳ",
           _n(lambda q: (p for p in q.petitions_handled if _in(p.resolved_date, q.start, q.end))), section="complaints"),
    Figure("petitions_pending", QT_TRANSLATE_NOOP("Figures", "Feedback and petitions not answered at the end"),
           "Số phản ánh, kiến nghị chưa trả lời đến cuối kỳ",
           _n(lambda q: (p for p in q.petitions_handled if q.petition_open(p))), section="complaints"),
    Figure("petitions_overdue", QT_TRANSLATE_NOOP("Figures", "Feedback and petitions not answered by their due date"),
           "Số phản ánh, kiến nghị quá hạn chưa trả lời",
           _n(lambda q: (p for p in q.petitions_handled if p.due_date is not None and p.due_date < q.end
                         and q.petition_open(p))), section="complaints"),
    Figure("nc_from_complaints", QT_TRANSLATE_NOOP("Figures", "Nonconformities raised from citizens' feedback"),
           "Số sự không phù hợp phát sinh từ phản ánh của người dân",
           _n(lambda q: (n for n in q.ncs if n.source == NcSource.COMPLAINT and _in(n.detected_date, q.start, q.end))),
           section="complaints"),
    Figure("nc_from_complaints_closed", QT_TRANSLATE_NOOP("Figures", "Of which corrected and closed by the end"),
           "Trong đó đã khắc phục, đóng",
           _n(lambda q: (n for n in q.ncs if n.source == NcSource.COMPLAINT and _in(n.detected_date, q.start, q.end)
                         and not q.nc_open(n))), section="complaints"),
    Figure("improvements_from_complaints", QT_TRANSLATE_NOOP("Figures", "Improvements prompted by citizens' feedback"),
           "Số cải tiến xuất phát từ phản ánh của người dân",
           _n(lambda q: (i for i in q.improvements if i.source == ImprovementSource.COMPLAINT)), section="complaints"),
    # 36.1(g): improvement
    Figure("improvements", QT_TRANSLATE_NOOP("Figures", "Improvements in the period"), "Số cải tiến trong kỳ",
           lambda q: len(q.improvements), section="improvement"),
    # 36.2(a): participation
    Figure("steering_members", QT_TRANSLATE_NOOP("Figures", "ISO steering committee members"), "Số thành viên Ban chỉ đạo ISO",
           _n(lambda q: (p for p in q.staff if p.is_steering)), section="participation"),
    Figure("auditors", QT_TRANSLATE_NOOP("Figures", "Internal auditors"), "Số chuyên gia đánh giá nội bộ",
           _n(lambda q: (p for p in q.staff if p.is_auditor)), section="participation"),
    # 36.2(c): announcement
    Figure("announcements", QT_TRANSLATE_NOOP("Figures", "Announcement decisions in the period"),
           "Số quyết định công bố, công bố lại trong kỳ",
           _n(lambda q: (a for a in q.announcements if _in(a.decision_date, q.start, q.end))), section="announcement"),
    # 36.2(d): legal updates
    Figure("legal_changed", QT_TRANSLATE_NOOP("Figures", "Legal documents taking effect in the period"),
           "Số văn bản pháp luật có hiệu lực trong kỳ",
           _n(lambda q: (d for d in q.legal_docs if _in(d.effective_date, q.start, q.end))), section="legal"),
    Figure("legal_incorporated", QT_TRANSLATE_NOOP("Figures", "Legal documents built into procedures in the period"),
           "Số văn bản đã cập nhật vào quy trình",
           _n(lambda q: (d for d in q.legal_docs if _in(d.incorporated_date, q.start, q.end))), section="legal"),
    Figure("legal_overdue", QT_TRANSLATE_NOOP("Figures", "Legal documents not built in after 3 months"),
           "Số văn bản quá 3 tháng chưa cập nhật", _legal_overdue, section="legal"),
)
FIGURE_KEYS = {f.key: f for f in FIGURES}
assert len(FIGURE_KEYS) == len(FIGURES), "a figure key is declared twice"


# ---------------------------------------------------------------- the gathered facts

@dataclass(frozen=True)
class PeriodFacts(PeriodRows):
    """Everything known about a window as of its end: the figures and the rows behind them (``PeriodRows``,
    which the report copies as they are)."""

    start: dt.date
    end: dt.date
    year: int
    period_code: str | None
    figures: tuple[FigureValue, ...]
    # the rules' inputs (services.warnings)
    audit_dates: tuple[dt.date, ...] = ()
    audits_planned: tuple[rules.PlannedAuditFact, ...] = ()
    review_dates_all: tuple[dt.date, ...] = ()
    tthc: tuple[rules.TthcFact, ...] = ()
    legal_docs: tuple[rules.LegalDocFact, ...] = ()
    steps: tuple[rules.StepsFact, ...] = ()
    actions: tuple[rules.ActionFact, ...] = ()
    inspections_all: tuple[rules.InspectionFact, ...] = ()
    announced_codes: frozenset[str] | None = None
    announcement_id: int | None = None
    latest_objectives: tuple[rules.ObjectiveFact, ...] = ()
    open_petitions: tuple[rules.PetitionFact, ...] = ()  # not answered at the end, whenever received
    # the dashboard's details
    ncs_by_status: tuple[tuple[str, int], ...] = ()  # the period's NCs by status at its end
    recent_stats: tuple[StatFact, ...] = ()
    notes: dict = field(default_factory=dict)

    def value(self, key: str) -> int | float | None:
        return self.figure(key).value

    def figure(self, key: str) -> FigureValue:
        for f in self.figures:
            if f.key == key:
                return f
        raise KeyError(key)


def gather(s: Session, start: dt.date, end: dt.date, *, year: int | None = None,
           period_code: str | None = None, period_end: dt.date | None = None) -> PeriodFacts:
    """The facts of ``start … end`` as of ``end`` (objectives of ``year``, default ``end.year``; their
    result for ``period_code``, or the latest one when it is None). ``period_end``: the period's own end when
    ``end`` cuts it short (statistics rows running past ``end`` are then left out, ``PeriodQuery.stats``)."""
    q = PeriodQuery(s, start, end, year=year, period_code=period_code, period_end=period_end)
    figures = tuple(FigureValue(f.key, f.printed, f.compute(q), f.kind, f.section) for f in FIGURES)
    in_scope = q.tthc_in_scope
    last = q.announcements[-1] if q.announcements else None
    # The period's NCs by their status at its end: those raised or closed in it and those still open
    # (raised earlier). Not the NC register's year: one found on 20/12 belongs to the next report year.
    ncs_period: dict[str, int] = {}
    for n in q.ncs:
        if _in(n.detected_date, start, end) or _in(n.closed_date, start, end) or q.nc_open(n):
            ncs_period[q.nc_status[n.id]] = ncs_period.get(q.nc_status[n.id], 0) + 1
    stats = tuple(_stat_fact(x) for x in q.stats)
    field_stats, gaps = _field_stats(q.stats)
    missing = _missing_slots(start, end, q.stats)
    twelve = add_months(end, -12)
    audit_origin = _former_commune_of(s, "audit") if q.audits else {}
    return PeriodFacts(
        start=start, end=end, year=q.year, period_code=period_code, figures=figures,
        audit_dates=tuple(a.start_date for a in q.audits_done),
        audits_planned=tuple(rules.PlannedAuditFact(*a) for a in q.audits_planned if a[2] is not None and a[2] <= end),
        review_dates_all=tuple(r.date for r in q.reviews_done),
        tthc=tuple(rules.TthcFact(t.id, t.code, t.name, t.id in q.scope_ids, t.id in q.covered_tthc_ids, t.time_limit_days)
                   for t in q.tthc_then),
        legal_docs=tuple(rules.LegalDocFact(d.id, d.procedure_id, p.code, d.title, d.effective_date, d.incorporated_date)
                         for d in q.legal_docs if (p := _procedure(q, d.procedure_id)) is not None),
        steps=_steps(q),
        actions=tuple(q.actions),
        inspections_all=tuple(rules.InspectionFact(i.id, i.body, i.record_number, i.signed_date or i.date,
                                                   i.report_sent_date if i.report_sent_date and i.report_sent_date <= end
                                                   else None) for i in q.inspections),
        announced_codes=frozenset(t.code for t in last.tthc) if last is not None else None,
        announcement_id=last.id if last is not None else None,
        open_petitions=tuple(rules.PetitionFact(p.id, p.number, p.received_date, p.due_date)
                             for p in q.petitions_handled if q.petition_open(p)),
        latest_objectives=tuple(rules.ObjectiveFact(o.id, o.text, r.period, r.achieved)
                                for o in q.objectives if (r := latest_result(o.results)) is not None),
        ncs_by_status=tuple((st.value, ncs_period.get(st, 0)) for st in
                                 (NcStatus.OPEN, NcStatus.IN_PROGRESS, NcStatus.AWAITING_VERIFICATION, NcStatus.CLOSED)),
        recent_stats=tuple(_stat_fact(x) for x in q.recent_stats),
        uncovered_codes=tuple(t.code for t in in_scope if t.id not in q.covered_tthc_ids),
        procedures=_procedure_facts(q),
        training_topics=tuple(_whole(t.content) for t in q.trainings),  # whole: no annex lists them (QA 27 F6)
        policy_year=q.policy_year,
        objectives=tuple(_objective_fact(o, q.result_of(o)) for o in q.objectives),
        stats=stats, field_stats=field_stats, field_stats_gaps=gaps,
        missing_months=tuple(f"{_middle(a, b):%m/%Y}" for a, b in missing),
        missing_spans=_joined(missing),
        review_dates=tuple(r.date for r in q.reviews),
        reviews_12m=tuple(ReviewFact(r.date, r.chair, r.effective, _short(r.conclusion, 300))
                          for r in q.reviews_done if twelve < r.date <= end),
        audits=tuple(AuditFact(a.title, a.start_date, a.end_date, q.staff_names.get(a.lead_auditor_id, ""),
                               ", ".join(u.name for u in a.units), sum(1 for x in a.findings if x.kind == "nonconform"),
                               sum(1 for x in a.findings if x.kind == "recommend"),
                               sum(1 for x in a.findings if x.kind == "conform"), audit_origin.get(a.id, ""))
                      for a in q.audits),
        ncs=_nc_facts(q),
        improvements=tuple(_whole(i.description) for i in q.improvements),
        # each member with the title the staff list gives (QA 60 F7: names alone in a report to the province)
        steering_names=tuple(f"{p.full_name} ({clean(p.title)})" if clean(p.title) else p.full_name
                             for p in q.staff if p.is_steering),
        units_with_procedures=q.units_applying,
        units_audited=tuple(sorted({u.name for a in q.audits for u in a.units}, key=sort_key)),
        announcements=tuple(AnnouncementFact(a.decision_number, a.decision_date, a.notice_sent_date, a.notice_recipient,
                                             a.posted_date, a.is_reannouncement, len(a.tthc), a.website_posted_date)
                            for a in q.announcements),
        scope_changed=last is not None and {t.code for t in last.tthc} != {t.code for t in in_scope},
        inspections=tuple(InspectionFact(i.body, i.date, i.record_number) for i in q.inspections
                          if _in(i.date, start, end)),
        inspection_answers=_inspection_answers(q, start),
    )


def reporting_state(s: Session) -> tuple[frozenset[str], dt.date | None]:
    """(the periods of which a version of the report was finalised or sent, the day the database was first written —
    None when nothing is recorded yet): what ``periods.report_to_make`` needs. Two small queries."""
    reported = frozenset(s.scalars(select(orm.Report.period).distinct()
                                   .where(orm.Report.status.in_((ReportStatus.FINAL, ReportStatus.SENT)))))
    first = s.scalar(select(func.min(orm.ChangeLog.at)))
    return reported, (first.date() if isinstance(first, dt.datetime) else first)


def unmeasured_objectives(s: Session, year: int) -> int:
    """The quality objectives of ``year`` (not cancelled) without a result for the year itself. One query."""
    o, r = orm.Objective, orm.ObjectiveResult
    measured = select(r.id).where(r.objective_id == o.id, r.period == str(year)).exists()
    return s.scalar(select(func.count(o.id)).where(o.year == year, o.cancelled_reason.is_(None), ~measured)) or 0


def _former_commune_of(s: Session, table: str) -> dict[int, str]:
    """Record id → the former commune a merge brought it from ("xã Phú Lâm"); empty before any merge (two queries)."""
    from qms_desktop.services.provenance import origins_in, predecessors_in

    names = {p.id: p.label for p in predecessors_in(s)}
    if not names:
        return {}
    return {ident: names[o.source] for ident, o in origins_in(s, table).items() if o.source in names}


def _inspection_answers(q: PeriodQuery, start: dt.date) -> tuple[InspectionAnswer, ...]:
    """The inspections by higher bodies the period dealt with — held in it, or held before and not answered
    before it began — each with the day the commune reported its corrective actions and the NCs it opened
    from it. The day reported is the one recorded when the report is made (often after the period's end:
    the report is made after it), so the receiving office sees the answer in the package it receives."""
    out = []
    for i in q.inspections:
        signed = i.signed_date or i.date
        if signed < start and i.report_sent_date is not None and i.report_sent_date < start:
            continue  # answered in an earlier period
        ncs = [n for n in q.ncs if n.inspection_id == i.id]
        out.append(InspectionAnswer(i.body, i.record_number or "", signed, i.report_sent_date, len(ncs),
                                    sum(1 for n in ncs if q.nc_status[n.id] == NcStatus.CLOSED)))
    return tuple(out)


def _procedure(q: PeriodQuery, procedure_id: int) -> orm.Procedure | None:
    return next((p for p in q.procedures if p.id == procedure_id), None)


def _stat_fact(x: orm.ServiceStat) -> StatFact:
    return StatFact(x.period_start, x.period_end, x.received or 0, x.on_time or 0, x.late or 0, x.pending or 0,
                    x.feedback or 0, x.complaints or 0, x.complaints_resolved or 0)


def _field_stats(stats: list[orm.ServiceStat]) -> tuple[tuple[rates.FieldCounts, ...], tuple[str, ...]]:
    """Per-field sums over the window's statistics rows, and the rows whose detail is missing or does
    not add up to their totals. Pending is a stock: a field's is the one of the last rows with detail
    (``stock_rows``, as ``PeriodQuery.pending_at_end``)."""
    counts = rates.FieldCounts.COUNTS
    sums: dict[str, list[int]] = {}
    gaps = []
    last = {id(x) for x in stock_rows(x for x in stats if x.field_rows)}
    pending = counts.index("pending")
    for x in stats:
        label = f"{x.period_start:%d/%m/%Y}–{x.period_end:%d/%m/%Y}"
        if not x.field_rows:
            gaps.append(label)
            continue
        totals = [sum(getattr(f, k) for f in x.field_rows) for k in counts]
        if totals != [getattr(x, k) or 0 for k in counts]:
            gaps.append(label)
        for f in x.field_rows:
            acc = sums.setdefault(f.field, [0] * len(counts))
            for i, k in enumerate(counts):
                if i != pending:
                    acc[i] += getattr(f, k) or 0
                elif id(x) in last:
                    acc[i] += getattr(f, k) or 0
    rows = tuple(rates.FieldCounts(name, *values) for name, values in sorted(sums.items(), key=lambda kv: sort_key(kv[0])))
    return rows, tuple(gaps)


def _middle(a: dt.date, b: dt.date) -> dt.date:
    return a + (b - a) / 2


def _missing_slots(start: dt.date, end: dt.date, stats: list[orm.ServiceStat]) -> list[tuple[dt.date, dt.date]]:
    """The window's months (slots from ``start``) whose middle no statistics row of the window covers."""
    spans = [(x.period_start, x.period_end) for x in stats]
    return [(a, b) for a, b in month_slots(start, end) if not any(x <= _middle(a, b) <= y for x, y in spans)]


def _joined(slots: list[tuple[dt.date, dt.date]]) -> tuple[tuple[dt.date, dt.date], ...]:
    """Consecutive slots as one span of days."""
    out: list[tuple[dt.date, dt.date]] = []
    for a, b in slots:
        if out and out[-1][1] + dt.timedelta(days=1) == a:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return tuple(out)


def _procedure_facts(q: PeriodQuery) -> tuple[ProcedureFact, ...]:
    out = []
    for p in q.procedures:
        codes = ", ".join(sorted(t.code for t in p.tthc))
        v = q.in_force.get(p.id)
        if v is not None:
            out.append(ProcedureFact(p.code, p.title, v.number, v.effective_date, ProcedureStatus.EFFECTIVE, codes))
        elif p.versions and _created_by(p, q.end):
            out.append(ProcedureFact(p.code, p.title, None, None, ProcedureStatus.DRAFT, codes))
    return tuple(out)


def _steps(q: PeriodQuery) -> tuple[rules.StepsFact, ...]:
    out = []
    for p in q.procedures:
        v = q.in_force.get(p.id)
        limits = [t for t in p.tthc if t.time_limit_days is not None]
        if v is None or not limits or not q.steps_in_force.get(v.id):
            continue
        strictest = min(limits, key=lambda t: t.time_limit_days)
        steps = [Step(x.step_no, x.action, x.responsible, x.duration, x.duration_unit) for x in q.steps_in_force[v.id]]
        allowed = strictest.time_limit_days if strictest.time_limit_days > 0 else 1.0
        out.append(rules.StepsFact(p.id, p.code, strictest.code, total_days(steps), allowed))
    return tuple(out)


def _objective_fact(o: orm.Objective, r: orm.ObjectiveResult | None) -> ObjectiveFact:
    return ObjectiveFact(o.text, o.target, o.comparison, o.unit or "", r.value if r else None, r.achieved if r else None)


def _nc_facts(q: PeriodQuery) -> tuple[NcFact, ...]:
    out = []
    for n in q.ncs:
        status = q.nc_status[n.id]
        detected_in = _in(n.detected_date, q.start, q.end)
        if not (detected_in or status != NcStatus.CLOSED or _in(n.closed_date, q.start, q.end)):
            continue
        actions = [a for a in n.actions if action_known_by(a, q.end)]
        action_text = "; ".join(
            a.description + (f" ({a.owner})" if a.owner else "")
            + (f", xong {a.done_date:%d/%m/%Y}" if a.done_date and a.done_date <= q.end
               else f", hạn {a.due_date:%d/%m/%Y}" if a.due_date else "") for a in actions)
        if (n.immediate_correction or "").strip():  # the correction made at once, as the CAR form prints it (QA 39 F10)
            action_text = f"Khắc phục tức thời: {n.immediate_correction.strip().rstrip('.')}." + (
                f" Hành động khắc phục: {action_text}" if action_text else "")
        out.append(NcFact(n.number, n.detected_date, n.source, n.severity, n.description, status, q.nc_due[n.id],
                          n.closed_date if status == NcStatus.CLOSED else None, n.root_cause or "", action_text))
    return tuple(out)


def figure_values(facts: PeriodFacts) -> dict[str, int | float | None]:
    return {f.key: f.value for f in facts.figures}


def report_period_figures(ctx, period: str) -> list[tuple[str, str, str, int | float | None]]:
    """(key, screen label source, printed label, value) of every figure of a report period, up to today
    when the period has not ended (``qms report figures``)."""
    from qms_desktop.domain.periods import DECREE_09, ReportPeriod
    from qms_desktop.services.agency import get_setting

    p = ReportPeriod.parse(period)
    start, end = p.bounds(get_setting(ctx, "period_rule") or DECREE_09)
    with ctx.tx("read") as s:
        facts = gather(s, start, max(start, min(end, ctx.today)), year=p.year, period_code=p.code, period_end=end)
    values = figure_values(facts)
    return [(f.key, f.label, f.printed, values[f.key]) for f in FIGURES]


__all__ = ["FIGURES", "FIGURE_KEYS", "Figure", "PeriodFacts", "PeriodQuery", "effective_version_at", "figure_values",
           "gather", "latest_result", "nc_status_at", "report_period_figures"]
