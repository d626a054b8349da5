"""One grid for a statistics period's figures per field (lĩnh vực), as the one-stop shop's book adds them up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QApplication, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QWidget,
)

from qms_desktop.domain.errors import QmsError, ValidationError
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date, format_number
from qms_desktop.services import field_stats
from qms_desktop.ui.widgets.layout import dialog_buttons, hbox, push_button, vbox
from qms_desktop.ui.translations import translated as _t

COUNTS = field_stats.COUNTS
RED = "#b00020"


class FieldStatsDialog(QDialog):
    """Rows: every field already recorded for the period, then the fields of the TTHC in scope; columns:
    received, on time, late, pending. Saving replaces the period's lines and sets its totals to their sums."""

    def __init__(self, env, stat_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.stat_id = env, stat_id
        current = field_stats.get_field_stats(env.ctx, stat_id)
        self.stamps = current.stamps  # a save after another officer's is refused, not overwritten
        self.setWindowTitle(self.tr("Statistics per field: %1 – %2").replace("%1", format_date(current.start))
                            .replace("%2", format_date(current.end)))
        self.resize(760, 480)
        intro = QLabel(self.tr("Type each field's figures from the one-stop shop's book (or import the province's "
                               "portal export). On saving, the period's totals become the sums of the fields."))
        intro.setWordWrap(True)
        self.grid = QTableWidget(0, 1 + len(COUNTS))
        self.grid.setTabKeyNavigation(False)
        self.grid.setObjectName("field_grid")
        self.grid.setHorizontalHeaderLabels([self.tr("Field (lĩnh vực)"), self.tr("Received"), self.tr("On time"),
                                             self.tr("Late"), self.tr("Pending")])
        self.grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        names = [line.field for line in current.lines]
        known = {field_stats.field_key(n) for n in names}
        names += [n for n in field_stats.known_fields(env.ctx) if field_stats.field_key(n) not in known]
        by_name = {line.field: line for line in current.lines}
        for name in names:
            line = by_name.get(name)
            self._add_row(name, [getattr(line, k) for k in COUNTS] if line else None)
        self.grid.itemChanged.connect(self._update_totals)
        self.totals = QLabel()
        self.totals.setObjectName("field_totals")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {RED};")
        self.error.hide()
        add = push_button(self.tr("&Add a field"), lambda: self._add_row("", None, edit=True))
        buttons = dialog_buttons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self.save, self.reject)
        vbox(intro, (self.grid, 1), hbox(add, (self.totals, 1)), self.error, buttons, parent=self)
        self.result_stats: field_stats.FieldStats | None = None
        self._update_totals()

    def _add_row(self, name: str, values: list[int] | None, *, edit: bool = False) -> None:
        r = self.grid.rowCount()
        self.grid.insertRow(r)
        self.grid.setItem(r, 0, QTableWidgetItem(name))
        for c in range(len(COUNTS)):
            item = QTableWidgetItem("" if values is None else str(values[c]))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.setItem(r, c + 1, item)
        if edit:
            self.grid.setCurrentCell(r, 0)
            self.grid.editItem(self.grid.item(r, 0))

    def lines(self) -> list[dict]:
        """The grid as lines; a cell that is not a whole number is refused with its row and column."""
        out = []
        for r in range(self.grid.rowCount()):
            name = (self.grid.item(r, 0).text() if self.grid.item(r, 0) else "").strip()
            values = {}
            for c, key in enumerate(COUNTS, start=1):
                text = (self.grid.item(r, c).text() if self.grid.item(r, c) else "").strip().replace(".", "")
                if text and not text.isdigit():
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Line {n}, {column}: '{value}' is not a whole "
                                                                      "number."), n=r + 1, value=text,
                                          column=self.grid.horizontalHeaderItem(c).text())
                values[key] = int(text) if text else 0
            if name or any(values.values()):
                out.append({"field": name, **values})
        return out

    def _update_totals(self, *_a) -> None:
        try:
            lines = self.lines()
        except ValidationError:
            return
        sums = [sum(x[k] for x in lines) for k in COUNTS]
        self.totals.setText(self.tr("Totals: received %1, on time %2, late %3, pending %4")
                            .replace("%1", format_number(sums[0])).replace("%2", format_number(sums[1]))
                            .replace("%3", format_number(sums[2])).replace("%4", format_number(sums[3])))

    def _commit_open_editor(self) -> None:
        """A cell still being edited (Save clicked without leaving it) counts as typed."""
        editor = QApplication.focusWidget()
        if editor is not None and editor is not self.grid and self.grid.isAncestorOf(editor):
            self.grid.commitData(editor)
            self.grid.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def save(self) -> None:
        self._commit_open_editor()
        try:
            self.result_stats = field_stats.set_field_stats(self.env.ctx.editing(*self.stamps), self.stat_id, self.lines())
        except QmsError as exc:
            self.error.setText(exc.render(_t))
            self.error.show()
            return
        self.accept()
