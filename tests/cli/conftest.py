"""Fixtures of the command-line tests: a file `qms init` set up, copied per test."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import qms


def _init(db) -> None:
    r = qms("--db", str(db), "init", "--name", "Ủy ban nhân dân xã Tân Phú", "--province", "Tỉnh Lâm Đồng")
    assert r.returncode == 0, r.stderr


@pytest.fixture(scope="session")
def inited_file(tmp_path_factory) -> Path:
    """A file `qms init` set up, once per session (a real `qms` process); the SQLite tests get copies of it."""
    path = tmp_path_factory.mktemp("inited") / "a.sqlite"
    _init(path)
    return path


@pytest.fixture
def inited(engine_name, db_target, request):
    """A new database (a file, or a server database with --engine=postgresql), set up with its first account."""
    if engine_name == "postgresql":
        _init(db_target)
    else:
        from qms_desktop.storage.db import backup_copy

        backup_copy(request.getfixturevalue("inited_file"), db_target)
    return db_target
