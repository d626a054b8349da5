"""Everything the history can prove about a database file, read-only, with raw SQL.

``verify(conn)`` recomputes the hash chain of the change log, takes the chain's head (entry
count and last hash), and — for files whose entries carry row states (schema ``w_hist`` on) —
compares every live row of every logged table with its latest entry, one query per table:

- ``changed``: the row differs from the state its latest entry recorded (fields named);
- ``no_history``: a live row no entry covers (inserted with sqlite3, or its entries deleted);
- ``deleted``: the history says the row exists, but it is gone without a delete entry;
- ``reinserted``: the history says the row was deleted, but it exists;
- ``earlier``: an entry recorded that the row had been changed outside the application just
  before the application changed it (the evidence stays in the chain);
- ``snapshot``: a finalised report's frozen content no longer has the SHA-256 logged when it
  was finalised;
- ``file``: an attached file's content no longer has the SHA-256 it is stored under;
- ``link``: a many-to-many link row whose owner does not exist;
- ``export_head``: an export logged the chain head it printed, and entry N of the chain no
  longer carries that hash (or no longer exists): the history was cut or rewritten since.

Works on a SQLAlchemy ``Connection`` or a plain ``sqlite3.Connection`` (backups, tests).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Iterable

from qms_desktop.storage import rowstate
from qms_desktop.storage.events import GENESIS, LOGGED_AS_SHA256, entry_hash

SNAPSHOT_KEY = LOGGED_AS_SHA256["snapshot_json"]


@dataclass(frozen=True)
class RowProblem:
    kind: str
    entity: str
    entity_id: str
    fields: tuple[str, ...] = ()
    entry: int | None = None


@dataclass
class Integrity:
    entries: int = 0
    chain_ok: bool = True
    first_bad_id: int | None = None
    head_hash: str = GENESIS
    covered: bool = False  # the entries carry row states (schema w_hist on)
    problems: list[RowProblem] = field(default_factory=list)
    at_positions: dict[int, str] = field(default_factory=dict)  # requested entry positions → hash

    @property
    def head(self) -> tuple[int, str]:
        return self.entries, self.head_hash

    @property
    def head_text(self) -> str:
        return format_head(self.entries, self.head_hash)

    @property
    def ok(self) -> bool:
        return self.chain_ok and not self.problems


def format_head(count: int, digest: str) -> str:
    return f"{count}:{digest}"


def parse_head(text: str) -> tuple[int, str]:
    """'N:HASH' → (N, hash in lower case); ValueError if it is not one."""
    count, sep, digest = str(text).strip().partition(":")
    digest = digest.strip().lower()
    if not sep or not count.strip().isdigit() or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError(text)
    return int(count), digest


def _execute(conn, sql: str, params: tuple = ()):
    if hasattr(conn, "exec_driver_sql"):
        return conn.exec_driver_sql(rowstate.driver_sql(conn, sql), params)
    return conn.execute(sql, params)


def _columns(conn, table: str) -> list[str]:
    return rowstate.columns(conn, table)


def _at_text(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str) and len(value) == 26 and value[10] == " " and value[19] == ".":
        # SQLite's own text ("2026-12-02 00:20:50.000000"), 100,000 times per check: what
        # datetime.fromisoformat(value).isoformat() gives, without building the datetime
        head = f"{value[:10]}T{value[11:19]}"
        return head if value[20:] == "000000" else f"{head}{value[19:]}"
    try:
        return dt.datetime.fromisoformat(str(value)).isoformat()
    except ValueError:
        return str(value)


def verify(conn, *, positions: Iterable[int] = (), rows: bool = True, tables: Iterable[str] | None = None) -> Integrity:
    """Check the chain (and, if ``rows``, every row — of ``tables`` only if given, then without the
    attached files) of the database behind ``conn``; read-only."""
    result = Integrity()
    if not rowstate.table_exists(conn, "change_log"):
        return result
    wanted = set(positions)
    only = None if tables is None else frozenset(tables)
    result.covered = "state" in _columns(conn, "change_log")
    state_col = "state" if result.covered else "NULL"
    latest: dict[tuple[str, str], tuple[int, str, str | None]] = {}
    snapshots: dict[str, str] = {}
    prev, n = GENESIS, 0
    cursor = _execute(conn, "SELECT id, at, username, action, entity, entity_id, old_values, new_values, prev_hash, "  # noqa: S608 - a fixed column
                            f"hash, {state_col} FROM change_log ORDER BY id")
    # the driver's own cursor: no Row object per entry (a 100,000-entry log is read at every export)
    raw = getattr(cursor, "cursor", None) or cursor
    for (entry_id, at, username, action, entity, entity_id, old_values, new_values, prev_hash, digest,
         state) in raw:
        n += 1
        if result.chain_ok:
            try:
                expected = entry_hash(prev, _at_text(at), username, action, entity, entity_id, old_values, new_values,
                                      state)
            except (TypeError, ValueError):  # a value of the wrong type, or text that is not UTF-8
                expected = None
            if prev_hash != prev or digest != expected:
                result.chain_ok, result.first_bad_id = False, entry_id
        prev = digest if isinstance(digest, str) else str(digest)
        if n in wanted:
            result.at_positions[n] = prev
        if rows and (only is None or entity in only):
            latest[(entity, str(entity_id))] = (entry_id, action, state)
        if state and '"x"' in state:
            parsed = rowstate.parse_state(state) or {}
            if parsed.get("x"):
                result.problems.append(RowProblem("earlier", entity, str(entity_id), tuple(parsed["x"]), entry_id))
        if entity == "report" and new_values and SNAPSHOT_KEY in new_values:
            try:
                snapshots[str(entity_id)] = json.loads(new_values)[SNAPSHOT_KEY]
            except (ValueError, KeyError, TypeError):
                pass
    if raw is not cursor:
        cursor.close()
    result.entries, result.head_hash = n, prev
    _check_export_heads(conn, result, wanted)
    if rows and result.covered:
        _check_rows(conn, result, latest, snapshots, only)
    return result


def _check_export_heads(conn, result: Integrity, wanted: set[int]) -> None:
    """Each export logged the head it printed: entry N must still carry that hash."""
    if not rowstate.table_exists(conn, "export_log") or "chain_hash" not in _columns(conn, "export_log"):
        return
    rows = list(_execute(conn, "SELECT id, chain_count, chain_hash FROM export_log WHERE chain_count IS NOT NULL "
                               "ORDER BY id"))
    missing = {r[1] for r in rows if isinstance(r[1], int) and 0 < r[1] <= result.entries} - set(result.at_positions)
    if missing:  # positions not asked for in the first pass: one more pass over the hashes only
        for n, (digest,) in enumerate(_execute(conn, "SELECT hash FROM change_log ORDER BY id"), start=1):
            if n in missing:
                result.at_positions[n] = digest
    seen = set()
    for export_id, count, digest in rows:
        if (count, digest) in seen or not isinstance(count, int) or count <= 0:
            continue
        seen.add((count, digest))
        if count > result.entries or result.at_positions.get(count) != digest:
            result.problems.append(RowProblem("export_head", "export_log", str(export_id), (f"{count}:{digest}",), count))


def _check_rows(conn, result: Integrity, latest: dict, snapshots: dict[str, str], only: frozenset | None = None) -> None:
    by_entity: dict[str, dict[str, tuple]] = {}
    for (entity, entity_id), last in latest.items():
        by_entity.setdefault(entity, {})[entity_id] = last
    for name, info in rowstate.logged_tables().items():
        if (only is not None and name not in only) or not rowstate.table_exists(conn, name):
            continue
        states = rowstate.fetch_states(conn, info)
        recorded = by_entity.get(name, {})
        for entity_id in sorted(states, key=lambda i: (len(i), i)):
            state = states[entity_id]
            last = recorded.get(entity_id)
            if last is None:
                result.problems.append(RowProblem("no_history", name, entity_id))
                continue
            last_id, action, text = last
            if action == "delete":
                result.problems.append(RowProblem("reinserted", name, entity_id, (), last_id))
                continue
            parsed = rowstate.parse_state(text)
            if parsed is None:
                result.problems.append(RowProblem("no_history", name, entity_id))
                continue
            snapshot_changed = False
            if name == "report" and isinstance(state.get("snapshot_json"), str) and entity_id in snapshots:
                actual = hashlib.sha256(state["snapshot_json"].encode("utf-8", "surrogatepass")).hexdigest()
                if actual != snapshots[entity_id]:
                    snapshot_changed = True
                    result.problems.append(RowProblem("snapshot", name, entity_id, ("snapshot_json",), last_id))
            if parsed.get("h") != rowstate.state_hash(state):
                fields = rowstate.differing_fields(conn, name, entity_id, state)
                if snapshot_changed:
                    fields = [f for f in fields if f != "snapshot_json"]
                    if not fields:
                        continue
                result.problems.append(RowProblem("changed", name, entity_id, tuple(fields) or ("*",), last_id))
        for entity_id, (last_id, action, _text) in sorted(recorded.items(), key=lambda kv: kv[1][0]):
            if action != "delete" and entity_id not in states:
                result.problems.append(RowProblem("deleted", name, entity_id, (), last_id))
        for link_table, owner in rowstate.orphan_links(conn, info):
            result.problems.append(RowProblem("link", link_table, owner))
    if only is None and rowstate.table_exists(conn, "stored_file"):
        # The content as bytes whatever its stored type: a value edited with sqlite3 ('||' makes TEXT) reads as
        # its bytes (not a str, nor a decode error from the driver), so it is named as an altered attachment.
        sql = ("SELECT sha256, size, data FROM stored_file" if rowstate.is_postgres(conn)  # bytea, only bytes
               else "SELECT sha256, size, CAST(data AS BLOB) FROM stored_file")
        for sha, size, data in _execute(conn, sql):
            body = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data or b"")
            if hashlib.sha256(body).hexdigest() != sha or len(body) != size:
                result.problems.append(RowProblem("file", "stored_file", str(sha)))


def chain_head(conn) -> tuple[int, str]:
    """(entry count, last hash) without verifying anything: cheap, for labels and manifests."""
    if not rowstate.table_exists(conn, "change_log"):
        return 0, GENESIS
    row = _execute(conn, "SELECT count(*), (SELECT hash FROM change_log ORDER BY id DESC LIMIT 1) FROM change_log")
    count, last = list(row)[0]
    return int(count or 0), last or GENESIS


def write_baseline(conn, only: dict[str, list | None] | None = None, *, username: str = "system") -> int:
    """Write one ``baseline`` entry per live row (of the tables in ``only``, all rows of a table
    whose list is None; every logged table by default), chained after the existing entries.

    The upgrade to row states calls it once for every row. A later migration that changes stored
    values with SQL (a new column with a non-empty default, a data fix) must call it for the rows it
    changed, or ``qms check`` reports them as changed outside the application. Returns the count.
    """
    at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    head = list(_execute(conn, "SELECT hash FROM change_log ORDER BY id DESC LIMIT 1"))
    prev = head[0][0] if head else GENESIS
    values = []
    for name, info in rowstate.logged_tables().items():
        if (only is not None and name not in only) or not rowstate.table_exists(conn, name):
            continue
        states = rowstate.fetch_states(conn, info, None if only is None else only[name])
        for entity_id in sorted(states, key=lambda i: (len(i), i)):
            state = states[entity_id]
            new = {LOGGED_AS_SHA256[c]: hashlib.sha256(state[c].encode("utf-8")).hexdigest()
                   for c in LOGGED_AS_SHA256 if isinstance(state.get(c), str)}
            new_s = json.dumps(new, ensure_ascii=False, sort_keys=True)
            state_s = rowstate.state_json(rowstate.state_hash(state), rowstate.digests(state))
            digest = entry_hash(prev, at.isoformat(), username, "baseline", name, entity_id, "{}", new_s, state_s)
            values.append((at.strftime("%Y-%m-%d %H:%M:%S.%f"), username, "baseline", name, entity_id, "{}", new_s,
                           prev, digest, state_s))
            prev = digest
    _insert_entries(conn, values)
    return len(values)


def append_event(conn, *, username: str, action: str, entity: str, new: dict, at: dt.datetime | None = None) -> str:
    """Append one entry that records an event of the whole database, no row of a table (``entity`` is no logged
    table, so ``verify`` compares no row with it): a restore from a backup. Returns its hash."""
    at = (at or dt.datetime.now(dt.timezone.utc)).replace(tzinfo=None, microsecond=0)
    head = list(_execute(conn, "SELECT hash FROM change_log ORDER BY id DESC LIMIT 1"))
    prev = head[0][0] if head else GENESIS
    new_s = json.dumps(new, ensure_ascii=False)  # in the order given: the history shows the values in it
    digest = entry_hash(prev, at.isoformat(), username, action, entity, "", "{}", new_s, None)
    _insert_entries(conn, [(at.strftime("%Y-%m-%d %H:%M:%S.%f"), username, action, entity, "", "{}", new_s, prev,
                            digest, None)])
    return digest


def _insert_entries(conn, values: list[tuple]) -> None:
    sql = ("INSERT INTO change_log (at, username, action, entity, entity_id, old_values, new_values, prev_hash, hash, "
           "state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    if values:
        if hasattr(conn, "exec_driver_sql"):
            conn.exec_driver_sql(rowstate.driver_sql(conn, sql), values)
        else:
            conn.executemany(sql, values)
