"""Closing the window while a job runs, and the automatic backups (issue 9, items 2 and 3)."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import threading
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from record_fixtures import *  # noqa: F403 - every prompt answered (``answers``)
from record_fixtures import SAMPLE_COPY, fill_exec, make_env

from qms_desktop import app as app_module
from qms_desktop import paths
from qms_desktop.services import agency, backup, records, reports
from qms_desktop.storage import orm
from qms_desktop.ui.events import AppEvents
from qms_desktop.ui.login import LoginDialog
from qms_desktop.ui.main_window import MainWindow
from qms_desktop.ui.pages.base import UiEnv
from qms_desktop.ui.runner import JobRunner

from ui_helpers import PASSWORD, set_text


def _count(path: Path, sql: str) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as c:
        return c.execute(sql).fetchone()[0]


def _dailies(folder: Path) -> list[Path]:
    return sorted(folder.glob("qms-daily-*.sqlite"))


# ---------------------------------------------------------------- 2. closing during a job
def test_closing_during_a_job_asks_then_waits_until_it_has_rolled_back(qtbot, user_ctx, answers):
    runner = JobRunner()
    env = UiEnv(user_ctx, runner, AppEvents())
    window = MainWindow(env, db_path=user_ctx.db.path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    writing = threading.Event()
    outcome: list[str] = []

    def long_import(*, progress, cancel) -> int:
        with user_ctx.tx("edit") as s:
            for i in range(100_000):
                s.add(orm.Unit(name=f"Đơn vị {i}"))
                s.flush()
                writing.set()
                time.sleep(0.002)
                cancel.raise_if_cancelled()
        return i

    runner.start(long_import, parent=window, label="Importing the TTHC list…",
                 on_done=lambda n: outcome.append(f"done {n}"), on_cancelled=lambda: outcome.append("cancelled"))
    qtbot.waitUntil(writing.is_set, timeout=10_000)

    answers.confirm = False  # "let it finish": the window stays, the job goes on
    window.close()
    assert window.isVisible() and runner.busy()
    assert "Importing the TTHC list…" in answers.confirms[-1]

    answers.confirm = True  # "stop it and close"
    window.close()
    assert not window.isVisible()
    assert not runner.busy()  # close() returned only once the job had ended: no invisible work left
    assert outcome == []  # nothing reported to a closed window
    assert records.list_records(user_ctx, "unit") == []  # rolled back, nothing half-written


def test_closing_without_a_job_does_not_ask(qtbot, user_ctx, answers):
    env = UiEnv(user_ctx, JobRunner(), AppEvents())
    window = MainWindow(env, db_path=user_ctx.db.path)
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert not window.isVisible() and answers.confirms == []


# ---------------------------------------------------------------- 3. backups when promised
def test_exit_backs_up_the_days_work_within_the_rotation(qtbot, db, leader, monkeypatch, tmp_path):
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    folder = paths.backups_dir()
    morning = backup.auto_backup(db, folder, now=dt.datetime.now() - dt.timedelta(seconds=3))  # the start of the day
    assert _count(morning, "SELECT count(*) FROM unit") == 0
    for days in range(1, 9):  # a week and more of earlier dailies
        backup.auto_backup(db, folder, now=dt.datetime.now() - dt.timedelta(days=days))
    path = db.path
    db.close()

    def fake_login(self):
        set_text(self.username, "chutich")
        set_text(self.password, PASSWORD)
        QTest.mouseClick(self.login_button, Qt.MouseButton.LeftButton)
        return self.result()

    def a_days_work(*_a):
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        records.create(window.env.ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
        window.close()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", fake_login)
    monkeypatch.setattr(QApplication, "exec", a_days_work)
    assert app_module.main(["--db", str(path)]) == 0
    today = [p for p in _dailies(folder) if dt.datetime.now().strftime("%Y%m%d") in p.name]
    assert len(today) == 1 and today[0] != morning  # the morning copy replaced, not a second copy of the day
    assert _count(today[0], "SELECT count(*) FROM unit") == 1  # holds the day's work
    assert backup.inspect_backup(today[0]).valid  # verified
    assert len(_dailies(folder)) == 7  # the rotation: 7 different days


def test_finalising_a_report_and_importing_back_up_at_once(qtbot, user_ctx, answers, monkeypatch, tmp_path):
    from qms_desktop.ui.dialogs.import_preview import ImportPreviewDialog

    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    agency.save_profile(user_ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Lâm Đồng",
                                                       head_name="Nguyễn Văn An"))  # the report is signed by name
    env = make_env(user_ctx)
    window = MainWindow(env, db_path=user_ctx.db.path)
    qtbot.addWidget(window)
    window.show()
    app_module.back_up_after_milestones(window, user_ctx.db)
    folder = paths.backups_dir()

    # the province's TTHC list imported through the preview → a backup holding it
    page = window.show_page("tthc")
    answers.open_file = str(SAMPLE_COPY)
    fill_exec(monkeypatch, ImportPreviewDialog, lambda d: None)
    QTest.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    made = _dailies(folder)
    assert len(made) == 1 and backup.inspect_backup(made[0]).counts["tthc"] == 28

    # a report finalised → today's backup refreshed: it holds the frozen report
    row = reports.create_report(user_ctx, period="2026-H1")
    reports.update_report(user_ctx, row.id, shortcomings="Một số hồ sơ còn trễ hạn.")  # the pre-flight asks for Part III
    page = window.show_page("reports")
    page.refresh()
    page.select_id(row.id)
    from qms_desktop.ui.dialogs.preflight_dialog import PreflightDialog

    read = fill_exec(monkeypatch, PreflightDialog, lambda d: d.acknowledge_all())  # the leader ticks each warning
    QTest.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    assert len(read) == 1 and not read[0].found.refusals
    assert reports.get_report(user_ctx, row.id).row.status == "final"
    made = _dailies(folder)
    assert len(made) == 1  # refreshed, one per day
    assert _count(made[0], "SELECT count(*) FROM report WHERE status = 'final'") == 1
    window.close()


# ---------------------------------------------------------------- what a job holds is let go on the GUI thread
def test_what_a_job_holds_is_let_go_on_the_gui_thread(qtbot):
    """A job's callable may hold the last reference to a widget (a dialog it closes over): letting it go
    on the worker thread would delete the widget there, changing Qt's widget list from two threads."""
    runner = JobRunner()
    released_on_gui: list[bool] = []
    results: list[object] = []

    class Held:
        def __del__(self) -> None:
            released_on_gui.append(threading.current_thread() is threading.main_thread())

    def job(held: Held):
        return lambda **_: held is not None

    def read(held: Held):
        return lambda: held is not None

    runner.start(job(Held()), parent=None, label="job", on_done=results.append)
    runner.background(read(Held()), on_done=results.append, on_error=results.append)
    assert runner.wait_idle(timeout_s=30)
    qtbot.waitUntil(lambda: len(released_on_gui) == 2, timeout=5000)
    assert results == [True, True] and released_on_gui == [True, True]
