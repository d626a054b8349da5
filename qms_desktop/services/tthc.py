"""Administrative procedures (TTHC): the list, the scope, and the import of the province's list.

The import is planned first (:func:`plan_import`: the dry run the preview shows, nothing written)
and then applied exactly as planned (:func:`apply_plan`: one transaction, cancellable until it
commits). A decision that changes the list adds the new TTHC, updates the amended ones, takes the
abolished and replaced ones out of the scope with the decision's number and date (never deleting
them), links the replaced ones to their successors, and records the decision as a legal change on
every procedure linked to an amended, replaced or abolished TTHC, so that the QĐ 19 Art. 4.4a
warning asks for the procedure's update within 3 months of the decision's effective date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select

from qms_desktop.domain import kinds
from qms_desktop.domain.errors import NotFound, QmsError, ValidationError
from qms_desktop.domain.model import TEMP_PREFIX
from qms_desktop.domain.text import clean, fold, search_words, sort_key
from qms_desktop.exchange.tthc_excel import (
    ABOLISHED, AMENDED, NEW, REPLACED, Decision, ParseResult, RejectedRow, Section, TthcFields, TthcRecord,
    WorkbookRefused, parse_time_limit, parse_tthc_workbook, split_code,
)
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.jobs import Progress
from qms_desktop.services.context import AppContext
from qms_desktop.storage import events, orm

READING = QT_TRANSLATE_NOOP("Jobs", "Reading…")
WRITING = QT_TRANSLATE_NOOP("Jobs", "Writing…")
WRITE_TICK = 200  # rows between cancel checks and progress reports while writing

ACTIVE = "active"

# Notes shown next to a planned row (context "TthcImport").
NOT_IN_REGISTER = QT_TRANSLATE_NOOP("TthcImport", "Not in the register: nothing to take out of scope")
ADDED_AMENDED = QT_TRANSLATE_NOOP("TthcImport", "Not in the register yet: added with the amended content")
ALREADY_OUT = QT_TRANSLATE_NOOP("TthcImport", "Already out of scope by decision {decision}")
NO_CODE_YET = QT_TRANSLATE_NOOP("TthcImport", "No national code yet: added with the temporary code {code} if you confirm")
NO_CODE_ADDED = QT_TRANSLATE_NOOP("TthcImport", "No national code yet: added with the temporary code {code}")
NO_CODE_SKIPPED = QT_TRANSLATE_NOOP("TthcImport", "No national code yet: not imported (confirm to add it with a temporary code)")
NEED_DECISION_DATE = QT_TRANSLATE_NOOP("TthcImport", "The file changes the TTHC list (amended, replaced or abolished procedures) and names decision {number}, but its date could not be read from the file: give the date of the decision (in the window's field, or --decision-date DD/MM/YYYY).")
NEED_DECISION = QT_TRANSLATE_NOOP("TthcImport", "The file changes the TTHC list (amended, replaced or abolished procedures): give the number and the date of the decision that publishes it.")
CHANGED_SINCE = QT_TRANSLATE_NOOP("TthcImport", "The TTHC register changed since the preview was made. Nothing was written: run the import again to see a new preview.")
BAD_DECISION_DATE = QT_TRANSLATE_NOOP("TthcImport", "The decision's effective date {effective} is before its date {date}.")
IMPOSSIBLE_DECISION_DATE = QT_TRANSLATE_NOOP("TthcImport", "The file dates the decision {date}, which is not a real date: correct the date in the file, or give the decision's date.")
FUTURE_DECISION = QT_TRANSLATE_NOOP("TthcImport", "The decision {number} is dated {date}, after today ({today}): a decision not yet signed cannot change the list. Check the date in the file, or give the decision's date.")


class ImportRefused(QmsError):
    """The whole file is refused; nothing was written."""

    context = "TthcImport"


@dataclass(frozen=True)
class TthcRow(TthcFields):
    id: int
    in_scope: bool
    covered: bool = False
    status: str = ACTIVE  # active / abolished / replaced
    status_decision: str = ""
    status_date: dt.date | None = None
    temporary_code: bool = False


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: object
    new: object


@dataclass(frozen=True)
class PlannedRow:
    """What the import does with one row of the file."""

    action: str  # add / update / unchanged / abolish / replace / skip / no_code
    rec: TthcRecord
    changes: tuple[FieldChange, ...] = ()
    note: str = ""  # English source, context "TthcImport"
    params: dict = field(default_factory=dict)
    context = "TthcImport"

    @property
    def message(self) -> str:
        return self.note


@dataclass(frozen=True)
class ProcedureNotice:
    """A procedure linked to an amended, replaced or abolished TTHC: it must be updated."""

    procedure_id: int
    code: str
    title: str
    tthc_codes: tuple[str, ...]


@dataclass
class DecisionRef:
    number: str = ""
    date: dt.date | None = None
    effective: dt.date | None = None  # default: the decision's date
    title: str = ""
    date_written: str = ""  # the file's title block writes an impossible date (no ``date``): "31/02/2026"

    @property
    def effective_date(self) -> dt.date | None:
        return self.effective or self.date


def _records_with(action: str) -> property:
    """A plan's records that the import gives ``action`` (a read-only list)."""
    return property(lambda plan: plan._of(action), doc=f"The records to {action}.")


@dataclass
class ImportPlan:
    """What an import does: the dry run shows it; :func:`apply_plan` applies exactly this."""

    sheet: str = ""
    kind: str = ""
    file_name: str = ""
    rows: list[PlannedRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    decision: DecisionRef = field(default_factory=DecisionRef)
    procedures: list[ProcedureNotice] = field(default_factory=list)
    confirm_no_code: bool = False
    applied: bool = False
    parsed: ParseResult | None = field(default=None, repr=False)

    def _of(self, action: str) -> list[TthcRecord]:
        return [r.rec for r in self.rows if r.action == action]

    @property
    def added(self) -> list[TthcRecord]:
        return self._of("add") + (self._of("no_code") if self.confirm_no_code and self.applied else [])

    @property
    def updated(self) -> list[tuple[TthcRecord, list[FieldChange]]]:
        return [(r.rec, list(r.changes)) for r in self.rows if r.action == "update"]

    unchanged = _records_with("unchanged")
    abolished = _records_with("abolish")
    replaced = _records_with("replace")
    skipped = _records_with("skip")
    no_code = _records_with("no_code")

    @property
    def sheets_note(self):
        """What to say about the sheets left out as another level's (``OtherLevelsNote``), or None."""
        from qms_desktop.exchange.tthc_excel import OtherLevelsNote

        return OtherLevelsNote(self.parsed.other_levels) if self.parsed is not None and self.parsed.other_levels else None

    @property
    def hidden_note(self):
        """What to say about the rows hidden in Excel that the import leaves out (a message), or None."""
        from qms_desktop.exchange.tabular import hidden_note

        if self.parsed is None:
            return None
        return hidden_note(self.parsed.hidden, self.parsed.hidden_columns)

    @property
    def is_decision(self) -> bool:
        return any(r.rec.change for r in self.rows)

    @property
    def needs_decision(self) -> bool:
        """Amended, replaced or abolished rows are applied with the decision's number and date."""
        return any(r.action in ("abolish", "replace") or (r.action in ("update", "add") and r.rec.change == AMENDED)
                   for r in self.rows)

    @property
    def writes(self) -> bool:
        return any(r.action in ("add", "update", "abolish", "replace") for r in self.rows) or (
            self.confirm_no_code and bool(self.no_code))


def _to_row(t: orm.Tthc, covered: bool = False) -> TthcRow:
    return TthcRow(id=t.id, code=t.code, name=t.name, field=t.field, time_limit=t.time_limit,
                   time_limit_days=t.time_limit_days, in_scope=t.in_scope, covered=covered,
                   provincial_code=t.provincial_code or "", status=t.status or ACTIVE,
                   status_decision=t.status_decision or "", status_date=t.status_date,
                   successor_code=t.successor_code or "", temporary_code=bool(t.temporary_code), fee=t.fee or "",
                   legal_basis=t.legal_basis or "", agency=t.agency or "", dvc_level=t.dvc_level or "")


def list_tthc(ctx: AppContext, *, search: str = "", in_scope_only: bool = False) -> list[TthcRow]:
    """TTHC sorted by field then code; ``covered`` when an effective procedure covers it."""
    stmt = select(orm.Tthc).where(orm.Tthc.cancelled_reason.is_(None))
    for word in search_words(search):
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
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Record not found ({kind_label} {id})."), kind="tthc",
                           kind_label=kinds.label("tthc"), id=tthc_id)
        if in_scope and (t.status or ACTIVE) != ACTIVE:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "TTHC {code} was abolished or replaced by decision {decision}: it cannot be put back in the scope."),
                code=t.code, decision=t.status_decision)
        t.in_scope = bool(in_scope)
        return _to_row(t)


def set_national_code(ctx: AppContext, tthc_id: int, code: str) -> TthcRow:
    """Replace a temporary code (given on import to a TTHC without a national code) by the real one."""
    code = clean(code).replace(" ", "")
    split = split_code(code)
    if split is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "TTHC code '{code}' is not in the national format (e.g. 1.009137)."),
                              field="code", code=code)
    with ctx.tx("edit") as s:
        t = s.get(orm.Tthc, tthc_id)
        if t is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Record not found ({kind_label} {id})."), kind="tthc",
                           kind_label=kinds.label("tthc"), id=tthc_id)
        if not t.temporary_code:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "TTHC {code} already has its national code."),
                                  field="code", code=t.code)
        if s.scalar(select(orm.Tthc.id).where(orm.Tthc.code == split[0])):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A TTHC with code {code} already exists."), field="code",
                                  code=split[0])
        t.code, t.provincial_code, t.temporary_code = split[0], split[1], False
        return _to_row(t)


# --- import: plan ------------------------------------------------------------------------------

def _parse(path: Path, cancel, progress) -> ParseResult:
    if Path(path).is_dir():
        raise ImportRefused(QT_TRANSLATE_NOOP("TthcImport", "{path} is a folder: give the list's file (.xlsx, .xls, "
                                                            ".ods, .docx or .csv)."), path=str(path))
    if not Path(path).is_file():
        raise ImportRefused(QT_TRANSLATE_NOOP("TthcImport", "File not found: {path}"), path=str(path))

    def rows(done: int, total: int) -> None:
        if progress is not None:
            progress(Progress(done, total, READING))
    try:
        return parse_tthc_workbook(path, cancel=cancel, progress=rows)
    except WorkbookRefused as exc:
        raise ImportRefused(exc.message, **exc.params) from exc


# (change name, attribute) compared for updates; a column the file lacks changes nothing.
_COMPARED = (("name", "name"), ("field", "field"), ("time_limit", "time_limit"), ("fee", "fee"),
             ("legal_basis", "legal_basis"), ("agency", "agency"), ("dvc_level", "dvc_level"),
             ("provincial_code", "provincial_code"))


def _changes(old: orm.Tthc, rec: TthcRecord) -> tuple[FieldChange, ...]:
    out = []
    for name, attr in _COMPARED:
        new = getattr(rec, attr)
        if new and (getattr(old, attr) or "") != new:
            out.append(FieldChange(name, getattr(old, attr) or "", new))
    if rec.code and old.code != rec.code:  # a temporary code replaced by the national one
        out.insert(0, FieldChange("code", old.code, rec.code))
    return tuple(out)


def _plan_rows(parsed: ParseResult, existing: dict[str, orm.Tthc]) -> list[PlannedRow]:
    """Each row's action against the register as it is (``existing``: code → TTHC)."""
    temporary = {fold(t.name): t for t in existing.values() if t.temporary_code}
    taken = {c for c in existing if c.startswith(TEMP_PREFIX)}
    counter = 0
    rows: list[PlannedRow] = []
    for rec in parsed.records:
        old = existing.get(rec.code)
        if old is None and temporary and rec.change not in (ABOLISHED, REPLACED) and fold(rec.name) in temporary:
            old = temporary.pop(fold(rec.name))  # the national code of a TTHC imported without one
        out_of_scope = old is not None and (old.status or ACTIVE) != ACTIVE
        if rec.change in (ABOLISHED, REPLACED):
            if old is None:
                rows.append(PlannedRow("skip", rec, note=NOT_IN_REGISTER))
            elif out_of_scope and old.status == (ABOLISHED if rec.change == ABOLISHED else REPLACED) and \
                    (old.successor_code or "") == rec.successor_code:
                rows.append(PlannedRow("unchanged", rec, note=ALREADY_OUT, params={"decision": old.status_decision}))
            else:
                rows.append(PlannedRow("abolish" if rec.change == ABOLISHED else "replace", rec))
            continue
        if old is None:
            note = ADDED_AMENDED if rec.change == AMENDED else ""
            rows.append(PlannedRow("add", rec, note=note))
            continue
        changes = _changes(old, rec)
        # An amended TTHC is updated even when the listed fields stay the same (the dossier or
        # the legal basis changed): its procedures must take the amendment in.
        rows.append(PlannedRow("update", rec, changes) if changes or rec.change == AMENDED
                    else PlannedRow("unchanged", rec))
    for rec in parsed.no_code:
        old = temporary.get(fold(rec.name))
        if old is not None:
            changes = _changes(old, replace(rec, code=old.code))
            rows.append(PlannedRow("update", replace(rec, code=old.code), changes) if changes
                        else PlannedRow("unchanged", replace(rec, code=old.code)))
            continue
        counter += 1
        while f"{TEMP_PREFIX}{counter:04d}" in taken:
            counter += 1
        code = f"{TEMP_PREFIX}{counter:04d}"
        rows.append(PlannedRow("no_code", replace(rec, code=code), note=NO_CODE_YET, params={"code": code}))
    return rows


def _affected_procedures(s, plan_rows: list[PlannedRow], existing: dict[str, orm.Tthc]) -> list[ProcedureNotice]:
    """Procedures (not withdrawn) linked to an amended, replaced or abolished TTHC."""
    ids = {}
    for r in plan_rows:
        if r.action in ("abolish", "replace") or (r.action == "update" and r.rec.change == AMENDED):
            t = existing.get(r.rec.code)
            if t is not None:
                ids[t.id] = t.code
    if not ids:
        return []
    links: dict[int, list[str]] = {}
    for proc_id, tthc_id in s.execute(select(orm.procedure_tthc.c.procedure_id, orm.procedure_tthc.c.tthc_id)
                                      .where(orm.procedure_tthc.c.tthc_id.in_(list(ids)))):
        links.setdefault(proc_id, []).append(ids[tthc_id])
    if not links:
        return []
    procs = s.scalars(select(orm.Procedure).where(orm.Procedure.id.in_(list(links)),
                                                  orm.Procedure.cancelled_reason.is_(None),
                                                  orm.Procedure.status != "obsolete"))
    return sorted((ProcedureNotice(p.id, p.code, p.title, tuple(sorted(links[p.id]))) for p in procs),
                  key=lambda n: n.code)


def plan_import(ctx: AppContext, path: str | Path, *, cancel=None, progress=None) -> ImportPlan:
    """Dry run: what importing ``path`` would do with each row. Nothing is written.

    ``progress`` receives ``jobs.Progress`` ("Reading…"). Raises ImportRefused if the file is
    not a readable TTHC list.
    """
    parsed = _parse(Path(path), cancel, progress)
    return _plan(ctx, parsed, Path(path).name)


def _register(s) -> dict[str, object]:
    """code → the TTHC's row (Core rows: no ORM object per row), codes are unique, cancelled too."""
    return {r.code: r for r in s.execute(select(orm.Tthc.__table__))}


def _plan(ctx: AppContext, parsed: ParseResult, file_name: str) -> ImportPlan:
    d = parsed.decision
    plan = ImportPlan(sheet=parsed.sheet, kind=parsed.kind, file_name=file_name, rejected=list(parsed.rejected),
                      sections=list(parsed.sections), decision=DecisionRef(d.number, d.date, None, d.title, d.date_written),
                      parsed=parsed)
    with ctx.tx("read") as s:
        existing = _register(s)
        plan.rows = _plan_rows(parsed, existing)
        plan.procedures = _affected_procedures(s, plan.rows, existing)
    return plan


# --- import: apply -----------------------------------------------------------------------------

def check_decision(plan: ImportPlan, today: dt.date) -> None:
    """The decision a plan is applied with: the real import and the dry run refuse the same way.

    Raises:
        ImportRefused: amended, replaced or abolished rows without the decision's number or date (or the
            file writes an impossible date), a decision dated after ``today`` (the app's day), or an
            effective date before the decision's date.
    """
    decision = plan.decision
    if decision.date and decision.date > today:
        raise ImportRefused(FUTURE_DECISION, number=clean(decision.number), date=decision.date.strftime("%d/%m/%Y"),
                            today=today.strftime("%d/%m/%Y"))
    if decision.date is None and decision.date_written:  # also a plain list's title (QA 51 F10: ignored there)
        raise ImportRefused(IMPOSSIBLE_DECISION_DATE, date=decision.date_written)
    if plan.needs_decision and not (clean(decision.number) and decision.date):
        if clean(decision.number):  # the number was read, its date not: say which (QA 22 F3)
            raise ImportRefused(NEED_DECISION_DATE, number=clean(decision.number))
        raise ImportRefused(NEED_DECISION)
    if decision.effective and decision.date and decision.effective < decision.date:
        raise ImportRefused(BAD_DECISION_DATE, effective=decision.effective.strftime("%d/%m/%Y"),
                            date=decision.date.strftime("%d/%m/%Y"))


def _signature(rows: list[PlannedRow]) -> list[tuple]:
    return [(r.action, r.rec.code, r.rec.row_number, r.changes) for r in rows]


def apply_plan(ctx: AppContext, plan: ImportPlan, *, cancel=None, progress=None, replan: bool = False) -> ImportPlan:
    """Write exactly what ``plan`` shows, in one transaction; nothing if cancelled or refused.

    ``cancel.raise_if_cancelled()`` is called every 200 rows and once more just before the
    commit: a Cancel during the write rolls the whole transaction back. ``progress`` receives
    ``jobs.Progress`` ("Writing…").

    Raises:
        ImportRefused: a decision without number or date, or the register changed since the plan.
    """
    ctx.require("import")
    check_decision(plan, ctx.today)
    decision = plan.decision
    assert plan.parsed is not None
    todo = [r for r in plan.rows if r.action in ("add", "update", "abolish", "replace")
            or (r.action == "no_code" and plan.confirm_no_code)]
    total = len(todo)

    def tick(done: int) -> None:
        if cancel is not None:
            cancel.raise_if_cancelled()
        if progress is not None:
            progress(Progress(done, total, WRITING))

    tick(0)
    with ctx.tx("import") as s:
        existing = _register(s)
        fresh = _plan_rows(plan.parsed, existing)
        if _signature(fresh) != _signature(plan.rows):
            if not replan:  # a person saw another preview: never write what was not shown
                raise ImportRefused(CHANGED_SINCE)
            # No preview was shown (the command line): plan again inside the writing transaction,
            # so that a parallel import of the same list is classified against what it wrote.
            plan.rows = fresh
            plan.procedures = _affected_procedures(s, plan.rows, existing)
            todo = [r for r in plan.rows if r.action in ("add", "update", "abolish", "replace")
                    or (r.action == "no_code" and plan.confirm_no_code)]
            total = len(todo)
        number = clean(decision.number)
        # The rows are written in blocks of WRITE_TICK with Core statements (storage/events.py's bulk
        # writers give them NFC text, search keys and their hash-chained history entries, as the ORM's
        # flush would): a few statements per block, never one per row; Cancel is checked between blocks.
        for start in range(0, total, WRITE_TICK):
            block = todo[start:start + WRITE_TICK]
            events.bulk_insert(s, orm.Tthc, [_new_values(row, number, decision.date) for row in block
                                             if row.action in ("add", "no_code")], unique="code")
            events.bulk_update(s, orm.Tthc, [_update_of(row, existing, number, decision.date) for row in block
                                             if row.action not in ("add", "no_code")])
            tick(start + len(block))
        _record_legal_changes(s, plan, number)
        tick(total)  # the last moment a Cancel still rolls everything back
    plan.applied = True
    return plan


def _new_values(row: PlannedRow, number: str = "", date: dt.date | None = None) -> dict:
    """A new TTHC of the register. One the decision newly issues (its "new TTHC" part) is active from the
    decision's date, kept as its status decision and date: a past period that ended before that date does not
    count it in the scope (``period_facts.PeriodQuery.scope_ids``). A row of a plain list, or one amended by
    the decision but missing from the register (it existed before the decision), has no such date."""
    rec = row.rec
    values = dict(code=rec.code, name=rec.name, field=rec.field, time_limit=rec.time_limit,
                  time_limit_days=rec.time_limit_days, working_days=rec.working_days, note=rec.note,
                  in_scope=True, provincial_code=rec.provincial_code, fee=rec.fee,
                  legal_basis=rec.legal_basis, agency=rec.agency, dvc_level=rec.dvc_level,
                  temporary_code=row.action == "no_code", status=ACTIVE)
    if rec.change == NEW and date is not None:
        values.update(status_decision=number, status_date=date)
    return values


def _update_of(row: PlannedRow, existing: dict, number: str, date: dt.date | None) -> tuple[int, dict]:
    """(id, new values) of an updated, abolished or replaced TTHC of the register."""
    rec = row.rec
    if row.action == "update":
        old = existing.get(rec.code) or existing[row.changes[0].old]  # or its temporary code, replaced
        values: dict = {}
        for change in row.changes:
            if change.name == "code":
                values["code"], values["temporary_code"] = rec.code, False
            else:
                values[change.name] = change.new
        if rec.time_limit:
            values["time_limit_days"], values["working_days"] = rec.time_limit_days, rec.working_days
        return old.id, values
    # abolish / replace: out of the scope, never deleted
    return existing[rec.code].id, dict(
        status=ABOLISHED if row.action == "abolish" else REPLACED,
        successor_code=rec.successor_code if row.action == "replace" else "",
        status_decision=number, status_date=date, in_scope=False)


def _record_legal_changes(s, plan: ImportPlan, number: str) -> None:
    """The decision as a legal change on each affected procedure: the QĐ 19 Art. 4.4a warning
    (update within 3 months of the effective date) stays until the change is built in."""
    decision = plan.decision
    done = set(s.execute(select(orm.LegalDocument.procedure_id).where(
        orm.LegalDocument.number == number, orm.LegalDocument.cancelled_reason.is_(None))).scalars())
    for notice in plan.procedures:
        if notice.procedure_id in done:
            continue  # the same decision imported again
        s.add(orm.LegalDocument(procedure_id=notice.procedure_id, number=number,
                                title=f"{number} — TTHC {', '.join(notice.tthc_codes)}",
                                issued_date=decision.date, effective_date=decision.effective_date))


def import_tthc(ctx: AppContext, path: str | Path, *, dry_run: bool = False, cancel=None, progress=None,
                confirm_no_code: bool = False, decision_number: str = "", decision_date: dt.date | None = None,
                effective_date: dt.date | None = None) -> ImportPlan:
    """Plan the import of ``path`` and (unless ``dry_run``) apply it in one transaction.

    The decision's number and date, when given, replace what the file's title block says.

    Raises:
        ImportRefused: the whole file is refused; nothing was written.
    """
    ctx.require("import")
    plan = plan_import(ctx, path, cancel=cancel, progress=progress)
    plan.confirm_no_code = confirm_no_code
    if decision_number:
        plan.decision.number = clean(decision_number)
    if decision_date:
        plan.decision.date = decision_date
    if effective_date:
        plan.decision.effective = effective_date
    if dry_run:
        check_decision(plan, ctx.today)  # what the import would refuse, the dry run refuses (QA L6)
        return plan
    return apply_plan(ctx, plan, cancel=cancel, progress=progress, replan=True)


def create_tthc(ctx: AppContext, *, code: str, name: str, field: str = "", time_limit: str = "",
                in_scope: bool = True) -> TthcRow:
    """Add one TTHC by hand. Raises ValidationError on a bad or duplicate code."""
    code, name = clean(code), clean(name)
    split = split_code(code.replace(" ", ""))
    if split is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "TTHC code '{code}' is not in the national format (e.g. 1.009137)."),
                              field="code", code=code)
    code, provincial = split
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label} is required."), field="name",
                              field_label=QT_TRANSLATE_NOOP("Fields", "Name"))
    days, working = parse_time_limit(time_limit)
    with ctx.tx("edit") as s:
        if s.scalar(select(orm.Tthc.id).where(orm.Tthc.code == code)):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A TTHC with code {code} already exists."), field="code", code=code)
        t = orm.Tthc(code=code, name=name, field=clean(field), time_limit=clean(time_limit),
                     time_limit_days=days, working_days=working, in_scope=in_scope, provincial_code=provincial)
        s.add(t)
        s.flush()
        return _to_row(t)


__all__ = ["ABOLISHED", "AMENDED", "NEW", "REPLACED", "Decision", "DecisionRef", "FieldChange", "ImportPlan",
           "ImportRefused", "PlannedRow", "ProcedureNotice", "TthcRow", "apply_plan", "create_tthc", "import_tthc",
           "list_tthc", "plan_import", "set_in_scope", "set_national_code"]
