"""Small modal questions used by the record pages, in one place so that tests can answer them.

Every function here opens a modal box; tests replace them with monkeypatch (see
tests/ui/record_fixtures.py). ``confirm`` and ``show_error`` delegate to ``pages.base`` at call
time, so patching ``pages.base`` alone is enough for those two.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget,
)


def confirm(parent: QWidget, text: str, title: str | None = None) -> bool:
    """Yes/No before anything irreversible; the default answer is No."""
    from qms_desktop.ui.pages import base
    return base.confirm(parent, text, title)


def show_error(parent: QWidget, exc: BaseException) -> None:
    from qms_desktop.ui.pages import base
    base.show_error(parent, exc)


def ask_yes(parent: QWidget, text: str, title: str | None = None) -> bool:
    """A harmless Yes/No (e.g. "open the new record now?"); the default answer is Yes."""
    box = QMessageBox(QMessageBox.Icon.Question, title or QCoreApplication.translate("Prompts", "Question"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def save_or_discard(parent: QWidget, text: str, title: str | None = None) -> bool | None:
    """Unsaved changes before leaving: True to save them, False to discard them, None to stay (Cancel, and Escape:
    a key pressed by habit never loses what was typed — QA 53 F1). The default answer is Save."""
    box = QMessageBox(QMessageBox.Icon.Question, title or QCoreApplication.translate("Prompts", "Unsaved changes"), text,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return True
    return False if answer == QMessageBox.StandardButton.Discard else None


def info(parent: QWidget, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or QCoreApplication.translate("Prompts", "Information"), text)


def ask_reason(parent: QWidget, title: str, prompt: str) -> str | None:
    """A reason for cancelling or detaching; None when the user backs out. OK waits for a reason: an empty
    one used to end the cancelling with an error, the record kept and the question gone (QA 12 F7)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("reason_dialog")
    dialog.setWindowTitle(title)
    dialog.setLabelText(prompt)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setOkButtonText(QCoreApplication.translate("QPlatformTheme", "OK"))  # lays the dialog out: its buttons
    ok_button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setEnabled(False)
    dialog.textValueChanged.connect(lambda text: ok_button.setEnabled(bool(text.strip())))
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.textValue().strip():
        return None
    return dialog.textValue().strip()


def pick_open_files(parent: QWidget, title: str, name_filter: str = "") -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter)
    return list(paths)


def tables_filter(label: str) -> str:
    """A file dialog's filter for what the shared reader (exchange/tabular.py) reads: ``label`` ("Danh mục TTHC
    (%1)", translated, %1 the patterns) with every type first, then each kind, then all files — so that an .xls or
    .ods province file can be picked on every import, not only the TTHC one (QA 24 F3)."""
    from qms_desktop.exchange.tabular import SUPPORTED_PATTERNS

    return ";;".join((
        label.replace("%1", " ".join(SUPPORTED_PATTERNS)),
        QCoreApplication.translate("FileTypes", "Excel workbooks (*.xlsx *.xlsm *.xls)"),
        QCoreApplication.translate("FileTypes", "OpenDocument spreadsheets (*.ods)"),
        QCoreApplication.translate("FileTypes", "Word documents (*.docx)"),
        QCoreApplication.translate("FileTypes", "CSV files (*.csv)"),
        QCoreApplication.translate("FileTypes", "All files (*)"),
    ))


def pick_open_file(parent: QWidget, title: str, name_filter: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
    return path or None
