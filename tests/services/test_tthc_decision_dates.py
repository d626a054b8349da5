"""A decision changes the TTHC scope from its own date, and a past period is read as of its end.

A TTHC abolished or replaced by a decision leaves the scope from the decision's date: dated after a period's
end, it was still in scope in that period and is out of the next one; dated within (or on the end day), it is
out. A TTHC newly issued by a decision ("TTHC mới ban hành") counts only from the decision's date; a list
imported or typed in late, with no decision issuing its TTHC, counts as first entered (period_facts.scope_ids).
Real SQLite file, real decision workbook imported through the service.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from qms_desktop.services import period_facts, tthc
from qms_desktop.services.context import AppContext

FIX = Path(__file__).resolve().parents[1] / "exchange" / "fixtures"
H1 = (dt.date(2025, 12, 15), dt.date(2026, 6, 14))
H2 = (dt.date(2026, 6, 15), dt.date(2026, 12, 14))
REGISTER = {"1.001022": "Đăng ký kết hôn", "1.003554": "Giao đất, cho thuê đất", "1.000656": "Đăng ký khai tử",
            "2.002163": "Chứng thực chữ ký", "1.001193": "Đăng ký khai sinh"}
ABOLISHED = {"1.000656", "2.002163"}  # by decision_three_parts.xlsx
NEW = {"1.012001", "1.012002"}  # issued by it


def _on(ctx: AppContext, day: dt.date) -> AppContext:
    return AppContext(ctx.db, ctx.actor, clock=lambda: day)


def _scope(ctx: AppContext, period: tuple[dt.date, dt.date]) -> set[str]:
    with ctx.tx("read") as s:
        facts = period_facts.gather(s, period[0], period[1], year=period[1].year)
    return {t.code for t in facts.tthc if t.in_scope}


def _register(ctx: AppContext) -> None:
    early = _on(ctx, dt.date(2025, 11, 25))
    for code, name in REGISTER.items():
        tthc.create_tthc(early, code=code, name=name)


def _decide(ctx: AppContext, dated: dt.date, imported: dt.date) -> None:
    plan = tthc.import_tthc(_on(ctx, imported), FIX / "decision_three_parts.xlsx", decision_number="2301/QĐ-UBND",
                            decision_date=dated)
    assert plan.applied and {r.code for r in plan.added} == NEW
    assert {r.rec.code for r in plan.rows if r.action == "abolish"} == ABOLISHED


CASES = [
    (dt.date(2026, 7, 1), dt.date(2026, 11, 23), False),  # dated after the end, imported long after
    (dt.date(2026, 6, 15), dt.date(2026, 6, 15), False),  # dated and imported the day after the end
    (dt.date(2026, 6, 14), dt.date(2026, 11, 23), True),  # dated on the end day: within
    (dt.date(2026, 3, 1), dt.date(2026, 11, 23), True),  # dated within, imported after the end
    (dt.date(2026, 3, 1), dt.date(2026, 3, 2), True),  # dated and imported within
]
H2_2025 = (dt.date(2025, 6, 15), dt.date(2025, 12, 14))


@pytest.mark.parametrize("dated, imported, within", CASES)
def test_an_abolishing_decision_takes_the_tthc_out_from_its_own_date(ctx, dated, imported, within):
    _register(ctx)
    _decide(ctx, dated, imported)
    before, kept = set(REGISTER), set(REGISTER) - ABOLISHED
    assert _scope(ctx, H1) & before == (kept if within else before)
    assert _scope(ctx, H2) & before == kept  # the next period holds the decision's date
    assert _scope(ctx, H2_2025) & before == before  # a period before the decision is not touched by it


@pytest.mark.parametrize("dated, imported, within", CASES)
def test_a_tthc_issued_by_a_decision_counts_from_the_decision_date(ctx, dated, imported, within):
    _register(ctx)
    _decide(ctx, dated, imported)
    assert _scope(ctx, H1) & NEW == (NEW if within else set())
    assert _scope(ctx, H2) & NEW == NEW
    assert not _scope(ctx, H2_2025) & NEW


def test_a_tthc_issued_by_a_decision_keeps_the_decision_date(ctx):
    _register(ctx)
    _decide(ctx, dt.date(2026, 7, 1), dt.date(2026, 11, 23))
    rows = {r.code: r for r in tthc.list_tthc(ctx)}
    for code in NEW:
        r = rows[code]
        assert (r.status, r.in_scope, r.status_decision, r.status_date) == (
            "active", True, "2301/QĐ-UBND", dt.date(2026, 7, 1))
    # amended TTHC keep no date of their own: they existed before the decision
    assert rows["1.001022"].status_date is None and rows["1.001022"].status_decision == ""


def test_a_list_entered_late_without_a_decision_issuing_it_counts_as_first_entered(ctx):
    """The province's consolidated list (its title block dates the decision that publishes it, 05/11/2026,
    but no TTHC in it is newly issued) imported late, and a TTHC typed in by hand late, count in the past
    period: the commune was already handling them, and nothing dates them otherwise."""
    late = _on(ctx, dt.date(2026, 11, 23))
    plan = tthc.import_tthc(late, FIX / "province_list.xlsx")
    assert plan.applied and plan.decision.date == dt.date(2026, 11, 5)
    listed = {r.code for r in plan.added}
    tthc.create_tthc(late, code="1.009137", name="Thủ tục gõ tay")
    assert _scope(ctx, H1) == listed | {"1.009137"}
    assert all(r.status_date is None for r in tthc.list_tthc(ctx))


def test_a_tthc_issued_then_abolished_counts_only_between_the_two_decisions(ctx, tmp_path):
    """The issuing decision's date is read from the TTHC's first history entry: a later decision that abolishes
    it (and rewrites its status date) does not bring it back into the periods before it was issued."""
    import openpyxl

    _register(ctx)
    _decide(ctx, dt.date(2026, 7, 1), dt.date(2026, 8, 1))
    wb = openpyxl.load_workbook(FIX / "decision_three_parts.xlsx")
    wb.active.cell(8, 2).value = "1.012003"  # Part I issues another one …
    wb.active.cell(18, 2).value = "1.012001"  # … and Part III abolishes the TTHC the first decision issued
    path = tmp_path / "second_decision.xlsx"
    wb.save(path)
    plan = tthc.import_tthc(_on(ctx, dt.date(2026, 11, 23)), path, decision_number="2400/QĐ-UBND",
                            decision_date=dt.date(2026, 10, 1))
    assert ("abolish", "1.012001") in {(r.action, r.rec.code) for r in plan.rows}, [(r.action, r.rec.code) for r in plan.rows]
    row = {r.code: r for r in tthc.list_tthc(ctx)}["1.012001"]
    assert (row.status, row.status_date) == ("abolished", dt.date(2026, 10, 1))
    assert "1.012001" not in _scope(ctx, H1)  # not issued yet
    assert "1.012001" in _scope(ctx, (dt.date(2026, 6, 15), dt.date(2026, 9, 14)))  # issued, not abolished
    assert "1.012001" not in _scope(ctx, H2)  # abolished
