"""The date field, typed into with the keyboard as the clerk does (issue 9, item 1)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from qms_desktop.domain.errors import ValidationError
from qms_desktop.ui.widgets.date_edit import DateEdit, parse_typed_date

from record_fixtures import *  # noqa: F403 - ui_env, and every modal answered

JUNE_15 = dt.date(2026, 6, 15)


@pytest.fixture
def form(qtbot):
    """A shown dialog: a line edit before two date fields (one optional, one required), so Tab moves like a user."""
    dlg = QDialog()
    before = QLineEdit()
    before.setObjectName("before")
    optional = DateEdit(optional=True)
    optional.setObjectName("field_due_date")
    required = DateEdit(optional=False)
    required.setObjectName("field_detected_date")
    after = QLineEdit()
    lay = QVBoxLayout(dlg)
    for w in (before, optional, required, after):
        lay.addWidget(w)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: dlg.isActiveWindow())
    dlg.before, dlg.optional, dlg.required, dlg.after = before, optional, required, after
    return dlg


def tab_into(qtbot, form, field: DateEdit) -> None:
    """Reach ``field`` with Tab from the widget before it, as a user does."""
    previous = form.before if field is form.optional else form.optional.edit
    previous.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(previous.hasFocus)
    QTest.keyClick(previous, Qt.Key.Key_Tab)
    qtbot.waitUntil(field.edit.hasFocus)
    qtbot.wait(10)  # the deferred select-all on focus


@pytest.mark.parametrize("typed", ["15062026", "15/6/2026", "15-06-2026", "15/06/26", "15.06.2026", "2026-06-15"])
def test_typed_dates_in_an_empty_field(qtbot, form, typed):
    tab_into(qtbot, form, form.optional)
    assert form.optional.text() == ""
    QTest.keyClicks(form.optional.edit, typed)
    QTest.keyClick(form.optional.edit, Qt.Key.Key_Tab)
    assert form.optional.text() == "15/06/2026"
    assert form.optional.value() == JUNE_15
    assert form.optional.error_text() == ""
    assert form.required.edit.hasFocus()  # Tab moved on


@pytest.mark.parametrize("typed", ["15062026", "15/6/2026", "15-06-2026", "15/06/26"])
def test_typed_dates_replace_a_filled_field(qtbot, form, typed):
    form.required.set_value(dt.date(2026, 1, 1))
    tab_into(qtbot, form, form.required)
    QTest.keyClicks(form.required.edit, typed)
    QTest.keyClick(form.required.edit, Qt.Key.Key_Tab)
    assert form.required.text() == "15/06/2026"
    assert form.required.value() == JUNE_15


def test_a_click_into_a_filled_field_then_typing_replaces_it(qtbot, form):
    form.required.set_value(dt.date(2026, 1, 1))
    QTest.mouseClick(form.required.edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.required.edit.hasFocus)
    qtbot.wait(10)
    QTest.keyClicks(form.required.edit, "15/06/2026")
    QTest.keyClick(form.required.edit, Qt.Key.Key_Return)
    assert form.required.value() == JUNE_15


def test_an_impossible_date_is_refused_in_place_never_replaced(qtbot, form):
    seen = []
    form.required.dateChanged.connect(seen.append)
    form.required.set_value(dt.date(2026, 1, 1))
    seen.clear()
    tab_into(qtbot, form, form.required)
    QTest.keyClicks(form.required.edit, "31/02/2026")
    QTest.keyClick(form.required.edit, Qt.Key.Key_Tab)
    # the text stays as typed, the focus stays, a message says why
    assert form.required.text() == "31/02/2026"
    assert form.required.edit.hasFocus()
    assert form.required.message.isVisible()
    assert "31/02/2026" in form.required.error_text() and "28" in form.required.error_text()
    assert seen == []  # the old date was not silently kept or replaced
    with pytest.raises(Exception) as err:
        form.required.value()
    assert getattr(err.value, "field", None) == "detected_date"  # a form shows it under this field
    # Enter is refused the same way
    QTest.keyClick(form.required.edit, Qt.Key.Key_Return)
    assert form.required.edit.hasFocus() and form.required.text() == "31/02/2026"
    # fixing the text removes the message at once
    QTest.keyClick(form.required.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(form.required.edit, "28/02/2026")
    assert not form.required.message.isVisible()
    QTest.keyClick(form.required.edit, Qt.Key.Key_Tab)
    assert form.required.value() == dt.date(2026, 2, 28)
    assert form.after.hasFocus()


@pytest.mark.parametrize("typed, words", [("31/13/2026", "1 to 12"), ("15/06/1850", "02/09/1945"), ("1506", "15/06/2026"),
                                          ("01/01/1920", "between 02/09/1945 and 31/12/2100"), ("01/09/1945", "02/09/1945"),
                                          ("00/06/2026", "numbered from 1")])
def test_other_bad_texts_get_a_message(qtbot, form, typed, words):
    tab_into(qtbot, form, form.optional)
    QTest.keyClicks(form.optional.edit, typed)
    QTest.keyClick(form.optional.edit, Qt.Key.Key_Tab)
    assert form.optional.edit.hasFocus()
    assert form.optional.text() == typed
    assert words in form.optional.error_text()


def test_letters_cannot_be_typed(qtbot, form):
    tab_into(qtbot, form, form.optional)
    QTest.keyClicks(form.optional.edit, "15a/06b/2026")
    assert form.optional.text() == "15/06/2026"


def test_delete_clears_an_optional_date_only(qtbot, form):
    form.optional.set_value(JUNE_15)
    tab_into(qtbot, form, form.optional)
    QTest.keyClick(form.optional.edit, Qt.Key.Key_Delete)
    assert form.optional.text() == "" and form.optional.value() is None
    QTest.keyClick(form.optional.edit, Qt.Key.Key_Tab)
    assert form.required.edit.hasFocus()
    # a required date emptied by hand is refused in place
    QTest.keyClick(form.required.edit, Qt.Key.Key_Backspace)
    assert form.required.text() == ""
    QTest.keyClick(form.required.edit, Qt.Key.Key_Tab)
    assert form.required.edit.hasFocus() and form.required.message.isVisible()


def test_arrows_move_by_a_day_and_the_calendar_picks(qtbot, form):
    form.required.set_value(JUNE_15)
    tab_into(qtbot, form, form.required)
    QTest.keyClick(form.required.edit, Qt.Key.Key_Up)
    assert form.required.value() == dt.date(2026, 6, 16)
    QTest.keyClick(form.required.edit, Qt.Key.Key_Down)
    QTest.keyClick(form.required.edit, Qt.Key.Key_Down)
    assert form.required.value() == dt.date(2026, 6, 14)
    QTest.keyClick(form.required.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    cal = form.required.calendar
    qtbot.waitUntil(cal.isVisible)
    from PySide6.QtCore import QDate

    cal.setSelectedDate(QDate(2026, 7, 2))
    QTest.keyClick(cal.focusWidget() or cal, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not cal.isVisible())
    assert form.required.value() == dt.date(2026, 7, 2)


def test_day_month_field_for_due_dates(qtbot):
    from qms_desktop.ui.pages.settings_page import DueDateEdit

    w = DueDateEdit()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.setFocus()
    qtbot.waitUntil(w.edit.hasFocus)
    qtbot.wait(10)
    QTest.keyClicks(w.edit, "2006")
    QTest.keyClick(w.edit, Qt.Key.Key_Return)
    assert w.text() == "20/06" and w.mmdd() == "06-20"
    QTest.keyClick(w.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(w.edit, "29/2")
    QTest.keyClick(w.edit, Qt.Key.Key_Return)
    assert w.mmdd() == "02-29"
    QTest.keyClick(w.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(w.edit, "31/04")
    QTest.keyClick(w.edit, Qt.Key.Key_Return)
    assert w.text() == "31/04" and "30" in w.error_text()


def test_the_parser_alone():
    assert parse_typed_date("") is None
    assert parse_typed_date(" 5/6/2026 ") == dt.date(2026, 6, 5)
    assert parse_typed_date("29/02/2028") == dt.date(2028, 2, 29)
    # two-digit years: this century up to 20 years ahead, the last one before (a 1999 law typed "31/12/99")
    assert parse_typed_date("15/06/26") == dt.date(2026, 6, 15)
    assert parse_typed_date("31/12/99") == dt.date(1999, 12, 31) and parse_typed_date("010170") == dt.date(1970, 1, 1)
    assert parse_typed_date("1/1/40") == dt.date(2040, 1, 1)  # within 20 years of 2026
    for bad in ("29/02/2026", "15/06", "1/2/3/4", "150626262", "15//2026"):
        with pytest.raises(Exception):
            parse_typed_date(bad)
    with pytest.raises(ValidationError) as info:  # not "month 1 of 2026 has 31 days" (QA F, L2)
        parse_typed_date("00/01/2026")
    assert info.value.render() == "There is no 00/01/2026: the days of a month are numbered from 1."


def test_a_form_dialog_refuses_to_save_a_bad_date_and_names_it(qtbot, ui_env):
    """The real NC dialog: the bad date is shown under its field and nothing is saved."""
    from qms_desktop.services import ncs
    from qms_desktop.ui.dialogs.nc_dialogs import NewNcDialog
    from ui_helpers import set_text

    dlg = NewNcDialog(ui_env)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    set_text(dlg.editors["description"], "Trả kết quả trễ hẹn")
    due = dlg.editors["due_date"]
    due.setFocus()
    qtbot.wait(10)
    QTest.keyClicks(due.edit, "31/02/2026")
    dlg.buttons.button(dlg.buttons.StandardButton.Save).click()
    assert dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted
    assert "31/02/2026" in dlg.error_text()
    assert ncs.list_ncs(ui_env.ctx) == []

