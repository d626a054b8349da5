"""The follow-up lines of the record a master-detail page shows: a nonconformity's corrective actions, a management
review's outputs (§9.3.3). Both are tracked the same way — an owner, a due date, a day done — so one panel shows them:
the table (a line past its due date and not done in red), Add, Edit and Mark done."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QWidget

from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.models.styled_row_model import RED, StyledRowModel
from qms_desktop.ui.widgets.header_fit import fit_header_widths
from qms_desktop.ui.widgets.layout import hbox, push_button, vbox
from qms_desktop.ui.widgets.table_view import TableView


class FollowUpLines(QWidget):
    """The lines of ``page``'s shown record, in ``columns``.

    ``dialogs()`` gives the line dialog (a LineDialog) and the done dialog (a DoneDialog), imported at first use;
    ``live(detail)`` says whether the shown record still takes changes (the page's edit right is checked too);
    ``texts`` are the page's own translated button texts: add, edit, edit's tool tip, mark done. A changed line tells
    the other pages ``kinds`` changed and brings back tab ``tab``. Enter or a double click marks a line done when it
    can be (``activate_completes``), else edits it."""

    def __init__(self, page, columns: list[Column], state_key: str, *, kinds: str, tab: int,
                 dialogs: Callable[[], tuple[type, type]], live: Callable[[Any], bool],
                 texts: tuple[str, str, str, str], activate_completes: bool = False) -> None:
        super().__init__()
        self.page, self.kinds, self.tab, self.dialogs, self.live = page, kinds, tab, dialogs, live
        today = page.env.ctx.today
        self.model = StyledRowModel(columns, self, foreground=lambda line, _k: RED if (
            line.due_date and not line.done_date and line.due_date < today) else None)
        self.table = TableView(self.model, state_key, self)
        fit_header_widths(self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.table.activated_row.connect(
            lambda _r: self.complete() if activate_completes and self.done_button.isEnabled() else self.edit())
        add, edit, edit_tip, done = texts
        self.add_button = push_button(add, self.add)
        self.edit_button = push_button(edit, self.edit, tip=edit_tip)
        self.done_button = push_button(done, self.complete)
        vbox(hbox(self.add_button, self.edit_button, self.done_button, 1), (self.table, 1), parent=self)

    def set_lines(self, lines: list) -> None:
        self.model.set_rows(list(lines))
        self.update_buttons()

    def update_buttons(self) -> None:
        line = self.table.current_row()
        detail = self.page.detail_data
        live = detail is not None and self.live(detail) and self.page.can("edit")
        self.done_button.setEnabled(live and line is not None and line.done_date is None)
        self.edit_button.setEnabled(live and line is not None and not getattr(line, "cancelled_reason", None))

    def add(self) -> None:
        self.page.detail_dialog(self.dialogs()[0], self.kinds, tab=self.tab)

    def edit(self) -> None:
        if self.edit_button.isEnabled():
            self.page.edit_line(self.table, self.dialogs()[0], self.kinds, tab=self.tab)

    def complete(self) -> None:
        if self.done_button.isEnabled():
            self.page.complete_line(self.table, self.dialogs()[1], self.kinds)
