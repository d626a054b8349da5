"""A list of one kind of simple record (domain.schema.SPECS): search, create, edit, cancel, export."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from qms_desktop.domain import schema
from qms_desktop.domain.text import ascii_slug
from qms_desktop.domain.errors import QmsError
from qms_desktop.services import records
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.dialogs.record_form import RecordFormDialog
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.models.styled_row_model import GREY, StyledRowModel
from qms_desktop.ui.widgets.origin_filter import apply_origin, attach_origin
from qms_desktop.ui.widgets.search_edit import SearchEdit
from qms_desktop.ui.widgets.table_view import TableView
from qms_desktop.ui.widgets.layout import hbox, push_button, vbox
from qms_desktop.ui.translations import translated as _t

_KIND_OF = {schema.DATE: "date", schema.INT: "number", schema.FLOAT: "number", schema.BOOL: "bool",
            schema.CHOICE: "label"}


def _column_kind(f: schema.FieldSpec) -> str:
    if f.name == "year":  # 2026, never "2.026"
        return "text"
    return _KIND_OF.get(f.kind, "text")


class RecordListWidget(QWidget):
    """Everything one simple record kind needs on screen; the page gives it a UiEnv."""

    def __init__(self, env, kind: str, parent: QWidget | None = None, *,
                 extra_columns: tuple[Column, ...] = ()) -> None:
        super().__init__(parent)
        self.env, self.kind, self.spec = env, kind, records.spec(kind)
        self._ref_labels: dict[str, dict[int, str]] = {}
        # What "New…" saves; a page may route it through a richer service (e.g. announcements.announce).
        self.create_fn = lambda values: records.create(self.env.ctx, self.kind, values)
        # The captions are the forms' field labels: translated in their own context ("Fields"), where
        # "Title" of a staff member is a job title, not the "Title" (name) of a document column.
        columns = [Column(name, self.spec.field(name).label, _column_kind(self.spec.field(name)),
                          value=self._ref_value(name) if self.spec.field(name).kind == schema.REF else None,
                          context="Fields")
                   for name in self.spec.columns] + list(extra_columns)
        self.model = StyledRowModel(columns, self, foreground=lambda r, _k: GREY if r.cancelled else None)
        hidden = [f.name for f in self.spec.fields if f.kind in (schema.TEXT, schema.LONGTEXT) and f.name not in
                  self.spec.columns]  # found by the search box too, as by Ctrl+F and `qms list --search`
        self.model.extra_text = lambda row: " ".join(str(row.values.get(n) or "") for n in hidden)
        self.origin = attach_origin(env, records.MODELS[kind].__tablename__, self.model, self)
        self.origin.changed.connect(lambda: apply_origin(self.origin, self.table, self.model))
        self.table = TableView(self.model, f"records/{kind}", self)
        self.table.activated_row.connect(lambda _r: self.edit())
        self.search = SearchEdit()
        self.search.textChanged.connect(self.model.set_filter)
        self.new_button = push_button(self.tr("Ne&w…"), self.create)
        self.edit_button = push_button(self.tr("&Edit…"), self.edit)
        self.cancel_button = push_button(self.tr("Cancel &record…"), self.cancel_record)
        # cancelled records shown greyed, and one cancelled by mistake brought back (QA 18 F4); no Alt letter is
        # free on every page that shows a record list (Tab reaches both)
        self.show_cancelled = QCheckBox(self.tr("Show cancelled"))
        self.show_cancelled.toggled.connect(lambda _on: self.refresh())
        self.restore_button = push_button(self.tr("Restore…"), self.restore_record)
        self.export_button = push_button(
            self.tr("E&xport to Excel…"),
            lambda: self.table.export_to_excel(_t("Records", self.spec.label),
                                               f"DanhSach_{ascii_slug(_t('Records', self.spec.label))}.xlsx"))
        top = hbox((self.search, 1), self.origin, self.show_cancelled, self.new_button, self.edit_button,
                   self.cancel_button, self.restore_button, self.export_button)
        vbox(top, self.table, parent=self, margins=0)
        # Only once placed: a button without a parent made visible is a window of its own (it flashed and
        # took the keyboard focus from the main window).
        self.cancel_button.setVisible(self.spec.cancellable)
        self.show_cancelled.setVisible(self.spec.cancellable)
        self.restore_button.setVisible(False)  # with the cancelled records shown
        self.can_edit = env.ctx.actor.can(self.spec.permission)
        for b in (self.new_button, self.edit_button, self.cancel_button):
            b.setEnabled(self.can_edit)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selection_changed())

    def _ref_value(self, name: str):
        ref = self.spec.field(name).ref
        return lambda row: self._ref_labels.get(ref, {}).get(row.values.get(name), "")

    def _ref_choices(self) -> dict[str, list[tuple[int, str]]]:
        out = {}
        for f in self.spec.fields:
            if f.ref and f.ref in records.SPECS_REF_TITLES:
                title = records.SPECS_REF_TITLES[f.ref]
                rows = records.list_records(self.env.ctx, f.ref) if f.ref in schema.SPECS else []
                out[f.ref] = [(r.id, str(r.values.get(title, r.id))) for r in rows]
        if any(f.ref == "procedure" for f in self.spec.fields):
            from qms_desktop.services.procedures import list_procedures
            out["procedure"] = [(p.id, f"{p.code} — {p.title}") for p in list_procedures(self.env.ctx)]
        self._ref_labels = {k: dict(v) for k, v in out.items()}
        return out

    def refresh(self) -> None:
        self._ref_choices()
        current = self.table.current_row()
        self.origin.reload()
        apply_origin(self.origin, self.table, self.model)
        shown = self.show_cancelled.isChecked()
        self.restore_button.setVisible(shown)
        self.model.set_rows(records.list_records(self.env.ctx, self.kind, include_cancelled=shown))
        if current is not None:
            self.table.select_where(lambda r: r.id == current.id)
        self._selection_changed()

    def _selection_changed(self) -> None:
        row = self.table.current_row()
        cancelled = row is not None and row.cancelled
        self.restore_button.setEnabled(self.can_edit and cancelled)
        for b in (self.edit_button, self.cancel_button):
            b.setEnabled(self.can_edit and not cancelled)

    def select(self, record_id: int) -> bool:
        return self.table.select_where(lambda r: r.id == record_id)

    def create(self) -> None:
        dlg = RecordFormDialog(self.tr("New: %1").replace("%1", _t("Records", self.spec.label)), self.spec.fields,
                               self.create_fn,
                               ref_choices=self._ref_choices(), parent=self)
        proposal = records.proposed_values(self.env.ctx, self.kind)
        dlg.editors.propose(proposal)  # a petition's next number (QA 18 F5)
        self._follow_book_year(dlg, proposal.get("number"))
        if dlg.exec():
            self.env.events.changed(self.kind)
            self.refresh()
            self.select(dlg.result_row.id)

    def _follow_book_year(self, dlg, proposed: str | None) -> None:
        """While the proposed number stands untouched, a date moved into another year proposes that year's book's next
        number instead (a petition of 31/12 entered on 02/01: QA 56 F7)."""
        field = records.BOOK_DATE.get(self.kind)
        editors = dlg.editors.editors
        if proposed is None or field not in editors or "number" not in editors:
            return
        date_edit, number = editors[field], editors["number"]
        shown = {"number": proposed, "year": self.env.ctx.today.year}

        def follow(*_args) -> None:
            try:
                day = date_edit.value()
            except QmsError:  # still being typed
                return
            if day is None or day.year == shown["year"] or number.text() != shown["number"]:
                return
            new = records.proposed_values(self.env.ctx, self.kind, day=day).get("number", "")
            number.setText(new)
            shown.update(number=new, year=day.year)

        date_edit.dateChanged.connect(follow)

    def edit(self) -> None:
        row = self.table.current_row()
        if row is None:
            return
        try:  # the record as it is now, with its stamp: a save after someone else's is refused, not lost
            row = records.get(self.env.ctx, self.kind, row.id)
        except QmsError as exc:
            from qms_desktop.ui.pages.base import show_error
            show_error(self, exc)
            self.refresh()
            return
        dlg = RecordFormDialog(self.tr("Edit: %1").replace("%1", _t("Records", self.spec.label)), self.spec.fields,
                               lambda v: records.update(self.env.ctx.editing(row.stamp), self.kind, row.id, v),
                               values=row.values,
                               ref_choices=self._ref_choices(), parent=self)
        if dlg.exec():
            self.env.events.changed(self.kind)
            self.refresh()

    def restore_record(self) -> None:
        from qms_desktop.ui.pages.base import confirm, show_error

        row = self.table.current_row()
        if row is None or not row.cancelled:
            return
        if not confirm(self, self.tr("Restore the record %1? It was cancelled because: %2. It will be in the list "
                                     "and the figures again.").replace("%1", self._describe(row))
                       .replace("%2", row.cancelled_reason or "")):
            return
        try:
            records.restore(self.env.ctx, self.kind, row.id)
        except QmsError as exc:
            show_error(self, exc)
            return
        self.env.events.changed(self.kind)
        self.refresh()
        self.select(row.id)

    def _describe(self, row) -> str:
        """A record as the questions name it: its first columns, then its title ("07/PAKN, 20/11/2026: …")."""
        shown = [self.model.text_of(row, key) for key in self.spec.columns[:2]]
        title = str(row.values.get(self.spec.title_field) or "")
        return ", ".join(t for t in shown if t) + (": " + (title[:80] + "…" if len(title) > 80 else title)
                                                   if title and title not in shown else "")

    def cancel_record(self) -> None:
        from qms_desktop.ui.pages.base import show_error
        row = self.table.current_row()
        if row is None:
            return
        # which record is said (QA 18 F4: "Hủy hồ sơ" named none, and the wrong row selected vanished from the book)
        what = self._describe(row)
        reason = prompts.ask_reason(self, self.tr("Cancel record"), self.tr(
            "Cancel the record %2 (%1)? It is kept and marked cancelled; it leaves the list and the figures. Reason:")
            .replace("%1", _t("Records", self.spec.label)).replace("%2", what))
        if reason is None:
            return
        try:
            records.cancel(self.env.ctx, self.kind, row.id, reason)
        except QmsError as exc:
            show_error(self, exc)
            return
        self.env.events.changed(self.kind)
        self.refresh()
