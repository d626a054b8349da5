"""Benchmark of the receiving office (run on demand, not part of the test suite).

    python tests/bench/bench_receiving.py                      # 168, 840 and 3,321 packages + the views
    python tests/bench/bench_receiving.py --sizes 168 --no-views
    python tests/bench/bench_receiving.py --sizes 168 --no-views --signed-pdf   # every PDF signed and checked
    python tests/bench/bench_receiving.py --pg postgresql+psycopg://qms@127.0.0.1:54329/postgres   # on a server

``--pg`` takes the superuser URL of a THROWAWAY PostgreSQL cluster (``.ci/pg-cluster start DIR``): the office
database of each size is then a fresh server database ``qms_bench_<N>`` (dropped first), not a file.

For each size N, in fresh processes (so that peak memory is the import's own):
1. generate N valid signed packages for 2026-H1 (``receiving_gen``: one key per unit, varied figures);
2. create an office database, import the register of N units from Excel;
3. import the folder of N packages (verify every package: ZIP, signature, SHA-256 of each part, pinned key
   confirmed on first use, period, continuity; store it; one transaction) — time and peak RSS;
4. consolidate: the period's status and figures, the consolidated XLSX and the summary PDF.
Then the views at 3,321 units × 20 periods: the 3,321-package database is extended with 19 more periods
of submissions (inserted in bulk, reusing the real packages' figures), and the status/consolidation
service and the two pages are timed (median of 5, offscreen).

Prints one JSON object per measurement and a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

PERIOD = "2026-H1"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _template(work: Path):
    import receiving_gen as gen

    cache = work / "template"
    if not (cache / "report.json").exists():
        cache.mkdir(parents=True, exist_ok=True)
        t = gen.template(cache)
        (cache / "report.json").write_bytes(t.report_json)
        (cache / "report.pdf").write_bytes(t.pdf)
        (cache / "report.xlsx").write_bytes(t.xlsx)
    return gen.Template((cache / "report.json").read_bytes(), (cache / "report.pdf").read_bytes(),
                        (cache / "report.xlsx").read_bytes())


def generate(work: Path, n: int) -> dict:
    """Child process 1: the register and N packages."""
    import datetime as dt

    import receiving_gen as gen

    t = _template(work)
    folder = work / f"usb_{n}"
    folder.mkdir(parents=True, exist_ok=True)
    units = [(f"U{i:04d}", f"{'Phường' if i % 5 == 0 else 'Xã'} Thử Nghiệm {i}") for i in range(1, n + 1)]
    gen.register_xlsx(work / f"register_{n}.xlsx", units)
    signer = None
    if os.environ.get("QMS_BENCH_SIGNED"):  # each unit's PDF signed with its own certificate (--signed-pdf)
        signer = gen.PdfSigner()
        trust = Path(os.environ["QMS_DATA_DIR"]) / "trust"
        trust.mkdir(parents=True, exist_ok=True)
        (trust / "bench_root.pem").write_bytes(signer.root_pem)
    started = time.perf_counter()
    for i, (code, name) in enumerate(units, start=1):
        day = 14 + i % 12  # some after the due date (20/06): late
        when = dt.datetime(2026, 6, day, 8 + i % 9, i % 60, tzinfo=gen.ICT)
        body = gen.package(t, index=i, name=name, code=code if i % 3 else "", exported_at=when, key=gen.new_key(),
                           seed=n, weak=i % 11 == 0, signer=signer)
        (folder / f"BaoCaoISO_2026-6T_{code}.zip").write_bytes(body)
    size = sum(p.stat().st_size for p in folder.iterdir())
    return {"generated": n, "seconds": round(time.perf_counter() - started, 2), "bytes": size}


def _pg_admin() -> str | None:
    return os.environ.get("QMS_BENCH_PG") or None


def _office_target(n: int, *, fresh: bool = False):
    """The office database of size ``n``: a file in the work folder, or a server database (``--pg``)."""
    admin = _pg_admin()
    if admin is None:
        return None
    import psycopg

    from qms_desktop.storage.db import server_url

    u = server_url(admin)
    name = f"qms_bench_{n}"
    if fresh:
        with psycopg.connect(host=u.host or "", port=u.port or 5432, user=u.username or "", password=u.password or "",
                             dbname=u.database or "postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    return u.set(database=name).render_as_string(hide_password=False)


def import_and_consolidate(work: Path, n: int) -> dict:
    """Child process 2: office database, register, import, consolidation."""
    import datetime as dt

    from qms_desktop.services import agency, receiving as rx
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.services.receiving.documents import write_summary
    from qms_desktop.services.receiving.setup import office_profile
    from qms_desktop.services.users import create_first_user
    from qms_desktop.storage.db import Database

    db_path = work / f"office_{n}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    server = _office_target(n, fresh=True)
    rss0 = _rss_mb()
    db = Database.open(server or db_path)
    create_first_user(db, username="vanthu", password="Mat-khau-2026!", role="leader")
    ctx = AppContext(db, Actor("vanthu", "leader", ""), lambda: dt.date(2026, 7, 1))
    agency.save_profile(ctx, office_profile("Sở Khoa học và Công nghệ tỉnh Thử Nghiệm", "Tỉnh Thử Nghiệm"))
    out: dict = {"n": n}
    t0 = time.perf_counter()
    plan = rx.import_units(ctx, work / f"register_{n}.xlsx")
    out["register_s"] = round(time.perf_counter() - t0, 2)
    assert len(plan.added) == n, plan.rejected[:3]
    rss1 = _rss_mb()
    t0, cpu0 = time.perf_counter(), time.process_time()
    result = rx.import_packages(ctx, [work / f"usb_{n}"], confirm_key=lambda q: True)
    out["import_s"] = round(time.perf_counter() - t0, 2)
    out["import_cpu_s"] = round(time.process_time() - cpu0, 2)
    out["accepted"] = result.count("accepted")
    assert out["accepted"] == n, [o.reason and o.reason.render() for o in result.outcomes if o.status != "accepted"][:3]
    states = {p.pdf_signature for p in rx.list_packages(ctx, period=PERIOD)}
    out["pdf_signature"] = sorted(states)
    if os.environ.get("QMS_BENCH_SIGNED"):  # every signature checked and found valid, not skipped
        assert states == {"valid"}, states
    out["import_rss_mb"] = round(_rss_mb(), 1)
    out["rss_before_import_mb"] = round(rss1, 1)
    out["rss_start_mb"] = round(rss0, 1)
    t0 = time.perf_counter()
    ov = rx.period_overview(ctx, PERIOD)
    out["overview_s"] = round(time.perf_counter() - t0, 3)
    assert ov.received == n
    summary_dir = work / f"summary_{n}"
    summary_dir.mkdir(exist_ok=True)
    t0, cpu0 = time.perf_counter(), time.process_time()
    write_summary(ctx, PERIOD, summary_dir)
    out["summary_s"] = round(time.perf_counter() - t0, 2)
    out["summary_cpu_s"] = round(time.process_time() - cpu0, 2)
    out["load_average"] = os.getloadavg()[0]
    out["verified_and_consolidated_s"] = round(out["import_s"] + out["overview_s"] + out["summary_s"], 2)
    out["peak_rss_mb"] = round(_rss_mb(), 1)
    out["engine"] = db.engine.dialect.name
    if server:
        with db.engine.connect() as conn:
            out["db_mb"] = round(conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar()
                                 / 1024 / 1024, 1)
        db.close()
    else:
        db.close()
        out["db_mb"] = round(db_path.stat().st_size / 1024 / 1024, 1)
    return out


def extend_to_20_periods(work: Path, n: int) -> dict:
    """Copy the real period's submissions and packages into 19 more periods (bulk SQL, no verification:
    this only gives the views their volume). Each copy points at its own tiny stored file. On either engine
    (outside the application, like an import tool: no history entries)."""
    import hashlib

    from qms_desktop.storage.db import Database
    from qms_desktop.storage.rowstate import driver_sql

    periods = [f"{y}-H1" for y in range(2017, 2027)] + [str(y) for y in range(2016, 2026)]
    periods.remove(PERIOD)
    started = time.perf_counter()
    db = Database.open(_office_target(n) or work / f"office_{n}.sqlite")

    def q(conn, sql: str, params=()):
        return conn.exec_driver_sql(driver_sql(conn, sql), params)

    with db.engine.begin() as conn:
        subs = [dict(r._mapping) for r in q(conn, "select * from rx_submission where period = ?", (PERIOD,))]
        pkgs = [dict(r._mapping) for r in q(conn, "select * from rx_package where period = ?", (PERIOD,))]
        sub_cols = [c for c in subs[0] if c != "id"]
        pkg_cols = [c for c in pkgs[0] if c != "id"]
        for k, period in enumerate(periods):
            q(conn, f"insert into rx_submission ({', '.join(sub_cols)}) values ({', '.join('?' for _ in sub_cols)})",
              [tuple(period if c == "period" else r[c] for c in sub_cols) for r in subs])
            new_ids = {row[0]: row[1] for row in q(conn, "select unit_id, id from rx_submission where period = ?",
                                                   (period,))}
            rows = []
            files = []
            for r in pkgs:
                sha = hashlib.sha256(f"{period}:{r['id']}".encode()).hexdigest()
                files.append((sha, 1, b"\0"))
                values = dict(r, period=period, submission_id=new_ids[r["unit_id"]], file_sha256=sha,
                              superseded_by_id=None)
                rows.append(tuple(values[c] for c in pkg_cols))
            q(conn, "insert into stored_file (sha256, size, data) values (?, ?, ?)", files)
            q(conn, f"insert into rx_package ({', '.join(pkg_cols)}) values ({', '.join('?' for _ in pkg_cols)})", rows)
        counts = q(conn, "select count(*), count(distinct period) from rx_package").fetchone()
    db.close()
    return {"extended_packages": counts[0], "periods": counts[1], "seconds": round(time.perf_counter() - started, 1)}


def views(work: Path, n: int) -> dict:
    """Time the status/consolidation service and the two pages at n units × 20 periods (offscreen)."""
    import datetime as dt

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from qms_desktop.services import receiving as rx
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.storage.db import Database
    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.pages.base import UiEnv
    from qms_desktop.ui.receiving.consolidation_page import ConsolidationPage
    from qms_desktop.ui.receiving.inbox_page import InboxPage
    from qms_desktop.ui.runner import SynchronousRunner

    app = QApplication.instance() or QApplication([])
    db = Database.open(_office_target(n) or work / f"office_{n}.sqlite")
    ctx = AppContext(db, Actor("vanthu", "leader", ""), lambda: dt.date(2026, 7, 1))

    cpu: dict[str, float] = {}

    def median(fn, runs: int = 5, name: str = "") -> float:
        times, cpus = [], []
        for _ in range(runs):
            t0, c0 = time.perf_counter(), time.process_time()
            fn()
            app.processEvents()
            times.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
        cpu[name] = round(statistics.median(cpus) * 1000, 1)
        return round(statistics.median(times) * 1000, 1)

    out = {"units": n, "packages": None}
    with ctx.tx("read") as s:
        from sqlalchemy import func, select

        from qms_desktop.storage import orm

        out["packages"] = s.scalar(select(func.count()).select_from(orm.RxPackage))
    out["overview_ms"] = median(lambda: rx.period_overview(ctx, PERIOD), name="overview")
    out["list_packages_ms"] = median(lambda: rx.list_packages(ctx, period=PERIOD), name="list_packages")
    env = UiEnv(ctx, SynchronousRunner(), AppEvents())
    page = ConsolidationPage(env)
    page.resize(1366, 700)
    page.show()
    out["consolidation_page_open_ms"] = median(lambda: page.refresh(), name="consolidation_page")
    inbox = InboxPage(env)
    inbox.resize(1366, 700)
    inbox.show()
    out["inbox_page_open_ms"] = median(lambda: inbox.refresh(), name="inbox_page")
    out["cpu_ms"] = cpu
    out["load_average"] = os.getloadavg()[0]
    page.close()
    inbox.close()
    db.close()
    return out


def _child(step: str, work: Path, n: int) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", step, "--work", str(work), "--n", str(n)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{step} {n} failed:\n{done.stdout}\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="168,840,3321")
    p.add_argument("--no-views", action="store_true")
    p.add_argument("--work", help="working folder (default: a temporary one)")
    p.add_argument("--pg", metavar="URL", help="superuser URL of a throwaway PostgreSQL cluster: the office databases "
                                                "are server databases qms_bench_<N> there")
    p.add_argument("--signed-pdf", action="store_true", help="each unit's report.pdf carries its own PAdES "
                                                              "signature (a test CA), checked at import")
    p.add_argument("--child")
    p.add_argument("--n", type=int)
    args = p.parse_args(argv)
    work = Path(args.work or tempfile.mkdtemp(prefix="qms-bench-rx-"))
    os.environ.setdefault("QMS_DATA_DIR", str(work / "data"))
    if args.pg:
        os.environ["QMS_BENCH_PG"] = args.pg  # the children inherit it
    if args.signed_pdf:
        os.environ["QMS_BENCH_SIGNED"] = "1"
    if args.child:
        fn = {"generate": generate, "import": import_and_consolidate, "extend": extend_to_20_periods,
              "views": views}[args.child]
        print(json.dumps(fn(work, args.n)))
        return 0
    sizes = [int(x) for x in args.sizes.split(",")]
    results = []
    for n in sizes:
        gen = _child("generate", work, n)
        print(json.dumps(gen), flush=True)
        imp = _child("import", work, n)
        imp["generate_s"] = gen["seconds"]
        imp["package_mb"] = round(gen["bytes"] / 1024 / 1024, 1)
        print(json.dumps(imp), flush=True)
        results.append(imp)
    view = None
    if not args.no_views:
        n = max(sizes)
        print(json.dumps(_child("extend", work, n)), flush=True)
        view = _child("views", work, n)
        print(json.dumps(view), flush=True)
    print(f"\nEngine: {'PostgreSQL (' + args.pg.split('@')[-1] + ')' if args.pg else 'SQLite file'}")
    print("\n| packages | generate (not in the goal) | register import | verify + import (CPU) | status | XLSX + PDF (CPU) | "
          "verified and consolidated | per package | peak RSS | database | load avg |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['n']:,} | {r['generate_s']} s | {r['register_s']} s | {r['import_s']} s ({r['import_cpu_s']} s) | "
              f"{r['overview_s']} s | {r['summary_s']} s ({r['summary_cpu_s']} s) | "
              f"**{r['verified_and_consolidated_s']} s** | {1000 * r['import_s'] / r['n']:.1f} ms | {r['peak_rss_mb']} MB | "
              f"{r['db_mb']} MB | {r['load_average']:.1f} |")
    if view:
        c = view["cpu_ms"]
        print(f"\nViews at {view['units']:,} units, {view['packages']:,} packages (20 periods), median of 5 (CPU): "
              f"status + consolidation service {view['overview_ms']} ms ({c['overview']} ms); Tổng hợp page "
              f"{view['consolidation_page_open_ms']} ms ({c['consolidation_page']} ms); Hộp thư page (one period) "
              f"{view['inbox_page_open_ms']} ms ({c['inbox_page']} ms); package list {view['list_packages_ms']} ms "
              f"({c['list_packages']} ms); load average {view['load_average']:.1f}.")
    print(f"\n(work folder: {work})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
