"""The dates of records follow their story (QA M1, M2): a day something was done, verified, closed, approved
or sent is not in the future (the app's clock, ``ctx.today`` = 23/11/2026 here) nor before the thing it
follows; a due date is not before the start. A refused date changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from qms_desktop.domain.errors import ValidationError
from qms_desktop.services import audits, ncs, procedures, records, reviews
from qms_desktop.services.procedures import VersionInput

D = dt.date


def _refused(match: str, call, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError, match=match) as err:
        call(*args, **kwargs)
    return err.value


def _verified_nc(ctx):
    """NC 01/2026 detected 01/10/2026, its action done 10/10/2026, verified effective on 20/10/2026."""
    nc = ncs.open_nc(ctx, description="Hồ sơ trễ hạn", detected_date=D(2026, 10, 1))
    a = ncs.add_action(ctx, nc.id, description="Nhắc nhở công chức", due_date=D(2026, 10, 31))
    ncs.complete_action(ctx, a.id, done_date=D(2026, 10, 10))
    return nc, a


# ---------------------------------------------------------------- M1: verification and closing
def test_a_verification_in_the_future_is_refused_and_changes_nothing(ctx):
    nc, _a = _verified_nc(ctx)
    err = _refused(r"Verified on \(02/12/2062\) cannot be in the future: today is 23/11/2026", ncs.verify, ctx,
                   nc.id, verified_by="Phó Chủ tịch", verified_date="02/12/2062", effective=True)
    assert err.field == "verified_date"
    detail = ncs.get_nc(ctx, nc.id)
    assert (detail.verified_date, detail.verification_effective, detail.row.status) == (
        None, None, "awaiting_verification")
    ncs.verify(ctx, nc.id, verified_by="Phó Chủ tịch", verified_date="23/11/2026", effective=True)  # today: fine


def test_closing_is_dated_between_the_verification_and_today(ctx):
    nc, _a = _verified_nc(ctx)
    ncs.verify(ctx, nc.id, verified_by="Phó Chủ tịch", verified_date=D(2026, 10, 20), effective=True)
    for day, message in (
            ("01/01/2020", r"Closed on \(01/01/2020\) cannot be before Detected on \(01/10/2026\)"),
            ("05/10/2026", r"Closed on \(05/10/2026\) cannot be before Last action done on \(10/10/2026\)"),
            ("15/10/2026", r"Closed on \(15/10/2026\) cannot be before Verified on \(20/10/2026\)"),
            ("24/11/2026", r"Closed on \(24/11/2026\) cannot be in the future: today is 23/11/2026")):
        assert _refused(message, ncs.close_nc, ctx, nc.id, closed_date=day).field == "closed_date"
        row = ncs.get_nc(ctx, nc.id).row
        assert (row.status, row.closed_date) == ("awaiting_verification", None)
    assert ncs.close_nc(ctx, nc.id, closed_date="20/10/2026").closed_date == D(2026, 10, 20)


def test_closing_without_a_date_closes_today_not_on_a_later_verification(ctx):
    """The GUI's call: closed_date was max(verified, today), so a verification typed as 2062 closed it in 2062."""
    nc, _a = _verified_nc(ctx)
    ncs.verify(ctx, nc.id, verified_by="Phó Chủ tịch", verified_date=D(2026, 10, 20), effective=True)
    assert ncs.close_nc(ctx, nc.id).closed_date == D(2026, 11, 23)


# ---------------------------------------------------------------- M2: the other dates
def test_a_nonconformity_detected_in_the_future_is_refused_and_takes_no_number(ctx):
    err = _refused(r"Detected on \(30/11/2027\) cannot be in the future: today is 23/11/2026", ncs.open_nc, ctx,
                   description="Gõ nhầm năm", detected_date="30/11/2027")
    assert err.field == "detected_date"
    _refused("cannot be in the future", ncs.open_nc, ctx, description="Ngày mai", detected_date=D(2026, 11, 24))
    assert ncs.list_ncs(ctx) == []
    assert ncs.open_nc(ctx, description="Hôm nay", detected_date=D(2026, 11, 23)).number == "01/2026"
    assert ncs.open_nc(ctx, description="Năm sau?", detected_date=D(2026, 1, 5)).number == "02/2026"
    assert not ncs.list_ncs(ctx, year=2027)  # the 2027 register was never opened


def test_a_due_date_before_detection_is_refused_on_the_nc_and_its_actions(ctx):
    nc, a = _verified_nc(ctx)
    other = ncs.open_nc(ctx, description="Thiếu biểu mẫu", detected_date=D(2026, 11, 2))
    message = r"Due date \(01/01/2020\) cannot be before Detected on \(02/11/2026\)"
    assert _refused(message, ncs.add_action, ctx, other.id, description="x", due_date="01/01/2020").field == "due_date"
    assert ncs.get_nc(ctx, other.id).actions == () and ncs.get_nc(ctx, other.id).row.status == "open"
    _refused(message, ncs.update_nc, ctx, other.id, due_date="01/01/2020")
    action = ncs.add_action(ctx, other.id, description="Bổ sung biểu mẫu", due_date="30/11/2026")
    _refused(message, ncs.update_action, ctx, action.id, due_date="01/01/2020")
    assert ncs.get_nc(ctx, other.id).actions[0].due_date == D(2026, 11, 30)
    assert ncs.get_nc(ctx, other.id).row.due_date == D(2026, 11, 30)
    # a due date already past is allowed (an overdue action is recorded as such), if not before detection
    assert ncs.add_action(ctx, nc.id, description="Rà soát lại", due_date="02/10/2026").due_date == D(2026, 10, 2)


def test_a_review_output_is_done_between_the_review_and_today(ctx):
    r = reviews.create_review(ctx, date=D(2026, 10, 21), chair="Trần Văn Minh")
    o = reviews.add_output(ctx, r.id, kind="improvement", description="Số hóa hồ sơ", due_date=D(2026, 12, 31))
    reviews.hold_review(ctx, r.id, conclusion="Hệ thống phù hợp")
    for day, message in (("01/01/2001", r"Done on \(01/01/2001\) cannot be before Date of the management review \(21/10/2026\)"),
                         ("01/12/2026", r"Done on \(01/12/2026\) cannot be in the future: today is 23/11/2026")):
        assert _refused(message, reviews.complete_output, ctx, o.id, done_date=day).field == "done_date"
        assert reviews.get_review(ctx, r.id).outputs[0].done_date is None
    assert reviews.complete_output(ctx, o.id, done_date="21/10/2026").done_date == D(2026, 10, 21)


def test_a_review_output_is_not_due_before_the_review_that_decided_it(ctx):
    r = reviews.create_review(ctx, date=D(2026, 10, 21), chair="Trần Văn Minh")
    message = r"Due date \(01/01/2020\) cannot be before Date of the management review \(21/10/2026\)"
    assert _refused(message, reviews.add_output, ctx, r.id, kind="improvement", description="Số hóa hồ sơ",
                    due_date="01/01/2020").field == "due_date"
    assert reviews.get_review(ctx, r.id).outputs == ()
    o = reviews.add_output(ctx, r.id, kind="improvement", description="Số hóa hồ sơ", due_date="31/12/2027")
    _refused(message, reviews.update_output, ctx, o.id, due_date="01/01/2020")
    assert reviews.get_review(ctx, r.id).outputs[0].due_date == D(2027, 12, 31)  # a future due date is fine
    assert reviews.update_output(ctx, o.id, due_date="21/10/2026").due_date == D(2026, 10, 21)


def test_an_audit_report_is_approved_between_the_audit_and_today(ctx):
    lead = records.create(ctx, "staff", {"full_name": "Lê Văn Hùng", "is_auditor": True})
    a = audits.plan_audit(ctx, title="Đánh giá nội bộ 2026", planned_date=D(2026, 10, 5), lead_auditor_id=lead.id)
    _refused(r"Held until \(24/11/2026\) cannot be in the future", audits.complete_audit, ctx, a.id,
             start_date=D(2026, 11, 20), end_date=D(2026, 11, 24))
    audits.complete_audit(ctx, a.id, start_date=D(2026, 10, 5), end_date=D(2026, 10, 6))
    for day, message in (("01/01/2099", r"Approved on \(01/01/2099\) cannot be in the future: today is 23/11/2026"),
                         ("01/10/2026", r"Approved on \(01/10/2026\) cannot be before End of the audit \(06/10/2026\)")):
        assert _refused(message, audits.approve_report, ctx, a.id, approved_by="Trần Văn Minh",
                        approved_date=day).field == "approved_date"
        assert audits.get_audit(ctx, a.id).approved_date is None
    audits.approve_report(ctx, a.id, approved_by="Trần Văn Minh")
    assert audits.get_audit(ctx, a.id).approved_date == D(2026, 11, 23)


def test_a_procedure_version_is_signed_off_in_order_and_in_force_from_its_issue(ctx):
    p = procedures.create_procedure(ctx, code="QT-01/HT", title="Đăng ký khai sinh")
    # (a review before the drafting is refused when the draft is written: test_procedure_dates.py)
    v = procedures.add_version(ctx, p.id, VersionInput(issue_date="01/12/2026", drafted_date="15/09/2026",
                                                       reviewed_date="01/10/2026"))
    approve = dict(approved_by="Trần Văn Minh", approved_date="20/11/2026", effective_date="01/12/2026")
    assert _refused(r"Effective from \(01/06/2026\) cannot be before Issued on \(01/12/2026\)",
                    procedures.approve_version, ctx, v.id, **{**approve, "effective_date": "01/06/2026"}
                    ).field == "effective_date"
    for change, message in (
            ({"approved_date": "01/01/2020"}, r"Approved on \(01/01/2020\) cannot be before Drafted on \(15/09/2026\)"),
            ({"approved_date": "20/09/2026"}, r"Approved on \(20/09/2026\) cannot be before Reviewed on \(01/10/2026\)"),
            ({"approved_date": "01/12/2026"}, r"Approved on \(01/12/2026\) cannot be in the future: today is 23/11/2026")):
        _refused(message, procedures.approve_version, ctx, v.id, **{**approve, **change})
    assert procedures.get_procedure(ctx, p.id).versions[0].status == "draft"
    row = procedures.approve_version(ctx, v.id, **approve)  # approved now, in force from its issue in December
    assert (row.status, row.effective_date) == ("effective", D(2026, 12, 1))


def test_the_date_messages_read_in_vietnamese(ctx):
    from qms_desktop.cli import i18n as cli_i18n

    translate = cli_i18n.load("vi")
    nc, _a = _verified_nc(ctx)
    ncs.verify(ctx, nc.id, verified_by="Phó Chủ tịch", verified_date=D(2026, 10, 20), effective=True)
    future = _refused("in the future", ncs.close_nc, ctx, nc.id, closed_date="01/12/2026")
    assert future.render(translate) == ("Ngày đóng (01/12/2026) không thể là một ngày trong tương lai: hôm nay là "
                                        "ngày 23/11/2026.")
    early = _refused("before", ncs.close_nc, ctx, nc.id, closed_date="01/01/2020")
    assert early.render(translate) == "Ngày đóng (01/01/2020) không thể sớm hơn Ngày phát hiện (01/10/2026)."


def test_a_review_meets_at_a_time_of_day(ctx):
    """QA: '25:61', '8:' and '99:' were saved and printed in the minutes ("25 giờ 61"); QA 53 F8: "14h", as written
    in Vietnamese, was refused (the field's mask leaves "14:")."""
    for bad in ("25:61", "99:", "24:00", "ab:cd", "h30"):
        with pytest.raises(ValidationError, match="is not a time of day") as err:
            reviews.create_review(ctx, date=D(2026, 10, 21), time=bad, chair="Trần Văn Minh")
        assert err.value.field == "time"
    assert reviews.list_reviews(ctx) == []
    r = reviews.create_review(ctx, date=D(2026, 10, 21), time="8:5", chair="Trần Văn Minh")
    assert reviews.get_review(ctx, r.id).time == "08:05"
    for written, stored in (("14h", "14:00"), ("14:", "14:00"), ("14h30", "14:30"), ("7g30", "07:30"),
                            ("8 giờ", "08:00"), ("8:", "08:00")):
        assert reviews.update_review(ctx, r.id, time=written) and reviews.get_review(ctx, r.id).time == stored, written
    assert reviews.update_review(ctx, r.id, time=":") and reviews.get_review(ctx, r.id).time == "08:00"  # the blank mask
    with pytest.raises(ValidationError):
        reviews.update_review(ctx, r.id, time="14:75")
    assert reviews.get_review(ctx, r.id).time == "08:00"


def test_an_audit_takes_findings_from_the_day_it_begins(ctx):
    """QA: a finding went on an audit planned for next month, and raising its nonconformity then failed."""
    later = audits.plan_audit(ctx, title="Đánh giá đợt 2", planned_date="15/12/2026")
    with pytest.raises(ValidationError, match=r"begins on 15/12/2026"):
        audits.add_finding(ctx, later.id, kind="nonconform", description="Thiếu hồ sơ")
    assert audits.get_audit(ctx, later.id).findings == ()
    today = audits.plan_audit(ctx, title="Đánh giá đợt 1", planned_date="23/11/2026")
    assert audits.add_finding(ctx, today.id, kind="nonconform", description="Thiếu hồ sơ").kind == "nonconform"
