"""Fixtures of the receiving-office tests: a small province built once per session, copied per test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from province import OFFICE_TODAY, Province, copy_db, session_province


@pytest.fixture(scope="session")
def province(tmp_path_factory, demo_template) -> Province:
    return session_province(tmp_path_factory, demo_template)


@pytest.fixture(scope="session")
def pg_office_template(pg_server, province):
    import os

    from engine_helpers import pg_template_from

    name = pg_template_from(pg_server, f"qms_tpl{os.getpid()}_office", province.office_template)
    yield name
    pg_server.drop(name)


@pytest.fixture
def office_target(engine_name, province, tmp_path, request):
    """Where the test's copy of the office database is: a file, or a fresh server database (--engine=postgresql)."""
    if engine_name == "postgresql":
        return request.getfixturevalue("fresh_pg")(request.getfixturevalue("pg_office_template"))
    return copy_db(province.office_template, tmp_path / "office.sqlite")


@pytest.fixture
def office(office_target, tmp_path, monkeypatch):
    """A copy of the office database, open, with a context as its first account (a leader), on 01/07/2026."""
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.storage.db import Database

    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    db = Database.open(office_target)
    ctx = AppContext(db, Actor("vanthu", "leader", ""), lambda: OFFICE_TODAY)
    yield ctx
    db.close()
