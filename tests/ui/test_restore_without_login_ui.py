"""Restoring a backup where nobody can log in (QA 25 F2), driven through the real widgets: the first start on a
new PC offers it beside the new agency's form, and a database that cannot be opened says so with a button that
restores a backup over it — the backup's own leader logs in to it; the damaged file is kept."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QWizard

from qms_desktop import app as app_module
from qms_desktop import paths
from qms_desktop.domain.model import Role
from qms_desktop.services import backup, records, users
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.storage.db import Database
from qms_desktop.ui.dialogs.restore_dialog import BackupLoginDialog, RestoreDialog
from qms_desktop.ui.login import LoginDialog
from qms_desktop.ui.runner import SynchronousRunner
from ui_helpers import PASSWORD, set_text
from record_fixtures import press

REAL_MESSAGE_BOX_EXEC = QMessageBox.exec  # the conftest makes unexpected boxes fail; here she answers this one


def _old_commune(tmp_path):
    """The commune's last backup, on a USB stick: a leader, a clerk and one unit."""
    old = Database.open(tmp_path / "old" / "qms.sqlite")
    users.create_first_user(old, username="chutich", password=PASSWORD, full_name="Trần Văn Đức", role=Role.LEADER)
    ctx = AppContext(old, Actor("chutich", Role.LEADER, "Trần Văn Đức"))
    users.create_user(ctx, username="thuky", password="thuky-2026-ok", role=Role.SECRETARY, full_name="Lê Thị Lan")
    records.create(ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
    usb = tmp_path / "usb"
    usb.mkdir()
    saved = backup.backup_to(old, usb)
    old.close()
    return saved


def _click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, button.rect().center())


def _type(edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, text)


def _when_modal(kind, act) -> None:
    """``act(window)`` once a modal window of ``kind`` is up (it runs inside that window's own event loop)."""
    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible():
            act(modal)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def _log_in_to_the_backup_then_restore(seen: list[str]) -> None:
    def log_in(dialog: BackupLoginDialog) -> None:
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        _type(dialog.username, "thuky")  # the clerk of the backup: not a leader
        _type(dialog.password_edit, "thuky-2026-ok")
        _click(ok)
        seen.append(dialog.error.text())
        _type(dialog.username, "chutich")
        _type(dialog.password_edit, "sai-mat-khau")
        _click(ok)
        seen.append(dialog.error.text())
        _type(dialog.password_edit, PASSWORD)
        _when_modal(RestoreDialog, lambda restore: (seen.append(restore.findChild(QDialogButtonBox).parent()
                                                                 .windowTitle()), _click(restore.restore_button)))
        _click(ok)
    _when_modal(BackupLoginDialog, log_in)


def test_the_first_start_on_a_new_pc_restores_the_backup_then_logs_in(qtbot, tmp_path, monkeypatch):
    saved = _old_commune(tmp_path)
    new = Database.open(tmp_path / "data" / "qms.sqlite")  # the new PC's first start: an empty database
    launcher = app_module.Launcher(new, runner=SynchronousRunner())
    wizard = launcher.first_dialog()
    qtbot.addWidget(wizard)
    wizard.show()
    restore = wizard.button(QWizard.WizardButton.CustomButton1)
    assert restore.isVisible() and restore.text() == "&Restore from a backup…"
    set_text(wizard.agency_page.full_name, "Ủy ban nhân dân xã Tân Phú")
    set_text(wizard.agency_page.province, "Lâm Đồng")
    _click(wizard.button(QWizard.WizardButton.NextButton))  # on the next pages she sets up a new agency: gone
    assert wizard.currentPage() is not wizard.agency_page and not restore.isVisible()
    _click(wizard.button(QWizard.WizardButton.BackButton))
    assert restore.isVisible()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    seen: list[str] = []
    _log_in_to_the_backup_then_restore(seen)
    _click(restore)
    assert "thuky is not a leader in the backup" in seen[0]
    assert "no active account chutich with this password" in seen[1]
    assert seen[2] == "Restore from a backup"
    assert wizard.restored and not wizard.isVisible()
    assert said == ["The backup was restored. Log in with your account of the backup."]
    login = launcher.first_dialog()  # what the application shows next
    qtbot.addWidget(login)
    assert isinstance(login, LoginDialog)
    _type(login.username, "chutich")
    _type(login.password, PASSWORD)
    _click(login.login_button)
    assert login.actor is not None and login.actor.role == Role.LEADER
    assert [r.values["name"] for r in records.list_records(AppContext(new), "unit")] == ["Tư pháp - Hộ tịch"]
    new.close()


def test_a_database_that_cannot_be_opened_offers_the_restore_and_keeps_the_damaged_file(qtbot, tmp_path,
                                                                                        monkeypatch):
    saved = _old_commune(tmp_path)
    path = tmp_path / "office" / "qms.sqlite"
    path.parent.mkdir()
    path.write_bytes((tmp_path / "old" / "qms.sqlite").read_bytes())
    with open(path, "r+b") as fh:  # the header overwritten (a failing disk, a bad USB copy)
        fh.write(os.urandom(100))
    damaged = path.read_bytes()
    args = app_module.parse_args(["--db", str(path)])
    boxes: list[str] = []

    def she_reads_and_restores(box: QMessageBox) -> None:
        boxes.append(box.text())
        _log_in_to_the_backup_then_restore([])
        _click(next(b for b in box.buttons() if b.text() == "&Restore from a backup…"))

    monkeypatch.setattr(QMessageBox, "exec", REAL_MESSAGE_BOX_EXEC)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    _when_modal(QMessageBox, she_reads_and_restores)
    opened = app_module.open_or_restore(args)
    assert opened is not None
    db, lock = opened
    try:
        assert "is damaged and cannot be read" in boxes[0] and "restore it in its place" in boxes[0]
        assert "not a QMS Desktop database" not in boxes[0]
        kept = next(paths.backups_dir().glob("qms-damaged-*.sqlite"))
        assert kept.read_bytes() == damaged and str(kept) in said[0]
        assert users.authenticate(db, "chutich", PASSWORD).role == Role.LEADER
        assert [r.values["name"] for r in records.list_records(AppContext(db), "unit")] == ["Tư pháp - Hộ tịch"]
    finally:
        db.close()
        lock.release()


def test_a_refusal_that_a_restore_would_not_mend_has_no_restore_button(qtbot, tmp_path, monkeypatch):
    """A database written by a newer version still has its accounts: install that version (no way round the
    login from here)."""
    import sqlite3

    path = tmp_path / "newer.sqlite"
    db = Database.open(path)
    users.create_first_user(db, username="chutich", password=PASSWORD, role=Role.LEADER)
    db.close()
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    assert app_module.open_or_restore(app_module.parse_args(["--db", str(path)])) is None
    assert len(said) == 1 and "newer version" in said[0]


def test_the_application_logs_in_to_the_backup_the_first_start_restored(qtbot, tmp_path, monkeypatch):
    """app.main: the wizard closes after the restore, and the login that follows opens the restored commune, in the
    language it keeps (English here), as the backup's leader."""
    from PySide6.QtWidgets import QDialog

    from qms_desktop.services import agency
    from qms_desktop.ui import translations
    from qms_desktop.ui.first_run import FirstRunWizard
    from qms_desktop.ui.main_window import MainWindow

    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    old = Database.open(tmp_path / "old" / "qms.sqlite")
    users.create_first_user(old, username="chutich", password=PASSWORD, full_name="Trần Văn Đức", role=Role.LEADER)
    agency.set_setting(AppContext(old, Actor("chutich", Role.LEADER)), "language", "en")
    old.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    source = Database.open(tmp_path / "old" / "qms.sqlite")
    saved = backup.backup_to(source, usb)
    source.close()
    translations.install("vi")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)

    def log_in_to_the_backup(dialog) -> int:
        set_text(dialog.username, "chutich")
        set_text(dialog.password_edit, PASSWORD)
        press(dialog)
        return dialog.result()

    monkeypatch.setattr(BackupLoginDialog, "exec", log_in_to_the_backup)
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(FirstRunWizard, "exec", lambda wizard: (wizard.restore_backup(), wizard.result())[1])

    def log_in(dialog) -> int:
        assert translations.current_language() == "en"
        set_text(dialog.username, "chutich")
        set_text(dialog.password, PASSWORD)
        press(dialog)
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", log_in)
    shown: list = []
    monkeypatch.setattr(MainWindow, "show", lambda window: shown.append(window))
    monkeypatch.setattr(QApplication, "exec", lambda *_a: 0)
    assert app_module.main(["--db", str(tmp_path / "new" / "qms.sqlite")]) == 0
    assert len(shown) == 1 and shown[0].env.ctx.actor.username == "chutich"


def test_enter_in_the_restore_dialog_cancels(qtbot, tmp_path):
    """QA 39 F4: the focus was on Khôi phục, so Enter replaced the data at once (from the main window too)."""
    saved = _old_commune(tmp_path)
    actor = backup.backup_leader(tmp_path / "none.sqlite", saved, "chutich", PASSWORD)
    dialog = RestoreDialog(backup.plan_restore(tmp_path / "none.sqlite", saved, actor, password=PASSWORD),
                           tmp_path / "none.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert dialog.restore_button.isEnabled() and QApplication.focusWidget() is dialog.cancel_button
    assert not dialog.restore_button.autoDefault()  # Enter on it, had the focus gone there, does not restore
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Rejected and not dialog.isVisible()


def test_a_backup_deep_in_a_usb_folder_keeps_the_dialog_on_the_screen(qtbot, tmp_path):
    """QA 39 F8: a 190-character path made the dialog 1,448 px wide, past a 1,366 px screen."""
    from PySide6.QtWidgets import QLabel

    saved = _old_commune(tmp_path)
    deep = tmp_path.joinpath("USB", "Ủy ban nhân dân xã Tân Phú", "Hồ sơ ISO 9001", "Sao lưu dữ liệu hằng tuần",
                             "Năm 2026", "Tháng 12")
    deep.mkdir(parents=True)
    moved = deep / saved.name
    saved.rename(moved)  # no metadata beside it now: the note names the file too
    actor = backup.backup_leader(tmp_path / "none.sqlite", moved, "chutich", PASSWORD)
    dialog = RestoreDialog(backup.plan_restore(tmp_path / "none.sqlite", moved, actor, password=PASSWORD),
                           tmp_path / "none.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(str(moved)) > 150 and dialog.width() < 1000
    assert dialog.findChild(QLabel, "restore_file").toolTip() == str(moved)
    assert moved.name in dialog.note.text() and str(moved) not in dialog.note.text()


def test_a_remembered_server_that_cannot_be_opened_offers_this_computers_file(qtbot, monkeypatch):
    """QA 42 F7: this PC's setting named a server that no longer opens (address changed, out of use): every start
    showed one box and exited — the setting could only be changed inside the window that never opened."""
    from qms_desktop.ui.server_settings import remember_server, remembered_server

    monkeypatch.delenv("QMS_DB", raising=False)
    remember_server("postgresql+psycopg://qms_office@192.0.2.7/qms_xa")
    args = app_module.parse_args([])
    boxes: list[str] = []

    def she_uses_this_computers_file(box: QMessageBox) -> None:
        boxes.append(box.text())
        _click(next(b for b in box.buttons() if b.text() == "&Use this computer's data file"))

    monkeypatch.setattr(QMessageBox, "exec", REAL_MESSAGE_BOX_EXEC)
    _when_modal(QMessageBox, she_uses_this_computers_file)
    assert app_module.offer_restore(args, "Cannot reach the database server qms_office@192.0.2.7/qms_xa.") is True
    assert "set to use the office's server" in boxes[0] and remembered_server() == ""
    assert app_module.database_path(args) == paths.default_db_path()  # opened again: this computer's file
    # given on the command line (or QMS_DB), the server is what was asked for: no other file offered
    explicit = app_module.parse_args(["--db", "postgresql+psycopg://qms_office@192.0.2.7/qms_xa"])
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    assert app_module.offer_restore(explicit, "Cannot reach the database server.") is False and said
