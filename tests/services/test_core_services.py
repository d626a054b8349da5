import datetime as dt
import re

import pytest
from sqlalchemy import func, select

from qms_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from qms_desktop.domain.steps import Step
from qms_desktop.services import (
    agency, announcements, attachments, audits, check, history, ncs, objectives, procedures, records, reviews,
    search, tthc, warnings,
)
from qms_desktop.services.context import SYSTEM, Actor, AppContext
from qms_desktop.storage import orm

D = dt.date


def count(db, model):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


# ---------------------------------------------------------------- agency and generic records
def test_agency_profile_and_settings(ctx):
    assert agency.get_profile(ctx) is None
    p = agency.save_profile(ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Tỉnh Lâm Đồng"))
    assert (p.short_name, p.place_name) == ("xã Tân Phú", "Tân Phú")
    assert agency.get_profile(ctx).province == "Tỉnh Lâm Đồng"
    with pytest.raises(ValidationError):
        agency.save_profile(ctx, agency.AgencyProfile(full_name="  "))
    assert agency.get_setting(ctx, "period_rule") == "decree09"
    agency.set_setting(ctx, "period_rule", "calendar")
    assert agency.all_settings(ctx)["period_rule"] == "calendar"
    for key, value in (("period_rule", "weekly"), ("report_due_h1", "02-30"), ("nope", "1")):
        with pytest.raises(ValidationError):
            agency.set_setting(ctx, key, value)


def test_records_create_update_cancel_list(ctx, db):
    unit = records.create(ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
    staff = records.create(ctx, "staff", {"full_name": "Nguyễn Thị Lan", "title": "Công chức Tư pháp - Hộ tịch",
                                          "unit_id": unit.id, "is_auditor": True})
    assert staff.values["is_auditor"] is True
    records.update(ctx, "staff", staff.id, {"title": "Công chức Văn phòng - Thống kê"})
    assert records.get(ctx, "staff", staff.id).values["title"] == "Công chức Văn phòng - Thống kê"
    assert [r.values["full_name"] for r in records.list_records(ctx, "staff", search="nguyen thi")] == ["Nguyễn Thị Lan"]
    records.cancel(ctx, "staff", staff.id, "Chuyển công tác")
    assert records.list_records(ctx, "staff") == []
    assert records.list_records(ctx, "staff", include_cancelled=True)[0].cancelled_reason == "Chuyển công tác"
    with pytest.raises(ValidationError):
        records.cancel(ctx, "unit", unit.id, "  ")


@pytest.mark.parametrize("values, field", [
    ({"date": "31/02/2026", "kind": "training", "content": "x"}, "date"),
    ({"date": "01/01/1800", "kind": "training", "content": "x"}, "date"),
    ({"date": "01/03/2026", "kind": "training", "content": ""}, "content"),
    ({"date": "01/03/2026", "kind": "party", "content": "x"}, "kind"),
    ({"date": "01/03/2026", "kind": "training", "content": "x", "attendee_count": -3}, "attendee_count"),
])
def test_bad_input_changes_nothing(ctx, db, values, field):
    before = count(db, orm.ChangeLog)
    with pytest.raises(ValidationError) as err:
        records.create(ctx, "training", values)
    assert err.value.field == field
    assert count(db, orm.Training) == 0 and count(db, orm.ChangeLog) == before


def test_validation_message_is_vietnamese_when_translated(ctx):
    from qms_desktop.cli import i18n as cli_i18n
    translate = cli_i18n.load("vi")
    with pytest.raises(ValidationError) as err:
        records.create(ctx, "training", {"date": "31/02/2026", "kind": "training", "content": "x"})
    text = err.value.render(translate)
    assert "31/02/2026" in text
    if translate("Errors", err.value.message) != err.value.message:  # catalogue present
        assert "ngày" in text.lower()


def test_service_stat_cross_checks(ctx):
    with pytest.raises(ValidationError):
        records.create(ctx, "service_stat", {"period_start": D(2026, 6, 30), "period_end": D(2026, 1, 1)})
    with pytest.raises(ValidationError):
        records.create(ctx, "service_stat", {"period_start": D(2026, 1, 1), "period_end": D(2026, 6, 30),
                                             "received": 10, "on_time": 9, "late": 2})


def test_a_value_another_record_holds_is_refused_with_its_field(ctx, db):
    """Not the database's "UNIQUE constraint failed" in English: the field to correct, and nothing written."""
    from qms_desktop.cli import i18n as cli_i18n

    records.create(ctx, "unit", {"name": "Văn phòng - Thống kê"})
    records.create(ctx, "quality_policy", {"year": 2026, "text": "Chính sách chất lượng"})
    other = records.create(ctx, "unit", {"name": "Địa chính - Xây dựng"})
    before = count(db, orm.Unit), count(db, orm.QualityPolicy)
    for kind, values in (("unit", {"name": "Văn phòng - Thống kê"}), ("quality_policy", {"year": 2026, "text": "x"})):
        with pytest.raises(ValidationError) as err:
            records.create(ctx, kind, values)
        assert err.value.field == next(iter(values)) and "Another record already has this" in err.value.render()
    with pytest.raises(ValidationError) as err:
        records.update(ctx, "unit", other.id, {"name": "Văn phòng - Thống kê"})
    assert err.value.field == "name"
    assert "Đã có bản ghi khác với Tên này: Văn phòng - Thống kê." == err.value.render(cli_i18n.load("vi"))
    assert (count(db, orm.Unit), count(db, orm.QualityPolicy)) == before
    assert records.update(ctx, "unit", other.id, {"name": "Địa chính - Xây dựng"}).id == other.id  # itself: no clash


def test_statistics_periods_may_not_overlap(ctx, db):
    """An overlapping period would count its applications twice in a report (the same dates: the same period)."""
    first = records.create(ctx, "service_stat", {"period_start": D(2025, 12, 15), "period_end": D(2026, 6, 14),
                                                 "received": 738, "on_time": 700})
    for start, end in ((D(2026, 3, 1), D(2026, 3, 31)), (D(2025, 12, 15), D(2026, 6, 14)), (D(2025, 1, 1), D(2025, 12, 15))):
        with pytest.raises(ValidationError) as err:
            records.create(ctx, "service_stat", {"period_start": start, "period_end": end, "received": 100})
        assert err.value.field == "period_start"
        assert "overlap the statistics already recorded for 15/12/2025 – 14/06/2026" in err.value.render()
    assert count(db, orm.ServiceStat) == 1
    later = records.create(ctx, "service_stat", {"period_start": D(2026, 6, 15), "period_end": D(2026, 11, 14)})
    with pytest.raises(ValidationError):
        records.update(ctx, "service_stat", later.id, {"period_start": D(2026, 6, 1)})
    assert records.update(ctx, "service_stat", first.id, {"received": 740}).values["received"] == 740


def test_unknown_reference_refused(ctx):
    with pytest.raises(ValidationError):
        records.create(ctx, "staff", {"full_name": "A", "unit_id": 999})


# ---------------------------------------------------------------- TTHC import
def test_import_dry_run_then_real_then_again(ctx, db, sample_xlsx):
    plan = tthc.import_tthc(ctx, sample_xlsx, dry_run=True)
    assert (len(plan.added), len(plan.rejected), plan.applied) == (28, 0, False)
    assert count(db, orm.Tthc) == 0
    plan = tthc.import_tthc(ctx, sample_xlsx)
    assert plan.applied and count(db, orm.Tthc) == 28
    again = tthc.import_tthc(ctx, sample_xlsx)
    assert (len(again.added), len(again.updated), len(again.unchanged)) == (0, 0, 28)
    assert count(db, orm.Tthc) == 28


def test_import_detects_updates(ctx, db, sample_xlsx, tmp_path):
    from openpyxl import load_workbook
    tthc.import_tthc(ctx, sample_xlsx)
    wb = load_workbook(sample_xlsx)
    ws = wb.active
    for row in ws.iter_rows(min_row=1):
        if row[1].value == "1.009248":
            row[4].value = "05 ngày làm việc"
    changed = tmp_path / "changed.xlsx"
    wb.save(changed)
    plan = tthc.import_tthc(ctx, changed, dry_run=True)
    assert [(r.code, [c.name for c in ch]) for r, ch in plan.updated] == [("1.009248", ["time_limit"])]
    tthc.import_tthc(ctx, changed)
    row = next(r for r in tthc.list_tthc(ctx) if r.code == "1.009248")
    assert (row.time_limit, row.time_limit_days) == ("05 ngày làm việc", 5.0)


def test_import_refuses_bad_file_and_writes_nothing(ctx, db, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a spreadsheet")
    with pytest.raises(tthc.ImportRefused):
        tthc.import_tthc(ctx, bad)
    with pytest.raises(tthc.ImportRefused):
        tthc.import_tthc(ctx, tmp_path / "missing.xlsx")
    assert count(db, orm.Tthc) == 0 and count(db, orm.ChangeLog) == 0


def test_import_is_all_or_nothing(ctx, db, sample_xlsx, monkeypatch):
    from qms_desktop.storage import events

    original = events.bulk_insert
    written = []

    def failing(session, cls, rows, **kw):
        written.extend(original(session, cls, rows, **kw))  # the rows are in the transaction …
        raise RuntimeError("disk gone")  # … when the disk goes

    monkeypatch.setattr(events, "bulk_insert", failing)
    with pytest.raises(RuntimeError):
        tthc.import_tthc(ctx, sample_xlsx)
    monkeypatch.undo()
    assert written and count(db, orm.Tthc) == 0 and count(db, orm.ChangeLog) == 0


def test_create_tthc_by_hand(ctx):
    row = tthc.create_tthc(ctx, code="1.000001", name="Thủ tục thử", time_limit="03 ngày làm việc")
    assert row.time_limit_days == 3
    with pytest.raises(ValidationError):
        tthc.create_tthc(ctx, code="1.000001", name="Trùng mã")
    with pytest.raises(ValidationError):
        tthc.create_tthc(ctx, code="1.01", name="Mã sai")


# ---------------------------------------------------------------- procedures
def _tthc(ctx, code="1.009248", limit="03 ngày làm việc"):
    return tthc.create_tthc(ctx, code=code, name="Đăng ký nhận cha, mẹ, con", field="Hộ tịch", time_limit=limit)


def test_procedure_versions(ctx, db):
    t = _tthc(ctx)
    p = procedures.create_procedure(ctx, code="QT-HT-04", title="Quy trình đăng ký nhận cha, mẹ, con", tthc_ids=[t.id])
    assert p.status == "draft" and p.version is None
    with pytest.raises(ValidationError):
        procedures.create_procedure(ctx, code="qt-ht-04", title="Trùng")
    # Vietnamese letters are one code whatever their case too (QA: SQLite's lower() folds A-Z only)
    procedures.create_procedure(ctx, code="QT-ĐC-01", title="Quy trình đăng ký đất đai")
    for again in ("QT-ĐC-01", "qt-đc-01"):
        with pytest.raises(ValidationError, match="QT-ĐC-01 already exists") as err:
            procedures.create_procedure(ctx, code=again, title="Trùng")
        assert err.value.field == "code"
    steps = (Step(1, "Tiếp nhận hồ sơ", "Bộ phận một cửa", 4, "hours"), Step(2, "Thẩm định", "Công chức Tư pháp", 2))
    v1 = procedures.add_version(ctx, p.id, procedures.VersionInput(effective_date=D(2025, 1, 2), drafted_by="Lê Văn Hùng",
                                                                      steps=steps))
    with pytest.raises(ValidationError):  # one draft at a time
        procedures.add_version(ctx, p.id, procedures.VersionInput())
    procedures.approve_version(ctx, v1.id, approved_by="Trần Văn Minh", approved_title="Chủ tịch",
                               approved_date=D(2025, 1, 2))
    v2 = procedures.add_version(ctx, p.id, procedures.VersionInput(change_summary="Cập nhật biểu mẫu"))
    with pytest.raises(ValidationError, match="after version 1"):
        procedures.approve_version(ctx, v2.id, approved_by="Trần Văn Minh", approved_date=D(2025, 1, 1),
                                   effective_date=D(2025, 1, 1))
    procedures.approve_version(ctx, v2.id, approved_by="Trần Văn Minh", approved_date=D(2026, 2, 20),
                               effective_date=D(2026, 3, 1))
    detail = procedures.get_procedure(ctx, p.id)
    old, new = detail.versions
    assert (old.status, old.end_date) == ("obsolete", D(2026, 2, 28))
    assert (new.status, new.number, detail.row.version, detail.row.status) == ("effective", 2, 2, "effective")
    assert detail.legal_limit_days == 3
    procedures.add_amendment(ctx, p.id, item="Sửa bước 2", legal_basis="Thông tư 04/2020")
    assert procedures.get_procedure(ctx, p.id).amendments[0].version_number == 2
    assert [x.code for x in tthc.list_tthc(ctx) if x.covered] == ["1.009248"]


def test_steps_fit_and_draft_only_edits(ctx):
    t = _tthc(ctx, limit="02 ngày làm việc")
    p = procedures.create_procedure(ctx, code="QT-X", title="X", tthc_ids=[t.id])
    v = procedures.add_version(ctx, p.id, procedures.VersionInput(steps=(Step(1, "A", duration=3),)))
    assert procedures.get_procedure(ctx, p.id).steps_fit is False
    procedures.set_steps(ctx, v.id, [Step(1, "A", duration=1), Step(2, "B", duration=8, duration_unit="hours")])
    assert procedures.get_procedure(ctx, p.id).steps_fit is True
    procedures.approve_version(ctx, v.id, approved_by="Chủ tịch")
    with pytest.raises(ValidationError):
        procedures.set_steps(ctx, v.id, [])
    with pytest.raises(ValidationError):
        procedures.set_steps(ctx, v.id, [Step(1, "A", duration=400)])


def test_only_leaders_approve_and_withdraw_keeps_record(db):
    sec = AppContext(db, Actor("thuky", "secretary"))
    viewer = AppContext(db, Actor("xem", "viewer"))
    p = procedures.create_procedure(sec, code="QT-01", title="Kiểm soát tài liệu", kind="system")
    v = procedures.add_version(sec, p.id, procedures.VersionInput())
    with pytest.raises(PermissionDenied):
        procedures.approve_version(sec, v.id, approved_by="x")
    with pytest.raises(PermissionDenied):
        procedures.create_procedure(viewer, code="QT-02", title="Đánh giá nội bộ")
    assert [r.code for r in procedures.list_procedures(viewer)] == ["QT-01"]
    procedures.withdraw(sec, p.id, reason="Thay bằng quy trình mới")
    assert procedures.list_procedures(sec) == []
    assert procedures.list_procedures(sec, include_cancelled=True)[0].status == "obsolete"


# ---------------------------------------------------------------- nonconformities
def test_nc_numbering_is_gapless_per_year(ctx):
    a = ncs.open_nc(ctx, description="Hồ sơ thiếu phiếu kiểm soát", detected_date=D(2025, 12, 30))
    b = ncs.open_nc(ctx, description="Trả kết quả trễ hạn", detected_date=D(2026, 1, 5))
    ncs.cancel_nc(ctx, b.id, reason="Trùng với sự không phù hợp khác")
    c = ncs.open_nc(ctx, description="Chưa cập nhật văn bản", detected_date=D(2026, 2, 1))
    assert (a.number, b.number, c.number) == ("01/2025", "01/2026", "02/2026")


def test_nc_closure_rule(ctx):
    nc = ncs.open_nc(ctx, description="Không lưu hồ sơ", detected_date=D(2026, 3, 2), severity="major")
    with pytest.raises(ValidationError):
        ncs.close_nc(ctx, nc.id)  # no action yet
    a1 = ncs.add_action(ctx, nc.id, description="Bổ sung sổ theo dõi", owner="Nguyễn Thị Lan", due_date=D(2026, 4, 1))
    a2 = ncs.add_action(ctx, nc.id, description="Tập huấn lại", due_date=D(2026, 5, 1))
    assert ncs.get_nc(ctx, nc.id).row.status == "in_progress"
    ncs.complete_action(ctx, a1.id, done_date=D(2026, 3, 20))
    with pytest.raises(ValidationError):
        ncs.verify(ctx, nc.id, verified_by="Phó Chủ tịch", verified_date=D(2026, 3, 25), effective=True)
    with pytest.raises(ValidationError):
        ncs.close_nc(ctx, nc.id)
    ncs.complete_action(ctx, a2.id, done_date=D(2026, 4, 20))
    assert ncs.get_nc(ctx, nc.id).row.status == "awaiting_verification"
    with pytest.raises(ValidationError):
        ncs.close_nc(ctx, nc.id)  # not verified
    ncs.verify(ctx, nc.id, verified_by="Phó Chủ tịch", verified_date=D(2026, 5, 2), effective=False)
    assert ncs.get_nc(ctx, nc.id).row.status == "in_progress"
    with pytest.raises(ValidationError):
        ncs.close_nc(ctx, nc.id)
    ncs.verify(ctx, nc.id, verified_by="Phó Chủ tịch", verified_date=D(2026, 5, 20), effective=True)
    closed = ncs.close_nc(ctx, nc.id)
    assert closed.status == "closed"
    with pytest.raises(ValidationError):
        ncs.add_action(ctx, nc.id, description="Thêm nữa")


def test_nc_bad_dates(ctx):
    with pytest.raises(ValidationError):
        ncs.open_nc(ctx, description="x", detected_date="30/02/2026")
    with pytest.raises(ValidationError):
        ncs.open_nc(ctx, description="x", detected_date=D(2026, 3, 1), due_date=D(2026, 2, 1))
    nc = ncs.open_nc(ctx, description="x", detected_date=D(2026, 3, 1))
    a = ncs.add_action(ctx, nc.id, description="y")
    with pytest.raises(ValidationError):
        ncs.complete_action(ctx, a.id, done_date=D(2027, 1, 1))  # in the future (ctx.today = 23/11/2026)


# ---------------------------------------------------------------- audits
def _people(ctx):
    tp = records.create(ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
    vp = records.create(ctx, "unit", {"name": "Văn phòng - Thống kê"})
    lan = records.create(ctx, "staff", {"full_name": "Nguyễn Thị Lan", "unit_id": tp.id, "is_auditor": True})
    hung = records.create(ctx, "staff", {"full_name": "Lê Văn Hùng", "unit_id": vp.id, "is_auditor": True})
    return tp, vp, lan, hung


def test_audit_flow_and_independence(ctx):
    tp, vp, lan, hung = _people(ctx)
    with pytest.raises(ValidationError) as err:
        audits.plan_audit(ctx, title="Đánh giá Tư pháp", planned_date=D(2026, 10, 5), lead_auditor_id=lan.id, unit_ids=[tp.id])
    assert "Nguyễn Thị Lan" in str(err.value)
    prog = audits.save_programme(ctx, year=2026, objectives="Đánh giá toàn bộ HTQLCL")
    a = audits.plan_audit(ctx, title="Đánh giá nội bộ năm 2026", planned_date=D(2026, 10, 5), lead_auditor_id=hung.id,
                          member_ids=[lan.id], unit_ids=[tp.id, vp.id], programme_id=prog.id)
    with pytest.raises(ValidationError):
        audits.add_checklist_item(ctx, a.id, question="Hồ sơ có đầy đủ?", unit_id=tp.id, auditor_id=lan.id)
    item = audits.add_checklist_item(ctx, a.id, question="Hồ sơ có đầy đủ?", clause="7.5", unit_id=tp.id, auditor_id=hung.id)
    audits.record_result(ctx, item.id, result="nonconform", evidence="3/10 hồ sơ thiếu phiếu")
    f = audits.add_finding(ctx, a.id, kind="nonconform", severity="minor", clause="7.5.3",
                           description="Hồ sơ thiếu phiếu kiểm soát quá trình", unit_id=tp.id, checklist_item_id=item.id)
    audits.complete_audit(ctx, a.id, start_date=D(2026, 10, 5), end_date=D(2026, 10, 6), report_summary="Phù hợp cơ bản")
    nc = audits.raise_nc(ctx, f.id, due_date=D(2026, 12, 1))
    assert (nc.source, nc.audit_id, nc.clause, nc.detected_date, nc.number) == ("internal_audit", a.id, "7.5.3", D(2026, 10, 5), "01/2026")
    with pytest.raises(ValidationError):
        audits.raise_nc(ctx, f.id)
    detail = audits.get_audit(ctx, a.id)
    assert detail.findings[0].nc_number == "01/2026" and detail.row.status == "done" and detail.row.nonconformities == 1
    audits.approve_report(ctx, a.id, approved_by="Trần Văn Minh")
    assert [r.title for r in audits.list_audits(ctx, search="danh gia noi bo")] == ["Đánh giá nội bộ năm 2026"]
    with pytest.raises(ValidationError):
        audits.complete_audit(ctx, a.id, start_date=D(2027, 1, 1))


def test_an_audit_held_across_the_new_year_and_its_nonconformity_are_of_the_same_year(db):
    """QA 56 F8: an audit held 30/12/2026–02/01/2027 counted in 2026's report with its finding, while the
    nonconformity raised from it was dated 02/01/2027 and numbered 01/2027 (in 2027-H1, absent from Appendix III)."""
    ctx = AppContext(db, Actor("danhgia", "auditor"), clock=lambda: D(2027, 1, 2))
    lead = records.create(AppContext(db, SYSTEM, clock=lambda: D(2027, 1, 2)), "staff", {"full_name": "Lê Văn Hùng"})
    a = audits.plan_audit(ctx, title="Đánh giá nội bộ bổ sung", planned_date=D(2026, 12, 30), lead_auditor_id=lead.id)
    f = audits.add_finding(ctx, a.id, kind="nonconform", severity="minor", description="Sổ theo dõi chưa cập nhật")
    audits.complete_audit(ctx, a.id, start_date=D(2026, 12, 30), end_date=D(2027, 1, 2))
    nc = audits.raise_nc(ctx, f.id)
    assert (nc.detected_date, nc.number) == (D(2026, 12, 30), "01/2026")


def test_auditor_role_can_audit_but_not_edit_procedures(db):
    auditor = AppContext(db, Actor("danhgia", "auditor"), clock=lambda: D(2026, 11, 23))
    a = audits.plan_audit(auditor, title="Đánh giá", planned_date=D(2026, 10, 1))
    f = audits.add_finding(auditor, a.id, kind="nonconform", description="Thiếu hồ sơ")
    assert audits.raise_nc(auditor, f.id).number == "01/2026"
    with pytest.raises(PermissionDenied):
        procedures.create_procedure(auditor, code="QT-9", title="x")


# ---------------------------------------------------------------- reviews, objectives, announcements
def test_review_prefilled_and_outputs(ctx):
    records.create(ctx, "service_stat", {"period_start": D(2025, 12, 15), "period_end": D(2026, 6, 14),
                                         "received": 1659, "on_time": 1625, "late": 34})
    ncs.open_nc(ctx, description="Trễ hạn", detected_date=D(2026, 4, 1))
    r = reviews.create_review(ctx, date=D(2026, 10, 20), place="Hội trường UBND xã", chair="Trần Văn Minh")
    d = reviews.get_review(ctx, r.id)
    assert set(d.inputs) == set(reviews.INPUT_KEYS)
    # as the report prints numbers: 1.659, not 1659 (QA 57 F4)
    # which months the figures cover (QA 60 F5: the minutes of October beside the year's report)
    assert "Tiếp nhận 1.659 hồ sơ TTHC (từ ngày 15/12/2025 đến ngày 14/06/2026); giải quyết đúng hạn 1.625, trễ hạn 34" in d.inputs["c3"]
    assert "(đúng hạn 97,9%)" in d.inputs["c3"]  # 1625 / 1659 = 97,95…: floored, never rounded up
    assert "1 sự không phù hợp" in d.inputs["c4"]
    reviews.set_input(ctx, r.id, "b", "Sắp xếp đơn vị hành chính cấp xã")
    o = reviews.add_output(ctx, r.id, kind="improvement", description="Số hóa hồ sơ một cửa", owner="Văn phòng",
                           due_date=D(2026, 11, 1))
    reviews.hold_review(ctx, r.id, conclusion="Hệ thống phù hợp và hiệu lực")
    assert reviews.list_reviews(ctx)[0].open_outputs == 1
    assert any(w.rule == "overdue_action" for w in warnings.current_warnings(ctx))
    reviews.complete_output(ctx, o.id, done_date=D(2026, 11, 20))
    assert reviews.list_reviews(ctx)[0].open_outputs == 0


def test_review_inputs_speak_of_the_previous_review_and_this_years_objectives(ctx):
    """QA 9 F4: input a) added up the outputs of every earlier review ("9 đầu ra; đã hoàn thành 6"), and c2 the
    objectives of two years, both printed in the signed minutes."""
    first = reviews.create_review(ctx, date=D(2025, 10, 20), place="Hội trường", chair="Trần Văn Minh")
    for text in ("Số hóa hồ sơ", "Bổ sung máy quét"):
        done = reviews.add_output(ctx, first.id, kind="improvement", description=text, due_date=D(2025, 12, 1))
    reviews.complete_output(ctx, done.id, done_date=D(2025, 11, 20))
    cancelled = reviews.create_review(ctx, date=D(2026, 3, 1), place="Hội trường", chair="Trần Văn Minh")
    reviews.add_output(ctx, cancelled.id, kind="change", description="Sửa quy trình", due_date=D(2026, 6, 1))
    reviews.cancel_review(ctx, cancelled.id, reason="Hoãn họp")
    second = reviews.create_review(ctx, date=D(2026, 4, 20), place="Hội trường", chair="Trần Văn Minh")
    for text in ("Khảo sát trực tuyến", "Niêm yết mã QR", "Tập huấn"):
        last = reviews.add_output(ctx, second.id, kind="improvement", description=text, due_date=D(2026, 9, 1))
    reviews.complete_output(ctx, last.id, done_date=D(2026, 8, 1))
    for year, value in ((2025, 97), (2026, 99)):
        o = records.create(ctx, "objective", {"year": year, "text": f"Đúng hạn {year}", "target": 98,
                                              "comparison": ">=", "unit": "%"})
        objectives.record_result(ctx, o.id, period=f"{year}-H1", value=value - 5)
        objectives.record_result(ctx, o.id, period=str(year), value=value)
    r = reviews.create_review(ctx, date=D(2026, 10, 20), place="Hội trường", chair="Trần Văn Minh")
    inputs = reviews.get_review(ctx, r.id).inputs
    assert inputs["a"] == "Cuộc xem xét trước (ngày 20/04/2026) có 3 đầu ra; đã hoàn thành 1, còn 2."
    assert inputs["c2"] == "Mục tiêu chất lượng năm 2026: 1/1 mục tiêu đạt theo kết quả đo gần nhất."
    assert reviews.get_review(ctx, first.id).inputs["a"] == "Chưa có cuộc xem xét của lãnh đạo trước đây."


def test_review_inputs_say_a_zero_in_words(ctx):
    """QA 57 F8: the minutes the chairman signs said "đã hoàn thành 2, còn 0" and "0 khiếu nại"."""
    first = reviews.create_review(ctx, date=D(2026, 3, 20), place="Hội trường", chair="Trần Văn Minh")
    for text in ("Số hóa hồ sơ", "Bổ sung máy quét"):
        out = reviews.add_output(ctx, first.id, kind="improvement", description=text, due_date=D(2026, 6, 1))
        reviews.complete_output(ctx, out.id, done_date=D(2026, 4, 10))
    empty = reviews.create_review(ctx, date=D(2026, 4, 20), place="Hội trường", chair="Trần Văn Minh")
    inputs = reviews.get_review(ctx, empty.id).inputs
    assert inputs["a"] == "Cuộc xem xét trước (ngày 20/03/2026) có 2 đầu ra; đã hoàn thành cả 2."
    assert inputs["c1"].startswith("Không tiếp nhận phản ánh, kiến nghị; không có khiếu nại.")
    assert inputs["c4"] == "Không phát sinh sự không phù hợp."
    assert inputs["c6"] == "Chưa thực hiện cuộc đánh giá nội bộ nào trong kỳ."
    later = reviews.create_review(ctx, date=D(2026, 5, 20), place="Hội trường", chair="Trần Văn Minh")
    assert reviews.get_review(ctx, later.id).inputs["a"] == "Cuộc xem xét trước (ngày 20/04/2026) không có đầu ra."
    for text in inputs.values():
        assert not re.search(r"(?<![\d/.,])0(?![\d/.,%])", text), text


def test_objective_results(ctx):
    o = records.create(ctx, "objective", {"year": 2026, "text": "Tỷ lệ hồ sơ giải quyết đúng hạn", "target": 98,
                                          "comparison": ">=", "unit": "%"})
    assert objectives.record_result(ctx, o.id, period="2026-H1", value=98.5).achieved is True
    assert objectives.record_result(ctx, o.id, period="2026-H1", value=97).achieved is False
    assert len(objectives.results(ctx, o.id)) == 1
    assert any(w.rule == "objective_unmet" for w in warnings.current_warnings(ctx))
    with pytest.raises(ValidationError):
        objectives.record_result(ctx, o.id, period="2026-Q3", value=1)


def test_announcement_scope_and_reannouncement_warning(ctx):
    a1 = tthc.create_tthc(ctx, code="1.000001", name="A")
    ann = announcements.announce(ctx, {"decision_number": "15/QĐ-UBND", "decision_date": D(2025, 3, 1)})
    assert announcements.scope_codes(ctx, ann.id) == ["1.000001"]
    assert not any(w.rule == "announcement" for w in warnings.current_warnings(ctx))
    tthc.create_tthc(ctx, code="1.000002", name="B")
    assert any(w.rule == "announcement" for w in warnings.current_warnings(ctx))
    tthc.set_in_scope(ctx, a1.id, False)
    ws = [w for w in warnings.current_warnings(ctx) if w.rule == "announcement"]
    assert ws[0].params == {"added": 1, "removed": 1}
    assert ws[0].due_date is None  # no deadline in law: not "today", a date moving every day (QA 63 F2)


def test_warnings_cover_the_rules(ctx):
    t = tthc.create_tthc(ctx, code="1.000001", name="Đăng ký khai tử", time_limit="01 ngày làm việc")
    p = procedures.create_procedure(ctx, code="QT-HT-03", title="Đăng ký khai tử", tthc_ids=[t.id])
    v = procedures.add_version(ctx, p.id, procedures.VersionInput(steps=(Step(1, "A", duration=2),)))
    procedures.approve_version(ctx, v.id, approved_by="Chủ tịch", approved_date=D(2026, 1, 1),
                               effective_date=D(2026, 1, 1))
    records.create(ctx, "legal_document", {"procedure_id": p.id, "title": "Luật Hộ tịch sửa đổi",
                                           "effective_date": D(2026, 10, 1)})
    records.create(ctx, "external_inspection", {"date": D(2026, 10, 20), "body": "Sở KH&CN", "signed_date": D(2026, 10, 20)})
    rules_seen = {w.rule for w in warnings.current_warnings(ctx)}
    assert {"audit_yearly", "review_yearly", "legal_update", "inspection_followup", "steps_time_limit",
            "announcement"} <= rules_seen


# ---------------------------------------------------------------- search, attachments, history, check
def test_global_search_folded(ctx, sample_xlsx):
    tthc.import_tthc(ctx, sample_xlsx)
    procedures.create_procedure(ctx, code="QT-HT-01", title="Quy trình Đăng ký khai sinh")
    hits = search.search(ctx, "dang ky khai sinh")
    assert ("tthc", "1.009137", "Đăng ký khai sinh") in {(h.kind, h.ref, h.title) for h in hits}
    assert any(h.kind == "procedure" and h.ref == "QT-HT-01" for h in hits)
    assert search.search(ctx, "THU TUC BAU HOA GIAI")[0].title == "Thủ tục bầu hòa giải viên"
    assert search.search(ctx, "   ") == []
    assert search.search(ctx, "1%0_9") == []  # not wildcards: as LIKE's, they would match 1.009137
    # punctuation typed around the words, as copied from a document, finds the same
    plain = {(h.kind, h.ref) for h in search.search(ctx, "khai sinh")}
    for typed in ("khai sinh,", "Khai Sinh.", '"khai sinh"', "(khai sinh)", "“khai sinh”…"):
        assert {(h.kind, h.ref) for h in search.search(ctx, typed)} == plain, typed
    assert {h.ref for h in search.search(ctx, "1.009137")} == {"1.009137"}  # a code keeps its dot


def test_attachments_content_addressed(ctx, db, tmp_path):
    p = procedures.create_procedure(ctx, code="QT-01", title="Kiểm soát tài liệu")
    f = tmp_path / "Quy trình.pdf"
    f.write_bytes(b"%PDF-1.4 demo")
    a1 = attachments.attach(ctx, "procedure", p.id, filename=f.name, path=f)
    a2 = attachments.attach(ctx, "procedure", p.id, filename="copy.pdf", data=b"%PDF-1.4 demo")
    assert a1.sha256 == a2.sha256 and count(db, orm.StoredFile) == 1
    assert attachments.content(ctx, a1.id) == b"%PDF-1.4 demo"
    attachments.detach(ctx, a2.id, reason="Trùng")
    assert [a.filename for a in attachments.list_attachments(ctx, "procedure", p.id)] == ["Quy trình.pdf"]
    with pytest.raises(ValidationError):
        attachments.attach(ctx, "procedure", p.id, filename="x", path=tmp_path / "missing.pdf")
    with pytest.raises(NotFound):
        attachments.attach(ctx, "procedure", 999, filename="x", data=b"1")


def test_history_chain_detects_outside_edit(ctx, db):
    records.create(ctx, "unit", {"name": "Địa chính"})
    u = records.create(ctx, "unit", {"name": "Văn hóa - Xã hội"})
    records.update(ctx, "unit", u.id, {"name": "Văn hóa – Xã hội"})
    assert history.count_changes(ctx) == 3
    assert [c.action for c in history.list_changes(ctx, entity="unit", entity_id=u.id)] == ["update", "create"]
    assert check.check_database(db).healthy
    with db.engine.begin() as raw:  # an edit made outside the application (raw SQL, no ORM events)
        raw.exec_driver_sql("UPDATE change_log SET new_values = replace(new_values, 'Địa chính', 'Dia chinh') "
                            "WHERE id = (SELECT min(id) FROM change_log)")
    report = check.check_database(db)
    assert not report.healthy and report.history_first_bad == 1


@pytest.mark.sqlite_only("compares the database file's bytes")
def test_check_is_read_only(ctx, db):
    records.create(ctx, "unit", {"name": "Địa chính"})
    before = db.path.read_bytes()
    check.check_database(db)
    assert db.path.read_bytes() == before


def test_a_line_not_found_is_named_as_the_user_knows_it(ctx):
    from qms_desktop.cli import i18n as cli_i18n

    with pytest.raises(NotFound) as err:
        ncs.complete_action(ctx, 99999, done_date="01/06/2026")
    assert err.value.render(cli_i18n.load("vi")) == "Không tìm thấy hồ sơ (Hành động khắc phục 99999)."
