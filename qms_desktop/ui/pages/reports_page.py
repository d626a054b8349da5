"""Báo cáo: the six-month and annual reports — draft, narrative, preview/print, finalise, export.

Building the preview and writing the package run through ``env.runner`` (off the GUI thread,
with progress); "Xuất báo cáo" writes the signed package to a folder the user picks (a USB stick).
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from qms_desktop.domain.errors import QmsError
from qms_desktop.domain.model import REPORT_STATUS_LABELS
from qms_desktop.domain.periods import ReportPeriod, current_period
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date, local_time
from qms_desktop.reports.wording import number_text
from qms_desktop.services import agency, reports, users
from qms_desktop.ui.style import set_read_only
from qms_desktop.ui import print_preview
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.dialogs.form_dialog import FormDialog
from qms_desktop.ui.dialogs.preflight_dialog import PreflightDialog
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.models.styled_row_model import GREEN, GREY, StyledRowModel
from qms_desktop.ui.pages.master_detail import MasterDetailPage
from qms_desktop.ui.widgets.date_edit import DateEdit
from qms_desktop.ui.widgets.layout import (
    NoteLabel, detail_header, dialog_buttons, form_rows, give_mnemonics, hbox, push_button, scroll_area, vbox,
)
from qms_desktop.ui.periods import period_caption, period_item
from qms_desktop.ui.translations import translated as _t


def pick_folder(parent: QWidget, title: str) -> str | None:
    """The export folder: the USB stick plugged in first, else the folder chosen last time."""
    from qms_desktop.ui import folders

    return folders.choose_folder(parent, title, "export")


def _typed(field: DateEdit) -> object:
    """The date in ``field``, or what was typed when it is not one yet (it differs from any date: unsaved)."""
    try:
        return field.value()
    except QmsError:
        return field.text()


class MarkSentDialog(FormDialog):
    """The day a finalised report was sent (default today): asked, as it cannot be undone and the sending
    deadlines are read from it."""

    def __init__(self, env, row: reports.ReportRow, parent: QWidget | None = None) -> None:
        super().__init__("", lambda v: reports.mark_sent(env.ctx, row.id, sent_date=v["sent_date"]), parent)
        self.setWindowTitle(self.tr("Report %1 sent").replace("%1", row.number_text))
        self.set_intro(self.tr("The day report %1 was sent (to %2). Once recorded it cannot be changed: enter the "
                               "day it really went, not the day you record it.")
                       .replace("%1", row.number_text).replace("%2", row.recipient or "—"))
        self.add_field("sent_date", self.tr("Sent on"), DateEdit(optional=False), required=True)
        self.set_values({"sent_date": env.ctx.today})
        self.mark_clean()


class NewReportDialog(QDialog):
    """Period and number of a new report. The period offered is the report due now (``due_now``), and
    a line says which report that is and why ("Báo cáo sáu tháng đầu năm 2026 — hạn gửi 20/06/2026")."""

    def __init__(self, periods: list[str], default: str, number: int, parent: QWidget | None = None, *,
                 schedule: dict[str, reports.DueReport] | None = None, due_now: str | None = None,
                 today: dt.date | None = None, symbol: str = "BC-UBND") -> None:
        super().__init__(parent)
        self.symbol = symbol
        self.setWindowTitle(self.tr("New report"))
        self.schedule, self.due_now, self.today = schedule or {}, due_now, today or dt.date.today()
        self.period = QComboBox()
        self.period.setObjectName("period")
        for code in periods:
            self.period.addItem(period_item(code), code)
        self.period.setCurrentIndex(max(0, self.period.findData(default)))
        self.due_label = QLabel()
        self.due_label.setObjectName("due")
        self.due_label.setStyleSheet("font-weight: bold;")
        self.why_label = QLabel()
        self.why_label.setObjectName("why")
        self.why_label.setWordWrap(True)
        self.period.currentIndexChanged.connect(self._explain)
        self.number = QSpinBox()
        self.number.setObjectName("number")
        self.number.setRange(1, 99999)
        self.number.setValue(number)
        self.number.setFixedWidth(110)  # a number of a few digits, not a field across the dialog (QA 26 G8)
        self.printed = QLabel()  # as the report prints it: "Số: 03/BC-UBND"
        self.printed.setObjectName("printed_number")
        self.number.valueChanged.connect(self._show_printed)
        hint = QLabel(self.tr("Proposed from the register of outgoing documents; type the number the clerk gives "
                              "if it differs."))
        hint.setWordWrap(True)
        form = form_rows((self.tr("Period"), self.period), self.due_label, self.why_label,
                         (self.tr("Number (Số)"), hbox(self.number, self.printed, 1)), hint, parent=self)
        self._show_printed()
        self.buttons = dialog_buttons(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self.accept, self.reject)
        form.addRow(self.buttons)
        give_mnemonics(self, self)  # Alt+letter to each field (QA 63 F8)
        self.setMinimumWidth(520)
        self._explain()

    def _show_printed(self) -> None:
        self.printed.setText(self.tr("printed as: Số: %1").replace(
            "%1", number_text(self.number.value(), self.symbol)))

    def _explain(self) -> None:
        """Which report the chosen period is, when it is due, and why it was offered."""
        code = self.period.currentData()
        due = self.schedule.get(code)
        self.due_label.setVisible(due is not None)
        if due is None:
            self.due_label.clear()
            self.why_label.clear()
            self.why_label.hide()
            return
        self.due_label.setText(self.tr("Report on %1 — due %2").replace("%1", period_caption(code))
                               .replace("%2", format_date(due.due_date)))
        days = (due.due_date - self.today).days
        if code != self.due_now:  # an earlier period still open says how late it is too (QA 53 F12)
            why = QCoreApplication.translate("NewReportDialog", "Not finalised yet, %n day(s) late.", "", -days) \
                if days < 0 else ""
        elif days > 0:
            why = QCoreApplication.translate("NewReportDialog", "The report due now: due in %n day(s).", "", days)
        elif days == 0:
            why = self.tr("The report due now: its deadline is today.")
        else:
            why = QCoreApplication.translate("NewReportDialog", "The report due now: not finalised yet, %n day(s) "
                                             "late.", "", -days)
        if due.status in ("final", "sent"):
            why = self.tr("This period was already reported; to change that report, make a corrected version of it.")
        self.why_label.setText(why)
        self.why_label.setVisible(bool(why))

    def values(self) -> tuple[str, int]:
        return self.period.currentData(), self.number.value()


class ReportsPage(MasterDetailPage):
    key = "reports"
    kinds = frozenset({"report"})
    watches = frozenset({"report", "agency", "setting"})
    state_key = "reports/list"
    export_name = "DanhSachBaoCao.xlsx"

    def __init__(self, env, parent: QWidget | None = None) -> None:
        self.detail_data: reports.ReportDetail | None = None
        super().__init__(env, parent)
        self.new_button = self.tool_button(self.tr("&New report…"), self.create)
        self.finish_toolbar(sizes=(160, 520))

    def columns(self) -> list[Column]:
        return [
            Column("period", QT_TRANSLATE_NOOP("Columns", "Period"), width=220,
                   value=lambda r: period_item(r.period)),
            # a report's version ("phiên bản", as its detail and "Phiên bản đính chính…" say), not a procedure's
            # issue ("Lần BH", the same English word in context "Columns") (QA 21 F6)
            Column("version", QT_TRANSLATE_NOOP("ReportsPage", "Version"), "number", width=80, context="ReportsPage"),
            Column("number_text", QT_TRANSLATE_NOOP("Columns", "Number"), width=120),
            Column("date", QT_TRANSLATE_NOOP("Columns", "Date"), "date", width=100),
            Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), width=110,
                   value=lambda r: _t("ReportStatus", REPORT_STATUS_LABELS.get(r.status, r.status))),
            Column("sent_date", QT_TRANSLATE_NOOP("Columns", "Sent on"), "date", width=100),
        ]

    def make_model(self) -> StyledRowModel:
        colours = {"sent": GREEN, "final": None, "draft": GREY}
        return StyledRowModel(self.columns(), self, foreground=lambda r, _k: colours.get(r.status))

    def load_rows(self) -> list[reports.ReportRow]:
        return reports.list_reports(self.env.ctx)

    # -- detail ------------------------------------------------------------------------------------------
    def build_detail(self) -> QWidget:
        box = QWidget()
        self.header = detail_header(wrap=False)
        self.info = NoteLabel()
        self.recipient = QLineEdit()
        self.date = DateEdit()
        self.number = QSpinBox()
        self.number.setRange(1, 99999)
        self.request_letter = QLineEdit()
        self.request_letter.setObjectName("request_letter")
        self.request_letter.setPlaceholderText(self.tr("e.g. Công văn số 456/SKHCN-TĐC ngày 02/06/2026 của Sở Khoa học "
                                                       "và Công nghệ tỉnh … (printed first: Thực hiện …)"))
        self.data_as_of = DateEdit()
        self.data_as_of.setObjectName("data_as_of")
        self.data_as_of.setToolTip(self.tr("Only for a report made before its period ends: the figures run to this "
                                           "day, and the report says so (số liệu tính đến ngày …)."))
        # Three rows, not five: the tabs below (Parts III–V and the statements of Part II) keep the height
        # they need at 1366×768 (QA 21 F4).
        form = QGridLayout()
        for row, col, caption, widget, span in (
                (0, 0, self.tr("Kính gửi (recipient)"), self.recipient, 1), (0, 2, self.tr("Number (Số)"), self.number, 1),
                (1, 0, self.tr("Date of the report"), self.date, 1),
                (1, 2, self.tr("Figures up to (before the period ends)"), self.data_as_of, 1),
                (2, 0, self.tr("Request letter of the receiving office"), self.request_letter, 3)):
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addWidget(label, row, col)
            form.addWidget(widget, row, col + 1, 1, span)
        form.setColumnStretch(1, 3)
        form.setColumnStretch(3, 1)
        self.narrative: dict[str, QPlainTextEdit] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._statements_tab(), self.tr("II. Statements"))  # in the report's order (QA 26 G10)
        for key, caption in (("shortcomings", self.tr("III. Shortcomings and causes")),
                             ("plans", self.tr("IV. Plans for the next period")),
                             ("proposals", self.tr("V. Proposals"))):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)  # Tab moves on, never types a tab into the report (QA 15 F3)
            edit.setObjectName(f"narrative_{key}")
            edit.setPlaceholderText(self.tr("One paragraph per line. Printed as written."))
            self.narrative[key] = edit
            self.tabs.addTab(edit, caption)
        self.changes = NoteLabel()
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        self.save_button = push_button(self.tr("&Save"), self.save)
        self.preview_button = push_button(self.tr("&Preview and print…"), self.preview)
        self.finalize_button = push_button(self.tr("F&inalise…"), self.finalize)
        self.sign_button = push_button(self.tr("Si&gn digitally…"), self.sign_digitally, name="sign_report")
        self.export_button_ = push_button(self.tr("&Export report (USB)…"), self.export_package)
        self.sent_button = push_button(self.tr("Mark &as sent"), self.mark_sent)
        self.correct_button = push_button(self.tr("&Corrected version…"), self.correct)
        buttons = hbox(self.save_button, self.preview_button, self.finalize_button, self.sign_button,
                       self.export_button_, self.sent_button, self.correct_button, 1)
        self.signature = NoteLabel()
        self.signature.setObjectName("signature_state")
        vbox(self.header, self.info, form, (self.tabs, 1), self.changes, self.signature, buttons, self.fingerprint,
             self._build_export_notice(), parent=box)
        return box

    def _build_export_notice(self) -> QWidget:
        """What the export wrote, shown under the buttons until closed: no modal box to click away (issue 9)."""
        self.export_notice = QFrame()
        self.export_notice.setObjectName("export_notice")
        self.export_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.export_notice.setStyleSheet("#export_notice { background: #e8f5e9; border: 1px solid #66bb6a; }")
        self.export_notice_text = QLabel()
        self.export_notice_text.setObjectName("export_notice_text")
        self.export_notice_text.setWordWrap(True)
        self.export_notice_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = push_button(self.tr("&Open the folder"), self._open_export_folder,
                                              name="open_export_folder")
        close = push_button(self.tr("Close"), self.export_notice.hide, name="close_export_notice")
        hbox((self.export_notice_text, 1), vbox(self.open_folder_button, close, 1), parent=self.export_notice)
        self.export_notice.hide()
        self._export_folder: str | None = None
        self._export_report_id: int | None = None
        return self.export_notice

    def _open_export_folder(self) -> None:
        if self._export_folder:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(self._export_folder))

    def _statements_tab(self) -> QWidget:
        """Part II text a person types where no record holds the fact (printed after what the records say)."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(4, 4, 4, 4)
        hint = QLabel(self.tr("Part II states only what the records hold. Where a record is missing, type what is "
                              "true here; it is printed under the item as written."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        form = QFormLayout()
        captions = {
            "participation": self.tr("1. Participation of leaders, units, staff"),
            "confirmation": self.tr("2. The head's confirmation of effectiveness"),
            "announcement": self.tr("3. Announcement, notice, posting"),
            "legal": self.tr("4. Legal updates built in"),
            "reannouncement": self.tr("5. Re-announcement"),
            "consultant": self.tr("6. Choice of consultant"),
        }
        self.statements: dict[str, QPlainTextEdit] = {}
        for key in reports.STATEMENT_KEYS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setObjectName(f"statement_{key}")
            edit.setFixedHeight(52)
            self.statements[key] = edit
            form.addRow(captions.get(key, key), edit)
        lay.addLayout(form)
        return scroll_area(box)  # six boxes: they scroll rather than make the page taller than the screen

    def show_detail(self, row: reports.ReportRow | None) -> None:
        self.detail_data = reports.get_report(self.env.ctx, row.id) if row is not None else None
        d = self.detail_data
        draft = d is not None and d.row.status == "draft"
        editable = draft and self.can("edit")
        for w in (self.date, self.data_as_of):
            w.setEnabled(editable)
        # A final report's texts stay in ink, selectable, read-only: greyed out they looked like the placeholder
        # hints beside them (QA 21 F5).
        for w in (self.recipient, self.number, self.request_letter, *self.narrative.values(), *self.statements.values()):
            w.setEnabled(d is not None)
            set_read_only(w, not editable)
            if hasattr(w, "placeholderText"):  # a hint is for typing: none on a text that can no longer change
                if w.property("hint") is None:
                    w.setProperty("hint", w.placeholderText())
                w.setPlaceholderText(w.property("hint") if editable else "")
        self.save_button.setEnabled(editable)
        self.preview_button.setEnabled(d is not None)
        self.finalize_button.setEnabled(draft and self.can("finalize"))
        self.export_button_.setEnabled(d is not None and not draft and self.can("edit"))
        self.signature.clear()
        self.sign_button.setEnabled(False)
        if d is None or d.row.id != self._export_report_id:
            self.export_notice.hide()  # the notice speaks of the report it was exported from
        if d is not None and not draft:
            self._show_signature_state(d.row.id)
        self.sent_button.setEnabled(d is not None and d.row.status == "final" and self.can("edit"))
        self.correct_button.setEnabled(d is not None and not draft and self.can("edit"))
        if d is None:
            self.header.setText(self.tr("No report selected"))
            self.info.clear()
            self.changes.clear()
            for edit in (*self.narrative.values(), *self.statements.values()):
                edit.clear()
            self.recipient.clear()
            self.request_letter.clear()
            self.date.set_value(None)
            self.data_as_of.set_value(None)
            return
        r = d.row
        self.header.setText(self.tr("Report %1 — %2, version %3 — %4")
                            .replace("%1", r.number_text).replace("%2", period_caption(r.period))
                            .replace("%3", str(r.version)).replace("%4", _t("ReportStatus", REPORT_STATUS_LABELS.get(r.status, r.status))))
        self.info.setText(self._info_text(r))
        self.recipient.setText(r.recipient)
        self.date.set_value(r.date)
        self.number.setValue(r.number or 1)
        self.narrative["shortcomings"].setPlainText(d.shortcomings)
        self.narrative["plans"].setPlainText(d.plans)
        self.narrative["proposals"].setPlainText(d.proposals)
        self.request_letter.setText(d.request_letter)
        for edit in (self.recipient, self.request_letter):  # shown from its start, not scrolled to its end (QA 26 G9)
            edit.setCursorPosition(0)
        self.data_as_of.set_value(d.data_as_of)
        for key, edit in self.statements.items():
            edit.setPlainText(d.statements.get(key, ""))
        self.changes.setText(self.tr("Changes from the previous version: %1").replace("%1", r.changes_summary)
                             if r.changes_summary else "")

    def _show_signature_state(self, report_id: int) -> None:
        from qms_desktop.reports import pades
        from qms_desktop.services.reports import signing

        try:
            pdf = signing.signed_report_pdf(self.env.ctx, report_id)
            claim = signing.pdf_signature_manifest(pdf) if pdf else {"signed": False}
            due = signing.next_role(self.env.ctx, report_id)
        except Exception as exc:  # noqa: BLE001 - shown, never fatal for the page
            self.signature.setText(str(exc))
            return
        self.sign_button.setEnabled(due is not None and self.can("edit"))
        if not claim["signed"]:
            self.signature.setText(self.tr("Not digitally signed yet. Sign it with the Chairman's token, then with "
                                           "the agency's (seal)."))
            return
        parts = []
        for entry in claim["signatures"]:
            who = {pades.ROLE_OFFICIAL: self.tr("Signer"), pades.ROLE_AGENCY: self.tr("Agency")}.get(entry["role"], "")
            when = pades.signing_time_text(dt.datetime.fromisoformat(entry["signed_at"])) \
                if entry["signed_at"] else ""
            parts.append(self.tr("%1: %2 (%3), %4").replace("%1", who).replace("%2", entry["signer"])
                         .replace("%3", entry["organisation"]).replace("%4", when))
        state = self.tr("Digitally signed (final).") if due is None else self.tr("Digitally signed; the agency's "
                                                                                   "signature is still due.")
        self.signature.setText(state + " " + "; ".join(parts))

    def _info_text(self, r: reports.ReportRow) -> str:
        due = next((x for x in reports.due_reports(self.env.ctx, year=ReportPeriod.parse(r.period).year)
                    if x.period == r.period), None)
        parts = []
        if due is not None:
            parts.append(self.tr("Data from %1 to %2; to be sent by %3.").replace("%1", format_date(due.start))
                         .replace("%2", format_date(due.end)).replace("%3", format_date(due.due_date)))
        if r.status == "draft":
            parts.append(self.tr("Draft: figures follow the records until the report is finalised."))
        else:
            parts.append(self.tr("Finalised by %1 on %2: the content is frozen; later changes to the records do "
                                 "not alter it.").replace("%1", self._person(r.finalized_by))
                         .replace("%2", format_date(local_time(r.finalized_at).date()) if r.finalized_at else ""))
        if r.sent_date:
            parts.append(self.tr("Sent on %1.").replace("%1", format_date(r.sent_date)))
        return " ".join(parts)

    def _person(self, username: str) -> str:
        """The full name of an account ("Nguyễn Văn Minh", not the log-in "minhnv")."""
        return users.full_names(self.env.ctx).get(username) or username

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.fingerprint.text():
            self._show_fingerprint()

    def _show_fingerprint(self) -> None:
        try:
            value = reports.key_fingerprint(self.env.ctx)
        except Exception as exc:  # noqa: BLE001 - shown, never fatal for the page
            value = str(exc)
        self.fingerprint.setText(self.tr("Signing key of this agency: %1 (printed on every exported report; "
                                         "the receiving office confirms it by phone).").replace("%1", value))

    # -- actions -----------------------------------------------------------------------------------------
    def create(self) -> reports.ReportRow | None:
        today = self.env.ctx.today
        try:
            due_now = reports.report_due_now(self.env.ctx).period
            schedule = {r.period: r for y in (today.year - 1, today.year, today.year + 1)
                        for r in reports.due_reports(self.env.ctx, year=y)}
        except QmsError:
            due_now, schedule = current_period(today).code, {}
        default = due_now
        periods = sorted({f"{y}-H1" for y in (today.year - 1, today.year, today.year + 1)}
                         | {str(y) for y in (today.year - 1, today.year, today.year + 1)} | {default},
                         key=lambda c: (c[:4], len(c) == 4))
        # only periods begun: a report of a period still to come is refused (it would take a number now)
        periods = [c for c in periods if c not in schedule or schedule[c].start <= today]
        if default not in periods:  # the next report due has not begun (every report so far made): the latest begun
            default = max(periods, key=lambda c: (schedule[c].start, schedule[c].end) if c in schedule
                          else (dt.date.min, dt.date.min))
        try:
            number = reports.propose_number(self.env.ctx)
            profile = agency.get_profile(self.env.ctx)
        except Exception as exc:  # noqa: BLE001 - e.g. no agency profile yet
            prompts.show_error(self, exc)
            return None
        dialog = NewReportDialog(periods, default, number, self, schedule=schedule, due_now=due_now, today=today,
                                 symbol=(profile.doc_symbol if profile else "") or "BC-UBND")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        period, chosen = dialog.values()
        row = self.write(reports.create_report, period=period, number=chosen, kinds="report")
        if row is not None:
            self.select_id(row.id)
        return row

    def save(self) -> bool:
        d = self.detail_data
        if d is None:
            return False
        try:
            date = self.date.value()
            as_of = self.data_as_of.value()
        except QmsError as exc:
            prompts.show_error(self, exc)
            return False
        typed = self.number.value()
        row = self.write(reports.update_report, d.row.id, recipient=self.recipient.text(), date=date,
                         number=typed, request_letter=self.request_letter.text(),
                         data_as_of=as_of, clear_data_as_of=as_of is None,
                         statements={k: e.toPlainText() for k, e in self.statements.items()},
                         **{k: e.toPlainText() for k, e in self.narrative.items()}, kinds="report",
                         editing=(d.stamp,))
        if row is not None and row.number != typed and row.date is not None:  # numbers run from 01 each year
            prompts.info(self, self.tr("The report's number changed from %1 to %2: its date is in %3, and numbers run "
                                       "from 01 in the register of each year.")
                         .replace("%1", d.row.number_text).replace("%2", row.number_text).replace("%3", str(row.date.year)))
        return row is not None

    def _has_unsaved(self) -> bool:
        d = self.detail_data
        if d is None or d.row.status != "draft":
            return False
        return any(self.narrative[k].toPlainText().strip() != getattr(d, k) for k in self.narrative) or \
            self.recipient.text().strip() != d.row.recipient or self.number.value() != (d.row.number or 1) or \
            _typed(self.date) != d.row.date or \
            self.request_letter.text().strip() != d.request_letter or _typed(self.data_as_of) != d.data_as_of or \
            any(e.toPlainText().strip() != d.statements.get(k, "") for k, e in self.statements.items())

    def has_unsaved(self) -> bool:
        return bool(self._has_unsaved())

    def can_leave(self) -> bool:
        if not self._has_unsaved():
            return True
        answer = prompts.save_or_discard(self, self.tr("Save the changes to this report?"))
        if answer is None:  # Cancel or Escape: stay, the text kept
            return False
        if answer:
            return self.save()
        self.refresh()  # discarded: the report as stored, not the text left in the boxes
        return True

    def _saved_first(self) -> reports.ReportDetail | None:
        """The shown report (as it was shown) once its unsaved changes are saved; None when no report is shown or
        the save failed."""
        d = self.detail_data
        if d is None or (self._has_unsaved() and not self.save()):
            return None
        return d

    def finalize(self) -> None:
        d = self._saved_first()
        if d is None:
            return
        try:
            found = reports.preflight(self.env.ctx, d.row.id, date=self.date.value())
        except QmsError as exc:
            prompts.show_error(self, exc)
            return
        actor = self.env.ctx.actor
        self.last_preflight = PreflightDialog(found, d.row.number_text, actor.full_name or actor.username, self)
        if self.last_preflight.exec() != QDialog.DialogCode.Accepted:
            return
        shown = self.detail_data  # the draft as shown (after a save above): a change by someone else meanwhile refuses
        if self.write(reports.finalize_report, d.row.id, date=self.date.value(),
                      acknowledge=self.last_preflight.acknowledged(), kinds="report",
                      editing=(shown.stamp,) if shown is not None else ()) is not None:
            self.env.events.milestone.emit("report")  # an automatic backup holds the frozen report

    def mark_sent(self) -> None:
        d = self.detail_data
        if d is not None:
            self.accepted(MarkSentDialog(self.env, d.row, self), "report")

    def correct(self) -> None:
        d = self.detail_data
        if d is None or not prompts.confirm(self, self.tr("Start a corrected version of report %1? It gets a new "
                                                          "number and lists what changed.")
                                            .replace("%1", d.row.number_text)):
            return
        row = self.write(reports.correct_report, d.row.id, kinds="report")
        if row is not None:
            self.select_id(row.id)

    def preview(self) -> None:
        d = self._saved_first()
        if d is None:
            return
        r = d.row
        name = f"BaoCao_{ReportPeriod.parse(r.period).file_tag}_v{r.version}.pdf"
        title = self.tr("Report %1").replace("%1", r.number_text)
        self.env.runner.start(partial(self._build_preview, r.id), parent=self,
                              label=self.tr("Preparing the report…"),
                              on_done=lambda pdf: self._open_preview(pdf, title, name),
                              on_error=lambda exc: prompts.show_error(self, exc))

    def _build_preview(self, report_id: int, *, progress, cancel) -> bytes:
        return reports.preview_pdf(self.env.ctx, report_id)

    def _open_preview(self, pdf: bytes, title: str, name: str) -> print_preview.PrintPreviewDialog:
        self.last_preview = print_preview.show_preview(pdf, title, file_name=name, parent=self)
        return self.last_preview

    def open_sign_dialog(self, report_id: int, title: str):
        from qms_desktop.ui.dialogs.sign_dialog import SignDialog

        dialog = SignDialog(self.env, report_id, title, self)
        dialog.exec()
        return dialog

    def sign_digitally(self) -> None:
        d = self.detail_data
        if d is None:
            return
        dialog = self.open_sign_dialog(d.row.id, self.tr("Report %1").replace("%1", d.row.number_text))
        if dialog is not None and dialog.outcome is not None:
            self.changed("report")
            self._show_signature_state(d.row.id)
            self.status_message.emit(self.tr("Report %1 signed by %2.").replace("%1", d.row.number_text)
                                     .replace("%2", dialog.outcome.signer))

    def export_package(self) -> None:
        d = self.detail_data
        if d is None:
            return
        folder = pick_folder(self, self.tr("Export the report to (a USB stick, for example)"))
        if not folder:
            return
        ctx = self.env.ctx
        self.env.runner.start(partial(reports.export_report, ctx, d.row.id, folder), parent=self,
                              label=self.tr("Exporting the report…"), on_done=self._exported,
                              on_error=lambda exc: prompts.show_error(self, exc))

    def _exported(self, result: reports.ExportResult) -> None:
        self._export_report_id = self.detail_data.row.id if self.detail_data is not None else None
        self._export_folder = str(result.package.parent)
        self.changed("report")
        files = ", ".join(p.name for p in result.files)
        head = (self.tr("%1 on the signed report (when it was signed); the package carries the history up to %2")
                .replace("%1", result.printed_head or "?").replace("%2", result.chain_head)
                if result.head_moved_on else result.chain_head)  # QA 13 F3: the head the paper shows
        self.export_notice_text.setText(
            self.tr("The report was written to %1 and checked: %2.\nKey fingerprint printed on the report: %3. "
                    "Chain head: %4. Take the .zip file to the receiving office.")
            .replace("%1", str(result.package.parent)).replace("%2", files).replace("%3", result.fingerprint)
            .replace("%4", head))
        self.export_notice.show()
        self.status_message.emit(self.tr("Report exported to %1").replace("%1", str(result.package.parent)))

    def export_title(self) -> str:
        return self.title()

