"""The kind of agency and its name agree (QA 9a/10: `--kind xa` with "Ủy ban nhân dân phường Đà Lạt" was accepted
without a word, so the report's headings and the receiving office's register would disagree)."""

from __future__ import annotations

import json
import os
import subprocess

from qms_process import run_qms

from qms_desktop.services import agency

WARD = "Ủy ban nhân dân phường Đà Lạt"


def qms(*args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QMS_") or k == "QMS_DATA_DIR"}
    env.update(QMS_USER="chutich", QMS_PASSWORD="Mat-khau-2026!")
    return run_qms(list(args), env=env, stdin=subprocess.DEVNULL, timeout=120)


def test_the_kind_is_read_from_the_name_unless_given(tmp_path):
    db = tmp_path / "phuong.sqlite"
    r = qms("--db", db, "init", "--name", WARD, "--province", "Lâm Đồng")
    assert r.returncode == 0, r.stderr
    from qms_desktop.services.context import SYSTEM, AppContext
    from qms_desktop.storage.db import Database

    opened = Database.open(db)
    try:
        assert agency.get_profile(AppContext(opened, SYSTEM)).kind == "phuong"
    finally:
        opened.close()


def test_a_kind_the_name_contradicts_is_refused_and_nothing_is_created(tmp_path):
    db = tmp_path / "sai.sqlite"
    r = qms("--db", db, "init", "--name", WARD, "--province", "Lâm Đồng", "--kind", "xa")
    assert r.returncode == 1 and r.stderr.count("\n") == 1, r.stderr
    assert "Tên cơ quan ghi là Phường, nhưng loại hình đã chọn là Xã" in r.stderr
    assert not db.exists()
    r = qms("--db", db, "--lang", "en", "init", "--name", "UBND xã Tân Phú", "--province", "Lâm Đồng", "--kind", "phuong")
    assert r.returncode == 1 and "The name says Commune, but the kind chosen is Ward" in r.stderr


def test_names_that_say_no_kind_keep_the_kind_chosen():
    assert agency.kind_named_in("Ủy ban nhân dân thị trấn Liên Nghĩa") is None
    assert agency.kind_named_in("Uỷ ban nhân dân Đặc khu Phú Quý") == "dac-khu"
    assert agency.kind_named_in("UBND PHƯỜNG 1") == "phuong"
    profile = agency.validate_profile(agency.AgencyProfile(full_name="Ủy ban nhân dân thị trấn Liên Nghĩa",
                                                           province="Lâm Đồng", kind="xa"))
    assert profile["kind"] == "xa"
    assert json.dumps(profile, ensure_ascii=False)  # plain values
