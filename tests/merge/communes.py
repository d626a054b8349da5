"""Small former communes with differing data, written through the services (as a user would).

``build_commune(db, spec)`` fills an empty database: profile, accounts, units and staff, the TTHC list,
procedures with approved versions and steps, an announcement, a quality policy and objective, an
internal audit with findings and the nonconformities raised from them, a complaint NC with actions,
a management review, trainings, a survey, service statistics, attached files, and six-month reports
finalised and sent. The specs below overlap on purpose with the demo commune (xã Tân Phú): same TTHC
codes, one TTHC with the same name under another code, clashing procedure codes (QT-01…), units and
a person with the same names, reports and statistics of the same periods, the same account names.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from qms_desktop.domain.steps import Step
from qms_desktop.services import agency, announcements, attachments, audits, ncs, objectives, procedures, records, reviews, tthc, users
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.services.reports import lifecycle
from qms_desktop.storage.db import Database


@dataclass
class CommuneSpec:
    full_name: str
    head: str
    units: list[str]
    staff: list[tuple[str, str, str]]  # full name, title, unit
    tthc: list[tuple[str, str, str, str]]  # code, name, field, time limit
    procedures: list[tuple[str, str, tuple[str, ...], str]]  # code, title, TTHC codes, owning unit
    ncs: list[tuple[dt.date, str, bool]]  # detected, description, closed
    stats: list[tuple[dt.date, dt.date, int, int, int, int]]  # start, end, received, on time, late, pending
    reports: list[str] = field(default_factory=list)  # periods finalised and sent
    today: dt.date = dt.date(2025, 6, 30)
    audit_day: dt.date = dt.date(2025, 3, 12)
    policy_year: int = 2025


PHU_LAM = CommuneSpec(
    full_name="Ủy ban nhân dân xã Phú Lâm",
    head="Lê Văn Tám",
    units=["Văn phòng - Thống kê", "Tư pháp - Hộ tịch", "Địa chính - Nông nghiệp", "Bộ phận một cửa"],
    staff=[("Lê Văn Tám", "Chủ tịch UBND xã", ""), ("Trần Thị Mai", "Công chức Văn phòng - Thống kê, thư ký ISO",
                                                       "Văn phòng - Thống kê"),
           ("Hoàng Thị Lan", "Công chức Tư pháp - Hộ tịch", "Tư pháp - Hộ tịch"),
           ("Phạm Minh Đức", "Công chức Địa chính - Nông nghiệp", "Địa chính - Nông nghiệp"),
           ("Vương Thị Hạnh", "Công chức Bộ phận một cửa", "Bộ phận một cửa")],
    tthc=[("1.009137", "Đăng ký khai sinh", "Hộ tịch", "Ngay trong ngày làm việc"),
          ("1.009174", "Đăng ký kết hôn", "Hộ tịch", "Ngay trong ngày làm việc"),
          ("1.009581", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", "Ngay trong ngày làm việc"),
          ("2.000986", "Đăng ký khai tử", "Hộ tịch", "Ngay trong ngày làm việc"),  # same name as 1.009211 elsewhere
          ("1.012345", "Xác nhận đơn đề nghị cấp giấy chứng nhận quyền sử dụng đất", "Đất đai", "10 ngày làm việc")],
    procedures=[("QT-01", "Kiểm soát tài liệu và hồ sơ", (), "Văn phòng - Thống kê"),
                ("QT-02", "Đánh giá nội bộ", (), "Văn phòng - Thống kê"),
                ("QT-HT-01", "Đăng ký khai sinh, khai tử", ("1.009137", "2.000986"), "Tư pháp - Hộ tịch"),
                ("QT-CT-01", "Chứng thực bản sao từ bản chính", ("1.009581",), "Tư pháp - Hộ tịch"),
                ("QT-DD-05", "Xác nhận đơn đề nghị cấp giấy chứng nhận", ("1.012345",), "Địa chính - Nông nghiệp")],
    ncs=[(dt.date(2025, 1, 20), "Hồ sơ chứng thực không có Phiếu kiểm soát quá trình giải quyết hồ sơ.", True),
         (dt.date(2025, 4, 8), "Công dân phản ánh trả kết quả khai sinh trễ hẹn 01 ngày.", False),
         (dt.date(2025, 6, 2), "Bảng niêm yết TTHC tại Bộ phận một cửa chưa cập nhật danh mục mới.", False)],
    stats=[(dt.date(2024, 6, 15), dt.date(2024, 12, 14), 812, 790, 12, 10),
           (dt.date(2024, 12, 15), dt.date(2025, 6, 14), 905, 880, 15, 10)],
    reports=["2025-H1"],
)

DA_LAY = CommuneSpec(
    full_name="Ủy ban nhân dân xã Đạ Lây",
    head="K'Brơi",
    units=["Văn phòng - Thống kê", "Văn hóa - Xã hội", "Bộ phận tiếp nhận và trả kết quả"],
    staff=[("K'Brơi", "Chủ tịch UBND xã", ""), ("Ka Thị Huyền", "Công chức Văn phòng - Thống kê, thư ký ISO",
                                                 "Văn phòng - Thống kê"),
           ("Điểu Văn Sơn", "Công chức Văn hóa - Xã hội", "Văn hóa - Xã hội"),
           ("Trần Thị Mai", "Công chức tiếp nhận và trả kết quả", "Bộ phận tiếp nhận và trả kết quả")],
    tthc=[("1.009137", "Đăng ký khai sinh", "Hộ tịch", "Ngay trong ngày làm việc"),
          ("1.009803", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng", "Bảo trợ xã hội",
           "15 ngày làm việc"),
          ("1.010099", "Xét tặng danh hiệu Gia đình văn hóa hằng năm", "Văn hóa", "05 ngày làm việc")],
    procedures=[("QT-01", "Kiểm soát tài liệu", (), "Văn phòng - Thống kê"),
                ("QT-HT-01", "Đăng ký khai sinh", ("1.009137",), "Văn phòng - Thống kê"),
                ("QT-BTXH-01", "Trợ cấp xã hội hằng tháng", ("1.009803",), "Văn hóa - Xã hội"),
                ("QT-VH-02", "Xét tặng danh hiệu Gia đình văn hóa", ("1.010099",), "Văn hóa - Xã hội")],
    ncs=[(dt.date(2025, 2, 11), "Quy trình QT-BTXH-01 tại nơi làm việc không đúng lần ban hành hiện hành.", True),
         (dt.date(2025, 5, 19), "Thiếu hồ sơ đào tạo chuyên gia đánh giá nội bộ.", False)],
    stats=[(dt.date(2024, 12, 15), dt.date(2025, 6, 14), 402, 398, 2, 2),
           (dt.date(2025, 6, 15), dt.date(2025, 6, 30), 41, 41, 0, 0)],
    reports=["2025-H1"],
)

ACCOUNTS = [("thuky", "secretary", "ThuKy@2025x", "Thư ký ISO"), ("lanhdao", "leader", "LanhDao@2025x", "Lãnh đạo")]


def _steps() -> tuple[Step, ...]:
    return (Step(1, "Tiếp nhận, kiểm tra hồ sơ", "Bộ phận một cửa", 1, "hours", "Giấy tiếp nhận"),
            Step(2, "Thẩm định, trình ký", "Công chức chuyên môn", 3, "hours", "Dự thảo kết quả"),
            Step(3, "Trả kết quả", "Bộ phận một cửa", 1, "hours", "Sổ theo dõi"))


def build_commune(db: Database, spec: CommuneSpec) -> None:
    """Fill an empty database with the commune ``spec`` (about 150 service calls)."""
    users.create_first_user(db, username="lanhdao", password=ACCOUNTS[1][2], full_name=spec.head, role="leader")
    leader = Actor("lanhdao", "leader", spec.head)
    users.create_user(AppContext(db, leader), username="thuky", password=ACCOUNTS[0][2], role="secretary",
                      full_name=spec.staff[1][0])
    secretary = Actor("thuky", "secretary", spec.staff[1][0])
    start = dt.date(2024, 6, 3)

    def as_(actor: Actor, day: dt.date) -> AppContext:
        return AppContext(db, actor, clock=lambda d=day: d)

    lead, sec = as_(leader, start), as_(secretary, start)
    place = spec.full_name.split(" xã ")[-1]
    agency.save_profile(lead, agency.AgencyProfile(full_name=spec.full_name, province="Tỉnh Lâm Đồng",
                                                  recipient="Sở Khoa học và Công nghệ tỉnh Lâm Đồng",
                                                  head_name=spec.head, place_name=place))
    unit = {name: records.create(sec, "unit", {"name": name}).id for name in spec.units}
    staff = {name: records.create(sec, "staff", {"full_name": name, "title": title, "unit_id": unit.get(u),
                                                 "is_auditor": i in (1, 2)}).id
             for i, (name, title, u) in enumerate(spec.staff)}
    codes = {code: tthc.create_tthc(sec, code=code, name=name, field=fld, time_limit=limit).id
             for code, name, fld, limit in spec.tthc}
    proc = {}
    for code, title, tcodes, owner in spec.procedures:
        kind = "tthc" if tcodes else "system"
        p = procedures.create_procedure(sec, code=code, title=title, kind=kind, tthc_ids=[codes[c] for c in tcodes],
                                        owner_unit_id=unit[owner])
        v = procedures.add_version(sec, p.id, procedures.VersionInput(
            issue_date=start, effective_date=dt.date(2024, 7, 1), drafted_by=spec.staff[1][0],
            steps=_steps() if tcodes else ()))
        procedures.approve_version(lead, v.id, approved_by=spec.head, approved_title="Chủ tịch UBND xã",
                                   approved_date=start, effective_date=dt.date(2024, 7, 1))
        proc[code] = p.id
    attachments.attach(sec, "procedure_version", v.id, filename=f"{code}.docx",
                       data=f"Quy trình {code} — {spec.full_name}".encode("utf-8"))
    attachments.attach(sec, "procedure_version", v.id, filename="bieu-mau-chung.pdf", data=b"%PDF-1.4 bieu mau chung")
    announcements.announce(lead, {"decision_number": "15/QĐ-UBND", "decision_date": dt.date(2024, 7, 15),
                                  "notice_recipient": "Sở Khoa học và Công nghệ"}, list(codes.values()))
    records.create(lead, "quality_policy", {"year": spec.policy_year, "text": f"Chính sách chất lượng của {spec.full_name}",
                                            "approved_date": dt.date(spec.policy_year, 1, 5)})
    obj = records.create(lead, "objective", {"year": spec.policy_year, "text": "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn",
                                             "target": 98, "comparison": ">=", "unit": "%"})
    objectives.record_result(as_(secretary, spec.today), obj.id, period=f"{spec.policy_year}-H1", value=97.5)
    day = spec.audit_day
    programme = audits.save_programme(lead, year=day.year, objectives="Đánh giá toàn bộ HTQLCL")
    auditors = [staff[spec.staff[1][0]], staff[spec.staff[2][0]]]
    a = audits.plan_audit(as_(secretary, day), title=f"Đánh giá nội bộ năm {day.year}", planned_date=day,
                          lead_auditor_id=auditors[0], member_ids=auditors[1:], unit_ids=list(unit.values())[2:],
                          programme_id=programme.id)
    item = audits.add_checklist_item(as_(secretary, day), a.id, question="Hồ sơ có Phiếu kiểm soát?", clause="8.5.1",
                                     procedure_id=proc[spec.procedures[-1][0]])
    audits.complete_audit(as_(secretary, day), a.id, start_date=day, report_summary="Có 01 điểm không phù hợp.")
    f = audits.add_finding(as_(secretary, day), a.id, kind="nonconform", description="Thiếu Phiếu kiểm soát hồ sơ.",
                           clause="8.5.1", severity="minor", unit_id=list(unit.values())[-1], checklist_item_id=item.id)
    audits.raise_nc(as_(secretary, day), f.id, due_date=day + dt.timedelta(days=30))
    for detected, text, closed in spec.ncs:
        ctx = as_(secretary, detected)
        nc = ncs.open_nc(ctx, description=text, detected_date=detected, source="complaint", procedure_id=proc[spec.procedures[2][0]])
        act = ncs.add_action(ctx, nc.id, description="Khắc phục và phổ biến lại quy trình", owner=spec.staff[2][0],
                             due_date=detected + dt.timedelta(days=20))
        if closed:
            later = as_(secretary, detected + dt.timedelta(days=15))
            ncs.complete_action(later, act.id, done_date=detected + dt.timedelta(days=15), result="Đã khắc phục.")
            ncs.verify(as_(leader, detected + dt.timedelta(days=25)), nc.id, verified_by=spec.head,
                       verified_date=detected + dt.timedelta(days=25), effective=True)
            ncs.close_nc(as_(leader, detected + dt.timedelta(days=25)), nc.id)
    r = reviews.create_review(as_(secretary, dt.date(2025, 4, 2)), date=dt.date(2025, 4, 10), place=f"Hội trường UBND xã {place}",
                              chair=spec.head, secretary=spec.staff[1][0])
    reviews.hold_review(as_(secretary, dt.date(2025, 4, 10)), r.id, conclusion="HTQLCL được duy trì có hiệu lực.")
    reviews.add_output(as_(secretary, dt.date(2025, 4, 10)), r.id, kind="improvement", description="Số hóa hồ sơ hộ tịch",
                       owner=spec.staff[2][0], due_date=dt.date(2025, 9, 30))
    records.create(sec, "training", {"date": dt.date(2024, 8, 20), "kind": "training", "content": "Đào tạo nhận thức ISO",
                                     "attendee_count": len(spec.staff)})
    records.create(sec, "risk", {"kind": "risk", "description": "Mất hồ sơ giấy khi chuyển trụ sở", "likelihood": 3,
                                 "impact": 4})
    records.create(sec, "improvement", {"date": dt.date(2024, 11, 4), "description": "Máy lấy số thứ tự", "source": "idea"})
    records.create(sec, "external_inspection", {"date": dt.date(2024, 10, 9), "body": "Sở Khoa học và Công nghệ",
                                                "record_number": "12/BB-SKHCN"})
    records.create(sec, "survey", {"period": "2025-H1", "form": "Phiếu khảo sát", "start_date": dt.date(2025, 5, 1),
                                   "end_date": dt.date(2025, 5, 31), "responses": 120, "satisfaction_rate": 95.0})
    for s_start, s_end, received, on_time, late, pending in spec.stats:
        # entered the day after the period ends (its results are known then)
        records.create(as_(secretary, s_end + dt.timedelta(days=1)), "service_stat", {"period_start": s_start, "period_end": s_end, "received": received,
                                             "on_time": on_time, "late": late, "pending": pending, "complaints": 1,
                                             "complaints_resolved": 1, "note": f"Sổ theo dõi {place}"})
    for period in spec.reports:
        end = dt.date(int(period[:4]), 6, 14)
        rep = lifecycle.create_report(as_(secretary, end + dt.timedelta(days=2)), period=period)
        lifecycle.update_report(as_(secretary, end + dt.timedelta(days=2)), rep.id,
                                shortcomings=f"Một số hồ sơ của {place} còn trễ hạn.")  # the pre-flight asks for Part III
        lifecycle.finalize_report(as_(leader, end + dt.timedelta(days=3)), rep.id, acknowledge_all=True)
        lifecycle.mark_sent(as_(secretary, end + dt.timedelta(days=4)), rep.id)
        attachments.attach(sec, "report", rep.id, filename="cong-van-gui.pdf", data=f"%PDF công văn {place}".encode())
    from qms_desktop.services import agency_key

    agency_key.signing_key(as_(leader, dt.date(2026, 1, 5)), legacy=Path(db.path).parent / "no-legacy-key")  # its signing key


def build_new_commune(db: Database, full_name: str = "Ủy ban nhân dân xã Tân Hà") -> None:
    """The new commune's database as 'qms init' makes it, with a few records after 1 July 2025."""
    users.create_first_user(db, username="chutich", password="ChuTich@2025x", full_name="Đinh Công Hà", role="leader")
    ctx = AppContext(db, Actor("chutich", "leader", "Đinh Công Hà"), clock=lambda: dt.date(2025, 7, 1))
    agency.save_profile(ctx, agency.AgencyProfile(full_name=full_name, province="Tỉnh Lâm Đồng",
                                                 recipient="Sở Khoa học và Công nghệ tỉnh Lâm Đồng", head_name="Đinh Công Hà"))
    records.create(ctx, "unit", {"name": "Văn phòng - Thống kê"})
    records.create(ctx, "quality_policy", {"year": 2025, "text": f"Chính sách chất lượng của {full_name}",
                                           "approved_date": dt.date(2025, 7, 2)})
    tthc.create_tthc(ctx, code="1.009137", name="Đăng ký khai sinh", field="Hộ tịch", time_limit="Ngay trong ngày làm việc")
    later = AppContext(db, ctx.actor, clock=lambda: dt.date(2025, 8, 4))
    ncs.open_nc(later, description="Chưa bố trí đủ công chức tại Bộ phận một cửa sau sắp xếp.", detected_date=dt.date(2025, 8, 4))
    records.create(later, "service_stat", {"period_start": dt.date(2025, 6, 15), "period_end": dt.date(2025, 6, 30),
                                           "received": 10, "on_time": 10, "late": 0, "pending": 0})


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def open_ctx(path: Path, user: str = "system"):
    from qms_desktop.services.context import SYSTEM, Actor, AppContext
    from qms_desktop.storage.db import Database

    from sqlalchemy import text

    db = Database.open(path)
    with db.session() as s:  # the account's own role: a write checks it (QA 42 F1)
        role = s.execute(text("SELECT role FROM app_user WHERE username = :u"), {"u": user}).scalar() or "leader"
    actor = SYSTEM if user == "system" else Actor(user, role, "")
    return AppContext(db, actor, clock=lambda: dt.date(2025, 12, 20))
