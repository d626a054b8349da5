"""Dialogs of nonconformities: new NC by hand, corrective action, action done."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from qms_desktop.domain.model import NcSource, Severity
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services import ncs, procedures
from qms_desktop.ui.dialogs.form_dialog import DoneDialog, FormDialog, LineDialog, code_items, combo, text_edit
from qms_desktop.ui.dialogs.procedure_dialog import people_combo, unit_items
from qms_desktop.ui.widgets.date_edit import DateEdit


class NewNcDialog(FormDialog):
    """A nonconformity recorded by hand (from an inspection, a complaint…); it gets the next number of its year."""

    def __init__(self, env, parent: QWidget | None = None) -> None:
        super().__init__("", self._save_values, parent)
        self.env = env
        self.setWindowTitle(self.tr("New nonconformity"))
        self.add_field("source", self.tr("Source"), combo(code_items(NcSource)))
        self.add_field("severity", self.tr("Severity"), combo(code_items(Severity)))
        self.add_field("detected_date", self.tr("Detected on"), DateEdit(optional=False), required=True)
        self.add_field("description", self.tr("Description"), text_edit(80), required=True)
        self.add_field("clause", self.tr("Clause"), QLineEdit()).setPlaceholderText(self.tr("e.g. 8.5.1"))
        self.add_field("unit_id", self.tr("Unit"), combo(unit_items(env.ctx), empty=""))
        self.add_field("procedure_id", self.tr("Procedure"), combo(
            [(p.id, f"{p.code} — {p.title}") for p in procedures.list_procedures(env.ctx)], empty=""))
        self.add_field("immediate_correction", self.tr("Immediate correction"), text_edit(56))
        self.add_field("due_date", self.tr("Due date"), DateEdit())
        self.set_values({"source": NcSource.OTHER.value, "severity": Severity.MINOR.value,
                         "detected_date": env.ctx.today})
        self.resize(640, 540)

    def _save_values(self, v: dict) -> ncs.NcRow:
        return ncs.open_nc(self.env.ctx, **v)


class ActionDialog(LineDialog):
    """A corrective action with its owner and due date; ``action`` edited (a done action keeps its date done)."""

    add = staticmethod(ncs.add_action)
    update = staticmethod(ncs.update_action)
    clears = {"due_date": "clear_due_date"}

    new_title = QT_TRANSLATE_NOOP("ActionDialog", "Corrective action for %1")
    edit_title = QT_TRANSLATE_NOOP("ActionDialog", "Edit corrective action of %1")
    named_by = "number"

    def build(self, env, nc: ncs.NcDetail) -> None:
        self.add_field("description", self.tr("Action"), text_edit(70), required=True)
        self.add_field("owner", self.tr("Owner"), people_combo(env, self.tr("Person or unit responsible")))
        self.add_field("due_date", self.tr("Due date"), DateEdit())

    def new_values(self, env, nc: ncs.NcDetail) -> dict:
        return {"due_date": nc.row.due_date}


class ActionDoneDialog(DoneDialog):
    title_text = QT_TRANSLATE_NOOP("ActionDoneDialog", "Action done")
    result_text = QT_TRANSLATE_NOOP("ActionDoneDialog", "Result")
    complete = staticmethod(ncs.complete_action)
