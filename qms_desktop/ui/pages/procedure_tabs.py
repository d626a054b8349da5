"""The detail tabs of the procedures page: versions, steps, amendment log, legal basis.

Each tab gets the page (for ``write``, ``env`` and ``can``) and shows a ``ProcedureDetail``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QWidget,
)

from qms_desktop.domain.model import ProcedureStatus, label
from qms_desktop.domain.periods import add_months
from qms_desktop.domain.rules import LEGAL_UPDATE_MONTHS
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date
from qms_desktop.services import procedures, records
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.dialogs.form_dialog import FormDialog, LineDialog, t, text_edit
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.models.styled_row_model import GREEN, GREY, RED, StyledRowModel
from qms_desktop.ui.widgets.date_edit import DateEdit
from qms_desktop.ui.widgets.print_button import PrintButton
from qms_desktop.ui.widgets.steps_editor import StepsEditor
from qms_desktop.ui.widgets.table_view import TableView
from qms_desktop.ui.widgets.header_fit import fit_header_widths
from qms_desktop.ui.widgets.layout import hbox, push_button, vbox


def _status_color(row, _key):
    return {ProcedureStatus.EFFECTIVE: GREEN, ProcedureStatus.OBSOLETE: GREY}.get(row.status)


class TableTab(QWidget):
    """A tab that lists lines of the shown procedure: its ``table`` of ``columns`` (the header's layout kept under
    ``state_key``), coloured by ``foreground(row, column key)`` when set; subclasses add their buttons."""

    columns: tuple[Column, ...] = ()
    state_key = ""
    foreground: Callable[[Any, str], QColor | None] | None = None

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.model = StyledRowModel(list(self.columns), self, foreground=self.foreground)
        self.table = TableView(self.model, self.state_key, self)
        fit_header_widths(self.table)

    def selected(self) -> Any | None:
        return self.table.current_row()


# ------------------------------------------------------------------------------------------ versions
class VersionsTab(TableTab):
    columns = (
        Column("number", QT_TRANSLATE_NOOP("Columns", "Version"), "number", width=60),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "label", width=100),
        Column("issue_date", QT_TRANSLATE_NOOP("Columns", "Issued on"), "date", width=90),
        Column("effective_date", QT_TRANSLATE_NOOP("Columns", "Effective from"), "date", width=100),
        Column("end_date", QT_TRANSLATE_NOOP("Columns", "Obsolete from"), "date", width=100),
        Column("change_summary", QT_TRANSLATE_NOOP("Columns", "What changed")),
    )
    state_key = "procedures/versions"
    foreground = staticmethod(_status_color)

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self.detail: procedures.ProcedureDetail | None = None
        self.table.setObjectName("versionsTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_signoff())
        self.new_button = push_button(self.tr("I&ssue new version…"), page.issue_version)
        self.edit_button = push_button(self.tr("E&dit version…"), lambda: page.edit_version(self.selected()))
        self.approve_button = push_button(self.tr("Appr&ove…"), lambda: page.approve_version(self.selected()))
        self.print_button = PrintButton(page.env, [
            ("procedure_cover", self.tr("Cover page with sign-off")),
            ("procedure_steps", self.tr("Steps table")),
            ("procedure_flowchart", self.tr("Flowchart (lưu đồ)")),
        ], lambda: self.detail.row.id if self.detail else None)
        # Soạn thảo / Xem xét / Phê duyệt block of the selected version
        self.signoff = QGroupBox(self.tr("Sign-off of the selected version"))
        grid = QGridLayout(self.signoff)
        for col, caption in enumerate((self.tr("Full name"), self.tr("Title"), self.tr("Date")), 1):
            head = QLabel(caption)
            head.setStyleSheet("font-weight: bold;")
            grid.addWidget(head, 0, col)
        self.sign_labels: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, (key, caption) in enumerate((("drafted", self.tr("Drafted")), ("reviewed", self.tr("Reviewed")),
                                              ("approved", self.tr("Approved"))), 1):
            grid.addWidget(QLabel(caption), row, 0)
            labels = (QLabel(), QLabel(), QLabel())
            for col, lbl in enumerate(labels, 1):
                lbl.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(lbl, row, col)
            self.sign_labels[key] = labels
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 1)
        grid.setVerticalSpacing(2)
        vbox(hbox(self.new_button, self.edit_button, self.approve_button, self.print_button, 1), (self.table, 1),
             self.signoff, parent=self)

    def set_detail(self, detail: procedures.ProcedureDetail | None) -> None:
        self.detail = detail
        self.model.set_rows(list(detail.versions) if detail else [])
        if detail and detail.versions:
            draft = [i for i, v in enumerate(self.model.rows()) if v.status == ProcedureStatus.DRAFT]
            self.table.selectRow(draft[0] if draft else self.model.rowCount() - 1)
        can_edit = self.page.can("edit") and detail is not None and not detail.row.cancelled_reason
        self.new_button.setEnabled(can_edit)
        self._show_signoff()

    def _show_signoff(self) -> None:
        v = self.selected()
        for key, (name, title, date) in self.sign_labels.items():
            name.setText(getattr(v, f"{key}_by") if v else "")
            title.setText(getattr(v, f"{key}_title") if v else "")
            date.setText(format_date(getattr(v, f"{key}_date")) if v else "")
        is_draft = v is not None and v.status == ProcedureStatus.DRAFT
        live = self.detail is not None and not self.detail.row.cancelled_reason
        self.edit_button.setEnabled(is_draft and live and self.page.can("edit"))
        self.edit_button.setToolTip(
            self.tr("Change the dates and the sign-off of this draft version.") if is_draft else
            self.tr("Only a draft version can be edited: an effective version is changed by issuing a new version."))
        leader = self.page.can("approve")
        self.approve_button.setEnabled(is_draft and leader)
        if not leader:
            self.approve_button.setToolTip(self.tr("Only a leader (lãnh đạo) can approve a version."))
        elif not is_draft:
            self.approve_button.setToolTip(self.tr("Select a draft version to approve it."))
        else:
            self.approve_button.setToolTip(self.tr("Approve this version: it becomes effective."))


# ------------------------------------------------------------------------------------------ steps
class StepsTab(QWidget):
    """Steps of the draft version if there is one (editable), else of the effective version (read only)."""

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.version: procedures.VersionRow | None = None
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.editor = StepsEditor()
        self.save_button = push_button(self.tr("&Save steps"), self.save)
        self.editor.changed.connect(lambda: self.save_button.setEnabled(self._editable()))
        vbox(hbox((self.info, 1), self.save_button), (self.editor, 1), parent=self)
        self._dirty = False
        self.editor.changed.connect(self._touch)

    def _touch(self) -> None:
        self._dirty = True

    @property
    def dirty(self) -> bool:
        return self._dirty and self._editable()

    def _editable(self) -> bool:
        return self.version is not None and self.version.status == ProcedureStatus.DRAFT and self.page.can("edit")

    def set_detail(self, detail: procedures.ProcedureDetail | None, limit_text: str = "") -> None:
        drafts = [v for v in detail.versions if v.status == ProcedureStatus.DRAFT] if detail else []
        effective = [v for v in detail.versions if v.status == ProcedureStatus.EFFECTIVE] if detail else []
        self.version = drafts[-1] if drafts else (effective[-1] if effective else None)
        self.editor.set_steps(self.version.steps if self.version else ())
        self.editor.set_limit(detail.legal_limit_days if detail else None, limit_text,
                              has_tthc=bool(detail and detail.tthc_ids))
        editable = self._editable()
        self.editor.set_read_only(not editable)
        self.save_button.setVisible(editable)
        self.save_button.setEnabled(False)
        self._dirty = False
        if self.version is None:
            self.info.setText(self.tr("No version yet: use “Issue new version…” on the Versions tab."))
        elif editable:
            self.info.setText(self.tr("Steps of draft version %1 — edit them here; the total is checked as you type.")
                              .replace("%1", str(self.version.number)))
        else:
            self.info.setText(self.tr("Steps of version %1 (%2). An approved version does not change: "
                                      "to change the steps, issue a new version.")
                              .replace("%1", str(self.version.number))
                              .replace("%2", t("Labels", label(self.version.status))))

    def save(self) -> bool:
        if not self._editable():
            return False
        result = self.page.write(procedures.set_steps, self.version.id, self.editor.steps(), kinds="procedure",
                                 editing=(self.version.stamp, self.version.steps_stamp))
        if result is not None:
            self._dirty = False
        return result is not None


# ------------------------------------------------------------------------------------------ amendments
class AmendmentDialog(LineDialog):
    """A new line of the amendment log, or ``amendment`` edited (its version stays)."""

    new_title = QT_TRANSLATE_NOOP("AmendmentDialog", "Amendment log of %1: new line")
    edit_title = QT_TRANSLATE_NOOP("AmendmentDialog", "Amendment log of %1: edit line")
    named_by = "code"

    def build(self, env, detail: procedures.ProcedureDetail) -> None:
        self.add_field("item", self.tr("Item changed"), text_edit(70), required=True)
        self.add_field("legal_basis", self.tr("Legal basis of the change"), QLineEdit())
        self.version_spin = QSpinBox()
        self.version_spin.setRange(1, 999)
        self.add_field("version_number", self.tr("Version"), self.version_spin)
        self.add_field("date", self.tr("Date"), DateEdit(optional=False))

    def new_values(self, env, detail: procedures.ProcedureDetail) -> dict:
        return {"version_number": max((v.number for v in detail.versions), default=1), "date": env.ctx.today}

    def line_values(self, amendment: procedures.AmendmentRow) -> dict:
        self.version_spin.setEnabled(False)
        self.version_spin.setToolTip(self.tr("The version a line belongs to does not change."))
        return {**super().line_values(amendment), "date": amendment.date or self.env.ctx.today}

    def add_line(self, ctx, procedure_id: int, v: dict) -> procedures.AmendmentRow:
        return procedures.add_amendment(ctx, procedure_id, **v)

    def update_line(self, ctx, amendment_id: int, v: dict) -> procedures.AmendmentRow:
        return procedures.update_amendment(ctx, amendment_id, item=v["item"], legal_basis=v["legal_basis"], date=v["date"])


class AmendmentsTab(TableTab):
    columns = (
        Column("version_number", QT_TRANSLATE_NOOP("Columns", "Version"), "number", width=60),
        Column("date", QT_TRANSLATE_NOOP("Columns", "Date"), "date", width=95),
        Column("item", QT_TRANSLATE_NOOP("Columns", "Item changed"), width=460),
        Column("legal_basis", QT_TRANSLATE_NOOP("Columns", "Legal basis")),
    )
    state_key = "procedures/amendments"

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self.detail: procedures.ProcedureDetail | None = None
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.activated_row.connect(lambda _r: self.edit())
        self.add_button = push_button(self.tr("&Add line…"), self.add)
        self.edit_button = push_button(self.tr("E&dit line…"), self.edit,
                                       tip=self.tr("Change the item, legal basis or date of the selected line."))
        vbox(hbox(self.add_button, self.edit_button, 1), (self.table, 1), parent=self)

    def set_detail(self, detail: procedures.ProcedureDetail | None) -> None:
        self.detail = detail
        current = self.selected()
        self.model.set_rows(list(detail.amendments) if detail else [])
        if current is not None:
            self.table.select_where(lambda r: r.id == current.id)
        self.add_button.setEnabled(detail is not None and self.page.can("edit"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.detail is not None and self.page.can("edit") and self.selected() is not None)

    def add(self) -> None:
        if self.detail is not None:
            self.page.accepted(AmendmentDialog(self.page.env, self.detail, self), "procedure")

    def edit(self) -> None:
        row = self.selected()
        if self.detail is None or row is None or not self.edit_button.isEnabled():
            return
        if self.page.accepted(AmendmentDialog(self.page.env, self.detail, self, line=row), "procedure"):
            self.table.select_where(lambda r: r.id == row.id)


# ------------------------------------------------------------------------------------------ legal basis
LEGAL_FIELDS = ("number", "title", "issued_date", "effective_date", "incorporated_date")


class LegalDocumentDialog(FormDialog):
    """A legal_document record of one procedure (its procedure is fixed)."""

    def __init__(self, env, procedure_id: int, row: records.RecordRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("", self._save_values, parent)
        self.env, self.procedure_id, self.row = env, procedure_id, row
        self.setWindowTitle(self.tr("Legal basis: new document") if row is None else self.tr("Legal basis: edit document"))
        spec = records.spec("legal_document")
        for name in LEGAL_FIELDS:
            f = spec.field(name)
            widget = text_edit(60) if name == "title" else DateEdit() if f.kind == "date" else QLineEdit()
            self.add_field(name, t("Fields", f.label), widget, required=f.required)
        self.set_intro(self.tr("A changed legal document must be built into the procedure within %1 months of "
                               "taking effect (QĐ 19, Art. 4.4a). Fill in “Built into the procedure on” when done.")
                       .replace("%1", str(LEGAL_UPDATE_MONTHS)))
        if row is not None:
            if row.stamp is None:  # a row of the list: the record as it is now, with its stamp
                row = self.row = records.get(env.ctx, "legal_document", row.id)
            self.set_values(row.values)

    def _save_values(self, v: dict) -> records.RecordRow:
        if self.row is None:
            return records.create(self.env.ctx, "legal_document", {**v, "procedure_id": self.procedure_id})
        return records.update(self.env.ctx.editing(self.row.stamp), "legal_document", self.row.id, v)


def build_in_by(row: records.RecordRow) -> dt.date | None:
    eff = row.values.get("effective_date")
    return add_months(eff, LEGAL_UPDATE_MONTHS) if eff and not row.values.get("incorporated_date") else None


class LegalBasisTab(TableTab):
    columns = (
        Column("number", QT_TRANSLATE_NOOP("Columns", "Document number"), width=130),
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), width=360),
        Column("issued_date", QT_TRANSLATE_NOOP("Columns", "Issued on"), "date", width=90),
        Column("effective_date", QT_TRANSLATE_NOOP("Columns", "Effective from"), "date", width=100),
        Column("incorporated_date", QT_TRANSLATE_NOOP("Columns", "Built in on"), "date", width=100),
        Column("build_in_by", QT_TRANSLATE_NOOP("Columns", "Build in by"), "date", value=build_in_by),
    )
    state_key = "procedures/legal_basis"

    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        self.procedure_id: int | None = None
        self.table.activated_row.connect(lambda _r: self.edit())
        self.add_button = push_button(self.tr("&Add document…"), self.add)
        self.edit_button = push_button(self.tr("E&dit…"), self.edit)
        self.cancel_button = push_button(self.tr("Cancel d&ocument…"), self.cancel_document)
        vbox(hbox(self.add_button, self.edit_button, self.cancel_button, 1), (self.table, 1), parent=self)

    def foreground(self, row: records.RecordRow, key: str):
        due = build_in_by(row)
        if key == "build_in_by" and due is not None and due < self.page.env.ctx.today:
            return RED
        return None

    def set_procedure(self, procedure_id: int | None) -> None:
        self.procedure_id = procedure_id
        rows = [r for r in records.list_records(self.page.env.ctx, "legal_document")
                if r.values.get("procedure_id") == procedure_id] if procedure_id is not None else []
        self.model.set_rows(rows)
        can_edit = procedure_id is not None and self.page.can("edit")
        for b in (self.add_button, self.edit_button, self.cancel_button):
            b.setEnabled(can_edit)

    def add(self) -> None:
        if self.procedure_id is None:
            return
        dlg = LegalDocumentDialog(self.page.env, self.procedure_id, parent=self)
        if dlg.exec():
            self.page.changed({"legal_document", "procedure"})
            self.set_procedure(self.procedure_id)

    def edit(self) -> None:
        row = self.table.current_row()
        if row is None or self.procedure_id is None:
            return
        dlg = LegalDocumentDialog(self.page.env, self.procedure_id, row, parent=self)
        if dlg.exec():
            self.page.changed({"legal_document", "procedure"})
            self.set_procedure(self.procedure_id)

    def cancel_document(self) -> None:
        row = self.table.current_row()
        if row is None:
            return
        reason = prompts.ask_reason(self, self.tr("Cancel document"),
                                    self.tr("The document is kept and marked cancelled. Reason:"))
        if reason is None:
            return
        if self.page.write(records.cancel, "legal_document", row.id, reason, kinds={"legal_document", "procedure"},
                           reload=False) is not None:
            self.set_procedure(self.procedure_id)

