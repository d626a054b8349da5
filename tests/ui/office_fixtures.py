"""Fixtures of the receiving office's screens: the demo province (built once per session) and a UI environment
on a copy of its office database (``env.path``, for tests that edit the file as an attacker would).
Use with ``from office_fixtures import *``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
for folder in ("receiving", "reports"):
    if str(ROOT / "tests" / folder) not in sys.path:
        sys.path.insert(0, str(ROOT / "tests" / folder))

from province import OFFICE_TODAY, copy_db, session_province  # noqa: E402

from qms_desktop.services.context import Actor, AppContext  # noqa: E402
from qms_desktop.storage.db import Database  # noqa: E402

__all__ = ["office_env", "province"]


@pytest.fixture(scope="session")
def province(tmp_path_factory, demo_template):
    return session_province(tmp_path_factory, demo_template)


@pytest.fixture
def office_env(province, tmp_path, monkeypatch):
    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.pages.base import UiEnv
    from qms_desktop.ui.runner import SynchronousRunner

    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    path = copy_db(province.office_template, tmp_path / "office.sqlite")
    db = Database.open(path)
    env = UiEnv(AppContext(db, Actor("vanthu", "leader", "Lê Văn Thư"), lambda: OFFICE_TODAY), SynchronousRunner(),
                AppEvents())
    env.path = path
    yield env
    db.close()
