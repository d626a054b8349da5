"""The bulk write of the TTHC import (issues 13 and 19): Core statements in blocks, history entries
written by storage/events.py's bulk writers exactly as the flush hook writes them, and a number of
SQL statements that does not grow with the rows (a few per block of 200, never one per row)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from qms_desktop.services import tthc
from qms_desktop.services.context import SYSTEM, AppContext
from qms_desktop.storage import events, orm
from qms_desktop.storage.db import Database

NOW = dt.datetime(2026, 12, 1, 8, 30, 0)

ROWS = [
    # Decomposed (not NFC) text with a control character, a long code's suffix, a time limit.
    dict(code="1.000001", name="Thu\u0309 tu\u0323c\x01 đăng ký khai sinh", field="Hộ tịch", time_limit="05 ngày làm việc",
         time_limit_days=5.0, working_days=True, provincial_code="000.00.00.H56", in_scope=True, status="active",
         temporary_code=False, note=""),
    dict(code="1.000002", name="Chứng thực bản sao", field="Chứng thực", time_limit="Ngay trong ngày",
         time_limit_days=None, working_days=False, fee="2.000 đồng/trang"),
    dict(code="TAM-0001", name="Hỗ trợ mai táng", temporary_code=True, legal_basis="Nghị định 20/2021/NĐ-CP"),
    dict(code="1.000004", name="Cấp giấy phép", agency="UBND xã", dvc_level="Toàn trình", time_limit_days=3),
]

UPDATES = [
    (1, {"name": "Thủ tục đăng ký khai sinh (sửa đổi)", "time_limit_days": 3.0, "time_limit": "03 ngày làm việc"}),
    (2, {"name": "Chứng thực bản sao", "fee": "2.000 đồng/trang"}),  # the same values: nothing written or logged
    (3, {"code": "1.000003", "temporary_code": False}),  # its national code
    (4, {"status": "abolished", "status_decision": "2301/QĐ-UBND", "status_date": dt.date(2026, 11, 20),
         "in_scope": False}),
    (2, {"cancelled_reason": "Nhập nhầm", "cancelled_at": dt.date(2026, 11, 30)}),  # a cancellation
]


def _copy(template_db: Path, path: Path) -> Database:
    shutil.copy(template_db, path)
    return Database.open(path)


def _log(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as c:
        return c.execute("SELECT id, at, username, action, entity, entity_id, old_values, new_values, prev_hash, hash, "
                         "state FROM change_log ORDER BY id").fetchall()


def _rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as c:
        return c.execute("SELECT * FROM tthc ORDER BY id").fetchall()


def test_bulk_writes_give_the_same_rows_and_history_entries_as_the_orm(template_db, tmp_path, monkeypatch):
    monkeypatch.setattr(events, "_now", lambda: NOW)  # the same second for both: hashes comparable
    orm_path, bulk_path = tmp_path / "orm.sqlite", tmp_path / "bulk.sqlite"
    by_orm, by_bulk = _copy(template_db, orm_path), _copy(template_db, bulk_path)
    try:
        with by_orm.transaction("thuky") as s:
            for values in ROWS:
                s.add(orm.Tthc(**values))
        with by_bulk.transaction("thuky") as s:
            ids = events.bulk_insert(s, orm.Tthc, ROWS[:2], unique="code")  # INSERT … RETURNING matched by code
            ids += events.bulk_insert(s, orm.Tthc, ROWS[2:])  # without a unique column: in order
        assert ids == [1, 2, 3, 4]
        for db in (by_orm, by_bulk):  # a row changed outside the application, then by the application
            with db.engine.begin() as conn:
                conn.exec_driver_sql("UPDATE tthc SET note = 'sửa ngoài' WHERE id = 1")
        with by_orm.transaction("thuky") as s:
            for ident, values in UPDATES[:4]:
                t = s.get(orm.Tthc, ident)
                for key, value in values.items():
                    setattr(t, key, value)
        with by_orm.transaction("thuky") as s:
            t = s.get(orm.Tthc, 2)
            for key, value in UPDATES[4][1].items():
                setattr(t, key, value)
        with by_bulk.transaction("thuky") as s:
            t = s.get(orm.Tthc, 1)  # an ORM object of a row the bulk update changes: expired, read again
            assert t.name.startswith("Thủ tục đăng ký")
            changed = events.bulk_update(s, orm.Tthc, UPDATES[:4])
            assert sorted(changed) == [1, 3, 4] and t.name == "Thủ tục đăng ký khai sinh (sửa đổi)"
        with by_bulk.transaction("thuky") as s:
            assert events.bulk_update(s, orm.Tthc, UPDATES[4:]) == [2]
    finally:
        by_orm.close()
        by_bulk.close()
    assert _rows(bulk_path) == _rows(orm_path)
    assert _rows(bulk_path)[0][2] == "Thủ tục đăng ký khai sinh (sửa đổi)"  # NFC, no control character
    bulk_log, orm_log = _log(bulk_path), _log(orm_path)
    assert [e[3] for e in bulk_log] == ["create"] * 4 + ["update"] * 3 + ["cancel"]
    assert '"x":["note"]' in bulk_log[4][10]  # the outside change is kept as evidence
    assert bulk_log == orm_log  # every field of every entry, the chain's hashes included


def test_bulk_update_refuses_an_unknown_row_and_a_table_with_links(db):
    with pytest.raises(KeyError):
        with db.transaction() as s:
            events.bulk_update(s, orm.Tthc, [(99, {"name": "x"})])
    with pytest.raises(TypeError):
        with db.transaction() as s:
            events.bulk_insert(s, orm.Procedure, [{"code": "QT-01", "title": "x"}])


def _list(path: Path, n: int, name: str = "Thủ tục số {i}") -> Path:
    lines = ["STT,Mã TTHC,Tên thủ tục,Thời hạn giải quyết"] + [
        f"{i},1.{100000 + i:06d}.000.00.00.H56,{name.format(i=i)},05 ngày làm việc" for i in range(1, n + 1)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _statements(template_db: Path, tmp_path: Path, n: int) -> tuple[int, int]:
    """SQL statements sent by importing an n-row list into a fresh database, then an amended one."""
    db = _copy(template_db, tmp_path / f"count{n}.sqlite")
    first, second = _list(tmp_path / f"a{n}.csv", n), _list(tmp_path / f"b{n}.csv", n, "Thủ tục số {i} (sửa đổi)")
    seen: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    ctx = AppContext(db, SYSTEM, clock=lambda: dt.date(2026, 12, 1))
    try:
        event.listen(db.engine, "before_cursor_execute", count)
        assert len(tthc.import_tthc(ctx, first).added) == n
        added = len(seen)
        assert len(tthc.import_tthc(ctx, second).updated) == n
        updated = len(seen) - added
        event.remove(db.engine, "before_cursor_execute", count)
    finally:
        db.close()
    return added, updated


def test_an_import_sends_a_few_statements_per_block_of_rows_not_per_row(template_db, tmp_path):
    n = 300
    small, large = _statements(template_db, tmp_path, n), _statements(template_db, tmp_path, 4 * n)
    blocks = -(-4 * n // tthc.WRITE_TICK) - -(-n // tthc.WRITE_TICK)  # 6 − 2 more blocks of 200 rows
    for kind, few, many in (("added", small[0], large[0]), ("updated", small[1], large[1])):
        # 4× the rows: at most 8 more statements per added block (its rows, their states, the chain),
        # and far fewer statements than rows.
        assert many - few <= 8 * blocks, (kind, few, many)
        assert many < 4 * n / 20, (kind, few, many)


def test_rows_written_in_bulk_are_found_by_the_search_and_the_list(ctx, tmp_path):
    """The folded search key is written with the rows (and the search index follows it on SQLite)."""
    from qms_desktop.services import search

    tthc.import_tthc(ctx, _list(tmp_path / "a.csv", 250, "Thủ tục đăng ký số {i}"))
    assert [h.ref for h in search.search(ctx, "thu tuc dang ky so 218") if h.kind == "tthc"] == ["1.100218"]
    assert search.search(ctx, "dat dai") == []
    tthc.import_tthc(ctx, _list(tmp_path / "b.csv", 250, "Thủ tục đăng ký số {i} về đất đai"))
    hits = [h.ref for h in search.search(ctx, "DANG KY SO 217 dat dai") if h.kind == "tthc"]
    assert hits == ["1.100217"]
    assert [r.code for r in tthc.list_tthc(ctx, search="000.00.00.h56 số 217")] == ["1.100217"]
    assert search.search(ctx, "khong co thu tuc nay") == []
