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


LONG = ("Ủy ban nhân dân xã Tân Phú cam kết giải quyết thủ tục hành chính công khai, minh bạch, đúng pháp luật, "
        "đúng hẹn; lấy sự hài lòng của người dân làm thước đo")


def _wide(qtbot, columns, width, key) -> TableView:
    QSettings().remove(f"tables/{key}")
    view = TableView(RowTableModel(columns), key)
    qtbot.addWidget(view)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_room_to_spare_goes_to_the_long_text_not_to_the_last_column(qtbot):
    """QA 21 F1: a policy's text was cut at 320 px while the last column ('Ngày phê duyệt') took 600 px of nothing."""
    view = _wide(qtbot, [Column("year", "Năm", width=50), Column("text", "Chính sách"),
                         Column("approved", "Ngày phê duyệt", "date", width=100)], 1000, "test-share")
    view.model().set_rows([{"year": 2026, "text": LONG, "approved": None}])
    assert view.columnWidth(1) > view.MAX_FITTED_WIDTH + 250
    assert view.horizontalScrollBar().maximum() == 0  # and everything still in view
    QSettings().remove("tables/test-share")


def test_when_the_columns_run_past_the_edge_the_long_text_gives_way_first(qtbot):
    """QA 21 F2: the petitions' 'Hạn trả lời' and the columns after it were pushed off the right edge."""
    columns = [Column("code", "Số", width=90), Column("text", "Nội dung"),
               *(Column(f"c{i}", f"Cột {i}", width=110) for i in range(5))]
    view = _wide(qtbot, columns, 900, "test-give")
    view.model().set_rows([{"code": "01/PAKN", "text": LONG, **{f"c{i}": "x" for i in range(5)}}])
    assert view.LEAST_TEXT_WIDTH <= view.columnWidth(1) < view.MAX_FITTED_WIDTH
    shown = sum(view.columnWidth(i) for i in range(len(columns)))
    assert shown <= view.viewport().width() + 130  # the last column is whole on screen, or nearly
    assert view.columnWidth(0) >= 90  # a short column is never squeezed
    QSettings().remove("tables/test-give")
