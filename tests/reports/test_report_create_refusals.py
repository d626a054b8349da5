"""Refusals of `report create` and of a taken number, in words the clerk reads (QA F11, F9):
a report whose period has not begun is not made (its number would come from this year's register), an existing
report is named by its document number and its id ("mã 3", not "số 3"), and a taken number says which report
holds it (not "report:3")."""

from __future__ import annotations

import datetime as dt

import pytest
from report_helpers import finalize

from qms_desktop.cli import i18n as cli_i18n
from qms_desktop.domain.errors import ValidationError
from qms_desktop.services import agency, reports
from qms_desktop.services.context import AppContext
from qms_desktop.storage import orm


def _on(ctx: AppContext, day: dt.date) -> AppContext:
    return AppContext(ctx.db, ctx.actor, lambda: day)


def _register_size(commune) -> int:
    with commune.leader.tx("read") as s:
        return s.query(orm.DocumentNumber).count()


def test_a_report_whose_period_has_not_begun_is_refused_naming_its_start(commune):
    clerk = _on(commune.secretary, dt.date(2026, 12, 3))
    before = _register_size(commune)
    for period in ("2027", "2027-H1"):  # both start on 15/12/2026 (Decree 09's cut-off)
        with pytest.raises(ValidationError) as caught:
            reports.create_report(clerk, period=period)
        assert caught.value.field == "period"
        assert "has not begun: it starts on 15/12/2026" in caught.value.render()
    vi = caught.value.render(cli_i18n.load("vi"))
    assert "Kỳ báo cáo sáu tháng đầu năm 2027 chưa bắt đầu" in vi and "15/12/2026" in vi
    assert reports.list_reports(commune.leader) == [] and _register_size(commune) == before  # nothing taken
    # from the first day of the period it is made, with this year's number
    row = reports.create_report(_on(commune.secretary, dt.date(2026, 12, 15)), period="2027")
    assert row.period == "2027"


def test_the_start_follows_the_agencys_period_rule(commune):
    agency.set_setting(commune.leader, "period_rule", "calendar")
    with pytest.raises(ValidationError, match="starts on 01/01/2027"):
        reports.create_report(_on(commune.secretary, dt.date(2026, 12, 20)), period="2027")
    assert reports.create_report(_on(commune.secretary, dt.date(2027, 1, 1)), period="2027").period == "2027"


def test_an_existing_report_is_named_by_its_number_and_its_id(commune):
    row = reports.create_report(commune.secretary, period="2026-H1")
    with pytest.raises(ValidationError) as caught:
        reports.create_report(commune.secretary, period="2026-H1")
    assert caught.value.render() == (f"A report for first six months of 2026 already exists: 01/BC-UBND (id {row.id}); "
                                     "open it, or make a corrected version of it.")
    assert f"Đã có báo cáo sáu tháng đầu năm 2026: số 01/BC-UBND (mã {row.id})" in caught.value.render(
        cli_i18n.load("vi"))


def test_a_taken_number_says_which_report_holds_it(commune):
    first = reports.create_report(commune.secretary, period="2026-H1")
    with pytest.raises(ValidationError) as caught:
        reports.create_report(commune.secretary, period="2025", number=1)
    text = caught.value.render()
    assert f"01/BC-UBND of 2026 is already used for the report for first six months of 2026 (id {first.id})" in text
    assert "report:" not in text
    vi = caught.value.render(cli_i18n.load("vi"))
    assert f"Số 01/BC-UBND năm 2026 đã được dùng cho báo cáo sáu tháng đầu năm 2026 (mã {first.id})" in vi
    finalize(commune, first.id, date="22/06/2026")
    corrected = reports.correct_report(commune.secretary, first.id)
    with pytest.raises(ValidationError) as caught:
        reports.update_report(commune.secretary, corrected.id, number=1)
    assert f"already used for the report for first six months of 2026 (id {first.id})" in caught.value.render()
    with pytest.raises(ValidationError) as caught:
        reports.create_report(commune.secretary, period="2025", number=corrected.number)
    assert (f"already used for version 2 of the report for first six months of 2026 (id {corrected.id})"
            in caught.value.render())
    assert f"phiên bản 2 của báo cáo sáu tháng đầu năm 2026 (mã {corrected.id})" in caught.value.render(
        cli_i18n.load("vi"))
