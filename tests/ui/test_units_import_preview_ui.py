"""The Đơn vị page's import preview names every field the province's list changes, before → after (QA9b F1),
and a column the list does not have leaves the register's value (offscreen, real widgets, a copy of the office)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "receiving"))
sys.path.insert(0, str(ROOT / "tests" / "reports"))

from office_fixtures import *  # noqa: E402,F403

from qms_desktop.services import receiving as rx  # noqa: E402


def test_import_preview_lists_the_fields_that_change(qtbot, office_env, monkeypatch, tmp_path):
    from qms_desktop.ui.dialogs import prompts
    from qms_desktop.ui.receiving import units_page

    wb = Workbook()
    ws = wb.active
    ws.append(["Mã đơn vị", "Tên đơn vị", "Loại", "Phải báo cáo"])
    ws.append(["LD-PQ", "Phú Quý", "Đặc khu", "Có"])
    ws.append(["LD-TP", "Xã Tân Phú", "Xã", None])
    wb.save(tmp_path / "dv.xlsx")
    asked = []
    monkeypatch.setattr(prompts, "pick_open_file", lambda *a, **k: str(tmp_path / "dv.xlsx"))
    monkeypatch.setattr(prompts, "ask_yes", lambda parent, text, title=None: asked.append(text) or True)
    page = units_page.UnitsRegisterPage(office_env)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.import_excel()
    [text] = asked
    lines = text.splitlines()
    assert lines[0] == "0 units to add, 1 to update, 1 unchanged, 0 rows rejected."
    assert lines[1].startswith("3 unit(s) of the register are not in the file and are kept as they are: LD-BL")
    assert lines[2].startswith("The file has no column “Ngày thành lập”")
    assert lines[3:5] == ["Units to update (field: now → after the import):",
                          "  LD-PQ (Phú Quý): Name: Đặc khu Phú Quý → Phú Quý; Must report: No → Yes; "
                          "Why it need not report: Chưa áp dụng HTQLCL → —"]
    units = {u.code: u for u in rx.list_units(office_env.ctx)}
    assert (units["LD-PQ"].name, units["LD-PQ"].expected) == ("Phú Quý", True)
    assert (units["LD-TP"].opened, units["LD-TP"].predecessors) == (dt.date(2025, 7, 1), "Xã Phú Lâm; Xã Phú Bình")


def test_the_register_file_dialog_offers_xls_ods_and_all_files(qtbot, office_env, monkeypatch):
    """QA 24 F3: the dialog showed *.xlsx only; the register imports from .xls and .ods alike."""
    from qms_desktop.ui.dialogs import prompts
    from qms_desktop.ui.receiving import units_page

    filters = []
    monkeypatch.setattr(prompts, "pick_open_file", lambda parent, title, name_filter: filters.append(name_filter))
    page = units_page.UnitsRegisterPage(office_env)
    qtbot.addWidget(page)
    page.import_excel()
    first, *others = filters[0].split(";;")
    assert all(p in first for p in ("*.xlsx", "*.xls", "*.ods")) and others[-1] == "All files (*)"


def test_with_no_unit_selected_the_form_says_it_adds_one(qtbot, office_env):
    """QA 26 G20: with no row selected the form titled 'Đơn vị' was editable and 'Lưu' enabled, and nothing said
    that Lưu would add a unit."""
    from qms_desktop.ui.receiving import units_page

    page = units_page.UnitsRegisterPage(office_env)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.table.select_where(lambda r: r.code == "LD-TP")
    assert page.form_box.title() == "Unit" and page.save_button.text() == "&Save"
    page.new_button.click()
    assert page.form_box.title() == "New unit" and page.save_button.text() == "&Add the unit"
    assert page.code.text() == ""
