"""Typing in a page's search box never throws away what the user typed in the shown record (QA 12 F1: a root
cause typed but not saved, or a procedure step, vanished when the filter hid the record; every other way out
asked "Leave without saving?")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from record_fixtures import *  # noqa: F403 - every prompt answered (``answers``)

from qms_desktop.ui.pages.ncs_page import NcsPage


def test_a_search_that_hides_the_record_being_edited_keeps_its_typing(qtbot, demo_env, answers):
    page = NcsPage(demo_env)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    assert page.table.select_where(lambda r: r.number == "03/2026")
    root = page.desc_form.editors["root_cause"]
    root.setFocus()
    QTest.keyClick(root, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(root, " CHUA LUU")
    typed = root.toPlainText()
    assert page.desc_form.dirty and typed.endswith(" CHUA LUU")

    QTest.keyClicks(page.search, "zzz khong co")  # the list shows nothing
    assert page.model.rowCount() == 0
    assert root.toPlainText() == typed and "03/2026" in page.header.text() and answers.confirms == []
    page.search.setFocus()
    QTest.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(page.search, Qt.Key.Key_Delete)  # the list is whole again: the record is selected as before
    assert root.toPlainText() == typed and page.current().number == "03/2026"

    answers.confirm = False  # picking another row asks first, as always; "No" keeps the typing
    page.table.select_where(lambda r: r.number == "01/2026")
    assert len(answers.confirms) == 1 and root.toPlainText() == typed and page.current().number == "03/2026"
    assert page.save_description()
    QTest.keyClicks(page.search, "zzz")  # saved: the filter may now show nothing at all
    assert "03/2026" not in page.header.text()


def test_an_nc_with_an_overdue_action_is_overdue_in_the_list_as_on_the_dashboard(qtbot, demo_env):
    """QA 12 F2: the dashboard counted an NC's action overdue since 15/11/2026; the NC page's "Overdue" filter left
    the NC out and its row stayed black (only its own due date counted)."""
    import datetime as dt

    from qms_desktop.services import dashboard, ncs

    ctx = demo_env.ctx
    today = ctx.today
    calm = next(r for r in ncs.list_ncs(ctx) if r.status in ("open", "in_progress")
                and (r.due_date is None or r.due_date >= today) and not (r.action_due and r.action_due < today))
    before = dashboard.gather(ctx).overdue_actions
    ncs.add_action(ctx, calm.id, description="Trình Chủ tịch ký quyết định", due_date=today - dt.timedelta(days=10))
    page = NcsPage(demo_env)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.status_filter.setCurrentIndex(page.status_filter.findData("overdue"))
    numbers = [page.model.row_at(i).number for i in range(page.model.rowCount())]
    assert calm.number in numbers
    assert page.table.select_where(lambda r: r.id == calm.id)
    assert "overdue since" in page.subheader.text()
    assert dashboard.gather(ctx).overdue_actions == before + 1


def test_down_from_the_search_box_selects_the_first_match_and_one_down_asks_once(qtbot, demo_env, answers):
    """QA 12 F3: after a search that leaves one procedure, neither Down in the search box nor Tab then Down
    selected it. F4: one Down with unsaved typing asked "Leave without saving?" twice."""
    from qms_desktop.ui.pages.procedures_page import ProceduresPage

    page = ProceduresPage(demo_env)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.search.setFocus()
    QTest.keyClicks(page.search, "kiem soat tai lieu")
    assert page.model.rowCount() == 1 and page.current() is None
    QTest.keyClick(page.search, Qt.Key.Key_Down)
    assert page.current() is not None and page.current().code == "QT-01"
    assert "QT-01" in page.header.text()

    page.search.setFocus()
    QTest.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(page.search, Qt.Key.Key_Delete)
    QTest.keyClicks(page.search, "ho tich")
    assert page.model.rowCount() >= 1
    page.table.clearSelection()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Down)  # Tab, then Down: a row is selected
    assert page.current() is not None

    ncs_page = NcsPage(demo_env)
    qtbot.addWidget(ncs_page)
    ncs_page.show()
    ncs_page.refresh()
    assert ncs_page.table.select_where(lambda r: r.number == "03/2026")
    ncs_page.desc_form.editors["root_cause"].setPlainText("Chưa lưu")
    ncs_page.table.setFocus()
    answers.confirm = False
    QTest.keyClick(ncs_page.table, Qt.Key.Key_Down)
    assert len(answers.confirms) == 1 and ncs_page.current().number == "03/2026"

    # QA 14 F3: the search hides the record being edited; Down, "No": no other row stays highlighted above it
    ncs_page.search.setFocus()
    QTest.keyClicks(ncs_page.search, "xin loi")
    assert ncs_page.model.rowCount() >= 1 and "03/2026" not in {r.number for r in ncs_page.model.rows()}
    assert ncs_page.current() is None and "03/2026" in ncs_page.header.text()
    QTest.keyClick(ncs_page.search, Qt.Key.Key_Down)
    assert len(answers.confirms) == 2
    assert ncs_page.current() is None and not ncs_page.table.selectionModel().selectedRows()
    assert "03/2026" in ncs_page.header.text() and ncs_page.has_unsaved()
