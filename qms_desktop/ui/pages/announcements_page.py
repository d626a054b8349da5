"""Công bố: announcement decisions of the QMS, and the TTHC each one covers (its scope)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGroupBox, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QWidget,
)

from qms_desktop.domain.text import fold, search_words
from qms_desktop.services import announcements, tthc
from qms_desktop.ui.pages.base import UiEnv
from qms_desktop.ui.pages.spec_page import SpecPage
from qms_desktop.ui.widgets.record_list import RecordListWidget
from qms_desktop.ui.widgets.layout import dialog_buttons, hbox, push_button, vbox
from qms_desktop.ui.widgets.print_button import PrintButton


class ScopeDialog(QDialog):
    """Tick the TTHC an announcement covers; a filter box narrows the list."""

    def __init__(self, rows: list[tthc.TthcRow], selected: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scope of the announcement"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter (tone marks and case are ignored)…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self._keys = []
        for r in rows:
            item = QListWidgetItem(f"{r.code} — {r.name}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if r.id in selected else Qt.CheckState.Unchecked)
            item.setToolTip(r.name)
            self.list.addItem(item)
            self._keys.append(fold(f"{r.code} {r.name} {r.field}"))
        self.filter.textChanged.connect(self._apply_filter)
        self.count = QLabel()
        self.list.itemChanged.connect(lambda _i: self._update_count())
        all_button = push_button(self.tr("Tick &all in scope"), lambda: self._tick_where(lambda r: r.in_scope, rows))
        none_button = push_button(self.tr("&Untick all"), lambda: self._tick_where(lambda r: False, rows))
        buttons = dialog_buttons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self.accept, self.reject)
        vbox(self.filter, (self.list, 1), hbox(all_button, none_button, 1, self.count), buttons, parent=self)
        self.resize(760, 520)
        self._update_count()

    def _apply_filter(self, text: str) -> None:
        words = search_words(text)
        for i, key in enumerate(self._keys):
            self.list.item(i).setHidden(not all(w in key for w in words))

    def _tick_where(self, predicate, rows) -> None:
        for i, r in enumerate(rows):
            self.list.item(i).setCheckState(Qt.CheckState.Checked if predicate(r) else Qt.CheckState.Unchecked)

    def _update_count(self) -> None:
        self.count.setText(self.tr("%1 ticked").replace("%1", str(len(self.selected_ids()))))

    def selected_ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class AnnouncementsPage(SpecPage):
    key = "announcements"
    kinds = ("announcement",)
    watches = frozenset({"announcement", "tthc"})

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        records_list = self.lists["announcement"]
        # A new decision covers every TTHC now in scope (QĐ 19 Art. 4.4c); the scope can be edited after.
        records_list.create_fn = lambda values: announcements.announce(env.ctx, values)

    def wrap_list(self, kind: str, widget: RecordListWidget) -> QWidget:
        self.scope_box = QGroupBox(self.tr("TTHC covered by the selected announcement"))
        self.scope_list = QListWidget()
        self.scope_list.setObjectName("scope_list")
        self.scope_edit = push_button(self.tr("Edit the s&cope…"), self.edit_scope, name="edit_scope")
        # the decision (Quyết định công bố) printed for the chairman to sign (QA 57 F3: no page printed it)
        self.print_button = PrintButton(self.env, [("announcement", self.tr("Announcement decision")),
                                                   ("announcement_notice", self.tr("Notice to the Department (letter)"))],
                                        lambda: self.current.id if self.current is not None else None)
        self.print_button.setText(self.tr("Print the &decision…"))  # Alt+I is the history tab's beside it
        self.print_button.setEnabled(False)
        return self.side_box(kind, widget, self.scope_box, self.scope_list, self.scope_edit, self._show_scope,
                             hint=self.print_button)

    def _show_scope(self, row) -> None:
        ident = row.id if row is not None else None
        self.print_button.setEnabled(ident is not None)
        self.scope_list.clear()
        if ident is None:
            self.scope_box.setTitle(self.tr("TTHC covered by the selected announcement"))
            return
        names = {r.id: r for r in tthc.list_tthc(self.env.ctx)}
        ids = announcements.scope_ids(self.env.ctx, ident)
        for i in ids:
            r = names.get(i)
            self.scope_list.addItem(f"{r.code} — {r.name}" if r else str(i))
        self.scope_box.setTitle(self.tr("TTHC covered by the selected announcement: %1").replace("%1", str(len(ids))))

    def edit_scope(self) -> None:
        if self.current is None:
            return
        ident = self.current.id
        dlg = ScopeDialog(tthc.list_tthc(self.env.ctx), set(announcements.scope_ids(self.env.ctx, ident)), self)
        if dlg.exec() and self.call(announcements.set_scope, ident, dlg.selected_ids(),
                                    changed={"announcement"}) is not None:
            self._show_scope(self.current)
