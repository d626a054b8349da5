"""Session events: NFC text, folded search keys, who/when fields and the hash-chained history.

Kept in storage so that no service can forget them: every flush of every session goes through here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import unicodedata

from sqlalchemy import event, inspect, insert, select
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


def _json_value(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def entry_hash(prev_hash: str, at: str, username: str, action: str, entity: str, entity_id: str,
               old_values: str, new_values: str, state: str | None = None) -> str:
    """SHA-256 of one history entry chained to the previous one.

    ``state`` (the row's state after the change, storage/rowstate.py) is part of the hash when the
    entry has one; entries written before it existed are hashed as they always were.
    """
    fields = [prev_hash, at, username, action, entity, entity_id, old_values, new_values]
    if state is not None:
        fields.append(state)
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
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
    actor, now = actor_of(session), _now()
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
    if not rows:
        return
    if conn.dialect.name == "postgresql":  # one chain: the append is serialised (a reading session may write too)
        from qms_desktop.storage.db import serialise_writers
        serialise_writers(conn)
    latest = {entity: rowstate.latest_entries(conn, entity, ids) for entity, ids in checked.items()}
    prev = conn.execute(select(ChangeLog.hash).order_by(ChangeLog.id.desc()).limit(1)).scalar() or GENESIS
    actor, at = actor_of(session), _now()
    values = []
    for kind, entity, entity_id, old, new, h, d, before in rows:
        outside = _changed_outside(conn, entity, entity_id, before, latest.get(entity, {}).get(entity_id))
        state_s = rowstate.state_json(h, d, outside)
        old_s = json.dumps(old, ensure_ascii=False, sort_keys=True)
        new_s = json.dumps(new, ensure_ascii=False, sort_keys=True)
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
