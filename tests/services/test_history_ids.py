"""The history list's ids (issue 19): the whole log as a range when its ids are one unbroken run, the
ids themselves otherwise — always the same ids as the table holds, in the asked order; the names of
referenced records read per kind, when first needed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event, insert, select

from qms_desktop.services import history, ncs
from qms_desktop.storage import orm


def _ids_in_table(ctx) -> list[int]:
    with ctx.db.engine.connect() as conn:
        return sorted(conn.scalars(select(orm.ChangeLog.id)))


def test_the_whole_log_is_a_range_while_unbroken_and_the_real_ids_once_it_is_not(ctx):
    for i in range(3):
        ncs.open_nc(ctx, description=f"Hồ sơ trả muộn {i}", detected_date=dt.date(2026, 11, 2))
    ids = history.list_change_ids(ctx)
    assert isinstance(ids, range)
    assert list(ids) == _ids_in_table(ctx)[::-1]
    assert list(history.list_change_ids(ctx, newest_first=False)) == _ids_in_table(ctx)
    # a gap (an entry written with its own id, as an import of another log could): no range can stand for it
    with ctx.db.engine.begin() as conn:
        conn.execute(insert(orm.ChangeLog), [dict(id=max(ids) + 50, at=dt.datetime(2026, 11, 3), username="thuky",
                                                  action="update", entity="bench", entity_id="1", old_values="{}",
                                                  new_values="{}", prev_hash="0" * 64, hash="1" * 64)])
    ids = history.list_change_ids(ctx)
    assert not isinstance(ids, range)
    assert list(ids) == _ids_in_table(ctx)[::-1]
    # filtered: only the matching ids
    only = history.list_change_ids(ctx, entity="nonconformity")
    assert len(only) == 3 and list(only) == sorted(only, reverse=True)


def test_reference_names_read_a_kind_only_when_asked(ctx):
    nc = ncs.open_nc(ctx, description="Thiếu chữ ký", detected_date=dt.date(2026, 11, 2))
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", seen)
    try:
        names = history.reference_names(ctx)
        assert statements == []  # nothing read yet
        assert names.get("nonconformity", {})[nc.id] == nc.number
        assert names["nonconformity"][nc.id] == nc.number  # kept: no second read
        assert names.get("no such kind", {}) == {}
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", seen)
    assert len([s for s in statements if "nonconformity" in s]) == 1
    assert not any("tthc" in s for s in statements)


def test_the_history_filter_ignores_tones_letter_marks_and_case(ctx):
    """QA 52 F5: "nguyen nhan" found no entry where "Nguyên nhân" found 222; every other search ignores them."""
    nc = ncs.open_nc(ctx, description="Nguyên nhân: hồ sơ ĐẤT ĐAI trả muộn [50%]", detected_date=dt.date(2026, 11, 2))
    ncs.open_nc(ctx, description="Thiếu phiếu kiểm soát", detected_date=dt.date(2026, 11, 2))
    for text in ("nguyen nhan", "NGUYÊN NHÂN", "Nguyên nhân", "dat dai", "đất đai", "[50%]"):
        found = history.list_changes(ctx, search=text)
        assert [c.entity_id for c in found] == [str(nc.id)], (text, found)
        assert history.count_changes(ctx, search=text) == 1
    assert history.list_changes(ctx, search="nguyen nhan tra som") == []
    assert history.count_changes(ctx, search="phieu kiem") == 1
