"""QA 46: figures as they were at the period's end — TTHC under the commune's authority after a decision, the
status of a nonconformity and its actions, legal bases of a withdrawn procedure, records cancelled after the period,
and an annex whose table is empty but whose data has a gap (PDF and workbook say the same)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from qms_desktop.services import ncs, period_facts, procedures, tthc, warnings
from qms_desktop.services.context import SYSTEM, AppContext

D = dt.date
H1 = (D(2025, 12, 15), D(2026, 6, 14))
H2 = (D(2026, 6, 15), D(2026, 12, 14))
YEAR = (D(2025, 12, 15), D(2026, 12, 14))
DECISION = Path(__file__).resolve().parents[1] / "exchange" / "fixtures" / "decision_three_parts.xlsx"


class Clock:
    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


def facts(ctx, window, **kw):
    with ctx.tx("read") as s:
        return period_facts.gather(s, *window, **kw)


@pytest.fixture
def clocked(db):
    clock = Clock(D(2025, 11, 25))
    return AppContext(db, SYSTEM, clock=clock), clock


@pytest.mark.parametrize("decided", [D(2026, 3, 1), D(2026, 7, 1)], ids=["in-the-period", "after-it"])
def test_tthc_under_the_communes_authority_follow_the_decisions_date(clocked, decided):
    """F1: two TTHC abolished by a decision of 01/03 (or two issued on 01/07) were still counted at the end of H1:
    "5/7 TTHC" said two were outside the QMS scope."""
    ctx, clock = clocked
    for code, name in {"1.001022": "Đăng ký kết hôn", "1.003554": "Giao đất, cho thuê đất",
                       "1.000656": "Đăng ký khai tử", "2.002163": "Chứng thực chữ ký",
                       "1.001193": "Đăng ký khai sinh"}.items():
        tthc.create_tthc(ctx, code=code, name=name)
    clock.day = decided
    tthc.import_tthc(ctx, DECISION, decision_number="2301/QĐ-UBND", decision_date=decided)
    h1 = facts(ctx, H1, year=2026, period_code="2026-H1")
    assert (h1.value("tthc_total"), h1.value("tthc_in_scope")) == (5, 5)
    assert len(h1.tthc) == 5


def test_a_nonconformity_is_shown_as_it_stood_at_the_end(clocked):
    """F2: an action done, or first planned, after the end changed the "end of period" column of Phụ lục III."""
    ctx, clock = clocked
    clock.day = D(2026, 5, 2)
    first = ncs.open_nc(ctx, description="Hồ sơ trễ hạn", detected_date=D(2026, 5, 2))
    act = ncs.add_action(ctx, first.id, description="Nhắc công chức", due_date=D(2026, 6, 14))
    clock.day = D(2026, 6, 14)
    second = ncs.open_nc(ctx, description="Thiếu biểu mẫu", detected_date=D(2026, 6, 14))
    clock.day = D(2026, 7, 3)
    ncs.complete_action(ctx, act.id, done_date=D(2026, 7, 3))
    ncs.add_action(ctx, second.id, description="Bổ sung biểu mẫu", due_date=D(2026, 8, 1))
    assert {n.id: n.status for n in ncs.list_ncs(ctx)} == {first.id: "awaiting_verification",
                                                           second.id: "in_progress"}
    h1 = facts(ctx, H1, year=2026, period_code="2026-H1")
    rows = {n.number: n for n in h1.ncs}
    assert rows[first.number].status_at_end == "in_progress" and "hạn 14/06/2026" in rows[first.number].actions
    assert rows[second.number].status_at_end == "open" and rows[second.number].actions == ""
    assert dict(h1.ncs_by_status)["open"] == 1 and dict(h1.ncs_by_status)["awaiting_verification"] == 0


def test_a_nonconformitys_due_date_is_the_one_it_had_at_the_end(clocked):
    """Phụ lục III printed today's due date: an action planned after the end (due 01/08) extended the
    nonconformity's, and it then showed neither overdue nor with the date the commune had set by 14/06."""
    ctx, clock = clocked
    clock.day = D(2026, 5, 2)
    nc = ncs.open_nc(ctx, description="Hồ sơ trễ hạn", detected_date=D(2026, 5, 2), due_date=D(2026, 6, 1))
    clock.day = D(2026, 6, 10)
    late = ncs.open_nc(ctx, description="Thiếu sổ theo dõi", detected_date=D(2026, 6, 10))
    clock.day = D(2026, 7, 3)
    ncs.add_action(ctx, nc.id, description="Rà soát hồ sơ", due_date=D(2026, 8, 1))
    ncs.update_nc(ctx, late.id, due_date=D(2026, 9, 1))
    entered = ncs.open_nc(ctx, description="Ghi sau kỳ", detected_date=D(2026, 6, 12), due_date=D(2026, 6, 13))
    ncs.update_nc(ctx, entered.id, due_date=D(2026, 10, 1))
    assert ncs.get_nc(ctx, nc.id).row.due_date == D(2026, 8, 1)
    h1 = facts(ctx, H1, year=2026, period_code="2026-H1")
    rows = {n.number: n for n in h1.ncs}
    assert rows[nc.number].due == D(2026, 6, 1)
    assert rows[late.number].due is None
    assert rows[entered.number].due == D(2026, 6, 13)  # entered after the end: as it was entered
    assert h1.value("nc_overdue") == 2  # due 01/06 and 13/06, both open on 14/06
    h2 = facts(ctx, H2, year=2026, period_code="2026-H2")
    assert {n.number: n.due for n in h2.ncs}[nc.number] == D(2026, 8, 1)


def test_legal_bases_of_a_withdrawn_procedure_are_not_overdue(clocked):
    """F3: the report counted 2 bases "over 3 months not built in" where the warnings (and the truth) had 1."""
    from qms_desktop.services import records
    from qms_desktop.services.procedures import VersionInput

    ctx, clock = clocked
    ids = []
    for n, code in enumerate(("QT-X", "QT-Y")):
        t = tthc.create_tthc(ctx, code=f"1.00100{n}", name=f"Thủ tục {n}", field="Hộ tịch", time_limit="5 ngày")
        p = procedures.create_procedure(ctx, code=code, title=f"Quy trình {code}", tthc_ids=[t.id])
        v = procedures.add_version(ctx, p.id, VersionInput(drafted_by="Lê Thị Hoa", drafted_date=D(2025, 6, 1)))
        procedures.approve_version(ctx, v.id, approved_by="Nguyễn Văn An", approved_date=D(2025, 6, 1),
                                   effective_date=D(2025, 6, 1))
        records.create(ctx, "legal_document", {"procedure_id": p.id, "number": "01/2025/TT-BTP",
                                               "title": f"Thông tư sửa đổi ({code})", "effective_date": D(2025, 10, 1)})
        ids.append(p.id)
    clock.day = D(2026, 3, 1)
    procedures.withdraw(ctx, ids[0], reason="Thủ tục bị bãi bỏ")
    clock.day = D(2026, 6, 20)
    h1 = facts(ctx, H1, year=2026, period_code="2026-H1")
    assert h1.value("legal_overdue") == 1
    assert [w.rule for w in warnings.current_warnings(ctx) if w.rule == "legal_update"] == ["legal_update"]


def test_a_nonconformity_cancelled_after_the_period_is_void_as_an_audit_is(clocked):
    """F4: an NC cancelled in July as a duplicate still counted in H1 (an audit cancelled so did not): the year
    counted 7 raised where its halves counted 8."""
    ctx, clock = clocked
    clock.day = D(2026, 2, 1)
    kept = ncs.open_nc(ctx, description="Hồ sơ trễ hạn", detected_date=D(2026, 2, 1))
    duplicate = ncs.open_nc(ctx, description="Hồ sơ trễ hạn (ghi trùng)", detected_date=D(2026, 2, 1))
    clock.day = D(2026, 8, 1)
    ncs.open_nc(ctx, description="Thiếu phiếu", detected_date=D(2026, 8, 1))
    ncs.cancel_nc(ctx, duplicate.id, reason="Trùng với sự không phù hợp trước")
    clock.day = D(2026, 12, 20)
    h1 = facts(ctx, H1, year=2026, period_code="2026-H1")
    h2 = facts(ctx, H2, year=2026, period_code="2026-H2")
    year = facts(ctx, YEAR, year=2026, period_code="2026")
    assert [n.number for n in h1.ncs] == [kept.number]
    assert h1.value("nc_opened") + h2.value("nc_opened") == year.value("nc_opened") == 2


def test_an_empty_annex_with_a_gap_in_its_data_says_so_in_the_pdf_and_the_workbook():
    """F5: statistics without their fields — the PDF said only "Không có trong kỳ báo cáo." under Phụ lục VI, the
    workbook also said the fields were missing."""
    from qms_desktop.reports.report_data import Column, Table

    empty = Table("statistics_by_field", "Theo lĩnh vực", (Column("STT", "int", 1),), note="Ghi chú số liệu.",
                  empty_note="Chưa có số liệu theo lĩnh vực của kỳ thống kê: 01/2026.")
    assert empty.shown_note() == "Chưa có số liệu theo lĩnh vực của kỳ thống kê: 01/2026."
    full = Table("statistics_by_field", "Theo lĩnh vực", (Column("STT", "int", 1),), rows=((1,),), note="Ghi chú.")
    assert full.shown_note() == "Ghi chú." and Table("x", "x", ()).shown_note() == ""
