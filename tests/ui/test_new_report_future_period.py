"""The new-report dialog offers next year's first half (so a report can be started in its period's first days,
from 15/12); chosen before its period begins, the service's refusal is what the user reads, naming the start
(QA F11), and nothing is made."""

from __future__ import annotations

import datetime as dt

from record_fixtures import *  # noqa: F403 - every prompt answered (``answers``)
from record_fixtures import fill_exec, make_env

from qms_desktop.services import agency, reports
from qms_desktop.services.context import AppContext
from qms_desktop.ui.pages.reports_page import NewReportDialog, ReportsPage


def test_only_periods_begun_are_offered(qtbot, ui_ctx, tmp_path, monkeypatch, answers):
    """On 03/12/2026 the periods of 2027 (from 15/12/2026) are not offered: a report made for them is refused (it
    would take a number now); from 15/12 they are."""
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    for day, expected in ((dt.date(2026, 12, 3), False), (dt.date(2026, 12, 15), True)):
        ctx = AppContext(ui_ctx.db, ui_ctx.actor, clock=lambda day=day: day)
        agency.save_profile(ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Lâm Đồng"))
        page = ReportsPage(make_env(ctx))
        qtbot.addWidget(page)
        page.refresh()
        offered: list[str] = []
        fill_exec(monkeypatch, NewReportDialog, lambda d: offered.extend(d.period.itemData(i)
                                                                         for i in range(d.period.count())),
                  accept=False)
        assert page.create() is None
        assert ("2027-H1" in offered, "2027" in offered) == (expected, expected), (day, offered)
        assert "2026" in offered and "2026-H1" in offered and answers.errors == []
    assert reports.list_reports(ctx) == []


def test_when_every_report_is_made_the_period_preselected_has_begun(qtbot, ui_ctx, tmp_path, monkeypatch, answers):
    """QA 10 N1: every report up to 2026 made, on 03/12/2026 the dialog preselected 2027-H1, "due in 199 days", and
    refused it on OK."""
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    ctx = AppContext(ui_ctx.db, ui_ctx.actor, clock=lambda: dt.date(2026, 12, 3))
    agency.save_profile(ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Lâm Đồng"))
    for period in ("2025-H1", "2025", "2026-H1", "2026"):
        reports.create_report(ctx, period=period)
    # as in the demo commune, every one of them sent: the schedule's next report due is 2027-H1
    due = next(r for r in reports.due_reports(ctx, year=2027) if r.period == "2027-H1")
    monkeypatch.setattr(reports, "report_due_now", lambda _ctx: due)
    page = ReportsPage(make_env(ctx))
    qtbot.addWidget(page)
    page.refresh()
    chosen: list[str] = []
    fill_exec(monkeypatch, NewReportDialog, lambda d: chosen.append(d.period.currentData()), accept=False)
    page.create()
    assert chosen == ["2026"]  # the latest period begun, not one still to come
