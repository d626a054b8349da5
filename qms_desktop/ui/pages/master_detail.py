"""Common frame of the record pages: a searchable list on top, the selected record's detail below."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QWidget

from qms_desktop.domain.errors import QmsError
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.dialogs.form_dialog import t  # noqa: F401  (re-exported for the pages)
from qms_desktop.ui.models.row_table_model import Column, RowTableModel
from qms_desktop.ui.pages import base
from qms_desktop.ui.pages.base import Page, UiEnv
from qms_desktop.ui.widgets.attachments_panel import AttachmentsPanel
from qms_desktop.ui.widgets.header_fit import fit_header_widths
from qms_desktop.ui.widgets.origin_filter import apply_origin, attach_origin
from qms_desktop.ui.widgets.search_edit import SearchEdit
from qms_desktop.ui.widgets.table_view import TableView
from qms_desktop.ui.widgets.layout import push_button, vbox


class MasterDetailPage(Page):
    """Subclasses give ``columns()``, ``load_rows()``, ``build_detail()`` and ``show_detail(row)``.

    Rows must have an ``id``. ``kinds`` are the record kinds ``open_record`` accepts; writes go
    through ``write()``, which shows refusals and announces the change to the other pages.
    """

    kinds: frozenset[str] = frozenset()
    origin_table = ""  # the table of the rows: adds the provenance column and filter after a merge
    state_key = "records"
    export_name = "DanhSach.xlsx"

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.model = self.make_model()
        self.origin = attach_origin(env, self.origin_table, self.model, self) if self.origin_table else None
        self.table = TableView(self.model, self.state_key, self)
        self.table.setObjectName("mainTable")
        self.table.min_rows = 4  # with large text the page scrolls rather than show the list two rows high
        fit_header_widths(self.table)
        self.search = SearchEdit()
        self.search.setObjectName("search")
        self.search.textChanged.connect(self._on_search)
        self.search.installEventFilter(self)  # Down or Enter: into the list, on its first match (QA 12 F3)
        self.count_label = QLabel()
        self.export_button = push_button(self.tr("E&xport to Excel…"), self.export)
        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(self.search, 1)
        if self.origin is not None:
            self.toolbar.addWidget(self.origin)
            self.origin.changed.connect(self._on_origin)
        self.toolbar.addWidget(self.count_label)
        self.detail = self.build_detail()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("masterDetailSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        vbox(self.toolbar, (self.splitter, 1), parent=self, margins=6)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_current())
        self._shown_id: Any = object()

    # -- to implement ------------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def make_model(self) -> RowTableModel:
        return RowTableModel(self.columns(), self)

    def load_rows(self) -> list[Any]:
        raise NotImplementedError

    def build_detail(self) -> QWidget:
        raise NotImplementedError

    def show_detail(self, row: Any | None) -> None:
        raise NotImplementedError

    def detail_tabs(self, files_of: str, files_text: str, *tabs: tuple[QWidget, str],
                    after: tuple[tuple[QWidget, str], ...] = ()) -> QTabWidget:
        """The shown record's tabs (widget, text), then its Files (``self.files_tab``: the attachments of a
        ``files_of`` record, under the page's own ``files_text``, its mnemonic free on that page), then those
        ``after``; as ``self.tabs``."""
        self.tabs = QTabWidget()
        self.files_tab = AttachmentsPanel(self.env, files_of)
        for widget, text in (*tabs, (self.files_tab, files_text), *after):
            self.tabs.addTab(widget, text)
        return self.tabs

    def fetch_detail(self, get: Callable[..., Any], row: Any | None) -> Any | None:
        """The selected row's detail read with ``get(ctx, row.id)``, kept in ``detail_data``: None when no
        row is selected or it cannot be read (the error is shown)."""
        detail = None
        if row is not None:
            try:
                detail = get(self.env.ctx, row.id)
            except QmsError as exc:
                prompts.show_error(self, exc)
        self.detail_data = detail
        return detail

    def cancel_with_reason(self, question: Callable[[Any], str], title: str, prompt: str, fn: Callable[..., Any], *,
                           kinds: set[str] | str) -> Any | None:
        """Confirm ``question(detail_data)``, ask the reason, then write ``fn(ctx, id, reason=…)`` for the selected
        record (cancel, withdraw: kept, never deleted). None when no record is shown, the user stopped or it failed."""
        d = self.detail_data
        if d is None or not base.confirm(self, question(d)):  # the pages' one confirmation
            return None
        reason = prompts.ask_reason(self, title, prompt)
        if reason is None:
            return None
        return self.write(fn, d.row.id, reason=reason, kinds=kinds)

    def export_title(self) -> str:
        return self.title()

    # -- toolbar ---------------------------------------------------------------------------------------
    def add_tool_button(self, button: QPushButton) -> QPushButton:
        self.toolbar.addWidget(button)
        return button

    def tool_button(self, text: str, slot: Callable[..., Any], *, permission: str | None = "edit", name: str = "",
                    tip: str = "") -> QPushButton:
        """A toolbar button ``text`` (translated by the caller) that runs ``slot``, enabled only for a user with
        ``permission`` (None: left as it is, for the page to enable by the selection); ``name`` and ``tip``
        (object name, tooltip) are set when given."""
        button = self.add_tool_button(push_button(text, slot, name=name, tip=tip))
        if permission is not None:
            button.setEnabled(self.can(permission))
        return button

    def add_filter(self, name: str, items, *, index: int = 1) -> QComboBox:
        """A combo box ``name`` of ``(text, data)`` items that filters the list (choosing one reloads it), as wide as
        its longest item, put at ``index`` in the toolbar."""
        combo = QComboBox()
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.toolbar.insertWidget(index, combo)
        return combo

    def finish_toolbar(self, sizes: tuple[int, int] | None = None) -> None:
        """Put "Export to Excel" last; subclasses call it after adding their buttons. ``sizes``: how the splitter
        shares the height between the list and the detail at first."""
        self.toolbar.addWidget(self.export_button)
        if sizes is not None:
            self.splitter.setSizes(list(sizes))

    def export(self) -> str | None:
        return self.table.export_to_excel(self.export_title(), self.export_name)

    # -- list --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current()
        try:
            rows = self.load_rows()
            if self.origin is not None:  # inside: the server going away shows one message, the list empty (QA 42 F4)
                self.origin.reload()
        except QmsError as exc:
            prompts.show_error(self, exc)
            rows = []
        if self.origin is not None:
            apply_origin(self.origin, self.table, self.model)
        self.model.set_rows(rows)
        self._total = len(rows)
        self._update_count()
        if current is not None:
            self.table.select_where(lambda r: r.id == current.id)
        self._on_current(force=True)  # the shown record may have changed: always reload its detail

    def _on_origin(self) -> None:
        apply_origin(self.origin, self.table, self.model)
        self._after_filter()

    def _on_search(self, text: str) -> None:
        self.model.set_filter(text)
        self._after_filter()

    def _after_filter(self) -> None:
        """The list was filtered. A record with unsaved edits stays shown (selected again while the list still has
        it): typing in the search box never throws typing away, and picking another row asks as always."""
        self._update_count()
        if isinstance(self._shown_id, int) and self.has_unsaved():
            self._reselect_shown()
            return
        self._on_current(force=True)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if (obj is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier and self.model.rowCount()):
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            if self.current() is None:
                self.table.selectRow(0)
            return True
        return super().eventFilter(obj, event)

    def has_unsaved(self) -> bool:
        """Whether the shown record has edits not saved yet (pages with editable detail say so; no question)."""
        return False

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), getattr(self, "_total", self.model.rowCount())
        self.count_label.setText(self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
                                 if shown != total else self.count_text(total))

    def count_text(self, total: int) -> str:
        """The count beside the search; a page names what it lists ("28 TTHC", not "28 hồ sơ", which reads as
        citizens' applications beside the TTHC; QA 21 F11)."""
        return QCoreApplication.translate("MasterDetailPage", "%n record(s)", "", total)

    def current(self) -> Any | None:
        return self.table.current_row()

    def _on_current(self, force: bool = False) -> None:
        if self._reverting:
            return
        row = self.current()
        ident = row.id if row is not None else None
        if not force and ident != self._shown_id and not self._may_leave_shown(ident):
            return
        if force or ident != self._shown_id:
            self._shown_id = ident
            self.show_detail(row)
            self._share_height(row is not None)

    _kept_sizes: list[int] | None = None

    def _share_height(self, shown: bool) -> None:
        """With no record shown, the list takes the height the detail's hint does not need, and gets its share back
        when a record is shown (QA 63 F3: six of ten rows in view above an empty half page)."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        if not shown:
            need = max(self.detail.sizeHint().height(), 40)
            if need < sizes[1]:
                self._kept_sizes = self._kept_sizes or sizes
                self.splitter.setSizes([total - need, need])
        elif self._kept_sizes is not None:
            kept, self._kept_sizes = self._kept_sizes, None
            self.splitter.setSizes(kept)

    _reverting = False

    def _may_leave_shown(self, target: object = None) -> bool:
        """The user picked another row: unsaved edits of the shown record are asked about first (as when
        leaving the page); kept, the selection goes back to the shown record. A selection of no row at all keeps
        it without a question: one Down moves the selection twice, the second time onto no row (QA 12 F4)."""
        if not isinstance(self._shown_id, int):  # nothing shown yet: nothing to lose
            return True
        if target is None:  # no row at all (Qt's second step of one Down): unsaved edits kept without a question
            if not self.has_unsaved():
                return True
        elif self.can_leave():
            return True
        self._reselect_shown()
        return False

    def _reselect_shown(self) -> None:
        """Select the shown record again without treating it as a new pick; when the search hides it, no row
        is selected (QA 14 F3: the first match stayed highlighted above another record's unsaved edits)."""
        shown = self._shown_id
        self._reverting = True
        try:
            if not self.table.select_where(lambda r: r.id == shown):
                self.table.clearSelection()
        finally:
            self._reverting = False

    def select_id(self, record_id: int) -> bool:
        found = self.table.select_where(lambda r: r.id == record_id)
        if not found and self.search.text():
            self.search.clear()
            found = self.table.select_where(lambda r: r.id == record_id)
        self._on_current(force=True)
        return found

    def open_record(self, kind: str, record_id: int) -> bool:
        if kind not in self.kinds:
            return False
        self.refresh()
        self._stale = False
        return self.select_id(int(record_id))

    def search_text(self, text: str) -> None:
        self.search.setText(text)

    # -- writing -----------------------------------------------------------------------------------------
    def write(self, fn: Callable, *args, kinds: set[str] | str, reload: bool = True, editing: tuple = (),
              **kwargs) -> Any | None:
        """Call a service with the context; on refusal show it (Vietnamese) and return None. ``editing``: the stamps
        of what the page shows and the call changes (a save after another officer's is refused)."""
        try:
            result = fn(self.env.ctx.editing(*editing) if editing else self.env.ctx, *args, **kwargs)
        except QmsError as exc:
            prompts.show_error(self, exc)
            return None
        self.changed(kinds)
        if reload:
            self.refresh()
        return result

    def changed(self, kinds: set[str] | str) -> None:
        self.env.events.changed(kinds, self)

    def accepted(self, dlg, kinds: set[str] | str, *, tab: int | None = None) -> bool:
        """Run the dialog ``dlg``; when it is accepted, tell the other pages ``kinds`` changed, refresh this one
        and show the detail's ``tab``. True when accepted."""
        if not dlg.exec():
            return False
        self.changed(kinds)
        self.refresh()
        if tab is not None:
            self.tabs.setCurrentIndex(tab)
        return True

    def detail_dialog(self, dialog: Callable[..., Any], kinds: set[str] | str, *, tab: int | None = None,
                      **kwargs) -> bool:
        """Run ``dialog(env, detail_data, self, **kwargs)`` on the shown record (nothing when none is shown), then as
        :meth:`accepted`. True when accepted."""
        if self.detail_data is None:
            return False
        return self.accepted(dialog(self.env, self.detail_data, self, **kwargs), kinds, tab=tab)

    def edit_line(self, table: TableView, dialog: Callable[..., Any], kinds: set[str] | str, *,
                  tab: int | None = None) -> None:
        """Edit the line selected in ``table`` (an action, an output of the shown record) with
        ``dialog(env, detail_data, self, line=line)``; when accepted, as :meth:`accepted`, the line selected again."""
        line = table.current_row()
        if line is not None and self.detail_dialog(dialog, kinds, tab=tab, line=line):
            table.select_where(lambda r: r.id == line.id)

    def complete_line(self, table: TableView, dialog: Callable[..., Any], kinds: set[str] | str) -> None:
        """Mark the line selected in ``table`` done with ``dialog(env, line, self)``, as :meth:`accepted`; nothing
        when no line is selected or it is done already."""
        line = table.current_row()
        if line is not None and line.done_date is None:
            self.accepted(dialog(self.env, line, self), kinds)

    def save_form(self, form: Any, save: Callable[[dict], Any], kinds: set[str] | str, *, saved: str = "") -> bool:
        """Write the values of ``form`` (a FieldForm) with ``save(values)``; a refusal shows in the form (False).
        Saved: the form is clean, the other pages are told ``kinds`` changed, this one reloads and the status bar
        says ``saved`` when given."""
        try:
            save(form.values())
        except QmsError as exc:
            form.show_error(exc)
            return False
        form.mark_clean()
        self.changed(kinds)
        self.refresh()
        if saved:
            self.status_message.emit(saved)
        return True

    def can(self, permission: str) -> bool:
        return self.env.ctx.actor.can(permission)

