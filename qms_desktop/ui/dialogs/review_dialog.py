"""Dialogs of management reviews: new meeting, held with conclusion, output (§9.3.3) and its completion."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from qms_desktop.domain.model import ReviewOutputKind
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services import reviews
from qms_desktop.ui.dialogs.form_dialog import DoneDialog, FormDialog, LineDialog, combo, text_edit
from qms_desktop.ui.dialogs.form_dialog import code_items
from qms_desktop.ui.dialogs.procedure_dialog import people_combo
from qms_desktop.ui.widgets.date_edit import DateEdit


class NewReviewDialog(FormDialog):
    """Schedules the meeting; the §9.3.2 inputs are then pre-filled from the records (editable).
    With ``detail``: edits the meeting details of that review (its inputs stay as they are)."""

    def __init__(self, env, parent: QWidget | None = None, *,
                 detail: reviews.ReviewDetail | None = None) -> None:
        super().__init__("", self._save_values, parent)
        self.env, self.detail = env, detail
        if detail is None:
            self.setWindowTitle(self.tr("New management review"))
            self.set_intro(self.tr("The inputs of ISO 9001:2015 §9.3.2 are drafted from the records (audits, "
                                   "nonconformities, statistics, objectives…); you can edit each of them afterwards."))
        else:
            self.setWindowTitle(self.tr("Edit the management review"))
        self.add_field("date", self.tr("Date"), DateEdit(optional=False), required=True)
        self.add_field("time", self.tr("Time"), QLineEdit()).setInputMask("99:99")
        self.add_field("place", self.tr("Place"), QLineEdit())
        self.add_field("chair", self.tr("Chair"), people_combo(env, self.tr("e.g. the chairman of the commune")))
        self.add_field("secretary", self.tr("Secretary"), people_combo(env, self.tr("who takes the minutes")))
        self.add_field("attendees", self.tr("Attendees"), text_edit(70))
        if detail is None:
            self.set_values({"date": env.ctx.today, "time": "08:00",
                             "place": self.tr("Meeting room of the People's Committee")})
        else:
            self.set_values({"date": detail.row.date, "time": detail.time, "place": detail.row.place,
                             "chair": detail.row.chair, "secretary": detail.secretary, "attendees": detail.attendees})

    def _save_values(self, v: dict) -> reviews.ReviewRow:
        if self.detail is None:
            return reviews.create_review(self.env.ctx, **v)
        return reviews.update_review(self.env.ctx.editing(self.detail.stamp), self.detail.row.id, **v)


class HoldReviewDialog(FormDialog):
    def __init__(self, env, detail: reviews.ReviewDetail, parent: QWidget | None = None) -> None:
        super().__init__("", lambda v: reviews.hold_review(env.ctx.editing(detail.stamp), detail.row.id, **v), parent)
        self.setWindowTitle(self.tr("Record the review as held"))
        self.add_field("conclusion", self.tr("Conclusion"), text_edit(120), required=True)
        self.add_field("effective", self.tr("The chair concludes the QMS is"), combo([
            ("", self.tr("(not stated in the minutes)")), ("effective", self.tr("effective")),
            ("not_effective", self.tr("not yet effective"))]))
        self.add_field("attendees", self.tr("Attendees"), text_edit(60))
        verdict = {None: "", True: "effective", False: "not_effective"}[detail.effective]
        self.set_values({"conclusion": detail.conclusion, "attendees": detail.attendees, "effective": verdict})


class OutputDialog(LineDialog):
    """An output of the review (§9.3.3): improvement, change, or resources — tracked as an action.
    With ``output``: that output edited (a done output keeps its date done)."""

    add = staticmethod(reviews.add_output)
    update = staticmethod(reviews.update_output)
    clears = {"due_date": "clear_due_date"}

    new_title = QT_TRANSLATE_NOOP("OutputDialog", "Output of the review")
    edit_title = QT_TRANSLATE_NOOP("OutputDialog", "Edit output of the review")

    def build(self, env, detail: reviews.ReviewDetail) -> None:
        self.add_field("kind", self.tr("Kind"), combo(code_items(ReviewOutputKind)))
        self.add_field("description", self.tr("Decision or action"), text_edit(70), required=True)
        self.add_field("owner", self.tr("Owner"), people_combo(env, self.tr("Person or unit responsible")))
        self.add_field("due_date", self.tr("Due date"), DateEdit())


class OutputDoneDialog(DoneDialog):
    title_text = QT_TRANSLATE_NOOP("OutputDoneDialog", "Output done")
    complete = staticmethod(reviews.complete_output)
