"""Issue 10: the signing key belongs to the agency (kept in its database), not to the Windows account.

Real databases, real packages read back with ``verify_package``; the legacy per-account key of
earlier versions is made with the code those versions used (``load_or_create_key``).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from report_helpers import REPORT_DAY, build, pdftotext

from qms_desktop.domain.errors import PermissionDenied, ValidationError
from qms_desktop.reports.package import verify_package
from qms_desktop.reports.signing import load_or_create_key
from qms_desktop.services import backup, reports
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.storage import orm
from qms_desktop.storage.db import Database, backup_copy

LEADER = Actor("chutich", "leader", "Nguyễn Văn An")
SECRETARY = Actor("thuky", "secretary", "Lê Thị Cúc")


@pytest.fixture(scope="session")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("keys") / "qms.sqlite"
    build(path)
    db = Database.open(path)
    leader = AppContext(db, LEADER, lambda: REPORT_DAY)
    row = reports.create_report(leader, period="2026-H1")
    reports.update_report(leader, row.id, shortcomings="Một số hồ sơ còn trễ hạn.")  # the pre-flight asks for Part III
    reports.finalize_report(leader, row.id, date="20/06/2026", acknowledge_all=True)
    db.close()
    return path


def commune(template: Path, where: Path, name: str | None = None) -> Database:
    path = backup_copy(template, where)
    db = Database.open(path)
    if name:
        from qms_desktop.services import agency
        profile = agency.get_profile(ctx(db))
        import dataclasses
        agency.save_profile(ctx(db), dataclasses.replace(profile, full_name=name))
    return db


def ctx(db: Database, actor: Actor = LEADER) -> AppContext:
    return AppContext(db, actor, lambda: REPORT_DAY)


def export(db: Database, folder: Path, **kw) -> tuple[reports.ExportResult, dict]:
    folder.mkdir(parents=True, exist_ok=True)
    result = reports.export_report(ctx(db, SECRETARY), 1, folder, **kw)
    return result, verify_package(result.package).manifest


def test_two_communes_kept_under_one_windows_account_do_not_share_a_key(template, tmp_path, monkeypatch):
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))  # one Windows account, one data folder
    a = commune(template, tmp_path / "a.sqlite")
    b = commune(template, tmp_path / "b.sqlite", "Ủy ban nhân dân xã Đạ Tông")
    ra, _ = export(a, tmp_path / "usb_a")
    rb, _ = export(b, tmp_path / "usb_b")
    assert ra.fingerprint != rb.fingerprint
    assert export(a, tmp_path / "usb_a2")[0].fingerprint == ra.fingerprint  # and each keeps its own
    a.close()
    b.close()


def test_the_key_travels_with_a_backup_to_a_new_pc(template, tmp_path, monkeypatch):
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "old-pc"))
    db = commune(template, tmp_path / "old.sqlite")
    first, _ = export(db, tmp_path / "usb1")
    made = backup.backup_to(db, tmp_path)
    db.close()
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "new-pc"))  # another PC: no key files at all
    new = tmp_path / "new-pc" / "qms.sqlite"
    new.parent.mkdir()
    backup.restore(new, made, actor=LEADER, safety_folder=tmp_path / "new-pc" / "backups")
    db = Database.open(new)
    again, manifest = export(db, tmp_path / "usb2")
    db.close()
    assert again.fingerprint == first.fingerprint and "key_changed_from" not in manifest
    assert backup.inspect_backup(made).key_fingerprint == first.fingerprint


def test_changing_the_key_is_a_leaders_logged_action_that_the_next_report_names(template, tmp_path, monkeypatch):
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    db = commune(template, tmp_path / "a.sqlite")
    first, _ = export(db, tmp_path / "usb1")
    from qms_desktop.services import agency_key
    with pytest.raises(PermissionDenied):
        agency_key.change_key(ctx(db, SECRETARY), reason="Mất USB")
    with pytest.raises(ValidationError):
        agency_key.change_key(ctx(db), reason="  ")
    info = agency_key.change_key(ctx(db), reason="Mất USB chứa bản sao lưu")
    assert info.previous_fingerprint == first.fingerprint and info.fingerprint != first.fingerprint
    second, manifest = export(db, tmp_path / "usb2")
    assert second.fingerprint == info.fingerprint and manifest["key_changed_from"] == first.fingerprint
    text = " ".join(pdftotext(second.files[1]).split())
    assert f"khóa trước đó có mã nhận dạng {first.fingerprint}" in text
    third, manifest = export(db, tmp_path / "usb3")
    assert "key_changed_from" not in manifest  # said once, in the first package after the change
    with db.session() as s:
        entries = [(e.username, e.action) for e in s.query(orm.ChangeLog).filter(orm.ChangeLog.entity == "agency_key")]
    assert ("chutich", "create") in entries and ("chutich", "update") in entries
    assert all("BEGIN PRIVATE KEY" not in (e.new_values + e.old_values)
               for e in db.session().query(orm.ChangeLog).filter(orm.ChangeLog.entity == "agency_key"))
    db.close()


def test_cli_key_show_and_change(template, tmp_path, monkeypatch, capsys):
    from qms_desktop import cli
    from report_helpers import PASSWORD

    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    path = backup_copy(template, tmp_path / "a.sqlite")
    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)
    monkeypatch.setenv("QMS_USER", "thuky")
    assert cli.main(["--db", str(path), "key", "show"]) == 0
    shown = capsys.readouterr().out.strip()
    assert cli.main(["--db", str(path), "key", "change", "--reason", "thử"]) == 1  # a secretary
    monkeypatch.setenv("QMS_USER", "chutich")
    assert cli.main(["--db", str(path), "key", "change", "--reason", "Lộ khóa"]) == 0
    new = capsys.readouterr().out.strip().splitlines()[-1]
    assert new != shown and len(new) == 19


def _exported_before(db: Database) -> None:
    """What a database of an earlier version looks like after it sent a report: export log rows."""
    with db.transaction("thuky") as s:
        s.add(orm.ExportLog(report_id=1, at=dt.datetime(2026, 1, 5), username="thuky",
                            path=str(db.path.parent / "gone" / "BaoCaoISO_2025_TanPhu.zip"), sha256="0" * 64))


def test_legacy_account_key_is_adopted_once_then_never_shared(template, tmp_path, monkeypatch):
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    legacy = load_or_create_key(tmp_path / "data" / "keys")  # what earlier versions made for this account
    a = commune(template, tmp_path / "a.sqlite")
    _exported_before(a)
    ra, manifest = export(a, tmp_path / "usb_a")
    assert ra.fingerprint == legacy.fingerprint and "key_changed_from" not in manifest  # adopted: nothing changes
    owner = json.loads((tmp_path / "data" / "keys" / "installation_ed25519.owner.json").read_text(encoding="utf-8"))
    assert owner["fingerprint"] == legacy.fingerprint and owner["agency"].startswith("Ủy ban nhân dân xã Tân Phú")
    b = commune(template, tmp_path / "b.sqlite", "Ủy ban nhân dân xã Đạ Tông")  # the second commune of this account
    _exported_before(b)
    rb, manifest = export(b, tmp_path / "usb_b")
    assert rb.fingerprint != legacy.fingerprint and manifest["key_changed_from"] == legacy.fingerprint
    c = commune(template, tmp_path / "c.sqlite", "Ủy ban nhân dân xã Mới")  # never exported: simply a new key
    rc, manifest = export(c, tmp_path / "usb_c")
    assert rc.fingerprint not in (legacy.fingerprint, rb.fingerprint) and "key_changed_from" not in manifest
    for db in (a, b, c):
        db.close()
    shutil.rmtree(tmp_path / "usb_a")


def test_legacy_key_is_not_adopted_when_a_logged_package_shows_another_key(template, tmp_path, monkeypatch):
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "old-pc"))
    old = commune(template, tmp_path / "a.sqlite")
    first, _ = export(old, tmp_path / "usb")  # signed on the old PC
    with old.transaction("system") as s:  # as an earlier version would have left it: no key in the database
        for row in s.query(orm.AgencyKey):
            s.delete(row)
        for row in s.query(orm.ExportLog):
            row.fingerprint = None
    old.close()
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "new-pc"))
    legacy = load_or_create_key(tmp_path / "new-pc" / "keys")  # this PC's account key never signed for it
    db = Database.open(tmp_path / "a.sqlite")
    again, manifest = export(db, tmp_path / "usb2")
    db.close()
    assert again.fingerprint != legacy.fingerprint and manifest["key_changed_from"] == first.fingerprint
