"""Issue 10, findings 1–4, 12 and 14: an attacker with a copy of the database and the sqlite3 module.

Each test reproduces one attack on a real database file and asserts that it ends detected
(``qms check`` exit 1 naming table, record and field), refused (nothing changed), or — where no
local check can see it — detected by an anchor outside the file (a written-down head, the
receiving office's last head). The commune is the one of the report tests (xã Tân Phú, with a
finalised report), built once through the services.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import shutil
import sqlite3
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from report_helpers import PASSWORD, REPORT_DAY, build

from qms_desktop import cli
from qms_desktop.domain import change_labels
from qms_desktop.domain.errors import ValidationError
from qms_desktop.reports.package import verify_package
from qms_desktop.services import backup, reports
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.storage import integrity, orm
from qms_desktop.storage.db import Database, backup_copy
from qms_desktop.storage.events import GENESIS, entry_hash

LEADER = Actor("chutich", "leader", "Nguyễn Văn An")
SECRETARY = Actor("thuky", "secretary", "Lê Thị Cúc")


@pytest.fixture(scope="session")
def commune_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("attacks") / "qms.sqlite"
    build(path)
    db = Database.open(path)
    leader = AppContext(db, LEADER, lambda: REPORT_DAY)
    row = reports.create_report(leader, period="2026-H1")
    reports.update_report(leader, row.id, shortcomings="Một số hồ sơ còn trễ hạn.")  # the pre-flight asks for Part III
    reports.finalize_report(leader, row.id, date="20/06/2026", acknowledge_all=True)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def commune(commune_template, tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    return backup_copy(commune_template, tmp_path / "qms.sqlite")


def qms(capsys, monkeypatch, db: Path, *args: str, user: str = "chutich", password: str = PASSWORD,
        lang: str = "en") -> tuple[int, str, str]:
    """``qms`` in this process, as ``user``; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("QMS_USER", user)
    monkeypatch.setenv("QMS_PASSWORD", password)
    capsys.readouterr()
    code = cli.main(["--lang", lang, "--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def sql(db: Path, *statements: str) -> None:
    with sqlite3.connect(db) as c:
        for statement in statements:
            c.execute(statement)


def head_of(out: str) -> str:
    return next(line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("Chain head: "))


def ctx(db: Database, actor: Actor = LEADER) -> AppContext:
    return AppContext(db, actor, lambda: REPORT_DAY)


# ---------------------------------------------------------------- the attacker's tools

def restate(c: sqlite3.Connection, entity: str, entity_id: str) -> None:
    """Make the latest history entry of a row record the row as it is now (the project's own code)."""
    from qms_desktop.storage import rowstate

    state = rowstate.fetch_states(c, rowstate.table_info(entity), [int(entity_id)])[entity_id]
    last = c.execute("SELECT max(id) FROM change_log WHERE entity = ? AND entity_id = ?", (entity, entity_id)).fetchone()[0]
    c.execute("UPDATE change_log SET state = ? WHERE id = ?",
              (rowstate.state_json(rowstate.state_hash(state), rowstate.digests(state)), last))


def recompute_chain(c: sqlite3.Connection) -> None:
    """Rewrite every entry's hash with the project's own ``entry_hash``."""
    prev = GENESIS
    rows = c.execute("SELECT id, at, username, action, entity, entity_id, old_values, new_values, state "
                     "FROM change_log ORDER BY id").fetchall()
    for entry_id, at, username, action, entity, entity_id, old, new, state in rows:
        digest = entry_hash(prev, dt.datetime.fromisoformat(at).isoformat(), username, action, entity, entity_id, old,
                            new, state)
        c.execute("UPDATE change_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, entry_id))
        prev = digest


def rewrite_everything(db: Path, *statements: str, touched: list[tuple[str, str]]) -> None:
    """The thorough attacker: edit, restate the rows, recompute the chain, fix the export log's heads."""
    with sqlite3.connect(db) as c:
        for statement in statements:
            c.execute(statement)
        for entity, entity_id in touched:
            restate(c, entity, entity_id)
        recompute_chain(c)
        for log_id, count in c.execute("SELECT id, chain_count FROM export_log WHERE chain_count IS NOT NULL "
                                       "ORDER BY id").fetchall():  # in order: fixing one moves the later heads
            hashes = [r[0] for r in c.execute("SELECT hash FROM change_log ORDER BY id")]
            c.execute("UPDATE export_log SET chain_hash = ? WHERE id = ?", (hashes[count - 1], log_id))
            restate(c, "export_log", str(log_id))
            recompute_chain(c)


# ---------------------------------------------------------------- finding 1: direct edits of records

@pytest.mark.parametrize("attack, table, field", [
    ("UPDATE nonconformity SET description = 'Không có gì' WHERE id = 1", "nonconformity", "description"),
    ("UPDATE app_user SET role = 'leader' WHERE username = 'thuky'", "app_user", "role"),
    ("UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE username = 'xem') "
     "WHERE username = 'chutich'", "app_user", "password_hash"),
    ("UPDATE procedure_version SET approved_by = 'Người khác' WHERE id = 1", "procedure_version", "approved_by"),
])
def test_finding1_direct_edit_of_a_record_is_detected(commune, capsys, monkeypatch, attack, table, field):
    code, _out, err = qms(capsys, monkeypatch, commune, "check")
    assert code == 0, err
    sql(commune, attack)
    code, out, err = qms(capsys, monkeypatch, commune, "check", user="xem")
    assert code == 1
    assert f"({table}) #" in err and f" ({field}) changed outside the application." in err  # "Role (role)"
    assert "Records: 1 do not match their history" in out


def _named(path, table: str, ident: int) -> str:
    """How `qms check` names a record: its id, then the number or code the user knows it by (QA 18 F6)."""
    column = "code" if table == "procedure" else "number"
    with sqlite3.connect(path) as c:
        value = c.execute(f"SELECT {column} FROM {table} WHERE id = ?", (ident,)).fetchone()[0]
    assert value, (table, ident)
    return f"#{ident} ({value})"


def test_finding1_messages_are_vietnamese_by_default(commune, capsys, monkeypatch):
    sql(commune, "UPDATE nonconformity SET description = 'Không có gì' WHERE id = 1")
    code, out, err = qms(capsys, monkeypatch, commune, "check", lang="vi")
    assert code == 1 and f"Sự không phù hợp (nonconformity) {_named(commune, 'nonconformity', 1)}: Mô tả (description) bị sửa ngoài ứng dụng." in err
    assert any(line.startswith("Đầu chuỗi: ") for line in out.splitlines())


def test_finding1_a_change_after_an_outside_edit_keeps_the_evidence(commune, capsys, monkeypatch):
    """The application changing the tampered row later must not launder the outside edit."""
    with sqlite3.connect(commune) as c:
        nc_id = c.execute("SELECT id FROM nonconformity WHERE status NOT IN ('closed', 'cancelled')").fetchone()[0]
    sql(commune, f"UPDATE nonconformity SET description = 'Không có gì' WHERE id = {nc_id}")
    db = Database.open(commune)
    from qms_desktop.services import ncs
    ncs.update_nc(ctx(db), nc_id, root_cause="Chưa phân công người theo dõi")
    db.close()
    code, _out, err = qms(capsys, monkeypatch, commune, "check")
    assert code == 1 and f"(nonconformity) {_named(commune, 'nonconformity', nc_id)}: Description (description) had been changed outside the application before entry" in err


def test_finding1_rows_added_or_deleted_outside_are_detected(commune, capsys, monkeypatch):
    sql(commune, "DELETE FROM training WHERE id = 1",
        "INSERT INTO unit (name, description, search_key, created_at, created_by, updated_at, updated_by) "
        "VALUES ('Đơn vị ma', '', 'don vi ma', '2026-01-01', 'chutich', '2026-01-01', 'chutich')",
        "DELETE FROM procedure_tthc WHERE procedure_id = 1")
    code, _out, err = qms(capsys, monkeypatch, commune, "check")
    assert code == 1
    assert "(training) #1: deleted outside the application" in err
    assert "(unit) #4: not in the change history" in err
    assert f"(procedure) {_named(commune, 'procedure', 1)}: Administrative procedures (TTHC) (@tthc) changed outside the application." in err


# ---------------------------------------------------------------- finding 2: the chain's tail

def test_finding2_deleting_the_last_history_entries_is_detected(commune, capsys, monkeypatch):
    sql(commune, "DELETE FROM change_log WHERE id >= (SELECT min(id) FROM change_log WHERE entity = 'report')")  # the tail: the report …
    code, _out, err = qms(capsys, monkeypatch, commune, "check")
    assert code == 1 and "(report) #1: not in the change history" in err


def test_finding2_deleting_the_whole_history_is_detected(commune, capsys, monkeypatch):
    sql(commune, "DELETE FROM change_log")
    code, out, err = qms(capsys, monkeypatch, commune, "check")
    assert code == 1 and "History: 0 entries" in out
    assert f"(nonconformity) {_named(commune, 'nonconformity', 1)}: not in the change history" in err
    assert "(app_user) #1: not in the change history" in err


def test_finding2_deleting_a_record_with_its_history_is_detected(commune, capsys, monkeypatch):
    sql(commune, "DELETE FROM training WHERE id = 1",
        "DELETE FROM change_log WHERE entity = 'training' AND entity_id = '1'")
    code, _out, err = qms(capsys, monkeypatch, commune, "check")
    assert code == 1 and "The change history was altered outside the application" in err


def test_finding2_cutting_the_newest_record_and_its_entries_needs_the_written_down_head(commune, capsys, monkeypatch):
    db = Database.open(commune)
    from qms_desktop.services import records
    unit = records.create(ctx(db), "unit", {"name": "Bộ phận mới nhất"})
    db.close()
    code, out, _err = qms(capsys, monkeypatch, commune, "check")
    written_down = head_of(out)
    assert code == 0
    sql(commune, f"DELETE FROM unit WHERE id = {unit.id}",
        f"DELETE FROM change_log WHERE entity = 'unit' AND entity_id = '{unit.id}'")
    # Honest: the file is exactly as it was before the unit was created; nothing local can tell.
    assert qms(capsys, monkeypatch, commune, "check")[0] == 0
    code, out, err = qms(capsys, monkeypatch, commune, "check", "--head", written_down)
    assert code == 1 and "entries were removed" in err and "NOT FOUND" in out


def test_finding2_recomputing_the_whole_chain_is_caught_only_by_an_anchor(commune, capsys, monkeypatch, tmp_path):
    from qms_desktop.reports.package import chain_extends

    db = Database.open(commune)
    usb = tmp_path / "usb"
    for name in "123":
        (usb / name).mkdir(parents=True)
    first = reports.export_report(ctx(db, SECRETARY), 1, usb / "1", loose_files=False)
    second = reports.export_report(ctx(db, SECRETARY), 1, usb / "2", loose_files=False)
    db.close()
    seen = verify_package(first.package).manifest["chain_head"]  # what the receiving office remembers
    remembered = (seen["count"], seen["hash"])
    assert chain_extends(remembered, verify_package(second.package).manifest) is True  # no attack: extends
    rewrite_everything(commune, "UPDATE nonconformity SET description = 'Không có gì' WHERE id = 1",
                       touched=[("nonconformity", "1")])
    # Not detectable locally: the attacker used the project's own hash functions on every entry.
    code, _out, err = qms(capsys, monkeypatch, commune, "check")
    assert code == 0, err
    # A head written down earlier (printed on the report, or by a check) catches it …
    code, out, err = qms(capsys, monkeypatch, commune, "check", "--head", f"{seen['count']}:{seen['hash']}")
    assert code == 1 and "the history was rewritten" in err
    # … and so does the receiving office with the next package.
    db = Database.open(commune)
    third = reports.export_report(ctx(db, SECRETARY), 1, usb / "3", loose_files=False)
    db.close()
    manifest = verify_package(third.package).manifest
    assert {"count": seen["count"], "hash": manifest["chain_checkpoints"][0]["hash"]} in manifest["chain_checkpoints"]
    assert chain_extends(remembered, manifest) is False


def test_finding2_a_naive_recomputation_is_caught_by_the_export_log(commune, capsys, monkeypatch, tmp_path):
    db = Database.open(commune)
    (tmp_path / "usb").mkdir()
    (tmp_path / "again").mkdir()
    result = reports.export_report(ctx(db, SECRETARY), 1, tmp_path / "usb", loose_files=False)
    db.close()
    with sqlite3.connect(commune) as c:
        c.execute("UPDATE nonconformity SET description = 'Không có gì' WHERE id = 1")
        restate(c, "nonconformity", "1")
        recompute_chain(c)
    code, _out, err = qms(capsys, monkeypatch, commune, "check")
    assert code == 1 and f"the export printed the chain head {result.chain_head}" in err
    db = Database.open(commune)
    with pytest.raises(ValidationError, match="cut or rewritten"):
        reports.export_report(ctx(db, SECRETARY), 1, tmp_path / "again", loose_files=False)
    db.close()


def test_a_rewrite_under_the_head_a_signed_pdf_prints_is_caught_at_export(commune, tmp_path):
    """The thorough attacker fixes the export log's heads, but not the head frozen in the signed PDF: the export
    checks it and refuses (QA 14 F6 carries that head among the package's checkpoints)."""
    from pki_helpers import COMMUNE, make_pki, write_pfx

    from qms_desktop.reports import pades
    from qms_desktop.services.reports import signing

    pki = make_pki(organisation=COMMUNE, signer_not_before=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    db = Database.open(commune)
    with pades.open_pfx(write_pfx(tmp_path / "ct.pfx", pki.official, [pki.intermediate, pki.root], "pfx-1"),
                        "pfx-1") as src:
        signing.sign_report(ctx(db), 1, src, now=dt.datetime(2026, 6, 20, 9, 0, tzinfo=dt.timezone.utc))
    db.close()
    rewrite_everything(commune, "UPDATE nonconformity SET description = 'Không có gì' WHERE id = 1",
                       touched=[("nonconformity", "1")])
    db = Database.open(commune)
    (tmp_path / "usb").mkdir()
    with pytest.raises(ValidationError, match="cut or rewritten"):
        reports.export_report(ctx(db, SECRETARY), 1, tmp_path / "usb", loose_files=False)
    db.close()
    assert list((tmp_path / "usb").iterdir()) == []


def test_chain_head_line_and_malformed_head(commune, capsys, monkeypatch):
    code, out, _err = qms(capsys, monkeypatch, commune, "check")
    count, digest = head_of(out).split(":")
    assert code == 0 and len(digest) == 64 and int(count) > 50
    assert qms(capsys, monkeypatch, commune, "check", "--head", f"{count}:{digest}")[0] == 0
    assert qms(capsys, monkeypatch, commune, "check", "--head", f"{int(count) + 1}:{digest}")[0] == 1
    # entry 0 carries one value only, the start of every history (any hash was "found" there: QA)
    from qms_desktop.storage.events import GENESIS
    assert qms(capsys, monkeypatch, commune, "check", "--head", f"0:{GENESIS}")[0] == 0
    code, _out, err = qms(capsys, monkeypatch, commune, "check", "--head", f"0:{digest}")
    assert code == 1 and "entry 0" in err
    with pytest.raises(SystemExit) as usage:
        qms(capsys, monkeypatch, commune, "check", "--head", "abc")
    assert usage.value.code == 2


# ---------------------------------------------------------------- finding 3: the frozen snapshot

def test_finding3_an_edited_snapshot_is_detected_and_never_exported(commune, capsys, monkeypatch, tmp_path):
    sql(commune, "UPDATE report SET snapshot_json = replace(snapshot_json, 'Tân Phú', 'Tân Phú Mới') WHERE id = 1")
    code, _out, err = qms(capsys, monkeypatch, commune, "check")
    assert code == 1 and "(report) #1: the frozen content of the finalised report no longer matches" in err
    usb = tmp_path / "usb"
    usb.mkdir()
    code, _out, err = qms(capsys, monkeypatch, commune, "report", "export", "1", "--out", str(usb), user="thuky")
    assert code == 1 and "frozen content of report" in err
    assert list(usb.iterdir()) == []


def test_a_report_is_neither_signed_nor_sent_on_records_edited_outside(commune, capsys, monkeypatch, tmp_path):
    """`qms check` sees an outside edit; finalising (the figures and texts frozen for the chairman's
    signature) and exporting (the package for the receiving office) must see it too."""
    db = Database.open(commune)
    draft = reports.correct_report(ctx(db), 1)
    db.close()
    code, out, _err = qms(capsys, monkeypatch, commune, "report", "preflight", str(draft.id))
    assert "records_altered" not in out
    sql(commune, "UPDATE nonconformity SET description = 'Không có sự không phù hợp nào', status = 'closed' WHERE id = 1")
    code, out, _err = qms(capsys, monkeypatch, commune, "report", "preflight", str(draft.id))
    assert "refusal\trecords_altered\t1 record(s) no longer match the change history" in out
    code, out, err = qms(capsys, monkeypatch, commune, "report", "finalize", str(draft.id), "--acknowledge-all")
    assert code == 1 and "refusal\trecords_altered" in out
    with sqlite3.connect(commune) as c:
        assert c.execute("SELECT status, snapshot_json FROM report WHERE id = ?", (draft.id,)).fetchone() == ("draft", None)
    usb = tmp_path / "usb"
    usb.mkdir()
    code, _out, err = qms(capsys, monkeypatch, commune, "report", "export", "1", "--out", str(usb), user="thuky")
    assert code == 1 and "1 record(s) no longer match the change history" in err
    assert list(usb.iterdir()) == []
    code, _out, err = qms(capsys, monkeypatch, commune, "report", "export", "1", "--out", str(usb), user="thuky",
                          lang="vi")
    assert code == 1 and "không còn khớp với nhật ký thay đổi" in err


def test_finding3_finalising_logs_the_snapshot_sha256(commune):
    import hashlib

    with sqlite3.connect(commune) as c:
        snapshot = c.execute("SELECT snapshot_json FROM report WHERE id = 1").fetchone()[0]
        logged = [json.loads(v) for (v,) in c.execute(
            "SELECT new_values FROM change_log WHERE entity = 'report' AND entity_id = '1' ORDER BY id")]
    assert logged[-1]["snapshot_sha256"] == hashlib.sha256(snapshot.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- finding 4: role escalation through restore

def test_finding4_a_secretary_cannot_escalate_through_a_restore(commune, capsys, monkeypatch, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, err = qms(capsys, monkeypatch, commune, "backup", "--to", str(usb), user="thuky")
    assert code == 0, err
    made = Path(out.strip())
    sql(made, "UPDATE app_user SET role = 'leader' WHERE username = 'thuky'")
    before = commune.read_bytes()
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", str(made), user="thuky")
    assert code == 1 and "not allowed to restore a backup" in err
    # Even a leader does not restore the tampered backup (its metadata and its rows give it away) …
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", str(made))
    assert code == 1 and "was changed after it was written" in err
    (usb / (made.name + ".json")).unlink()  # … also when its metadata file is thrown away
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", str(made))
    assert code == 1 and "do not match its change history" in err
    assert commune.read_bytes() == before
    code, out, _err = qms(capsys, monkeypatch, commune, "list", "users", "--format", "json")
    assert {u["username"]: u["role"] for u in json.loads(out)}["thuky"] == "secretary"


def test_finding4_a_restore_that_would_lock_out_the_restorer_is_refused(commune, capsys, monkeypatch, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    made = Path(qms(capsys, monkeypatch, commune, "backup", "--to", str(usb))[1].strip())
    db = Database.open(commune)
    from qms_desktop.services.users import change_password
    change_password(ctx(db), old_password=PASSWORD, new_password="mat-khau-moi-2026")
    db.close()
    before = commune.read_bytes()
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", str(made), password="mat-khau-moi-2026")
    assert code == 1 and "could no longer log in as chutich" in err
    assert commune.read_bytes() == before
    assert not list((tmp_path / "data" / "backups").glob("qms-before-restore-*"))  # nothing was even copied


def test_finding4_a_leader_restores_a_genuine_backup(commune, capsys, monkeypatch, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    made = Path(qms(capsys, monkeypatch, commune, "backup", "--to", str(usb))[1].strip())
    meta = json.loads((usb / (made.name + ".json")).read_text(encoding="utf-8"))
    code, out, _err = qms(capsys, monkeypatch, commune, "check")
    assert f"{meta['chain_head']['count']}:{meta['chain_head']['hash']}" == head_of(out)  # the backup's metadata
    sql(commune, "DELETE FROM training WHERE id = 2")  # damage the database in use
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", str(made))
    assert code == 0, err
    assert qms(capsys, monkeypatch, commune, "check")[0] == 0


# ---------------------------------------------------------------- finding 12: qms check as a side door

def test_finding12_check_counts_wrong_passwords(commune, capsys, monkeypatch):
    for _ in range(5):
        code, _out, err = qms(capsys, monkeypatch, commune, "check", password="doan-mo-123")
        assert code == 1
    code, _out, err = qms(capsys, monkeypatch, commune, "check")  # the right password, too late
    assert code == 1 and "locked" in err
    code, _out, err = qms(capsys, monkeypatch, commune, "list", "units")
    assert code == 1 and "locked" in err


def test_finding12_check_never_changes_a_backup_file(commune, capsys, monkeypatch, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    made = Path(qms(capsys, monkeypatch, commune, "backup", "--to", str(usb))[1].strip())
    before = made.read_bytes()
    assert before[18:20] == b"\x01\x01"  # rollback journal, not WAL
    code, _out, err = qms(capsys, monkeypatch, made, "check")
    assert code == 0, err
    assert made.read_bytes() == before
    assert sorted(p.name for p in usb.iterdir()) == sorted([made.name, made.name + ".json"])  # no -wal, no -shm


# ---------------------------------------------------------------- finding 14: another commune's backup

def test_finding14_restoring_another_agencys_backup_needs_a_confirmation(commune, capsys, monkeypatch, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    made = Path(qms(capsys, monkeypatch, commune, "backup", "--to", str(usb))[1].strip())
    db = Database.open(commune)  # the commune is renamed (merged communes, 2025): the backup is "another" agency's
    from qms_desktop.services import agency
    profile = agency.get_profile(ctx(db))
    agency.save_profile(ctx(db), dataclasses.replace(profile, full_name="Ủy ban nhân dân xã Tân Phú Hòa"))
    db.close()
    before = commune.read_bytes()
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", str(made))
    assert code == 1 and "is a backup of another agency (Ủy ban nhân dân xã Tân Phú)" in err and "--other-agency" in err
    assert commune.read_bytes() == before
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", str(made), "--other-agency")
    assert code == 0, err


def test_finding14_a_truly_foreign_database_is_refused(commune, capsys, monkeypatch, tmp_path):
    other = tmp_path / "other.sqlite"
    monkeypatch.setenv("QMS_USER", "chutich")
    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)
    assert cli.main(["--db", str(other), "init", "--name", "Ủy ban nhân dân xã Đạ Tông", "--province", "Lâm Đồng"]) == 0
    def content() -> list[str]:  # the records (the login may switch the file to WAL: that changes no record)
        with sqlite3.connect(commune) as c:
            return list(c.iterdump())
    before = content()
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", str(other))  # not confirmed as another agency's
    assert code == 1 and "--other-agency" in err, err
    # the same user name with another password: the restorer could not log in afterwards, confirmed or not
    stranger = tmp_path / "stranger.sqlite"
    monkeypatch.setenv("QMS_PASSWORD", "Mat-khau-khac-2026")
    assert cli.main(["--db", str(stranger), "init", "--name", "Ủy ban nhân dân xã Lộc Bắc", "--province", "Lâm Đồng"]) == 0
    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", str(stranger), "--other-agency")
    assert code == 1, err
    assert content() == before


def test_finding14_the_restore_dialog_asks_before_another_agencys_backup(qtbot, commune, tmp_path):
    from qms_desktop.ui.dialogs.restore_dialog import RestoreDialog

    db = Database.open(commune)
    made = backup.backup_to(db, tmp_path)
    from qms_desktop.services import agency
    profile = agency.get_profile(ctx(db))
    agency.save_profile(ctx(db), dataclasses.replace(profile, full_name="Ủy ban nhân dân xã Tân Phú Hòa"))
    db.close()
    plan = backup.plan_restore(commune, made, LEADER)
    assert plan.allowed and plan.other_agency
    dialog = RestoreDialog(plan, commune)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled() and dialog.other_agency.isVisibleTo(dialog)
    dialog.other_agency.setChecked(True)
    assert dialog.restore_button.isEnabled() and dialog.other_agency_confirmed
    secretary_plan = backup.plan_restore(commune, made, SECRETARY)
    refused = RestoreDialog(secretary_plan, commune)
    qtbot.addWidget(refused)
    assert not refused.restore_button.isEnabled() and "Only a leader" in refused.refusal.text()


# ---------------------------------------------------------------- the manifest and the printed head

def test_head_is_printed_on_the_report_and_carried_everywhere(commune, tmp_path):
    from openpyxl import load_workbook
    from report_helpers import pdftotext

    db = Database.open(commune)
    (tmp_path / "usb").mkdir()
    result = reports.export_report(ctx(db, SECRETARY), 1, tmp_path / "usb")
    made = backup.backup_to(db, tmp_path)
    db.close()
    pdf, xlsx = result.files[1], result.files[2]
    text = " ".join(pdftotext(pdf).split())
    assert f"Đầu chuỗi nhật ký thay đổi khi xuất báo cáo: {result.chain_head}" in text
    assert result.fingerprint in text
    auth = load_workbook(xlsx)["Xác thực"]
    values = [c for row in auth.iter_rows(values_only=True) for c in row]
    assert result.chain_head in values and result.fingerprint in values
    # under the same heading rows as every sheet, with what the office does with it (QA 57 F10)
    assert values[0].startswith("ỦY BAN NHÂN DÂN") and "XÁC THỰC TỆP BÁO CÁO ĐIỆN TỬ" in values
    assert any(isinstance(v, str) and v.startswith("Đơn vị nhận đối chiếu mã nhận dạng khóa ký") for v in values)
    assert auth.page_setup.fitToWidth == 1 and auth.sheet_properties.pageSetUpPr.fitToPage  # one page wide (QA 27 F8)
    with zipfile.ZipFile(result.package) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert f"{manifest['chain_head']['count']}:{manifest['chain_head']['hash']}" == result.chain_head
    assert backup.inspect_backup(made).chain_head.split(":")[0] > "0"


def test_chain_extends_rules():
    from qms_desktop.reports.package import chain_extends

    manifest = {"chain_head": {"count": 10, "hash": "b" * 64}, "chain_checkpoints": [{"count": 4, "hash": "a" * 64}]}
    assert chain_extends((10, "b" * 64), manifest) is True
    assert chain_extends((4, "a" * 64), manifest) is True
    assert chain_extends((4, "c" * 64), manifest) is False  # rewritten up to 4
    assert chain_extends((11, "b" * 64), manifest) is False  # the chain got shorter: cut
    assert chain_extends((7, "a" * 64), manifest) is None  # no checkpoint there
    assert chain_extends((4, "a" * 64), {"format_version": 1}) is None  # a version 1 package


def test_check_is_fast_enough_to_read_everything(commune):
    """Not a timing test: checks that the row check reads each table once (no query per row)."""
    from qms_desktop.storage import integrity, rowstate

    statements: list[str] = []
    with sqlite3.connect(commune) as c:
        c.set_trace_callback(statements.append)
        result = integrity.verify(c)
    assert result.ok
    per_table = [s for s in statements if s.startswith('SELECT * FROM "')]
    assert len(per_table) == len({s for s in per_table}) <= len(rowstate.logged_tables())
    assert len(statements) < 3 * len(rowstate.logged_tables()) + 10


def test_backup_copies_keep_working_after_restore(commune, tmp_path):
    """A restored database is still a covered one: every row matches, a new change is recorded."""
    db = Database.open(commune)
    made = backup.backup_to(db, tmp_path)
    db.close()
    backup.restore(commune, made, actor=LEADER, safety_folder=tmp_path / "safety")
    db = Database.open(commune)
    from qms_desktop.services import records
    made_unit = records.create(ctx(db), "unit", {"name": "Sau khi khôi phục"})
    from qms_desktop.services.check import check_database
    assert check_database(db).healthy
    with db.session() as s:  # the new record is there, and the history's newest entry is its creation
        last = s.scalars(select(orm.ChangeLog).order_by(orm.ChangeLog.id.desc()).limit(1)).one()
        assert s.get(orm.Unit, made_unit.id).name == "Sau khi khôi phục"
        assert (last.entity, last.entity_id, last.action) == ("unit", str(made_unit.id), "create")
    db.close()
    shutil.rmtree(tmp_path / "safety")


def test_package_verify_shows_the_senders_chain_head(commune, tmp_path, capsys):
    db = Database.open(commune)
    (tmp_path / "usb").mkdir()
    result = reports.export_report(ctx(db, SECRETARY), 1, tmp_path / "usb", loose_files=False)
    db.close()
    capsys.readouterr()
    assert cli.main(["--lang", "en", "package", "verify", str(result.package), "--fingerprint", result.fingerprint]) == 0
    assert f"Sender's chain head: {result.chain_head}" in capsys.readouterr().out


def _database_of_0002(tmp_path) -> Path:
    """A database of schema 0002 as the version before row states wrote it: a unit, the leader's account, and
    their history entries (no state)."""
    from alembic import command

    from qms_desktop.storage.db import alembic_config, make_engine

    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    engine.dispose()
    at = "2026-01-01 00:00:00.000000"
    new = json.dumps({"name": "Văn phòng"}, ensure_ascii=False, sort_keys=True)
    digest = entry_hash(GENESIS, "2026-01-01T00:00:00", "thuky", "create", "unit", "1", "{}", new)
    with sqlite3.connect(path) as c:  # what the previous version wrote: a row and its entry, no state
        c.execute("INSERT INTO unit (name, description, search_key, created_at, created_by, updated_at, updated_by) "
                  "VALUES ('Văn phòng', '', 'van phong', ?, 'thuky', ?, 'thuky')", (at, at))
        c.execute("INSERT INTO change_log (at, username, action, entity, entity_id, old_values, new_values, prev_hash, "
                  "hash) VALUES (?, 'thuky', 'create', 'unit', '1', '{}', ?, ?, ?)", (at, new, GENESIS, digest))
        # the leader's account (a database without one is refused as never set up), with its entry
        from qms_desktop.services.users import hash_password

        user = json.dumps({"username": "chutich", "role": "leader"}, sort_keys=True)
        digest2 = entry_hash(digest, "2026-01-01T00:00:00", "system", "create", "app_user", "1", "{}", user)
        c.execute("INSERT INTO app_user (username, full_name, role, password_hash, recovery_hash, failed_attempts, "
                  "active, created_at, created_by, updated_at, updated_by) VALUES ('chutich', 'Chủ tịch', 'leader', ?, "
                  "'', 0, 1, ?, 'system', ?, 'system')", (hash_password(PASSWORD), at, at))
        c.execute("INSERT INTO change_log (at, username, action, entity, entity_id, old_values, new_values, prev_hash, "
                  "hash) VALUES (?, 'system', 'create', 'app_user', '1', '{}', ?, ?, ?)", (at, user, digest, digest2))
    return path


def test_an_older_database_is_baselined_once_by_the_upgrade(tmp_path, capsys, monkeypatch):
    """A database of the previous schema: the upgrade writes one baseline entry per row, recorded in
    the chain; from then on every row is covered."""
    path = _database_of_0002(tmp_path)
    Database.open(path, backup_dir=tmp_path / "backups").close()  # the upgrade
    with sqlite3.connect(path) as c:
        entries = [r for r in c.execute("SELECT username, action, entity FROM change_log ORDER BY id")]
        assert entries[:2] == [("thuky", "create", "unit"), ("system", "create", "app_user")]
        assert sorted(entries[2:]) == [("system", "baseline", "app_user"), ("system", "baseline", "unit")]
    code, out, err = qms(capsys, monkeypatch, path, "check")
    assert code == 0 and "Records: every row matches its history" in out, err
    sql(path, "UPDATE unit SET name = 'Phòng khác'")
    code, _out, err = qms(capsys, monkeypatch, path, "check")
    assert code == 1 and "(unit) #1: Name (name) changed outside the application." in err


def test_check_on_a_database_not_upgraded_yet_says_what_to_do_and_no_index_was_removed(tmp_path, capsys, monkeypatch):
    """QA 25 F3, F4: `qms check` (which opens read-only, never upgrading) on a database of an earlier schema said
    "Index ix_change_log_record of the application was removed", an index that schema never had, and only that the
    schema version was wrong."""
    path = _database_of_0002(tmp_path)
    code, _out, err = qms(capsys, monkeypatch, path, "check")
    assert code == 1 and "Schema version 0002 is an earlier version's" in err and "qms list tthc" in err, err
    assert "was removed" not in err and "Index" not in err
    with sqlite3.connect(path) as c:  # the check upgraded nothing
        assert c.execute("SELECT version_num FROM alembic_version").fetchall() == [("0002",)]
    Database.open(path, backup_dir=tmp_path / "backups").close()  # opened once: upgraded
    code, out, err = qms(capsys, monkeypatch, path, "check")
    assert code == 0, err


def test_a_database_stamped_w_hist_by_an_evening_build_of_01_12_is_upgraded(tmp_path, capsys, monkeypatch):
    """QA 25 F1: builds of 01/12/2026 ran w_hist right after 0002 (then w_report, w_tthc, w_pades, w_merge) before
    it moved after w_inbox. Their databases, stamped w_hist without rx_package and the rest, were refused by every
    later version ("no such table: rx_package"). The missing migrations now run first; the agency row w_inbox fills
    in (mode) gets a baseline entry; a row altered with sqlite3 before the upgrade is still reported."""
    from alembic import command
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from qms_desktop.storage.db import SCHEMA_HEAD, alembic_config, make_engine

    path = _database_of_0002(tmp_path)
    at = "2026-01-01 00:00:00.000000"
    sql(path, "INSERT INTO agency (full_name, short_name, kind, province, parent_body, recipient, head_name, head_title, "
              "iso_rep_name, iso_rep_title, doc_symbol, place_name, created_at, created_by, updated_at, updated_by) "
              f"VALUES ('Ủy ban nhân dân xã Tân Phú', 'xã Tân Phú', 'xa', 'Lâm Đồng', '', '', '', '', '', '', 'UBND', "
              f"'Tân Phú', '{at}', 'system', '{at}', 'system')")
    engine = make_engine(path)
    with engine.begin() as conn:  # w_hist as those builds ran it, straight after 0002
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        with Operations.context(MigrationContext.configure(conn, opts={"render_as_batch": True})):
            ScriptDirectory.from_config(cfg).get_revision("w_hist").module.upgrade()
        command.stamp(cfg, "w_hist", purge=True)
    engine.dispose()
    sql(path, "UPDATE unit SET name = 'Phòng khác'")  # altered outside the application, before the upgrade
    Database.open(path, backup_dir=tmp_path / "backups").close()  # the upgrade
    with sqlite3.connect(path) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchall() == [(SCHEMA_HEAD,)]
        assert c.execute("SELECT mode FROM agency").fetchall() == [("commune",)]
        assert c.execute("SELECT count(*) FROM rx_package").fetchone() == (0,)
        assert c.execute("SELECT entity FROM change_log ORDER BY id DESC LIMIT 1").fetchone() == ("agency",)
    code, out, err = qms(capsys, monkeypatch, path, "check")
    assert code == 1 and "(unit) #1: Name (name) changed outside the application." in err, (out, err)
    assert "agency" not in err


# ---------------------------------------------------------------- what the file holds besides its rows

def test_a_search_trigger_rewritten_or_a_unique_constraint_dropped_is_named_and_refused(commune, capsys, monkeypatch,
                                                                                      tmp_path):
    """QA 51 F1: a trigger under the search index's own name, on another table, appended to every report edited
    (the history's hash covering the rewritten text): `qms check` said all was well, restore carried it.
    F5: the register of nonconformities rebuilt without UNIQUE (number) passed too."""
    usb = tmp_path / "usb"
    usb.mkdir()
    clean = Path(qms(capsys, monkeypatch, commune, "backup", "--to", str(usb))[1].strip())
    sql(commune, "DROP TRIGGER nonconformity_fts_au",
        "CREATE TRIGGER nonconformity_fts_au AFTER UPDATE ON report BEGIN UPDATE report SET proposals = proposals "
        "|| ' [x]' WHERE id = new.id AND proposals NOT LIKE '%[x]%'; END")
    code, _out, err = qms(capsys, monkeypatch, commune, "check")
    assert code == 1 and "Trigger nonconformity_fts_au (on report) of the application was replaced" in err, err
    code, _out, err = qms(capsys, monkeypatch, commune, "search", "khai sinh")  # a writable open leaves it to be seen
    assert qms(capsys, monkeypatch, commune, "check")[0] == 1
    tampered = usb / "tampered.sqlite"
    shutil.copy(commune, tampered)
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", str(tampered))
    assert code == 1 and "nonconformity_fts_au, which the application does not make" in err, err
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", str(clean))
    assert code == 0, err
    assert qms(capsys, monkeypatch, commune, "check")[0] == 0

    loose = usb / "loose.sqlite"
    shutil.copy(clean, loose)
    with sqlite3.connect(loose) as c:
        create = c.execute("SELECT sql FROM sqlite_master WHERE name = 'nonconformity'").fetchone()[0]
    bare = re.sub(r",\s*UNIQUE \([^)]*\)", "", create)
    assert bare != create
    sql(loose, "PRAGMA foreign_keys=OFF", bare.replace("CREATE TABLE nonconformity", "CREATE TABLE nc_new", 1),
        "INSERT INTO nc_new SELECT * FROM nonconformity", "DROP TABLE nonconformity",
        "ALTER TABLE nc_new RENAME TO nonconformity")
    code, _out, err = qms(capsys, monkeypatch, loose, "check")
    assert code == 1 and "Table nonconformity no longer refuses two records with the same" in err, err
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", str(loose))
    assert code == 1 and "table nonconformity no longer refuses two records" in err, err


def test_objects_added_or_removed_with_sqlite3_are_named_by_check_and_refused_by_restore(commune, capsys, monkeypatch,
                                                                                          tmp_path):
    """QA: a trigger of one's own (it can rewrite rows behind every write), a table, a dropped index and an
    emptied search index all passed `qms check`, and a backup carrying the trigger was restored."""
    usb = tmp_path / "usb"
    usb.mkdir()
    clean = Path(qms(capsys, monkeypatch, commune, "backup", "--to", str(usb))[1].strip())
    tampered = usb / "tampered.sqlite"
    shutil.copy(clean, tampered)
    sql(tampered, "CREATE TRIGGER keep_quiet AFTER INSERT ON nonconformity BEGIN UPDATE nonconformity SET "
                  "description = 'ok' WHERE id = new.id; END")
    sql(commune, "CREATE TABLE evil(x)", "DROP INDEX ix_change_log_at", "DELETE FROM tthc_fts")
    code, _out, err = qms(capsys, monkeypatch, commune, "check")
    assert code == 1
    assert "Table evil was added" in err and "Index ix_change_log_at of the application was removed" in err
    assert "search index of tthc does not match its records" in err
    code, out, _err = qms(capsys, monkeypatch, commune, "search", "khai sinh")  # the next writable open rebuilds it
    assert code == 0 and "1.001193" in out
    code, _out, err = qms(capsys, monkeypatch, commune, "check")
    assert code == 1 and "search index" not in err and "Table evil" in err
    before = commune.read_bytes()
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", str(tampered))
    assert code == 1 and "the trigger keep_quiet, which the application does not make" in err, err
    assert commune.read_bytes() == before
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", str(clean))  # the clean backup: restored
    assert code == 0, err
    assert qms(capsys, monkeypatch, commune, "check")[0] == 0


def test_a_backup_of_another_database_under_the_same_name_is_confirmed_and_an_older_one_says_what_goes(
        commune, capsys, monkeypatch, tmp_path):
    """QA 51 F3: a database set up apart under the commune's own name and province, backed up and restored over
    the commune's, went in without --other-agency (its whole history replaced by two entries); an older backup of
    the commune's own database said nothing of the entries written since."""
    with sqlite3.connect(commune) as c:
        name, province = c.execute("SELECT full_name, province FROM agency WHERE id = 1").fetchone()
        entries = c.execute("SELECT count(*) FROM change_log").fetchone()[0]
    twin = tmp_path / "twin.sqlite"
    code, _out, err = qms(capsys, monkeypatch, twin, "init", "--name", name, "--province", province)
    assert code == 0, err
    usb = tmp_path / "usb"
    usb.mkdir()
    twin_backup = qms(capsys, monkeypatch, twin, "backup", "--to", str(usb))[1].strip()
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", twin_backup)
    assert code == 1 and "is not a copy of this database: its history begins apart" in err, err
    assert f"replaces the whole history of the database in use ({entries} entries)" in err
    with sqlite3.connect(commune) as c:
        assert c.execute("SELECT count(*) FROM change_log").fetchone()[0] == entries  # nothing changed
    ours = qms(capsys, monkeypatch, commune, "backup", "--to", str(usb))[1].strip()
    code, _out, err = qms(capsys, monkeypatch, commune, "report", "create", "--period", "2026")
    assert code == 0, err
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", ours)
    assert code == 0, err
    assert "is older than the database in use: the " in err and f"written since it was made (after entry {entries})" \
        in err, err
    code, _out, err = qms(capsys, monkeypatch, commune, "restore", twin_backup, "--other-agency")
    assert code == 0, err


def test_a_restore_leaves_its_own_entry_in_the_restored_history(commune, capsys, monkeypatch, tmp_path):
    """QA 51 F3: after a restore the only trace was the replaced database's copy in the data folder, which anyone
    can delete. The restored history now ends with a ``restore`` entry by the leader who restored it: the backup's
    file name and chain head, the head it replaced and the name the replaced database is kept under. Editing the
    entry with sqlite3 breaks the chain."""
    from qms_desktop.services import history
    from qms_desktop.ui.pages.history_page import record_text, summary

    usb = tmp_path / "usb"
    usb.mkdir()
    ours = Path(qms(capsys, monkeypatch, commune, "backup", "--to", str(usb))[1].strip())
    backup_head = backup.inspect_backup(ours).chain_head
    assert qms(capsys, monkeypatch, commune, "report", "create", "--period", "2026")[0] == 0
    with sqlite3.connect(commune) as c:
        replaced = integrity.format_head(*integrity.chain_head(c))
    code, out, err = qms(capsys, monkeypatch, commune, "restore", str(ours))
    assert code == 0, err
    kept = Path(out.rsplit("kept as ", 1)[1].strip().rstrip("."))
    assert kept.is_file()
    code, _out, err = qms(capsys, monkeypatch, commune, "check")
    assert code == 0, err  # the entry chains on, and no record is compared with it
    code, out, _err = qms(capsys, monkeypatch, commune, "list", "history", "--format", "json")
    entry = json.loads(out)[0]  # newest first
    assert (entry["username"], entry["action"], entry["entity"], entry["entity_id"]) == ("chutich", "restore",
                                                                                        "database", "")
    assert entry["new"] == {"file": ours.name, "backup_head": backup_head, "replaced_head": replaced,
                            "kept_as": kept.name}
    assert tuple(entry["new"]) == change_labels.EVENT_VALUES["database"]  # each value has its caption
    with sqlite3.connect(commune) as c:  # the restored rows are the backup's, the entry comes after them
        count = c.execute("SELECT count(*) FROM change_log").fetchone()[0]
    assert integrity.parse_head(backup_head)[0] == count - 1
    db = Database.open(commune)
    try:
        [row] = history.list_changes(AppContext(db, LEADER), limit=1)
    finally:
        db.close()
    assert record_text(row) == "Database"
    assert summary(row).startswith(f"Backup restored: {ours.name}; Backup's chain head: {backup_head[:20]}")
    sql(commune, "UPDATE change_log SET new_values = replace(new_values, 'qms-', 'xyz-') WHERE action = 'restore'")
    code, _out, err = qms(capsys, monkeypatch, commune, "check")
    assert code == 1 and f"entry {count}" in err, err


def test_a_stored_file_deleted_with_sqlite3_is_named_with_the_attachment_that_lost_it(commune, capsys, monkeypatch):
    """QA 51 F9: deleting an attached file's bytes said "1 broken reference between records" next to "every record
    matches its history", naming neither the file nor its record."""
    from qms_desktop.services import attachments, procedures

    db = Database.open(commune)
    ctx = AppContext(db, LEADER)
    procedure = procedures.list_procedures(ctx)[0]
    name = "Quy trình cấp bản sao.docx"
    attachments.attach(ctx, "procedure", procedure.id, filename=name, data=b"PK\x03\x04 quy trinh")
    db.close()
    with sqlite3.connect(commune) as c:
        [(sha,)] = c.execute("SELECT sha256 FROM attachment WHERE filename = ?", (name,)).fetchall()
    sql(commune, "PRAGMA foreign_keys=OFF", f"DELETE FROM stored_file WHERE sha256 = '{sha}'")
    code, _out, err = qms(capsys, monkeypatch, commune, "check")
    assert code == 1 and f"Attached file (attachment) {name} (#" in err, err
    assert "refers to a Stored file (stored_file) that is no longer in the database" in err
