"""The first-run set-up: which of its steps are still to do, and what the records still lack.

The wizard creates the first account on its third page; after that, leaving it (Hủy, a power cut)
must not leave a half-set-up commune that nobody notices. ``start`` records the steps that follow
the account (the recovery code and the starter kit) as pending; each step marks itself done; on the
next start ``pending`` says what the resumed wizard shows. ``gaps`` looks at the records themselves
(profile details, units and staff, procedures, TTHC list) for the dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services.context import AppContext
from qms_desktop.storage import orm

KEY = "setup_pending"
RECOVERY = "recovery"  # the recovery code was shown and its keeping confirmed
STARTER = "starter"  # the starter-kit page (starter procedures, TTHC import) was finished
STEPS = (RECOVERY, STARTER)


@dataclass(frozen=True)
class Gap:
    key: str  # recovery / profile / units / staff / procedures / tthc
    message: str  # English source, context "Setup"
    page: str  # the main window's page where it is fixed
    missing: tuple[str, ...] = ()  # for "{missing}": the labels (English sources, context "Setup") of what lacks

    def render(self, translate) -> str:
        def t(text: str) -> str:
            return translate("Setup", text) or text

        return t(self.message).replace("{missing}", ", ".join(t(m) for m in self.missing))


def _read(s) -> tuple[str, ...]:
    row = s.get(orm.Setting, KEY)
    return tuple(x for x in (row.value if row else "").split(",") if x in STEPS)


def _write(s, steps: tuple[str, ...]) -> None:
    row = s.get(orm.Setting, KEY)
    value = ",".join(x for x in STEPS if x in steps)
    if row is None:
        if value:
            s.add(orm.Setting(key=KEY, value=value))
    elif value:
        row.value = value
    else:
        s.delete(row)


def start(ctx: AppContext) -> None:
    """The account exists: the steps after it are to do (called by the wizard right after creating it)."""
    with ctx.tx("read", write=True) as s:  # any account may record set-up progress; it writes: a writing transaction
        _write(s, STEPS)


def pending(ctx: AppContext) -> tuple[str, ...]:
    """The set-up steps not done yet (empty for a database set up before this was recorded)."""
    with ctx.tx("read") as s:
        return _read(s)


def done(ctx: AppContext, step: str) -> None:
    with ctx.tx("read", write=True) as s:
        _write(s, tuple(x for x in _read(s) if x != step))


def gaps(ctx: AppContext) -> list[Gap]:
    """What the commune's set-up still lacks, in the order it is best done."""
    out: list[Gap] = []
    with ctx.tx("read") as s:
        steps = _read(s)
        agency = s.get(orm.Agency, 1)
        units = s.scalar(select(func.count(orm.Unit.id)).where(orm.Unit.cancelled_at.is_(None)))
        staff = s.scalar(select(func.count(orm.Staff.id)).where(orm.Staff.cancelled_at.is_(None)))
        procs = s.scalar(select(func.count(orm.Procedure.id)))
        tthc = s.scalar(select(func.count(orm.Tthc.id)))
    if RECOVERY in steps:
        out.append(Gap(RECOVERY, QT_TRANSLATE_NOOP("Setup", "The recovery code of the first account was not "
                                                   "confirmed as kept: finish the set-up, which shows a new one."),
                       "settings"))
    if agency is None:
        out.append(Gap("profile", QT_TRANSLATE_NOOP("Setup", "The agency profile is missing."), "settings"))
    else:
        missing = [label for value, label in (
            (agency.province, QT_TRANSLATE_NOOP("Setup", "province")),
            (agency.recipient, QT_TRANSLATE_NOOP("Setup", "recipient of the reports")),
            (agency.head_name, QT_TRANSLATE_NOOP("Setup", "chairman")),
            (agency.iso_rep_name, QT_TRANSLATE_NOOP("Setup", "ISO representative"))) if not (value or "").strip()]
        if missing:
            out.append(Gap("profile", QT_TRANSLATE_NOOP("Setup", "The agency profile lacks: {missing}."), "settings",
                           tuple(missing)))
    if not units:
        out.append(Gap("units", QT_TRANSLATE_NOOP("Setup", "No unit is recorded yet."), "settings"))
    if not staff:
        out.append(Gap("staff", QT_TRANSLATE_NOOP("Setup", "No staff member is recorded yet."), "settings"))
    if not procs:
        out.append(Gap("procedures", QT_TRANSLATE_NOOP("Setup", "No procedure yet: not even the 5 system procedures "
                                                       "of the starter kit."), "procedures"))
    if not tthc:
        out.append(Gap("tthc", QT_TRANSLATE_NOOP("Setup", "The province's TTHC list has not been imported."), "tthc"))
    return out

