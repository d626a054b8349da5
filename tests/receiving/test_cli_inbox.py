"""`qms units …` and `qms inbox …` as the office's clerk types them; the files they write read back."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from province import OFFICE_TODAY, PASSWORD, PERIOD, write_register
from report_helpers import assert_decree30_page

from qms_desktop import cli


@pytest.fixture
def qms(province, office_target, tmp_path, monkeypatch, capsys):
    """Run `qms --lang en --db <copy of the office> …` in-process; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("QMS_USER", "vanthu")
    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)
    path = office_target

    from qms_desktop.services import context

    monkeypatch.setattr(context.AppContext, "today", property(lambda self: OFFICE_TODAY))

    def run(*args: str, lang: str = "en"):
        capsys.readouterr()
        try:
            code = cli.main(["--lang", lang, "--db", str(path), *map(str, args)])
        except SystemExit as usage:  # argparse's usage error, as the console script ends
            code = usage.code
        out, err = capsys.readouterr()
        return code, out, err
    run.path = path
    return run


def _lines(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines() if line.strip()]


def test_import_trust_status_and_summary(qms, province, tmp_path):
    sent = province.sent
    code, out, err = qms("inbox", "import", *[s.package for s in sent.values()])
    assert code == 1 and "3 of 3 packages refused" in err
    rows = _lines(out)
    assert [r[0] for r in rows] == ["refused"] * 3
    assert all("not confirmed yet" in r[4] and f"Enrol it with: qms inbox trust {r[2]} " in r[4] for r in rows)
    for s in sent.values():
        code, out, err = qms("inbox", "trust", s.code, s.fingerprint.replace(" ", "").lower(), "--note", "điện thoại")
        assert code == 0 and f"Key {s.fingerprint} enrolled" in out, err
    code, out, err = qms("inbox", "trust", "LD-TP", "not-a-fingerprint")
    assert code == 2 and "not a key fingerprint" in err  # a usage error (QA 9 B-F12)
    code, out, err = qms("inbox", "trust", "NOPE", sent["TP"].fingerprint)
    assert code == 1 and "No unit with code NOPE" in err

    usb = tmp_path / "usb"
    for s in sent.values():
        shutil.copytree(s.package.parent, usb / s.code)
    code, out, err = qms("inbox", "import", usb)  # the whole drive
    assert code == 0, err
    rows = _lines(out)
    assert sorted((r[0], r[2], r[3]) for r in rows) == [
        ("accepted", "LD-BL", PERIOD), ("accepted", "LD-DH", PERIOD), ("accepted", "LD-TP", PERIOD)]
    code, out, err = qms("inbox", "import", usb)
    assert code == 0 and [r[0] for r in _lines(out)] == ["duplicate"] * 3

    code, out, err = qms("inbox", "status", "--period", PERIOD, "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert set(doc) == {"period", "start", "end", "due_date", "expected", "received", "on_time", "late", "returned",
                        "missing", "reporting_rate", "on_time_rate", "units"}
    assert (doc["expected"], doc["received"], doc["on_time"], doc["late"], doc["missing"]) == (4, 3, 2, 1, 1)
    assert doc["due_date"] == "2026-06-20" and doc["reporting_rate"] == 75.0 and doc["on_time_rate"] == 50.0
    units = {u["code"]: u for u in doc["units"]}
    assert set(units["LD-BL"]) == {"code", "name", "kind", "expected", "not_expected_reason", "closed", "state", "counted",
                                   "on_time", "late", "sent_date", "received_date", "version", "warnings",
                                   "days_late"}
    assert units["LD-BL"]["late"] is True and units["LD-BL"]["sent_date"] == "2026-06-25"
    assert units["LD-LB"]["state"] == "missing" and units["LD-LB"]["on_time"] is None
    # QA 58 F3: how late, and how long overdue, in days after the due date (20/06; the office's day is 01/07)
    assert (units["LD-BL"]["days_late"], units["LD-LB"]["days_late"], units["LD-TP"]["days_late"]) == (5, 11, None)
    assert "nc_overdue" in units["LD-BL"]["warnings"]
    code, out, err = qms("inbox", "status", "--period", PERIOD)
    assert out.splitlines()[0].split("\t") == ["code", "name", "expected", "state", "on_time", "late", "sent_date",
                                               "received_date", "version", "warnings", "days_late"]
    assert "expected 4, received 3" in err

    out_dir = tmp_path / "out"
    code, out, err = qms("inbox", "summary", "--period", PERIOD, "--out", out_dir)
    assert code == 0, err
    xlsx, pdf = (Path(p) for p in out.split())
    assert xlsx.name == "TongHopHTQLCL_2026-6T.xlsx" and pdf.name == "BaoCaoTongHopHTQLCL_2026-6T.pdf"
    wb = load_workbook(xlsx)
    listed = [[c.value for c in r][:2] for r in wb["TinhHinhNop"].iter_rows()]
    assert ["LD-LB", 11] in listed and ["LD-BL", 5] in listed  # missing 11 days after the due date; sent 5 late
    ws = wb["TongHop"]
    header_row = next(r for r in range(1, 10) if ws.cell(r, 2).value == "Mã đơn vị")
    header = [c.value for c in ws[header_row]]
    body = [[c.value for c in row] for row in ws.iter_rows(min_row=header_row + 1)]
    units_rows = {r[1]: dict(zip(header, r)) for r in body if r[1]}
    assert set(units_rows) == {"LD-TP", "LD-BL", "LD-DH", "LD-LB", "LD-PQ"}  # Phú Quý exempted, listed (QA 61 F1)
    assert units_rows["LD-PQ"]["Tình trạng"] == "Không phải báo cáo (Chưa áp dụng HTQLCL)"
    received = {c: doc_row for c, doc_row in units_rows.items()}
    assert isinstance(received["LD-TP"]["Hồ sơ tiếp nhận"], int)  # numbers as numbers
    assert received["LD-LB"]["Hồ sơ tiếp nhận"] is None and received["LD-LB"]["Tình trạng"] == "Chưa gửi"
    total = next(dict(zip(header, r)) for r in body if r[2] == "Tổng cộng")
    assert total["Hồ sơ tiếp nhận"] == sum(received[c]["Hồ sơ tiếp nhận"] for c in ("LD-TP", "LD-BL", "LD-DH"))
    assert 0 < received["LD-TP"]["Tỷ lệ đúng hạn"] <= 1 and ws.cell(header_row + 1, 19).number_format == "0.0%"
    assert set(wb.sheetnames) == {"TongHop", "TinhHinhNop", "CanhBao"}
    # QA 18 F2: the communes' petition books reach the office, as each package's report states them
    book = {"petitions": "Số phản ánh, kiến nghị", "petitions_carried": "Số PAKN kỳ trước chuyển sang",
            "petitions_pending": "Số PAKN chưa trả lời",
            "petitions_overdue": "Số PAKN quá hạn"}
    for code, s in (("LD-TP", sent["TP"]), ("LD-BL", sent["BL"])):
        stated = _report_metrics(s.package)
        assert {k: received[code][v] for k, v in book.items()} == {k: stated.get(k) for k in book}, code
    assert _report_metrics(sent["TP"].package)["petitions"] > 0  # the demo commune's book has some
    assert total["Số phản ánh, kiến nghị"] == sum(received[c]["Số phản ánh, kiến nghị"] or 0
                                                   for c in ("LD-TP", "LD-BL", "LD-DH"))
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout.decode().split())
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "BÁO CÁO" in text
        assert f"Phản ánh, kiến nghị của người dân: tiếp nhận {total['Số phản ánh, kiến nghị']}" in text
        assert "Số đơn vị phải báo cáo: 4" in text and "Xã Lộc Bắc" in text and "SỞ KHOA HỌC VÀ CÔNG NGHỆ" in text
        assert f"{total['Hồ sơ tiếp nhận']:,}".replace(",", ".") in text
        assert_decree30_page(pdf, full_pages=False)  # A4, Liberation Serif embedded, Decree 30 margins
    else:
        print("pdftotext missing: the PDF's text was not checked (CI installs poppler-utils)")


def _report_metrics(package: Path) -> dict:
    """Every metric a package's report.json states, by key."""
    import zipfile

    with zipfile.ZipFile(package) as zf:
        report = json.loads(zf.read("report.json"))
    return {m["key"]: m["value"] for part in report["parts"] for item in part["items"] for m in item["metrics"]}


def test_return_accept_unlock_and_letters(qms, province, tmp_path):
    for s in province.sent.values():
        qms("inbox", "trust", s.code, s.fingerprint)
    code, out, err = qms("inbox", "import", province.sent["DH"].package)
    assert code == 0, err
    code, out, err = qms("inbox", "return", "LD-DH", "--period", PERIOD, "--comment", "Thiếu phụ lục V.",
                         "--letter", tmp_path / "letters")
    assert code == 0, err
    letter = Path(out.split()[-1])
    assert letter.name == "CongVanTraLai_2026-6T_LD-DH.pdf" and letter.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", str(letter), "-"], capture_output=True, check=True).stdout.decode().split())
        assert "Thiếu phụ lục V." in text and "Ủy ban nhân dân xã Đạ Huoai" in text and "V/v trả lại báo cáo" in text
        assert_decree30_page(letter, full_pages=False)
    else:
        print("pdftotext missing: the return letter's text was not checked")
    code, out, err = qms("inbox", "accept", "LD-DH", "--period", PERIOD)
    assert code == 1 and "cannot be accepted" in err  # returned: wait for the corrected version
    code, out, err = qms("inbox", "accept", "LD-LB", "--period", PERIOD)
    assert code == 1 and "No report from unit LD-LB" in err
    code, out, err = qms("inbox", "remind", "--period", PERIOD, "--out", tmp_path / "letters")
    assert code == 0, err
    reminder = Path(out.strip())
    assert reminder.name == "CongVanDonDoc_2026-6T.pdf"
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", str(reminder), "-"], capture_output=True, check=True).stdout.decode().split())
        # three units (TP and BL were not imported here), each addressed by name under "Kính gửi"
        assert "Ủy ban nhân dân xã Lộc Bắc" in text and "Ủy ban nhân dân xã Tân Phú" in text
        assert "Ủy ban nhân dân phường Bảo Lộc" in text and "chưa nhận được báo cáo của 3 đơn vị" in text
        assert "Đạ Huoai" not in text  # returned, not missing: it has its own letter
        assert_decree30_page(reminder, full_pages=False)
    else:
        print("pdftotext missing: the reminder's text was not checked")
    code, out, err = qms("inbox", "list", "--format", "json")
    assert json.loads(out)[0]["state"] == "returned"
    # a moment with its offset, not a naive UTC one read as local (QA 58 F4: 06:00 on 01/01 listed on 31/12)
    assert dt.datetime.fromisoformat(json.loads(out)[0]["received_at"]).utcoffset() is not None
    # the year (ends 14/12/2026) is not over on 01/07/2026: no unit can be late yet, nor summed up
    for args in (("remind", "--period", "2026", "--out", tmp_path / "y"), ("summary", "--period", "2026", "--out", tmp_path / "y")):
        code, out, err = qms("inbox", *args)
        assert code == 1 and "runs until 14/12/2026" in err and "can be made from 15/12/2026" in err
        assert not (tmp_path / "y").exists() or list((tmp_path / "y").iterdir()) == []


def test_units_import_reports_rejected_rows(qms, tmp_path):
    bad = write_register(tmp_path / "bad.xlsx", [
        ("LD-NEW", "Xã Mới", "Xã", None, None, None, "Có", None),
        ("LD-NEW", "Xã Trùng", "Xã", None, None, None, "Có", None),
        ("", "Xã Không Mã", "Xã", None, None, None, "Có", None),
        ("LD-X1", "Xã Lạ", "Huyện", None, None, None, "Có", None),
        ("LD-X2", "Xã Nghỉ", "Xã", None, None, None, "Không", None),
        ("LD-X3", "Xã Ngày Sai", "Xã", "31/02/2026", None, None, "Có", None),
        ("LD-TP", "Xã Tân Phú", "Xã", "01/07/2025", None, "Xã Phú Lâm", "Có", None),
    ])
    code, out, err = qms("units", "import", bad, "--dry-run")
    assert code == 0 and "1 units to add, 1 to update" in out and "Nothing was written" in out
    assert [line.split(":")[0] for line in err.splitlines()] == ["Row 5", "Row 6", "Row 7", "Row 8", "Row 9"]
    assert 'Invalid date "31/02/2026" in the column of the opening date' in err  # its name, not ours ("opened")
    code, out, err = qms("units", "list", "--format", "json")
    assert "LD-NEW" not in {u["code"] for u in json.loads(out)}
    code, out, err = qms("units", "import", bad)
    assert code == 0 and "1 added, 1 updated" in out
    code, out, _ = qms("units", "list", "--format", "json")
    units = {u["code"]: u for u in json.loads(out)}
    assert units["LD-TP"]["predecessors"] == "Xã Phú Lâm" and "LD-NEW" in units
    code, out, err = qms("units", "import", tmp_path / "missing.xlsx")
    assert code == 1 and err.strip()


def test_init_receiving_database_refuses_commune_commands_mixing(qms, db_target, tmp_path, monkeypatch, capsys):
    """A commune's database is not an inbox: importing packages into it is refused with a clear line."""
    monkeypatch.setenv("QMS_USER", "thuky")
    path = db_target
    assert cli.main(["--lang", "en", "--db", str(path), "init", "--name", "Ủy ban nhân dân xã A", "--province", "X"]) == 0
    capsys.readouterr()
    assert cli.main(["--lang", "en", "--db", str(path), "inbox", "import", str(tmp_path)]) == 1
    assert "not a receiving office's" in capsys.readouterr().err


@pytest.fixture
def hanoi_clock(monkeypatch):
    """The office's PC in Việt Nam (UTC+7); the clock at 05:37 on 25/06/2026 there, 22:37 on the 24th in UTC."""
    import datetime as dt
    import time

    from qms_desktop.services.receiving import inbox

    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    monkeypatch.setattr(inbox, "_now", lambda: dt.datetime(2026, 6, 24, 22, 37))
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_day_a_package_is_received_is_the_offices_day(qms, province, hanoi_clock):
    """Moments are stored in UTC; the day shown and printed is the one on the office's calendar."""
    s = province.sent["TP"]
    assert qms("inbox", "trust", s.code, s.fingerprint)[0] == 0
    assert qms("inbox", "import", s.package)[0] == 0
    code, out, err = qms("inbox", "status", "--period", PERIOD, "--format", "json")
    assert code == 0, err
    assert {u["code"]: u["received_date"] for u in json.loads(out)["units"]}["LD-TP"] == "2026-06-25"


def test_units_import_reads_codes_and_dates_excel_made_numbers(qms, tmp_path):
    from openpyxl import Workbook

    def register(name, rows, hidden=()):
        wb = Workbook()
        ws = wb.active
        ws.append(["STT", "Mã đơn vị", "Tên đơn vị", "Loại", "Ngày thành lập"])
        for i, row in enumerate(rows, start=1):
            ws.append([i, *row])
        for n in hidden:
            ws.row_dimensions[n].hidden = True
        wb.save(tmp_path / name)
        return tmp_path / name

    def units():
        return {u["code"]: u for u in json.loads(qms("units", "list", "--format", "json")[1])}

    # 00004 typed as text and again as the number Excel made of it: the number row is refused
    both = register("both.xlsx", [(4, "Xã Bốn", "Xã", None), ("00004", "Xã Bốn", "Xã", 45839),
                                  ("LD-AN", "Xã Ẩn", "Xã", None)], hidden=(4,))
    code, out, err = qms("units", "import", both)
    assert code == 0 and "1 added" in out, out + err
    assert "Row 2: rejected — Unit code 4 is the number Excel made of the code 00004 in row 3" in err
    assert "Left out 1 row(s) hidden in Excel (rows 4)" in out
    found = units()
    assert "4" not in found and "LD-AN" not in found
    assert found["00004"]["opened"] == "2025-07-01"  # the date cell that lost its format: 45839
    # a later list where Excel made 4 of it: the register's 00004 is updated, no unit "4" appears
    code, out, err = qms("units", "import", register("later.xlsx", [(4, "Xã Bốn Mới", "Xã", None)]))
    assert code == 0 and "0 added, 1 updated" in out, out + err
    found = units()
    assert "4" not in found and found["00004"]["name"] == "Xã Bốn Mới"
    code, out, err = qms("units", "import", register("text_date.xlsx", [("00004", "Xã Bốn", "Xã", "45839")]),
                         "--dry-run")
    assert 'looks like a date that Excel shows as a number (45839 is 01/07/2025)' in err


def test_a_replaced_package_lists_as_superseded(qms, province, tmp_path):
    """QA 14 F5: `qms inbox list` says which package a later version replaced, as the Inbox page does."""
    import datetime as dt

    from province import ICT, export_from

    from qms_desktop.services import reports
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.storage.db import Database

    dh = province.sent["DH"]
    qms("inbox", "trust", dh.code, dh.fingerprint)
    assert qms("inbox", "import", dh.package)[0] == 0
    commune = tmp_path / "dh.sqlite"
    shutil.copyfile(dh.db, commune)
    db = Database.open(commune)
    ctx = AppContext(db, Actor(*dh.leader), lambda: dt.date(2026, 6, 29))
    v2 = reports.correct_report(ctx, dh.report_id)
    reports.update_report(ctx, v2.id, shortcomings="Một số hồ sơ còn trễ hạn.")
    reports.finalize_report(ctx, v2.id, date="29/06/2026", acknowledge_all=True)
    db.close()
    package2 = export_from(commune, dh.leader, v2.id, tmp_path / "v2", dh.key_dir, dt.datetime(2026, 6, 29, 9, tzinfo=ICT))
    code, out, err = qms("inbox", "import", package2)
    assert code == 0 and out.startswith("superseded"), err

    code, out, err = qms("inbox", "list", "--format", "json")
    listed = sorted((p["version"], p["current"], p["state"], p["status"]) for p in json.loads(out))
    assert listed == [(1, False, "received", "superseded"), (2, True, "received", "received")]  # `state`: the submission's
    code, out, err = qms("inbox", "list")
    rows = _lines(out)
    assert rows[0][-1] == "status" and sorted(r[-1] for r in rows[1:]) == ["received", "superseded"]


def test_a_unit_with_overdue_petitions_is_warned_of():
    """QA 18 F2: the office is told, unit by unit, of citizens' feedback and petitions past their answer date; a
    package from before the petition book (no such figure) is not a unit with none."""
    from qms_desktop.reports import wording_office as O
    from qms_desktop.services.receiving import status

    [w] = [w for w in status._warnings("LD-TP", "Xã Tân Phú", {"petitions_overdue": 2}, False, 2026, 98)
           if w.rule == "petitions_overdue"]
    assert w.params == {"count": 2} and "{count}" in w.message and w.rule in O.WARNING_VI
    assert not [w for w in status._warnings("LD-TP", "Xã Tân Phú", {"petitions_overdue": None}, False, 2026, 98)]
    stored = json.dumps({"values": {"petitions": 3, "petitions_pending": 1.0, "petitions_overdue": True}})
    assert status.stored_figures(stored) == {"petitions": 3, "petitions_carried": None, "petitions_pending": 1,
                                             "petitions_overdue": None}
    assert status.stored_figures("{not json") == dict.fromkeys(status.STORED_FIGURES)


def test_status_says_why_a_unit_closed_in_the_period_is_not_expected(qms, province, tmp_path):
    """QA 58 F2: `inbox status` gave a unit merged away before the period ended `not_expected_reason: ""`."""
    from province import REGISTER

    dh = province.sent["DH"]
    qms("inbox", "trust", dh.code, dh.fingerprint)
    assert qms("inbox", "import", dh.package)[0] == 0
    rows = [("LD-DH", *r[1:4], "31/05/2026", *r[5:]) if r[0] == "LD-DH" else r for r in REGISTER]
    code, out, err = qms("units", "import", write_register(tmp_path / "closed.xlsx", rows))
    assert code == 0, out + err
    code, out, err = qms("inbox", "status", "--period", PERIOD, "--format", "json")
    units = {u["code"]: u for u in json.loads(out)["units"]}
    assert (units["LD-DH"]["expected"], units["LD-DH"]["counted"], units["LD-DH"]["closed"]) == (False, False,
                                                                                                  "2026-05-31")
    assert units["LD-DH"]["not_expected_reason"] == "closed on 31/05/2026, before the period ended"
    assert units["LD-TP"]["closed"] is None and units["LD-TP"]["not_expected_reason"] == ""
    code, out, err = qms("inbox", "status", "--period", PERIOD, "--format", "json", lang="vi")
    reason = {u["code"]: u for u in json.loads(out)["units"]}["LD-DH"]["not_expected_reason"]
    assert reason.startswith("ngừng hoạt động từ ngày 31/05/2026"), reason


def test_status_of_a_period_not_ended_says_its_reports_are_not_due(qms):
    """QA 61 F8: `inbox status` for a period still running listed every unit missing at 0 % without a word."""
    code, out, err = qms("inbox", "status", "--period", "2026", "--format", "json")  # the office's day: 01/07/2026
    assert code == 0 and json.loads(out)["period"] == "2026"
    assert "The period 2026 (the year 2026) runs until 14/12/2026: its reports are written after it ends (due " \
           "20/12/2026)" in err, err
    code, out, err = qms("inbox", "status", "--period", PERIOD)
    assert code == 0 and "runs until" not in err  # ended: nothing to say
