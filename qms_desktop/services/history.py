"""Change history (nhật ký thay đổi): paged reading in SQL, and verification of the hash chain."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from qms_desktop.services.context import AppContext
from qms_desktop.storage import orm
from qms_desktop.storage.events import GENESIS, entry_hash


@dataclass(frozen=True)
class ChangeRow:
    id: int
    at: dt.datetime
    username: str
    action: str
    entity: str
    entity_id: str
    old: dict
    new: dict


@dataclass(frozen=True)
class ChainReport:
    entries: int
    ok: bool
    first_bad_id: int | None = None


def _filtered(stmt, entity: str | None, entity_id: str | int | None, search: str):
    if entity:
        stmt = stmt.where(orm.ChangeLog.entity == entity)
    if entity_id is not None:
        stmt = stmt.where(orm.ChangeLog.entity_id == str(entity_id))
    if search:
        like = f"%{search}%"
        stmt = stmt.where(or_(orm.ChangeLog.username.like(like), orm.ChangeLog.entity.like(like),
                              orm.ChangeLog.new_values.like(like), orm.ChangeLog.old_values.like(like)))
    return stmt


def count_changes(ctx: AppContext, *, entity: str | None = None, entity_id=None, search: str = "") -> int:
    with ctx.tx("read") as s:
        return s.scalar(_filtered(select(func.count(orm.ChangeLog.id)), entity, entity_id, search)) or 0


def list_changes(ctx: AppContext, *, entity: str | None = None, entity_id=None, search: str = "",
                 offset: int = 0, limit: int = 200, newest_first: bool = True) -> list[ChangeRow]:
    """One page of the history, filtered and ordered in SQL (it can hold hundreds of thousands of rows)."""
    order = orm.ChangeLog.id.desc() if newest_first else orm.ChangeLog.id
    stmt = _filtered(select(orm.ChangeLog), entity, entity_id, search).order_by(order).offset(offset).limit(limit)
    with ctx.tx("read") as s:
        return [ChangeRow(c.id, c.at, c.username, c.action, c.entity, c.entity_id,
                          json.loads(c.old_values or "{}"), json.loads(c.new_values or "{}")) for c in s.scalars(stmt)]


def verify_chain(session) -> ChainReport:
    """Recompute every entry's hash; an edit made outside the application breaks the chain."""
    prev, n = GENESIS, 0
    for c in session.execute(select(orm.ChangeLog).order_by(orm.ChangeLog.id)).scalars():
        n += 1
        at = c.at.isoformat() if isinstance(c.at, dt.datetime) else str(c.at)
        expected = entry_hash(prev, at, c.username, c.action, c.entity, c.entity_id, c.old_values, c.new_values)
        if c.prev_hash != prev or c.hash != expected:
            return ChainReport(n, False, c.id)
        prev = c.hash
    return ChainReport(n, True)
