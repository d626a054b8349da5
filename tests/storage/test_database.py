import sqlite3
import unicodedata

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from qms_desktop.domain.errors import DatabaseRefused, ValidationError
from qms_desktop.storage import orm
from qms_desktop.storage.db import Database, alembic_config, head_revision, make_engine


def test_new_database_pragmas_and_head(tmp_path):
    db = Database.open(tmp_path / "new.sqlite")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    assert db.schema().current == head_revision()
    db.close()


def test_models_match_migrations(db):
    with db.engine.connect() as conn:
        from qms_desktop.storage.fulltext import include_name

        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_name": include_name}), orm.Base.metadata)
    assert diff == []


def test_upgrade_from_base_takes_a_copy_first(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO setting(key, value) VALUES ('language', 'vi')")
    engine.dispose()
    db = Database.open(path, backup_dir=tmp_path / "bk")
    assert db.schema().up_to_date
    copies = list((tmp_path / "bk").glob("old-before-migration-0001-*.sqlite"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert c.execute("SELECT value FROM setting WHERE key='language'").fetchone()[0] == "vi"
    db.close()


def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "newer.sqlite"
    Database.open(path).close()
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num='9999_future'")
    with pytest.raises(DatabaseRefused) as err:
        Database.open(path)
    assert "newer version" in str(err.value)
    with sqlite3.connect(path) as c:  # untouched
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999_future"


@pytest.mark.parametrize("content", [b"not a database at all", b"PK\x03\x04 zip file", b"\x00" * 100])
def test_not_a_database_is_refused(tmp_path, content):
    path = tmp_path / "bad.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseRefused):
        Database.open(path)
    assert path.read_bytes() == content


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE customers(id INTEGER)")
    with pytest.raises(DatabaseRefused):
        Database.open(path)


def test_missing_database_without_create(tmp_path):
    with pytest.raises(DatabaseRefused):
        Database.open(tmp_path / "nope.sqlite", create=False)
    assert not (tmp_path / "nope.sqlite").exists()


def test_text_is_stored_nfc_with_folded_key(db):
    nfd = unicodedata.normalize("NFD", "Đăng ký khai sinh")
    with db.transaction("thuky") as s:
        s.add(orm.Tthc(code="1.009137", name=nfd, field="Hộ tịch"))
    with db.session() as s:
        t = s.scalar(select(orm.Tthc))
        assert t.name == "Đăng ký khai sinh" and unicodedata.is_normalized("NFC", t.name)
        assert t.search_key == "1.009137 dang ky khai sinh ho tich"
        assert (t.created_by, t.updated_by) == ("thuky", "thuky")
        assert s.scalar(select(orm.Tthc).where(orm.Tthc.search_key.contains("dang ky"))) is not None


def test_history_records_who_old_and_new(db):
    with db.transaction("thuky") as s:
        s.add(orm.Unit(name="Tư pháp - Hộ tịch"))
    with db.transaction("lanhdao") as s:
        s.scalar(select(orm.Unit)).name = "Tư pháp – Hộ tịch"
    with db.session() as s:
        log = s.scalars(select(orm.ChangeLog).order_by(orm.ChangeLog.id)).all()
    assert [(c.username, c.action, c.entity) for c in log] == [("thuky", "create", "unit"), ("lanhdao", "update", "unit")]
    assert '"Tư pháp - Hộ tịch"' in log[1].old_values and '"Tư pháp – Hộ tịch"' in log[1].new_values
    assert log[1].prev_hash == log[0].hash


def test_controlled_records_cannot_be_deleted(db):
    with db.transaction() as s:
        s.add(orm.Unit(name="Địa chính"))
    with pytest.raises(ValidationError):
        with db.transaction() as s:
            s.delete(s.scalar(select(orm.Unit)))
    with db.session() as s:
        assert s.scalar(select(orm.Unit)) is not None


def test_failed_transaction_leaves_nothing(db):
    with pytest.raises(RuntimeError):
        with db.transaction() as s:
            s.add(orm.Unit(name="Văn phòng"))
            s.flush()
            raise RuntimeError("boom")
    with db.session() as s:
        assert s.scalar(select(orm.Unit)) is None
        assert s.scalar(select(orm.ChangeLog)) is None


def test_many_to_many_links_are_in_the_history(ctx, db):

    from qms_desktop.services import announcements, history, procedures, tthc

    a = tthc.create_tthc(ctx, code="1.000001", name="A")
    b = tthc.create_tthc(ctx, code="1.000002", name="B")
    p = procedures.create_procedure(ctx, code="QT-1", title="Quy trình", tthc_ids=[a.id])
    procedures.update_procedure(ctx, p.id, tthc_ids=[a.id, b.id])
    changes = history.list_changes(ctx, entity="procedure", entity_id=p.id)
    assert changes[0].action == "update" and changes[0].old["tthc"] == [a.id] and changes[0].new["tthc"] == [a.id, b.id]
    assert changes[-1].action == "create" and changes[-1].new["tthc"] == [a.id]
    ann = announcements.announce(ctx, {"decision_number": "1/QĐ", "decision_date": "01/01/2026"})
    [entry] = [c for c in history.list_changes(ctx, entity="announcement", entity_id=ann.id) if "tthc" in c.new]
    assert entry.new["tthc"] == [a.id, b.id]
    from qms_desktop.services.check import check_database
    assert check_database(db).healthy


def test_the_schema_head_constant_is_alembics_head_and_an_up_to_date_open_skips_alembic(tmp_path):
    """An up-to-date database is recognised without importing alembic (issue 19); the constant that allows
    it must name the newest migration, or a database one migration behind would be taken as up to date."""
    import subprocess
    import sys

    from qms_desktop.storage.db import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()
    Database.open(tmp_path / "a.sqlite").close()
    code = ("import sys; from qms_desktop.storage.db import Database; "
            f"Database.open({str(tmp_path / 'a.sqlite')!r}).close(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]", out


def test_a_server_that_refuses_the_connection_is_not_said_to_have_lost_it():
    """QA 42 F9: 'too many connections for role' or 'SSL was required' read "connection lost, the change was rolled
    back" although nothing had been tried."""
    import psycopg

    from qms_desktop.storage.db import storage_error

    for text in ('connection to server at "127.0.0.1", port 5432 failed: FATAL:  too many connections for role '
                 '"qms_office"', "server does not support SSL, but SSL was required"):
        failed = storage_error(psycopg.OperationalError(text), "qms_office@127.0.0.1/qms_xa")
        assert failed.kind == "refused" and "refused the connection" in failed.render()
        assert text.splitlines()[-1][:60] in failed.render() and "rolled back" not in failed.render()
    lost = storage_error(psycopg.OperationalError("server closed the connection unexpectedly"), "x")
    assert lost.kind == "lost"


def _at_revision(path, revision: str) -> None:
    engine = make_engine(path)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def test_a_database_of_the_night_builds_without_the_imported_entries_state_gets_it(tmp_path):
    """QA 55 F1: the builds of 01/12/2026 59c3392 … 89a2786 ran w_merge before the column was added to it in place;
    their databases reached every later version without it and their first merge failed ("no column named
    state"). w_heal adds it; a database that has it is left as it is."""
    from qms_desktop.storage.db import schema_gaps

    path = tmp_path / "night.sqlite"
    _at_revision(path, "w_pdfsig")
    with sqlite3.connect(path) as c:
        c.execute("ALTER TABLE imported_change_log DROP COLUMN state")
    db = Database.open(path, backup_dir=tmp_path / "copies")
    try:
        assert db.schema().up_to_date
        with db.engine.connect() as conn:
            assert schema_gaps(conn) == []
    finally:
        db.close()
    fine = tmp_path / "fine.sqlite"
    _at_revision(fine, "w_pdfsig")
    Database.open(fine, backup_dir=tmp_path / "copies").close()
    with sqlite3.connect(fine) as c:
        assert [r[1] for r in c.execute("PRAGMA table_info(imported_change_log)")].count("state") == 1


def test_an_upgrade_after_which_a_table_is_still_missing_is_refused_and_changes_nothing(tmp_path):
    """QA 55 F2: a database of an unreleased build, stamped with a version whose migrations it had not all run, was
    upgraded "successfully" and then failed at its first list ("no such column: tthc.provincial_code")."""
    path = tmp_path / "branch.sqlite"
    _at_revision(path, "w_keyhash")
    with sqlite3.connect(path) as c:
        c.execute("DROP TABLE rx_inspection_member")  # as if that build had skipped w_inspect's table
    with pytest.raises(DatabaseRefused) as refused:
        Database.open(path, backup_dir=tmp_path / "copies")
    text = refused.value.render()
    assert "does not have the structure its recorded version says (it lacks rx_inspection_member)" in text, text
    assert "Nothing was changed" in text
    with sqlite3.connect(path) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "w_keyhash"
        assert "pdf_signature" not in [r[1] for r in c.execute("PRAGMA table_info(rx_package)")]  # rolled back


def test_a_disk_that_fills_up_during_the_upgrade_is_said_as_a_full_disk(tmp_path, monkeypatch):
    """QA 55 F3: SQLite's "database or disk is full" while a table was rebuilt made Alembic's clean-up fail next, and
    the user read that later error ("no such table: _alembic_tmp_tthc"), not to free some space."""
    path = tmp_path / "old.sqlite"
    _at_revision(path, "w_keyhash")

    def full_disk(_cfg, _revision):
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError:
            raise sqlite3.OperationalError("no such table: _alembic_tmp_tthc")  # raised while handling the first

    monkeypatch.setattr(command, "upgrade", full_disk)
    with pytest.raises(DatabaseRefused) as refused:
        Database.open(path, backup_dir=tmp_path / "copies")
    text = refused.value.render()
    assert "_alembic_tmp" not in text and "full" in text, text
