"""What a SQLite file holds besides its rows: the tables, indexes and triggers the application made, and
nothing else (``qms check``, a restore and a merge look at it).

A trigger or table added with the ``sqlite3`` shell would travel with the file — into a restore, into a
merge — and a trigger can rewrite rows behind every write; an index removed lets the search or the
history read slowly, a unique one lets duplicates in. The application's own objects are the models'
tables and named indexes (``orm.Base.metadata``, which the migrations match: tests/storage), Alembic's
version table, SQLite's automatic indexes, and the search index (``fulltext``: an FTS5 table per searched
table, its shadow tables and its three triggers; a damaged one is rebuilt at the next writable open).
PostgreSQL is not looked at here: its schema is the server administrator's.
"""

from __future__ import annotations

from dataclasses import dataclass

from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.storage import fulltext

# What each kind of object is called in a message (context "Errors": an error's own context).
KIND_LABELS = {
    "table": QT_TRANSLATE_NOOP("Errors", "the table"),
    "index": QT_TRANSLATE_NOOP("Errors", "the index"),
    "trigger": QT_TRANSLATE_NOOP("Errors", "the trigger"),
    "view": QT_TRANSLATE_NOOP("Errors", "the view"),
}


@dataclass(frozen=True)
class SchemaObject:
    kind: str  # "table", "index", "trigger" or "view"
    name: str
    table: str
    changed: bool = False  # one of the application's names, doing something else (QA 51 F1)


def _is_sqlite(conn) -> bool:
    """A SQLAlchemy connection on SQLite, or a plain ``sqlite3`` one (a backup read before a restore)."""
    dialect = getattr(conn, "dialect", None)
    return dialect is None or dialect.name == "sqlite"


def _rows(conn, sql: str, params: tuple = ()) -> list[tuple]:
    return list(conn.exec_driver_sql(sql, params) if hasattr(conn, "exec_driver_sql") else conn.execute(sql, params))


def _present(conn) -> list[SchemaObject]:
    return [SchemaObject(kind, name, table) for kind, name, table in
            _rows(conn, "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")]


def _same_sql(a: str | None, b: str) -> bool:
    return " ".join((a or "").split()).rstrip(";").strip() == " ".join(b.split())


def _expected() -> tuple[set[str], set[str]]:
    from qms_desktop.storage.orm import Base

    tables = set(Base.metadata.tables) | {"alembic_version"}
    indexes = {ix.name for t in Base.metadata.tables.values() for ix in t.indexes if ix.name}
    return tables, indexes


def foreign_objects(conn) -> list[SchemaObject]:
    """Objects the application did not make (a table, index, trigger or view added outside it)."""
    if not _is_sqlite(conn):
        return []
    tables, indexes = _expected()
    present = _present(conn)
    fts = {o.name for o in present if o.kind == "table" and o.name.endswith(fulltext.SUFFIX)
           and o.name[: -len(fulltext.SUFFIX)] in tables}
    allowed_tables = tables | fts | {f + s for f in fts for s in fulltext.SHADOW}
    wanted = {name: sql for f in fts for name, sql in fulltext.trigger_sql(f[: -len(fulltext.SUFFIX)]).items()}
    allowed = {"table": allowed_tables, "index": indexes, "trigger": set(wanted)}  # and no view at all
    out = [o for o in present if o.name not in allowed.get(o.kind, ())]
    # A trigger under one of the search index's names must be that trigger, to the letter: another body (on
    # another table) would rewrite records behind the application's own writes, unseen by the history chain.
    stored = dict(_rows(conn, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    out += [SchemaObject(o.kind, o.name, o.table, changed=True) for o in present
            if o.kind == "trigger" and o.name in wanted and not _same_sql(stored.get(o.name), wanted[o.name])]
    return out


def missing_unique(conn) -> list[tuple[str, tuple[str, ...]]]:
    """The models' UNIQUE constraints the file no longer enforces (a table rebuilt without them with the sqlite3
    shell: duplicates of a register number, of a code, would go in), as (table, columns)."""
    if not _is_sqlite(conn):
        return []
    from sqlalchemy import UniqueConstraint

    from qms_desktop.storage.orm import Base

    present = {o.name for o in _present(conn) if o.kind == "table"}
    out = []
    for table in Base.metadata.tables.values():
        if table.name not in present:
            continue
        wanted = [tuple(c.name for c in con.columns) for con in table.constraints
                  if isinstance(con, UniqueConstraint)]
        wanted += [(c.name,) for c in table.columns if c.unique]
        if not wanted:
            continue
        enforced = set()
        for row in _rows(conn, f'PRAGMA index_list("{table.name}")'):
            name, unique = row[1], row[2]
            if unique:
                enforced.add(tuple(r[2] for r in _rows(conn, f'PRAGMA index_info("{name}")')))
        out += [(table.name, cols) for cols in dict.fromkeys(wanted) if cols not in enforced]
    return out


def missing_indexes(conn) -> list[str]:
    """The models' named indexes that the file no longer has (dropped outside the application)."""
    if not _is_sqlite(conn):
        return []
    present = {o.name for o in _present(conn)}
    from qms_desktop.storage.orm import Base

    return sorted(ix.name for t in Base.metadata.tables.values() if t.name in present
                  for ix in t.indexes if ix.name and ix.name not in present)
