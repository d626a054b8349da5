"""Cài đặt: agency profile and settings, units and staff, accounts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDoubleSpinBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPushButton, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from qms_desktop.domain.errors import QmsError, ValidationError
from qms_desktop.domain.model import AgencyKind, Role, label
from qms_desktop.domain.periods import CALENDAR, DECREE_09
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services import agency, users
from qms_desktop.ui import translations
from qms_desktop.ui.login import RecoveryCodeDialog, error_label, password_edit
from qms_desktop.ui.models.row_table_model import Column, RowTableModel
from qms_desktop.ui.pages.base import Page, UiEnv, confirm, show_error
from qms_desktop.ui.widgets.record_list import RecordListWidget
from qms_desktop.ui.widgets.table_view import TableView

PROFILE_FIELDS = ("full_name", "short_name", "code", "kind", "province", "parent_body", "recipient", "head_name",
                  "head_title", "iso_rep_name", "iso_rep_title", "doc_symbol", "place_name")
OFFICE_HIDDEN = ("code", "kind", "iso_rep_name", "iso_rep_title")  # commune-only fields
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}  # each in its own language, never translated


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text) or text


class DueDateEdit(QDateEdit):
    """Day and month of a yearly due date, stored as 'MM-DD'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM")
        self.setCalendarPopup(True)
        self.setDateRange(QDate(2024, 1, 1), QDate(2024, 12, 31))  # a leap year: 29/02 is allowed

    def set_mmdd(self, value: str) -> None:
        month, day = (int(x) for x in value.split("-"))
        self.setDate(QDate(2024, month, day))

    def mmdd(self) -> str:
        d = self.date()
        return f"{d.month():02d}-{d.day():02d}"


class AgencyTab(QWidget):
    """The profile form and the commune's settings; Save writes both."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self._dirty = False
        self._mode = "commune"
        self.office = agency.is_office(env.ctx)
        self.edits: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        profile_box = QGroupBox(self.tr("Agency profile"))
        form = QFormLayout(profile_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        captions = {
            "full_name": self.tr("Agency &name: *"), "short_name": self.tr("S&hort name:"),
            "code": self.tr("Unit code (given by the province):"),
            "kind": self.tr("&Kind:"), "province": self.tr("&Province:"),
            "parent_body": self.tr("Lead &body:"), "recipient": self.tr("Reports are sent &to (Kính gửi):"),
            "head_name": self.tr("&Chairman:"), "head_title": self.tr("Chairman's t&itle:"),
            "iso_rep_name": self.tr("&ISO representative:"), "iso_rep_title": self.tr("ISO representative's ti&tle:"),
            "doc_symbol": self.tr("Report number &symbol:"), "place_name": self.tr("Place name in &dates:"),
        }
        for name in PROFILE_FIELDS:
            if name == "kind":
                w = QComboBox()
                for k in AgencyKind:
                    w.addItem(_t("Labels", label(k.value)), k.value)
                w.currentIndexChanged.connect(self._touch)
            else:
                w = QLineEdit()
                w.textEdited.connect(self._touch)
            w.setObjectName(f"agency_{name}")
            self.edits[name] = w
            err = error_label()
            self.errors[name] = err
            box = QWidget()
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            bl.addWidget(w)
            bl.addWidget(err)
            form.addRow(captions[name], box)
            if self.office and name in OFFICE_HIDDEN:
                form.setRowVisible(box, False)
        if "code" in self.edits:
            self.edits["code"].setToolTip(self.tr("Sent in every report package so that the receiving office "
                                                  "recognises this commune; leave empty if the province gave none."))

        settings_box = QGroupBox(self.tr("Periods, due dates, language"))
        sform = QFormLayout(settings_box)
        self.period_rule = QComboBox()
        self.period_rule.setObjectName("period_rule")
        self.period_rule.addItem(self.tr("Decree 09/2019 (from 15/12 to 14/06, 14/12)"), DECREE_09)
        self.period_rule.addItem(self.tr("Calendar (from 01/01 to 30/06, 31/12)"), CALENDAR)
        self.yearly_rule = QComboBox()
        self.yearly_rule.addItem(self.tr("Once per calendar year"), "calendar")
        self.yearly_rule.addItem(self.tr("Within 12 months of the previous one"), "rolling12")
        self.due_h1 = DueDateEdit()
        self.due_year = DueDateEdit()
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in translations.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        for w in (self.period_rule, self.yearly_rule, self.language):
            w.currentIndexChanged.connect(self._touch)
        for w in (self.due_h1, self.due_year):
            w.dateChanged.connect(self._touch)
        sform.addRow(self.tr("&Report periods:"), self.period_rule)
        sform.addRow(self.tr("Audit and review &every year:"), self.yearly_rule)
        sform.addRow(self.tr("Six-month report due &on:"), self.due_h1)
        sform.addRow(self.tr("&Annual report due on:"), self.due_year)
        sform.addRow(self.tr("&Language:"), self.language)
        self.target = QDoubleSpinBox()
        self.target.setObjectName("target_on_time_rate")
        self.target.setRange(0, 100)
        self.target.setDecimals(1)
        self.target.setSuffix(" %")
        self.target.valueChanged.connect(self._touch)
        if self.office:  # the province's target for the units' TTHC on-time rate (warnings across units)
            sform.addRow(self.tr("Province's target for TTHC settled &on time:"), self.target)
            for w in (self.yearly_rule,):
                sform.setRowVisible(w, False)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("save_agency")
        self.revert_button = QPushButton(self.tr("&Undo changes"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        self.saved_note = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_note, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        inner = QWidget()
        cols = QHBoxLayout(inner)
        cols.addWidget(profile_box, 1)
        right = QVBoxLayout()
        right.addWidget(settings_box)
        right.addStretch(1)
        cols.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll, 1)
        lay.addLayout(buttons)
        can_edit = env.ctx.actor.can("edit")
        inner.setEnabled(can_edit)
        self.save_button.setEnabled(can_edit)
        self.revert_button.setEnabled(can_edit)

    def _touch(self, *_a) -> None:
        self._dirty = True
        self.saved_note.clear()

    @property
    def dirty(self) -> bool:
        return self._dirty

    def load(self) -> None:
        profile = agency.get_profile(self.env.ctx) or agency.AgencyProfile(full_name="")
        self._mode = profile.mode
        for name in PROFILE_FIELDS:
            w, value = self.edits[name], getattr(profile, name)
            if isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value)))
            else:
                w.setText(value)
            self.errors[name].hide()
        settings = agency.all_settings(self.env.ctx)
        for combo, key in ((self.period_rule, "period_rule"), (self.yearly_rule, "yearly_rule"),
                           (self.language, "language")):
            combo.setCurrentIndex(max(0, combo.findData(settings[key])))
        self.due_h1.set_mmdd(settings["report_due_h1"])
        self.due_year.set_mmdd(settings["report_due_year"])
        self.target.setValue(float(settings["target_on_time_rate"]))
        self._dirty = False

    def values(self) -> agency.AgencyProfile:
        out = {}
        for name in PROFILE_FIELDS:
            w = self.edits[name]
            out[name] = w.currentData() if isinstance(w, QComboBox) else w.text()
        return agency.AgencyProfile(**out, mode=self._mode)

    def save(self) -> bool:
        for err in self.errors.values():
            err.hide()
        before = agency.get_setting(self.env.ctx, "language")
        try:
            agency.save_profile(self.env.ctx, self.values())
            for key, value in (("period_rule", self.period_rule.currentData()),
                               ("yearly_rule", self.yearly_rule.currentData()),
                               ("report_due_h1", self.due_h1.mmdd()), ("report_due_year", self.due_year.mmdd()),
                               ("language", self.language.currentData())) + (
                    (("target_on_time_rate", f"{self.target.value():g}"),) if self.office else ()):
                agency.set_setting(self.env.ctx, key, value)
        except ValidationError as exc:
            if exc.field in self.errors:
                self.errors[exc.field].setText(exc.render(_t))
                self.errors[exc.field].show()
                self.edits[exc.field].setFocus()
            else:
                show_error(self, exc)
            return False
        except QmsError as exc:
            show_error(self, exc)
            return False
        self.env.events.changed({"agency", "setting"}, None)
        self.load()
        self.saved_note.setText(self.tr("Saved."))
        language = self.language.currentData()
        if language != before:
            translations.remember_language(language)
            QMessageBox.information(self, self.tr("Language"), self.tr(
                "The new language is used from the next time you start QMS Desktop."))
        return True


class AccountDialog(QDialog):
    """Add an account; the recovery code is shown once afterwards."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.created = None
        self.setWindowTitle(self.tr("Add an account"))
        self.username = QLineEdit()
        self.username.setObjectName("new_username")
        self.full_name = QLineEdit()
        self.role = QComboBox()
        self.role.setObjectName("new_role")
        for r in (Role.SECRETARY, Role.AUDITOR, Role.VIEWER, Role.LEADER):
            if r == Role.LEADER and env.ctx.actor.role != Role.LEADER:
                continue
            self.role.addItem(_t("Labels", label(r.value)), r.value)
        self.password = password_edit()
        self.password.setObjectName("new_password")
        self.repeat = password_edit()
        self.repeat.setObjectName("new_password2")
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("R&epeat the password:"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.resize(440, 0)

    def accept(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ."))
            self.error.show()
            return
        try:
            self.created, code = users.create_user(self.env.ctx, username=self.username.text(),
                                                   password=self.password.text(), role=self.role.currentData(),
                                                   full_name=self.full_name.text())
        except QmsError as exc:
            self.error.setText(exc.render(_t))
            self.error.show()
            return
        RecoveryCodeDialog(self.created.username, code, self).exec()
        super().accept()


class AccountsTab(QWidget):
    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.model = RowTableModel([
            Column("username", QT_TRANSLATE_NOOP("Columns", "User name")),
            Column("full_name", QT_TRANSLATE_NOOP("Columns", "Full name")),
            Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), "label"),
            Column("state", QT_TRANSLATE_NOOP("Columns", "State"), value=self._state),
        ], self)
        self.table = TableView(self.model, "settings/users")
        self.table.setObjectName("users_table")
        self.add_button = QPushButton(self.tr("&Add account…"))
        self.add_button.setObjectName("add_account")
        self.toggle_button = QPushButton(self.tr("&Disable / enable…"))
        self.toggle_button.setObjectName("toggle_account")
        self.add_button.clicked.connect(self.add_account)
        self.toggle_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.toggle_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(buttons)
        lay.addWidget(self.table, 1)

    def _state(self, row: users.UserRow) -> str:
        if not row.active:
            return self.tr("Disabled")
        return self.tr("Locked (too many wrong passwords)") if row.locked else self.tr("Active")

    def refresh(self) -> None:
        self.model.set_rows(users.list_users(self.env.ctx))

    def add_account(self) -> None:
        dlg = AccountDialog(self.env, self)
        if dlg.exec():
            self.refresh()
            self.table.select_where(lambda r: r.id == dlg.created.id)

    def toggle_active(self) -> None:
        row = self.table.current_row()
        if row is None:
            return
        question = (self.tr("Disable the account %1? It can no longer log in.") if row.active
                    else self.tr("Enable the account %1 again?")).replace("%1", row.username)
        if not confirm(self, question):
            return
        try:
            users.set_active(self.env.ctx, row.id, not row.active)
        except QmsError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.table.select_where(lambda r: r.id == row.id)


class SettingsPage(Page):
    key = "settings"
    watches = frozenset({"agency", "setting", "unit", "staff"})

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.tabs = QTabWidget()
        self.agency_tab = AgencyTab(env)
        self.units = RecordListWidget(env, "unit")
        self.staff = RecordListWidget(env, "staff")
        people = QSplitter(Qt.Orientation.Vertical)
        people.setChildrenCollapsible(False)
        for title, w in ((self.tr("Units"), self.units), (self.tr("Staff"), self.staff)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(w)
            people.addWidget(box)
        people.setStretchFactor(0, 1)
        people.setStretchFactor(1, 2)
        self.tabs.addTab(self.agency_tab, self.tr("A&gency"))
        if not self.agency_tab.office:  # a receiving office keeps no units and staff of its own
            self.tabs.addTab(people, self.tr("U&nits and staff"))
        self.people_tab = people
        if env.ctx.actor.can("users"):
            self.accounts = AccountsTab(env)
            self.tabs.addTab(self.accounts, self.tr("A&ccounts"))
        else:
            self.accounts = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Settings")

    def refresh(self) -> None:
        if not self.agency_tab.dirty:
            self.agency_tab.load()
        self.units.refresh()
        self.staff.refresh()
        if self.accounts is not None:
            self.accounts.refresh()

    def open_record(self, kind: str, record_id: int) -> bool:
        target = {"unit": self.units, "staff": self.staff}.get(kind)
        if target is None:
            return False
        self.tabs.setCurrentWidget(self.people_tab)
        target.refresh()
        return target.select(record_id)

    def can_leave(self) -> bool:
        if not self.agency_tab.dirty:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("The agency profile has unsaved changes. Save them?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.agency_tab.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.agency_tab.load()
            return True
        return False
