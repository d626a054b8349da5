"""Moving a database to a PostgreSQL server (``qms migrate-db --to postgresql+psycopg://…``).

Everything is copied as it is stored — every row of every table, ids included, the hash-chained
history entry by entry, the attachments' bytes — in ONE transaction on the server (a failure,
a lost connection, leaves the server database empty), then verified on arrival, reading back from
the server: the same number of rows in every table, the same chain head (count and last hash), the
chain intact and every row matching its history (``storage/integrity.verify``). A row's state is
computed the same way on both engines (storage/rowstate.py), so the history stays valid.

The target must be an empty database at the current schema: one the administrator created for the
office (README, "Một cơ sở dữ liệu cho nhiều cán bộ"). Nothing is written to the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, insert, select, text

from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.storage import integrity
from qms_desktop.storage.db import Database, serialise_writers

BATCH = 1000


class TransferRefused(QmsError):
    context = "Errors"


@dataclass
class TransferReport:
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows copied (and found on arrival)
    chain_head: str = ""  # "N:HASH" on both sides
    rows: int = 0

    @property
    def tables(self) -> int:
        return sum(1 for n in self.counts.values() if n)


def _tables():
    from qms_desktop.storage.orm import Base

    return list(Base.metadata.sorted_tables)


def _count(conn, table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)


def copy_database(source: Database, target: Database) -> TransferReport:
    """Copy ``source`` (a file) into ``target`` (an empty server database) and verify it.

    Raises:
        TransferRefused: the target is not empty, the schemas differ, or the copy did not verify
            (then nothing stays on the target).
    """
    src_state, dst_state = source.schema(), target.schema()
    if not src_state.up_to_date or not dst_state.up_to_date:
        raise TransferRefused(QT_TRANSLATE_NOOP(
            "Errors", "Both databases must be at this version's schema ({head}) to copy one into the other; "
                      "open the source once with this version first. Nothing was copied."), head=dst_state.head)
    tables = _tables()
    report = TransferReport()
    with source.engine.connect() as sconn:
        sconn = sconn.execution_options(qms_read=True)
        src_check = integrity.verify(sconn)
        if not src_check.chain_ok:
            raise TransferRefused(QT_TRANSLATE_NOOP(
                "Errors", "The source database's history chain is broken (entry {id}): check it with 'qms check' "
                          "before moving it. Nothing was copied."), id=src_check.first_bad_id)
        with target.engine.connect() as tconn:
            with tconn.begin():
                serialise_writers(tconn)
                busy = [t.name for t in tables if _count(tconn, t)]
                if busy:
                    raise TransferRefused(QT_TRANSLATE_NOOP(
                        "Errors", "The target database already holds records ({tables}); copy only into an empty "
                                  "database. Nothing was copied."), tables=", ".join(busy[:5]))
                for table in tables:
                    n = 0
                    result = sconn.execute(select(table)).mappings()
                    while chunk := result.fetchmany(BATCH):
                        tconn.execute(insert(table), [dict(r) for r in chunk])
                        n += len(chunk)
                    report.counts[table.name] = n
                    report.rows += n
                _reset_sequences(tconn, tables)
    # Verified on arrival, from the server, in a fresh connection (what another officer will see).
    with target.engine.connect() as tconn:
        tconn = tconn.execution_options(isolation_level="REPEATABLE READ", qms_read=True)
        arrived = {t.name: _count(tconn, t) for t in tables}
        dst_check = integrity.verify(tconn)
    wrong = [name for name in report.counts if arrived.get(name) != report.counts[name]]
    problems = []
    if wrong:
        problems.append(", ".join(f"{n}: {report.counts[n]} → {arrived.get(n)}" for n in wrong[:5]))
    if dst_check.head != src_check.head or not dst_check.chain_ok:
        problems.append(f"chain {dst_check.head_text} ≠ {src_check.head_text}")
    if len(dst_check.problems) != len(src_check.problems):
        problems.append(f"{len(dst_check.problems)} row problems (source: {len(src_check.problems)})")
    if problems:
        _empty(target, tables)
        raise TransferRefused(QT_TRANSLATE_NOOP(
            "Errors", "The copy on the server did not match the source ({detail}); it was removed. Nothing else "
                      "changed."), detail="; ".join(problems))
    report.chain_head = dst_check.head_text
    return report


def _reset_sequences(conn, tables) -> None:
    """Ids were copied as they are: each serial column's sequence continues after the largest."""
    for table in tables:
        pk = [c for c in table.primary_key.columns]
        if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
            continue
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}).scalar()
        if seq:
            # names from the ORM metadata, never from input
            conn.execute(text(f'SELECT setval(:s, coalesce((SELECT max("{pk[0].name}") FROM "{table.name}"), 0) + 1, '  # noqa: S608
                              "false)"), {"s": seq})


def _empty(target: Database, tables) -> None:
    with target.engine.begin() as conn:
        conn.exec_driver_sql("TRUNCATE " + ", ".join(f'"{t.name}"' for t in tables))
