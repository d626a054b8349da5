"""Helpers of the tests that run on either engine (tests/conftest.py: --engine=postgresql)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import PgServer


def pg_template_from(server: PgServer, name: str, sqlite_path: Path | None) -> str:
    """A migrated template database on the server: empty, or a copy of ``sqlite_path`` (qms migrate-db's copy)."""
    from qms_desktop.storage.db import Database

    server.create(name=name)
    target = Database.open(server.url(name))
    try:
        if sqlite_path is not None:
            from qms_desktop.services.transfer import copy_database

            source = Database.open(sqlite_path)
            try:
                copy_database(source, target)
            finally:
                source.close()
    finally:
        target.close()
    return name


def raw_sql(db, sql: str, params: tuple = ()) -> list:
    """Run SQL outside the application (no ORM events), on either engine: an attack or an outside edit.
    ``?`` placeholders; returns the rows of a SELECT."""
    from qms_desktop.storage.rowstate import driver_sql

    db.engine.dispose()
    with db.engine.begin() as conn:
        result = conn.exec_driver_sql(driver_sql(conn, sql), params)
        return [tuple(r) for r in result.fetchall()] if result.returns_rows else []


def logical_digest(db) -> str:
    """SHA-256 of every row of every table (a server database has no file to hash)."""
    import hashlib

    from sqlalchemy import inspect, text

    h = hashlib.sha256()
    with db.engine.connect() as conn:
        for name in sorted(inspect(conn).get_table_names()):
            rows = conn.execute(text(f'SELECT * FROM "{name}"')).fetchall()
            for r in sorted(repr(tuple(r)) for r in rows):
                h.update(f"{name}:{r}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()
