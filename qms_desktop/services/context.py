"""The context every service call receives: the database, who acts, and what day it is."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Callable, Iterator

from sqlalchemy.orm import Session

from qms_desktop.domain.errors import PermissionDenied, RecordChanged
from qms_desktop.domain.model import Role
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.storage.db import Database

# What each role may do; enforced here, in the services, whatever the UI shows.
PERMISSIONS: dict[str, frozenset[str]] = {
    "read": frozenset(Role),
    "edit": frozenset({Role.SECRETARY, Role.LEADER}),
    "audit": frozenset({Role.SECRETARY, Role.LEADER, Role.AUDITOR}),
    "approve": frozenset({Role.LEADER}),
    "finalize": frozenset({Role.LEADER}),
    "import": frozenset({Role.SECRETARY, Role.LEADER}),
    "users": frozenset({Role.SECRETARY, Role.LEADER}),
    "backup": frozenset({Role.SECRETARY, Role.LEADER}),
    "restore": frozenset({Role.LEADER}),  # a restore replaces every record, accounts and roles included
    "key": frozenset({Role.LEADER}),  # changing the agency's signing key
}

PERMISSION_LABELS = {
    "read": QT_TRANSLATE_NOOP("Errors", "view records"),
    "edit": QT_TRANSLATE_NOOP("Errors", "change records"),
    "audit": QT_TRANSLATE_NOOP("Errors", "record audits"),
    "approve": QT_TRANSLATE_NOOP("Errors", "approve"),
    "finalize": QT_TRANSLATE_NOOP("Errors", "finalise reports"),
    "import": QT_TRANSLATE_NOOP("Errors", "import data"),
    "users": QT_TRANSLATE_NOOP("Errors", "manage accounts"),
    "backup": QT_TRANSLATE_NOOP("Errors", "make backups"),
    "restore": QT_TRANSLATE_NOOP("Errors", "restore a backup"),
    "key": QT_TRANSLATE_NOOP("Errors", "change the agency's signing key"),
}


@dataclass(frozen=True)
class Actor:
    username: str
    role: str
    full_name: str = ""

    def can(self, permission: str) -> bool:
        return self.role in PERMISSIONS[permission]


SYSTEM = Actor("system", Role.LEADER, "QMS Desktop")

CHANGED_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors", "Someone else changed this record after you opened it. Nothing was saved: reload the record to see "
              "their change, then make yours again.")


@dataclass(frozen=True)
class Stamp:
    """A record's state as an edit form loaded it (``stamp_of``): table, id and the hash of the row."""
    table: str
    id: object
    hash: str
    of: str = ""  # a set's stamp (``rows_stamp_of``): every row of ``table`` whose column ``of`` is ``id``


def stamp_of(session: Session, model: type, record_id: object) -> Stamp:
    """The stamp of one record now, in the caller's transaction (one query, both engines)."""
    from qms_desktop.storage.rowstate import row_stamp

    table = model.__table__.name
    return Stamp(table, record_id, row_stamp(session.connection(), table, record_id))


def stamps_of(session: Session, model: type, record_ids) -> dict[object, Stamp]:
    """{id: stamp} of several records of one table now (one query, plus one per link table): the child rows
    of a detail (checklist items, findings, actions…) that an edit dialog opens from the loaded detail."""
    from qms_desktop.storage.rowstate import fetch_states, state_hash, table_info

    ids = list(dict.fromkeys(record_ids))
    if not ids:
        return {}
    table = model.__table__.name
    states = fetch_states(session.connection(), table_info(table), ids)
    return {i: Stamp(table, i, state_hash(states[str(i)]) if str(i) in states else "") for i in ids}


def rows_stamp_of(session: Session, column, owner_id: object) -> Stamp:
    """The stamp of the SET of rows whose ``column`` (a foreign key) is ``owner_id`` now: a row added, removed or
    changed by anyone refuses the save of a form that replaces that set (the steps of a draft, the team of a plan,
    the lines of a statistics period), also when it was empty."""
    from qms_desktop.storage.rowstate import rows_stamp

    table = column.table.name
    return Stamp(table, owner_id, rows_stamp(session.connection(), table, column.name, owner_id), of=column.name)


def child_ids(session: Session, column, owner_id: object) -> list:
    """The ids of the rows whose ``column`` (a foreign key) is ``owner_id``: taken before the rows are loaded,
    so their stamps (``stamps_of``) are never newer than the values shown."""
    from sqlalchemy import select

    pk = column.table.primary_key.columns.values()[0]
    return list(session.scalars(select(pk).where(column == owner_id)))


@dataclass
class AppContext:
    db: Database
    actor: Actor = SYSTEM
    clock: Callable[[], dt.date] = field(default=dt.date.today)
    # Records an edit form loaded (``editing``): a writing unit of work first checks that none changed.
    expected: tuple[Stamp, ...] = ()

    @property
    def today(self) -> dt.date:
        return self.clock()

    def now(self) -> dt.datetime:
        """The moment of an action as stored (naive UTC). The clock gives the day: when it is not this
        computer's day (the demo's scripted days, a test's fixed day) the moment is that day at the current
        local time of day, so that "finalised on" agrees with the day the action was taken."""
        real = dt.datetime.now().astimezone()
        moment = dt.datetime.combine(self.today, real.timetz())
        return moment.astimezone(dt.timezone.utc).replace(tzinfo=None, microsecond=0)

    def require(self, permission: str, action_label: str | None = None) -> None:
        """Raises PermissionDenied naming what was refused: ``action_label`` (a QT_TRANSLATE_NOOP("Errors", …) of
        what the user tried, "confirm a unit's key") where the permission's own name would be vague ("approve")."""
        if not self.actor.can(permission):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "Account '{user}' is not allowed to {action_label}."),
                user=self.actor.username, action_label=action_label or PERMISSION_LABELS[permission],
            )

    @contextlib.contextmanager
    def tx(self, permission: str = "edit", *, write: bool | None = None) -> Iterator[Session]:
        """One unit of work as the acting user, after the permission check.

        A "read" unit starts a reading transaction unless ``write`` says otherwise; every other
        permission starts a writing one (BEGIN IMMEDIATE: see storage/db.py).
        """
        self.require(permission)
        if write is None:
            write = permission != "read"
        with self.db.transaction(self.actor.username, write=write) as session:
            if self.clock is not dt.date.today:  # another day (the demo's, a test's): stamp the rows with it
                session.info["now"] = self.now
            if write and self.actor.username != SYSTEM.username:
                self._check_account(session)
            if write and self.expected:
                self._check_unchanged(session)
            yield session

    def _check_account(self, session: Session) -> None:
        """The account as it is now, under the writers' lock: a window or a command opened before the leader
        disabled the account, or changed its role, saves nothing more with the rights it had at login (QA 42 F1).
        A context that is no account's (a script's, a test's) is not looked up."""
        from sqlalchemy import text

        row = session.execute(text("SELECT active, role FROM app_user WHERE username = :u"),
                              {"u": self.actor.username}).first()
        if row is None:
            return
        if not row[0]:
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Errors", "Account '{user}' was disabled after it logged in. Nothing was saved."),
                user=self.actor.username)
        if row[1] != self.actor.role:
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Errors", "The role of account '{user}' was changed after it logged in. Nothing was saved: log in "
                          "again to work with its new role."), user=self.actor.username)

    def _check_unchanged(self, session: Session) -> None:
        """Optimistic version check, after the writers' lock (BEGIN IMMEDIATE on SQLite, the advisory
        lock on a server): a record another user saved since the form loaded it refuses the save."""
        from qms_desktop.storage.rowstate import row_stamp, rows_stamp

        conn = session.connection()
        for stamp in self.expected:
            now = rows_stamp(conn, stamp.table, stamp.of, stamp.id) if stamp.of else row_stamp(conn, stamp.table, stamp.id)
            if now != stamp.hash:
                raise RecordChanged(CHANGED_MESSAGE, table=stamp.table, id=stamp.id)

    def editing(self, *stamps: Stamp | None) -> "AppContext":
        """This context for saving what an edit form loaded: the writing units of work of the service
        called with it refuse (RecordChanged, nothing saved) when any of ``stamps`` changed meanwhile.
        One service call per editing context."""
        return replace(self, expected=tuple(s for s in stamps if s is not None))

    def as_user(self, actor: Actor) -> "AppContext":
        return AppContext(self.db, actor, self.clock)
