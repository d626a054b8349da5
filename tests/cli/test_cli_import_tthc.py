"""`qms import tthc` with the lists provinces publish: every format, rows without a code, decisions."""

import json
from pathlib import Path

from sheet_helpers import tthc_list_xlsx
from test_cli import qms

FIX = Path(__file__).resolve().parents[1] / "exchange" / "fixtures"


def _codes(db) -> dict[str, dict]:
    rows = json.loads(qms("--db", str(db), "list", "tthc", "--format", "json").stdout)
    return {r["code"]: r for r in rows}


def test_xls_with_a_row_without_code_and_a_decision_without_its_number(inited, tmp_path):
    r = qms("--lang", "en", "--db", str(inited), "import", "tthc", str(FIX / "province_list.xls"))
    assert r.returncode == 0, r.stderr
    assert "DM TTHC cấp xã, Row 18: rejected" in r.stderr  # the law's title in the time-limit column
    assert "Row 17: Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội — No national code yet" in r.stderr
    assert "--confirm-no-code" in r.stdout
    codes = _codes(inited)
    assert len(codes) == 7 and codes["1.001193"]["provincial_code"] == "000.00.00.H56"
    r = qms("--db", str(inited), "import", "tthc", str(FIX / "province_list.xls"), "--confirm-no-code")
    assert r.returncode == 0 and "TAM-0001" in _codes(inited)

    # A decision whose file does not say its number: refused (exit 1, nothing written) until given.
    import openpyxl

    wb = openpyxl.load_workbook(FIX / "decision_three_parts.xlsx")
    for row in range(1, 5):
        wb.active.cell(row, 1).value = None
    path = tmp_path / "phu_luc.xlsx"
    wb.save(path)
    r = qms("--lang", "en", "--db", str(inited), "import", "tthc", str(path))
    assert r.returncode == 1 and "number and the date of the decision" in r.stderr and r.stderr.count("\n") == 1
    assert _codes(inited)["1.000656"]["status"] == "active"
    r = qms("--lang", "en", "--db", str(inited), "import", "tthc", str(path), "--decision-number", "2301/QĐ-UBND",
            "--decision-date", "20/11/2026")
    assert r.returncode == 0, r.stderr
    assert "Decision 2301/QĐ-UBND of 20/11/2026: 2 abolished, 0 replaced" in r.stdout
    abolished = _codes(inited)["1.000656"]
    assert (abolished["status"], abolished["in_scope"], abolished["status_decision"], abolished["status_date"]) == (
        "abolished", False, "2301/QĐ-UBND", "2026-11-20")
    assert "1.009999" not in _codes(inited)
    assert qms("--db", str(inited), "import", "tthc", str(path), "--decision-date", "31/02/2026").returncode == 2


def test_the_dry_run_refuses_an_impossible_decision_date_as_the_import_does(inited, tmp_path):
    import openpyxl

    wb = openpyxl.load_workbook(FIX / "decision_three_parts.xlsx")
    wb.active.cell(3, 1).value = "Lâm Đồng, ngày 31 tháng 02 năm 2026"
    path = tmp_path / "dec_bad.xlsx"
    wb.save(path)
    for extra in (["--dry-run"], []):
        r = qms("--lang", "en", "--db", str(inited), "import", "tthc", str(path), *extra)
        assert r.returncode == 1 and r.stderr.count("\n") == 1, r.stdout + r.stderr
        assert "The file dates the decision 31/02/2026, which is not a real date" in r.stderr
        assert "ngày ?" not in r.stdout + r.stderr and "of ?" not in r.stdout
    assert _codes(inited) == {}


def test_word_annex_and_csv_dry_run_write_nothing(inited):
    for name in ("decision_annex.docx", "list_cp1258.csv"):
        r = qms("--db", str(inited), "import", "tthc", str(FIX / name), "--dry-run")
        assert r.returncode == 0, r.stderr
    assert _codes(inited) == {}
    r = qms("--lang", "en", "--db", str(inited), "import", "tthc", str(FIX / "list_cp1258.csv"))
    assert r.returncode == 0 and "4 added" in r.stdout
    assert _codes(inited)["1.001776"]["name"] == "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng"


def test_qms_check_is_clean_after_a_bulk_import_and_finds_a_sqlite3_edit_of_an_imported_row(inited, tmp_path):
    """The rows written in bulk (added, amended, abolished) are each covered by their history entry."""
    import sqlite3

    import pytest

    if not isinstance(inited, Path):
        pytest.skip("the sqlite3 edit needs a database file (this run uses a server database)")
    lines = ["STT,Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết"] + [
        f"{i},1.{300000 + i:06d}.000.00.00.H56,Thủ tục số {i},Hộ tịch,05 ngày làm việc" for i in range(1, 451)]
    big = tmp_path / "big.csv"
    big.write_text("\n".join(lines), encoding="utf-8")
    for path in (FIX / "province_list.xlsx", big, FIX / "decision_three_parts.xlsx"):
        r = qms("--lang", "en", "--db", str(inited), "import", "tthc", str(path))
        assert r.returncode == 0, r.stderr
    codes = _codes(inited)
    assert len(codes) == 7 + 450 + 2 and codes["1.000656"]["status"] == "abolished"
    r = qms("--lang", "en", "--db", str(inited), "check")
    assert r.returncode == 0 and "chain intact" in r.stdout and "do not match" not in r.stdout, r.stdout + r.stderr

    target = codes["1.300123"]["id"]
    with sqlite3.connect(inited) as c:  # an attacker's edit of an imported row's time limit
        c.execute("UPDATE tthc SET time_limit = '01 ngày làm việc' WHERE id = ?", (target,))
    r = qms("--lang", "en", "--db", str(inited), "check")
    assert r.returncode == 1 and "1 do not match" in r.stdout, r.stdout + r.stderr
    assert f"#{target}" in r.stdout + r.stderr and "time_limit" in r.stdout + r.stderr

    # Importing the list again puts the row back and writes the outside change into the chain as evidence.
    r = qms("--lang", "en", "--db", str(inited), "import", "tthc", str(big))
    assert r.returncode == 0, r.stderr
    with sqlite3.connect(inited) as c:
        state = c.execute("SELECT state FROM change_log WHERE entity = 'tthc' AND entity_id = ? ORDER BY id DESC",
                          (str(target),)).fetchone()[0]
    assert json.loads(state)["x"] == ["time_limit"]
    r = qms("--lang", "en", "--db", str(inited), "check")
    assert r.returncode == 1 and "changed outside the application before" in r.stdout + r.stderr


def test_a_header_without_procedure_rows_is_refused_and_writes_nothing(inited, tmp_path):
    path = tthc_list_xlsx(tmp_path / "header_only.xlsx", [])
    for extra in (["--dry-run"], []):
        r = qms("--db", str(inited), "import", "tthc", str(path), *extra)
        assert r.returncode == 1 and r.stdout == "", r.stdout + r.stderr
        assert "Tệp không có dòng thủ tục nào dưới dòng tiêu đề (dòng 1)" in r.stderr
        assert "Đã nhập" not in r.stderr
    assert _codes(inited) == {}


def test_rows_hidden_in_excel_are_left_out_and_said(inited, tmp_path):
    path = tthc_list_xlsx(tmp_path / "an.xlsx", [
        [1, "1.009137", "Đăng ký khai sinh", "Hộ tịch", "05 ngày làm việc"],
        [2, "1.009174", "Đăng ký kết hôn", "Hộ tịch", "05 ngày làm việc"],  # row 3: cancelled, hidden
        [3, "1.009211", "Đăng ký khai tử", "Hộ tịch", "05 ngày làm việc"],
    ], hidden=(3,))
    r = qms("--db", str(inited), "import", "tthc", str(path))
    assert r.returncode == 0, r.stderr
    assert "Bỏ qua 1 dòng bị ẩn trong Excel (dòng 3)" in r.stdout
    assert set(_codes(inited)) == {"1.009137", "1.009211"}
    r = qms("--lang", "en", "--db", str(inited), "import", "tthc", str(path), "--dry-run")
    assert "Left out 1 row(s) hidden in Excel (rows 3)" in r.stdout
    # every procedure row hidden: refused, nothing written
    path = tthc_list_xlsx(tmp_path / "all_hidden.xlsx", [[1, "1.009248", "Đăng ký nhận cha, mẹ, con", "Hộ tịch", ""]],
                      hidden=(2,))
    r = qms("--db", str(inited), "import", "tthc", str(path))
    assert r.returncode == 1 and "1 dòng đang bị ẩn trong Excel (dòng 2)" in r.stderr
    assert "1.009248" not in _codes(inited)


def test_a_plain_lists_impossible_title_date_is_refused_not_ignored(inited, tmp_path):
    """QA 51 F10: a list whose title reads "Quyết định số 123/QĐ-UBND ngày 31/02/2026" was imported (exit 0) and
    the date silently dropped, where the same file dated 15/01/2027 was refused as a future date."""
    path = tmp_path / "ds_31_02.csv"
    path.write_text("Danh mục TTHC kèm theo Quyết định số 123/QĐ-UBND ngày 31/02/2026\n"
                    "STT;Mã TTHC;Tên thủ tục hành chính;Lĩnh vực\n"
                    "1;1.001193;Đăng ký khai sinh;Hộ tịch\n", encoding="utf-8")
    for extra in (["--dry-run"], []):
        r = qms("--lang", "en", "--db", str(inited), "import", "tthc", str(path), *extra)
        assert r.returncode == 1 and "The file dates the decision 31/02/2026, which is not a real date" in r.stderr, \
            r.stdout + r.stderr
    assert _codes(inited) == {}
    r = qms("--lang", "en", "--db", str(inited), "import", "tthc", str(path), "--decision-date", "20/02/2026",
            "--decision-number", "123/QĐ-UBND")
    assert r.returncode == 0, r.stderr  # the date given by hand stands in for the file's
    assert "1.001193" in _codes(inited)
