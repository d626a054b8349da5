"""Backups with SQLite's online backup API, rotated; restore after showing what a backup holds.

Automatic backups (on exit and daily) go to the data folder's backups/ and are rotated: the
newest 7 daily, 4 weekly and 12 monthly are kept. "Sao lưu ra USB" writes one to any folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.jobs import Progress
from qms_desktop.storage.db import SQLITE_MAGIC, Database, alembic_config

KEEP = {"daily": 7, "weekly": 4, "monthly": 12}
_NAME = re.compile(r"^qms-(?P<kind>daily|weekly|monthly|manual|before-restore|before-merge)-(?P<stamp>\d{8}-\d{6})\.sqlite$")
COUNTED = ("tthc", "procedure", "audit", "nonconformity", "management_review", "report", "change_log")


class BackupError(QmsError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime | None
    size: int
    agency: str
    schema: str | None
    counts: dict[str, int]
    integrity: str
    valid: bool


def _copy(src: Path, dest: Path, progress=None) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    try:
        with contextlib.closing(sqlite3.connect(src)) as source, contextlib.closing(sqlite3.connect(tmp)) as target:
            def step(status, remaining, total):
                if progress:
                    progress(Progress(total - remaining, total, QT_TRANSLATE_NOOP("Jobs", "Copying the database")))
            source.backup(target, pages=256, progress=step)
            target.execute("PRAGMA journal_mode=DELETE")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "Cannot write the backup to {path}: {reason}"), path=str(dest.parent),
                          reason=getattr(exc, "strerror", None) or str(exc)) from exc
    info = inspect_backup(dest)
    if not info.valid:
        with contextlib.suppress(OSError):
            dest.unlink()
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "The backup written to {path} did not verify."), path=str(dest))
    return dest


def backup_to(db: Database, folder: str | Path, *, kind: str = "manual", now: dt.datetime | None = None,
              progress=None, cancel=None) -> Path:
    """Write a verified backup of ``db`` into ``folder`` (e.g. a USB stick); returns its path."""
    now = now or dt.datetime.now()
    folder = Path(folder)
    if not folder.is_dir():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist."), path=str(folder))
    name = f"qms-{kind}-{now:%Y%m%d-%H%M%S}.sqlite"
    return _copy(db.path, folder / name, progress)


def auto_backup(db: Database, folder: Path, *, now: dt.datetime | None = None) -> Path | None:
    """The daily/weekly/monthly backup, if today's is not there yet; then rotate. Returns the new file."""
    now = now or dt.datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    existing = _by_kind(folder)
    made = None
    for kind, period_key in (("daily", lambda d: d.date()), ("weekly", lambda d: d.isocalendar()[:2]),
                             ("monthly", lambda d: (d.year, d.month))):
        if not any(period_key(stamp) == period_key(now) for stamp, _ in existing.get(kind, [])):
            made = backup_to(db, folder, kind=kind, now=now)
    rotate(folder)
    return made


def _by_kind(folder: Path) -> dict[str, list[tuple[dt.datetime, Path]]]:
    out: dict[str, list[tuple[dt.datetime, Path]]] = {}
    for p in folder.glob("qms-*.sqlite"):
        m = _NAME.match(p.name)
        if m:
            out.setdefault(m["kind"], []).append((dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S"), p))
    for items in out.values():
        items.sort(reverse=True)
    return out


def rotate(folder: Path) -> list[Path]:
    """Delete the automatic backups beyond the newest 7 daily, 4 weekly, 12 monthly."""
    removed = []
    for kind, items in _by_kind(folder).items():
        for _stamp, path in items[KEEP.get(kind, len(items)):]:
            path.unlink()
            removed.append(path)
    return removed


def inspect_backup(path: str | Path) -> BackupInfo:
    """What a backup contains, read-only: agency, schema, record counts, integrity."""
    path = Path(path)
    m = _NAME.match(path.name)
    created = dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S") if m else None
    size = path.stat().st_size if path.exists() else 0
    bad = BackupInfo(path, created, size, "", None, {}, "not a database", False)
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                return bad
        uri = f"file:{path.as_posix()}?mode=ro&immutable=1"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as c:
            integrity = c.execute("PRAGMA integrity_check").fetchone()[0]
            schema = c.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            agency = (c.execute("SELECT full_name FROM agency WHERE id = 1").fetchone() or [""])[0]
            counts = {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}  # noqa: S608
    except (OSError, sqlite3.Error, TypeError, ValueError):  # ValueError: undecodable text in a damaged file
        return bad
    from alembic.script import ScriptDirectory
    known = _known_revision(ScriptDirectory.from_config(alembic_config()), schema)
    return BackupInfo(path, created, size, agency, schema, counts, integrity, integrity == "ok" and known)


def _known_revision(script, rev: str) -> bool:
    try:
        return script.get_revision(rev) is not None
    except Exception:  # noqa: BLE001 - alembic raises for unknown ids
        return False


def restore(db_path: str | Path, backup: str | Path, *, safety_folder: Path, now: dt.datetime | None = None) -> Path:
    """Replace the database with a verified backup, keeping the current one as a backup first.

    The database must be closed by the caller. Returns the safety copy of the replaced database.

    Raises:
        BackupError: the file is not a valid QMS backup (nothing is changed).
    """
    db_path, backup = Path(db_path), Path(backup)
    info = inspect_backup(backup)
    if not info.valid:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "{path} is not a valid QMS Desktop backup; nothing was changed."), path=str(backup))
    now = now or dt.datetime.now()
    safety = None
    if db_path.exists():
        safety = _copy(db_path, safety_folder / f"qms-before-restore-{now:%Y%m%d-%H%M%S}.sqlite")
    tmp = db_path.with_name(db_path.name + ".restoring")
    try:
        with contextlib.closing(sqlite3.connect(backup)) as source, contextlib.closing(sqlite3.connect(tmp)) as target:
            source.backup(target)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(db_path) + suffix).unlink()
        os.replace(tmp, db_path)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "Cannot restore: {reason}"), reason=getattr(exc, "strerror", None) or str(exc)) from exc
    return safety
