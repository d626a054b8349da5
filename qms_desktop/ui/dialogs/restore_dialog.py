"""Restore from a backup: shows what the backup contains and what the checks found before anything is replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from qms_desktop.i18n import format_number
from qms_desktop.services.backup import BackupError, BackupInfo, RestorePlan
from qms_desktop.ui.translations import translated as _translate
from qms_desktop.ui.widgets.layout import form_rows


class RestoreDialog(QDialog):
    """Step 2 of restoring: the backup's agency, date, schema, counts, history checks; Restore or Cancel.

    Restore stays disabled when the checks refuse the backup (tampered, not a leader, the user could
    not log in afterwards). A backup of another agency needs the confirmation box ticked.
    """

    def __init__(self, plan: RestorePlan | BackupInfo, current: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if isinstance(plan, BackupInfo):  # only the file's contents known: no restore without the checks
            plan = RestorePlan(plan, (("", {}),) if not plan.valid else (), False, "", False)
        self.plan = plan
        info = plan.info
        self.setWindowTitle(self.tr("Restore from a backup"))
        form = form_rows((self.tr("File:"), QLabel(str(info.path))),
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
        refusals = [BackupError(m, **p).render(_translate) for m, p in plan.refusals if m]  # labels translated too
        self.note = QLabel("\n".join(BackupError(m, **p).render(_translate) for m, p in plan.notes))
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
        self.other_notice = QLabel(self.tr("This backup belongs to ANOTHER agency (%1), not to %2.")
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
            "backup in the data folder, so this can be undone. The application closes afterwards; open it again."))
        warning.setWordWrap(True)
        lay.addWidget(warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.current = current
        self._update()

    @property
    def other_agency_confirmed(self) -> bool:
        return self.plan.other_agency and self.other_agency.isChecked()

    def _update(self) -> None:
        ok = self.plan.info.valid and self.plan.allowed and (not self.plan.other_agency or self.other_agency.isChecked())
        self.restore_button.setEnabled(ok)
