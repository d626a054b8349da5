"""Health check of a database: SQLite integrity, foreign keys, schema version, history chain. Read-only."""

from __future__ import annotations

from dataclasses import dataclass, field

from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services.history import verify_chain
from qms_desktop.storage.db import Database


@dataclass
class CheckReport:
    integrity: str = "ok"
    foreign_key_errors: int = 0
    schema_current: str | None = None
    schema_head: str = ""
    history_entries: int = 0
    history_ok: bool = True
    history_first_bad: int | None = None
    problems: list[tuple[str, dict]] = field(default_factory=list)  # (message source, params)

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_database(db: Database) -> CheckReport:
    report = CheckReport()
    with db.engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        report.integrity = "ok" if rows == ["ok"] else "; ".join(rows[:5])
        report.foreign_key_errors = len(list(conn.exec_driver_sql("PRAGMA foreign_key_check")))
    state = db.schema()
    report.schema_current, report.schema_head = state.current, state.head
    with db.session() as s:
        chain = verify_chain(s)
    report.history_entries, report.history_ok, report.history_first_bad = chain.entries, chain.ok, chain.first_bad_id
    if report.integrity != "ok":
        report.problems.append((QT_TRANSLATE_NOOP("Check", "SQLite integrity check failed: {detail}"), {"detail": report.integrity}))
    if report.foreign_key_errors:
        report.problems.append((QT_TRANSLATE_NOOP("Check", "{n} broken references between records."), {"n": report.foreign_key_errors}))
    if not state.up_to_date:
        report.problems.append((QT_TRANSLATE_NOOP("Check", "Schema version {current} is not the expected {head}."),
                                {"current": state.current, "head": state.head}))
    if not chain.ok:
        report.problems.append((QT_TRANSLATE_NOOP("Check", "The change history was altered outside the application (entry {id})."),
                                {"id": chain.first_bad_id}))
    if state.up_to_date:  # merged former communes: their imported history and provenance (issue 18)
        from qms_desktop.services.provenance import verify_provenance
        with db.session() as s:
            report.problems.extend(verify_provenance(s))
    return report
