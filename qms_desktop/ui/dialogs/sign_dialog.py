"""'Ký số' dialog: choose the token (or a .pfx file), see the certificate, type the PIN, sign.

The certificate (name, organisation, serial, validity, issuer) is shown before anything is signed;
an expired or not-yet-valid certificate cannot be signed with. The PIN or password is typed each
time and forgotten when the dialog closes.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit,
    QRadioButton, QVBoxLayout, QWidget,
)

from qms_desktop.domain.errors import QmsError
from qms_desktop.reports import pades
from qms_desktop.services.reports import signing
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.login import error_label, password_edit, show_message
from qms_desktop.ui.widgets.layout import form_rows, hbox, push_button
from qms_desktop.ui.translations import translated as _t


def library_choices(current: str) -> list[tuple[str, str]]:
    """(caption, path): the library in Settings first, then those found on this computer."""
    out = [(current, current)] if current else []
    for vendor, path in pades.detect_token_libraries():
        if path != current:
            out.append((f"{vendor} — {path}", path))
    return out


class SignDialog(QDialog):
    """Sign report ``report_id`` with a token or a .pfx; ``outcome`` is set when it is signed."""

    def __init__(self, env, report_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.report_id = env, report_id
        self.outcome: signing.SignOutcome | None = None
        self.source: pades.KeySource | None = None
        self.setWindowTitle(self.tr("Digital signature — %1").replace("%1", title))
        settings = signing.signing_settings(env.ctx)
        self.use_token = QRadioButton(self.tr("USB &token"))
        self.use_pfx = QRadioButton(self.tr("Certificate &file (.pfx, .p12)"))
        group = QButtonGroup(self)
        group.addButton(self.use_token)
        group.addButton(self.use_pfx)
        self.use_token.setChecked(True)
        self.library = QComboBox()
        self.library.setObjectName("sign_library")
        self.library.setEditable(True)
        for caption, path in library_choices(settings.library):
            self.library.addItem(caption, path)
        self.library.setMinimumContentsLength(40)
        self.pfx_path = QLineEdit()
        self.pfx_path.setObjectName("sign_pfx")
        browse = push_button(self.tr("&Browse…"), self._browse_pfx)
        pfx_row = hbox((self.pfx_path, 1), browse)
        self.role = QComboBox()
        self.role.setObjectName("sign_role")
        self.role.addItem(self.tr("The competent person's signature (e.g. the Chairman)"), pades.ROLE_OFFICIAL)
        self.role.addItem(self.tr("The agency's signature (seal; locks the document)"), pades.ROLE_AGENCY)
        due = signing.next_role(env.ctx, report_id)
        self.role.setCurrentIndex(max(0, self.role.findData(due or pades.ROLE_AGENCY)))
        self.secret = password_edit()
        self.secret.setObjectName("sign_secret")
        self.read_button = push_button(self.tr("&Read the certificate"), self.read_certificate, name="sign_read")
        self.certificate = QLabel(self.tr("Read the certificate first: it is shown here before you sign."))
        self.certificate.setObjectName("sign_certificate")
        self.certificate.setWordWrap(True)
        self.certificate.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.certificate.setStyleSheet("QLabel { border: 1px solid #b0b0b0; padding: 6px; background: #fafafa; }")
        self.error = error_label()
        self.error.setObjectName("sign_error")
        self.note = QLabel()  # said, not refused: the certificate names another person than the report prints
        self.note.setObjectName("sign_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a4b00;")
        self.note.hide()
        self.secret_label = QLabel(self.tr("&PIN of the token:"))
        self.secret_label.setBuddy(self.secret)
        form = form_rows(self.use_token, (self.tr("Token &library:"), self.library), self.use_pfx,
                         (self.tr("Certificate file:"), pfx_row), (self.tr("&Signature:"), self.role),
                         (self.secret_label, self.secret))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = buttons.addButton(self.tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setObjectName("sign_button")
        self.sign_button.setEnabled(False)
        buttons.accepted.connect(self.sign)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.certificate)
        lay.addWidget(self.note)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.use_token.toggled.connect(self._mode_changed)
        self.library.currentTextChanged.connect(self._forget)
        self.pfx_path.textChanged.connect(self._forget)
        self.role.currentIndexChanged.connect(self._check)
        self._mode_changed()
        self.resize(620, 0)

    # -- helpers --------------------------------------------------------------------------------------
    def _browse_pfx(self) -> None:
        path = prompts.pick_open_file(self, self.tr("Certificate file"), self.tr("Certificates (*.pfx *.p12)"))
        if path:
            self.pfx_path.setText(path)

    def _mode_changed(self) -> None:
        token = self.use_token.isChecked()
        self.library.setEnabled(token)
        self.pfx_path.setEnabled(not token)
        self.secret_label.setText(self.tr("&PIN of the token:") if token else self.tr("&Password of the file:"))
        self._forget()

    def _forget(self) -> None:
        if self.source is not None:
            self.source.close()
        self.source = None
        self.sign_button.setEnabled(False)

    def _show_error(self, exc: QmsError) -> None:
        show_message(self.error, exc)

    def library_path(self) -> str:
        index = self.library.currentIndex()
        text = self.library.currentText().strip()
        data = self.library.itemData(index) if index >= 0 else None
        return data if data and self.library.itemText(index) == text else text

    # -- actions --------------------------------------------------------------------------------------
    def read_certificate(self) -> bool:
        """Open the token (no PIN needed) or the .pfx (its password is needed) and show the certificate."""
        self._forget()
        self.error.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.use_token.isChecked():
                self.source = pades.open_token(self.library_path(), signing.signing_settings(self.env.ctx).slot)
            else:
                self.source = pades.open_pfx(self.pfx_path.text().strip(), self.secret.text())
        except QmsError as exc:
            self._show_error(exc)
            self.certificate.setText(self.tr("No certificate."))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.certificate.setText("\n".join(self.source.certificate.lines(_t)))
        return self._check()

    def _check(self) -> bool:
        """Whether the certificate read can sign the chosen signature: refused now, before the PIN is typed
        (an expired certificate, another organisation's, a PDF already final; QA 17 F11)."""
        valid = False
        if self.source is not None:
            self.error.hide()
            try:
                self.source.certificate.check_valid_at(dt.datetime.now(dt.timezone.utc))
                signing.check_can_sign(self.env.ctx, self.report_id, self.source.certificate, self.role.currentData())
                valid = True
                note = signing.signer_note(self.env.ctx, self.report_id, self.source.certificate,
                                           self.role.currentData())
                self.note.setText(pades.SigningProblem(note[0], **note[1]).render(_t) if note else "")
                self.note.setVisible(note is not None)
            except QmsError as exc:
                self._show_error(exc)
        self.sign_button.setEnabled(valid)
        return valid

    def sign(self) -> bool:
        if self.source is None and not self.read_certificate():
            return False
        self.error.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.source.kind == "token":
                self.source.login(self.secret.text())
            self.outcome = signing.sign_report(self.env.ctx, self.report_id, self.source, role=self.role.currentData())
        except QmsError as exc:
            self.secret.clear()
            self._show_error(exc)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._forget()
        self.secret.clear()
        self.accept()
        return True

    def done(self, result: int) -> None:
        self._forget()
        self.secret.clear()
        super().done(result)
