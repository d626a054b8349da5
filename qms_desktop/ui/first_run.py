"""First-run wizard of a new database: agency, units and staff, first account, recovery code, starter kit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDialog, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QRadioButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from qms_desktop.domain.errors import QmsError, ValidationError
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services import agency, setup, starter_kit, users
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.storage.db import Database
from qms_desktop.ui.login import RecoveryCodeView, error_label, password_edit
from qms_desktop.ui.pages.base import show_error
from qms_desktop.ui.runner import JobRunner
from qms_desktop.ui.widgets.agency_kind import kind_combo, select_named_kind
from qms_desktop.ui.widgets.layout import (
    drop_mnemonics, form_rows, give_mnemonics, hbox, push_button, relayout, vbox, with_error,
)
from qms_desktop.ui.translations import translated as _t


class SetupStep(QWizardPage):
    """A step of the wizard: its title and subtitle (``QT_TRANSLATE_NOOP`` in the step's own context), then what
    ``build()`` puts on it."""

    title_text = ""
    subtitle_text = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr(self.title_text))
        if self.subtitle_text:
            self.setSubTitle(self.tr(self.subtitle_text))
        self.build()
        give_mnemonics(self, self)  # Alt+letter to each field of the step (QA 63 F8)

    def build(self) -> None:
        raise NotImplementedError


class AgencyPage(SetupStep):
    title_text = QT_TRANSLATE_NOOP("AgencyPage", "Your agency")
    subtitle_text = QT_TRANSLATE_NOOP("AgencyPage", "These details appear on every report. "
                                                    "You can change them later in Settings.")

    def build(self) -> None:
        # A database is either a commune's own records or a receiving office's inbox (two databases
        # when one installation does both).
        self.commune_mode = QRadioButton(self.tr("A &commune, ward or special zone: keeps its own QMS records"))
        self.commune_mode.setObjectName("mode_commune")
        self.office_mode = QRadioButton(self.tr("A receiving &office (e.g. the Department of Science and Technology): "
                                                "receives and consolidates the units' reports"))
        self.office_mode.setObjectName("mode_office")
        self.commune_mode.setChecked(True)
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.commune_mode)
        self._modes.addButton(self.office_mode)
        self.code = QLineEdit()
        self.code.setObjectName("unit_code")
        self.code.setPlaceholderText(self.tr("if the province gave one, e.g. LD-26734"))
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.full_name.setPlaceholderText("Ủy ban nhân dân xã Tân Phú")
        self.kind = kind_combo()
        self.province = QLineEdit()
        self.province.setObjectName("province")
        self.province.setPlaceholderText("Đồng Nai")
        self.recipient = QLineEdit(starter_kit.default_recipient(""))
        self.recipient.setObjectName("recipient")
        self.head_name = QLineEdit()
        self.head_title = QLineEdit("Chủ tịch")
        self.iso_rep_name = QLineEdit()
        self.iso_rep_title = QLineEdit("Phó Chủ tịch")
        self.doc_symbol = QLineEdit("BC-UBND")
        self.place_name = QLineEdit()
        self.place_name.setPlaceholderText(self.tr("taken from the name if left empty"))
        self._recipient_auto = True
        self.province.textEdited.connect(self._province_changed)
        self.full_name.textEdited.connect(lambda text: select_named_kind(self.kind, text))
        self.recipient.textEdited.connect(lambda _t: setattr(self, "_recipient_auto", False))
        self.registerField("agency_name*", self.full_name)
        form = form_rows(self.commune_mode, self.office_mode, (self.tr("&Agency name: *"), self.full_name),
                         (self.tr("K&ind:"), self.kind), (self.tr("&Unit code:"), self.code),
                         (self.tr("&Province:"), self.province),
                         (self.tr("R&eports are sent to (Kính gửi):"), self.recipient),
                         (self.tr("Chair&man:"), self.head_name), (self.tr("Chairman's title:"), self.head_title),
                         (self.tr("ISO representative:"), self.iso_rep_name),
                         (self.tr("ISO representative's ti&tle:"), self.iso_rep_title),
                         (self.tr("&Report number symbol:"), self.doc_symbol),
                         (self.tr("Place name in dates:"), self.place_name), parent=self)
        # Several officers of an office share one database on the office's server: chosen here, used from
        # the next start (ui/server_settings.py; the password is never stored).
        self.server_button = push_button(self.tr("The data is on the office's &server…"), self.choose_server,
                                         name="choose_server")
        self.server_note = QLabel()
        self.server_note.setObjectName("server_note")
        self.server_note.setWordWrap(True)
        self.server_note.hide()
        form.addRow(self.server_button)
        form.addRow(self.server_note)
        self._form = form
        self.office_mode.toggled.connect(self._mode_changed)

    def choose_server(self) -> None:
        from qms_desktop.ui.server_settings import DatabaseChoiceDialog, remembered_server

        wizard = self.wizard()
        db = getattr(wizard, "db", None)
        location = db.location if db is not None else ""
        DatabaseChoiceDialog(location, self).exec()
        chosen = remembered_server()
        if chosen and chosen != location:
            self.server_note.setText(self.tr("Close the set-up and start the application again: it then opens the "
                                             "database on %1.").replace("%1", chosen))
            self.server_note.show()

    @property
    def is_office(self) -> bool:
        return self.office_mode.isChecked()

    def _mode_changed(self, office: bool) -> None:
        for w in (self.kind, self.code, self.iso_rep_name, self.iso_rep_title, self.recipient):
            self._form.setRowVisible(w, not office)
        # an office's head is its director, and it prints the compiled reports, not a commune's (QA 26 G13)
        self._form.labelForField(self.head_name).setText(self.tr("&Head:") if office else self.tr("Chair&man:"))
        self._form.labelForField(self.head_title).setText(self.tr("Head's title:") if office
                                                          else self.tr("Chairman's title:"))
        self.setSubTitle(self.tr("These details appear on the compiled reports and the inspection records. You can "
                                 "change them later in Settings.") if office else self.tr(self.subtitle_text))
        self.full_name.setPlaceholderText("Sở Khoa học và Công nghệ tỉnh Lâm Đồng" if office
                                          else "Ủy ban nhân dân xã Tân Phú")
        if office:
            self.head_title.setText("Giám đốc")
            if self.doc_symbol.text() == "BC-UBND":
                self.doc_symbol.setText("SKHCN-TĐC")
        else:
            if self.head_title.text() == "Giám đốc":
                self.head_title.setText("Chủ tịch")
            if self.doc_symbol.text() == "SKHCN-TĐC":
                self.doc_symbol.setText("BC-UBND")

    def _province_changed(self, text: str) -> None:
        if self._recipient_auto:
            self.recipient.setText(starter_kit.default_recipient(text))

    def profile(self) -> agency.AgencyProfile:
        if self.is_office:
            from dataclasses import replace

            from qms_desktop.services.receiving.setup import office_profile

            base = office_profile(self.full_name.text(), self.province.text(), head_name=self.head_name.text(),
                                  head_title=self.head_title.text())
            return replace(base, doc_symbol=self.doc_symbol.text() or base.doc_symbol,
                           place_name=self.place_name.text() or base.place_name)
        return agency.AgencyProfile(
            full_name=self.full_name.text(), kind=self.kind.currentData(), province=self.province.text(),
            recipient=self.recipient.text(), head_name=self.head_name.text(), head_title=self.head_title.text(),
            iso_rep_name=self.iso_rep_name.text(), iso_rep_title=self.iso_rep_title.text(),
            doc_symbol=self.doc_symbol.text(), place_name=self.place_name.text(), code=self.code.text())


class EditableList(QWidget):
    """A small editable table with Add row / Remove row (Delete key removes too)."""

    def __init__(self, headers: list[str], rows: list[tuple[str, ...]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        for row in rows:
            self.add_row(row)
        self.add_button = push_button(self.tr("&Add row"), lambda: self.add_row(edit=True))
        self.remove_button = push_button(self.tr("&Remove row"), self.remove_row)
        hbox((self.table, 1), vbox(self.add_button, self.remove_button, 1), parent=self, margins=0)

    def add_row(self, values: tuple[str, ...] = (), *, edit: bool = False) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c in range(self.table.columnCount()):
            self.table.setItem(r, c, QTableWidgetItem(values[c] if c < len(values) else ""))
        if edit:
            self.table.setCurrentCell(r, 0)
            self.table.editItem(self.table.item(r, 0))
        return r

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def set_cell(self, row: int, column: int, text: str) -> None:
        self.table.item(row, column).setText(text)

    def rows(self) -> list[tuple[str, ...]]:
        out = []
        for r in range(self.table.rowCount()):
            values = tuple((self.table.item(r, c).text() if self.table.item(r, c) else "").strip()
                           for c in range(self.table.columnCount()))
            if any(values):
                out.append(values)
        return out


class UnitsPage(SetupStep):
    title_text = QT_TRANSLATE_NOOP("UnitsPage", "Units and staff")
    subtitle_text = QT_TRANSLATE_NOOP("UnitsPage", "Optional: list the units and the people who work in them. "
                                                   "You can skip this page and fill them in later in Settings.")

    def build(self) -> None:
        self.units = EditableList([self.tr("Unit")], [(u,) for u in starter_kit.DEFAULT_UNITS])
        self.staff = EditableList([self.tr("Full name"), self.tr("Title"), self.tr("Unit")])
        drop_mnemonics(self.staff.add_button, self.staff.remove_button)
        vbox(QLabel(self.tr("Units:")), (self.units, 1),
             QLabel(self.tr("Staff (the unit is matched by name; a new name adds a unit):")), (self.staff, 1), parent=self)


class AccountPage(SetupStep):
    """Creates the account, the agency profile and the units when the user presses Create."""

    title_text = QT_TRANSLATE_NOOP("AccountPage", "Your account")
    subtitle_text = QT_TRANSLATE_NOOP("AccountPage", "The first account is a leader's account; it can add accounts for the "
                                                     "ISO secretary, auditors and viewers later.")

    def build(self) -> None:
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("account_full_name")
        self.password = password_edit()
        self.password.setObjectName("password")
        self.repeat = password_edit()
        self.repeat.setObjectName("password2")
        self.errors = {k: error_label() for k in ("username", "password", "password2", "other")}
        for edit, keys in ((self.username, ("username", "other")), (self.password, ("password", "password2", "other")),
                           (self.repeat, ("password2", "other"))):  # a message goes as soon as she fixes it
            edit.textEdited.connect(lambda _t, keys=keys: self._hide_errors(keys))
        self.registerField("username*", self.username)
        form = form_rows((self.tr("&User name: *"), self._with_error(self.username, "username")),
                         (self.tr("&Full name:"), self.full_name),
                         (self.tr("&Password: *"), self._with_error(self.password, "password")),
                         (self.tr("&Repeat the password: *"), self._with_error(self.repeat, "password2")),
                         self.errors["other"], parent=self)
        hint = QLabel(self.tr("At least 8 characters. The user name is one word, e.g. “thuky” or “nguyenvana”."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create account"))

    def _with_error(self, editor: QWidget, key: str) -> QWidget:
        return with_error(editor, self.errors[key])

    def _hide_errors(self, keys: tuple[str, ...]) -> None:
        for k in keys:
            self.errors[k].hide()
        relayout(self.errors[keys[0]])

    def _error(self, key: str, text: str) -> None:
        for lbl in self.errors.values():
            lbl.hide()
        target = self.errors.get(key, self.errors["other"])
        target.setText(text)
        target.show()
        relayout(target)  # a wizard page is not laid out again by itself: the field would give up its height

    def validatePage(self) -> bool:  # noqa: N802
        wizard: FirstRunWizard = self.wizard()
        if self.password.text() != self.repeat.text():
            self._error("password2", self.tr("The two passwords differ."))
            self.repeat.setFocus()
            return False
        try:
            wizard.create_everything(self.username.text(), self.full_name.text(), self.password.text())
        except ValidationError as exc:
            self._error(exc.field or "other", exc.render(_t))
            return False
        except QmsError as exc:
            self._error("other", exc.render(_t))
            return False
        return True


class RecoveryPage(SetupStep):
    title_text = QT_TRANSLATE_NOOP("RecoveryPage", "Recovery code")
    # every step has a subtitle: without one the wizard draws this step's title large, without the banner (QA 53 F11)
    subtitle_text = QT_TRANSLATE_NOOP("RecoveryPage", "Needed only on the day a password is forgotten.")

    def build(self) -> None:
        self.view = RecoveryCodeView(self)
        self.kept = QCheckBox(self.tr("I have printed or written &down the recovery code"))
        self.kept.setObjectName("kept")
        self.kept.toggled.connect(lambda _on: self.completeChanged.emit())
        vbox(self.view, self.kept, 1, parent=self)

    def initializePage(self) -> None:  # noqa: N802
        wizard: FirstRunWizard = self.wizard()
        self.view.set_code(wizard.actor.username if wizard.actor else "", wizard.recovery_code)

    def isComplete(self) -> bool:  # noqa: N802
        return self.kept.isChecked()

    def validatePage(self) -> bool:  # noqa: N802
        wizard: FirstRunWizard = self.wizard()
        setup.done(wizard.ctx, setup.RECOVERY)
        return True


class StarterKitPage(SetupStep):
    title_text = QT_TRANSLATE_NOOP("StarterKitPage", "Starter kit")
    subtitle_text = QT_TRANSLATE_NOOP("StarterKitPage", "Get a head start. Everything can be edited afterwards.")

    def build(self) -> None:
        names = "\n".join(f"  • {code} {title}" for code, title in starter_kit.SYSTEM_PROCEDURES)
        self.procedures = QCheckBox(self.tr("Create the 5 system &procedures of the framework model, as drafts:"))
        self.procedures.setObjectName("starter_procedures")
        self.procedures.setChecked(True)
        listing = QLabel(names)
        self.import_flow = None
        self.last_plan = None
        self.import_button = push_button(self.tr("&Import the province's TTHC list…"), self.choose_file,
                                         name="import_tthc")
        self.import_result = QLabel(self.tr("The province publishes the list of administrative procedures (TTHC) settled by communes as an Excel, Word or CSV file. You see what will be imported before anything is written; you can also import it later."))
        self.import_result.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.procedures)
        lay.addWidget(listing)
        lay.addSpacing(12)
        lay.addWidget(self.import_button)
        lay.addWidget(self.import_result)
        lay.addStretch(1)

    def choose_file(self) -> None:
        self._flow().choose_and_start()

    def import_file(self, path: str) -> None:
        """The same read → preview → write as the TTHC page (nothing is written before "Import")."""
        self._flow().start(path)

    def _flow(self):
        from qms_desktop.ui.tthc_import import TthcImportFlow

        wizard: FirstRunWizard = self.wizard()
        if self.import_flow is None or self.import_flow.ctx is not wizard.ctx:
            self.import_flow = TthcImportFlow(wizard.ctx, wizard.runner, self, on_done=self._imported,
                                              on_message=self.import_result.setText)
        return self.import_flow

    def _imported(self, plan) -> None:
        from qms_desktop.ui.tthc_import import summary

        self.last_plan = plan
        self.import_result.setText(summary(plan))

    def validatePage(self) -> bool:  # noqa: N802
        wizard: FirstRunWizard = self.wizard()
        if self.procedures.isChecked() and self.procedures.isEnabled():
            try:
                starter_kit.create_system_procedures(wizard.ctx)
            except QmsError as exc:
                show_error(self, exc)
                return False
        setup.done(wizard.ctx, setup.STARTER)
        return True

    def initializePage(self) -> None:  # noqa: N802
        wizard: FirstRunWizard = self.wizard()
        if wizard.ctx is not None:
            from qms_desktop.services import procedures

            if procedures.list_procedures(wizard.ctx):  # resumed after they were made: not twice
                self.procedures.setChecked(False)
                self.procedures.setEnabled(False)


class FirstRunWizard(QWizard):
    """Sets up a database that has no account yet. ``actor`` is the new leader once accepted."""

    def __init__(self, db: Database, runner: JobRunner, parent: QWidget | None = None, *,
                 resume: AppContext | None = None) -> None:
        """``resume``: the logged-in leader or secretary of a database whose set-up was left after the
        account was created; only the steps still pending are shown (with a new recovery code)."""
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.actor: Actor | None = resume.actor if resume is not None else None
        self.ctx: AppContext | None = resume
        self.recovery_code = ""
        self.setWindowTitle(self.tr("QMS Desktop — first start") if resume is None
                            else self.tr("QMS Desktop — finish the set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.agency_page = AgencyPage()
        self.units_page = UnitsPage()
        self.account_page = AccountPage()
        self.recovery_page = RecoveryPage()
        self.starter_page = StarterKitPage()
        self.page_ids = {}
        if resume is None:
            pages = (("agency", self.agency_page), ("units", self.units_page), ("account", self.account_page),
                     ("recovery", self.recovery_page), ("starter", self.starter_page))
        else:
            steps = setup.pending(resume)
            if setup.RECOVERY in steps:
                self.recovery_code = users.new_recovery_code(resume)
            pages = tuple((name, p) for name, p, step in (("recovery", self.recovery_page, setup.RECOVERY),
                                                          ("starter", self.starter_page, setup.STARTER))
                          if step in steps) or (("starter", self.starter_page),)
        for name, page in pages:
            self.page_ids[name] = self.addPage(page)
        # A new PC, or the old database lost: start from a backup instead of a new agency (the backup's own
        # leader account authorises it: services/backup.py, backup_leader).
        self.restored = False
        if resume is None and db.path is not None:
            self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Restore from a backup…"))
            self.button(QWizard.WizardButton.CustomButton1).setObjectName("restore_backup")
            self.customButtonClicked.connect(self._custom_button)
            self.currentIdChanged.connect(self._show_restore)
        self.resize(760, 600)
        self._typed_at_start = self._typed()

    def _show_restore(self, page_id: int) -> None:
        self.setOption(QWizard.WizardOption.HaveCustomButton1, page_id == self.page_ids.get("agency"))

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.restore_backup()

    def restore_backup(self) -> None:
        """Replace this new, empty database with a backup; then the login (the wizard closes)."""
        from qms_desktop.ui.dialogs.restore_dialog import restore_without_login

        kept = restore_without_login(self, Path(self.db.path), before=self.db.engine.dispose)
        if kept is False:
            return
        self.restored = True
        QMessageBox.information(self, self.tr("Restore"), self.tr(
            "The backup was restored. Log in with your account of the backup."))
        QDialog.done(self, QDialog.DialogCode.Rejected)

    def nextId(self) -> int:  # noqa: N802 - a receiving office skips the commune's units and starter kit
        current = self.currentId()
        if self.agency_page.is_office and "agency" in self.page_ids:
            if current == self.page_ids["agency"]:
                return self.page_ids["account"]
            if current == self.page_ids["recovery"]:
                return -1
        return super().nextId()

    def reject(self) -> None:
        """Hủy (Esc, Cancel, the window's close): before the account exists nothing was kept, so what she typed
        on the pages is lost — the form dialogs' "discard the changes?" first (nothing typed: closes at once);
        after it, ask — the set-up resumes next time."""
        if self.isVisible() and self.ctx is not None and setup.pending(self.ctx):
            from qms_desktop.ui.pages.base import confirm

            if not confirm(self, self.tr("The set-up is not finished: the account exists, but the recovery code was "
                                         "not confirmed as kept, or the starter procedures and the TTHC list are "
                                         "missing.\n\nLeave it now? It continues at the next start; the Overview "
                                         "page shows what is missing."), self.tr("Leave the set-up?")):
                return
        elif self.isVisible() and self.ctx is None and self._typed() != self._typed_at_start:
            from PySide6.QtCore import QCoreApplication

            from qms_desktop.ui.dialogs import prompts

            if not prompts.confirm(self, QCoreApplication.translate("FormDialog", "Discard the changes you made?"),
                                   QCoreApplication.translate("FormDialog", "Unsaved changes")):
                return
        super().reject()

    def _typed(self) -> tuple:
        """What the pages before the account hold: every field's text, choice and box, the units and the staff
        (compared with the start: typing a letter and deleting it again loses nothing)."""
        state: list = []
        for page in (self.agency_page, self.units_page, self.account_page):
            for edit in page.findChildren(QLineEdit):
                if not isinstance(edit.parent(), QComboBox) and not _in_table(edit):  # not a cell's editor
                    state.append(edit.text())
            state.extend(box.currentIndex() for box in page.findChildren(QComboBox))
            state.extend(button.isChecked() for button in page.findChildren(QRadioButton))
            state.extend(tuple(table.rows()) for table in page.findChildren(EditableList))
        return tuple(state)

    def create_everything(self, username: str, full_name: str, password: str) -> None:
        """Account and profile in ONE transaction (a crash never leaves a profile without an
        account), then units and staff."""
        if self.actor is None:
            user, self.recovery_code = users.set_up(
                self.db, self.agency_page.profile(), username=username, password=password, full_name=full_name)
            self.actor = Actor(user.username, user.role, user.full_name)
            self.ctx = AppContext(self.db, self.actor)
            if not self.agency_page.is_office:
                setup.start(self.ctx)  # the recovery code and the starter kit are still to do
        else:
            agency.save_profile(self.ctx, self.agency_page.profile())
        if self.agency_page.is_office:
            return  # an office keeps no units and staff of its own
        unit_rows = [r[0] for r in self.units_page.units.rows()]
        staff_rows = [(r[0], r[1], r[2]) for r in self.units_page.staff.rows()]
        starter_kit.add_units_and_staff(self.ctx, unit_rows, staff_rows)


def _in_table(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTableWidget):
            return True
        parent = parent.parentWidget()
    return False
