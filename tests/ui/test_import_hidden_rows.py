"""The TTHC import's preview says which rows hidden in Excel it leaves out; a list with a header and no
procedure row is refused with that reason, not previewed as an empty import (QA findings)."""

from __future__ import annotations


from record_fixtures import *  # noqa: F403
from record_fixtures import fill_exec
from sheet_helpers import tthc_list_xlsx

from qms_desktop.services import tthc
from qms_desktop.ui.dialogs.import_preview import ImportPreviewDialog
from qms_desktop.ui.pages.tthc_page import TthcPage


def test_the_preview_names_the_hidden_rows_it_leaves_out(qtbot, ui_env, tmp_path):
    path = tthc_list_xlsx(tmp_path / "an.xlsx", [
        [1, "1.009137", "Đăng ký khai sinh", "Hộ tịch", "05 ngày làm việc"],
        [2, "1.009174", "Đăng ký kết hôn", "Hộ tịch", "05 ngày làm việc"],
    ], hidden=(3,))
    plan = tthc.plan_import(ui_env.ctx, path)
    dlg = ImportPreviewDialog(plan, path.name)
    qtbot.addWidget(dlg)
    assert [r["code"] for r in dlg.rows()] == ["1.009137"]
    assert not dlg.hidden_label.isHidden()
    assert dlg.hidden_label.text().startswith("Left out 1 row(s) hidden in Excel (rows 3).")
    # a list without hidden rows says nothing about them
    plan = tthc.plan_import(ui_env.ctx, tthc_list_xlsx(tmp_path / "hien.xlsx", [[1, "1.009137", "Đăng ký khai sinh"]]))
    dlg = ImportPreviewDialog(plan, "hien.xlsx")
    qtbot.addWidget(dlg)
    assert dlg.hidden_label.isHidden()


def test_a_header_without_rows_is_refused_with_its_reason(qtbot, ui_env, answers, tmp_path, monkeypatch):
    previews = fill_exec(monkeypatch, ImportPreviewDialog, lambda d: None, accept=False)
    page = TthcPage(ui_env)
    qtbot.addWidget(page)
    page.refresh()
    page.start_import(str(tthc_list_xlsx(tmp_path / "header_only.xlsx", [])))
    assert previews == []  # no empty preview with a disabled "Import"
    assert answers.errors and "no procedure row below the header row (row 1)" in answers.errors[0]
    assert tthc.list_tthc(ui_env.ctx) == []


def test_a_list_already_in_the_register_does_not_say_press_import(qtbot, ui_env, tmp_path):
    """QA 26 G6: every row unchanged, the preview still said to press “Import”, which was disabled."""
    path = tthc_list_xlsx(tmp_path / "ds.xlsx", [[1, "1.009137", "Đăng ký khai sinh", "Hộ tịch", "05 ngày làm việc"]])
    first = ImportPreviewDialog(tthc.plan_import(ui_env.ctx, path), path.name)
    qtbot.addWidget(first)
    assert "press “Import”" in first.summary.text() and first.import_button.isEnabled()
    tthc.import_tthc(ui_env.ctx, path)
    again = ImportPreviewDialog(tthc.plan_import(ui_env.ctx, path), path.name)
    qtbot.addWidget(again)
    assert not again.import_button.isEnabled()
    assert "press" not in again.summary.text() and "nothing to import" in again.summary.text()
