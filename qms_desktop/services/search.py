"""Global search across the registers, ignoring tone marks and case ("thu tuc" finds "Thủ tục")."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from qms_desktop.domain.kinds import KINDS
from qms_desktop.domain.text import search_words
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
    words = search_words(text)
    if not words:
        return []
    targets = _targets()
    long_words = [w for w in words if len(w) >= fulltext.MIN_WORD]
    short_words = [w for w in words if len(w) < fulltext.MIN_WORD]
    hits: list[Hit] = []
    with ctx.tx("read") as s:
        found: dict[int, list[int]] | None = None
        indexed = fulltext.indexed_tables(s.connection()) if long_words else frozenset()
        tables = tuple(model.__tablename__ for _k, model, _r, _t in targets)
        if indexed and all(t in indexed for t in tables):
            # one statement finds the ids of every kind (a search that matches nothing costs only this)
            params = {"q": fulltext.match_query(long_words), "lim": limit_per_kind,
                      **{f"s{j}": fulltext.like_pattern(w) for j, w in enumerate(short_words)}}
            found = {}
            for k, ident in s.execute(fulltext.ids_statement(tables, len(short_words)), params):
                found.setdefault(k, []).append(ident)
        for i, (kind, model, ref, title) in enumerate(targets):
            stmt = select(model)
            if found is not None:
                if i not in found:
                    continue
                stmt = stmt.where(model.id.in_(found[i]))
            else:  # PostgreSQL, or a SQLite without FTS5 trigram: the same rows by a scan of the folded text
                for w in words:
                    stmt = stmt.where(model.search_key.contains(w, autoescape=True))
            for obj in s.scalars(stmt.order_by(model.id).limit(limit_per_kind)):
                hits.append(Hit(kind, _ref(getattr(obj, ref)), str(getattr(obj, title) or ""), obj.id))
    return hits
