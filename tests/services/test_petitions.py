"""Citizen feedback and petitions (phản ánh, kiến nghị; TT 26 Art. 36.1(e)): the kind added through the
registry — a record, its period figures, the report's item 1(e), the dashboard and `qms list petitions`."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from qms_desktop.domain.errors import ValidationError
from qms_desktop.services import dashboard, period_facts, records, reports, search
from qms_desktop.services.context import SYSTEM, AppContext
from qms_desktop.storage import orm

H1 = (dt.date(2025, 12, 15), dt.date(2026, 6, 14))


def _petition(ctx, day, **kw):
    values = {"received_date": day, "category": "feedback", "channel": "hotline",
              "summary": "Hồ sơ trợ cấp xã hội trả kết quả trễ hạn", "due_date": day + dt.timedelta(days=10)} | kw
    return records.create(ctx, "petition", values)


def test_a_petition_is_a_record_with_its_checks(ctx):
    p = _petition(ctx, dt.date(2026, 3, 2), citizen="Ông Trần Văn Bình", number="01/PAKN")
    assert records.get(ctx, "petition", p.id).values["citizen"] == "Ông Trần Văn Bình"
    with pytest.raises(ValidationError) as info:
        records.update(ctx, "petition", p.id, {"resolved_date": dt.date(2026, 3, 1)})
    assert info.value.field == "resolved_date"
    with pytest.raises(ValidationError):
        _petition(ctx, dt.date(2026, 3, 2), channel="fax")
    with ctx.tx("read") as s:
        assert s.scalar(select(func.count()).select_from(orm.Petition)) == 1  # the refusals wrote nothing
        assert s.get(orm.Petition, p.id).resolved_date is None
    # the global search finds it without tone marks, and links it to its page
    hits = [h for h in search.search(ctx, "tro cap xa hoi") if h.kind == "petition"]
    assert [(h.id, h.ref) for h in hits] == [(p.id, "01/PAKN")]


def test_period_figures_count_received_answered_and_overdue(ctx):
    answered = _petition(ctx, dt.date(2026, 2, 2))
    records.update(ctx, "petition", answered.id, {"resolved_date": dt.date(2026, 2, 5), "result": "Đã trả lời."})
    _petition(ctx, dt.date(2026, 5, 4))  # due 14/05, not answered by 14/06: overdue
    late_answer = _petition(ctx, dt.date(2026, 6, 1))
    records.update(ctx, "petition", late_answer.id, {"resolved_date": dt.date(2026, 7, 20)})  # after the window
    _petition(ctx, dt.date(2026, 7, 1))  # next period
    cancelled = _petition(ctx, dt.date(2026, 3, 3))
    april = AppContext(ctx.db, SYSTEM, clock=lambda: dt.date(2026, 4, 1))
    records.cancel(april, "petition", cancelled.id, "Nhập trùng")  # cancelled within the window: not counted
    cancelled_later = _petition(ctx, dt.date(2026, 3, 4))
    # cancelled on 23/11, after the window: an entry made by mistake (a duplicate) never was a petition, and the
    # list no longer shows it — not counted either (QA F, H2: the report said 5 where the book showed 4)
    records.cancel(ctx, "petition", cancelled_later.id, "Nhập trùng")
    with ctx.tx("read") as s:
        h1 = period_facts.gather(s, *H1, period_code="2026-H1")
    # received 02/02 (answered), 04/05 (overdue), 01/06 (answered after the window: overdue)
    assert (h1.value("petitions"), h1.value("petitions_answered"), h1.value("petitions_overdue")) == (3, 1, 2)
    assert h1.value("petitions") == len(records.list_records(ctx, "petition")) - 1  # what the list shows, less July's


def test_the_report_item_1e_and_the_dashboard_show_them(ctx):
    p = _petition(ctx, dt.date(2026, 10, 5))
    records.update(ctx, "petition", p.id, {"resolved_date": dt.date(2026, 10, 9)})
    _petition(ctx, dt.date(2026, 11, 2))
    d = dashboard.gather(ctx)
    assert (d.petitions, d.petitions_answered) == (2, 1)

    from qms_desktop.services.agency import AgencyProfile, save_profile

    save_profile(ctx, AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Tỉnh Lâm Đồng"))
    row = reports.create_report(ctx, period="2026")
    data = reports.report_data(ctx, row.id)
    assert data.metric("petitions").value == 2 and data.metric("petitions_answered").value == 1
    text = " ".join(p for part in data.parts for item in getattr(part, "items", ()) for p in item.paragraphs)
    assert "Sổ theo dõi phản ánh, kiến nghị ghi nhận 2 trường hợp trong kỳ; đã trả lời 1, đang xử lý 1" in text
    assert "không tiếp nhận phản ánh" not in text


def test_qms_list_petitions(demo_db, tmp_path):
    """The demo's petition book, listed by the command line (JSON with the spec's columns)."""
    ctx = AppContext(demo_db, SYSTEM, clock=lambda: dt.date(2026, 11, 23))
    book = records.list_records(ctx, "petition")
    assert len(book) >= 5 and any(r.values["resolved_date"] is None for r in book)
    env = {k: v for k, v in os.environ.items() if not k.startswith("QMS_") or k == "QMS_DATA_DIR"}
    env.update(QMS_USER="lanhdao", QMS_PASSWORD="LanhDao@2026")
    target = demo_db.url or str(demo_db.path)  # a file, or the server database (--engine=postgresql)
    r = subprocess.run([sys.executable, "-m", "qms_desktop.cli", "--db", target, "list", "petitions",
                        "--format", "json"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [x["id"] for x in rows] == [x.id for x in book]
    assert {"number", "received_date", "category", "channel", "summary", "resolved_date"} <= set(rows[0])
    tsv = subprocess.run([sys.executable, "-m", "qms_desktop.cli", "--db", target, "list", "petitions"],
                         capture_output=True, text=True, env=env, timeout=120)
    # the screen's list grew (citizen, due date: QA 18 F3); the command line's columns stay as scripts read them
    assert tsv.stdout.splitlines()[0].split("\t") == ["id", "number", "received_date", "category", "channel", "summary",
                                                      "resolved_date"], tsv.stderr


def test_a_draft_for_a_period_not_over_counts_what_has_happened(ctx):
    """QA F, H1/M3: the draft of 2026 made on 23/11 counted a petition received on 10/12 and called one due on
    25/11 overdue, where `qms report figures` and the dashboard (which stop at today) did not."""
    from qms_desktop.services import period_facts as pf_service

    due_soon = _petition(ctx, dt.date(2026, 11, 20), due_date=dt.date(2026, 11, 25))
    with pytest.raises(ValidationError) as info:  # nothing is received tomorrow
        _petition(ctx, dt.date(2026, 12, 10))
    assert info.value.field == "received_date" and "10/12/2026" in info.value.render()
    with pytest.raises(ValidationError) as info:
        records.update(ctx, "petition", due_soon.id, {"resolved_date": dt.date(2026, 11, 24)})
    assert info.value.field == "resolved_date"
    from qms_desktop.services.agency import AgencyProfile, save_profile

    save_profile(ctx, AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Tỉnh Lâm Đồng"))
    row = reports.create_report(ctx, period="2026")
    data = reports.report_data(ctx, row.id)
    figures = {key: value for key, _label, _printed, value in pf_service.report_period_figures(ctx, "2026")}
    d = dashboard.gather(ctx)
    assert data.metric("petitions").value == figures["petitions"] == d.petitions == 1
    assert data.metric("petitions_overdue").value == figures["petitions_overdue"] == 0  # due in two days


def test_item_1e_names_both_sources_and_the_preflight_asks_when_they_differ(ctx):
    """QA F, H3: item 1(e) said "Tiếp nhận 8 phản ánh, kiến nghị" (the statistics) and then "the book records 1"
    in one paragraph, with nothing naming either source or pointing at the difference."""
    from qms_desktop.services.agency import AgencyProfile, save_profile

    save_profile(ctx, AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Tỉnh Lâm Đồng"))
    records.create(ctx, "service_stat", {"period_start": dt.date(2026, 1, 1), "period_end": dt.date(2026, 3, 31),
                                         "received": 40, "on_time": 38, "late": 1, "pending": 1, "feedback": 3})
    _petition(ctx, dt.date(2026, 2, 2))
    row = reports.create_report(ctx, period="2026-H1")
    data = reports.report_data(ctx, row.id)
    text = " ".join(p for part in data.parts for item in getattr(part, "items", ()) for p in item.paragraphs)
    assert "Theo số liệu thống kê giải quyết thủ tục hành chính, tiếp nhận 3 phản ánh, kiến nghị" in text
    assert "Sổ theo dõi phản ánh, kiến nghị ghi nhận 1 trường hợp" in text
    found = {f.code: f for f in reports.preflight(ctx, row.id).findings}
    assert found["petitions_differ"].params == {"stats": 3, "book": 1} and not found["petitions_differ"].hard
    records.create(ctx, "petition", {"received_date": dt.date(2026, 3, 1), "category": "feedback", "channel": "hotline",
                                     "summary": "Đèn đường hỏng"})
    records.create(ctx, "petition", {"received_date": dt.date(2026, 3, 2), "category": "feedback", "channel": "hotline",
                                     "summary": "Đường ngập nước"})
    assert "petitions_differ" not in {f.code for f in reports.preflight(ctx, row.id).findings}  # 3 and 3


def test_a_petition_left_unanswered_is_carried_into_the_next_periods(ctx):
    """QA 18 F1: a petition received on 10/12/2025, due 20/12/2025 and never answered was overdue in no report:
    each period counted only what it received. It is carried over, pending and overdue until answered; the
    dashboard waits for it and a warning names it."""
    from qms_desktop.services import warnings

    carried = _petition(ctx, dt.date(2025, 12, 10), number="99/PAKN", due_date=dt.date(2025, 12, 20))
    answered_later = _petition(ctx, dt.date(2025, 12, 11), due_date=dt.date(2025, 12, 21))
    records.update(ctx, "petition", answered_later.id, {"resolved_date": dt.date(2026, 1, 5)})  # in 2026-H1
    before = _petition(ctx, dt.date(2025, 11, 3))
    records.update(ctx, "petition", before.id, {"resolved_date": dt.date(2025, 11, 10)})  # answered before: done
    _petition(ctx, dt.date(2026, 3, 2), due_date=dt.date(2026, 3, 12))  # received in 2026-H1, not answered
    with ctx.tx("read") as s:
        h1 = period_facts.gather(s, *H1, period_code="2026-H1")
        h2 = period_facts.gather(s, dt.date(2026, 6, 15), dt.date(2026, 12, 14), period_code="2026")
    # 2026-H1 runs from 15/12/2025 (Decree 09): both December petitions come before it, unanswered, so carried
    assert [h1.value(k) for k in ("petitions", "petitions_carried", "petitions_answered", "petitions_pending",
                                  "petitions_overdue")] == [1, 2, 1, 2, 2]
    assert [h2.value(k) for k in ("petitions", "petitions_carried", "petitions_answered", "petitions_pending",
                                  "petitions_overdue")] == [0, 2, 0, 2, 2]
    # the report's item 1(e) says so
    from qms_desktop.services.agency import AgencyProfile, save_profile

    save_profile(ctx, AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Tỉnh Lâm Đồng"))
    data = reports.report_data(ctx, reports.create_report(ctx, period="2026-H1").id)
    text = " ".join(p for part in data.parts for item in getattr(part, "items", ()) for p in item.paragraphs)
    assert ("Sổ theo dõi phản ánh, kiến nghị ghi nhận 1 trường hợp trong kỳ và 2 trường hợp kỳ trước chuyển sang "
            "chưa trả lời; đã trả lời 1, đang xử lý 2, trong đó 2 quá hạn trả lời.") in text, text
    # the dashboard (today 23/11/2026, the year's report period from 15/12/2025) waits for both unanswered ones;
    # the warnings name the overdue ones
    d = dashboard.gather(ctx)
    assert (d.petitions, d.petitions_answered, d.petitions_pending, d.petitions_pending_earlier) == (1, 1, 2, 1)
    overdue = [w for w in warnings.current_warnings(ctx) if w.rule == "petition_overdue"]
    assert {w.record for w in overdue} >= {f"petition:{carried.id}"} and all(w.overdue for w in overdue)
    [w] = [w for w in overdue if w.record == f"petition:{carried.id}"]
    assert w.params == {"number": "99/PAKN", "received": "10/12/2025"} and w.due_date == dt.date(2025, 12, 20)
    # answered: no longer carried, pending or warned about
    records.update(ctx, "petition", carried.id, {"resolved_date": dt.date(2026, 11, 20), "result": "Đã trả lời."})
    assert not [w for w in warnings.current_warnings(ctx) if w.record == f"petition:{carried.id}"]
    assert dashboard.gather(ctx).petitions_pending == 1


def test_a_cancelled_petition_can_be_restored_and_counts_again(ctx):
    """QA 18 F4: a petition cancelled by mistake vanished from the book for good; it is restored, counted again,
    and the history keeps both steps."""
    from qms_desktop.services import history

    p = _petition(ctx, dt.date(2026, 3, 2), number="07/PAKN")
    records.cancel(ctx, "petition", p.id, "Chọn nhầm dòng")
    with ctx.tx("read") as s:
        assert period_facts.gather(s, *H1, period_code="2026-H1").value("petitions") == 0
    restored = records.restore(ctx, "petition", p.id)
    assert not restored.cancelled and [r.id for r in records.list_records(ctx, "petition")] == [p.id]
    with ctx.tx("read") as s:
        assert period_facts.gather(s, *H1, period_code="2026-H1").value("petitions") == 1
    with pytest.raises(ValidationError):
        records.restore(ctx, "petition", p.id)  # not cancelled
    changes = history.list_changes(ctx, entity="petition", entity_id=str(p.id))  # newest first
    assert [c.action for c in changes] == ["update", "cancel", "create"], changes
    assert changes[0].old.get("cancelled_reason") == "Chọn nhầm dòng" and changes[0].new.get("cancelled_reason") is None


def test_the_book_number_is_proposed_and_not_given_twice(ctx):
    """QA 18 F5: the number in the petition book was neither proposed nor checked: "02/PAKN" could be given twice."""
    assert records.proposed_values(ctx, "petition") == {"number": "01/PAKN"}  # an empty book this year
    _petition(ctx, dt.date(2026, 3, 2), number="01/PAKN")
    second = _petition(ctx, dt.date(2026, 3, 3), number="02/PAKN")
    assert records.proposed_values(ctx, "petition") == {"number": "03/PAKN"}
    with pytest.raises(ValidationError) as info:
        _petition(ctx, dt.date(2026, 3, 4), number="02/pakn")  # case and spaces do not make another number
    assert info.value.field == "number" and "03/03/2026" in info.value.render()
    with pytest.raises(ValidationError):
        records.update(ctx, "petition", second.id, {"number": "01/PAKN"})
    records.update(ctx, "petition", second.id, {"result": "Đã chuyển bộ phận Tư pháp"})  # the number unchanged: fine
    _petition(ctx, dt.date(2025, 12, 1), number="02/PAKN")  # last year's book: its own numbers
    records.cancel(ctx, "petition", second.id, "Nhập trùng")
    _petition(ctx, dt.date(2026, 3, 5), number="02/PAKN")  # a cancelled entry's number is free again
    _petition(ctx, dt.date(2026, 3, 6), number="Không số")
    assert records.proposed_values(ctx, "petition") == {}  # the year's numbers follow no one pattern: none proposed


def test_qms_check_names_a_tampered_petition_by_its_book_number(ctx):
    """QA 18 F6: `qms check` said "petition #3", an id the clerk never sees; it adds the book's number."""
    import sqlite3

    from qms_desktop.services.check import check_database, render_problem

    if ctx.db.path is None:
        pytest.skip("the SQLite file itself is edited")
    p = _petition(ctx, dt.date(2026, 3, 2), number="03/PAKN")
    with sqlite3.connect(ctx.db.path) as c:
        c.execute("UPDATE petition SET resolved_date = '2026-03-05' WHERE id = ?", (p.id,))
    report = check_database(ctx.db)
    said = [render_problem(message, params, lambda _c, text: text) for message, params in report.problems]
    assert any(f"(petition) #{p.id} (03/PAKN): " in line and "(resolved_date)" in line for line in said), said
