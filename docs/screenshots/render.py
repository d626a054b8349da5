"""Render every page of the demo commune at 1366×768 (the users' screens) to docs/screenshots/*.png.

    python docs/screenshots/render.py               # Vietnamese, demo commune dated today
    python docs/screenshots/render.py --lang en     # English source texts
    python docs/screenshots/render.py --db FILE --user NAME   # an existing database instead of the demo

Runs offscreen (no display needed) with a throw-away data folder and settings; the bundled UI
font is registered, so the PNGs show what a Windows PC without extra fonts shows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WIDTH, HEIGHT = 1366, 768

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = Path(tempfile.mkdtemp(prefix="qms-screenshots-"))
os.environ["QMS_DATA_DIR"] = str(_TMP / "data")
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def grab(widget: QWidget, name: str, out: Path) -> Path:
    for _ in range(3):
        QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return path


# Records whose detail tabs show something on every tab (the demo's richest ones).
SHOWCASE = {"procedures": "QT-BTXH-01", "ncs": "03/2025", "audits": "Đánh giá nội bộ HTQLCL năm 2026",
            "reviews": None, "reports": None, "tthc": "1.009803"}


def _select_a_full_record(page) -> None:
    """Select a record that fills the detail area, so the screenshot shows the page at work."""
    table = getattr(page, "table", None)
    if table is None or not hasattr(table, "select_where") or page.key not in SHOWCASE:
        return
    wanted = SHOWCASE[page.key]
    rows = table.model().rows() if hasattr(table.model(), "rows") else []
    if not rows:
        return
    if wanted is None or not table.select_where(lambda r: wanted in {getattr(r, "code", None), getattr(r, "number", None),
                                                                     getattr(r, "title", None)}):
        table.selectRow(len(rows) - 1)
    for _ in range(3):
        QApplication.processEvents()


def _extra_dialogs(window, out: Path, today: dt.date, app) -> None:
    """Dialogs worth a look: the new report offering the report that is due, a date refused in place,
    and the overview of a commune whose first-run set-up was left half-done."""
    from PySide6.QtTest import QTest

    from qms_desktop.services import reports, setup, users
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.storage.db import Database
    from qms_desktop.ui.dialogs.nc_dialogs import NewNcDialog
    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.pages.base import UiEnv
    from qms_desktop.ui.pages.dashboard import DashboardPage
    from qms_desktop.ui.pages.reports_page import NewReportDialog
    from qms_desktop.ui.runner import SynchronousRunner

    ctx = window.env.ctx
    due = reports.report_due_now(ctx)
    schedule = {r.period: r for y in (today.year - 1, today.year, today.year + 1) for r in reports.due_reports(ctx, year=y)}
    periods = sorted({f"{y}-H1" for y in (today.year, today.year + 1)} | {str(today.year)}, key=lambda c: (c[:4], len(c)))
    dialog = NewReportDialog(periods, due.period, 3, window, schedule=schedule, due_now=due.period, today=today)
    dialog.show()
    grab(dialog, "92_bao_cao_moi", out)
    dialog.close()

    nc = NewNcDialog(window.env, window)
    nc.show()
    date = nc.editors["detected_date"]
    date.setFocus()
    app.processEvents()
    date.edit.selectAll()
    QTest.keyClicks(date.edit, "31/02/2026")
    QTest.keyClick(date.edit, Qt.Key.Key_Tab)
    grab(nc, "93_ngay_khong_co_that", out)
    nc.mark_clean()
    nc.close()

    half = Database.open(_TMP / "half.sqlite")
    user, _code = users.create_first_user(half, username="chutich", password="matkhau-2026",
                                          full_name="Nguyễn Văn Thành")
    half_ctx = AppContext(half, Actor(user.username, user.role, user.full_name), clock=lambda: today)
    setup.start(half_ctx)  # left on the recovery-code page
    from qms_desktop.services import agency

    agency.save_profile(half_ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú"))
    page = DashboardPage(UiEnv(half_ctx, SynchronousRunner(app), AppEvents()))
    page.resize(WIDTH - 260, HEIGHT - 120)
    page.show()
    page.refresh()
    grab(page, "94_thiet_lap_chua_xong", out)
    page.close()
    half.close()


def build_demo(path: Path, today: dt.date) -> None:
    from qms_desktop.services import demo
    from qms_desktop.storage.db import Database

    db = Database.open(path)
    demo.create_demo(db, today=today)
    db.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lang", choices=("vi", "en"), default="vi")
    p.add_argument("--db", help="render this database (a copy of it) instead of the demo commune")
    p.add_argument("--user", help="account to show as logged in (default: the demo leader)")
    p.add_argument("--out", default=str(HERE))
    p.add_argument("--today", help="date of the demo data, dd/mm/yyyy (default: today)")
    args = p.parse_args(argv)

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_TMP / "settings"))
    QCoreApplication.setOrganizationName("QMSDesktopScreenshots")
    QCoreApplication.setApplicationName("render")
    app = QApplication([sys.argv[0]])

    from qms_desktop.app import Launcher, create_application
    from qms_desktop.domain.model import Role
    from qms_desktop.i18n import parse_date
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.services.users import list_users
    from qms_desktop.storage.db import Database
    from qms_desktop.ui import translations
    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.runner import SynchronousRunner

    create_application([])
    translations.install(args.lang)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    today = parse_date(args.today) if args.today else dt.date.today()

    db_path = _TMP / "qms.sqlite"
    if args.db:
        shutil.copy(args.db, db_path)
    else:
        build_demo(db_path, today)
    db = Database.open(db_path)
    accounts = list_users(AppContext(db))
    chosen = [u for u in accounts if u.username == args.user] or [u for u in accounts if u.role == Role.LEADER] \
        or accounts
    if not chosen:
        print("the database has no account", file=sys.stderr)
        return 1
    actor = Actor(chosen[0].username, chosen[0].role, chosen[0].full_name)

    # The dialogs before the window: login, and the first-run wizard on an empty database.
    launcher = Launcher(db, demo=not args.db, runner=SynchronousRunner(app), events=AppEvents())
    login = launcher.first_dialog()
    login.show()
    grab(login, "00_dang_nhap", out)
    login.close()
    empty = Database.open(_TMP / "empty.sqlite")
    wizard = Launcher(empty, runner=SynchronousRunner(app)).first_dialog()
    wizard.show()
    grab(wizard, "00_khoi_dong_lan_dau", out)
    wizard.close()
    empty.close()

    window = launcher.open_window(actor)
    window.env.ctx = AppContext(db, actor, clock=lambda: today)
    window.resize(WIDTH, HEIGHT)
    window.show()
    for index, key in enumerate(window.page_keys(), start=1):
        window.show_page(key)
        grab(window, f"{index:02d}_{key}", out)
        page = window.pages[key]
        _select_a_full_record(page)
        tabs = getattr(page, "tabs", None)
        if tabs is not None and hasattr(tabs, "count"):
            for t in range(1, tabs.count()):
                tabs.setCurrentIndex(t)
                grab(window, f"{index:02d}_{key}_{t + 1}", out)
            tabs.setCurrentIndex(0)

    from qms_desktop.ui.help import HelpDialog
    from qms_desktop.ui.search_dialog import SearchDialog

    window.show_page_index(0)
    search = SearchDialog(window.env, "ho tich", window)
    search.show()
    grab(search, "90_tim_kiem", out)
    search.close()
    help_dialog = HelpDialog(window)
    help_dialog.topics.setCurrentRow(min(3, help_dialog.topics.count() - 1))
    help_dialog.show()
    grab(help_dialog, "91_huong_dan", out)
    help_dialog.close()
    _extra_dialogs(window, out, today, app)
    QTimer.singleShot(0, app.quit)
    app.exec()
    window.close()
    db.close()
    shutil.rmtree(_TMP, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
