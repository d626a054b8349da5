"""Fixtures of the receiving-office tests: a small province built once per session, copied per test."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from province import (  # noqa: E402
    OFFICE_TODAY, Sent, build_demo_commune, build_office, build_small_commune, copy_db, write_register,
)


@dataclass
class Province:
    office_template: Path
    register: Path
    sent: dict[str, Sent]  # "TP", "BL", "DH"
    small_template: Path
    work: Path


@pytest.fixture(scope="session")
def province(tmp_path_factory, demo_template) -> Province:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
    from report_helpers import build

    work = tmp_path_factory.mktemp("province")
    small = work / "small.sqlite"
    build(small)
    sent = {"TP": build_demo_commune(demo_template, work),
            "BL": build_small_commune(small, work, "BL"),
            "DH": build_small_commune(small, work, "DH")}
    register = write_register(work / "DanhSachDonVi.xlsx")
    office = build_office(work / "office.sqlite", register)
    return Province(office, register, sent, small, work)


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


def trust_all(ctx, province) -> None:
    from qms_desktop.services import receiving as rx

    for s in province.sent.values():
        rx.trust_key(ctx, s.code, s.fingerprint, note="test")
