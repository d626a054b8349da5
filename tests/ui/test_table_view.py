"""The list tables remember the user's column widths, without writing the settings at every resize."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from qms_desktop.ui.models.row_table_model import Column, RowTableModel
from qms_desktop.ui.widgets.table_view import TableView

COLUMNS = [Column("code", "Code", width=90), Column("name", "Name", width=200), Column("field", "Field")]


def _table(qtbot) -> TableView:
    model = RowTableModel(COLUMNS)
    view = TableView(model, "test-widths")
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_width_the_user_drags_is_saved_once_she_stops_and_comes_back_next_time(qtbot, monkeypatch):
    QSettings().remove("tables/test-widths")
    writes = []
    real = QSettings.setValue
    monkeypatch.setattr(QSettings, "setValue", lambda self, k, v: (writes.append(k), real(self, k, v)))
    view = _table(qtbot)
    writes.clear()
    header = view.horizontalHeader()
    for width in range(120, 320, 10):  # one drag: twenty resize events
        header.resizeSection(0, width)
    assert writes == []  # nothing written while dragging
    qtbot.waitUntil(lambda: writes == ["tables/test-widths"], timeout=3000)  # once, when she stops
    header.resizeSection(1, 260)
    view.hide()  # closed before the pause: still saved
    assert writes == ["tables/test-widths"] * 2
    again = _table(qtbot)
    assert again.columnWidth(0) == 310 and again.columnWidth(1) == 260
    QSettings().remove("tables/test-widths")
