"""A set-up that cannot be left half-done, and the user name remembered per database (issue 9, items 5, 6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWizard

from record_fixtures import *  # noqa: F403 - every prompt answered (``answers``)
from record_fixtures import make_env

from qms_desktop import app as app_module
from qms_desktop.services import procedures, setup, users
from qms_desktop.services.context import AppContext
from qms_desktop.storage.db import Database
from qms_desktop.ui.events import AppEvents
from qms_desktop.ui.first_run import FirstRunWizard
from qms_desktop.ui.login import LoginDialog
from qms_desktop.ui.runner import SynchronousRunner

from ui_helpers import PASSWORD, set_text


def _click(button) -> None:
    """A click where a user clicks: a check box on its box (its centre may be past the text)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QCheckBox

    pos = QPoint(7, button.height() // 2) if isinstance(button, QCheckBox) else button.rect().center()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def _to_recovery_page(qtbot, db) -> FirstRunWizard:
    w = FirstRunWizard(db, SynchronousRunner())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    set_text(w.agency_page.full_name, "Ủy ban nhân dân xã Tân Phú")
    _click(w.button(QWizard.WizardButton.NextButton))
    _click(w.button(QWizard.WizardButton.NextButton))  # units: the defaults
    acc = w.account_page
    set_text(acc.username, "chutich")
    set_text(acc.full_name, "Nguyễn Văn Thành")
    set_text(acc.password, PASSWORD)
    set_text(acc.repeat, PASSWORD)
    _click(w.button(QWizard.WizardButton.CommitButton))
    assert w.currentPage() is w.recovery_page
    return w


def _login(qtbot, db, username: str = "chutich") -> LoginDialog:
    dlg = LoginDialog(db)
    qtbot.addWidget(dlg)
    dlg.show()
    set_text(dlg.username, username)
    set_text(dlg.password, PASSWORD)
    _click(dlg.login_button)
    assert dlg.result() == QDialog.DialogCode.Accepted
    return dlg


def test_cancel_on_the_recovery_page_asks_and_the_set_up_resumes(qtbot, db, answers):
    w = _to_recovery_page(qtbot, db)
    first_code = w.recovery_page.view.code.text()
    answers.confirm = False  # "stay"
    _click(w.button(QWizard.WizardButton.CancelButton))
    assert w.isVisible() and "not finished" in answers.confirms[-1]
    answers.confirm = True  # "leave now"
    _click(w.button(QWizard.WizardButton.CancelButton))
    assert not w.isVisible() and w.result() == QDialog.DialogCode.Rejected
    assert users.has_users(db)
    ctx = AppContext(db, w.actor)
    assert setup.pending(ctx) == (setup.RECOVERY, setup.STARTER)

    # the next start: log in, then the steps that were left (and only those)
    launcher = app_module.Launcher(db, runner=SynchronousRunner(), events=AppEvents())
    assert isinstance(launcher.first_dialog(), LoginDialog)
    actor = _login(qtbot, db).actor
    resumed = launcher.resume_setup(actor)
    assert isinstance(resumed, FirstRunWizard)
    qtbot.addWidget(resumed)
    resumed.show()
    assert [resumed.page(i) for i in resumed.pageIds()] == [resumed.recovery_page, resumed.starter_page]
    new_code = resumed.recovery_page.view.code.text()
    assert len(new_code) == 19 and new_code != first_code  # a fresh code: nobody knows if the first was kept
    assert not resumed.button(QWizard.WizardButton.NextButton).isEnabled()
    _click(resumed.recovery_page.kept)
    assert resumed.recovery_page.kept.isChecked()
    assert resumed.button(QWizard.WizardButton.NextButton).isEnabled()
    _click(resumed.button(QWizard.WizardButton.NextButton))
    assert resumed.currentPage() is resumed.starter_page
    assert setup.pending(ctx) == (setup.STARTER,)
    assert resumed.starter_page.procedures.isChecked()
    _click(resumed.button(QWizard.WizardButton.FinishButton))
    assert resumed.result() == QDialog.DialogCode.Accepted
    assert setup.pending(ctx) == ()
    assert [p.code for p in procedures.list_procedures(ctx)] == ["QT-01", "QT-02", "QT-03", "QT-04", "QT-05"]
    assert users.reset_with_recovery_code(db, username="chutich", recovery_code=new_code, new_password="moi-12345678")
    assert launcher.resume_setup(actor) is None  # done: not shown again


def test_the_dashboard_says_what_the_set_up_lacks(qtbot, db, answers):
    from qms_desktop.ui.pages.dashboard import DashboardPage

    w = _to_recovery_page(qtbot, db)
    _click(w.button(QWizard.WizardButton.CancelButton))  # left on the recovery page
    ctx = AppContext(db, w.actor)
    env = make_env(ctx)
    page = DashboardPage(env)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.setup_box.isVisible()
    text = page.setup_text.text()
    for words in ("recovery code", "province", "chairman", "No staff member", "No procedure", "TTHC list"):
        assert words in text, words
    assert "No unit" not in text  # the wizard's default units were kept
    assert page.setup_button.isVisible()
    # a link opens the page where it is fixed
    page.setup_text.linkActivated.emit("tthc:")
    assert env.opened == ["tthc:"]

    # "Finish the set-up…" on the dashboard runs the steps that were left
    def finish(self):
        self.show()
        qtbot.waitExposed(self)
        _click(self.recovery_page.kept)
        _click(self.button(QWizard.WizardButton.NextButton))
        _click(self.button(QWizard.WizardButton.FinishButton))
        return self.result()

    import pytest

    mp = pytest.MonkeyPatch()
    mp.setattr(FirstRunWizard, "exec", finish)
    try:
        _click(page.setup_button)
    finally:
        mp.undo()
    text = page.setup_text.text()
    assert "recovery code" not in text and "No procedure" not in text and "TTHC list" in text
    assert not page.setup_button.isVisible()


def test_a_demo_like_complete_commune_shows_no_set_up_box(qtbot, demo_env):
    from qms_desktop.ui.pages.dashboard import DashboardPage

    page = DashboardPage(demo_env)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert not page.setup_box.isVisible() and setup.gaps(demo_env.ctx) == []


def test_main_resumes_the_set_up_after_login(qtbot, db, answers, monkeypatch):
    w = _to_recovery_page(qtbot, db)
    _click(w.button(QWizard.WizardButton.CancelButton))
    path = db.path
    db.close()
    shown = []

    def fake_login(self):
        set_text(self.username, "chutich")
        set_text(self.password, PASSWORD)
        _click(self.login_button)
        return self.result()

    monkeypatch.setattr(LoginDialog, "exec", fake_login)
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: shown.append([self.page(i) for i in self.pageIds()]) or 0)
    from PySide6.QtWidgets import QApplication

    from qms_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "present", lambda self: None)
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    assert app_module.main(["--db", str(path)]) == 0
    assert len(shown) == 1 and len(shown[0]) == 2  # recovery code and starter kit, after logging in


# ---------------------------------------------------------------- 6. the last user name, per database
def test_the_last_user_name_is_remembered_per_database(qtbot, db, tmp_path, answers):
    users.create_first_user(db, username="chutich", password=PASSWORD)
    other = Database.open(tmp_path / "demo.sqlite")  # e.g. the demo commune on the same PC
    third = Database.open(tmp_path / "new.sqlite")
    try:
        users.create_first_user(other, username="thuky", password=PASSWORD)
        _login(qtbot, other, "thuky")
        _login(qtbot, db, "chutich")
        real, demo, new = LoginDialog(db), LoginDialog(other), LoginDialog(third)
        for d in (real, demo, new):
            qtbot.addWidget(d)
        assert real.username.text() == "chutich"
        assert demo.username.text() == "thuky"  # not the real installation's user
        assert new.username.text() == ""  # a third database offers nobody's name
    finally:
        other.close()
        third.close()


def test_the_wizard_records_its_progress_in_writing_transactions(qtbot, db, caplog):
    """QA 10: creating the account logged "a reading transaction writes: ['Setting']": the set-up progress was
    written inside a reading transaction (which can meet SQLITE_BUSY_SNAPSHOT beside another writer)."""
    import logging

    caplog.set_level(logging.WARNING, logger="qms_desktop.storage.events")
    w = _to_recovery_page(qtbot, db)
    _click(w.button(QWizard.WizardButton.NextButton))
    assert setup.pending(AppContext(db, users.authenticate(db, "chutich", PASSWORD)))  # progress was recorded
    assert not [r for r in caplog.records if "reading transaction writes" in r.getMessage()]


def test_the_wizard_chooses_the_kind_the_typed_name_says(qtbot, db):
    w = FirstRunWizard(db, SynchronousRunner())
    qtbot.addWidget(w)
    w.show()
    set_text(w.agency_page.full_name, "Ủy ban nhân dân phường Đà Lạt")
    assert w.agency_page.kind.currentData() == "phuong"
    set_text(w.agency_page.full_name, "Ủy ban nhân dân xã Tà Nung")
    assert w.agency_page.kind.currentData() == "xa"
