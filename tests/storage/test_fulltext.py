"""The folded search's FTS5 trigram index (issue 19): present for every searched kind, kept in step by
every kind of write, giving exactly the rows the scan gives, and repaired when an upgrade dropped its
triggers."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event

from qms_desktop.domain.kinds import KINDS
from qms_desktop.services import records, search, tthc
from qms_desktop.services.records import model_of
from qms_desktop.storage import fulltext
from qms_desktop.storage.db import Database

pytestmark = pytest.mark.usefixtures("sqlite_only")


@pytest.fixture
def sqlite_only(engine_name):
    if engine_name != "sqlite":
        pytest.skip("the FTS5 index is SQLite's; on PostgreSQL the search scans the same column (tested in services)")


SEARCHED = sorted(model_of(k.name).__tablename__ for k in KINDS.values() if k.search)
QUERIES = ("thu tuc", "THU TUC BAU HOA GIAI", "dang ky khai sinh", "100%_", "xa", "a", "ho so tre",
           'cap "ban sao"', "1.0", "nguyen thi", "zzzz khong co", "đất đai", "dang ky so 7")


def _scan(ctx, text, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(fulltext, "indexed_tables", lambda _conn: frozenset())
        return search.search(ctx, text)


def test_every_searched_kind_has_its_index_and_triggers(db):
    with sqlite3.connect(db.path) as c:
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        triggers = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert SEARCHED and all(f"{t}_fts" in tables for t in SEARCHED), (sorted(set(SEARCHED) - {
        t[:-4] for t in tables if t.endswith("_fts")}), "a searched kind's table has no index: is its name in "
        "domain/kinds.py its table's name? (the index is made at the first writable open, storage/fulltext.py)")
    assert SEARCHED == sorted(fulltext.searched())
    assert all(f"{t}_fts_{w}" in triggers for t in SEARCHED for w in ("ai", "ad", "au"))


def test_a_searched_table_without_an_index_gets_one_at_the_next_writable_open(db, ctx):
    """QA 50 F3: a kind added with search fields needed fulltext.install(...) written by hand in its migration,
    said nowhere but an old migration's docstring; without it the search quietly scanned."""
    records.create(ctx, "petition", {"received_date": "02/03/2026", "category": "feedback", "channel": "hotline",
                                     "summary": "Đường ngập nước"})
    path = db.path
    db.close()
    with sqlite3.connect(path) as c:
        for w in ("ai", "ad", "au"):
            c.execute(f"DROP TRIGGER petition_fts_{w}")
        c.execute("DROP TABLE petition_fts")
    again = Database.open(path)
    try:
        with sqlite3.connect(path) as c:
            names = {r[0] for r in c.execute("SELECT name FROM sqlite_master")}
        assert {"petition_fts", "petition_fts_ai", "petition_fts_ad", "petition_fts_au"} <= names
        with again.engine.connect() as conn:
            assert "petition" in fulltext.indexed_tables(conn) and not fulltext.needs_repair(conn)
        from qms_desktop.services.context import SYSTEM, AppContext

        assert [h.title for h in search.search(AppContext(again, SYSTEM), "duong ngap")] == ["Đường ngập nước"]
    finally:
        again.close()


def test_the_index_gives_exactly_the_rows_the_scan_gives(demo_db, sample_xlsx, monkeypatch):
    from qms_desktop.services.context import SYSTEM, AppContext

    ctx = AppContext(demo_db, SYSTEM)
    tthc.import_tthc(ctx, sample_xlsx)
    statements = []
    event.listen(demo_db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    found_any = 0
    for text in QUERIES:
        statements.clear()
        indexed = search.search(ctx, text)
        used_index = any("MATCH" in s for s in statements)
        assert used_index == any(len(w) >= 3 for w in text.split()) or not text.strip(), text
        assert indexed == _scan(ctx, text, monkeypatch), text
        found_any += bool(indexed)
    assert found_any >= 6  # the queries do find things: the comparison is not of empty lists


def test_writes_of_every_kind_keep_the_index_in_step(db, ctx, monkeypatch):
    row = tthc.create_tthc(ctx, code="1.999001", name="Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ")
    assert [h.id for h in search.search(ctx, "giay phep xay")] == [row.id]
    staff = records.create(ctx, "staff", {"full_name": "Trần Thị Hoa", "title": "Công chức Văn phòng – Thống kê"})
    assert [h.title for h in search.search(ctx, "tran thi hoa")] == ["Trần Thị Hoa"]
    records.update(ctx, "staff", staff.id, {"full_name": "Trần Thị Hoà Bình"})
    assert [h.title for h in search.search(ctx, "hoa binh")] == ["Trần Thị Hoà Bình"]
    # renamed through the service: the old words are gone, the new ones found
    with ctx.tx("edit") as s:
        from qms_desktop.storage import orm

        obj = s.get(orm.Tthc, row.id)
        obj.name = "Thủ tục cấp phép sửa chữa nhà ở"
    assert search.search(ctx, "giay phep xay") == []
    assert [h.id for h in search.search(ctx, "sua chua nha")] == [row.id]
    # written outside the application (the sqlite3 shell): the triggers are in the file, so they run too
    with sqlite3.connect(db.path) as c:
        c.execute("UPDATE tthc SET search_key = 'ma bi mat doi ngoai' WHERE id = ?", (row.id,))
    assert [h.id for h in search.search(ctx, "bi mat doi")] == [row.id]
    with sqlite3.connect(db.path) as c:
        c.execute("DELETE FROM tthc WHERE id = ?", (row.id,))
    assert search.search(ctx, "bi mat doi") == []
    with sqlite3.connect(db.path) as c:
        assert c.execute("INSERT INTO tthc_fts(tthc_fts) VALUES ('integrity-check')").fetchall() == []


def test_lost_triggers_are_put_back_and_the_index_rebuilt_at_the_next_open(tmp_path):
    from qms_desktop.services.context import SYSTEM, AppContext

    path = tmp_path / "qms.sqlite"
    db = Database.open(path)
    ctx = AppContext(db, SYSTEM)
    tthc.create_tthc(ctx, code="1.999002", name="Thủ tục chứng thực chữ ký")
    db.close()
    # what a batch migration rebuilding `tthc` (or the sqlite3 shell) does to its triggers, and a row written then
    with sqlite3.connect(path) as c:
        for w in ("ai", "ad", "au"):
            c.execute(f"DROP TRIGGER tthc_fts_{w}")
        c.execute("INSERT INTO tthc(code, name, field, time_limit, working_days, in_scope, note, search_key, "
                  "created_at, created_by, updated_at, updated_by) VALUES ('1.999003', 'Thủ tục hòa giải', '', '', "
                  "1, 1, '', '1.999003 thu tuc hoa giai', '2026-01-01', 'x', '2026-01-01', 'x')")
    db = Database.open(path, backup_dir=tmp_path / "bk")
    ctx = AppContext(db, SYSTEM)
    assert [h.ref for h in search.search(ctx, "hoa giai")] == ["1.999003"]
    assert [h.ref for h in search.search(ctx, "chung thuc")] == ["1.999002"]
    db.close()
    with sqlite3.connect(path) as c:
        triggers = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"tthc_fts_ai", "tthc_fts_ad", "tthc_fts_au"} <= triggers


def test_the_index_tables_are_not_models_nor_someone_elses_tables(tmp_path):
    assert fulltext.is_index_table("tthc_fts") and fulltext.is_index_table("tthc_fts_data")
    assert not any(fulltext.is_index_table(t) for t in SEARCHED)
    from qms_desktop.storage.orm import Base

    assert not any(fulltext.is_index_table(t) for t in Base.metadata.tables)
