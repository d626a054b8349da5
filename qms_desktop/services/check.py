"""Health check of a database: SQLite integrity, foreign keys, schema version, history chain, and
every row against its history (storage/integrity.py). Read-only: open the file with
``storage.readonly.open_read_only`` and not one byte changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import DateTime, Integer, func, select
from sqlalchemy.exc import SQLAlchemyError

from qms_desktop.i18n import QT_TRANSLATE_NOOP, local_time
from qms_desktop.domain.change_labels import entity_label, field_caption
from qms_desktop.storage import integrity, orm
from qms_desktop.storage.db import Database
from qms_desktop.storage.integrity import RowProblem, format_head, parse_head
from qms_desktop.storage.events import GENESIS

# What each kind of row problem says (context "Check"); {table} is the record kind as the user knows
# it followed by the table's name, {id} the record, {fields} the columns' captions.
ROW_MESSAGES = {
    "changed": QT_TRANSLATE_NOOP("Check", "{table} #{id}: {fields} changed outside the application."),
    "no_history": QT_TRANSLATE_NOOP("Check", "{table} #{id}: not in the change history (added outside the application, "
                                             "or its history entries were deleted)."),
    "deleted": QT_TRANSLATE_NOOP("Check", "{table} #{id}: deleted outside the application (the history has no deletion)."),
    "reinserted": QT_TRANSLATE_NOOP("Check", "{table} #{id}: exists although the history recorded its deletion "
                                             "(entry {entry})."),
    "earlier": QT_TRANSLATE_NOOP("Check", "{table} #{id}: {fields} had been changed outside the application before "
                                          "entry {entry} recorded a change of it."),
    "snapshot": QT_TRANSLATE_NOOP("Check", "{table} #{id}: the frozen content of the finalised report no longer matches "
                                           "the SHA-256 recorded when it was finalised."),
    "file": QT_TRANSLATE_NOOP("Check", "{table} {id}: the attached file's content no longer matches its SHA-256."),
    "link": QT_TRANSLATE_NOOP("Check", "{table}: links of record #{id}, which does not exist."),
    "export_head": QT_TRANSLATE_NOOP("Check", "{table} #{id}: the export printed the chain head {fields}, but entry {entry} "
                                              "of the history no longer carries it: the history was cut or rewritten "
                                              "after that export."),
}


@dataclass
class CheckReport:
    integrity: str = "ok"
    foreign_key_errors: int = 0
    schema_current: str | None = None
    schema_head: str = ""
    history_entries: int = 0
    history_ok: bool = True
    history_first_bad: int | None = None
    chain_head: str = ""  # "N:HASH", what `qms check` prints and reports and packages carry
    rows_covered: bool = False  # every row was compared with its history (False: entries predate row states)
    row_problems: list[RowProblem] = field(default_factory=list)
    expected_head: str | None = None
    expected_head_ok: bool | None = None
    problems: list[tuple[str, dict]] = field(default_factory=list)  # (message source, params)
    notes: list[tuple[str, dict]] = field(default_factory=list)  # worth knowing, not a fault (the exit code stays 0)

    @property
    def healthy(self) -> bool:
        return not self.problems


def row_message(problem: RowProblem, ref: str = "") -> tuple[str, dict]:
    """The message of a row problem; ``render_problem`` names its table and columns in the user's
    language (domain/change_labels.py), each followed by its name in the database. ``ref``: the number the
    user knows the record by ("03/PAKN"), after its id."""
    context, label = entity_label(problem.entity)
    return ROW_MESSAGES[problem.kind], {
        "table_label": label, "table_context": context, "table_name": problem.entity,
        "id": f"{problem.entity_id} ({ref})" if ref else problem.entity_id, "fields": ", ".join(problem.fields),
        "field_names": tuple(problem.fields), "entry": problem.entry,
    }


# The column a record is known by on screen and on paper, where it is not its id (QA 18 F6: "petition #3").
_REFERENCE_COLUMNS = ("number", "code", "record_number")


def record_refs(db: Database, problems: list[RowProblem]) -> dict[tuple[str, str], str]:
    """(table, id) → the number or code of each record a problem names, read as it is now (one query a table);
    empty where the table has none or cannot be read."""
    from sqlalchemy import select

    from qms_desktop.storage.orm import Base

    wanted: dict[str, set[int]] = {}
    for p in problems:
        if str(p.entity_id).isdigit():
            wanted.setdefault(p.entity, set()).add(int(p.entity_id))
    out: dict[tuple[str, str], str] = {}
    try:
        with db.engine.connect() as conn:
            for name, ids in wanted.items():
                table = Base.metadata.tables.get(name)
                col = next((c for c in _REFERENCE_COLUMNS if table is not None and c in table.c), None)
                if col is None or "id" not in table.c:
                    continue
                for ident, value in conn.execute(select(table.c.id, table.c[col]).where(table.c.id.in_(sorted(ids)))):
                    if value and not str(value).isdigit():  # a bare "1" (a report's number) says nothing more
                        out[(name, str(ident))] = str(value)[:60]
    except SQLAlchemyError:
        return {}
    return out


BROKEN_SHOWN = 10  # broken references named one by one; more are counted


def _broken_reference(conn, table: str, rowid: int | None, parent: str) -> tuple[str, dict]:
    """A row pointing to a row that is gone (deleted with the sqlite3 shell): the row named, an attached file by
    its file name (QA 51 F9: "1 broken reference between records", while the records "all match the history")."""
    what = f"#{rowid}"
    if table == "attachment" and rowid is not None:
        row = conn.exec_driver_sql("SELECT filename FROM attachment WHERE rowid = ?", (rowid,)).fetchone()
        what = f"{row[0]} (#{rowid})" if row else what
    table_context, table_label = entity_label(table)
    parent_context, parent_label = entity_label(parent)
    return (QT_TRANSLATE_NOOP("Check", "{table} {what} refers to a {parent} that is no longer in the database "
                                       "(deleted outside the application)."),
            {"table_name": table, "table_label": table_label, "table_context": table_context, "what": what,
             "parent_name": parent, "parent_label": parent_label, "parent_context": parent_context})


def check_database(db: Database, *, expected_head: str | tuple[int, str] | None = None) -> CheckReport:
    """Check everything; ``expected_head`` ('N:HASH', written down from an earlier check, report or
    package) must then be entry N of the chain.

    Raises:
        ValueError: ``expected_head`` is not of the form N:HASH.
    """
    report = CheckReport()
    wanted = parse_head(expected_head) if isinstance(expected_head, str) else expected_head
    state = db.schema()
    older = not state.up_to_date and state.known  # not upgraded yet: its tables and indexes are the older version's
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            report.integrity = "ok" if rows == ["ok"] else "; ".join(rows[:5])
            broken = list(conn.exec_driver_sql("PRAGMA foreign_key_check"))
            report.foreign_key_errors = len(broken)
            report.problems += [_broken_reference(conn, *row[:3]) for row in broken[:BROKEN_SHOWN]]
            if report.integrity == "ok" and not older:  # an older schema lacks this version's indexes (QA 25 F3)
                report.problems += schema_problems(conn)
        else:  # a server checks its pages and enforces every reference itself; one snapshot for all reads
            conn = conn.execution_options(isolation_level="REPEATABLE READ", qms_read=True)
        report.notes += clock_notes(conn)
        try:
            result = integrity.verify(conn, positions=[wanted[0]] if wanted else ())
        except (SQLAlchemyError, ValueError) as exc:  # a damaged schema (names that are not UTF-8, missing tables)
            result = integrity.Integrity(chain_ok=False)
            report.problems.append((QT_TRANSLATE_NOOP("Check", "The records cannot be read: {detail}"),
                                    {"detail": str(getattr(exc, "orig", None) or exc)[:200]}))
    report.schema_current, report.schema_head = state.current, state.head
    report.history_entries, report.history_ok, report.history_first_bad = result.entries, result.chain_ok, result.first_bad_id
    report.chain_head, report.rows_covered, report.row_problems = result.head_text, result.covered, result.problems
    if report.integrity != "ok":
        report.problems.append((QT_TRANSLATE_NOOP("Check", "SQLite integrity check failed: {detail}"), {"detail": report.integrity}))
    if report.foreign_key_errors > BROKEN_SHOWN:
        report.problems.append((QT_TRANSLATE_NOOP("Check", "{n} broken references between records in all (the first "
                                                           "{shown} are named above)."),
                                {"n": report.foreign_key_errors, "shown": BROKEN_SHOWN}))
    if older:  # what to do, not only what is wrong (QA 25 F4)
        report.problems.append((QT_TRANSLATE_NOOP(
            "Check", "Schema version {current} is an earlier version's, not this version's {head}: the database has not "
                     "been opened by this version yet. Open it once (start the application, or run a command such as "
                     "qms list tthc): it is upgraded, after a copy in its backups folder; then check it again."),
            {"current": state.current, "head": state.head}))
    elif not state.up_to_date:
        report.problems.append((QT_TRANSLATE_NOOP("Check", "Schema version {current} is not the expected {head}."),
                                {"current": state.current, "head": state.head}))
    if not result.chain_ok and result.first_bad_id is not None:
        report.problems.append((QT_TRANSLATE_NOOP("Check", "The change history was altered outside the application (entry {id})."),
                                {"id": result.first_bad_id}))
    if wanted is not None:
        count, digest = wanted
        report.expected_head = format_head(count, digest)
        if count == 0:  # the empty history's head: only the chain's starting value is one
            report.expected_head_ok = digest == GENESIS
            if not report.expected_head_ok:
                report.problems.append((QT_TRANSLATE_NOOP(
                    "Check", "The written-down head {head} names entry 0, the start of every history, but does not "
                             "carry its value: it was not written down from this program."), {"head": report.expected_head}))
        elif count > result.entries:
            report.expected_head_ok = False
            report.problems.append((QT_TRANSLATE_NOOP(
                "Check", "The history has only {count} entries, but the written-down head {head} names entry {n}: "
                         "entries were removed."), {"count": result.entries, "head": report.expected_head, "n": count}))
        elif result.at_positions.get(count) != digest:
            report.expected_head_ok = False
            report.problems.append((QT_TRANSLATE_NOOP(
                "Check", "Entry {n} of the history does not carry the written-down head {head}: the history was "
                         "rewritten."), {"n": count, "head": report.expected_head}))
        else:
            report.expected_head_ok = True
    refs = record_refs(db, result.problems) if result.problems else {}
    report.problems += [row_message(p, refs.get((p.entity, str(p.entity_id)), "")) for p in result.problems]
    if state.up_to_date:  # merged former communes: their imported history and provenance (issue 18)
        from qms_desktop.services.provenance import verify_provenance
        with db.session() as s:
            report.problems.extend(verify_provenance(s))
    return report


CLOCK_WENT_BACK = QT_TRANSLATE_NOOP(
    "Check", "The history's time goes back {count} time(s), e.g. entry {before} at {before_at} then entry {after} at "
             "{after_at}: the computer's clock was wrong when some entries were written (their dates may be too).")


def clock_notes(conn) -> list[tuple[str, dict]]:
    """Where the history's moments go back by more than a day from one entry to the next: a PC clock that was
    wrong (back at 2000 or ahead at 2062) when they were written (QA 19 F3). One query; a note, not a fault."""
    log = orm.ChangeLog.__table__
    try:
        steps = select(log.c.id, log.c.at, func.lag(log.c.id, type_=Integer).over(order_by=log.c.id).label("before"),
                       func.lag(log.c.at, type_=DateTime).over(order_by=log.c.id).label("before_at")).subquery()
        back = [r for r in conn.execute(select(steps).where(steps.c.at < steps.c.before_at))
                if r.before_at - r.at > dt.timedelta(days=1)]
    except (SQLAlchemyError, TypeError, ValueError):  # a damaged history: the chain check says what is wrong
        return []
    if not back:
        return []
    first = max(back, key=lambda r: r.before_at - r.at)
    return [(CLOCK_WENT_BACK, {"count": len(back), "before": first.before,
                               "before_at": f"{local_time(first.before_at):%d/%m/%Y %H:%M}", "after": first.id,
                               "after_at": f"{local_time(first.at):%d/%m/%Y %H:%M}"})]


FOREIGN_OBJECT = {
    "table": QT_TRANSLATE_NOOP("Check", "Table {name} was added to the database outside the application."),
    "index": QT_TRANSLATE_NOOP("Check", "Index {name} (on {table}) was added to the database outside the application."),
    "trigger": QT_TRANSLATE_NOOP("Check", "Trigger {name} on {table} was added to the database outside the application: "
                                          "it can change records behind every write."),
    "view": QT_TRANSLATE_NOOP("Check", "View {name} was added to the database outside the application."),
}
CHANGED_TRIGGER = QT_TRANSLATE_NOOP("Check", "Trigger {name} (on {table}) of the application was replaced outside the "
                                             "application by one that does something else: it can change records "
                                             "behind every write.")
MISSING_UNIQUE = QT_TRANSLATE_NOOP("Check", "Table {name} no longer refuses two records with the same {columns} (rebuilt "
                                            "outside the application without its unique constraint).")
MISSING_INDEX = QT_TRANSLATE_NOOP("Check", "Index {name} of the application was removed outside the application "
                                           "(lists and checks slow down; a unique one no longer refuses duplicates).")
SEARCH_INDEX = QT_TRANSLATE_NOOP("Check", "The search index of {table} does not match its records (emptied or edited "
                                          "outside the application): it is rebuilt the next time the application "
                                          "opens the database for writing.")


def schema_problems(conn) -> list[tuple[str, dict]]:
    """What the file holds besides the application's own tables, indexes and triggers, and what of them is
    gone (SQLite; ``storage.schema_objects``)."""
    from qms_desktop.storage import fulltext, schema_objects

    problems = [(CHANGED_TRIGGER if o.changed else FOREIGN_OBJECT[o.kind], {"name": o.name, "table": o.table})
                for o in schema_objects.foreign_objects(conn)]
    problems += [(MISSING_INDEX, {"name": name}) for name in schema_objects.missing_indexes(conn)]
    problems += [(MISSING_UNIQUE, {"name": table, "columns": ", ".join(cols)})
                 for table, cols in schema_objects.missing_unique(conn)]
    problems += [(SEARCH_INDEX, {"table": table}) for table in fulltext.damaged(conn)]
    return problems


def render_problem(message: str, params: dict, translate) -> str:
    """One problem in the user's language (table labels translated in their context, "Kinds" or "History")."""
    params = dict(params)
    field_names = params.pop("field_names", None)
    if field_names is not None and "table_name" in params:  # "Mô tả (description)", like the table's label
        captions = ((field_caption(params["table_name"], f, translate), f) for f in field_names)
        params["fields"] = ", ".join(f"{caption} ({name})" for caption, name in captions)
    for key in ("table", "parent"):  # a table, and the one it refers to, as the user knows them
        if f"{key}_label" in params:
            context = params.pop(f"{key}_context", "History")
            label = translate(context, params.pop(f"{key}_label")) or params.get(f"{key}_name", "")
            name = params.pop(f"{key}_name")
            params[key] = label if label == name else f"{label} ({name})"
    text = translate("Check", message) or message
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text
