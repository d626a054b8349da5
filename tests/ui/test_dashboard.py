"""The dashboard page on the demo commune: warnings with their dates and colours, figures, charts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt

from qms_desktop.i18n import render
from qms_desktop.services import ncs, records
from qms_desktop.services.warnings import current_warnings
from qms_desktop.ui.main_window import MainWindow
from qms_desktop.ui.pages.dashboard import AMBER, RED, DashboardPage


def make_window(qtbot, env) -> MainWindow:
    w = MainWindow(env, db_path=env.ctx.db.path)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def row_of(page: DashboardPage, prefix: str) -> int:
    for r in range(page.warnings.rowCount()):
        if (page.warnings.item(r, 0).data(Qt.ItemDataRole.UserRole + 1) or "").startswith(prefix):
            return r
    raise AssertionError(f"no warning for {prefix}")


def test_dashboard_lists_the_demo_warnings_with_colours(qtbot, demo_env):
    window = make_window(qtbot, demo_env)
    page = window.pages["dashboard"]
    assert window.current_page() is page
    expected = current_warnings(demo_env.ctx)
    assert expected, "the demo commune has warnings"
    assert page.warnings.rowCount() == len(expected)
    assert f"Warnings: {len(expected)}" in page.warnings_box.title()
    for r, w in enumerate(expected):
        due_cell = page.warnings.item(r, 0)
        colour = due_cell.foreground().color().name()
        if w.overdue:
            assert colour == RED and "(overdue)" in due_cell.text()
        elif w.due_date and (w.due_date - demo_env.ctx.today).days <= 14:
            assert colour == AMBER
        if w.due_date:
            assert due_cell.text().startswith(w.due_date.strftime("%d/%m/%Y"))
    assert any(w.overdue for w in expected)


def test_opening_a_warning_goes_to_its_record(qtbot, demo_env):
    window = make_window(qtbot, demo_env)
    page = window.pages["dashboard"]
    warning = next(w for w in current_warnings(demo_env.ctx) if w.record.startswith("inspection:"))
    inspection_id = int(warning.record.split(":")[1])
    r = row_of(page, "inspection:")
    page.warnings.setCurrentCell(r, 1)
    page.warnings.setFocus()
    qtbot.keyClick(page.warnings, Qt.Key.Key_Return)  # Enter opens, like a double-click
    inspections = window.pages["inspections"]
    assert window.current_page() is inspections
    assert inspections.lists["external_inspection"].table.current_row().id == inspection_id

    window.show_page("dashboard")
    page.open_warning(row_of(page, "announcement"))
    assert window.current_page() is window.pages["announcements"]


def test_figures_and_charts(qtbot, demo_env):
    window = make_window(qtbot, demo_env)
    page = window.pages["dashboard"]
    d = page.data
    assert page.cards["ncs"].value.text() == str(d.ncs_open)
    assert page.cards["actions"].value.text() == str(d.overdue_actions)
    assert page.cards["tthc"].value.text() == str(d.tthc_in_scope)
    assert f"of {d.tthc_total}" in page.cards["tthc"].detail.text()
    assert "20/12/2026" in page.period_line.text()  # the annual report of the demo's 23/11/2026
    # "3/5 met" is of the latest results: the card says whose (the year's come only in December)
    assert d.objectives_latest_period == "2026-H1"
    assert page.cards["objectives"].detail.text() == f"{d.objectives_total} objectives set for 2026; results of first six months of 2026"
    unmet = next(w for w in d.warnings if w.rule == "objective_unmet")
    assert render(unmet, QCoreApplication.translate).startswith("Quality objective not met in first six months of 2026: ")
    assert page.nc_chart.stack.currentWidget() is page.nc_chart.view
    series = page.nc_chart.view.chart().series()[0]
    assert [series.barSets()[0].at(i) for i in range(4)] == [float(n) for _c, n in reversed(d.ncs_by_status)]
    rates = page.rate_chart.view.chart().series()[0].barSets()[0]
    assert rates.count() == len([p for p in d.rates if p.rate is not None]) > 0


def test_dashboard_refreshes_after_a_change_elsewhere(qtbot, env):
    window = make_window(qtbot, env)
    page = window.pages["dashboard"]
    assert page.cards["ncs"].value.text() == "0"
    assert page.nc_chart.stack.currentWidget() is page.nc_chart.empty  # nothing to draw yet
    nc = ncs.open_nc(env.ctx, description="Hồ sơ trễ hạn", detected_date=env.ctx.today)
    env.events.changed({"nonconformity"}, None)
    assert page.cards["ncs"].value.text() == "1"
    assert page.nc_chart.stack.currentWidget() is page.nc_chart.view
    assert nc.number.endswith("/2026")
    records.create(env.ctx, "service_stat", {"period_start": env.ctx.today.replace(month=1, day=1),
                                             "period_end": env.ctx.today, "received": 10, "on_time": 9, "late": 1})
    env.events.changed({"service_stat"}, None)
    assert page.rate_chart.stack.currentWidget() is page.rate_chart.view
    # QA 18 F1: a petition from before the period, still unanswered, waits too, and the card says where it is from
    records.create(env.ctx, "petition", {"received_date": dt.date(2025, 11, 3), "category": "feedback",
                                         "channel": "direct", "summary": "Đường liên thôn",
                                         "due_date": dt.date(2025, 11, 13)})
    env.events.changed({"petition"}, None)
    assert page.cards["petitions"].value.text() == "0"
    assert page.cards["petitions"].detail.text() == "1 awaiting an answer (1 from earlier periods)"


def test_the_figures_are_read_off_the_gui_thread_and_the_window_waits_for_them_to_close(qtbot, demo_env, monkeypatch):
    """Issue 19: the window is painted before the period's facts are read (seconds on a large commune): the
    dashboard says it is reading, a worker thread gathers, the figures follow; closing the window waits
    for that read, so the database is never closed under it."""
    import threading

    from qms_desktop.services import dashboard
    from qms_desktop.ui.runner import JobRunner

    gathered_on: list[threading.Thread] = []
    release = threading.Event()
    real = dashboard.gather

    def slow_gather(ctx, today=None):
        gathered_on.append(threading.current_thread())
        release.wait(10)  # still reading while the window is painted
        return real(ctx, today)

    monkeypatch.setattr(dashboard, "gather", slow_gather)
    demo_env.runner = JobRunner()
    window = make_window(qtbot, demo_env)
    page = window.pages["dashboard"]
    window.grab()  # painted while the figures are still being read
    assert page.data is None and page.period_line.text() == page.tr("Reading the figures…")
    assert page.warnings.rowCount() == 0
    release.set()
    qtbot.waitUntil(lambda: page.data is not None, timeout=15000)
    assert gathered_on and gathered_on[0] is not threading.main_thread()
    assert page.warnings.rowCount() == len(current_warnings(demo_env.ctx))
    # a second read under way when the window closes: the close waits for it, then the database can go
    release.clear()
    page.refresh()
    qtbot.wait(50)
    assert demo_env.runner._pool.activeThreadCount() == 1
    timer = threading.Timer(0.3, release.set)
    timer.start()
    window.close()
    # the close returned only after the read ended and its figures were delivered (or dropped) here
    assert release.is_set()
    assert demo_env.runner._pool.activeThreadCount() == 0 and not demo_env.runner._running
    timer.join()


def test_two_periods_ending_in_one_month_each_get_their_own_bar(qtbot, env):
    """QA 16 F4: after a merge, 15/06–30/06/2025 beside a period ending 14/06/2025: the chart's axis dropped the
    repeated '06/2025', the bars and the labels fell out of step ('12/2025 100%') and the last period had none."""
    from qms_desktop.ui.pages.stats_page import StatsPage

    for start, end, on_time, late in ((dt.date(2024, 12, 15), dt.date(2025, 6, 14), 398, 2),
                                      (dt.date(2025, 6, 15), dt.date(2025, 6, 30), 51, 0),
                                      (dt.date(2025, 7, 1), dt.date(2025, 12, 14), 995, 5)):
        records.create(env.ctx, "service_stat", {"period_start": start, "period_end": end, "received": on_time + late,
                                                 "on_time": on_time, "late": late})
    page = StatsPage(env)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    chart = page.chart.view.chart()
    bars = chart.series()[0].barSets()[0]
    labels = page.chart._category_axis.categories()
    assert labels == ["14/06/2025", "30/06/2025", "12/2025"]
    assert [bars.at(i) for i in range(bars.count())] == [99.5, 100.0, 99.5]
    window = make_window(qtbot, env)
    dash = window.pages["dashboard"]
    assert dash.rate_chart._category_axis.categories()[-3:] == labels


def test_the_years_report_stays_the_next_report_after_its_cut_off_until_it_is_made(qtbot, demo_db):
    """QA 56 F1: from 15/12 the dashboard named June's report (due in 186 days) while the year's, due on 20/12 and not
    made, was said nowhere; on 02/01 it was 13 days late and still unsaid. The Enter key on its warning opens the
    reports page."""
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.pages.base import UiEnv
    from qms_desktop.ui.runner import SynchronousRunner

    def window_on(day: dt.date) -> MainWindow:
        ctx = AppContext(demo_db, Actor("lanhdao", "leader", "Trần Quốc Bảo"), clock=lambda: day)
        return make_window(qtbot, UiEnv(ctx, SynchronousRunner(), AppEvents()))

    window = window_on(dt.date(2026, 12, 16))
    page = window.pages["dashboard"]
    assert page.period_line.text() == ("Next report: the year 2026 (15/12/2025 – 14/12/2026), to be sent by 20/12/2026 "
                                       "— in 4 days.")
    r = row_of(page, "report:")
    assert page.warnings.item(r, 0).foreground().color().name() == AMBER
    assert "The report on the year 2026 is to be sent by 20/12/2026" in page.warnings.item(r, 1).text()
    window.close()

    window = window_on(dt.date(2027, 1, 2))
    page = window.pages["dashboard"]
    assert page.period_line.text().endswith("to be sent by 20/12/2026 — 13 days overdue.")
    r = row_of(page, "report:")
    assert page.warnings.item(r, 0).foreground().color().name() == RED
    page.warnings.setCurrentCell(r, 1)
    page.warnings.setFocus()
    qtbot.keyClick(page.warnings, Qt.Key.Key_Return)
    assert window.current_page() is window.pages["reports"]


def test_a_window_left_open_across_midnight_shows_the_new_day(qtbot, demo_db):
    """QA 56 F4: at 00:00:01 on 01/01 and after switching pages the dashboard still counted the days from 31/12 (the
    pages refreshed only on a change of data)."""
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.pages.base import UiEnv
    from qms_desktop.ui.runner import SynchronousRunner

    day = [dt.date(2026, 12, 31)]
    ctx = AppContext(demo_db, Actor("lanhdao", "leader", "Trần Quốc Bảo"), clock=lambda: day[0])
    window = make_window(qtbot, UiEnv(ctx, SynchronousRunner(), AppEvents()))
    page = window.pages["dashboard"]
    assert page.period_line.text().endswith("11 days overdue.")
    window.show_page("procedures")
    day[0] = dt.date(2027, 1, 1)
    window._day_timer.setInterval(20)  # the minute's check, sooner
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.period_line.text().endswith("12 days overdue."), timeout=3000)
    assert not window.check_day()  # once a day


def test_a_warning_due_today_says_so(qtbot, env):
    """QA 63 F2: a row due on the day itself read "(due soon)"."""
    nc = ncs.open_nc(env.ctx, description="Hồ sơ trễ hạn", detected_date=env.ctx.today)
    ncs.add_action(env.ctx, nc.id, description="Bổ sung phiếu kiểm soát", owner="Lê Thị Cúc", due_date=env.ctx.today)
    window = make_window(qtbot, env)
    page = window.pages["dashboard"]
    due = [page.warnings.item(r, 0).text() for r in range(page.warnings.rowCount())
           if page.warnings.item(r, 0).text().startswith(env.ctx.today.strftime("%d/%m/%Y"))]
    assert due and all("(due today)" in text and "(due soon)" not in text for text in due), due
