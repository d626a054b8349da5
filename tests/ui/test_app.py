"""Start-up (qms_desktop.app), first-run wizard, login, main window, search, text size, window size."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from qms_desktop import app as app_module
from qms_desktop.domain.errors import DatabaseRefused
from qms_desktop.services import agency, procedures, records, tthc, users
from qms_desktop.services.context import AppContext
from qms_desktop.storage.db import Database
from qms_desktop.ui import fonts
from qms_desktop.ui.events import AppEvents
from qms_desktop.ui.first_run import FirstRunWizard
from qms_desktop.ui.login import LoginDialog, RecoverPasswordDialog, RecoveryCodeDialog
from qms_desktop.ui.main_window import MainWindow
from qms_desktop.ui.pages import NavPage
from qms_desktop.ui.runner import SynchronousRunner
from qms_desktop.ui.search_dialog import SearchDialog

from ui_helpers import PASSWORD, set_text


@pytest.fixture
def window(qtbot, env):
    w = MainWindow(env, db_path=env.ctx.db.path)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


# ---------------------------------------------------------------- start-up
def test_new_database_starts_with_the_wizard_then_login(qtbot, db):
    launcher = app_module.Launcher(db, runner=SynchronousRunner(), events=AppEvents())
    first = launcher.first_dialog()
    qtbot.addWidget(first)
    assert isinstance(first, FirstRunWizard)
    users.create_first_user(db, username="chutich", password=PASSWORD)
    second = launcher.first_dialog()
    qtbot.addWidget(second)
    assert isinstance(second, LoginDialog)


def test_main_refuses_a_foreign_file_with_a_message(qtbot, tmp_path, monkeypatch):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    assert app_module.main(["--db", str(bogus), "-platform", "offscreen"]) == 1
    # Vietnamese by default, before any database could tell the language
    assert shown and "không phải là cơ sở dữ liệu của QMS Desktop" in shown[0][1]
    assert not Path(str(bogus) + ".lock").exists()  # the lock taken for the check is released


def test_main_refuses_a_database_open_elsewhere(qtbot, tmp_path, monkeypatch):
    from qms_desktop.storage.lock import InstanceLock

    path = tmp_path / "qms.sqlite"
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    with InstanceLock(path):
        assert app_module.main(["--db", str(path)]) == 1
    assert "đang được mở" in shown[0]


def test_main_on_a_new_database_runs_the_wizard(qtbot, tmp_path, monkeypatch):
    seen = []

    def fake_exec(self):
        seen.append(type(self).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FirstRunWizard, "exec", fake_exec)
    path = tmp_path / "new" / "qms.sqlite"
    assert app_module.main(["--db", str(path)]) == 0
    assert seen == ["FirstRunWizard"]
    assert path.exists() and not Path(str(path) + ".lock").exists()


def test_main_logs_in_and_shows_the_window(qtbot, db, leader, monkeypatch, tmp_path):
    from qms_desktop import paths

    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    path = db.path
    db.close()

    def fake_login(self):
        set_text(self.username, "chutich")
        set_text(self.password, PASSWORD)
        self.accept()
        return self.result()

    shown = []
    monkeypatch.setattr(LoginDialog, "exec", fake_login)
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    copies = []

    def run_the_day(*_a):  # the user opens an attached file in the viewer, then quits
        from qms_desktop.services.tempfiles import run_folder

        copies.append(run_folder() / "1" / "Biên bản.pdf")
        copies[0].parent.mkdir()
        copies[0].write_bytes(b"%PDF-1.4")
        return 0

    monkeypatch.setattr(QApplication, "exec", run_the_day)
    assert app_module.main(["--db", str(path)]) == 0
    assert copies and not copies[0].exists() and not copies[0].parent.parent.exists()  # the viewer's copies go
    assert len(shown) == 1
    window = shown[0]
    assert window.env.ctx.actor.username == "chutich"
    assert "Trần Văn Đức" in window.user_label.text()
    assert str(path) in window.db_label.toolTip()
    assert window.isMaximized() or window.windowState() & Qt.WindowState.WindowMaximized  # first start, 1366×768
    window.deleteLater()
    # on exit: the automatic backup, and the database released
    assert [p.name.split("-")[1] for p in paths.backups_dir().glob("qms-*.sqlite")].count("daily") == 1
    assert not Path(str(path) + ".lock").exists()


def test_a_clock_gone_back_to_2000_is_said_after_the_login_and_quitting_opens_nothing(
        qtbot, db, leader, monkeypatch, tmp_path):
    """QA 19 F3: the PC's clock was trusted without a look: an NC numbered 01/2062 can never be taken back."""
    import datetime as dt

    from qms_desktop.services import clock

    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    records.create(AppContext(db, leader), "unit", {"name": "Tư pháp - Hộ tịch"})  # the data's last change: now
    path = db.path
    db.close()
    real_doubt = clock.doubt
    monkeypatch.setattr(clock, "doubt", lambda database, now=None: real_doubt(database, dt.datetime(2000, 1, 1, 2)))

    def fake_login(self):
        set_text(self.username, "chutich")
        set_text(self.password, PASSWORD)
        self.accept()
        return self.result()

    seen, shown = [], []

    def answer(box):  # the user reads the warning and presses Enter: its default
        seen.append((box.objectName(), box.text(), [b.text() for b in box.buttons()]))
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", fake_login)
    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    assert app_module.main(["--db", str(path)]) == 0
    [(name, text, buttons)] = seen
    today = dt.date.today().strftime("%d/%m/%Y")
    assert name == "clockWarning" and "01/01/2000" in text and today in text  # in the database's language
    assert len(buttons) == 2 and shown == []

    def go_on(box):
        seen.append(box.text())
        next(b for b in box.buttons() if b is not box.defaultButton()).click()  # not the default: go on
        return 0

    monkeypatch.setattr(QMessageBox, "exec", go_on)
    assert app_module.main(["--db", str(path)]) == 0
    assert len(seen) == 2 and len(shown) == 1  # warned again, and the user chose to go on
    shown[0].deleteLater()


def test_the_start_window_is_painted_before_the_database_opens_and_closes_before_the_login(
        qtbot, db, leader, monkeypatch, tmp_path):
    """Issue 19: something is shown at once; the database (and SQLAlchemy) come after it."""
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    path = db.path
    db.close()
    seen = {}
    real_open = app_module.open_database

    def open_database(args):
        start = [w for w in QApplication.topLevelWidgets() if w.objectName() == "start_window"]
        seen["at_open"] = [(w.isVisible(), w.findChildren(QLabel)[1].text()) for w in start]
        return real_open(args)

    def login(self):
        seen["at_login"] = [w.isVisible() for w in QApplication.topLevelWidgets() if w.objectName() == "start_window"]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(app_module, "open_database", open_database)
    monkeypatch.setattr(LoginDialog, "exec", login)
    from qms_desktop.ui import translations

    translations.install("vi")
    try:
        assert app_module.main(["--db", str(path)]) == 0
    finally:
        translations.install("en")
    assert seen["at_open"] == [(True, "Đang mở dữ liệu…")]
    assert seen["at_login"] == [False]


def test_importing_the_application_loads_neither_sqlalchemy_nor_the_models(tmp_path):
    import subprocess
    import sys

    code = ("import sys, qms_desktop.app\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic') or "
            "m.startswith(('qms_desktop.storage', 'qms_desktop.services'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(tmp_path),
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"


def test_demo_never_touches_the_real_database(qtbot, tmp_path, monkeypatch):
    if importlib.util.find_spec("qms_desktop.services.demo") is None:
        pytest.skip("services.demo is not written yet")
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    hints = []

    def fake_exec(self):
        hints.append(" ".join(lbl.text() for lbl in self.findChildren(type(self.error))))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    assert app_module.main(["--demo"]) == 0
    from qms_desktop import paths

    assert paths.demo_db_path().exists()
    assert not paths.default_db_path().exists()
    demo = Database.open(paths.demo_db_path())
    try:
        assert users.has_users(demo)
        assert agency.get_profile(AppContext(demo)).full_name
    finally:
        demo.close()
    # the demo login lists the demo accounts
    assert "thuky" in hints[0]


def test_database_refusal_message_names_the_file(tmp_path):
    bogus = tmp_path / "x.sqlite"
    bogus.write_bytes(b"\x00" * 100)
    with pytest.raises(DatabaseRefused) as err:
        app_module.open_database(app_module.parse_args(["--db", str(bogus)]))
    assert str(bogus.resolve()) in err.value.render()


def test_qt_options_are_ignored_by_our_parser():
    args = app_module.parse_args(["-platform", "offscreen", "--db", "x.sqlite", "-style", "fusion"])
    assert args.db == "x.sqlite" and not args.demo


# ---------------------------------------------------------------- first-run wizard
def fill_wizard(w: FirstRunWizard, *, password2: str = PASSWORD) -> None:
    a = w.agency_page
    set_text(a.full_name, "Ủy ban nhân dân xã Tân Phú")
    set_text(a.province, "Đồng Nai")
    set_text(a.head_name, "Nguyễn Văn Thành")
    set_text(a.iso_rep_name, "Trần Quốc Bảo")
    w.next()
    units = w.units_page
    units.staff.add_row(("Hoàng Thị Lan", "Công chức Tư pháp - Hộ tịch", "tu phap - ho tich"))
    w.next()
    acc = w.account_page
    set_text(acc.username, "chutich")
    set_text(acc.full_name, "Nguyễn Văn Thành")
    set_text(acc.password, PASSWORD)
    set_text(acc.repeat, password2)


def test_wizard_sets_up_agency_account_units_and_starter_kit(qtbot, db, sample_xlsx, monkeypatch):
    from qms_desktop.ui.dialogs.import_preview import ImportPreviewDialog

    answers = []  # the wizard's import shows the same preview as the TTHC page: Cancel, then Import
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda d: answers.append(d) or len(answers) > 1)
    w = FirstRunWizard(db, SynchronousRunner())
    qtbot.addWidget(w)
    w.show()
    assert w.agency_page.recipient.text() == "Sở Khoa học và Công nghệ"
    assert not w.button(w.WizardButton.NextButton).isEnabled()  # the agency name is required
    fill_wizard(w)
    assert w.agency_page.recipient.text() == "Sở Khoa học và Công nghệ tỉnh Đồng Nai"  # follows the province
    w.next()
    assert w.currentPage() is w.recovery_page
    # every step has the banner of a subtitle, the recovery code's too (QA 53 F11: its title was drawn large, alone)
    assert all(p.subTitle() for p in (w.agency_page, w.units_page, w.account_page, w.recovery_page, w.starter_page))
    code = w.recovery_page.view.code.text()
    assert len(code) == 19 and code.count("-") == 3
    assert not w.button(w.WizardButton.NextButton).isEnabled()  # until the code is kept
    w.recovery_page.kept.setChecked(True)
    w.next()
    assert w.currentPage() is w.starter_page
    w.starter_page.import_file(str(sample_xlsx))
    assert len(answers) == 1 and len(answers[0].rows()) == 28 and {r["what"] for r in answers[0].rows()} == {"add"}
    assert "nothing was written" in w.starter_page.import_result.text()
    assert tthc.list_tthc(w.ctx) == []  # the preview was cancelled: nothing written
    w.starter_page.import_file(str(sample_xlsx))
    assert len(answers) == 2
    assert "28 added" in w.starter_page.import_result.text()
    w.accept()
    assert w.result() == QDialog.DialogCode.Accepted
    assert w.actor.username == "chutich" and w.actor.role == "leader"

    ctx = AppContext(db, w.actor)
    profile = agency.get_profile(ctx)
    assert profile.full_name == "Ủy ban nhân dân xã Tân Phú"
    assert profile.recipient == "Sở Khoa học và Công nghệ tỉnh Đồng Nai"
    assert profile.head_name == "Nguyễn Văn Thành"
    assert [p.code for p in procedures.list_procedures(ctx)] == ["QT-01", "QT-02", "QT-03", "QT-04", "QT-05"]
    assert len(records.list_records(ctx, "unit")) == 5
    staff = records.list_records(ctx, "staff")
    assert [s.values["full_name"] for s in staff] == ["Hoàng Thị Lan"] and staff[0].values["unit_id"]
    assert len(tthc.list_tthc(ctx)) == 28
    assert users.authenticate(db, "chutich", PASSWORD).role == "leader"
    assert users.reset_with_recovery_code(db, username="chutich", recovery_code=code, new_password="moi-12345678")


def test_wizard_shows_errors_next_to_the_fields(qtbot, db):
    w = FirstRunWizard(db, SynchronousRunner())
    qtbot.addWidget(w)
    w.show()
    fill_wizard(w, password2="something else")
    w.next()
    assert w.currentPage() is w.account_page
    assert w.account_page.errors["password2"].isVisible()
    assert not users.has_users(db)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWizard

    for edit in (w.account_page.password, w.account_page.repeat):
        edit.setFocus()
        edit.selectAll()
        QTest.keyClicks(edit, "short")  # typed: each key hides the message that was there

    commit = w.button(QWizard.WizardButton.CommitButton)
    QTest.mouseClick(commit, Qt.MouseButton.LeftButton)  # "Tạo tài khoản", as she clicks it
    assert w.currentPage() is w.account_page
    assert "at least 8" in w.account_page.errors["password"].text()
    assert not users.has_users(db)
    # QA 7 L6: the field kept its height under its message (it was squeezed to half, its dots cut) — and keeps it
    # once the window has laid itself out again (QA 53 F4: 14 px a moment later, until the window was resized)
    for edit in (w.account_page.username, w.account_page.password, w.account_page.repeat):
        assert edit.height() >= edit.sizeHint().height()
    qtbot.wait(300)
    for edit in (w.account_page.username, w.account_page.password, w.account_page.repeat):
        assert edit.height() >= edit.sizeHint().height(), (edit.objectName(), edit.height())
    error = w.account_page.errors["password"]
    assert error.height() >= error.heightForWidth(error.width()) and error.y() >= w.account_page.password.height()


def test_wizard_starter_kit_can_be_declined(qtbot, db):
    w = FirstRunWizard(db, SynchronousRunner())
    qtbot.addWidget(w)
    w.show()
    fill_wizard(w)
    w.next()
    w.recovery_page.kept.setChecked(True)
    w.next()
    w.starter_page.procedures.setChecked(False)
    w.accept()
    assert procedures.list_procedures(AppContext(db, w.actor)) == []


# ---------------------------------------------------------------- login
def test_login_refuses_a_wrong_password_and_accepts_the_right_one(qtbot, db, leader):
    dlg = LoginDialog(db)
    qtbot.addWidget(dlg)
    dlg.show()
    set_text(dlg.username, "chutich")
    set_text(dlg.password, "wrong-password")
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted and dlg.actor is None
    assert dlg.error.isVisible() and "Wrong user name or password" in dlg.error.text()
    assert dlg.password.text() == ""
    set_text(dlg.password, PASSWORD)
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)  # Enter logs in
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.actor.username == "chutich"
    from qms_desktop.ui.login import last_user_key

    assert QSettings().value(last_user_key(db)) == "chutich"


def test_login_shows_the_lock_out(qtbot, db, leader):
    dlg = LoginDialog(db)
    qtbot.addWidget(dlg)
    for _ in range(users.MAX_FAILURES):
        set_text(dlg.username, "chutich")
        set_text(dlg.password, "wrong-password")
        dlg.accept()
    set_text(dlg.password, PASSWORD)
    dlg.accept()
    assert dlg.actor is None
    assert "locked" in dlg.error.text()


def test_forgotten_password_with_the_recovery_code(qtbot, db, monkeypatch):
    _user, code = users.create_first_user(db, username="thuky", password=PASSWORD)
    shown = []
    monkeypatch.setattr(RecoveryCodeDialog, "exec", lambda self: shown.append(self.view.code.text()) or 0)
    dlg = RecoverPasswordDialog(db, "thuky")
    qtbot.addWidget(dlg)
    set_text(dlg.code, "0000-0000-0000-0000")
    set_text(dlg.new_password, "matkhau-moi-1")
    set_text(dlg.repeat, "matkhau-moi-1")
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted and "recovery code" in dlg.error.text()
    set_text(dlg.code, code.lower())
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert shown == [dlg.new_code] and dlg.new_code != code
    assert users.authenticate(db, "thuky", "matkhau-moi-1").username == "thuky"


# ---------------------------------------------------------------- main window
def test_window_shows_every_page(window):
    """The navigation as the user sees it, written out here (not derived from ``PAGES``, the code under test)."""
    expected = ["dashboard", "tthc", "procedures", "announcements", "objectives", "audits", "ncs", "inspections",
                "reviews", "stats", "reports", "other", "history", "settings"]
    assert window.page_keys() == expected
    assert window.nav.count() == len(expected)
    assert window.nav.item(0).text() == "Overview"
    assert window.page_title.text() == "Overview"


def test_every_navigation_entry_names_its_page_class():
    """A NavPage names the module and class that build its page, and that class's key is the entry's own (a page's
    ``title()`` reads its entry by key)."""
    from qms_desktop.ui.pages import PAGES, RECEIVING_PAGES

    for nav in PAGES + RECEIVING_PAGES:
        page_class = getattr(importlib.import_module(nav.module_path), nav.cls)
        assert page_class.key == nav.key, nav


def test_a_built_page_has_its_navigation_title(window):
    for row in range(window.nav.count()):
        key = window.nav.item(row).data(Qt.ItemDataRole.UserRole)
        assert window.pages[key].title() == window.nav.item(row).text() != "", key


def test_missing_page_module_is_skipped(qtbot, env, monkeypatch):
    from qms_desktop.ui import main_window

    monkeypatch.setattr(main_window, "PAGES", (NavPage("dashboard", "pages.dashboard", "DashboardPage", "Overview"),
                                               NavPage("nope", "pages.not_written_yet", "NopePage", "Nope")))
    w = MainWindow(env, db_path=env.ctx.db.path)
    qtbot.addWidget(w)
    assert w.page_keys() == ["dashboard"]


def test_ctrl_digits_switch_pages(qtbot, window):
    keys = window.page_keys()
    target = min(len(keys), 9)
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + target), Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == target - 1
    assert window.page_title.text() == window.nav.item(target - 1).text()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages["dashboard"]


def test_ctrl_page_down_reaches_the_pages_after_the_ninth(qtbot, window):
    """QA: Reports (the eleventh page) and the pages after it had no key of their own."""
    keys = window.page_keys()
    assert keys.index("reports") >= 9
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    for _ in range(keys.index("reports") - 8):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages["reports"]
    for _ in range(len(keys)):  # stops at the last page
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == len(keys) - 1
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == len(keys) - 2


def test_global_search_finds_without_tone_marks_and_opens_the_record(qtbot, window, env, monkeypatch):
    row = tthc.create_tthc(env.ctx, code="1.009137", name="Thủ tục đăng ký khai sinh")
    tthc.create_tthc(env.ctx, code="1.009174", name="Đăng ký kết hôn")
    opened = []
    monkeypatch.setattr(SearchDialog, "exec", lambda self: opened.append(self) or 0)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    window.search_box.setText("thu tuc")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    dlg = opened[0]
    qtbot.addWidget(dlg)
    assert [h.title for h in dlg.hits] == ["Thủ tục đăng ký khai sinh"]
    assert dlg.table.item(0, 2).text() == "Thủ tục đăng ký khai sinh"
    assert dlg.table.item(0, 0).text() == "Administrative procedure"
    procedures.create_procedure(env.ctx, code="QT-HT-01/2026/UBND-XA-TAN-PHU-BO-PHAN-MOT-CUA-LIEN-THONG",
                                title="Quy trình thủ tục đăng ký khai sinh")
    dlg.query.setText("thu tuc")
    dlg.run()  # one very long reference no longer takes the titles' width (QA 21 F14)
    assert len(dlg.hits) == 2 and dlg.table.columnWidth(1) <= 200
    dlg.query.setText("thu tuc dang ky khai sinh 1.009137")
    dlg.run()
    dlg.table.selectRow(0)
    dlg.open_current()
    if "tthc" in window.pages:
        assert window.current_page() is window.pages["tthc"]
        assert window.open_record(f"tthc:{row.id}")  # the page found and selected the record
    else:
        assert "cannot be shown" in window.statusBar().currentMessage()
    # open_record on a page the window has: the unit in Settings
    unit = records.create(env.ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
    assert window.open_record(f"unit:{unit.id}")
    assert window.current_page() is window.pages["settings"]
    assert window.pages["settings"].units.table.current_row().id == unit.id


def test_text_size_changes_the_whole_application(qtbot, window):
    app = QApplication.instance()
    before = app.font().pointSize()
    label = window.user_label
    window.actions_.larger.trigger()
    app.processEvents()  # font changes reach the widgets as posted events
    assert app.font().pointSize() == before + 1
    assert label.font().pointSize() == before + 1  # inherited by every widget
    assert window.page_title.font().pointSize() == before + 1 + 5  # headings follow
    assert int(QSettings().value("ui/font_point_size")) == before + 1
    window.actions_.smaller.trigger()
    window.actions_.smaller.trigger()
    app.processEvents()
    assert app.font().pointSize() == before - 1
    assert label.font().pointSize() == before - 1
    window.actions_.reset_size.trigger()
    assert app.font().pointSize() == fonts.DEFAULT_POINT_SIZE


def test_larger_text_widens_the_list_columns_and_the_detail_title(qtbot, window):
    """A+ for a clerk who needs larger text: the columns grow with their captions and dates (not clipped
    to "Ngày phát hiệ…"), the bold title above a record's detail stays a point above the text, and the
    dashboard's charts grow taller (the page scrolls) instead of cutting their axis labels to "…"."""
    app = QApplication.instance()
    chart = window.show_page("dashboard").nc_chart.view
    chart_height = chart.minimumHeight()
    page = window.show_page("ncs")
    table, header = page.table, page.table.horizontalHeader()
    columns = range(header.count() - 1)  # the last one stretches
    before = [table.columnWidth(i) for i in columns]
    size = app.font().pointSizeF()
    for _ in range(4):
        window.actions_.larger.trigger()
    app.processEvents()
    ratio = app.font().pointSizeF() / size
    assert ratio > 1.3
    for i, width in zip(columns, before):
        assert abs(table.columnWidth(i) - width * ratio) <= 4, (i, width, table.columnWidth(i))
    assert page.header.font().pointSize() == app.font().pointSize() + 1 and page.header.font().bold()
    assert chart.minimumHeight() > chart_height * ratio  # the chart's axis labels keep their room
    window.actions_.reset_size.trigger()
    app.processEvents()
    assert all(abs(table.columnWidth(i) - width) <= 4 for i, width in zip(columns, before))


def test_bundled_font_is_the_application_font(qapp):
    family = fonts.register_ui_font()
    assert family == "Be Vietnam Pro"
    assert family in qapp.font().families()


def test_window_fits_1366x768(qtbot, demo_env):
    window = MainWindow(demo_env, db_path=demo_env.ctx.db.path)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768
    viewport = window.page_scroll.viewport().size()
    for key in window.page_keys():  # every page of the demo commune fits without scrolling
        window.show_page(key)
        page = window.pages[key].minimumSizeHint()
        assert page.width() <= viewport.width() and page.height() <= viewport.height(), (key, page, viewport)
        QApplication.processEvents()
        scroll = window.page_scroll
        assert scroll.horizontalScrollBar().maximum() == 0 and scroll.verticalScrollBar().maximum() == 0, key
    for _ in range(6):  # 16 pt: pages may scroll now, but the window never outgrows the screen
        window.actions_.larger.trigger()
    QApplication.processEvents()
    for key in window.page_keys():
        window.show_page(key)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, key
        QApplication.processEvents()
        need, view = window.pages[key].minimumSizeHint(), window.page_scroll.viewport().size()
        if need.width() > view.width():  # such a page scrolls instead of being cut off
            assert window.page_scroll.horizontalScrollBar().maximum() >= need.width() - view.width(), key


def test_at_large_text_the_dashboard_charts_keep_their_height_and_whole_labels(qtbot, demo_env):
    """QA: with A+ three times the cards' wrapped text took more lines than the page's minimum counted, the
    charts were squeezed under their own height (the axis cut off), and the period labels read "12/20…"."""
    from PySide6.QtWidgets import QGraphicsTextItem

    window = MainWindow(demo_env, db_path=demo_env.ctx.db.path)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):
        window.actions_.larger.trigger()
    page = window.show_page("dashboard")
    box = page.rate_chart

    def labels() -> list[str]:
        return [i.toPlainText() for i in box.view.scene().items()
                if isinstance(i, QGraphicsTextItem) and i.isVisible() and "/" in i.toPlainText()]

    qtbot.waitUntil(lambda: box._category_axis is not None and len(labels()) >= 2, timeout=5000)
    qtbot.waitUntil(lambda: box.height() >= box.minimumSizeHint().height(), timeout=2000)
    for chart in (page.nc_chart, page.rate_chart):
        assert chart.height() >= chart.minimumSizeHint().height()  # the page scrolls instead
    qtbot.waitUntil(lambda: not any("..." in t for t in labels()), timeout=2000)
    assert len(labels()) == len(box._category_axis.categories())
    # a page's list keeps four rows (it was squeezed to two by the report's form), the page scrolls instead
    reports = window.show_page("reports")
    table = reports.table
    qtbot.waitUntil(lambda: table.height() >= table.minimumSizeHint().height(), timeout=2000)
    assert table.height() >= 4 * table.verticalHeader().defaultSectionSize() + table.horizontalHeader().height()
    assert not reports.changes.isVisible() and not reports.signature.isVisible()  # nothing to say: no blank band
    window.actions_.reset_size.trigger()


def test_a_page_larger_than_the_screen_scrolls(qtbot, window):
    window.pages["dashboard"].setMinimumSize(2000, 1200)  # e.g. very large text
    qtbot.waitUntil(lambda: window.page_scroll.horizontalScrollBar().maximum() > 0)
    assert window.page_scroll.verticalScrollBar().maximum() > 0
    assert window.width() <= 1366  # the window itself never outgrows the screen


def test_geometry_is_remembered(qtbot, env):
    w = MainWindow(env, db_path=env.ctx.db.path)
    qtbot.addWidget(w)
    w.show()
    w.resize(1100, 700)
    w.close()
    w2 = MainWindow(env, db_path=env.ctx.db.path)
    qtbot.addWidget(w2)
    assert (w2.width(), w2.height()) == (1100, 700)


def test_help_opens_the_vietnamese_guide(qtbot, window, monkeypatch):
    from qms_desktop.ui.help import HelpDialog, load_sections

    titles = [s.title for s in load_sections()]
    assert titles[1:] == ["1. Đăng nhập", "2. Nhập danh mục thủ tục hành chính (TTHC)",
                          "3. Thêm quy trình và lần ban hành mới",
                          "4. Ghi nhận đánh giá nội bộ và sự không phù hợp", "5. Đóng sự không phù hợp",
                          "6. Xem xét của lãnh đạo", "7. Lập và xuất báo cáo 6 tháng ra USB", "8. Sao lưu",
                          "9. Khi có sự cố"]
    shown = []
    monkeypatch.setattr(HelpDialog, "exec", lambda self: shown.append(self) or 0)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dlg = shown[0]
    qtbot.addWidget(dlg)
    dlg.topics.setCurrentRow(1)
    assert "Tên đăng nhập" in dlg.browser.toPlainText()


def test_desktop_help_speaks_the_interface_language(qapp, capsys):
    """QA: `qms-desktop --help` was English whatever the language chosen."""
    from qms_desktop.app import parse_args
    from qms_desktop.ui import translations

    assert translations.install("vi")
    try:
        with pytest.raises(SystemExit) as stop:
            parse_args(["--help"])
    finally:
        translations.install("en")
    out = capsys.readouterr().out
    assert stop.value.code == 0
    assert "cách dùng: qms-desktop" in out and "mở xã mẫu" in out and "usage" not in out
    assert parse_args(["--demo", "-platform", "offscreen"]).demo  # Qt's own options still pass through
