"""Opening a database file strictly read-only (``qms check``, inspecting a backup).

``Database.open`` switches a file to WAL and may migrate it; a check must do neither: it opens
the file with SQLite's ``mode=ro`` (``immutable=1`` for a file no other process uses, such as a
backup), so not one byte of it changes.
"""

from __future__ import annotations

import sqlite3
import urllib.parse
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from qms_desktop.domain.errors import DatabaseRefused
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.storage.db import Database, looks_like_sqlite


def uri(path: Path, *, immutable: bool = False) -> str:
    quoted = urllib.parse.quote(Path(path).as_posix(), safe="/:")
    return f"file:{quoted}?mode=ro" + ("&immutable=1" if immutable else "")


def connect(path: str | Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A plain read-only sqlite3 connection.

    Text that is not valid UTF-8 (SQLite never checks; a damaged file or a deliberate edit) is read
    with surrogate escapes instead of raising, so a check reports the row instead of crashing.
    """
    conn = sqlite3.connect(uri(Path(path), immutable=immutable), uri=True, check_same_thread=False)
    conn.text_factory = _lenient_text
    return conn


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", "surrogateescape")


def read_only_engine(path: str | Path, *, immutable: bool = False) -> Engine:
    path = Path(path)
    engine = create_engine("sqlite://", creator=lambda: connect(path, immutable=immutable), poolclass=NullPool,
                           future=True)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA query_only=1")
        cur.close()

    return engine


def open_read_only(path: str | Path, *, immutable: bool = False) -> Database:
    """A ``Database`` on ``path`` whose sessions can read but never write.

    Raises:
        DatabaseRefused: missing, or not a SQLite file.
    """
    path = Path(path).expanduser().resolve()
    if not path.exists():
        raise DatabaseRefused(QT_TRANSLATE_NOOP("Errors", "Database not found: {path}"), path=str(path))
    if path.is_dir() or not looks_like_sqlite(path) or path.stat().st_size == 0:
        raise DatabaseRefused(QT_TRANSLATE_NOOP("Errors", "{path} is not a QMS Desktop database."), path=str(path))
    return Database(path, read_only_engine(path, immutable=immutable))


def login_database(path: str | Path) -> Database:
    """A ``Database`` for the login of a read-only command (``qms check``).

    It writes only what every login writes — a wrong password counted towards the lock-out —
    and, unlike ``Database.open``, never changes the file's journal mode or schema.
    """
    path = Path(path).expanduser().resolve()
    engine = create_engine(f"sqlite:///{path}", future=True, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    return Database(path, engine)
