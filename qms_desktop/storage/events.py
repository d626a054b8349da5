"""Session events: NFC text, folded search keys, who/when fields and the hash-chained history.

Kept in storage so that no service can forget them: every flush of every session goes through here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata

from sqlalchemy import event, inspect, insert, select
from sqlalchemy.orm import Session

from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.text import fold
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.storage.orm import Audited, Cancellable, ChangeLog, StoredFile

GENESIS = "0" * 64
_NOT_LOGGED = {"search_key", "created_at", "created_by", "updated_at", "updated_by", "password_hash",
               "recovery_hash", "data", "snapshot_json"}


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
               old_values: str, new_values: str) -> str:
    """SHA-256 of one history entry chained to the previous one."""
    payload = json.dumps([prev_hash, at, username, action, entity, entity_id, old_values, new_values],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _normalise(obj: object) -> None:
    state = inspect(obj)
    loaded = state.dict  # the values set or loaded; one not loaded has not changed
    for attr in state.mapper.column_attrs:
        value = loaded.get(attr.key)
        if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
            setattr(obj, attr.key, unicodedata.normalize("NFC", value))
    fields = getattr(type(obj), "__search__", None)
    if fields:
        obj.search_key = fold(" ".join(str(getattr(obj, f) or "") for f in fields))


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, flush_context, instances) -> None:  # noqa: ANN001
    actor, now = actor_of(session), _now()
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


def _changes(obj: object, action: str) -> tuple[dict, dict]:
    old, new = {}, {}
    state = inspect(obj)
    attrs = state.attrs if action == "update" else None  # built anew on each access: once, and only if needed
    for attr in state.mapper.column_attrs:
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
def _after_flush(session: Session, flush_context) -> None:  # noqa: ANN001
    rows = []
    for action, objects in (("create", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            if isinstance(obj, (ChangeLog, StoredFile)):
                continue
            if action == "update" and not session.is_modified(obj, include_collections=True):
                continue
            old, new = _changes(obj, action)
            if action == "update" and not (old or new):
                continue
            kind = action
            if action == "update" and isinstance(obj, Cancellable) and new.get("cancelled_reason") and not old.get("cancelled_reason"):
                kind = "cancel"
            ident = inspect(obj).mapper.primary_key_from_instance(obj)  # set by now, also for new rows
            rows.append((kind, obj.__tablename__, ":".join(str(i) for i in ident), old, new))
    if not rows:
        return
    conn = session.connection()
    prev = conn.execute(select(ChangeLog.hash).order_by(ChangeLog.id.desc()).limit(1)).scalar() or GENESIS
    actor, at = actor_of(session), _now()
    values = []
    for kind, entity, entity_id, old, new in rows:
        old_s = json.dumps(old, ensure_ascii=False, sort_keys=True)
        new_s = json.dumps(new, ensure_ascii=False, sort_keys=True)
        digest = entry_hash(prev, at.isoformat(), actor, kind, entity, entity_id, old_s, new_s)
        values.append(dict(at=at, username=actor, action=kind, entity=entity, entity_id=entity_id,
                           old_values=old_s, new_values=new_s, prev_hash=prev, hash=digest))
        prev = digest
    conn.execute(insert(ChangeLog.__table__), values)
