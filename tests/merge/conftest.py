"""Former communes and new communes built once per session; each test merges copies of the files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from communes import DA_LAY, PHU_LAM, build_commune, build_new_commune


def _checkpoint_close(db) -> None:
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


@pytest.fixture(scope="session")
def former_templates(tmp_path_factory) -> dict[str, Path]:
    """xã Phú Lâm and xã Đạ Lây, as their own PCs left them on 30/06/2025."""
    from qms_desktop.storage.db import Database

    folder = tmp_path_factory.mktemp("former")
    out = {}
    for key, spec in (("phu_lam", PHU_LAM), ("da_lay", DA_LAY)):
        path = folder / f"{key}.sqlite"
        db = Database.open(path)
        build_commune(db, spec)
        _checkpoint_close(db)
        out[key] = path
    return out


@pytest.fixture(scope="session")
def new_commune_template(tmp_path_factory) -> Path:
    from qms_desktop.storage.db import Database

    path = tmp_path_factory.mktemp("new") / "tan_ha.sqlite"
    db = Database.open(path)
    build_new_commune(db)
    _checkpoint_close(db)
    return path


@pytest.fixture
def files(tmp_path, former_templates, demo_template, new_commune_template) -> dict[str, Path]:
    """Fresh copies: the former communes (tan_phu is the demo commune), and the new commune 'new'."""
    out = {}
    for key, src in (("phu_lam", former_templates["phu_lam"]), ("da_lay", former_templates["da_lay"]),
                     ("tan_phu", demo_template), ("new", new_commune_template)):
        out[key] = tmp_path / f"{key}.sqlite"
        shutil.copy(src, out[key])
    return out

