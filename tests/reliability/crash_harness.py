"""Kill a writing process at random moments and check that nothing committed is lost.

Usage: python tests/reliability/crash_harness.py [RUNS] [--seed N]
Each run starts a writer on the same database; the writer prints "ack <n>" after each commit;
the harness kills it with SIGKILL after a random delay, then checks PRAGMA integrity_check,
the hash chain of the change history, and that every acknowledged record is present (and at
most one unacknowledged one, the commit that raced the kill).
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
        time.sleep(rng.uniform(0.6, 2.5))  # import time ~0.5 s, then writes
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("runs", type=int, nargs="?", default=200)
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args()
    start = time.time()
    with tempfile.TemporaryDirectory() as d:
        r = run(a.runs, a.seed, Path(d))
    print(f"runs={r.runs} kills={r.kills} records_committed={r.acked} lost={r.lost} "
          f"integrity_failures={r.integrity_failures} chain_failures={r.chain_failures} nc_number_gaps={r.nc_gaps} "
          f"errors={len(r.errors)} seconds={time.time() - start:.0f}")
    return 0 if not (r.lost or r.integrity_failures or r.chain_failures or r.nc_gaps or r.errors) else 1


if __name__ == "__main__":
    raise SystemExit(main())
