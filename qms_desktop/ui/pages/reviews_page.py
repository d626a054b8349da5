"""Xem xét của lãnh đạo: meetings, §9.3.2 inputs pre-filled from the records, §9.3.3 outputs tracked as actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout, QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget,
)

from qms_desktop.domain.errors import QmsError
from qms_desktop.domain.model import label
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date
from qms_desktop.services import reviews
from qms_desktop.ui.style import set_read_only
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.dialogs.review_dialog import HoldReviewDialog, NewReviewDialog, OutputDialog, OutputDoneDialog
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.models.styled_row_model import GREY, StyledRowModel
from qms_desktop.ui.pages.follow_up import FollowUpLines
from qms_desktop.ui.pages.master_detail import MasterDetailPage, t
from qms_desktop.ui.widgets.print_button import PrintButton
from qms_desktop.ui.widgets.layout import detail_header, hbox, push_button, value_rows, vbox


def input_caption(key: str) -> str:
    return QCoreApplication.translate("ReviewInputs", reviews.INPUT_KEYS[key]) or reviews.INPUT_KEYS[key]


class ReviewsPage(MasterDetailPage):
    key = "reviews"
    kinds = frozenset({"review", "reviews", "management_review"})
    origin_table = "management_review"
    watches = frozenset({"management_review", "nonconformity", "audit", "objective", "service_stat", "survey", "risk",
                         "improvement"})
    state_key = "reviews/list"
    export_name = "XemXetCuaLanhDao.xlsx"

    def __init__(self, env, parent: QWidget | None = None) -> None:
        self.detail_data: reviews.ReviewDetail | None = None
        self.input_edits: dict[str, QPlainTextEdit] = {}
        self._inputs_loaded: dict[str, str] = {}
        super().__init__(env, parent)
        self.new_button = self.tool_button(self.tr("New &review…"), self.create)
        self.finish_toolbar(sizes=(170, 480))

    def columns(self) -> list[Column]:
        return [
            Column("date", QT_TRANSLATE_NOOP("Columns", "Date"), "date", width=100),
            Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), width=300),
            Column("chair", QT_TRANSLATE_NOOP("Columns", "Chair"), width=280),
            Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "label", width=135),
            Column("open_outputs", QT_TRANSLATE_NOOP("Columns", "Open outputs"), "number"),
        ]

    def make_model(self) -> StyledRowModel:
        return StyledRowModel(self.columns(), self, foreground=lambda r, _k: GREY if r.cancelled_reason else None)

    def load_rows(self) -> list[reviews.ReviewRow]:
        return reviews.list_reviews(self.env.ctx)

    # -- detail ------------------------------------------------------------------------------------------
    def build_detail(self) -> QWidget:
        box = QWidget()
        self.header = detail_header(wrap=False)
        self.edit_button = push_button(self.tr("Edi&t…"), self.edit,
                                       tip=self.tr("Change the date, time, place, chair, secretary or attendees."))
        self.hold_button = push_button(self.tr("Record as h&eld…"), self.hold)
        self.cancel_button = push_button(self.tr("Cance&l…"), self.cancel_review)
        self.print_button = PrintButton(self.env, [("review_minutes", self.tr("Minutes (biên bản)"))],
                                        lambda: self.detail_data.row.id if self.detail_data else None)
        head = hbox((self.header, 1), self.edit_button, self.hold_button, self.cancel_button, self.print_button)
        self.detail_tabs("management_review", self.tr("F&iles"), (self._build_meeting(), self.tr("&Meeting")),
                         (self._build_inputs(), self.tr("I&nputs (9.3.2)")), (self._build_outputs(), self.tr("O&utputs (9.3.3)")))
        vbox(head, (self.tabs, 1), parent=box, margins=(0, 4, 0, 0))
        return box

    def _build_meeting(self) -> QWidget:
        box = QWidget()
        self.meeting = value_rows(QFormLayout(box), (
            ("when", self.tr("Date and time:")), ("place", self.tr("Place:")), ("chair", self.tr("Chair:")),
            ("secretary", self.tr("Secretary:")), ("attendees", self.tr("Attendees:")),
            ("conclusion", self.tr("Conclusion:"))), selectable=True)
        return box

    def _build_inputs(self) -> QWidget:
        outer = QWidget()
        inner = QWidget()
        grid = QVBoxLayout(inner)
        grid.setSpacing(2)
        for key in reviews.INPUT_KEYS:
            caption = QLabel(input_caption(key))
            caption.setStyleSheet("font-weight: bold;")
            caption.setWordWrap(True)
            edit = QPlainTextEdit()
            edit.setObjectName(f"input_{key}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(52)
            caption.setBuddy(edit)
            edit.textChanged.connect(self._inputs_touched)
            self.input_edits[key] = edit
            grid.addWidget(caption)
            grid.addWidget(edit)
        grid.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(inner)
        self.inputs_hint = QLabel(self.tr("Drafted from the records when the review was created; edit freely, then save."))
        self.inputs_hint.setWordWrap(True)
        self.save_inputs_button = push_button(self.tr("&Save inputs"), self.save_inputs)
        vbox(hbox((self.inputs_hint, 1), self.save_inputs_button), (area, 1), parent=outer)
        return outer

    def _build_outputs(self) -> QWidget:
        self.outputs = FollowUpLines(self, [
            Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "label", width=110),
            Column("description", QT_TRANSLATE_NOOP("Columns", "Decision or action"), width=430),
            Column("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), width=170),
            Column("due_date", QT_TRANSLATE_NOOP("Columns", "Due date"), "date", width=95),
            Column("done_date", QT_TRANSLATE_NOOP("Columns", "Done on"), "date"),
        ], "reviews/outputs", kinds="management_review", tab=2, dialogs=lambda: (OutputDialog, OutputDoneDialog),
            live=lambda d: not d.row.cancelled_reason,
            texts=(self.tr("&Add output…"), self.tr("Edit &output…"),
                   self.tr("Change the kind, decision, owner or due date of the selected output."), self.tr("Mark &done…")))
        return self.outputs

    def show_detail(self, row: reviews.ReviewRow | None) -> None:
        d = self.fetch_detail(reviews.get_review, row)
        live = d is not None and not d.row.cancelled_reason
        can_edit = self.can("edit") and live
        self.edit_button.setEnabled(can_edit)
        self.hold_button.setEnabled(can_edit)
        self.cancel_button.setEnabled(can_edit and d.row.status != "done")
        self.outputs.add_button.setEnabled(can_edit)
        self.save_inputs_button.setEnabled(False)
        for lbl in self.meeting.values():
            lbl.clear()
        if d is None:
            self.header.setText(self.tr("Select a review in the list, or schedule one with “New review…”."))
        else:
            r = d.row
            self.header.setText(self.tr("Management review of %1 — %2").replace("%1", format_date(r.date))
                                .replace("%2", t("Labels", label(r.status))))
            self.meeting["when"].setText(f"{format_date(r.date)} {d.time}")
            self.meeting["place"].setText(r.place)
            self.meeting["chair"].setText(r.chair)
            self.meeting["secretary"].setText(d.secretary)
            self.meeting["attendees"].setText(d.attendees)
            verdict = {True: self.tr("The chair concluded the QMS is effective."),
                       False: self.tr("The chair concluded the QMS is not yet effective."),
                       None: self.tr("No conclusion on the QMS's effectiveness recorded.")}[d.effective]
            self.meeting["conclusion"].setText(
                (d.conclusion + "\n" + verdict) if d.conclusion and r.status == "done" else
                d.conclusion or (self.tr("Cancelled: %1").replace("%1", r.cancelled_reason)
                                 if r.cancelled_reason else self.tr("not yet held")))
        self._inputs_loaded = dict(d.inputs) if d else {}
        for key, edit in self.input_edits.items():
            edit.blockSignals(True)
            edit.setPlainText(self._inputs_loaded.get(key, ""))
            edit.blockSignals(False)
            set_read_only(edit, not can_edit)
        self.outputs.set_lines(d.outputs if d else [])
        self.files_tab.set_owner(d.row.id if d else None)

    def _inputs_touched(self) -> None:
        self.save_inputs_button.setEnabled(bool(self.changed_inputs()))

    def changed_inputs(self) -> dict[str, str]:
        return {k: e.toPlainText() for k, e in self.input_edits.items()
                if e.toPlainText().strip() != (self._inputs_loaded.get(k) or "").strip()}

    def has_unsaved(self) -> bool:
        return bool(self.detail_data is not None and self.changed_inputs())

    def can_leave(self) -> bool:
        if self.has_unsaved():
            return prompts.confirm(self, self.tr("The review inputs were changed but not saved. Leave without saving?"))
        return True

    # -- actions -----------------------------------------------------------------------------------------
    def create(self) -> None:
        dlg = NewReviewDialog(self.env, self)
        if self.accepted(dlg, "management_review"):
            self.select_id(dlg.result_row.id)
            self.tabs.setCurrentIndex(1)  # the pre-filled inputs

    def edit(self) -> None:
        """The meeting details (date, time, place, chair, secretary, attendees) of the selected review."""
        if self.detail_data is None or not self.can("edit"):
            return
        if self.changed_inputs() and not self.save_inputs():
            return
        dlg = NewReviewDialog(self.env, self, detail=self.detail_data)
        self.accepted(dlg, "management_review")

    def save_inputs(self) -> bool:
        d = self.detail_data
        if d is None:
            return False
        changed = self.changed_inputs()
        try:  # all or nothing; refused when someone else saved one of these inputs since they were shown
            reviews.set_inputs(self.env.ctx.editing(*(d.input_stamps.get(key, d.inputs_stamp) for key in changed)),
                               d.row.id, changed)
        except QmsError as exc:
            prompts.show_error(self, exc)
            return False
        self.changed("management_review")
        self.refresh()
        self.status_message.emit(self.tr("Inputs saved."))
        return True

    def hold(self) -> None:
        if self.detail_data is None:
            return
        if self.changed_inputs() and not self.save_inputs():
            return
        self.detail_dialog(HoldReviewDialog, "management_review")

    def cancel_review(self) -> None:
        self.cancel_with_reason(lambda d: self.tr("Cancel the management review of %1? It is kept, marked cancelled.")
                                .replace("%1", format_date(d.row.date)),
                                self.tr("Cancel review"), self.tr("Reason for cancelling:"), reviews.cancel_review,
                                kinds="management_review")
