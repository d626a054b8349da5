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


def _open_office(target, tmp_path, monkeypatch):
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.storage.db import Database

    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    db = Database.open(target)
    yield AppContext(db, Actor("vanthu", "leader", ""), lambda: OFFICE_TODAY)
    db.close()


@pytest.fixture
def office(office_target, tmp_path, monkeypatch):
    """A copy of the office database, open, with a context as its first account (a leader), on 01/07/2026."""
    yield from _open_office(office_target, tmp_path, monkeypatch)


@pytest.fixture(scope="session")
def inspected(province, tmp_path_factory):
    """The office with twelve units' packages received (inspect_helpers), built once: (file, generated keys)."""
    from inspect_helpers import inspected_template

    return inspected_template(tmp_path_factory, province)


@pytest.fixture(scope="session")
def pg_inspected_template(pg_server, inspected):
    import os

    from engine_helpers import pg_template_from

    name = pg_template_from(pg_server, f"qms_tpl{os.getpid()}_inspected", inspected[0])
    yield name
    pg_server.drop(name)


@pytest.fixture
def inspected_office(engine_name, inspected, tmp_path, monkeypatch, request):
    """``office`` with the twelve units' packages received (inspect_helpers.build_demo_province); ``.keys``: the
    generated units' keys."""
    if engine_name == "postgresql":
        target = request.getfixturevalue("fresh_pg")(request.getfixturevalue("pg_inspected_template"))
    else:
        target = copy_db(inspected[0], tmp_path / "office.sqlite")
    for ctx in _open_office(target, tmp_path, monkeypatch):
        ctx.keys = inspected[1]
        yield ctx
