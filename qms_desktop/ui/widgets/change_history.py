"""The change history of one record (and its parts), read from services.history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QWidget

from qms_desktop.domain import change_labels
from qms_desktop import i18n
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services import history
from qms_desktop.ui.models.row_table_model import Column, RowTableModel
from qms_desktop.ui.widgets.table_view import TableView
from qms_desktop.ui.widgets.header_fit import fit_header_widths
from qms_desktop.ui.widgets.layout import vbox
from qms_desktop.ui.translations import translated as _tr

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("ChangeHistory", "Created"),
    "update": QT_TRANSLATE_NOOP("ChangeHistory", "Changed"),
    "cancel": QT_TRANSLATE_NOOP("ChangeHistory", "Cancelled"),
    "delete": QT_TRANSLATE_NOOP("ChangeHistory", "Removed"),
    "baseline": QT_TRANSLATE_NOOP("ChangeHistory", "Baseline"),
}
# A file attached to the record, in the record's own history: attached, then perhaps detached (with a reason).
FILE_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("ChangeHistory", "File attached"),
    "cancel": QT_TRANSLATE_NOOP("ChangeHistory", "File detached"),
}
DETACHED_WHY = QT_TRANSLATE_NOOP("ChangeHistory", "%1 — reason: %2")  # the file's name, the reason given
# Short names of a record's parts within its own history; other tables: change_labels.entity_label.
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


def _t(text: str) -> str:
    return _tr("ChangeHistory", text)


def local_time(at: dt.datetime) -> str:
    """History times are stored in UTC; show them in the computer's time zone."""
    return i18n.local_time(at).strftime("%d/%m/%Y %H:%M")


def part_label(entity: str) -> str:
    """The part of the record a change is about: a short word inside a record's history ("Step"), else
    the table's label in the change log (domain/change_labels.py), never the table's name."""
    if entity in ENTITIES:
        return _t(ENTITIES[entity])
    return _tr(*change_labels.entity_label(entity))


def _caption(entity: str, key: str) -> str:
    return change_labels.field_caption(entity, key, _tr)


def who(username: str, names: Mapping | None) -> str:
    """Who made a change: the account's full name with its log-in name, or the log-in name alone."""
    full = ((names or {}).get("user") or {}).get(username)
    return f"{full} ({username})" if full and full != username else username


def action_label(row: history.ChangeRow) -> str:
    if row.entity == "attachment" and row.action in FILE_ACTIONS:
        return _t(FILE_ACTIONS[row.action])
    return _t(ACTIONS.get(row.action, row.action))


def summary(row: history.ChangeRow, names: dict | None = None) -> str:
    if row.entity == "attachment" and row.action in FILE_ACTIONS:  # the file's name, and why it was detached
        name = row.file_name or str(row.new.get("filename") or "")
        reason = row.new.get("cancelled_reason") if row.action == "cancel" else None
        if not reason:
            return name
        before, _, after = _t(DETACHED_WHY).partition("%1")  # one pass: a "%2" typed in a name stays
        return before.replace("%2", str(reason)) + name + after.replace("%2", str(reason))
    keys = [k for k in sorted(set(row.old) | set(row.new)) if k not in change_labels.HIDDEN]

    def value(k: str, v: object) -> str:
        return change_labels.value_text(row.entity, k, v, _tr, names)

    if row.action == "create":
        return "; ".join(f"{_caption(row.entity, k)} = {value(k, row.new.get(k))}" for k in keys
                         if row.new.get(k) not in (None, ""))
    return "; ".join(f"{_caption(row.entity, k)}: {value(k, row.old.get(k))} → {value(k, row.new.get(k))}"
                     for k in keys)


def changes_of(ctx, parts: list[tuple[str, int]], limit: int = 1000) -> list[history.ChangeRow]:
    """The history of a record made of ``parts`` ((table, id): the record, its versions…), with the
    attaching and detaching of its files, in one query (services.history.record_changes)."""
    return history.record_changes(ctx, parts, limit=limit)


class ChangeHistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: Mapping = {}
        self.part_names: dict[tuple[str, str], str] = {}
        self.model = RowTableModel([
            Column("at", QT_TRANSLATE_NOOP("Columns", "When"), width=130,
                   value=lambda r: local_time(r.at)),
            Column("username", QT_TRANSLATE_NOOP("Columns", "Who"), width=160,
                   value=lambda r: who(r.username, self.names)),
            Column("action", QT_TRANSLATE_NOOP("Columns", "Action"), width=90,
                   value=action_label),
            Column("entity", QT_TRANSLATE_NOOP("Columns", "Part"), width=110,
                   value=lambda r: self.part_names.get((r.entity, r.entity_id)) or part_label(r.entity)),
            Column("summary", QT_TRANSLATE_NOOP("Columns", "What changed"), value=lambda r: summary(r, self.names)),
        ], self)
        self.table = TableView(self.model, "history/record", self)
        fit_header_widths(self.table)
        self.note = QLabel(self.tr("The full log of every record is on the “Change history” page."))
        self.note.setWordWrap(True)
        vbox((self.table, 1), self.note, parent=self)

    def set_rows(self, rows: list[history.ChangeRow], names: Mapping | None = None,
                 part_names: dict[tuple[str, int], str] | None = None) -> None:
        """``names``: services.history.reference_names, so that units, staff… are named, not numbered;
        ``part_names``: (table, id) → the part's own name ("Version 2.0"), where a record has several of a kind."""
        self.names = names or {}
        self.part_names = {(entity, str(ident)): text for (entity, ident), text in (part_names or {}).items()}
        rows = sorted({r.id: r for r in rows}.values(), key=lambda r: r.id, reverse=True)
        self.model.set_rows(rows)
