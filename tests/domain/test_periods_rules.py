import datetime as dt

import pytest

from qms_desktop.domain import rules
from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.periods import CALENDAR, DECREE_09, ReportPeriod, add_months, current_period, report_to_make
from qms_desktop.domain.steps import Step, fits, total_days
from qms_desktop.i18n import (
    decree30_date_line, render, format_date, format_number, format_percent, parse_date, set_number_language,
)

D = dt.date


def test_periods_decree09_and_calendar():
    h1 = ReportPeriod.parse("2026-H1")
    assert h1.bounds() == (D(2025, 12, 15), D(2026, 6, 14))
    assert h1.bounds(CALENDAR) == (D(2026, 1, 1), D(2026, 6, 30))
    year = ReportPeriod.parse("2026")
    assert year.bounds() == (D(2025, 12, 15), D(2026, 12, 14))
    assert (h1.file_tag, year.file_tag) == ("2026-6T", "2026-Nam")
    assert h1.due_date() == D(2026, 6, 20)
    assert current_period(D(2026, 11, 23)).code == "2026"
    assert current_period(D(2026, 3, 1)).code == "2026-H1"
    assert current_period(D(2026, 12, 20)).code == "2027-H1"


@pytest.mark.parametrize("bad", ["2026-H3", "26", "", "2026H1", "3000", "2026-H2", "2026 - h2"])
def test_period_refuses(bad):
    with pytest.raises(ValidationError):
        ReportPeriod.parse(bad)


def test_add_months_clamps():
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2025, 11, 30), 3) == D(2026, 2, 28)
    assert add_months(D(2026, 5, 15), 3) == D(2026, 8, 15)


def test_formats():
    assert format_date(D(2026, 6, 5)) == "05/06/2026"
    assert parse_date("5/6/2026") == D(2026, 6, 5)
    assert parse_date("2026-06-05") == D(2026, 6, 5)
    with pytest.raises(ValueError):
        parse_date("31/02/2026")
    assert format_number(1234567.5, 1) == "1.234.567,5"  # the default: Vietnamese
    assert format_percent(97.61) == "97,6%"
    set_number_language("en")  # the English interface's
    try:
        assert (format_number(1234567.5, 1), format_percent(97.61)) == ("1,234,567.5", "97.6%")
    finally:
        set_number_language("vi")
    assert decree30_date_line("Tân Phú", D(2026, 6, 5)) == "Tân Phú, ngày 05 tháng 6 năm 2026"
    assert decree30_date_line("Tân Phú", D(2026, 2, 15)) == "Tân Phú, ngày 15 tháng 02 năm 2026"


def test_steps_fit():
    steps = [Step(1, "Tiếp nhận", duration=4, duration_unit="hours"), Step(2, "Thẩm định", duration=2)]
    assert total_days(steps) == 2.5
    assert fits(steps, 3) is True
    assert fits(steps, 2) is False
    assert fits(steps, None) is None
    assert fits([Step(1, "Trả kết quả", duration=6, duration_unit="hours")], 0) is True  # same day


def _facts(**kw):
    return rules.Facts(today=D(2026, 11, 23), **kw)


def test_rule_yearly_audit_and_review():
    f = _facts(audit_dates=[D(2025, 10, 1)], review_dates=[D(2026, 3, 1)])
    kinds = {w.rule for w in rules.evaluate(f)}
    assert "audit_yearly" in kinds and "review_yearly" not in kinds
    w = next(w for w in rules.evaluate(f) if w.rule == "audit_yearly")
    assert w.due_date == D(2026, 12, 31)
    rolling = _facts(audit_dates=[D(2025, 10, 1)], yearly_rule="rolling12")
    w = next(w for w in rules.evaluate(rolling) if w.rule == "audit_yearly")
    assert w.due_date == D(2026, 10, 1) and w.overdue


def test_rule_legal_update_three_months():
    doc = rules.LegalDocFact(1, 7, "QT-01", "Nghị định 07/2025", D(2026, 9, 1), None)
    [w] = rules.legal_updates(_facts(legal_docs=[doc]))
    assert w.due_date == D(2026, 12, 1) and not w.overdue and w.record == "procedure:7"
    done = rules.LegalDocFact(1, 7, "QT-01", "x", D(2026, 1, 1), D(2026, 2, 1))
    assert rules.legal_updates(_facts(legal_docs=[done])) == []


def test_rule_reannouncement_and_coverage():
    tthc = [rules.TthcFact(1, "1.000001", "A", True, True, 3), rules.TthcFact(2, "1.000002", "B", True, False, 3),
            rules.TthcFact(3, "1.000003", "C", False, False, 3)]
    f = _facts(tthc=tthc, announced_codes=frozenset({"1.000001"}), announcement_id=4)
    [w] = rules.reannouncement(f)
    assert w.params == {"added": 1, "removed": 0}
    assert [x.params["code"] for x in rules.tthc_coverage(f)] == ["1.000002"]
    assert rules.reannouncement(_facts(tthc=tthc, announced_codes=frozenset({"1.000001", "1.000002"}))) == []


def test_rule_inspection_two_months_and_actions():
    ins = rules.InspectionFact(1, "Sở KH&CN", "12/BB", D(2026, 10, 10), None)
    [w] = rules.inspection_followup(_facts(inspections=[ins]))
    assert w.due_date == D(2026, 12, 10)
    actions = [rules.ActionFact("nc", 1, "01/2026", "Cập nhật", D(2026, 11, 1), None),
               rules.ActionFact("nc", 1, "01/2026", "Soon", D(2026, 11, 30), None),
               rules.ActionFact("nc", 1, "01/2026", "Later", D(2027, 1, 30), None),
               rules.ActionFact("nc", 1, "01/2026", "Done", D(2026, 1, 1), D(2026, 1, 2))]
    got = rules.open_actions(_facts(actions=actions))
    assert [(w.rule, w.params["description"]) for w in got] == [("overdue_action", "Cập nhật"), ("action_due_soon", "Soon")]


def test_an_open_action_says_what_it_belongs_to():
    """QA 12 F6: "Action overdue (15/03/2026): …" — the bracket held a review's date, read as the due date."""
    actions = [rules.ActionFact("review", 4, "15/03/2026", "Bổ sung máy scan", D(2026, 11, 1), None),
               rules.ActionFact("nc", 2, "03/2026", "Sửa biểu mẫu", D(2026, 11, 30), None)]
    texts = [w.message.format(**w.params) for w in rules.open_actions(_facts(actions=actions))]
    assert texts == ["Decision overdue (management review of 15/03/2026): Bổ sung máy scan",
                     "Corrective action due soon (nonconformity 03/2026): Sửa biểu mẫu"]


def test_evaluate_orders_overdue_first():
    f = _facts(actions=[rules.ActionFact("nc", 1, "x", "a", D(2026, 11, 30), None),
                        rules.ActionFact("nc", 1, "x", "b", D(2026, 1, 1), None)],
               objectives=[rules.ObjectiveFact(1, "≥ 98%", "2026-H1", False)])
    ws = rules.evaluate(f)
    assert ws[0].overdue and ws[0].params["description"] == "b"
    assert ws[-1].rule == "objective_unmet"


def test_a_due_date_before_the_periods_end_is_next_years_when_it_comes_soon_after_it():
    """QA 56 F2: calendar periods sent by 10 January were due on 10/01 of the period's own year (345 days overdue)."""
    year, h1 = ReportPeriod(2026, False), ReportPeriod(2026, True)
    assert year.due_date("06-20", "12-20") == D(2026, 12, 20)  # Decree 09: after the cut-off, the same year
    assert year.due_date("06-20", "01-10", CALENDAR) == D(2027, 1, 10)
    assert year.due_date("06-20", "01-10") == D(2027, 1, 10)  # Decree 09 too: 14/12 … 10/01
    assert h1.due_date("07-15", "01-10", CALENDAR) == D(2026, 7, 15)
    # a day before the end that is not followed soon after: the setting's own year (the report made on estimates)
    assert h1.due_date("06-20", "12-20", CALENDAR) == D(2026, 6, 20)
    assert ReportPeriod(2027, False).due_date("06-20", "02-29", CALENDAR) == D(2028, 2, 29)
    assert ReportPeriod(2026, False).due_date("06-20", "02-29", CALENDAR) == D(2027, 2, 28)


MADE = {"2025", "2026-H1"}  # the reports made before the year's


@pytest.mark.parametrize("today, reported, since, expected", [
    (D(2026, 12, 10), MADE, D(2025, 3, 1), "2026"),  # under way
    (D(2026, 12, 16), MADE, D(2025, 3, 1), "2026"),  # cut off on 14/12, due 20/12: still the year's (was 2027-H1)
    (D(2027, 1, 2), MADE, D(2025, 3, 1), "2026"),  # late
    (D(2027, 3, 25), MADE, D(2025, 3, 1), "2026"),  # however late (was 2027-H1 from about 21/03)
    (D(2027, 1, 2), MADE | {"2026"}, D(2025, 3, 1), "2027-H1"),  # made: the next one
    (D(2026, 12, 10), {"2025"}, D(2025, 3, 1), "2026-H1"),  # the six-month report never made: that one first
    (D(2026, 11, 20), set(), D(2026, 11, 1), "2026"),  # a new installation: the six-month report was made elsewhere
    (D(2026, 11, 20), set(), None, "2026"),  # nothing recorded yet
    (D(2026, 6, 17), {"2025"}, D(2025, 3, 1), "2026-H1"),  # June likewise
])
def test_the_report_to_make_is_the_ended_periods_until_it_is_made(today, reported, since, expected):
    assert report_to_make(today, DECREE_09, frozenset(reported), since).code == expected


def _report_warnings(today, reported=MADE, since=D(2025, 3, 1), **kw):
    facts = rules.Facts(today=today, reported_periods=frozenset(reported), in_use_since=since, **kw)
    return [(w.params["period"], w.due_date, w.overdue) for w in rules.report_due(facts)]


def test_the_report_due_is_a_warning_from_two_weeks_before_until_it_is_made():
    assert _report_warnings(D(2026, 12, 5)) == []  # 15 days before
    assert _report_warnings(D(2026, 12, 6)) == [("2026", D(2026, 12, 20), False)]
    assert _report_warnings(D(2026, 12, 16)) == [("2026", D(2026, 12, 20), False)]
    assert _report_warnings(D(2027, 1, 2)) == [("2026", D(2026, 12, 20), True)]
    assert _report_warnings(D(2027, 1, 2), reported=MADE | {"2026"}) == []
    assert _report_warnings(D(2027, 1, 2), since=None) == []  # nothing recorded: the year's report was not due here
    assert rules.report_due(rules.Facts(today=D(2027, 1, 2))) == []  # not known: no warning
    assert _report_warnings(D(2027, 1, 2), period_rule=CALENDAR, report_due_year="01-10") == [
        ("2026", D(2027, 1, 10), False)]
    [warning] = rules.report_due(rules.Facts(today=D(2027, 1, 2), reported_periods=frozenset(MADE),
                                             in_use_since=D(2025, 3, 1)))
    assert render(warning) == "The report on the year 2026 is to be sent by 20/12/2026; no version of it is " \
                               "finalised yet."


def test_a_year_without_an_audit_or_a_review_stays_overdue_until_its_annual_report_is_made():
    """QA 56 F3: on 01/01 "no internal audit in 2026" (due 31/12/2026) became "none yet in 2027" (due 31/12/2027)."""
    def yearly(today, reported=("2025",), since=D(2025, 3, 1)):
        facts = rules.Facts(today=today, audit_dates=[D(2025, 9, 16)], review_dates=[D(2026, 10, 21)],
                            reported_periods=frozenset(reported), in_use_since=since)
        return [(w.rule, w.params["year"], w.overdue) for w in rules.yearly_audit(facts) + rules.yearly_review(facts)]

    assert yearly(D(2026, 12, 31)) == [("audit_yearly", 2026, False)]
    assert yearly(D(2027, 1, 1)) == [("audit_yearly", 2026, True), ("audit_yearly", 2027, False),
                                     ("review_yearly", 2027, False)]  # the review was held in 2026
    assert yearly(D(2027, 1, 1), reported={"2025", "2026"}) == [("audit_yearly", 2027, False),
                                                               ("review_yearly", 2027, False)]
    assert yearly(D(2027, 1, 1), since=D(2027, 1, 1)) == [("audit_yearly", 2027, False), ("review_yearly", 2027, False)]
    assert yearly(D(2026, 12, 31), reported=()) == [("audit_yearly", 2026, False), ("review_yearly", 2025, True)]
    # set up on 28/12/2025, after the 2025 report was due (20/12): that report was made elsewhere, nothing asks for it
    # here, so no warning of 2025 that nothing could clear (review of the stop)
    assert yearly(D(2026, 3, 1), reported=(), since=D(2025, 12, 28)) == [("audit_yearly", 2026, False),
                                                                           ("review_yearly", 2026, False)]


def test_an_audit_still_planned_after_its_day_and_a_year_without_objectives_are_warnings():
    """QA 56 F6: on 02/01/2027 the audit planned for 31/12/2026 stayed "planned" and nothing pointed at it; the year
    began with no quality objective and only the dashboard's card said 0."""
    planned = [rules.PlannedAuditFact(4, "Đánh giá nội bộ bổ sung", D(2026, 12, 31)),
               rules.PlannedAuditFact(5, "Đánh giá nội bộ năm 2027", D(2027, 5, 10))]
    facts = rules.Facts(today=D(2027, 1, 2), planned_audits=planned, objectives_set=0)
    [late] = rules.planned_audit_passed(facts)
    assert (late.record, late.due_date, late.overdue) == ("audit:4", D(2026, 12, 31), True)
    assert render(late) == ("The internal audit 'Đánh giá nội bộ bổ sung' was planned for 31/12/2026: record it as "
                            "held, or move or cancel it.")
    [none] = rules.objectives_missing(facts)
    assert (none.params, none.due_date, none.overdue) == ({"year": 2027}, D(2027, 1, 31), False)
    assert rules.objectives_missing(rules.Facts(today=D(2027, 2, 1), objectives_set=0))[0].overdue
    assert rules.objectives_missing(rules.Facts(today=D(2027, 1, 2), objectives_set=3)) == []
    assert rules.objectives_missing(rules.Facts(today=D(2027, 1, 2))) == []  # not known


def test_last_years_objectives_without_their_result_for_the_year_are_asked_for_until_its_report_is_made():
    """QA 56 F6: on 01/01 the warning of an objective not met in the first half went with the year, and nothing asked
    for the results of the year itself."""
    def results(today, n=2, reported=MADE, since=D(2025, 3, 1)):
        facts = rules.Facts(today=today, reported_periods=frozenset(reported), in_use_since=since,
                            last_year_unmeasured=n)
        return [(w.params["n"], w.params["year"], w.due_date, w.overdue) for w in rules.last_year_results(facts)]

    assert results(D(2027, 1, 2)) == [(2, 2026, D(2026, 12, 20), True)]
    assert results(D(2027, 1, 2), reported=MADE | {"2026"}) == []  # the year's report made: no more
    assert results(D(2027, 1, 2), n=0) == []
    assert results(D(2027, 1, 2), since=D(2026, 12, 28)) == []  # set up after it was due: made elsewhere
    assert rules.last_year_results(rules.Facts(today=D(2027, 1, 2))) == []  # not known
