"""The change history of one record (and its parts), read from services.history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from qms_desktop.domain.model import LABELS
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services import history
from qms_desktop.ui.models.row_table_model import Column, RowTableModel
from qms_desktop.ui.widgets.table_view import TableView
from qms_desktop.ui.widgets.header_fit import fit_header_widths

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("ChangeHistory", "Created"),
    "update": QT_TRANSLATE_NOOP("ChangeHistory", "Changed"),
    "cancel": QT_TRANSLATE_NOOP("ChangeHistory", "Cancelled"),
    "delete": QT_TRANSLATE_NOOP("ChangeHistory", "Removed"),
    "baseline": QT_TRANSLATE_NOOP("ChangeHistory", "Baseline"),
}
ENTITIES = {
    "procedure": QT_TRANSLATE_NOOP("ChangeHistory", "Procedure"),
    "procedure_version": QT_TRANSLATE_NOOP("ChangeHistory", "Version"),
    "procedure_step": QT_TRANSLATE_NOOP("ChangeHistory", "Step"),
    "amendment": QT_TRANSLATE_NOOP("ChangeHistory", "Amendment"),
    "legal_document": QT_TRANSLATE_NOOP("ChangeHistory", "Legal basis"),
    "attachment": QT_TRANSLATE_NOOP("ChangeHistory", "Attached file"),
    "audit": QT_TRANSLATE_NOOP("ChangeHistory", "Audit"),
    "nonconformity": QT_TRANSLATE_NOOP("ChangeHistory", "Nonconformity"),
    "corrective_action": QT_TRANSLATE_NOOP("ChangeHistory", "Corrective action"),
    "management_review": QT_TRANSLATE_NOOP("ChangeHistory", "Management review"),
}
_HIDDEN = {"id", "created_at", "created_by", "updated_at", "updated_by"}
# Captions of the stored column names (context "Fields", shared with the forms).
FIELD_CAPTIONS = {
    "code": QT_TRANSLATE_NOOP("Fields", "Code"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "field": QT_TRANSLATE_NOOP("Fields", "Field"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "number": QT_TRANSLATE_NOOP("Fields", "Number"),
    "issue_date": QT_TRANSLATE_NOOP("Fields", "Issued on"),
    "effective_date": QT_TRANSLATE_NOOP("Fields", "Effective from"),
    "end_date": QT_TRANSLATE_NOOP("Fields", "Obsolete from"),
    "drafted_by": QT_TRANSLATE_NOOP("Fields", "Drafted by"),
    "drafted_title": QT_TRANSLATE_NOOP("Fields", "Drafter's title"),
    "drafted_date": QT_TRANSLATE_NOOP("Fields", "Drafted on"),
    "reviewed_by": QT_TRANSLATE_NOOP("Fields", "Reviewed by"),
    "reviewed_title": QT_TRANSLATE_NOOP("Fields", "Reviewer's title"),
    "reviewed_date": QT_TRANSLATE_NOOP("Fields", "Reviewed on"),
    "approved_by": QT_TRANSLATE_NOOP("Fields", "Approved by"),
    "approved_title": QT_TRANSLATE_NOOP("Fields", "Approver's title"),
    "approved_date": QT_TRANSLATE_NOOP("Fields", "Approved on"),
    "change_summary": QT_TRANSLATE_NOOP("Fields", "What changed"),
    "item": QT_TRANSLATE_NOOP("Fields", "Item changed"),
    "legal_basis": QT_TRANSLATE_NOOP("Fields", "Legal basis"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "version_number": QT_TRANSLATE_NOOP("Fields", "Version"),
    "owner_unit_id": QT_TRANSLATE_NOOP("Fields", "Owner unit"),
    "owner_staff_id": QT_TRANSLATE_NOOP("Fields", "Owner person"),
    "cancelled_reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "cancelled_at": QT_TRANSLATE_NOOP("Fields", "Cancelled on"),
    "procedure_id": QT_TRANSLATE_NOOP("Fields", "Procedure"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("ChangeHistory", text) or text


def _short(value: object) -> str:
    text = "" if value is None else str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":  # ISO date → dd/mm/yyyy
        text = f"{text[8:]}/{text[5:7]}/{text[:4]}"
    return text if len(text) <= 60 else text[:57] + "…"


def local_time(at: dt.datetime) -> str:
    """History times are stored in UTC; show them in the computer's time zone."""
    return at.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%d/%m/%Y %H:%M")


def _caption(key: str) -> str:
    return QCoreApplication.translate("Fields", FIELD_CAPTIONS[key]) if key in FIELD_CAPTIONS else key


def _value(key: str, value: object) -> str:
    if key in ("status", "kind") and isinstance(value, str) and value in LABELS:
        return QCoreApplication.translate("Labels", LABELS[value]) or value
    return _short(value)


def summary(row: history.ChangeRow) -> str:
    keys = [k for k in sorted(set(row.old) | set(row.new)) if k not in _HIDDEN]
    if row.action == "create":
        return "; ".join(f"{_caption(k)} = {_value(k, row.new.get(k))}" for k in keys
                         if row.new.get(k) not in (None, ""))
    return "; ".join(f"{_caption(k)}: {_value(k, row.old.get(k))} → {_value(k, row.new.get(k))}" for k in keys)


def changes_of(ctx, entity: str, entity_id: int, limit: int = 500) -> list[history.ChangeRow]:  # noqa: ANN001
    return history.list_changes(ctx, entity=entity, entity_id=entity_id, limit=limit)


class ChangeHistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowTableModel([
            Column("at", QT_TRANSLATE_NOOP("Columns", "When"), width=130,
                   value=lambda r: local_time(r.at)),
            Column("username", QT_TRANSLATE_NOOP("Columns", "Who"), width=100),
            Column("action", QT_TRANSLATE_NOOP("Columns", "Action"), width=90,
                   value=lambda r: _t(ACTIONS.get(r.action, r.action))),
            Column("entity", QT_TRANSLATE_NOOP("Columns", "Part"), width=110,
                   value=lambda r: _t(ENTITIES.get(r.entity, r.entity))),
            Column("summary", QT_TRANSLATE_NOOP("Columns", "What changed"), value=summary),
        ], self)
        self.table = TableView(self.model, "history/record", self)
        fit_header_widths(self.table)
        self.note = QLabel(self.tr("The full log of every record is on the “Change history” page."))
        self.note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.note)

    def set_rows(self, rows: list[history.ChangeRow]) -> None:
        rows = sorted({r.id: r for r in rows}.values(), key=lambda r: r.id, reverse=True)
        self.model.set_rows(rows)
