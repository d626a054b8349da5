"""Global search across the registers, ignoring tone marks and case ("thu tuc" finds "Thủ tục")."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from qms_desktop.domain.text import fold
from qms_desktop.services.context import AppContext
from qms_desktop.storage import orm


@dataclass(frozen=True)
class Hit:
    kind: str  # tthc, procedure, audit, nc, review, …
    ref: str  # code or number
    title: str
    id: int


# kind, model, ref attribute, title attribute
_TARGETS = (
    ("tthc", orm.Tthc, "code", "name"),
    ("procedure", orm.Procedure, "code", "title"),
    ("audit", orm.Audit, "planned_date", "title"),
    ("nc", orm.Nonconformity, "number", "description"),
    ("review", orm.ManagementReview, "date", "place"),
    ("inspection", orm.ExternalInspection, "record_number", "body"),
    ("legal_document", orm.LegalDocument, "number", "title"),
    ("announcement", orm.Announcement, "decision_number", "activities"),
    ("objective", orm.Objective, "year", "text"),
    ("training", orm.Training, "date", "content"),
    ("risk", orm.Risk, "kind", "description"),
    ("improvement", orm.Improvement, "date", "description"),
    ("staff", orm.Staff, "title", "full_name"),
    ("unit", orm.Unit, "id", "name"),
)


def _ref(value: object) -> str:
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)


def search(ctx: AppContext, text: str, *, limit_per_kind: int = 50) -> list[Hit]:
    words = fold(text).split()
    if not words:
        return []
    hits: list[Hit] = []
    with ctx.tx("read") as s:
        for kind, model, ref, title in _TARGETS:
            stmt = select(model)
            for w in words:
                stmt = stmt.where(model.search_key.contains(w, autoescape=True))
            for obj in s.scalars(stmt.order_by(model.id).limit(limit_per_kind)):
                hits.append(Hit(kind, _ref(getattr(obj, ref)), str(getattr(obj, title) or ""), obj.id))
    return hits
