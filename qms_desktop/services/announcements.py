"""Announcement of the QMS (công bố): the scope is the list of TTHC announced."""

from __future__ import annotations

from sqlalchemy import select

from qms_desktop.services import records
from qms_desktop.services.common import load
from qms_desktop.services.context import AppContext
from qms_desktop.storage import orm


def announce(ctx: AppContext, values: dict, tthc_ids: list[int] | None = None) -> records.RecordRow:
    """Record an announcement decision; by default its scope is every TTHC now in scope."""
    row = records.create(ctx, "announcement", values)
    with ctx.tx("edit") as s:
        a = load(s, orm.Announcement, row.id)
        if tthc_ids is None:
            a.tthc = list(s.scalars(select(orm.Tthc).where(orm.Tthc.in_scope.is_(True),
                                                           orm.Tthc.cancelled_reason.is_(None))))
        else:
            a.tthc = [load(s, orm.Tthc, i) for i in dict.fromkeys(tthc_ids)]
    return row


def scope_codes(ctx: AppContext, announcement_id: int) -> list[str]:
    with ctx.tx("read") as s:
        return sorted(t.code for t in load(s, orm.Announcement, announcement_id).tthc)


def scope_ids(ctx: AppContext, announcement_id: int) -> list[int]:
    with ctx.tx("read") as s:
        return sorted(t.id for t in load(s, orm.Announcement, announcement_id).tthc)


def set_scope(ctx: AppContext, announcement_id: int, tthc_ids: list[int]) -> list[str]:
    """Replace the list of TTHC an announcement covers; returns the codes now in its scope."""
    with ctx.tx("edit") as s:
        a = load(s, orm.Announcement, announcement_id)
        a.tthc = [load(s, orm.Tthc, i) for i in dict.fromkeys(tthc_ids)]
        s.flush()
        return sorted(t.code for t in a.tthc)
