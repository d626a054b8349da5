"""Restore from a backup: shows what the backup contains before anything is replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from qms_desktop.i18n import format_number
from qms_desktop.services.backup import BackupInfo


class RestoreDialog(QDialog):
    """Step 2 of restoring: the backup's agency, date, schema, record counts and integrity; Restore or Cancel."""

    def __init__(self, info: BackupInfo, current: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        form = QFormLayout()
        form.addRow(self.tr("File:"), QLabel(str(info.path)))
        form.addRow(self.tr("Agency:"), QLabel(info.agency or self.tr("(none)")))
        form.addRow(self.tr("Made on:"), QLabel(info.created.strftime("%d/%m/%Y %H:%M") if info.created else self.tr("(unknown)")))
        form.addRow(self.tr("Size:"), QLabel(self.tr("%1 KB").replace("%1", format_number(info.size // 1024))))
        form.addRow(self.tr("Check:"), QLabel(self.tr("intact") if info.valid else self.tr("NOT a valid backup")))
        labels = {
            "tthc": self.tr("Administrative procedures"), "procedure": self.tr("Procedures"),
            "audit": self.tr("Internal audits"), "nonconformity": self.tr("Nonconformities"),
            "management_review": self.tr("Management reviews"), "report": self.tr("Reports"),
            "change_log": self.tr("History entries"),
        }
        for key, text in labels.items():
            if key in info.counts:
                form.addRow(text + ":", QLabel(format_number(info.counts[key])))
        warning = QLabel(self.tr(
            "Restoring replaces ALL the data now in use with this backup. The data now in use is first kept as a "
            "backup in the data folder, so this can be undone. The application closes afterwards; open it again."))
        warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(info.valid)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(warning)
        lay.addWidget(self.buttons)
        self.current = current
