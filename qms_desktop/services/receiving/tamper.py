"""The receiving office's records against their history, before its figures are shown or sent.

The commune side neither finalises nor exports a report while any record differs from its history
(``records_altered``). The office's summary, reminder and return letters are built from the
``rx_*`` rows (and the settings and the office's own particulars): ``altered`` compares just those
rows with their latest history entries and recomputes the chain (``storage.integrity.verify`` with
``tables``; one query per table whatever the data), ``require_unaltered`` refuses, and the read-only
views (``inbox status``, the consolidation and inbox pages) show what ``altered`` found. ``inbox import``
checks once per batch, before it trusts a pinned key or a remembered chain head (``IMPORT_REFUSED``).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from qms_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity_translate
from qms_desktop.services.receiving.errors import InboxInvalid
from qms_desktop.storage import integrity
from qms_desktop.storage.integrity import RowProblem

# What the office's figures, letters and summary are read from.
TABLES = ("agency", "rx_event", "rx_inspection", "rx_inspection_member", "rx_inspection_plan", "rx_package",
          "rx_submission", "rx_unit", "setting")
SHOWN = 5  # records named in a message; the rest are counted ("qms check" lists them all)

CHAIN_BROKEN = QT_TRANSLATE_NOOP("Inbox", "The change history was altered outside the application (entry {id}).")
REFUSED = QT_TRANSLATE_NOOP(
    "Inbox", "The receiving office's records no longer match the change history (changed, added or deleted outside "
             "the application): the summary, the letters and the inspection plan are not made from them, nothing was "
             "written. Run qms "
             "check (Change history → Check integrity) to see every change, then restore the last good backup.")
BANNER = QT_TRANSLATE_NOOP(
    "Inbox", "Warning: records of the receiving office were changed outside the application; the figures below may "
             "be false. Run qms check and restore the last good backup.")
IMPORT_REFUSED = QT_TRANSLATE_NOOP(
    "Inbox", "The receiving office's records no longer match the change history (changed, added or deleted outside "
             "the application): no package is taken in while the keys pinned for the units and the reports already "
             "received cannot be trusted, nothing was written. Run qms check (Change history → Check integrity) to "
             "see every change, then restore the last good backup.")
MORE = QT_TRANSLATE_NOOP("Inbox", "… and {count} more.")


@dataclass(frozen=True)
class Altered:
    """What differs from the history: a broken chain (``first_bad``) and the rows (``problems``)."""

    chain_ok: bool = True
    first_bad: int | None = None
    problems: tuple[RowProblem, ...] = ()
    units: dict = field(default_factory=dict)  # (table, id) → "LD-DH 2026-H1": whose report the row is part of

    def __bool__(self) -> bool:
        return not self.chain_ok or bool(self.problems)

    def lines(self, translate: Translate = identity_translate, limit: int = SHOWN) -> list[str]:
        """One line per altered record, as ``qms check`` says it (at most ``limit``, then a count)."""
        from qms_desktop.services.check import render_problem, row_message

        out = []
        if not self.chain_ok and self.first_bad is not None:
            out.append((translate("Inbox", CHAIN_BROKEN) or CHAIN_BROKEN).format(id=self.first_bad))
        for p in self.problems[:limit]:
            text = render_problem(*row_message(p), translate)
            unit = self.units.get((p.entity, p.entity_id))
            out.append(f"{text} [{unit}]" if unit else text)
        if len(self.problems) > limit:
            out.append((translate("Inbox", MORE) or MORE).format(count=len(self.problems) - limit))
        return out

    def banner(self, translate: Translate = identity_translate) -> str:
        return "\n".join([translate("Inbox", BANNER) or BANNER] + self.lines(translate))


def altered_in(s: Session) -> Altered:
    """The chain and the office's rows against their history, in the session's transaction (read-only)."""
    result = integrity.verify(s.connection(), tables=TABLES)
    problems = tuple(p for p in result.problems
                     if p.kind == "export_head" or p.entity in TABLES)
    return Altered(result.chain_ok, result.first_bad_id, problems, _units(s, problems[:SHOWN]))


def _units(s: Session, problems: tuple[RowProblem, ...]) -> dict:
    """The unit (and period) of each named rx_* row still there: one query per table, only when something differs."""
    from sqlalchemy import literal, select

    from qms_desktop.storage import orm

    out: dict = {}
    tables = {"rx_package": orm.RxPackage, "rx_submission": orm.RxSubmission, "rx_event": orm.RxEvent}
    for name in {p.entity for p in problems} & {"rx_unit", *tables}:
        ids = [int(p.entity_id) for p in problems if p.entity == name and p.entity_id.isdigit()]
        if name == "rx_unit":
            stmt = select(orm.RxUnit.id, orm.RxUnit.code, literal("")).where(orm.RxUnit.id.in_(ids))
        else:
            model = tables[name]
            stmt = (select(model.id, orm.RxUnit.code, model.period).join(orm.RxUnit, orm.RxUnit.id == model.unit_id)
                    .where(model.id.in_(ids)))
        for ident, code, period in s.execute(stmt):
            out[(name, str(ident))] = f"{code} {period}" if isinstance(period, str) and period else code
    return out


# What the last check found, per open database (an object of one opening: never the file after it was closed and
# opened again, by anything), with the state token of its file then.
_CHECKED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def altered(ctx) -> Altered:
    """``altered_in`` in a transaction of its own — or, while the database has stayed open in this process and its
    file has not changed since the last check (``storage.db.state_token``), what that check found. Every page of
    the office showed it, re-hashing the whole office at each refresh (QA 52 F2: 2–4 s at 600 units, growing
    every half-year). Kept only while the WAL index exists (the application holds the file open): every commit,
    the sqlite3 shell's too, moves its header. The token is read before the check's snapshot and again after
    it: a commit in between keeps the result out."""
    from qms_desktop.storage.db import state_token

    db = ctx.db
    path = getattr(db, "path", None)
    before = state_token(path)
    hit = _CHECKED.get(db)
    if before is not None and hit is not None and hit[0] == before:
        return hit[1]
    with ctx.tx("read") as s:
        found = altered_in(s)
    if before is not None and before[1] is not None and state_token(path) == before:
        _CHECKED[db] = (before, found)
    return found


class RecordsAltered(InboxInvalid):
    """A summary, a letter or a plan from the suggestion refused: the office's records differ from their history.
    The message names them."""

    def __init__(self, found: Altered, message: str = REFUSED) -> None:
        self.found = found
        super().__init__(message)

    def render(self, translate: Translate = identity_translate) -> str:
        return "\n".join([super().render(translate)] + self.found.lines(translate))


def require_unaltered(found: Altered, message: str = REFUSED) -> None:
    """Raises RecordsAltered (saying ``message``, then naming the records) if anything was found."""
    if found:
        raise RecordsAltered(found, message)
