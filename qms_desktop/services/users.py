"""Accounts and roles: scrypt password hashes, lock-out after repeated failures, a one-time recovery code."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from qms_desktop.domain.errors import AuthenticationFailed, ValidationError
from qms_desktop.domain.model import Role
from qms_desktop.domain.text import clean, fold
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services.common import load
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.storage import orm
from qms_desktop.storage.db import Database

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8
# scrypt cost: n=2**14, r=8, p=1 takes ~50 ms and 16 MiB — fine on an old office PC.
_N, _R, _P = 2**14, 8, 1


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    locked: bool


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "scrypt${}${}${}${}${}".format(_N, _R, _P, base64.b64encode(salt).decode(), base64.b64encode(digest).decode())


def verify_password(password: str, stored: str) -> bool:
    try:
        _scheme, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


_DUMMY_HASH = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _row(u: orm.User) -> UserRow:
    return UserRow(u.id, u.username, u.full_name, u.role, u.active, bool(u.locked_until and u.locked_until > _now()))


USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
# Names the history uses for itself or that read as an authority: never an account's name.
RESERVED = frozenset({"system", "anonymous", "admin"})


def check_account(username: str, password: str, role: str) -> str:
    """Validate a NEW account's user name, password and role before anything is written; returns
    the user name (lower case).

    A user name is plain ASCII — letters a–z, digits, dot, hyphen, underscore — so that no look-alike
    (a Cyrillic о in "lanhdaо") can pass for somebody else in the history; ``system``,
    ``anonymous`` and ``admin`` are reserved. Existing accounts keep their names and still log in.
    """
    username = clean(username).lower()
    if not username or len(username) > 64 or any(c.isspace() for c in username):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A user name is one word of at most 64 characters."), field="username")
    if not USERNAME.match(username):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A user name may only use the letters a–z without marks, digits, '.', '-' and '_' "
                      "(e.g. thuky or nguyenvana), and starts with a letter or digit."), field="username")
    if username in RESERVED:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The user name {name} is reserved; choose another."),
                              field="username", name=username)
    check_password(password)
    if role not in {r.value for r in Role}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown role: {role}"), field="role", role=role)
    return username


def check_password(password: str) -> None:
    """At least MIN_PASSWORD characters, not only letters and not only digits (abcdefgh, 12345678 are the
    first a stranger tries on a leader's account, which approves and restores everything)."""
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The password must have at least {n} characters."), field="password",
                              n=MIN_PASSWORD)
    if password.isalpha() or password.isdigit():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A password of only letters or only digits is guessed first: mix "
                                                          "letters with digits or signs (e.g. Tan-Phu-2026)."),
                              field="password")


def _full_name_free(s, full_name: str, *, except_id: int | None = None) -> None:
    """Full names are unique among active accounts (compared without case, marks or spacing)."""
    key = fold(full_name)
    if not key:
        return
    for u in s.scalars(select(orm.User).where(orm.User.active.is_(True))):
        if u.id != except_id and fold(u.full_name) == key:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "An active account ({name}) already has the full name {full_name}; full names must tell "
                          "people apart."), field="full_name", name=u.username, full_name=u.full_name)


def _active_leaders(s, *, except_id: int | None = None) -> int:
    return s.scalar(select(func.count(orm.User.id)).where(
        orm.User.active.is_(True), orm.User.role == Role.LEADER, orm.User.id != (except_id or -1))) or 0


def has_users(db: Database) -> bool:
    with db.session() as s:
        return bool(s.scalar(select(func.count(orm.User.id))))


def _new_recovery_code() -> str:
    raw = secrets.token_hex(8).upper()
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def create_first_user(db: Database, *, username: str, password: str, full_name: str = "",
                      role: str = Role.LEADER, now: Callable[[], dt.datetime] | None = None) -> tuple[UserRow, str]:
    """The first account of a new database (no login needed, only while there is none).

    ``now``: the moment stamped on the account and its history entry when it is not the computer's
    (the demo's first scripted day: ``AppContext.now`` of that day; storage.events.now_of).
    Returns the account and its recovery code, to be shown once and printed.
    """
    name = check_account(username, password, role)
    code = _new_recovery_code()
    with db.transaction(name) as s:
        if now is not None:
            s.info["now"] = now
        if s.scalar(select(func.count(orm.User.id))):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This database already has accounts; log in to add more."))
        u = orm.User(username=name, full_name=clean(full_name), role=role, password_hash=hash_password(password),
                     recovery_hash=hash_password(code))
        s.add(u)
        s.flush()
        return _row(u), code


def set_up(db: Database, profile, *, username: str, password: str, full_name: str = "") -> tuple[UserRow, str]:
    """The first set-up of a database: the agency profile and the first (leader) account in ONE
    transaction, so that a crash never leaves a profile without an account (a database anyone
    could use without logging in). A profile left without an account by an older version is
    completed (overwritten with ``profile``).

    Returns the account and its recovery code, to be shown once and printed.

    Raises:
        ValidationError: a bad profile, user name or password; the database already has accounts.
    """
    from qms_desktop.services import agency

    values = agency.validate_profile(profile)
    name = check_account(username, password, Role.LEADER)
    code = _new_recovery_code()
    with db.transaction(name) as s:
        if s.scalar(select(func.count(orm.User.id))):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This database already has accounts; log in to add more."))
        u = orm.User(username=name, full_name=clean(full_name), role=Role.LEADER, password_hash=hash_password(password),
                     recovery_hash=hash_password(code))
        s.add(u)
        agency.write_profile(s, values)
        s.flush()
        return _row(u), code


SETUP_EMPTY, SETUP_INCOMPLETE, SETUP_DONE = "empty", "incomplete", "done"


def setup_state(db: Database) -> str:
    """'done' (accounts exist: every use needs a login), 'empty' (a new file: nothing written yet)
    or 'incomplete' (no account, but a profile or records: set-up must be finished first — the
    database is never used without a login)."""
    with db.session() as s:
        if s.scalar(select(func.count(orm.User.id))):
            return SETUP_DONE
        used = s.get(orm.Agency, 1) is not None or s.scalar(select(orm.ChangeLog.id).limit(1)) is not None
    return SETUP_INCOMPLETE if used else SETUP_EMPTY


def create_user(ctx: AppContext, *, username: str, password: str, role: str, full_name: str = "") -> tuple[UserRow, str]:
    """Add an account (secretary or leader only). Returns it with its one-time recovery code."""
    name = check_account(username, password, role)
    code = _new_recovery_code()
    with ctx.tx("users") as s:
        if s.scalar(select(orm.User.id).where(orm.User.username == name)):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The user name {name} is taken."), field="username", name=name)
        if role == Role.LEADER and ctx.actor.role != Role.LEADER:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only a leader can create a leader account."), field="role")
        _full_name_free(s, clean(full_name))
        u = orm.User(username=name, full_name=clean(full_name), role=role, password_hash=hash_password(password),
                     recovery_hash=hash_password(code))
        s.add(u)
        s.flush()
        return _row(u), code


def _locked_minutes(locked_until: dt.datetime | None, now: dt.datetime) -> int | None:
    """Minutes an account stays locked, or None. A lock ending more than 15 minutes from now was set while
    the PC's clock was ahead (2062): it has run out, or it would hold until that date now the clock is right."""
    if locked_until is None or locked_until <= now or locked_until - now > dt.timedelta(minutes=LOCK_MINUTES):
        return None
    return max(1, int((locked_until - now).total_seconds() // 60) + 1)


def authenticate(db: Database, username: str, password: str) -> Actor:
    """Log in. Five failures in a row lock the account for 15 minutes.

    The whole attempt — the lock-out check, the password's check, the count — holds the writers' lock: attempts made
    at once (several processes) are taken one after another, so no more than five wrong passwords are ever tried
    before the lock-out. A login therefore waits for another officer's save to end (QA 42 F8, QA 43 F3: checking
    the password outside the lock let parallel attempts past the count).

    Raises:
        AuthenticationFailed: unknown user, wrong password, locked or disabled account.
    """
    name = clean(username).lower()
    failure: AuthenticationFailed | None = None
    with db.transaction(name or "anonymous") as s:
        u = s.scalar(select(orm.User).where(orm.User.username == name))
        if u is None or not u.active:
            verify_password(password or "", _DUMMY_HASH)  # same cost either way
            raise AuthenticationFailed(QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."))
        now = _now()
        if (minutes := _locked_minutes(u.locked_until, now)) is not None:
            raise AuthenticationFailed(QT_TRANSLATE_NOOP("Errors", "Account {name} is locked after repeated failures; try again in {minutes} minutes."),
                                       name=name, minutes=minutes)
        if not verify_password(password or "", u.password_hash):
            u.failed_attempts += 1
            if u.failed_attempts >= MAX_FAILURES:
                u.locked_until, u.failed_attempts = now + dt.timedelta(minutes=LOCK_MINUTES), 0
            failure = AuthenticationFailed(QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."))
        else:
            if u.failed_attempts or u.locked_until:
                u.failed_attempts, u.locked_until = 0, None
            actor = Actor(u.username, u.role, u.full_name)
    if failure is not None:  # raised after the commit, so the failure count is kept
        raise failure
    return actor


def verify_login(db: Database, username: str, password: str) -> Actor:
    """Check a login without writing anything (for ``qms check``, which never changes the database).

    A locked account stays refused; a wrong password costs a second instead of a counted failure.
    """
    import time

    name = clean(username).lower()
    with db.session() as s:
        u = s.scalar(select(orm.User).where(orm.User.username == name))
        ok = u is not None and u.active and verify_password(password or "", u.password_hash)
        minutes = _locked_minutes(u.locked_until, _now()) if u is not None else None
        actor = Actor(u.username, u.role, u.full_name) if ok else None
    if minutes is not None:
        raise AuthenticationFailed(QT_TRANSLATE_NOOP("Errors", "Account {name} is locked after repeated failures; try again in {minutes} minutes."),
                                   name=name, minutes=minutes)
    if actor is None:
        time.sleep(1)
        raise AuthenticationFailed(QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."))
    return actor


def reset_with_recovery_code(db: Database, *, username: str, recovery_code: str, new_password: str) -> str:
    """Set a new password with the recovery code; returns a new recovery code (the old one is used up)."""
    name = clean(username).lower()  # an existing account: its name is not re-validated
    check_password(new_password)
    code = _new_recovery_code()
    with db.transaction(name) as s:
        u = s.scalar(select(orm.User).where(orm.User.username == name))
        if u is None or not verify_password(clean(recovery_code).upper(), u.recovery_hash) or not u.active:
            raise AuthenticationFailed(QT_TRANSLATE_NOOP("Errors", "Wrong user name or recovery code."))  # QA 43 F1
        u.password_hash, u.recovery_hash = hash_password(new_password), hash_password(code)
        u.failed_attempts, u.locked_until = 0, None
    return code


def change_password(ctx: AppContext, *, old_password: str, new_password: str) -> None:
    check_password(new_password)
    with ctx.tx("read", write=True) as s:
        u = s.scalar(select(orm.User).where(orm.User.username == ctx.actor.username))
        if u is None or not verify_password(old_password, u.password_hash):
            raise AuthenticationFailed(QT_TRANSLATE_NOOP("Errors", "The current password is wrong."))
        u.password_hash = hash_password(new_password)


def set_active(ctx: AppContext, user_id: int, active: bool) -> UserRow:
    """Disable or enable an account.

    Raises:
        ValidationError: your own account; a leader's account by someone who is not a leader; the
            last active leader (nobody could then finalise a report or add a leader); enabling an
            account whose full name an active account now has.
    """
    with ctx.tx("users") as s:
        u = load(s, orm.User, user_id)
        if u.username == ctx.actor.username and not active:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "You cannot disable your own account."))
        if u.role == Role.LEADER and ctx.actor.role != Role.LEADER:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only a leader can disable or enable a leader's account."))
        if not active and u.active and u.role == Role.LEADER and not _active_leaders(s, except_id=u.id):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{name} is the last active leader: add another leader before disabling this account."),
                name=u.username)
        if active and not u.active:
            _full_name_free(s, u.full_name, except_id=u.id)
        u.active = bool(active)
        s.flush()
        return _row(u)


def set_role(ctx: AppContext, user_id: int, role: str) -> UserRow:
    """Change an account's role.

    Raises:
        ValidationError: an unknown role; your own role; making or unmaking a leader by someone
            who is not a leader; demoting the last active leader.
    """
    if role not in {r.value for r in Role}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown role: {role}"), field="role", role=role)
    with ctx.tx("users") as s:
        u = load(s, orm.User, user_id)
        if u.role == role:
            return _row(u)
        if u.username == ctx.actor.username:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "You cannot change your own role."), field="role")
        if Role.LEADER in (u.role, role) and ctx.actor.role != Role.LEADER:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only a leader can give or take a leader's role."),
                                  field="role")
        if u.role == Role.LEADER and u.active and not _active_leaders(s, except_id=u.id):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{name} is the last active leader: add another leader before changing this role."),
                field="role", name=u.username)
        u.role = role
        s.flush()
        return _row(u)


def list_users(ctx: AppContext) -> list[UserRow]:
    with ctx.tx("read") as s:
        return [_row(u) for u in sorted(s.scalars(select(orm.User)), key=lambda u: u.username)]  # any engine alike


def full_names(ctx: AppContext) -> dict[str, str]:
    """Each account's full name by its log-in name ("minhnv" → "Nguyễn Văn Minh"), in one query."""
    with ctx.tx("read") as s:
        return {u.username: u.full_name for u in s.scalars(select(orm.User)) if u.full_name}


def new_recovery_code(ctx: AppContext) -> str:
    """A new recovery code for the logged-in account (the old one stops working); shown once.

    Used when the first-run set-up was left on its recovery-code page: nobody can tell whether the
    code shown then was written down, so the resumed set-up shows a fresh one.
    """
    code = _new_recovery_code()
    with ctx.tx("read", write=True) as s:  # one's own account: every role; a write, so a disabled one is refused
        u = s.scalar(select(orm.User).where(orm.User.username == ctx.actor.username))
        if u is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown account {name}."), name=ctx.actor.username)
        u.recovery_hash = hash_password(code)
    return code
