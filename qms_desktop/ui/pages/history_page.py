"""Nhật ký thay đổi: the change history, fetched page by page, and the integrity check of its hash chain."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QLineEdit, QMessageBox, QTableView, QTableWidgetItem, QWidget,
)

from qms_desktop.domain import change_labels
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date, format_number, local_time
from qms_desktop.services.check import CheckReport, check_database, render_problem
from qms_desktop.services.context import AppContext
from qms_desktop.domain.change_labels import entity_label
from qms_desktop.services.history import (
    ChangeRow, change_rows_by_ids, count_changes, list_change_ids, list_changes, reference_names, to_change,
)
from qms_desktop.ui.pages.base import Page, UiEnv, show_error
from qms_desktop.ui.widgets.change_history import who
from qms_desktop.ui.widgets.layout import hbox, push_button, read_only_table, stacked, vbox
from qms_desktop.ui.translations import translated as _tr
from qms_desktop.ui.translations import translated as _translate

PAGE_SIZE = 200
MAX_PROBLEMS_SHOWN = 10

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("History", "Created"),
    "update": QT_TRANSLATE_NOOP("History", "Changed"),
    "cancel": QT_TRANSLATE_NOOP("History", "Cancelled"),
    "delete": QT_TRANSLATE_NOOP("History", "Deleted"),
    "baseline": QT_TRANSLATE_NOOP("History", "Baseline"),
    "restore": QT_TRANSLATE_NOOP("History", "Restored from a backup"),
}
HEADERS = (QT_TRANSLATE_NOOP("History", "When"), QT_TRANSLATE_NOOP("History", "Who"),
           QT_TRANSLATE_NOOP("History", "What"), QT_TRANSLATE_NOOP("History", "Record"),
           QT_TRANSLATE_NOOP("History", "Changes"))
_HIDDEN_FIELDS = change_labels.HIDDEN


def _t(text: str) -> str:
    return QCoreApplication.translate("History", text) or text


def field_label(entity: str, name: str) -> str:
    """The form's label of a field when the record kind has one (SPECS), else the change log's caption."""
    return change_labels.field_caption(entity, name, _tr)


def changed_fields(row: ChangeRow) -> list[str]:
    return [k for k in dict.fromkeys([*row.old, *row.new]) if k not in _HIDDEN_FIELDS]


def value_text(row: ChangeRow, name: str, value: object, names: dict | None = None, width: int = 40) -> str:
    return change_labels.value_text(row.entity, name, value, _tr, names, width)


def summary(row: ChangeRow, names: dict | None = None) -> str:
    """'Tên: Tân Phú → Tân Phú 2; Trạng thái: Dự thảo → Hiệu lực' (new values only for a creation)."""
    parts = []
    for k in changed_fields(row):
        name = field_label(row.entity, k)
        if row.action == "create" or not row.old:  # a creation, a baseline, a restore: the values written
            parts.append(f"{name}: {value_text(row, k, row.new.get(k), names)}")
        else:
            parts.append(f"{name}: {value_text(row, k, row.old.get(k), names)} → "
                         f"{value_text(row, k, row.new.get(k), names)}")
    return "; ".join(parts)


def record_text(row: ChangeRow, names: dict | None = None) -> str:
    """'Quy trình QT-01' rather than 'Procedure #23' when the record's name is known."""
    kind = _tr(*entity_label(row.entity))
    if not row.entity_id:  # an event of the whole database (a restore), no record
        return kind
    try:
        name = (names or {}).get(row.entity, {}).get(int(row.entity_id))
    except (TypeError, ValueError):
        name = None
    return f"{kind} {name}" if name else f"{kind} #{row.entity_id}"


class HistoryModel(QAbstractTableModel):
    """The change log, newest first: every matching id read at once (one query), rows read by blocks
    of ``PAGE_SIZE`` when the view shows them.

    The model knows its length from the start, so the scroll bar is true and scrolling to the end of
    100,000 entries reads one block (one query), not every row in between (issue 19). Blocks are kept
    as plain Core rows (values still JSON text, decoded when a row is shown), at most ``KEEP_BLOCKS``
    of them. Filtering is done in SQL (``search``), never in Python.
    """

    KEEP_BLOCKS = 50

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = ""
        self._ids: list[int] = []
        self._blocks: dict[int, list[tuple | None]] = {}
        self._decoded: dict[int, ChangeRow] = {}
        self.names: dict[str, dict[int, str]] = {}

    def reload(self, search: str | None = None) -> None:
        if search is not None:
            self.search = search.strip()
        self.beginResetModel()
        self.names = reference_names(self.ctx)
        self._ids = list_change_ids(self.ctx, search=self.search)
        self._blocks = {}
        self._decoded = {}
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._ids)

    def _block(self, number: int) -> list[tuple | None]:
        block = self._blocks.get(number)
        if block is None:
            if len(self._blocks) >= self.KEEP_BLOCKS:
                self._blocks.pop(next(iter(self._blocks)))  # the oldest read
            ids = self._ids[number * PAGE_SIZE:(number + 1) * PAGE_SIZE]
            rows = {r[0]: r for r in change_rows_by_ids(self.ctx, ids)}
            block = self._blocks[number] = [rows.get(i) for i in ids]
        return block

    def row_at(self, i: int) -> ChangeRow:
        change = self._decoded.get(i)
        if change is None:
            if len(self._decoded) > 2000:  # only what is on screen is worth keeping
                self._decoded.clear()
            raw = self._block(i // PAGE_SIZE)[i % PAGE_SIZE]
            if raw is None:  # the entry vanished since the list was read (a restore): shown empty
                raw = (self._ids[i], None, "", "", "", None, "{}", "{}")
            change = self._decoded[i] = to_change(raw)
        return change

    # -- Qt interface ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                if not row.at:
                    return ""
                at = local_time(row.at)
                return f"{format_date(at.date())} {at:%H:%M:%S}"
            if col == 1:
                return who(row.username, self.names)
            if col == 2:
                return _t(ACTIONS.get(row.action, row.action))
            if col == 3:
                return record_text(row, self.names)
            return summary(row, self.names)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return summary(row, self.names).replace("; ", "\n")[:2000]
        return None


class HistoryPage(Page):
    key = "history"

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.watches = frozenset()
        self.model = HistoryModel(env.ctx, self)
        self.search = QLineEdit()
        self.search.setObjectName("history_search")
        self.search.setPlaceholderText(self.tr("Filter by user, record kind or value…"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.count = QLabel()
        self.reload_button = push_button(self.tr("&Reload"), self.refresh)
        self.check_button = push_button(
            self.tr("Check &integrity"), self.check_integrity, name="check_integrity",
            tip=self.tr("Recompute the chain of fingerprints of every entry and compare every record with its "
                        "history: an edit made outside the application shows up with its table, record and field."))
        self.export_button = push_button(self.tr("E&xport to Excel…"), self.export, name="history_export")
        self.integrity = QLabel()
        self.integrity.setObjectName("integrity_result")
        self.integrity.setWordWrap(True)

        self.table = QTableView()
        self.table.setObjectName("history_table")
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        # in characters of the font in use: a full name with its login and a record's name were cut (QA 63 F4)
        char = self.table.fontMetrics().averageCharWidth()
        for col, chars in enumerate((19, 28, 12, 34)):
            self.table.setColumnWidth(col, chars * char + 12)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_detail(cur.row()))

        self.detail = read_only_table("history_detail", [self.tr("Field"), self.tr("Before"), self.tr("After")],
                                      fit=(0,), stretch=(1, 2))

        top = hbox((self.search, 1), self.reload_button, self.check_button, self.export_button)
        splitter = stacked(self.table, self.detail, 3, 1)
        vbox(top, self.integrity, (splitter, 1), self.count, parent=self, margins=0)
        self.integrity.hide()

    def export(self, path: str | None = None) -> None:
        """The filtered history (all pages, not only those fetched) to an Excel file, off the GUI thread."""
        from functools import partial

        if path is None:
            from qms_desktop.ui.folders import save_file

            path = save_file(self, self.tr("Export to Excel"), "NhatKyThayDoi.xlsx", self.tr("Excel files (*.xlsx)"))
            if not path:
                return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        headers = [_t(h) for h in HEADERS]
        title = self.title()
        self.env.runner.start(partial(_export_history, self.env.ctx, self.model.search, path, title, headers),
                              parent=self, label=self.tr("Exporting the history…"),
                              on_done=lambda written: self.status_message.emit(
                                  self.tr("Written: %1").replace("%1", str(written))),
                              on_error=lambda exc: show_error(self, exc))

    def _on_data_changed(self, kinds: set, initiator: object) -> None:
        super()._on_data_changed({"*"}, initiator)  # every change adds entries

    def refresh(self) -> None:
        self._timer.stop()
        self.model.reload(self.search.text())
        self._update_count()
        self._show_detail(-1)

    def search_text(self, text: str) -> None:
        self.search.setText(text)

    def _update_count(self) -> None:
        self.count.setText(self.tr("Entries: %1 (newest first).").replace("%1", format_number(self.model.total)))

    def _show_detail(self, row: int) -> None:
        self.detail.setRowCount(0)
        if row < 0 or row >= self.model.rowCount():
            return
        change = self.model.row_at(row)
        keys = changed_fields(change)
        self.detail.setRowCount(len(keys))
        for i, k in enumerate(keys):
            texts = (field_label(change.entity, k),
                     value_text(change, k, change.old.get(k), self.model.names, 2000) if k in change.old else "",
                     value_text(change, k, change.new.get(k), self.model.names, 2000) if k in change.new else "")
            for j, text in enumerate(texts):
                self.detail.setItem(i, j, QTableWidgetItem(text))
        self.detail.resizeRowsToContents()

    def check_integrity(self) -> None:
        self.env.runner.start(partial(_check_job, self.env.ctx), parent=self,
                              label=self.tr("Checking the database…"), on_done=self._show_check,
                              on_error=lambda exc: show_error(self, exc))

    def _show_check(self, report: CheckReport) -> None:
        head = self.tr("Chain head: %1").replace("%1", report.chain_head)
        if report.healthy:
            text = (self.tr("The database is intact: %1 history entries checked, the chain is unbroken and every record "
                            "matches its history.") if report.rows_covered else
                    self.tr("The database is intact: %1 history entries checked, the chain is unbroken."))
            text = text.replace("%1", str(report.history_entries)) + "\n" + head
            text += "".join("\n" + render_problem(msg, params, _translate) for msg, params in report.notes)
            self.integrity.setStyleSheet("color: #2e7d32;")
        else:
            problems = [render_problem(msg, params, _translate) for msg, params in report.problems]
            shown = problems[:MAX_PROBLEMS_SHOWN]
            if len(problems) > len(shown):
                shown.append(self.tr("… and %1 more (the command qms check lists them all).")
                             .replace("%1", str(len(problems) - len(shown))))
            text = self.tr("PROBLEM: %1").replace("%1", "\n".join(shown)) + "\n" + head
            self.integrity.setStyleSheet("color: #b00020; font-weight: bold;")
        self.integrity.setText(text)
        self.integrity.show()
        if not report.healthy:
            QMessageBox.warning(self, self.tr("Records changed outside the application") if report.history_ok
                                else self.tr("Change history altered"), text)


def _check_job(ctx: AppContext, *, progress, cancel):
    return check_database(ctx.db)


def _export_history(ctx: AppContext, search: str, path: str, title: str, headers: list[str], *, progress, cancel):
    """Job: read the history page by page through the service and write it with list_export."""
    from qms_desktop.exchange.list_export import export_rows
    from qms_desktop.jobs import Progress

    total = count_changes(ctx, search=search)
    names = reference_names(ctx)
    rows: list[list[object]] = []
    after = None
    while len(rows) < total:
        cancel.raise_if_cancelled()
        page = list_changes(ctx, search=search, after_id=after, limit=2000)
        if not page:
            break
        after = page[-1].id
        for r in page:
            at = local_time(r.at) if r.at else None
            rows.append([f"{format_date(at.date())} {at:%H:%M:%S}" if at else "", who(r.username, names),
                         _t(ACTIONS.get(r.action, r.action)), record_text(r, names), summary(r, names)])
        progress(Progress(len(rows), total, QT_TRANSLATE_NOOP("Jobs", "Reading the history")))
    return export_rows(path, title, headers, rows)
