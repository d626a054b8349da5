"""A day's work in one process: does the main window's memory stay flat? (not part of the test run)

    python tests/bench/bench_soak.py [--scale 1] [--rounds 40] [--md docs/benchmarks.md]

Opens the main window on the heavy commune (tests/bench/heavy.py, cached), then goes round every page
``--rounds`` times, each page shown and refreshed as a data change would refresh it, the event loop run
(deferred deletes included, as the real loop does between two clicks) and the window painted. After a
warm-up of 3 rounds it measures, per round: the resident memory (RSS) and the Python objects tracked by
the garbage collector. That it ends at all is the first result: before ui/pyside_fix.py, PySide6 6.12's
reference leak on None aborted it in the third round ("none_dealloc"). Prints one JSON object; with ``--md``
a dated row is appended to that file.
The goal: no steady growth, i.e. under 256 KiB of RSS per round (a page refresh or two a minute for a
whole working day stays under 100 MiB) and no growth of the objects.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_KIB_PER_ROUND = 256
WARM_UP = 3


def _rss_kib() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)


def _slope(values: list[float]) -> float:
    """Least-squares growth per round."""
    n = len(values)
    mean_x, mean_y = (n - 1) / 2, sum(values) / n
    den = sum((x - mean_x) ** 2 for x in range(n)) or 1
    return sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values)) / den


def soak(db_path: str, rounds: int) -> dict:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from bench_speed import _app, _env
    from qms_desktop.ui.main_window import MainWindow

    app = _app()
    w = MainWindow(_env(db_path), db_path=db_path)
    w.resize(1280, 720)
    w.show()

    def settle() -> None:
        app.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    marks, t0 = [], time.perf_counter()
    for _ in range(WARM_UP + rounds):
        for key in w.page_keys():
            page = w.show_page(key)
            settle()
            if hasattr(page, "refresh"):
                page.refresh()
            settle()
            w.grab()
        gc.collect()
        marks.append((_rss_kib(), len(gc.get_objects())))
    measured = marks[WARM_UP:]
    rss, objects = ([m[i] for m in measured] for i in range(2))
    return {"pages": len(w.page_keys()), "rounds": rounds, "s": round(time.perf_counter() - t0, 1),
            "rss_start_mib": round(rss[0] / 1024, 1), "rss_end_mib": round(rss[-1] / 1024, 1),
            "rss_kib_per_round": round(_slope(rss), 1), "objects_per_round": round(_slope(objects), 1),
            "goal_kib_per_round": GOAL_KIB_PER_ROUND, "met": _slope(rss) < GOAL_KIB_PER_ROUND and _slope(objects) < 50}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--md", type=Path)
    args = parser.parse_args()
    import heavy

    db_path = str(heavy.build(args.scale, log=lambda *a: print(*a, file=sys.stderr)))
    result = soak(db_path, args.rounds)
    print(json.dumps(result, indent=1))
    if args.md:
        row = (f"| {dt.date.today():%Y-%m-%d} | soak ×{args.scale}: {result['pages']} pages × {args.rounds} rounds "
               f"({result['s']} s) | RSS {result['rss_start_mib']} → {result['rss_end_mib']} MiB, "
               f"{result['rss_kib_per_round']} KiB/round (goal < {GOAL_KIB_PER_ROUND}); objects "
               f"{result['objects_per_round']}/round | "
               f"{'met' if result['met'] else 'NOT met'} | {platform.machine()}, {os.cpu_count()} cores |\n")
        with open(args.md, "a", encoding="utf-8") as fh:
            fh.write(row)


if __name__ == "__main__":
    main()
