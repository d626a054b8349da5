import datetime as dt
import json
import os
import sqlite3

import pytest
from qms_process import run_qms
from sqlalchemy import func, select

from qms_desktop.services import agency, backup, records
from qms_desktop.services.context import SYSTEM, Actor, AppContext
from qms_desktop.storage import orm
from qms_desktop.storage.db import Database


def _units(db):
    with db.session() as s:
        return s.scalar(select(func.count(orm.Unit.id)))


@pytest.mark.sqlite_only("a backup of the database FILE (a server is backed up with pg_dump: tests/services/test_server.py)")
def test_backup_restore_round_trip(ctx, db, tmp_path):
    records.create(ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
    usb = tmp_path / "usb"
    usb.mkdir()
    path = backup.backup_to(db, usb)
    info = backup.inspect_backup(path)
    assert info.valid and info.counts["change_log"] == 1 and info.integrity == "ok"
    records.create(ctx, "unit", {"name": "Địa chính"})
    assert _units(db) == 2
    db_path = db.path
    db.close()
    safety = backup.restore(db_path, path, actor=SYSTEM, safety_folder=tmp_path / "safety")
    assert backup.inspect_backup(safety).counts["change_log"] == 2  # the replaced database kept
    reopened = Database.open(db_path)
    assert _units(reopened) == 1
    reopened.close()


@pytest.mark.parametrize("content", [b"", b"garbage" * 100, b"SQLite format 3\x00" + b"\x00" * 200])
@pytest.mark.sqlite_only("a backup of the database FILE (a server is backed up with pg_dump: tests/services/test_server.py)")
def test_restore_refuses_bad_files_and_changes_nothing(ctx, db, tmp_path, content):
    records.create(ctx, "unit", {"name": "Văn phòng"})
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    db.close()
    before = db.path.read_bytes()
    with pytest.raises(backup.BackupError):
        backup.restore(db.path, bad, actor=SYSTEM, safety_folder=tmp_path / "safety")
    assert db.path.read_bytes() == before
    assert not (tmp_path / "safety").exists()


@pytest.mark.sqlite_only("a backup of the database FILE (a server is backed up with pg_dump: tests/services/test_server.py)")
def test_restore_refuses_a_newer_schema_and_foreign_databases(db, tmp_path):
    newer = tmp_path / "newer.sqlite"
    backup.backup_to(db, tmp_path).rename(newer)
    with sqlite3.connect(newer) as c:
        c.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    assert not backup.inspect_backup(newer).valid and backup.inspect_backup(newer).newer
    plan = backup.plan_restore(db.path, newer, Actor("chutich", "leader"))  # says why, not "not a backup"
    assert plan.refusals[0][0].startswith("{path} was written by a newer version") and plan.refusals[0][1]["revision"] == "zzzz"
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE x(a)")
    assert not backup.inspect_backup(other).valid


@pytest.mark.sqlite_only("a backup of the database FILE (a server is backed up with pg_dump: tests/services/test_server.py)")
def test_auto_backup_and_rotation(db, tmp_path):
    folder = tmp_path / "backups"
    start = dt.datetime(2026, 1, 1, 17, 0)
    for day in range(60):
        backup.auto_backup(db, folder, now=start + dt.timedelta(days=day))
        backup.auto_backup(db, folder, now=start + dt.timedelta(days=day, hours=1))  # same day: nothing new
    kinds = {}
    for p in folder.glob("qms-*.sqlite"):
        kinds[p.name.split("-")[1]] = kinds.get(p.name.split("-")[1], 0) + 1
    assert kinds == {"daily": 7, "weekly": 4, "monthly": 3}  # January, February, 1 March
    assert not list(folder.glob("*.part"))


def _history(db):
    with db.session() as s:
        return s.scalar(select(func.count(orm.ChangeLog.id)))


def _dailies(folder):
    return sorted(p.name for p in folder.glob("qms-daily-*.sqlite"))


@pytest.mark.sqlite_only("a backup of the database FILE (a server is backed up with pg_dump: tests/services/test_server.py)")
def test_a_wrong_pc_clock_never_rotates_away_the_backup_just_written(ctx, db, tmp_path):
    """QA 19 F1: a PC whose clock falls back to 01/01/2000 (a flat CMOS battery): the rotation kept "the newest
    7" by the date in the names, so the 2000 backup was deleted as soon as it was written, every day."""
    folder = tmp_path / "backups"
    for day in range(1, 8):  # a week with the right clock
        backup.auto_backup(db, folder, now=dt.datetime(2026, 11, day, 17), refresh=True)
    for hour, unit in ((9, "Tư pháp - Hộ tịch"), (16, "Địa chính")):  # then the clock says 01/01/2000
        records.create(ctx, "unit", {"name": unit})
        made = backup.auto_backup(db, folder, now=dt.datetime(2000, 1, 1, hour), refresh=True)
        assert made is not None and made.exists()
        daily = folder / f"qms-daily-20000101-{hour:02d}0000.sqlite"
        assert daily.name in _dailies(folder) and backup.inspect_backup(daily).counts["change_log"] == _history(db)
    assert len(_dailies(folder)) == 7

    # Once ahead to 2062, then right again: the 2062 copy does not hold a slot for ever.
    backup.auto_backup(db, folder, now=dt.datetime(2062, 11, 9, 8), refresh=True)
    for day in range(8, 16):
        backup.auto_backup(db, folder, now=dt.datetime(2026, 11, day, 17), refresh=True)
    assert _dailies(folder) == [f"qms-daily-202611{day:02d}-170000.sqlite" for day in range(9, 16)]


@pytest.mark.sqlite_only("a backup of the database FILE (a server is backed up with pg_dump: tests/services/test_server.py)")
def test_two_databases_sharing_the_backups_folder_keep_their_own_backups(ctx, db, tmp_path):
    """QA 19 F2: the office's database (or a test copy) closed after the commune's deleted the commune's daily
    backup of the day and never had a weekly or monthly one of its own."""
    import shutil

    folder = tmp_path / "backups"
    folder.mkdir()
    shutil.copy(db.path, tmp_path / "office.sqlite")  # before the commune names itself: a test copy of it
    agency.save_profile(ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Lâm Đồng"))
    legacy = backup.backup_to(db, folder, kind="daily", now=dt.datetime(2026, 11, 20, 17))
    meta = json.loads(backup.meta_path(legacy).read_text(encoding="utf-8"))
    meta.pop("database"), meta.pop("seq")  # written by the previous version: only its agency says whose it is
    backup.meta_path(legacy).write_text(json.dumps(meta), encoding="utf-8")
    office = Database.open(tmp_path / "office.sqlite")
    try:
        agency.save_profile(AppContext(office, SYSTEM), agency.AgencyProfile(
            full_name="Sở Khoa học và Công nghệ tỉnh Lâm Đồng", province="Lâm Đồng"))
        backup.auto_backup(db, folder, now=dt.datetime(2026, 12, 3, 11), refresh=True)
        backup.auto_backup(office, folder, now=dt.datetime(2026, 12, 3, 16), refresh=True)
        commune_daily = folder / "qms-daily-20261203-110000.sqlite"
        assert commune_daily.exists() and (folder / "qms-daily-20261203-160000.sqlite").exists()
        names = {p.name for p in folder.glob("qms-*.sqlite")}
        assert {"qms-weekly-20261203-160000.sqlite", "qms-monthly-20261203-160000.sqlite"} <= names  # the office's own
        for day in range(4, 12):  # the office, every day for a week: the commune's backups stay
            backup.auto_backup(office, folder, now=dt.datetime(2026, 12, day, 16), refresh=True)
        assert commune_daily.exists() and legacy.exists()
        for day in range(4, 12):  # the commune's week: its old backup, from before the metadata named the file, goes
            backup.auto_backup(db, folder, now=dt.datetime(2026, 12, day, 11), refresh=True)
        assert not legacy.exists() and len([n for n in _dailies(folder) if n.endswith("-110000.sqlite")]) == 7
        assert len([n for n in _dailies(folder) if n.endswith("-160000.sqlite")]) == 7
    finally:
        office.close()


@pytest.mark.sqlite_only("a backup of the database FILE (a server is backed up with pg_dump: tests/services/test_server.py)")
@pytest.mark.parametrize("code, sqlite_text, words", [
    (13, "database or disk is full", "The drive is full: qms-manual-"),
    (14, "unable to open database file", "is read-only or not writable (is the USB stick locked?)"),
    (10, "disk I/O error", "is no longer available (was the USB stick removed?)")])
def test_a_full_locked_or_removed_usb_stick_is_said_in_words_not_sqlites(db, tmp_path, monkeypatch, code, sqlite_text,
                                                                        words):
    """QA 19 F6: 'Không ghi được bản sao lưu vào usb: unable to open database file' told the user nothing."""
    usb = tmp_path / "usb"
    usb.mkdir()
    real = sqlite3.connect

    def connect(target, *args, **kwargs):  # the stick refuses the copy, as SQLite reports it
        if str(target).endswith(".part"):
            error = sqlite3.OperationalError(sqlite_text)
            error.sqlite_errorcode = code
            raise error
        return real(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    with pytest.raises(backup.BackupError) as refused:
        backup.backup_to(db, usb)
    assert words in refused.value.render() and sqlite_text not in refused.value.render()
    assert list(usb.iterdir()) == []


@pytest.mark.sqlite_only("a backup of the database FILE (a server is backed up with pg_dump: tests/services/test_server.py)")
def test_backup_to_missing_or_readonly_folder(db, tmp_path):
    with pytest.raises(backup.BackupError):
        backup.backup_to(db, tmp_path / "gone")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        if os.access(ro, os.W_OK):
            pytest.skip("running as root: a read-only folder is still writable")
        with pytest.raises(backup.BackupError):
            backup.backup_to(db, ro)
        assert list(ro.iterdir()) == []
    finally:
        ro.chmod(0o700)


@pytest.mark.sqlite_only("a backup of the database FILE (a server is backed up with pg_dump: tests/services/test_server.py)")
def test_backup_on_a_full_disk_leaves_nothing(db, tmp_path, monkeypatch):
    import errno

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup.os, "replace", full)
    with pytest.raises(backup.BackupError) as err:
        backup.backup_to(db, tmp_path)
    assert "The drive is full" in str(err.value)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("qms-")] == []


def test_cli_backup_and_restore(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QMS_") or k == "QMS_DATA_DIR"}
    env.update(QMS_USER="thuky", QMS_PASSWORD="Mat-khau-2026!", QMS_DATA_DIR=str(tmp_path / "data"))
    dbp = tmp_path / "a.sqlite"

    def qms(*a):
        return run_qms(["--db", str(dbp), *a], env=env)

    assert qms("init", "--name", "Ủy ban nhân dân xã Tân Phú", "--province", "Tỉnh Lâm Đồng").returncode == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    r = qms("backup", "--to", str(usb))
    assert r.returncode == 0, r.stderr
    made = r.stdout.strip()
    assert made.startswith(str(usb)) and backup.inspect_backup(made).agency == "Ủy ban nhân dân xã Tân Phú"
    r = qms("restore", str(tmp_path / "nothing.sqlite"))
    assert r.returncode == 1
    r = qms("restore", made)
    assert r.returncode == 0, r.stderr
    assert list((tmp_path / "data" / "backups").glob("qms-before-restore-*.sqlite"))


def test_cli_restores_another_agencys_backup_once_confirmed_with_a_password_that_opens_it(tmp_path):
    """QA: the login check compared the two files' stored hashes, which never match between two databases
    (each has its own salt): another agency's backup was refused as "you could not log in" and
    --other-agency could never be used."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QMS_") or k == "QMS_DATA_DIR"}
    env.update(QMS_USER="lanhdao", QMS_PASSWORD="Mat-khau-2026!", QMS_DATA_DIR=str(tmp_path / "data"))

    def qms(db, *a, password="Mat-khau-2026!"):
        return run_qms(["--db", str(db), *a], env={**env, "QMS_PASSWORD": password})

    here, there, elsewhere = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "c.sqlite"
    assert qms(here, "init", "--name", "Ủy ban nhân dân xã Tân Phú", "--province", "Tỉnh Lâm Đồng").returncode == 0
    assert qms(there, "init", "--name", "Ủy ban nhân dân xã Phú Lâm", "--province", "Tỉnh Lâm Đồng").returncode == 0
    assert qms(elsewhere, "init", "--name", "Ủy ban nhân dân xã Lộc Bắc", "--province", "Tỉnh Lâm Đồng",
               password="Khac-hoan-toan-9").returncode == 0
    made = qms(there, "backup", "--to", str(tmp_path)).stdout.strip()
    other_password = qms(elsewhere, "backup", "--to", str(tmp_path), password="Khac-hoan-toan-9").stdout.strip()
    before = here.read_bytes()
    r = qms(here, "--lang", "en", "restore", made)
    assert r.returncode == 1 and "is a backup of another agency" in r.stderr, r.stderr  # asked to confirm
    r = qms(here, "--lang", "en", "restore", other_password, "--other-agency")
    assert r.returncode == 1 and "could no longer log in as lanhdao" in r.stderr, r.stderr  # not your password
    assert here.read_bytes() == before
    r = qms(here, "restore", made, "--other-agency")
    assert r.returncode == 0, r.stderr
    assert backup.inspect_backup(here).agency == "Ủy ban nhân dân xã Phú Lâm"
    assert qms(here, "list", "users").returncode == 0  # the restorer logs in to the restored data


def test_a_backup_this_version_cannot_upgrade_is_refused_before_anything_changes(tmp_path):
    """QA 25 F2: a backup this version could not upgrade was put in place (exit 0); then every command failed, even a
    restore of the copy kept. The copy to put in place is now upgraded first: refused, the database as it was."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QMS_") or k == "QMS_DATA_DIR"}
    env.update(QMS_USER="lanhdao", QMS_PASSWORD="Mat-khau-2026!", QMS_DATA_DIR=str(tmp_path / "data"))
    dbp = tmp_path / "a.sqlite"

    def qms(*a):
        return run_qms(["--lang", "en", "--db", str(dbp), *a], env=env)

    assert qms("init", "--name", "Ủy ban nhân dân xã Tân Phú", "--province", "Tỉnh Lâm Đồng").returncode == 0
    made = qms("backup", "--to", str(tmp_path)).stdout.strip()
    os.remove(made + ".json")  # a backup without its metadata file is restored on its own checks
    with sqlite3.connect(made) as c:  # stamped one revision back: its upgrade adds columns it already has
        c.execute("UPDATE alembic_version SET version_num = 'w_keyhash'")
    before = dbp.read_bytes()
    r = qms("restore", made)
    assert r.returncode == 1 and "This backup cannot be upgraded to this version of QMS Desktop" in r.stderr, r.stderr
    assert "nothing was changed" in r.stderr
    assert dbp.read_bytes() == before and not list(tmp_path.glob("a.sqlite.restoring*"))
    assert qms("list", "tthc").returncode == 0


def test_a_failed_server_backup_says_pg_dumps_cause_not_its_last_detail():
    """QA 42 F11: only pg_dump's last line was shown ('detail: Query was: LOCK TABLE …'), its cause dropped."""
    from qms_desktop.services.backup_server import _scrub

    stderr = ("pg_dump: error: query failed: ERROR:  permission denied for table admin_notes\n"
              "pg_dump: detail: Query was: LOCK TABLE public.admin_notes IN ACCESS SHARE MODE\n")
    said = _scrub(stderr, "postgresql+psycopg://qms_office:Bi-mat-2026@127.0.0.1:5432/qms_xa")
    assert said == "pg_dump: error: query failed: ERROR:  permission denied for table admin_notes"
    assert _scrub("pg_dump: error: connection failed: password Bi-mat-2026 wrong",
                  "postgresql+psycopg://qms_office:Bi-mat-2026@127.0.0.1/qms_xa").count("***") == 1
