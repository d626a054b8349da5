"""Helpers of the attack tests: real `qms` processes, raw sqlite3 access, a set-up database."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
from pathlib import Path
from qms_process import run_qms

PASSWORD = "Mat-khau-2026!"
TODAY = dt.date(2026, 6, 18)
AGENCY = "Ủy ban nhân dân xã Tân Phú"


def env_for(data_dir: Path | None = None, user: str | None = "lanhdao", **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QMS_") or k == "QMS_DATA_DIR"}
    if data_dir is not None:
        env["QMS_DATA_DIR"] = str(data_dir)
    if user:
        env.update(QMS_USER=user, QMS_PASSWORD=PASSWORD)
    env.update(extra)
    return env


def qms(db: Path, *args: str, env: dict | None = None, timeout: int = 180) -> subprocess.CompletedProcess:
    return run_qms(["--lang", "en", "--db", str(db), *args], env=env or env_for(), timeout=timeout)


def no_traceback(r: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in r.stderr and "Error:" not in r.stderr.split("qms:")[0], r.stderr
    assert r.stderr.count("\n") <= 1, r.stderr


def count(path: Path, table: str, where: str = "1") -> int:
    with sqlite3.connect(path) as c:
        return c.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]


def set_up_leader(db, *, full_name: str = "Trần Văn Minh"):
    """Profile and the leader 'lanhdao' (through the services of either version)."""
    from qms_desktop.services import agency, users
    from qms_desktop.services.context import Actor, AppContext

    users.create_first_user(db, username="lanhdao", password=PASSWORD, full_name=full_name)
    leader = AppContext(db, Actor("lanhdao", "leader", full_name), lambda: TODAY)
    agency.save_profile(leader, agency.AgencyProfile(full_name=AGENCY, province="Tỉnh Lâm Đồng", head_name=full_name))
    return leader


def kill_when_it_says(script: str, *args: str, marker: str) -> str:
    """Run ``script`` (python -c) with ``args``, wait for the line starting with ``marker`` it prints where it pauses,
    kill it there with SIGKILL; returns that line."""
    import signal
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("QMS_") or k == "QMS_DATA_DIR"}
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env)
    try:
        line = child.stdout.readline()
        assert line.startswith(marker), (line, child.stderr.read() if child.poll() is not None else "")
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    return line
