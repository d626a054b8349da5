"""The folded search's index on SQLite: one FTS5 trigram table per searched table (issue 19).

Every searched table keeps its folded text in ``search_key`` (``domain.text.fold``: no tone marks,
lower case). ``<table>_fts`` is an external-content FTS5 table over that column with the *trigram*
tokenizer, so a word of three characters or more is found as a substring through the index instead of
a scan of every row (``LIKE '%word%'``) — the same rows, since both match substrings of the same
folded text. Words shorter than three characters cannot use a trigram index and stay ``LIKE``.

Triggers keep the index in step with every write (ORM, Core, even the ``sqlite3`` shell). A SQLite
batch migration that rebuilds a searched table drops its triggers with it, so every writable open checks
them (``needs_repair``, a read) and ``repair`` recreates missing ones and rebuilds that index. PostgreSQL has no such tables;
the search there stays ``LIKE`` on the same column (one behaviour on both engines). A SQLite built
without FTS5 trigram (before 3.34) gets no index and the search scans, as before.
"""

from __future__ import annotations

import functools
import weakref

SUFFIX = "_fts"
SHADOW = ("_data", "_idx", "_content", "_docsize", "_config")
MIN_WORD = 3  # the trigram tokenizer cannot match fewer characters

_known: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # engine -> frozenset of indexed tables


def fts_name(table: str) -> str:
    return table + SUFFIX


def is_index_table(name: str) -> bool:
    """An FTS table or one of its shadow tables (never a record table: none ends like these)."""
    if name.endswith(SUFFIX):
        return True
    return any(name.endswith(SUFFIX + s) for s in SHADOW)


def include_name(name, type_, _parent_names) -> bool:
    """Alembic's filter: the index tables are not models (autogenerate and the models test ignore them)."""
    return not (type_ == "table" and name and is_index_table(name))


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def trigram_available(conn) -> bool:
    try:
        conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.qms_fts_probe USING fts5(x, tokenize='trigram')")
        conn.exec_driver_sql("DROP TABLE temp.qms_fts_probe")
        return True
    except Exception:  # noqa: BLE001 - sqlite3.OperationalError: no fts5 or no trigram tokenizer
        return False


def _trigger_sql(table: str) -> dict[str, str]:
    fts, t = fts_name(table), table
    return {
        f"{fts}_ai": f"CREATE TRIGGER {_q(fts + '_ai')} AFTER INSERT ON {_q(t)} BEGIN "
                     f"INSERT INTO {_q(fts)}(rowid, search_key) VALUES (new.id, new.search_key); END",
        f"{fts}_ad": f"CREATE TRIGGER {_q(fts + '_ad')} AFTER DELETE ON {_q(t)} BEGIN "
                     f"INSERT INTO {_q(fts)}({_q(fts)}, rowid, search_key) VALUES ('delete', old.id, old.search_key); END",
        f"{fts}_au": f"CREATE TRIGGER {_q(fts + '_au')} AFTER UPDATE OF id, search_key ON {_q(t)} BEGIN "
                     f"INSERT INTO {_q(fts)}({_q(fts)}, rowid, search_key) VALUES ('delete', old.id, old.search_key); "
                     f"INSERT INTO {_q(fts)}(rowid, search_key) VALUES (new.id, new.search_key); END",
    }


def trigger_sql(table: str) -> dict[str, str]:
    """The three triggers of ``table``'s index, by name, as the application creates them."""
    return _trigger_sql(table)


def install(conn, tables: tuple[str, ...]) -> list[str]:
    """Create the index of each table (with its triggers) and fill it. SQLite only; idempotent.
    Returns the tables indexed now."""
    if conn.dialect.name != "sqlite" or not trigram_available(conn):
        return []
    done = []
    existing = _names(conn, "table")
    for table in tables:
        if table not in existing or fts_name(table) in existing:
            continue
        fts = fts_name(table)
        conn.exec_driver_sql(f"CREATE VIRTUAL TABLE {_q(fts)} USING fts5(search_key, content={_q(table)}, "
                             f"content_rowid='id', tokenize='trigram')")
        for sql in _trigger_sql(table).values():
            conn.exec_driver_sql(sql)
        conn.exec_driver_sql(f"INSERT INTO {_q(fts)}({_q(fts)}) VALUES ('rebuild')")
        done.append(table)
    _known.pop(conn.engine, None)
    return done


def _unguarded(conn) -> list[str]:
    """The searched tables whose index lost one of its triggers, or no longer holds one entry per row (emptied
    or edited with the sqlite3 shell: the search would silently miss rows)."""
    triggers, tables = _names(conn, "trigger"), _names(conn, "table")
    indexed = [n[: -len(SUFFIX)] for n in sorted(tables) if n.endswith(SUFFIX)]
    out = []
    for t in indexed:
        if t not in tables:
            continue
        if any(name not in triggers for name in _trigger_sql(t)) or _entries(conn, t) != _rows(conn, t):
            out.append(t)
    return out


def _rows(conn, table: str) -> int:
    return conn.exec_driver_sql(f"SELECT count(*) FROM {_q(table)}").scalar()


def _entries(conn, table: str) -> int | None:
    """The rows the index holds (one line of its size table each); None when that table is gone."""
    try:
        return conn.exec_driver_sql(f"SELECT count(*) FROM {_q(fts_name(table) + '_docsize')}").scalar()
    except Exception:  # noqa: BLE001 - sqlite3.OperationalError: no such table
        return None


def damaged(conn) -> list[str]:
    """The searched tables whose index is incomplete or unguarded (``qms check`` names them)."""
    return _unguarded(conn) if conn.dialect.name == "sqlite" else []


def searched() -> tuple[str, ...]:
    """The tables the global search looks in: the record kinds with search fields (domain/kinds.py; a kind's
    name is its table's)."""
    from qms_desktop.domain.kinds import KINDS

    return tuple(k.name for k in KINDS.values() if k.search)


def _unindexed(conn) -> list[str]:
    """The searched tables that have no index yet: a kind added since (its migration makes the table only; the
    index is made here, at the first writable open, not by hand in each migration)."""
    tables = _names(conn, "table")
    wanted = [t for t in searched() if t in tables and fts_name(t) not in tables]
    return wanted if wanted and trigram_available(conn) else []


def needs_repair(conn) -> bool:
    return conn.dialect.name == "sqlite" and bool(_unguarded(conn) or _unindexed(conn))


def repair(conn) -> list[str]:
    """Recreate the triggers a table rebuild (or the sqlite3 shell) dropped and rebuild that index; make the
    index of a searched table that has none. Returns the tables repaired or indexed."""
    if conn.dialect.name != "sqlite":
        return []
    made = install(conn, tuple(_unindexed(conn)))
    repaired = _unguarded(conn)
    for table in repaired:
        fts, wanted = fts_name(table), _trigger_sql(table)
        for name in wanted:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_q(name)}")
        for sql in wanted.values():
            conn.exec_driver_sql(sql)
        conn.exec_driver_sql(f"INSERT INTO {_q(fts)}({_q(fts)}) VALUES ('rebuild')")
    _known.pop(conn.engine, None)
    return made + repaired


def _names(conn, kind: str) -> set[str]:
    return {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = ?", (kind,))}


def indexed_tables(conn) -> frozenset[str]:
    """The searched tables that have an index on this database (read once per engine)."""
    engine = conn.engine
    found = _known.get(engine)
    if found is None:
        if conn.dialect.name != "sqlite":
            found = frozenset()
        else:
            found = frozenset(n[: -len(SUFFIX)] for n in _names(conn, "table") if n.endswith(SUFFIX))
        _known[engine] = found
    return found


def match_query(words: list[str]) -> str:
    """The FTS5 query: every word as a quoted string (a substring, with the trigram tokenizer)."""
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def like_pattern(word: str) -> str:
    return "%" + word.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"


@functools.lru_cache(maxsize=32)
def ids_statement(tables: tuple[str, ...], short_words: int):
    """One statement for every kind: the ids (first ``:lim`` of each) whose folded text holds every
    word — long words through each table's trigram index, short ones by LIKE on the rows it found."""
    from sqlalchemy import text

    branches = []
    for i, table in enumerate(tables):
        fts = fts_name(table)
        cond = f'id IN (SELECT rowid FROM "{fts}" WHERE "{fts}" MATCH :q)'
        cond += "".join(f" AND search_key LIKE :s{j} ESCAPE '/'" for j in range(short_words))
        branches.append(f'SELECT * FROM (SELECT {i} AS k, id FROM "{table}" WHERE {cond} ORDER BY id LIMIT :lim)')
    return text(" UNION ALL ".join(branches))
