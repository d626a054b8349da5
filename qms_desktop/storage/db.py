"""Opening the database: SQLite pragmas, migration on open (after a copy), refusal of newer files.

The same ``Database`` also runs on a PostgreSQL server (``postgresql+psycopg://user@host/db``,
several officers on one database; see ``_open_server``). There, what SQLite gives through
``BEGIN IMMEDIATE`` is given by a transaction-level advisory lock taken by every WRITING
transaction at its first statement (``WRITERS_LOCK``): writers are serialised exactly as on
SQLite (a read-then-write such as the next number of a register, and the history chain append,
are never interleaved) while readers are never blocked (MVCC). The file locks, WAL, PRAGMAs and
file copies are SQLite's only; a server's backups are pg_dump's (services/backup_server.py).

Transactions are real SQLite transactions (SQLAlchemy's pysqlite recipe: the driver's own implicit
BEGIN is switched off and the "begin" event emits ours). Writing transactions start with
``BEGIN IMMEDIATE`` so that a read-then-write (the next number of a register) is never raced by
another process, with a short retry while another writer holds the file; reading ones start with
a plain ``BEGIN``. The schema migration runs in one transaction (SQLite's DDL is transactional),
under the exclusive write lock, after one verified copy per schema version.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from sqlalchemy import create_engine, event, exc as sa_exc
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from qms_desktop.domain.errors import DatabaseRefused, QmsError, StorageFailed
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.storage import events  # noqa: F401  (registers the session events)
from qms_desktop.storage import lock as write_lock

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"


if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration's revision. An up-to-date database (every start but the first after an update)
# is recognised by comparing its alembic_version with this, without importing alembic (0.3–0.7 s of
# every start on an old PC: issue 19); tests/storage/test_database.py keeps it equal to alembic's head.
SCHEMA_HEAD = "w_insp3"


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


BUSY_TIMEOUT_MS = 5000
BEGIN_RETRIES = 3  # after SQLite's own busy wait, BEGIN IMMEDIATE is tried this many times in all
READ = {"qms_read": True}  # execution option of reading connections: a plain (deferred) BEGIN


def _set_pragmas(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None  # no implicit BEGIN/COMMIT from the driver: ours only
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _before_execute(conn: Connection, cursor, statement: str, parameters, context, executemany):
    """Open the real SQLite transaction before the first statement of each SQLAlchemy transaction.

    This is SQLAlchemy's pysqlite recipe ("serializable isolation / savepoints"), with the BEGIN
    emitted at the first statement rather than in the "begin" event so that a PRAGMA that cannot
    run inside a transaction (wal_checkpoint) still works. Writers take the write lock at once
    (BEGIN IMMEDIATE): a read-then-write, such as the next number of a register, is then never
    interleaved with another process's. SQLite's busy wait is followed by a short retry.
    """
    dbapi = conn.connection.dbapi_connection
    if dbapi is None or dbapi.in_transaction or statement.lstrip()[:6].upper() == "PRAGMA":
        return statement, parameters
    begin = "BEGIN" if conn.get_execution_options().get("qms_read") else "BEGIN IMMEDIATE"
    for attempt in range(BEGIN_RETRIES):
        try:
            cursor.execute(begin)
            break
        except sqlite3.OperationalError as exc:
            if attempt == BEGIN_RETRIES - 1 or sqlite_kind(exc) != "busy":
                raise
            time.sleep(0.1 * (attempt + 1))
    return statement, parameters


# ---------------------------------------------------------------- PostgreSQL

SERVER_SCHEMES = ("postgresql", "postgres")
WRITERS_LOCK = 0x514D5301  # pg_advisory_xact_lock key: one writing transaction at a time ("QMS" 1)
LOCK_TIMEOUT_MS = 30000  # a writer waits this long for another writer before "busy"
CONNECT_TIMEOUT_S = 10


def is_server_url(target: object) -> bool:
    """True for a ``postgresql[+driver]://…`` connection string (a server database), not a file."""
    if not isinstance(target, str) or "://" not in target:
        return False
    scheme = target.split("://", 1)[0].split("+", 1)[0].lower()
    return scheme in SERVER_SCHEMES


def server_url(url: str):
    """The SQLAlchemy URL of a server connection string, always with the psycopg 3 driver."""
    from sqlalchemy.engine import make_url

    u = make_url(url.replace("postgres://", "postgresql://", 1) if url.startswith("postgres://") else url)
    return u.set(drivername="postgresql+psycopg")


def safe_url(url: str) -> str:
    """The connection string to show or log: the password, if any, replaced by ***."""
    try:
        return server_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - unparsable: show nothing of it that could be a secret
        return "postgresql://…"


def without_password(url: str) -> str:
    """The connection string to remember (settings): the password left out altogether."""
    from sqlalchemy.engine import URL

    u = server_url(url)
    return URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query).render_as_string(
        hide_password=False)


def with_password(url: str, password: str) -> str:
    """The connection string with ``password`` (kept in memory only, never written anywhere)."""
    return server_url(url).set(password=password).render_as_string(hide_password=False)


@dataclass(frozen=True)
class ServerDatabase:
    """A database on a server, named by its connection string; ``str()`` hides the password, so it
    can be shown wherever a file's path is shown."""

    url: str

    def __str__(self) -> str:
        return safe_url(self.url)

    def exists(self) -> bool:
        return True


def database_target(value: str | Path | None) -> "Path | ServerDatabase | None":
    """A ``--db``/``QMS_DB`` value: a server connection string or a file's path."""
    if value is None or value == "":
        return None
    if isinstance(value, ServerDatabase) or is_server_url(value):
        return value if isinstance(value, ServerDatabase) else ServerDatabase(str(value))
    return Path(value).expanduser()


def _server_begin(conn: Connection) -> None:
    """A writing transaction takes the writers' lock as its first statement (like BEGIN IMMEDIATE);
    held until it commits or rolls back. Reading transactions (the ``qms_read`` option) take nothing."""
    if conn.get_execution_options().get("qms_read"):
        return
    dbapi = conn.connection.dbapi_connection
    if dbapi is None or dbapi.autocommit:
        return
    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)" % WRITERS_LOCK)


def make_server_engine(url: str) -> Engine:
    engine = create_engine(
        server_url(url), future=True, pool_pre_ping=True, pool_size=2, max_overflow=4,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "qms-desktop",
                      "options": f"-c lock_timeout={LOCK_TIMEOUT_MS} -c TimeZone=UTC"})
    event.listen(engine, "begin", _server_begin)
    return engine


def serialise_writers(conn) -> None:
    """Take the writers' lock in the current transaction (a no-op on SQLite, whose writing
    transactions hold the file's write lock already). Re-entrant within one transaction."""
    bind = conn.connection() if isinstance(conn, Session) else conn
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)" % WRITERS_LOCK)


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "before_cursor_execute", _before_execute, retval=True)
    return engine


# ---------------------------------------------------------------- SQLite failures in the user's words

_KINDS = {  # SQLite primary result codes
    5: "busy", 6: "busy", 13: "full", 10: "io", 8: "readonly", 11: "corrupt", 26: "corrupt", 14: "cantopen",
}
_KIND_TEXT = (("locked", "busy"), ("busy", "busy"), ("disk is full", "full"), ("disk i/o", "io"),
              ("readonly", "readonly"), ("read-only", "readonly"), ("malformed", "corrupt"),
              ("not a database", "corrupt"), ("unable to open", "cantopen"))
_MESSAGES = {
    "busy": QT_TRANSLATE_NOOP("Errors", "The database is busy: another program kept it locked for too long. "
                                        "Nothing was saved; try again in a moment."),
    "full": QT_TRANSLATE_NOOP("Errors", "The disk that holds the database is full. Nothing was saved; "
                                        "free some space and try again."),
    "io": QT_TRANSLATE_NOOP("Errors", "The disk that holds the database reported a read or write error. "
                                      "Nothing was saved; check the drive and try again."),
    "readonly": QT_TRANSLATE_NOOP("Errors", "The database cannot be written (a read-only file, folder or drive). "
                                            "Nothing was saved."),
    "corrupt": QT_TRANSLATE_NOOP("Errors", "The database file is damaged. Nothing was saved; restore a backup "
                                           "(File → Restore from a backup…) or ask for help."),
    "cantopen": QT_TRANSLATE_NOOP("Errors", "The database file cannot be opened (moved, removed or no permission). "
                                            "Nothing was saved."),
}


_SERVER_MESSAGES = {
    "server_down": QT_TRANSLATE_NOOP("Errors", "Cannot reach the database server {server}: it is down, or the network "
                                               "or its port is closed. Nothing was saved; check the connection and try again."),
    "auth": QT_TRANSLATE_NOOP("Errors", "The database server {server} refused the account: wrong user name or password. "
                                        "Nothing was saved."),
    "no_database": QT_TRANSLATE_NOOP("Errors", "The database server {server} has no such database; ask the administrator "
                                               "to create it. Nothing was saved."),
    "refused": QT_TRANSLATE_NOOP("Errors", "The database server {server} refused the connection: {detail}. Nothing "
                                           "was saved; ask the server's administrator."),
    "lost": QT_TRANSLATE_NOOP("Errors", "The connection to the database server {server} was lost. Nothing was saved "
                                        "(the change was rolled back); try again."),
    "busy": _MESSAGES["busy"],
    "readonly": _MESSAGES["readonly"],
    "full": _MESSAGES["full"],
}


def server_kind(exc: BaseException) -> str | None:
    """'server_down', 'auth', 'no_database', 'lost', 'busy', 'readonly', 'full' or None for a
    psycopg error (None for a constraint violation and anything else: a bug to show as such)."""
    orig = getattr(exc, "orig", exc)
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return None
    if not isinstance(orig, psycopg.Error) or isinstance(orig, psycopg.IntegrityError):
        return None
    code = getattr(orig, "sqlstate", None) or ""
    text = str(orig).lower()
    if code in ("28P01", "28000") or "password authentication failed" in text or "no password supplied" in text:
        return "auth"
    if code == "3D000" or ("database" in text and "does not exist" in text):
        return "no_database"
    if code in ("55P03", "40001", "40P01", "57014"):  # lock timeout, serialization, deadlock, cancelled
        return "busy"
    if code == "25006":
        return "readonly"
    if code.startswith("53"):
        return "full"
    if code.startswith("08") or code in ("57P01", "57P02", "57P03") or isinstance(orig, psycopg.OperationalError):
        if any(n in text for n in ("connection refused", "could not connect", "timeout expired", "no route",
                                   "could not translate host", "name or service not known", "is the server running")):
            return "server_down"
        if any(n in text for n in ("too many connections", "connection limit", "ssl", "pg_hba.conf",
                                   "remaining connection slots")):
            return "refused"  # refused before anything was tried: not "lost, rolled back" (QA 42 F9)
        return "lost"
    return None


def sqlite_kind(exc: BaseException) -> str | None:
    """'busy', 'full', 'io', 'readonly', 'corrupt', 'cantopen' or None for an SQLite error."""
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, sqlite3.Error) or isinstance(orig, sqlite3.IntegrityError):
        return None
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _KINDS:
        return _KINDS[code & 0xFF]
    text = str(orig).lower()
    return next((kind for needle, kind in _KIND_TEXT if needle in text), None)


def storage_error(exc: BaseException, server: str = "") -> StorageFailed | None:
    """The user's message for an SQLite failure (busy, full, I/O, read-only, damaged) or a database
    server's (down, wrong password, no database, connection lost, busy), else None. ``server`` is
    the server's connection string without its password (``safe_url``)."""
    kind = sqlite_kind(exc)
    if kind is not None:
        return StorageFailed(_MESSAGES[kind])
    kind = server_kind(exc)
    if kind is not None:
        detail = (str(getattr(exc, "orig", exc)).strip().splitlines() or [""])[-1][:200]  # the driver's own words
        failed = StorageFailed(_SERVER_MESSAGES[kind], server=server or _server_of(exc), detail=detail)
        failed.kind = kind  # 'auth': the GUI asks for the password and tries again
        return failed
    return None


def _server_of(exc: BaseException) -> str:
    """host:port/database of the connection that failed (never its password)."""
    conn = getattr(getattr(exc, "orig", exc), "pgconn", None)
    try:
        if conn is not None and conn.host:
            return f"{conn.host.decode()}:{conn.port.decode()}/{conn.db.decode()}"
    except Exception:  # noqa: BLE001
        pass
    return "PostgreSQL"


def state_token(path: Path | None) -> tuple[bytes, bytes | None, bytes | None] | None:
    """What changes whenever a transaction is committed to the SQLite file at ``path``, by any connection or
    program (the sqlite3 shell included) while the WAL index exists, read from the files without opening the
    database: the database header and size, the WAL index's header (None without one: its change counter and
    frame count move at every commit in WAL mode) and the WAL's header and size. None for a server database or
    a file that cannot be read. A file's modification time is not used: Windows updates it late for a file kept
    open."""
    if path is None:
        return None
    parts: list[bytes | None] = []
    try:
        for name, head in ((str(path), 100), (str(path) + "-shm", 48), (str(path) + "-wal", 32)):
            try:
                with open(name, "rb") as fh:
                    parts.append(fh.read(head) + os.fstat(fh.fileno()).st_size.to_bytes(8, "little"))
            except FileNotFoundError:
                parts.append(None)
    except OSError:
        return None
    return (parts[0] or b"", parts[1], parts[2])


def looks_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    return head == SQLITE_MAGIC or head == b""


def backup_copy(src: Path, dest: Path) -> Path:
    """Consistent copy with SQLite's online backup API (safe while the database is open)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(dest.suffix + ".part")
    _unlink_all(tmp)
    try:
        with contextlib.closing(sqlite3.connect(src)) as source, contextlib.closing(sqlite3.connect(tmp)) as target:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        tmp.replace(dest)
    except BaseException:
        _unlink_all(tmp)
        raise
    return dest


def _unlink_all(path: Path) -> None:
    """Remove a file with its SQLite side files (a partial copy left by a crash)."""
    for p in (path, Path(str(path) + "-journal"), Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        with contextlib.suppress(OSError):
            p.unlink()


@dataclass
class SchemaState:
    current: str | None
    head: str
    known: bool  # the current revision is one of ours

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def schema_state(engine: Engine) -> SchemaState:
    with engine.connect() as conn:
        conn = conn.execution_options(**READ)
        try:
            stamped = [r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
        except Exception:  # noqa: BLE001 - no alembic_version table (a new file): alembic decides below
            stamped = None
            conn.rollback()
        if stamped == [SCHEMA_HEAD]:
            return SchemaState(SCHEMA_HEAD, SCHEMA_HEAD, True)
        from alembic.runtime.migration import MigrationContext

        current = MigrationContext.configure(conn).get_current_revision()
    script = _script()
    known = _safe_rev(script, current)
    return SchemaState(current, script.get_current_head(), known)


def _script():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def _safe_rev(script, rev: str | None) -> bool:
    if rev is None:
        return True
    try:
        return script.get_revision(rev) is not None
    except Exception:  # noqa: BLE001 - alembic raises for unknown revisions
        return False


def refuse_newer(state) -> None:
    """Refuse a database whose schema revision this version does not know (a newer version wrote it)."""
    if not state.known:
        raise DatabaseRefused(QT_TRANSLATE_NOOP(
            "Errors", "This database was written by a newer version of QMS Desktop (schema {revision}). "
                      "Install the newer version to open it."), revision=state.current)


def _not_ours(path: Path) -> DatabaseRefused:
    return DatabaseRefused(QT_TRANSLATE_NOOP("Errors", "{path} is not a QMS Desktop database."), path=str(path))


class Database:
    """One SQLite file: engine, sessions, schema checks.

    Opening it holds the shared write lock (storage/lock.py) until ``close()``; a restore by
    another process waits for it.
    """

    def __init__(self, path: Path | None, engine: Engine, lock_key: Path | None = None, *, url: str | None = None) -> None:
        self.path = path  # None for a server database
        self.url = url  # the server's connection string (as given, may hold a password: never show it)
        self.engine = engine
        self._lock_key = lock_key
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(engine.execution_options(**READ), expire_on_commit=False)

    @property
    def is_server(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def location(self) -> str:
        """What to show the user: the file's path, or the server's connection string without password."""
        return safe_url(self.url) if self.url else str(self.path)

    @classmethod
    def open(cls, path: str | Path, *, migrate: bool = True, backup_dir: Path | None = None,
             create: bool = True) -> "Database":
        """Open (and create or migrate) the database at ``path`` (a file, or a
        ``postgresql+psycopg://`` connection string: see ``_open_server``).

        Raises:
            DatabaseRefused: not a SQLite file, written by a newer version, missing with create=False,
                being restored by another process, or the upgrade failed (nothing changed then).
            StorageFailed: SQLite could not read the file (busy, I/O error, …).
        """
        if isinstance(path, ServerDatabase):
            return cls._open_server(path.url, migrate=migrate)
        if is_server_url(path):
            return cls._open_server(str(path), migrate=migrate)
        path = Path(path).expanduser().resolve()
        if not path.exists():
            if not create:
                raise DatabaseRefused(QT_TRANSLATE_NOOP("Errors", "Database not found: {path}"), path=str(path))
            path.parent.mkdir(parents=True, exist_ok=True)
        elif path.is_dir() or not looks_like_sqlite(path):
            raise _not_ours(path)  # before anything touches it: no journal mode switched, no lock file beside it
        else:
            other, stamped = _look(path)
            if other:
                raise _not_ours(path)
            if stamped is not None and stamped != SCHEMA_HEAD:  # a newer version's file is left as it is (QA 55 F4)
                refuse_newer(SchemaState(stamped, SCHEMA_HEAD, _safe_rev(_script(), stamped)))
        key = write_lock.acquire_shared(path)
        try:
            clean_stale_restore(path)  # under the shared lock no restore runs: any leftover is dead
            engine = make_engine(path)
            try:
                cls._prepare(path, engine, migrate=migrate, backup_dir=backup_dir)
            except BaseException:
                engine.dispose()
                raise
        except BaseException:
            write_lock.release_shared(key)
            raise
        return cls(path, engine, key)

    @classmethod
    def _open_server(cls, url: str, *, migrate: bool) -> "Database":
        """A database on a PostgreSQL server. The database itself must exist (the administrator
        creates it, README); its tables are created or upgraded here by the same migrations as a
        file's, in one transaction under the writers' lock (DDL is transactional on PostgreSQL too,
        so a failed upgrade changes nothing). No copy is taken before an upgrade: the server's own
        backups (pg_dump) are the administrator's.

        Raises:
            StorageFailed: the server cannot be reached, refused the account, has no such database.
            DatabaseRefused: another application's database, or written by a newer version.
        """
        shown = safe_url(url)
        engine = make_server_engine(url)
        try:
            try:
                state = schema_state(engine)
            except sa_exc.DBAPIError as exc:
                mapped = storage_error(exc, shown)
                if mapped is None:
                    raise
                raise mapped from None  # no chained traceback text that could carry connection details
            refuse_newer(state)
            # Another application's tables: refused also where nothing would be migrated ('qms check', the
            # settings' connection test said "connected": QA 42 F6); an empty database is set up when opened.
            if state.current is None and not state.up_to_date and not _empty_or_our_empty_tables(engine):
                raise DatabaseRefused(QT_TRANSLATE_NOOP("Errors", "{path} is not a QMS Desktop database."),
                                      path=shown)
            if migrate and not state.up_to_date:
                _migrate_server(engine, shown, new=state.current is None)
        except BaseException:
            engine.dispose()
            raise
        return cls(None, engine, None, url=url)

    @classmethod
    def _prepare(cls, path: Path, engine: Engine, *, migrate: bool, backup_dir: Path | None) -> None:
        try:
            state = schema_state(engine)
        except sa_exc.OperationalError as exc:
            if sqlite_kind(exc) in ("busy", "io", "full", "cantopen", "readonly", "corrupt"):
                raise storage_error(exc) from exc
            raise _not_ours(path) from exc
        except Exception as exc:  # corrupt header, encrypted file…
            if sqlite_kind(exc) == "corrupt":  # a database of ours cut short: damaged, not "not ours" (QA 51 F6)
                raise storage_error(exc) from exc
            raise _not_ours(path) from exc
        refuse_newer(state)
        if migrate and not state.up_to_date:
            if state.current is None and not _empty_or_our_empty_tables(engine):
                raise _not_ours(path)
            try:
                with write_lock.exclusive(path):
                    _migrate(path, engine, backup_dir)
            except DatabaseRefused:
                if not schema_state(engine).up_to_date:  # another process may have just upgraded it
                    raise
        if migrate:
            _repair_search_index(engine)

    def session(self, actor: str = "system", *, write: bool = False) -> Session:
        """A session; reading (a deferred BEGIN) unless ``write``."""
        s = (self._sessions if write else self._read_sessions)()
        s.info["actor"] = actor
        s.info["write"] = write
        return s

    @contextlib.contextmanager
    def transaction(self, actor: str = "system", *, write: bool = True) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error.

        A writing transaction starts with BEGIN IMMEDIATE. SQLite failures (busy, disk full, I/O,
        read-only, damaged file) come out as StorageFailed with the user's message.
        """
        s = self.session(actor, write=write)
        try:
            with s.begin():
                yield s
        except (sa_exc.DBAPIError, sqlite3.Error) as exc:
            mapped = storage_error(exc, self.location if self.url else "")
            if mapped is None:
                raise
            raise mapped from exc
        finally:
            s.close()

    def schema(self) -> SchemaState:
        return schema_state(self.engine)

    def close(self) -> None:
        self.engine.dispose()
        key, self._lock_key = self._lock_key, None
        write_lock.release_shared(key)


# ---------------------------------------------------------------- migration

_CREATE = re.compile(r"^(\s*CREATE\s+(?:UNIQUE\s+)?(?:INDEX|TABLE)\s+)(?!IF\s+NOT\s+EXISTS)", re.IGNORECASE)


def _idempotent_ddl(conn, cursor, statement, parameters, context, executemany):
    """CREATE TABLE/INDEX → … IF NOT EXISTS while migrating.

    Versions before 1.1 ran each DDL statement of a migration in its own transaction, so a file
    killed half-way through 0001 or 0002 holds some of their tables or indexes while
    ``alembic_version`` still names the older revision. Running the migration again must not stop
    at "already exists". (Migrations now run in one transaction and cannot be left half-done.)
    """
    return _CREATE.sub(r"\1IF NOT EXISTS ", statement, count=1), parameters


def _repair_search_index(engine: Engine) -> None:
    """The search index's triggers gone (a table rebuilt by an upgrade, an edit with the sqlite3 shell):
    put them back and rebuild the index, so that the search never silently misses rows. A read first:
    an intact file (every open but such a one) is not written to."""
    from qms_desktop.storage import fulltext

    try:
        with engine.connect() as conn:
            if not fulltext.needs_repair(conn.execution_options(**READ)):
                return
        with engine.begin() as conn:
            repaired = fulltext.repair(conn)
        log.warning("Search index rebuilt for %s", ", ".join(repaired))
    except sa_exc.DBAPIError:  # a read-only copy, a busy file: the search scans less well, nothing is lost
        log.exception("The search index could not be repaired")


def _migrate(path: Path, engine: Engine, backup_dir: Path | None) -> None:
    """Upgrade to head in ONE transaction, after one verified copy per schema version."""
    state = schema_state(engine)  # again, under the exclusive lock
    if state.up_to_date:
        return
    new = state.current is None  # a new file: no previous version could open it
    target_dir = Path(backup_dir) if backup_dir else path.parent / "backups"
    if state.current is not None:
        _migration_copy(path, target_dir, state.current)
    try:
        with engine.connect() as conn:
            event.listen(conn, "before_cursor_execute", _idempotent_ddl, retval=True)
            # SQLite rebuilds a table to alter it (drop, create, copy): with foreign keys on, dropping a table
            # that other rows point to fails. They are off during the upgrade (a PRAGMA outside the
            # transaction), and the result is checked with foreign_key_check before the commit.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
            try:
                with conn.begin():
                    from alembic import command

                    from qms_desktop.storage import reordered

                    cfg = alembic_config()
                    cfg.attributes["connection"] = conn
                    reordered.heal(conn, cfg)  # a w_hist stamp of the evening builds of 01/12/2026 (QA 25 F1)
                    command.upgrade(cfg, "head")
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"foreign key check after the upgrade: {broken[:3]}")
                    _refuse_gaps(conn)
            finally:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
    except QmsError:
        raise
    except Exception as exc:
        log.exception("Schema upgrade of %s failed", path)
        raise _upgrade_refused(exc, _first_storage_error(exc), new) from exc


def _first_storage_error(exc: BaseException) -> StorageFailed | None:
    """The user's message for the first SQLite failure in ``exc``'s chain of causes: a disk that filled up while a
    table was rebuilt makes Alembic's clean-up fail next ("no such table: _alembic_tmp_tthc"), and that later error
    is the one raised (QA 55 F3)."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        mapped = storage_error(current)
        if mapped is not None:
            return mapped
        todo += [getattr(current, "orig", None), current.__cause__, current.__context__]
    return None


def schema_gaps(conn) -> list[str]:
    """The model's tables ("table") and columns ("table.column") the database behind ``conn`` lacks, in the model's
    order: [] for a database whose structure is its recorded version's."""
    from sqlalchemy import inspect

    from qms_desktop.storage.orm import Base

    insp = inspect(conn)
    names = set(insp.get_table_names())
    gaps = []
    for table in Base.metadata.sorted_tables:
        if table.name not in names:
            gaps.append(table.name)
            continue
        have = {c["name"] for c in insp.get_columns(table.name)}
        gaps += [f"{table.name}.{c.name}" for c in table.columns if c.name not in have]
    return gaps


def _refuse_gaps(conn) -> None:
    """Refuse, inside the upgrade's transaction (so nothing is kept), an upgrade after which the database still lacks
    a table or column of this version: Alembic trusts the recorded version, and a database of an unreleased build
    recorded one whose migrations it had not all run (QA 55 F1/F2) — it opened, then failed on its first merge or
    list."""
    gaps = schema_gaps(conn)
    if gaps:
        raise DatabaseRefused(QT_TRANSLATE_NOOP(
            "Errors", "This database does not have the structure its recorded version says (it lacks {what}): it was "
                      "written by an unreleased build of QMS Desktop. Nothing was changed; the previous version can "
                      "still open it. Keep the file and ask for help to move its data."),
            what=", ".join(gaps[:3]) + (" …" if len(gaps) > 3 else ""))


def _upgrade_refused(exc: Exception, mapped: QmsError | None, new: bool) -> DatabaseRefused:
    """The refusal of a failed upgrade: an empty database could not take the tables (no previous version to
    speak of); an existing one was left as it was, for the previous version."""
    reason = mapped.render() if mapped else str(getattr(exc, "orig", exc))[:200]
    if new:
        return DatabaseRefused(QT_TRANSLATE_NOOP(
            "Errors", "The tables of QMS Desktop could not be created in this database ({reason}). Nothing was "
                      "changed."), reason=reason)
    return DatabaseRefused(QT_TRANSLATE_NOOP(
        "Errors", "The database could not be upgraded to this version of QMS Desktop ({reason}). Nothing "
                  "was changed; the previous version can still open it."), reason=reason)


def _migrate_server(engine: Engine, shown: str, *, new: bool = False) -> None:
    """Upgrade a server database to head in ONE transaction, holding the writers' lock (a second
    officer starting at the same moment waits, then finds it up to date)."""
    try:
        with engine.connect() as conn:
            with conn.begin():
                serialise_writers(conn)
                from alembic import command
                from alembic.runtime.migration import MigrationContext

                if MigrationContext.configure(conn).get_current_revision() == head_revision():
                    return
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                _refuse_gaps(conn)
    except QmsError:
        raise
    except Exception as exc:
        log.error("Schema upgrade of %s failed: %s", shown, type(exc).__name__)
        mapped = storage_error(exc, shown)
        if mapped is not None and server_kind(exc) in ("server_down", "auth", "no_database", "lost"):
            raise mapped from None
        if getattr(getattr(exc, "orig", exc), "sqlstate", None) == "42501":  # insufficient privilege
            # The database belongs to another account (PostgreSQL 15 lets only the owner create tables in it).
            raise DatabaseRefused(QT_TRANSLATE_NOOP(
                "Errors", "The account {user} may not create tables in the database {database}: the database must "
                          "belong to that account (the administrator creates it with CREATE DATABASE {database} "
                          "OWNER {user}, or gives it with ALTER DATABASE {database} OWNER TO {user}). Nothing was "
                          "changed."),
                user=engine.url.username or "?", database=engine.url.database or "?") from None
        raise _upgrade_refused(exc, mapped, new) from exc


def _migration_copy(path: Path, folder: Path, revision: str) -> Path:
    """The copy taken before upgrading from ``revision``; older copies of that revision and
    partial copies left by a killed start are removed (one copy per version, not one per start)."""
    folder.mkdir(parents=True, exist_ok=True)
    prefix = f"{path.stem}-before-migration-{revision}-"
    for stale in folder.glob(f"{glob_escape(prefix)}*.part*"):
        _unlink_all(stale)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = backup_copy(path, folder / f"{prefix}{stamp}.sqlite")
    for older in folder.glob(f"{glob_escape(prefix)}*.sqlite"):
        if older != dest:
            with contextlib.suppress(OSError):
                older.unlink()
    return dest


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def clean_stale_restore(path: Path) -> None:
    """Remove the partial copy of a restore that was killed (``<db>.restoring`` and its side
    files). Called only while holding the write lock, when no restore can be running."""
    _unlink_all(path.with_name(path.name + ".restoring"))


def _look(path: Path) -> tuple[bool, str | None]:
    """(another program's database: a SQLite file with tables of its own and no schema version of ours (QA 39 F3),
    the schema version stamped in it or None), read strictly read-only; (False, None) when it cannot tell (the open
    that follows says why)."""
    import urllib.parse

    from qms_desktop.storage.fulltext import is_index_table
    from qms_desktop.storage.orm import Base

    if path.stat().st_size == 0:
        return False, None
    uri = "file:" + urllib.parse.quote(path.as_posix(), safe="/:") + "?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            stamped = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")] \
                if "alembic_version" in names else []
    except (sqlite3.Error, ValueError):
        return False, None
    ours = set(Base.metadata.tables) | {"alembic_version"}
    other = "alembic_version" not in names and any(
        n not in ours and not n.startswith("sqlite_") and not is_index_table(n) for n in names)
    return other, (stamped[0] if len(stamped) == 1 and isinstance(stamped[0], str) else None)



def _empty_or_our_empty_tables(engine: Engine) -> bool:
    """A file without a schema version may be brand new, or a first start of an older version
    killed while creating the tables: only our own table names, all empty. Anything else is
    somebody else's database."""
    from qms_desktop.storage.orm import Base

    from qms_desktop.storage.fulltext import is_index_table

    ours = set(Base.metadata.tables) | {"alembic_version"}
    with engine.connect() as conn:
        conn = conn.execution_options(**READ)
        if conn.dialect.name == "sqlite":
            names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
                     if not r[0].startswith("sqlite_")]
        else:
            from sqlalchemy import inspect as sa_inspect
            names = sa_inspect(conn).get_table_names()
        names = [n for n in names if not is_index_table(n)]  # the search index's tables: empty with theirs
        if any(n not in ours for n in names):
            return False
        return all(conn.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar() == 0 for n in names)  # noqa: S608
