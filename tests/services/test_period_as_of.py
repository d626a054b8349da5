"""A past period's figures are read as of its end: recomputed today, a sent report's figures come out as sent.

What changes after the end (a TTHC put in or taken out of the scope, a procedure registered, a legal basis
entered) does not reach back into the period; what is entered later with its own past dates (a procedure's
past versions, a legal basis built in back then) still does.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from qms_desktop.domain.periods import ReportPeriod
from qms_desktop.i18n import local_time
from qms_desktop.services import period_facts, procedures, records, tthc
from qms_desktop.services.context import SYSTEM, AppContext
from qms_desktop.services.demo.data import ADDED_LATER, DRAFT
from qms_desktop.storage import orm

H1 = (dt.date(2025, 12, 15), dt.date(2026, 6, 14))
TODAY = dt.date(2026, 11, 23)


def _on(ctx: AppContext, day: dt.date) -> AppContext:
    return AppContext(ctx.db, ctx.actor, clock=lambda: day)


def _sent_metrics(report: orm.Report) -> dict[str, object]:
    out: dict[str, object] = {}

    def walk(node):
        if isinstance(node, dict):
            for m in node.get("metrics", ()):
                out[m["key"]] = m["value"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(report.snapshot_json))
    return out


def _h1(ctx: AppContext, end: dt.date = H1[1]) -> period_facts.PeriodFacts:
    with ctx.tx("read") as s:
        return period_facts.gather(s, H1[0], end, year=2026, period_code="2026-H1")


def _procedure(ctx: AppContext, code: str, tthc_ids=(), *, drafted: dt.date | None = None,
               effective: dt.date | None = None) -> int:
    p = procedures.create_procedure(ctx, code=code, title=f"Quy trình {code}", tthc_ids=list(tthc_ids))
    if drafted is not None:
        v = procedures.add_version(ctx, p.id, procedures.VersionInput(drafted_by="Lê Văn Tâm", drafted_date=drafted))
        if effective is not None:
            procedures.approve_version(ctx, v.id, approved_by="Nguyễn Văn An", approved_date=drafted + dt.timedelta(days=2),
                                       effective_date=effective)
    return p.id


def _legal(ctx: AppContext, procedure_id: int, number: str, effective: dt.date, incorporated: dt.date | None = None):
    return records.create(ctx, "legal_document", {
        "procedure_id": procedure_id, "number": number, "title": f"Văn bản {number}", "issued_date": effective,
        "effective_date": effective, "incorporated_date": incorporated})


# ---------------------------------------------------------------- the demo's sent reports

def test_every_sent_report_of_the_demo_is_recomputed_as_sent(demo_db):
    """`qms report figures` (report_period_figures) of each sent period, run today, gives every figure its
    sent report printed: the TTHC put in scope in August 2026 and the draft procedure registered in November
    (with its legal basis, in force since 2024, not built in) stay out of the first half of 2026."""
    ctx = AppContext(demo_db, SYSTEM, clock=lambda: TODAY)
    with ctx.tx("read") as s:
        sent = [r for r in s.scalars(select(orm.Report).order_by(orm.Report.id)) if r.status == "sent"]
        snapshots = [(r.period, _sent_metrics(r)) for r in sent]
    assert [p for p, _ in snapshots] == ["2025-H1", "2025", "2026-H1"]
    for period, metrics in snapshots:
        now = {key: value for key, _label, _printed, value in period_facts.report_period_figures(ctx, period)}
        printed = {f.key for f in period_facts.FIGURES if f.section}
        assert set(metrics) == printed, period  # every printed figure is in the snapshot
        assert {k: now[k] for k in metrics} == metrics, period
    h1 = dict((k, v) for k, _l, _p, v in period_facts.report_period_figures(ctx, "2026-H1"))
    assert (h1["tthc_in_scope"], h1["tthc_coverage"], h1["legal_overdue"]) == (24, 100.0, 0)
    # the figures a report does not print are as of the end too: the November draft was not registered then
    assert h1["procedures_total"] == h1["procedures_effective"] == 22
    # today the same records say what they say now
    p = ReportPeriod.parse("2026")
    with ctx.tx("read") as s:
        year = period_facts.gather(s, p.bounds()[0], TODAY, year=2026, period_code="2026")
    assert (year.value("tthc_in_scope"), year.value("procedures_total")) == (26, 23)
    assert year.value("tthc_coverage") < 100


def test_the_demo_records_are_stamped_on_their_scripted_days(demo_db):
    """The demo writes its story day by day: a row and its history entry are dated the day the story enters it
    (they were all dated the day the demo was built, so nothing could be read as of a past day)."""
    ctx = AppContext(demo_db, SYSTEM, clock=lambda: TODAY)
    with ctx.tx("read") as s:
        draft = s.scalars(select(orm.Procedure).where(orm.Procedure.code == DRAFT.code)).one()
        added = list(s.scalars(select(orm.Tthc).where(orm.Tthc.code.in_(ADDED_LATER))))
        first = s.scalars(select(orm.ChangeLog).where(orm.ChangeLog.entity == "tthc")
                          .order_by(orm.ChangeLog.id).limit(1)).one()
        toggles = [c for c in s.scalars(select(orm.ChangeLog).where(orm.ChangeLog.entity == "tthc",
                                                                    orm.ChangeLog.action == "update"))
                   if "in_scope" in json.loads(c.new_values)]
    assert local_time(first.at).date() < dt.date(2024, 12, 1)  # the TTHC list, entered ~26 months before "today"
    assert H1[1] < local_time(draft.created_at).date() < TODAY
    assert all(local_time(t.created_at).date() < dt.date(2025, 1, 1) for t in added)
    assert sorted(int(c.entity_id) for c in toggles) == sorted(t.id for t in added)
    assert all(H1[1] < local_time(c.at).date() < TODAY for c in toggles)


# ---------------------------------------------------------------- the scope as of the end

def test_the_scope_is_read_as_of_the_end_of_the_period(ctx):
    early, later = _on(ctx, dt.date(2025, 11, 25)), _on(ctx, dt.date(2026, 9, 1))
    a = tthc.create_tthc(early, code="1.000001", name="Thủ tục A", in_scope=True)
    b = tthc.create_tthc(early, code="1.000002", name="Thủ tục B", in_scope=False)
    c = tthc.create_tthc(early, code="1.000003", name="Thủ tục C", in_scope=True)
    _procedure(early, "QT-A", [a.id], drafted=dt.date(2025, 11, 20), effective=dt.date(2026, 1, 5))
    tthc.set_in_scope(later, b.id, True)  # put in scope after the first half
    tthc.set_in_scope(later, c.id, False)  # taken out after the first half: it was in then
    h1 = _h1(ctx)
    assert (h1.value("tthc_total"), h1.value("tthc_in_scope"), h1.value("tthc_covered")) == (3, 2, 1)
    assert h1.value("tthc_coverage") == 50.0 and h1.uncovered_codes == ("1.000003",)
    assert {t.code for t in h1.tthc if t.in_scope} == {"1.000001", "1.000003"}
    now = _h1(ctx, TODAY)
    assert (now.value("tthc_in_scope"), now.value("tthc_covered"), now.uncovered_codes) == (2, 1, ("1.000002",))
    # a TTHC entered after the end (the list typed in late) counts as first entered
    d = tthc.create_tthc(later, code="1.000004", name="Thủ tục D", in_scope=True)
    assert _h1(ctx).value("tthc_in_scope") == 3 and d.id in {t.id for t in _h1(ctx).tthc if t.in_scope}


# ---------------------------------------------------------------- procedures and legal bases as of the end

def test_procedures_and_legal_bases_entered_after_the_end_do_not_count_in_it(ctx):
    early, later = _on(ctx, dt.date(2025, 11, 25)), _on(ctx, dt.date(2026, 9, 1))
    old = _procedure(early, "QT-CU", drafted=dt.date(2025, 11, 12), effective=dt.date(2025, 11, 20))
    _legal(early, old, "01/2025", dt.date(2025, 12, 1), dt.date(2026, 1, 10))  # built in during the half
    # registered after the first half: a draft, with a basis in force since 2024 not built in yet
    new = _procedure(later, "QT-MOI", drafted=dt.date(2026, 9, 2))
    _legal(later, new, "02/2024", dt.date(2024, 1, 1))
    # entered after the first half on the old procedure: not built in by the end (not known then) …
    _legal(later, old, "03/2025", dt.date(2025, 12, 20))
    # … and one built in during the half, entered late: it was part of the procedure then
    _legal(later, old, "04/2025", dt.date(2025, 12, 22), dt.date(2026, 2, 2))
    # a procedure entered late with its past versions existed then
    _procedure(later, "QT-NHAP-SAU", drafted=dt.date(2025, 12, 1), effective=dt.date(2026, 1, 2))
    h1 = _h1(ctx)
    assert (h1.value("procedures_total"), h1.value("procedures_effective")) == (2, 2)
    assert {p.code for p in h1.procedures} == {"QT-CU", "QT-NHAP-SAU"}
    # in force in the half: 04/2025 (01/2025 before it began; 03/2025 was not known at its end)
    assert (h1.value("legal_changed"), h1.value("legal_incorporated"), h1.value("legal_overdue")) == (1, 2, 0)
    assert {d.title for d in h1.legal_docs} == {"Văn bản 01/2025", "Văn bản 04/2025"}
    now = _h1(ctx, TODAY)
    assert now.value("procedures_total") == 3 and now.value("legal_overdue") == 2


def test_rows_written_on_another_day_are_stamped_with_that_day(ctx):
    """The demo's and the tests' days: created/updated at and the history entry say the day the work was done."""
    day = dt.date(2025, 3, 10)
    t = tthc.create_tthc(_on(ctx, day), code="1.000009", name="Thủ tục E", in_scope=False)
    tthc.set_in_scope(_on(ctx, day + dt.timedelta(days=5)), t.id, True)
    with ctx.tx("read") as s:
        row = s.get(orm.Tthc, t.id)
        entries = list(s.scalars(select(orm.ChangeLog).where(orm.ChangeLog.entity == "tthc",
                                                             orm.ChangeLog.entity_id == str(t.id))
                                 .order_by(orm.ChangeLog.id)))
    assert local_time(row.created_at).date() == day and local_time(row.updated_at).date() == day + dt.timedelta(days=5)
    assert [local_time(e.at).date() for e in entries] == [day, day + dt.timedelta(days=5)]


def test_a_long_training_or_improvement_reaches_the_report_whole(ctx):
    """QA 27 F6: a training's content and an improvement's description were cut to 120 characters with "…", and no
    annex lists them: the rest never reached paper."""
    content = ("Tập huấn hướng dẫn áp dụng TCVN ISO 9001:2015 cho toàn thể cán bộ, công chức của xã, gồm các nội dung "
               "kiểm soát thông tin dạng văn bản, đánh giá nội bộ, hành động khắc phục và cải tiến liên tục.")
    described = "Niêm yết bảng hướng dẫn thủ tục tại bộ phận một cửa,\ncó mã QR tra cứu hồ sơ " * 3
    records.create(ctx, "training", {"date": dt.date(2026, 3, 10), "kind": "training", "content": content})
    records.create(ctx, "improvement", {"date": dt.date(2026, 4, 2), "description": described, "source": "idea"})
    facts = _h1(ctx)
    assert len(content) > 120 and facts.training_topics == (content,)
    assert facts.improvements == (" ".join(described.split()),)
