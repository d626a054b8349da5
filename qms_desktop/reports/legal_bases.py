"""Legal bases ('Căn cứ …') of the printed decisions, chosen by the document's date from a dated table.

The table is data (``resources/legal_bases.json``), not code: a law replaced by a new one is a new
row with its start date, so a decision dated 31/01/2025 cites the Law on Organisation of Local
Government of 2015 (amended 2019) and one dated after 1/7/2025 the 2025 law. A document may carry
its own bases instead (``Announcement.legal_bases``), typed by the user.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Basis:
    key: str
    documents: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    text: str

    def applies(self, document: str, day: dt.date) -> bool:
        return (document in self.documents and (self.start is None or self.start <= day)
                and (self.end is None or day <= self.end))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def table_path() -> Path:
    from qms_desktop.paths import resource_path

    return resource_path("legal_bases.json")


@lru_cache(maxsize=4)
def load_table(path: str | None = None) -> tuple[Basis, ...]:
    raw = json.loads(Path(path or table_path()).read_text(encoding="utf-8"))
    return tuple(Basis(b["key"], tuple(b["documents"]), _date(b.get("from")), _date(b.get("until")), b["text"])
                 for b in raw["bases"])


def bases_for(document: str, day: dt.date, table: tuple[Basis, ...] | None = None) -> tuple[str, ...]:
    """The 'Căn cứ …' lines of a ``document`` kind dated ``day``, in the table's order."""
    return tuple(b.text for b in (table or load_table()) if b.applies(document, day))


def custom_bases(text: str | None) -> tuple[str, ...]:
    """A document's own bases typed one per line (empty: none typed)."""
    lines = [" ".join(line.split()) for line in (text or "").splitlines()]
    return tuple(line for line in lines if line)


__all__ = ["Basis", "bases_for", "custom_bases", "load_table", "table_path"]
