"""The report's lifecycle and figures, on a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from report_helpers import finalize

from qms_desktop.domain.errors import PermissionDenied, ValidationError
from qms_desktop.reports.report_data import ReportData
from qms_desktop.services import agency, ncs, records, reports
from qms_desktop.storage import orm


def test_create_proposes_the_next_number_of_the_register(commune):
    with commune.leader.tx("edit") as s:  # the clerk's register already holds 04/BC-UBND this year
        s.add(orm.DocumentNumber(year=2026, symbol="BC-UBND", number=4, used_for="other:dispatch"))
    assert reports.propose_number(commune.leader) == 5
    row = reports.create_report(commune.secretary, period="2026-H1")
    assert (row.number, row.number_text, row.status, row.version) == (5, "05/BC-UBND", "draft", 1)
    with commune.leader.tx("read") as s:
        entry = s.scalar(select(orm.DocumentNumber).where(orm.DocumentNumber.number == 5))
        assert entry.used_for == f"report:{row.id}" and entry.year == 2026


def test_a_confirmed_number_is_used_and_a_taken_one_refused(commune):
    with commune.leader.tx("edit") as s:
        s.add(orm.DocumentNumber(year=2026, symbol="BC-UBND", number=7, used_for="other:plan"))
    with pytest.raises(ValidationError) as err:
        reports.create_report(commune.secretary, period="2026-H1", number=7)
    assert "07/BC-UBND" in err.value.render() and "already used" in err.value.render()
    assert reports.list_reports(commune.leader) == []  # nothing written
    row = reports.create_report(commune.secretary, period="2026-H1", number=9)
    assert row.number_text == "09/BC-UBND"
    with pytest.raises(ValidationError):
        reports.create_report(commune.secretary, period="2026-H1")  # one report per period
    with pytest.raises(ValidationError):
        reports.create_report(commune.secretary, period="2026-H3")


def test_only_a_leader_finalises_and_a_final_report_no_longer_changes(commune):
    row = reports.create_report(commune.secretary, period="2026-H1")
    reports.update_report(commune.secretary, row.id, shortcomings="Thiếu nhân lực.", plans="Đánh giá đợt 2.")
    with pytest.raises(PermissionDenied):
        reports.finalize_report(commune.secretary, row.id)
    with pytest.raises(PermissionDenied):
        reports.create_report(commune.viewer, period="2026")
    final = finalize(commune, row.id, date="20/06/2026")
    assert (final.status, final.date, final.finalized_by) == ("final", dt.date(2026, 6, 20), "chutich")
    with pytest.raises(ValidationError):
        reports.update_report(commune.secretary, row.id, plans="x")
    with pytest.raises(ValidationError):
        finalize(commune, row.id)
    sent = reports.mark_sent(commune.secretary, row.id, sent_date="21/06/2026")
    assert (sent.status, sent.sent_date) == ("sent", dt.date(2026, 6, 21))
    with pytest.raises(ValidationError, match=r"already marked as sent on 21/06/2026"):  # not "only a finalised…"
        reports.mark_sent(commune.secretary, row.id, sent_date="22/06/2026")
    assert reports.get_report(commune.secretary, row.id).row.sent_date == dt.date(2026, 6, 21)


def test_figures_of_the_period_follow_the_decree_09_cut_off(commune):
    row = reports.create_report(commune.secretary, period="2026-H1")
    data = reports.report_data(commune.leader, row.id)
    assert (data.period_start, data.period_end) == (dt.date(2025, 12, 15), dt.date(2026, 6, 14))
    m = {k: data.metric(k).value for k in ("received", "on_time", "late", "pending", "on_time_rate", "tthc_in_scope",
                                           "tthc_covered", "procedures_effective", "procedures_issued",
                                           "procedures_revised", "audits", "findings_nc", "findings_rec", "nc_opened",
                                           "nc_closed", "nc_open_end", "nc_overdue", "reviews", "trainings",
                                           "trainees", "objectives", "objectives_met", "satisfaction")}
    # Stats Dec 2025 (middle 16/12 → in), Q1, Apr–May; June (middle 15/06) belongs to the annual report.
    # Pending is a stock: the last row's (Apr–May), not the rows added up.
    assert (m["received"], m["on_time"], m["late"], m["pending"]) == (1282, 1252, 18, 3)
    assert m["on_time_rate"] == 98.5  # 1252/1270 = 98.58…%: floored, never rounded up (domain.rates)
    assert (m["tthc_in_scope"], m["tthc_covered"], m["procedures_effective"]) == (4, 2, 2)
    assert (m["procedures_issued"], m["procedures_revised"]) == (1, 1)  # QT-01 first issue, QT-02 version 2
    assert (m["audits"], m["findings_nc"], m["findings_rec"]) == (1, 1, 1)
    assert (m["nc_opened"], m["nc_closed"], m["nc_open_end"], m["nc_overdue"]) == (2, 1, 1, 1)
    assert (m["reviews"], m["trainings"], m["trainees"]) == (1, 2, 36)
    assert (m["objectives"], m["objectives_met"], m["satisfaction"]) == (3, 1, 93.5)
    assert [t.key for t in data.appendices] == ["procedures", "audits", "nonconformities", "objectives", "statistics",
                                                "statistics_by_field"]
    assert [p.code for p in data.parts] == ["I", "II", "III", "IV", "V"]
    assert data.parts[3].paragraphs == ("Không có.",)  # no plans written yet


def test_a_procedure_revised_twice_in_the_period_is_one_procedure_revised(commune):
    """QA 20 F1: the report says "sửa đổi, ban hành lại N quy trình": procedures, not versions."""
    from qms_desktop.services import procedures

    qt02 = commune.ids["procedures"]["QT-02/HT"]
    v3 = procedures.add_version(commune.leader, qt02, procedures.VersionInput(
        drafted_by="Hoàng Văn Đức", change_summary="Sửa lần hai theo văn bản mới"))
    procedures.approve_version(commune.leader, v3.id, approved_by="Nguyễn Văn An", approved_date="02/05/2026",
                               effective_date="02/05/2026")
    row = reports.create_report(commune.secretary, period="2026-H1")
    data = reports.report_data(commune.leader, row.id)
    assert (data.metric("procedures_issued").value, data.metric("procedures_revised").value) == (1, 1)
    assert any("sửa đổi, ban hành lại 1 quy trình" in p for part in data.parts for item in part.items
               for p in item.paragraphs)


def test_calendar_halves_are_a_setting(commune):
    agency.set_setting(commune.leader, "period_rule", "calendar")
    row = reports.create_report(commune.secretary, period="2026-H1")
    data = reports.report_data(commune.leader, row.id)
    assert (data.period_start, data.period_end) == (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    # Dec 2025 now belongs to 2025; June (01–30/06) runs past the draft's day (22/06): left out, and said so
    assert data.metric("received").value == 640 + 432
    assert any("06/2026" in p for part in data.parts for item in part.items for p in item.paragraphs)


def _more_in_the_first_quarter(commune, n: int) -> None:
    """The first quarter's statistics corrected: ``n`` more applications, settled on time."""
    q1 = next(r for r in records.list_records(commune.leader, "service_stat")
              if r.values["period_start"] == dt.date(2026, 1, 1))
    records.update(commune.leader, "service_stat", q1.id, {"received": q1.values["received"] + n,
                                                           "on_time": q1.values["on_time"] + n})


def test_a_finalised_report_stays_identical_when_records_change(commune):
    row = reports.create_report(commune.secretary, period="2026-H1")
    finalize(commune, row.id)
    frozen = reports.snapshot_bytes(commune.leader, row.id)
    before = reports.report_data(commune.leader, row.id)
    # The records change after finalising: a statistic corrected, an NC closed, the agency renamed.
    _more_in_the_first_quarter(commune, 999)
    nc2 = commune.ids["ncs"][1]
    act = ncs.get_nc(commune.leader, nc2).actions[0]
    ncs.complete_action(commune.leader, act.id, done_date="12/06/2026")
    profile = agency.get_profile(commune.leader)
    agency.save_profile(commune.leader, agency.AgencyProfile(**{**profile.__dict__, "head_name": "Người Khác"}))
    assert reports.snapshot_bytes(commune.leader, row.id) == frozen
    after = reports.report_data(commune.leader, row.id)
    assert after == before and after.to_json().encode() == frozen
    assert ReportData.from_json(frozen).to_json().encode() == frozen  # byte-stable round trip
    assert after.metric("received").value == 1282 and after.agency.head_name == "Nguyễn Văn An"


def test_a_correction_is_a_new_version_that_lists_what_changed(commune):
    row = reports.create_report(commune.secretary, period="2026-H1")
    reports.update_report(commune.secretary, row.id, shortcomings="Thiếu nhân lực.")
    finalize(commune, row.id, date="18/06/2026")
    with pytest.raises(ValidationError):
        reports.correct_report(commune.secretary, reports.create_report(commune.secretary, period="2026").id)
    _more_in_the_first_quarter(commune, 100)
    v2 = reports.correct_report(commune.secretary, row.id)
    assert (v2.version, v2.previous_id, v2.status, v2.number_text) == (2, row.id, "draft", "03/BC-UBND")
    with pytest.raises(ValidationError):
        reports.correct_report(commune.secretary, row.id)  # one open draft per period
    assert reports.get_report(commune.leader, v2.id).shortcomings == "Thiếu nhân lực."
    final = finalize(commune, v2.id)
    assert "Số hồ sơ TTHC tiếp nhận: 1.282 → 1.382" in final.changes_summary
    data = reports.report_data(commune.leader, v2.id)
    assert data.correction_of == "Báo cáo số 01/BC-UBND ngày 18/06/2026"
    assert data.changes_summary == final.changes_summary
    assert reports.report_data(commune.leader, row.id).metric("received").value == 1282  # v1 untouched


def test_due_dates_follow_the_settings(commune):
    agency.set_setting(commune.leader, "report_due_h1", "06-16")
    due = {d.period: d for d in reports.due_reports(commune.leader)}
    assert due["2026-H1"].due_date == dt.date(2026, 6, 16) and due["2026-H1"].overdue  # today is 18/06
    assert due["2026-H1"].status is None and due["2026"].due_date == dt.date(2026, 12, 20)
    row = reports.create_report(commune.secretary, period="2026-H1")
    finalize(commune, row.id)
    due = {d.period: d for d in reports.due_reports(commune.leader)}
    assert (due["2026-H1"].status, due["2026-H1"].report_id, due["2026-H1"].overdue) == ("final", row.id, False)
    assert due["2026-H1"].end == dt.date(2026, 6, 14)


def test_reports_are_listed_newest_period_first_in_time(commune):
    """The year's report ends after its first half: "2025" comes before "2025-H1", not after it as text."""
    for period in ("2025-H1", "2025", "2026-H1"):
        reports.create_report(commune.secretary, period=period)
    assert [r.period for r in reports.list_reports(commune.leader)] == ["2026-H1", "2025", "2025-H1"]
