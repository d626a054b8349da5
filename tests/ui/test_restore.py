"""Back up, then restore through the File menu's wizard: it shows the backup's contents first."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from qms_desktop import paths
from qms_desktop.services.context import AppContext

from qms_desktop.services import backup, records
from qms_desktop.storage.db import Database
from qms_desktop.ui.dialogs.restore_dialog import RestoreDialog
from qms_desktop.ui.main_window import MainWindow
from ui_helpers import PASSWORD


def test_restore_wizard_shows_contents_then_replaces_and_keeps_a_copy(qtbot, env, tmp_path, monkeypatch):
    ctx = env.ctx
    records.create(ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
    saved = backup.backup_to(ctx.db, tmp_path)
    records.create(ctx, "unit", {"name": "Địa chính"})
    w = MainWindow(env, db_path=ctx.db.path)
    qtbot.addWidget(w)
    shown: list[RestoreDialog] = []

    def fake_exec(dialog):
        shown.append(dialog)
        texts = " ".join(lbl.text() for lbl in dialog.findChildren(QLabel))
        assert dialog.findChild(QLabel, "restore_file").toolTip() == str(saved) and "intact" in texts
        note = dialog.findChild(QLabel, "restore_note")  # QA 51 F3: what going back removes, said
        assert not note.isHidden() and "the 1 history entries written since it was made" in note.text(), note.text()
        dialog.grab().save(str(tmp_path / "restore_older.png"))
        assert dialog.restore_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(RestoreDialog, "exec", fake_exec)
    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: infos.append(text))
    w.actions_.restore.trigger()
    assert shown and infos
    reopened = Database.open(ctx.db.path)
    names = [r.values["name"] for r in records.list_records(AppContext(reopened), "unit")]
    assert names == ["Tư pháp - Hộ tịch"]
    kept = sorted(paths.backups_dir().glob("qms-before-restore-*.sqlite"))
    before = backup.inspect_backup(saved).counts["change_log"]
    assert kept and backup.inspect_backup(kept[-1]).counts["change_log"] == before + 1  # the data in use before
    reopened.close()


def test_restore_dialog_refuses_an_invalid_backup(qtbot, tmp_path):
    bad = tmp_path / "qms-manual-20260101-000000.sqlite"
    bad.write_bytes(b"garbage")
    dlg = RestoreDialog(backup.inspect_backup(bad), tmp_path / "qms.sqlite")
    qtbot.addWidget(dlg)
    assert not dlg.restore_button.isEnabled()


def test_daily_backup_runs_while_the_window_is_open(qtbot, env, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from qms_desktop import app as app_module

    parent = QWidget()
    qtbot.addWidget(parent)
    timer = app_module.start_daily_backups(env.ctx.db, parent)
    assert timer.isActive() and timer.interval() == 3_600_000
    timer.timeout.emit()  # as the hourly tick would
    made = sorted(p.name.split("-")[1] for p in paths.backups_dir().glob("qms-*-*.sqlite") if "before" not in p.name)
    assert {"daily", "weekly", "monthly"} <= set(made)
    timer.stop()


def test_the_window_asks_the_password_for_another_agencys_backup_then_restores(qtbot, env, tmp_path, monkeypatch):
    """Another agency's backup keeps the leader's password with its own salt: the window asks for the current
    password (it cannot compare the stored ones), checks it against the backup, then asks to confirm."""
    from PySide6.QtWidgets import QInputDialog

    from qms_desktop.services import agency, users

    agency.save_profile(env.ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Tỉnh Lâm Đồng"))
    other = Database.open(tmp_path / "other.sqlite")
    agency.save_profile(AppContext(other), agency.AgencyProfile(full_name="Ủy ban nhân dân xã Phú Lâm",
                                                                province="Tỉnh Lâm Đồng"))
    actor = env.ctx.actor
    users.create_first_user(other, username=actor.username, password=PASSWORD, full_name="Lê Văn Tám", role="leader")
    saved = backup.backup_to(other, tmp_path)
    other.close()
    w = MainWindow(env, db_path=env.ctx.db.path)
    qtbot.addWidget(w)
    asked, shown = [], []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a[2]) or (typed[0], True))

    def fake_exec(dialog):
        shown.append(dialog)
        dialog.other_agency.setChecked(True)  # "yes, another agency's data replaces ours"
        return QDialog.DialogCode.Accepted if dialog.restore_button.isEnabled() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(RestoreDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    import qms_desktop.ui.main_window as mw
    errors = []
    monkeypatch.setattr(mw, "show_error", lambda _p, exc: errors.append(exc))
    typed = ["Sai-mat-khau-1"]
    w.actions_.restore.trigger()
    assert len(asked) == 1 and actor.username in asked[0]
    assert not shown[0].restore_button.isEnabled()  # a wrong password: refused, nothing restored
    typed = [PASSWORD]
    w.actions_.restore.trigger()
    assert shown[1].plan.other_agency and not shown[1].plan.refusals and errors == [], errors
    reopened = Database.open(env.ctx.db.path)
    assert agency.get_profile(AppContext(reopened)).full_name == "Ủy ban nhân dân xã Phú Lâm"
    reopened.close()
