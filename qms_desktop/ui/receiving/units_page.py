"""Đơn vị: the register of reporting units (imported from the province's Excel list, editable here),
with each unit's pinned key and the last history-chain head seen from it."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
    QWidget,
)

from qms_desktop.domain import receiving_labels
from qms_desktop.domain.errors import QmsError, ValidationError
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date, render
from qms_desktop.services import receiving as rx
from qms_desktop.services.receiving.units import KeyOfOtherUnit
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.login import error_label, show_message
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.models.styled_row_model import GREY, StyledRowModel
from qms_desktop.ui.pages.master_detail import MasterDetailPage
from qms_desktop.ui.receiving import common
from qms_desktop.ui.widgets.date_edit import DateEdit
from qms_desktop.ui.widgets.layout import form_rows, hbox, push_button, vbox
from qms_desktop.ui.translations import translated as _t

NO = QT_TRANSLATE_NOOP("Columns", "No")
KIND_LABELS = {"xa": QT_TRANSLATE_NOOP("Labels", "Commune"), "phuong": QT_TRANSLATE_NOOP("Labels", "Ward"),
               "dac-khu": QT_TRANSLATE_NOOP("Labels", "Special zone")}
KEY_SOURCES = receiving_labels.KEY_SOURCES  # context "Inbox"
SHOWN_CHANGES = 30  # units updated listed in the import's preview, with their fields before → after


class TrustDialog(QDialog):
    """Enrol a unit's key by hand: a key change, or a fingerprint read from the paper report first."""

    def __init__(self, unit: rx.UnitRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrol a key for %1").replace("%1", unit.name))
        current = QLabel(unit.key_fingerprint or self.tr("(no key yet)"))
        current.setFont(common.mono_font())
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("new_fingerprint")
        self.fingerprint.setPlaceholderText("3F2A 9C01 7B44 E0D2")
        self.fingerprint.setFont(common.mono_font())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. by phone with the ISO secretary, 12/07/2026"))
        self.checked = QCheckBox(self.tr("I confirmed this fingerprint with the unit (signed paper or phone call)"))
        self.error = error_label()
        form = form_rows((self.tr("Key pinned now:"), current), (self.tr("New key &fingerprint:"), self.fingerprint),
                         (self.tr("How it was &confirmed:"), self.note))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Enrol"))
        self.ok.setEnabled(False)
        self.checked.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        vbox(form, self.checked, self.error, buttons, parent=self)
        self.resize(520, 0)


def ask_key(unit: rx.UnitRow, parent: QWidget) -> tuple[str, str] | None:
    """(fingerprint, note) typed and confirmed by the user, or None (tests replace this)."""
    dialog = TrustDialog(unit, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.fingerprint.text(), dialog.note.text()


class UnitsRegisterPage(MasterDetailPage):
    key = "rx_units"
    kinds = frozenset({"rx_unit"})
    watches = frozenset({"rx_unit", "rx_package"})
    state_key = "receiving/units"
    export_name = "DanhSachDonVi.xlsx"

    def __init__(self, env, parent: QWidget | None = None) -> None:
        self.shown: rx.UnitRow | None = None
        super().__init__(env, parent)
        self.new_button = self.tool_button(self.tr("New &unit"), self.new_unit)
        self.import_button = self.tool_button(self.tr("Import from &Excel…"), self.import_excel, permission="import",
                                              name="import_units")
        self.finish_toolbar(sizes=(380, 300))

    def columns(self) -> list[Column]:
        return [
            Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), width=80),
            Column("name", QT_TRANSLATE_NOOP("Columns", "Reporting unit"), width=190),
            Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), width=80,
                   value=lambda r: _t("Labels", KIND_LABELS.get(r.kind, r.kind))),
            Column("opened", QT_TRANSLATE_NOOP("Columns", "Opened"), "date", width=90),
            Column("closed", QT_TRANSLATE_NOOP("Columns", "Closed"), "date", width=90),
            Column("predecessors", QT_TRANSLATE_NOOP("Columns", "Predecessors"), width=160),
            Column("expected", QT_TRANSLATE_NOOP("Columns", "Reports"), width=70,
                   value=lambda r: _t("Columns", "Yes") if r.expected else _t("Columns", NO)),
            Column("key_fingerprint", QT_TRANSLATE_NOOP("Columns", "Key"), width=150),
        ]

    def make_model(self) -> StyledRowModel:
        return StyledRowModel(self.columns(), self,
                              foreground=lambda r, _k: GREY if (r.closed or not r.expected) else None)

    def load_rows(self) -> list[rx.UnitRow]:
        return rx.list_units(self.env.ctx)

    # -- detail: the unit's form and its key -------------------------------------------------------
    def build_detail(self) -> QWidget:
        box = QWidget()
        form_box = self.form_box = QGroupBox(self.tr("Unit"))
        form = QFormLayout(form_box)
        self.code = QLineEdit()
        self.code.setObjectName("unit_code")
        self.name = QLineEdit()
        self.name.setObjectName("unit_name")
        self.kind = QComboBox()
        for k, text in KIND_LABELS.items():
            self.kind.addItem(_t("Labels", text), k)
        self.opened = DateEdit()
        self.closed = DateEdit()
        self.predecessors = QLineEdit()
        self.predecessors.setPlaceholderText(self.tr("former units merged into this one, separated by ;"))
        self.expected = QCheckBox(self.tr("Expected to report"))
        self.expected.setObjectName("unit_expected")
        self.reason = QLineEdit()
        self.reason.setObjectName("unit_reason")
        self.reason.setPlaceholderText(self.tr("why not (required when it is not expected)"))
        self.error = error_label()
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("K&ind:"), self.kind)
        form.addRow(self.tr("&Opened on:"), self.opened)
        form.addRow(self.tr("C&losed on:"), self.closed)
        form.addRow(self.tr("&Predecessors:"), self.predecessors)
        form.addRow(self.expected)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.error)
        self.save_button = push_button(self.tr("&Save"), self.save, name="save_unit")
        form.addRow(self.save_button)

        key_box = QGroupBox(self.tr("Trust"))
        kform = QFormLayout(key_box)
        self.key_label = QLabel()
        self.key_label.setObjectName("unit_key")
        self.key_label.setFont(common.mono_font())
        self.key_info = QLabel()
        self.key_info.setWordWrap(True)
        self.chain_label = QLabel()
        self.chain_label.setWordWrap(True)
        self.trust_button = push_button(self.tr("Enrol a &key…"), self.trust, name="trust_key")
        explain = QLabel(self.tr("Packages are accepted only when signed with the key pinned here. The first key is "
                                 "confirmed when the unit's first package arrives; a changed key must be enrolled by "
                                 "hand after checking it with the unit."))
        explain.setWordWrap(True)
        kform.addRow(self.tr("Key fingerprint:"), self.key_label)
        kform.addRow("", self.key_info)
        kform.addRow(self.tr("Last history head:"), self.chain_label)
        kform.addRow(explain)
        kform.addRow(self.trust_button)
        hbox((form_box, 3), (key_box, 2), parent=box, margins=0)
        return box

    def show_detail(self, row: rx.UnitRow | None) -> None:
        if row is not None:  # the unit as it is now, with its stamp: a save after someone else's is refused, not lost
            try:
                row = rx.get_unit(self.env.ctx, row.code)
            except QmsError:
                pass
        self.shown = row
        self.error.hide()
        can_edit = self.can("edit")
        for w in (self.code, self.name, self.kind, self.opened, self.closed, self.predecessors, self.expected,
                  self.reason, self.save_button):
            w.setEnabled(can_edit)
        self.trust_button.setEnabled(row is not None and self.can("approve"))
        # with no unit selected the form adds one: said in its title and on its button (QA 26 G20)
        self.form_box.setTitle(self.tr("New unit") if row is None else self.tr("Unit"))
        self.save_button.setText(self.tr("&Add the unit") if row is None else self.tr("&Save"))
        if row is None:
            for w in (self.code, self.name, self.predecessors, self.reason):
                w.clear()
            self.opened.set_value(None)
            self.closed.set_value(None)
            self.expected.setChecked(True)
            self.key_label.setText("—")
            self.key_info.clear()
            self.chain_label.setText("—")
            return
        self.code.setText(row.code)
        self.name.setText(row.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(row.kind)))
        self.opened.set_value(row.opened)
        self.closed.set_value(row.closed)
        self.predecessors.setText(row.predecessors)
        self.expected.setChecked(row.expected)
        self.reason.setText(row.not_expected_reason)
        self.key_label.setText(row.key_fingerprint or "—")
        self.key_info.setText(
            (_t("Inbox", KEY_SOURCES.get(row.key_source, row.key_source)) + " — "
             + format_date(row.key_pinned_at.date() if row.key_pinned_at else None) + " " + row.key_pinned_by)
            if row.key_fingerprint else self.tr("No key yet: the first package will ask for confirmation."))
        self.chain_label.setText(row.chain_head[:30] + "…" if row.chain_head else "—")

    def new_unit(self) -> None:
        self.table.clearSelection()
        self.show_detail(None)
        self.code.setFocus()

    def save(self) -> None:
        self.error.hide()
        data = rx.UnitInput(code=self.code.text(), name=self.name.text(), kind=self.kind.currentData(),
                            opened=self.opened.value(), closed=self.closed.value(),
                            predecessors=self.predecessors.text(), expected=self.expected.isChecked(),
                            not_expected_reason=self.reason.text())
        try:
            saved = rx.save_unit(self.env.ctx.editing(self.shown.stamp) if self.shown else self.env.ctx,
                                 self.shown.id if self.shown else None, data)
        except ValidationError as exc:
            show_message(self.error, exc)
            return
        except QmsError as exc:
            prompts.show_error(self, exc)
            return
        self.changed("rx_unit")
        self.refresh()
        self.select_id(saved.id)
        self.status_message.emit(self.tr("Unit %1 saved.").replace("%1", saved.code))

    def trust(self) -> None:
        row = self.shown
        answer = ask_key(row, self)
        if answer is None:
            return
        try:
            result = rx.trust_key(self.env.ctx, row.code, answer[0], note=answer[1])
        except KeyOfOtherUnit as exc:  # one key for two units: said, and enrolled only if the user insists
            if not confirm_shared_key(exc, self):
                return
            result = self.write(rx.trust_key, row.code, answer[0], note=answer[1], shared_ok=True, kinds="rx_unit")
        except QmsError as exc:
            prompts.show_error(self, exc)
            return
        else:
            self.changed("rx_unit")
            self.refresh()
        if result is not None:
            self.select_id(row.id)

    # -- import ----------------------------------------------------------------------------------
    def import_excel(self) -> None:
        path = prompts.pick_open_file(self, self.tr("Register of reporting units"),
                                      prompts.tables_filter(self.tr("Registers of units (%1)")))
        if not path:
            return
        self.env.runner.start(partial(rx.import_units, self.env.ctx, path, dry_run=True), parent=self,
                              label=self.tr("Reading the list of units…"),
                              on_done=lambda plan: self._confirm_import(path, plan),
                              on_error=lambda exc: prompts.show_error(self, exc))

    def _confirm_import(self, path: str, plan) -> None:
        lines = [self.tr("%1 units to add, %2 to update, %3 unchanged, %4 rows rejected.")
                 .replace("%1", str(len(plan.added))).replace("%2", str(len(plan.updated)))
                 .replace("%3", str(len(plan.unchanged))).replace("%4", str(len(plan.rejected)))]
        lines += [render(note, _t) for note in plan.notes]  # hidden rows left out, codes padded with zeros
        if plan.missing_columns_note is not None:  # the register keeps these fields
            lines.append(render(plan.missing_columns_note, _t))
        if plan.updated:  # each field that changes, before → after: nothing is changed unseen
            changes = plan.change_lines(_t)
            lines += [self.tr("Units to update (field: now → after the import):")]
            lines += ["  " + line for line in changes[:SHOWN_CHANGES]]
            if len(changes) > SHOWN_CHANGES:
                lines.append("  " + self.tr("… and %1 more units to update")
                             .replace("%1", str(len(changes) - SHOWN_CHANGES)))
        for rej in plan.rejected[:12]:
            lines.append(self.tr("Row %1: %2").replace("%1", str(rej.row_number))
                         .replace("%2", render(rej, _t)))
        if not (plan.added or plan.updated):
            prompts.info(self, "\n".join(lines), self.tr("Import of the units"))
            return
        if not prompts.ask_yes(self, "\n".join(lines + ["", self.tr("Import now?")]), self.tr("Import of the units")):
            return
        self.env.runner.start(partial(rx.import_units, self.env.ctx, path), parent=self,
                              label=self.tr("Importing the units…"),
                              on_done=lambda _plan: (self.changed("rx_unit"), self.refresh()),
                              on_error=lambda exc: prompts.show_error(self, exc))


def confirm_shared_key(exc: KeyOfOtherUnit, parent: QWidget) -> bool:
    """The key is pinned to another unit: enrol it all the same? (default No; tests replace this)."""
    text = (exc.render(lambda c, t: QCoreApplication.translate(c, t) or t) + "\n\n"
            + QCoreApplication.translate("UnitsRegisterPage", "Enrol the same key for this unit all the same?"))
    return prompts.confirm(parent, text)
