"""Chính sách và mục tiêu: the quality policy per year, the objectives and their results per period."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QGroupBox,
    QLabel, QLineEdit, QPlainTextEdit, QTableWidgetItem,
    QWidget,
)

from qms_desktop.domain.errors import QmsError
from qms_desktop.domain.model import label
from qms_desktop.domain.periods import ReportPeriod, current_period
from qms_desktop.i18n import format_number
from qms_desktop.services import objectives
from qms_desktop.services.agency import get_setting
from qms_desktop.ui.login import error_label, show_message
from qms_desktop.ui.pages.base import UiEnv
from qms_desktop.ui.pages.spec_page import SpecPage
from qms_desktop.ui.widgets.record_list import RecordListWidget
from qms_desktop.ui.widgets.layout import dialog_buttons, form_rows, push_button, read_only_table, stacked, vbox
from qms_desktop.ui.translations import translated as _t

GREEN, RED = "#2e7d32", "#b00020"


def period_label(code: str) -> str:
    p = ReportPeriod.parse(code)
    return _t("Periods", p.title_vi_source()).format(year=p.year)


class ResultDialog(QDialog):
    """Record (or correct) the result of an objective for a report period."""

    def __init__(self, env: UiEnv, objective_row, parent: QWidget | None = None, shown=()) -> None:
        super().__init__(parent)
        self.env, self.objective = env, objective_row
        self.shown = {r.period: r for r in shown}  # the results the page showed: a save after another's is refused
        self.setWindowTitle(self.tr("Record a result"))
        values = objective_row.values
        target = QLabel(f"{values['text']}\n" + self.tr("Target: %1 %2 %3").replace(
            "%1", _t("Labels", label(values["comparison"]))).replace("%2", format_number(values["target"], 1))
            .replace("%3", values.get("unit") or ""))
        target.setWordWrap(True)
        self.period = QComboBox()
        self.period.setObjectName("period")
        today = env.ctx.today
        current = current_period(today, get_setting(env.ctx, "period_rule")).code
        year = int(values["year"])
        for code in (f"{year}-H1", f"{year}"):
            self.period.addItem(period_label(code), code)
        i = self.period.findData(current)
        self.period.setCurrentIndex(i if i >= 0 else 0)
        self.value = QDoubleSpinBox()
        self.value.setObjectName("value")
        self.value.setDecimals(2)
        # empty until typed: a form saved untouched recorded 0 %, a failed objective (QA 26 G15)
        self.value.setRange(-1, 1e9)
        self.value.setSpecialValueText(" ")
        self.value.setValue(-1)
        self.value.setSuffix(f" {values.get('unit') or ''}".rstrip())
        self.note = QLineEdit()
        self.error = error_label()
        form = form_rows((self.tr("&Period:"), self.period), (self.tr("&Result:"), self.value),
                         (self.tr("&Note:"), self.note))
        buttons = dialog_buttons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self.accept, self.reject)
        vbox(target, form, self.error, buttons, parent=self)
        self.result_row = None

    def accept(self) -> None:
        if self.value.value() < 0:
            show_message(self.error, self.tr("Type the result achieved."))
            self.value.setFocus()
            return
        try:
            seen = self.shown.get(self.period.currentData())
            ctx = self.env.ctx.editing(seen.stamp) if seen is not None else self.env.ctx
            self.result_row = objectives.record_result(ctx, self.objective.id, period=self.period.currentData(),
                                                       value=self.value.value(), note=self.note.text(), new=seen is None)
        except QmsError as exc:
            show_message(self.error, exc)
            return
        super().accept()


class ObjectivesPage(SpecPage):
    key = "objectives"
    kinds = ("quality_policy", "objective")

    def wrap_list(self, kind: str, widget: RecordListWidget) -> QWidget:
        if kind == "quality_policy":
            return self._policy_box(widget)
        self.results_box = QGroupBox(self.tr("Results of the selected objective"))
        self.results = read_only_table("results", [self.tr("Period"), self.tr("Result"), self.tr("Achieved"),
                                                   self.tr("Note")], fit=(0, 1, 2), whole_rows=True)
        self.record_button = push_button(self.tr("Record &a result…"), self.record_result, name="record_result")
        return self.side_box(kind, widget, self.results_box, self.results, self.record_button, self._show_results)

    def _policy_box(self, widget: RecordListWidget) -> QWidget:
        """The selected year's policy in full under the list, whose column cuts it (QA 21 F3)."""
        box = QGroupBox(self.tr("The selected policy"))
        self.policy_text = QPlainTextEdit()
        self.policy_text.setObjectName("policy_text")
        self.policy_text.setReadOnly(True)
        vbox(self.policy_text, parent=box)
        self.follow_selection("quality_policy", lambda row: self.policy_text.setPlainText(
            row.values.get("text") or "" if row is not None else ""))
        return stacked(widget, box, 3, 2)

    def _show_results(self, row) -> None:
        self.results.setRowCount(0)
        self.shown_results = []
        if row is None:
            return
        rows = self.shown_results = objectives.results(self.env.ctx, row.id)
        self.results.setRowCount(len(rows))
        unit = row.values.get("unit") or ""
        for i, r in enumerate(rows):
            achieved = self.tr("Achieved") if r.achieved else self.tr("Not achieved")
            cells = [period_label(r.period), f"{format_number(r.value, 0 if float(r.value).is_integer() else 1)} {unit}".strip(),
                     achieved, r.note]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 2:
                    item.setForeground(QBrush(QColor(GREEN if r.achieved else RED)))
                self.results.setItem(i, j, item)

    def record_result(self) -> None:
        row = self.current
        if row is None:
            return
        if ResultDialog(self.env, row, self, shown=getattr(self, "shown_results", ())).exec():
            self.env.events.changed({"objective"}, self)
            self._show_results(row)
