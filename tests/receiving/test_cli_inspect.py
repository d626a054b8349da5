"""`qms inspect …` as the office's clerk types it over the demo province: suggestion, plan, team,
schedule, the three forms, findings, follow-up status (json keys stable), the compilation; exit codes."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from province import OFFICE_TODAY, PASSWORD

from qms_desktop import cli
from qms_desktop.cli.inspect import (
    FOLLOWUP_KEYS, PLAN_KEYS, PLAN_UNIT_KEYS, STATUS_KEYS, SUGGEST_KEYS, SUGGEST_UNIT_KEYS,
)


@pytest.fixture
def qms(inspected_office, monkeypatch, capsys):
    """`qms --lang en --db <the demo province's office> …` in-process; (exit code, stdout, stderr)."""
    office = inspected_office
    office.db.close()
    monkeypatch.setenv("QMS_USER", "vanthu")
    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)
    from qms_desktop.services import context

    today = {"day": OFFICE_TODAY}
    monkeypatch.setattr(context.AppContext, "today", property(lambda self: today["day"]))

    def run(*args: str, lang: str = "en"):
        capsys.readouterr()
        try:
            code = cli.main(["--lang", lang, "--db", str(office.db.url or office.db.path), *map(str, args)])
        except SystemExit as usage:  # argparse's usage error, as the console script ends
            code = usage.code
        out, err = capsys.readouterr()
        return code, out, err
    run.today = today
    return run


def test_plan_print_finding_status_compile(qms, tmp_path):
    code, out, err = qms("inspect", "plan", "--year", 2026)
    assert code == 1 and "There is no inspection plan for 2026 yet" in err and err.count("\n") == 1
    code, out, err = qms("inspect", "plan", "--year", 2026, "--suggest", "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert tuple(doc) == SUGGEST_KEYS and doc["units_expected"] == 13 and doc["on_site_needed"] == 5
    assert tuple(doc["units"][0]) == SUGGEST_UNIT_KEYS
    assert {u["code"] for u in doc["units"][:2]} == {"LD-LB", "LD-G05"}
    assert doc["units"][0]["reasons"][0] == {"rule": "missing", "text": "No report for first six months of 2026"}
    code, out, err = qms("inspect", "plan", "--year", 2026, "--suggest", lang="vi")
    assert code == 0 and "Chưa gửi báo cáo sáu tháng đầu năm 2026" in out  # the reasons translated, the period by its name

    # QA 49 F1: a header refused after the plan was made left the plan written behind a refusal
    code, out, err = qms("inspect", "plan", "--year", 2026, "--suggest", "--apply", "--date", "10/03/2026",
                         "--decision-date", "01/03/2026")
    assert code == 1 and "cannot be dated before the plan" in err
    code, out, err = qms("inspect", "plan", "--year", 2026)
    assert code == 1 and "There is no inspection plan for 2026 yet" in err
    code, out, err = qms("inspect", "plan", "--year", 2026, "--suggest", "--apply", "--number", "15/KH-SKHCN",
                         "--date", "02/03/2026", "--decision", "120/QĐ-SKHCN", "--decision-date", "15/06/2026",
                         "--format", "json")
    assert code == 0, err
    plan = json.loads(out)
    assert tuple(plan) == PLAN_KEYS and tuple(plan["units"][0]) == PLAN_UNIT_KEYS
    assert plan["on_site"] == 5 and plan["plan_date"] == "2026-03-02" and plan["decision_number"] == "120/QĐ-SKHCN"
    on_site = [u["code"] for u in plan["units"] if u["on_site"]]

    code, out, err = qms("inspect", "plan", "--year", 2026, "--date", "31/02/2026")
    assert code == 2 and "qms: " in err and "31/02/2026" in err  # not a date: a usage error, nothing changed
    code, out, err = qms("inspect", "team", "--year", 2026, "--member", "Lê Văn Cường|Phó Giám đốc Sở|lead",
                         "--member", "Trần Thị Bình|Chuyên viên|secretary")
    assert code == 0 and "2 members" in out, err
    code, out, err = qms("inspect", "team", "--year", 2026, "--member", "just a name")
    assert code == 1 and "NAME|TITLE|ROLE" in err
    code, out, err = qms("inspect", "schedule", on_site[0], "12/08/2026", "--year", 2026)
    assert code == 0 and "12/08/2026" in out

    for form, count in (("19", 1), ("20", 1), ("21", 5)):
        code, out, err = qms("inspect", "print", "--form", form, "--out", tmp_path / "forms", "--year", 2026)
        assert code == 0, err
        assert len(out.split()) == count and all(p.endswith(".pdf") and p.isascii() for p in out.split())
    code, out, err = qms("inspect", "print", "--form", "22", "--out", tmp_path)
    assert code == 2 and "usage: qms inspect print" in err  # argparse: usage error
    code, out, err = qms("inspect", "print", "--form", "21", "--unit", "NOPE", "--out", tmp_path / "x", "--year", 2026)
    assert code == 1 and "NOPE" in err and not (tmp_path / "x").exists()

    qms.today["day"] = dt.date(2026, 8, 20)
    code, out, err = qms("inspect", "finding", on_site[0], "--year", 2026, "--signed", "12/08/2026", "--number",
                         "05/BB-ĐKT", "--nonconformity", "Chưa cập nhật QT-05", "--recommendation", "Đào tạo lại")
    assert code == 0 and "due on 12/10/2026" in out, err
    code, out, err = qms("inspect", "finding", on_site[1], "--year", 2026, "--signed", "12/08/2026")
    assert code == 1 and "at least one finding" in err
    corrected = ("inspect", "finding", on_site[0], "--year", 2026, "--signed", "12/08/2026", "--number", "05/BB-ĐKT",
                 "--nonconformity", "Chưa cập nhật QT-05", "--nonconformity", "Chưa phân tích khảo sát",
                 "--recommendation", "Đào tạo lại")
    code, out, err = qms(*corrected)  # QA 49 F3: a signed record, rewritten without a word
    assert code == 1 and "signed on 12/08/2026: say why it is corrected" in err and err.count("\n") == 1, err
    code, out, err = qms(*corrected, "--reason", "Bổ sung theo biên bản gốc")
    assert code == 0, err

    code, out, err = qms("inspect", "status", "--format", "json")
    doc = json.loads(out)
    assert code == 0 and tuple(doc) == STATUS_KEYS and doc["waiting"] == 1 and doc["overdue"] == 0
    assert tuple(doc["follow_ups"][0]) == FOLLOWUP_KEYS
    assert doc["follow_ups"][0]["due_date"] == "2026-10-12" and doc["follow_ups"][0]["state"] == "waiting"
    qms.today["day"] = dt.date(2026, 10, 13)
    code, out, err = qms("inspect", "status")
    assert code == 0 and "\tOverdue\t" in out and "1 overdue, 0 waiting" in err  # the state in words (TSV)
    code, out, err = qms("inspect", "followup", on_site[0], "--year", 2026, "--received", "13/10/2026")
    assert code == 0 and "Reported late" in out, err
    code, out, err = qms("inspect", "status", "--format", "json")
    assert json.loads(out)["follow_ups"] == []
    code, out, err = qms("inspect", "status", "--all", "--format", "json")  # QA 49 F11: answered, no days left
    [answered] = json.loads(out)["follow_ups"]
    assert answered["answered_on"] == "2026-10-13" and answered["days_left"] is None
    code, out, err = qms("inspect", "followup", on_site[0], "--year", 2026, "--received", "")  # QA 49 F10
    assert code == 1 and "say why the follow-up opens again" in err, err
    code, out, err = qms("inspect", "followup", on_site[0], "--year", 2026, "--received", "", "--note",
                         "Báo cáo chưa đủ nội dung")
    assert code == 0 and "Overdue" in out, err

    code, out, err = qms("inspect", "compile", "--year", 2026, "--out", tmp_path / "nov")
    assert code == 0 and [p.rsplit("/", 1)[-1] for p in out.split()] == ["KetQuaKiemTra_2026.xlsx",
                                                                       "BaoCaoKetQuaKiemTra_2026.pdf"]


def test_plan_and_status_tsv_have_a_header_and_the_follow_up_state_in_words(qms):
    """QA: the plan's TSV had no header row and showed the follow-up state as its key ('none'); TSV output has a
    header row as elsewhere (qms units list), the state in words in the chosen language; JSON keeps the keys."""
    code, out, err = qms("inspect", "plan", "--year", 2026, "--suggest")
    assert code == 0, err
    assert out.splitlines()[0].split("\t") == list(SUGGEST_UNIT_KEYS)
    code, out, err = qms("inspect", "plan", "--year", 2026, "--suggest", "--apply")
    assert code == 0, err
    lines = [line.split("\t") for line in out.splitlines()]
    assert lines[0] == ["code", "name", "on_site", "scheduled", "record_number", "signed_date", "followup_due",
                        "followup_state"]
    assert len(lines) == 14 and all(len(line) == 8 for line in lines)
    assert {line[7] for line in lines[1:]} == {"No record yet"} and {line[2] for line in lines[1:]} == {
        "On site", "Records"}
    code, out, err = qms("inspect", "plan", "--year", 2026, lang="vi")
    assert code == 0 and "none" not in [line.split("\t")[7] for line in out.splitlines()[1:]]
    code, out, err = qms("inspect", "plan", "--year", 2026, "--format", "json")
    assert {u["followup_state"] for u in json.loads(out)["units"]} == {"none"}  # the public keys stay
    code, out, err = qms("inspect", "status", "--all")
    assert code == 0 and out.splitlines()[0].split("\t") == ["year", "code", "name", "record_number", "signed_date",
                                                              "due_date", "state", "days_left"]


def test_a_whole_number_option_is_refused_in_the_users_words(tmp_path, capsys):
    """QA 49 F11: '… (cần kiểu int)': Python's type name inside the Vietnamese sentence."""
    from qms_desktop import cli

    try:
        code = cli.main(["--lang", "vi", "--db", str(tmp_path / "x.sqlite"), "inspect", "plan", "--year", "abc"])
    except SystemExit as exc:
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2 and "tham số --year: không phải là số nguyên: abc" in err and "int" not in err.splitlines()[-1]
    assert not (tmp_path / "x.sqlite").exists()
