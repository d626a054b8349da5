"""Opening the database: SQLite pragmas, migration on open (after a copy), refusal of newer files."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic import command
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from qms_desktop.domain.errors import DatabaseRefused
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.storage import events  # noqa: F401  (registers the session events)

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _set_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


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
    with contextlib.closing(sqlite3.connect(src)) as source, contextlib.closing(sqlite3.connect(tmp)) as target:
        source.backup(target)
    tmp.replace(dest)
    return dest


@dataclass
class SchemaState:
    current: str | None
    head: str
    known: bool  # the current revision is one of ours

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def schema_state(engine: Engine) -> SchemaState:
    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    known = _safe_rev(script, current)
    return SchemaState(current, script.get_current_head(), known)


def _safe_rev(script: ScriptDirectory, rev: str | None) -> bool:
    if rev is None:
        return True
    try:
        return script.get_revision(rev) is not None
    except Exception:  # alembic raises for unknown revisions
        return False


class Database:
    """One SQLite file: engine, sessions, schema checks."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: str | Path, *, migrate: bool = True, backup_dir: Path | None = None,
             create: bool = True) -> "Database":
        """Open (and create or migrate) the database at ``path``.

        Raises:
            DatabaseRefused: not a SQLite file, written by a newer version, or missing with create=False.
        """
        path = Path(path).expanduser().resolve()
        if not path.exists():
            if not create:
                raise DatabaseRefused(QT_TRANSLATE_NOOP("Errors", "Database not found: {path}"), path=str(path))
            path.parent.mkdir(parents=True, exist_ok=True)
        elif path.is_dir() or not looks_like_sqlite(path):
            raise DatabaseRefused(QT_TRANSLATE_NOOP("Errors", "{path} is not a QMS Desktop database."), path=str(path))
        engine = make_engine(path)
        try:
            state = schema_state(engine)
        except Exception as exc:  # corrupt header, encrypted file…
            engine.dispose()
            raise DatabaseRefused(QT_TRANSLATE_NOOP("Errors", "{path} is not a QMS Desktop database."), path=str(path)) from exc
        if not state.known:
            engine.dispose()
            raise DatabaseRefused(QT_TRANSLATE_NOOP(
                "Errors", "This database was written by a newer version of QMS Desktop (schema {revision}). "
                          "Install the newer version to open it."), revision=state.current)
        if migrate and not state.up_to_date:
            if state.current is not None:
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                target_dir = backup_dir or path.parent / "backups"
                backup_copy(path, target_dir / f"{path.stem}-before-migration-{state.current}-{stamp}.sqlite")
            elif _has_user_tables(engine):
                engine.dispose()
                raise DatabaseRefused(QT_TRANSLATE_NOOP("Errors", "{path} is not a QMS Desktop database."), path=str(path))
            with engine.begin() as conn:
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        return cls(path, engine)

    def session(self, actor: str = "system") -> Session:
        s = self._sessions()
        s.info["actor"] = actor
        return s

    @contextlib.contextmanager
    def transaction(self, actor: str = "system") -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error."""
        s = self.session(actor)
        try:
            with s.begin():
                yield s
        finally:
            s.close()

    def schema(self) -> SchemaState:
        return schema_state(self.engine)

    def close(self) -> None:
        self.engine.dispose()


def _has_user_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")]
    return any(not n.startswith("sqlite_") for n in names)
