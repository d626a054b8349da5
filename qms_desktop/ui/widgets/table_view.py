"""A table view that remembers column choice and widths, sorts in the model, and exports to Excel."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QMenu, QTableView, QWidget

from qms_desktop.ui import fonts
from qms_desktop.ui.models.row_table_model import RowTableModel


class TableView(QTableView):
    """Rows selected whole, one at a time; Enter or double-click emits ``activated_row``."""

    activated_row = Signal(object)
    MAX_FITTED_WIDTH = 320  # px: a first automatic width never squeezes the other columns out
    _wanted: dict[int, int] | None = None  # the first automatic widths' content widths, until shared (_share_width)
    min_rows = 0  # rows always shown (a page's main list: its splitter never squeezes it to two rows)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        if not self.min_rows:
            return hint
        rows = self.verticalHeader().defaultSectionSize() * self.min_rows  # grows with A+ like the text
        header = self.horizontalHeader().sizeHint().height()
        scroll = self.horizontalScrollBar().sizeHint().height()
        return QSize(hint.width(), max(hint.height(), rows + header + scroll + 2 * self.frameWidth()))

    def __init__(self, model: RowTableModel, state_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._state_key = f"tables/{state_key}"
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the list (a keyboard trap otherwise), arrows move inside
        # No sort indicator at first: rows keep the services' order until the user sorts a column
        # (Qt's default indicator would sort by the first column, descending).
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for i, col in enumerate(model.columns):
            if col.width:
                self.setColumnWidth(i, col.width)
        from qms_desktop.ui.widgets.header_fit import fit_header_widths

        fit_header_widths(self)  # a (translated) header is never clipped: "Chuyên gia đánh giá nội bộ"
        # Widths and order are saved a moment after the user stops dragging (and when the table is hidden):
        # writing the settings file at every resize cost 36 ms each, half a second to open a page.
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_state)
        header.sectionResized.connect(lambda *_: self._save_timer.start())
        header.sectionMoved.connect(lambda *_: self._save_timer.start())
        self.doubleClicked.connect(lambda idx: self.activated_row.emit(model.row_at(idx.row())))
        self._fitted = False
        self.restore_state()
        model.modelReset.connect(self._fit_columns_once)
        self._point_size = QApplication.font().pointSizeF()
        fonts.font_events().changed.connect(self._follow_font)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_row() is not None:
            self.activated_row.emit(self.current_row())
            return
        if (event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.current_row() is None
                and self.model().rowCount()):  # nothing selected (after a search): the first key selects a row
            current = self.selectionModel().currentIndex()
            self.selectRow(current.row() if current.isValid() else 0)
            return
        super().keyPressEvent(event)

    def current_row(self):
        idx = self.selectionModel().currentIndex() if self.selectionModel() else None
        if idx is None or not idx.isValid() or not self.selectionModel().isRowSelected(idx.row(), idx.parent()):
            return None
        return self.model().row_at(idx.row())

    def select_where(self, predicate) -> bool:
        model: RowTableModel = self.model()
        for i, row in enumerate(model.rows()):
            if predicate(row):
                self.selectRow(i)
                self.scrollTo(model.index(i, 0))
                return True
        return False

    def _column_menu(self, pos) -> None:
        menu = QMenu(self)
        for i, col in enumerate(self.model().columns):
            act = QAction(self.model().headerData(i, Qt.Orientation.Horizontal), menu)
            act.setCheckable(True)
            act.setChecked(not self.isColumnHidden(i))
            act.toggled.connect(lambda on, i=i: (self.setColumnHidden(i, not on), self.save_state()))
            menu.addAction(act)
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    def save_state(self) -> None:
        self._save_timer.stop()
        QSettings().setValue(self._state_key, self.horizontalHeader().saveState())

    def hideEvent(self, event) -> None:  # noqa: N802
        if self._save_timer.isActive():  # a change not saved yet: now, before the window goes away
            self.save_state()
        super().hideEvent(event)

    def restore_state(self) -> None:
        state = QSettings().value(self._state_key)
        if state is not None:
            self.horizontalHeader().restoreState(state)
            self._fitted = True  # the user's own widths win, but never clip a header (a width saved in English)
            from qms_desktop.ui.widgets.header_fit import fit_header_widths

            fit_header_widths(self)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _fit_columns_once(self) -> None:
        """First rows ever shown: widths from the content (capped), so long titles are not squeezed."""
        if self._fitted or not self.model().rowCount():
            return
        self._fitted = True
        self.resizeColumnsToContents()
        columns = getattr(self.model(), "columns", [])
        self._wanted = {}
        for i in range(self.model().columnCount()):
            # the declared width is the least: the first rows may be short ("QT-01"), later ones not ("QT-HT-02")
            least = (columns[i].width if i < len(columns) else 0) or 60
            self._wanted[i] = max(self.columnWidth(i), least)
            self.setColumnWidth(i, min(max(self.columnWidth(i), least), max(least, self.MAX_FITTED_WIDTH)))
        self._share_width()

    LEAST_TEXT_WIDTH = 160  # px: a long-text column gives way down to this so the columns after it stay in view

    def _share_width(self) -> None:
        """The first automatic widths against the width there is (QA 21 F1, F2): room to spare goes to the
        long-text columns cut at the cap (a policy, a training's content) rather than to the last column; when the
        columns run past the right edge, those long-text columns give way first, so the later ones stay in view."""
        wanted = self._wanted
        space = self.viewport().width()
        if not wanted or space < 300:  # not laid out yet: again at the first real size (resizeEvent)
            return
        self._wanted = None
        shown = [i for i in wanted if not self.isColumnHidden(i)]
        last = self.horizontalHeader().logicalIndex(self.horizontalHeader().count() - 1)
        cut = {i: wanted[i] - self.columnWidth(i) for i in shown if wanted[i] > self.columnWidth(i) and i != last}
        keep_last = min(wanted[last], self.MAX_FITTED_WIDTH) if last in wanted else 120  # it stretches over the rest
        spare = space - sum(self.columnWidth(i) for i in shown if i != last) - keep_last - 2
        if spare > 0 and cut:
            total = sum(cut.values())
            for i, more in cut.items():
                self.setColumnWidth(i, self.columnWidth(i) + min(more, spare * more // total))
        elif spare < 0:
            give = {i: self.columnWidth(i) - self.LEAST_TEXT_WIDTH for i in cut}  # cut already: may give more
            give = {i: g for i, g in give.items() if g > 0}
            total = sum(give.values())
            for i, g in give.items():
                self.setColumnWidth(i, self.columnWidth(i) - min(g, -spare * g // total + 1))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._wanted:
            self._share_width()

    def _follow_font(self) -> None:
        """A-/A+: the columns grow or shrink with the text, so that what fitted still fits."""
        old, new = self._point_size, QApplication.font().pointSizeF()
        if old <= 0 or new <= 0 or old == new:
            return
        self._point_size = new
        header = self.horizontalHeader()
        for i in range(header.count() - (1 if header.stretchLastSection() else 0)):
            self.setColumnWidth(i, max(30, round(self.columnWidth(i) * new / old)))

    def visible_columns(self) -> list[int]:
        return [i for i in range(self.model().columnCount()) if not self.isColumnHidden(i)]

    def export_to_excel(self, title: str, default_name: str) -> str | None:
        """Ask for a file name and write the visible rows and columns; returns the path or None."""
        from qms_desktop.exchange.list_export import export_rows
        from qms_desktop.ui.pages.base import show_error
        from qms_desktop.domain.errors import QmsError

        from qms_desktop.ui.folders import save_file

        path = save_file(self, self.tr("Export to Excel"), default_name, self.tr("Excel files (*.xlsx)"))
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        headers, rows = self.model().export_table(self.visible_columns())
        try:
            export_rows(path, title, headers, rows)
        except QmsError as exc:
            show_error(self, exc)
            return None
        return path
