"""`units import` of a province list that has fewer columns than the register (QA9b F1), and register names
without their kind word (QA9b F8).

F1: a column the file does not have, or an empty cell, leaves the register's value as it is (a new unit takes the
defaults); the preview and the import name every field of every unit updated, before → after.
F8: "Bảo Lộc" of kind Phường in the register is the unit of a package from "Ủy ban nhân dân phường Bảo Lộc",
and never that of "xã Bảo Lộc".

Real .xlsx files written with openpyxl; the register is a copy of the province's receiving office (SQLite)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from province import OFFICE_TODAY, PASSWORD, trust_all, write_register

from qms_desktop import cli
from qms_desktop.exchange.units_excel import CLOSED_BEFORE_OPENED, NO_REASON
from qms_desktop.i18n import render
from qms_desktop.services import receiving as rx

JULY_2025 = dt.date(2025, 7, 1)


def _plain_list(path: Path, rows, header=("Mã đơn vị", "Tên đơn vị", "Loại")) -> Path:
    """A province's list with only some of the register's columns (no title row, as QA's U6.xlsx)."""
    wb = Workbook()
    ws = wb.active
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def _units(ctx) -> dict:
    return {u.code: u for u in rx.list_units(ctx)}


# ---------------------------------------------------------------- F1: nothing cleared unseen

def test_columns_the_file_does_not_have_keep_the_registers_values(office, tmp_path):
    before = _units(office)
    assert (before["LD-PQ"].expected, before["LD-PQ"].not_expected_reason, before["LD-PQ"].opened) == (
        False, "Chưa áp dụng HTQLCL", JULY_2025)
    assert before["LD-TP"].predecessors == "Xã Phú Lâm; Xã Phú Bình"
    path = _plain_list(tmp_path / "U6.xlsx", [("LD-TP", "Xã Tân Phú", "Xã"), ("LD-PQ", "Đặc khu Phú Quý", "Đặc khu")])
    plan = rx.import_units(office, path, dry_run=True)
    assert plan.updated == [] and sorted(r.code for r in plan.unchanged) == ["LD-PQ", "LD-TP"]
    assert render(plan.missing_columns_note) == (
        "The file has no column “Ngày thành lập”, “Ngày giải thể”, “Đơn vị tiền thân”, “Phải báo cáo”, “Lý do”: the "
        "units already in the register keep what it holds for them, as they do for an empty cell.")
    rx.import_units(office, path)
    after = _units(office)
    for code in ("LD-TP", "LD-PQ"):
        assert (after[code].opened, after[code].closed, after[code].predecessors, after[code].expected,
                after[code].not_expected_reason) == (before[code].opened, before[code].closed,
                                                     before[code].predecessors, before[code].expected,
                                                     before[code].not_expected_reason)


def test_empty_cells_keep_the_register_and_every_change_is_listed(office, tmp_path):
    path = write_register(tmp_path / "dv.xlsx", [
        ("LD-TP", "Xã Tân Phú", "Xã", "02/07/2025", None, None, None, None),  # a new opening date, the rest empty
        ("LD-BL", "Phường Bảo Lộc", "Phường", None, None, None, "Có", None),  # its opening date kept (QA's U1)
        ("LD-PQ", "Đặc khu Phú Quý", "Đặc khu", None, None, None, "Có", None),  # now expected: its reason goes
        ("LD-NEW", "Xã Mới", None, None, None, None, None, None),  # a new unit: the defaults
    ])
    plan = rx.import_units(office, path, dry_run=True)
    assert [r.code for r in plan.added] == ["LD-NEW"] and [r.code for r in plan.unchanged] == ["LD-BL"]
    assert {rec.code: [(c.name, c.old, c.new) for c in changes] for rec, changes in plan.updated} == {
        "LD-TP": [("opened", JULY_2025, dt.date(2025, 7, 2))],
        "LD-PQ": [("expected", False, True), ("not_expected_reason", "Chưa áp dụng HTQLCL", "")]}
    assert plan.change_lines() == [
        "LD-TP (Xã Tân Phú): Established on: 01/07/2025 → 02/07/2025",
        "LD-PQ (Đặc khu Phú Quý): Must report: No → Yes; Why it need not report: Chưa áp dụng HTQLCL → —"]
    assert plan.missing_columns_note is None  # the file has every column
    assert [render(n) for n in plan.notes] == [  # the units not in the file
        "2 unit(s) of the register are not in the file and are kept as they are: LD-DH (Xã Đạ Huoai), LD-LB (Xã Lộc "
        "Bắc). A unit that no longer exists is closed in Đơn vị (its closing date), never deleted."]
    assert _units(office)["LD-PQ"].expected is False  # a dry run writes nothing
    done = rx.import_units(office, path)
    assert done.change_lines() == plan.change_lines()
    after = _units(office)
    assert (after["LD-TP"].opened, after["LD-TP"].predecessors) == (dt.date(2025, 7, 2), "Xã Phú Lâm; Xã Phú Bình")
    assert after["LD-BL"].opened == JULY_2025
    assert (after["LD-PQ"].expected, after["LD-PQ"].not_expected_reason) == (True, "")
    new = after["LD-NEW"]
    assert (new.kind, new.opened, new.predecessors, new.expected, new.not_expected_reason) == ("xa", None, "", True, "")


def test_not_expected_without_a_reason_takes_the_registers_and_merged_dates_are_checked(office, tmp_path):
    path = write_register(tmp_path / "dv.xlsx", [
        ("LD-PQ", "Đặc khu Phú Quý", "Đặc khu", None, None, None, "Không", None),  # its reason is the register's
        ("LD-X", "Xã Nghỉ", "Xã", None, None, None, "Không", None),  # new, no reason anywhere: rejected
        ("LD-TP", "Xã Tân Phú", "Xã", None, "30/06/2025", None, None, None),  # closed before the register's opening
        ("LD-DH", "Xã Đạ Huoai", "Xã", None, None, None, "Không", "Sáp nhập"),  # a reason given with Không
    ])
    plan = rx.import_units(office, path, dry_run=True)
    assert [(r.row_number, r.reason) for r in plan.rejected] == [(5, NO_REASON), (6, CLOSED_BEFORE_OPENED)]
    assert [r.code for r in plan.unchanged] == ["LD-PQ"] and plan.added == []
    assert plan.change_lines() == ["LD-DH (Xã Đạ Huoai): Must report: Yes → No; Why it need not report: — → Sáp nhập"]
    rx.import_units(office, path)
    after = _units(office)
    assert (after["LD-PQ"].expected, after["LD-PQ"].not_expected_reason) == (False, "Chưa áp dụng HTQLCL")
    assert after["LD-TP"].closed is None and "LD-X" not in after
    assert (after["LD-DH"].expected, after["LD-DH"].not_expected_reason) == (False, "Sáp nhập")


@pytest.fixture
def qms(office_target, tmp_path, monkeypatch, capsys):
    """Run `qms --lang … --db <copy of the office> …` in-process; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("QMS_USER", "vanthu")
    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)
    from qms_desktop.services import context

    monkeypatch.setattr(context.AppContext, "today", property(lambda self: OFFICE_TODAY))

    def run(*args, lang: str = "en"):
        capsys.readouterr()
        code = cli.main(["--lang", lang, "--db", str(office_target), *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_cli_dry_run_lists_the_fields_that_change(qms, tmp_path):
    path = _plain_list(tmp_path / "dv.xlsx", [("LD-TP", "Xã Tân Phú", "Xã", None), ("LD-PQ", "Phú Quý", "Đặc khu", "Có")],
                       header=("Mã đơn vị", "Tên đơn vị", "Loại", "Phải báo cáo"))
    code, out, err = qms("units", "import", path, "--dry-run")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Dry run: 0 units to add, 1 to update, 1 unchanged, 0 rejected. Nothing was written."
    assert lines[1].startswith("3 unit(s) of the register are not in the file and are kept as they are: LD-BL")
    assert lines[2].startswith("The file has no column “Ngày thành lập”, “Ngày giải thể”, “Đơn vị tiền thân”, “Lý do”")
    assert lines[3:] == [
        "Units to update (field: now → after the import):",
        "  LD-PQ (Phú Quý): Name: Đặc khu Phú Quý → Phú Quý; Must report: No → Yes; "
        "Why it need not report: Chưa áp dụng HTQLCL → —"]
    code, out, err = qms("units", "import", path, "--dry-run", lang="vi")
    assert code == 0 and ("  LD-PQ (Phú Quý): Tên: Đặc khu Phú Quý → Phú Quý; Phải báo cáo: Không → Có; "
                          "Lý do không phải báo cáo: Chưa áp dụng HTQLCL → —") in out.splitlines()
    code, out, err = qms("units", "import", path)
    assert code == 0 and "Units imported: 0 added, 1 updated, 1 unchanged, 0 rejected." in out
    assert "Units updated (field: before → now):" in out and "  LD-PQ (Phú Quý): Name: Đặc khu Phú Quý → Phú Quý" in out
    code, out, err = qms("units", "import", path, "--dry-run")
    assert "0 to update, 2 unchanged" in out and "Units to update" not in out


# ---------------------------------------------------------------- F8: the kind word

def test_match_key_adds_the_kind_word_a_register_name_lacks():
    ward = rx.match_key("Ủy ban nhân dân phường Bảo Lộc")
    assert ward == "phuong bao loc"
    assert rx.match_key("Bảo Lộc", "phuong") == ward == rx.match_key("Phường Bảo Lộc", "phuong")
    assert rx.match_key("UBND phường Bảo Lộc", "phuong") == ward
    assert rx.match_key("Bảo Lộc", "xa") == rx.match_key("UBND xã Bảo Lộc") == "xa bao loc" != ward
    assert rx.match_key("Phú Quý", "dac-khu") == rx.match_key("Ủy ban nhân dân đặc khu Phú Quý") == "dac khu phu quy"
    assert rx.match_key("Thị trấn Di Linh", "xa") == "thi tran di linh"  # a name with its own word keeps it
    # "Xà Phiên" is a name, not the word "xã": the commune's key is "xa xa phien", as its package's
    assert rx.match_key("Xà Phiên", "xa") == rx.match_key("Ủy ban nhân dân xã Xà Phiên") == "xa xa phien"
    assert rx.match_key("Bảo Lộc") == "bao loc"  # a package's name, taken as it is


def test_a_package_matches_the_register_name_without_its_kind_word(office, province, tmp_path):
    """The province's list names the ward "Bảo Lộc" (kind Phường); its package says "Ủy ban nhân dân phường Bảo Lộc"
    (no unit code); a commune "Bảo Lộc" (kind Xã) in the register is another unit."""
    path = _plain_list(tmp_path / "U8.xlsx", [("LD-BL", "Bảo Lộc", "Phường"), ("LD-XBL", "Bảo Lộc", "Xã")])
    plan = rx.import_units(office, path)
    assert [r.code for r in plan.added] == ["LD-XBL"]
    assert [rec.code for rec, _changes in plan.updated] == ["LD-BL"]
    trust_all(office, province)
    sent = province.sent["BL"]
    assert sent.name == "Ủy ban nhân dân phường Bảo Lộc"
    result = rx.import_packages(office, [sent.package])
    [outcome] = result.outcomes
    assert (outcome.status, outcome.unit_code) == ("accepted", "LD-BL"), outcome.reason and render(outcome.reason)


def test_a_commune_of_the_same_name_does_not_take_the_wards_package(office, province, tmp_path):
    rx.import_units(office, _plain_list(tmp_path / "dv.xlsx", [("LD-BL", "Bảo Lộc", "Xã")]))  # the wrong kind
    [outcome] = rx.import_packages(office, [province.sent["BL"].package], confirm_key=lambda q: True).outcomes
    assert outcome.status == "refused" and "is not in the register" in render(outcome.reason)
    # Only the key pinned for LD-BL finds it across the kinds (QA 24 F4), with both names said.
    trust_all(office, province)
    [outcome] = rx.import_packages(office, [province.sent["BL"].package]).outcomes
    assert (outcome.status, outcome.unit_code) == ("accepted", "LD-BL")
    assert any("phường Bảo Lộc" in render(n) and "key pinned" in render(n) for n in outcome.notes)


def test_a_unit_saved_before_kinds_were_keyed_still_matches(office, province, tmp_path):
    """A register saved by an earlier version holds the key without the kind word ("bao loc"): the inbox also keys
    the unit by its name and kind, so the ward's package is still its."""
    from sqlalchemy import select

    from qms_desktop.storage import orm

    rx.import_units(office, _plain_list(tmp_path / "U8.xlsx", [("LD-BL", "Bảo Lộc", "Phường")]))
    with office.tx("import") as s:  # as the earlier version wrote it (through the application: history kept)
        s.scalar(select(orm.RxUnit).where(orm.RxUnit.code == "LD-BL")).match_key = "bao loc"
    trust_all(office, province)
    [outcome] = rx.import_packages(office, [province.sent["BL"].package]).outcomes
    assert (outcome.status, outcome.unit_code) == ("accepted", "LD-BL"), outcome.reason and render(outcome.reason)


def test_the_units_the_file_does_not_list_are_said_to_be_kept(qms, tmp_path):
    """QA 24 F5: a unit missing from the file was kept (right) without a word, though the officer may have meant the
    file as the whole register (after a merger). The closed LD-OLD is not named."""
    path = _plain_list(tmp_path / "dv.xlsx", [("LD-TP", "Xã Tân Phú", "Xã"), ("LD-PQ", "Đặc khu Phú Quý", "Đặc khu")])
    for args in (("--dry-run",), ()):
        code, out, _err = qms("units", "import", path, *args)
        assert code == 0
        assert ("3 unit(s) of the register are not in the file and are kept as they are: LD-BL (Phường Bảo Lộc), "
                "LD-DH (Xã Đạ Huoai), LD-LB (Xã Lộc Bắc).") in out, out
    code, out, _err = qms("units", "list", "--format", "json")
    assert code == 0 and {"LD-BL", "LD-DH", "LD-LB", "LD-OLD"} <= {u["code"] for u in json.loads(out)}
    code, out, _err = qms("units", "import", path, "--dry-run", lang="vi")
    assert "3 đơn vị trong danh sách không có trong tệp và được giữ nguyên: LD-BL (Phường Bảo Lộc)" in out


def test_a_code_typed_in_another_case_takes_the_files_spelling_and_says_so(office, tmp_path):
    """QA 24 F6: the register's "ld-bl" stayed as typed when the province's file says "LD-BL": counted unchanged."""
    u = rx.get_unit(office, "LD-BL")
    rx.save_unit(office.editing(u.stamp), u.id, rx.UnitInput("ld-bl", u.name, u.kind, u.opened, u.closed,
                                                             u.predecessors, u.expected, u.not_expected_reason))
    path = _plain_list(tmp_path / "dv.xlsx", [("LD-BL", "Phường Bảo Lộc", "Phường")])
    plan = rx.import_units(office, path, dry_run=True)
    assert plan.change_lines() == ["LD-BL (Phường Bảo Lộc): Code: ld-bl → LD-BL"], plan.change_lines()
    rx.import_units(office, path)
    assert rx.get_unit(office, "ld-bl").code == "LD-BL" and len(rx.list_units(office)) == len(_units(office))


def test_a_package_of_a_commune_merged_into_another_says_who_reports_for_it(office, province, tmp_path):
    """QA 61 F2: a package of a commune the register lists only as merged into another was refused as "not in the
    register (add it in Đơn vị …)": advice to register a unit that no longer exists."""
    rx.import_units(office, _plain_list(tmp_path / "dv.xlsx", [("LD-BL", "Bảo Lộc Mới", "Phường")]))
    tp = rx.get_unit(office, "LD-TP")
    rx.save_unit(office.editing(tp.stamp), tp.id, rx.UnitInput(tp.code, tp.name, tp.kind, tp.opened, tp.closed,
                                                               "Phường Bảo Lộc", tp.expected, tp.not_expected_reason))
    assert rx.list_packages(office) == []
    [outcome] = rx.import_packages(office, [province.sent["BL"].package], confirm_key=lambda q: True).outcomes
    text = render(outcome.reason)
    assert outcome.status == "refused" and "merged into Xã Tân Phú (LD-TP), which reports for it" in text, text
    assert "not in the register" not in text and rx.list_packages(office) == []  # nothing taken in
