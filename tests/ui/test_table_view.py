"""The list tables remember the user's column widths, without writing the settings at every resize."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from record_fixtures import *  # noqa: F403  (ui_env)

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


def test_the_first_rows_never_narrow_a_column_below_its_declared_width(qtbot):
    """QA 9 F10: the procedures' codes were cut to "QT-H…": the first rows shown (QT-01 … QT-05) set the width."""
    QSettings().remove("tables/test-widths")
    view = _table(qtbot)
    view.model().set_rows([{"code": "QT-01", "name": "Kiểm soát tài liệu", "field": "x"}])
    view._fit_columns_once()
    assert view.columnWidth(0) >= 90 and view.columnWidth(1) >= 200
    view.model().set_rows([{"code": "QT-HT-02", "name": "Thủ tục đăng ký kết hôn", "field": "x"}])
    assert view.columnWidth(0) >= view.fontMetrics().horizontalAdvance("QT-HT-02") + 8
    QSettings().remove("tables/test-widths")


def test_no_header_is_clipped_in_a_record_list(qtbot, ui_env):
    """QA 9 F10: the staff list's "Chuyên gia đánh giá nội bộ" header read "uyên gia đánh giá nội b"."""
    from qms_desktop.ui.widgets.record_list import RecordListWidget

    staff = RecordListWidget(ui_env, "staff")
    qtbot.addWidget(staff)
    header = staff.table.horizontalHeader()
    clipped = [staff.table.model().headerData(i, Qt.Orientation.Horizontal) for i in range(header.count() - 1)
               if staff.table.columnWidth(i) < header.sectionSizeHint(i)]
    assert clipped == []


def test_a_saved_width_narrower_than_its_header_is_widened(qtbot):
    """QA 10: the staff list's header still read "uyên gia đánh giá nội l": a width saved earlier was restored."""
    QSettings().remove("tables/test-widths")
    view = _table(qtbot)
    view.horizontalHeader().resizeSection(1, 20)
    view.save_state()
    again = _table(qtbot)
    assert again.columnWidth(1) >= again.horizontalHeader().sectionSizeHint(1)
    QSettings().remove("tables/test-widths")
