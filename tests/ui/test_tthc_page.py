"""Thủ tục hành chính page: import with preview (Cancel writes nothing), scope, search, add by hand."""

from __future__ import annotations

from PySide6.QtCore import Qt

from record_fixtures import *  # noqa: F403
from record_fixtures import SAMPLE_COPY, fill_exec, make_env, make_procedure
from record_fixtures import press

from qms_desktop.services import tthc
from qms_desktop.ui.dialogs.import_preview import ImportPreviewDialog
from qms_desktop.ui.pages.tthc_page import TthcDialog, TthcPage
from qms_desktop.ui.runner import JobRunner


def _page(qtbot, env) -> TthcPage:
    page = TthcPage(env)
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_sample_copy_is_the_shared_sample():
    assert SAMPLE_COPY.is_file() and SAMPLE_COPY.stat().st_size > 1000


def test_import_preview_cancel_writes_nothing_then_import_writes_28(qtbot, ui_env, answers, monkeypatch):
    page = _page(qtbot, ui_env)
    assert page.model.rowCount() == 0
    answers.open_file = str(SAMPLE_COPY)
    previews = fill_exec(monkeypatch, ImportPreviewDialog, lambda d: None, accept=False)
    page.import_from_excel()
    assert len(previews) == 1
    rows = previews[0].rows()
    assert len(rows) == 28 and {r["what"] for r in rows} == {"add"}
    assert previews[0].import_button.isEnabled()
    assert "28" in previews[0].summary.text()
    assert tthc.list_tthc(ui_env.ctx) == []  # Cancel: nothing written
    assert page.model.rowCount() == 0

    previews = fill_exec(monkeypatch, ImportPreviewDialog, lambda d: None, accept=True)
    seen: list[set] = []
    ui_env.events.data_changed.connect(lambda kinds, _who: seen.append(kinds))
    page.import_from_excel()
    assert len(tthc.list_tthc(ui_env.ctx)) == 28
    assert page.model.rowCount() == 28
    assert {"tthc"} in seen
    assert page.last_plan is not None and page.last_plan.applied and len(page.last_plan.added) == 28

    # A second import of the same file: all unchanged, nothing to import.
    previews = fill_exec(monkeypatch, ImportPreviewDialog, lambda d: None, accept=False)
    page.import_from_excel()
    assert {r["what"] for r in previews[0].rows()} == {"unchanged"}
    assert not previews[0].import_button.isEnabled()
    assert answers.errors == []


def test_preview_lists_updates_and_rejections(qtbot, ui_env, tmp_path):
    import openpyxl

    tthc.import_tthc(ui_env.ctx, SAMPLE_COPY)
    wb = openpyxl.load_workbook(SAMPLE_COPY)
    ws = wb.active
    # Find the first procedure row and change its time limit; break the code of the next one.
    header_row = next(r for r in range(1, 15) if any("Mã" in str(c.value or "") for c in ws[r]))
    code_col = next(c.column for c in ws[header_row] if "Mã" in str(c.value or ""))
    limit_col = next(c.column for c in ws[header_row] if "Thời hạn" in str(c.value or ""))
    data_rows = [r for r in range(header_row + 1, ws.max_row + 1)
                 if str(ws.cell(r, code_col).value or "").startswith("1.")]
    ws.cell(data_rows[0], limit_col).value = "99 ngày làm việc"
    ws.cell(data_rows[1], code_col).value = "ABC"
    path = tmp_path / "changed.xlsx"
    wb.save(path)
    plan = tthc.plan_import(ui_env.ctx, path)
    dlg = ImportPreviewDialog(plan, path.name)
    qtbot.addWidget(dlg)
    rows = {r["what"]: r for r in dlg.rows()}
    assert "99 ngày làm việc" in rows["update"]["details"]
    assert rows["rejected"]["row"] == data_rows[1] and "ABC" in rows["rejected"]["details"]
    dlg.filter.setCurrentIndex(dlg.filter.findData("rejected"))
    assert [r["what"] for r in dlg.rows()] == ["rejected"]


def test_search_ignores_tone_marks_and_case(qtbot, ui_env):
    tthc.import_tthc(ui_env.ctx, SAMPLE_COPY)
    page = _page(qtbot, ui_env)
    page.search.setText("DANG KY ket hon")
    names = [r.name for r in page.model.rows()]
    assert sorted(names) == ["Đăng ký kết hôn", "Đăng ký lại kết hôn"]  # every word, in any order
    page.search.setText("thu tuc")
    assert sorted(r.name for r in page.model.rows()) == ["Thủ tục bầu hòa giải viên", "Thủ tục thôi làm hòa giải viên"]
    page.search.setText("xyz khong ton tai")
    assert page.model.rowCount() == 0
    page.search_text("")
    assert page.model.rowCount() == 28


def test_scope_checkbox_and_filter(qtbot, ui_env):
    tthc.import_tthc(ui_env.ctx, SAMPLE_COPY)
    page = _page(qtbot, ui_env)
    col = [c.key for c in page.model.columns].index("in_scope")
    first = page.model.row_at(0)
    assert page.model.data(page.model.index(0, col), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert page.model.flags(page.model.index(0, col)) & Qt.ItemFlag.ItemIsUserCheckable
    page.model.setData(page.model.index(0, col), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not next(r for r in tthc.list_tthc(ui_env.ctx) if r.id == first.id).in_scope
    page.scope_filter.setCurrentIndex(page.scope_filter.findData("out"))
    assert [r.id for r in page.model.rows()] == [first.id]
    page.table.selectRow(0)
    page.toggle_scope()  # the button does the same
    assert next(r for r in tthc.list_tthc(ui_env.ctx) if r.id == first.id).in_scope
    assert page.model.rowCount() == 0


def test_covered_column_and_detail_link_to_procedure(qtbot, ui_env):
    tthc.import_tthc(ui_env.ctx, SAMPLE_COPY)
    target = tthc.list_tthc(ui_env.ctx)[3]
    p = make_procedure(ui_env.ctx, target.id)
    page = _page(qtbot, ui_env)
    page.scope_filter.setCurrentIndex(page.scope_filter.findData("uncovered"))
    assert page.model.rowCount() == 27 and target.id not in [r.id for r in page.model.rows()]
    assert page.open_record("tthc", target.id)  # not in the filtered list: the filter is reset
    assert page.scope_filter.currentData() == "all"
    assert page.current().id == target.id
    assert "QT-01" in page.d_procs.item(0).text()
    page.open_proc_button.click()
    assert ui_env.opened == [f"procedure:{p.id}"]


def test_add_tthc_by_hand_shows_error_next_to_field(qtbot, ui_env, monkeypatch):
    dlg = TthcDialog(ui_env)
    qtbot.addWidget(dlg)
    dlg.editors["code"].setText("12345")
    dlg.editors["name"].setText("Chứng thực bản sao từ bản chính")
    press(dlg)
    assert dlg.result() == 0
    assert not dlg.errors["code"].isHidden() and "1.009137" in dlg.errors["code"].text()
    assert tthc.list_tthc(ui_env.ctx) == []

    page = _page(qtbot, ui_env)
    fill_exec(monkeypatch, TthcDialog, lambda d: (d.editors["code"].setText("2.000815"),
                                                  d.editors["name"].setText("Chứng thực bản sao từ bản chính"),
                                                  d.editors["time_limit"].setText("Ngay trong ngày")))
    page.create()
    assert page.current() is not None and page.current().code == "2.000815"
    assert page.current().time_limit_days == 0


def test_import_with_the_real_job_runner(qtbot, ui_ctx, answers, monkeypatch):
    runner = JobRunner()
    env = make_env(ui_ctx, runner)
    page = _page(qtbot, env)
    fill_exec(monkeypatch, ImportPreviewDialog, lambda d: None, accept=True)
    page.start_import(str(SAMPLE_COPY))
    qtbot.waitUntil(lambda: page.model.rowCount() == 28, timeout=20000)
    assert len(tthc.list_tthc(ui_ctx)) == 28
    assert answers.errors == []


def test_refused_file_is_shown_and_writes_nothing(qtbot, ui_env, answers, tmp_path):
    bad = tmp_path / "not_excel.xlsx"
    bad.write_text("hello")
    page = _page(qtbot, ui_env)
    page.start_import(str(bad))
    assert answers.errors and "Excel" in answers.errors[0]
    assert tthc.list_tthc(ui_env.ctx) == []


def test_demo_commune_list(qtbot, demo_env, answers):
    from record_fixtures import visit_every_row

    page = _page(qtbot, demo_env)
    assert visit_every_row(page) == len(tthc.list_tthc(demo_env.ctx)) > 0
    assert answers.errors == []


def test_export_the_filtered_list_to_excel(qtbot, ui_env, monkeypatch, tmp_path):
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    tthc.import_tthc(ui_env.ctx, SAMPLE_COPY)
    page = _page(qtbot, ui_env)
    assert page.count_label.text() == "28 TTHC"  # what the page lists, not "records" (QA 21 F11)
    page.search.setText("thu tuc")
    assert page.count_label.text() == "2 of 28"
    target = tmp_path / "DanhMucTTHC.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    assert page.export() == str(target)
    ws = openpyxl.load_workbook(target).active
    values = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert "Thủ tục bầu hòa giải viên" in values and "Đăng ký khai sinh" not in values


def test_a_tthc_issued_by_a_decision_says_so_in_its_detail(qtbot, ui_env):
    import datetime as dt
    from pathlib import Path

    decision = Path(__file__).resolve().parents[1] / "exchange" / "fixtures" / "decision_three_parts.xlsx"
    plan = tthc.import_tthc(ui_env.ctx, decision, decision_number="2301/QĐ-UBND", decision_date=dt.date(2026, 3, 1))
    assert {"1.012001", "1.012002"} <= {r.code for r in plan.added}  # its "new TTHC" part
    rows = {r.code: r for r in tthc.list_tthc(ui_env.ctx)}
    row = rows["1.012001"]
    page = _page(qtbot, ui_env)
    assert page.open_record("tthc", row.id) and page.current().id == row.id
    assert "issued by decision 2301/QĐ-UBND of 01/03/2026" in page.d_info.text()
    assert page.open_record("tthc", rows["1.001022"].id)  # amended by it, not issued: no such line
    assert "issued" not in page.d_info.text()
