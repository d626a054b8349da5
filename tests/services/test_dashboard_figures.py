"""services.dashboard: the figures of the overview, computed without Qt on a real database."""

from __future__ import annotations

import datetime as dt
import sys

from qms_desktop.services import dashboard, ncs, objectives, procedures, records, tthc
from qms_desktop.services.dashboard import on_time_rate


def test_on_time_rate():
    assert on_time_rate(98, 2) == 98.0
    assert on_time_rate(0, 0) is None
    assert on_time_rate(None, None) is None
    assert round(on_time_rate(716, 18), 1) == 97.5


def test_empty_database(ctx):
    d = dashboard.gather(ctx)
    assert (d.tthc_total, d.tthc_in_scope, d.procedures_total, d.ncs_open, d.overdue_actions) == (0, 0, 0, 0, 0)
    assert d.coverage_percent is None
    assert d.rates == ()
    # 23/11/2026 under Decree 09: the annual report 15/12/2025–14/12/2026, due 20/12
    assert (d.period_code, d.period_start, d.period_end) == ("2026", dt.date(2025, 12, 15), dt.date(2026, 12, 14))
    assert d.report_due == dt.date(2026, 12, 20) and d.days_to_report == 27
    assert {w.rule for w in d.warnings} == {"audit_yearly", "review_yearly", "objectives_missing"}


def test_figures_follow_the_records(ctx):
    a = tthc.create_tthc(ctx, code="1.000001", name="Đăng ký khai sinh", time_limit="05 ngày làm việc")
    tthc.create_tthc(ctx, code="1.000002", name="Đăng ký kết hôn")
    tthc.create_tthc(ctx, code="1.000003", name="Chứng thực bản sao", in_scope=False)
    p = procedures.create_procedure(ctx, code="QT-HT-01", title="Đăng ký khai sinh", tthc_ids=[a.id])
    procedures.create_procedure(ctx, code="QT-HT-02", title="Đăng ký kết hôn")
    v = procedures.add_version(ctx, p.id, procedures.VersionInput(issue_date=dt.date(2026, 1, 5),
                                                                  effective_date=dt.date(2026, 1, 10)))
    procedures.approve_version(ctx, v.id, approved_by="Nguyễn Văn Thành", approved_date=dt.date(2026, 1, 5),
                               effective_date=dt.date(2026, 1, 10))
    nc = ncs.open_nc(ctx, description="Hồ sơ trễ hạn", detected_date=dt.date(2026, 3, 2))
    ncs.add_action(ctx, nc.id, description="Nhắc công chức một cửa", due_date=dt.date(2026, 4, 1))
    ncs.open_nc(ctx, description="Thiếu biểu mẫu", detected_date=dt.date(2026, 5, 4))
    records.create(ctx, "service_stat", {"period_start": dt.date(2025, 12, 15), "period_end": dt.date(2026, 6, 14),
                                         "received": 100, "on_time": 96, "late": 4, "pending": 0})
    records.create(ctx, "service_stat", {"period_start": dt.date(2025, 6, 15), "period_end": dt.date(2025, 12, 14),
                                         "received": 50, "on_time": 45, "late": 5, "pending": 0})
    o1 = records.create(ctx, "objective", {"year": 2026, "text": "Đúng hạn ≥ 98%", "target": 98, "comparison": ">="})
    o2 = records.create(ctx, "objective", {"year": 2026, "text": "Không phản ánh", "target": 0, "comparison": "<="})
    records.create(ctx, "objective", {"year": 2026, "text": "Chưa đo", "target": 1, "comparison": ">="})
    objectives.record_result(ctx, o1.id, period="2026-H1", value=96)
    objectives.record_result(ctx, o2.id, period="2026-H1", value=0)

    d = dashboard.gather(ctx)
    assert (d.tthc_total, d.tthc_in_scope, d.tthc_covered) == (3, 2, 1)
    assert d.coverage_percent == 50.0
    assert (d.procedures_total, d.procedures_effective) == (2, 1)
    assert d.ncs_open == 2
    assert dict(d.ncs_by_status) == {"open": 1, "in_progress": 1, "awaiting_verification": 0, "closed": 0}
    assert d.overdue_actions == 1
    assert (d.objectives_total, d.objectives_measured, d.objectives_met) == (3, 2, 1)
    assert [p.end for p in d.rates] == [dt.date(2025, 12, 14), dt.date(2026, 6, 14)]  # oldest first
    assert [p.rate for p in d.rates] == [90.0, 96.0]
    assert any(w.rule == "overdue_action" and w.overdue for w in d.warnings)


def _closed_nc(ctx, detected: dt.date, closed: dt.date) -> None:
    nc = ncs.open_nc(ctx, description="Sổ theo dõi thiếu chữ ký", detected_date=detected)
    a = ncs.add_action(ctx, nc.id, description="Bổ sung chữ ký", due_date=closed)
    ncs.complete_action(ctx, a.id, done_date=closed)
    ncs.verify(ctx, nc.id, verified_by="Phó Chủ tịch", verified_date=closed, effective=True)
    ncs.close_nc(ctx, nc.id, closed_date=closed)


def test_the_nc_chart_counts_the_report_years_ncs_as_the_card_and_the_report_do(ctx):
    """QA 20 F2: the chart counted NCs by their number's year: one found on 20/12/2025 (numbered …/2025,
    in the 2026 report year) and a 2025 NC closed in 2026 were missing, so it showed 'Open: 0' beside
    a card counting it open."""
    late_december = ncs.open_nc(ctx, description="Hồ sơ trả trễ", detected_date=dt.date(2025, 12, 20))
    _closed_nc(ctx, dt.date(2025, 11, 10), dt.date(2026, 3, 10))  # raised last year, closed this year
    _closed_nc(ctx, dt.date(2025, 6, 1), dt.date(2025, 9, 1))  # all in an earlier year: not this year's
    _closed_nc(ctx, dt.date(2026, 2, 2), dt.date(2026, 2, 20))
    ncs.open_nc(ctx, description="Thiếu biểu mẫu", detected_date=dt.date(2026, 5, 4))

    d = dashboard.gather(ctx)
    assert late_december.number.endswith("/2025")
    assert dict(d.ncs_by_status) == {"open": 2, "in_progress": 0, "awaiting_verification": 0, "closed": 2}
    assert d.ncs_open == sum(n for status, n in d.ncs_by_status if status != "closed") == 2


def test_dashboard_service_imports_no_qt():
    import subprocess

    code = ("import sys, qms_desktop.services.dashboard, qms_desktop.services.starter_kit; "
            "assert not [m for m in sys.modules if m.startswith('PySide6')]")
    subprocess.run([sys.executable, "-c", code], check=True)
