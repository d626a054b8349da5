"""Rows hidden in an Excel 97–2003 workbook (.xls) are left out like those of a .xlsx (read from the BIFF8 ROW
records of the compound file's Workbook stream, sheet by sheet); a file whose hidden rows cannot be read is
read whole, never refused or crashed on, and the import says the hidden rows could not be checked.

Fixtures (made with LibreOffice from openpyxl workbooks, `soffice --headless --convert-to xls`):
hidden_rows.xls: sheet "Danh mục" (rows 5 and 7 hidden; 7 is empty) and sheet "Phụ lục II" (row 2 hidden),
the rows of tests/exchange/test_hidden_rows_and_numbers.py; units_hidden.xls: a units register, row 3 hidden;
portal_hidden_row.xls: tests/fixtures/ket_qua_tthc_theo_linh_vuc.xlsx with row 19 (Nuôi con nuôi) hidden.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from qms_desktop.exchange import tabular
from qms_desktop.exchange.portal_stats import PortalRefused, read_portal_stats
from qms_desktop.exchange.tthc_excel import parse_tthc_workbook
from qms_desktop.exchange.units_excel import parse_units_workbook
from qms_desktop.exchange.xls_rows import xls_hidden_rows
from qms_desktop.i18n import render
from qms_desktop.services import tthc

FIX = Path(__file__).resolve().parent / "fixtures"
HIDDEN_XLS = FIX / "hidden_rows.xls"
DEFAULT_ROW_HEIGHT = bytes([0x25, 0x02, 0x04, 0x00])  # DEFAULTROWHEIGHT record header: type 0x0225, 4 bytes


def test_the_hidden_rows_of_each_sheet_of_an_xls_file_are_read():
    assert xls_hidden_rows(HIDDEN_XLS.read_bytes()) == {"Danh mục": frozenset({5, 7}), "Phụ lục II": frozenset({2})}
    assert xls_hidden_rows((FIX / "province_list.xls").read_bytes()) == {"DM TTHC cấp xã": frozenset()}


def test_rows_hidden_in_an_xls_list_are_left_out_of_the_tthc_import_and_named():
    source = tabular.read_source(HIDDEN_XLS)
    assert source.kind == "xls"
    assert [(g.name, g.hidden) for g in source.grids] == [("Danh mục", (5,)), ("Phụ lục II", (2,))]
    assert 5 not in [n for _t, n, _v in source.grids[0].rows]
    parsed = parse_tthc_workbook(HIDDEN_XLS)
    assert [r.code for r in parsed.records] == ["1.009137", "1.009211", "1.009248", "1.010002"]
    assert parsed.hidden == (("Danh mục", 5), ("Phụ lục II", 2))
    assert render(tabular.hidden_note(parsed.hidden)) == (
        "Left out 2 row(s) hidden in Excel (rows Danh mục: 5; Phụ lục II: 2). "
        "To import them, unhide them in Excel and import the file again.")


def test_the_tthc_import_of_an_xls_list_writes_only_the_visible_rows(ctx):
    plan = tthc.import_tthc(ctx, HIDDEN_XLS)
    assert plan.applied and sorted(r.code for r in tthc.list_tthc(ctx)) == ["1.009137", "1.009211", "1.009248", "1.010002"]
    assert plan.hidden_note is not None and "Danh mục: 5; Phụ lục II: 2" in render(plan.hidden_note)


def test_rows_hidden_in_an_xls_units_register_are_left_out():
    parsed = parse_units_workbook(FIX / "units_hidden.xls")
    assert [r.code for r in parsed.records] == ["00001", "00003"]
    assert parsed.hidden == (("Sheet", 3),)


def test_a_row_hidden_in_an_xls_portal_export_is_left_out_and_named():
    with pytest.raises(PortalRefused) as refused:  # its 2 applications are missing from the sum: the total says so
        read_portal_stats(FIX / "portal_hidden_row.xls")
    text = render(refused.value)
    assert "1.543 in the sheet, 1.541 added up" in text and "1 row(s) hidden in Excel were left out (rows 19)" in text


def _patched(tmp_path: Path, occurrences: int) -> Path:
    """hidden_rows.xls with DEFAULTROWHEIGHT's fDyZero set in the first ``occurrences`` sheets: rows without a
    ROW record hidden by default, which the ROW records cannot list (calamine still reads the file)."""
    data = bytearray(HIDDEN_XLS.read_bytes())
    at = 0
    for _ in range(occurrences):
        at = data.index(DEFAULT_ROW_HEIGHT, at) + len(DEFAULT_ROW_HEIGHT)
        data[at] |= 0x02
    path = tmp_path / "unknown.xls"
    path.write_bytes(bytes(data))
    return path


def test_an_xls_whose_hidden_rows_cannot_be_read_is_read_whole_and_said_so(tmp_path):
    path = _patched(tmp_path, 2)
    assert xls_hidden_rows(path.read_bytes()) == {"Danh mục": None, "Phụ lục II": None}
    grids = tabular.read_source(path).grids
    assert [g.hidden for g in grids] == [(tabular.UNKNOWN_ROW,), (tabular.UNKNOWN_ROW,)]
    parsed = parse_tthc_workbook(path)
    assert "1.009174" in [r.code for r in parsed.records] and "1.010001" in [r.code for r in parsed.records]
    note = tabular.hidden_note(parsed.hidden)
    assert note.message == tabular.HIDDEN_UNKNOWN
    assert render(note).startswith("The rows hidden in this Excel 97–2003 (.xls) file could not be checked")


def test_one_sheet_unknown_the_other_read(tmp_path):
    grids = tabular.read_source(_patched(tmp_path, 1)).grids
    assert [g.hidden for g in grids] == [(tabular.UNKNOWN_ROW,), (2,)]
    assert 5 in [n for _t, n, _v in grids[0].rows] and 2 not in [n for _t, n, _v in grids[1].rows]


def test_a_damaged_compound_file_never_crashes_the_hidden_row_reader(tmp_path):
    data = HIDDEN_XLS.read_bytes()
    rng = random.Random(7)
    for cut in range(0, len(data), 61):  # a truncated copy
        found = xls_hidden_rows(data[:cut])
        assert found is None or isinstance(found, dict)
    assert xls_hidden_rows(data[:512]) is None and xls_hidden_rows(b"") is None
    for i in range(1500):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 12)):
            damaged[rng.randrange(0, 700 if i % 3 == 0 else len(damaged))] = rng.randrange(256)
        found = xls_hidden_rows(bytes(damaged))  # no exception, whatever it finds
        assert found is None or isinstance(found, dict)
    # a FAT chain that loops back on itself: refused, not followed forever
    looped = bytearray(data)
    first_fat = int.from_bytes(data[0x4C:0x50], "little")
    fat_at = (first_fat + 1) * 512
    for n in range(8):
        looped[fat_at + 4 * n:fat_at + 4 * n + 4] = (n + 1 if n < 7 else 0).to_bytes(4, "little")
    assert xls_hidden_rows(bytes(looped)) is None


@pytest.mark.parametrize("damage", ["nothing_found", "reader_raises"])
def test_an_xls_the_reader_cannot_map_is_read_whole(tmp_path, monkeypatch, damage):
    """Whatever the reader fails on (here: it reports nothing), calamine's reading stands and is said unknown."""
    import qms_desktop.exchange.xls_rows as xls_rows

    path = tmp_path / "copy.xls"
    shutil.copy(HIDDEN_XLS, path)
    if damage == "nothing_found":
        monkeypatch.setattr(xls_rows, "xls_hidden_rows", lambda data: None)
    else:
        def boom(data):
            raise RuntimeError("unexpected")
        monkeypatch.setattr(xls_rows, "xls_hidden_rows", boom)
    grids = tabular.read_source(path).grids
    assert [g.hidden for g in grids] == [(tabular.UNKNOWN_ROW,), (tabular.UNKNOWN_ROW,)]
    assert 5 in [n for _t, n, _v in grids[0].rows]
