"""Is the PC's clock believable? The application dates records, numbers registers by year and names
backups from it, and an old PC's clock may have fallen back to 2000 (a flat CMOS battery) or been set
decades ahead. The only reference offline is the data itself: the moment its last change was written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.storage import orm
from qms_desktop.storage.db import Database

BEHIND = "behind"  # today is before the data's last change
AHEAD = "ahead"  # today is more than a year after it

TOLERANCE = dt.timedelta(days=1)
LONG_GAP = dt.timedelta(days=400)

MESSAGES = {
    BEHIND: QT_TRANSLATE_NOOP("Clock", "The computer's clock seems wrong: it says {today}, but this data was last "
                                       "changed on {last}. New records, register numbers and the automatic backups "
                                       "would take the wrong date. Set the computer's date and time (Windows: "
                                       "Settings › Time & language), then open QMS Desktop again."),
    AHEAD: QT_TRANSLATE_NOOP("Clock", "The computer's clock may be wrong: it says {today}, more than a year after this "
                                      "data was last changed ({last}). If the date is wrong, set it first: a record "
                                      "numbered in a wrong year cannot be taken back."),
}


@dataclass(frozen=True)
class ClockDoubt:
    kind: str  # BEHIND or AHEAD
    now: dt.datetime  # UTC, as the history records it
    last_written: dt.datetime  # UTC: the newest history entry's moment

    @property
    def message(self) -> str:
        return MESSAGES[self.kind]

    def params(self, to_local) -> dict:
        """``to_local``: UTC datetime → the text to show (the caller's local time and format)."""
        return {"today": to_local(self.now), "last": to_local(self.last_written)}


def doubt(db: Database, now: dt.datetime | None = None) -> ClockDoubt | None:
    """Why the clock is not believable, or None. Compares with the newest history entry (by its order,
    not its time: once the clock is right and something is written, a moment recorded under a wrong
    clock no longer raises the doubt)."""
    now = now or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    with db.session() as s:
        last = s.scalar(select(orm.ChangeLog.at).order_by(orm.ChangeLog.id.desc()).limit(1))
    if last is None:
        return None
    if last - now > TOLERANCE:
        return ClockDoubt(BEHIND, now, last)
    if now - last > LONG_GAP:
        return ClockDoubt(AHEAD, now, last)
    return None
