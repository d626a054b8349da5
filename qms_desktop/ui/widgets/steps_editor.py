"""Steps of a TTHC procedure (trình tự thực hiện) with their total checked at once against the legal limit."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QSizePolicy,
    QAbstractItemView, QComboBox, QDoubleSpinBox, QHeaderView, QLabel, QTableWidgetItem,
    QWidget,
)

from qms_desktop.domain.steps import HOURS_PER_DAY, Step, fits, total_days
from qms_desktop.i18n import format_number
from qms_desktop.ui.widgets.header_fit import fit_header_widths
from qms_desktop.ui.widgets.layout import edit_table, hbox, push_button, vbox

COL_NO, COL_ACTION, COL_WHO, COL_TIME, COL_UNIT, COL_RESULT = range(6)


def days_text(value: float) -> str:
    """2 → "2", 2.5 → "2,5" (in English "2.5": the interface's decimal mark)."""
    if float(value).is_integer():
        return format_number(value, 0)
    return format_number(value, 2).rstrip("0").rstrip(",.")


class StepsEditor(QWidget):
    """Edit the steps in a table; ``status`` shows the total against the limit as you type.

    ``set_limit(days, text)``: the strictest legal limit of the linked TTHC (None: no limit).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._limit: float | None = None
        self._limit_text = ""
        self._has_tthc = False
        self._read_only = False
        self.table = edit_table("stepsTable", [
            self.tr("No."), self.tr("What is done"), self.tr("Who does it"), self.tr("Time allowed"),
            self.tr("Unit"), self.tr("Result / form"),
        ])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ACTION, QHeaderView.ResizeMode.Stretch)
        # what is done gets the room: at 900 px it had 115 px, wrapped over five lines (QA 26 G4)
        for col, width in ((COL_NO, 40), (COL_WHO, 140), (COL_TIME, 70), (COL_UNIT, 120), (COL_RESULT, 150)):
            self.table.setColumnWidth(col, width)
        fit_header_widths(self.table)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        self.add_button = push_button(self.tr("&Add step"), lambda: self.add_step())
        self.remove_button = push_button(self.tr("&Remove step"), self.remove_current)
        self.up_button = push_button(self.tr("Move &up"), lambda: self.move_current(-1))
        self.down_button = push_button(self.tr("Move &down"), lambda: self.move_current(1))
        self.status = QLabel()
        self.status.setObjectName("stepsStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = hbox(self.add_button, self.remove_button, self.up_button, self.down_button, 1)
        vbox(buttons, (self.table, 1), self.status, parent=self, margins=0)
        self.changed.connect(self._update_status)
        self._update_status()

    # -- data ---------------------------------------------------------------------------------------------
    def set_limit(self, limit_days: float | None, text: str = "", *, has_tthc: bool = True) -> None:
        self._limit, self._limit_text, self._has_tthc = limit_days, text, has_tthc
        self._update_status()

    def set_steps(self, steps: list[Step] | tuple[Step, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for st in steps:
            self._append(st)
        self.table.blockSignals(False)
        self._renumber()
        self.changed.emit()

    def steps(self) -> list[Step]:
        out = []
        for r in range(self.table.rowCount()):
            time_w, unit_w = self.table.cellWidget(r, COL_TIME), self.table.cellWidget(r, COL_UNIT)
            if time_w is not None:
                duration, unit = time_w.value(), unit_w.currentData()
            else:  # read-only rows hold plain items with the values in UserRole
                duration = self.table.item(r, COL_TIME).data(Qt.ItemDataRole.UserRole)
                unit = self.table.item(r, COL_UNIT).data(Qt.ItemDataRole.UserRole)
            out.append(Step(r + 1, self._text(r, COL_ACTION), self._text(r, COL_WHO), duration, unit,
                            self._text(r, COL_RESULT)))
        return out

    def value(self) -> tuple[Step, ...]:
        return tuple(self.steps())

    def total_days(self) -> float:
        return total_days(self.steps())

    def fits(self) -> bool | None:
        return fits(self.steps(), self._limit) if self._has_tthc else None

    def set_read_only(self, read_only: bool) -> None:
        """Read only: plain text cells (no greyed-out editors) and no editing buttons."""
        if read_only == self._read_only:
            return
        steps = self.steps()
        self._read_only = read_only
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                                   QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            b.setVisible(not read_only)
        self.set_steps(steps)

    # -- editing ------------------------------------------------------------------------------------------
    def add_step(self, step: Step | None = None) -> int:
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        self.table.blockSignals(True)
        self._append(step or Step(0, "", "", 1, "days", ""), at=row)
        self.table.blockSignals(False)
        self._renumber()
        self.table.setCurrentCell(row, COL_ACTION)
        self.changed.emit()
        return row

    def remove_current(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self._renumber()
            self.changed.emit()

    def move_current(self, delta: int) -> None:
        r = self.table.currentRow()
        target = r + delta
        if r < 0 or not 0 <= target < self.table.rowCount():
            return
        steps = self.steps()
        steps[r], steps[target] = steps[target], steps[r]
        self.set_steps(steps)
        self.table.setCurrentCell(target, COL_ACTION)

    def set_duration(self, row: int, value: float, unit: str | None = None) -> None:
        """Same as typing in the time and choosing the unit (tests, keyboard helpers)."""
        self.table.cellWidget(row, COL_TIME).setValue(value)
        if unit is not None:
            w = self.table.cellWidget(row, COL_UNIT)
            w.setCurrentIndex(w.findData(unit))

    def _append(self, st: Step, at: int | None = None) -> None:
        r = self.table.rowCount() if at is None else at
        self.table.insertRow(r)
        no = QTableWidgetItem()
        no.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        no.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(r, COL_NO, no)
        for col, text in ((COL_ACTION, st.action), (COL_WHO, st.responsible), (COL_RESULT, st.result)):
            self.table.setItem(r, col, QTableWidgetItem(text))
        units = {"days": self.tr("working days"), "hours": self.tr("working hours")}
        if self._read_only:
            time_item = QTableWidgetItem(days_text(float(st.duration or 0)))
            time_item.setData(Qt.ItemDataRole.UserRole, float(st.duration or 0))
            time_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            unit_item = QTableWidgetItem(units.get(st.duration_unit, st.duration_unit))
            unit_item.setData(Qt.ItemDataRole.UserRole, st.duration_unit)
            self.table.setItem(r, COL_TIME, time_item)
            self.table.setItem(r, COL_UNIT, unit_item)
            return
        spin = QDoubleSpinBox()
        spin.setLocale(QLocale())  # the interface's: 2,5 with a comma in Vietnamese
        spin.setRange(0, 365)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setValue(float(st.duration or 0))
        spin.valueChanged.connect(lambda _v: self.changed.emit())
        self.table.setCellWidget(r, COL_TIME, spin)
        unit = QComboBox()
        for code, caption in units.items():
            unit.addItem(caption, code)
        unit.setCurrentIndex(max(unit.findData(st.duration_unit), 0))
        unit.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(r, COL_UNIT, unit)

    def _renumber(self) -> None:
        self.table.blockSignals(True)
        for r in range(self.table.rowCount()):
            self.table.item(r, COL_NO).setText(str(r + 1))
        self.table.blockSignals(False)

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    # -- the check ------------------------------------------------------------------------------------
    def _update_status(self) -> None:
        total = self.total_days()
        total_text = (self.tr("Total: 1 working day") if total == 1
                      else self.tr("Total: %1 working days").replace("%1", days_text(total)))
        if not self._has_tthc:
            self._show(total_text + " " + self.tr("(no TTHC linked: no legal limit to check)."), None)
            return
        if self._limit is None:
            self._show(total_text + " " + self.tr("— the TTHC sets no time limit."), None)
            return
        if self._limit == 1:
            limit = self.tr("legal limit 1 working day")
        elif self._limit > 0:
            limit = self.tr("legal limit %1 working days").replace("%1", days_text(self._limit))
        else:
            limit = self.tr("legal limit: the same working day (%1 hours)").replace("%1", str(HOURS_PER_DAY))
        if self._limit_text and " ".join(self._limit_text.split()).casefold() not in limit.casefold():
            limit += f" ({self._limit_text})"  # the TTHC's own words, unless they say what was just said (QA 21 F10)
        ok = fits(self.steps(), self._limit)
        verdict = self.tr("fits the legal limit.") if ok else self.tr("EXCEEDS the legal limit: shorten the steps.")
        self._show(f"{total_text} — {limit}: {verdict}", ok)

    def _show(self, text: str, ok: bool | None) -> None:
        self.status.setText(text)
        self.status.setProperty("fits", "" if ok is None else ("yes" if ok else "no"))
        color = {None: "palette(text)", True: "#1b7f3b", False: "#b00020"}[ok]
        weight = "normal" if ok is None else "bold"
        self.status.setStyleSheet(f"color: {color}; font-weight: {weight}; padding: 4px;")
