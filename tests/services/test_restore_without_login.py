"""Restoring over a database nobody can log in to (QA 25 F2): missing, no account yet, or damaged so that SQLite
cannot read it. The backup's own leader account authorises it; a damaged file is kept byte for byte; a database
that still opens keeps its own login, so an old password found in an old backup opens nothing."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
from qms_process import run_qms

from qms_desktop.domain.model import Role
from qms_desktop.services import backup, history, records, users
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.storage.db import Database

pytestmark = pytest.mark.sqlite_only("restoring the database FILE (a server's is restored by its administrator)")

LEADER_PW = "Matkhau#2026"
CLERK_PW = "Thuky#2026-ok"


@pytest.fixture
def commune(db, tmp_path):
    """A commune's database with a leader and a clerk, one unit, and a verified backup of it on a USB stick."""
    users.create_first_user(db, username="chutich", password=LEADER_PW, full_name="Trần Văn Đức", role=Role.LEADER)
    ctx = AppContext(db, Actor("chutich", Role.LEADER, "Trần Văn Đức"))
    users.create_user(ctx, username="thuky", password=CLERK_PW, role=Role.SECRETARY, full_name="Lê Thị Lan")
    records.create(ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
    usb = tmp_path / "usb"
    usb.mkdir()
    saved = backup.backup_to(db, usb)
    path = db.path
    db.close()
    return path, saved


def _env(tmp_path, **values: str) -> dict:
    """A `qms` run's environment: its own data folder, the leader chutich, Vietnamese."""
    return dict(os.environ, QMS_DATA_DIR=str(tmp_path / "data"), QMS_USER="chutich", QMS_LANG="vi", **values)


def _sqlite_file(path, *statements: str) -> bytes:
    """A SQLite file made by sqlite3 alone (in a folder of its own), as another program would; its bytes."""
    path.parent.mkdir()
    with sqlite3.connect(path) as c:
        for statement in statements:
            c.execute(statement)
    return path.read_bytes()


def _after_the_backup(path) -> None:
    """Life goes on after the backup: the leader changes the password (Moi#2026-khac), a unit is added."""
    db = Database.open(path)
    ctx = AppContext(db, Actor("chutich", Role.LEADER))
    users.change_password(ctx, old_password=LEADER_PW, new_password="Moi#2026-khac")
    records.create(ctx, "unit", {"name": "Địa chính"})
    db.close()


def _damage_header(path) -> bytes:
    with open(path, "r+b") as fh:
        fh.write(os.urandom(100))
    return path.read_bytes()


def _damage_pages(path) -> bytes:
    """A run of pages overwritten in the middle: the header and the accounts may still read."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(os.urandom(8192))
    return path.read_bytes()


def test_rescue_state_names_what_is_wrong_and_nothing_for_a_sound_database(commune, tmp_path):
    path, _saved = commune
    assert backup.rescue_state(path) is None  # accounts that read: log in as usual
    assert backup.rescue_state(tmp_path / "none.sqlite") == backup.MISSING
    (tmp_path / "empty.sqlite").write_bytes(b"")
    assert backup.rescue_state(tmp_path / "empty.sqlite") == backup.MISSING
    Database.open(tmp_path / "new.sqlite").close()  # a first start: the schema, no account
    assert backup.rescue_state(tmp_path / "new.sqlite") == backup.NO_ACCOUNT
    with sqlite3.connect(tmp_path / "other.sqlite") as c:  # another program's database is never replaced from here
        c.execute("CREATE TABLE customers (id INTEGER)")
    assert backup.rescue_state(tmp_path / "other.sqlite") is None
    assert backup.rescue_state(tmp_path) is None  # a folder
    copy = tmp_path / "pages.sqlite"
    copy.write_bytes(path.read_bytes())
    _damage_pages(copy)
    assert backup.rescue_state(copy) == backup.DAMAGED
    _damage_header(path)
    assert backup.rescue_state(path) == backup.DAMAGED


def test_a_damaged_database_is_restored_by_the_backups_leader_and_kept_byte_for_byte(commune, tmp_path):
    path, saved = commune
    damaged = _damage_header(path)
    with pytest.raises(backup.BackupError) as wrong:
        backup.backup_leader(path, saved, "chutich", "sai-mat-khau")
    assert "no active account chutich" in wrong.value.render()
    with pytest.raises(backup.BackupError) as clerk:
        backup.backup_leader(path, saved, "thuky", CLERK_PW)
    assert "not a leader" in clerk.value.render()
    assert path.read_bytes() == damaged  # refusals change nothing
    actor = backup.backup_leader(path, saved, " ChuTich ", LEADER_PW)
    assert actor == Actor("chutich", Role.LEADER, "Trần Văn Đức")
    plan = backup.plan_restore(path, saved, actor, password=LEADER_PW)
    assert plan.allowed and not plan.other_agency
    kept = backup.restore(path, saved, actor=actor, safety_folder=tmp_path / "safety", password=LEADER_PW)
    assert kept.name.startswith("qms-damaged-") and kept.read_bytes() == damaged
    assert not backup.inspect_backup(kept).valid  # never offered as a backup
    reopened = Database.open(path)
    try:
        assert users.authenticate(reopened, "chutich", LEADER_PW).role == Role.LEADER
        assert [r.values["name"] for r in records.list_records(AppContext(reopened), "unit")] == ["Tư pháp - Hộ tịch"]
        [entry] = history.list_changes(AppContext(reopened), limit=1)  # what the restore replaced: unreadable
        assert (entry.action, entry.username, entry.new) == ("restore", "chutich", {
            "file": saved.name, "backup_head": backup.inspect_backup(saved).chain_head, "replaced_head": "",
            "kept_as": kept.name})
    finally:
        reopened.close()


def test_damaged_pages_with_readable_accounts_need_the_current_password_too(commune, tmp_path):
    """The accounts of the database in use still read: an old password of the backup alone opens nothing."""
    path, saved = commune
    db = Database.open(path)
    users.change_password(AppContext(db, Actor("chutich", Role.LEADER)), old_password=LEADER_PW,
                          new_password="Moi#2026-khac")
    db.close()
    _damage_pages(path)
    assert backup.rescue_state(path) == backup.DAMAGED
    with pytest.raises(backup.BackupError) as old:
        backup.backup_leader(path, saved, "chutich", LEADER_PW)  # the backup's password, not the current one
    assert "still has its accounts" in old.value.render()


def test_qms_restore_over_a_damaged_or_missing_database(commune, tmp_path):
    path, saved = commune
    env = _env(tmp_path, QMS_PASSWORD="sai")
    damaged = _damage_header(path)
    r = run_qms(["--db", path, "restore", saved], env={k: v for k, v in env.items() if k != "QMS_USER"})
    assert r.returncode == 1 and r.stderr.count("\n") == 1, r.stderr  # a script's one line: what to give
    assert "bị hỏng, không đọc được" in r.stderr and "tài khoản lãnh đạo có trong bản sao lưu" in r.stderr
    r = run_qms(["--db", path, "restore", saved], env=env)
    assert r.returncode == 1 and "Bản sao lưu không có tài khoản chutich" in r.stderr, r.stderr
    assert path.read_bytes() == damaged and not (tmp_path / "data").exists()
    env["QMS_PASSWORD"] = LEADER_PW
    r = run_qms(["--db", path, "restore", saved], env=env)
    assert r.returncode == 0 and "qms-damaged-" in r.stdout, r.stderr
    kept = next((tmp_path / "data").rglob("qms-damaged-*.sqlite"))
    assert kept.read_bytes() == damaged
    r = run_qms(["--db", path, "check"], env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    path.unlink()  # a new PC: nothing there yet
    r = run_qms(["--db", path, "restore", saved], env=env)
    assert r.returncode == 0 and "Đã khôi phục" in r.stdout, r.stderr
    assert run_qms(["--db", path, "list", "units"], env=env).stdout.count("Tư pháp - Hộ tịch") == 1
    restored = json.loads(run_qms(["--db", path, "list", "history", "--format", "json"], env=env).stdout)[0]
    assert (restored["action"], restored["new"]["replaced_head"], restored["new"]["kept_as"]) == ("restore", "", "")


def test_qms_restore_over_a_sound_database_keeps_its_own_login(commune, tmp_path):
    """An attacker with an old backup and its old leader password: the database in use opens as usual, so its
    login (the current password) is what counts, and the old one is refused with nothing changed."""
    path, saved = commune
    _after_the_backup(path)
    env = _env(tmp_path, QMS_PASSWORD=LEADER_PW)
    r = run_qms(["--db", path, "restore", saved], env=env)
    assert r.returncode == 1 and "Sai tên đăng nhập hoặc mật khẩu" in r.stderr, r.stderr
    assert not (tmp_path / "data").exists()  # no copy made: nothing was replaced
    db = Database.open(path)
    try:  # the failure is counted (as every wrong login); the records are those of today
        assert sorted(r.values["name"] for r in records.list_records(AppContext(db), "unit")) == [
            "Tư pháp - Hộ tịch", "Địa chính"]
    finally:
        db.close()


def test_a_file_that_is_no_backup_is_said_so_not_a_wrong_password(commune, tmp_path):
    """QA 39 F1: without a login, a missing backup, a folder or a damaged file was answered 'no such account'."""
    path, _saved = commune
    _damage_header(path)
    for given, said in ((tmp_path / "khong_co.sqlite", "does not exist"), (tmp_path, "does not exist"),
                        (path, "is not a valid QMS Desktop backup")):
        with pytest.raises(backup.BackupError) as refused:
            backup.backup_leader(path, given, "chutich", LEADER_PW)
        assert said in refused.value.render() and "account" not in refused.value.render(), given


def test_qms_restore_over_a_file_without_tables_keeps_it_as_it_is(commune, tmp_path):
    """QA 39 F2: a first start killed right after creating the file leaves SQLite's header and no table; the restore
    tried to keep a verified backup of it, refused its own copy and restored nothing."""
    _path, saved = commune
    empty = tmp_path / "moi" / "qms.sqlite"
    before = _sqlite_file(empty, "PRAGMA journal_mode=wal", "PRAGMA user_version=1")
    assert backup.rescue_state(empty) == backup.NO_ACCOUNT
    env = _env(tmp_path, QMS_PASSWORD=LEADER_PW)
    r = run_qms(["--db", empty, "restore", saved], env=env)
    assert r.returncode == 0, r.stderr
    kept = next((tmp_path / "data").rglob("qms-damaged-*.sqlite"))
    assert kept.read_bytes() == before and str(kept) in r.stdout
    assert run_qms(["--db", empty, "list", "units"], env=env).stdout.count("Tư pháp - Hộ tịch") == 1


def test_another_programs_database_is_refused_without_a_byte_changed(commune, tmp_path):
    """QA 39 F3: a refused open (qms restore, list, backup) switched another program's SQLite file to WAL and left
    a lock file beside it: the file is now read strictly read-only before anything else decides it is not ours."""
    from qms_desktop.domain.errors import DatabaseRefused

    _path, saved = commune
    other = tmp_path / "ketoan" / "sổ cái.sqlite"
    before = _sqlite_file(other, "CREATE TABLE so_cai (id INTEGER PRIMARY KEY, so_tien INTEGER)",
                          "INSERT INTO so_cai VALUES (1, 500000)")
    with pytest.raises(DatabaseRefused):
        Database.open(other)
    env = _env(tmp_path, QMS_PASSWORD=LEADER_PW)
    for args in (("restore", saved), ("list", "units"), ("backup",)):
        r = run_qms(["--db", other, *args], env=env)
        assert r.returncode == 1 and "không phải là cơ sở dữ liệu của QMS Desktop" in r.stderr, (args, r.stderr)
    assert other.read_bytes() == before
    assert sorted(p.name for p in other.parent.iterdir()) == ["sổ cái.sqlite"]  # no -wal, -shm or lock file


def test_a_leader_who_changed_the_password_restores_with_the_one_the_backup_had(commune, tmp_path):
    """QA 39 F9: after a password change nothing said how to restore an earlier backup. Logged in with today's
    password, the leader gives the one the account had in the backup (QMS_BACKUP_PASSWORD; the window asks);
    today's password alone, or a wrong old one, is refused with nothing changed."""
    path, saved = commune
    _after_the_backup(path)
    env = _env(tmp_path, QMS_PASSWORD="Moi#2026-khac")
    r = run_qms(["--db", path, "restore", saved], env=env)
    assert r.returncode == 1 and "QMS_BACKUP_PASSWORD" in r.stderr and "mật khẩu lúc đó" in r.stderr, r.stderr
    r = run_qms(["--db", path, "restore", saved], env=dict(env, QMS_BACKUP_PASSWORD="doan-sai-2026"))
    assert r.returncode == 1 and not (tmp_path / "data").exists()
    r = run_qms(["--db", path, "restore", saved], env=dict(env, QMS_PASSWORD=LEADER_PW, QMS_BACKUP_PASSWORD=LEADER_PW))
    assert r.returncode == 1 and "Sai tên đăng nhập hoặc mật khẩu" in r.stderr  # the old one does not log in today
    r = run_qms(["--db", path, "restore", saved], env=dict(env, QMS_BACKUP_PASSWORD=LEADER_PW))
    assert r.returncode == 0, r.stderr
    db = Database.open(path)
    try:
        assert users.authenticate(db, "chutich", LEADER_PW).role == Role.LEADER  # the backup's password, as said
        assert [u.values["name"] for u in records.list_records(AppContext(db), "unit")] == ["Tư pháp - Hộ tịch"]
    finally:
        db.close()


def test_looking_at_a_damaged_database_leaves_nothing_beside_it(commune, tmp_path):
    """QA 39 F10: reading a damaged WAL-mode file to say why nobody can log in (and refusing a wrong password) left
    new empty -wal and -shm files beside it, and the copy kept of it came with an empty -wal."""
    path, saved = commune
    before = sorted(p.name for p in path.parent.iterdir())
    _damage_pages(path)
    assert backup.rescue_state(path) == backup.DAMAGED
    with pytest.raises(backup.BackupError):
        backup.backup_leader(path, saved, "chutich", "sai-mat-khau")
    with pytest.raises(backup.BackupError):
        backup.backup_leader(path, saved, "chutich", "Moi#2026-khac")
    assert sorted(p.name for p in path.parent.iterdir()) == before
    actor = backup.backup_leader(path, saved, "chutich", LEADER_PW)
    kept = backup.restore(path, saved, actor=actor, safety_folder=tmp_path / "safety", password=LEADER_PW)
    assert kept.name.startswith("qms-damaged-")
    assert sorted(p.name for p in kept.parent.iterdir() if p.name.startswith(kept.stem)) == [kept.name]
