"""Restore from a backup: shows what the backup contains and what the checks found before anything is replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from qms_desktop.i18n import format_number
from qms_desktop.domain.errors import QmsError
from qms_desktop.services.backup import BackupError, BackupInfo, RestorePlan, backup_leader
from qms_desktop.services.context import Actor
from qms_desktop.ui.translations import translated as _translate
from qms_desktop.ui.widgets.layout import form_rows


class RestoreDialog(QDialog):
    """Step 2 of restoring: the backup's agency, date, schema, counts, history checks; Restore or Cancel.

    Restore stays disabled when the checks refuse the backup (tampered, not a leader, the user could
    not log in afterwards). A backup of another agency needs the confirmation box ticked.
    """

    def __init__(self, plan: RestorePlan | BackupInfo, current: Path, parent: QWidget | None = None, *,
                 closes: bool = True) -> None:
        """``closes``: the application closes after the restore (from its window); else the login follows."""
        super().__init__(parent)
        if isinstance(plan, BackupInfo):  # only the file's contents known: no restore without the checks
            plan = RestorePlan(plan, (("", {}),) if not plan.valid else (), False, "", False)
        self.plan = plan
        info = plan.info
        self.setWindowTitle(self.tr("Restore from a backup"))
        where = QLabel(QFontMetrics(self.font()).elidedText(str(info.path), Qt.TextElideMode.ElideMiddle, 560))
        where.setObjectName("restore_file")
        where.setToolTip(str(info.path))  # a USB folder's long path, whole, without widening the dialog (QA 39 F8)
        form = form_rows((self.tr("File:"), where),
                         (self.tr("Agency:"), QLabel(info.agency or self.tr("(none)"))),
                         (self.tr("Made on:"), QLabel(info.created.strftime("%d/%m/%Y %H:%M") if info.created
                                                      else self.tr("(unknown)"))),
                         (self.tr("Size:"), QLabel(self.tr("%1 KB").replace("%1", format_number(info.size // 1024)))),
                         (self.tr("Check:"), QLabel(self.tr("intact") if info.valid else self.tr("NOT a valid backup"))))
        if info.valid:
            if not plan.history_ok:
                history = self.tr("ALTERED outside the application (see below)")
            elif plan.rows_checked:
                history = self.tr("chain intact, every record matches it")
            else:
                history = self.tr("chain intact (made by an earlier version: records not compared)")
            form.addRow(self.tr("History:"), QLabel(history))
            head = QLabel(info.chain_head)
            head.setObjectName("restore_chain_head")
            head.setWordWrap(True)
            form.addRow(self.tr("Chain head:"), head)
        labels = {
            "tthc": self.tr("Administrative procedures"), "procedure": self.tr("Procedures"),
            "audit": self.tr("Internal audits"), "nonconformity": self.tr("Nonconformities"),
            "management_review": self.tr("Management reviews"), "report": self.tr("Reports"),
            "change_log": self.tr("History entries"),
        }
        for key, text in labels.items():
            if key in info.counts:
                form.addRow(text + ":", QLabel(format_number(info.counts[key])))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        def said(message: str, params: dict) -> str:  # the file by its name: its path is above
            return BackupError(message, **{k: (info.path.name if v == str(info.path) else v)
                                           for k, v in params.items()}).render(_translate)

        refusals = [said(m, p) for m, p in plan.refusals if m]  # labels translated too
        self.note = QLabel("\n".join(said(m, p) for m, p in plan.notes))
        self.note.setObjectName("restore_note")  # e.g. no metadata file: checked by its own content only
        self.note.setWordWrap(True)
        self.note.setVisible(bool(plan.notes))
        lay.addWidget(self.note)
        self.refusal = QLabel("\n".join(refusals))
        self.refusal.setObjectName("restore_refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #b00020; font-weight: bold;")
        self.refusal.setVisible(bool(refusals))
        lay.addWidget(self.refusal)
        self.other_notice = QLabel(self.tr("This backup is NOT a copy of this database, though it bears the same name "
                                           "(%1): its history begins apart.").replace("%1", info.agency or "?")
                                   if plan.unrelated else
                                   self.tr("This backup belongs to ANOTHER agency (%1), not to %2.")
                                   .replace("%1", info.agency or "?").replace("%2", plan.current_agency or "?"))
        self.other_notice.setWordWrap(True)
        self.other_notice.setStyleSheet("color: #b00020; font-weight: bold;")
        self.other_agency = QCheckBox(self.tr("I confirm: replace this agency's data with it."))
        self.other_agency.setObjectName("restore_other_agency")
        for w in (self.other_notice, self.other_agency):
            w.setVisible(plan.other_agency and plan.allowed)
            lay.addWidget(w)
        self.other_agency.toggled.connect(self._update)
        warning = QLabel(self.tr(
            "Restoring replaces ALL the data now in use with this backup. The data now in use is first kept as a "
            "backup in the data folder, so this can be undone. The application closes afterwards; open it again.")
            if closes else self.tr(
            "Restoring puts this backup in place of the database that cannot be used; that database, if there is "
            "one, is kept in the data folder's backups. Then log in with your account of the backup."))
        warning.setWordWrap(True)
        lay.addWidget(warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.restore_button.setAutoDefault(False)  # Enter never replaces the data (QA 39 F4)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.current = current
        self._update()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.cancel_button.setFocus()  # not the first button of the row, which the layout puts first: Khôi phục

    @property
    def other_agency_confirmed(self) -> bool:
        return self.plan.other_agency and self.other_agency.isChecked()

    def _update(self) -> None:
        ok = self.plan.info.valid and self.plan.allowed and (not self.plan.other_agency or self.other_agency.isChecked())
        self.restore_button.setEnabled(ok)


class BackupLoginDialog(QDialog):
    """A leader's user name and password as they are in the backup: they authorise restoring it over a database
    nobody can log in to (services/backup.py, backup_leader). ``actor`` and ``password`` are set when accepted."""

    def __init__(self, db_path: Path, backup: Path, parent: QWidget | None = None) -> None:
        from qms_desktop.ui.login import lay_out_form_dialog, login_form

        super().__init__(parent)
        self.db_path, self.backup = db_path, backup
        self.actor: Actor | None = None
        self.password = ""
        self.setWindowTitle(self.tr("Restore from a backup"))
        intro = QLabel(self.tr("Log in with a leader's account of the backup %1, with the password it had when the "
                               "backup was made.").replace("%1", backup.name))
        intro.setWordWrap(True)
        self.username, self.password_edit, self.error, form = login_form(prefix="backup_")
        lay_out_form_dialog(self, form, self.error, above=intro)
        self.setMinimumWidth(520)  # the file's name in the explanation
        self.username.setFocus()

    def accept(self) -> None:
        from qms_desktop.ui.login import show_message

        try:
            self.actor = backup_leader(self.db_path, self.backup, self.username.text(), self.password_edit.text())
        except QmsError as exc:
            show_message(self.error, exc)
            self.adjustSize()  # the error's lines below the form
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.password = self.password_edit.text()
        super().accept()


def choose_backup(parent: QWidget | None) -> str:
    """The backup file the user picks to restore ("" when she cancels), starting where backups are kept."""
    from PySide6.QtWidgets import QFileDialog

    from qms_desktop import paths
    from qms_desktop.ui import folders

    start = str(folders.remembered("backup") or paths.backups_dir())
    chosen, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("RestoreDialog", "Choose a backup to restore"),
                                            start, QCoreApplication.translate("RestoreDialog", "QMS Desktop backups (*.sqlite)"))
    return chosen


def restore_without_login(parent: QWidget | None, db_path: Path, *, before=None) -> Path | None | bool:
    """Restore a backup over a database nobody can log in to (missing, no account yet, damaged): choose the file,
    log in to the backup as its leader, see what it holds and confirm. ``before``: called just before the file is
    replaced (the caller lets go of its connections). Returns False when nothing was restored, else the copy kept of
    the database replaced (None: there was none)."""
    from qms_desktop import paths
    from qms_desktop.services import backup as backups
    from qms_desktop.ui.dialogs.prompts import show_error

    chosen = choose_backup(parent)
    if not chosen:
        return False
    login = BackupLoginDialog(db_path, Path(chosen), parent)
    if not login.exec() or login.actor is None:
        return False
    plan = backups.plan_restore(db_path, chosen, login.actor, password=login.password)
    dialog = RestoreDialog(plan, db_path, parent, closes=False)
    if not dialog.exec():
        return False
    try:
        if before is not None:
            before()
        db_path.parent.mkdir(parents=True, exist_ok=True)
        return backups.restore(db_path, chosen, actor=login.actor, safety_folder=paths.backups_dir(),
                               confirm_other_agency=dialog.other_agency_confirmed, password=login.password)
    except QmsError as exc:
        show_error(parent, exc)
        return False
