"""Every edit form's save carries the version check: two officers (two connections, as from two PCs) load the
same record, both save, the second is refused (RecordChanged) and overwrites nothing; after a reload the save
goes through, and the history chain and row coverage stay healthy. On both engines (--engine=postgresql).

Each case says how the form loads the record (its stamps, as the dialog keeps them), how it saves a text,
and how the text is read back."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Callable

import pytest

from qms_desktop.domain.errors import RecordChanged, ValidationError
from qms_desktop.domain.steps import Step
from qms_desktop.i18n import identity_translate
from qms_desktop.services import (
    agency, audits, check, field_stats, history, ncs, objectives, procedures, records, reports, reviews,
)
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.storage.db import Database

D = dt.date(2026, 11, 23)


@pytest.fixture
def two(ctx):
    """Two officers on two separate connections to the same database (the first is ``ctx``'s)."""
    other = Database.open(ctx.db.url or ctx.db.path)
    lan = AppContext(ctx.db, Actor("lan", "secretary", "Nguyễn Thị Lan"), lambda: D)
    hung = AppContext(other, Actor("hung", "secretary", "Lê Văn Hùng"), lambda: D)
    yield lan, hung
    other.close()


@dataclass(frozen=True)
class Form:
    """setup(ctx) -> key; load(ctx, key) -> stamps the form keeps; save(ctx, key, text); read(ctx, key) -> text."""
    setup: Callable
    load: Callable
    save: Callable
    read: Callable


# ---------------------------------------------------------------- internal audits
def _audit(ctx):
    lead = records.create(ctx, "staff", {"full_name": "Lê Văn Hùng", "title": "Phó Chủ tịch UBND xã"})
    return audits.plan_audit(ctx, title="Đánh giá nội bộ năm 2026", planned_date=D, lead_auditor_id=lead.id).id


def _only(seq):
    assert len(seq) == 1, seq
    return seq[0]


AUDIT_PLAN = Form(
    _audit,
    lambda c, k: (audits.get_audit(c, k).stamp,),
    lambda c, k, text: audits.update_audit(c, k, purpose=text),
    lambda c, k: audits.get_audit(c, k).purpose)

AUDIT_HELD = Form(  # "record the audit as held" edits the report summary
    _audit,
    lambda c, k: (audits.get_audit(c, k).stamp,),
    lambda c, k, text: audits.complete_audit(c, k, start_date=D, report_summary=text),
    lambda c, k: audits.get_audit(c, k).report_summary)


def _leader(c: AppContext) -> AppContext:
    """The same officer (and the stamps her form keeps) as a leader: approving is a leader's."""
    return dataclasses.replace(c, actor=Actor(c.actor.username, "leader", c.actor.full_name))


def _held(ctx):
    a = _audit(ctx)
    audits.complete_audit(ctx, a, start_date=D, report_summary="Phù hợp cơ bản")
    return a


AUDIT_APPROVAL = Form(
    _held,
    lambda c, k: (audits.get_audit(c, k).stamp,),
    lambda c, k, text: audits.approve_report(_leader(c), k, approved_by=text),
    lambda c, k: audits.get_audit(c, k).approved_by)


def _checklist(ctx):
    a = _audit(ctx)
    audits.add_checklist_item(ctx, a, question="Hồ sơ có được lưu đúng quy định?", clause="7.5.3")
    return a


CHECKLIST_ITEM = Form(
    _checklist,
    lambda c, k: (_only(audits.get_audit(c, k).checklist).stamp,),
    lambda c, k, text: audits.update_checklist_item(c, _only(audits.get_audit(c, k).checklist).id, question=text),
    lambda c, k: _only(audits.get_audit(c, k).checklist).question)

CHECKLIST_RESULT = Form(  # the evidence typed in the checklist table
    _checklist,
    lambda c, k: (_only(audits.get_audit(c, k).checklist).stamp,),
    lambda c, k, text: audits.record_result(c, _only(audits.get_audit(c, k).checklist).id, result="conform", evidence=text),
    lambda c, k: _only(audits.get_audit(c, k).checklist).evidence)


def _finding(ctx):
    a = _audit(ctx)
    audits.add_finding(ctx, a, kind="recommend", description="Sổ theo dõi chưa ghi ngày trả kết quả")
    return a


FINDING = Form(
    _finding,
    lambda c, k: (_only(audits.get_audit(c, k).findings).stamp,),
    lambda c, k, text: audits.update_finding(c, _only(audits.get_audit(c, k).findings).id, description=text),
    lambda c, k: _only(audits.get_audit(c, k).findings).description)


def _programme(ctx):
    audits.save_programme(ctx, year=2026, objectives="Đánh giá toàn bộ hệ thống")
    return 2026


def _programme_row(c, year):
    return next(p for p in audits.list_programmes(c) if p.year == year)


PROGRAMME = Form(
    _programme,
    lambda c, k: (_programme_row(c, k).stamp,),
    lambda c, k, text: audits.save_programme(c, year=k, objectives=text),
    lambda c, k: _programme_row(c, k).objectives)


# ---------------------------------------------------------------- management reviews
def _review(ctx):
    return reviews.create_review(ctx, date=D, place="Hội trường UBND xã").id


REVIEW = Form(
    _review,
    lambda c, k: (reviews.get_review(c, k).stamp,),
    lambda c, k, text: reviews.update_review(c, k, place=text),
    lambda c, k: reviews.get_review(c, k).row.place)

REVIEW_HELD = Form(
    _review,
    lambda c, k: (reviews.get_review(c, k).stamp,),
    lambda c, k, text: reviews.hold_review(c, k, conclusion=text),
    lambda c, k: reviews.get_review(c, k).conclusion)

REVIEW_INPUTS = Form(  # the inputs tab saves the inputs changed on screen together: all or nothing
    _review,
    lambda c, k: (reviews.get_review(c, k).input_stamps["a"], reviews.get_review(c, k).input_stamps["f"]),
    lambda c, k, text: reviews.set_inputs(c, k, {"a": f"{text}: a", "f": text}),
    lambda c, k: reviews.get_review(c, k).inputs["f"] if reviews.get_review(c, k).inputs["a"].startswith(
        reviews.get_review(c, k).inputs["f"]) else "half-saved")

REVIEW_INPUT = Form(
    _review,
    lambda c, k: (reviews.get_review(c, k).input_stamps["f"],),
    lambda c, k, text: reviews.set_input(c, k, "f", text),
    lambda c, k: reviews.get_review(c, k).inputs["f"])


def _decision(ctx):
    r = reviews.create_review(ctx, date=D - dt.timedelta(days=7), place="Hội trường UBND xã").id  # done after it
    reviews.add_output(ctx, r, kind="improvement", description="Bố trí thêm người trực bộ phận một cửa")
    return r


DECISION = Form(
    _decision,
    lambda c, k: (_only(reviews.get_review(c, k).outputs).stamp,),
    lambda c, k, text: reviews.update_output(c, _only(reviews.get_review(c, k).outputs).id, description=text),
    lambda c, k: _only(reviews.get_review(c, k).outputs).description)

DONE_ON = {"Lan": D - dt.timedelta(days=1), "Hùng's": D - dt.timedelta(days=2), "Hùng, reloaded": D}  # who saved which date
DECISION_DONE = Form(
    _decision,
    lambda c, k: (_only(reviews.get_review(c, k).outputs).stamp,),
    lambda c, k, text: reviews.complete_output(c, _only(reviews.get_review(c, k).outputs).id, done_date=DONE_ON[text]),
    lambda c, k: {v: n for n, v in DONE_ON.items()}.get(_only(reviews.get_review(c, k).outputs).done_date))


# ---------------------------------------------------------------- nonconformities
def _nc_with_action(ctx):
    nc = ncs.open_nc(ctx, description="Hồ sơ trả kết quả trễ hạn", detected_date=D)
    ncs.add_action(ctx, nc.id, description="Nhắc việc hằng tuần", due_date=D + dt.timedelta(days=30))
    return nc.id


ACTION = Form(
    _nc_with_action,
    lambda c, k: (_only(ncs.get_nc(c, k).actions).stamp,),
    lambda c, k, text: ncs.update_action(c, _only(ncs.get_nc(c, k).actions).id, description=text),
    lambda c, k: _only(ncs.get_nc(c, k).actions).description)

ACTION_DONE = Form(
    _nc_with_action,
    lambda c, k: (_only(ncs.get_nc(c, k).actions).stamp,),
    lambda c, k, text: ncs.complete_action(c, _only(ncs.get_nc(c, k).actions).id, done_date=D, result=text),
    lambda c, k: _only(ncs.get_nc(c, k).actions).result)


def _nc_done(ctx):
    k = _nc_with_action(ctx)
    ncs.complete_action(ctx, _only(ncs.get_nc(ctx, k).actions).id, done_date=D, result="Đã nhắc việc")
    return k


VERIFICATION = Form(
    _nc_done,
    lambda c, k: (ncs.get_nc(c, k).stamp,),
    lambda c, k, text: ncs.verify(c, k, verified_by="Trần Văn Bình", verified_date=D, effective=True, note=text),
    lambda c, k: ncs.get_nc(c, k).verification_note)


# ---------------------------------------------------------------- procedures
def _draft(ctx):
    p = procedures.create_procedure(ctx, code="QT-01", title="Quy trình đăng ký khai sinh", kind="tthc")
    procedures.add_version(ctx, p.id, procedures.VersionInput(
        issue_date=D, steps=(Step(1, "Tiếp nhận hồ sơ", "Công chức một cửa", 0.5),)))
    return p.id


def _version(c, k):
    return _only(procedures.get_procedure(c, k).versions)


VERSION = Form(
    _draft,
    lambda c, k: (_version(c, k).stamp,),
    lambda c, k, text: procedures.update_version(c, _version(c, k).id, change_summary=text),
    lambda c, k: _version(c, k).change_summary)

STEPS = Form(  # the Steps tab: the version row and its step rows
    _draft,
    lambda c, k: (_version(c, k).stamp, _version(c, k).steps_stamp),
    lambda c, k, text: procedures.set_steps(c, _version(c, k).id, [Step(1, text, "Công chức một cửa", 0.5)]),
    lambda c, k: _only(_version(c, k).steps).action)


def _draft_without_steps(ctx):
    p = procedures.create_procedure(ctx, code="QT-02", title="Quy trình kiểm soát tài liệu", kind="system")
    procedures.add_version(ctx, p.id, procedures.VersionInput(issue_date=D))
    return p.id


STEPS_FROM_NONE = Form(  # both saw a draft without steps: the first one's steps are not replaced unseen
    _draft_without_steps,
    lambda c, k: (_version(c, k).stamp, _version(c, k).steps_stamp),
    lambda c, k, text: procedures.set_steps(c, _version(c, k).id, [Step(1, text, "Văn phòng", 1)]),
    lambda c, k: _only(_version(c, k).steps).action)


def _amendment(ctx):
    k = _draft(ctx)
    procedures.add_amendment(ctx, k, item="Bổ sung thành phần hồ sơ", version_number=1, date=D)
    return k


AMENDMENT = Form(
    _amendment,
    lambda c, k: (_only(procedures.get_procedure(c, k).amendments).stamp,),
    lambda c, k, text: procedures.update_amendment(c, _only(procedures.get_procedure(c, k).amendments).id, item=text),
    lambda c, k: _only(procedures.get_procedure(c, k).amendments).item)


# ---------------------------------------------------------------- objectives, the agency profile, settings
def _objective(ctx):
    o = records.create(ctx, "objective", {"year": 2026, "text": "Giải quyết hồ sơ đúng hạn", "target": 98,
                                          "comparison": ">=", "unit": "%"})
    objectives.record_result(ctx, o.id, period="2026-H1", value=97, note="Sáu tháng đầu năm")
    return o.id


OBJECTIVE_RESULT = Form(
    _objective,
    lambda c, k: (_only(objectives.results(c, k)).stamp,),
    lambda c, k, text: objectives.record_result(c, k, period="2026-H1", value=len(text), note=text),
    lambda c, k: _only(objectives.results(c, k)).note)


def _profile(ctx):
    agency.save_profile(ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Đồng Nai"))
    return None


AGENCY_KEYS = ("website", "period_rule")
PROFILE = Form(
    _profile,
    lambda c, k: agency.edit_stamps(c, AGENCY_KEYS),
    lambda c, k, text: agency.save_profile(c, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú",
                                                                   head_name=text), {"website": "tanphu.gov.vn"}),
    lambda c, k: agency.get_profile(c).head_name)

PROFILE_SETTING = Form(  # a setting of the same tab changed by the other officer (the profile untouched)
    _profile,
    lambda c, k: agency.edit_stamps(c, AGENCY_KEYS),
    lambda c, k, text: agency.save_profile(c, agency.get_profile(c), {"website": text}),
    lambda c, k: agency.get_setting(c, "website"))

SIGNING = Form(
    lambda ctx: None,
    lambda c, k: agency.edit_stamps(c, ("pkcs11_library", "timestamp_url"), profile=False),
    lambda c, k, text: agency.set_settings(c, {"pkcs11_library": text, "timestamp_url": ""}),
    lambda c, k: agency.get_setting(c, "pkcs11_library"))

# ---------------------------------------------------------------- the report draft, service statistics per field
REPORT = Form(
    lambda ctx: (_profile(ctx), reports.create_report(ctx, period="2026").id)[1],
    lambda c, k: (reports.get_report(c, k).stamp,),
    lambda c, k, text: reports.update_report(c, k, plans=text),
    lambda c, k: reports.get_report(c, k).plans)


def _stat(ctx):
    stat = records.create(ctx, "service_stat", {"period_start": dt.date(2025, 12, 15), "period_end": dt.date(2026, 6, 14),
                                                 "received": 1, "on_time": 1})
    field_stats.set_field_stats(ctx, stat.id, [{"field": "Hộ tịch", "received": 10, "on_time": 10}])
    return stat.id


RECEIVED = {"Lan": 20, "Hùng's": 30, "Hùng, reloaded": 40}
FIELD_STATS = Form(
    _stat,
    lambda c, k: field_stats.get_field_stats(c, k).stamps,
    lambda c, k, text: field_stats.set_field_stats(c, k, [{"field": "Hộ tịch", "received": RECEIVED[text],
                                                           "on_time": RECEIVED[text]}]),
    lambda c, k: {v: n for n, v in RECEIVED.items()}.get(_only(field_stats.get_field_stats(c, k).lines).received))

def _stat_without_lines(ctx):
    return records.create(ctx, "service_stat", {"period_start": dt.date(2025, 12, 15), "period_end": dt.date(2026, 6, 14),
                                                "received": 1, "on_time": 1}).id


FIELD_STATS_FROM_NONE = Form(  # both saw a period without lines per field
    _stat_without_lines,
    lambda c, k: field_stats.get_field_stats(c, k).stamps,
    lambda c, k, text: field_stats.set_field_stats(c, k, [{"field": text, "received": 1, "on_time": 1}]),
    lambda c, k: _only(field_stats.get_field_stats(c, k).lines).field)

FIELD_STATS_ADDED = Form(  # the other officer only added a field: the lines the form showed are unchanged
    _stat,
    lambda c, k: field_stats.get_field_stats(c, k).stamps,
    lambda c, k, text: field_stats.set_field_stats(c, k, [{"field": "Hộ tịch", "received": 10, "on_time": 10},
                                                          {"field": text, "received": 1, "on_time": 1}]),
    lambda c, k: field_stats.get_field_stats(c, k).lines[-1].field)

FORMS = {
    "report-draft": REPORT,  # (the audit's approval: once given it no longer changes, test_audit_report_rules) "field-stats": FIELD_STATS,
    "field-stats-added": FIELD_STATS_ADDED, "field-stats-from-none": FIELD_STATS_FROM_NONE,
    "procedure-steps-from-none": STEPS_FROM_NONE,
    "audit-plan": AUDIT_PLAN, "audit-held": AUDIT_HELD, "checklist-item": CHECKLIST_ITEM,
    "checklist-result": CHECKLIST_RESULT, "finding": FINDING, "audit-programme": PROGRAMME,
    "review": REVIEW, "review-held": REVIEW_HELD, "review-input": REVIEW_INPUT, "review-inputs": REVIEW_INPUTS, "review-decision": DECISION,
    "review-decision-done": DECISION_DONE, "nc-action": ACTION, "nc-action-done": ACTION_DONE,
    "nc-verification": VERIFICATION, "procedure-version": VERSION, "procedure-steps": STEPS,
    "amendment": AMENDMENT, "objective-result": OBJECTIVE_RESULT, "agency-profile": PROFILE,
    "agency-setting": PROFILE_SETTING, "signing-settings": SIGNING,
}


@pytest.mark.parametrize("name", list(FORMS))
def test_second_save_of_an_edit_form_is_refused_and_nothing_overwritten(two, name):
    form = FORMS[name]
    lan, hung = two
    key = form.setup(lan)
    seen_lan, seen_hung = form.load(lan, key), form.load(hung, key)  # both open the form
    assert seen_lan and all(s is not None for s in seen_lan), seen_lan  # "" = a setting not stored yet
    assert seen_lan == seen_hung

    form.save(lan.editing(*seen_lan), key, "Lan")  # Lan saves first: it goes through
    assert form.read(hung, key) == "Lan"
    count = history.count_changes(lan)
    with pytest.raises(RecordChanged) as err:
        form.save(hung.editing(*seen_hung), key, "Hùng's")
    assert "Someone else changed this record" in err.value.render(identity_translate)
    after_refusal = form.read(lan, key)
    assert after_refusal == form.read(hung, key)
    assert "Hùng" not in after_refusal  # Lan's save stands
    assert history.count_changes(lan) == count  # the refused save logged nothing

    form.save(hung.editing(*form.load(hung, key)), key, "Hùng, reloaded")  # reloaded, his save goes through
    assert form.read(lan, key) == "Hùng, reloaded"
    report = check.check_database(lan.db)
    assert report.history_ok and not report.problems, report.problems


def test_a_result_recorded_meanwhile_for_a_period_the_form_saw_empty_is_not_overwritten(two):
    """The objective's result dialog: both see no result for the period; the second save is refused."""
    lan, hung = two
    o = records.create(lan, "objective", {"year": 2026, "text": "Giải quyết hồ sơ đúng hạn", "target": 98,
                                          "comparison": ">=", "unit": "%"})
    assert objectives.results(lan, o.id) == objectives.results(hung, o.id) == []
    objectives.record_result(lan, o.id, period="2026", value=99, note="Cả năm", new=True)
    with pytest.raises(RecordChanged):
        objectives.record_result(hung, o.id, period="2026", value=90, note="Ước tính", new=True)
    assert [(r.value, r.note) for r in objectives.results(hung, o.id)] == [(99, "Cả năm")]
    objectives.record_result(hung, o.id, period="2026", value=90, note="Ước tính")  # the CLI: record or correct
    assert [r.value for r in objectives.results(lan, o.id)] == [90]


def test_a_form_saves_again_after_its_own_save_once_reloaded_and_stale_stamps_never_pass(two):
    """The stamp follows each save: the same officer's second save with the stamp of before her first is refused
    too (a form must reload after saving; the pages do)."""
    lan, _hung = two
    k = _checklist(lan)
    first = _only(audits.get_audit(lan, k).checklist)
    audits.update_checklist_item(lan.editing(first.stamp), first.id, question="Câu hỏi một")
    with pytest.raises(RecordChanged):
        audits.update_checklist_item(lan.editing(first.stamp), first.id, question="Câu hỏi hai")
    fresh = _only(audits.get_audit(lan, k).checklist)
    audits.update_checklist_item(lan.editing(fresh.stamp), first.id, question="Câu hỏi hai")
    assert _only(audits.get_audit(lan, k).checklist).question == "Câu hỏi hai"


def test_a_draft_changed_meanwhile_is_not_finalised_unseen(two):
    """The leader finalises the draft she has on screen: a change saved meanwhile by another officer refuses it
    (the report stays a draft, with that change); reloaded, the version check lets her through."""
    lan, hung = two
    _profile(lan)
    report = reports.create_report(lan, period="2026")
    on_screen = reports.get_report(hung, report.id)
    reports.update_report(lan.editing(reports.get_report(lan, report.id).stamp), report.id, plans="Số hóa hồ sơ")
    with pytest.raises(RecordChanged):
        reports.finalize_report(_leader(hung).editing(on_screen.stamp), report.id, date=D, acknowledge_all=True)
    after = reports.get_report(lan, report.id)
    assert (after.row.status, after.plans) == ("draft", "Số hóa hồ sơ")
    # reloaded, the version check passes: what answers now is the pre-flight (an empty commune's report is untrue)
    from qms_desktop.services.reports.finalize_checks import PreflightRefused

    with pytest.raises(PreflightRefused):
        reports.finalize_report(_leader(hung).editing(after.stamp), report.id, date=D, acknowledge_all=True)
    report_check = check.check_database(lan.db)
    assert report_check.history_ok and not report_check.problems, report_check.problems


def test_a_programme_saved_meanwhile_for_a_year_the_form_saw_empty_is_not_replaced(two):
    lan, hung = two
    assert audits.list_programmes(lan) == audits.list_programmes(hung) == []
    audits.save_programme(lan, year=2027, objectives="Đánh giá toàn bộ hệ thống", new=True)
    with pytest.raises(RecordChanged):
        audits.save_programme(hung, year=2027, objectives="Chỉ đánh giá bộ phận một cửa", new=True)
    assert [p.objectives for p in audits.list_programmes(hung)] == ["Đánh giá toàn bộ hệ thống"]


def test_review_inputs_are_saved_all_or_nothing(two):
    """Hùng changed inputs a and f on screen; Lan saved f meanwhile: his save is refused and a is not saved either."""
    lan, hung = two
    review = _review(lan)
    on_screen = reviews.get_review(hung, review)
    before_a = on_screen.inputs["a"]
    seen = reviews.get_review(lan, review)
    reviews.set_inputs(lan.editing(seen.input_stamps["f"]), review, {"f": "Lắp máy lấy số thứ tự"})
    with pytest.raises(RecordChanged):
        reviews.set_inputs(hung.editing(on_screen.input_stamps["a"], on_screen.input_stamps["f"]), review,
                           {"a": "Đã khắc phục 3/3 điểm của kỳ trước", "f": "Số hóa hồ sơ"})
    after = reviews.get_review(lan, review)
    assert (after.inputs["a"], after.inputs["f"]) == (before_a, "Lắp máy lấy số thứ tự")


def test_list_actions_are_checked_against_the_state_another_officer_left(two):
    """Actions chosen from a list (cancel, close, add an action) carry no form, so no stamp: each is checked
    under the writers' lock against the record as it is now. Lan cancels an NC Hùng still sees open: his
    cancel, his close and his new action are refused with the reason, and her reason stays."""
    from qms_desktop.domain.errors import ValidationError

    lan, hung = two
    nc = ncs.open_nc(lan, description="Hồ sơ trả muộn 2 ngày", detected_date=D).id
    seen = ncs.get_nc(hung, nc).row.status
    ncs.cancel_nc(lan, nc, reason="Ghi trùng với NC trước")
    for act in (lambda: ncs.cancel_nc(hung, nc, reason="Không phải sự không phù hợp"),
                lambda: ncs.close_nc(hung, nc),
                lambda: ncs.add_action(hung, nc, description="Nhắc cán bộ trả đúng hẹn")):
        with pytest.raises(ValidationError) as refused:
            act()
        assert "closed or cancelled" in refused.value.message
    detail = ncs.get_nc(hung, nc)
    assert (seen, detail.row.status) == ("open", "cancelled")
    assert detail.cancelled_reason == "Ghi trùng với NC trước" and detail.actions == ()
    report = check.check_database(lan.db)
    assert report.history_ok and not report.problems, report.problems


def test_an_approval_saved_meanwhile_is_not_overwritten(two):
    """Both open the audit's approval; Lan approves first; Hùng's approval is refused, and stays refused on reload
    (an approval stands: test_audit_report_rules)."""
    lan, hung = two
    key = AUDIT_APPROVAL.setup(lan)
    seen_hung = AUDIT_APPROVAL.load(hung, key)
    AUDIT_APPROVAL.save(lan.editing(*AUDIT_APPROVAL.load(lan, key)), key, "Lan")
    with pytest.raises(RecordChanged):
        AUDIT_APPROVAL.save(hung.editing(*seen_hung), key, "Hùng")
    with pytest.raises(ValidationError):
        AUDIT_APPROVAL.save(hung.editing(*AUDIT_APPROVAL.load(hung, key)), key, "Hùng, reloaded")
    assert AUDIT_APPROVAL.read(lan, key) == "Lan"
