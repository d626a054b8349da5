"""Issue 19's measures, each beside the floor of the same stack, interleaved (not part of the test run).

    python tests/bench/bench_speed.py [--scale 1|4] [--runs 5] [--only NAME ...] [--md docs/benchmarks.md]

Builds the heavy commune once (tests/bench/heavy.py, cached in the temporary folder; QMS_BENCH_CACHE
overrides), then for each measure runs floor and candidate alternately ``--runs`` times, each in a
fresh process where the measure is a whole process or its memory, and prints one JSON object: per
measure the floor's and the candidate's median, min and max, the ratio and the goal. With ``--md``
a dated row per measure is appended to that file.

The floors (what the stack itself costs, the same work without the application):
- start: a bare QMainWindow shown and painted (fresh interpreter, offscreen);
- NC list: the same rows read with sqlite3 into a bare QTableView over a minimal model, painted;
- history: the last 200 rows read with sqlite3 and painted in a bare QTableView; its peak RSS;
- report: openpyxl write-only with the same number of cells + a reportlab canvas with the same
  number of pages, one line of text per row, in a fresh process;
- import: openpyxl read-only reading every row of the same sheet, in a fresh process;
- idle RSS: a bare window process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
PY = sys.executable
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(HERE)}
LEADER = ("lanhdao", "LanhDao@2026")

# ------------------------------------------------------------------------------------------------
# Child processes: each prints one JSON object on its last line.


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["bench"])


def _env(db_path: str):
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.storage.db import Database
    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.pages.base import UiEnv
    from qms_desktop.ui.runner import SynchronousRunner

    from heavy import TODAY

    from sqlalchemy.orm import configure_mappers

    configure_mappers()  # done once per process by the login's first query (≈1 s): no page opens before it
    db = Database.open(db_path)
    return UiEnv(AppContext(db, Actor("lanhdao", "leader", "Trần Quốc Bảo"), clock=lambda: TODAY),
                 SynchronousRunner(), AppEvents())


def _painted(widget) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    widget.grab()  # paints every child now


def child_start_floor() -> dict:
    t0 = float(os.environ["BENCH_T0"])
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(["bench"])
    w = QMainWindow()
    w.resize(1280, 720)
    w.show()
    _painted(w)
    return {"s": time.time() - t0, "app": app is not None}


def child_start(db_path: str) -> dict:
    """The application's own path from the interpreter's start to the main window painted, logged in
    (the password checked like the login dialog does)."""
    t0 = float(os.environ["BENCH_T0"])
    from qms_desktop import app as qapp_module

    qapp = qapp_module.create_application(["bench"])
    start_window = qapp_module.show_start_window()  # what main() paints before it opens the database
    _painted(start_window)
    t_start_window = time.time() - t0
    from qms_desktop.services import users
    from qms_desktop.storage.db import Database

    db = Database.open(db_path)
    launcher = qapp_module.Launcher(db)
    dialog = launcher.first_dialog()
    start_window.close()
    dialog.show()
    _painted(dialog)
    t_login = time.time() - t0
    actor = users.authenticate(db, *LEADER)
    dialog.close()
    window = launcher.open_window(actor)
    window.resize(1280, 720)
    window.show()
    _painted(window)
    return {"s": time.time() - t0, "login_s": t_login, "start_window_s": t_start_window, "qapp": qapp is not None}


def child_nc_floor(db_path: str) -> dict:
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    _app()

    class Model(QAbstractTableModel):
        def __init__(self, rows):
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=QModelIndex()):  # noqa: N802
            return len(self.rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: N802
            return 6

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[index.row()][index.column()] or "")
            return None

    t = time.perf_counter()
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT number, status, severity, description, detected_date, due_date FROM nonconformity "
                        "ORDER BY year, seq").fetchall()
    view = QTableView()
    view.setModel(Model(rows))
    view.resize(1000, 600)
    view.show()
    _painted(view)
    return {"s": time.perf_counter() - t, "rows": len(rows)}


def child_nc(db_path: str) -> dict:
    from qms_desktop.ui.pages.ncs_page import NcsPage

    _app()
    env = _env(db_path)
    t = time.perf_counter()
    page = NcsPage(env)
    page.resize(1000, 600)
    page.show()  # showEvent → refresh
    _painted(page)
    return {"s": time.perf_counter() - t, "rows": page.model.rowCount() if hasattr(page, "model") else None}


def child_nc_click(db_path: str) -> dict:
    """The user's view of the same list: the main window open on its dashboard (as after the login), then
    the click on "Sự không phù hợp" until the list is painted — the page's module, its query and its
    first paint, without the process-wide costs the dashboard already paid."""
    from qms_desktop.ui.main_window import MainWindow

    _app()
    env = _env(db_path)
    w = MainWindow(env, db_path=db_path)
    w.resize(1280, 720)
    w.show()
    _painted(w)
    t = time.perf_counter()
    page = w.show_page("ncs")
    _painted(w)
    return {"s": time.perf_counter() - t, "rows": page.model.rowCount()}


def child_history_floor(db_path: str) -> dict:
    import sqlite3

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    _app()
    t = time.perf_counter()
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT at, username, action, entity, new_values FROM change_log ORDER BY id LIMIT 200").fetchall()
    model = QStandardItemModel(len(rows), 5)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            model.setItem(i, j, QStandardItem(str(value)))
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 600)
    view.show()
    view.scrollToBottom()
    _painted(view)
    return {"s": time.perf_counter() - t, "peak_mb": _peak_mb()}


def child_history(db_path: str) -> dict:
    from qms_desktop.ui.pages.history_page import HistoryPage

    _app()
    env = _env(db_path)
    t = time.perf_counter()
    page = HistoryPage(env)
    page.resize(1000, 600)
    page.show()
    _painted(page)
    view = page.view if hasattr(page, "view") else page.table
    model = page.model
    from PySide6.QtCore import QModelIndex

    while model.canFetchMore(QModelIndex()):  # models that fetch as they scroll (before issue 19's block reads)
        model.fetchMore(QModelIndex())
    view.scrollToBottom()
    _painted(page)
    return {"s": time.perf_counter() - t, "rows": model.rowCount(), "peak_mb": _peak_mb()}


def child_report_floor(pages: str, cells: str, out: str) -> dict:
    t0 = float(os.environ["BENCH_T0"])
    pages, cells = int(pages), int(cells)
    from openpyxl import Workbook
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    cols = 9
    for r in range(cells // cols):
        ws.append([f"Ô {r}-{c}" if c % 2 else r * c for c in range(cols)])
    wb.save(Path(out) / "floor.xlsx")
    c = canvas.Canvas(str(Path(out) / "floor.pdf"), pagesize=A4)
    for p in range(pages):
        for line in range(45):
            c.drawString(60, 800 - line * 17, f"Trang {p + 1}, dòng {line + 1}: nội dung của báo cáo")
        c.showPage()
    c.save()
    return {"s": time.time() - t0}


def child_import_floor(xlsx: str) -> dict:
    t0 = float(os.environ["BENCH_T0"])
    from openpyxl import load_workbook

    wb = load_workbook(xlsx, read_only=True)
    n = sum(1 for _ in wb.active.iter_rows(values_only=True))
    return {"s": time.time() - t0, "rows": n}


def child_search(db_path: str) -> dict:
    from qms_desktop.services import search
    from qms_desktop.services.context import SYSTEM, AppContext
    from qms_desktop.storage.db import Database

    ctx = AppContext(Database.open(db_path), SYSTEM)
    search.search(ctx, "warm")
    times = []
    for _ in range(7):
        t = time.perf_counter()
        hits = search.search(ctx, "khongcogi xyzw")
        times.append(time.perf_counter() - t)
    assert hits == []
    some = search.search(ctx, "dang ky so 4999")
    return {"s": statistics.median(times), "found": len(some)}


def child_idle_floor() -> dict:
    from PySide6.QtWidgets import QMainWindow

    _app()
    w = QMainWindow()
    w.resize(1280, 720)
    w.show()
    _painted(w)
    return {"rss_mb": _rss_mb()}


def child_idle(db_path: str) -> dict:
    import gc

    from qms_desktop.ui.main_window import MainWindow

    _app()
    env = _env(db_path)
    w = MainWindow(env, db_path=db_path)
    w.resize(1280, 720)
    w.show()
    for i in range(w.nav.count()):
        w.nav.setCurrentRow(i)
        _painted(w)
    w.nav.setCurrentRow(0)
    _painted(w)
    gc.collect()
    return {"rss_mb": _rss_mb(), "pages": w.nav.count()}


CHILDREN = {name[6:]: fn for name, fn in globals().items() if name.startswith("child_")}

# ------------------------------------------------------------------------------------------------
# Parent


def _env_for(code: Path | None) -> dict:
    return {**ENV, "PYTHONPATH": f"{code}{os.pathsep}{HERE}"} if code else dict(ENV)


def run_child(name: str, *args: str, code: Path | None = None) -> dict:
    env = {**_env_for(code), "BENCH_T0": repr(time.time())}
    out = subprocess.run([PY, str(Path(__file__)), "--child", name, *map(str, args)], capture_output=True, text=True,
                         env=env, cwd=str(ROOT))
    if out.returncode != 0:
        raise RuntimeError(f"{name} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_process(cmd: list[str], env_extra: dict | None = None, code: Path | None = None) -> float:
    t = time.time()
    out = subprocess.run(cmd, capture_output=True, text=True, env={**_env_for(code), **(env_extra or {})}, cwd=str(ROOT))
    if out.returncode != 0:
        raise RuntimeError(f"{cmd} failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return time.time() - t


def stats(values: list[float]) -> dict:
    return {"median": round(statistics.median(values), 4), "min": round(min(values), 4), "max": round(max(values), 4),
            "n": len(values)}


BASELINE: Path | None = None  # --baseline: the older code, run in the same loop as floor and candidate


def pair(runs: int, floor, candidate, key: str = "s") -> dict:
    """Floor, baseline (if any) and candidate alternately; medians. ``candidate(code)``."""
    f, c, b, extra = [], [], [], {}

    def value(r):
        return r[key] if isinstance(r, dict) else r

    for _ in range(runs):
        if floor:
            f.append(value(floor()))
        if BASELINE is not None:
            b.append(value(candidate(BASELINE)))
        cr = candidate(None)
        c.append(value(cr))
        if isinstance(cr, dict):
            extra.update({k: v for k, v in cr.items() if k != key})
    out = {"candidate": stats(c), "extra": extra}
    if b:
        out["baseline"] = stats(b)
    if f:
        out["floor"] = stats(f)
        med = statistics.median(f)
        out["ratio"] = round(statistics.median(c) / med, 2) if med else None
        if b:
            out["baseline_ratio"] = round(statistics.median(b) / med, 2) if med else None
    return out


def fresh_db(work: Path) -> Path:
    """An empty database (no accounts), copied for each import run."""
    template = work / "empty.sqlite"
    if not template.exists():
        from qms_desktop.storage.db import Database

        Database.open(template).close()
    return template


def report_id(db_path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(db_path)
    row = conn.execute("SELECT id FROM report WHERE period LIKE '%-H1' AND status != 'draft' ORDER BY id DESC LIMIT 1"
                       ).fetchone() or conn.execute("SELECT id FROM report WHERE status != 'draft' ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        raise RuntimeError("the heavy commune has no finalised report")
    return row[0]


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    for line in out.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


def xlsx_cells(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    return sum(1 for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v not in (None, ""))


GOALS = {
    "start": "≤ 1.5× floor",
    "nc_list": "≤ 100 ms",
    "nc_list_click": "≤ 100 ms",
    "history_end": "≤ 300 ms",
    "history_peak_rss": "≤ 250 MB",
    "report_export": "≤ 3× floor and < 1 s",
    "import_2000": "≤ 2× floor",
    "import_8000": "≤ 2× floor, linear",
    "search_100k": "≤ 10 ms at 400k",
    "search_400k": "≤ 10 ms",
    "idle_rss": "≤ 150 MB",
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--md", type=Path)
    ap.add_argument("--label", default="", help="what the run measures (e.g. 'before', a commit)")
    ap.add_argument("--baseline", type=Path,
                    help="a folder holding an older qms_desktop (with its resources/), e.g. `git archive <commit> "
                         "qms_desktop resources | tar -x -C DIR`: measured in the same loop (floor, baseline, this)")
    args = ap.parse_args(argv)
    global BASELINE
    BASELINE = args.baseline.resolve() if args.baseline else None
    import heavy

    db, rid = heavy.with_report(args.scale, log=lambda m: print(m, file=sys.stderr))
    want = set(args.only or GOALS)
    if "history_peak_rss" in want:
        want.add("history_end")
    result: dict = {"date": dt.datetime.now().isoformat(timespec="seconds"), "scale": args.scale, "runs": args.runs,
                    "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, load "
                               f"{os.getloadavg()[0]:.1f}", "label": args.label, "measures": {}}
    m = result["measures"]
    R = args.runs
    qms = str(Path(PY).with_name("qms"))

    def guard(name: str, fn) -> None:
        if name not in want:
            return
        print(f"measuring {name} …", file=sys.stderr)
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - one failing measure must not lose the others
            m[name] = {"error": str(exc)[-1500:], "candidate": None}

    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        guard("start", lambda: m.__setitem__("start", pair(
            R, lambda: run_child("start_floor"), lambda code: run_child("start", db, code=code))))
        guard("nc_list", lambda: m.__setitem__("nc_list", pair(
            R, lambda: run_child("nc_floor", db), lambda code: run_child("nc", db, code=code))))
        guard("nc_list_click", lambda: m.__setitem__("nc_list_click", pair(
            R, lambda: run_child("nc_floor", db), lambda code: run_child("nc_click", db, code=code))))

        def history() -> None:
            peaks: dict[str, list] = {"f": [], "c": [], "b": []}

            def floor() -> dict:
                r = run_child("history_floor", db)
                peaks["f"].append(r["peak_mb"])
                return r

            def cand(code) -> dict:
                r = run_child("history", db, code=code)
                peaks["b" if code else "c"].append(r["peak_mb"])
                return r

            m["history_end"] = pair(R, floor, cand)
            m["history_peak_rss"] = {"floor": stats(peaks["f"]), "candidate": stats(peaks["c"]),
                                     "ratio": round(statistics.median(peaks["c"]) / statistics.median(peaks["f"]), 2)}
            if peaks["b"]:
                m["history_peak_rss"]["baseline"] = stats(peaks["b"])
                m["history_peak_rss"]["baseline_ratio"] = round(statistics.median(peaks["b"]) / statistics.median(peaks["f"]), 2)

        guard("history_end", history)

        def report() -> None:
            copy = work / "report.sqlite"
            shutil.copy(db, copy)
            out = work / "out"
            cred = {"QMS_USER": LEADER[0], "QMS_PASSWORD": LEADER[1]}

            def export(code=None) -> float:
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir()
                return run_process([qms, "--db", str(copy), "report", "export", str(rid), "--out", str(out)], cred,
                                   code=code)

            export()
            pages, cells = pdf_pages(next(out.rglob("*.pdf"))), xlsx_cells(next(out.rglob("*.xlsx")))
            fl = work / "floor"
            fl.mkdir(exist_ok=True)
            m["report_export"] = pair(R, lambda: run_child("report_floor", pages, cells, fl), export)
            m["report_export"]["extra"] = {"pages": pages, "cells": cells}

        guard("report_export", report)
        for n in (2000, 8000):
            def imp_measure(n=n) -> None:
                xlsx = heavy.tthc_xlsx(work / f"tthc{n}.xlsx", n)
                template = fresh_db(work)
                target = work / "import.sqlite"

                def imp(code=None) -> float:
                    shutil.copy(template, target)
                    return run_process([qms, "--db", str(target), "import", "tthc", str(xlsx)], code=code)

                m[f"import_{n}"] = pair(R, lambda: run_child("import_floor", xlsx), imp)

            guard(f"import_{n}", imp_measure)
        for n, name in ((100_000, "search_100k"), (400_000, "search_400k")):
            def search_measure(n=n, name=name) -> None:
                sdb = heavy.search_db(n, log=lambda s: print(s, file=sys.stderr))
                m[name] = pair(1, None, lambda code, sdb=sdb: run_child("search", sdb, code=code))

            guard(name, search_measure)
        guard("idle_rss", lambda: m.__setitem__("idle_rss", pair(
            R, lambda: run_child("idle_floor"), lambda code: run_child("idle", db, code=code), key="rss_mb")))
    for k, v in m.items():
        v["goal"] = GOALS.get(k, "")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if args.md:
        append_md(args.md, result, " ".join(["python tests/bench/bench_speed.py", *(argv or sys.argv[1:])]))
    return 0


def append_md(path: Path, result: dict, command: str) -> None:
    lines = [f"\n### {result['date'][:10]} ×{result['scale']} {result['label']}".rstrip(),
             "", f"`{command}` — {result['machine']}; medians of {result['runs']} interleaved runs (min–max)", "",
             "| measure | floor | baseline (before) | ratio | now | ratio | goal |", "|---|---|---|---|---|---|---|"]
    for k, v in result["measures"].items():
        unit = "MB" if "rss" in k else "s"

        def fmt(s: dict | None) -> str:
            if not s:
                return "—"
            if unit == "MB":
                return f"{s['median']:.0f} MB ({s['min']:.0f}–{s['max']:.0f})"
            if s["median"] < 1:
                return f"{s['median'] * 1000:.1f} ms ({s['min'] * 1000:.1f}–{s['max'] * 1000:.1f})"
            return f"{s['median']:.2f} s ({s['min']:.2f}–{s['max']:.2f})"
        if v.get("error"):
            lines.append(f"| {k} | failed: {v['error'].splitlines()[-1][:120]} | | | | | {v.get('goal', '')} |")
            continue
        lines.append(f"| {k} | {fmt(v.get('floor'))} | {fmt(v.get('baseline'))} | {v.get('baseline_ratio', '—')}× "
                     f"| {fmt(v['candidate'])} | {v.get('ratio', '—')}× | {v.get('goal', '')} |")
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        fn = CHILDREN[sys.argv[2]]
        res = fn(*sys.argv[3:])
        print(json.dumps(res))
        sys.stdout.flush()
        os._exit(0)
    sys.exit(main())
