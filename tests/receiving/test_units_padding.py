"""Unit codes Excel turned into numbers (4 for 00004) with no text form in the file or the register: padded with
zeros to the one width every other code of the column is written in, and the preview says so; any other column
keeps today's reading (the number as shown). Real .xlsx files written with openpyxl; the register is a real
receiving office's SQLite database."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from qms_desktop.exchange.units_excel import PADDED_CODES, padded_note, parse_units_workbook
from qms_desktop.i18n import render
from qms_desktop.services import receiving as rx


def _register(path: Path, codes) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Mã đơn vị", "Tên đơn vị", "Loại"])
    for i, code in enumerate(codes, start=1):
        ws.append([i, code, f"Xã Số {i}", "Xã"])
    wb.save(path)
    return path


def test_numbers_are_padded_to_the_width_of_the_codes_typed_as_text(tmp_path):
    parsed = parse_units_workbook(_register(tmp_path / "dv.xlsx", ["00001", 3, "00002", 12.0, "00020"]))
    assert [(r.code, r.code_was_number, r.number_code) for r in parsed.records] == [
        ("00001", False, ""), ("00003", True, "3"), ("00002", False, ""), ("00012", True, "12"), ("00020", False, "")]
    note = padded_note(parsed.records)
    assert note.message == PADDED_CODES
    assert render(note) == ("2 unit code(s) that Excel had turned into numbers were padded with leading zeros to 5 "
                            "digits, as every other code in the column is written (rows 3: 3 → 00003; 5: 12 → 00012). "
                            "Check them before importing.")


@pytest.mark.parametrize("codes, expected", [
    (["0001", 3, "00002"], "3"),  # the codes typed as text have two widths
    (["LD-01", 3, "00002"], "3"),  # one has letters
    (["12345", 3, "23456"], "3"),  # none has a leading zero: nothing says the codes are zero-padded
    (["00001", 123456, "00002"], "123456"),  # a number longer than the width
    ([1, 3, 5], "3"),  # no code typed as text at all
])
def test_a_column_that_does_not_say_how_to_pad_keeps_the_number(tmp_path, codes, expected):
    parsed = parse_units_workbook(_register(tmp_path / "dv.xlsx", codes))
    assert parsed.records[1].code == expected and parsed.records[1].number_code == ""
    assert padded_note(parsed.records) is None


def test_the_import_writes_the_padded_code_and_the_register_form_wins(office, tmp_path):
    rx.save_unit(office, None, rx.UnitInput(code="4", name="Xã Bốn (mã cũ)"))  # the register's own form: "4"
    path = _register(tmp_path / "dv.xlsx", ["00001", 3, 4, "00002"])
    plan = rx.import_units(office, path, dry_run=True)
    assert sorted(r.code for r in plan.added) == ["00001", "00002", "00003"]
    assert [(r.code, r.number_code) for r, _f in plan.updated] == [("4", "")]  # not padded: the register says "4"
    assert [render(n) for n in plan.notes][0] == (
        "1 unit code(s) that Excel had turned into numbers were padded with leading zeros to 5 digits, as every other "
        "code in the column is written (rows 3: 3 → 00003). Check them before importing.")
    assert render(plan.notes[1]).startswith("5 unit(s) of the register are not in the file")  # the province's
    rx.import_units(office, path)
    codes = {u.code for u in rx.list_units(office)}
    assert {"00001", "00002", "00003", "4"} <= codes and "3" not in codes and "00004" not in codes
    # imported again: the padded code is now the register's, nothing is added
    again = rx.import_units(office, path, dry_run=True)
    assert again.added == [] and len(again.unchanged) == 4
