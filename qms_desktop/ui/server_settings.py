"""Where the data is: this computer's file, or one database on the office's PostgreSQL server (issue 16).

The choice is remembered in this PC's settings (``database/server``) as the connection string WITHOUT its
password: the password comes from libpq's pgpass file, PGPASSWORD, or is asked when the application starts
and kept in memory only. It takes effect at the next start (the window works on one database).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QRadioButton, QWidget,
)

from qms_desktop.domain.errors import QmsError
from qms_desktop.ui.widgets.layout import hbox, push_button, vbox

SERVER_SETTING = "database/server"  # the office's server: connection string WITHOUT password


def remembered_server() -> str:
    value = QSettings().value(SERVER_SETTING, "")
    return value if isinstance(value, str) else ""


def remember_server(url: str | None) -> None:
    """Use the server ``url`` from the next start (None: this computer's file again); never its password."""
    from qms_desktop.storage.db import without_password

    if url:
        QSettings().setValue(SERVER_SETTING, without_password(url))
    else:
        QSettings().remove(SERVER_SETTING)


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text) or text


class DatabaseChoice(QWidget):
    """The data in use now, and the choice for the next start: this computer's file or the office's server."""

    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QGroupBox(self.tr("Where the data is"))
        self.current = QLabel(self.tr("In use now: %1").replace("%1", location))
        self.current.setObjectName("database_current")
        self.current.setWordWrap(True)
        self.local = QRadioButton(self.tr("This computer's file (one clerk)"))
        self.server = QRadioButton(self.tr("The office's PostgreSQL server (several officers at once)"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.url = QLineEdit()
        self.url.setObjectName("database_url")
        self.url.setPlaceholderText("postgresql+psycopg://qms@10.0.0.5/qms")
        self.url.setToolTip(self.tr("USER@HOST[:PORT]/DATABASE. Leave the password out: it is never stored; "
                                    "you are asked for it when the application starts (or it is read from "
                                    "pgpass.conf)."))
        self.test_button = push_button(self.tr("&Test the connection"), self.test_connection)
        self.save_button = push_button(self.tr("Use from the next &start"), self.save)
        self.status = QLabel()
        self.status.setObjectName("database_status")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Connection string:"), self.url)
        vbox(self.current, self.local, self.server, form, hbox(self.test_button, self.save_button, 1), self.status,
             parent=box)
        vbox(box, 1, parent=self)
        saved = remembered_server()
        self.url.setText(saved)
        (self.server if saved else self.local).setChecked(True)
        self.server.toggled.connect(self._enable)
        self._enable()

    def _enable(self, *_a) -> None:
        self.url.setEnabled(self.server.isChecked())
        self.test_button.setEnabled(self.server.isChecked())

    def _say(self, text: str, ok: bool) -> None:
        self.status.setStyleSheet("" if ok else "color: #b00020;")
        self.status.setText(text)

    def _url(self) -> str | None:
        from qms_desktop.storage.db import is_server_url

        text = self.url.text().strip()
        if not is_server_url(text):
            self._say(self.tr("Type the server's connection string: postgresql+psycopg://USER@HOST/DATABASE."), False)
            return None
        return text

    def test_connection(self) -> bool:
        """Open the server's database (without changing it) and close it again; say what happened."""
        from qms_desktop.storage.db import Database, safe_url

        url = self._url()
        if url is None:
            return False
        try:
            Database.open(url, migrate=False).close()
        except QmsError as exc:
            self._say(exc.render(_translate), False)
            return False
        except ValueError:  # an unparsable string ("…:abc/…" for a port): its text may hold the password
            self._say(self.tr("The connection string is not valid: check the server's address, its port (a number) "
                              "and the database name."), False)
            return False
        except Exception as exc:  # noqa: BLE001 - anything else: shown by its kind, never its password
            self._say(self.tr("Cannot connect to %1: %2").replace("%1", safe_url(url))
                      .replace("%2", type(exc).__name__), False)
            return False
        self._say(self.tr("Connected to %1.").replace("%1", safe_url(url)), True)
        return True

    def save(self) -> bool:
        from qms_desktop.storage.db import server_url

        if self.local.isChecked():
            remember_server(None)
            self._say(self.tr("From the next start the data is this computer's file."), True)
            return True
        url = self._url()
        if url is None:
            return False
        remember_server(url)
        note = ""
        if server_url(url).password:
            self.url.setText(remembered_server())
            note = " " + self.tr("The password was not stored: you are asked for it when the application starts.")
        self._say(self.tr("From the next start the data is on the server %1.").replace("%1", remembered_server())
                  + note, True)
        return True


class DatabaseChoiceDialog(QDialog):
    """The same choice before anything is set up (first start): then the application starts again."""

    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where the data is"))
        self.choice = DatabaseChoice(location, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        vbox(self.choice, buttons, parent=self)
        self.resize(620, 320)
