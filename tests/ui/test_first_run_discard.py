"""Esc or Cancel on the first-run wizard before the account exists (QA F14): what she typed would be lost, so the
form dialogs' question comes first ("Discard the changes you made?"); nothing typed, it closes at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWizard

from record_fixtures import *  # noqa: F403 - every prompt answered (``answers``)

from qms_desktop.ui.first_run import FirstRunWizard
from qms_desktop.ui.runner import SynchronousRunner

QUESTION = "Discard the changes you made?"


def _wizard(qtbot, db) -> FirstRunWizard:
    w = FirstRunWizard(db, SynchronousRunner())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _type(widget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def _escape(w: FirstRunWizard) -> None:
    QTest.keyClick(w.focusWidget() or w, Qt.Key.Key_Escape)


def test_esc_after_typing_on_the_first_page_asks_before_losing_it(qtbot, db, answers):
    w = _wizard(qtbot, db)
    _type(w.agency_page.full_name, "UBND xa Tan Phu")
    answers.confirm = False  # "no, keep typing"
    _escape(w)
    assert answers.confirms == [QUESTION]
    assert w.isVisible() and w.agency_page.full_name.text() == "UBND xa Tan Phu"
    answers.confirm = True  # "discard"
    _escape(w)
    assert not w.isVisible() and w.result() == QDialog.DialogCode.Rejected
    assert len(answers.confirms) == 2


def test_cancel_after_typing_on_a_later_page_asks_too(qtbot, db, answers):
    w = _wizard(qtbot, db)
    _type(w.agency_page.full_name, "UBND xa Tan Phu")
    QTest.mouseClick(w.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    QTest.mouseClick(w.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert w.currentPage() is w.account_page
    _type(w.account_page.username, "thuky")
    answers.confirm = False
    QTest.mouseClick(w.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert answers.confirms == [QUESTION] and w.isVisible()


def test_esc_with_nothing_typed_closes_without_a_question(qtbot, db, answers):
    w = _wizard(qtbot, db)
    _escape(w)
    assert not w.isVisible() and answers.confirms == []


def test_a_letter_typed_and_erased_is_nothing_lost(qtbot, db, answers):
    w = _wizard(qtbot, db)
    _type(w.agency_page.province, "X")
    QTest.keyClick(w.agency_page.province, Qt.Key.Key_Backspace)
    _escape(w)
    assert not w.isVisible() and answers.confirms == []
