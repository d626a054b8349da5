"""Session events: NFC text, folded search keys, who/when fields and the hash-chained history.

Kept in storage so that no service can forget them: every flush of every session goes through here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import unicodedata

from sqlalchemy import bindparam, event, inspect, insert, select
from sqlalchemy.orm import Session

from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.text import fold, strip_controls
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.storage import rowstate
from qms_desktop.storage.orm import Audited, Cancellable, ChangeLog, StoredFile

log = logging.getLogger(__name__)
GENESIS = "0" * 64
_NOT_LOGGED = {"search_key", "created_at", "created_by", "updated_at", "updated_by", "password_hash",
               "recovery_hash", "data", "snapshot_json", "private_pem"}
# Columns too long or too secret to show, logged as their SHA-256 under another name instead: the
# chain then holds the fingerprint of a finalised report's frozen content ("frozen means frozen").
LOGGED_AS_SHA256 = {"snapshot_json": "snapshot_sha256"}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def actor_of(session: Session) -> str:
    return session.info.get("actor", "system")


def now_of(session: Session) -> dt.datetime:
    """The moment stamped on what ``session`` writes (created/updated at, the history's ``at``): the
    computer's, unless the unit of work runs on another day (``session.info["now"]``, set by
    AppContext.tx when its clock is not the computer's: the demo's scripted days, a test's fixed day),
    so that a record is dated the day its story says it was entered."""
    clock = session.info.get("now")
    return clock() if clock is not None else _now()


def _json_value(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


# One encoder each, made once (json.dumps with options builds one per call): the same text as
# json.dumps(x, ensure_ascii=False, sort_keys=True) and json.dumps(x, ensure_ascii=False, separators=(",", ":")).
_VALUES_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
_ENTRY_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def entry_hash(prev_hash: str, at: str, username: str, action: str, entity: str, entity_id: str,
               old_values: str, new_values: str, state: str | None = None) -> str:
    """SHA-256 of one history entry chained to the previous one.

    ``state`` (the row's state after the change, storage/rowstate.py) is part of the hash when the
    entry has one; entries written before it existed are hashed as they always were.
    """
    fields = [prev_hash, at, username, action, entity, entity_id, old_values, new_values]
    if state is not None:
        fields.append(state)
    payload = _ENTRY_JSON(fields)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


_RAW = {"password_hash", "recovery_hash", "snapshot_json", "sha256", "hash", "prev_hash", "private_pem"}


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _normalise(obj: object) -> None:
    """Every text column: control characters removed (strip_controls), then NFC."""
    state = inspect(obj)
    loaded = state.dict  # the values set or loaded; one not loaded has not changed
    for attr in state.mapper.column_attrs:
        if attr.key in _RAW:
            continue
        value = loaded.get(attr.key)
        if isinstance(value, str):
            fixed = strip_controls(value)
            if not unicodedata.is_normalized("NFC", fixed):
                fixed = unicodedata.normalize("NFC", fixed)
            if fixed != value:
                setattr(obj, attr.key, fixed)
    fields = getattr(type(obj), "__search__", None)
    if fields:
        obj.search_key = fold(" ".join(str(getattr(obj, f) or "") for f in fields))


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, flush_context, instances) -> None:
    actor, now = actor_of(session), now_of(session)
    if not session.info.get("write", True) and (session.new or session.dirty or session.deleted):
        # A reading transaction (deferred BEGIN) that writes can meet SQLITE_BUSY_SNAPSHOT under
        # concurrency; services that write open a writing one (ctx.tx(..., write=True)).
        log.warning("a reading transaction writes: %s", sorted({type(o).__name__ for o in [*session.new, *session.dirty]}))
    for obj in session.deleted:
        if isinstance(obj, Cancellable):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Controlled records are never deleted: cancel them with a reason instead."))
    # session.new and session.dirty build a new set on every access: take them once (asking
    # "obj in session.new" per object made a flush of n new rows take n² steps).
    new = list(session.new)
    for obj, is_new in [(o, True) for o in new] + [(o, False) for o in session.dirty]:
        if isinstance(obj, StoredFile):
            continue
        _normalise(obj)
        if isinstance(obj, Audited):
            if is_new:
                obj.created_at, obj.created_by = obj.created_at or now, obj.created_by or actor
            if is_new or session.is_modified(obj, include_collections=True):
                obj.updated_at, obj.updated_by = now, actor
    # The rows as they are before this flush, one query per table: what changes is then exact, and
    # a row that no longer matches its latest history entry is noticed before the change hides it.
    wanted: dict[str, list] = {}
    for obj in [*session.dirty, *session.deleted]:
        entity = _logged_entity(obj)
        if entity is not None and inspect(obj).identity is not None:
            wanted.setdefault(entity, []).append(_pk(obj))
    conn = session.connection() if wanted else None
    session.info["_qms_before"] = {entity: rowstate.fetch_states(conn, rowstate.table_info(entity), ids)
                                   for entity, ids in wanted.items()}


def _logged_entity(obj: object) -> str | None:
    if isinstance(obj, (ChangeLog, StoredFile)):
        return None
    name = getattr(obj, "__tablename__", None)
    return name if name is not None and rowstate.table_info(name) is not None else None


def _pk(obj: object) -> object:
    ids = inspect(obj).mapper.primary_key_from_instance(obj)
    return ids[0]


def _changes(obj: object, action: str) -> tuple[dict, dict]:
    old, new = {}, {}
    state = inspect(obj)
    attrs = state.attrs if action == "update" else None  # built anew on each access: once, and only if needed
    for attr in state.mapper.column_attrs:
        if attr.key in LOGGED_AS_SHA256:
            value = getattr(obj, attr.key)
            if action != "delete" and value and (action == "create" or state.attrs[attr.key].history.has_changes()):
                new[LOGGED_AS_SHA256[attr.key]] = sha256_text(value)
            continue
        if attr.key in _NOT_LOGGED:
            continue
        if action == "create":
            value = getattr(obj, attr.key)
            if value not in (None, ""):
                new[attr.key] = _json_value(value)
        elif action == "delete":
            old[attr.key] = _json_value(getattr(obj, attr.key))
        elif (hist := attrs[attr.key].history).has_changes():
            before = hist.deleted[0] if hist.deleted else None
            after = hist.added[0] if hist.added else None
            if before != after:
                old[attr.key], new[attr.key] = _json_value(before), _json_value(after)
    # Many-to-many links (a procedure's TTHC, an announcement's scope, an audit's team and units)
    # are changes of the record too: logged as the sorted ids before and after.
    for rel in state.mapper.relationships:
        if rel.secondary is None:
            continue
        hist = state.attrs[rel.key].history if attrs is None else attrs[rel.key].history
        if action == "create":
            if hist.added:
                new[rel.key] = sorted(_ident(o) for o in hist.added)
        elif hist.added or hist.deleted:
            kept = [_ident(o) for o in hist.unchanged]
            old[rel.key] = sorted(kept + [_ident(o) for o in hist.deleted])
            new[rel.key] = sorted(kept + [_ident(o) for o in hist.added])
    return old, new


def _ident(obj: object) -> object:
    ids = inspect(obj).mapper.primary_key_from_instance(obj)
    return ids[0] if len(ids) == 1 else list(ids)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, flush_context) -> None:
    before_all = session.info.pop("_qms_before", {})
    candidates = []
    for action, objects in (("create", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            entity = _logged_entity(obj)
            if entity is None:
                continue
            ident = inspect(obj).mapper.primary_key_from_instance(obj)  # set by now, also for new rows
            candidates.append((action, obj, entity, ":".join(str(i) for i in ident), ident[0]))
    if not candidates:
        return
    conn = session.connection()
    after: dict[str, dict[str, dict]] = {}
    by_table: dict[str, list] = {}
    for action, _obj, entity, _id, key in candidates:
        if action != "delete":
            by_table.setdefault(entity, []).append(key)
    for entity, keys in by_table.items():
        after[entity] = rowstate.fetch_states(conn, rowstate.table_info(entity), keys)
    rows = []
    checked: dict[str, list[str]] = {}
    for action, obj, entity, entity_id, _key in candidates:
        before = before_all.get(entity, {}).get(entity_id)
        state = None if action == "delete" else after.get(entity, {}).get(entity_id, {})
        old, new = _changes(obj, action)
        if action == "update":
            if before is not None:
                if rowstate.state_hash(before) == rowstate.state_hash(state):
                    continue  # nothing in the row changed
            elif not (old or new) and not session.is_modified(obj, include_collections=True):
                continue
        kind = action
        if action == "update" and isinstance(obj, Cancellable) and new.get("cancelled_reason") and not old.get("cancelled_reason"):
            kind = "cancel"
        if action != "create" and before is not None:
            checked.setdefault(entity, []).append(entity_id)
        d = rowstate.diff_digests(before if action != "create" else None, state) if state is not None else {}
        h = rowstate.state_hash(state) if state is not None else None
        rows.append([kind, entity, entity_id, old, new, h, d, before])
    _append_entries(conn, actor_of(session), rows, checked, now_of(session))


def _append_entries(conn, actor: str, rows: list[list], checked: dict[str, list[str]],
                    at: dt.datetime | None = None) -> None:
    """Append ``rows`` ([kind, entity, entity_id, old, new, state hash, digests, state before]) to
    the hash chain with one INSERT: the one place that writes history entries (the flush hook and
    the bulk writers below both end here). ``checked``: the records whose state before the change
    was read, compared with their latest entry (``"x"`` when they no longer matched it)."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":  # one chain: the append is serialised (a reading session may write too)
        from qms_desktop.storage.db import serialise_writers
        serialise_writers(conn)
    latest = {entity: rowstate.latest_entries(conn, entity, ids) for entity, ids in checked.items()}
    prev = conn.execute(select(ChangeLog.hash).order_by(ChangeLog.id.desc()).limit(1)).scalar() or GENESIS
    at = at or _now()
    values = []
    for kind, entity, entity_id, old, new, h, d, before in rows:
        outside = _changed_outside(conn, entity, entity_id, before, latest.get(entity, {}).get(entity_id))
        state_s = rowstate.state_json(h, d, outside)
        old_s, new_s = _VALUES_JSON(old), _VALUES_JSON(new)
        digest = entry_hash(prev, at.isoformat(), actor, kind, entity, entity_id, old_s, new_s, state_s)
        values.append(dict(at=at, username=actor, action=kind, entity=entity, entity_id=entity_id,
                           old_values=old_s, new_values=new_s, prev_hash=prev, hash=digest, state=state_s))
        prev = digest
    conn.execute(insert(ChangeLog.__table__), values)


def _changed_outside(conn, entity: str, entity_id: str, before: dict | None,
                     last: tuple[str, str | None] | None) -> list[str] | None:
    """The fields of a row that did not match its latest history entry just before this change.

    None when it matched (the normal case) or when there is nothing to compare with: the row was
    not read before the flush, or its entries predate row states. ``["*"]``: the row had no history
    at all, or its history said it was deleted.
    """
    if before is None:
        return None
    if last is None or last[0] == "delete":
        return ["*"]
    recorded = rowstate.parse_state(last[1])
    if recorded is None or recorded.get("h") == rowstate.state_hash(before):
        return None
    return rowstate.differing_fields(conn, entity, entity_id, before) or ["*"]


# ---------------------------------------------------------------- bulk writes (Core, executemany)
#
# For writes of thousands of rows (the import of a province's TTHC list) the ORM's one object per
# row costs seconds. These functions write the rows with Core statements in the session's
# transaction and give them exactly what the flush hook above gives an ORM write: control
# characters removed and NFC text, the folded search key, who/when fields, and one hash-chained
# history entry per row carrying the row's canonical state (same format, same chain, same lock on
# PostgreSQL). A test compares their entries with those of the same rows written through the ORM.

def _clean_values(cls: type, values: dict) -> dict:
    """``values`` with every text value cleaned as :func:`_normalise` cleans an ORM object's."""
    out = {}
    for key, value in values.items():
        if isinstance(value, str) and key not in _RAW:
            fixed = strip_controls(value)
            if not unicodedata.is_normalized("NFC", fixed):
                fixed = unicodedata.normalize("NFC", fixed)
            value = fixed
        out[key] = value
    return out


def _search_key(cls: type, values: dict) -> str | None:
    fields = getattr(cls, "__search__", None)
    if not fields:
        return None
    return fold(" ".join(str(values.get(f) or "") for f in fields))


def _bulk_table(session: Session, cls: type):
    table = cls.__table__
    info = rowstate.table_info(table.name)
    if info is None or info.links:
        raise TypeError(f"{cls.__name__}: bulk writes are for history-covered tables without many-to-many links")
    mapper = inspect(cls)
    if any(attr.key != attr.columns[0].name for attr in mapper.column_attrs):
        raise TypeError(f"{cls.__name__}: bulk writes need attribute names equal to column names")
    session.flush()  # pending ORM changes first: the rows read below are then the real ones
    return table, info, session.connection()


def _logged_values(table, row, changed: set[str] | None = None) -> dict:
    """What the history logs of ``row`` (typed values, as the ORM holds them): every non-empty
    column of a new row, or the ``changed`` columns of an updated one (_changes' format)."""
    out = {}
    for col in table.columns:
        key = col.name
        if changed is not None and key not in changed:
            continue
        value = row[key]
        if key in LOGGED_AS_SHA256:
            if value:
                out[LOGGED_AS_SHA256[key]] = sha256_text(value)
            continue
        if key in _NOT_LOGGED or (changed is None and value in (None, "")):
            continue
        out[key] = _json_value(value)
    return out


def bulk_insert(session: Session, cls: type, rows: list[dict], *, unique: str = "") -> list[int]:
    """Insert ``rows`` (column → value) of the ORM class ``cls``, each with its history entry, in
    the session's transaction. Returns the new rows' ids in order.

    ``unique``: a column unique in the table and given in every row (``code``). With it the rows
    go in as multi-row INSERT … RETURNING statements (1,000 rows each) and are matched back by it;
    without it SQLite needs one INSERT per row to return the ids in order. Then one SELECT per 500
    rows for their states and two statements for the chain (its head, the entries' INSERT).
    """
    if not rows:
        return []
    table, info, conn = _bulk_table(session, cls)
    actor, now = actor_of(session), now_of(session)
    audited = issubclass(cls, Audited)
    defaults = {col.name: col.default.arg for col in table.columns  # scalar Python defaults, as the ORM applies them
                if col.default is not None and getattr(col.default, "is_scalar", False)}
    values = []
    for row in rows:
        v = _clean_values(cls, row)
        key = _search_key(cls, v)  # from the given values, as the ORM's pending object has them
        for name, default in defaults.items():
            if name not in v:
                v[name] = default
        if key is not None:
            v["search_key"] = key
        if audited:
            v["created_at"], v["created_by"] = v.get("created_at") or now, v.get("created_by") or actor
            v["updated_at"], v["updated_by"] = now, actor
        values.append(v)
    keys = sorted({k for v in values for k in v})
    missing = [col for col in table.columns if col.name not in keys and not col.primary_key]
    for col in missing:
        if col.default is not None:
            raise TypeError(f"{cls.__name__}.{col.name}: a non-scalar default is not applied by bulk_insert")
    params = [{k: v.get(k) for k in keys} for v in values]
    if unique:  # a multi-row INSERT … RETURNING per 1,000 rows; the rows matched back by their key
        result = conn.execute(insert(table).returning(*table.columns), params)
        names = list(result.keys())
        at = names.index(unique)
        returned = {r[at]: dict(zip(names, r)) for r in result}
        written = [{**returned[v[unique]], **v} for v in values]  # the given values as given, as the ORM holds them
    else:  # SQLite returns rows in order only one INSERT at a time
        stmt = insert(table).returning(*table.columns, sort_by_parameter_order=True)
        result = conn.execute(stmt, params)
        names = list(result.keys())
        written = [{**dict(zip(names, r)), **v} for r, v in zip(result, values)]
    pk = info.pk
    ids = [r[pk] for r in written]
    states = rowstate.fetch_states(conn, info, ids)
    entries = []
    for r in written:
        entity_id = str(r[pk])
        state = states[entity_id]
        entries.append(["create", table.name, entity_id, {}, _logged_values(table, r), rowstate.state_hash(state),
                        rowstate.diff_digests(None, state), None])
    _append_entries(conn, actor, entries, {}, now)
    return ids


def bulk_update(session: Session, cls: type, changes: list[tuple[object, dict]]) -> list[object]:
    """Update rows of the ORM class ``cls``: ``changes`` is [(primary key, {column: new value})].

    Like an ORM update: only the values that really differ are written (a row whose values are all
    the same is neither written nor logged), its search key and who/when fields follow, and each
    changed row gets its history entry (old and new values, its state before and after, the fields
    that no longer matched its latest entry if it was changed outside the application). One
    executemany UPDATE per set of changed columns, a few SELECTs per 500 rows. ORM objects of these
    rows held by the session are expired. Returns the ids of the rows changed.
    """
    if not changes:
        return []
    table, info, conn = _bulk_table(session, cls)
    actor, now = actor_of(session), now_of(session)
    pk_col = table.c[info.pk]
    wanted: dict[object, dict] = {}
    for ident, values in changes:  # the same row twice: its values merged, later ones win
        wanted.setdefault(ident, {}).update(_clean_values(cls, values))
    ids = list(wanted)
    current: dict[object, dict] = {}
    for batch in rowstate._chunks(ids):
        result = conn.execute(select(table).where(pk_col.in_(batch)))
        names = list(result.keys())
        for r in result:
            row = dict(zip(names, r))
            current[row[info.pk]] = row
    unknown = [i for i in ids if i not in current]
    if unknown:
        raise KeyError(f"{table.name}: no row {unknown[:5]}")
    before_states = rowstate.fetch_states(conn, info, ids)
    audited = issubclass(cls, Audited)
    groups: dict[tuple, list[dict]] = {}
    diffs: dict[object, set[str]] = {}
    for ident in ids:
        row = current[ident]
        effective = {k: v for k, v in wanted[ident].items() if row[k] != v}
        key = _search_key(cls, {**row, **effective})
        if key is not None and key != row.get("search_key"):
            effective["search_key"] = key
        if not effective:
            continue
        diffs[ident] = set(effective)
        if audited:
            effective["updated_at"], effective["updated_by"] = now, actor
        groups.setdefault(tuple(sorted(effective)), []).append({"_pk": ident, **{"v_" + k: v for k, v in effective.items()}})
    for cols, params in groups.items():
        stmt = table.update().where(pk_col == bindparam("_pk")).values({c: bindparam("v_" + c) for c in cols})
        conn.execute(stmt, params)
    changed = list(diffs)
    after_states = rowstate.fetch_states(conn, info, changed)
    entries, checked = [], []
    cancellable = issubclass(cls, Cancellable)
    for ident in changed:
        entity_id = str(ident)
        before, state = before_states[entity_id], after_states[entity_id]
        if rowstate.state_hash(before) == rowstate.state_hash(state):
            continue
        row = current[ident]
        new_row = {**row, **{k: wanted[ident].get(k, row[k]) for k in diffs[ident]}}
        logged = diffs[ident] - {"search_key"}
        old, new = _logged_values(table, row, logged), _logged_values(table, new_row, logged)
        for sha_key in LOGGED_AS_SHA256.values():
            old.pop(sha_key, None)  # _changes logs only the new fingerprint
        kind = "cancel" if cancellable and new.get("cancelled_reason") and not old.get("cancelled_reason") else "update"
        checked.append(entity_id)
        entries.append([kind, table.name, entity_id, old, new, rowstate.state_hash(state),
                        rowstate.diff_digests(before, state), before])
        obj = session.identity_map.get(session.identity_key(cls, ident))
        if obj is not None:
            session.expire(obj)
    _append_entries(conn, actor, entries, {table.name: checked} if checked else {}, now)
    return changed
