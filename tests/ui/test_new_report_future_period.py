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


def test_a_period_not_begun_is_refused_with_its_start(qtbot, ui_ctx, tmp_path, monkeypatch, answers):
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    ctx = AppContext(ui_ctx.db, ui_ctx.actor, clock=lambda: dt.date(2026, 12, 3))
    agency.save_profile(ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Lâm Đồng"))
    page = ReportsPage(make_env(ctx))
    qtbot.addWidget(page)
    page.refresh()
    offered: list[str] = []

    def choose(d: NewReportDialog) -> None:
        offered.extend(d.period.itemData(i) for i in range(d.period.count()))
        d.period.setCurrentIndex(d.period.findData("2027-H1"))
    fill_exec(monkeypatch, NewReportDialog, choose)
    assert page.create() is None
    assert "2027-H1" in offered
    assert answers.errors == ["The report period (six months of 2027) has not begun: it starts on 15/12/2026. "
                              "Its report can be made from that day."]
    assert reports.list_reports(ctx) == []
