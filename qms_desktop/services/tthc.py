"""Administrative procedures (TTHC): the list, the scope, and the import from the province's Excel file."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from qms_desktop.domain.errors import NotFound, QmsError, ValidationError
from qms_desktop.domain.text import clean, fold, sort_key
from qms_desktop.exchange.tthc_excel import (
    ParseResult, RejectedRow, TthcRecord, WorkbookRefused, parse_time_limit, parse_tthc_workbook,
)
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services.context import AppContext
from qms_desktop.storage import orm


class ImportRefused(QmsError):
    """The whole file is refused; nothing was written."""

    context = "TthcImport"


@dataclass(frozen=True)
class TthcRow:
    id: int
    code: str
    name: str
    field: str
    time_limit: str
    time_limit_days: float | None
    in_scope: bool
    covered: bool = False


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: object
    new: object


@dataclass
class ImportPlan:
    """What an import does: the dry run shows it; the real import applies it in one transaction."""

    sheet: str = ""
    added: list[TthcRecord] = field(default_factory=list)
    updated: list[tuple[TthcRecord, list[FieldChange]]] = field(default_factory=list)
    unchanged: list[TthcRecord] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    applied: bool = False


def _to_row(t: orm.Tthc, covered: bool = False) -> TthcRow:
    return TthcRow(t.id, t.code, t.name, t.field, t.time_limit, t.time_limit_days, t.in_scope, covered)


def list_tthc(ctx: AppContext, *, search: str = "", in_scope_only: bool = False) -> list[TthcRow]:
    """TTHC sorted by field then code; ``covered`` when an effective procedure covers it."""
    stmt = select(orm.Tthc).where(orm.Tthc.cancelled_reason.is_(None))
    for word in fold(search).split():
        stmt = stmt.where(orm.Tthc.search_key.contains(word, autoescape=True))
    if in_scope_only:
        stmt = stmt.where(orm.Tthc.in_scope.is_(True))
    with ctx.tx("read") as s:
        covered = set(s.scalars(
            select(orm.procedure_tthc.c.tthc_id).join(orm.Procedure, orm.Procedure.id == orm.procedure_tthc.c.procedure_id)
            .where(orm.Procedure.status == "effective")))
        rows = [_to_row(t, t.id in covered) for t in s.scalars(stmt)]
    return sorted(rows, key=lambda r: (sort_key(r.field), r.code))


def set_in_scope(ctx: AppContext, tthc_id: int, in_scope: bool) -> TthcRow:
    with ctx.tx("edit") as s:
        t = s.get(orm.Tthc, tthc_id)
        if t is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Record not found ({kind} {id})."), kind="tthc", id=tthc_id)
        t.in_scope = bool(in_scope)
        return _to_row(t)


def _parse(path: Path, cancel, progress) -> ParseResult:
    if not Path(path).is_file():
        raise ImportRefused(QT_TRANSLATE_NOOP("TthcImport", "File not found: {path}"), path=str(path))
    try:
        return parse_tthc_workbook(path, cancel=cancel, progress=progress)
    except WorkbookRefused as exc:
        raise ImportRefused(exc.message, **exc.params) from exc


def plan_import(ctx: AppContext, path: str | Path, *, cancel=None, progress=None) -> ImportPlan:
    """Dry run: what importing ``path`` would add, update, leave unchanged and reject.

    Raises:
        ImportRefused: the file is not a readable TTHC list.
    """
    parsed = _parse(Path(path), cancel, progress)
    plan = ImportPlan(sheet=parsed.sheet, rejected=list(parsed.rejected))
    with ctx.tx("read") as s:
        _classify(plan, {t.code: t for t in s.scalars(select(orm.Tthc))}, parsed.records)
    return plan


def _classify(plan: ImportPlan, existing: dict, records) -> None:  # noqa: ANN001
    for rec in records:
        old = existing.get(rec.code)
        if old is None:
            plan.added.append(rec)
            continue
        changes = [
            FieldChange(name, getattr(old, attr), new)
            for name, attr, new in (("name", "name", rec.name), ("field", "field", rec.field),
                                    ("time_limit", "time_limit", rec.time_limit))
            if new and getattr(old, attr) != new
        ]
        (plan.updated.append((rec, changes)) if changes else plan.unchanged.append(rec))


def import_tthc(ctx: AppContext, path: str | Path, *, dry_run: bool = False, cancel=None, progress=None) -> ImportPlan:
    """Import the TTHC list: all accepted rows in one transaction, or none.

    Raises:
        ImportRefused: the whole file is refused; nothing was written.
    """
    ctx.require("import")
    plan = plan_import(ctx, path, cancel=cancel, progress=progress)
    if dry_run:
        return plan
    if cancel is not None:
        cancel.raise_if_cancelled()
    with ctx.tx("import") as s:
        existing = {t.code: t for t in s.scalars(select(orm.Tthc))}
        # Classified again inside the writing transaction: another import may have run meanwhile.
        records = [*plan.added, *(rec for rec, _c in plan.updated), *plan.unchanged]
        plan.added, plan.updated, plan.unchanged = [], [], []
        _classify(plan, existing, records)
        for rec in plan.added:
            s.add(orm.Tthc(code=rec.code, name=rec.name, field=rec.field, time_limit=rec.time_limit,
                           time_limit_days=rec.time_limit_days, working_days=rec.working_days,
                           note=rec.note, in_scope=True))
        for rec, _changes in plan.updated:
            t = existing[rec.code]
            t.name = rec.name
            t.field = rec.field or t.field
            t.time_limit = rec.time_limit or t.time_limit
            t.time_limit_days = rec.time_limit_days if rec.time_limit else t.time_limit_days
            t.working_days = rec.working_days
    plan.applied = True
    return plan


def create_tthc(ctx: AppContext, *, code: str, name: str, field: str = "", time_limit: str = "",
                in_scope: bool = True) -> TthcRow:
    """Add one TTHC by hand. Raises ValidationError on a bad or duplicate code."""
    code, name = clean(code), clean(name)
    if not re.fullmatch(r"\d\.\d{6}", code):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "TTHC code '{code}' is not in the national format (e.g. 1.009137)."),
                              field="code", code=code)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label} is required."), field="name",
                              field_label=QT_TRANSLATE_NOOP("Fields", "Name"))
    days, working = parse_time_limit(time_limit)
    with ctx.tx("edit") as s:
        if s.scalar(select(orm.Tthc.id).where(orm.Tthc.code == code)):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A TTHC with code {code} already exists."), field="code", code=code)
        t = orm.Tthc(code=code, name=name, field=clean(field), time_limit=clean(time_limit),
                     time_limit_days=days, working_days=working, in_scope=in_scope)
        s.add(t)
        s.flush()
        return _to_row(t)
