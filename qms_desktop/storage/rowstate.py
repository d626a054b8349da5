"""The canonical state of a row, so that the history covers every row and not only the changes.

Every history entry written since schema ``w_hist`` carries ``state``, a compact JSON object:

- ``"h"``: the SHA-256 of the row's canonical state right after the change (``None`` for a
  deletion). The canonical state is every column as SQLite stores it (read with ``SELECT *``,
  so nothing the ORM does not know escapes it), empty values (NULL and ``''``) left out so that
  an added nullable column does not change old rows, plus the sorted ids of the row's
  many-to-many links (``"@tthc"``, ``"@members"``…). Bytes are represented by their SHA-256.
- ``"d"``: 8-hex digests of the columns that changed (all non-empty ones for a creation or a
  baseline; ``""`` for a column that became empty). Replaying them names the field that differs
  when a row no longer matches its history; ``"h"`` alone decides whether it matches.
- ``"x"`` (rare): the row did not match its own history when the application changed it, i.e.
  it had been changed outside the application before; lists the fields (``["*"]`` if unknown).
  Writing this into the chain keeps the evidence instead of laundering it with the new change.

``qms check`` recomputes the state of every live row of every logged table with one query per
table and compares it with the latest entry of that row (services/check.py, storage/integrity.py).
The functions here take a SQLAlchemy ``Connection`` or a plain ``sqlite3.Connection``.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

CHUNK = 500  # ids per IN (…) list, well under SQLite's variable limit
FRESH = ("create", "baseline")  # actions after which the replay of digests starts afresh


@dataclass(frozen=True)
class Link:
    key: str  # "@tthc"
    table: str  # procedure_tthc
    owner_col: str  # procedure_id
    other_col: str  # tthc_id


@dataclass(frozen=True)
class TableInfo:
    name: str
    pk: str
    links: tuple[Link, ...]


@lru_cache(maxsize=1)
def logged_tables() -> dict[str, TableInfo]:
    """Every table whose rows the history covers: each mapped class except the log and stored files."""
    from qms_desktop.storage.orm import Base, ChangeLog, StoredFile

    out: dict[str, TableInfo] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if cls in (ChangeLog, StoredFile) or getattr(cls, "__history__", True) is False:
            continue
        table = mapper.local_table
        pk = [c.name for c in table.primary_key.columns]
        if len(pk) != 1:
            continue
        links = []
        for rel in mapper.relationships:
            sec = rel.secondary
            if sec is None:
                continue
            owner = [c.name for c in sec.columns if any(fk.column.table is table for fk in c.foreign_keys)]
            other = [c.name for c in sec.columns if c.name not in owner]
            if len(owner) == 1 and len(other) == 1:
                links.append(Link("@" + rel.key, sec.name, owner[0], other[0]))
        out[table.name] = TableInfo(table.name, pk[0], tuple(sorted(links, key=lambda x: x.key)))
    return dict(sorted(out.items()))


def table_info(name: str) -> TableInfo | None:
    return logged_tables().get(name)


_ENCODE = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode


def _dumps(value: object) -> str:
    return _ENCODE(value)  # json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


_encode_str = json.encoder.encode_basestring  # what json.dumps(str, ensure_ascii=False) returns


def _dumps_scalar(value: object) -> str:
    """``_dumps(value)``, the same text, without building an encoder for each column's value
    (a 5,000-row import digests 85,000 values)."""
    kind = type(value)
    if kind is str:
        return _encode_str(value)
    if kind is int:
        return int.__repr__(value)
    if kind is float and value == value and value not in (float("inf"), float("-inf")):
        return float.__repr__(value)
    if value is None:
        return "null"
    return _dumps(value)


def _canon(value: object) -> object:
    """A column's value as SQLite stores it. On SQLite (raw values) only bytes change; the typed
    values a PostgreSQL server returns are written as SQLAlchemy writes them into a SQLite file,
    so that a row has the same state on both engines (a database moved to a server keeps its
    history valid, ``qms migrate-db``)."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value)  # SQLAlchemy's JSON type stores json.dumps' text
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


_PLAIN = frozenset({str, int, float})  # kept as they are by _canon


def canonical(row: dict, links: dict[str, list] | None = None) -> dict:
    """The canonical state of one row: non-empty columns and non-empty link lists."""
    plain = _PLAIN
    state = {k: (v if type(v) in plain else _canon(v)) for k, v in row.items() if v is not None and v != ""}
    for key, ids in (links or {}).items():
        if ids:
            state[key] = sorted(ids, key=lambda i: (str(type(i)), i))
    return state


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # undecodable bytes read back (readonly.py) hash too


def state_hash(state: dict) -> str:
    return hashlib.sha256(_utf8(_dumps(state))).hexdigest()


def digest(value: object) -> str:
    return hashlib.sha256(_utf8(_dumps_scalar(value))).hexdigest()[:8]


def digests(state: dict) -> dict[str, str]:
    return {k: digest(v) for k, v in state.items()}


def diff_digests(before: dict | None, after: dict) -> dict[str, str]:
    """Digests of the columns whose value differs (``""`` for one that became empty)."""
    before = before or {}
    return {k: (digest(after[k]) if k in after else "") for k in sorted(set(before) | set(after))
            if before.get(k) != after.get(k)}


def state_json(h: str | None, d: dict[str, str], x: list[str] | None = None) -> str:
    payload: dict = {"h": h, "d": d}
    if x is not None:
        payload["x"] = x
    return _dumps(payload)


def parse_state(text: str | None) -> dict | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"h": "?", "d": {}}  # a damaged state never matches
    return value if isinstance(value, dict) else {"h": "?", "d": {}}


# ---------------------------------------------------------------- reading rows

def is_postgres(conn) -> bool:
    dialect = getattr(conn, "dialect", None)
    return dialect is not None and dialect.name == "postgresql"


def driver_sql(conn, sql: str) -> str:
    """``?`` placeholders in the driver's style (psycopg's ``%s`` on PostgreSQL)."""
    return sql.replace("?", "%s") if is_postgres(conn) else sql


def _execute(conn, sql: str, params: tuple = ()) -> tuple[list[str], list[tuple]]:
    if hasattr(conn, "exec_driver_sql"):
        result = conn.exec_driver_sql(driver_sql(conn, sql), params)
        return list(result.keys()), [tuple(r) for r in result.fetchall()]
    cur = conn.execute(sql, params)
    columns = [d[0] for d in cur.description] if cur.description else []
    return columns, cur.fetchall()


def _chunks(ids: list) -> Iterable[list]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def table_exists(conn, name: str) -> bool:
    if is_postgres(conn):
        _c, rows = _execute(conn, "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                                  "AND table_name = ?", (name,))
    else:
        _c, rows = _execute(conn, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return bool(rows)


def columns(conn, table: str) -> list[str]:
    """The column names of ``table``."""
    if is_postgres(conn):
        return [r[0] for r in _execute(conn, "SELECT column_name FROM information_schema.columns WHERE "
                                             "table_schema = current_schema() AND table_name = ? ORDER BY "
                                             "ordinal_position", (table,))[1]]
    return [r[1] for r in _execute(conn, f'PRAGMA table_info("{table}")')[1]]


def fetch_states(conn, info: TableInfo, ids: Iterable | None = None) -> dict[str, dict]:
    """{entity_id: canonical state} of the rows ``ids`` (every row when None): one query per table
    and per link table (per 500 ids)."""
    wanted = None if ids is None else list(dict.fromkeys(ids))
    if wanted == []:
        return {}
    raw: dict[str, dict] = {}
    keys: dict[str, object] = {}
    batches = [None] if wanted is None else list(_chunks(wanted))
    for batch in batches:
        sql = f'SELECT * FROM "{info.name}"'  # noqa: S608 - table names come from the mapping
        params: tuple = ()
        if batch is not None:
            sql += f' WHERE "{info.pk}" IN ({",".join("?" * len(batch))})'
            params = tuple(batch)
        columns, rows = _execute(conn, sql, params)
        pk_index = columns.index(info.pk)
        for r in rows:
            ident = str(r[pk_index])
            raw[ident] = dict(zip(columns, r))
            keys[ident] = r[pk_index]
    links: dict[str, dict[str, list]] = {}
    for link in info.links:
        owners = [None] if wanted is None else list(_chunks([keys[i] for i in raw]))
        for batch in owners:
            if batch == []:
                continue
            sql = f'SELECT "{link.owner_col}", "{link.other_col}" FROM "{link.table}"'  # noqa: S608
            params = ()
            if batch is not None:
                sql += f' WHERE "{link.owner_col}" IN ({",".join("?" * len(batch))})'
                params = tuple(batch)
            for owner, other in _execute(conn, sql, params)[1]:
                links.setdefault(str(owner), {}).setdefault(link.key, []).append(other)
    return {ident: canonical(row, links.get(ident)) for ident, row in raw.items()}


def row_stamp(conn, table: str, pk: object) -> str:
    """The hash of one row's canonical state now ("" when the row does not exist): any change of any
    column or link, by anyone, changes it. An edit form keeps it from when it loaded the row, and the
    save is refused when it differs (services/context.py ``AppContext.editing``). Same on both engines."""
    info = table_info(table)
    if info is None:
        raise KeyError(table)
    state = fetch_states(conn, info, [pk]).get(str(pk))
    return state_hash(state) if state is not None else ""


def rows_stamp(conn, table: str, column: str, owner: object) -> str:
    """The hash of the set of rows of ``table`` whose ``column`` is ``owner`` (the steps of a version, the lines of
    a period…): a row added, removed or changed by anyone changes it; "" when there is none. Same on both engines."""
    info = table_info(table)
    if info is None:
        raise KeyError(table)
    _c, found = _execute(conn, f'SELECT "{info.pk}" FROM "{table}" WHERE "{column}" = ?', (owner,))  # noqa: S608
    states = fetch_states(conn, info, [r[0] for r in found])
    if not states:
        return ""
    return hashlib.sha256(_utf8(_dumps(sorted((k, state_hash(v)) for k, v in states.items())))).hexdigest()


def orphan_links(conn, info: TableInfo) -> list[tuple[str, str]]:
    """Link rows whose owner row does not exist (they belong to no state): (link table, owner id)."""
    out = []
    for link in info.links:
        sql = (f'SELECT DISTINCT "{link.owner_col}" FROM "{link.table}" WHERE "{link.owner_col}" NOT IN '  # noqa: S608
               f'(SELECT "{info.pk}" FROM "{info.name}")')
        out += [(link.table, str(r[0])) for r in _execute(conn, sql)[1]]
    return out


def latest_entries(conn, entity: str, ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """{entity_id: (action, state)} of the newest history entry of each record."""
    out: dict[str, tuple[str, str | None]] = {}
    for batch in _chunks(list(dict.fromkeys(ids))):
        sql = ("SELECT entity_id, action, state FROM change_log WHERE id IN (SELECT max(id) FROM change_log "  # noqa: S608 - placeholders
               f"WHERE entity = ? AND entity_id IN ({','.join('?' * len(batch))}) GROUP BY entity_id)")
        for entity_id, action, state in _execute(conn, sql, (entity, *batch))[1]:
            out[str(entity_id)] = (action, state)
    return out


def replay(conn, entity: str, entity_id: str) -> dict[str, str] | None:
    """The column digests the history says the row has now (None if it has no entry with a state)."""
    _c, rows = _execute(conn, "SELECT action, state FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id",
                        (entity, str(entity_id)))
    current: dict[str, str] | None = None
    for action, text in rows:
        state = parse_state(text)
        if action == "delete":
            current = None
            continue
        if state is None:
            continue
        if action in FRESH or current is None:
            current = {}
        for k, v in (state.get("d") or {}).items():
            if v:
                current[k] = v
            else:
                current.pop(k, None)
    return current


def differing_fields(conn, entity: str, entity_id: str, state: dict) -> list[str]:
    """The columns of a row that differ from what its history says (best effort, for the message)."""
    recorded = replay(conn, entity, entity_id)
    if recorded is None:
        return ["*"]
    now = digests(state)
    return sorted(k for k in set(recorded) | set(now) if recorded.get(k) != now.get(k))
