"""Settings page: agency profile and settings, units and staff, accounts (only for those allowed)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from qms_desktop.domain.model import Role
from qms_desktop.services import agency, users
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.ui.events import AppEvents
from qms_desktop.ui.login import RecoveryCodeDialog
from qms_desktop.ui.pages.base import UiEnv
from qms_desktop.ui.pages.settings_page import AccountDialog, SettingsPage
from qms_desktop.ui.runner import SynchronousRunner

from ui_helpers import PASSWORD, set_text
from record_fixtures import press


def make_page(qtbot, env) -> SettingsPage:
    page = SettingsPage(env)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_settings_saves_the_agency_profile_and_settings(qtbot, env, monkeypatch):
    agency.save_profile(env.ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Đồng Nai"))
    page = make_page(qtbot, env)
    tab = page.agency_tab
    assert tab.edits["full_name"].text() == "Ủy ban nhân dân xã Tân Phú"
    assert tab.edits["short_name"].text() == "xã Tân Phú"
    assert not tab.dirty
    set_text(tab.edits["recipient"], "Sở Khoa học và Công nghệ tỉnh Đồng Nai")
    set_text(tab.edits["head_name"], "Nguyễn Văn Thành")
    tab.period_rule.setCurrentIndex(tab.period_rule.findData("calendar"))
    tab.due_h1.set_mmdd("07-05")
    assert tab.dirty
    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: infos.append(a))
    tab.save_button.click()
    profile = agency.get_profile(env.ctx)
    assert profile.recipient == "Sở Khoa học và Công nghệ tỉnh Đồng Nai"
    assert profile.head_name == "Nguyễn Văn Thành"
    settings = agency.all_settings(env.ctx)
    assert settings["period_rule"] == "calendar" and settings["report_due_h1"] == "07-05"
    assert not tab.dirty and tab.saved_note.text() == "Saved."
    assert infos == []  # the language did not change

    tab.language.setCurrentIndex(tab.language.findData("en"))
    tab.save_button.click()
    assert agency.get_setting(env.ctx, "language") == "en"
    assert len(infos) == 1  # "used from the next start"


def test_agency_name_error_is_shown_next_to_the_field(qtbot, env):
    page = make_page(qtbot, env)
    tab = page.agency_tab
    set_text(tab.edits["province"], "Đồng Nai")
    assert tab.save() is False
    assert tab.errors["full_name"].isVisible()
    assert "required" in tab.errors["full_name"].text()
    assert agency.get_profile(env.ctx) is None


def test_unsaved_profile_prompts_before_leaving(qtbot, env, monkeypatch):
    agency.save_profile(env.ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú"))
    page = make_page(qtbot, env)
    set_text(page.agency_tab.edits["head_name"], "Nguyễn Văn Thành")
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    assert page.can_leave() is False
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Save)
    assert page.can_leave() is True
    assert agency.get_profile(env.ctx).head_name == "Nguyễn Văn Thành"
    set_text(page.agency_tab.edits["head_name"], "Người khác")
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)
    assert page.can_leave() is True
    assert page.agency_tab.edits["head_name"].text() == "Nguyễn Văn Thành"


def test_accounts_add_and_disable(qtbot, env, monkeypatch):
    page = make_page(qtbot, env)
    assert page.tabs.count() == 6  # agency, units and staff, digital signature, accounts, signing key, data location
    assert page.accounts.model.rowCount() == 1
    codes = []
    monkeypatch.setattr(RecoveryCodeDialog, "exec", lambda self: codes.append(self.view.code.text()) or 0)

    def fake_exec(dlg):
        set_text(dlg.username, "thuky")
        set_text(dlg.full_name, "Nguyễn Thị Thu Hà")
        dlg.role.setCurrentIndex(dlg.role.findData(Role.SECRETARY.value))
        set_text(dlg.password, PASSWORD)
        set_text(dlg.repeat, PASSWORD)
        press(dlg)
        return dlg.result()

    monkeypatch.setattr(AccountDialog, "exec", fake_exec)
    page.accounts.add_button.click()
    assert len(codes) == 1 and len(codes[0]) == 19
    assert users.authenticate(env.ctx.db, "thuky", PASSWORD).role == "secretary"
    assert page.accounts.table.current_row().username == "thuky"

    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)  # confirm
    page.accounts.toggle_button.click()
    assert [u.active for u in users.list_users(env.ctx) if u.username == "thuky"] == [False]
    assert page.accounts.model.data(page.accounts.model.index(page.accounts.table.currentIndex().row(), 3)) == "Disabled"


def test_disabling_needs_confirmation(qtbot, env, monkeypatch):
    users.create_user(env.ctx, username="xem", password=PASSWORD, role=Role.VIEWER)
    page = make_page(qtbot, env)
    page.accounts.table.select_where(lambda r: r.username == "xem")
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.No)
    page.accounts.toggle_button.click()
    assert all(u.active for u in users.list_users(env.ctx))


def test_viewer_has_no_accounts_tab_and_cannot_edit(qtbot, db, leader):
    users.create_user(AppContext(db, leader), username="xem", password=PASSWORD, role=Role.VIEWER)
    viewer = UiEnv(AppContext(db, Actor("xem", Role.VIEWER)), SynchronousRunner(), AppEvents())
    page = make_page(qtbot, viewer)
    assert page.accounts is None and page.tabs.count() == 5  # no accounts tab (agency, units, signature, key, data location)
    assert not page.agency_tab.save_button.isEnabled()
    assert not page.units.new_button.isEnabled()


def test_open_record_shows_the_staff_member(qtbot, env):
    from qms_desktop.services import records

    unit = records.create(env.ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
    person = records.create(env.ctx, "staff", {"full_name": "Hoàng Thị Lan", "unit_id": unit.id})
    page = make_page(qtbot, env)
    assert page.open_record("staff", person.id)
    assert page.tabs.currentWidget() is page.people_tab
    assert page.staff.table.current_row().values["full_name"] == "Hoàng Thị Lan"
    assert page.staff.model.data(page.staff.model.index(0, 2)) == "Tư pháp - Hộ tịch"


def test_signing_key_tab_changes_the_key_after_a_confirmation(qtbot, env, monkeypatch):
    from qms_desktop.services import agency_key
    from qms_desktop.ui.pages.settings_page import ChangeKeyDialog

    before = agency_key.key_fingerprint(env.ctx)
    page = make_page(qtbot, env)
    page.tabs.setCurrentWidget(page.key_tab)
    assert before in page.key_tab.info.text()
    monkeypatch.setattr(ChangeKeyDialog, "exec", lambda self: 0)  # cancelled: nothing changes
    page.key_tab.change_button.click()
    assert agency_key.current_key(env.ctx).fingerprint == before

    def confirm(dlg):
        assert not dlg.ok.isEnabled()  # no reason, no new key
        set_text(dlg.reason, "Mất USB chứa bản sao lưu")
        assert dlg.ok.isEnabled()
        return 1

    shown = []
    monkeypatch.setattr(ChangeKeyDialog, "exec", confirm)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    page.key_tab.change_button.click()
    after = agency_key.current_key(env.ctx)
    assert after.fingerprint != before and after.previous_fingerprint == before and after.origin == "changed"
    assert after.fingerprint in page.key_tab.info.text() and shown and after.fingerprint in shown[0]
    from qms_desktop.services import users

    full = users.full_names(env.ctx).get(after.created_by)
    assert full and f"by {full} ({after.created_by})." in page.key_tab.info.text()  # a person, not a log-in


def test_a_long_value_shows_its_beginning(qtbot, env):
    """QA 9 F10: "Báo cáo gửi đến (Kính gửi)" showed "…Khoa học và Công nghệ tỉnh Lâm Đồng", its "Sở" scrolled off."""
    agency.save_profile(env.ctx, agency.AgencyProfile(
        full_name="Ủy ban nhân dân xã Tân Phú", province="Lâm Đồng",
        recipient="Sở Khoa học và Công nghệ tỉnh Lâm Đồng (Chi cục Tiêu chuẩn Đo lường Chất lượng)"))
    page = make_page(qtbot, env)
    page.resize(1366 - 240, 700)  # the page beside the navigation on a 1366×768 screen
    page.agency_tab.load()
    edit = page.agency_tab.edits["recipient"]
    assert edit.cursorPosition() == 0
    assert edit.cursorRect().left() < edit.fontMetrics().horizontalAdvance("Sở ")  # the first word is in view


def test_the_agencys_fields_are_wide_enough_for_its_names_beside_the_settings(qtbot, env):
    """QA 21 F13: beside the report settings the agency's fields were 150 px: 'Sở Khoa học và Công n…'."""
    from qms_desktop.ui import translations

    agency.save_profile(env.ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Lâm Đồng",
                                                      recipient="Sở Khoa học và Công nghệ tỉnh Lâm Đồng"))
    assert translations.install("vi")
    try:
        page = make_page(qtbot, env)
        page.resize(1366 - 240, 700)  # the page beside the navigation on a 1366×768 screen
        page.agency_tab.load()
        qtbot.wait(10)
        edit = page.agency_tab.edits["recipient"]
        assert edit.width() > edit.fontMetrics().horizontalAdvance(edit.text()) + 8
        assert edit.width() >= page.width() // 3  # the agency's group has its share, not what the settings leave
    finally:
        translations.install("en")


def test_an_emptied_recipient_is_given_back_its_default_and_said(qtbot, env):
    """QA 10: clearing "Kính gửi" and saving put the default back without a word."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    agency.save_profile(env.ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Lâm Đồng",
                                                      recipient="Phòng Kinh tế huyện Đức Trọng"))
    page = make_page(qtbot, env)
    tab = page.agency_tab
    field = tab.edits["recipient"]
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "" and tab.dirty
    QTest.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    default = agency.get_profile(env.ctx).recipient
    assert default.startswith("Sở Khoa học và Công nghệ") and field.text() == default
    assert default in tab.saved_note.text() and "Kính gửi" in tab.saved_note.text()
    set_text(field, "Phòng Kinh tế huyện Đức Trọng")
    QTest.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.saved_note.text() == "Saved."  # a typed recipient: nothing more to say


def test_typing_a_wards_name_chooses_the_kind_and_a_contradicting_kind_is_shown_at_its_field(qtbot, env):
    agency.save_profile(env.ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Lâm Đồng"))
    page = make_page(qtbot, env)
    tab = page.agency_tab
    set_text(tab.edits["full_name"], "Ủy ban nhân dân phường Đà Lạt")
    assert tab.edits["kind"].currentData() == "phuong"  # chosen as the name was typed
    tab.edits["kind"].setCurrentIndex(tab.edits["kind"].findData("xa"))  # the user insists on Xã
    tab.save_button.click()
    assert tab.errors["kind"].isVisible() and "Ward" in tab.errors["kind"].text()
    assert agency.get_profile(env.ctx).full_name == "Ủy ban nhân dân xã Tân Phú"  # nothing saved


def test_the_due_dates_are_said_against_the_period_rule(qtbot, env):
    """QA 56 F2: calendar periods with the default due dates (20/06, 20/12) made every report due before its period
    ended, and 10/01 for the year's report read as 10/01 of the year itself: the page said nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui_helpers import type_date

    page = make_page(qtbot, env)
    tab = page.agency_tab
    assert tab.due_note.isHidden()  # Decree 09, 20/06 and 20/12: after the cut-offs, the same year
    tab.period_rule.setFocus()
    QTest.keyClick(tab.period_rule, Qt.Key.Key_Down)  # Calendar
    assert tab.period_rule.currentData() == "calendar"
    year = env.ctx.today.year
    assert tab.due_note.isVisible()
    assert tab.due_note.text().splitlines() == [
        f"The six-month report of {year} is due on 20/06/{year}, before its period ends on 30/06/{year}: it can only "
        "count what is recorded up to the day it is made.",
        f"The annual report of {year} is due on 20/12/{year}, before its period ends on 31/12/{year}: it can only "
        "count what is recorded up to the day it is made."]
    type_date(tab.due_h1, "15/07", leave=True)
    type_date(tab.due_year, "10/01", leave=True)
    assert tab.due_note.text() == f"The annual report of {year} is due on 10/01/{year + 1}, in the next year."
