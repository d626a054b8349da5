"""kill -9 in the middle of `qms demo`: nothing half-built is left at the database's path (QA 51 F8: a build
killed after a few seconds left a commune of 65 or 449 history entries that `qms check` called healthy, and
`qms demo` then refused to run again)."""

from __future__ import annotations

import sys

import pytest
from attack_helpers import kill_when_it_says

from qms_desktop.services import demo
from qms_desktop.storage.db import Database

# `qms demo` on argv[1], paused (for the kill) once the accounts and the first days are written.
PAUSED_DEMO = r"""
import sys, time
from qms_desktop.services.demo import script

real = script._Demo.create_accounts

def create_accounts(self, accounts):
    real(self, accounts)
    print("half-built", flush=True)
    time.sleep(600)

script._Demo.create_accounts = create_accounts
from qms_desktop import cli
sys.exit(cli.main(["--db", sys.argv[1], "demo"]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_demo_killed_half_way_leaves_nothing_at_the_path_and_runs_again(tmp_path, monkeypatch):
    from qms_desktop.services import agency
    from qms_desktop.services.context import SYSTEM, AppContext
    from qms_desktop.services.demo import script

    target = tmp_path / "demo.sqlite"
    kill_when_it_says(PAUSED_DEMO, str(target), marker="half-built")
    assert not target.exists()  # the half-built commune is beside it, under another name
    assert (tmp_path / "demo.creating.sqlite").exists()

    def commune(db, **_kw):  # the commune's first record only: the demo's own content is tests/services/test_demo.py's
        agency.save_profile(AppContext(db, SYSTEM), agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú"))
        return {"procedures": 0}

    monkeypatch.setattr(script, "create_demo", commune)
    assert demo.create_demo_file(target) == {"procedures": 0}  # what `qms demo` runs: the leftovers swept first
    assert not any(p.name.startswith("demo.creating") for p in tmp_path.iterdir()), list(tmp_path.iterdir())
    db = Database.open(target)
    try:
        from qms_desktop.services.check import check_database

        assert check_database(db).healthy
    finally:
        db.close()
