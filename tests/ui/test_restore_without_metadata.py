"""The restore dialog says when a backup has no metadata file (killed before writing it): checked by its content."""

from __future__ import annotations

from qms_desktop.services import backup, records
from qms_desktop.ui.dialogs.restore_dialog import RestoreDialog


def test_the_restore_dialog_says_a_backup_has_no_metadata_and_what_vouched_for_it(qtbot, env, tmp_path):
    records.create(env.ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
    saved = backup.backup_to(env.ctx.db, tmp_path)
    described = RestoreDialog(backup.plan_restore(env.ctx.db.path, saved, env.ctx.actor), env.ctx.db.path)
    qtbot.addWidget(described)
    assert described.note.isHidden()

    backup.meta_path(saved).unlink()  # as a kill between the two renames leaves it
    plan = backup.plan_restore(env.ctx.db.path, saved, env.ctx.actor)
    dlg = RestoreDialog(plan, env.ctx.db.path)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.note.isVisible() and "has no metadata file" in dlg.note.text() and saved.name in dlg.note.text()
    assert "checked by its own content only" in dlg.note.text()
    assert dlg.restore_button.isEnabled()  # its history chain and every record were checked
