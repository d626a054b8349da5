"""History page: the change log read by blocks as it is shown, filtering in SQL, the integrity check."""

from __future__ import annotations

import contextlib
import sqlite3

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event

from qms_desktop.services import records, starter_kit
from qms_desktop.services.history import count_changes
from qms_desktop.ui.pages.history_page import PAGE_SIZE, HistoryModel, HistoryPage


def make_page(qtbot, env) -> HistoryPage:
    page = HistoryPage(env)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitExposed(page)
    return page


def add_units(ctx, n: int) -> None:
    starter_kit.add_units_and_staff(ctx, [f"Đơn vị số {i:03d}" for i in range(n)], [])


def test_model_knows_its_length_and_reads_only_the_blocks_shown(env):
    add_units(env.ctx, 450)
    total = count_changes(env.ctx)
    assert total > 450
    model = HistoryModel(env.ctx)
    statements: list[str] = []
    event.listen(env.ctx.db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    model.reload("")
    assert model.rowCount() == model.total == total  # the scroll bar is true from the start
    statements.clear()
    last = model.row_at(total - 1)  # the end: one block, one query
    assert len(statements) == 1 and last.id == min(i for i in model._ids)
    model.row_at(total - 2)
    assert len(statements) == 1  # the same block: no query
    first = model.row_at(0)
    assert len(statements) == 2 and first.id == max(model._ids)
    ids = [model.row_at(i).id for i in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == total  # newest first, every entry once
    assert len(statements) == 2 + (total + PAGE_SIZE - 1) // PAGE_SIZE - 2


def test_page_filters_in_sql_and_shows_entries(qtbot, env):
    add_units(env.ctx, 250)
    records.create(env.ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
    page = make_page(qtbot, env)
    assert page.model.rowCount() == count_changes(env.ctx) > PAGE_SIZE
    assert f"Entries: {count_changes(env.ctx)} (newest first)" in page.count.text()
    first = page.model.index(0, 3)
    assert page.model.data(first) == "Unit Tư pháp - Hộ tịch"  # newest first, named (not "Unit #251")
    assert "Tư pháp - Hộ tịch" in page.model.data(page.model.index(0, 4))
    assert "Name: Tư pháp" in page.model.data(page.model.index(0, 4))  # the form's field label
    bar = page.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # laid out
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: 1 in page.model._blocks)  # scrolling to the end reads the last block
    page.search.setText("Tư pháp")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=3000)
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    cells = [page.detail.item(r, 0).text() for r in range(page.detail.rowCount())]
    assert "Name" in cells and "id" not in cells and "search_key" not in cells


def test_integrity_check_sees_an_edit_made_outside(qtbot, env, monkeypatch):
    records.create(env.ctx, "unit", {"name": "Văn phòng - Thống kê"})
    records.create(env.ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
    page = make_page(qtbot, env)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a))
    page.check_button.click()
    assert page.integrity.isVisible()
    assert "intact" in page.integrity.text() and warnings == []

    with contextlib.closing(sqlite3.connect(env.ctx.db.path)) as raw:  # someone edits the file directly
        raw.execute("UPDATE change_log SET new_values = replace(new_values, 'Văn phòng', 'Văn thư') "
                    "WHERE new_values LIKE '%Văn phòng%'")
        raw.commit()
    page.check_button.click()
    assert "PROBLEM" in page.integrity.text()
    assert "altered outside the application" in page.integrity.text()
    assert len(warnings) == 1


def test_integrity_check_runs_off_the_gui_thread(qtbot, env):
    from qms_desktop.ui.runner import JobRunner

    records.create(env.ctx, "unit", {"name": "Văn phòng - Thống kê"})
    env.runner = JobRunner()  # the real worker thread, as in the application
    page = make_page(qtbot, env)
    page.check_button.click()
    qtbot.waitUntil(lambda: page.integrity.isVisible(), timeout=10000)
    assert "intact" in page.integrity.text()


def test_history_exports_every_filtered_row_to_excel(qtbot, env, tmp_path):
    from openpyxl import load_workbook

    from qms_desktop.services import records
    from qms_desktop.ui.pages.history_page import HistoryPage

    for i in range(250):  # more than one fetched page
        records.create(env.ctx, "unit", {"name": f"Bộ phận {i}"})
    page = HistoryPage(env)
    qtbot.addWidget(page)
    page.refresh()
    out = tmp_path / "history.xlsx"
    page.export(str(out))
    ws = load_workbook(out, read_only=True).active
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert len(rows) == page.model.total >= 251
    assert any("Bộ phận 0" in (r[4] or "") for r in rows)


def test_check_names_each_record_changed_outside_the_application(qtbot, env, monkeypatch):
    unit = records.create(env.ctx, "unit", {"name": "Văn phòng - Thống kê"})
    with contextlib.closing(sqlite3.connect(env.ctx.db.path)) as raw, raw:
        raw.execute("UPDATE unit SET name = 'Phòng ma' WHERE id = ?", (unit.id,))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append((title, text)))
    page = make_page(qtbot, env)
    page.check_button.click()
    text = page.integrity.text()
    assert f"(unit) #{unit.id}: Name (name)" in text and ("Chain head: " in text or "Đầu chuỗi: " in text)
    assert warned and f"#{unit.id}" in warned[0][1]


def test_the_person_and_the_record_columns_hold_a_full_name(qtbot, env):
    """QA 63 F4: "Trần Quốc Bả…", "Vũ Đức Anh (d…" — who did it and to which record, cut."""
    page = HistoryPage(env)
    qtbot.addWidget(page)
    metrics = page.table.fontMetrics()
    assert metrics.horizontalAdvance("Nguyễn Thị Thu Hà (thuky)") < page.table.columnWidth(1)
    assert metrics.horizontalAdvance("Mục trong danh mục kiểm tra #60") < page.table.columnWidth(3)
