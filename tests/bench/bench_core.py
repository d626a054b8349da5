"""On-demand benchmarks of the core (not part of the test run). Results: docs/benchmarks.md.

    python tests/bench/bench_core.py
Targets (old office PC; this machine is faster, so keep margins): importing a 5,000-row province
list < 10 s; a page of 200 history rows out of 100,000 < 0.2 s; a folded search over 20,000
TTHC < 0.3 s; the dashboard warnings on the demo commune < 1 s.
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import insert

from qms_desktop.services import history, search, tthc, warnings
from qms_desktop.services.context import SYSTEM, AppContext
from qms_desktop.storage import orm
from qms_desktop.storage.db import Database
from qms_desktop.storage.events import GENESIS, entry_hash


def timed(fn, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> int:
    out = {}
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        db = Database.open(d / "bench.sqlite")
        ctx = AppContext(db, SYSTEM, clock=lambda: dt.date(2026, 11, 23))
        wb = Workbook()
        ws = wb.active
        ws.append(["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Thời hạn giải quyết"])
        for i in range(5000):
            ws.append([i + 1, f"2.{i:06d}", f"Thủ tục đăng ký số {i} về hộ tịch và chứng thực", "Hộ tịch", "03 ngày làm việc"])
        wb.save(d / "big.xlsx")
        t = time.perf_counter()
        plan = tthc.import_tthc(ctx, d / "big.xlsx")
        out["import_5000_rows_s"] = round(time.perf_counter() - t, 2)
        assert len(plan.added) == 5000

        with db.engine.begin() as conn:  # 15,000 more TTHC, 100,000 history rows
            conn.execute(insert(orm.Tthc), [dict(code=f"3.{i:06d}", name=f"Thủ tục số {i}", field="Đất đai",
                                                 search_key=f"3.{i:06d} thu tuc so {i} dat dai", time_limit="",
                                                 working_days=True, in_scope=True, note="", created_by="b",
                                                 updated_by="b") for i in range(15000)])
            # The rows inserted in bulk get what the upgrade gives an older database: a baseline entry each.
            from importlib import import_module
            t = time.perf_counter()
            baseline = import_module("qms_desktop.storage.migrations.versions.w_hist").write_baseline(conn)
            out["baseline_entries_for_20000_rows_s"] = round(time.perf_counter() - t, 2)
            out["baseline_entries"] = baseline
            prev = conn.exec_driver_sql("SELECT hash FROM change_log ORDER BY id DESC LIMIT 1").scalar() or GENESIS
            rows = []
            at = dt.datetime(2026, 1, 1)
            for i in range(100_000):
                new = json.dumps({"name": f"Bản ghi {i}"}, ensure_ascii=False)
                # "bench" is no table: these entries weigh on the chain, not on the row comparison
                h = entry_hash(prev, at.isoformat(), "thuky", "update", "bench", str(i), "{}", new)
                rows.append(dict(at=at, username="thuky", action="update", entity="bench", entity_id=str(i),
                                 old_values="{}", new_values=new, prev_hash=prev, hash=h))
                prev = h
            conn.execute(insert(orm.ChangeLog), rows)
        out["history_first_page_of_200_s"] = round(timed(lambda: history.list_changes(ctx, limit=200)), 4)
        out["history_page_at_offset_90000_s"] = round(timed(lambda: history.list_changes(ctx, offset=90_000, limit=200)), 4)
        out["history_count_filtered_s"] = round(timed(lambda: history.count_changes(ctx, search="Bản ghi 99")), 4)
        out["search_20000_tthc_s"] = round(timed(lambda: search.search(ctx, "thu tuc dang ky so 4999")), 4)
        out["list_tthc_20000_s"] = round(timed(lambda: tthc.list_tthc(ctx), repeat=2), 3)
        t = time.perf_counter()
        with db.session() as s:
            ok = history.verify_chain(s).ok
        out["verify_chain_100000_s"] = round(time.perf_counter() - t, 2)
        assert ok
        from qms_desktop.services.check import check_database
        from qms_desktop.storage.readonly import open_read_only
        ro = open_read_only(db.path)
        t = time.perf_counter()
        report = check_database(ro)  # every entry's hash and every row against its latest entry
        out["check_all_rows_and_chain_s"] = round(time.perf_counter() - t, 2)
        out["check_entries"], out["check_problems"] = report.history_entries, len(report.problems)
        ro.close()
        db.close()
        try:
            from qms_desktop.services import demo
            ddb = Database.open(d / "demo.sqlite")
            t = time.perf_counter()
            demo.create_demo(ddb, today=dt.date(2026, 11, 23))
            out["create_demo_s"] = round(time.perf_counter() - t, 2)
            dctx = AppContext(ddb, SYSTEM, clock=lambda: dt.date(2026, 11, 23))
            out["dashboard_warnings_demo_s"] = round(timed(lambda: warnings.current_warnings(dctx)), 4)
            ddb.close()
        except ImportError:
            pass
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
