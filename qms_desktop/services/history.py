"""Change history (nhật ký thay đổi): paged reading in SQL, and verification of the hash chain."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import String, and_, cast, func, null, or_, select, union_all

from qms_desktop.domain import kinds
from qms_desktop.domain.change_labels import ENTITY_LABELS, entity_label  # noqa: F401 (re-exported)
from qms_desktop.domain.text import fold
from qms_desktop.services.context import AppContext
from qms_desktop.storage import integrity, orm
from qms_desktop.storage.folded_match import folded_contains

# The labels of tables (ENTITY_LABELS, entity_label) are declared in domain/change_labels.py with the
# captions of their fields.


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
    file_name: str = ""  # an entry of a file attached to the record (``record_changes``): the file's name


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
    if search and fold(search):  # tones, letter marks and case ignored, as every search (QA 52 F5)
        stmt = stmt.where(or_(*(folded_contains(column, search) for column in (
            orm.ChangeLog.username, orm.ChangeLog.entity, orm.ChangeLog.new_values, orm.ChangeLog.old_values))))
    return stmt


def count_changes(ctx: AppContext, *, entity: str | None = None, entity_id=None, search: str = "") -> int:
    with ctx.tx("read") as s:
        return s.scalar(_filtered(select(func.count(orm.ChangeLog.id)), entity, entity_id, search)) or 0


_COLUMNS = (orm.ChangeLog.id, orm.ChangeLog.at, orm.ChangeLog.username, orm.ChangeLog.action, orm.ChangeLog.entity,
            orm.ChangeLog.entity_id, orm.ChangeLog.old_values, orm.ChangeLog.new_values)


def list_changes(ctx: AppContext, *, entity: str | None = None, entity_id=None, search: str = "",
                 offset: int = 0, limit: int = 200, newest_first: bool = True,
                 after_id: int | None = None) -> list[ChangeRow]:
    """One page of the history, filtered and ordered in SQL (it can hold hundreds of thousands of rows).

    ``after_id``: the page that follows the entry with that id in the chosen order (keyset
    pagination: ``WHERE id < after_id``, read through the primary key, never rescanning like OFFSET).
    """
    return [to_change(r) for r in list_change_rows(ctx, entity=entity, entity_id=entity_id, search=search,
                                                   offset=offset, limit=limit, newest_first=newest_first,
                                                   after_id=after_id)]


def list_change_rows(ctx: AppContext, *, entity: str | None = None, entity_id=None, search: str = "",
                     offset: int = 0, limit: int = 200, newest_first: bool = True,
                     after_id: int | None = None) -> list[tuple]:
    """``list_changes`` as plain Core rows (id, at, username, action, entity, entity_id, old_values,
    new_values) with the values still JSON text: long lists keep these and decode a row when shown."""
    order = orm.ChangeLog.id.desc() if newest_first else orm.ChangeLog.id
    stmt = _filtered(select(*_COLUMNS), entity, entity_id, search)
    if after_id is not None:
        stmt = stmt.where(orm.ChangeLog.id < after_id if newest_first else orm.ChangeLog.id > after_id)
    stmt = stmt.order_by(order).limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    with ctx.tx("read") as s:
        return [tuple(r) for r in s.execute(stmt)]


def list_change_ids(ctx: AppContext, *, entity: str | None = None, entity_id=None, search: str = "",
                    newest_first: bool = True) -> Sequence[int]:
    """The ids of every matching entry in order, in one query: a list knows its length and reads any
    block of rows by id (``change_rows_by_ids``), so scrolling to the end costs one more query."""
    # Unordered, the database reads the ids from its smallest covering index instead of every page of
    # the log (the entries' JSON makes the table a hundred times larger); sorting 100,000 ints is nothing.
    with ctx.tx("read") as s:
        if not (entity or entity_id is not None or search):
            # The whole log is append-only: its ids are usually one unbroken run, and then a range
            # stands for them (count, min and max come from the primary key: no list of 100,000 ids).
            count, low, high = s.connection().execute(
                select(func.count(orm.ChangeLog.id), func.min(orm.ChangeLog.id), func.max(orm.ChangeLog.id))).one()
            if not count:
                return []
            if count == high - low + 1:
                return range(high, low - 1, -1) if newest_first else range(low, high + 1)
        result = s.connection().execute(_filtered(select(orm.ChangeLog.id), entity, entity_id, search))
        try:  # the driver's own tuples: wrapping 100,000 rows in Row objects costs more than the query
            ids = [r[0] for r in result.cursor.fetchall()]
        finally:
            result.close()
    ids.sort(reverse=newest_first)
    return ids


def change_rows_by_ids(ctx: AppContext, ids: list[int]) -> list[tuple]:
    """The Core rows (as ``list_change_rows``) of these entries, in the order of ``ids``; an entry that
    is gone is left out."""
    if not ids:
        return []
    with ctx.tx("read") as s:
        found = {r[0]: tuple(r) for r in s.execute(select(*_COLUMNS).where(orm.ChangeLog.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


_ATTACHABLE = kinds.attachable()  # an attachment's owner_kind is its owner's canonical kind, i.e. its table


def record_changes(ctx: AppContext, parts: Iterable[tuple[str, int]], *, limit: int = 1000) -> list[ChangeRow]:
    """A record's own history, newest first, in one query: the entries of each of its ``parts``
    (``(table, id)``: the record itself, a procedure's versions and amendments…) and the attaching and
    detaching of the files attached to any of them, each of those with the file's name (``file_name``;
    a detach entry carries only its reason). The GUI's history tabs and any command read this."""
    by_entity: dict[str, set[str]] = {}
    for entity, ident in parts:
        by_entity.setdefault(entity, set()).add(str(ident))
    if not by_entity:
        return []
    log, a = orm.ChangeLog, orm.Attachment
    own = select(*_COLUMNS, cast(null(), String).label("file_name")).where(
        or_(*(and_(log.entity == entity, log.entity_id.in_(sorted(ids))) for entity, ids in by_entity.items())))
    owners = [(entity, ids) for entity, ids in by_entity.items() if entity in _ATTACHABLE]
    if owners:  # the record's files (by the owner index), then their entries (by the log's record index)
        files = select(cast(a.id, String(64)).label("key"), a.filename).where(
            or_(*(and_(a.owner_kind == entity, a.owner_id.in_(sorted(int(i) for i in ids))) for entity, ids in owners))
        ).cte("record_files")
        attached = select(*_COLUMNS, files.c.filename.label("file_name")).join_from(
            log, files, and_(log.entity == "attachment", log.entity_id == files.c.key))
        own = union_all(own, attached)
    both = own.subquery()
    with ctx.tx("read") as s:
        rows = s.execute(select(both).order_by(both.c.id.desc()).limit(limit)).all()
    return [to_change(r[:8], r[8] or "") for r in rows]


def to_change(r: tuple, file_name: str = "") -> ChangeRow:
    """A Core row of ``list_change_rows`` as a ChangeRow (values decoded)."""
    return ChangeRow(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6] or "{}"), json.loads(r[7] or "{}"), file_name)


def verify_chain(session) -> ChainReport:
    """Recompute every entry's hash; an edit made outside the application breaks the chain.

    (``services.check`` also compares every row with its history: storage/integrity.py.)
    """
    result = integrity.verify(session.connection(), rows=False)
    return ChainReport(result.entries, result.chain_ok, result.first_bad_id)


# Kind → the column that names its records, read by id; and "user": the accounts' full names by log-in name
# (who made a change).
_NAME_COLUMNS = {
    "unit": "name", "staff": "full_name", "procedure": "code", "tthc": "code", "audit": "title",
    "nonconformity": "number", "petition": "number", "objective": "text", "audit_programme": "year",
    "external_inspection": "record_number", "management_review": "date", "report": "period", "rx_unit": "name",
    "rx_submission": "period", "rx_package": "file_name", "rx_inspection_plan": "year",
}
NAMED_KINDS = (*_NAME_COLUMNS, "user")


def _name_query(kind: str):
    if kind == "user":
        return select(orm.User.username, orm.User.full_name)
    table = orm.Base.metadata.tables[kind]
    return select(table.c.id, table.c[_NAME_COLUMNS[kind]])


class ReferenceNames(Mapping):
    """Kind → {id → name} of the records the change log refers to by id (units, staff, procedures…), so
    that history entries name them instead of numbers. A kind's names are read (one query) the first
    time an entry shown needs them, then kept for the screen's life: a screen that shows only NC entries
    never reads the 2,000 TTHC codes."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self._read: dict[str, dict[int, str]] = {}

    def _names(self, kind: str) -> dict[int, str]:
        names = self._read.get(kind)
        if names is None:
            def short(text: str) -> str:
                return text if len(text) <= 40 else text[:39] + "…"

            with self._ctx.tx("read") as s:
                names = self._read[kind] = {
                    ident: short(name.strftime("%d/%m/%Y") if isinstance(name, dt.date) else str(name or ""))
                    for ident, name in s.execute(_name_query(kind))}
        return names

    def __getitem__(self, kind: str) -> dict[int, str]:
        if kind not in NAMED_KINDS:
            raise KeyError(kind)
        return self._names(kind)

    def __iter__(self) -> Iterator[str]:
        return iter(NAMED_KINDS)

    def __len__(self) -> int:
        return len(NAMED_KINDS)


def reference_names(ctx: AppContext) -> ReferenceNames:
    """The names of referenced records (``ReferenceNames``), each kind read when first needed."""
    return ReferenceNames(ctx)
