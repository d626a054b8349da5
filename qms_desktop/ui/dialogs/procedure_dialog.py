"""Register or edit a procedure (quy trình): code, title, kind, field, linked TTHC, owner unit and person."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from qms_desktop.domain.model import ProcedureKind, label
from qms_desktop.domain.text import sort_key
from qms_desktop.services import procedures, records, tthc
from qms_desktop.ui.dialogs.form_dialog import FormDialog, combo, t
from qms_desktop.ui.widgets.check_list import CheckList


def unit_items(ctx) -> list[tuple[int, str]]:
    """Units for combo boxes, in Vietnamese alphabetical order."""
    rows = [(r.id, r.values["name"]) for r in records.list_records(ctx, "unit")]
    return sorted(rows, key=lambda x: sort_key(x[1]))


def staff_items(ctx, *, auditors_only: bool = False) -> list[tuple[int, str]]:
    """Staff as "Full name — title", in the order of the records (by full name)."""
    rows = records.list_records(ctx, "staff")
    return [(r.id, r.values["full_name"] + (f" — {r.values['title']}" if r.values.get("title") else ""))
            for r in rows if not auditors_only or r.values.get("is_auditor")]


def people_combo(env, placeholder: str):
    """An editable list of staff names (without their title): pick one or type any name, e.g. a unit's."""
    w = combo([(None, name.split(" — ")[0]) for _i, name in staff_items(env.ctx)], editable=True)
    w.setCurrentIndex(-1)
    w.lineEdit().setPlaceholderText(placeholder)
    return w


class ProcedureDialog(FormDialog):
    """New procedure when ``detail`` is None; the code cannot change afterwards (it is the reference)."""

    def __init__(self, env, detail: procedures.ProcedureDetail | None = None, *,
                 preset_tthc: tuple[int, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__("", self._save_values, parent)
        self.env, self.detail = env, detail
        self.setWindowTitle(self.tr("New procedure") if detail is None else
                            self.tr("Edit procedure %1").replace("%1", detail.row.code))
        code = self.add_field("code", self.tr("Code"), QLineEdit(), required=True)
        code.setPlaceholderText(self.tr("e.g. QT-01 or QT 02/CX-HCTP"))
        self.add_field("title", self.tr("Title"), QLineEdit(), required=True)
        self.add_field("kind", self.tr("Kind"), combo([(k.value, t("Labels", label(k.value))) for k in ProcedureKind]))
        self.add_field("field", self.tr("Field"), QLineEdit()).setPlaceholderText(self.tr("e.g. Hộ tịch"))
        self.tthc_list = CheckList(filterable=True)
        self.tthc_list.setMinimumHeight(200)
        linked = set(detail.tthc_ids) if detail else set(preset_tthc)
        items = [(r.id, f"{r.code} — {r.name}") for r in tthc.list_tthc(env.ctx)]
        self.tthc_list.set_items(sorted(items, key=lambda x: x[0] not in linked))  # the linked ones first
        self.add_field("tthc_ids", self.tr("Linked TTHC"), self.tthc_list)
        self.add_field("owner_unit_id", self.tr("Owner unit"), combo(unit_items(env.ctx), empty=""))
        self.add_field("owner_staff_id", self.tr("Owner person"), combo(staff_items(env.ctx), empty=""))
        if detail is not None:
            r = detail.row
            self.set_values(dict(code=r.code, title=r.title, kind=str(r.kind), field=r.field, tthc_ids=detail.tthc_ids,
                                 owner_unit_id=detail.owner_unit_id, owner_staff_id=detail.owner_staff_id))
            code.setReadOnly(True)
            code.setToolTip(self.tr("The code is the procedure's reference and does not change."))
        else:
            if preset_tthc:
                self.set_values({"tthc_ids": preset_tthc})
            # A new procedure with a TTHC ticked is a TTHC procedure (its versions then have steps), unless the kind
            # was chosen by hand (QA 53 F3: it stayed "system procedure", and its version dialog had no steps).
            kind_box = self.editors["kind"]
            self._kind_chosen = False
            kind_box.activated.connect(lambda _i: setattr(self, "_kind_chosen", True))
            self.tthc_list.changed.connect(self._tthc_ticked)
            self._tthc_ticked()
        self.resize(880, 640)  # TTHC names are long: at 640 px the list cut them (QA 21 F15)

    def _tthc_ticked(self) -> None:
        if self._kind_chosen:
            return
        box = self.editors["kind"]
        wanted = ProcedureKind.TTHC if self.tthc_list.checked_ids() else ProcedureKind.SYSTEM
        box.setCurrentIndex(max(0, box.findData(wanted.value)))

    def _save_values(self, v: dict) -> procedures.ProcedureRow:
        if self.detail is None:
            return procedures.create_procedure(
                self.env.ctx, code=v["code"], title=v["title"], kind=v["kind"], field=v["field"], tthc_ids=v["tthc_ids"],
                owner_unit_id=v["owner_unit_id"], owner_staff_id=v["owner_staff_id"])
        return procedures.update_procedure(
            self.env.ctx.editing(self.detail.stamp), self.detail.row.id, title=v["title"], kind=v["kind"], field=v["field"], tthc_ids=v["tthc_ids"],
            owner_unit_id=v["owner_unit_id"], owner_staff_id=v["owner_staff_id"])
