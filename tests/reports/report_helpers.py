"""Helpers of the report tests: the small commune built through the services (xã Tân Phú, data
up to 18/06/2026) and the poppler read-back checks (text, fonts, page size, measured margins).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from qms_desktop.domain.steps import Step
from qms_desktop.services import agency, announcements, audits, ncs, objectives, procedures, records, reviews, tthc
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.services.users import create_first_user, create_user
from qms_desktop.storage.db import Database

TODAY = dt.date(2026, 6, 18)  # the day the commune's records were built
# The day the tests act (the commune fixture's clock): after the 2026-H1 period (ends 14/06) and after the
# report dates the tests finalise with (20/06/2026) — a report is never finalised before its own date.
REPORT_DAY = dt.date(2026, 6, 22)
PASSWORD = "mat-khau-2026"


@dataclass
class Commune:
    db: Database
    leader: AppContext
    secretary: AppContext
    viewer: AppContext
    ids: dict

    @property
    def path(self) -> Path:
        return self.db.path


def build(path: Path) -> dict:
    db = Database.open(path)
    create_first_user(db, username="chutich", password=PASSWORD, full_name="Nguyễn Văn An", role="leader")
    leader = AppContext(db, Actor("chutich", "leader", "Nguyễn Văn An"), lambda: TODAY)
    create_user(leader, username="thuky", password=PASSWORD, role="secretary", full_name="Lê Thị Cúc")
    create_user(leader, username="xem", password=PASSWORD, role="viewer", full_name="Phạm Văn Dũng")
    agency.save_profile(leader, agency.AgencyProfile(
        full_name="Ủy ban nhân dân xã Tân Phú", province="Lâm Đồng", parent_body="UBND tỉnh Lâm Đồng",
        recipient="Sở Khoa học và Công nghệ tỉnh Lâm Đồng", head_name="Nguyễn Văn An", head_title="Chủ tịch",
        iso_rep_name="Trần Thị Bình", iso_rep_title="Phó Chủ tịch UBND xã", place_name="Tân Phú"))
    ids: dict = {}
    unit = {name: records.create(leader, "unit", {"name": name}).id
            for name in ("Văn phòng - Thống kê", "Tư pháp - Hộ tịch", "Địa chính - Xây dựng")}
    staff = {}
    for name, title, u, steering, auditor in (
            ("Trần Thị Bình", "Phó Chủ tịch", "Văn phòng - Thống kê", True, True),
            ("Lê Thị Cúc", "Công chức Văn phòng - Thống kê", "Văn phòng - Thống kê", True, True),
            ("Hoàng Văn Đức", "Công chức Tư pháp - Hộ tịch", "Tư pháp - Hộ tịch", True, True),
            ("Vũ Thị Én", "Công chức Địa chính", "Địa chính - Xây dựng", False, False)):
        staff[name] = records.create(leader, "staff", {"full_name": name, "title": title, "unit_id": unit[u],
                                                       "is_steering": steering, "is_auditor": auditor}).id
    codes = {}
    for code, name, field, limit in (
            ("1.001193", "Thủ tục đăng ký khai sinh", "Hộ tịch", "Ngay trong ngày làm việc"),
            ("1.000894", "Thủ tục đăng ký kết hôn", "Hộ tịch", "03 ngày làm việc"),
            ("2.000815", "Thủ tục chứng thực bản sao từ bản chính", "Chứng thực", "02 ngày làm việc"),
            ("1.003596", "Thủ tục hòa giải tranh chấp đất đai", "Đất đai", "45 ngày")):
        codes[code] = tthc.create_tthc(leader, code=code, name=name, field=field, time_limit=limit).id
    ids["tthc"] = codes
    p1 = procedures.create_procedure(leader, code="QT-01/HT", title="Quy trình đăng ký khai sinh", field="Hộ tịch",
                                     tthc_ids=[codes["1.001193"]], owner_unit_id=unit["Tư pháp - Hộ tịch"])
    v1 = procedures.add_version(leader, p1.id, procedures.VersionInput(
        drafted_by="Hoàng Văn Đức", drafted_title="Công chức Tư pháp - Hộ tịch", drafted_date="10/01/2026",
        reviewed_by="Trần Thị Bình", reviewed_title="Phó Chủ tịch", reviewed_date="12/01/2026",
        change_summary="Ban hành lần đầu",
        steps=(Step(1, "Tiếp nhận hồ sơ, kiểm tra tính đầy đủ, hợp lệ", "Bộ phận một cửa", 1, "hours", "Phiếu tiếp nhận"),
               Step(2, "Thẩm định hồ sơ, ghi vào Sổ đăng ký khai sinh", "Công chức Tư pháp - Hộ tịch", 4, "hours",
                    "Dự thảo Giấy khai sinh"),
               Step(3, "Ký Giấy khai sinh", "Chủ tịch UBND xã", 2, "hours", "Giấy khai sinh"),
               Step(4, "Trả kết quả cho người dân", "Bộ phận một cửa", 1, "hours", "Sổ theo dõi"))))
    procedures.approve_version(leader, v1.id, approved_by="Nguyễn Văn An", approved_title="Chủ tịch",
                               approved_date="15/01/2026", effective_date="15/01/2026")
    procedures.add_amendment(leader, p1.id, item="Ban hành lần đầu", legal_basis="Luật Hộ tịch 2014", date="15/01/2026")
    p2 = procedures.create_procedure(leader, code="QT-02/HT", title="Quy trình đăng ký kết hôn", field="Hộ tịch",
                                     tthc_ids=[codes["1.000894"]])
    v2 = procedures.add_version(leader, p2.id, procedures.VersionInput(drafted_by="Hoàng Văn Đức", steps=(
        Step(1, "Tiếp nhận hồ sơ", "Bộ phận một cửa", 0.5, "days"), Step(2, "Xác minh, thẩm định", "Công chức Tư pháp - Hộ tịch", 2, "days"),
        Step(3, "Ký, trả kết quả", "Chủ tịch UBND xã", 0.5, "days"))))
    procedures.approve_version(leader, v2.id, approved_by="Nguyễn Văn An", approved_date="01/12/2025",
                               effective_date="01/12/2025")
    v2b = procedures.add_version(leader, p2.id, procedures.VersionInput(
        drafted_by="Hoàng Văn Đức", change_summary="Cập nhật theo Nghị định mới", steps=(
            Step(1, "Tiếp nhận hồ sơ đăng ký kết hôn", "Bộ phận một cửa", 0.5, "days", "Phiếu tiếp nhận"),
            Step(2, "Xác minh điều kiện kết hôn (nếu cần)", "Công chức Tư pháp - Hộ tịch", 1.5, "days"),
            Step(3, "Trình ký Giấy chứng nhận kết hôn", "Công chức Tư pháp - Hộ tịch", 0.5, "days"),
            Step(4, "Ký Giấy chứng nhận kết hôn", "Chủ tịch UBND xã", 0.25, "days", "Giấy chứng nhận kết hôn"),
            Step(5, "Tổ chức trao Giấy chứng nhận kết hôn", "Bộ phận một cửa", 0.25, "days", "Sổ đăng ký kết hôn"))))
    procedures.approve_version(leader, v2b.id, approved_by="Nguyễn Văn An", approved_date="02/03/2026",
                               effective_date="02/03/2026")
    procedures.add_amendment(leader, p2.id, item="Sửa bước 2: rút ngắn thời gian xác minh",
                             legal_basis="Nghị định số 07/2025/NĐ-CP", version_number=2, date="02/03/2026")
    p3 = procedures.create_procedure(leader, code="QT-03/CT", title="Quy trình chứng thực bản sao", field="Chứng thực",
                                     tthc_ids=[codes["2.000815"]])
    procedures.add_version(leader, p3.id, procedures.VersionInput(drafted_by="Lê Thị Cúc"))
    ids["procedures"] = {"QT-01/HT": p1.id, "QT-02/HT": p2.id, "QT-03/CT": p3.id}
    records.create(leader, "legal_document", {"procedure_id": p2.id, "number": "07/2025/NĐ-CP",
                                              "title": "Nghị định sửa đổi về hộ tịch", "effective_date": "01/01/2026",
                                              "incorporated_date": "02/03/2026"})
    ann = announcements.announce(leader, {"decision_number": "125/QĐ-UBND", "decision_date": "20/01/2026",
                                          "notice_sent_date": "22/01/2026",
                                          "notice_recipient": "Sở Khoa học và Công nghệ tỉnh Lâm Đồng",
                                          "posted_date": "21/01/2026",
                                          "activities": "Quản lý văn bản đi, đến; tiếp nhận và trả kết quả"})
    ids["announcement"] = ann.id
    records.create(leader, "quality_policy", {"year": 2026, "text": "Công khai - Minh bạch - Đúng hạn",
                                              "approved_date": "05/01/2026"})
    o1 = records.create(leader, "objective", {"year": 2026, "text": "100% hồ sơ TTHC được giải quyết đúng hạn",
                                              "target": 98, "comparison": ">=", "unit": "%"})
    o2 = records.create(leader, "objective", {"year": 2026, "text": "Tỷ lệ người dân hài lòng đạt từ 90% trở lên",
                                              "target": 90, "comparison": ">=", "unit": "%"})
    records.create(leader, "objective", {"year": 2026, "text": "Không quá 2 khiếu nại mỗi năm", "target": 2,
                                         "comparison": "<=", "unit": "vụ"})
    objectives.record_result(leader, o1.id, period="2026-H1", value=97.6)
    objectives.record_result(leader, o2.id, period="2026-H1", value=93.5)
    for start, end, rec, on_time, late, pend, fb, comp, res in (
            ("01/12/2025", "31/12/2025", 210, 205, 2, 3, 1, 0, 0),
            ("01/01/2026", "31/03/2026", 640, 622, 12, 6, 4, 1, 1),
            ("01/04/2026", "31/05/2026", 432, 425, 4, 3, 2, 0, 0),
            ("01/06/2026", "30/06/2026", 190, 150, 0, 40, 0, 0, 0)):
        # (June's figures exist once June has ended: entered on its last day)
        by = leader if end != "30/06/2026" else AppContext(db, leader.actor, lambda: dt.date(2026, 6, 30))
        records.create(by, "service_stat", {"period_start": start, "period_end": end, "received": rec,
                                                "on_time": on_time, "late": late, "pending": pend, "feedback": fb,
                                                "complaints": comp, "complaints_resolved": res})
    records.create(leader, "survey", {"period": "2026-H1", "form": "Phiếu khảo sát mức độ hài lòng",
                                      "start_date": "01/05/2026", "end_date": "31/05/2026", "responses": 120,
                                      "satisfaction_rate": 93.5})
    records.create(leader, "training", {"date": "20/02/2026", "kind": "training",
                                        "content": "Phổ biến quy trình đăng ký kết hôn sửa đổi", "attendee_count": 14})
    records.create(leader, "training", {"date": "10/04/2026", "kind": "dissemination",
                                        "content": "Chính sách chất lượng năm 2026", "attendee_count": 22})
    records.create(leader, "improvement", {"date": "15/05/2026", "source": "idea",
                                           "description": "Niêm yết mã QR tra cứu hồ sơ tại bộ phận một cửa"})
    a = audits.plan_audit(leader, title="Đánh giá nội bộ đợt 1 năm 2026", planned_date="10/04/2026",
                          purpose="Xác định mức độ phù hợp và hiệu lực của HTQLCL",
                          scope="Các quy trình giải quyết TTHC lĩnh vực Hộ tịch, Chứng thực",
                          lead_auditor_id=staff["Lê Thị Cúc"], member_ids=[staff["Hoàng Văn Đức"]],
                          unit_ids=[unit["Địa chính - Xây dựng"]])
    records_kept = audits.add_checklist_item(leader, a.id, question="Hồ sơ có được lưu đầy đủ theo quy trình?",
                                             clause="7.5", unit_id=unit["Địa chính - Xây dựng"],
                                             auditor_id=staff["Lê Thị Cúc"], procedure_id=p1.id, result="nonconform",
                                             evidence="Sổ theo dõi tháng 3")
    audits.add_checklist_item(leader, a.id, question="Mục tiêu chất lượng có được theo dõi?", clause="6.2",
                              unit_id=unit["Địa chính - Xây dựng"], auditor_id=staff["Hoàng Văn Đức"], result="conform")
    f1 = audits.add_finding(leader, a.id, kind="nonconform", severity="minor", clause="7.5.3",
                            description="-Hồ sơ lưu thiếu phiếu kiểm soát quá trình", unit_id=unit["Địa chính - Xây dựng"],
                            checklist_item_id=records_kept.id)  # a nonconforming item's finding: the report approves
    audits.add_finding(leader, a.id, kind="recommend", clause="9.1.2",
                       description="Nên bổ sung kênh khảo sát trực tuyến")
    audits.complete_audit(leader, a.id, start_date="10/04/2026", end_date="11/04/2026",
                          report_summary="HTQLCL được duy trì phù hợp; có 1 điểm không phù hợp nhẹ.")
    audits.approve_report(leader, a.id, approved_by="Nguyễn Văn An", approved_date="15/04/2026")
    ids["audit"] = a.id
    nc1 = audits.raise_nc(leader, f1.id, due_date="30/04/2026")
    act = ncs.add_action(leader, nc1.id, description="Bổ sung phiếu kiểm soát cho hồ sơ tháng 3",
                         owner="Vũ Thị Én", due_date="30/04/2026")
    ncs.update_nc(leader, nc1.id, root_cause="Công chức mới chưa được hướng dẫn quy trình",
                  immediate_correction="Bổ sung ngay phiếu còn thiếu")
    ncs.complete_action(leader, act.id, done_date="25/04/2026", result="Đã bổ sung đủ")
    ncs.verify(leader, nc1.id, verified_by="Trần Thị Bình", verified_date="05/05/2026", effective=True)
    ncs.close_nc(leader, nc1.id, closed_date="06/05/2026")
    nc2 = ncs.open_nc(leader, description="=1+2 phản ánh trả kết quả chậm", detected_date="20/05/2026",
                      source="complaint", severity="minor", due_date="10/06/2026")
    ncs.add_action(leader, nc2.id, description="Rà soát sổ theo dõi trả kết quả", owner="Lê Thị Cúc",
                   due_date="10/06/2026")
    ids["ncs"] = [nc1.id, nc2.id]
    r = reviews.create_review(leader, date="05/06/2026", time="08:00", place="Hội trường UBND xã",
                              chair="Nguyễn Văn An", secretary="Lê Thị Cúc",
                              attendees="Ban Chỉ đạo ISO và công chức các bộ phận")
    reviews.hold_review(leader, r.id, conclusion="HTQLCL phù hợp, có hiệu lực; cần cải tiến khảo sát hài lòng.")
    reviews.add_output(leader, r.id, kind="improvement", description="Triển khai khảo sát trực tuyến",
                       owner="Lê Thị Cúc", due_date="30/09/2026")
    reviews.add_output(leader, r.id, kind="resources", description="Bổ sung máy quét tại bộ phận một cửa",
                       owner="Văn phòng", due_date="31/07/2026")
    ids["review"] = r.id
    db.close()
    return ids


def finalize(commune: Commune, report_id: int, **kw):
    """Finalise as the leader the way the pre-flight asks: Part III written when the report lists problems
    (the test commune has an overdue NC), every warning acknowledged."""
    from qms_desktop.services import reports

    if not reports.get_report(commune.leader, report_id).shortcomings:
        reports.update_report(commune.secretary, report_id, shortcomings="Một số hồ sơ còn trễ hạn.")
    kw.setdefault("acknowledge_all", True)
    return reports.finalize_report(commune.leader, report_id, **kw)


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (CI installs poppler-utils / libreoffice-calc)")
    return path


def pdftotext(path: Path, *args: str) -> str:
    need("pdftotext")
    return subprocess.run(["pdftotext", *args, str(path), "-"], check=True, capture_output=True).stdout.decode("utf-8")


@dataclass
class Page:
    width: float
    height: float
    words: list[tuple[str, float, float, float, float]]  # text, xMin, yMin, xMax, yMax (points, y down)


def pdf_words(path: Path) -> list[Page]:
    """Every word with its box, per page (``pdftotext -bbox``)."""
    import html
    import re

    out = pdftotext(path, "-bbox")
    pages = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        words = [(html.unescape(m.group(5)), float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)))
                 for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                                      page.group(3))]
        pages.append(Page(float(page.group(1)), float(page.group(2)), words))
    return pages


def pdfinfo(path: Path) -> dict[str, str]:
    need("pdfinfo")
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True).stdout.decode("utf-8")
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}


def pdffonts(path: Path) -> list[list[str]]:
    need("pdffonts")
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True).stdout.decode("utf-8")
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def flat(text: str) -> str:
    """Text with line wraps and hyphen-free breaks collapsed, for 'contains' checks."""
    return " ".join(text.split())


MM = 72 / 25.4


def body_words(pages: list[Page]) -> list[tuple[int, tuple]]:
    """Words of the text area: without the page number (top margin, from page 2) and the record
    identifier line ('Mã hồ sơ: …', bottom margin), which Decree 30 places outside the margins."""
    out = []
    for number, page in enumerate(pages, start=1):
        footer_y = {round(w[2]) for w in page.words if w[0] == "Mã" and w[2] > page.height - 20 * MM}
        for w in page.words:
            if number > 1 and w[0] == str(number) and w[4] < 20 * MM:
                continue
            if round(w[2]) in footer_y and w[2] > page.height - 20 * MM:
                continue
            out.append((number, w))
    return out


def margins_mm(pages: list[Page], *, landscape: bool = False) -> dict[str, float]:
    """Margins measured from the text positions (the extremes over the portrait pages, or with ``landscape`` over
    the landscape ones), in millimetres."""
    words = [(n, w) for n, w in body_words(pages) if (pages[n - 1].width > pages[n - 1].height) == landscape]
    return {
        "left": min(w[1] for _, w in words) / MM,
        "right": min(pages[n - 1].width - w[3] for n, w in words) / MM,
        "top": min(w[2] for _, w in words) / MM,
        "bottom": min(pages[n - 1].height - w[4] for n, w in words) / MM,
    }


def assert_decree30_page(path: Path, *, full_pages: bool = True) -> dict[str, float]:
    """A4 portrait, every font embedded (Liberation Serif only), margins within Decree 30's ranges.

    The right and bottom margins can only be measured on a document whose justified text fills
    a page (``full_pages``); for a short form they are only checked not to be too small.
    """
    info = pdfinfo(path)
    assert "595.276 x 841.89 pts (A4)" in info["Page size"], info["Page size"]
    fonts = pdffonts(path)
    assert fonts, "no fonts"
    for row in fonts:
        assert row[0].split("+")[-1].startswith("LiberationSerif"), row
        assert row[-5] == "yes", f"font not embedded: {row}"  # the 'emb' column
    pages = pdf_words(path)
    m = margins_mm(pages)
    assert 30 <= m["left"] <= 35, m
    assert 15 <= m["right"] and (m["right"] <= 20 or not full_pages), m
    assert 20 <= m["top"] <= 25, m
    assert 20 <= m["bottom"] and (m["bottom"] <= 25 or not full_pages), m
    if any(p.width > p.height for p in pages):  # an annex turned: its top edge is bound, with the left's margin
        turned = margins_mm(pages, landscape=True)
        assert 30 <= turned["top"] <= 35 and 20 <= turned["left"] <= 25, turned
        assert 15 <= turned["right"] and 15 <= turned["bottom"], turned
    return m
