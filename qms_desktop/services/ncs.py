"""Nonconformities (sự không phù hợp) and corrective actions, numbered gaplessly per year.

Flow: Mở → Đang khắc phục → Chờ xác nhận → Đã đóng, or Hủy with a reason. A nonconformity cannot
close without a verification that found the actions effective and every action done.
"""

from __future__ import annotations

import datetime as dt
import dataclasses
from dataclasses import dataclass, field

from sqlalchemy import func, select

from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.model import NcSource, NcStatus, Severity
from qms_desktop.domain.text import clean, search_words
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services.common import cancel_with_reason, check_dated, load, optional_date, require_not_cancelled, required_date, required_text
from qms_desktop.services.context import AppContext, Stamp, child_ids, stamp_of, stamps_of
from qms_desktop.storage.db import serialise_writers
from qms_desktop.storage import orm


@dataclass(frozen=True)
class ActionRow:
    id: int
    nc_id: int
    description: str
    owner: str
    due_date: dt.date | None
    done_date: dt.date | None
    result: str
    cancelled_reason: str | None = None
    stamp: Stamp | None = field(default=None, compare=False)  # from get_nc(): the action's forms save with it


@dataclass(frozen=True)
class NcRow:
    id: int
    number: str
    year: int
    status: str
    source: str
    severity: str
    description: str
    clause: str
    detected_date: dt.date
    due_date: dt.date | None
    closed_date: dt.date | None
    open_actions: int
    unit_id: int | None = None
    procedure_id: int | None = None
    audit_id: int | None = None
    inspection_id: int | None = None
    former_number: str | None = None  # its number in a former commune's register (after a merge)
    action_due: dt.date | None = None  # the earliest due date of its open corrective actions


@dataclass(frozen=True)
class NcDetail:
    row: NcRow
    immediate_correction: str
    root_cause: str
    verified_by: str
    verified_date: dt.date | None
    verification_effective: bool | None
    verification_note: str
    cancelled_reason: str | None
    actions: tuple[ActionRow, ...]
    stamp: Stamp | None = field(default=None, compare=False)  # the NC row as loaded: update_nc(ctx.editing(detail.stamp), …)


def _action_row(a: orm.CorrectiveAction) -> ActionRow:
    return ActionRow(a.id, a.nc_id, a.description, a.owner, a.due_date, a.done_date, a.result, a.cancelled_reason)


def _live(nc: orm.Nonconformity) -> list[orm.CorrectiveAction]:
    return [a for a in nc.actions if not a.cancelled_reason]


def _row(nc: orm.Nonconformity) -> NcRow:
    open_actions = [a for a in _live(nc) if not a.done_date]
    return NcRow(nc.id, nc.number, nc.year, nc.status, nc.source, nc.severity, nc.description, nc.clause,
                 nc.detected_date, nc.due_date, nc.closed_date, len(open_actions),
                 nc.unit_id, nc.procedure_id, nc.audit_id, nc.inspection_id, nc.former_number,
                 min((a.due_date for a in open_actions if a.due_date), default=None))


def _detail(nc: orm.Nonconformity, action_stamps: dict | None = None) -> NcDetail:
    stamps = action_stamps or {}
    return NcDetail(_row(nc), nc.immediate_correction, nc.root_cause, nc.verified_by, nc.verified_date,
                    nc.verification_effective, nc.verification_note, nc.cancelled_reason,
                    tuple(dataclasses.replace(_action_row(a), stamp=stamps.get(a.id)) for a in nc.actions))


def _choice(value: str, allowed, name: str, label: str) -> str:
    if value not in {a.value for a in allowed}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label}: '{value}' is not an allowed value."), field=name,
                              field_label=label, value=value)
    return value


def next_number(session, year: int) -> tuple[int, str]:
    """The next gapless number of the year. Called inside the writing transaction (SQLite's write
    lock, or the server's writers' lock, serialises writers, so two processes never get the same
    number; the call below takes the latter explicitly should the session not be a writing one)."""
    serialise_writers(session)
    seq = (session.scalar(select(func.max(orm.Nonconformity.seq)).where(orm.Nonconformity.year == year)) or 0) + 1
    return seq, f"{seq:02d}/{year}"


def open_nc(ctx: AppContext, *, description: str, detected_date: object, source: str = NcSource.OTHER,
            severity: str = Severity.MINOR, clause: str = "", procedure_id: int | None = None,
            unit_id: int | None = None, audit_id: int | None = None, finding_id: int | None = None,
            inspection_id: int | None = None, due_date: object = None, immediate_correction: str = "",
            root_cause: str = "", permission: str = "edit") -> NcRow:
    """Record a nonconformity with the next number of its year.

    Raises:
        ValidationError: no description, an impossible date, a detection date in the future (it would open
            that year's register, whose numbers can never be taken back), an unknown source or severity.
    """
    description = required_text(description, QT_TRANSLATE_NOOP("Fields", "Description"), "description", long=True)
    detected = check_dated(required_date(detected_date, DETECTED, "detected_date"), DETECTED, "detected_date",
                           today=ctx.today)
    due = optional_date(due_date, QT_TRANSLATE_NOOP("Fields", "Due date"), "due_date")
    if due and due < detected:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The due date is before the date detected."), field="due_date")
    _choice(source, NcSource, "source", QT_TRANSLATE_NOOP("Fields", "Source"))
    _choice(severity, Severity, "severity", QT_TRANSLATE_NOOP("Fields", "Severity"))
    with ctx.tx(permission) as s:
        for model, ident in ((orm.Procedure, procedure_id), (orm.Unit, unit_id), (orm.Audit, audit_id),
                             (orm.Finding, finding_id), (orm.ExternalInspection, inspection_id)):
            if ident is not None:
                load(s, model, ident)
        seq, number = next_number(s, detected.year)
        nc = orm.Nonconformity(
            year=detected.year, seq=seq, number=number, source=source, severity=severity, clause=clean(clause),
            procedure_id=procedure_id, unit_id=unit_id, audit_id=audit_id, finding_id=finding_id,
            inspection_id=inspection_id, description=description, detected_date=detected, due_date=due,
            immediate_correction=clean(immediate_correction), root_cause=clean(root_cause), status=NcStatus.OPEN)
        s.add(nc)
        s.flush()
        return _row(nc)


DETECTED = QT_TRANSLATE_NOOP("Fields", "Detected on")


def _due(due: dt.date | None, nc: orm.Nonconformity) -> dt.date | None:
    """A due date (of the nonconformity or of an action) is not before the day it was detected."""
    return due if due is None else check_dated(due, QT_TRANSLATE_NOOP("Fields", "Due date"), "due_date",
                                               after=[(nc.detected_date, DETECTED)])


def _editable(nc: orm.Nonconformity) -> None:
    if nc.status in (NcStatus.CLOSED, NcStatus.CANCELLED):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Nonconformity {number} is closed or cancelled and can no longer change."),
                              number=nc.number)


def _with_live_actions(s, nc_id: int) -> tuple[orm.Nonconformity, list[orm.CorrectiveAction]]:
    """The nonconformity, still editable, and its live actions; refused while it has none (verify, close)."""
    nc = load(s, orm.Nonconformity, nc_id)
    _editable(nc)
    live = _live(nc)
    if not live:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Nonconformity {number} cannot close: it has no corrective "
                                                "action yet. Add the actions taken, mark them done and have them "
                                                "verified as effective first."), number=nc.number)
    return nc, live


def update_nc(ctx: AppContext, nc_id: int, *, description: str | None = None, root_cause: str | None = None,
              immediate_correction: str | None = None, due_date: object = None, clause: str | None = None,
              severity: str | None = None, clear_due_date: bool = False) -> NcRow:
    """Change the description, cause, clause, severity or due date (None keeps a value;
    ``clear_due_date`` removes the due date)."""
    with ctx.tx("edit") as s:
        nc = load(s, orm.Nonconformity, nc_id)
        _editable(nc)
        if description is not None:
            nc.description = required_text(description, QT_TRANSLATE_NOOP("Fields", "Description"), "description", long=True)
        if root_cause is not None:
            nc.root_cause = clean(root_cause)
        if immediate_correction is not None:
            nc.immediate_correction = clean(immediate_correction)
        if clear_due_date:
            nc.due_date = None
        elif due_date is not None:
            nc.due_date = _due(optional_date(due_date, QT_TRANSLATE_NOOP("Fields", "Due date"), "due_date"), nc)
        if clause is not None:
            nc.clause = clean(clause)
        if severity is not None:
            nc.severity = _choice(severity, Severity, "severity", QT_TRANSLATE_NOOP("Fields", "Severity"))
        s.flush()
        return _row(nc)


def add_action(ctx: AppContext, nc_id: int, *, description: str, owner: str = "", due_date: object = None,
               owner_staff_id: int | None = None) -> ActionRow:
    """Plan a corrective action; the nonconformity moves to Đang khắc phục."""
    description = required_text(description, QT_TRANSLATE_NOOP("Fields", "Action"), "description", long=True)
    due = optional_date(due_date, QT_TRANSLATE_NOOP("Fields", "Due date"), "due_date")
    with ctx.tx("edit") as s:
        nc = load(s, orm.Nonconformity, nc_id)
        _editable(nc)
        _due(due, nc)
        if owner_staff_id is not None:
            owner = owner or load(s, orm.Staff, owner_staff_id).full_name
        a = orm.CorrectiveAction(nc_id=nc.id, description=description, owner=clean(owner), due_date=due,
                                 owner_staff_id=owner_staff_id)
        s.add(a)
        nc.status = NcStatus.IN_PROGRESS
        if due and (nc.due_date is None or due > nc.due_date):
            nc.due_date = due
        s.flush()
        return _action_row(a)


def update_action(ctx: AppContext, action_id: int, *, description: str | None = None, owner: str | None = None,
                  due_date: object = None, clear_due_date: bool = False) -> ActionRow:
    """Change a corrective action (None keeps a value; ``clear_due_date`` removes the due date). A done action
    keeps its date done and result; a later due date extends the nonconformity's, as in ``add_action``.

    Raises:
        ValidationError: the nonconformity is closed or cancelled, the action is cancelled, an empty description,
            an impossible date.
    """
    if description is not None:
        description = required_text(description, QT_TRANSLATE_NOOP("Fields", "Action"), "description", long=True)
    due = optional_date(due_date, QT_TRANSLATE_NOOP("Fields", "Due date"), "due_date")
    with ctx.tx("edit") as s:
        a = load(s, orm.CorrectiveAction, action_id)
        nc = load(s, orm.Nonconformity, a.nc_id)
        _editable(nc)
        require_not_cancelled(a)
        _due(due, nc)
        if description is not None:
            a.description = description
        if owner is not None and clean(owner) != a.owner:
            a.owner, a.owner_staff_id = clean(owner), None  # typed by hand: no longer the staff member linked
        if clear_due_date:
            a.due_date = None
        elif due is not None:
            a.due_date = due
            if nc.due_date is None or due > nc.due_date:
                nc.due_date = due
        s.flush()
        return _action_row(a)


def complete_action(ctx: AppContext, action_id: int, *, done_date: object, result: str = "") -> ActionRow:
    """Mark an action done; when every action is done the nonconformity awaits verification."""
    with ctx.tx("edit") as s:
        a = load(s, orm.CorrectiveAction, action_id)
        nc = load(s, orm.Nonconformity, a.nc_id)
        _editable(nc)
        done = required_date(done_date, QT_TRANSLATE_NOOP("Fields", "Done on"), "done_date")
        if done < nc.detected_date:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The action cannot be done before the nonconformity was detected."),
                                  field="done_date")
        if done > ctx.today:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The date done cannot be in the future."), field="done_date")
        a.done_date, a.result = done, clean(result)
        s.flush()
        if all(x.done_date for x in _live(nc)):
            nc.status = NcStatus.AWAITING_VERIFICATION
        s.flush()
        return _action_row(a)


def verify(ctx: AppContext, nc_id: int, *, verified_by: str, verified_date: object, effective: bool,
           note: str = "") -> NcRow:
    """Record the verification of effectiveness. Not effective → back to Đang khắc phục.

    Raises:
        ValidationError: an action not done yet, or a verification date in the future, before the
            nonconformity was detected or before its last action was done.
    """
    who = required_text(verified_by, QT_TRANSLATE_NOOP("Fields", "Verified by"), "verified_by", max_len=200)
    when = required_date(verified_date, QT_TRANSLATE_NOOP("Fields", "Verified on"), "verified_date")
    with ctx.tx("edit") as s:
        nc, live = _with_live_actions(s, nc_id)
        if not all(a.done_date for a in live):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Nonconformity {number}: every corrective action must be done before verification."),
                                  number=nc.number)
        if when < max(a.done_date for a in live):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The verification cannot be dated before the last action was done."),
                                  field="verified_date")
        check_dated(when, QT_TRANSLATE_NOOP("Fields", "Verified on"), "verified_date", today=ctx.today,
                    after=[(nc.detected_date, DETECTED)])
        nc.verified_by, nc.verified_date, nc.verification_effective = who, when, bool(effective)
        nc.verification_note = clean(note)
        nc.status = NcStatus.AWAITING_VERIFICATION if effective else NcStatus.IN_PROGRESS
        s.flush()
        return _row(nc)


def _closable(s, nc_id: int) -> tuple[orm.Nonconformity, list[orm.CorrectiveAction]]:
    """The nonconformity and its live actions when it may close: every action done, verified as effective."""
    nc, live = _with_live_actions(s, nc_id)
    if not all(a.done_date for a in live):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Nonconformity {number} cannot close: not every corrective action is done."),
                              number=nc.number)
    if not nc.verified_date or not nc.verification_effective:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Nonconformity {number} cannot close before its actions are verified as effective."),
                              number=nc.number)
    return nc, live


def check_closable(ctx: AppContext, nc_id: int) -> None:
    """What closing would refuse, said before the user is asked to confirm it (nothing is written).

    Raises:
        ValidationError: as :func:`close_nc` for the actions and the verification.
    """
    with ctx.tx("read") as s:
        _closable(s, nc_id)


def close_nc(ctx: AppContext, nc_id: int, *, closed_date: object = None) -> NcRow:
    """Close (Đã đóng), on ``closed_date`` (default today). Refused unless verified effective and every action done.

    Raises:
        ValidationError: an action not done, not verified as effective, or a closing date in the future or
            before the detection, the last action done or the verification.
    """
    label = QT_TRANSLATE_NOOP("Fields", "Closed on")
    closed = optional_date(closed_date, label, "closed_date")
    with ctx.tx("edit") as s:
        nc, live = _closable(s, nc_id)
        nc.closed_date = check_dated(closed or ctx.today, label, "closed_date", today=ctx.today, after=[
            (nc.detected_date, DETECTED),
            (max(a.done_date for a in live), QT_TRANSLATE_NOOP("Fields", "Last action done on")),
            (nc.verified_date, QT_TRANSLATE_NOOP("Fields", "Verified on"))])
        nc.status = NcStatus.CLOSED
        s.flush()
        return _row(nc)


def cancel_nc(ctx: AppContext, nc_id: int, *, reason: str) -> NcRow:
    """Cancel (Hủy) with a reason; the number stays taken, so numbering has no gaps."""
    return cancel_with_reason(ctx, orm.Nonconformity, nc_id, reason, status=NcStatus.CANCELLED,
                              row=lambda _s, nc: _row(nc), check=_editable)


def list_ncs(ctx: AppContext, *, search: str = "", status: str | None = None, year: int | None = None) -> list[NcRow]:
    # One Core query, the open actions counted in SQL: no ORM object per NC or action (issue 19).
    n, a = orm.Nonconformity, orm.CorrectiveAction
    # grouped once and joined (a correlated count per NC scanned every action for each NC)
    open_actions = (select(a.nc_id, func.count(a.id).label("n"), func.min(a.due_date).label("due"))
                    .where(a.cancelled_reason.is_(None), a.done_date.is_(None)).group_by(a.nc_id).subquery())
    stmt = (select(n.id, n.number, n.year, n.status, n.source, n.severity, n.description, n.clause, n.detected_date,
                   n.due_date, n.closed_date, func.coalesce(open_actions.c.n, 0), n.unit_id, n.procedure_id, n.audit_id,
                   n.inspection_id, n.former_number, open_actions.c.due)
            .outerjoin(open_actions, open_actions.c.nc_id == n.id)
            .order_by(n.year, n.seq))
    for word in search_words(search):
        stmt = stmt.where(n.search_key.contains(word, autoescape=True))
    if status:
        stmt = stmt.where(n.status == status)
    if year:
        stmt = stmt.where(n.year == year)
    with ctx.tx("read") as s:
        # Core rows straight from the connection: the ORM's statement layer adds nothing to a column list
        return [NcRow(*r) for r in s.connection().execute(stmt)]


def get_nc(ctx: AppContext, nc_id: int) -> NcDetail:
    with ctx.tx("read") as s:
        stamp = stamp_of(s, orm.Nonconformity, nc_id)  # first: a change in between then refuses the save
        actions = stamps_of(s, orm.CorrectiveAction, child_ids(s, orm.CorrectiveAction.nc_id, nc_id))
        return dataclasses.replace(_detail(load(s, orm.Nonconformity, nc_id), actions), stamp=stamp)
