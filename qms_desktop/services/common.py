"""Small helpers shared by the services."""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from qms_desktop.domain.change_labels import entity_label
from qms_desktop.domain.errors import NotFound, ValidationError
from qms_desktop.domain.schema import check_date
from qms_desktop.domain.text import clean, nfc
from qms_desktop.i18n import QT_TRANSLATE_NOOP


def load(session, model: type, record_id: int | None):
    obj = session.get(model, record_id) if record_id is not None else None
    if obj is None:
        kind = getattr(model, "__tablename__", model.__name__)
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Record not found ({kind_label} {id})."), kind=kind,
                       kind_label=entity_label(kind)[1], id=record_id)
    return obj


def required_text(value: object, label: str, name: str, *, long: bool = False, max_len: int = 5000) -> str:
    text = nfc(str(value)).strip() if long and value is not None else clean(value)
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label} is required."), field=name, field_label=label)
    if len(text) > max_len:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label} is too long (at most {max} characters)."),
                              field=name, field_label=label, max=max_len)
    return text


def optional_date(value: object, label: str, name: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    from qms_desktop.domain.schema import FieldSpec, DATE
    return check_date(value, FieldSpec(name, label, DATE))


def required_date(value: object, label: str, name: str) -> dt.date:
    result = optional_date(value, label, name)
    if result is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label} is required."), field=name, field_label=label)
    return result


APPROVED_ON = QT_TRANSLATE_NOOP("Fields", "Approved on")


def sign_off(ctx, approved_by: object, approved_date: object, *, max_len: int = 5000) -> tuple[str, dt.date]:
    """Who approves and on which day (default ``ctx.today``), checked as typed; the caller checks the day
    against the record's own dates with :func:`check_dated` and :data:`APPROVED_ON`.

    Raises:
        ValidationError: no approver, or an approval day that is not a date.
    """
    who = required_text(approved_by, QT_TRANSLATE_NOOP("Fields", "Approved by"), "approved_by", max_len=max_len)
    return who, optional_date(approved_date, APPROVED_ON, "approved_date") or ctx.today


DATE_IN_FUTURE = QT_TRANSLATE_NOOP("Errors", "{field_label} ({date}) cannot be in the future: today is {today}.")
DATE_TOO_EARLY = QT_TRANSLATE_NOOP("Errors", "{field_label} ({date}) cannot be before {other_label} ({other}).")


def check_dated(day: dt.date, label: str, name: str, *, today: dt.date | None = None,
                after: Iterable[tuple[dt.date | None, str]] = ()) -> dt.date:
    """The one rule for a day something happened or is due, shared by the services: not after ``today``
    when given (the day a thing was done, verified, approved, sent: pass ``ctx.today``, never the real
    date; a due date passes none), and not before any day it follows (``after``: (day, label) pairs,
    a None day skipped). Returns ``day``.

    Raises:
        ValidationError: on ``name``, the day and the rule it breaks in the message (dd/MM/yyyy).
    """
    if today is not None and day > today:
        raise ValidationError(DATE_IN_FUTURE, field=name, field_label=label, date=day.strftime("%d/%m/%Y"),
                              today=today.strftime("%d/%m/%Y"))
    for earlier, earlier_label in after:
        if earlier is not None and day < earlier:
            raise ValidationError(DATE_TOO_EARLY, field=name, field_label=label, date=day.strftime("%d/%m/%Y"),
                                  other_label=earlier_label, other=earlier.strftime("%d/%m/%Y"))
    return day


def require_not_cancelled(*records) -> None:
    """Refuse a change to a cancelled record, or to a part of one (a version of a withdrawn procedure, a decision of
    a cancelled review) — cancelled before, or by someone else while the form was open.

    Raises:
        ValidationError: any of ``records`` is cancelled.
    """
    if any(r.cancelled_reason for r in records):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This record is cancelled."))


def mark_cancelled(obj, reason: str, today: dt.date, status: str | None = None) -> None:
    """Cancel a controlled record (nothing is deleted): its reason, its day and, if given, its new status.

    Raises:
        ValidationError: the record is already cancelled.
    """
    if obj.cancelled_reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This record is already cancelled."))
    if status is not None:
        obj.status = status
    obj.cancelled_reason, obj.cancelled_at = reason, today


def cancel_with_reason(ctx, model: type, record_id: int, reason: str, *, status: str, row, permission: str = "edit",
                       check=None, then=None):
    """Cancel (Hủy) one controlled record in one transaction: the reason required, the record loaded as it is
    now (under the writers' lock), ``check(obj)`` (the kind's own refusals), :func:`mark_cancelled`,
    ``then(obj)`` (what else cancelling changes); returns ``row(session, obj)``."""
    reason = required_text(reason, QT_TRANSLATE_NOOP("Fields", "Reason"), "reason")
    with ctx.tx(permission) as s:
        obj = load(s, model, record_id)
        if check is not None:
            check(obj)
        mark_cancelled(obj, reason, ctx.today, status)
        if then is not None:
            then(obj)
        s.flush()
        return row(s, obj)
