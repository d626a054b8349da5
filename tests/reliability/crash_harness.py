"""Kill a writing process at random moments and check that nothing committed is lost.

Usage: python tests/reliability/crash_harness.py [RUNS] [--seed N] [--phases write,backup,restore,init,migration]

The runs go through the phases in turn:

- ``write``: a writer on the database prints "ack <n>" after each commit and is killed with
  SIGKILL after a random delay;
- ``backup``: the writer and a process taking backups (``backup_to``, printing "ack backup
  <path>" after each) run together and are both killed;
- ``restore``: the writer is killed (leaving committed pages in the WAL), then a process restoring
  a backup made earlier in the run (``backup.restore``, printing "ack restore") is killed.

After every kill the harness checks the database: PRAGMA integrity_check, it opens, the hash
chain of the change history and every row against its history (storage/integrity.py), that every
acknowledged record is present (and at most one unacknowledged one, the commit that raced the
kill), NC numbers gapless. After a backup phase every backup under its final name must open and
verify and every acknowledged one must exist; after a restore phase the database is either the one
before (all its acknowledged writes present) or exactly the backup (and must be, if acknowledged).
- ``init``: `qms init` killed at a random moment: the file opens and is either untouched
  (no profile, no account) or fully set up (profile + a leader who can log in) — never a profile
  without an account; an acknowledged init (exit 0) is always complete;
- ``migration``: opening a database of schema 0001 (the upgrade with its pre-migration copy)
  killed at a random moment: the file opens, is at 0001 or at head with nothing in between and
  no record lost, and at most one pre-migration copy of 0001 exists.
"""

from __future__ import annotations

import argparse
import contextlib
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

PHASES = ("write", "backup", "restore")

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

BACKUPPER = r"""
import sys
from pathlib import Path
from qms_desktop.storage.db import Database
from qms_desktop.services import backup
db = Database.open(sys.argv[1], migrate=False)
print("ready", flush=True)
i = 0
while True:
    i += 1
    print(f"ack backup {backup.backup_to(db, Path(sys.argv[2]))}", flush=True)
"""

RESTORER = r"""
import sys
from pathlib import Path
from qms_desktop.services import backup
from qms_desktop.services.context import SYSTEM
print("ready", flush=True)
backup.restore(Path(sys.argv[1]), Path(sys.argv[2]), actor=SYSTEM, safety_folder=Path(sys.argv[3]))
print("ack restore", flush=True)
"""


@dataclass
class Result:
    runs: int = 0
    kills: int = 0
    acked: int = 0
    lost: int = 0
    integrity_failures: int = 0
    chain_failures: int = 0
    row_failures: int = 0
    unopenable: int = 0  # database or backup files that cannot be opened
    nc_gaps: int = 0
    backups_acked: int = 0
    backups_lost: int = 0
    restores: int = 0  # kills that ended with the backup restored
    restores_acked: int = 0
    restores_lost: int = 0  # acknowledged restores not in effect
    phases: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.lost or self.integrity_failures or self.chain_failures or self.row_failures or self.unopenable
                    or self.nc_gaps or self.backups_lost or self.restores_lost or self.errors)


def _spawn(script: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _start(script: str, *args: str) -> subprocess.Popen:
    return _ready(_spawn(script, *args))


def _ready(p: subprocess.Popen) -> subprocess.Popen:
    line = p.stdout.readline()  # imports done, the file open: the random delay starts now
    if line.strip() != "ready":
        p.kill()
        out, err = p.communicate()
        raise RuntimeError(f"process did not start: {line}{out}{err[-2000:]}")
    return p


def _kill(p: subprocess.Popen) -> list[str]:
    if p.poll() is None:
        p.send_signal(signal.SIGKILL)
    out, _err = p.communicate()
    return out.splitlines()


def _check(db: Path) -> tuple[bool, bool, bool, set[int], list[int], tuple[int, str]]:
    """(integrity ok, chain ok, rows ok, training numbers, NC seqs, head); raises if it cannot be opened."""
    from qms_desktop.storage import integrity
    from qms_desktop.storage.db import Database

    with sqlite3.connect(db) as c:
        ok = c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        contents = [r[0] for r in c.execute("SELECT content FROM training")]
        seqs = sorted(r[0] for r in c.execute("SELECT seq FROM nonconformity WHERE year = 2026"))
    numbers = {int(x.split()[3]) for x in contents}
    database = Database.open(db, migrate=False)  # what the application does next: it must open
    with database.engine.connect() as conn:
        result = integrity.verify(conn)
    database.close()
    return ok, result.chain_ok, not result.problems, numbers, seqs, result.head


def _check_backups(folder: Path, acked: list[str], res: Result) -> None:
    from qms_desktop.services import backup
    from qms_desktop.storage import integrity, readonly

    res.backups_acked += len(acked)
    for name in acked:
        if not Path(name).exists():
            res.backups_lost += 1
    for path in folder.glob("qms-*.sqlite"):  # every file under a backup's name, acknowledged or not
        info = backup.inspect_backup(path)
        # Killed between its two renames, a backup has no metadata yet (tests/reliability/test_backup_kill.py):
        # never one that was acknowledged.
        if not info.valid or info.metadata != "ok" and (info.metadata != "none" or str(path) in acked):
            res.unopenable += 1
            res.errors.append(f"backup {path.name}: valid={info.valid} metadata={info.metadata}")
            continue
        with readonly.connect(path, immutable=True) as c:
            if not integrity.verify(c).ok:
                res.unopenable += 1
                res.errors.append(f"backup {path.name} does not verify")


def run(runs: int, seed: int, workdir: Path, phases: tuple[str, ...] = ("write",),
        delays: tuple[float, float] = (1.5, 2.5)) -> Result:
    """``delays``: the longest wait before killing the writer, and the restoring process (seconds)."""
    from qms_desktop.services import backup
    from qms_desktop.storage.db import Database

    rng = random.Random(seed)
    db = workdir / "crash.sqlite"
    backups = workdir / "backups"
    safety = workdir / "safety"
    backups.mkdir(exist_ok=True)
    Database.open(db).close()
    res = Result()
    acked_max = 0
    for i in range(runs):
        phase = phases[i % len(phases)]
        res.runs += 1
        res.phases[phase] = res.phases.get(phase, 0) + 1
        restored_from = None
        acked_backups: list[str] = []
        if phase == "restore":
            source = Database.open(db, migrate=False)
            made = backup.backup_to(source, backups)
            source.close()
            with contextlib.closing(sqlite3.connect(made)) as c:
                backup_numbers = {int(r[0].split()[3]) for r in c.execute("SELECT content FROM training")}
            restored_from = (made, backup_numbers)
        # Both start at once (their imports take most of a second each); the delay runs once both are ready.
        writer = _spawn(WRITER, str(db), str(acked_max))
        other = _spawn(BACKUPPER, str(db), str(backups)) if phase == "backup" else None
        _ready(writer)
        first_backup: list[str] = []
        if other is not None:
            _ready(other)
            # One backup written while the writer writes, then the kill lands anywhere in the next ones: a short
            # random delay could otherwise end every backup phase of a run before its first backup (flaky).
            first_backup = [other.stdout.readline().strip()]
        time.sleep(rng.uniform(0.05, delays[0]))
        lines = _kill(writer)
        res.kills += 1
        if other is not None:
            acked_backups = [line.split(" ", 2)[2] for line in first_backup + _kill(other)
                             if line.startswith("ack backup ")]
            res.kills += 1
        acks = [int(line.split()[1]) for line in lines if line.startswith("ack ")]
        if acks:
            acked_max = acks[-1]
        restore_acked = False
        if phase == "restore":
            restorer = _start(RESTORER, str(db), str(restored_from[0]), str(safety))
            time.sleep(rng.uniform(0.0, delays[1]))
            restore_acked = any(line == "ack restore" for line in _kill(restorer))
            res.kills += 1
            res.restores_acked += restore_acked
        try:
            ok, chain, rows, numbers, seqs, _head = _check(db)
        except Exception as exc:  # noqa: BLE001 - a database that cannot be opened is the failure counted
            res.unopenable += 1
            res.errors.append(f"run {i} ({phase}): the database cannot be opened: {exc!r}")
            if os.environ.get("QMS_CRASH_KEEP"):  # keep the evidence for a post-mortem
                import shutil
                shutil.copytree(workdir, os.environ["QMS_CRASH_KEEP"], dirs_exist_ok=True)
            break
        res.integrity_failures += not ok
        res.chain_failures += not chain
        res.row_failures += not rows
        if seqs != list(range(1, len(seqs) + 1)):
            res.nc_gaps += 1
        if phase == "restore" and numbers == restored_from[1]:
            res.restores += 1  # the backup is in effect: what was written after it is gone by design
            acked_max = max(numbers, default=0)
        else:
            if restore_acked:
                res.restores_lost += 1
            res.lost += len(set(range(1, acked_max + 1)) - numbers)
            if numbers and max(numbers) > acked_max + 1:
                res.errors.append(f"more than one unacknowledged record: {max(numbers)} > {acked_max}+1")
            acked_max = max([acked_max, *numbers])  # the racing commit, if it landed, is committed too
        if phase == "backup":
            _check_backups(backups, acked_backups, res)
    res.acked = acked_max
    return res


# ---------------------------------------------------------------- phase "init"
INIT = r"""
import sys
from qms_desktop.cli import main
import qms_desktop.cli.i18n, qms_desktop.services.agency, qms_desktop.services.users, qms_desktop.storage.db
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
            with contextlib.closing(sq.connect(path)) as c:
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
        # the upgrade adds one "baseline" history entry per row (w_hist): those are not records lost or gained
        return {"change_log": c.execute("SELECT count(*) FROM change_log WHERE action != 'baseline'").fetchone()[0],
                "setting": c.execute("SELECT count(*) FROM setting").fetchone()[0]}


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
            # closed here, not when the name is next rebound: a connection kept open across the next kill keeps the
            # WAL from being checkpointed and removed, and the copies below would take the main file without it
            with contextlib.closing(sq.connect(path)) as c:
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
        # a start writes its copy, then removes the older ones: killed in between, it leaves the previous
        # copy beside its own (both complete), which the next start removes — never a third one; the last,
        # unkilled start below must leave exactly one
        res.extra_copies += len(done) > 2
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
    ap.add_argument("--phases", "--phase", default=",".join(PHASES) + ",init,migration",
                    help="comma-separated: write, backup, restore (run together), init, migration")
    a = ap.parse_args()
    phases = (*PHASES, "init", "migration") if a.phases == "all" else tuple(p for p in a.phases.split(",") if p)
    if not phases or any(p not in (*PHASES, "init", "migration") for p in phases):
        ap.error(f"phases are {', '.join(PHASES)}, init, migration")
    failed = False
    mixed = tuple(p for p in phases if p in PHASES)
    if mixed:
        start = time.time()
        with tempfile.TemporaryDirectory() as d:
            r = run(a.runs, a.seed, Path(d), mixed)
        print(f"runs={r.runs} phases={r.phases} kills={r.kills} records_committed={r.acked} lost={r.lost} "
              f"integrity_failures={r.integrity_failures} chain_failures={r.chain_failures} row_failures={r.row_failures} "
              f"unopenable={r.unopenable} nc_number_gaps={r.nc_gaps} backups_acked={r.backups_acked} "
              f"backups_lost={r.backups_lost} restores_done={r.restores} restores_acked={r.restores_acked} "
              f"restores_lost={r.restores_lost} errors={len(r.errors)} seconds={time.time() - start:.0f}")
        for e in r.errors[:20]:
            print("  ", e)
        failed |= not r.ok
    for phase in (p for p in phases if p in ("init", "migration")):
        start = time.time()
        with tempfile.TemporaryDirectory() as d:
            s = (run_init if phase == "init" else run_migration)(a.runs, a.seed, Path(d))
        print(f"phase={phase} runs={s.runs} kills={s.kills} completed={s.acked} lost={s.lost} "
              f"unopenable={s.unopenable} half_done={s.half_done} extra_copies={s.extra_copies} "
              f"errors={len(s.errors)} seconds={time.time() - start:.0f}")
        for e in s.errors[:5]:
            print("  ", e)
        failed |= not s.ok
    return 1 if failed else 0


if __name__ == "__main__":
    os.environ.setdefault("QMS_DATA_DIR", tempfile.mkdtemp(prefix="qms-crash-"))
    raise SystemExit(main())
