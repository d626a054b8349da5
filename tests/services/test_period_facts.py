"""services.period_facts: one source of a period's figures for the report, the dashboard and the warnings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event

from qms_desktop.domain.periods import month_slots, period_sort_key
from qms_desktop.services import dashboard, ncs, objectives, period_facts, records, reviews, warnings


def _objective_h1_met_year_unmet(ctx):
    o = records.create(ctx, "objective", {"year": 2026, "text": "Tỷ lệ đúng hạn từ 98% trở lên", "target": 98,
                                          "comparison": ">="})
    objectives.record_result(ctx, o.id, period="2026-H1", value=98.4)
    objectives.record_result(ctx, o.id, period="2026", value=97.9)  # "2026" sorts before "2026-H1" as text
    return o


def test_dashboard_and_warnings_agree_on_the_latest_result_of_the_year(ctx):
    _objective_h1_met_year_unmet(ctx)
    d = dashboard.gather(ctx)
    # the year's result came after the first half's: 0 of 1 met, not "1/1"
    assert (d.objectives_total, d.objectives_measured, d.objectives_met) == (1, 1, 0)
    unmet = [w for w in warnings.current_warnings(ctx) if w.rule == "objective_unmet"]
    assert [w.params["period"] for w in unmet] == ["2026"]
    assert [w.rule for w in d.warnings] == [w.rule for w in warnings.current_warnings(ctx)]


def test_the_report_takes_the_result_of_its_own_period(ctx):
    _objective_h1_met_year_unmet(ctx)
    with ctx.tx("read") as s:
        h1 = period_facts.gather(s, dt.date(2025, 12, 15), dt.date(2026, 6, 14), year=2026, period_code="2026-H1")
        year = period_facts.gather(s, dt.date(2025, 12, 15), dt.date(2026, 12, 14), year=2026, period_code="2026")
    assert (h1.value("objectives_measured"), h1.value("objectives_met")) == (1, 1)
    assert (year.value("objectives_measured"), year.value("objectives_met")) == (1, 0)
    assert year.objectives[0].value == 97.9 and year.objectives[0].achieved is False


def test_period_codes_sort_in_time_order():
    assert sorted(["2026", "2026-H1", "2025", "2025-H1"], key=period_sort_key) == ["2025-H1", "2025", "2026-H1", "2026"]


def test_month_slots_follow_the_cut_off():
    slots = month_slots(dt.date(2025, 12, 15), dt.date(2026, 6, 14))
    assert len(slots) == 6 and slots[0] == (dt.date(2025, 12, 15), dt.date(2026, 1, 14))
    assert slots[-1] == (dt.date(2026, 5, 15), dt.date(2026, 6, 14))
    assert len(month_slots(dt.date(2026, 1, 1), dt.date(2026, 12, 31))) == 12


def test_actions_overdue_are_counted_as_of_the_end_of_the_window(ctx):
    nc = ncs.open_nc(ctx, description="Hồ sơ lưu thiếu", detected_date=dt.date(2026, 3, 2))
    act = ncs.add_action(ctx, nc.id, description="Bổ sung hồ sơ", due_date=dt.date(2026, 4, 1))
    r = reviews.create_review(ctx, date=dt.date(2026, 5, 5))
    reviews.hold_review(ctx, r.id, conclusion="Duy trì.")
    reviews.add_output(ctx, r.id, kind="improvement", description="Khảo sát trực tuyến", due_date=dt.date(2026, 6, 1))
    ncs.complete_action(ctx, act.id, done_date=dt.date(2026, 7, 10))  # done late, after the first half
    with ctx.tx("read") as s:
        h1 = period_facts.gather(s, dt.date(2025, 12, 15), dt.date(2026, 6, 14), period_code="2026-H1")
        now = period_facts.gather(s, dt.date(2025, 12, 15), dt.date(2026, 11, 23))
    assert h1.value("actions_overdue") == 2  # both overdue on 14/06, whatever happened later
    assert now.value("actions_overdue") == 1  # the review's output is still not done
    assert dashboard.gather(ctx).overdue_actions == 1


def _count_queries(db, fn) -> int:
    statements = []

    def seen(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        fn()
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    return len(statements)


def test_queries_are_bounded_whatever_the_number_of_records(demo_db):
    """The demo's two years of records, then twelve more NCs with actions, procedures, reviews and
    statistics: the same number of SELECTs (one per kind of record, never one per row)."""
    from qms_desktop.services import procedures
    from qms_desktop.services.context import SYSTEM, AppContext

    c = AppContext(demo_db, SYSTEM, clock=lambda: dt.date(2026, 11, 23))

    def go():
        with c.tx("read") as s:
            period_facts.gather(s, dt.date(2025, 12, 15), dt.date(2026, 11, 23), period_code="2026")
        dashboard.gather(c)

    before = _count_queries(demo_db, go)
    for i in range(12):
        nc = ncs.open_nc(c, description=f"Sự không phù hợp thêm {i}", detected_date=dt.date(2026, 8, 1 + i))
        ncs.add_action(c, nc.id, description="Khắc phục", due_date=dt.date(2026, 9, 1))
        p = procedures.create_procedure(c, code=f"QT-THEM-{i:02d}", title=f"Quy trình thêm {i}")
        procedures.add_version(c, p.id, procedures.VersionInput(drafted_by="Lê Văn Tâm"))
        r = reviews.create_review(c, date=dt.date(2026, 8, 1 + i))
        reviews.hold_review(c, r.id, conclusion="Duy trì.")
        reviews.add_output(c, r.id, kind="change", description="Sửa quy trình", due_date=dt.date(2026, 10, 1))
        records.create(c, "service_stat", {"period_start": dt.date(2024, 1, 1 + i), "period_end": dt.date(2024, 1, 1 + i),
                                           "received": 3, "on_time": 3})
    after = _count_queries(demo_db, go)
    assert after == before and before <= 80, (before, after)


def test_every_figure_is_declared_once_with_both_labels():
    keys = [f.key for f in period_facts.FIGURES]
    assert len(keys) == len(set(keys))
    for f in period_facts.FIGURES:
        assert f.label and f.printed and f.label.isascii() and not f.printed.isascii() or f.printed.isascii()
        assert f.section in {"", "scope", "dissemination", "conformity", "processes", "review_audit", "complaints",
                             "improvement", "participation", "confirmation", "announcement", "legal",
                             "reannouncement", "consultant"}, f.key


def test_a_result_of_a_period_that_has_barely_begun_is_refused(db):
    """QA 56 F5: on 20/12/2026 the results of "2027" and "2027-H1" were accepted (achieved); on 02/01/2027 the
    dashboard showed "1/1 met, results of the year 2027"."""
    from qms_desktop.domain.errors import ValidationError
    from qms_desktop.i18n import render
    from qms_desktop.services.context import SYSTEM, AppContext

    def on(day):
        return AppContext(db, SYSTEM, clock=lambda: day)

    o = records.create(on(dt.date(2026, 12, 20)), "objective", {"year": 2027, "text": "Không có hồ sơ trễ hạn",
                                                               "target": 100, "comparison": ">="})
    for period in ("2027", "2027-H1"):
        try:
            objectives.record_result(on(dt.date(2026, 12, 20)), o.id, period=period, value=100)
        except ValidationError as exc:
            assert exc.field == "period"
            text = render(exc)
        else:
            raise AssertionError(f"{period} recorded")
    assert text == "The period first six months of 2027 ends on 14/06/2027: its result can be recorded in its last three " \
                   "months, from 14/03/2027."
    assert objectives.results(on(dt.date(2026, 12, 20)), o.id) == []
    assert objectives.record_result(on(dt.date(2027, 3, 14)), o.id, period="2027-H1", value=100).achieved


def test_the_warnings_ask_for_last_years_objective_results(db):
    """QA 56 F6, end to end: an objective of 2026 with its first-half result only, seen on 02/01/2027."""
    from qms_desktop.services.context import SYSTEM, AppContext

    on = lambda day: AppContext(db, SYSTEM, clock=lambda: day)  # noqa: E731
    o = records.create(on(dt.date(2026, 1, 5)), "objective", {"year": 2026, "text": "Không có hồ sơ trễ hạn",
                                                              "target": 100, "comparison": ">="})
    objectives.record_result(on(dt.date(2026, 6, 20)), o.id, period="2026-H1", value=100)
    found = [w for w in warnings.current_warnings(on(dt.date(2027, 1, 2))) if w.rule == "objectives_unmeasured"]
    assert [(w.params["n"], w.params["year"]) for w in found] == [(1, 2026)]
    objectives.record_result(on(dt.date(2027, 1, 2)), o.id, period="2026", value=100)
    assert not [w for w in warnings.current_warnings(on(dt.date(2027, 1, 2))) if w.rule == "objectives_unmeasured"]
