"""The agency's signing key: kept in its database, changed only by an explicit, logged action.

Why in the database: the receiving office pins the fingerprint of the key that signs a commune's
packages. A key kept per Windows account (as earlier versions did, ``<data dir>/keys/``) was
lost with the PC — a backup restored on a new PC signed with another key — and was shared by
every commune kept under the same account. The key is now a row of ``agency_key`` (its private
part never shown in the history); a backup carries it, so does a move to a new PC.

The first time a database needs a key (``signing_key``):

- if the database has exported before (its export log has rows) and this Windows account has the
  legacy key, it ADOPTS that key — the fingerprint the receiving office knows — provided no other
  agency adopted it first (``installation_ed25519.owner.json`` beside the legacy key records who
  did) and no package still on disk shows that the database signed with a different key;
- otherwise it CREATES a new key. When the database has exported before, ``previous_fingerprint``
  names the key it signed with (read from a logged package still on disk, else the legacy key
  this account holds), so the next package says ``key_changed_from``.

``change_key`` (leaders only) retires the key and makes a new one; both are history entries, and
the next report and package name the previous fingerprint.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.text import clean
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.paths import data_dir
from qms_desktop.services.context import AppContext
from qms_desktop.storage import orm

OWNER_FILE = "installation_ed25519.owner.json"


@dataclass(frozen=True)
class AgencyKeyInfo:
    id: int
    fingerprint: str
    origin: str  # created / adopted / changed
    previous_fingerprint: str
    reason: str
    created_at: dt.datetime | None
    created_by: str


def legacy_folder() -> Path:
    """Where earlier versions kept the per-Windows-account key."""
    return data_dir() / "keys"


def _info(row: orm.AgencyKey) -> AgencyKeyInfo:
    return AgencyKeyInfo(row.id, row.fingerprint, row.origin, row.previous_fingerprint, row.reason, row.created_at,
                         row.created_by)


def _active(s: Session) -> orm.AgencyKey | None:
    return s.scalar(select(orm.AgencyKey).where(orm.AgencyKey.retired_at.is_(None)).order_by(orm.AgencyKey.id.desc()))


def current_key(ctx: AppContext) -> AgencyKeyInfo | None:
    """The active key's description, or None if the database has none yet (nothing is created)."""
    with ctx.tx("read") as s:
        row = _active(s)
        return _info(row) if row else None


def signing_key(ctx: AppContext, *, legacy: Path | None = None):  # -> tuple[InstallationKey, AgencyKeyInfo]
    """The agency's key (created or adopted on first use, see the module docstring)."""
    from qms_desktop.reports.signing import key_from_pem

    with ctx.db.transaction(ctx.actor.username) as s:  # a one-time set-up, whoever triggers it
        row = _active(s) or _first_key(s, legacy if legacy is not None else legacy_folder())
        return key_from_pem(row.private_pem, where="agency_key"), _info(row)


def key_fingerprint(ctx: AppContext, *, legacy: Path | None = None) -> str:
    return signing_key(ctx, legacy=legacy)[1].fingerprint


def key_changed_from(ctx: AppContext) -> str:
    """The fingerprint the active key replaced, until a package signed with the new key was exported."""
    with ctx.tx("read") as s:
        row = _active(s)
        if row is None or not row.previous_fingerprint:
            return ""
        used = s.scalar(select(orm.ExportLog.id).where(orm.ExportLog.fingerprint == row.fingerprint).limit(1))
        return "" if used else row.previous_fingerprint


def change_key(ctx: AppContext, *, reason: str) -> AgencyKeyInfo:
    """Retire the agency's key and create a new one (a leader's decision, e.g. after a leak).

    The receiving office must be told the new fingerprint; the next report and package name the
    previous one (``key_changed_from``).

    Raises:
        PermissionDenied: not a leader.
        ValidationError: no reason given.
    """
    from qms_desktop.reports.signing import generate_key

    text = clean(reason)
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the signing key is changed."), field="reason")
    with ctx.tx("key") as s:
        old = _active(s) or _first_key(s, legacy_folder())
        old.retired_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
        key, pem = generate_key()
        row = orm.AgencyKey(fingerprint=key.fingerprint, public_key=key.public_b64, private_pem=pem, origin="changed",
                            previous_fingerprint=old.fingerprint, reason=text)
        s.add(row)
        s.flush()
        return _info(row)


# ---------------------------------------------------------------- the first key of a database

def _first_key(s: Session, legacy_dir: Path) -> orm.AgencyKey:
    from qms_desktop.reports.signing import generate_key, read_legacy_key

    exported = list(s.scalars(select(orm.ExportLog).order_by(orm.ExportLog.id.desc())))
    legacy = read_legacy_key(legacy_dir) if exported else None
    signed_with = _fingerprint_on_disk(exported)
    agency = s.get(orm.Agency, 1)
    owner = f"{agency.full_name} | {agency.province}" if agency else ""
    if legacy is not None and signed_with in (None, legacy.fingerprint) and _claim(legacy_dir, legacy.fingerprint, owner):
        how = (QT_TRANSLATE_NOOP("Keys", "the key of this Windows account, which signed this agency's packages")
               if signed_with else QT_TRANSLATE_NOOP("Keys", "the key of this Windows account, used for this agency's "
                                                             "earlier exports"))
        pem = (legacy_dir / "installation_ed25519.pem").read_text(encoding="ascii")
        row = orm.AgencyKey(fingerprint=legacy.fingerprint, public_key=legacy.public_b64, private_pem=pem,
                            origin="adopted", previous_fingerprint="", reason=how)
    else:
        key, pem = generate_key()
        previous = signed_with or (legacy.fingerprint if legacy is not None else "")
        reason = ""
        if exported and legacy is not None and not signed_with:
            reason = QT_TRANSLATE_NOOP("Keys", "the key of this Windows account belongs to another agency")
        row = orm.AgencyKey(fingerprint=key.fingerprint, public_key=key.public_b64, private_pem=pem, origin="created",
                            previous_fingerprint=previous if exported else "", reason=reason)
    s.add(row)
    s.flush()
    return row


def _fingerprint_on_disk(exported: list[orm.ExportLog]) -> str | None:
    """The fingerprint of the newest logged package still on disk and intact, if any."""
    from qms_desktop.reports.package import PackageInvalid, verify_package

    for log in exported:
        if log.fingerprint:
            return log.fingerprint
        path = Path(log.path)
        if path.suffix.lower() != ".zip" or not path.is_file():
            continue
        try:
            return verify_package(path).fingerprint
        except (PackageInvalid, OSError):
            continue
    return None


def _claim(folder: Path, fingerprint: str, owner: str) -> bool:
    """Record that ``owner`` adopted the legacy key; False if another agency did first."""
    path = folder / OWNER_FILE
    record = {"fingerprint": fingerprint, "agency": owner,
              "at": dt.datetime.now().astimezone().isoformat(timespec="seconds")}
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        try:
            existing = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return existing.get("agency") == owner and existing.get("fingerprint") == fingerprint
    except OSError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(record, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    return True
