"""A multi-select list of checkable items with an optional filter box (tone marks ignored)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from qms_desktop.domain.text import fold, search_words
from qms_desktop.ui.widgets.layout import vbox


class CheckList(QWidget):
    """Items are (id, text); ``checked_ids()`` keeps the order of the items. Space toggles the current item."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, filterable: bool = False) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.list = QListWidget()
        self.list.setObjectName("checkList")
        self.list.itemChanged.connect(lambda _i: (self._update_count(), self.changed.emit()))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter (tone marks and case are ignored)…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.setVisible(filterable)
        self.count = QLabel()
        self.count.setVisible(filterable)
        vbox(self.filter, self.list, self.count, parent=self, margins=0, spacing=2)
        self.setFocusProxy(self.filter if filterable else self.list)

    def set_items(self, items: list[tuple[int, str]], checked: list[int] | tuple[int, ...] = ()) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        wanted = set(checked)
        for ident, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(text))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ident in wanted else Qt.CheckState.Unchecked)
            item.setToolTip(text)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())
        self._update_count()

    def set_checked(self, ids: list[int] | tuple[int, ...]) -> None:
        wanted = set(ids)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)

    def checked_ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _apply_filter(self, text: str) -> None:
        words = search_words(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            key = item.data(Qt.ItemDataRole.UserRole + 1) or ""
            item.setHidden(not all(w in key for w in words))

    def _update_count(self) -> None:
        self.count.setText(QCoreApplication.translate("CheckList", "%n selected", "", len(self.checked_ids())))
