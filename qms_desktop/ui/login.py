"""Log in, reset a forgotten password with the recovery code, change one's password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from qms_desktop.domain.errors import QmsError
from qms_desktop.services import users
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.storage.db import Database
from qms_desktop.ui import fonts
from qms_desktop.ui.widgets.layout import dialog_buttons, form_rows, hbox, push_button, vbox
from qms_desktop.ui.translations import translated as _t


def error_label() -> QLabel:
    lbl = QLabel()
    lbl.setStyleSheet("color: #b00020;")
    lbl.setWordWrap(True)
    lbl.hide()
    return lbl


def password_edit() -> QLineEdit:
    w = QLineEdit()
    w.setEchoMode(QLineEdit.EchoMode.Password)
    return w


def login_form(*, prefix: str = "", username: str = "") -> tuple[QLineEdit, QLineEdit, QLabel, QFormLayout]:
    """The user name and password rows of a login (the database's, or a backup's before restoring it): the two
    edits (object names ``<prefix>username``, ``<prefix>password``), the error line and the form."""
    from PySide6.QtCore import QCoreApplication

    user = QLineEdit(username)
    user.setObjectName(prefix + "username")
    password = password_edit()
    password.setObjectName(prefix + "password")
    error = error_label()
    error.setObjectName(prefix + "login_error")
    form = QFormLayout()
    form.addRow(QCoreApplication.translate("LoginDialog", "&User name:"), user)
    form.addRow(QCoreApplication.translate("LoginDialog", "&Password:"), password)
    return user, password, error, form


def show_message(error: QLabel, message: QmsError | str) -> None:
    """``message`` shown on the error line ``error`` (an error_label): a text, or a refusal in the user's language."""
    error.setText(message.render(_t) if isinstance(message, QmsError) else message)
    error.show()


def passwords_match(password: QLineEdit, repeat: QLineEdit, error: QLabel, differ: str) -> bool:
    """True when ``repeat`` holds the same password; else ``differ`` (the caller's translated text) shows on
    ``error``."""
    if password.text() == repeat.text():
        return True
    show_message(error, differ)
    return False


def lay_out_form_dialog(dialog: QDialog, form: QFormLayout, error: QLabel,
                        ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok, *,
                        above: QWidget | None = None) -> None:
    """The frame of the account and password dialogs: [an explanation], the form, the error line, and
    OK (or Save) and Cancel wired to the dialog's accept and reject."""
    buttons = dialog_buttons(ok | QDialogButtonBox.StandardButton.Cancel, dialog.accept, dialog.reject)
    lay = QVBoxLayout(dialog)
    if above is not None:
        lay.addWidget(above)
    lay.addLayout(form)
    lay.addWidget(error)
    lay.addWidget(buttons)
    dialog.setMinimumWidth(440)  # the fields wider than their captions ("Nhập lại mật khẩu mới:")


class RecoveryCodeView(QWidget):
    """Shows a one-time recovery code in large type, with Copy and Print."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = ""
        self.code = QLabel()
        self.code.setObjectName("recovery_code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(fonts.relative_font(8).pointSize())
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setFrameShape(QLabel.Shape.Box)
        self.code.setMinimumHeight(60)
        explain = QLabel(self.tr(
            "This recovery code lets you set a new password if you forget yours. It is shown only "
            "once: print it or write it down and keep it in a safe place (for example with the seal)."))
        explain.setWordWrap(True)
        self.copy_button = push_button(self.tr("&Copy"), self.copy)
        self.print_button = push_button(self.tr("&Print…"), self.print_code)
        vbox(explain, self.code, hbox(1, self.copy_button, self.print_button), parent=self, margins=0)

    def set_code(self, username: str, code: str) -> None:
        self.username = username
        self.code.setText(code)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setHtml(self.tr("<h2>QMS Desktop — recovery code</h2><p>Account: <b>%1</b></p>"
                            "<p style='font-size:20pt; font-family:monospace'><b>%2</b></p>"
                            "<p>Keep this sheet in a safe place. The code can be used once.</p>")
                    .replace("%1", self.username).replace("%2", self.code.text()))
        doc.print_(printer)


class RecoveryCodeDialog(QDialog):
    def __init__(self, username: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery code"))
        self.view = RecoveryCodeView(self)
        self.view.set_code(username, code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.view.copy_button, self.view.print_button):  # one row with Close (QA 26 G19)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.accept)
        vbox(self.view, buttons, parent=self)
        self.resize(480, 240)


def last_user_key(db: Database) -> str:
    """The settings key of the user name last used on this database: the demo commune, a test copy and
    the real database each remember their own (one PC may hold several)."""
    import hashlib

    if db.path is None:  # a server's database: its connection string without the password
        where = db.location
    else:
        try:
            where = str(Path(db.path).resolve())
        except OSError:
            where = str(db.path)
    return "login/last_user/" + hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]


class LoginDialog(QDialog):
    """User name and password; ``actor`` is set when accepted."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, hint: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("QMS Desktop — log in"))
        title = fonts.Heading(self.tr("Log in"), 4)
        self.username, self.password, self.error, form = login_form(
            username=str(QSettings().value(last_user_key(db), "")))
        self.forgot = push_button(self.tr("&Forgot password?"), self.recover)
        self.forgot.setFlat(True)
        self.forgot.setAutoDefault(False)
        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(self.tr("&Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("E&xit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.login_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(form)
        lay.addWidget(self.error)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            lay.addWidget(note)
        lay.addLayout(hbox(self.forgot, 1, self.buttons))
        self.resize(440, 0)
        (self.password if self.username.text() else self.username).setFocus()

    def show_error(self, text: str) -> None:
        show_message(self.error, text)

    def accept(self) -> None:
        try:
            self.actor = users.authenticate(self.db, self.username.text(), self.password.text())
        except QmsError as exc:
            self.show_error(exc.render(_t))
            self.password.clear()
            self.password.setFocus()
            return
        QSettings().setValue(last_user_key(self.db), self.actor.username)
        super().accept()

    def recover(self) -> None:
        dlg = RecoverPasswordDialog(self.db, self.username.text(), self)
        if dlg.exec():
            self.username.setText(dlg.username.text())
            self.password.clear()
            self.error.hide()
            self.password.setFocus()


class RecoverPasswordDialog(QDialog):
    """Set a new password with the recovery code; the new recovery code is shown once."""

    def __init__(self, db: Database, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.new_code = ""
        self.setWindowTitle(self.tr("Forgot password"))
        explain = QLabel(self.tr("Type the recovery code you printed or wrote down when the account was "
                                 "created, then choose a new password."))
        explain.setWordWrap(True)
        self.username = QLineEdit(username)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.new_password = password_edit()
        self.repeat = password_edit()
        self.error = error_label()
        form = form_rows((self.tr("&User name:"), self.username), (self.tr("Recovery &code:"), self.code),
                         (self.tr("&New password:"), self.new_password),
                         (self.tr("&Repeat the new password:"), self.repeat))
        lay_out_form_dialog(self, form, self.error, above=explain)
        self.resize(460, 0)
        (self.code if username else self.username).setFocus()

    def accept(self) -> None:
        if not passwords_match(self.new_password, self.repeat, self.error, self.tr("The two passwords differ.")):
            return
        try:
            self.new_code = users.reset_with_recovery_code(
                self.db, username=self.username.text(), recovery_code=self.code.text(),
                new_password=self.new_password.text())
        except QmsError as exc:
            show_message(self.error, exc)
            return
        RecoveryCodeDialog(self.username.text().strip().lower(), self.new_code, self).exec()
        super().accept()


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Change password"))
        self.old = password_edit()
        self.new = password_edit()
        self.repeat = password_edit()
        self.error = error_label()
        form = form_rows((self.tr("&Current password:"), self.old), (self.tr("&New password:"), self.new),
                         (self.tr("&Repeat the new password:"), self.repeat))
        lay_out_form_dialog(self, form, self.error)

    def accept(self) -> None:
        if not passwords_match(self.new, self.repeat, self.error, self.tr("The two passwords differ.")):
            return
        try:
            users.change_password(self.ctx, old_password=self.old.text(), new_password=self.new.text())
        except QmsError as exc:
            show_message(self.error, exc)
            return
        super().accept()

