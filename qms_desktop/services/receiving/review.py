"""Review of a unit's report for a period: Đã nhận → Trả lại → Nộp lại → Đã chấp nhận (locked).

- Return (Trả lại) needs a comment; the unit is asked to send a corrected version (a printable
  letter says why). A returned report stays visible but is left out of the totals.
- A corrected package for a returned report makes it Nộp lại (resubmitted).
- Accept (Đã chấp nhận) locks it: a later package for that unit and period is refused until the
  report is unlocked, which is explicit, needs a reason, and is logged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from qms_desktop.domain.periods import ReportPeriod, period_name
from qms_desktop.domain.text import clean
from qms_desktop.domain import receiving_labels
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.reports.pades import INVALID
from qms_desktop.services.context import AppContext
from qms_desktop.services.receiving.errors import InboxInvalid, InboxNotFound
from qms_desktop.services.receiving.units import code_is
from qms_desktop.storage import orm

RECEIVED, RETURNED, RESUBMITTED, ACCEPTED = "received", "returned", "resubmitted", "accepted"
STATES = (RECEIVED, RETURNED, RESUBMITTED, ACCEPTED)
# Shown to the user (context "Inbox"): declared in domain/receiving_labels.py.
STATE_LABELS = receiving_labels.STATE_LABELS


@dataclass(frozen=True)
class SubmissionRow:
    id: int
    unit_code: str
    unit_name: str
    period: str
    state: str
    comment: str
    state_at: dt.datetime | None
    state_by: str


@dataclass(frozen=True)
class EventRow:
    at: dt.datetime
    username: str
    action: str
    period: str
    detail: str


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def _load(s: Session, submission_id: int) -> tuple[orm.RxSubmission, orm.RxUnit]:
    sub = s.get(orm.RxSubmission, submission_id)
    if sub is None:
        raise InboxNotFound(QT_TRANSLATE_NOOP("Inbox", "This report is no longer in the inbox."))
    return sub, s.get(orm.RxUnit, sub.unit_id)


def find_submission(ctx: AppContext, unit_code: str, period: str) -> int:
    """The id of a unit's report for a period. Raises InboxNotFound (the unit is not in the register, or
    nothing was received from it for the period)."""
    code = ReportPeriod.parse(period).code
    with ctx.tx("read") as s:
        unit_id = s.scalar(select(orm.RxUnit.id).where(code_is(unit_code)))
        found = None if unit_id is None else s.scalar(
            select(orm.RxSubmission.id).where(orm.RxSubmission.unit_id == unit_id, orm.RxSubmission.period == code))
    if unit_id is None:
        raise InboxNotFound(QT_TRANSLATE_NOOP("Inbox", "No unit with code {code} in the register."), code=unit_code)
    if found is None:
        raise InboxNotFound(QT_TRANSLATE_NOOP("Inbox", "No report from unit {code} for {period} has been received."),
                            code=unit_code, period=period_name(code))
    return found


def _row(sub: orm.RxSubmission, unit: orm.RxUnit) -> SubmissionRow:
    return SubmissionRow(sub.id, unit.code, unit.name, sub.period, sub.state, sub.comment, sub.state_at, sub.state_by)


def _change(ctx: AppContext, permission: str, submission_id: int, allowed: tuple[str, ...], new_state: str,
            action: str, detail: str, refusal: str, *, signature_checked: bool = False) -> SubmissionRow:
    with ctx.tx(permission) as s:
        sub, unit = _load(s, submission_id)
        if sub.state not in allowed:
            raise InboxInvalid(refusal, state_label=STATE_LABELS[sub.state])
        if signature_checked:
            signature = s.scalar(select(orm.RxPackage.pdf_signature).where(
                orm.RxPackage.submission_id == sub.id, orm.RxPackage.current.is_(True)))
            if signature == INVALID:
                raise InboxInvalid(QT_TRANSLATE_NOOP(
                    "Inbox", "The digital signature of {unit}'s report PDF is INVALID (see the package's detail): "
                             "return it for a corrected version, or accept it knowingly."), unit=unit.name)
        now = _now()
        sub.state, sub.state_at, sub.state_by = new_state, now, ctx.actor.username
        if action == "returned":
            sub.comment = detail
        current = s.scalar(select(orm.RxPackage.id).where(orm.RxPackage.submission_id == sub.id,
                                                          orm.RxPackage.current.is_(True)))
        s.add(orm.RxEvent(unit_id=unit.id, period=sub.period, package_id=current, at=now,
                          username=ctx.actor.username, action=action, detail=detail))
        s.flush()
        return _row(sub, unit)


def return_report(ctx: AppContext, submission_id: int, comment: str) -> SubmissionRow:
    """Trả lại: send the report back for correction, saying why (required).

    Raises:
        InboxInvalid: no comment, or the report is accepted (unlock it first) or already returned.
    """
    text = "\n".join(line.strip() for line in (comment or "").replace("\r\n", "\n").split("\n")).strip()
    if not clean(text):
        raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "Say what must be corrected: returning a report needs a comment."),
                           field="comment")
    return _change(ctx, "edit", submission_id, (RECEIVED, RESUBMITTED), RETURNED, "returned", text,
                   QT_TRANSLATE_NOOP("Inbox", "A report that is {state_label} cannot be returned."))


def accept_report(ctx: AppContext, submission_id: int, *, despite_invalid_signature: bool = False) -> SubmissionRow:
    """Đã chấp nhận: the report is accepted and locked.

    Raises:
        InboxInvalid: the report is returned (wait for the corrected version) or already accepted; its PDF's
            digital signature is invalid and ``despite_invalid_signature`` is not given (QA 17 F3: accepted and
            locked without a word).
    """
    return _change(ctx, "edit", submission_id, (RECEIVED, RESUBMITTED), ACCEPTED, "accepted", "",
                   QT_TRANSLATE_NOOP("Inbox", "A report that is {state_label} cannot be accepted."),
                   signature_checked=not despite_invalid_signature)


def unlock_report(ctx: AppContext, submission_id: int, reason: str) -> SubmissionRow:
    """Unlock an accepted report (a leader, with a reason; logged): it is Đã nhận again.

    Raises:
        InboxInvalid: no reason, or the report is not accepted. PermissionDenied: not a leader.
    """
    ctx.require("approve", QT_TRANSLATE_NOOP("Errors", "unlock an accepted report (a leader's decision)"))
    text = clean(reason)
    if not text:
        raise InboxInvalid(QT_TRANSLATE_NOOP("Inbox", "Give the reason for unlocking an accepted report."),
                           field="reason")
    return _change(ctx, "approve", submission_id, (ACCEPTED,), RECEIVED, "unlocked", text,
                   QT_TRANSLATE_NOOP("Inbox", "Only an accepted report is unlocked; this one is {state_label}."))


def events(ctx: AppContext, unit_code: str, period: str | None = None) -> list[EventRow]:
    """A unit's timeline (packages received, returns, acceptances, keys pinned), oldest first."""
    with ctx.tx("read") as s:
        unit = s.scalar(select(orm.RxUnit).where(code_is(unit_code)))
        if unit is None:
            return []
        stmt = select(orm.RxEvent).where(orm.RxEvent.unit_id == unit.id).order_by(orm.RxEvent.id)
        if period:
            stmt = stmt.where(orm.RxEvent.period.in_((period, "")))
        return [EventRow(e.at, e.username, e.action, e.period, e.detail) for e in s.scalars(stmt)]


def get_submission(ctx: AppContext, submission_id: int) -> SubmissionRow:
    with ctx.tx("read") as s:
        sub, unit = _load(s, submission_id)
        return _row(sub, unit)
