"""Fixtures of the report tests: a copy of the template commune database for each test.

The template is built once per session through the services (``report_helpers.build``) and
copied with SQLite's backup API, so every test gets its own real file. QMS_DATA_DIR points into
the test's tmp_path (the installation key is created there).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from report_helpers import REPORT_DAY, Commune, build

from qms_desktop.services.context import Actor, AppContext
from qms_desktop.storage.db import Database, backup_copy


@pytest.fixture(scope="session")
def _template(tmp_path_factory) -> tuple[Path, dict]:
    path = tmp_path_factory.mktemp("template") / "qms.sqlite"
    ids = build(path)
    return path, ids


@pytest.fixture
def commune(_template, tmp_path, monkeypatch) -> Commune:
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    src, ids = _template
    path = backup_copy(src, tmp_path / "qms.sqlite")
    db = Database.open(path)
    commune = Commune(db, AppContext(db, Actor("chutich", "leader", "Nguyễn Văn An"), lambda: REPORT_DAY),
                      AppContext(db, Actor("thuky", "secretary", "Lê Thị Cúc"), lambda: REPORT_DAY),
                      AppContext(db, Actor("xem", "viewer", "Phạm Văn Dũng"), lambda: REPORT_DAY), ids)
    yield commune
    db.close()


