"""The dashboard's warnings table refilled (a return to the dashboard after any save), against the number of
warnings (not part of the test run; the result is written in docs/benchmarks.md).

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_dashboard_warnings.py [N ...]

A commune that imports the province's list of 1,000–4,000 TTHC and has procedures for a hundred of them has
thousands of warnings ("TTHC … without a procedure in effect"). The demo commune's warnings are repeated up to
each N, the table filled once (as at start-up), then again: the second fill is what is timed, with the rows
fitted to their text as the window does. Goal: ≤ 0.5 s for 5,000 warnings (QA 52 F1: 45 s before).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from qms_desktop.services import demo
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.storage.db import Database
    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.pages.base import UiEnv
    from qms_desktop.ui.pages.dashboard import DashboardPage
    from qms_desktop.ui.runner import SynchronousRunner

    sizes = [int(n) for n in argv] or [500, 1000, 2000, 5000]
    app = QApplication.instance() or QApplication(["bench"])
    today = dt.date(2026, 11, 23)
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "demo.sqlite"
        demo.create_demo_file(path, today=today)
        db = Database.open(path)
        env = UiEnv(AppContext(db, Actor("lanhdao", "leader", "Trần Quốc Bảo"), clock=lambda: today),
                    SynchronousRunner(), AppEvents())
        page = DashboardPage(env)
        page.resize(1366, 700)
        page.show()
        page.refresh()
        app.processEvents()
        full = page.data
        base = list(full.warnings)
        print(f"demo warnings: {len(base)}")
        for n in sizes:
            data = dataclasses.replace(full, warnings=tuple((base * (n // len(base) + 1))[:n]))
            page._show_warnings(data)
            app.processEvents()
            t = time.perf_counter()
            page._show_warnings(data)
            app.processEvents()  # the rows fitted to their text (a zero-delay timer)
            print(f"second fill of {n:5d} warnings: {time.perf_counter() - t:6.2f} s", flush=True)
        page.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
