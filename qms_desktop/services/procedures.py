"""Procedures (quy trình): register, versions with sign-off, steps, amendment log, legal basis."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.model import ProcedureKind, ProcedureStatus
from qms_desktop.domain.steps import Step, fits, total_days
from qms_desktop.domain.text import clean, search_words
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services.common import APPROVED_ON, cancel_with_reason, check_dated, load, optional_date, require_not_cancelled, required_date, required_text, sign_off
from qms_desktop.services.context import AppContext, Stamp, child_ids, rows_stamp_of, stamp_of, stamps_of
from qms_desktop.storage import orm


@dataclass(frozen=True)
class ProcedureRow:
    id: int
    code: str
    title: str
    kind: str
    field: str
    status: str
    version: int | None  # current (effective, else latest) version number
    effective_date: dt.date | None
    tthc_codes: tuple[str, ...]
    cancelled_reason: str | None = None
    former_code: str | None = None  # its code in a former commune, when a merge renumbered it (an alias)


@dataclass(frozen=True)
class VersionRow:
    id: int
    number: int
    status: str
    issue_date: dt.date | None
    effective_date: dt.date | None
    end_date: dt.date | None
    drafted_by: str
    drafted_title: str
    drafted_date: dt.date | None
    reviewed_by: str
    reviewed_title: str
    reviewed_date: dt.date | None
    approved_by: str
    approved_title: str
    approved_date: dt.date | None
    change_summary: str
    steps: tuple[Step, ...]
    # from get_procedure(): the version row, and (a draft's) set of steps, as loaded: the version's forms save with
    # ctx.editing(stamp), the Steps tab with ctx.editing(stamp, steps_stamp)
    stamp: Stamp | None = field(default=None, compare=False)
    steps_stamp: Stamp | None = field(default=None, compare=False)


@dataclass(frozen=True)
class AmendmentRow:
    id: int
    version_number: int
    item: str
    legal_basis: str
    date: dt.date | None
    stamp: Stamp | None = field(default=None, compare=False)  # from get_procedure(): the line's edit form saves with it


@dataclass(frozen=True)
class ProcedureDetail:
    row: ProcedureRow
    owner_unit_id: int | None
    owner_staff_id: int | None
    tthc_ids: tuple[int, ...]
    versions: tuple[VersionRow, ...]
    amendments: tuple[AmendmentRow, ...]
    legal_limit_days: float | None  # the strictest limit of the linked TTHC
    steps_total_days: float
    steps_fit: bool | None
    stamp: Stamp | None = field(default=None, compare=False)  # the procedure row (and its TTHC links) as loaded: ctx.editing(detail.stamp)


@dataclass(frozen=True)
class VersionInput:
    issue_date: object = None
    effective_date: object = None
    drafted_by: str = ""
    drafted_title: str = ""
    drafted_date: object = None
    reviewed_by: str = ""
    reviewed_title: str = ""
    reviewed_date: object = None
    change_summary: str = ""
    steps: tuple[Step, ...] = field(default_factory=tuple)


def _current(p: orm.Procedure) -> orm.ProcedureVersion | None:
    effective = [v for v in p.versions if v.status == ProcedureStatus.EFFECTIVE]
    return effective[-1] if effective else (p.versions[-1] if p.versions else None)


def _row(p: orm.Procedure) -> ProcedureRow:
    cur = _current(p)
    return ProcedureRow(p.id, p.code, p.title, p.kind, p.field, p.status, cur.number if cur else None,
                        cur.effective_date if cur else None, tuple(sorted(t.code for t in p.tthc)),
                        p.cancelled_reason, p.former_code)


def _steps(v: orm.ProcedureVersion) -> tuple[Step, ...]:
    return tuple(Step(s.step_no, s.action, s.responsible, s.duration, s.duration_unit, s.result) for s in v.steps)


def _version_row(v: orm.ProcedureVersion) -> VersionRow:
    return VersionRow(v.id, v.number, v.status, v.issue_date, v.effective_date, v.end_date, v.drafted_by,
                      v.drafted_title, v.drafted_date, v.reviewed_by, v.reviewed_title, v.reviewed_date,
                      v.approved_by, v.approved_title, v.approved_date, v.change_summary, _steps(v))


def _check_kind(kind: str) -> str:
    if kind not in {k.value for k in ProcedureKind}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label}: '{value}' is not an allowed value."), field="kind",
                              field_label=QT_TRANSLATE_NOOP("Fields", "Kind"), value=kind)
    return kind


def _tthc(session, ids) -> list[orm.Tthc]:
    return [load(session, orm.Tthc, i) for i in dict.fromkeys(ids or ())]


def create_procedure(ctx: AppContext, *, code: str, title: str, kind: str = ProcedureKind.TTHC, field: str = "",
                     tthc_ids: list[int] | tuple[int, ...] = (), owner_unit_id: int | None = None,
                     owner_staff_id: int | None = None) -> ProcedureRow:
    """Register a procedure as a draft (Dự thảo); its first version comes with ``add_version``.

    Raises:
        ValidationError: no code or title, a duplicate code, an unknown kind or TTHC.
    """
    code = required_text(code, QT_TRANSLATE_NOOP("Fields", "Code"), "code", max_len=60)
    title = required_text(title, QT_TRANSLATE_NOOP("Fields", "Procedure title"), "title", max_len=1000)
    _check_kind(kind)
    with ctx.tx("edit") as s:
        # One code whatever its case, in Vietnamese letters too (SQLite's lower() folds A-Z only: 'QT-ĐC-01'
        # twice reached the database's UNIQUE constraint, and 'qt-đc-01' was taken beside it).
        wanted = code.casefold()
        taken = next((c for c in s.scalars(select(orm.Procedure.code)) if c.casefold() == wanted), None)
        if taken is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A procedure with code {code} already exists."), field="code",
                                  code=taken)
        if owner_unit_id is not None:
            load(s, orm.Unit, owner_unit_id)
        if owner_staff_id is not None:
            load(s, orm.Staff, owner_staff_id)
        p = orm.Procedure(code=code, title=title, kind=kind, field=clean(field), owner_unit_id=owner_unit_id,
                          owner_staff_id=owner_staff_id, status=ProcedureStatus.DRAFT, tthc=_tthc(s, tthc_ids))
        s.add(p)
        s.flush()
        return _row(p)


def update_procedure(ctx: AppContext, procedure_id: int, *, title: str | None = None, field: str | None = None,
                     kind: str | None = None, tthc_ids: list[int] | None = None,
                     owner_unit_id: int | None = None, owner_staff_id: int | None = None) -> ProcedureRow:
    with ctx.tx("edit") as s:
        p = load(s, orm.Procedure, procedure_id)
        require_not_cancelled(p)  # withdrawn meanwhile, or before (QA 43 F5)
        if title is not None:
            p.title = required_text(title, QT_TRANSLATE_NOOP("Fields", "Procedure title"), "title", max_len=1000)
        if field is not None:
            p.field = clean(field)
        if kind is not None:
            p.kind = _check_kind(kind)
        if tthc_ids is not None:
            p.tthc = _tthc(s, tthc_ids)
        if owner_unit_id is not None:
            p.owner_unit_id = load(s, orm.Unit, owner_unit_id).id
        if owner_staff_id is not None:
            p.owner_staff_id = load(s, orm.Staff, owner_staff_id).id
        s.flush()
        return _row(p)


def _validate_steps(steps) -> list[Step]:
    out = []
    for i, st in enumerate(steps, start=1):
        action = required_text(st.action, QT_TRANSLATE_NOOP("Fields", "What is done"), "steps", max_len=2000)
        if st.duration_unit not in ("days", "hours"):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Step {no}: the time unit must be days or hours."), field="steps", no=i)
        try:
            duration = float(st.duration)
        except (TypeError, ValueError):
            duration = -1
        if not 0 <= duration <= 365:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Step {no}: the time allowed must be between 0 and 365."), field="steps", no=i)
        out.append(Step(i, action, clean(st.responsible), duration, st.duration_unit, clean(st.result)))
    return out


def _with_steps(s, v: orm.ProcedureVersion, steps) -> VersionRow:
    """Give the (flushed) version ``v`` the ``steps``; its row as it reads back."""
    for st in steps:
        s.add(orm.ProcedureStep(version_id=v.id, **st.__dict__))
    s.flush()
    s.refresh(v)
    return _version_row(v)


_VERSION_DATES = {
    "issue_date": QT_TRANSLATE_NOOP("Fields", "Issued on"),
    "effective_date": QT_TRANSLATE_NOOP("Fields", "Effective from"),
    "drafted_date": QT_TRANSLATE_NOOP("Fields", "Drafted on"),
    "reviewed_date": QT_TRANSLATE_NOOP("Fields", "Reviewed on"),
}


def _check_draft_dates(*, issue_date: dt.date | None, effective_date: dt.date | None, drafted_date: dt.date | None,
                       reviewed_date: dt.date | None) -> None:
    """A version's story in its order, whatever the dates' age (an old paper procedure has them all in the
    past): drafted, reviewed, then issued, then in force. A version issued or in force before it was drafted
    would count in a period (perhaps already reported) when it did not exist yet.

    Raises:
        ValidationError: on the later date of the first pair out of order.
    """
    drafted = (drafted_date, _VERSION_DATES["drafted_date"])
    reviewed = (reviewed_date, _VERSION_DATES["reviewed_date"])
    if reviewed_date is not None:
        check_dated(reviewed_date, _VERSION_DATES["reviewed_date"], "reviewed_date", after=[drafted])
    if issue_date is not None:
        check_dated(issue_date, _VERSION_DATES["issue_date"], "issue_date", after=[drafted, reviewed])
    if effective_date is not None:
        if issue_date is not None and effective_date < issue_date:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The effective date is before the issue date."),
                                  field="effective_date")
        check_dated(effective_date, _VERSION_DATES["effective_date"], "effective_date", after=[drafted, reviewed])


def add_version(ctx: AppContext, procedure_id: int, data: VersionInput) -> VersionRow:
    """Draft the next version (lần ban hành) of a procedure; it takes effect on approval.

    Raises:
        ValidationError: a draft version is already open, or dates are impossible or out of order (drafted,
            reviewed, issued, in force).
    """
    steps = _validate_steps(data.steps)
    dates = {k: optional_date(getattr(data, k), label, k) for k, label in _VERSION_DATES.items()}
    _check_draft_dates(**dates)
    with ctx.tx("edit") as s:
        p = load(s, orm.Procedure, procedure_id)
        require_not_cancelled(p)
        if any(v.status == ProcedureStatus.DRAFT for v in p.versions):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Procedure {code} already has a draft version; approve or edit it first."),
                                  code=p.code)
        number = max((v.number for v in p.versions), default=0) + 1
        v = orm.ProcedureVersion(
            procedure_id=p.id, number=number, status=ProcedureStatus.DRAFT, **dates,
            drafted_by=clean(data.drafted_by), drafted_title=clean(data.drafted_title),
            reviewed_by=clean(data.reviewed_by), reviewed_title=clean(data.reviewed_title),
            change_summary=clean(data.change_summary),
        )
        s.add(v)
        s.flush()
        return _with_steps(s, v, steps)


_VERSION_TEXTS = ("drafted_by", "drafted_title", "reviewed_by", "reviewed_title", "change_summary")


def update_version(ctx: AppContext, version_id: int, **data: object) -> VersionRow:
    """Change the dates, the sign-off (Soạn thảo / Xem xét) or the summary of a draft version.

    ``data`` takes the fields of ``VersionInput`` but the steps (see ``set_steps``); only the fields
    given change, and a date given as None is cleared. An effective version is changed by a new version.

    Raises:
        ValidationError: not a draft, a cancelled procedure, an impossible date, dates out of order (drafted,
            reviewed, issued, in force).
        TypeError: a field that is not one of the above.
    """
    unknown = set(data) - set(_VERSION_DATES) - set(_VERSION_TEXTS)
    if unknown:
        raise TypeError(f"update_version() got unexpected fields: {', '.join(sorted(unknown))}")
    values = {k: optional_date(v, _VERSION_DATES[k], k) if k in _VERSION_DATES else clean(v) for k, v in data.items()}
    with ctx.tx("edit") as s:
        v = load(s, orm.ProcedureVersion, version_id)
        if v.status != ProcedureStatus.DRAFT:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only a draft version can be edited; issue a new version instead."))
        require_not_cancelled(v.procedure)
        _check_draft_dates(**{k: values.get(k, getattr(v, k)) for k in _VERSION_DATES})
        for name, value in values.items():
            setattr(v, name, value)
        s.flush()
        return _version_row(v)


def set_steps(ctx: AppContext, version_id: int, steps: list[Step]) -> VersionRow:
    """Replace the steps of a draft version (an effective version is changed by a new version)."""
    clean_steps = _validate_steps(steps)
    with ctx.tx("edit") as s:
        v = load(s, orm.ProcedureVersion, version_id)
        if v.status != ProcedureStatus.DRAFT:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only a draft version can be edited; issue a new version instead."))
        require_not_cancelled(v.procedure)  # withdrawn meanwhile (QA 43 F5)
        for old in list(v.steps):
            s.delete(old)
        s.flush()
        return _with_steps(s, v, clean_steps)


APPROVED_AFTER_ISSUE = QT_TRANSLATE_NOOP(
    "Errors", "Approved on ({date}) cannot be after the version's issue date ({issue}): a version is issued once "
              "approved. Enter the day it was approved, or correct the draft's issue date first.")


def approve_version(ctx: AppContext, version_id: int, *, approved_by: str, approved_title: str = "",
                    approved_date: object = None, effective_date: object = None) -> VersionRow:
    """Approve (Phê duyệt) a draft version: it becomes effective, the previous one obsolete the day before.

    Raises:
        PermissionDenied: only a leader approves.
        ValidationError: not a draft, no approver, an effective date not after the previous one or before the
            issue date or the approval, an approval in the future, before the drafting or the review or after
            the issue date, a review before the drafting.
    """
    approver, approved = sign_off(ctx, approved_by, approved_date, max_len=200)
    with ctx.tx("approve") as s:
        v = load(s, orm.ProcedureVersion, version_id)
        if v.status != ProcedureStatus.DRAFT:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only a draft version can be approved."))
        require_not_cancelled(v.procedure)  # withdrawn by someone else while the approval was open (QA 42 F2)
        eff = optional_date(effective_date, QT_TRANSLATE_NOOP("Fields", "Effective from"), "effective_date") or v.effective_date or ctx.today
        # the sign-off in its order: drafted, reviewed, approved (not after today), issued, in force
        check_dated(eff, _VERSION_DATES["effective_date"], "effective_date",
                    after=[(v.issue_date, _VERSION_DATES["issue_date"])])
        if v.reviewed_date is not None:
            check_dated(v.reviewed_date, _VERSION_DATES["reviewed_date"], "reviewed_date",
                        after=[(v.drafted_date, _VERSION_DATES["drafted_date"])])
        check_dated(approved, APPROVED_ON, "approved_date", today=ctx.today,
                    after=[(v.drafted_date, _VERSION_DATES["drafted_date"]),
                           (v.reviewed_date, _VERSION_DATES["reviewed_date"])])
        if v.issue_date is not None and v.issue_date < approved:
            # a version is issued once approved: issued earlier, it would count in periods before it was approved
            raise ValidationError(APPROVED_AFTER_ISSUE, field="approved_date", date=approved.strftime("%d/%m/%Y"),
                                  issue=v.issue_date.strftime("%d/%m/%Y"))
        check_dated(eff, _VERSION_DATES["effective_date"], "effective_date", after=[(approved, APPROVED_ON)])
        p = v.procedure
        previous = [o for o in p.versions if o.status == ProcedureStatus.EFFECTIVE]
        for old in previous:
            if old.effective_date and eff <= old.effective_date:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The new version must take effect after version {number} ({date})."),
                                      field="effective_date", number=old.number, date=old.effective_date.strftime("%d/%m/%Y"))
            old.status, old.end_date = ProcedureStatus.OBSOLETE, eff - dt.timedelta(days=1)
        v.status, v.effective_date = ProcedureStatus.EFFECTIVE, eff
        v.issue_date = v.issue_date or eff
        v.approved_by, v.approved_title = approver, clean(approved_title)
        v.approved_date = approved
        p.status = ProcedureStatus.EFFECTIVE
        s.flush()
        return _version_row(v)


def withdraw(ctx: AppContext, procedure_id: int, *, reason: str) -> ProcedureRow:
    """Cancel a procedure with a reason: its effective version ends today; nothing is deleted."""
    def end_versions(p: orm.Procedure) -> None:
        for v in p.versions:
            if v.status == ProcedureStatus.EFFECTIVE:
                v.status, v.end_date = ProcedureStatus.OBSOLETE, ctx.today

    return cancel_with_reason(ctx, orm.Procedure, procedure_id, reason, status=ProcedureStatus.OBSOLETE,
                              row=lambda _s, p: _row(p), then=end_versions)


def add_amendment(ctx: AppContext, procedure_id: int, *, item: str, legal_basis: str = "",
                  version_number: int | None = None, date: object = None) -> AmendmentRow:
    item = required_text(item, QT_TRANSLATE_NOOP("Fields", "Item changed"), "item", long=True)
    with ctx.tx("edit") as s:
        p = load(s, orm.Procedure, procedure_id)
        require_not_cancelled(p)  # withdrawn: its log closes with it (QA 43 F5)
        number = version_number or max((v.number for v in p.versions), default=1)
        a = orm.Amendment(procedure_id=p.id, version_number=number, item=item, legal_basis=clean(legal_basis),
                          date=optional_date(date, QT_TRANSLATE_NOOP("Fields", "Date"), "date") or ctx.today)
        s.add(a)
        s.flush()
        return AmendmentRow(a.id, a.version_number, a.item, a.legal_basis, a.date)


def update_amendment(ctx: AppContext, amendment_id: int, *, item: str | None = None, legal_basis: str | None = None,
                     date: object = None) -> AmendmentRow:
    """Change a line of the amendment log (None keeps a value; the version it belongs to stays).

    Raises:
        ValidationError: an empty item, an impossible date.
    """
    if item is not None:
        item = required_text(item, QT_TRANSLATE_NOOP("Fields", "Item changed"), "item", long=True)
    if date is not None:
        date = required_date(date, QT_TRANSLATE_NOOP("Fields", "Date"), "date")
    with ctx.tx("edit") as s:
        a = load(s, orm.Amendment, amendment_id)
        if item is not None:
            a.item = item
        if legal_basis is not None:
            a.legal_basis = clean(legal_basis)
        if date is not None:
            a.date = date
        s.flush()
        return AmendmentRow(a.id, a.version_number, a.item, a.legal_basis, a.date)


def list_procedures(ctx: AppContext, *, search: str = "", include_cancelled: bool = False) -> list[ProcedureRow]:
    # The versions and TTHC of every procedure in two more queries, not two per procedure (issue 19).
    stmt = select(orm.Procedure).options(selectinload(orm.Procedure.versions),
                                         selectinload(orm.Procedure.tthc)).order_by(orm.Procedure.id)
    for word in search_words(search):
        stmt = stmt.where(orm.Procedure.search_key.contains(word, autoescape=True))
    if not include_cancelled:
        stmt = stmt.where(orm.Procedure.cancelled_reason.is_(None))
    with ctx.tx("read") as s:  # by code, character by character on every engine (not the server's collation)
        return [_row(p) for p in sorted(s.scalars(stmt), key=lambda p: p.code)]


def get_procedure(ctx: AppContext, procedure_id: int) -> ProcedureDetail:
    with ctx.tx("read") as s:
        stamp = stamp_of(s, orm.Procedure, procedure_id)  # first: a change in between then refuses the save
        version_ids = child_ids(s, orm.ProcedureVersion.procedure_id, procedure_id)
        versions = stamps_of(s, orm.ProcedureVersion, version_ids)
        drafts = s.scalars(select(orm.ProcedureVersion.id).where(orm.ProcedureVersion.procedure_id == procedure_id,
                                                                 orm.ProcedureVersion.status == ProcedureStatus.DRAFT))
        draft_steps = {v: rows_stamp_of(s, orm.ProcedureStep.version_id, v) for v in drafts}  # only a draft's steps change
        lines = stamps_of(s, orm.Amendment, child_ids(s, orm.Amendment.procedure_id, procedure_id))
        p = load(s, orm.Procedure, procedure_id)
        limits = [t.time_limit_days for t in p.tthc if t.time_limit_days is not None]
        limit = min(limits) if limits else None
        cur = _current(p)
        steps = list(_steps(cur)) if cur else []
        amendments = s.scalars(select(orm.Amendment).where(orm.Amendment.procedure_id == p.id).order_by(orm.Amendment.id))
        return ProcedureDetail(
            _row(p), p.owner_unit_id, p.owner_staff_id, tuple(t.id for t in p.tthc),
            tuple(dataclasses.replace(_version_row(v), stamp=versions.get(v.id), steps_stamp=draft_steps.get(v.id))
                  for v in p.versions),
            tuple(AmendmentRow(a.id, a.version_number, a.item, a.legal_basis, a.date, lines.get(a.id)) for a in amendments),
            limit, total_days(steps), fits(steps, limit) if steps else None, stamp,
        )

