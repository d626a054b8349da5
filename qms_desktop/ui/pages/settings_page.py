"""Cài đặt: agency profile and settings, units and staff, digital signature, accounts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QSplitter, QTabWidget, QVBoxLayout,
    QWidget,
)

from qms_desktop.domain import change_labels
from qms_desktop.domain.errors import QmsError, ValidationError
from qms_desktop.domain.model import Role, label
from qms_desktop.domain.periods import CALENDAR, DECREE_09, ReportPeriod
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date
from qms_desktop.services import agency, users
from qms_desktop.ui import translations
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.login import (
    RecoveryCodeDialog, error_label, lay_out_form_dialog, password_edit, passwords_match, show_message,
)
from qms_desktop.ui.models.row_table_model import Column, RowTableModel
from qms_desktop.ui.pages.base import Page, UiEnv, confirm, show_error
from qms_desktop.ui.widgets.agency_kind import kind_combo, select_named_kind
from qms_desktop.ui.widgets.change_history import who
from qms_desktop.ui.widgets.date_edit import DateEdit
from qms_desktop.ui.widgets.record_list import RecordListWidget
from qms_desktop.ui.widgets.table_view import TableView
from qms_desktop.ui.widgets.layout import drop_mnemonics, form_rows, hbox, push_button, scroll_area, vbox, with_error
from qms_desktop.ui.translations import translated as _t

PROFILE_FIELDS = ("full_name", "short_name", "code", "kind", "province", "parent_body", "recipient", "head_name",
                  "head_title", "iso_rep_name", "iso_rep_title", "doc_symbol", "place_name")
OFFICE_HIDDEN = ("code", "kind", "iso_rep_name", "iso_rep_title")  # commune-only fields
# The settings each tab edits (their stamps are taken when the tab loads: see agency.edit_stamps)
AGENCY_SETTINGS = ("period_rule", "yearly_rule", "report_due_h1", "report_due_year", "language", "website",
                   "consultant_status", "consultant_name", "target_on_time_rate", "inspection_proposer")
SIGNING_SETTINGS = ("pkcs11_library", "pkcs11_slot", "timestamp_url")
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}  # each in its own language, never translated



def box_form(box: QWidget, wrap: QFormLayout.RowWrapPolicy = QFormLayout.RowWrapPolicy.DontWrapRows) -> QFormLayout:
    """The form of a settings group: its fields take the width left by their captions; ``wrap`` puts captions
    above their fields (all of them, or the long ones)."""
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(wrap)
    return form

class DueDateEdit(DateEdit):
    """Day and month of a yearly due date, stored as 'MM-DD' (typed 20/06, 2006 or 20-6)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, optional=False, day_month=True)

    def set_mmdd(self, value: str) -> None:
        month, day = (int(x) for x in value.split("-"))
        self.set_value(dt.date(2024, month, day))  # a leap year: 29/02 is allowed

    def mmdd(self) -> str:
        """Raises ValidationError while the text is not a day and month."""
        d = self.value()
        return f"{d.month:02d}-{d.day:02d}"


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
        form = box_form(profile_box)
        captions = {
            "full_name": self.tr("&Agency name: *"), "short_name": self.tr("Short name:"),
            "code": self.tr("Unit code (given by the province):"),
            "kind": self.tr("K&ind:"), "province": self.tr("&Province:"),
            "parent_body": self.tr("Lead &body:"), "recipient": self.tr("R&eports are sent to (Kính gửi):"),
            "head_name": self.tr("Chair&man:"), "head_title": self.tr("Chairman's title:"),
            "iso_rep_name": self.tr("ISO representative:"), "iso_rep_title": self.tr("ISO representative's ti&tle:"),
            "doc_symbol": self.tr("&Report number symbol:"), "place_name": self.tr("Place name in dates:"),
        }
        if self.office:  # a Sở is headed by a Giám đốc who signs letters and decisions, not a chairman's reports
            captions |= {"head_name": self.tr("Head (sig&ns):"), "head_title": self.tr("Head's title:"),
                         "doc_symbol": self.tr("Document symbol:")}
        for name in PROFILE_FIELDS:
            if name == "kind":
                w = kind_combo()
                w.currentIndexChanged.connect(self._touch)
            else:
                w = QLineEdit()
                w.textEdited.connect(self._touch)
                w.textEdited.connect(lambda _t, n=name: self.errors[n].hide())  # fixed: the message goes
            w.setObjectName(f"agency_{name}")
            self.edits[name] = w
            err = error_label()
            self.errors[name] = err
            box = with_error(w, err)
            form.addRow(captions[name], box)
            if self.office and name in OFFICE_HIDDEN:
                form.setRowVisible(box, False)
        self.edits["full_name"].textEdited.connect(lambda text: select_named_kind(self.edits["kind"], text))
        if "code" in self.edits:
            self.edits["code"].setToolTip(self.tr("Sent in every report package so that the receiving office "
                                                  "recognises this commune; leave empty if the province gave none."))

        settings_box = QGroupBox(self.tr("Periods, due dates, language"))
        sform = box_form(settings_box, QFormLayout.RowWrapPolicy.WrapAllRows)  # captions above: each field full width
        self.period_rule = QComboBox()
        self.period_rule.setObjectName("period_rule")
        self.period_rule.addItem(self.tr("Decree 09/2019: six months from 15/12 to 14/06, the year from 15/12 to 14/12"), DECREE_09)
        self.period_rule.addItem(self.tr("Calendar: six months from 01/01 to 30/06, the year from 01/01 to 31/12"), CALENDAR)
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
            # a long choice ("Theo Nghị định 09/2019 (từ 15/12 …)") no longer widens its group over the agency's
            # fields, which were cut to 150 px beside it (QA 21 F13)
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(16)
        for w in (self.due_h1, self.due_year):
            w.dateChanged.connect(self._touch)
            w.dateChanged.connect(self._show_due_note)
        self.period_rule.currentIndexChanged.connect(self._show_due_note)
        self.due_note = QLabel()  # what the due dates mean under the period rule chosen (QA 56 F2)
        self.due_note.setObjectName("due_note")
        self.due_note.setWordWrap(True)
        self.due_note.setStyleSheet("color: #8a5a00;")
        self.due_note.hide()
        for caption, field in ((self.tr("Report periods:"), self.period_rule),
                               (self.tr("Audit and review every &year:"), self.yearly_rule),
                               (self.tr("Si&x-month report due on:"), self.due_h1),
                               (self.tr("Annual report due &on:"), self.due_year), (None, self.due_note),
                               (self.tr("Language:"), self.language)):
            if caption:
                sform.addRow(caption, field)
            else:
                sform.addRow(field)
        self.target = QDoubleSpinBox()
        self.target.setObjectName("target_on_time_rate")
        self.target.setRange(0, 100)
        self.target.setDecimals(1)
        self.target.setSuffix(" %")
        self.target.valueChanged.connect(self._touch)
        self.proposer = QLineEdit()
        self.proposer.setObjectName("inspection_proposer")
        self.proposer.setPlaceholderText(self.tr("empty: the decision names no one"))
        self.proposer.textEdited.connect(self._touch)
        if self.office:  # the province's target for the units' TTHC on-time rate (warnings across units)
            sform.addRow(self.tr("Province's &target for TTHC settled on time:"), self.target)
            # who proposes the check, printed on the decision (Mẫu 20): "Theo đề nghị của …" (QA 15 F12)
            sform.addRow(self.tr("Check proposed b&y (Mẫu 20):"), self.proposer)
            for w in (self.yearly_rule,):
                sform.setRowVisible(w, False)

        facts_box = QGroupBox(self.tr("What the report states (Part II)"))
        fform = box_form(facts_box, QFormLayout.RowWrapPolicy.WrapAllRows)
        self.website = QLineEdit()
        self.website.setObjectName("website")
        self.website.setPlaceholderText(self.tr("empty: the commune has no website"))
        self.consultant_status = QComboBox()
        self.consultant_status.setObjectName("consultant_status")
        self.consultant_status.addItem(self.tr("(not recorded)"), "")
        self.consultant_status.addItem(self.tr("None: the commune built its QMS itself"), "none")
        self.consultant_status.addItem(self.tr("A consulting organisation (name below)"), "hired")
        self.consultant_status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.consultant_status.setMinimumContentsLength(16)
        self.consultant_name = QLineEdit()
        self.consultant_name.setObjectName("consultant_name")
        self.consultant_name.setPlaceholderText(self.tr("organisation and contract, e.g. Công ty … (hợp đồng số …)"))
        self.website.textEdited.connect(self._touch)
        self.consultant_name.textEdited.connect(self._touch)
        self.consultant_status.currentIndexChanged.connect(self._touch)
        fform.addRow(self.tr("&Website (announcements posted on):"), self.website)
        fform.addRow(self.tr("Consultant (TT 26 Art. 7.1):"), self.consultant_status)
        fform.addRow(self.tr("Consultant's name:"), self.consultant_name)

        self.save_button = push_button(self.tr("&Save"), self.save, name="save_agency")
        self.revert_button = push_button(self.tr("&Undo changes"), self.load)
        self.saved_note = QLabel()
        self.saved_note.setWordWrap(True)
        buttons = hbox((self.saved_note, 1), self.revert_button, self.save_button)

        inner = QWidget()
        hbox((profile_box, 5), (vbox(settings_box, facts_box, 1), 4), parent=inner)
        if self.office:  # what a commune's report states: an office writes none
            facts_box.hide()
        vbox((scroll_area(inner), 1), buttons, parent=self, margins=0)
        can_edit = env.ctx.actor.can("edit")
        inner.setEnabled(can_edit)
        self.save_button.setEnabled(can_edit)
        self.revert_button.setEnabled(can_edit)

    def _touch(self, *_a) -> None:
        self._dirty = True
        self.saved_note.clear()

    def _show_due_note(self, *_a) -> None:
        """Say when a due date falls before its period's end (its figures then stop short of the period), or in the
        next year (an annual report sent in January)."""
        try:
            h1_due, year_due = self.due_h1.mmdd(), self.due_year.mmdd()
        except ValidationError:
            return
        rule, year = self.period_rule.currentData(), self.env.ctx.today.year
        lines = []
        for period, name in ((ReportPeriod(year, True), self.tr("The six-month report")),
                             (ReportPeriod(year, False), self.tr("The annual report"))):
            due, end = period.due_date(h1_due, year_due, rule), period.bounds(rule)[1]
            if due < end:
                lines.append(self.tr("%1 of %2 is due on %3, before its period ends on %4: it can only count what is "
                                     "recorded up to the day it is made.")
                             .replace("%1", name).replace("%2", str(year)).replace("%3", format_date(due))
                             .replace("%4", format_date(end)))
            elif due.year > year:
                lines.append(self.tr("%1 of %2 is due on %3, in the next year.")
                             .replace("%1", name).replace("%2", str(year)).replace("%3", format_date(due)))
        self.due_note.setText("\n".join(lines))
        self.due_note.setVisible(bool(lines))

    @property
    def dirty(self) -> bool:
        return self._dirty

    def load(self) -> None:
        # first: a change by someone else after this then refuses the save instead of being overwritten
        self._stamps = agency.edit_stamps(self.env.ctx, AGENCY_SETTINGS)
        profile = agency.get_profile(self.env.ctx) or agency.AgencyProfile(full_name="")
        self._mode = profile.mode
        for name in PROFILE_FIELDS:
            w, value = self.edits[name], getattr(profile, name)
            if isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value)))
            else:
                w.setText(value)
                w.setCursorPosition(0)  # a long value shows its beginning ("Sở Khoa học…"), not its end
            self.errors[name].hide()
        settings = agency.all_settings(self.env.ctx)
        for combo, key in ((self.period_rule, "period_rule"), (self.yearly_rule, "yearly_rule"),
                           (self.language, "language")):
            combo.setCurrentIndex(max(0, combo.findData(settings[key])))
        self.due_h1.set_mmdd(settings["report_due_h1"])
        self.due_year.set_mmdd(settings["report_due_year"])
        self._show_due_note()
        self.website.setText(settings["website"])
        self.consultant_status.setCurrentIndex(max(0, self.consultant_status.findData(settings["consultant_status"])))
        self.consultant_name.setText(settings["consultant_name"])
        self.target.setValue(float(settings["target_on_time_rate"]))
        self.proposer.setText(settings["inspection_proposer"])
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
        recipient_typed = self.edits["recipient"].text().strip()
        try:
            settings = dict((("period_rule", self.period_rule.currentData()),
                             ("yearly_rule", self.yearly_rule.currentData()),
                             ("report_due_h1", self.due_h1.mmdd()), ("report_due_year", self.due_year.mmdd()),
                             ("language", self.language.currentData()), ("website", self.website.text()),
                             ("consultant_status", self.consultant_status.currentData()),
                             ("consultant_name", self.consultant_name.text())) + (
                (("target_on_time_rate", f"{self.target.value():g}"),
                 ("inspection_proposer", self.proposer.text())) if self.office else ()))
            agency.save_profile(self.env.ctx.editing(*self._stamps), self.values(), settings)
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
        refilled = self.edits["recipient"].text() if not recipient_typed else ""
        self.saved_note.setText(self.tr("Saved. A report is always sent to someone: the empty “Kính gửi” was given "
                                        "the default, {recipient}.").format(recipient=refilled) if refilled
                                else self.tr("Saved."))
        language = self.language.currentData()
        if language != before:
            translations.remember_language(language)
            QMessageBox.information(self, self.tr("Language"), self.tr(
                "The new language is used from the next time you start QMS Desktop."))
        return True


class SignatureTab(QWidget):
    """Chữ ký số: the token's PKCS#11 library, the signature and seal images, the timestamp server,
    and the trust store (root certificates and CRLs the receiving office imports from files)."""

    IMAGE_PREVIEW = 120

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        token_box = QGroupBox(self.tr("Signing"))
        # a long caption goes above its field: side by side they pushed the trusted certificates off the page at
        # 1366 px (QA 26 G5)
        form = box_form(token_box, QFormLayout.RowWrapPolicy.WrapLongRows)
        self.library = QComboBox()
        self.library.setObjectName("pkcs11_library")
        self.library.setEditable(True)
        browse = push_button(self.tr("&Browse…"), self.browse_library)
        row = hbox((self.library, 1), browse)
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.slot = QLineEdit()
        self.slot.setObjectName("pkcs11_slot")
        self.slot.setPlaceholderText(self.tr("empty = the first token inserted"))
        self.timestamp_url = QLineEdit()
        self.timestamp_url.setObjectName("timestamp_url")
        self.timestamp_url.setPlaceholderText(self.tr("empty = no timestamp (PAdES B-B; works offline)"))
        form.addRow(self.tr("Token library (PKCS#11):"), row)
        form.addRow("", self.detected)
        form.addRow(self.tr("Tok&en slot:"), self.slot)
        form.addRow(self.tr("&Timestamp server (optional):"), self.timestamp_url)
        self.images: dict[str, QLabel] = {}
        for kind, caption in (("signature_image", self.tr("Signature image (blue, transparent PNG):")),
                              ("seal_image", self.tr("Seal image (red, transparent PNG, real size):"))):
            preview = QLabel()
            preview.setObjectName(kind)
            preview.setFixedSize(self.IMAGE_PREVIEW * 2, self.IMAGE_PREVIEW)
            preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            preview.setStyleSheet("QLabel { border: 1px solid #c0c0c0; background: white; }")
            choose = push_button(self.tr("Choose…"), lambda _=False, k=kind: self.choose_image(k))
            clear = push_button(self.tr("Remove"), lambda _=False, k=kind: self.set_image(k, None))
            form.addRow(caption, hbox(preview, vbox(choose, clear, 1), 1))
            self.images[kind] = preview
        note = QLabel(self.tr("Without images the signatures show a text box (signed by, agency, signing time). "
                              "The PIN and passwords are asked at each signing and never stored."))
        note.setWordWrap(True)
        form.addRow(note)
        self.save_button = push_button(self.tr("&Save"), self.save, name="save_signature")
        self.error = error_label()
        form.addRow(self.error)
        form.addRow("", self.save_button)

        trust_box = QGroupBox(self.tr("Trusted certificates (for checking received reports)"))
        self.trust_note = QLabel()
        self.trust_note.setWordWrap(True)
        self.trust_list = QListWidget()
        self.trust_list.setObjectName("trust_list")
        import_button = push_button(self.tr("&Import certificate or CRL…"), self.import_trust, name="import_trust")
        remove_button = push_button(self.tr("Re&move"), self.remove_trust)
        vbox(self.trust_note, (self.trust_list, 1), hbox(import_button, remove_button, 1), parent=trust_box)

        inner = QWidget()
        hbox((token_box, 3), (trust_box, 2), parent=inner)
        vbox(scroll_area(inner), parent=self, margins=0)
        token_box.setEnabled(env.ctx.actor.can("edit"))
        import_button.setEnabled(env.ctx.actor.can("edit"))
        remove_button.setEnabled(env.ctx.actor.can("edit"))

    def load(self) -> None:
        from qms_desktop.reports import pades
        from qms_desktop.services.reports import signing

        self._stamps = agency.edit_stamps(self.env.ctx, SIGNING_SETTINGS, profile=False)  # first (see AgencyTab.load)
        values = agency.all_settings(self.env.ctx)
        self.library.clear()
        current = values["pkcs11_library"]
        if current:
            self.library.addItem(current, current)
        found = pades.detect_token_libraries()
        for vendor, path in found:
            if path != current:
                self.library.addItem(path, path)
        self.library.setCurrentText(current)
        self.detected.setText(
            self.tr("Found on this computer: %1").replace("%1", "; ".join(f"{v} ({p})" for v, p in found)) if found
            else self.tr("No known token software was found on this computer (Viettel-CA, VNPT-CA, BKAV-CA, FPT-CA, "
                         "CA Chính phủ…): install it from the certification authority, or choose its .dll yourself."))
        self.slot.setText(values["pkcs11_slot"])
        self.timestamp_url.setText(values["timestamp_url"])
        settings = signing.signing_settings(self.env.ctx)
        for kind, data in (("signature_image", settings.signature_image), ("seal_image", settings.seal_image)):
            label = self.images[kind]
            pixmap = QPixmap()
            if data and pixmap.loadFromData(data):
                label.setPixmap(pixmap.scaled(label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
            else:
                label.setPixmap(QPixmap())
                label.setText(self.tr("(none: text box)"))
        self.load_trust()

    def load_trust(self) -> None:
        from qms_desktop.services.reports import signing

        self.trust_note.setText(self.tr("Root certificates of the Government CA (Ban Cơ yếu Chính phủ) and of the "
                                        "public CAs, and their revocation lists, imported from files (nothing is "
                                        "downloaded). Folder: %1").replace("%1", str(signing.trust_dir())))
        self.trust_list.clear()
        for entry in signing.trust_entries():
            kind = {"cert": self.tr("Certificate"), "crl": self.tr("CRL")}.get(entry.kind, "?")
            until = format_date(entry.until.date()) if entry.until else ""
            item = QListWidgetItem(f"{kind}: {entry.subject}" + (f" — {until}" if until else ""))
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            self.trust_list.addItem(item)

    def browse_library(self) -> None:
        path = prompts.pick_open_file(self, self.tr("The token's PKCS#11 library"),
                                      self.tr("Libraries (*.dll *.so *.dylib)"))
        if path:
            self.library.setCurrentText(path)

    def save(self) -> bool:
        self.error.hide()
        slot = self.slot.text().strip()
        if slot and not slot.isdigit():
            show_message(self.error, self.tr("The slot is a number (0, 1, …) or empty."))
            return False
        try:
            agency.set_settings(self.env.ctx.editing(*self._stamps), {
                "pkcs11_library": self.library.currentText().strip(), "pkcs11_slot": slot,
                "timestamp_url": self.timestamp_url.text().strip()})
        except QmsError as exc:
            show_message(self.error, exc)
            return False
        self._stamps = agency.edit_stamps(self.env.ctx, SIGNING_SETTINGS, profile=False)  # what is now saved
        self.env.events.changed({"setting"}, None)
        return True

    def choose_image(self, kind: str) -> None:
        path = prompts.pick_open_file(self, self.tr("Choose a PNG image"), self.tr("PNG images (*.png)"))
        if path:
            self.set_image(kind, path)

    def set_image(self, kind: str, path: str | None) -> bool:
        from qms_desktop.services.reports import signing

        self.error.hide()
        try:
            signing.set_image(self.env.ctx, kind, path)
        except QmsError as exc:
            show_message(self.error, exc)
            return False
        self.load()
        return True

    def import_trust(self, path: str | None = None) -> bool:
        from qms_desktop.services.reports import signing

        if not path:
            path = prompts.pick_open_file(self, self.tr("Import a certificate or a revocation list"),
                                          self.tr("Certificates and CRLs (*.cer *.crt *.pem *.der *.crl)"))
        if not path:
            return False
        try:
            signing.import_trust_file(path)
        except QmsError as exc:
            show_error(self, exc)
            return False
        self.load_trust()
        self.recheck_received()
        return True

    def recheck_received(self) -> None:
        """A receiving office: the reports received so far are checked again against the trust store as it now is
        (QA 17 F6: a package received before its root was imported stayed 'unknown issuer' for ever)."""
        if not agency.is_office(self.env.ctx):
            return
        from functools import partial

        from qms_desktop.services import receiving as rx

        self.env.runner.start(partial(rx.recheck_pdf_signatures, self.env.ctx), parent=self,
                              label=self.tr("Checking the received reports' digital signatures again…"),
                              on_done=self._rechecked, on_error=lambda exc: show_error(self, exc))

    def _rechecked(self, changed: list) -> None:
        from qms_desktop.domain import receiving_labels

        self.rechecked = changed
        if not changed:
            prompts.info(self, self.tr("The received reports' digital signatures were checked again: none reads "
                                       "otherwise."))
            return
        self.env.events.changed({"rx_package"}, None)
        labels = receiving_labels.PDF_SIGNATURE
        lines = [f"{c.unit_code} {c.period} (v{c.version}): {_t('Inbox', labels.get(c.old, c.old))} → "
                 f"{_t('Inbox', labels.get(c.new, c.new))}" for c in changed]
        prompts.info(self, self.tr("The received reports' digital signatures were checked again; these read otherwise "
                                   "now:") + "\n" + "\n".join(lines))

    def remove_trust(self) -> None:
        from pathlib import Path

        from qms_desktop.services.reports import signing

        item = self.trust_list.currentItem()
        if item is None or not confirm(self, self.tr("Remove %1 from the trusted certificates?").replace(
                "%1", item.text())):
            return
        signing.remove_trust_file(Path(item.data(Qt.ItemDataRole.UserRole)))
        self.load_trust()
        self.recheck_received()


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
        form = form_rows((self.tr("&User name:"), self.username), (self.tr("&Full name:"), self.full_name),
                         (self.tr("&Role:"), self.role), (self.tr("&Password:"), self.password),
                         (self.tr("R&epeat the password:"), self.repeat))
        lay_out_form_dialog(self, form, self.error, QDialogButtonBox.StandardButton.Save)
        self.resize(440, 0)

    def accept(self) -> None:
        if not passwords_match(self.password, self.repeat, self.error, self.tr("The two passwords differ.")):
            return
        try:
            self.created, code = users.create_user(self.env.ctx, username=self.username.text(),
                                                   password=self.password.text(), role=self.role.currentData(),
                                                   full_name=self.full_name.text())
        except QmsError as exc:
            show_message(self.error, exc)
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
        self.add_button = push_button(self.tr("&Add account…"), self.add_account, name="add_account")
        self.toggle_button = push_button(self.tr("Disable / &enable…"), self.toggle_active, name="toggle_account")
        vbox(hbox(1, self.add_button, self.toggle_button), (self.table, 1), parent=self, margins=0)

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


class ChangeKeyDialog(QDialog):
    """Confirmation of a new signing key, with the reason that goes into the history."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the signing key"))
        text = QLabel(self.tr(
            "A new key replaces the agency's signing key %1. The receiving office will then see a new fingerprint: "
            "tell it the new one by phone. The next report and package name the previous key. Change the key only "
            "if the old one may have been copied (a lost USB stick or PC, for example).").replace("%1", current))
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("key_reason")
        self.reason.setPlaceholderText(self.tr("Why is the key changed?"))
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Create a &new key"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.reason.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        vbox(text, form, self.buttons, parent=self)


class KeyTab(QWidget):
    """The agency's signing key: its fingerprint and where it came from; leaders can change it."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.info = QLabel()
        self.info.setObjectName("key_info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = push_button(self.tr("Change the &signing key…"), self.change_key, name="change_key")
        self.change_button.setEnabled(env.ctx.actor.can("key"))
        if not env.ctx.actor.can("key"):
            self.change_button.setToolTip(self.tr("Only a leader can change the agency's signing key."))
        vbox(self.info, hbox(1, self.change_button), 1, parent=self)

    def refresh(self) -> None:
        from qms_desktop.services import agency_key

        info = agency_key.current_key(self.env.ctx)
        if info is None:
            self.info.setText(self.tr("The agency has no signing key yet: it is made at the first export of a report."))
            return
        origin = (self.tr(change_labels.KEY_ORIGINS[info.origin]) if info.origin in change_labels.KEY_ORIGINS
                  else info.origin)
        lines = [self.tr("Signing key of the agency: %1").replace("%1", info.fingerprint),
                 self.tr("Origin: %1, %2 by %3.").replace("%1", origin)
                 .replace("%2", info.created_at.strftime("%d/%m/%Y") if info.created_at else "")
                 .replace("%3", who(info.created_by, {"user": users.full_names(self.env.ctx)}))]
        if info.previous_fingerprint:
            lines.append(self.tr("It replaced the key %1.").replace("%1", info.previous_fingerprint))
        if info.reason:
            lines.append(self.tr("Reason: %1").replace("%1", _t("Keys", info.reason)))
        lines.append(self.tr("The key is kept in the agency's database, so every backup carries it. Every exported "
                             "report prints its fingerprint; the receiving office confirms it by phone."))
        self.info.setText("\n".join(lines))

    def change_key(self) -> None:
        from qms_desktop.services import agency_key

        current = agency_key.current_key(self.env.ctx)
        dlg = ChangeKeyDialog(current.fingerprint if current else "", self)
        if not dlg.exec():
            return
        try:
            info = agency_key.change_key(self.env.ctx, reason=dlg.reason.text())
        except QmsError as exc:
            show_error(self, exc)
            return
        self.refresh()
        QMessageBox.information(self, self.tr("Signing key"), self.tr(
            "The new signing key is %1. Tell the receiving office this fingerprint by phone.").replace("%1", info.fingerprint))


class SettingsPage(Page):
    key = "settings"
    watches = frozenset({"agency", "setting", "unit", "staff"})

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.tabs = QTabWidget()
        self.agency_tab = AgencyTab(env)
        self.units = RecordListWidget(env, "unit")
        self.staff = RecordListWidget(env, "staff")
        drop_mnemonics(self.staff.new_button, self.staff.edit_button, self.staff.cancel_button, self.staff.export_button,
                       self.staff.show_cancelled, self.staff.restore_button)
        people = QSplitter(Qt.Orientation.Vertical)
        people.setChildrenCollapsible(False)
        for title, w in ((self.tr("Units"), self.units), (self.tr("Staff"), self.staff)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(w)
            people.addWidget(box)
        people.setStretchFactor(0, 1)
        people.setStretchFactor(1, 1)  # a commune has 5–10 units: they showed three (QA 53 F10)
        self.tabs.addTab(self.agency_tab, self.tr("A&gency"))
        if not self.agency_tab.office:  # a receiving office keeps no units and staff of its own
            self.tabs.addTab(people, self.tr("U&nits and staff"))
        self.signature_tab = SignatureTab(env)
        self.tabs.addTab(self.signature_tab, self.tr("&Digital signature"))
        self.people_tab = people
        if env.ctx.actor.can("users"):
            self.accounts = AccountsTab(env)
            self.tabs.addTab(self.accounts, self.tr("A&ccounts"))
        else:
            self.accounts = None
        # an office signs no package: the commune's key tab told it a key is made at its first export (QA 26 G14)
        self.key_tab = None if self.agency_tab.office else KeyTab(env)
        if self.key_tab is not None:
            self.tabs.addTab(self.key_tab, self.tr("Signing &key"))
        from qms_desktop.ui.server_settings import DatabaseChoice

        self.database_tab = DatabaseChoice(env.ctx.db.location)  # this PC's file or the office's server
        self.tabs.addTab(self.database_tab, self.tr("Data &location"))
        vbox(self.tabs, parent=self, margins=0)

    def refresh(self) -> None:
        if not self.agency_tab.dirty:
            self.agency_tab.load()
        self.units.refresh()
        self.staff.refresh()
        self.signature_tab.load()
        if self.accounts is not None:
            self.accounts.refresh()
        if self.key_tab is not None:
            self.key_tab.refresh()

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
        answer = prompts.save_or_discard(self, self.tr("The agency profile has unsaved changes. Save them?"))
        if answer is None:
            return False
        if answer:
            return self.agency_tab.save()
        self.agency_tab.load()
        return True
