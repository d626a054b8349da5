"""QA F3: an audit is neither held nor its report approved while a checklist item found nonconforming has no
finding of nonconformity recorded from it (no NC would be raised, the period report would not count it); once
the report is approved its plan, checklist and findings no longer change (raising an NC from a finding still
goes: that is the report's follow-up)."""

from __future__ import annotations

import datetime as dt

import pytest

from qms_desktop.domain.errors import ValidationError
from qms_desktop.i18n import identity_translate
from qms_desktop.services import audits, history, records

D = dt.date
HELD = D(2026, 10, 5)
LONG_QUESTION = ("Hồ sơ giải quyết thủ tục hành chính có được lưu đầy đủ thành phần, có phiếu kiểm soát quá trình "
                 "và được sắp xếp theo đúng quy định của quy trình?")


def _refused(pattern: str, fn, *args, **kw) -> str:
    with pytest.raises(ValidationError, match=pattern) as err:
        fn(*args, **kw)
    return err.value.render(identity_translate)


def _audit(ctx) -> int:
    lead = records.create(ctx, "staff", {"full_name": "Lê Văn Hùng", "title": "Phó Chủ tịch UBND xã"})
    return audits.plan_audit(ctx, title="Đánh giá nội bộ năm 2026", planned_date=HELD, lead_auditor_id=lead.id).id


def _nonconforming_item(ctx, audit_id: int, question: str = LONG_QUESTION, clause: str = "7.5.3") -> audits.ChecklistRow:
    return audits.add_checklist_item(ctx, audit_id, question=question, clause=clause,
                                     evidence="3/10 hồ sơ thiếu phiếu kiểm soát", result="nonconform")


def test_a_nonconforming_item_without_its_finding_refuses_held_and_approval(ctx):
    a = _audit(ctx)
    item = _nonconforming_item(ctx, a)
    audits.add_checklist_item(ctx, a, question="Mục tiêu chất lượng có được theo dõi?", clause="6.2", result="conform")
    audits.add_checklist_item(ctx, a, question="Có nên số hóa sổ theo dõi?", clause="7.1.6", result="recommend")
    text = _refused("No finding of nonconformity", audits.complete_audit, ctx, a, start_date=HELD)
    # names the item (clause and the question shortened) and says what to do
    assert "7.5.3 — Hồ sơ giải quyết thủ tục hành chính" in text and "…" in text and LONG_QUESTION not in text
    assert "Record a finding from this item" in text and "change its result" in text
    assert "6.2" not in text and "7.1.6" not in text  # a conforming item, a recommendation: nothing to record
    assert audits.get_audit(ctx, a).row.status == "planned"

    # A recommendation recorded from it is not the nonconformity the item says.
    audits.add_finding(ctx, a, kind="recommend", description="Nên bổ sung phiếu", checklist_item_id=item.id)
    _refused("7.5.3", audits.complete_audit, ctx, a, start_date=HELD)
    # Nor is a nonconformity recorded without naming the item.
    audits.add_finding(ctx, a, kind="nonconform", description="Hồ sơ thiếu phiếu", clause="7.5.3")
    _refused("7.5.3", audits.complete_audit, ctx, a, start_date=HELD)

    audits.add_finding(ctx, a, kind="nonconform", description="Hồ sơ thiếu phiếu kiểm soát", clause="7.5.3",
                       checklist_item_id=item.id)
    assert audits.complete_audit(ctx, a, start_date=HELD).status == "done"
    assert audits.approve_report(ctx, a, approved_by="Trần Văn Minh").status == "done"


def test_an_item_found_nonconforming_after_the_audit_was_held_refuses_the_approval(ctx):
    """The tester's steps the other way round: held first, then the result changed to nonconforming."""
    a = _audit(ctx)
    item = audits.add_checklist_item(ctx, a, question="Hồ sơ có đầy đủ?", clause="7.5")
    audits.complete_audit(ctx, a, start_date=HELD)
    audits.record_result(ctx, item.id, result="nonconform", evidence="Thiếu phiếu")
    text = _refused("No finding of nonconformity", audits.approve_report, ctx, a, approved_by="Trần Văn Minh")
    assert "7.5 — Hồ sơ có đầy đủ?" in text
    assert audits.get_audit(ctx, a).approved_date is None
    audits.record_result(ctx, item.id, result="conform")  # or its result changed
    assert audits.approve_report(ctx, a, approved_by="Trần Văn Minh").status == "done"


def test_the_refusal_names_each_item_and_sums_up_the_rest(ctx):
    a = _audit(ctx)
    for n in range(1, 8):
        _nonconforming_item(ctx, a, question=f"Câu hỏi số {n}", clause="")
    text = _refused("No finding of nonconformity", audits.complete_audit, ctx, a, start_date=HELD)
    assert all(f"Câu hỏi số {n}" in text for n in range(1, 6))
    assert "Câu hỏi số 6" not in text and "; …." in text


def test_an_approved_report_no_longer_changes(ctx):
    a = _audit(ctx)
    item = _nonconforming_item(ctx, a)
    finding = audits.add_finding(ctx, a, kind="nonconform", description="Hồ sơ thiếu phiếu kiểm soát",
                                 checklist_item_id=item.id)
    recommendation = audits.add_finding(ctx, a, kind="recommend", description="Nên số hóa sổ theo dõi")
    audits.complete_audit(ctx, a, start_date=HELD, end_date=D(2026, 10, 6), report_summary="Phù hợp cơ bản")
    audits.approve_report(ctx, a, approved_by="Trần Văn Minh", approved_date=D(2026, 10, 9))
    before = audits.get_audit(ctx, a)
    changes = history.count_changes(ctx)
    said = "The audit report was approved on 09/10/2026: its checklist and findings no longer change."
    for fn, args, kw in (
            (audits.add_checklist_item, (a,), dict(question="Câu hỏi mới")),
            (audits.update_checklist_item, (item.id,), dict(question="Câu hỏi đã sửa")),
            (audits.record_result, (item.id,), dict(result="conform", evidence="Đã bổ sung")),
            (audits.add_finding, (a,), dict(kind="nonconform", description="Phát hiện thêm")),
            (audits.add_finding, (a,), dict(kind="recommend", description="Khuyến nghị thêm")),
            (audits.update_finding, (finding.id,), dict(description="Mô tả đã sửa")),
            (audits.update_finding, (recommendation.id,), dict(kind="nonconform")),
            (audits.update_audit, (a,), dict(title="Tên khác")),
            (audits.complete_audit, (a,), dict(start_date=HELD, report_summary="Tóm tắt khác")),
            # QA 10 N2: another approver and date over the approval, or the approved audit cancelled
            (audits.approve_report, (a,), dict(approved_by="Kẻ Khác", approved_date=D(2026, 10, 10))),
            (audits.cancel_audit, (a,), dict(reason="Hủy cho xong"))):
        assert _refused("approved on 09/10/2026", fn, ctx, *args, **kw) == said, fn.__name__
    after = audits.get_audit(ctx, a)
    assert (after.checklist, after.findings, after.row, after.report_summary) == (
        before.checklist, before.findings, before.row, before.report_summary)
    assert history.count_changes(ctx) == changes

    # The report's follow-up goes on: the nonconformity of a finding is still raised.
    nc = audits.raise_nc(ctx, finding.id, due_date=D(2026, 12, 1))
    assert (nc.audit_id, audits.get_audit(ctx, a).findings[0].nc_number) == (a, nc.number)


def test_a_cancelled_audit_refuses_a_result_too(ctx):
    a = _audit(ctx)
    item = audits.add_checklist_item(ctx, a, question="Hồ sơ có đầy đủ?")
    audits.cancel_audit(ctx, a, reason="Trùng lịch kiểm tra")
    _refused("cancelled", audits.record_result, ctx, item.id, result="conform")


def test_a_finding_names_an_item_of_its_own_audit(ctx):
    a, other = _audit(ctx), _audit(ctx)
    item = _nonconforming_item(ctx, other)
    _refused("another audit", audits.add_finding, ctx, a, kind="nonconform", description="Thiếu phiếu",
             checklist_item_id=item.id)


def test_an_audit_is_not_recorded_as_held_without_its_lead_auditor(ctx):
    """QA 53 F7: an audit planned and recorded as held with no lead auditor printed an empty "Trưởng đoàn" in the
    report's Annex II."""
    a = audits.plan_audit(ctx, title="Đánh giá nội bộ đợt 2", planned_date=HELD)
    text = _refused("lead auditor", audits.complete_audit, ctx, a.id, start_date=HELD)
    assert "Who led the audit?" in text
    assert audits.get_audit(ctx, a.id).row.status == "planned"
    lead = records.create(ctx, "staff", {"full_name": "Lê Văn Hùng", "title": "Phó Chủ tịch UBND xã"})
    audits.update_audit(ctx, a.id, lead_auditor_id=lead.id)
    assert audits.complete_audit(ctx, a.id, start_date=HELD).status == "done"
