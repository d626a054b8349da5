"""No N+1 on a screen path (issue 19): the SQL statements of the dashboard's and of each page's
refresh are counted on the demo commune, then again after more records of every list kind were
added, twice; the count must not grow with the data and stays under a small bound."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from qms_desktop.storage import orm
from qms_desktop.ui.main_window import load_page_class
from qms_desktop.ui.pages import PAGES

BOUND = 60  # statements per refresh, whatever the data (the dashboard reads ~25 tables once each)


def _grow(ctx, n: int) -> None:
    """n more TTHC, procedures (two versions, five steps, a TTHC link), NCs (two actions each), audits (a lead
    auditor, two findings, an NC raised from one), management reviews (two decisions), objectives (two
    results), announcements, outside inspections and trainings: every kind a page lists with what its row
    counts or names (QA 54 F1: the audits and reviews pages ran a query a row and the test did not grow them)."""
    with ctx.tx("edit") as s:
        base = s.scalar(select(func.count(orm.Tthc.id))) or 0
        staff_id = s.scalar(select(orm.Staff.id).limit(1))
        seqs = dict(s.execute(select(orm.Nonconformity.year, func.max(orm.Nonconformity.seq))
                              .group_by(orm.Nonconformity.year)).all())
        for i in range(n):
            t = orm.Tthc(code=f"9.{base + i:06d}", name=f"Thủ tục thêm số {i}", field="Hộ tịch",
                         time_limit="05 ngày làm việc", time_limit_days=5)
            s.add(t)
            p = orm.Procedure(code=f"QT-X{base + i:04d}", title=f"Quy trình thêm {base + i}", status="effective", field="Hộ tịch")
            p.tthc = [t]
            for number in (1, 2):
                v = orm.ProcedureVersion(number=number, effective_date=dt.date(2020 + 2 * number, 1, 1),
                                         status="superseded" if number == 1 else "effective",
                                         end_date=dt.date(2024, 1, 1) if number == 1 else None)
                v.steps = [orm.ProcedureStep(step_no=k + 1, action=f"Bước {k + 1}", duration=1) for k in range(5)]
                p.versions.append(v)
            s.add(p)
            year = 2025 + i % 2
            seqs[year] = seq = (seqs.get(year) or 0) + 1
            day = dt.date(year, 1 + i % 10, 1 + i % 27)
            nc = orm.Nonconformity(year=year, seq=seq, number=f"{seq:02d}/{year}", source="other",
                                   description=f"Sự không phù hợp thêm {i}", detected_date=day,
                                   due_date=day + dt.timedelta(days=20), status="open")
            nc.actions = [orm.CorrectiveAction(description=f"Khắc phục {i}.{k}", due_date=day + dt.timedelta(days=10))
                          for k in range(2)]
            s.add(nc)
            audit = orm.Audit(title=f"Đánh giá nội bộ thêm {i}", planned_date=day, start_date=day, status="done",
                              lead_auditor_id=staff_id)
            audit.findings = [orm.Finding(kind="nonconform", severity="minor", description=f"Phát hiện {i}.{k}")
                              for k in range(2)]
            s.add(audit)
            s.flush()
            nc.audit_id, nc.finding_id = audit.id, audit.findings[0].id
            review = orm.ManagementReview(date=day, place="Hội trường", chair="Chủ tịch", status="done")
            review.outputs = [orm.ReviewOutput(kind="improvement", description=f"Quyết định {i}.{k}",
                                               due_date=day + dt.timedelta(days=30)) for k in range(2)]
            s.add(review)
            objective = orm.Objective(year=year, text=f"Mục tiêu thêm {i}", target=95.0)
            objective.results = [orm.ObjectiveResult(period=period, value=96.0, achieved=True)
                                 for period in (f"{year}-H1", str(year))]
            s.add(objective)
            s.add(orm.Announcement(decision_number=f"{100 + base + i}/QĐ-UBND", decision_date=day))
            s.add(orm.ExternalInspection(date=day, body="Sở Khoa học và Công nghệ", record_number=f"{i}/BB"))
            s.add(orm.Training(date=day, content=f"Phổ biến quy trình {i}", attendee_count=10))


def _count(engine, fn) -> int:
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        fn()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    return len(statements)


@pytest.fixture(scope="module")
def grown(demo_template, tmp_path_factory) -> tuple[Path, Path]:
    """The demo commune with 20, and with 40, more records of every kind (``_grow``), made once for the module."""
    from qms_desktop.services.context import SYSTEM, AppContext
    from qms_desktop.storage.db import Database, backup_copy

    folder = tmp_path_factory.mktemp("grown")
    paths = (folder / "g20.sqlite", folder / "g40.sqlite")
    source = demo_template
    for path in paths:
        backup_copy(source, path)
        db = Database.open(path)
        try:
            _grow(AppContext(db, SYSTEM, clock=lambda: dt.date(2026, 11, 23)), 20)
        finally:
            db.close()
        source = path
    return paths


def _statements_of_a_refresh(qtbot, env, page_cls) -> int:
    page = page_cls(env)
    qtbot.addWidget(page)
    page.show()  # the first refresh (showEvent)
    return _count(env.ctx.db.engine, page.refresh)


@pytest.mark.parametrize("nav", PAGES, ids=[p.key for p in PAGES])
def test_a_page_refresh_runs_a_bounded_number_of_queries(qtbot, demo_env, grown, tmp_path, nav):
    from qms_desktop.storage.db import Database, backup_copy
    from qms_desktop.ui.pages.base import UiEnv

    page_cls = load_page_class(nav.module_path, nav.cls)
    if page_cls is None:
        pytest.skip(f"{nav.module_path} is not in this version")
    counts = [_statements_of_a_refresh(qtbot, demo_env, page_cls)]
    # Grown twice: the first growth may change the record the page shows in its panel (the newest: one of those
    # added, of another shape than the demo's); the second adds as many again to records of the same shapes.
    for path in grown:
        db = Database.open(backup_copy(path, tmp_path / path.name))
        try:
            env = UiEnv(dataclasses.replace(demo_env.ctx, db=db), demo_env.runner, demo_env.events)
            counts.append(_statements_of_a_refresh(qtbot, env, page_cls))
        finally:
            db.close()
    small, more, larger = counts  # a query a row would add 20 statements or more from one to the next
    assert larger <= more and max(small, more) <= BOUND, \
        f"{nav.key}: {small} statements on the demo, {more} with 20 more of each, {larger} with 40 more"


def test_the_dashboard_and_its_warnings_do_not_grow_with_the_data(demo_ctx):
    from qms_desktop.services import dashboard, ncs, warnings

    engine = demo_ctx.db.engine
    small = [_count(engine, lambda: dashboard.gather(demo_ctx)), _count(engine, lambda: warnings.current_warnings(demo_ctx)),
             _count(engine, lambda: ncs.list_ncs(demo_ctx))]
    _grow(demo_ctx, 60)
    larger = [_count(engine, lambda: dashboard.gather(demo_ctx)), _count(engine, lambda: warnings.current_warnings(demo_ctx)),
              _count(engine, lambda: ncs.list_ncs(demo_ctx))]
    assert larger == small, (small, larger)
    assert max(small) <= BOUND and small[2] <= 4, small


def test_the_history_scrolls_to_its_end_in_one_query(qtbot, demo_env):
    """100,000 entries took 500 OFFSET queries, each rescanning; the model now reads every id at once and
    a block of rows by id when it is shown: the end of the list is one query away, whatever the size."""
    from sqlalchemy import insert

    from qms_desktop.services.history import list_changes
    from qms_desktop.ui.pages.history_page import HistoryPage

    with demo_env.ctx.db.engine.begin() as conn:  # entries of no table: they weigh on the list only
        conn.execute(insert(orm.ChangeLog), [dict(at=dt.datetime(2026, 1, 1), username="thuky", action="update",
                                                  entity="bench", entity_id=str(i), old_values="{}",
                                                  new_values=f'{{"name": "Bản ghi {i}"}}', prev_hash="0" * 64,
                                                  hash=f"{i:064x}") for i in range(20_000)])
    page = HistoryPage(demo_env)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    statements: list[tuple] = []

    def seen(conn, cursor, statement, parameters, *args):
        statements.append((statement, parameters))

    event.listen(demo_env.ctx.db.engine, "before_cursor_execute", seen)
    try:
        page.table.scrollToBottom()
        page.table.grab()  # painted: the last rows are read
        end = model.row_at(model.rowCount() - 1)
    finally:
        event.remove(demo_env.ctx.db.engine, "before_cursor_execute", seen)
    assert model.rowCount() == model.total > 20_000
    log_reads = [st for st, _p in statements if "change_log" in st]
    name_reads = [st for st, _p in statements if "change_log" not in st]
    assert len(log_reads) <= 2, log_reads  # the last block (and the one above it, if the screen spans two)
    # the names of what those entries refer to: one query per kind, read once, whatever the size
    from qms_desktop.services.history import ReferenceNames

    assert len(name_reads) <= len(ReferenceNames(demo_env.ctx)) and len(set(name_reads)) == len(name_reads), name_reads
    assert all("OFFSET" not in s.upper() for s, _p in statements)
    assert end.id == min(model._ids)
    ids = [model.row_at(i).id for i in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    # the same entries, decoded, as the service's pages give them
    assert [c.id for c in list_changes(demo_env.ctx, limit=model.rowCount())] == ids
    last = model.row_at(model.rowCount() - 1)
    assert last == list_changes(demo_env.ctx, newest_first=False, limit=1)[0]
