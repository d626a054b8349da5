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
    records.cancel(ctx, "petition", cancelled_later.id, "Nhập trùng")  # on 23/11: still in the book on 14/06
    with ctx.tx("read") as s:
        h1 = period_facts.gather(s, *H1, period_code="2026-H1")
    # received 02/02 (answered), 04/05 (overdue), 01/06 (answered after the window: overdue), 04/03 (overdue)
    assert (h1.value("petitions"), h1.value("petitions_answered"), h1.value("petitions_overdue")) == (4, 1, 3)


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
