"""Kill a writing process at random moments and check that nothing committed is lost.

Usage: python tests/reliability/crash_harness.py [RUNS] [--seed N] [--phases write,init,migration|all]
Phase "write": each run starts a writer on the same database; the writer prints "ack <n>" after
each commit; the harness kills it with SIGKILL after a random delay, then checks PRAGMA
integrity_check, the hash chain of the change history, and that every acknowledged record is
present (and at most one unacknowledged one, the commit that raced the kill).
Phase "init": `qms init` killed at a random moment: the file opens and is either untouched
(no profile, no account) or fully set up (profile + a leader who can log in) — never a profile
without an account; an acknowledged init (exit 0) is always complete.
Phase "migration": opening a database of schema 0001 (the upgrade with its pre-migration copy)
killed at a random moment: the file opens, is at 0001 or at head with nothing in between and
no record lost, and at most one pre-migration copy of 0001 exists.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

WRITER = r"""
import datetime as dt, sys
from qms_desktop.storage.db import Database
from qms_desktop.services.context import AppContext, SYSTEM
from qms_desktop.services import records, ncs
db = Database.open(sys.argv[1])
ctx = AppContext(db, SYSTEM, clock=lambda: dt.date(2026, 11, 23))
n = int(sys.argv[2])
print("ready", flush=True)
while True:
    n += 1
    records.create(ctx, "training", {"date": dt.date(2026, 1, 1), "kind": "training",
                                     "content": f"Tập huấn lần {n} — quy trình ISO 9001:2015"})
    if n % 3 == 0:
        ncs.open_nc(ctx, description=f"Sự không phù hợp {n}", detected_date=dt.date(2026, 2, 1))
    print(f"ack {n}", flush=True)
"""


@dataclass
class Result:
    runs: int = 0
    kills: int = 0
    acked: int = 0
    lost: int = 0
    integrity_failures: int = 0
    chain_failures: int = 0
    nc_gaps: int = 0
    errors: list[str] = field(default_factory=list)


def _check(db: Path) -> tuple[bool, bool, set[int], list[int]]:
    from qms_desktop.services.history import verify_chain
    from qms_desktop.storage.db import Database

    with sqlite3.connect(db) as c:
        ok = c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        contents = [r[0] for r in c.execute("SELECT content FROM training")]
        seqs = sorted(r[0] for r in c.execute("SELECT seq FROM nonconformity WHERE year = 2026"))
    numbers = {int(x.split()[3]) for x in contents}
    database = Database.open(db, migrate=False)
    with database.session() as s:
        chain = verify_chain(s).ok
    database.close()
    return ok, chain, numbers, seqs


def run(runs: int, seed: int, workdir: Path) -> Result:
    from qms_desktop.storage.db import Database

    rng = random.Random(seed)
    db = workdir / "crash.sqlite"
    Database.open(db).close()
    res = Result()
    acked_max = 0
    for _ in range(runs):
        res.runs += 1
        p = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(acked_max)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
        p.stdout.readline()  # "ready": imported and opened (slow on a busy machine), now it writes
        time.sleep(rng.uniform(0.1, 2.0))
        p.send_signal(signal.SIGKILL)
        res.kills += 1
        out, err = p.communicate()
        acks = [int(line.split()[1]) for line in out.splitlines() if line.startswith("ack ")]
        if acks:
            acked_max = acks[-1]
        ok, chain, numbers, seqs = _check(db)
        res.integrity_failures += not ok
        res.chain_failures += not chain
        res.lost += len(set(range(1, acked_max + 1)) - numbers)
        if seqs != list(range(1, len(seqs) + 1)):
            res.nc_gaps += 1
        if numbers and max(numbers) > acked_max + 1:
            res.errors.append(f"more than one unacknowledged record: {max(numbers)} > {acked_max}+1")
        acked_max = max([acked_max, *numbers])  # the racing commit, if it landed, is committed too
    res.acked = acked_max
    return res


# ---------------------------------------------------------------- phase "init"
INIT = r"""
import sys
from qms_desktop.cli import main
import qms_desktop.cli_i18n, qms_desktop.services.agency, qms_desktop.services.users, qms_desktop.storage.db
print("start", flush=True)
code = main(sys.argv[1:])
print(f"exit {code}", flush=True)
"""
INIT_USER, INIT_PASSWORD = "lanhdao", "Mat-khau-2026!"


@dataclass
class SetupResult:
    runs: int = 0
    kills: int = 0
    acked: int = 0  # completed operations (init exit 0 / migrations done)
    lost: int = 0  # acknowledged but not there afterwards
    unopenable: int = 0
    half_done: int = 0  # a profile without an account / a schema between two revisions
    extra_copies: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.lost or self.unopenable or self.half_done or self.extra_copies or self.errors)


def _child(script: str, args: list[str], env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def _duration(script: str, args: list[str], env: dict) -> float:
    """How long the operation takes here, from the child's 'start' to its end (unkilled)."""
    p = _child(script, args, env)
    assert p.stdout.readline().strip() == "start"
    t0 = time.monotonic()
    out, err = p.communicate(timeout=600)
    assert p.returncode == 0, err
    return time.monotonic() - t0


def _kill_at_random(script: str, args: list[str], env: dict, delay: float) -> tuple[str, str, int]:
    p = _child(script, args, env)
    p.stdout.readline()  # "start": the interpreter is up, the operation begins
    time.sleep(delay)
    p.send_signal(signal.SIGKILL)
    out, err = p.communicate()
    return out, err, p.returncode


def run_init(runs: int, seed: int, workdir: Path) -> SetupResult:
    import sqlite3 as sq

    from qms_desktop.services.users import authenticate
    from qms_desktop.storage.db import Database

    rng = random.Random(seed)
    env = dict(os.environ, QMS_USER=INIT_USER, QMS_PASSWORD=INIT_PASSWORD, QMS_DATA_DIR=str(workdir / "data"))
    args = lambda p: ["--db", str(p), "init", "--name", "Ủy ban nhân dân xã Tân Phú", "--province", "Lâm Đồng"]  # noqa: E731
    span = _duration(INIT, args(workdir / "calibrate.sqlite"), env)
    res = SetupResult()
    for i in range(runs):
        res.runs += 1
        path = workdir / f"init-{i}.sqlite"
        out, err, code = _kill_at_random(INIT, args(path), env, rng.uniform(0, span * 1.1))
        res.kills += code == -signal.SIGKILL
        acked = "exit 0" in out
        res.acked += acked
        if not path.exists():
            res.lost += acked
            continue
        try:
            db = Database.open(path)
        except Exception as exc:  # noqa: BLE001 - counted, not raised
            res.unopenable += 1
            res.errors.append(f"run {i}: {type(exc).__name__}: {exc}")
            continue
        try:
            with sq.connect(path) as c:
                agencies = c.execute("SELECT count(*) FROM agency").fetchone()[0]
                accounts = c.execute("SELECT count(*) FROM app_user").fetchone()[0]
                res.unopenable += c.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
            if (agencies, accounts) not in ((0, 0), (1, 1)):
                res.half_done += 1
            elif accounts:
                authenticate(db, INIT_USER, INIT_PASSWORD)
            elif acked:
                res.lost += 1
        except Exception as exc:  # noqa: BLE001
            res.errors.append(f"run {i}: {type(exc).__name__}: {exc}")
        finally:
            db.close()
    return res


# ---------------------------------------------------------------- phase "migration"
MIGRATE = r"""
import sys
from pathlib import Path
from qms_desktop.storage.db import Database
print("start", flush=True)
Database.open(sys.argv[1], backup_dir=Path(sys.argv[2])).close()
"""
_0002_INDEXES = {"ix_change_log_at", "ix_nonconformity_status", "ix_attachment_sha256"}


def make_0001(path: Path, rows: int = 20_000) -> dict[str, int]:
    """A database of schema 0001 (the first release) with enough history to take a while."""
    import sqlite3 as sq

    from alembic import command

    from qms_desktop.storage.db import alembic_config, make_engine

    engine = make_engine(path)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    with sq.connect(path) as c:
        c.executemany("INSERT INTO change_log(at, username, action, entity, entity_id, old_values, new_values, "
                      "prev_hash, hash) VALUES ('2026-01-01 00:00:00', 'x', 'create', 'unit', ?, '{}', ?, ?, ?)",
                      [(str(i), "{\"name\": \"Đơn vị %d\"}" % i, "0" * 64, "%064x" % i) for i in range(rows)])
        c.execute("INSERT INTO setting(key, value) VALUES ('language', 'vi')")
    return _counts(path)


def _counts(path: Path) -> dict[str, int]:
    import sqlite3 as sq

    with sq.connect(path) as c:
        return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("change_log", "setting")}  # noqa: S608


def run_migration(runs: int, seed: int, workdir: Path) -> SetupResult:
    import shutil
    import sqlite3 as sq

    from qms_desktop.storage.db import Database, head_revision

    rng = random.Random(seed)
    template = workdir / "v0001.sqlite"
    expected = make_0001(template)
    path, copies = workdir / "old.sqlite", workdir / "copies"
    env = dict(os.environ, QMS_DATA_DIR=str(workdir / "data"))
    shutil.copy(template, path)
    span = _duration(MIGRATE, [str(path), str(workdir / "calibrate")], env)
    shutil.copy(template, path)
    res = SetupResult()
    head = head_revision()
    for i in range(runs):
        res.runs += 1
        out, err, code = _kill_at_random(MIGRATE, [str(path), str(copies)], env, rng.uniform(0, span * 1.1))
        res.kills += code == -signal.SIGKILL
        try:
            db = Database.open(path, migrate=False)
            current = db.schema().current
            db.close()
            with sq.connect(path) as c:
                res.unopenable += c.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
                made = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='index'")} & _0002_INDEXES
        except Exception as exc:  # noqa: BLE001
            res.unopenable += 1
            res.errors.append(f"run {i}: {type(exc).__name__}: {exc}")
            shutil.copy(template, path)
            continue
        if (current, made) not in (("0001", set()), (head, _0002_INDEXES)):
            res.half_done += 1
        try:  # a real start on a copy of the file: it opens (upgrading if needed)
            scratch = workdir / "scratch.sqlite"
            shutil.copy(path, scratch)
            Database.open(scratch, backup_dir=workdir / "scratch-copies").close()
        except Exception as exc:  # noqa: BLE001
            res.unopenable += 1
            res.errors.append(f"run {i}: a start fails: {type(exc).__name__}: {exc}")
        res.lost += _counts(path) != expected
        done = sorted(copies.glob("old-before-migration-0001-*.sqlite")) if copies.exists() else []
        res.extra_copies += len(done) > 1
        if current == head:
            res.acked += 1
            shutil.copy(template, path)  # again from the old version
    try:  # a last, unkilled start: upgrades, one copy, no partial copy left
        Database.open(path, backup_dir=copies).close()
        leftovers = [p.name for p in copies.iterdir() if not p.name.endswith(".sqlite")]
        if len(list(copies.glob("old-before-migration-0001-*.sqlite"))) != 1 or leftovers:
            res.errors.append(f"copies after the last start: {sorted(p.name for p in copies.iterdir())}")
    except Exception as exc:  # noqa: BLE001
        res.unopenable += 1
        res.errors.append(f"last start: {type(exc).__name__}: {exc}")
    return res


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", type=int, nargs="?", default=200)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--phases", "--phase", default="write", help="comma-separated: write, init, migration; or all")
    a = ap.parse_args()
    known = ("write", "init", "migration")
    phases = known if a.phases == "all" else tuple(p.strip() for p in a.phases.split(","))
    if any(p not in known for p in phases):
        ap.error(f"unknown phase in {a.phases!r}; known: {', '.join(known)}")
    failed = False
    for phase in phases:
        start = time.time()
        with tempfile.TemporaryDirectory() as d:
            if phase == "write":
                r = run(a.runs, a.seed, Path(d))
                print(f"phase=write runs={r.runs} kills={r.kills} records_committed={r.acked} lost={r.lost} "
                      f"integrity_failures={r.integrity_failures} chain_failures={r.chain_failures} "
                      f"nc_number_gaps={r.nc_gaps} errors={len(r.errors)} seconds={time.time() - start:.0f}")
                failed |= bool(r.lost or r.integrity_failures or r.chain_failures or r.nc_gaps or r.errors)
                continue
            s = (run_init if phase == "init" else run_migration)(a.runs, a.seed, Path(d))
            print(f"phase={phase} runs={s.runs} kills={s.kills} completed={s.acked} lost={s.lost} "
                  f"unopenable={s.unopenable} half_done={s.half_done} extra_copies={s.extra_copies} "
                  f"errors={len(s.errors)} seconds={time.time() - start:.0f}")
            for e in s.errors[:5]:
                print("  ", e)
            failed |= not s.ok
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
