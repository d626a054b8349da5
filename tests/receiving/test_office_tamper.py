"""The office's figures edited outside the application (QA7 §1) and the smaller refusals of QA7 §10.

The office database is a real file edited with sqlite3 while the application is closed, as the QA tester
did; the summary and the letters built from the rx_* figures are then refused (exit 1, nothing written,
the altered record named), and the read-only views warn."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from province import OFFICE_TODAY, PASSWORD, PERIOD, trust_all

from qms_desktop import cli
from qms_desktop.services import receiving as rx


def _office_ctx(path: Path):
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.storage.db import Database

    db = Database.open(path)
    return db, AppContext(db, Actor("vanthu", "leader", ""), lambda: OFFICE_TODAY)


@pytest.fixture
def received(province, tmp_path, monkeypatch) -> Path:
    """A file copy of the office with the three communes' keys enrolled and their packages taken in."""
    from province import copy_db

    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    path = copy_db(province.office_template, tmp_path / "office.sqlite")
    db, ctx = _office_ctx(path)
    try:
        trust_all(ctx, province)
        result = rx.import_packages(ctx, [s.package for s in province.sent.values()])
        assert result.count("refused") == 0
    finally:
        db.close()
    return path


@pytest.fixture
def qms(received, tmp_path, monkeypatch, capsys):
    """Run `qms --lang … --db <the office file> …` in-process; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("QMS_USER", "vanthu")
    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)
    from qms_desktop.services import context

    monkeypatch.setattr(context.AppContext, "today", property(lambda self: OFFICE_TODAY))

    def run(*args: str, lang: str = "en"):
        capsys.readouterr()
        code = cli.main(["--lang", lang, "--db", str(received), *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err
    run.path = received
    return run


def tamper(path: Path, sql: str) -> None:
    """Edit the file with sqlite3, outside the application (as `sqlite3 o.sqlite "update …"`)."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute(sql).rowcount >= 1
        conn.commit()
    finally:
        conn.close()


RAISE_ON_TIME = ("update rx_package set files_on_time=files_received, on_time_rate=100.0 "
                 "where unit_id=(select id from rx_unit where code='LD-DH') and current=1")


def _package_id(path: Path, code: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("select p.id from rx_package p join rx_unit u on u.id=p.unit_id where u.code=? and "
                            "p.current=1", (code,)).fetchone()[0]
    finally:
        conn.close()


def test_summary_remind_and_return_letter_are_refused_on_edited_figures(qms, tmp_path):
    out_dir = tmp_path / "sum"
    code, out, err = qms("inbox", "summary", "--period", PERIOD, "--out", out_dir)
    assert code == 0 and len(out.split()) == 2  # untouched: written
    tamper(qms.path, RAISE_ON_TIME)
    pid = _package_id(qms.path, "LD-DH")

    out_dir = tmp_path / "sum2"
    code, out, err = qms("inbox", "summary", "--period", PERIOD, "--out", out_dir)
    assert code == 1 and out == ""
    assert "no longer match the change history" in err and "nothing was written" in err
    assert f"(rx_package) #{pid}:" in err and "files_on_time" in err and "on_time_rate" in err and "LD-DH" in err
    assert not out_dir.exists()  # not even the folder

    code, out, err = qms("inbox", "summary", "--period", PERIOD, "--out", out_dir, lang="vi")
    assert code == 1 and "(rx_package)" in err and not out_dir.exists()

    letters = tmp_path / "letters"
    code, out, err = qms("inbox", "remind", "--period", PERIOD, "--out", letters)
    assert code == 1 and "no longer match the change history" in err and not letters.exists()
    code, out, err = qms("inbox", "return", "LD-DH", "--period", PERIOD, "--comment", "Thiếu số liệu",
                         "--letter", letters)
    assert code == 1 and "no longer match the change history" in err and not letters.exists()
    code, out, err = qms("inbox", "list", "--period", PERIOD, "--format", "json")
    states = {r["unit"]: r["state"] for r in json.loads(out)}
    assert states["LD-DH"] == "received"  # the return was refused with its letter: nothing changed


def test_status_warns_and_names_the_edited_record(qms):
    code, out, err = qms("inbox", "status", "--period", PERIOD)
    assert code == 0 and "outside the application" not in err
    code, out, err = qms("inbox", "list", "--period", PERIOD)
    assert code == 0 and "outside the application" not in err
    tamper(qms.path, "update rx_submission set first_sent_date='2026-06-19' "
                     "where unit_id=(select id from rx_unit where code='LD-DH')")
    code, out, err = qms("inbox", "status", "--period", PERIOD)
    assert code == 0
    assert "records of the receiving office were changed outside the application" in err
    assert "(rx_submission) #" in err and "first_sent_date" in err and "LD-DH 2026-H1" in err
    code, out, err = qms("inbox", "status", "--period", PERIOD, "--format", "json")
    assert code == 0 and "(rx_submission) #" in err
    doc = json.loads(out)  # the JSON keys stay as they were
    assert set(doc) == {"period", "start", "end", "due_date", "expected", "received", "on_time", "late", "returned",
                        "missing", "reporting_rate", "on_time_rate", "units"}
    code, out, err = qms("inbox", "list", "--period", PERIOD, "--format", "json")  # the list warns the same way
    assert code == 0 and "(rx_submission) #" in err and json.loads(out)


def test_the_inspection_suggestion_warns_and_its_plan_is_refused_on_edited_figures(qms):
    """The suggestion ranks units by the inbox's figures: from edited figures it warns, and no plan is made."""
    code, out, err = qms("inspect", "plan", "--year", 2026, "--suggest")
    assert code == 0 and "outside the application" not in err
    untouched = out
    tamper(qms.path, RAISE_ON_TIME)
    code, out, err = qms("inspect", "plan", "--year", 2026, "--suggest")
    assert code == 0 and "records of the receiving office were changed outside the application" in err
    assert "(rx_package) #" in err and "files_on_time" in err and "LD-DH 2026-H1" in err
    assert out.count("\n") == untouched.count("\n")  # still listed: it is read to find what is wrong
    code, out, err = qms("inspect", "plan", "--year", 2026, "--suggest", "--apply")
    assert code == 1 and "no longer match the change history" in err and "inspection plan" in err
    code, out, err = qms("inspect", "plan", "--year", 2026)
    assert code == 1 and "no inspection plan for 2026" in err  # nothing was written
    code, out, err = qms("inspect", "plan", "--year", 2026, "--suggest", "--apply", lang="vi")
    assert code == 1 and "kế hoạch kiểm tra" in err


def test_services_refuse_and_write_nothing(received, tmp_path):
    from qms_desktop.services.receiving import documents
    from qms_desktop.services.receiving.tamper import RecordsAltered

    tamper(received, RAISE_ON_TIME)
    db, ctx = _office_ctx(received)
    try:
        ov = rx.period_overview(ctx, PERIOD)
        assert ov.altered and [p.entity for p in ov.altered.problems] == ["rx_package"]
        out = tmp_path / "out"
        with pytest.raises(RecordsAltered) as caught:
            documents.write_summary(ctx, PERIOD, out)
        assert "files_on_time" in caught.value.render() and not out.exists()
        with pytest.raises(RecordsAltered):
            documents.reminder_letter_pdf(ctx, PERIOD)
        sub = rx.find_submission(ctx, "LD-TP", PERIOD)
        rx.return_report(ctx, sub, "Thiếu số liệu")
        with pytest.raises(RecordsAltered):
            documents.return_letter_pdf(ctx, sub)
    finally:
        db.close()


def test_a_deleted_package_and_a_broken_chain_are_named(received, tmp_path):
    from qms_desktop.services.receiving.tamper import altered

    pid = _package_id(received, "LD-BL")
    tamper(received, f"update rx_package set current=0 where id={pid}")
    tamper(received, "update change_log set username='x' where id=(select max(id) from change_log)")
    db, ctx = _office_ctx(received)
    try:
        found = altered(ctx)
        lines = found.lines()
        assert not found.chain_ok and "The change history was altered outside the application" in lines[0]
        assert any(f"(rx_package) #{pid}" in line for line in lines)
    finally:
        db.close()


def test_the_check_runs_a_bounded_number_of_queries(received):
    """The check of the office's records costs the same for 4 units or 64."""
    from sqlalchemy import event

    from qms_desktop.services.receiving.tamper import altered
    from qms_desktop.storage import orm

    db, ctx = _office_ctx(received)
    counted: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda conn, cursor, statement, *a: counted.append(statement))
    try:
        assert not altered(ctx)
        small = len(counted)
        with ctx.tx("edit") as s:
            for i in range(60):
                s.add(orm.RxUnit(code=f"X{i:03d}", name=f"Xã Thử {i}", match_key=f"xa thu {i}"))
        counted.clear()
        assert not altered(ctx)
        assert len(counted) == small <= 40
    finally:
        db.close()


# ---------------------------------------------------------------- QA7 §10

def test_a_key_pinned_to_another_unit_is_refused_unless_confirmed(qms, province, capsys):
    dh = province.sent["DH"]
    code, out, err = qms("inbox", "trust", "LD-LB", dh.fingerprint)
    assert code == 1 and "already pinned to" in err and "(LD-DH)" in err and "impersonated" in err
    assert "run the command again with --same-key-as-other-unit" in err
    code, out, err = qms("inbox", "trust", "LD-LB", dh.fingerprint, lang="vi")
    assert code == 1 and "(LD-DH)" in err and "--same-key-as-other-unit" in err
    code, out, err = qms("units", "list", "--format", "json")
    assert {u["code"]: u["fingerprint"] for u in json.loads(out)}["LD-LB"] in ("", None)
    code, out, err = qms("inbox", "trust", "LD-LB", dh.fingerprint, "--same-key-as-other-unit")
    assert code == 0 and "enrolled for" in out
    code, out, err = qms("inbox", "trust", "LD-DH", dh.fingerprint)  # its own key again: no question
    assert code == 0
    with pytest.raises(SystemExit):
        qms("inbox", "trust", "--help")
    assert "--same-key-as-other-unit" in capsys.readouterr().out


def test_review_of_a_unit_not_in_the_register_says_so(qms):
    for action in (("accept",), ("unlock", "--reason", "x"), ("return", "--comment", "x")):
        code, out, err = qms("inbox", action[0], "LD-XX", "--period", PERIOD, *action[1:])
        assert code == 1 and "No unit with code LD-XX in the register" in err, (action, err)
    code, out, err = qms("inbox", "accept", "LD-LB", "--period", PERIOD)  # registered, nothing received
    assert code == 1 and "No report from unit LD-LB" in err


def test_units_import_of_a_header_only_list_is_refused(qms, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Mã đơn vị", "Tên đơn vị", "Loại"])
    path = tmp_path / "u_empty.xlsx"
    wb.save(path)
    code, out, err = qms("units", "import", path)
    assert code == 1 and "no unit row below the header row (row 1)" in err
    code, out, err = qms("units", "import", path, "--dry-run")
    assert code == 1


def test_packages_on_other_period_dates_are_named(received, tmp_path, province):
    """The office counts 2026-H1 as the calendar half-year; the communes sent 15/12/2025–14/06/2026: the
    summary names them (a line in the report, a row of the warnings sheet), the import notes it."""
    from openpyxl import load_workbook

    from qms_desktop.services import agency
    from qms_desktop.services.receiving import documents

    db, ctx = _office_ctx(received)
    try:
        agency.set_setting(ctx, "period_rule", "calendar")
        ov = rx.period_overview(ctx, PERIOD)
        flagged = {w.unit_code for w in ov.warnings if w.rule == "other_dates"}
        assert flagged == {r.code for r in ov.rows if r.counted} and flagged
        w = next(w for w in ov.warnings if w.rule == "other_dates")
        assert w.params == {"start": "15/12/2025", "end": "14/06/2026"}
        paths = documents.write_summary(ctx, PERIOD, tmp_path / "sum")
        sheet = load_workbook(paths[0])["CanhBao"]
        texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
        assert any("ngày đầu, ngày cuối kỳ khác" in t for t in texts)
    finally:
        db.close()


def test_import_notes_dates_that_differ_from_the_offices(province, tmp_path, monkeypatch):
    from province import copy_db

    from qms_desktop.services import agency

    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    db, ctx = _office_ctx(copy_db(province.office_template, tmp_path / "office.sqlite"))
    try:
        agency.set_setting(ctx, "period_rule", "calendar")
        trust_all(ctx, province)
        result = rx.import_packages(ctx, [province.sent["TP"].package])
        notes = [n.render() for n in result.outcomes[0].notes]
        assert any("covers 15/12/2025 – 14/06/2026, not 01/01/2026 – 30/06/2026" in n for n in notes), notes
        row = rx.list_packages(ctx, period=PERIOD)[0]
        assert any("covers 15/12/2025" in n.render() for n in row.notes)  # the inbox's detail shows it
    finally:
        db.close()


def test_the_office_check_is_redone_only_when_the_file_changed_and_then_finds_an_edit(received, monkeypatch):
    """QA 52 F2: each page of the office re-hashed the whole office at every refresh (2–4 s at 600 units). The
    result is kept while the database file is unchanged; an edit with sqlite3 while the application has the file
    open, or a write of the application, has it checked again."""
    from qms_desktop.services import agency
    from qms_desktop.services.receiving import tamper as tamper_module
    from qms_desktop.storage import integrity

    calls = []
    real = integrity.verify
    monkeypatch.setattr(integrity, "verify", lambda *a, **k: calls.append(1) or real(*a, **k))
    db, ctx = _office_ctx(received)
    try:
        assert not tamper_module.altered(ctx) and len(calls) == 1
        assert not tamper_module.altered(ctx) and not rx.period_overview(ctx, PERIOD).altered
        assert len(calls) == 1  # the file unchanged: not hashed again
        tamper(received, RAISE_ON_TIME)  # the sqlite3 shell, the application open
        found = tamper_module.altered(ctx)
        assert found and len(calls) == 2 and any("files_on_time" in line for line in found.lines())
        assert rx.period_overview(ctx, PERIOD).altered and len(calls) == 2
        agency.set_setting(ctx, "target_on_time_rate", "95")  # a write of the application: checked again
        assert tamper_module.altered(ctx) and len(calls) == 3
    finally:
        db.close()
