"""A short run of the kill -9 harness in every test run (the 200-run figures are in docs/reliability.md), with
shorter waits before the kill than the harness's own runs: a commit takes milliseconds and a restore of this
small file well under a second, so a kill still lands anywhere in them."""

import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from crash_harness import run


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_minus_9_loses_nothing_committed(tmp_path):
    r = run(6, seed=7, workdir=tmp_path, delays=(0.8, 1.2))
    assert r.kills == 6 and r.acked > 0
    assert (r.lost, r.integrity_failures, r.chain_failures, r.row_failures, r.nc_gaps, r.errors) == (0, 0, 0, 0, 0, [])


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_minus_9_during_backups_and_restores(tmp_path):
    r = run(4, seed=11, workdir=tmp_path, phases=("backup", "restore"), delays=(0.8, 1.2))
    assert r.phases == {"backup": 2, "restore": 2} and r.kills == 8 and r.acked > 0
    assert r.ok, r
    assert r.backups_acked > 0  # backups were written (and verified) while the writer wrote


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_minus_9_during_init_leaves_no_half_set_up(tmp_path):
    from crash_harness import run_init

    r = run_init(3, seed=7, workdir=tmp_path)
    assert r.kills >= 1 and r.ok, r


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_minus_9_during_migration_leaves_a_file_that_opens(tmp_path):
    from crash_harness import run_migration

    r = run_migration(3, seed=7, workdir=tmp_path)
    assert r.kills >= 1 and r.ok, r
