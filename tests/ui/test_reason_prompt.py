"""The reason asked before cancelling, withdrawing or detaching: OK waits for one (QA 12 F7: an empty reason
ended the withdrawal with an error and the question was gone)."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLineEdit

from record_fixtures import *  # noqa: F403
from record_fixtures import make_procedure
from ui_helpers import set_text

from qms_desktop.services import procedures
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.pages import base
from qms_desktop.ui.pages.procedures_page import ProceduresPage

# The real question and the real dialog, before the fixtures put their answers in their place.
REAL_ASK_REASON, REAL_EXEC = prompts.ask_reason, QInputDialog.exec


@pytest.fixture
def real_reason_dialog(monkeypatch):
    monkeypatch.setattr(prompts, "ask_reason", REAL_ASK_REASON)
    monkeypatch.setattr(QInputDialog, "exec", REAL_EXEC)


def test_withdrawing_waits_for_a_reason_typed_in_the_real_dialog(qtbot, ui_env, monkeypatch, real_reason_dialog):
    p = make_procedure(ui_env.ctx)
    monkeypatch.setattr(base, "confirm", lambda *_a: True)
    page = ProceduresPage(ui_env)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.open_record("procedure", p.id)
    seen = []

    def type_reason() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):  # not open yet
            QTimer.singleShot(20, type_reason)
            return
        assert dialog.objectName() == "reason_dialog"
        editor = dialog.findChild(QLineEdit)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen.append(ok.isEnabled())
        QTest.keyClick(editor, Qt.Key.Key_Return)  # Enter with no reason: nothing happens, the question stays
        QTest.keyClicks(editor, "   ")
        QTest.keyClick(editor, Qt.Key.Key_Return)
        seen.append((dialog.isVisible(), ok.isEnabled()))
        set_text(editor, "Thay bằng quy trình liên thông ")  # as an input method types Vietnamese
        seen.append(ok.isEnabled())
        QTest.keyClick(editor, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_reason)
    page.withdraw()
    assert seen == [False, (True, False), True]
    withdrawn = procedures.list_procedures(ui_env.ctx, include_cancelled=True)[0]
    assert withdrawn.cancelled_reason == "Thay bằng quy trình liên thông"


def test_escape_backs_out_without_a_reason(qtbot, real_reason_dialog):
    def escape() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, escape)
            return
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, escape)
    assert prompts.ask_reason(None, "Hủy", "Lý do:") is None
