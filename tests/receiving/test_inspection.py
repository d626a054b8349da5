"""The province's yearly inspection cycle over a demo province of 13 reporting units (12 real or
generated packages through the real import): the suggestion and its reasons, the plan with at least a
third on site, the team and schedule, the record's findings, and the 2-month follow-up that appears,
turns overdue and clears."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from inspect_helpers import send_generated
from province import ICT

from qms_desktop.services.context import AppContext
from qms_desktop.services.receiving import inspection as ins
from qms_desktop.storage import orm

YEAR = 2026


@pytest.fixture
def demo(inspected_office):
    return inspected_office


def at(ctx, day: dt.date) -> AppContext:
    return AppContext(ctx.db, ctx.actor, lambda: day)


def _vi(message) -> str:
    from qms_desktop.cli import i18n
    from qms_desktop.i18n import render

    try:
        return render(message, i18n.load("vi"))
    finally:
        i18n.load("en")


def reasons(s: ins.Suggestion) -> set[str]:
    return {r.rule for r in s.reasons}


def test_followup_due_is_two_calendar_months_after_signing():
    assert ins.followup_due(dt.date(2026, 8, 15)) == dt.date(2026, 10, 15)
    assert ins.followup_due(dt.date(2026, 12, 31)) == dt.date(2027, 2, 28)  # clamped to the month's end
    assert ins.followup_due(None) is None
    assert ins.on_site_needed(13) == 5 and ins.on_site_needed(12) == 4 and ins.on_site_needed(168) == 56


def test_suggestion_ranks_units_by_the_inbox_signals(demo):
    ranked = ins.suggest(demo, YEAR)
    by_code = {s.code: s for s in ranked}
    # 13 units expected in 2026: LD-PQ is not expected, LD-OLD closed in 2025
    assert len(ranked) == 13 and "LD-PQ" not in by_code and "LD-OLD" not in by_code
    assert [s.score for s in ranked] == sorted((s.score for s in ranked), reverse=True)
    assert {"missing", "never_on_site"} <= reasons(by_code["LD-LB"])
    assert {"missing", "never_on_site"} <= reasons(by_code["LD-G05"])
    assert "late" in reasons(by_code["LD-BL"]) and "nc_overdue" in reasons(by_code["LD-BL"])
    late = next(r for r in by_code["LD-BL"].reasons if r.rule == "late")
    assert late.data == {"period": "2026-H1", "sent": "25/06/2026"}
    assert "Gửi báo cáo 6 tháng đầu năm 2026 trễ hạn (25/06/2026)" == late.vietnamese
    assert _vi(late) == "Gửi báo cáo sáu tháng đầu năm 2026 trễ hạn (25/06/2026)"  # on screen: no '2026-H1'
    assert "late" not in reasons(by_code["LD-DH"])  # sent on the due day: on time
    assert "nc_overdue" in reasons(by_code["LD-DH"])
    overdue = next(r for r in by_code["LD-DH"].reasons if r.rule == "nc_overdue")  # QA 9 B-F9: NCs, not actions
    assert _vi(overdue) == f"{overdue.data['count']} sự không phù hợp quá hạn khắc phục (sáu tháng đầu năm 2026)"
    assert {"late", "low_on_time", "no_audit_yet"} <= reasons(by_code["LD-G03"])  # weak and late
    low = next(r for r in by_code["LD-G03"].reasons if r.rule == "low_on_time")
    assert low.data["target"] == "98" and low.data["period"] == "2026-H1"
    # nothing received at all ranks first
    assert {ranked[0].code, ranked[1].code} == {"LD-LB", "LD-G05"}
    assert "missing" not in reasons(by_code["LD-TP"]) and "late" not in reasons(by_code["LD-TP"])
    # a unit that sent nothing is inspected before one that reported on time with nothing wrong
    clean_units = [s for s in ranked if reasons(s) == {"never_on_site"}]
    assert clean_units, [(s.code, reasons(s)) for s in ranked]
    assert by_code["LD-LB"].score > clean_units[0].score
    assert ranked.index(by_code["LD-LB"]) < ranked.index(clean_units[0])


def test_a_returned_report_still_uncorrected_counts_against_its_unit(demo):
    """Sent late and returned for correction: no figures are counted, but it is not "all well" either."""
    from qms_desktop.services import receiving as rx

    before = {s.code: s for s in ins.suggest(demo, YEAR)}["LD-BL"]
    rx.return_report(demo, rx.find_submission(demo, "LD-BL", "2026-H1"), "Thiếu phụ lục số liệu theo lĩnh vực.")
    after = {s.code: s for s in ins.suggest(demo, YEAR)}["LD-BL"]
    assert {"returned", "late"} <= reasons(after) and "nc_overdue" not in reasons(after)  # its figures are out
    returned = next(r for r in after.reasons if r.rule == "returned")
    assert returned.vietnamese == "Báo cáo 6 tháng đầu năm 2026 bị trả lại, chưa gửi bản sửa"
    assert after.score > before.score


def test_plan_needs_a_third_on_site_and_bad_input_changes_nothing(demo):
    ranked = ins.suggest(demo, YEAR)
    four = [ins.PlanEntry(s.code, i < 4) for i, s in enumerate(ranked)]
    with pytest.raises(ins.InspectionInvalid) as err:
        ins.set_units(demo, YEAR, four)
    assert "5 needed, 4 planned" in str(err.value)
    with demo.tx("read") as s:
        assert s.scalar(select(func.count()).select_from(orm.RxInspection)) == 0
    with pytest.raises(ins.InspectionInvalid, match="No unit with code NOPE"):
        ins.set_units(demo, YEAR, [ins.PlanEntry("NOPE", True)])
    with pytest.raises(ins.InspectionInvalid, match="not in 2026"):
        ins.set_units(demo, YEAR, [ins.PlanEntry(s.code, True, "03/03/2025") for s in ranked])

    plan = ins.plan_from_suggestion(demo, YEAR)
    assert plan.units_expected == 13 and plan.on_site_needed == 5
    assert len(plan.rows) == 13 and len(plan.on_site) == 5
    assert {r.code for r in plan.on_site} == {s.code for s in ranked[:5]}
    kept = {r.code: r for r in plan.rows}
    assert {x.rule for x in kept["LD-LB"].reasons} == reasons(next(s for s in ranked if s.code == "LD-LB"))
    # a date per unit, in the year; dd/MM/yyyy
    plan = ins.set_schedule(demo, YEAR, "LD-LB", "12/08/2026")
    assert plan.row("LD-LB").scheduled == dt.date(2026, 8, 12)
    with pytest.raises(Exception, match="dd/MM/yyyy|date"):
        ins.set_schedule(demo, YEAR, "LD-LB", "2026-13-45")
    assert ins.get_plan(demo, YEAR).row("LD-LB").scheduled == dt.date(2026, 8, 12)


def test_making_the_plan_again_keeps_every_unit_s_form_and_date(demo):
    """QA 15 F1 (High): "Lập kế hoạch theo đề xuất" on an existing plan erased every date, those of units already
    inspected too, and the officer's choices of form; its question said inspected units stay."""
    plan = ins.plan_from_suggestion(demo, YEAR)
    on_site = [r.code for r in plan.on_site]
    by_records = next(r.code for r in plan.rows if not r.on_site)
    ins.save_plan(demo, YEAR, decision_number="120/QĐ-SKHCN", decision_date="15/06/2026")
    ins.set_schedule(demo, YEAR, on_site[0], "10/08/2026")
    ins.record_findings(at(demo, dt.date(2026, 8, 12)), YEAR, on_site[0],
                        ins.Findings("05/BB-ĐKT", "10/08/2026", conformities="Đầy đủ"))
    entries = [ins.PlanEntry(r.code, r.on_site or r.code == by_records,
                             "01/09/2026" if r.code == by_records else r.scheduled) for r in ins.get_plan(demo, YEAR).rows]
    ins.set_units(demo, YEAR, entries)  # the officer checks one more unit on site, on 01/09
    before = {r.code: (r.on_site, r.scheduled, r.signed_date) for r in ins.get_plan(demo, YEAR).rows}

    again = ins.plan_from_suggestion(demo, YEAR)
    assert {r.code: (r.on_site, r.scheduled, r.signed_date) for r in again.rows} == before
    assert again.row(on_site[0]).scheduled == dt.date(2026, 8, 10) and again.row(by_records).on_site


    # QA 15 F4: a signed record's date stays; a date typed before the decision is refused
    with pytest.raises(ins.InspectionInvalid, match="its date stays"):
        ins.set_schedule(demo, YEAR, on_site[0], "11/08/2026")
    with pytest.raises(ins.InspectionInvalid, match=r"before the decision ordering the checks \(15/06/2026\)"):
        ins.set_schedule(demo, YEAR, on_site[1], "01/05/2026")
    assert ins.get_plan(demo, YEAR).row(on_site[1]).scheduled is None
    # QA 15 F5: the same record number ("5/bb-dkt" is 05/BB-ĐKT) for a second unit is refused
    with pytest.raises(ins.InspectionInvalid, match="already the record of"):
        ins.record_findings(at(demo, dt.date(2026, 8, 13)), YEAR, on_site[1],
                            ins.Findings("5/bb-dkt", "12/08/2026", conformities="Đầy đủ"))
    assert ins.get_plan(demo, YEAR).row(on_site[1]).signed_date is None


def test_team_and_decision(demo):
    ins.plan_from_suggestion(demo, YEAR)
    with pytest.raises(ins.InspectionInvalid, match="exactly one team leader"):
        ins.set_team(demo, YEAR, [ins.Member("Trần Thị Bình", "Chuyên viên", "member")])
    with pytest.raises(ins.InspectionInvalid, match="listed twice"):
        ins.set_team(demo, YEAR, [ins.Member("Lê Văn Cường", "", "lead"), ins.Member("le van cuong", "", "member")])
    plan = ins.set_team(demo, YEAR, [ins.Member("Trần Thị Bình", "Chuyên viên Chi cục TĐC", "secretary"),
                                     ins.Member("Lê Văn Cường", "Phó Giám đốc Sở", "lead"),
                                     ins.Member("Phạm Minh Đức", "Trưởng phòng", "member")])
    assert [m.role for m in plan.team] == ["lead", "member", "secretary"]
    plan = ins.save_plan(demo, YEAR, plan_number="15/KH-SKHCN", plan_date="02/03/2026",
                         decision_number="120/QĐ-SKHCN", decision_date="15/06/2026", budget="Ngân sách nhà nước")
    assert (plan.plan_number, plan.plan_date, plan.decision_date) == ("15/KH-SKHCN", dt.date(2026, 3, 2),
                                                                      dt.date(2026, 6, 15))
    with pytest.raises(ins.InspectionInvalid, match="before the plan"):
        ins.save_plan(demo, YEAR, decision_date="01/03/2026")
    assert ins.get_plan(demo, YEAR).decision_date == dt.date(2026, 6, 15)


def test_findings_and_the_two_month_follow_up_appear_and_clear(demo, tmp_path):
    ins.plan_from_suggestion(demo, YEAR)
    ins.save_plan(demo, YEAR, decision_number="120/QĐ-SKHCN", decision_date="15/06/2026")
    day = at(demo, dt.date(2026, 6, 30))
    with pytest.raises(ins.InspectionInvalid, match="before the decision"):
        ins.record_findings(day, YEAR, "LD-G01", ins.Findings("01/BB-ĐKT", "10/06/2026", "Có chính sách"))
    with pytest.raises(ins.InspectionInvalid, match="at least one finding"):
        ins.record_findings(day, YEAR, "LD-G01", ins.Findings("01/BB-ĐKT", "30/06/2026"))
    with pytest.raises(ins.InspectionInvalid, match="in the future"):
        ins.record_findings(day, YEAR, "LD-G01", ins.Findings("01/BB-ĐKT", "01/07/2026", "x"))
    row = ins.record_findings(day, YEAR, "LD-G01", ins.Findings(
        "01/BB-ĐKT", "30/06/2026", "- Đã công bố HTQLCL\n- Đã ban hành chính sách chất lượng",
        "Chưa cập nhật văn bản pháp luật mới vào quy trình QT-05\n\nChưa phân tích khảo sát",
        "Tăng cường đào tạo chuyên gia đánh giá nội bộ"))
    assert row.conformities == ("Đã công bố HTQLCL", "Đã ban hành chính sách chất lượng")
    assert len(row.nonconformities) == 2 and row.followup_due == dt.date(2026, 8, 30)
    assert row.followup_state == ins.WAITING

    # the deadline appears among the open follow-ups, then turns overdue
    open_now = ins.follow_ups(at(demo, dt.date(2026, 7, 1)), open_only=True)
    assert [(f.code, f.state, f.due) for f in open_now] == [("LD-G01", ins.WAITING, dt.date(2026, 8, 30))]
    late = ins.follow_ups(at(demo, dt.date(2026, 8, 31)), open_only=True)
    assert late[0].state == ins.OVERDUE and late[0].days_left == -1
    assert ins.follow_ups(at(demo, dt.date(2026, 8, 30)), open_only=True)[0].state == ins.WAITING  # due day itself

    # the unit's next package, even ACCEPTED, does not close it when it does not answer the record (its
    # report.json lists no inspection): the follow-up stays open and says so
    december = at(demo, dt.date(2026, 12, 20))
    send_generated(december, _province(), "LD-G01", demo.keys["LD-G01"], "2026",
                   dt.datetime(2026, 12, 18, 9, 0, tzinfo=ICT), tmp_path, accept=True)
    [still] = ins.follow_ups(december, open_only=True)
    assert still.state == ins.OVERDUE and still.answered_on is None and still.not_answered_by.startswith("2026 v1")
    assert ins.get_plan(december, YEAR).row("LD-G01").not_answered_by.startswith("2026 v1")


def test_follow_up_marked_received_by_hand(demo):
    ins.plan_from_suggestion(demo, YEAR)
    day = at(demo, dt.date(2026, 9, 1))
    with pytest.raises(ins.InspectionInvalid, match="no signed record"):
        ins.mark_followup_received(day, YEAR, "LD-TP", "20/08/2026")
    ins.record_findings(day, YEAR, "LD-TP", ins.Findings("02/BB-ĐKT", "15/08/2026", "", "Thiếu hồ sơ", ""))
    assert ins.get_plan(day, YEAR).row("LD-TP").followup_due == dt.date(2026, 10, 15)
    with pytest.raises(ins.InspectionInvalid, match="before the record was signed"):
        ins.mark_followup_received(day, YEAR, "LD-TP", "14/08/2026")
    row = ins.mark_followup_received(day, YEAR, "LD-TP", "31/08/2026", "Công văn số 45/UBND")
    assert row.followup_state == ins.ANSWERED and row.answered_on == dt.date(2026, 8, 31)
    with pytest.raises(ins.InspectionInvalid, match="say why the follow-up opens again") as no_reason:
        ins.mark_followup_received(day, YEAR, "LD-TP", "")
    assert no_reason.value.field == "followup_note"
    row = ins.mark_followup_received(day, YEAR, "LD-TP", "", "Công văn 45 trả lời chưa đủ nội dung")  # reopened
    assert row.followup_state == ins.WAITING
    # QA 49 F10: the note on the report received stays; the reason is kept beside it and in the history
    assert (row.followup_note, row.correction_reason) == ("Công văn số 45/UBND", "Công văn 45 trả lời chưa đủ nội dung")


def test_a_signed_record_is_corrected_only_with_a_reason(demo):
    """QA 49 F3: `finding` overwrote a signed record's number, date and findings without a question, a reason or a
    message."""
    from qms_desktop.services import history

    ins.plan_from_suggestion(demo, YEAR)
    day = at(demo, dt.date(2026, 9, 1))
    signed = ins.Findings("02/BB-ĐKT", "15/08/2026", "", "Thiếu hồ sơ", "")
    ins.record_findings(day, YEAR, "LD-TP", signed)
    ins.record_findings(day, YEAR, "LD-TP", signed)  # the same again: nothing corrected, nothing asked
    changed = dataclasses.replace(signed, nonconformities="Thiếu hồ sơ\nChưa cập nhật QT-05")
    with pytest.raises(ins.InspectionInvalid, match="signed on 15/08/2026: say why it is corrected") as refused:
        ins.record_findings(day, YEAR, "LD-TP", changed)
    assert refused.value.field == "reason"
    assert ins.get_plan(day, YEAR).row("LD-TP").nonconformities == ("Thiếu hồ sơ",)  # nothing changed
    row = ins.record_findings(day, YEAR, "LD-TP", dataclasses.replace(changed, reason="Bổ sung theo biên bản gốc"))
    assert row.nonconformities == ("Thiếu hồ sơ", "Chưa cập nhật QT-05")
    assert row.correction_reason == "Bổ sung theo biên bản gốc"
    [entry] = history.list_changes(day, entity="rx_inspection", entity_id=str(row.id), limit=1)
    assert entry.new["correction_reason"] == "Bổ sung theo biên bản gốc" and "nonconformities" in entry.old


def test_signed_units_stay_in_the_plan_and_history_stays_healthy(demo):
    plan = ins.plan_from_suggestion(demo, YEAR)
    code = plan.on_site[0].code
    ins.record_findings(at(demo, dt.date(2026, 6, 30)), YEAR, code, ins.Findings("03/BB-ĐKT", "30/06/2026", "Phù hợp"))
    entries = [ins.PlanEntry(r.code, True) for r in plan.rows if r.code != code]  # enough on site without it
    with pytest.raises(ins.InspectionInvalid, match="stays in the plan"):
        ins.set_units(demo, YEAR, entries)
    # next year's suggestion knows the unit was inspected on site
    nxt = {s.code: s for s in ins.suggest(at(demo, dt.date(2027, 1, 10)), 2027)}
    assert "never_on_site" not in reasons(nxt[code])
    assert "never_on_site" in reasons(nxt["LD-LB" if code != "LD-LB" else "LD-G05"])
    from qms_desktop.services.check import check_database

    report = check_database(demo.db)
    assert report.healthy and report.rows_covered, report.problems


def _province():
    from province import _CACHE

    return _CACHE["province"]


def test_commune_enters_the_record_with_the_same_fields_and_deadline(demo, demo_db):
    """The commune types the Mẫu 21 record it received into its external-inspection record: same body,
    number, signing date and findings; its own 2-month warning falls on the office's deadline."""
    from qms_desktop.services import records, warnings
    from qms_desktop.services.demo import DEMO_ACCOUNTS

    ins.plan_from_suggestion(demo, YEAR)
    day = at(demo, dt.date(2026, 11, 20))
    row = ins.record_findings(day, YEAR, "LD-TP", ins.Findings("07/BB-ĐKT", "16/11/2026", "Đã công bố HTQLCL",
                                                               "Chưa cập nhật QT-05", "Đào tạo lại"))
    values = ins.external_inspection_values(row, "Sở Khoa học và Công nghệ tỉnh Lâm Đồng")
    leader = next((u, r, f) for u, r, _p, f in DEMO_ACCOUNTS if r == "leader")
    commune = AppContext(demo_db, __import__("qms_desktop.services.context", fromlist=["Actor"]).Actor(*leader),
                         lambda: dt.date(2026, 11, 23))
    created = records.create(commune, "external_inspection", values)
    found = [w for w in warnings.current_warnings(commune) if w.record == f"external_inspection:{created.id}"
             or w.params.get("number") == "07/BB-ĐKT"]
    assert found and found[0].due_date == row.followup_due == dt.date(2027, 1, 16)
    assert "Điểm không phù hợp:\n- Chưa cập nhật QT-05" in created.values["findings"]
    assert created.values["record_number"] == "07/BB-ĐKT"


def test_record_numbers_match_across_the_two_ends():
    signed = dt.date(2026, 6, 10)
    item = {"signed_date": "2026-06-10", "record_number": "5/BB-DKT", "corrective_reported": "2026-07-01"}
    assert ins.record_key("Số: 05/BB-ĐKT") == ins.record_key("5/bb-dkt") == "5/bb-dkt"
    assert ins.answers_record(item, "05/BB-ĐKT", signed)
    assert ins.answers_record(item, "", signed)  # the office kept no number: the signing date decides
    assert not ins.answers_record({**item, "record_number": "06/BB-ĐKT"}, "05/BB-ĐKT", signed)  # another record
    assert not ins.answers_record({**item, "signed_date": "2026-06-11"}, "05/BB-ĐKT", signed)
    assert not ins.answers_record({**item, "corrective_reported": None}, "05/BB-ĐKT", signed)  # not reported yet
    assert not ins.answers_record("05/BB-ĐKT", "05/BB-ĐKT", signed)


def test_only_the_package_that_answers_the_record_closes_the_follow_up(demo, province, tmp_path):
    """Real packages exported by the demo commune (LD-TP) through the real exporter and imported at the office:
    its 2026-H1 report sent after the record was signed but not mentioning it leaves the deadline open; a
    corrected version listing the inspection without corrective actions reported leaves it open too (and it
    turns overdue, a warning); the version that reports the corrective actions closes it."""
    import zipfile

    from province import OFFICE_NAME, copy_db, export_from

    from qms_desktop.reports.package import verify_package
    from qms_desktop.services import receiving as rx
    from qms_desktop.services import records, reports
    from qms_desktop.services.context import Actor
    from qms_desktop.storage.db import Database

    tp = province.sent["TP"]
    ins.plan_from_suggestion(demo, YEAR)
    june = at(demo, dt.date(2026, 6, 20))
    row = ins.record_findings(june, YEAR, "LD-TP", ins.Findings("07/BB-ĐKT", "10/06/2026", "Đã công bố HTQLCL",
                                                                "Chưa cập nhật QT-05", "Đào tạo lại"))
    assert row.followup_due == dt.date(2026, 8, 10)
    # TP's 2026-H1 report (exported 19/06, after the signing, accepted) does not answer it
    [f] = ins.follow_ups(june, open_only=True)
    assert (f.code, f.state, f.due) == ("LD-TP", ins.WAITING, dt.date(2026, 8, 10))
    assert f.not_answered_by.startswith("2026-H1 v1") and f.answered_on is None

    def export(day: dt.date, version_of: int, folder: str, *, sent: str | None = None) -> tuple:
        db = Database.open(commune_db)
        try:
            ctx = AppContext(db, Actor(*tp.leader), lambda: day)
            if sent is not None:
                records.update(ctx, "external_inspection", inspection_id, {"report_sent_date": sent})
            v = reports.correct_report(ctx, version_of)
            reports.finalize_report(ctx, v.id, date=day.strftime("%d/%m/%Y"), acknowledge_all=True)
        finally:
            db.close()
        return v.id, export_from(commune_db, tp.leader, v.id, tmp_path / folder, tp.key_dir,
                                 dt.datetime.combine(day, dt.time(9, 0), tzinfo=ICT))

    def receive(day: dt.date, package) -> AppContext:
        ctx = at(demo, day)
        sub = rx.find_submission(ctx, "LD-TP", "2026-H1")
        rx.unlock_report(ctx, sub, "Xã gửi bản sửa đổi sau kiểm tra")
        outcome = rx.import_packages(ctx, [package]).outcomes[0]
        assert outcome.status == "superseded", outcome.reason
        rx.accept_report(ctx, sub)
        return ctx

    # the commune enters the record it received (the same fields and numbers), its corrective actions not
    # reported yet, and sends a corrected 2026-H1 report
    commune_db = copy_db(tp.db, tmp_path / "TP.sqlite")
    db = Database.open(commune_db)
    try:
        created = records.create(AppContext(db, Actor(*tp.leader), lambda: dt.date(2026, 6, 25)), "external_inspection",
                                 ins.external_inspection_values(row, OFFICE_NAME))
        inspection_id = created.id
    finally:
        db.close()
    v2, package2 = export(dt.date(2026, 6, 25), tp.report_id, "v2")
    with zipfile.ZipFile(package2) as z:
        assert '"external_inspections"' in z.read("report.json").decode()
    [listed] = verify_package(package2).data.external_inspections
    assert (listed.body, listed.record_number, listed.signed_date, listed.corrective_reported) == (
        OFFICE_NAME, "07/BB-ĐKT", dt.date(2026, 6, 10), None)
    ctx = receive(dt.date(2026, 6, 26), package2)
    [f] = ins.follow_ups(ctx, open_only=True)
    assert f.state == ins.WAITING and f.not_answered_by.startswith("2026-H1 v2")
    # two months and a day after the signing: overdue (the status view's warning is red)
    [f] = ins.follow_ups(at(demo, dt.date(2026, 8, 11)), open_only=True)
    assert f.state == ins.OVERDUE and f.days_left == -1 and f.not_answered_by.startswith("2026-H1 v2")

    # the commune reports its corrective actions and sends the next version: it answers the record
    v3, package3 = export(dt.date(2026, 8, 12), v2, "v3", sent="12/08/2026")
    [listed] = verify_package(package3).data.external_inspections
    assert listed.corrective_reported == dt.date(2026, 8, 12) and listed.record_number == "07/BB-ĐKT"
    ctx = receive(dt.date(2026, 8, 13), package3)
    assert ins.follow_ups(ctx, open_only=True) == []
    done = ins.get_plan(ctx, YEAR).row("LD-TP")
    assert done.followup_state == ins.ANSWERED_LATE and done.answered_on == dt.date(2026, 8, 12)
    assert done.answered_by.startswith("2026-H1 v3") and done.not_answered_by == ""
    [closed] = [x for x in ins.follow_ups(ctx) if x.code == "LD-TP"]
    assert closed.state == ins.ANSWERED_LATE and closed.answered_by.startswith("2026-H1 v3")
    from qms_desktop.services.check import check_database

    report = check_database(demo.db)
    assert report.healthy, report.problems


def test_report_json_readers_take_external_inspections_as_optional(province):
    """A report.json without ``external_inspections`` (every package made before issue 15) reads as none; a
    malformed list is refused as unreadable (the package reader then says "report.json cannot be read")."""
    import json
    import zipfile

    from qms_desktop.reports.report_data import InspectionAnswer, ReportData

    with zipfile.ZipFile(province.sent["BL"].package) as z:
        raw = z.read("report.json").decode()
    assert '"external_inspections"' not in raw
    data = ReportData.from_json(raw)
    assert data.external_inspections == () and data.to_json() == raw  # byte-stable, key absent when empty
    item = {"body": "Sở KH&CN", "record_number": "07/BB-ĐKT", "signed_date": "2026-06-10",
            "corrective_reported": "2026-08-12", "nc_total": 2, "nc_closed": 1}
    with_one = json.loads(raw) | {"external_inspections": [item]}
    data = ReportData.from_json(json.dumps(with_one))
    assert data.external_inspections == (InspectionAnswer("Sở KH&CN", "07/BB-ĐKT", dt.date(2026, 6, 10),
                                                          dt.date(2026, 8, 12), 2, 1),)
    assert ReportData.from_json(data.to_json()) == data
    for bad in ([{"body": "x"}], [{"signed_date": "10/06/2026"}], ["07/BB-ĐKT"]):
        with pytest.raises((ValueError, TypeError, KeyError)):
            ReportData.from_json(json.dumps(json.loads(raw) | {"external_inspections": bad}))


def test_dates_of_checks_and_records_hold_against_the_register_and_each_other(demo):
    """QA 49: F2 once the register closed two scheduled units, every change to the plan was refused, naming another
    unit; F4 a record was signed for a unit closed, or not yet established, that day; F6 a record signed before its
    check's date froze that date; F3 a record signed again after its corrective-action report had arrived."""
    plan = ins.plan_from_suggestion(demo, YEAR)
    a, b, c, d = [r.code for r in plan.rows if r.on_site][:4]
    day = at(demo, dt.date(2026, 11, 20))
    ins.set_schedule(day, YEAR, a, "12/08/2026")
    ins.set_schedule(day, YEAR, b, "12/08/2026")

    def register(code: str, **dates) -> None:
        with demo.tx("edit") as s:
            unit = s.scalar(select(orm.RxUnit).where(orm.RxUnit.code == code))
            for k, v in dates.items():
                setattr(unit, k, v)

    register(a, closed=dt.date(2026, 7, 31))
    register(b, closed=dt.date(2026, 7, 31))
    register(d, opened=dt.date(2026, 10, 1))
    assert ins.set_schedule(day, YEAR, a, "").row(a).scheduled is None  # cleared, b's kept date blocks nothing
    ins.set_schedule(day, YEAR, c, "10/09/2026")
    with pytest.raises(ins.InspectionInvalid, match="no longer exists on 12/08/2026"):
        ins.set_schedule(day, YEAR, a, "12/08/2026")
    with pytest.raises(ins.InspectionInvalid, match="did not exist yet on 15/08/2026"):
        ins.set_schedule(day, YEAR, d, "15/08/2026")
    with pytest.raises(ins.InspectionInvalid, match="no longer exists on 15/08/2026"):
        ins.record_findings(day, YEAR, b, ins.Findings("05/BB-ĐKT", "15/08/2026", "Đạt"))
    with pytest.raises(ins.InspectionInvalid, match="did not exist yet"):
        ins.record_findings(day, YEAR, d, ins.Findings("06/BB-ĐKT", "15/08/2026", "Đạt"))
    with pytest.raises(ins.InspectionInvalid, match=r"before the check \(10/09/2026\)"):
        ins.record_findings(day, YEAR, c, ins.Findings("07/BB-ĐKT", "01/09/2026", "Đạt"))
    signed = ins.record_findings(day, YEAR, c, ins.Findings("Số: 07/BB-ĐKT", "10/09/2026", "", "Chưa cập nhật QT-05"))
    assert signed.record_number == "07/BB-ĐKT"  # F8: the form prints its own "Số:" (it printed "Số: Số: …")
    ins.mark_followup_received(day, YEAR, c, "20/10/2026")
    with pytest.raises(ins.InspectionInvalid, match=r"after the corrective-action report .* \(20/10/2026\)"):
        ins.record_findings(day, YEAR, c, ins.Findings("07/BB-ĐKT", "01/11/2026", "", "Chưa cập nhật QT-05"))
    assert ins.get_plan(day, YEAR).row(c).signed_date == dt.date(2026, 9, 10)


def test_the_plans_dates_are_neither_to_come_nor_after_its_year(demo):
    """QA 49 F7: a 2025 plan dated 15/03/2030 with a decision of 20/03/2031 was accepted and printed."""
    day = at(demo, dt.date(2026, 12, 4))
    with pytest.raises(ins.InspectionInvalid, match="15/03/2030 is in the future"):
        ins.save_plan(day, 2025, plan_date="15/03/2030")
    with pytest.raises(ins.InspectionInvalid, match="after the plan's year 2025"):
        ins.save_plan(day, 2025, decision_date="20/03/2026")
    assert ins.get_plan(day, 2025) is None  # nothing written
    plan = ins.save_plan(day, 2027, plan_number="01/KH-SKHCN", plan_date="01/12/2026")  # next year's, made in December
    assert plan.plan_date == dt.date(2026, 12, 1)
