"""Global search across the registers, ignoring tone marks and case ("thu tuc" finds "Thủ tục")."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import literal_column, select, table

from qms_desktop.domain.kinds import KINDS
from qms_desktop.domain.text import fold
from qms_desktop.services.context import AppContext
from qms_desktop.storage import fulltext


@dataclass(frozen=True)
class Hit:
    kind: str  # tthc, procedure, audit, nc, review, …
    ref: str  # code or number
    title: str
    id: int


def _targets() -> list[tuple[str, type, str, str]]:
    """(link prefix, model, reference attribute, title attribute) of every searchable kind (registry)."""
    from qms_desktop.services.records import model_of

    return [(k.link_name, model_of(k.name), *k.search) for k in KINDS.values() if k.search]


def _ref(value: object) -> str:
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)


def search(ctx: AppContext, text: str, *, limit_per_kind: int = 50) -> list[Hit]:
    words = fold(text).split()
    if not words:
        return []
    hits: list[Hit] = []
    indexed_words = [w for w in words if len(w) >= fulltext.MIN_WORD]
    with ctx.tx("read") as s:
        indexed = fulltext.indexed_tables(s.connection()) if indexed_words else frozenset()
        for kind, model, ref, title in _targets():
            stmt = select(model)
            name = model.__tablename__
            if name in indexed:  # the trigram index finds the rows holding every long word as a substring
                fts = fulltext.fts_name(name)
                stmt = stmt.where(model.id.in_(
                    select(literal_column("rowid")).select_from(table(fts))
                    .where(literal_column(f'"{fts}"').op("MATCH")(fulltext.match_query(indexed_words)))))
                scan = [w for w in words if len(w) < fulltext.MIN_WORD]
            else:
                scan = words
            for w in scan:
                stmt = stmt.where(model.search_key.contains(w, autoescape=True))
            for obj in s.scalars(stmt.order_by(model.id).limit(limit_per_kind)):
                hits.append(Hit(kind, _ref(getattr(obj, ref)), str(getattr(obj, title) or ""), obj.id))
    return hits
