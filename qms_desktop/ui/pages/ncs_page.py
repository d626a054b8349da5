"""Sự không phù hợp và khắc phục: nonconformities, corrective actions, verification, closure."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QScrollArea, QWidget,
)

from qms_desktop.domain.errors import QmsError
from qms_desktop.domain.model import NcStatus, Severity, label
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date
from qms_desktop.services import ncs
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.dialogs.form_dialog import FieldForm, code_items, combo, text_edit
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.models.styled_row_model import GREY, RED, StyledRowModel
from qms_desktop.ui.pages.follow_up import FollowUpLines
from qms_desktop.ui.pages.master_detail import MasterDetailPage, t
from qms_desktop.ui.widgets.date_edit import DateEdit
from qms_desktop.ui.widgets.print_button import PrintButton
from qms_desktop.ui.widgets.layout import detail_header, hbox, push_button, vbox

FINISHED = (NcStatus.CLOSED, NcStatus.CANCELLED)


def is_overdue(row: ncs.NcRow, today: dt.date) -> bool:
    """Past its own due date, or one of its open corrective actions is (as the dashboard counts them)."""
    return row.status not in FINISHED and any(d is not None and d < today for d in (row.due_date, row.action_due))


def _action_overdue(row: ncs.NcRow, today: dt.date) -> bool:
    return row.status not in FINISHED and row.action_due is not None and row.action_due < today


def _action_dialogs() -> tuple[type, type]:
    from qms_desktop.ui.dialogs.nc_dialogs import ActionDialog, ActionDoneDialog  # at first use: they bring the procedure forms

    return ActionDialog, ActionDoneDialog


def _number_key(row: ncs.NcRow) -> tuple[int, int]:
    """"02/2026" sorts by year, then by its sequence number (so 100/2026 comes after 99/2026)."""
    seq = row.number.split("/")[0]
    return row.year, int(seq) if seq.isdigit() else 0


class NcsPage(MasterDetailPage):
    key = "ncs"
    kinds = frozenset({"nc", "nonconformity"})
    origin_table = "nonconformity"
    watches = frozenset({"nonconformity", "audit", "procedure", "unit", "staff"})
    state_key = "ncs/list"
    export_name = "SuKhongPhuHop.xlsx"

    def __init__(self, env, parent: QWidget | None = None) -> None:
        self.detail_data: ncs.NcDetail | None = None
        super().__init__(env, parent)
        self.status_filter = self.add_filter("statusFilter", [
            (self.tr("All"), "all"), (self.tr("Not closed"), "live"), (self.tr("Overdue"), "overdue"),
            *((t("Labels", label(code.value)), code.value) for code in NcStatus)])
        self.new_button = self.tool_button(self.tr("&New nonconformity…"), self.create)
        self.finish_toolbar(sizes=(220, 430))

    def columns(self) -> list[Column]:
        return [
            Column("number", QT_TRANSLATE_NOOP("Columns", "Number"), width=75, sort_value=_number_key),
            Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "label", width=140),
            Column("source", QT_TRANSLATE_NOOP("Columns", "Source"), "label", width=165),
            Column("severity", QT_TRANSLATE_NOOP("Columns", "Severity"), "label", width=90),
            Column("detected_date", QT_TRANSLATE_NOOP("Columns", "Detected on"), "date", width=95),
            Column("due_date", QT_TRANSLATE_NOOP("Columns", "Due date"), "date", width=95),
            Column("open_actions", QT_TRANSLATE_NOOP("Columns", "Open actions"), "number", width=95),
            Column("description", QT_TRANSLATE_NOOP("Columns", "Description")),
        ]

    def make_model(self) -> StyledRowModel:
        return StyledRowModel(self.columns(), self, foreground=self._color)

    def _color(self, row: ncs.NcRow, _key: str):
        if is_overdue(row, self.env.ctx.today):
            return RED
        return GREY if row.status in FINISHED else None

    def load_rows(self) -> list[ncs.NcRow]:
        rows = ncs.list_ncs(self.env.ctx)
        mode = self.status_filter.currentData() if hasattr(self, "status_filter") else "all"
        today = self.env.ctx.today
        if mode == "live":
            rows = [r for r in rows if r.status not in FINISHED]
        elif mode == "overdue":
            rows = [r for r in rows if is_overdue(r, today)]
        elif mode != "all":
            rows = [r for r in rows if r.status == mode]
        return rows

    def open_record(self, kind: str, record_id: int) -> bool:
        if kind in self.kinds and hasattr(self, "status_filter") and self.status_filter.currentData() != "all":
            self.status_filter.blockSignals(True)
            self.status_filter.setCurrentIndex(0)
            self.status_filter.blockSignals(False)
        return super().open_record(kind, record_id)

    # -- detail ------------------------------------------------------------------------------------------
    def build_detail(self) -> QWidget:
        box = QWidget()
        self.header = detail_header()
        self.subheader = QLabel()
        self.subheader.setWordWrap(True)
        self.close_button = push_button(self.tr("&Close nonconformity…"), self.close_nc,
                                        tip=self.tr("Close: only after every action is done and verified as effective."))
        self.cancel_button = push_button(self.tr("Cance&l…"), self.cancel_nc)
        self.audit_button = push_button(
            self.tr("Open a&udit"),
            lambda: self.env.open_record(f"audit:{self.detail_data.row.audit_id}") if self.detail_data else None)
        self.print_button = PrintButton(self.env, [("car_form", self.tr("Corrective action request form"))],
                                        lambda: self.detail_data.row.id if self.detail_data else None)
        head = hbox((self.header, 1), self.close_button, self.cancel_button, self.audit_button, self.print_button)
        self.detail_tabs("nonconformity", self.tr("F&iles"), (self._build_description(), self.tr("&Description and cause")),
                         (self._build_actions(), self.tr("Corrective ac&tions")),
                         (self._build_verification(), self.tr("V&erification")))
        # the last stretch: with nothing selected (tabs hidden) the message stays at the top
        vbox(head, self.subheader, (self.tabs, 1), 0, parent=box, margins=(0, 4, 0, 0))
        return box

    def _build_description(self) -> QWidget:
        self.desc_form = FieldForm()
        f = self.desc_form
        f.add_field("description", self.tr("Description"), text_edit(54), required=True)
        f.add_field("immediate_correction", self.tr("Immediate correction"), text_edit(40))
        f.add_field("root_cause", self.tr("Root cause"), text_edit(40))
        row = QWidget()
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        clause, severity, due = QLineEdit(), combo(code_items(Severity)), DateEdit()
        for w, name in ((clause, "clause"), (severity, "severity"), (due, "due_date")):
            f.editors[name] = w
            w.setObjectName(f"field_{name}")
        for caption, w in ((self.tr("Clause:"), clause), (self.tr("Severity:"), severity), (self.tr("Due date:"), due)):
            lbl = QLabel(caption)
            lbl.setBuddy(w)
            rl.addWidget(lbl)
            rl.addWidget(w, 1)
            (w.textChanged if w is clause else w.currentIndexChanged if w is severity else w.dateChanged).connect(f._touch)
        self.clear_due_button = push_button(self.tr("N&o due date"), lambda: due.set_value(None),
                                            tip=self.tr("Empty the due date; “Save changes” then removes it."))
        rl.addWidget(self.clear_due_button)
        f.form.addRow(row)
        self.save_desc_button = push_button(self.tr("&Save changes"), self.save_description)
        inner = QWidget()
        vbox(f, hbox((f.general_error, 1), 1, self.save_desc_button), 1, parent=inner, margins=0)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(inner)
        return area

    def _build_actions(self) -> QWidget:
        self.actions = FollowUpLines(self, [
            Column("description", QT_TRANSLATE_NOOP("Columns", "Action"), width=420),
            Column("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), width=170),
            Column("due_date", QT_TRANSLATE_NOOP("Columns", "Due date"), "date", width=95),
            Column("done_date", QT_TRANSLATE_NOOP("Columns", "Done on"), "date", width=95),
            Column("result", QT_TRANSLATE_NOOP("Columns", "Result")),
        ], "ncs/actions", kinds="nonconformity", tab=1, dialogs=_action_dialogs,
            live=lambda d: d.row.status not in FINISHED, activate_completes=True,
            texts=(self.tr("&Add action…"), self.tr("Edit acti&on…"),
                   self.tr("Change the description, owner or due date of the selected action."), self.tr("&Mark done…")))
        return self.actions

    def _build_verification(self) -> QWidget:
        box = QWidget()
        self.verification_state = QLabel()
        self.verification_state.setWordWrap(True)
        self.verify_form = FieldForm()
        f = self.verify_form
        f.add_field("verified_by", self.tr("Verified by"), QLineEdit(), required=True)
        f.add_field("verified_date", self.tr("Verified on"), DateEdit(optional=False), required=True)
        # No result is chosen for her: a box ticked "effective" in advance was recorded by a click on Record
        # without a judgement (QA 12 F8).
        f.add_field("effective", self.tr("Result"), combo(
            [(True, self.tr("Effective: the corrective actions removed the cause")),
             (False, self.tr("NOT effective: new actions needed"))], empty=self.tr("— choose the result —")),
            required=True)
        f.add_field("note", self.tr("Note"), text_edit(40))
        self.verify_button = push_button(self.tr("&Record verification"), self.verify)
        vbox(self.verification_state, f, hbox((f.general_error, 1), 1, self.verify_button), 1, parent=box)
        return box

    def show_detail(self, row: ncs.NcRow | None) -> None:
        d = self.fetch_detail(ncs.get_nc, row)
        live = d is not None and d.row.status not in FINISHED
        can_edit = self.can("edit") and live
        for b in (self.close_button, self.cancel_button, self.save_desc_button, self.clear_due_button,
                  self.actions.add_button, self.verify_button):
            b.setEnabled(can_edit)
        self.audit_button.setVisible(d is not None and d.row.audit_id is not None)
        self.desc_form.clear_errors()
        self.verify_form.clear_errors()
        # Nothing selected: no empty form that looks editable, only what to do.
        self.tabs.setVisible(d is not None)
        for b in (self.close_button, self.cancel_button, self.print_button):
            b.setVisible(d is not None)
        if d is None:
            self.header.setText(self.tr("Select a nonconformity in the list, or record one with “New nonconformity…”."))
            self.subheader.clear()
            self.desc_form.set_values({k: None for k in self.desc_form.editors})
            self.actions.set_lines([])
            self.verification_state.clear()
            self.files_tab.set_owner(None)
            return
        r = d.row
        self.header.setText(self.tr("Nonconformity %1 — %2").replace("%1", r.number)
                            .replace("%2", t("Labels", label(r.status))))
        parts = [t("Labels", label(r.source)), t("Labels", label(r.severity)),
                 self.tr("detected %1").replace("%1", format_date(r.detected_date))]
        today = self.env.ctx.today
        if r.due_date:
            due = self.tr("due %1").replace("%1", format_date(r.due_date))
            late = r.status not in FINISHED and r.due_date < today
            parts.append(due + (" " + self.tr("(overdue)") if late else ""))
        if _action_overdue(r, today):
            parts.append(self.tr("a corrective action overdue since %1").replace("%1", format_date(r.action_due)))
        if r.closed_date:
            parts.append(self.tr("closed %1").replace("%1", format_date(r.closed_date)))
        elif d.verified_date and r.status not in FINISHED:  # QA 14 F7: "awaiting verification" alone read as not done
            parts.append(self.tr("verified as effective on %1: it can be closed").replace(
                "%1", format_date(d.verified_date)) if d.verification_effective
                else self.tr("verified NOT effective on %1: new actions needed").replace(
                "%1", format_date(d.verified_date)))
        if d.cancelled_reason:
            parts.append(self.tr("cancelled: %1").replace("%1", d.cancelled_reason))
        if r.former_number:
            origin = self.origin.labels.get(r.id, "") if self.origin is not None else ""
            parts.append(self.tr("former number %1 (%2)").replace("%1", r.former_number).replace("%2", origin)
                         if origin else self.tr("former number %1").replace("%1", r.former_number))
        self.subheader.setText(" · ".join(parts))
        self.subheader.setStyleSheet("color: #b00020;" if is_overdue(r, self.env.ctx.today) else "")
        self.desc_form.set_values(dict(description=r.description, immediate_correction=d.immediate_correction,
                                       root_cause=d.root_cause, clause=r.clause, severity=r.severity,
                                       due_date=r.due_date))
        self.desc_form.set_editable(can_edit)
        self.verify_form.set_editable(can_edit)
        self.actions.set_lines(d.actions)
        if d.verified_date:
            verdict = self.tr("effective") if d.verification_effective else self.tr("NOT effective: new actions needed")
            self.verification_state.setText(self.tr("Last verification: %1 on %2 — %3. %4")
                                            .replace("%1", d.verified_by).replace("%2", format_date(d.verified_date))
                                            .replace("%3", verdict).replace("%4", d.verification_note))
        else:
            self.verification_state.setText(self.tr("Not verified yet. Verify once every corrective action is done."))
        actor = self.env.ctx.actor
        self.verify_form.set_values(dict(
            verified_by=d.verified_by or (actor.full_name if actor.username != "system" else ""),
            verified_date=d.verified_date or self.env.ctx.today,
            effective=bool(d.verification_effective) if d.verified_date else None, note=d.verification_note))
        self.files_tab.set_owner(r.id)

    def has_unsaved(self) -> bool:
        # both forms of the record: the verification's note was lost without a question (QA 45 F1)
        return bool(self.detail_data is not None and (self.desc_form.dirty or self.verify_form.dirty))

    def can_leave(self) -> bool:
        if not self.has_unsaved():
            return True
        if self.desc_form.dirty:
            return prompts.confirm(self, self.tr("The description or root cause was changed but not saved. "
                                                 "Leave without saving?"))
        return prompts.confirm(self, self.tr("The verification was filled in but not recorded. Leave without "
                                             "recording it?"))

    # -- actions -----------------------------------------------------------------------------------------
    def create(self) -> None:
        from qms_desktop.ui.dialogs.nc_dialogs import NewNcDialog  # at first use: it brings the procedure forms

        dlg = NewNcDialog(self.env, self)
        if dlg.exec():
            self.changed("nonconformity")
            if self.status_filter.currentData() not in ("all", "live", NcStatus.OPEN.value):
                self.status_filter.setCurrentIndex(0)
            self.refresh()
            self.select_id(dlg.result_row.id)

    def save_description(self) -> bool:
        d = self.detail_data
        return d is not None and self.save_form(self.desc_form, lambda v: ncs.update_nc(
            self.env.ctx.editing(d.stamp), d.row.id, description=v["description"], root_cause=v["root_cause"],
            immediate_correction=v["immediate_correction"], clause=v["clause"], severity=v["severity"],
            due_date=v["due_date"], clear_due_date=v["due_date"] is None), "nonconformity", saved=self.tr("Saved."))

    def verify(self) -> bool:
        d = self.detail_data
        if d is None or not self.verify_form.check_required():
            return False
        return self.save_form(self.verify_form, lambda v: ncs.verify(
            self.env.ctx.editing(d.stamp), d.row.id, verified_by=v["verified_by"], verified_date=v["verified_date"],
            effective=v["effective"], note=v["note"]), "nonconformity")

    def close_nc(self) -> bool:
        d = self.detail_data
        if d is None:
            return False
        try:  # what stands in the way first: a question about closing for good, then "cannot close", misleads
            ncs.check_closable(self.env.ctx, d.row.id)
        except QmsError as exc:
            prompts.show_error(self, exc)
            return False
        if not prompts.confirm(self, self.tr("Close nonconformity %1? A closed nonconformity can no longer change.")
                               .replace("%1", d.row.number)):
            return False
        return self.write(ncs.close_nc, d.row.id, kinds="nonconformity") is not None

    def cancel_nc(self) -> bool:
        return self.cancel_with_reason(
            lambda d: self.tr("Cancel nonconformity %1? Its number stays taken and it can no longer change.")
            .replace("%1", d.row.number),
            self.tr("Cancel nonconformity"), self.tr("Reason for cancelling (Hủy):"), ncs.cancel_nc,
            kinds="nonconformity") is not None
