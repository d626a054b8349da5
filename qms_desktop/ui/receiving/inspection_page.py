"""Kiểm tra: the yearly inspection cycle (TT 26/2014 Art. 33–38) — the year's plan made from the
ranked suggestion (each unit's reasons shown), at least a third on site, the team, the dates; printing
Mẫu 19 KHKT, Mẫu 20 QĐKT and Mẫu 21 BBKT; the findings of each record and the 2-month follow-up of the
unit's corrective-action report; the November compilation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QWidget,
)

from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date, render
from qms_desktop.services.receiving import inspection as ins
from qms_desktop.services.receiving import inspection_docs as docs
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.models.styled_row_model import GREEN, GREY, RED
from qms_desktop.ui.pages.base import Page, UiEnv, show_error
from qms_desktop.ui.receiving import common
from qms_desktop.ui.receiving.common import FastRowModel
from qms_desktop.ui.widgets.date_edit import DateEdit
from qms_desktop.ui.widgets.table_view import TableView
from qms_desktop.ui.widgets.layout import dialog_buttons, form_rows, hbox, push_button, vbox
from qms_desktop.ui.translations import translated as _t


def _tr(text: str) -> str:
    return _t("Inspection", text)


def pick_folder(parent: QWidget, title: str) -> str | None:
    """Where to write the files (tests replace this)."""
    return QFileDialog.getExistingDirectory(parent, title) or None


def reason_text(reason: ins.Reason) -> str:
    return render(reason, lambda c, t: QCoreApplication.translate(c, t) or t)


class FindingsDialog(QDialog):
    """The record (Mẫu 21 BBKT) of one unit: number, signing date, and its findings, one a line."""

    def __init__(self, row: ins.InspectionRow, parent: QWidget | None = None, *, number_example: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record of the check: %1").replace("%1", row.name))
        self.number = QLineEdit(row.record_number)
        self.number.setObjectName("record_number")
        self.number.setPlaceholderText(number_example)  # the office's own symbol, as the printed record (QA 15 F8)
        self.signed = DateEdit()
        self.signed.setObjectName("signed_date")
        self.signed.set_value(row.signed_date)
        self.conformities = QPlainTextEdit("\n".join(row.conformities))
        self.conformities.setObjectName("conformities")
        self.nonconformities = QPlainTextEdit("\n".join(row.nonconformities))
        self.nonconformities.setObjectName("nonconformities")
        self.recommendations = QPlainTextEdit("\n".join(row.recommendations))
        self.recommendations.setObjectName("recommendations")
        for edit in (self.conformities, self.nonconformities, self.recommendations):
            edit.setTabChangesFocus(True)  # QA 15 F3: Tab typed tab characters into the record and stayed there
        # A signed record is corrected with a reason, kept with it and in its history (QA 49 F3)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("why the signed record is corrected"))
        rows = [(self.tr("Record &number:"), self.number), (self.tr("&Signed on:"), self.signed),
                (self.tr("&Conformities (one a line):"), self.conformities),
                (self.tr("&Nonconformities (one a line):"), self.nonconformities),
                (self.tr("&Recommendations (one a line):"), self.recommendations)]
        if row.signed_date is not None:
            rows.append((self.tr("Reason for the &correction:"), self.reason))
        form = form_rows(*rows)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        buttons = dialog_buttons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self.accept, self.reject)
        vbox(form, self.error, buttons, parent=self)
        self.resize(640, 520)

    def findings(self) -> ins.Findings:
        return ins.Findings(self.number.text(), self.signed.text(), self.conformities.toPlainText(),
                            self.nonconformities.toPlainText(), self.recommendations.toPlainText(), self.reason.text())


def ask_findings(row: ins.InspectionRow, parent: QWidget, save, number_example: str = "") -> bool:
    """Show the dialog until the record is saved or cancelled (tests drive ``FindingsDialog`` directly)."""
    dialog = FindingsDialog(row, parent, number_example=number_example)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            save(dialog.findings())
            return True
        except Exception as exc:
            from qms_desktop.domain.errors import QmsError

            if not isinstance(exc, QmsError):
                raise
            dialog.error.setText(exc.render(lambda c, t: QCoreApplication.translate(c, t) or t))
    return False


class InspectionPage(Page):
    key = "inspection"
    watches = frozenset({"rx_package", "rx_unit", "rx_inspection"})

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.plan: ins.Plan | None = None
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(env.ctx.today.year)
        self._year_shown = env.ctx.today.year
        self.year.valueChanged.connect(self._year_changed)
        self.suggest_button = push_button(self.tr("&Plan from the suggestion"), self.make_plan, name="suggest")
        self.print_buttons = {}
        label = QLabel(self.tr("&Year:"))
        label.setBuddy(self.year)
        top = hbox(label, self.year, self.suggest_button, 1)
        for form, text in (("19", self.tr("Print Mẫu &19 (plan)")), ("20", self.tr("Print Mẫu &20 (decision)")),
                           ("21", self.tr("Print Mẫu 21 (recor&d)"))):
            button = push_button(text, lambda _c=False, f=form: self.preview_form(f), name=f"print_{form}",
                                 tip=self.tr("Opens the form in the print preview: print it or save it as PDF."))
            self.print_buttons[form] = button
            top.addWidget(button)
        self.save_forms_button = push_button(
            self.tr("&Save the forms as PDF…"), self.save_forms, name="save_forms",
            tip=self.tr("Writes Mẫu 19, Mẫu 20 and Mẫu 21 (the selected unit's record, or every on-site unit's) "
                        "into a folder."))
        top.addWidget(self.save_forms_button)
        self.last_preview = None
        self.compile_button = push_button(self.tr("November &compilation…"), self.compile, name="compile")

        # the plan's header: numbers and dates
        self.plan_number = QLineEdit()
        self.plan_number.setObjectName("plan_number")
        self.plan_number.setPlaceholderText("15/KH-SKHCN")
        self.plan_date = DateEdit()
        self.plan_date.setObjectName("plan_date")
        self.decision_number = QLineEdit()
        self.decision_number.setObjectName("decision_number")
        self.decision_number.setPlaceholderText("120/QĐ-SKHCN")
        self.decision_date = DateEdit()
        self.decision_date.setObjectName("decision_date")
        self.save_header_button = push_button(self.tr("Save &numbers and dates"), self.save_header, name="save_header")
        header = QHBoxLayout()
        for text, widget in ((self.tr("Plan No.:"), self.plan_number), (self.tr("dated"), self.plan_date),
                             (self.tr("Decision No.:"), self.decision_number), (self.tr("dated"), self.decision_date)):
            header.addWidget(QLabel(text))
            header.addWidget(widget)
        header.addWidget(self.save_header_button)
        header.addStretch(1)
        header.addWidget(self.compile_button)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)

        self.model = FastRowModel(self._columns(), self, foreground=self._colour)
        self.table = TableView(self.model, "receiving/inspection", self)
        self.table.setObjectName("plan_table")

        # the selected unit
        self.on_site = QComboBox()
        self.on_site.setObjectName("on_site")
        self.on_site.addItem(self.tr("On site"), True)
        self.on_site.addItem(self.tr("On records and reports"), False)
        self.date = DateEdit()
        self.date.setObjectName("date")
        self.apply_unit_button = push_button(self.tr("&Apply to the unit"), self.apply_unit, name="apply_unit")
        self.findings_button = push_button(self.tr("R&ecord findings…"), self.record_findings, name="findings")
        self.received = DateEdit()
        self.received.setObjectName("received")
        self.received_button = push_button(self.tr("Corrective-action report &received"), self.mark_received,
                                           name="mark_received")
        # Enter in a date does what its button does (QA 15 F10: the clerk had to Tab to the button)
        self.date.edit.returnPressed.connect(self.apply_unit)
        self.received.edit.returnPressed.connect(self.mark_received)
        unit_box = self.unit_box = QGroupBox(self.tr("Selected unit"))
        form_rows((self.tr("Form of check:"), self.on_site), (self.tr("Date of the check:"), self.date),
                  self.apply_unit_button, self.findings_button, (self.tr("Report received on:"), self.received),
                  self.received_button, parent=unit_box)

        # the team
        self.team = QTableWidget(0, 3)
        self.team.setTabKeyNavigation(False)
        self.team.setObjectName("team")
        self.team.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Title"), self.tr("Role")])
        self.team.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.team.setColumnWidth(0, 170)
        self.team.setColumnWidth(2, 120)
        self.add_member_button = push_button(self.tr("Add a &member"),
                                             lambda: self._add_member(ins.Member("", "", "member")), name="add_member")
        self.remove_member_button = push_button(self.tr("Remove the mem&ber"), self.remove_member,
                                                name="remove_member")  # QA 15 F6: blanking a row was the only way
        self.save_team_button = push_button(self.tr("Save the &team"), self.save_team, name="save_team")
        team_box = QGroupBox(self.tr("Check team (decision, Mẫu 20)"))
        vbox((self.team, 1), hbox(self.add_member_button, self.remove_member_button, self.save_team_button, 1),
             parent=team_box)

        self.followups = QLabel()
        self.followups.setObjectName("followups")
        self.followups.setWordWrap(True)
        lower = QSplitter()
        lower.addWidget(team_box)
        lower.addWidget(unit_box)
        lower.setSizes([560, 420])
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([380, 220])
        self.altered_warning = common.altered_label()  # the ranking is read from records changed outside the app
        vbox(top, self.altered_warning, header, self.summary, self.followups, (split, 1), parent=self, margins=6)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

    # -- table -----------------------------------------------------------------------------------------
    def _columns(self) -> list[Column]:
        return [
            Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), width=70),
            Column("name", QT_TRANSLATE_NOOP("Columns", "Reporting unit"), width=160),
            Column("on_site", QT_TRANSLATE_NOOP("Columns", "Form of check"), width=130,
                   value=lambda r: _tr(QT_TRANSLATE_NOOP("Inspection", "On site")) if r.on_site
                   else _tr(QT_TRANSLATE_NOOP("Inspection", "Records"))),
            Column("scheduled", QT_TRANSLATE_NOOP("Columns", "Date"), "date", width=90),
            Column("record_number", QT_TRANSLATE_NOOP("Columns", "Record"), width=90),
            Column("signed_date", QT_TRANSLATE_NOOP("Columns", "Signed on"), "date", width=95),
            Column("followup_due", QT_TRANSLATE_NOOP("Columns", "Report due"), "date", width=100),
            Column("followup_state", QT_TRANSLATE_NOOP("Columns", "Follow-up"), width=130,
                   value=lambda r: _tr(ins.FOLLOWUP_LABELS[r.followup_state]) if r.signed_date else ""),
            # last: the long text; the follow-up columns before it stay on a 1366-pixel screen (QA 15 F11)
            Column("reasons", QT_TRANSLATE_NOOP("Columns", "Why (signals from the inbox)"), width=340,
                   value=lambda r: "; ".join(reason_text(x) for x in r.reasons)),
        ]

    @staticmethod
    def _colour(row: ins.InspectionRow, key: str):
        if key == "followup_state" or key == "followup_due":
            return {ins.OVERDUE: RED, ins.ANSWERED: GREEN, ins.ANSWERED_LATE: GREEN}.get(row.followup_state)
        if not row.on_site:
            return GREY
        return None

    def selected(self) -> ins.InspectionRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_code(self, code: str) -> None:
        for i in range(self.model.rowCount()):
            if self.model.row_at(i).code == code:
                self.table.selectRow(i)
                self.table.setCurrentIndex(self.model.index(i, 0))
                return

    # -- unsaved edits (QA 15 F2: any action's refresh threw typed numbers and team edits away) ----------
    def _header_typed(self) -> dict[str, str] | None:
        """The plan's numbers and dates as typed, when they differ from the plan loaded; else None."""
        plan = self.plan
        typed = {"plan_number": self.plan_number.text(), "plan_date": self.plan_date.text(),
                 "decision_number": self.decision_number.text(), "decision_date": self.decision_date.text()}
        loaded = {"plan_number": plan.plan_number if plan else "", "decision_number": plan.decision_number if plan else "",
                  "plan_date": format_date(plan.plan_date) if plan and plan.plan_date else "",
                  "decision_date": format_date(plan.decision_date) if plan and plan.decision_date else ""}
        return typed if any(typed[k].strip() != loaded[k].strip() for k in typed) else None

    def _team_typed(self) -> list[ins.Member] | None:
        """The team as the table shows it, when it differs from the plan loaded; else None."""
        members = []
        for r in range(self.team.rowCount()):
            name = self.team.item(r, 0).text() if self.team.item(r, 0) else ""
            title = self.team.item(r, 1).text() if self.team.item(r, 1) else ""
            members.append(ins.Member(name, title, self.team.cellWidget(r, 2).currentData()))
        loaded = list(self.plan.team) if self.plan else []
        return members if [(m.name, m.title, m.role) for m in members] != [(m.name, m.title, m.role) for m in loaded] \
            else None

    def has_unsaved(self) -> bool:
        return self.plan is not None and (self._header_typed() is not None or self._team_typed() is not None)

    def can_leave(self) -> bool:
        if self.has_unsaved():
            from qms_desktop.ui.pages.base import confirm

            return confirm(self, self.tr("The plan's numbers and dates or the team were changed but not saved. Leave "
                                         "without saving?"))
        return True

    def _year_changed(self, year: int) -> None:
        if year == self._year_shown:
            return
        if not self.can_leave():
            self.year.blockSignals(True)
            self.year.setValue(self._year_shown)
            self.year.blockSignals(False)
            return
        self._year_shown = year
        self.plan = None  # another year: nothing typed is carried over
        self.refresh()

    # -- loading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        header = self._header_typed() if self.plan is not None else None  # kept across the reload
        team = self._team_typed() if self.plan is not None else None
        try:
            from qms_desktop.services.receiving.tamper import altered

            self.plan = ins.get_plan(self.env.ctx, self.year.value())
            open_items = ins.follow_ups(self.env.ctx, open_only=True)
            common.show_altered(self.altered_warning, altered(self.env.ctx))  # once per refresh
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        plan = self.plan
        code = self.selected().code if self.selected() else None
        self.model.set_rows(plan.rows if plan else [])
        self.team.setRowCount(0)
        for m in (plan.team if plan else ()):
            self._add_member(m)
        self.plan_number.setText(plan.plan_number if plan else "")
        self.plan_date.set_value(plan.plan_date if plan else None)
        self.decision_number.setText(plan.decision_number if plan else "")
        self.decision_date.set_value(plan.decision_date if plan else None)
        if plan is not None and header is not None:  # typed, not saved yet: still there after another action
            self.plan_number.setText(header["plan_number"])
            self.decision_number.setText(header["decision_number"])
            self.plan_date.edit.setText(header["plan_date"])
            self.decision_date.edit.setText(header["decision_date"])
        if plan is not None and team is not None:
            self.team.setRowCount(0)
            for m in team:
                self._add_member(m)
        if plan is None:
            self.summary.setText(self.tr("No plan for %1 yet: make it from the suggestion (units ranked by late or "
                                         "missing reports, audits, reviews, overdue actions, on-time rate, visits).")
                                 .replace("%1", str(self.year.value())))
        else:
            self.summary.setText(self.tr("%1 units in the plan, %2 on site (at least %3 of the %4 units expected to "
                                         "report); %5 records signed.")
                                 .replace("%1", str(len(plan.rows))).replace("%2", str(len(plan.on_site)))
                                 .replace("%3", str(plan.on_site_needed)).replace("%4", str(plan.units_expected))
                                 .replace("%5", str(sum(1 for r in plan.rows if r.signed_date))))
        self.followups.setText(followup_text(open_items))
        self.followups.setStyleSheet("color: #b00020" if any(f.state == ins.OVERDUE for f in open_items) else "")
        for button in (*self.print_buttons.values(), self.save_forms_button, self.compile_button,
                       self.save_team_button, self.add_member_button, self.remove_member_button):
            button.setEnabled(plan is not None)
        if code:
            self.select_code(code)
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected()
        for w in (self.apply_unit_button, self.findings_button, self.received_button):
            w.setEnabled(row is not None)
        # a record (Mẫu 21) is printed for the selected unit checked on site
        self.print_buttons["21"].setEnabled(self.plan is not None and row is not None and row.on_site)
        # the box names the unit it acts on; with none selected it shows nothing of another (QA 15 F7)
        self.unit_box.setTitle(self.tr("Selected unit: %1 – %2").replace("%1", row.code).replace("%2", row.name)
                               if row is not None else self.tr("Selected unit: none (select one in the list)"))
        for w in (self.on_site, self.date, self.received):
            w.setEnabled(row is not None)
        if row is None:
            self.date.set_value(None)
            self.received.set_value(None)
            return
        self.on_site.setCurrentIndex(0 if row.on_site else 1)
        self.date.set_value(row.scheduled)
        self.received.set_value(row.followup_received)
        self.findings_button.setEnabled(row.on_site)

    def _add_member(self, m: ins.Member) -> None:
        r = self.team.rowCount()
        self.team.insertRow(r)
        self.team.setItem(r, 0, QTableWidgetItem(m.name))
        self.team.setItem(r, 1, QTableWidgetItem(m.title))
        role = QComboBox()
        role.setObjectName("role")
        for key in ins.ROLES:
            role.addItem(_tr(ins.ROLE_LABELS[key]), key)
        role.setCurrentIndex(ins.ROLES.index(m.role))
        self.team.setCellWidget(r, 2, role)
        self._chain_roles()

    def _chain_roles(self) -> None:
        """Tab goes from the team table through each member's role, then to its buttons (QA 15 F10: the roles
        came after the whole selected-unit box)."""
        chain = [self.team, *(self.team.cellWidget(r, 2) for r in range(self.team.rowCount())),
                 self.add_member_button, self.remove_member_button, self.save_team_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- actions ---------------------------------------------------------------------------------------
    def _done(self, result) -> bool:
        if result is None:
            return False
        self.env.events.changed({"rx_inspection"}, self)
        self.refresh()
        self.status_message.emit(self.tr("Saved."))  # QA 15 F9: a save said nothing
        return True

    def make_plan(self) -> None:
        if self.plan is not None and self.plan.rows:
            from qms_desktop.ui.pages.base import confirm

            if not confirm(self, self.tr("Bring the %1 plan up to date with the suggestion? The units already in it "
                                         "keep their form and date; the suggestion adds the units it lacks, and units "
                                         "no longer expected to report leave the plan unless they were inspected.")
                           .replace("%1", str(self.year.value()))):
                return
        self._done(self.call(ins.plan_from_suggestion, self.year.value()))

    def save_header(self) -> None:
        self._done(self.call(ins.save_plan, self.year.value(), editing=(self.plan.stamp,) if self.plan else (),
                             plan_number=self.plan_number.text(),
                             plan_date=self.plan_date.text(), decision_number=self.decision_number.text(),
                             decision_date=self.decision_date.text()))

    def remove_member(self) -> None:
        """Take the selected member out of the table (Save the team writes it)."""
        r = self.team.currentRow()
        if r >= 0:
            self.team.removeRow(r)
            self._chain_roles()

    def save_team(self) -> None:
        members = []
        for r in range(self.team.rowCount()):
            name = self.team.item(r, 0).text() if self.team.item(r, 0) else ""
            title = self.team.item(r, 1).text() if self.team.item(r, 1) else ""
            if not name.strip() and not title.strip():
                continue
            members.append(ins.Member(name, title, self.team.cellWidget(r, 2).currentData()))
        self._done(self.call(ins.set_team, self.year.value(), members,
                             editing=(self.plan.stamp, self.plan.team_stamp) if self.plan else ()))

    def apply_unit(self) -> None:
        row = self.selected()
        if row is None or self.plan is None:
            return
        on_site = bool(self.on_site.currentData())
        entries = [ins.PlanEntry(r.code, on_site if r.code == row.code else r.on_site,
                                 self.date.text() if r.code == row.code else r.scheduled) for r in self.plan.rows]
        if not self._done(self.call(ins.set_units, self.year.value(), entries, editing=self.plan.row_stamps)):
            self._show_selected()  # refused: the form shows the unit as it still is
        self.select_code(row.code)

    def record_findings(self) -> None:
        row = self.selected()
        if row is None:
            return

        def save(findings: ins.Findings) -> None:
            ins.record_findings(self.env.ctx.editing(row.stamp), self.year.value(), row.code, findings)

        from qms_desktop.services.receiving.documents import record_number_example

        if ask_findings(row, self, save, record_number_example(self.env.ctx)):
            self._done(True)
            self.select_code(row.code)

    def mark_received(self) -> None:
        row = self.selected()
        if row is None:
            return
        note = ""
        if not self.received.text().strip():  # QA 15 F9: an empty date reopened the follow-up without a word
            from qms_desktop.ui.dialogs.prompts import ask_reason

            if row.followup_received is None:
                show_error(self, ins.InspectionInvalid(QT_TRANSLATE_NOOP(
                    "Inspection", "Type the date the corrective-action report was received."), field="followup_received"))
                return
            note = ask_reason(self, self.tr("Reopen the follow-up"), self.tr(
                "No date: the follow-up of %1 opens again, as if its report had not come. Why?").replace("%1", row.name))
            if note is None:  # QA 49 F10: a reason, kept with the record and in its history
                return
        self._done(self.call(ins.mark_followup_received, self.year.value(), row.code, self.received.text(), note,
                             editing=(row.stamp,)))
        self.select_code(row.code)

    def preview_form(self, form: str) -> None:
        """Build the form's PDF off the GUI thread and open it in the print preview (print, save as PDF).
        Mẫu 21 is the selected on-site unit's record."""
        from qms_desktop.ui import print_preview

        row = self.selected()
        code = row.code if form == "21" and row is not None and row.on_site else ""
        if form == "21" and not code:
            return
        year = self.year.value()
        titles = {"19": self.tr("Inspection plan (Mẫu 19 KHKT) %1"), "20": self.tr("Check decision (Mẫu 20 QĐKT) %1"),
                  "21": self.tr("Check record (Mẫu 21 BBKT) %1")}
        title = titles[form].replace("%1", f"{year}" if form != "21" else f"{year} — {row.name}")
        name = docs.file_name(form, year, code)

        def shown(pdf: bytes) -> None:
            self.last_preview = print_preview.show_preview(pdf, title, file_name=name, parent=self)

        self.env.runner.start(lambda progress, cancel: docs.form_pdf(self.env.ctx, year, form, code), parent=self,
                              label=self.tr("Preparing the form…"), on_done=shown,
                              on_error=lambda exc: show_error(self, exc))

    def save_forms(self) -> list[Path]:
        """Write Mẫu 19, Mẫu 20 and Mẫu 21 (the selected on-site unit's record, or every on-site unit's) into
        a folder. Every form is made before anything is written: a refused form writes nothing."""
        row = self.selected()
        code = row.code if row is not None and row.on_site else ""
        folder = pick_folder(self, self.tr("Folder for the printed forms"))
        if not folder:
            return []
        try:
            paths = docs.write_forms(self.env.ctx, self.year.value(), folder, code)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return []
        self.status_message.emit(self.tr("Written: %1").replace("%1", ", ".join(p.name for p in paths)))
        return paths

    def compile(self) -> list[Path]:
        folder = pick_folder(self, self.tr("Folder for the compilation"))
        if not folder:
            return []
        try:
            paths = docs.write_compilation(self.env.ctx, self.year.value(), folder)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return []
        self.status_message.emit(self.tr("Written: %1").replace("%1", ", ".join(p.name for p in paths)))
        return paths


def followup_text(items: list[ins.FollowUp]) -> str:
    """The warning line of the 2-month deadlines (also on the consolidation page)."""
    if not items:
        return ""
    overdue = [f for f in items if f.state == ins.OVERDUE]
    waiting = [f for f in items if f.state == ins.WAITING]

    def unit(f: ins.FollowUp) -> str:
        if f.not_answered_by:  # a package came since, without the corrective actions on this record
            return _tr(QT_TRANSLATE_NOOP("Inspection", "{unit} ({due}; still awaited: the report {package} received "
                                                       "since does not answer the record)")).format(
                unit=f.name, due=format_date(f.due), package=f.not_answered_by)
        return f"{f.name} ({format_date(f.due)})"

    parts = []
    if overdue:
        parts.append(_tr(QT_TRANSLATE_NOOP("Inspection", "Corrective-action report overdue: {units}")).format(
            units=", ".join(unit(f) for f in overdue)))
    if waiting:
        parts.append(_tr(QT_TRANSLATE_NOOP("Inspection", "Due within 2 months of the record: {units}")).format(
            units=", ".join(unit(f) for f in waiting)))
    return " — ".join(parts)
