"""The generic record pages: create / edit / cancel through the form, and each page's own panel."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox

from qms_desktop.services import announcements, ncs, objectives, records, tthc
from qms_desktop.ui.dialogs.record_form import RecordFormDialog
from qms_desktop.ui.pages.announcements_page import AnnouncementsPage, ScopeDialog
from qms_desktop.ui.pages.inspections_page import InspectionsPage, RaiseNcDialog
from qms_desktop.ui.pages.objectives_page import ObjectivesPage, ResultDialog
from qms_desktop.ui.pages.other_page import OtherRecordsPage
from qms_desktop.ui.pages.stats_page import StatsPage

from ui_helpers import set_text, type_date
from record_fixtures import press


def show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitExposed(page)
    return page


def answer_form(monkeypatch, fill):
    """Replace the modal exec of the record form: ``fill(dialog)`` types, then Save is pressed."""
    dialogs = []

    def fake_exec(dlg):
        dialogs.append(dlg)
        fill(dlg)
        dlg.buttons.button(dlg.buttons.StandardButton.Save).click()
        return dlg.result()

    monkeypatch.setattr(RecordFormDialog, "exec", fake_exec)
    return dialogs


def test_create_edit_cancel_through_the_form(qtbot, env, monkeypatch):
    page = show(qtbot, InspectionsPage(env))
    lst = page.lists["external_inspection"]

    def fill_new(dlg):
        e = dlg.editors.editors
        set_text(e["body"], "Sở Khoa học và Công nghệ tỉnh Đồng Nai")
        set_text(e["record_number"], "12/BB-KT")
        type_date(e["date"], dt.date(2026, 10, 1))
        type_date(e["signed_date"], dt.date(2026, 10, 2))
        e["findings"].setPlainText("Chưa cập nhật văn bản pháp luật mới vào quy trình.")

    answer_form(monkeypatch, fill_new)
    lst.new_button.click()
    rows = records.list_records(env.ctx, "external_inspection")
    assert [r.values["body"] for r in rows] == ["Sở Khoa học và Công nghệ tỉnh Đồng Nai"]
    assert lst.model.rowCount() == 1
    assert lst.table.current_row().id == rows[0].id  # the new record is selected
    assert lst.model.data(lst.model.index(0, 0)) == "01/10/2026"

    answer_form(monkeypatch, lambda dlg: set_text(dlg.editors.editors["record_number"], "12A/BB-KT"))
    lst.table.setFocus()
    qtbot.keyClick(lst.table, Qt.Key.Key_Return)  # Enter edits the selected record
    assert records.get(env.ctx, "external_inspection", rows[0].id).values["record_number"] == "12A/BB-KT"

    asked = []
    from qms_desktop.ui.dialogs import prompts

    monkeypatch.setattr(prompts, "ask_reason", lambda _p, _t, prompt: asked.append(prompt) or "Nhập trùng")
    lst.cancel_button.click()
    # QA 18 F4: the question names the record it cancels
    assert asked == ["Cancel the record 01/10/2026, Sở Khoa học và Công nghệ tỉnh Đồng Nai (External inspections)? "
                     "It is kept and marked cancelled; it leaves the list and the figures. Reason:"]
    assert records.list_records(env.ctx, "external_inspection") == []
    assert lst.model.rowCount() == 0
    cancelled = records.list_records(env.ctx, "external_inspection", include_cancelled=True)
    assert cancelled[0].cancelled_reason == "Nhập trùng"
    # QA 18 F4: the cancelled record can be shown (greyed) and, cancelled by mistake, restored
    assert lst.show_cancelled.isVisibleTo(lst) and not lst.restore_button.isVisibleTo(lst)
    qtbot.mouseClick(lst.show_cancelled, Qt.MouseButton.LeftButton, pos=lst.show_cancelled.rect().center())
    assert lst.show_cancelled.isChecked() and lst.model.rowCount() == 1 and lst.restore_button.isVisibleTo(lst)
    assert lst.model.data(lst.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    lst.table.selectRow(0)
    assert lst.restore_button.isEnabled() and not lst.edit_button.isEnabled() and not lst.cancel_button.isEnabled()
    from qms_desktop.ui.pages import base

    questions = []
    monkeypatch.setattr(base, "confirm", lambda _p, text, _t=None: questions.append(text) or True)
    lst.restore_button.click()
    assert "Nhập trùng" in questions[0] and "Sở Khoa học" in questions[0]
    [back] = records.list_records(env.ctx, "external_inspection")
    assert back.id == cancelled[0].id and not back.cancelled
    assert lst.model.data(lst.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert lst.edit_button.isEnabled() and not lst.restore_button.isEnabled()


def test_form_shows_the_error_next_to_the_field_and_keeps_the_input(qtbot, env, monkeypatch):
    page = show(qtbot, OtherRecordsPage(env))
    seen = []

    def fill(dlg):
        seen.append(dlg)
        set_text(dlg.editors.editors["trainer"], "Lê Thị Hồng Vân")  # content (required) left empty

    answer_form(monkeypatch, fill)
    page.lists["training"].new_button.click()
    dlg = seen[0]  # a child of the list: closed with the page
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.editors.errors["content"].isVisibleTo(dlg)
    assert "required" in dlg.editors.errors["content"].text()
    assert records.list_records(env.ctx, "training") == []
    # Closing with unsaved input asks first; "Cancel" keeps the dialog open.
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    dlg.show()
    dlg.reject()
    assert dlg.isVisible()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)
    dlg.reject()
    assert not dlg.isVisible()


def test_other_records_has_the_five_tabs(qtbot, env):
    page = show(qtbot, OtherRecordsPage(env))
    assert [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())] == [
        "Training and dissemination", "Risks and opportunities", "Improvements", "Satisfaction surveys",
        "Citizen feedback and petitions"]
    risk = records.create(env.ctx, "risk", {"kind": "risk", "description": "Mất hồ sơ giấy", "likelihood": 2,
                                            "impact": 4})
    assert page.open_record("risk", risk.id)
    assert page.tabs.currentIndex() == 1
    assert page.lists["risk"].table.current_row().id == risk.id


def test_stats_page_shows_the_on_time_rate(qtbot, env):
    records.create(env.ctx, "service_stat", {"period_start": dt.date(2025, 12, 15), "period_end": dt.date(2026, 6, 14),
                                             "received": 738, "on_time": 716, "late": 18, "pending": 4})
    page = show(qtbot, StatsPage(env))
    model = page.lists["service_stat"].model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[-1] == "On time (%)"
    assert model.data(model.index(0, model.columnCount() - 1)) == "97.5"  # 716 / (716 + 18), in English
    bars = page.chart.view.chart().series()[0].barSets()[0]
    assert page.chart.stack.currentWidget() is page.chart.view
    assert [round(bars.at(i), 1) for i in range(bars.count())] == [97.5]


def test_inspection_raises_a_nonconformity(qtbot, env, monkeypatch):
    ins = records.create(env.ctx, "external_inspection", {
        "date": dt.date(2026, 10, 1), "body": "Sở Khoa học và Công nghệ", "record_number": "26/BB-KT",
        "signed_date": dt.date(2026, 10, 2), "findings": "Quy trình QT-HT-01 chưa cập nhật."})
    page = show(qtbot, InspectionsPage(env))
    assert page.current.id == ins.id  # the first inspection is selected, its panel filled
    assert page.raise_button.isEnabled()

    made = []

    def fake_exec(dlg):
        made.append(dlg)
        assert dlg.description.toPlainText() == "Quy trình QT-HT-01 chưa cập nhật."
        assert dlg.due.value() == dt.date(2026, 12, 2)  # two months after signing (TT 26 Art. 37)
        press(dlg)
        return dlg.result()

    monkeypatch.setattr(RaiseNcDialog, "exec", fake_exec)
    page.raise_button.click()
    rows = ncs.list_ncs(env.ctx)
    assert len(rows) == 1
    assert (rows[0].source, rows[0].inspection_id, rows[0].detected_date) == (
        "external_inspection", ins.id, dt.date(2026, 10, 2))
    assert page.nc_model.rowCount() == 1
    assert page.nc_model.data(page.nc_model.index(0, 0)) == rows[0].number


def test_raise_nc_dialog_shows_errors_next_to_fields(qtbot, env):
    ins = records.create(env.ctx, "external_inspection", {"date": dt.date(2026, 10, 1), "body": "Sở KH&CN"})
    row = records.get(env.ctx, "external_inspection", ins.id)
    dlg = RaiseNcDialog(env, row)
    qtbot.addWidget(dlg)
    dlg.show()
    press(dlg)  # no findings: the description is empty
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.errors["description"].isVisible()
    assert ncs.list_ncs(env.ctx) == []


def test_objective_results_are_recorded_and_shown(qtbot, env, monkeypatch):
    o = records.create(env.ctx, "objective", {"year": 2026, "text": "Tỷ lệ hồ sơ đúng hạn ≥ 98%", "target": 98,
                                              "comparison": ">=", "unit": "%"})
    page = show(qtbot, ObjectivesPage(env))
    page.tabs.setCurrentIndex(1)
    lst = page.lists["objective"]
    assert lst.model.data(lst.model.index(0, 0)) == "2026"  # a year, not "2.026"
    assert page.current.id == o.id

    def fake_exec(dlg):
        assert dlg.period.currentData() == "2026"  # 23/11/2026: the annual period
        dlg.period.setCurrentIndex(dlg.period.findData("2026-H1"))
        dlg.value.setValue(97.5)
        press(dlg)
        return dlg.result()

    monkeypatch.setattr(ResultDialog, "exec", fake_exec)
    page.record_button.click()
    saved = objectives.results(env.ctx, o.id)
    assert [(r.period, r.value, r.achieved) for r in saved] == [("2026-H1", 97.5, False)]
    assert page.results.rowCount() == 1
    assert page.results.item(0, 0).text() == "first six months of 2026"
    assert page.results.item(0, 2).text() == "Not achieved"


def test_the_selected_policy_is_shown_whole_under_the_list(qtbot, env):
    """QA 21 F3: the policy column cuts a policy; the text was readable only in the edit form."""

    long_text = "Ủy ban nhân dân xã cam kết giải quyết thủ tục hành chính công khai, minh bạch, đúng hạn; " * 4
    records.create(env.ctx, "quality_policy", {"year": 2025, "text": "Chính sách năm 2025"})
    records.create(env.ctx, "quality_policy", {"year": 2026, "text": long_text.strip()})
    page = show(qtbot, ObjectivesPage(env))
    lst = page.lists["quality_policy"]
    assert page.policy_text.toPlainText() == "Chính sách năm 2025" and page.policy_text.isReadOnly()
    lst.table.setFocus()
    QTest.keyClick(lst.table, Qt.Key.Key_Down)  # the user moves to 2026
    assert page.policy_text.toPlainText() == long_text.strip()


def test_a_new_policy_or_objective_starts_in_this_year(qtbot, env, monkeypatch):
    """QA 26 G1: the year started at 2000 (the field's minimum): saved untouched, the policy went under 2000."""
    page = show(qtbot, ObjectivesPage(env))
    seen = []

    def fill(dlg):
        seen.append(dlg.editors.editors["year"].value())
        set_text(dlg.editors.editors["text"], "Chính sách chất lượng")
    answer_form(monkeypatch, fill)
    page.lists["quality_policy"].new_button.click()
    assert seen == [2026]  # the test's clock: 23/11/2026
    assert [r.values["year"] for r in records.list_records(env.ctx, "quality_policy")] == [2026]


def test_a_result_saved_untouched_is_refused_not_recorded_as_zero(qtbot, env):
    """QA 26 G15: the result started at 0,00 %: saved untouched, it recorded a failed objective."""

    o = records.create(env.ctx, "objective", {"year": 2026, "text": "Tỷ lệ hồ sơ đúng hạn ≥ 98%", "target": 98,
                                              "comparison": ">=", "unit": "%"})
    dlg = ResultDialog(env, records.get(env.ctx, "objective", o.id))
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.value.text().strip() == ""  # nothing shown until typed
    press(dlg)
    assert dlg.result() != QDialog.DialogCode.Accepted and objectives.results(env.ctx, o.id) == []
    assert dlg.error.text() == "Type the result achieved."
    dlg.value.setFocus()
    dlg.value.lineEdit().selectAll()
    QTest.keyClicks(dlg.value, "97.5")
    press(dlg)
    assert [(r.value, r.achieved) for r in objectives.results(env.ctx, o.id)] == [(97.5, False)]


def test_announcement_scope_shown_and_edited(qtbot, env, monkeypatch):
    a = tthc.create_tthc(env.ctx, code="1.009137", name="Đăng ký khai sinh")
    b = tthc.create_tthc(env.ctx, code="1.009174", name="Đăng ký kết hôn")
    page = show(qtbot, AnnouncementsPage(env))

    def fill(dlg):
        set_text(dlg.editors.editors["decision_number"], "22/QĐ-UBND")
        type_date(dlg.editors.editors["decision_date"], dt.date(2026, 1, 23))

    answer_form(monkeypatch, fill)
    page.lists["announcement"].new_button.click()  # a new decision covers every TTHC in scope
    ann = records.list_records(env.ctx, "announcement")[0]
    assert announcements.scope_codes(env.ctx, ann.id) == ["1.009137", "1.009174"]
    assert page.scope_list.count() == 2
    assert page.scope_list.item(0).text() == "1.009137 — Đăng ký khai sinh"

    def untick_second(dlg):
        assert dlg.selected_ids() == [a.id, b.id]
        dlg.filter.setText("ket hon")  # the filter ignores tone marks
        assert dlg.list.item(1).isHidden() is False and dlg.list.item(0).isHidden() is True
        dlg.list.item(1).setCheckState(Qt.CheckState.Unchecked)
        press(dlg)
        return dlg.result()

    monkeypatch.setattr(ScopeDialog, "exec", untick_second)
    page.scope_edit.click()
    assert announcements.scope_codes(env.ctx, ann.id) == ["1.009137"]
    assert page.scope_list.count() == 1


def test_a_petition_keeps_its_files_and_shows_its_history(qtbot, env, monkeypatch, tmp_path):
    """QA: petitions, trainings, surveys, announcements and inspections may carry files, but no page let the user
    attach the citizen's letter or the written answer, nor read one record's history."""
    from qms_desktop.services import attachments
    from qms_desktop.ui.dialogs import prompts

    page = show(qtbot, OtherRecordsPage(env))
    assert set(page.files_tabs) == {"training", "survey", "petition"}  # the attachable kinds of the page
    pet = records.create(env.ctx, "petition", {
        "received_date": dt.date(2026, 10, 5), "category": "petition", "channel": "direct",
        "citizen": "Ông Nguyễn Văn A", "summary": "Đề nghị sửa đường liên thôn"})
    assert page.open_record("petition", pet.id)
    tabs = page.files_tabs["petition"]
    assert tabs.isVisible() and tabs.record_id == pet.id
    letter = tmp_path / "Đơn kiến nghị.pdf"
    letter.write_bytes(b"%PDF-1.4 don")
    monkeypatch.setattr(prompts, "pick_open_files", lambda *_a, **_k: [str(letter)])
    assert tabs.files.add_button.isEnabled()
    tabs.files.add_button.click()
    assert [a.filename for a in attachments.list_attachments(env.ctx, "petition", pet.id)] == [letter.name]
    assert tabs.files.list.count() == 1 and letter.name in tabs.files.list.item(0).text()

    records.update(env.ctx.editing(records.get(env.ctx, "petition", pet.id).stamp), "petition", pet.id,
                   {"resolved_date": dt.date(2026, 10, 20), "result": "Đã trả lời bằng văn bản"})
    tabs.setCurrentWidget(tabs.history)
    assert tabs.history.model.rowCount() == 3  # created, the letter attached, then answered (newest first)
    assert [(tabs.history.model.row_at(i).action, tabs.history.model.row_at(i).entity) for i in range(3)] == [
        ("update", "petition"), ("create", "attachment"), ("create", "petition")]

    other = records.create(env.ctx, "petition", {
        "received_date": dt.date(2026, 10, 6), "category": "feedback", "channel": "hotline", "summary": "Khen"})
    page.refresh()
    assert page.open_record("petition", other.id)
    assert tabs.files.list.count() == 0 and tabs.history.model.rowCount() == 1  # follows the selection

    # QA 18 F3: the tab's own search finds the citizen and the answer, as Ctrl+F does; the list shows who and by when
    book = page.lists["petition"]
    for typed, found in (("ong nguyen van a", [pet.id]), ("tra loi bang van ban", [pet.id]), ("khen", [other.id]),
                         ("do van thang", [])):
        set_text(book.search, typed)
        assert [book.model.row_at(i).id for i in range(book.model.rowCount())] == found, typed
    set_text(book.search, "")
    captions = [book.model.headerData(i, Qt.Orientation.Horizontal) for i in range(book.model.columnCount())]
    assert "Citizen or organisation" in captions and "Answer due by" in captions
    # QA 18 F5: a new petition starts with the book's next number, typed over if need be
    def fill(dlg):
        assert dlg.editors.editors["number"].text() == records.proposed_values(env.ctx, "petition")["number"]
        set_text(dlg.editors.editors["summary"], "Đề nghị niêm yết công khai lệ phí")
        set_text(dlg.editors.editors["received_date"].edit, "20/11/2026")  # the test's clock: 23/11/2026
    answer_form(monkeypatch, fill)
    proposed = records.proposed_values(env.ctx, "petition")["number"]
    book.new_button.click()
    newest = max(records.list_records(env.ctx, "petition"), key=lambda r: r.id)
    assert (newest.values["number"], newest.values["summary"]) == (proposed, "Đề nghị niêm yết công khai lệ phí")
    exported = []
    monkeypatch.setattr(book.table, "export_to_excel", lambda title, name: exported.append(name))
    book.export_button.click()
    assert exported == ["DanhSach_CitizenFeedbackAndPetitions.xlsx"]  # the kind's name, not its table's (QA 18 F8)


def test_announcement_files_sit_beside_its_scope(qtbot, env):
    page = show(qtbot, AnnouncementsPage(env))
    tabs = page.files_tabs["announcement"]
    assert tabs.parent() is page.scope_box.parent()  # side by side under the list
    assert not tabs.files.add_button.isEnabled()  # nothing selected yet
    assert "risk" not in OtherRecordsPage(env).files_tabs  # kinds that carry no files get no tabs


def test_the_pages_tabs_have_alt_letters(qtbot, env):
    """QA 18 F7: only Ctrl+Tab reached the petitions tab; each tab now has an Alt letter of its own."""
    from qms_desktop.ui.widgets.layout import mnemonic_letters

    page = show(qtbot, OtherRecordsPage(env))
    letters = [mnemonic_letters(page.tabs.tabText(i)) for i in range(page.tabs.count())]
    assert all(letters) and len(set().union(*letters)) == len(letters), [page.tabs.tabText(i) for i in range(page.tabs.count())]
    last = page.tabs.count() - 1
    [key] = letters[last]
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.lists[page.kinds[0]].search.setFocus()
    qtbot.keyClick(page.focusWidget() or page, getattr(Qt.Key, f"Key_{key.upper()}"), Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == last


def test_a_petition_of_last_year_entered_in_january_is_numbered_in_last_years_book(qtbot, env, monkeypatch):
    """QA 56 F7: on 02/01/2027 the form proposed 01/PAKN (2027's book) for a petition received on 31/12/2026; saved,
    it took a number of 2026's book that was not its turn. Typing the received date moves the proposal to that year's
    book while the number is untouched; a number she typed stays hers."""
    from qms_desktop.services.context import AppContext
    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.pages.base import UiEnv
    from qms_desktop.ui.runner import SynchronousRunner

    january = UiEnv(AppContext(env.ctx.db, env.ctx.actor, clock=lambda: dt.date(2027, 1, 2)), SynchronousRunner(),
                    AppEvents())
    for n, day in ((1, dt.date(2026, 11, 3)), (2, dt.date(2026, 12, 10))):
        records.create(january.ctx, "petition", {"number": f"{n:02d}/PAKN", "received_date": day,
                                                 "category": "petition", "channel": "direct", "summary": "Kiến nghị"})
    page = show(qtbot, OtherRecordsPage(january))
    book = page.lists["petition"]
    seen = []

    def fill(dlg):
        e = dlg.editors.editors
        seen.append(e["number"].text())  # 2027's book is empty
        set_text(e["summary"], "Phản ánh đèn đường thôn 2 không sáng")
        type_date(e["received_date"], dt.date(2026, 12, 31), leave=True)
        seen.append(e["number"].text())
        type_date(e["received_date"], dt.date(2027, 1, 2), leave=True)
        seen.append(e["number"].text())
        type_date(e["received_date"], dt.date(2026, 12, 31), leave=True)
    answer_form(monkeypatch, fill)
    book.new_button.click()
    assert seen == ["01/PAKN", "03/PAKN", "01/PAKN"]
    newest = max(records.list_records(january.ctx, "petition"), key=lambda r: r.id)
    assert (newest.values["number"], newest.values["received_date"]) == ("03/PAKN", dt.date(2026, 12, 31))

    def typed(dlg):
        e = dlg.editors.editors
        set_text(e["number"], "15/PAKN")  # her own number: the date no longer moves it
        set_text(e["summary"], "Kiến nghị sửa cầu")
        type_date(e["received_date"], dt.date(2026, 12, 30), leave=True)
        seen.append(e["number"].text())
    answer_form(monkeypatch, typed)
    book.new_button.click()
    assert seen[-1] == "15/PAKN"


def test_the_announcement_decision_is_printed_from_its_page(qtbot, env, monkeypatch):
    """QA 57 F3: the decision (Quyết định công bố) the chairman signs could be printed only with `qms document`."""
    from qms_desktop.ui.widgets import print_button

    calls = []
    print_button._load_preview_handlers()  # the real preview registers its handlers first; this one replaces it
    for kind in ("announcement", "announcement_notice"):
        monkeypatch.setitem(print_button._HANDLERS, kind, lambda e, rid, parent, kind=kind: calls.append((kind, rid)))
    page = show(qtbot, AnnouncementsPage(env))
    assert not page.print_button.isEnabled()  # nothing selected: nothing to print
    made = announcements.announce(env.ctx, {"decision_number": "22/QĐ-UBND", "decision_date": dt.date(2026, 2, 5)})
    page.refresh()
    assert page.open_record("announcement", made.id)
    assert page.print_button.isEnabled()
    menu = page.print_button.menu()  # the decision, and the letter that notifies the Department of it
    assert [a.text() for a in menu.actions()] == ["Announcement decision", "Notice to the Department (letter)"]
    for action in menu.actions():
        action.trigger()
    assert calls == [("announcement", made.id), ("announcement_notice", made.id)]
