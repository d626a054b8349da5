"""The forked `qms` runs (tests/qms_process.py) behave as fresh interpreters do: same exit codes and output,
their own environment, and a run that hangs is killed at its timeout."""

import os
import subprocess
import sys

import pytest
from qms_process import run_qms

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX")


def fresh(argv, env, stdin=subprocess.DEVNULL):
    return subprocess.run([sys.executable, "-m", "qms_desktop.cli", *argv], capture_output=True, text=True, env=env,
                          stdin=stdin, timeout=120)


def test_forked_runs_match_fresh_interpreters(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QMS_")}
    db = tmp_path / "a.sqlite"
    cases = [["--version"], ["frobnicate"], ["--lang", "en", "--db", str(db), "list", "procedures"],
             ["--db", str(db), "list", "everything"]]
    for argv in cases:
        a, b = run_qms(argv, env=env), fresh(argv, env)
        assert (a.returncode, a.stdout, a.stderr) == (b.returncode, b.stdout, b.stderr), argv
    assert {run_qms(c, env=env).returncode for c in cases} == {0, 1, 2}


def test_each_run_has_its_own_environment(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QMS_")}
    db = tmp_path / "b.sqlite"
    init = ["--db", str(db), "init", "--name", "Ủy ban nhân dân xã A", "--province", "Tỉnh B"]
    r = run_qms(init, env=env)  # no account given and no terminal: refused
    assert r.returncode == 1 and not db.exists()
    r = run_qms(init, env={**env, "QMS_USER": "thuky", "QMS_PASSWORD": "Mat-khau-2026!"})
    assert r.returncode == 0, r.stderr
    r = run_qms(["--lang", "en", "--db", str(db), "list", "procedures"], env=env)  # the account was not kept
    assert r.returncode == 1 and "QMS_USER" in r.stderr


def test_a_run_past_its_timeout_is_killed():
    env = {k: v for k, v in os.environ.items() if not k.startswith("QMS_")}
    with pytest.raises(subprocess.TimeoutExpired):
        run_qms(["--help"], env=env, timeout=0.001)
    assert run_qms(["--version"], env=env).returncode == 0  # the helper still serves the next run
