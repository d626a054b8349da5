"""Hộp thư: the packages received from the units; import files, a folder or a whole USB drive; review.

The list shows every package (the superseded versions too, greyed); the detail shows the sender's
key and history-chain head, the warnings found on import, what a corrected version changed figure
by figure, the unit's timeline, and the review actions: Trả lại (with a required comment and a
printable letter), Chấp nhận (locks it), Mở khóa (a leader, with a reason).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QPlainTextEdit, QScrollArea, QTableWidgetItem, QVBoxLayout, QWidget,
)

from qms_desktop.domain import receiving_labels
from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date, format_number, local_time
from qms_desktop.services import receiving as rx
from qms_desktop.services import tempfiles, users
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.models.styled_row_model import GREY, RED, StyledRowModel
from qms_desktop.ui.pages.master_detail import MasterDetailPage
from qms_desktop.ui.periods import period_caption, period_item
from qms_desktop.ui.receiving import common
from qms_desktop.ui.widgets.layout import detail_header, fit_to_items, hbox, push_button, read_only_table, scroll_area, value_rows, vbox
from qms_desktop.ui.translations import translated as _t
from qms_desktop.ui.widgets.change_history import who

CONTINUITY = receiving_labels.CONTINUITY  # context "Inbox"
PDF_SIGNATURE = receiving_labels.PDF_SIGNATURE  # context "Inbox"


def signature_text(row: rx.PackageRow) -> str:
    """The report PDF's digital signature as checked at import, and whose (QA 13 F1)."""
    state = _t("Inbox", PDF_SIGNATURE.get(row.pdf_signature, row.pdf_signature))
    return f"{state} — {row.pdf_signer}" if row.pdf_signer else state


class ReturnDialog(QDialog):
    """Trả lại: what must be corrected (required)."""

    def __init__(self, unit: str, period: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return the report for correction"))
        label = QLabel(self.tr("What must %1 correct in its report for %2? (one point a line; printed in the return "
                               "letter)").replace("%1", unit).replace("%2", period))
        label.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setObjectName("return_comment")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Return"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        vbox(label, (self.comment, 1), buttons, parent=self)
        self.resize(520, 300)


def ask_return_comment(unit: str, period: str, parent: QWidget) -> str | None:
    """The comment for a return, None if the user backs out (tests replace this)."""
    dialog = ReturnDialog(unit, period, parent)
    return dialog.comment.toPlainText() if dialog.exec() == QDialog.DialogCode.Accepted else None


def open_file(path: Path) -> None:
    """Hand a file to the system's program for it (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class InboxPage(MasterDetailPage):
    key = "inbox"
    kinds = frozenset({"rx_package"})
    watches = frozenset({"rx_package", "rx_unit", "setting"})
    state_key = "receiving/inbox"
    export_name = "HopThuBaoCao.xlsx"

    def __init__(self, env, parent: QWidget | None = None) -> None:
        self.shown: rx.PackageRow | None = None
        self._why: dict[int, list[str]] = {}  # why a signature fails, checked once per package until the next refresh
        super().__init__(env, parent)
        # One period at a time by default: a province's inbox grows by thousands of packages a year.
        self.period_filter = QComboBox()
        self.period_filter.setObjectName("period_filter")
        self.period_filter.setMinimumWidth(200)
        self.period_filter.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.toolbar.insertWidget(0, self.period_filter)
        self._filling = False
        self.import_files_button = self.tool_button(self.tr("&Import files…"), self.import_files, permission="import",
                                                    name="import_files")
        self.import_folder_button = self.tool_button(self.tr("Import a f&older or drive…"), self.import_folder,
                                                     permission="import", name="import_folder")
        self.finish_toolbar(sizes=(300, 420))
        self.altered_warning = common.altered_label()  # records changed outside the application (tamper.py)
        self.layout().insertWidget(1, self.altered_warning)

    def columns(self) -> list[Column]:
        return [
            Column("received_at", QT_TRANSLATE_NOOP("Columns", "Received"), "date", width=90,
                   value=lambda r: local_time(r.received_at).date()),
            Column("unit_code", QT_TRANSLATE_NOOP("Columns", "Code"), width=80),
            Column("unit_name", QT_TRANSLATE_NOOP("Columns", "Reporting unit"), width=170),
            Column("period", QT_TRANSLATE_NOOP("Columns", "Period"), width=70),
            Column("version", QT_TRANSLATE_NOOP("Columns", "Report version"), "number", width=70),
            Column("number", QT_TRANSLATE_NOOP("Columns", "Number"), width=95),
            Column("state", QT_TRANSLATE_NOOP("Columns", "Review"), width=110,
                   value=lambda r: common.state_label(r.status)),
            Column("sent_date", QT_TRANSLATE_NOOP("Columns", "Sent on"), "date", width=95),
            Column("fingerprint", QT_TRANSLATE_NOOP("Columns", "Key"), width=150),
            Column("pdf_signature", QT_TRANSLATE_NOOP("Columns", "Digital signature"), width=140,
                   value=lambda r: _t("Inbox", PDF_SIGNATURE.get(r.pdf_signature, r.pdf_signature))),
            Column("notes", QT_TRANSLATE_NOOP("Columns", "Remarks"), width=200,
                   value=lambda r: common.render_notes(r.notes)),
        ]

    def make_model(self) -> StyledRowModel:
        def colour(row: rx.PackageRow, _key: str):
            if not row.current:
                return GREY
            return RED if row.state == "returned" else None
        return common.FastRowModel(self.columns(), self, foreground=colour)

    def load_rows(self) -> list[rx.PackageRow]:
        from qms_desktop.services.receiving.tamper import altered

        self._fill_periods()
        self._why.clear()  # a trust root or CRL imported, a recheck: checked again when next shown
        rows = rx.list_packages(self.env.ctx, period=self.period_filter.currentData())
        common.show_altered(self.altered_warning, altered(self.env.ctx))  # once per refresh
        return rows

    def _fill_periods(self, prefer: str | None = None) -> None:

        current = prefer or self.period_filter.currentData()
        with_packages = set(rx.periods_with_packages(self.env.ctx))
        codes = [c for c in rx.known_periods(self.env.ctx) if c in with_packages]
        self._filling = True
        self.period_filter.blockSignals(True)
        self.period_filter.clear()
        for code in codes:
            self.period_filter.addItem(period_item(code), code)
        self.period_filter.addItem(self.tr("All periods"), None)
        fit_to_items(self.period_filter, 200)
        index = self.period_filter.findData(current) if current else -1
        self.period_filter.setCurrentIndex(index if index >= 0 else 0)
        self.period_filter.blockSignals(False)
        self._filling = False

    def _filter_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def show_period(self, code: str | None) -> None:
        self._fill_periods(prefer=code)
        self.refresh()

    # -- import ----------------------------------------------------------------------------------
    def import_files(self) -> None:
        paths = common.pick_package_files(self)
        if paths:
            self.import_paths(paths)

    def import_folder(self) -> None:
        folder = common.pick_package_folder(self)
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str | Path]) -> None:
        common.run_import(self.env, list(paths), self, done=self._imported)

    def _imported(self, result: rx.ImportResult) -> None:
        periods = {o.period for o in result.outcomes if o.status in (rx.ACCEPTED, rx.SUPERSEDED)}
        if len(periods) == 1:
            self._fill_periods(prefer=periods.pop())
        self.refresh()

    # -- detail ----------------------------------------------------------------------------------
    def build_detail(self) -> QWidget:
        box = QWidget()
        self.header = detail_header()
        info = QGroupBox(self.tr("Package"))
        form = QFormLayout(info)
        self.info = value_rows(form, (("report", self.tr("Report:")), ("file", self.tr("File:")),
                                      ("sent", self.tr("Sent / received:")), ("key", self.tr("Signing key:")),
                                      ("chain", self.tr("History chain:")),
                                      ("signature", self.tr("Digital signature:")), ("review", self.tr("Review:"))),
                               name="info_{}")
        self.notes = QLabel()
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #a15c00;")
        form.addRow(self.notes)
        self.changes = read_only_table("changes", [self.tr("Figure"), self.tr("Before"), self.tr("After")],
                                       fit=(1, 2), stretch=(0,))
        changes_box = QGroupBox(self.tr("Changed from the version it replaces"))
        QVBoxLayout(changes_box).addWidget(self.changes)
        self.changes_box = changes_box
        self.timeline = QLabel()
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        timeline_box = QGroupBox(self.tr("Timeline of the unit"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        QVBoxLayout(timeline_box).addWidget(scroll)

        self.open_pdf_button = push_button(self.tr("Open the &PDF"), self.open_pdf)
        self.open_xlsx_button = push_button(self.tr("Open the &spreadsheet"), self.open_xlsx)
        self.return_button = push_button(self.tr("&Return…"), self.return_report, name="return_report")
        self.accept_button = push_button(self.tr("&Accept"), self.accept_report, name="accept_report")
        self.unlock_button = push_button(self.tr("&Unlock…"), self.unlock_report)
        self.letter_button = push_button(self.tr("Return &letter…"), self.return_letter)
        buttons = hbox(self.open_pdf_button, self.open_xlsx_button, 1,
                       self.return_button, self.letter_button, self.accept_button, self.unlock_button)
        # in a scroll area: a long signer and the reasons a signature fails wrap onto more lines than the box had
        left = vbox(self.header, (scroll_area(info), 1), buttons)
        right = vbox((changes_box, 1), (timeline_box, 1))
        hbox((left, 1), (right, 1), parent=box, margins=0)
        return box

    def _superseded_by(self, row: rx.PackageRow) -> str:
        """What replaced a package: a later version, or the digitally signed copy of the same one (QA 14 F5)."""
        signed_copy = any(r.current and r.submission_id == row.submission_id and r.version == row.version
                          for r in self.model.rows())
        return self.tr("replaced by its digitally signed copy") if signed_copy else self.tr("superseded by a later version")

    def show_detail(self, row: rx.PackageRow | None) -> None:
        self.shown = row
        for w in (self.open_pdf_button, self.open_xlsx_button, self.return_button, self.accept_button,
                  self.unlock_button, self.letter_button):
            w.setEnabled(False)
        if row is None:
            self.header.setText(self.tr("Select a package in the list."))
            for label in self.info.values():
                label.clear()
            self.notes.clear()
            self.changes.setRowCount(0)
            self.timeline.clear()
            return
        self.header.setText(f"{row.unit_name} ({row.unit_code}) — {period_item(row.period)}")
        self.info["report"].setText(self.tr("no. %1, dated %2, version %3").replace("%1", row.number)
                                    .replace("%2", format_date(row.report_date)).replace("%3", str(row.version))
                                    + ("" if row.current else " — " + self._superseded_by(row)))
        self.info["file"].setText(f"{row.file_name} ({format_number(max(1, row.file_size // 1024))} KB)")
        names = {"user": users.full_names(self.env.ctx)}  # who received and acted: people, not log-ins (QA 17 F13)
        self.info["sent"].setText(self.tr("sent %1, received %2 by %3").replace("%1", format_date(row.sent_date))
                                  .replace("%2", format_date(local_time(row.received_at).date()))
                                  .replace("%3", who(row.received_by, names)))
        self.info["key"].setText(row.fingerprint)
        self.info["key"].setFont(common.mono_font())
        chain = _t("Inbox", CONTINUITY.get(row.continuity, row.continuity))
        self.info["chain"].setText(f"{row.chain_head[:24] + '…' if row.chain_head else '—'} ({chain})")
        why = []
        if row.pdf_signature in ("invalid", "unknown_issuer"):  # and why (QA 17 F7), checked again now
            from qms_desktop.services.receiving.inbox import signature_findings

            if row.id not in self._why:  # about 30 ms each: not again at every selection (the first line: the state)
                self._why[row.id] = signature_findings(self.env.ctx, row.id, translate=_t)[1:]
            why = self._why[row.id]
        self.info["signature"].setText("\n".join([signature_text(row), *why]))
        self.info["signature"].setStyleSheet("color: #b00020;" if row.pdf_signature == "invalid" else "")
        submission = rx.get_submission(self.env.ctx, row.submission_id)
        review = common.state_label(submission.state)
        if submission.state == "returned" and submission.comment:
            review += " — " + submission.comment.replace("\n", "; ")
        self.info["review"].setText(review)
        self.notes.setText("\n".join("⚠ " + common.render(n) for n in row.notes))
        self.notes.setVisible(bool(row.notes))
        self.changes.setRowCount(len(row.changes))
        for i, c in enumerate(row.changes):
            for j, value in enumerate((c.caption(_t), c.shown(c.old), c.shown(c.new))):
                self.changes.setItem(i, j, QTableWidgetItem(value))
        self.changes.resizeRowsToContents()
        self.changes_box.setVisible(bool(row.changes))
        events = rx.events(self.env.ctx, row.unit_code, row.period)
        self.timeline.setText("\n".join(f"{local_time(e.at):%d/%m/%Y %H:%M}  {who(e.username, names)}: {_action(e.action)}"
                                        + (f" — {e.detail}" if e.detail else "") for e in events))
        can_edit = self.can("edit")
        state = submission.state
        self.open_pdf_button.setEnabled(True)
        self.open_xlsx_button.setEnabled(True)
        self.return_button.setEnabled(can_edit and row.current and state in ("received", "resubmitted"))
        self.accept_button.setEnabled(can_edit and row.current and state in ("received", "resubmitted"))
        self.unlock_button.setEnabled(self.can("approve") and row.current and state == "accepted")
        self.letter_button.setEnabled(row.current and state == "returned")

    # -- actions ---------------------------------------------------------------------------------
    def open_pdf(self) -> None:
        from qms_desktop.ui import print_preview

        row = self.shown
        pdf = self.call(rx.package_part, row.id, "report.pdf")
        if pdf is not None:
            print_preview.show_preview(pdf, f"{row.unit_name} — {period_item(row.period)}", file_name=row.file_name[:-4] + ".pdf",
                                       parent=self)

    def open_xlsx(self) -> None:
        row = self.shown
        body = self.call(rx.package_part, row.id, "report.xlsx")
        if body is None:
            return
        try:  # the run's private folder (removed at exit): a copy Excel still holds open is reused, not rewritten
            path = tempfiles.write_copy(tempfiles.run_folder(), f"rx{row.id}", row.file_name[:-4] + ".xlsx", body)
        except QmsError as exc:
            prompts.show_error(self, exc)
            return
        open_file(path)

    def return_report(self) -> None:
        row = self.shown
        comment = ask_return_comment(row.unit_name, period_caption(row.period), self)
        if comment is None:
            return
        if self.write(rx.return_report, row.submission_id, comment, kinds="rx_package") is not None:
            self.status_message.emit(self.tr("Report returned. Print the return letter for the unit."))

    def accept_report(self) -> None:
        row = self.shown
        question = self.tr("Accept the report of %1 for %2? It will be locked: a corrected version is refused until "
                           "a leader unlocks it.").replace("%1", row.unit_name).replace("%2", period_caption(row.period))
        invalid = row.pdf_signature == "invalid"
        if invalid:  # QA 17 F3: accepted and locked without a word
            question = self.tr("The digital signature of its PDF is INVALID (see Digital signature above).") + " " + question
        if not prompts.confirm(self, question):
            return
        self.write(rx.accept_report, row.submission_id, despite_invalid_signature=invalid, kinds="rx_package")

    def unlock_report(self) -> None:
        row = self.shown
        reason = prompts.ask_reason(self, self.tr("Unlock the report"), self.tr("Why is this accepted report unlocked?"))
        if reason is None:
            return
        self.write(rx.unlock_report, row.submission_id, reason, kinds="rx_package")

    def return_letter(self) -> None:
        from qms_desktop.services.receiving.documents import letter_file_name, return_letter_pdf
        from qms_desktop.ui import print_preview

        row = self.shown
        pdf = self.call(return_letter_pdf, row.submission_id)
        if pdf is not None:
            print_preview.show_preview(pdf, self.tr("Return letter"), file_name=letter_file_name(
                "return", row.period, row.unit_code), parent=self)


ACTIONS = receiving_labels.EVENT_LABELS  # context "Inbox"


def _action(action: str) -> str:
    return _t("Inbox", ACTIONS.get(action, action))

