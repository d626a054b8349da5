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


@pytest.fixture
def office(province, tmp_path, monkeypatch):
    """A copy of the office database, open, with a context as its first account (a leader), on 01/07/2026."""
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.storage.db import Database

    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    path = copy_db(province.office_template, tmp_path / "office.sqlite")
    db = Database.open(path)
    ctx = AppContext(db, Actor("vanthu", "leader", ""), lambda: OFFICE_TODAY)
    yield ctx
    db.close()
