"""Every record can be edited after creation, under the same rules as when it was created; the change history
records each edit."""

import datetime as dt

import pytest

from qms_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from qms_desktop.domain.steps import Step
from qms_desktop.services import audits, history, ncs, procedures, records, reviews
from qms_desktop.services.context import Actor, AppContext

D = dt.date


def _people(ctx):
    tp = records.create(ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
    vp = records.create(ctx, "unit", {"name": "Văn phòng - Thống kê"})
    lan = records.create(ctx, "staff", {"full_name": "Nguyễn Thị Lan", "unit_id": tp.id, "is_auditor": True})
    hung = records.create(ctx, "staff", {"full_name": "Lê Văn Hùng", "unit_id": vp.id, "is_auditor": True})
    return tp, vp, lan, hung


def _last_change(ctx, entity, entity_id):
    c = history.list_changes(ctx, entity=entity, entity_id=entity_id)[0]
    return c.action, c.new


# ---------------------------------------------------------------- audits
def test_update_audit_plan(ctx):
    tp, vp, lan, hung = _people(ctx)
    a = audits.plan_audit(ctx, title="Đánh giá nội bộ", planned_date=D(2026, 10, 5), lead_auditor_id=hung.id,
                          member_ids=[lan.id], unit_ids=[tp.id, vp.id])
    row = audits.update_audit(ctx, a.id, title="Đánh giá nội bộ lần 2", planned_date="12/10/2026",
                              purpose="Kiểm tra mức độ phù hợp", scope="Bộ phận một cửa")
    assert (row.title, row.date, row.lead_auditor) == ("Đánh giá nội bộ lần 2", D(2026, 10, 12), "Lê Văn Hùng")
    d = audits.get_audit(ctx, a.id)
    assert (d.purpose, d.scope, d.criteria) == ("Kiểm tra mức độ phù hợp", "Bộ phận một cửa", "TCVN ISO 9001:2015")
    assert set(d.member_ids) == {hung.id, lan.id} and set(d.unit_ids) == {tp.id, vp.id}  # kept
    action, new = _last_change(ctx, "audit", a.id)
    assert action == "update" and new["title"] == "Đánh giá nội bộ lần 2" and new["planned_date"] == "2026-10-12"

    # Lead changed alone: the old lead leaves the team, the members stay.
    audits.update_audit(ctx, a.id, lead_auditor_id=lan.id, member_ids=[])
    d = audits.get_audit(ctx, a.id)
    assert (d.lead_auditor_id, d.member_ids) == (lan.id, (lan.id,))
    audits.update_audit(ctx, a.id, clear_lead_auditor=True, member_ids=[hung.id])
    d = audits.get_audit(ctx, a.id)
    assert (d.lead_auditor_id, d.member_ids) == (None, (hung.id,))


def test_update_audit_keeps_the_independence_rule(ctx):
    tp, vp, lan, hung = _people(ctx)
    a = audits.plan_audit(ctx, title="Đánh giá", planned_date=D(2026, 10, 5), lead_auditor_id=hung.id,
                          member_ids=[lan.id], unit_ids=[tp.id, vp.id])
    with pytest.raises(ValidationError) as err:  # Tư pháp alone: Lan is of it
        audits.update_audit(ctx, a.id, unit_ids=[tp.id])
    assert err.value.field == "auditor" and "Nguyễn Thị Lan" in str(err.value)
    with pytest.raises(ValidationError):
        audits.update_audit(ctx, a.id, unit_ids=[vp.id], member_ids=[])  # Hùng (lead) is of Văn phòng
    assert set(audits.get_audit(ctx, a.id).unit_ids) == {tp.id, vp.id}  # nothing written
    audits.update_audit(ctx, a.id, unit_ids=[tp.id], member_ids=[])
    assert audits.get_audit(ctx, a.id).unit_ids == (tp.id,)
    for bad in (dict(title="  "), dict(planned_date="31/02/2026")):
        with pytest.raises(ValidationError):
            audits.update_audit(ctx, a.id, **bad)
    for bad in (dict(member_ids=[9999]), dict(unit_ids=[9999])):
        with pytest.raises(NotFound):
            audits.update_audit(ctx, a.id, **bad)


def test_update_audit_refused_when_cancelled_or_not_allowed(ctx, db):
    a = audits.plan_audit(ctx, title="Đánh giá", planned_date=D(2026, 10, 5))
    viewer = AppContext(db, Actor("xem", "viewer"))
    with pytest.raises(PermissionDenied):
        audits.update_audit(viewer, a.id, title="Khác")
    auditor = AppContext(db, Actor("danhgia", "auditor"))
    assert audits.update_audit(auditor, a.id, title="Đánh giá bộ phận một cửa").title == "Đánh giá bộ phận một cửa"
    audits.cancel_audit(ctx, a.id, reason="Trùng lịch")
    with pytest.raises(ValidationError) as err:
        audits.update_audit(ctx, a.id, title="Khác")
    assert "cancelled" in str(err.value)


def test_update_checklist_item(ctx):
    tp, vp, lan, hung = _people(ctx)
    a = audits.plan_audit(ctx, title="Đánh giá", planned_date=D(2026, 10, 5), unit_ids=[tp.id, vp.id])
    item = audits.add_checklist_item(ctx, a.id, question="Hồ sơ có đầy đủ?", unit_id=vp.id, auditor_id=lan.id)
    audits.record_result(ctx, item.id, result="conform", evidence="10/10 hồ sơ đủ")
    row = audits.update_checklist_item(ctx, item.id, question="Hồ sơ có được lưu đầy đủ?", clause="7.5.3")
    assert (row.question, row.clause, row.unit_id, row.auditor_id) == ("Hồ sơ có được lưu đầy đủ?", "7.5.3", vp.id, lan.id)
    assert (row.result, row.evidence) == ("conform", "10/10 hồ sơ đủ")  # untouched
    with pytest.raises(ValidationError) as err:  # Lan on her own unit
        audits.update_checklist_item(ctx, item.id, unit_id=tp.id)
    assert err.value.field == "auditor"
    with pytest.raises(ValidationError):
        audits.update_checklist_item(ctx, item.id, auditor_id=hung.id)  # Hùng on his own unit
    with pytest.raises(ValidationError):
        audits.update_checklist_item(ctx, item.id, question=" ")
    row = audits.update_checklist_item(ctx, item.id, unit_id=tp.id, auditor_id=hung.id)
    assert (row.unit_id, row.auditor_id) == (tp.id, hung.id)
    row = audits.update_checklist_item(ctx, item.id, clear_unit=True, clear_auditor=True)
    assert (row.unit_id, row.auditor_id) == (None, None)
    action, new = _last_change(ctx, "checklist_item", item.id)
    assert action == "update" and new == {"unit_id": None, "auditor_id": None}
    audits.cancel_audit(ctx, a.id, reason="Trùng lịch")
    with pytest.raises(ValidationError):
        audits.update_checklist_item(ctx, item.id, clause="8.2")


# ---------------------------------------------------------------- procedure versions
def test_update_draft_version_only(ctx):
    p = procedures.create_procedure(ctx, code="QT-01", title="Quy trình đăng ký khai sinh")
    v = procedures.add_version(ctx, p.id, procedures.VersionInput(
        issue_date=D(2026, 1, 10), drafted_by="Nguyễn Thị Lan", steps=(Step(1, "Tiếp nhận hồ sơ"),)))
    row = procedures.update_version(ctx, v.id, drafted_title="Công chức Tư pháp - Hộ tịch", drafted_date="06/01/2026",
                                    reviewed_by="Lê Văn Hùng", reviewed_title="Phó Chủ tịch",
                                    reviewed_date=D(2026, 1, 8), effective_date=D(2026, 1, 15),
                                    change_summary="Ban hành lần đầu")
    assert (row.drafted_by, row.drafted_title, row.drafted_date) == ("Nguyễn Thị Lan", "Công chức Tư pháp - Hộ tịch",
                                                                     D(2026, 1, 6))
    assert (row.reviewed_by, row.reviewed_title, row.reviewed_date) == ("Lê Văn Hùng", "Phó Chủ tịch", D(2026, 1, 8))
    assert (row.issue_date, row.effective_date, row.change_summary) == (D(2026, 1, 10), D(2026, 1, 15), "Ban hành lần đầu")
    assert [s.action for s in row.steps] == ["Tiếp nhận hồ sơ"]
    action, new = _last_change(ctx, "procedure_version", v.id)
    assert action == "update" and new["reviewed_by"] == "Lê Văn Hùng"

    with pytest.raises(ValidationError) as err:
        procedures.update_version(ctx, v.id, effective_date=D(2026, 1, 1))  # before the issue date
    assert err.value.field == "effective_date"
    with pytest.raises(ValidationError):
        procedures.update_version(ctx, v.id, drafted_date="32/01/2026")
    with pytest.raises(TypeError):
        procedures.update_version(ctx, v.id, approved_by="Trần Văn Minh")  # approval is approve_version's
    assert procedures.update_version(ctx, v.id, issue_date=None).issue_date is None  # a date cleared

    procedures.approve_version(ctx, v.id, approved_by="Trần Văn Minh", approved_date=D(2026, 1, 9))
    with pytest.raises(ValidationError) as err:
        procedures.update_version(ctx, v.id, change_summary="Sửa sau khi ban hành")
    assert "new version" in str(err.value)
    assert procedures.get_procedure(ctx, p.id).versions[0].change_summary == "Ban hành lần đầu"


def test_update_version_of_a_withdrawn_procedure_or_without_permission(ctx, db):
    p = procedures.create_procedure(ctx, code="QT-02", title="Kiểm soát tài liệu", kind="system")
    v = procedures.add_version(ctx, p.id, procedures.VersionInput())
    with pytest.raises(PermissionDenied):
        procedures.update_version(AppContext(db, Actor("danhgia", "auditor")), v.id, drafted_by="x")
    procedures.withdraw(ctx, p.id, reason="Thay bằng quy trình mới")
    with pytest.raises(ValidationError):
        procedures.update_version(ctx, v.id, drafted_by="Nguyễn Thị Lan")


# ---------------------------------------------------------------- management reviews
def test_update_review(ctx):
    r = reviews.create_review(ctx, date=D(2026, 12, 10), place="Hội trường UBND xã", chair="Trần Văn Minh")
    row = reviews.update_review(ctx, r.id, date=D(2026, 12, 15), time="14:00", place="Phòng họp UBND xã",
                                secretary="Nguyễn Thị Lan", attendees="Các công chức")
    assert (row.date, row.place, row.chair) == (D(2026, 12, 15), "Phòng họp UBND xã", "Trần Văn Minh")
    d = reviews.get_review(ctx, r.id)
    assert (d.time, d.secretary, d.attendees) == ("14:00", "Nguyễn Thị Lan", "Các công chức")
    action, new = _last_change(ctx, "management_review", r.id)
    assert action == "update" and new["place"] == "Phòng họp UBND xã"
    with pytest.raises(ValidationError):
        reviews.update_review(ctx, r.id, date="30/02/2026")

    held = reviews.create_review(ctx, date=D(2026, 11, 10))
    reviews.hold_review(ctx, held.id, conclusion="Hệ thống phù hợp")
    with pytest.raises(ValidationError) as err:  # today is 23/11/2026
        reviews.update_review(ctx, held.id, date=D(2026, 11, 30))
    assert err.value.field == "date"
    assert reviews.update_review(ctx, held.id, date=D(2026, 11, 12)).date == D(2026, 11, 12)

    reviews.cancel_review(ctx, r.id, reason="Lùi sang năm sau")
    with pytest.raises(ValidationError):
        reviews.update_review(ctx, r.id, place="Khác")


# ---------------------------------------------------------------- nonconformities
def test_nc_due_date_can_be_cleared(ctx):
    nc = ncs.open_nc(ctx, description="Trả kết quả trễ hạn", detected_date=D(2026, 3, 2), due_date=D(2026, 4, 1))
    assert ncs.update_nc(ctx, nc.id, root_cause="Chưa có sổ theo dõi").due_date == D(2026, 4, 1)  # kept
    assert ncs.update_nc(ctx, nc.id, due_date=D(2026, 5, 1)).due_date == D(2026, 5, 1)
    row = ncs.update_nc(ctx, nc.id, clear_due_date=True)
    assert row.due_date is None
    action, new = _last_change(ctx, "nonconformity", nc.id)
    assert action == "update" and new == {"due_date": None}


# ---------------------------------------------------------------- child lines: amendment, finding, action, output
def test_update_amendment(ctx):
    p = procedures.create_procedure(ctx, code="QT-01", title="Quy trình đăng ký khai sinh")
    a = procedures.add_amendment(ctx, p.id, item="Bước 2", legal_basis="Luật Hộ tịch", date=D(2026, 3, 1))
    row = procedures.update_amendment(ctx, a.id, item="Bước 2: rút ngắn thời hạn", date="05/03/2026")
    assert (row.item, row.legal_basis, row.date, row.version_number) == (
        "Bước 2: rút ngắn thời hạn", "Luật Hộ tịch", D(2026, 3, 5), a.version_number)
    assert procedures.update_amendment(ctx, a.id, legal_basis="").legal_basis == ""
    action, new = _last_change(ctx, "amendment", a.id)
    assert action == "update" and new == {"legal_basis": ""}
    for bad in (dict(item="  "), dict(date="31/02/2026")):
        with pytest.raises(ValidationError):
            procedures.update_amendment(ctx, a.id, **bad)
    assert procedures.get_procedure(ctx, p.id).amendments[0].item == "Bước 2: rút ngắn thời hạn"  # nothing written
    with pytest.raises(NotFound):
        procedures.update_amendment(ctx, 9999, item="x")


def test_update_amendment_needs_permission(ctx, db):
    p = procedures.create_procedure(ctx, code="QT-01", title="Quy trình")
    a = procedures.add_amendment(ctx, p.id, item="Bước 2")
    with pytest.raises(PermissionDenied):
        procedures.update_amendment(AppContext(db, Actor("xem", "viewer")), a.id, item="Khác")


def test_update_finding(ctx):
    tp, vp, _lan, _hung = _people(ctx)
    a = audits.plan_audit(ctx, title="Đánh giá", planned_date=D(2026, 10, 5), unit_ids=[tp.id, vp.id])
    f = audits.add_finding(ctx, a.id, kind="recommend", description="Nên sắp xếp hồ sơ", unit_id=tp.id)
    row = audits.update_finding(ctx, f.id, kind="nonconform", clause="7.5.3", description="Hồ sơ thiếu phiếu")
    assert (row.kind, row.severity, row.clause, row.description, row.unit_id) == (
        "nonconform", "minor", "7.5.3", "Hồ sơ thiếu phiếu", tp.id)  # minor by default, as add_finding
    assert audits.update_finding(ctx, f.id, severity="major").severity == "major"
    with pytest.raises(ValidationError) as err:
        audits.update_finding(ctx, f.id, severity="observation")
    assert err.value.field == "severity"
    for bad in (dict(kind="other"), dict(description=" ")):
        with pytest.raises(ValidationError):
            audits.update_finding(ctx, f.id, **bad)
    row = audits.update_finding(ctx, f.id, kind="recommend", severity="major", unit_id=vp.id)
    assert (row.kind, row.severity, row.unit_id) == ("recommend", None, vp.id)  # no severity outside a nonconformity
    assert audits.update_finding(ctx, f.id, clear_unit=True).unit_id is None
    action, new = _last_change(ctx, "finding", f.id)
    assert action == "update" and new == {"unit_id": None}


def test_update_finding_kind_fixed_once_a_nonconformity_is_raised(ctx, db):
    a = audits.plan_audit(ctx, title="Đánh giá", planned_date=D(2026, 10, 5))
    f = audits.add_finding(ctx, a.id, kind="nonconform", description="Hồ sơ thiếu phiếu")
    nc = audits.raise_nc(ctx, f.id)
    with pytest.raises(ValidationError) as err:
        audits.update_finding(ctx, f.id, kind="recommend")
    assert err.value.field == "kind" and nc.number in str(err.value)
    assert audits.get_audit(ctx, a.id).findings[0].kind == "nonconform"
    row = audits.update_finding(ctx, f.id, kind="nonconform", severity="major", clause="8.5.1")  # same kind: fine
    assert (row.kind, row.severity, row.clause, row.nc_number) == ("nonconform", "major", "8.5.1", nc.number)
    with pytest.raises(PermissionDenied):
        audits.update_finding(AppContext(db, Actor("xem", "viewer")), f.id, clause="8.2")
    other = audits.plan_audit(ctx, title="Đánh giá 2", planned_date=D(2026, 10, 7))
    g = audits.add_finding(ctx, other.id, kind="recommend", description="Nên cải tiến")
    audits.cancel_audit(ctx, other.id, reason="Trùng lịch")
    with pytest.raises(ValidationError):
        audits.update_finding(ctx, g.id, clause="8.2")


def test_update_action(ctx):
    nc = ncs.open_nc(ctx, description="Trả kết quả trễ hạn", detected_date=D(2026, 3, 2), due_date=D(2026, 4, 1))
    a = ncs.add_action(ctx, nc.id, description="Lập sổ theo dõi", owner="Nguyễn Thị Lan", due_date=D(2026, 3, 20))
    row = ncs.update_action(ctx, a.id, description="Lập sổ theo dõi hạn trả kết quả", owner="Lê Văn Hùng",
                            due_date="25/03/2026")
    assert (row.description, row.owner, row.due_date) == ("Lập sổ theo dõi hạn trả kết quả", "Lê Văn Hùng",
                                                         D(2026, 3, 25))
    assert ncs.update_action(ctx, a.id, due_date=D(2026, 4, 10)).due_date == D(2026, 4, 10)
    assert ncs.get_nc(ctx, nc.id).row.due_date == D(2026, 4, 10)  # extended, as when added
    assert ncs.update_action(ctx, a.id, clear_due_date=True).due_date is None
    for bad in (dict(description=""), dict(due_date="32/03/2026")):
        with pytest.raises(ValidationError):
            ncs.update_action(ctx, a.id, **bad)
    ncs.complete_action(ctx, a.id, done_date=D(2026, 3, 30), result="Đã lập sổ")
    row = ncs.update_action(ctx, a.id, owner="Bộ phận một cửa")
    assert (row.owner, row.done_date, row.result) == ("Bộ phận một cửa", D(2026, 3, 30), "Đã lập sổ")  # done kept
    action, new = _last_change(ctx, "corrective_action", a.id)
    assert action == "update" and new["owner"] == "Bộ phận một cửa"


def test_update_action_refused_once_the_nonconformity_is_finished(ctx, db):
    nc = ncs.open_nc(ctx, description="Trả kết quả trễ hạn", detected_date=D(2026, 3, 2))
    a = ncs.add_action(ctx, nc.id, description="Lập sổ theo dõi")
    with pytest.raises(PermissionDenied):
        ncs.update_action(AppContext(db, Actor("xem", "viewer")), a.id, owner="x")
    ncs.complete_action(ctx, a.id, done_date=D(2026, 3, 30))
    ncs.verify(ctx, nc.id, verified_by="Trần Văn Minh", verified_date=D(2026, 4, 2), effective=True)
    ncs.close_nc(ctx, nc.id)
    with pytest.raises(ValidationError) as err:
        ncs.update_action(ctx, a.id, description="Khác")
    assert nc.number in str(err.value)
    other = ncs.open_nc(ctx, description="Thiếu phiếu", detected_date=D(2026, 3, 2))
    b = ncs.add_action(ctx, other.id, description="Bổ sung phiếu")
    ncs.cancel_nc(ctx, other.id, reason="Trùng")
    with pytest.raises(ValidationError):
        ncs.update_action(ctx, b.id, owner="Lan")
    assert ncs.get_nc(ctx, other.id).actions[0].owner == ""


def test_update_output(ctx, db):
    r = reviews.create_review(ctx, date=D(2026, 11, 10), prefill=False)
    o = reviews.add_output(ctx, r.id, kind="improvement", description="Cải tiến quy trình", owner="Lan",
                           due_date=D(2026, 12, 31))
    row = reviews.update_output(ctx, o.id, kind="resources", description="Bổ sung máy scan", owner="Văn phòng",
                                due_date="15/12/2026")
    assert (row.kind, row.description, row.owner, row.due_date) == ("resources", "Bổ sung máy scan", "Văn phòng",
                                                                   D(2026, 12, 15))
    assert reviews.update_output(ctx, o.id, clear_due_date=True).due_date is None
    for bad in (dict(kind="other"), dict(description="  "), dict(due_date="31/02/2026")):
        with pytest.raises(ValidationError):
            reviews.update_output(ctx, o.id, **bad)
    reviews.complete_output(ctx, o.id, done_date=D(2026, 11, 20))
    row = reviews.update_output(ctx, o.id, owner="Nguyễn Thị Lan")
    assert (row.owner, row.done_date) == ("Nguyễn Thị Lan", D(2026, 11, 20))  # done kept
    action, new = _last_change(ctx, "review_output", o.id)
    assert action == "update" and new == {"owner": "Nguyễn Thị Lan"}
    with pytest.raises(PermissionDenied):
        reviews.update_output(AppContext(db, Actor("xem", "viewer")), o.id, owner="x")
    reviews.cancel_review(ctx, r.id, reason="Lùi lịch")
    with pytest.raises(ValidationError) as err:
        reviews.update_output(ctx, o.id, owner="Khác")
    assert "cancelled" in str(err.value)


def test_what_someone_cancelled_meanwhile_takes_no_approval_input_or_decision(ctx):
    """QA 42 F2, F3: the leader approved the draft of a procedure another officer had withdrawn meanwhile (it became
    'effective' again, hidden from the list); a review cancelled meanwhile took inputs and decisions from an open
    form. Both are refused now, nothing changed."""
    p = procedures.create_procedure(ctx, code="QT-TDKT-01", title="Thi đua, khen thưởng")
    v = procedures.add_version(ctx, p.id, procedures.VersionInput(issue_date=D(2026, 3, 1), effective_date=D(2026, 3, 1)))
    procedures.withdraw(ctx, p.id, reason="Thủ tục đã bị bãi bỏ theo Quyết định của UBND tỉnh")
    with pytest.raises(ValidationError) as approved:
        procedures.approve_version(ctx, v.id, approved_by="Trần Văn Minh", approved_date=D(2026, 2, 20))
    assert "cancelled" in approved.value.render()
    assert procedures.get_procedure(ctx, p.id).row.status != "effective"
    for edit in (lambda: procedures.update_procedure(ctx, p.id, title="Đổi tên"),  # QA 43 F5
                 lambda: procedures.set_steps(ctx, v.id, []),
                 lambda: procedures.add_amendment(ctx, p.id, item="Sửa bước 2")):
        with pytest.raises(ValidationError):
            edit()
    r = reviews.create_review(ctx, date=D(2026, 12, 10), place="Hội trường UBND xã", chair="Trần Văn Minh")
    reviews.cancel_review(ctx, r.id, reason="Hoãn họp")
    with pytest.raises(ValidationError):
        reviews.add_output(ctx, r.id, kind="improvement", description="Cải tiến quy trình một cửa")
    with pytest.raises(ValidationError):
        reviews.set_inputs(ctx, r.id, {next(iter(reviews.INPUT_KEYS)): "Kết quả đánh giá nội bộ"})
    assert reviews.get_review(ctx, r.id).outputs == ()
    with pytest.raises(ValidationError):  # QA 43 F4: recorded as held, its verdict printed in the report
        reviews.hold_review(ctx, r.id, conclusion="HTQLCL phù hợp và hiệu lực", effective=True)
    assert reviews.get_review(ctx, r.id).row.status == "cancelled"
