"""The `qms` command line as administrators script it: real processes, real files, exit codes."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from qms_process import run_qms

USER, PASSWORD = "thuky", "Mat-khau-2026!"


def qms(*args, env_extra=None, user=True, stdin=subprocess.DEVNULL):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QMS_") or k == "QMS_DATA_DIR"}
    if user:
        env.update(QMS_USER=USER, QMS_PASSWORD=PASSWORD)
    env.update(env_extra or {})
    return run_qms(list(args), env=env, stdin=stdin, timeout=120)


def test_version():
    r = qms("--version", user=False)
    assert r.returncode == 0 and r.stdout.startswith("qms ")


def test_usage_errors_exit_2(tmp_path):
    assert qms("--db", str(tmp_path / "x.sqlite"), "frobnicate").returncode == 2
    assert qms("list").returncode == 2
    assert qms("list", "everything").returncode == 2
    bad_period = qms("inbox", "status", "--period", "2025-H2")  # QA 9 B-F12: exited 1, as a refusal
    assert bad_period.returncode == 2 and "2025-H2" in bad_period.stderr and "cách dùng: qms inbox status" in bad_period.stderr


def test_init_creates_leader_and_refuses_second_init(inited):
    r = qms("--db", str(inited), "list", "users", "--format", "json")
    assert r.returncode == 0
    assert [(u["username"], u["role"]) for u in json.loads(r.stdout)] == [(USER, "leader")]
    again = qms("--db", str(inited), "init", "--name", "X", "--province", "Y")
    assert again.returncode == 1 and again.stderr.count("\n") == 1


def test_init_gives_the_reports_their_default_recipient(inited):
    """QA 9 F2: `qms init` left Kính gửi empty although its help promises the province's Department."""
    from qms_desktop.services import agency
    from qms_desktop.services.context import SYSTEM, AppContext
    from qms_desktop.storage.db import Database

    db = Database.open(inited)
    try:
        assert agency.get_profile(AppContext(db, SYSTEM)).recipient == "Sở Khoa học và Công nghệ tỉnh Lâm Đồng"
    finally:
        db.close()


def test_agency_profile_is_shown_and_its_signer_set_from_the_command_line(inited):
    """QA 61 F11: a commune set up with `qms init` alone could not finalise a report (no chairman's name) and had no
    command to give it; the refusal said the report "would be untrue"."""
    shown = qms("--db", str(inited), "agency", "show", "--format", "json")
    assert shown.returncode == 0 and json.loads(shown.stdout)["head_name"] == ""
    nothing = qms("--db", str(inited), "agency", "set")
    assert nothing.returncode == 1 and "--head-name" in nothing.stderr
    r = qms("--db", str(inited), "agency", "set", "--head-name", "Nguyễn  Va\u0306n An", "--iso-rep-name", "Trần Thị Bình")
    assert r.returncode == 0 and "Đã lưu thông tin cơ quan." in r.stderr, r.stderr
    lines = dict(line.split("\t", 1) for line in qms("--db", str(inited), "agency", "show").stdout.splitlines())
    assert lines["head_name"] == "Nguyễn Văn An"  # cleaned: spaces folded, NFC
    assert lines["iso_rep_name"] == "Trần Thị Bình" and lines["recipient"] == "Sở Khoa học và Công nghệ tỉnh Lâm Đồng"
    history = qms("--db", str(inited), "list", "history", "--format", "json")
    assert history.returncode == 0 and "Nguyễn Văn An" in history.stdout  # the change is logged


def test_messages_are_vietnamese_by_default_and_english_on_request(inited):
    r = qms("--db", str(inited), "init", "--name", "X", "--province", "Y")
    r_en = qms("--lang", "en", "--db", str(inited), "init", "--name", "X", "--province", "Y")
    assert "nothing was changed" in r_en.stderr
    assert r.stderr != r_en.stderr
    assert any(ch in r.stderr.lower() for ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def test_login_is_required(inited):
    r = qms("--db", str(inited), "list", "tthc", user=False)
    assert r.returncode == 1 and "QMS_USER" in r.stderr
    r = qms("--db", str(inited), "list", "tthc", env_extra={"QMS_PASSWORD": "wrong-password"})
    assert r.returncode == 1
    r = qms("--db", str(inited), "list", "tthc", user=False, env_extra={"QMS_USER": USER})
    assert r.returncode == 1 and "QMS_PASSWORD" in r.stderr  # no terminal, no password


def test_import_list_search(inited, sample_xlsx):
    dry = qms("--db", str(inited), "import", "tthc", str(sample_xlsx), "--dry-run")
    assert dry.returncode == 0 and "28" in dry.stdout
    assert json.loads(qms("--db", str(inited), "list", "tthc", "--format", "json").stdout) == []
    assert qms("--db", str(inited), "import", "tthc", str(sample_xlsx)).returncode == 0
    rows = json.loads(qms("--db", str(inited), "list", "tthc", "--format", "json").stdout)
    assert len(rows) == 28 and {"code", "name", "field", "time_limit", "in_scope"} <= set(rows[0])
    tsv = qms("--db", str(inited), "list", "tthc", "--search", "khai tu").stdout.splitlines()
    assert tsv[0].split("\t")[:5] == ["code", "name", "field", "time_limit", "in_scope"]
    assert len(tsv) == 2 and "Đăng ký khai tử" in tsv[1]
    hits = qms("--db", str(inited), "search", "dang", "ky", "khai", "tu").stdout.splitlines()
    assert "tthc\t1.009211\tĐăng ký khai tử" in hits
    for nothing in ("", " ,. "):  # nothing to search for is said, not answered with an empty list
        r = qms("--db", str(inited), "search", nothing)
        assert r.returncode == 1 and "Hãy gõ từ cần tìm" in r.stderr and not r.stdout


def test_import_refusals(inited, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a spreadsheet")
    r = qms("--db", str(inited), "import", "tthc", str(bad))
    assert r.returncode == 1 and r.stderr.strip().count("\n") == 0
    r = qms("--db", str(inited), "import", "tthc", str(tmp_path / "none.xlsx"))
    assert r.returncode == 1


def test_import_lists_rejected_rows_on_stderr(inited, tmp_path):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Thời hạn giải quyết"])
    ws.append([1, "1.009137", "Đăng ký khai sinh", "Hộ tịch", "Ngay trong ngày làm việc"])
    ws.append([2, "", "Không có mã", "Hộ tịch", ""])
    path = tmp_path / "rows.xlsx"
    wb.save(path)
    r = qms("--db", str(inited), "import", "tthc", str(path))
    assert r.returncode == 0
    assert "3" in r.stderr  # the rejected row's number


@pytest.mark.sqlite_only("edits and compares the database file with sqlite3 (the server's check: "
                         "tests/services/test_server.py::test_cli_check_on_the_server)")
def test_check_exit_codes_and_read_only(inited, tmp_path):
    r = qms("--db", str(inited), "check", user=False)
    assert r.returncode == 1 and "QMS_USER" in r.stderr  # a database with accounts needs a login
    r = qms("--db", str(inited), "check")
    assert r.returncode == 0, r.stderr
    assert qms("--db", str(inited), "check", env_extra={"QMS_PASSWORD": "wrong-password"}).returncode == 1
    with sqlite3.connect(inited) as raw:  # a failed login is counted like every login (issue 10, finding 12) …
        assert raw.execute("SELECT failed_attempts FROM app_user").fetchone()[0] == 1
    assert qms("--db", str(inited), "check").returncode == 0  # … and the right password resets the count
    with sqlite3.connect(inited) as raw:
        raw.execute("UPDATE change_log SET username = 'hacker' WHERE id = 1")
    with sqlite3.connect(inited) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        dump_before = list(raw.iterdump())
    before = inited.read_bytes()
    r = qms("--db", str(inited), "check")
    assert r.returncode == 1
    assert inited.read_bytes() == before
    with sqlite3.connect(inited) as raw:
        assert list(raw.iterdump()) == dump_before
    assert qms("--db", str(tmp_path / "missing.sqlite"), "check").returncode == 1
    assert not (tmp_path / "missing.sqlite").exists()

    def dump():
        with sqlite3.connect(inited) as raw:
            return [line for line in raw.iterdump() if "app_user" not in line]
    before_failure = dump()
    assert qms("--db", str(inited), "check", env_extra={"QMS_PASSWORD": "wrong-password"}).returncode == 1
    with sqlite3.connect(inited) as raw:  # a failed login counts towards the lock-out, like every login…
        assert raw.execute("SELECT max(failed_attempts) FROM app_user").fetchone()[0] == 1
    assert dump() == before_failure  # …and writes nothing else


def test_db_from_environment(inited):
    r = qms("list", "tthc", env_extra={"QMS_DB": str(inited)})
    assert r.returncode == 0


def test_user_add_and_roles_enforced(inited, sample_xlsx):
    r = qms("--db", str(inited), "user", "add", "xem", "--role", "viewer",
            env_extra={"QMS_NEW_PASSWORD": "Xem-2026-ok"})
    assert r.returncode == 0, r.stderr
    viewer = {"QMS_USER": "xem", "QMS_PASSWORD": "Xem-2026-ok"}
    assert qms("--db", str(inited), "list", "tthc", env_extra=viewer).returncode == 0
    r = qms("--db", str(inited), "import", "tthc", str(sample_xlsx), env_extra=viewer)
    assert r.returncode == 1 and "xem" in r.stderr
    # an account that may not add accounts is told so, not asked for the new account's password first
    r = qms("--db", str(inited), "user", "add", "bob", "--role", "viewer", env_extra=viewer)
    assert r.returncode == 1 and "không có quyền quản lý tài khoản" in r.stderr, r.stderr


def test_redirected_output_is_utf8_even_with_a_legacy_code_page(inited, sample_xlsx):
    assert qms("--db", str(inited), "import", "tthc", str(sample_xlsx)).returncode == 0
    env = {k: v for k, v in os.environ.items() if not k.startswith("QMS_") or k == "QMS_DATA_DIR"}
    env.update(QMS_USER=USER, QMS_PASSWORD=PASSWORD, PYTHONIOENCODING="cp1252")  # as on Windows with a pipe
    r = subprocess.run([sys.executable, "-m", "qms_desktop.cli", "--db", str(inited), "search", "khai tu"],
                       capture_output=True, env=env, stdin=subprocess.DEVNULL, timeout=120)
    assert r.returncode == 0
    assert "Đăng ký khai tử" in r.stdout.decode("utf-8")


def test_a_record_not_found_is_named_as_the_user_knows_it(inited):
    r = qms("--db", str(inited), "document", "car", "999", "--out", ".")
    assert r.returncode == 1 and "Không tìm thấy hồ sơ (Sự không phù hợp 999)." in r.stderr
    r = qms("--db", str(inited), "--lang", "en", "report", "edit", "999", "--plans", "x")
    assert r.returncode == 1 and "Record not found (Report 999)." in r.stderr


def test_a_folder_for_a_file_or_a_file_for_a_folder_is_named_as_such(inited, tmp_path):
    """What the user gave is said back exactly: not "file not found" for a folder, nor "not a valid
    backup" for a file that is not there."""
    a_file = tmp_path / "ghi_chu.txt"
    a_file.write_text("x", encoding="utf-8")
    r = qms("--db", str(inited), "import", "tthc", str(tmp_path))
    assert r.returncode == 1 and "là một thư mục: hãy chọn tệp danh mục" in r.stderr
    r = qms("--db", str(inited), "backup", "--to", str(a_file))
    assert r.returncode == 1 and "là một tệp, không phải thư mục" in r.stderr
    if "://" not in str(inited):  # a server's database is restored from its dump, not from this file
        r = qms("--db", str(inited), "restore", str(tmp_path / "khong_co.sqlite"), stdin=None)
        assert r.returncode == 1 and "không tồn tại (hoặc là một thư mục)" in r.stderr


def test_help_and_usage_errors_speak_the_chosen_language(tmp_path):
    db = str(tmp_path / "x.sqlite")
    r = qms("--help", user=False)
    assert r.returncode == 0
    assert r.stdout.startswith("cách dùng: qms") and "tham số vị trí" in r.stdout
    assert "tạo cơ sở dữ liệu mới với thông tin cơ quan" in r.stdout  # a command's help
    sub = qms("--db", db, "report", "finalize", "--help", user=False)
    assert "xác nhận mọi cảnh báo trước khi chốt" in sub.stdout and "hiện hướng dẫn này rồi thoát" in sub.stdout
    missing = qms("--db", db, "report", "create", user=False)
    assert missing.returncode == 2
    assert "thiếu tham số bắt buộc: --period" in missing.stderr and "cách dùng: qms report create" in missing.stderr
    bad_head = qms("--db", db, "check", "--head", "zz", user=False)
    assert bad_head.returncode == 2 and "cần dạng N:HASH" in bad_head.stderr
    second_half = qms("--db", db, "inbox", "status", "--period", "2025-H2", user=False)  # QA 16 F10
    assert second_half.returncode == 2 and "báo cáo năm (2025) bao gồm cả năm" in second_half.stderr, second_half.stderr
    bad_date = qms("--db", db, "import", "tthc", "x.xlsx", "--decision-date", "31/02/2026", user=False)
    assert bad_date.returncode == 2 and "không phải là ngày (ngày/tháng/năm): 31/02/2026" in bad_date.stderr
    ancient = qms("--db", db, "import", "tthc", "x.xlsx", "--decision-date", "01/01/1899", user=False)
    assert ancient.returncode == 2 and "01/01/1899 nằm ngoài khoảng cho phép (02/09/1945 – 31/12/2100)" in ancient.stderr
    for en in (qms("--lang", "en", "--db", db, "report", "create", user=False),
               qms("--db", db, "report", "create", user=False, env_extra={"QMS_LANG": "en"})):
        assert en.returncode == 2 and "the following arguments are required: --period" in en.stderr
        assert "usage: qms report create" in en.stderr
    assert "create a new database" in qms("--lang=en", "--help", user=False).stdout


def test_every_option_has_a_help_text_in_vietnamese():
    """Every command, argument and option says what it is for; a help text added without its
    QT_TRANSLATE_NOOP marker (or untranslated) would print English."""
    import argparse

    from qms_desktop.cli import build_parser, i18n

    T = i18n.load("vi")
    try:
        untranslated, unhelped, seen = [], [], 0
        parsers = [build_parser()]
        while parsers:
            parser = parsers.pop()
            texts = [parser.description] + [a.help for a in parser._actions]
            for action in parser._actions:
                if isinstance(action, argparse._SubParsersAction):
                    parsers.extend(action.choices.values())
                    texts += [c.help for c in action._choices_actions]
                    helped = {c.dest for c in action._choices_actions}
                    unhelped += [f"{parser.prog} {name}" for name in action.choices if name not in helped]
                elif action.help is None:  # QA: `--dry-run` stood bare in `qms import tthc --help`
                    unhelped.append(f"{parser.prog} {'/'.join(action.option_strings) or action.dest}")
            for text in filter(None, texts):
                if text is argparse.SUPPRESS:
                    continue
                seen += 1
                if T("CliHelp", text) in (None, "", text) and T("Argparse", text) in (None, "", text):
                    untranslated.append(text)
        assert seen > 200 and untranslated == [] and unhelped == []
    finally:
        i18n.load("en")


def test_every_value_placeholder_is_in_vietnamese():
    """`qms inspect plan --help` read "--year YEAR [--number NUMBER]" in the middle of Vietnamese (QA 8): every
    placeholder the parser shows, its default (the option's name) or one a command gives, is translated."""
    import argparse

    from qms_desktop.cli import build_parser, common, i18n

    T = i18n.load("vi")
    try:
        shown, parsers = set(), [build_parser()]
        while parsers:
            parser = parsers.pop()
            formatter = parser._get_formatter()
            for action in parser._actions:
                if isinstance(action, argparse._SubParsersAction):
                    parsers.extend(action.choices.values())
                elif action.nargs != 0 and not (action.choices and action.metavar is None):
                    shown.add(action.metavar or (formatter._get_default_metavar_for_optional(action)
                                                 if action.option_strings else action.dest))
        assert len(shown) > 30 and shown <= set(common.METAVARS), sorted(shown - set(common.METAVARS))
        assert [m for m in common.METAVARS if T("CliMetavar", m) in (None, "")] == []
    finally:
        i18n.load("en")
    vi = qms("inspect", "plan", "--help", user=False).stdout
    assert "--year NĂM" in vi and "[--date NGÀY/THÁNG/NĂM]" in vi and "YEAR" not in vi and "{tsv,json}" in vi
    assert "--year YEAR" in qms("--lang", "en", "inspect", "plan", "--help", user=False).stdout
    missing = qms("report", "edit", user=False)
    assert missing.returncode == 2 and "thiếu tham số bắt buộc: mã" in missing.stderr, missing.stderr
    assert "required: id" in qms("--lang", "en", "report", "edit", user=False).stderr
    wrong = qms("user", "lisst", user=False)  # QA 10: "tham số action: lựa chọn không hợp lệ"
    assert wrong.returncode == 2 and "tham số thao tác:" in wrong.stderr and "action" not in wrong.stderr  # QA 61 F10


def test_argparse_is_left_as_it_was():
    import argparse
    import gettext

    from qms_desktop.cli import main

    with pytest.raises(SystemExit):
        main(["report", "create"])
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
    assert argparse._get_action_name.__module__ == "argparse"


def test_office_figures_are_written_as_the_language_writes_them():
    """QA 9 B-F15: "Tỷ lệ giải quyết đúng hạn: 98.5 → 150" in Vietnamese, with a decimal point."""
    from qms_desktop import i18n
    from qms_desktop.services.receiving.inbox import Change

    rate, files = Change("on_time_rate", "", 98.5, 150), Change("received", "", 1282.0, None)
    before = i18n._number_locale
    try:
        i18n.set_number_language("vi")
        assert (rate.shown(98.5), files.shown(1282.0), rate.shown(97.25), files.shown(None)) == (
            "98,5%", "1.282", "97,25%", "—")  # a rate as the report prints it (QA 20 F5)
        i18n.set_number_language("en")
        assert (rate.shown(98.5), files.shown(1282)) == ("98.5%", "1,282")
    finally:
        i18n._number_locale = before


def test_an_emptied_or_half_created_file_is_said_so_not_turned_into_a_new_database(tmp_path):
    """QA 51 F4, F7: `qms list ncs` on a database zeroed by accident listed nothing (exit 0) and made it a new,
    empty database — a commune with no records; `qms check` on a 4 KB file left by a killed `qms demo` printed
    "no such table: app_user"."""
    import sqlite3

    zeroed = tmp_path / "zeroed.sqlite"
    zeroed.write_bytes(b"")
    half = tmp_path / "half.sqlite"
    with sqlite3.connect(half) as c:
        c.execute("PRAGMA user_version = 1")
    for path in (zeroed, half):
        before = path.read_bytes()
        for args in (("list", "ncs"), ("check",), ("search", "khai sinh")):
            r = qms("--lang", "en", "--db", str(path), *args)
            assert r.returncode == 1, (args, r.stdout, r.stderr)
            assert "is empty or holds no QMS Desktop tables" in r.stderr and "qms restore" in r.stderr, r.stderr
            assert "Traceback" not in r.stderr and "OperationalError" not in r.stderr
        assert path.read_bytes() == before
    r = qms("--db", str(zeroed), "init", "--name", "Ủy ban nhân dân xã Tân Phú", "--province", "Tỉnh Lâm Đồng")
    assert r.returncode == 0, r.stderr  # a new database may still be made there on purpose


def test_a_database_cut_short_is_said_damaged_not_another_programs(inited, tmp_path):
    """QA 51 F6: `qms list` on a database truncated (a copy cut short) said "not a QMS Desktop database", where
    `qms check` said damaged: restore it."""
    import shutil

    if not Path(str(inited)).is_file():
        pytest.skip("a file's damage: SQLite only")
    cut = tmp_path / "cut.sqlite"
    shutil.copy(str(inited), cut)
    with open(cut, "r+b") as fh:
        fh.truncate(100_000)
    r = qms("--lang", "en", "--db", str(cut), "list", "ncs")
    assert r.returncode == 1 and "The database file is damaged" in r.stderr and "restore a backup" in r.stderr, r.stderr


def test_list_search_of_only_punctuation_is_refused_not_everything(inited):
    """QA 51: `qms list ncs --search "%"` listed every record, as if no search had been asked for."""
    r = qms("--lang", "en", "--db", str(inited), "list", "units", "--search", "%")
    assert r.returncode == 1 and "Type the words to search for" in r.stderr, r.stdout + r.stderr
    assert qms("--db", str(inited), "list", "units", "--search", "").returncode == 0  # empty: no filter, as before


@pytest.mark.sqlite_only("reads the stored moment with sqlite3")
def test_the_history_is_listed_in_this_computers_time_with_its_offset(inited):
    """QA 56 F10: `qms list history` printed the stored UTC moment: a change made at 06:00 on 01/01 in Hà Nội was
    listed under 31/12 of the year before."""
    import datetime as dt

    with sqlite3.connect(inited) as c:
        stored = dt.datetime.fromisoformat(c.execute("SELECT at FROM change_log ORDER BY id DESC LIMIT 1").fetchone()[0])
    for tz, offset in (("Asia/Ho_Chi_Minh", 7), ("America/Los_Angeles", None)):
        r = qms("--db", inited, "list", "history", "--format", "json", env_extra={"TZ": tz})
        assert r.returncode == 0, r.stderr
        at = dt.datetime.fromisoformat(json.loads(r.stdout)[0]["at"])
        assert at.utcoffset() is not None and at == stored.replace(tzinfo=dt.timezone.utc)  # the same moment
        if offset is not None:
            assert at.utcoffset() == dt.timedelta(hours=offset)
            r = qms("--db", inited, "list", "history", env_extra={"TZ": tz})
            assert r.stdout.splitlines()[1].split("\t")[1] == at.date().isoformat()  # the TSV's day: the local one
