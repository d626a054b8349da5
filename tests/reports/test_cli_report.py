"""``qms report …`` and ``qms document …`` end to end, as a clerk types them."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from report_helpers import PASSWORD

from qms_desktop import cli


@pytest.fixture
def qms(commune, monkeypatch, capsys):
    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)
    path = str(commune.path)

    def run(*args: str, user: str = "chutich") -> tuple[int, str, str]:
        try:
            code = cli.main(["--lang", "en", "--db", path, "--user", user, *args])  # English sources
        except SystemExit as usage:  # argparse's usage error, as the console script ends
            code = usage.code
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_create_finalize_export_verify(qms, tmp_path):
    code, out, err = qms("report", "create", "--period", "2026-H1", user="thuky")
    assert code == 0, err
    report_id = out.strip()
    assert report_id.isdigit() and "01/BC-UBND" in err
    assert "for first six months of 2026 created" in err  # the period by name, not "2026-H1" (QA E, L4)
    code, _out, err = qms("report", "create", "--period", "2026-H1")
    assert code == 1 and "already exists" in err
    code, _out, err = qms("report", "finalize", report_id, user="thuky")
    assert code == 1 and "not allowed" in err  # only a leader finalises
    notes = tmp_path / "iii.txt"
    notes.write_text("Một số hồ sơ còn trễ hạn.\nThiếu nhân lực.", encoding="utf-8")
    code, _out, err = qms("report", "edit", report_id, "--shortcomings", f"@{notes}", user="thuky")
    assert code == 0, err
    code, out, err = qms("report", "finalize", report_id, "--date", "20/06/2026")  # the pre-flight lists its warnings
    assert code == 1 and "pre-flight warning" in err and len(err.strip().splitlines()) == 1
    listed = [line.split("\t") for line in out.strip().splitlines()]
    assert {kind for kind, _code, _msg in listed} == {"warning"} and ["warning", "plans_empty"] == listed[0][:2]
    codes = [c for _k, c, _m in listed]
    code, out, err = qms("report", "finalize", report_id, "--date", "20/06/2026", "--acknowledge", *codes[:-1])
    assert code == 1 and codes[-1] in err  # one still not acknowledged
    code, out, err = qms("report", "finalize", report_id, "--date", "20/06/2026", "--acknowledge", *codes)
    assert code == 0 and "01/BC-UBND" in out, err
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, err = qms("report", "export", report_id, "--out", str(usb), user="thuky")
    assert code == 0, err
    written = out.split()
    assert [p.rsplit("/", 1)[-1] for p in written] == [
        "BaoCaoISO_2026-6T_TanPhu.zip", "BaoCaoISO_2026-6T_TanPhu.pdf", "BaoCaoISO_2026-6T_TanPhu.xlsx"]
    code, out, err = qms("package", "verify", written[0])
    assert code == 3 and "sender not authenticated" in out  # no fingerprint confirmed: not authenticated
    fingerprint = out.split("Signing key fingerprint: ")[1].split(" (")[0]
    code, out, err = qms("package", "verify", written[0], "--fingerprint", fingerprint)
    assert code == 0 and "Valid package" in out
    assert "period 2026-H1 (first six months of 2026)" in out, out  # the app's own words in English (QA 10 F15)
    exported = next(line for line in out.splitlines() if line.startswith("Exported "))
    assert re.fullmatch(r"Exported \d\d/\d\d/\d{4} \d\d:\d\d by .+", exported), exported  # not an ISO stamp
    code, out, err = qms("package", "verify", written[0], "--fingerprint", "xyz")
    assert code == 2 and "'xyz' is not a key fingerprint" in err and not out  # a usage error (QA 9 B-F12)
    code, out, _ = qms("report", "list")
    assert "2026-H1\t1\t01/BC-UBND\t2026-06-20\tfinal" in out
    code, _out, err = qms("report", "sent", report_id, user="thuky")
    assert code == 0, err


def test_number_confirmed_and_taken(qms):
    code, out, _ = qms("report", "create", "--period", "2026", "--number", "12")
    assert code == 0
    code, _out, err = qms("report", "create", "--period", "2026-H1", "--number", "12")
    assert code == 1 and "12/BC-UBND" in err and "already used" in err


def test_documents_are_printed(qms, commune, tmp_path):
    for kind, record_id in (("announcement", commune.ids["announcement"]), ("car", commune.ids["ncs"][0]),
                            ("procedure_steps", commune.ids["procedures"]["QT-01/HT"])):
        code, out, err = qms("document", kind, str(record_id), "--out", str(tmp_path))
        assert code == 0, err
        assert out.strip().endswith(".pdf") and out.strip().rsplit("/", 1)[-1].isascii()
    code, _out, err = qms("document", "car", "999", "--out", str(tmp_path))
    assert code == 1 and "not found" in err


def test_package_verify_needs_no_database(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("QMS_DB", raising=False)
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "nothing-here"))
    bogus = tmp_path / "BaoCao.zip"
    bogus.write_bytes(b"not a zip")
    assert cli.main(["--lang", "en", "package", "verify", str(bogus)]) == 1
    assert "INVALID" in capsys.readouterr().err
    assert not (tmp_path / "nothing-here").exists()  # no database, no key created


def test_the_command_in_a_subprocess(tmp_path):
    """Exit codes as the receiving office's shell sees them."""
    command = [sys.executable, "-c", "from qms_desktop.cli import main; raise SystemExit(main())"]
    done = subprocess.run([*command, "--lang", "en", "package", "verify", str(tmp_path / "missing.zip")], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1 and "does not exist" in done.stderr


def test_preflight_statements_and_acknowledge_all(qms, tmp_path):
    code, out, _err = qms("report", "create", "--period", "2026-H1", user="thuky")
    report_id = out.strip()
    code, out, err = qms("report", "preflight", report_id, "--date", "20/06/2026")
    lines = [line.split("\t") for line in out.strip().splitlines()]
    assert code == 1 and ["refusal", "shortcomings_empty"] == lines[0][:2] and "1 refusal" in err
    assert "consultant_unknown" in [c for _k, c, _m in lines]
    code, _out, err = qms("report", "finalize", report_id, "--acknowledge-all")
    assert code == 1 and "cannot be signed" in err  # a refusal is never acknowledged away
    consultant = tmp_path / "tu_van.txt"
    consultant.write_text("Xã tự xây dựng HTQLCL, không thuê tổ chức tư vấn.", encoding="utf-8")
    code, _out, err = qms("report", "edit", report_id, "--shortcomings", "Một hồ sơ khắc phục quá hạn.",
                          "--statement", f"consultant=@{consultant}", "--request-letter",
                          "Công văn số 456/SKHCN-TĐC ngày 02/6/2026 của Sở Khoa học và Công nghệ", user="thuky")
    assert code == 0, err
    code, _out, err = qms("report", "edit", report_id, "--statement", "bogus=x", user="thuky")
    assert code == 1 and "Unknown item of Part II" in err
    code, out, _err = qms("report", "preflight", report_id, "--date", "20/06/2026")
    assert "consultant_unknown" not in out and "refusal" not in out
    code, out, err = qms("report", "finalize", report_id, "--date", "20/06/2026", "--acknowledge-all")
    assert code == 0 and "01/BC-UBND" in out, err


def test_dates_in_the_future_or_before_the_report_are_refused(qms):
    """QA H2/M2 from the command line (its clock is the real date: 2099 is in the future whenever this runs)."""
    code, out, _err = qms("report", "create", "--period", "2026-H1", user="thuky")
    report_id = out.strip()
    code, _out, err = qms("report", "edit", report_id, "--shortcomings", "Một hồ sơ khắc phục quá hạn.",
                          "--data-as-of", "30/12/2099", user="thuky")
    assert code == 1 and "Figures up to (30/12/2099) cannot be in the future" in err
    code, out, err = qms("report", "preflight", report_id, "--date", "01/01/2099")
    assert code == 1 and ["refusal", "date_after_today"] in [line.split("\t")[:2] for line in out.splitlines()]
    code, _out, err = qms("report", "finalize", report_id, "--date", "01/01/2099", "--acknowledge-all")
    assert code == 1 and "cannot be signed" in err
    code, _out, err = qms("report", "edit", report_id, "--shortcomings", "Một hồ sơ khắc phục quá hạn.", user="thuky")
    code, _out, err = qms("report", "finalize", report_id, "--date", "20/06/2026", "--acknowledge-all")
    assert code == 0, err
    for day, message in (("01/01/2020", "Sent on (01/01/2020) cannot be before Report date (20/06/2026)"),
                         ("31/12/2099", "Sent on (31/12/2099) cannot be in the future")):
        code, _out, err = qms("report", "sent", report_id, "--date", day, user="thuky")
        assert code == 1 and message in err
    code, _out, err = qms("report", "sent", report_id, "--date", "22/06/2026", user="thuky")
    assert code == 0, err


def test_a_date_option_that_is_not_a_date_is_a_usage_error_and_changes_nothing(qms, commune):
    """QA 8 F7.4: 31/02/2026 or 2026-13-01 exited 1 like a refusal, and a blank --date said "saved" and kept the date."""
    from qms_desktop.services import reports

    code, out, err = qms("report", "create", "--period", "2026-H1", user="thuky")
    report_id = out.strip()
    assert qms("report", "edit", report_id, "--date", "19/06/2026", user="thuky")[0] == 0
    before = reports.get_report(commune.leader, int(report_id))
    for command in (("edit", report_id, "--shortcomings", "Đã sửa", "--date"), ("preflight", report_id, "--date"),
                    ("finalize", report_id, "--acknowledge-all", "--date"), ("edit", report_id, "--data-as-of"),
                    ("sent", report_id, "--date")):
        for value in ("31/02/2026", "2026-13-01", "29/02/2026", "  "):
            code, out, err = qms("report", *command, value, user="chutich")
            assert code == 2 and f"not a date (DD/MM/YYYY): {value}" in err, (command, value, code, err)
            assert out == "" and "usage: qms report" in err
    after = reports.get_report(commune.leader, int(report_id))
    assert after == before and after.row.status == "draft" and after.shortcomings == ""
    code, _out, err = qms("report", "edit", report_id, "--date", "20/6/2026", user="thuky")  # a date, as typed
    assert code == 0 and reports.get_report(commune.leader, int(report_id)).row.date.isoformat() == "2026-06-20", err


def test_figures_of_a_period(qms):
    import json

    code, out, _err = qms("report", "figures", "--period", "2026-H1", "--format", "json")
    rows = {r["key"]: r for r in json.loads(out)}
    assert code == 0 and rows["received"]["value"] == 1282 and rows["on_time_rate"]["value"] == 98.5
    assert rows["received"]["printed"] == "Số hồ sơ TTHC tiếp nhận" and rows["nc_overdue"]["value"] == 1
    code, out, _err = qms("report", "figures", "--period", "2026-H1")
    assert out.splitlines()[0] == "key\tvalue\tlabel\tprinted"


def test_import_stats_from_the_portal_export(qms, tmp_path, capsys):
    from pathlib import Path

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "ket_qua_tthc_theo_linh_vuc.xlsx"
    # this commune keeps monthly and quarterly figures: six months on top of them would count them twice
    for extra in (("--dry-run",), ()):
        code, _out, err = qms("report", "import-stats", str(fixture), *extra, user="thuky")
        assert code == 1 and "overlap the statistics already recorded for 01/12/2025 – 31/12/2025" in err
    code, out, _err = qms("list", "stats", "--format", "json")
    assert len(json.loads(out)) == 4
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK not really")
    code, _out, err = qms("report", "import-stats", str(bad), user="thuky")
    assert code == 1 and len(err.strip().splitlines()) == 1

    # a new commune (no figures yet) takes the half year from the portal
    new = tmp_path / "moi.sqlite"
    assert cli.main(["--lang", "en", "--db", str(new), "--user", "thuky", "init", "--name", "Ủy ban nhân dân xã Tân Phú",
                     "--province", "Tỉnh Lâm Đồng"]) == 0
    for extra, said in ((("--dry-run",), "Dry run: 8 fields for 15/12/2025 – 14/06/2026"), ((), "Imported 8 fields")):
        code = cli.main(["--lang", "en", "--db", str(new), "--user", "thuky", "report", "import-stats", str(fixture),
                         *extra])
        out, err = capsys.readouterr()
        assert code == 0 and said in err
    assert "Hộ tịch\t755\t741\t3\t11" in out
    # the same period again: the figures it replaces are said, on the dry run and on the import (QA 62 F3)
    for extra in (("--dry-run",), ()):
        code = cli.main(["--lang", "en", "--db", str(new), "--user", "thuky", "report", "import-stats", str(fixture),
                         *extra])
        out, err = capsys.readouterr()
        assert code == 0 and ("The period already had figures, which this import replaces: 1,543 received, 1,506 on "
                              "time, 11 late, 26 pending, in 8 fields") in err, err


def test_import_stats_prints_a_header_the_period_in_words_and_cells_as_typed(tmp_path, capsys, monkeypatch):
    from pathlib import Path

    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)
    import openpyxl

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "ket_qua_tthc_theo_linh_vuc.xlsx"
    db = tmp_path / "moi.sqlite"
    base = ["--db", str(db), "--user", "thuky"]
    assert cli.main([*base, "init", "--name", "Ủy ban nhân dân xã Tân Phú", "--province", "Tỉnh Lâm Đồng"]) == 0
    wb = openpyxl.load_workbook(fixture)
    wb.active["C12"] = -5
    wb.save(tmp_path / "am.xlsx")
    capsys.readouterr()
    assert cli.main([*base, "report", "import-stats", str(tmp_path / "am.xlsx")]) == 1
    assert "Dòng 12, cột C: '-5' không phải là số hồ sơ" in capsys.readouterr().err
    wb = openpyxl.load_workbook(fixture)
    wb.active["A5"] = "Kỳ báo cáo: (Từ ngày 01/01/2026 đến ngày 31/02/2026)"
    wb.save(tmp_path / "ngay_sai.xlsx")
    assert cli.main([*base, "report", "import-stats", str(tmp_path / "ngay_sai.xlsx")]) == 1
    assert "nhưng ngày 31/02/2026 không phải là ngày hợp lệ" in capsys.readouterr().err  # QA 44 F2: was English
    assert cli.main([*base, "report", "import-stats", str(fixture)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[:2] == ["field\treceived\ton_time\tlate\tpending", "Hộ tịch\t755\t741\t3\t11"]
    assert "Đã nhập 8 lĩnh vực, từ 15/12/2025 đến 14/06/2026 (sáu tháng đầu năm 2026)." in err
    assert "kỳ thống kê" not in err
    assert cli.main(["--lang", "en", *base, "report", "import-stats", str(fixture), "--dry-run"]) == 0
    assert "Dry run: 8 fields for 15/12/2025 – 14/06/2026 (first six months of 2026); nothing was written." in (
        capsys.readouterr().err)
    # dates that are no report period's: the dates alone
    wb = openpyxl.load_workbook(fixture)
    wb.active["A5"] = "Kỳ báo cáo: (Từ ngày 01/07/2026 đến ngày 31/07/2026)"
    wb.save(tmp_path / "thang.xlsx")
    assert cli.main(["--lang", "en", *base, "report", "import-stats", str(tmp_path / "thang.xlsx")]) == 0
    assert "Imported 8 fields for 01/07/2026 – 31/07/2026.\n" in capsys.readouterr().err


def test_edit_and_correct_name_the_report_by_its_number(qms):
    """QA 9a/10: `report edit` said "Report 5 saved." and `report correct` printed a bare "5": the clerk reads
    5 as the report's number (số), which is 01/BC-UBND. The id stays on stdout for scripts; the words name both."""
    code, out, err = qms("report", "create", "--period", "2026-H1", user="thuky")
    report_id = out.strip()
    code, out, err = qms("report", "edit", report_id, "--plans", "Tiếp tục duy trì.", "--shortcomings",
                         "Một số hồ sơ còn trễ hạn.", user="thuky")
    assert code == 0 and f"Report 01/BC-UBND (id {report_id}) saved." in out + err, (out, err)
    code, out, err = qms("report", "finalize", report_id, "--date", "20/06/2026", "--acknowledge-all")
    assert code == 0, err
    code, out, err = qms("report", "correct", report_id)
    assert code == 0, err
    new_id = out.strip()
    assert new_id.isdigit() and new_id != report_id  # what a script reads
    # QA 46 F6: "the correction of report 02/BC-UBND" named the new draft as the report corrected
    assert f"Draft 02/BC-UBND correcting report 01/BC-UBND (version 2) created (id {new_id})." in err, err


def test_edit_help_names_the_parts_as_the_report_prints_them(commune, capsys):
    """QA 9a F9: the help numbered the narrative "mục 2/3/4" where the report prints Parts III, IV and V, and
    left "KEY"/"TEXT" in English beside the Vietnamese placeholders."""
    with pytest.raises(SystemExit):
        cli.main(["--db", str(commune.path), "report", "edit", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "Phần III" in text and "Phần IV" in text and "Phần V" in text and "mục 2" not in text
    assert "KEY" not in text and "TEXT" not in text
