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


def open_commune(template: tuple[Path, dict], folder: Path) -> Commune:
    """A copy of the template commune in ``folder``, open, with its leader, secretary and viewer."""
    src, ids = template
    db = Database.open(backup_copy(src, folder / "qms.sqlite"))
    return Commune(db, AppContext(db, Actor("chutich", "leader", "Nguyễn Văn An"), lambda: REPORT_DAY),
                   AppContext(db, Actor("thuky", "secretary", "Lê Thị Cúc"), lambda: REPORT_DAY),
                   AppContext(db, Actor("xem", "viewer", "Phạm Văn Dũng"), lambda: REPORT_DAY), ids)


@pytest.fixture
def commune(_template, tmp_path, monkeypatch) -> Commune:
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    commune = open_commune(_template, tmp_path)
    yield commune
    commune.db.close()


@pytest.fixture(scope="session")
def package_once(_template, tmp_path_factory):
    """(report row, export result) of the six-month report finalised and exported once per session, for the
    tests that only read its package (an altered package is written to a file of the test's own)."""
    from report_helpers import finalize

    from qms_desktop.services import reports

    work = tmp_path_factory.mktemp("exported")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QMS_DATA_DIR", str(work / "data"))
        commune = open_commune(_template, work)
        try:
            row = reports.create_report(commune.secretary, period="2026-H1")
            finalize(commune, row.id, date="20/06/2026")
            (work / "usb").mkdir()
            return row, reports.export_report(commune.secretary, row.id, work / "usb")
        finally:
            commune.db.close()


