"""Backups with SQLite's online backup API, rotated; restore after showing what a backup holds.

Automatic backups (on exit, after an import or a finalised report, and hourly while the window stays
open if the day has none yet) go to the data folder's backups/ and are rotated: the newest 7 daily,
4 weekly and 12 monthly are kept. "Sao lưu ra USB" writes one to any folder.

Every backup gets a metadata file beside it (``<backup>.json``): the history chain's head
``N:HASH`` in the backup, its agency, key fingerprint, size and SHA-256. A backup whose bytes or
chain no longer match its metadata is refused. The data file takes its name first (written to a
.part, fsynced, verified, renamed), then its metadata: a backup killed between the two is a verified
file without metadata, never a metadata file describing a missing one. A backup without metadata
(killed there, or the file deleted) is said to be so and is checked by its own content only: the
chain and row checks below; a leftover .part is never read and is removed later.

Restore is a leader's action and checks the backup first, changing nothing when it refuses:
its history chain must be intact and every row must match its history (storage/integrity.py);
the user who restores must be able to log in afterwards (same user name, active, leader, same
password); a backup of another agency needs an explicit confirmation.

A database nobody can log in to (missing, never given an account, or damaged so that SQLite cannot
read it: ``rescue_state``) is restored by the backup's own leader: ``backup_leader`` opens that
account of the backup with its password (and the same account of the database in use, where its
accounts can still be read). A damaged database is kept byte for byte as ``qms-damaged-….sqlite``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from collections.abc import Iterable
from pathlib import Path

from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.jobs import Progress
from qms_desktop.storage import lock as write_lock
from qms_desktop.services.context import Actor
from qms_desktop.services.users import _DUMMY_HASH, verify_password
from qms_desktop.storage import integrity, readonly, rowstate, schema_objects
from qms_desktop.storage.db import SQLITE_MAGIC, Database, alembic_config, sqlite_kind
from qms_desktop.storage.integrity import RowProblem, format_head
from qms_desktop.reports.files import sha256_file

KEEP = {"daily": 7, "weekly": 4, "monthly": 12}
_NAME = re.compile(r"^qms-(?P<kind>daily|weekly|monthly|manual|before-restore|before-merge)-(?P<stamp>\d{8}-\d{6})\.sqlite$")
COUNTED = ("tthc", "procedure", "audit", "nonconformity", "management_review", "report", "change_log")
META_FORMAT = "qms-desktop/backup"


class BackupError(QmsError):
    pass


class BackupWriteFailed(BackupError):
    """The drive refused the backup (full, read-only, removed): said as an export's failure is."""

    context = "Export"


# SQLite's result codes for what a drive does, as the errno an export's failure is explained by.
_SQLITE_AS_ERRNO = {13: errno.ENOSPC, 14: errno.EROFS, 8: errno.EROFS, 10: errno.EIO}  # FULL, CANTOPEN, READONLY, IOERR


def _write_failure(exc: OSError | sqlite3.Error, dest: Path) -> BackupError:
    from qms_desktop.reports.files import drive_failure

    code = exc.errno if isinstance(exc, OSError) else \
        _SQLITE_AS_ERRNO.get((getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF)
    if (said := drive_failure(code, dest)) is not None:
        return BackupWriteFailed(said.message, **said.params)
    return BackupError(QT_TRANSLATE_NOOP("Errors", "Cannot write the backup to {path}: {reason}"), path=str(dest.parent),
                       reason=getattr(exc, "strerror", None) or str(exc))


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
    chain_head: str = ""  # "N:HASH" of the backup's history
    province: str = ""
    key_fingerprint: str = ""
    # "ok"; "mismatch" (changed after it was written: refused); "none": no metadata file (a backup killed before
    # writing it, or the file deleted), so only the backup's own content vouches for it (restore checks its chain
    # and every row, and says that the metadata is missing)
    metadata: str = "none"
    schema_known: bool = True  # False: a newer version of the program wrote it

    @property
    def newer(self) -> bool:
        """A sound file written by a newer version: 'update the program', not 'not a backup'."""
        return self.integrity == "ok" and bool(self.schema) and not self.schema_known


def meta_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def _metadata(path: Path, info: "BackupInfo", target: Path, *, database: str, seq: int) -> dict:
    """The metadata ``target`` of the backup whose bytes are ``path`` (read here, before it takes its name).

    ``database``: the file it copies (automatic backups rotate per database, however many share the
    folder); ``seq``: its place in the folder's order of writing, which the PC's clock cannot upset."""
    count, _sep, digest = info.chain_head.partition(":")
    return {"format": META_FORMAT, "format_version": 1, "file": target.name[: -len(".json")], "size": info.size,
            "sha256": sha256_file(path), "chain_head": {"count": int(count or 0), "hash": digest},
            "agency": info.agency, "province": info.province, "key_fingerprint": info.key_fingerprint,
            "written_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "database": database, "seq": seq}


def _read_meta(backup: Path) -> dict:
    """A backup's metadata as written, or {} (none, unreadable): only for ordering and grouping, never trust."""
    try:
        meta = json.loads(meta_path(backup).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return meta if isinstance(meta, dict) else {}


def _seq(meta: dict) -> int:
    seq = meta.get("seq")
    return seq if isinstance(seq, int) and not isinstance(seq, bool) else 0


def _next_seq(folder: Path) -> int:
    return 1 + max((_seq(_read_meta(p)) for p in folder.glob("qms-*.sqlite")), default=0)


def _write_meta(meta: dict, target: Path) -> None:
    """Write the metadata file ``target`` (atomically: its .part, fsynced, renamed)."""
    tmp = target.with_name(target.name + ".part")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def _check_meta(path: Path, chain_head: str, size: int) -> str:
    target = meta_path(path)
    if not target.exists():
        return "none"
    try:
        meta = json.loads(target.read_text(encoding="utf-8"))
        head = meta["chain_head"]
        ok = (meta.get("format") == META_FORMAT and f"{head['count']}:{head['hash']}" == chain_head
              and meta.get("size") == size and meta.get("sha256") == sha256_file(path))
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        ok = False
    return "ok" if ok else "mismatch"


STALE_PART_SECONDS = 15 * 60  # a backup being written touches its .part file every 256 pages


def clean_stale_parts(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove partial files left by a killed backup (``qms-*.sqlite.part`` and its journal, and a
    metadata file not yet renamed, ``qms-*.sqlite.json.part``).

    A .part that is still being written is modified continuously, so only files untouched for
    15 minutes are removed; they never look like a finished backup (nothing reads them), but a
    data .part is full size.
    """
    import time

    now = time.time() if now is None else now
    removed = []
    try:
        candidates = [p for p in folder.glob("qms-*.sqlite*.part*")
                      if p.name.endswith((".sqlite.part", ".sqlite.part-journal", ".sqlite.json.part"))]
    except OSError:
        return removed
    for p in candidates:
        try:
            if now - p.stat().st_mtime < STALE_PART_SECONDS:
                continue
            p.unlink()
            removed.append(p)
        except OSError:
            continue
    return removed


def _copy(src: Path, dest: Path, progress=None) -> Path:
    """Copy ``src`` to ``dest`` through ``dest.part`` (fsynced and verified BEFORE it takes its name, so a
    backup under its final name is always complete and checked), then write its metadata file (through
    its own .part). A kill between the two renames leaves a verified backup without metadata
    (``BackupInfo.metadata == "none"``), never metadata without its backup; an error removes both."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    clean_stale_parts(dest.parent)
    tmp = dest.with_name(dest.name + ".part")
    meta, meta_tmp = meta_path(dest), meta_path(dest).with_name(meta_path(dest).name + ".part")

    renamed = False

    def clean_up() -> None:  # a backup that failed (not killed) leaves nothing, not even an undescribed copy
        for leftover in (tmp, meta_tmp, *((meta, dest) if renamed else ())):
            with contextlib.suppress(OSError):
                leftover.unlink()

    try:
        # A read-only source: it never checkpoints the live database (a checkpoint from a second
        # connection while the application commits is the race behind SQLite's "WAL-reset bug").
        with contextlib.closing(readonly.connect(src)) as source, contextlib.closing(sqlite3.connect(tmp)) as target:
            def step(status, remaining, total):
                if progress:
                    progress(Progress(total - remaining, total, QT_TRANSLATE_NOOP("Jobs", "Copying the database")))
            source.backup(target, pages=256, progress=step)
            target.execute("PRAGMA journal_mode=DELETE")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        info = inspect_backup(tmp)
        if not info.valid:
            clean_up()
            raise BackupError(QT_TRANSLATE_NOOP("Errors", "The backup written to {path} did not verify."), path=str(dest))
        described = _metadata(tmp, info, meta, database=database_id(src), seq=_next_seq(dest.parent))  # read first:
        # the moment between the two renames stays short
        os.replace(tmp, dest)
        renamed = True
        _fsync_dir(dest.parent)
        _write_meta(described, meta)
        _fsync_dir(dest.parent)
    except (OSError, sqlite3.Error) as exc:
        clean_up()
        _unlink_with_journal(tmp)
        raise _write_failure(exc, dest) from exc
    return dest


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def backup_to(db: Database, folder: str | Path, *, kind: str = "manual", now: dt.datetime | None = None,
              progress=None, cancel=None) -> Path:
    """Write a verified backup of ``db`` into ``folder`` (e.g. a USB stick); returns its path."""
    now = now or dt.datetime.now()
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "{path} is a file, not a folder: give the folder (or USB drive) "
                                                      "to write the backup into."), path=str(folder))
    if not folder.is_dir():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist."), path=str(folder))
    if db.is_server:  # a server's database: pg_dump (services/backup_server.py)
        from qms_desktop.services.backup_server import backup_server
        return backup_server(db.url, folder, kind=kind, now=now)
    return _copy(db.path, _free_name(folder, kind, now), progress)


def _free_name(folder: Path, kind: str, now: dt.datetime) -> Path:
    """``qms-<kind>-<stamp>.sqlite`` not yet taken: a backup is never overwritten (a second one in the
    same second takes the next second's stamp)."""
    for seconds in range(3600):
        path = folder / f"qms-{kind}-{now + dt.timedelta(seconds=seconds):%Y%m%d-%H%M%S}.sqlite"
        if not path.exists() and not meta_path(path).exists():
            return path
    raise BackupError(QT_TRANSLATE_NOOP("Errors", "Cannot write the backup to {path}: {reason}"), path=str(folder),
                      reason="too many backups")


def database_id(path: str | Path) -> str:
    """How a backup's metadata names the database it copies: its file's full path."""
    return str(Path(path).resolve())


def auto_backup(db: Database, folder: Path, *, now: dt.datetime | None = None, refresh: bool = False) -> Path | None:
    """The daily/weekly/monthly backup, if today's is not there yet; then rotate. Returns the new file.

    ``refresh`` (on exit, after an import or a finalised report): today's daily backup is written again
    even if one exists, so that it holds the day's work so far; the older copy of the same day is then
    removed (the new one holds all of it), so the rotation still keeps 7 different days.

    Only this database's backups count (another database whose backups share the folder keeps its
    own), and they are ordered by when they were written, not by the date in their names: a PC whose
    clock went back to 2000 or ahead to 2062 never has the backup just written rotated away.
    """
    now = now or dt.datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    mine = _Owner(database_id(db.path), _agency_of(db.path))
    existing = _by_kind(folder, mine)
    made, written = None, []
    for kind, period_key in (("daily", lambda d: d.date()), ("weekly", lambda d: d.isocalendar()[:2]),
                             ("monthly", lambda d: (d.year, d.month))):
        same = [path for (_seq, stamp), path in existing.get(kind, []) if period_key(stamp) == period_key(now)]
        if not same or (refresh and kind == "daily"):
            made = backup_to(db, folder, kind=kind, now=now)  # verified, or BackupError (the old copy stays)
            written.append(made)
            for old in same:
                if old != made:
                    old.unlink(missing_ok=True)
                    meta_path(old).unlink(missing_ok=True)
    rotate(folder, mine, keep=written)
    return made


@dataclass(frozen=True)
class _Owner:
    """A database whose automatic backups rotate together: its file, and its agency for backups written
    before their metadata named the file."""
    database: str
    agency: str

    def owns(self, meta: dict) -> bool:
        named = meta.get("database")
        return named == self.database if named else bool(self.agency) and meta.get("agency") == self.agency


def _agency_of(path: Path) -> str:
    try:
        with contextlib.closing(readonly.connect(path)) as c:
            return (c.execute("SELECT full_name FROM agency WHERE id = 1").fetchone() or [""])[0] or ""
    except sqlite3.Error:
        return ""


def _by_kind(folder: Path, owner: _Owner | None = None) -> dict[str, list[tuple[tuple[int, dt.datetime], Path]]]:
    """The backups in ``folder`` per kind (``owner``'s only, when given), newest written first: by the order
    in their metadata, then by the date in their names (a backup without metadata ranks below)."""
    out: dict[str, list[tuple[tuple[int, dt.datetime], Path]]] = {}
    for p in folder.glob("qms-*.sqlite"):
        m = _NAME.match(p.name)
        if not m:
            continue
        meta = _read_meta(p)
        if owner is None or owner.owns(meta):
            stamp = dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
            out.setdefault(m["kind"], []).append(((_seq(meta), stamp), p))
    for items in out.values():
        items.sort(reverse=True)
    return out


def rotate(folder: Path, owner: _Owner | None = None, *, keep: Iterable[Path] = ()) -> list[Path]:
    """Delete the automatic backups beyond the newest 7 daily, 4 weekly, 12 monthly (``owner``'s only,
    when given); ``keep`` (the backups just written) are never among them."""
    removed = []
    keep = set(keep)
    for kind, items in _by_kind(folder, owner).items():
        paths = [path for _order, path in items]
        limit = KEEP.get(kind, len(paths)) - len(keep.intersection(paths))
        paths = [path for path in paths if path not in keep]  # kept, and counted, wherever the order puts them
        for path in paths[max(limit, 0):]:
            path.unlink()
            with contextlib.suppress(FileNotFoundError):
                meta_path(path).unlink()
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
        with contextlib.closing(readonly.connect(path, immutable=True)) as c:
            integrity_result = c.execute("PRAGMA integrity_check").fetchone()[0]
            schema = c.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            agency, province = c.execute("SELECT full_name, province FROM agency WHERE id = 1").fetchone() or ("", "")
            counts = {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}  # noqa: S608
            head = format_head(*integrity.chain_head(c))
            fingerprint = ""
            if rowstate.table_exists(c, "agency_key"):
                fingerprint = (c.execute("SELECT fingerprint FROM agency_key WHERE retired_at IS NULL ORDER BY id DESC "
                                         "LIMIT 1").fetchone() or [""])[0]
    except (OSError, sqlite3.Error, TypeError, ValueError):  # ValueError: undecodable text in a damaged file
        return bad
    from alembic.script import ScriptDirectory
    known = _known_revision(ScriptDirectory.from_config(alembic_config()), schema)
    meta = _check_meta(path, head, size)
    valid = integrity_result == "ok" and known and meta != "mismatch"
    return BackupInfo(path, created, size, agency or "", schema, counts, integrity_result, valid, head, province or "",
                      fingerprint or "", meta, schema_known=known)


def _known_revision(script, rev: str) -> bool:
    try:
        return script.get_revision(rev) is not None
    except Exception:  # noqa: BLE001 - alembic raises for unknown ids
        return False


@dataclass(frozen=True)
class RestorePlan:
    """What restoring ``info.path`` over the current database would do, checked before anything changes."""

    info: BackupInfo
    refusals: tuple[tuple[str, dict], ...]  # (message source, params): any one refuses the restore
    other_agency: bool  # the backup belongs to another agency than the database in use: confirm first
    current_agency: str
    rows_checked: bool  # False: the backup predates row states; only its chain was checked
    row_problems: tuple[RowProblem, ...] = ()
    history_ok: bool = True  # the backup's chain is intact and its rows match it
    # The backup has an active leader account of this name, but its password is stored with another salt (another
    # agency's database, or a password changed since): give the current password to check it (``password``).
    password_unchecked: bool = False
    # (message source, params) said before restoring without refusing it: a backup without its metadata file
    notes: tuple[tuple[str, dict], ...] = ()
    # The backup's history does not begin as this database's (QA 51 F3): another database under the same name (a
    # new file set up apart), whose restore replaces this one's whole history: confirmed as another agency's is.
    unrelated: bool = False

    @property
    def allowed(self) -> bool:
        return not self.refusals


def _file_refusal(info: BackupInfo) -> tuple[str, dict] | None:
    """Why the file itself cannot be restored (message source, params), or None."""
    backup = info.path
    if info.metadata == "mismatch":
        return (QT_TRANSLATE_NOOP("Errors", "{path} was changed after it was written (it no longer matches its "
                                            "metadata file); nothing was changed."), {"path": str(backup)})
    if not backup.is_file():
        return QT_TRANSLATE_NOOP("Errors", "{path} does not exist (or is a folder); nothing was changed."), {
            "path": str(backup)}
    if info.newer:
        return (QT_TRANSLATE_NOOP("Errors", "{path} was written by a newer version of QMS Desktop (schema {revision}): "
                                            "install that version to restore it; nothing was changed."),
                {"path": str(backup), "revision": info.schema})
    if not info.valid:
        return QT_TRANSLATE_NOOP("Errors", "{path} is not a valid QMS Desktop backup; nothing was changed."), {
            "path": str(backup)}
    return None


def plan_restore(db_path: str | Path, backup: str | Path, actor: Actor, *, password: str | None = None) -> RestorePlan:
    """Check a backup for restoring over ``db_path`` by ``actor``; reads both files, writes nothing.

    The actor must be able to log in to the restored data as a leader: the backup's account has the same stored
    password, or ``password`` opens it (the actor's current one, or the one it had when the backup was made: the
    actor is logged in to the database in use already, and knows the backup's).
    """
    db_path, backup = Path(db_path), Path(backup)
    info = inspect_backup(backup)
    refusals: list[tuple[str, dict]] = []
    problems: tuple[RowProblem, ...] = ()
    rows_checked, history_ok = False, True
    if not actor.can("restore"):
        refusals.append((QT_TRANSLATE_NOOP("Errors", "Only a leader can restore a backup: it replaces every record, the "
                                                     "accounts and their roles included."), {}))
    file_refusal = _file_refusal(info)
    if file_refusal is not None:
        refusals.append(file_refusal)
    current_name, current_label, current_hash, has_accounts = _current(db_path, actor.username)
    result, unchecked, foreign, loose, backup_first = None, False, [], [], None
    if info.valid:
        try:
            with contextlib.closing(readonly.connect(backup, immutable=True)) as c:
                result = integrity.verify(c)
                backup_first = _first_hash(c)
                foreign = schema_objects.foreign_objects(c) if result.chain_ok else []
                loose = schema_objects.missing_unique(c) if result.chain_ok else []
                account = None
                if rowstate.table_exists(c, "app_user"):
                    account = c.execute("SELECT role, active, password_hash FROM app_user WHERE username = ?",
                                        (actor.username,)).fetchone()
        except (sqlite3.Error, ValueError):  # ValueError: a damaged schema whose names are not UTF-8
            refusals.append((QT_TRANSLATE_NOOP("Errors", "{path} is not a valid QMS Desktop backup; nothing was "
                                                         "changed."), {"path": str(backup)}))
    if result is not None:
        rows_checked, problems = result.covered, tuple(result.problems)
        history_ok = result.chain_ok and not problems
        if not result.chain_ok:
            refusals.append((QT_TRANSLATE_NOOP("Errors", "The backup's change history was altered outside the application "
                                                         "(entry {id}); it is not restored."), {"id": result.first_bad_id}))
        if foreign:
            refusals.append((QT_TRANSLATE_NOOP("Errors", "The backup holds {kind_label} {name}, which the application "
                                                         "does not make (added outside it); it is not restored."),
                             {"kind_label": schema_objects.KIND_LABELS[foreign[0].kind], "name": foreign[0].name}))
        if loose:
            refusals.append((QT_TRANSLATE_NOOP("Errors", "In the backup, table {name} no longer refuses two records with "
                                                         "the same {columns} (rebuilt outside the application); it is "
                                                         "not restored."),
                             {"name": loose[0][0], "columns": ", ".join(loose[0][1])}))
        if problems:
            refusals.append((QT_TRANSLATE_NOOP("Errors", "{n} records of the backup do not match its change history (they "
                                                         "were changed outside the application); it is not restored."),
                             {"n": len(problems)}))
        leader = account is not None and account[0] == "leader" and bool(account[1])
        same_password = leader and (account[2] == current_hash or (
            password is not None and verify_password(password, account[2])))
        unchecked = leader and not same_password and password is None
        if has_accounts and not same_password:
            refusals.append((QT_TRANSLATE_NOOP("Errors", "After this restore you could no longer log in as {user}: the "
                                                         "backup has no active leader account {user} that opens with the "
                                                         "password given. If the password was changed after the backup "
                                                         "was made, give the one it had then (qms restore: "
                                                         "QMS_BACKUP_PASSWORD). Nothing was changed."),
                             {"user": actor.username}))
    other = bool(current_name) and info.valid and _agency_key(info.agency, info.province) != current_name
    notes = []
    if info.valid and info.metadata == "none":  # never trusted silently: said, and vouched for by its content only
        notes.append((NO_METADATA, {"path": str(backup)}))
    unrelated = False
    count_text, _sep, _digest = info.chain_head.partition(":")
    chain = _chain_points(db_path, int(count_text)) if info.valid and count_text.isdigit() else None
    if chain is not None and backup_first is not None:
        first, count, at_backup_head = chain
        unrelated = first != backup_first
        if unrelated:
            notes.append((HISTORY_NOTES["unrelated"], {"path": str(backup), "n": count}))
        elif count > int(count_text):  # an older copy of this database: what was written since goes
            notes.append((HISTORY_NOTES["older" if at_backup_head == info.chain_head else "diverged"],
                          {"path": str(backup), "n": count - int(count_text), "count": int(count_text)}))
    return RestorePlan(info, tuple(refusals), other or unrelated, current_label, rows_checked, problems, history_ok,
                       password_unchecked=bool(has_accounts and unchecked), notes=tuple(notes),
                       unrelated=unrelated and not other)


# What restoring a backup does to the history of the database in use, by how the two histories relate (QA 51 F3).
HISTORY_NOTES = {
    "unrelated": QT_TRANSLATE_NOOP("Errors", "{path} is not a copy of this database: its history begins apart (a "
                                             "database set up separately under the same name). Restoring it replaces "
                                             "the whole history of the database in use ({n} entries)."),
    "older": QT_TRANSLATE_NOOP("Errors", "{path} is older than the database in use: the {n} history entries written "
                                         "since it was made (after entry {count}) are replaced by it."),
    "diverged": QT_TRANSLATE_NOOP("Errors", "{path} took another course than the database in use after a common "
                                            "beginning: restoring it replaces {n} history entries of the database in "
                                            "use."),
}


def _first_hash(c: sqlite3.Connection) -> str | None:
    if not rowstate.table_exists(c, "change_log"):
        return None
    row = c.execute("SELECT hash FROM change_log ORDER BY id LIMIT 1").fetchone()
    return row[0] if row else None


def _chain_points(db_path: Path, count: int) -> tuple[str, int, str] | None:
    """The database in use's history against a backup's of ``count`` entries: (its first entry's hash, its number
    of entries, its head "N:HASH" at entry ``count``) — or None when it has no history to compare (missing,
    damaged, new). Reads the file only, three small queries."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    try:
        with contextlib.closing(readonly.connect(db_path, immutable=_no_wal(db_path))) as c:
            first = _first_hash(c)
            if first is None:
                return None
            total = c.execute("SELECT count(*) FROM change_log").fetchone()[0]
            row = c.execute("SELECT hash FROM change_log ORDER BY id LIMIT 1 OFFSET ?", (count - 1,)).fetchone() \
                if count > 0 else None
    except sqlite3.Error:
        return None
    return first, total, format_head(count, row[0]) if row else ""


NO_METADATA = QT_TRANSLATE_NOOP("Errors", "{path} has no metadata file (the backup was interrupted before writing it, "
                                          "or the file was deleted): it was checked by its own content only, its "
                                          "history chain and every record.")


def _agency_key(name: str, province: str) -> str:
    return f"{' '.join((name or '').split()).casefold()} | {' '.join((province or '').split()).casefold()}"


def _current(db_path: Path, username: str) -> tuple[str, str, str | None, bool]:
    """(agency key, agency name, password hash of ``username``, has accounts) of the database in use."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return "", "", None, False
    try:
        with contextlib.closing(readonly.connect(db_path, immutable=_no_wal(db_path))) as c:
            row = c.execute("SELECT full_name, province FROM agency WHERE id = 1").fetchone()
            accounts = c.execute("SELECT count(*) FROM app_user").fetchone()[0]
            pw = c.execute("SELECT password_hash FROM app_user WHERE username = ?", (username,)).fetchone()
    except sqlite3.Error:
        return "", "", None, False
    return (_agency_key(*row) if row else ""), (row[0] if row else ""), (pw[0] if pw else None), bool(accounts)


def restore(db_path: str | Path, backup: str | Path, *, actor: Actor, safety_folder: Path,
            confirm_other_agency: bool = False, now: dt.datetime | None = None,
            password: str | None = None) -> Path | None:
    """Replace the database with a verified backup, keeping the current one as a backup first.

    The database must be closed by the caller. Returns the safety copy of the replaced database.

    Raises:
        BackupError: the file is not a valid QMS backup, it was tampered with, ``actor`` is not a
            leader or could not log in afterwards, or it is another agency's and
            ``confirm_other_agency`` is False. Nothing is changed then.
    """
    db_path, backup = Path(db_path), Path(backup)
    plan = plan_restore(db_path, backup, actor, password=password)
    if plan.refusals:
        message, params = plan.refusals[0]
        raise BackupError(message, **params)
    if plan.unrelated and not confirm_other_agency:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "{path} is not a copy of this database: its history begins apart "
                                                      "(a database set up separately under the same name, {agency}). "
                                                      "Confirm that you mean to replace this database's whole history "
                                                      "with it (qms restore … --other-agency); nothing was changed."),
                          path=str(backup), agency=plan.info.agency)
    if plan.other_agency and not confirm_other_agency:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "{path} is a backup of another agency ({agency}), not of {current}. "
                                                      "Confirm that you mean to replace this agency's data with it "
                                                      "(qms restore … --other-agency); nothing was changed."),
                          path=str(backup), agency=plan.info.agency, current=plan.current_agency)
    return _replace(db_path, backup, safety_folder=safety_folder, now=now, actor=actor, backup_head=plan.info.chain_head)


def _checkpoint(db_path: Path) -> None:
    """Copy every committed page of the WAL into the database file and empty the WAL.

    Raises:
        BackupError: another process still uses the database (the WAL could not be emptied).
    """
    try:
        with contextlib.closing(sqlite3.connect(db_path, timeout=10)) as current:
            busy, log, done = current.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.DatabaseError:
        return  # not a readable database: nothing of it can be kept anyway (the safety copy said so first)
    if busy or log > 0 or done > 0:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "Cannot restore: the database is still in use by another program; "
                                                      "close it and try again. Nothing was changed."))


MISSING, NO_ACCOUNT, DAMAGED = "missing", "no_account", "damaged"


def rescue_state(db_path: str | Path) -> str | None:
    """Why nobody can log in to the database at ``db_path``, so that a backup's own leader authorises restoring
    over it: MISSING (no file, or an empty one), NO_ACCOUNT (no account yet: a first start, a set-up never
    finished), DAMAGED (SQLite cannot read it, or its pages fail the quick check; a file without SQLite's header
    counts when its size is whole pages). None: it has accounts and reads
    (log in to it as usual), it is another program's database, or it cannot be read for a passing reason (busy,
    no permission) that the usual way says. Reads the file only."""
    db_path = Path(db_path)
    try:
        if not db_path.exists() or (db_path.is_file() and db_path.stat().st_size == 0):
            return MISSING
        if not db_path.is_file():
            return None
        with open(db_path, "rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:  # a database's size is whole pages (512 bytes at least): else another
                size = db_path.stat().st_size  # kind of file given by mistake (a note, a document), not ours
                return DAMAGED if size >= 512 and size % 512 == 0 else None
    except OSError:
        return None
    try:
        with contextlib.closing(readonly.connect(db_path, immutable=_no_wal(db_path))) as c:
            tables = {name for (name,) in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return NO_ACCOUNT
            if "alembic_version" not in tables:
                return None  # another program's database: never replaced from here
            if "app_user" not in tables or not c.execute("SELECT count(*) FROM app_user").fetchone()[0]:
                return NO_ACCOUNT
            return None if c.execute("PRAGMA quick_check").fetchone()[0] == "ok" else DAMAGED
    except ValueError:  # a name that is not UTF-8: the schema itself is damaged
        return DAMAGED
    except sqlite3.Error as exc:
        return DAMAGED if sqlite_kind(exc) == "corrupt" else None


def _no_wal(path: Path) -> bool:
    """No write-ahead log beside the database: no program has it open in WAL mode, and all it holds is in the file,
    so it is read as it stands (immutable) — a plain read-only open of a WAL database would leave new empty -wal and
    -shm files beside a file it only looked at (QA 39 F10)."""
    return not Path(str(path) + "-wal").exists()


def _account(path: Path, username: str, *, immutable: bool) -> tuple[str, bool, str, str] | None:
    """(role, active, password hash, full name) of ``username`` in the file, or None."""
    with contextlib.closing(readonly.connect(path, immutable=immutable)) as c:
        if not rowstate.table_exists(c, "app_user"):
            return None
        row = c.execute("SELECT role, active, password_hash, full_name FROM app_user WHERE username = ?",
                        (username,)).fetchone()
    return (row[0], bool(row[1]), row[2], row[3] or "") if row else None


def backup_leader(db_path: str | Path, backup: str | Path, username: str, password: str) -> Actor:
    """The leader who restores ``backup`` over a database nobody can log in to (``rescue_state`` not None): the
    backup's active leader account ``username``, opened by ``password``; where the database in use still has
    readable accounts (damaged elsewhere), the same password must open the same leader account there too.

    Raises:
        BackupError: the backup cannot be read, or the account is unknown, disabled, not a leader or the password
            does not open it. Nothing is changed.
    """
    from qms_desktop.domain.text import clean

    name = clean(username or "").lower()
    refusal = _file_refusal(inspect_backup(backup))  # a file that is no backup is said so, not "wrong password"
    if refusal is not None:
        raise BackupError(refusal[0], **refusal[1])
    try:
        account = _account(Path(backup), name, immutable=True)
    except (sqlite3.Error, ValueError):
        account = None
    if account is None or not account[1] or not verify_password(password or "", account[2]):
        if account is None:
            verify_password(password or "", _DUMMY_HASH)  # the same time either way
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "The backup has no active account {user} with this password. "
                                                      "Give a leader's user name and password as they were when the "
                                                      "backup was made; nothing was changed."), user=name)
    if account[0] != "leader":
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "Only a leader can restore a backup: {user} is not a leader in "
                                                      "the backup. Nothing was changed."), user=name)
    try:
        current = _account(Path(db_path), name, immutable=_no_wal(Path(db_path))) if Path(db_path).is_file() else None
        has_accounts = current is not None or _current(Path(db_path), name)[3]
    except (sqlite3.Error, ValueError):
        current, has_accounts = None, False
    if has_accounts and (current is None or current[0] != "leader" or not current[1]
                         or not verify_password(password or "", current[2])):
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "The database in use still has its accounts, and {user} is not "
                                                      "an active leader there with this password. If the password was "
                                                      "changed after the backup was made, move the damaged file out of "
                                                      "the data folder first: the backup's leader then restores it "
                                                      "alone. Nothing was changed."), user=name)
    return Actor(name, account[0], account[3])


def _keep_damaged(db_path: Path, folder: Path, now: dt.datetime) -> Path:
    """Copy a database SQLite cannot read, byte for byte with its journal files, to ``qms-damaged-<stamp>.sqlite``
    (through a .part, fsynced): someone may still recover part of it; never read as a backup."""
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"qms-damaged-{now:%Y%m%d-%H%M%S}.sqlite"
    n = 1
    while dest.exists():
        dest = folder / f"qms-damaged-{now:%Y%m%d-%H%M%S}-{n}.sqlite"
        n += 1
    for suffix in ("", "-wal", "-journal"):
        src = Path(str(db_path) + suffix)
        if not src.exists() or (suffix and not src.stat().st_size):  # an empty journal holds nothing to recover
            continue
        target = Path(str(dest) + suffix)
        part = target.with_name(target.name + ".part")
        try:
            shutil.copyfile(src, part)
            with open(part, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(part, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                part.unlink()
            raise _write_failure(exc, target) from exc
    _fsync_dir(folder)
    return dest


def _replace(db_path: Path, backup: Path, *, safety_folder: Path, now: dt.datetime | None, actor: Actor,
             backup_head: str) -> Path | None:
    now = now or dt.datetime.now()
    # The exclusive write lock: no other process has the database open while it is replaced (a
    # writer that kept its connection would acknowledge commits into the replaced file, lost).
    # It waits a little for running writers to finish, then refuses with nothing changed.
    with write_lock.exclusive(db_path):
        _unlink_with_journal(db_path.with_name(db_path.name + ".restoring"))  # a restore killed earlier
        safety = None
        state = rescue_state(db_path)
        if state == DAMAGED:  # kept as it is: a backup of it could not be written, nor verified
            safety = _keep_damaged(db_path, safety_folder, now)
        elif db_path.exists() and state != MISSING:
            safety_folder.mkdir(parents=True, exist_ok=True)
            try:
                safety = _copy(db_path, _free_name(safety_folder, "before-restore", now))
            except BackupWriteFailed:
                raise
            except BackupError:  # not a whole database of ours (a first start killed before its tables): as it is
                safety = _keep_damaged(db_path, safety_folder, now)
        replaced = "" if state in (DAMAGED, MISSING) else _head(db_path)
        tmp = db_path.with_name(db_path.name + ".restoring")
        try:
            with contextlib.closing(readonly.connect(backup, immutable=True)) as source, \
                    contextlib.closing(sqlite3.connect(tmp)) as target:
                source.backup(target)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            _upgrade_copy(tmp, {"file": backup.name, "backup_head": backup_head, "replaced_head": replaced,
                                "kept_as": safety.name if safety else ""}, actor.username)
            if db_path.exists():  # move what the WAL holds into the file first: deleting it must lose nothing
                _checkpoint(db_path)
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(str(db_path) + suffix).unlink()
            os.replace(tmp, db_path)
        except (OSError, sqlite3.Error) as exc:
            _unlink_with_journal(tmp)
            raise BackupError(QT_TRANSLATE_NOOP("Errors", "Cannot restore: {reason}"), reason=getattr(exc, "strerror", None) or str(exc)) from exc
    return safety


def _head(db_path: Path) -> str:
    """The history head "N:HASH" of the database about to be replaced ("" when it has none or cannot be read)."""
    try:
        with contextlib.closing(readonly.connect(db_path, immutable=_no_wal(db_path))) as c:
            count, digest = integrity.chain_head(c)
    except (sqlite3.Error, ValueError):
        return ""
    return format_head(count, digest) if count else ""


def _upgrade_copy(tmp: Path, restored: dict, username: str) -> None:
    """Upgrade the copy about to replace the database to this version's schema, before it does: a backup this
    version cannot upgrade is refused with nothing changed, instead of leaving a database no command could open,
    not even a restore of the copy kept (QA 25 F2). The backup itself is the copy before the upgrade.

    Then the copy's history gets a ``restore`` entry (``restored``: the backup's file name and head, the replaced
    database's head and the name it is kept under), by ``username``: the restored history itself says that it was
    restored, from what, and what it replaced — the copy kept aside can be deleted, this entry cannot be taken out
    without breaking the chain (QA 51 F3)."""
    import shutil
    import tempfile

    from qms_desktop.domain.errors import DatabaseRefused

    scratch = Path(tempfile.mkdtemp(prefix="qms-restore-"))
    try:
        Database.open(tmp, backup_dir=scratch).close()
        with contextlib.closing(sqlite3.connect(tmp)) as c:  # all in the file: its WAL can go with the lock file
            with c:
                integrity.append_event(c, username=username, action="restore", entity="database", new=restored)
            c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except DatabaseRefused as exc:
        _unlink_with_journal(tmp)
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "This backup cannot be upgraded to this version of QMS Desktop "
                                                      "({reason}); nothing was changed."),
                          reason=exc.render()) from exc
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        for suffix in ("-wal", "-shm", ".writers.lock"):
            with contextlib.suppress(OSError):
                Path(str(tmp) + suffix).unlink()


def _unlink_with_journal(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            p.unlink()
