"""Kiểm tra của cấp trên: external inspections, and the nonconformities raised from them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QGroupBox, QLabel, QPlainTextEdit,
    QWidget,
)

from qms_desktop.domain.errors import QmsError, ValidationError
from qms_desktop.domain.model import NcSource, Severity, label
from qms_desktop.domain.periods import add_months
from qms_desktop.domain.rules import INSPECTION_FOLLOWUP_MONTHS
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services import ncs
from qms_desktop.ui.login import error_label
from qms_desktop.ui.models.row_table_model import Column, RowTableModel
from qms_desktop.ui.pages.base import UiEnv
from qms_desktop.ui.pages.spec_page import SpecPage
from qms_desktop.ui.widgets.date_edit import DateEdit
from qms_desktop.ui.widgets.record_list import RecordListWidget
from qms_desktop.ui.widgets.table_view import TableView
from qms_desktop.ui.widgets.layout import dialog_buttons, form_rows, push_button, vbox, with_error
from qms_desktop.ui.translations import translated as _t


class RaiseNcDialog(QDialog):
    """Open a nonconformity whose source is this inspection; ``result_row`` is the new NC."""

    def __init__(self, env: UiEnv, inspection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.inspection = env, inspection
        self.result_row = None
        v = inspection.values
        self.setWindowTitle(self.tr("Raise a nonconformity from the inspection"))
        source = QLabel(self.tr("Inspection by %1, record %2").replace("%1", v.get("body") or "")
                        .replace("%2", v.get("record_number") or "–"))
        source.setWordWrap(True)
        self.description = QPlainTextEdit(v.get("findings") or "")
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(100)
        self.detected = DateEdit(optional=False)
        self.detected.setObjectName("detected_date")
        signed = v.get("signed_date") or v.get("date")
        self.detected.set_value(signed)
        self.severity = QComboBox()
        for s in Severity:
            self.severity.addItem(_t("Labels", label(s.value)), s.value)
        self.severity.setCurrentIndex(self.severity.findData(Severity.MINOR.value))
        self.due = DateEdit(optional=True)
        self.due.setObjectName("due_date")
        if signed:  # corrective actions are reported within 2 months of the record (TT 26 Art. 37)
            self.due.set_value(add_months(signed, INSPECTION_FOLLOWUP_MONTHS))
        self.errors = {k: error_label() for k in ("description", "detected_date", "due_date", "other")}
        self.description.textChanged.connect(lambda: self.errors["description"].hide())
        self.detected.edit.textEdited.connect(lambda _t: self.errors["detected_date"].hide())
        self.due.edit.textEdited.connect(lambda _t: self.errors["due_date"].hide())
        form = form_rows((self.tr("&Description: *"), self._with_error(self.description, "description")),
                         (self.tr("Detected &on: *"), self._with_error(self.detected, "detected_date")),
                         (self.tr("&Severity:"), self.severity),
                         (self.tr("D&ue date:"), self._with_error(self.due, "due_date")))
        buttons = dialog_buttons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self.accept, self.reject)
        vbox(source, form, self.errors["other"], buttons, parent=self)
        self.resize(600, 0)

    def _with_error(self, editor: QWidget, key: str) -> QWidget:
        return with_error(editor, self.errors[key])

    def accept(self) -> None:
        for lbl in self.errors.values():
            lbl.hide()
        try:
            self.result_row = ncs.open_nc(
                self.env.ctx, description=self.description.toPlainText(), detected_date=self.detected.value(),
                source=NcSource.EXTERNAL_INSPECTION, severity=self.severity.currentData(),
                inspection_id=self.inspection.id, due_date=self.due.value())
        except ValidationError as exc:
            target = self.errors.get(exc.field or "", self.errors["other"])
            target.setText(exc.render(_t))
            target.show()
            return
        except QmsError as exc:
            self.errors["other"].setText(exc.render(_t))
            self.errors["other"].show()
            return
        super().accept()


class InspectionsPage(SpecPage):
    key = "inspections"
    kinds = ("external_inspection",)
    watches = frozenset({"external_inspection", "nonconformity", "nc"})

    def wrap_list(self, kind: str, widget: RecordListWidget) -> QWidget:
        self.nc_box = QGroupBox(self.tr("Nonconformities raised from the selected inspection"))
        self.nc_model = RowTableModel([
            Column("number", QT_TRANSLATE_NOOP("Columns", "Number")),
            Column("detected_date", QT_TRANSLATE_NOOP("Columns", "Detected on"), "date"),
            Column("severity", QT_TRANSLATE_NOOP("Columns", "Severity"), "label"),
            Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "label"),
            Column("due_date", QT_TRANSLATE_NOOP("Columns", "Due date"), "date"),
            Column("description", QT_TRANSLATE_NOOP("Columns", "Description")),
        ], self)
        self.nc_table = TableView(self.nc_model, "inspections/ncs")
        self.nc_table.setObjectName("inspection_ncs")
        self.nc_table.activated_row.connect(lambda r: self.env.open_record(f"nc:{r.id}"))
        self.raise_button = push_button(self.tr("Raise a &nonconformity…"), self.raise_nc, name="raise_nc")
        hint = QLabel(self.tr("Enter or double-click opens the nonconformity."))
        return self.side_box(kind, widget, self.nc_box, self.nc_table, self.raise_button, self._show_ncs, hint=hint)

    def _show_ncs(self, row) -> None:
        if row is None:
            self.nc_model.set_rows([])
            return
        self.nc_model.set_rows([n for n in ncs.list_ncs(self.env.ctx) if n.inspection_id == row.id])

    def raise_nc(self) -> None:
        row = self.current
        if row is None:
            return
        dlg = RaiseNcDialog(self.env, row, self)
        if dlg.exec():
            self.env.events.changed({"nonconformity", "nc"}, self)
            self._show_ncs(row)
            self.status_message.emit(self.tr("Nonconformity %1 recorded.").replace("%1", dlg.result_row.number))
