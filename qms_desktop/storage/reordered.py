"""Databases stamped ``w_hist`` by the builds of 01/12/2026 in which w_hist came earlier in the chain.

The history migration (w_hist) was written on a branch after ``0002``; while the branches were merged
that evening, main's chain read 0002 → w_hist, then w_report → w_hist, w_tthc → w_hist, w_pades → w_hist
and w_merge → w_hist, before w_hist took its place after w_inbox for good (739d18d). A database those
builds wrote is stamped ``w_hist`` but lacks what the migrations now before w_hist create, and Alembic,
which trusts the stamp, failed at w_inspect ("no such table: rx_package"; QA 25 F1): such a commune could
not move to any later version.

:func:`heal` runs, inside the upgrade's transaction and before Alembic, each of those migrations whose
tables or columns are missing, in the chain's order. They touch nothing w_hist does. A row they fill in
(a new column's default: agency.mode) gets a baseline entry, as a later migration that changes stored
values does (storage/integrity.write_baseline); a row altered outside the application before the upgrade
is not among them, and is still reported.
"""

from __future__ import annotations

import logging
from typing import Callable

from sqlalchemy import inspect

log = logging.getLogger(__name__)


def _table(name: str) -> Callable:
    return lambda insp: insp.has_table(name)


def _column(table: str, column: str) -> Callable:
    return lambda insp: column in {c["name"] for c in insp.get_columns(table)}


# The migrations that came after w_hist in some of those builds, in the chain's order, each with the test that
# says it ran.
BEFORE_HIST: tuple[tuple[str, Callable], ...] = (
    ("w_report", _table("service_stat_field")),
    ("w_tthc", _column("tthc", "temporary_code")),
    ("w_pades", _column("report", "signed_pdf_sha256")),
    ("w_merge", _table("merge_source")),
    ("w_inbox", _table("rx_package")),
)


def missing(conn) -> list[str]:
    """The migrations before w_hist that a database stamped w_hist lacks ([] for any other)."""
    from alembic.runtime.migration import MigrationContext

    if MigrationContext.configure(conn).get_current_revision() != "w_hist":
        return []
    insp = inspect(conn)
    return [revision for revision, ran in BEFORE_HIST if not ran(insp)]


def heal(conn, config) -> list[str]:
    """Run the migrations a w_hist-stamped database lacks (``missing``) on ``conn``, inside the caller's
    transaction; returns their revisions."""
    todo = missing(conn)
    if not todo:
        return []
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from qms_desktop.storage import integrity

    altered_before = _changed_rows(conn)  # altered outside the application before: still said after
    script = ScriptDirectory.from_config(config)
    context = MigrationContext.configure(conn, opts={"render_as_batch": True})
    with Operations.context(context):
        for revision in todo:
            log.warning("Database stamped w_hist without %s (an evening build of 01/12/2026): running it", revision)
            script.get_revision(revision).module.upgrade()
    filled: dict[str, list] = {}
    for table, entity_id in sorted(_changed_rows(conn) - altered_before):
        filled.setdefault(table, []).append(entity_id)
    if filled:  # the rows those migrations filled in (agency.mode = 'commune'): a baseline entry each
        integrity.write_baseline(conn, filled)
    return todo


def _changed_rows(conn) -> set[tuple[str, str]]:
    from qms_desktop.storage import integrity

    return {(p.entity, p.entity_id) for p in integrity.verify(conn).problems if p.kind == "changed"}
