"""Statistics per field on the Statistics page: the grid typed like a user, the province's portal import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from qms_desktop.domain.errors import ValidationError
from qms_desktop.services import field_stats, records, tthc
from qms_desktop.ui.dialogs.field_stats_dialog import FieldStatsDialog
from qms_desktop.ui.pages.stats_page import StatsPage

from ui_helpers import set_text

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ket_qua_tthc_theo_linh_vuc.xlsx"


def _page(qtbot, env) -> StatsPage:
    page = StatsPage(env)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def _type_cell(qtbot, grid, row: int, col: int, text: str) -> None:
    """Select the cell, start editing as a user does (F2) and type the digits, then Enter."""
    grid.setCurrentCell(row, col)
    QTest.keyClick(grid, Qt.Key.Key_F2)
    editor = grid.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, text)  # ASCII digits only
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # Qt commits the cell on Return through a queued call


def test_the_grid_is_typed_and_sets_the_totals(qtbot, env, monkeypatch):
    tthc.create_tthc(env.ctx, code="1.000001", name="Đăng ký khai sinh", field="Hộ tịch")
    tthc.create_tthc(env.ctx, code="1.000002", name="Chứng thực bản sao", field="Chứng thực")
    stat = records.create(env.ctx, "service_stat", {"period_start": dt.date(2025, 12, 15),
                                                    "period_end": dt.date(2026, 6, 14), "received": 1, "on_time": 1})
    page = _page(qtbot, env)
    page.lists["service_stat"].select(stat.id)

    def fill(d: FieldStatsDialog) -> None:
        grid = d.grid
        names = [grid.item(r, 0).text() for r in range(grid.rowCount())]
        assert names == ["Chứng thực", "Hộ tịch"]  # the fields of the TTHC in scope, sorted
        for r, values in enumerate((("614", "614", "0", "0"), ("755", "741", "3", "11"))):
            for c, value in enumerate(values, start=1):
                _type_cell(qtbot, grid, r, c, value)
        assert "received 1,369" in d.totals.text()  # the English interface's grouping
        d.save()

    def fake_exec(self) -> int:
        fill(self)
        return self.result()

    monkeypatch.setattr(FieldStatsDialog, "exec", fake_exec)
    dialog = page.edit_fields()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.result_stats is not None
    saved = field_stats.get_field_stats(env.ctx, stat.id)
    assert [(x.field, x.received, x.on_time, x.late, x.pending) for x in saved.lines] == [
        ("Chứng thực", 614, 614, 0, 0), ("Hộ tịch", 755, 741, 3, 11)]
    assert (saved.totals.received, saved.totals.on_time, saved.totals.late, saved.totals.pending) == (1369, 1355, 3, 11)
    row = page.lists["service_stat"].table.current_row()
    assert row.values["received"] == 1369  # the list shows the new totals


def test_a_bad_cell_is_refused_and_nothing_changes(qtbot, env, monkeypatch):
    stat = records.create(env.ctx, "service_stat", {"period_start": dt.date(2026, 1, 1),
                                                    "period_end": dt.date(2026, 1, 31), "received": 10, "on_time": 9})
    dialog = FieldStatsDialog(env, stat.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog._add_row("", None)
    dialog.grid.setCurrentCell(0, 0)
    QTest.keyClick(dialog.grid, Qt.Key.Key_F2)
    set_text(dialog.grid.focusWidget(), "Hộ tịch")  # Vietnamese typed through the input method
    QTest.keyClick(dialog.grid.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert dialog.grid.item(0, 0).text() == "Hộ tịch"
    _type_cell(qtbot, dialog.grid, 0, 1, "5")
    _type_cell(qtbot, dialog.grid, 0, 2, "9")  # more settled than received
    dialog.save()
    assert dialog.error.isVisible() and "exceeds the applications received" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert field_stats.get_field_stats(env.ctx, stat.id).lines == ()


def test_import_from_the_portal_export(qtbot, env, monkeypatch):
    page = _page(qtbot, env)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(FIXTURE), "")))
    asked = []
    from qms_desktop.ui.pages import base

    monkeypatch.setattr(base, "confirm", lambda _p, text, _t=None: asked.append(text) or True)
    page.import_portal()
    assert asked and "Import 8 fields for 15/12/2025 – 14/06/2026 into a new statistics period" in asked[0]
    rows = page.lists["service_stat"].model.rows()
    assert len(rows) == 1 and rows[0].values["received"] == 1543
    lines = field_stats.get_field_stats(env.ctx, rows[0].id).lines
    assert {x.field for x in lines} >= {"Hộ tịch", "Chứng thực", "Đất đai", "Nuôi con nuôi"}
    page.import_portal()  # again: what it replaces is said in figures (QA 62 F3)
    assert "whose figures are replaced (now 1,543 received, 1,506 on time, 11 late, 26 pending, in 8 fields)" in asked[1]


def test_the_portal_import_names_the_rows_hidden_in_excel(qtbot, env, monkeypatch, tmp_path):
    import openpyxl

    wb = openpyxl.load_workbook(FIXTURE)
    wb.active.row_dimensions[22].hidden = True  # "Người lập biểu", under the table
    hidden = tmp_path / "an_dong.xlsx"
    wb.save(hidden)
    page = _page(qtbot, env)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(hidden), "")))
    asked = []
    from qms_desktop.ui.pages import base

    monkeypatch.setattr(base, "confirm", lambda _p, text, _t=None: asked.append(text) or True)
    page.import_portal()
    assert asked and "Import 8 fields" in asked[0] and "hidden in Excel (rows 22)" in asked[0]
    assert page.lists["service_stat"].model.rows()[0].values["received"] == 1543


def test_a_file_that_is_not_the_export_is_refused(qtbot, env, monkeypatch, tmp_path):
    bad = tmp_path / "khong_phai.xlsx"
    bad.write_bytes(b"not a workbook")
    page = _page(qtbot, env)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    shown = []
    from qms_desktop.ui.pages import base

    monkeypatch.setattr(base, "show_error", lambda _p, exc: shown.append(exc.render()))
    page.import_portal()
    assert shown and "No header row found" in shown[0]  # read as text (the shared reader), then refused
    assert page.lists["service_stat"].model.rows() == []



def test_the_portal_file_dialog_offers_xls_ods_and_all_files(qtbot, env, monkeypatch):
    """QA 24 F3: the dialog showed *.xlsx only, so a province's .xls or .ods export (read alike) could not be picked."""
    page = _page(qtbot, env)
    filters = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: filters.append(a[3]) or ("", "")))
    page.import_portal()  # cancelled in the dialog: nothing happens
    first, *others = filters[0].split(";;")
    assert all(p in first for p in ("*.xlsx", "*.xls", "*.ods", "*.csv")) and others[-1] == "All files (*)"
    assert page.lists["service_stat"].model.rowCount() == 0


def test_a_field_spelt_two_ways_is_offered_once_with_its_figures(qtbot, env, monkeypatch):
    """QA 24 F8: the portal's 'Thi đua - Khen thưởng' and the TTHC list's 'Thi đua, khen thưởng' gave two rows, one
    with the imported figures and one empty, inviting the figures to be typed twice (and counted twice)."""
    tthc.create_tthc(env.ctx, code="1.000001", name="Khen thưởng thành tích", field="Thi đua, khen thưởng")
    tthc.create_tthc(env.ctx, code="1.000002", name="Đăng ký khai sinh", field="Hộ tịch")
    stat = records.create(env.ctx, "service_stat", {"period_start": dt.date(2025, 12, 15),
                                                    "period_end": dt.date(2026, 6, 14)})
    field_stats.set_field_stats(env.ctx, stat.id, [{"field": "Thi đua - Khen thưởng", "received": 12, "on_time": 12}])
    assert field_stats.known_fields(env.ctx) == ["Hộ tịch", "Thi đua - Khen thưởng"]
    page = _page(qtbot, env)
    page.lists["service_stat"].select(stat.id)
    seen = []

    def fake_exec(self) -> int:
        seen.extend((self.grid.item(r, 0).text(), self.grid.item(r, 1).text()) for r in range(self.grid.rowCount()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FieldStatsDialog, "exec", fake_exec)
    page.edit_fields()
    assert seen == [("Thi đua - Khen thưởng", "12"), ("Hộ tịch", "")]
    with pytest.raises(ValidationError):  # typed again under the other spelling: the same field twice
        field_stats.validate_lines([{"field": "Thi đua - Khen thưởng", "received": 1},
                                    {"field": "thi đua, khen thưởng", "received": 1}])
