"""A report the chairman can sign as true (issue 12): reports built at the edges, the pre-flight's
findings, and the printed text read back with pdftotext.

Edges: before the cut-off, one half missing, an empty new commune, overdue actions with an empty
narrative, across the 1/7/2025 change of the Law on Organisation of Local Government; plus rates
beside a target, per-field statistics, Part II backed by records or typed, appendices by key.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import openpyxl
import pytest
from report_helpers import assert_decree30_page, finalize, flat, pdftotext

from qms_desktop.domain.errors import ValidationError
from qms_desktop.reports import report_text
from qms_desktop.reports.legal_bases import bases_for, load_table
from qms_desktop.reports.report_data import INT, Column, ReportData, Table
from qms_desktop.reports.xlsx import report_xlsx
from qms_desktop.services import agency, announcements, field_stats, objectives, records, reports, reviews
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.services.reports.documents import save_document
from qms_desktop.storage import orm
from qms_desktop.storage.db import Database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PORTAL = FIXTURES / "ket_qua_tthc_theo_linh_vuc.xlsx"
LAW_2015 = "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"
LAW_2019 = "Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019"
LAW_2025 = "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"


def _leader(db: Database, day: dt.date) -> AppContext:
    return AppContext(db, Actor("chutich", "leader", "Nguyễn Văn An"), lambda: day)


def _new_commune(tmp_path: Path, day: dt.date, *, head: str = "Nguyễn Văn An") -> AppContext:
    """A commune that has just been set up: only its profile (a new commune after the 2025 mergers)."""
    db = Database.open(tmp_path / "moi.sqlite")
    ctx = _leader(db, day)
    agency.save_profile(ctx, agency.AgencyProfile(
        full_name="Ủy ban nhân dân xã Hòa Bình", province="Tỉnh Lâm Đồng", recipient="Sở Khoa học và Công nghệ tỉnh Lâm Đồng",
        head_name=head, head_title="Chủ tịch", place_name="Hòa Bình"))
    return ctx


WATERMARK = {"D", "Ự", "TH", "Ả", "O", "DỰ", "THẢO"}  # the diagonal "DỰ THẢO" of a draft, as pdftotext cuts it


def _text(ctx: AppContext, report_id: int, tmp_path: Path, name: str = "r.pdf") -> str:
    """The report's text in reading order, without the page furniture and a draft's diagonal mark."""
    path = tmp_path / name
    path.write_bytes(reports.preview_pdf(ctx, report_id, fingerprint=""))
    text = re.sub(r"Mã hồ sơ: QMS-BC-\d+-V\d+( — DỰ THẢO)? \d+ ", "", flat(pdftotext(path)))
    return " ".join(w for w in text.split() if w not in WATERMARK)


def _codes(found) -> dict[str, bool]:
    return {f.code: f.hard for f in found.findings}


# ---------------------------------------------------------------- before the cut-off
def test_an_annual_report_finalised_before_its_cut_off_is_refused_unless_it_states_its_data_date(
        commune, tmp_path):
    december = _leader(commune.db, dt.date(2026, 12, 2))  # the issue: "finalize" in early December, cut-off 14/12
    secretary = AppContext(commune.db, Actor("thuky", "secretary", "Lê Thị Cúc"), lambda: dt.date(2026, 12, 2))
    row = reports.create_report(secretary, period="2026")
    reports.update_report(secretary, row.id, shortcomings="Một số hồ sơ còn trễ hạn.",
                          plans="Đánh giá nội bộ đợt 2.", proposals="Không.")
    found = reports.preflight(december, row.id, date="01/12/2026")
    assert _codes(found)["period_not_ended"] is True
    assert "14/12/2026" in next(f for f in found.refusals if f.code == "period_not_ended").render()
    with pytest.raises(reports.PreflightRefused) as refused:
        reports.finalize_report(december, row.id, date="01/12/2026", acknowledge_all=True)
    assert "period_not_ended" in [f.code for f in refused.value.findings]

    reports.update_report(secretary, row.id, data_as_of="02/12/2026")  # after the report's own date
    assert _codes(reports.preflight(december, row.id, date="01/12/2026"))["data_as_of_after_date"] is True

    reports.update_report(secretary, row.id, data_as_of="30/11/2026")
    found = reports.preflight(december, row.id, date="01/12/2026")
    assert not found.refusals, [f.render() for f in found.refusals]
    final = reports.finalize_report(december, row.id, date="01/12/2026", acknowledge_all=True)
    data = reports.report_data(december, final.id)
    assert data.data_as_of == dt.date(2026, 11, 30) and data.period_end == dt.date(2026, 12, 14)
    text = _text(december, row.id, tmp_path)
    assert ("(số liệu từ ngày 15/12/2025, tính đến ngày 30/11/2026; kỳ báo cáo kết thúc ngày 14/12/2026)"
            in text)
    assert "số liệu từ ngày 15/12/2025 đến ngày 14/12/2026" not in text
    assert json.loads(ReportData.from_json(reports.snapshot_bytes(december, row.id)).to_json())["data_as_of"] == \
        "2026-11-30"


def _annual_draft(ctx: AppContext, period: str = "2026") -> int:
    row = reports.create_report(ctx, period=period)
    reports.update_report(ctx, row.id, shortcomings="Một số hồ sơ còn trễ hạn.", plans="Đánh giá nội bộ đợt 2.",
                          proposals="Không.")
    return row.id


def test_a_report_dated_after_today_or_for_a_period_not_ended_by_today_is_refused(commune, tmp_path):
    """QA H2: the report's date was the only clock. Today (the app's clock, 02/12/2026) judges it too."""
    december = _leader(commune.db, dt.date(2026, 12, 2))
    report_id = _annual_draft(december)  # 2026: 15/12/2025–14/12/2026
    reports.update_report(december, report_id, date="20/12/2026")  # a draft may carry its planned date
    found = reports.preflight(december, report_id)
    assert _codes(found)["date_after_today"] is True and _codes(found)["period_not_ended"] is True
    assert "20/12/2026" in next(f for f in found.refusals if f.code == "date_after_today").render()
    assert "02/12/2026" in next(f for f in found.refusals if f.code == "period_not_ended").render()
    for date in (None, "01/01/2030"):
        with pytest.raises(reports.PreflightRefused) as refused:
            reports.finalize_report(december, report_id, date=date, acknowledge_all=True)
        assert {"date_after_today", "period_not_ended"} <= {f.code for f in refused.value.findings}
    detail = reports.get_report(december, report_id)
    assert detail.row.status == "draft" and detail.row.date == dt.date(2026, 12, 20) and not detail.frozen

    # the figures cannot run to a day that has not come, on the report or in the CLI
    with pytest.raises(ValidationError, match=r"Figures up to \(30/12/2026\) cannot be in the future: today is 02/12/2026"):
        reports.update_report(december, report_id, data_as_of="30/12/2026")
    assert reports.get_report(december, report_id).data_as_of is None

    # a period that has not even started: no report is made for it (QA F11: it took a number of this year's
    # register); a draft made on its first day, read on a clock set back, gets the pre-flight's own refusal
    with pytest.raises(ValidationError, match=r"\(first six months of 2027\) has not begun: it starts on 15/12/2026"):
        _annual_draft(december, "2027-H1")
    early = _annual_draft(_leader(commune.db, dt.date(2026, 12, 15)), "2027-H1")  # 15/12/2026–14/06/2027
    codes = {f.code for f in reports.preflight(december, early, date="01/01/2030").refusals}
    assert codes == {"date_after_today", "period_not_started"}
    codes = {f.code for f in reports.preflight(december, early, date="02/12/2026").refusals}
    assert codes == {"period_not_started"}

    # on the day after the period: dated today, it finalises; sent neither before its date nor in the future
    after = _leader(commune.db, dt.date(2026, 12, 18))
    reports.update_report(after, report_id, date="18/12/2026")
    final = reports.finalize_report(after, report_id, acknowledge_all=True)
    assert final.date == dt.date(2026, 12, 18)
    for day, message in (("17/12/2026", r"Sent on \(17/12/2026\) cannot be before Report date \(18/12/2026\)"),
                         ("31/12/2099", r"Sent on \(31/12/2099\) cannot be in the future: today is 18/12/2026")):
        with pytest.raises(ValidationError, match=message):
            reports.mark_sent(after, report_id, sent_date=day)
    assert reports.get_report(after, report_id).row.status == "final"
    assert reports.mark_sent(after, report_id).sent_date == dt.date(2026, 12, 18)


# ---------------------------------------------------------------- one half missing
def test_an_annual_report_with_one_half_missing_says_so_and_sums_both_halves_when_both_exist(tmp_path):
    ctx = _new_commune(tmp_path, dt.date(2026, 12, 18))
    records.create(ctx, "service_stat", {"period_start": "15/12/2025", "period_end": "14/06/2026", "received": 700,
                                         "on_time": 680, "late": 10, "pending": 10})
    row = reports.create_report(ctx, period="2026")
    found = reports.preflight(ctx, row.id)
    months = next(f for f in found.findings if f.code == "stats_missing_months")
    assert not months.hard and months.params["months"] == "15/06/2026–14/12/2026"
    text = _text(ctx, row.id, tmp_path)
    assert ("Số liệu giải quyết thủ tục hành chính trên đây chỉ gồm 6 tháng đầu năm; chưa có số liệu thống kê "
            "6 tháng cuối năm (từ ngày 15/06/2026 đến ngày 14/12/2026).") in text
    assert "Tiếp nhận 700 hồ sơ" in text

    records.create(ctx, "service_stat", {"period_start": "15/06/2026", "period_end": "14/12/2026", "received": 650,
                                         "on_time": 640, "late": 4, "pending": 6})
    assert "stats_missing_months" not in _codes(reports.preflight(ctx, row.id))
    data = reports.report_data(ctx, row.id)
    assert data.metric("received").value == 1350 and data.metric("on_time").value == 1320
    assert "chỉ gồm 6 tháng" not in _text(ctx, row.id, tmp_path, "r2.pdf")


# ---------------------------------------------------------------- an empty new commune
def test_a_new_communes_empty_annexes_share_a_page_without_notes_on_figures_it_has_not(tmp_path):
    """QA 27 F10: six of a new commune's nine pages were empty annexes, each alone on its page, and the on-time
    rate's formula was printed under "Không có trong kỳ báo cáo"."""
    from qms_desktop.reports import wording as W

    ctx = _new_commune(tmp_path, dt.date(2026, 6, 20))
    row = reports.create_report(ctx, period="2026-H1")
    path = tmp_path / "moi.pdf"
    path.write_bytes(reports.preview_pdf(ctx, row.id, fingerprint=""))
    pages = pdftotext(path).split("\f")
    annex_pages = [p for p in pages if "(Kèm theo Báo cáo" in p]
    assert len(annex_pages) == 1, len(annex_pages)  # one page for the six empty annexes
    assert all(f"Phụ lục {n}" in annex_pages[0] for n in ("I", "II", "III", "IV", "V", "VI"))
    assert W.ON_TIME_NOTE[:40] not in flat(pdftotext(path))


def test_an_empty_new_commune_claims_nothing_and_cannot_be_signed_without_a_signer(tmp_path):
    ctx = _new_commune(tmp_path, dt.date(2026, 6, 20), head="")
    row = reports.create_report(ctx, period="2026-H1")
    codes = _codes(reports.preflight(ctx, row.id))
    assert codes["head_name_missing"] is True  # no signer's name: a refusal
    for warning in ("steering_unrecorded", "units_unrecorded", "effectiveness_unconfirmed", "consultant_unknown"):
        assert codes[warning] is False, warning
    text = _text(ctx, row.id, tmp_path)
    for false_claim in ("gồm 0 thành viên", "trực tiếp chỉ đạo", "Người đứng đầu đã xác nhận",
                        "các bộ phận chuyên môn và bộ phận một cửa tham gia", "kết luận Hệ thống quản lý chất lượng có ",
                        "0/0 thủ tục", "tỷ lệ —", "đạt —", "tổ chức 0 lớp", "Đã thực hiện 0 cuộc",  # QA 27 F9
                        "có 0 quy trình", "có 0 mục tiêu", "tổ chức 0 cuộc họp"):
        assert false_claim not in text, false_claim
    for truth in ("Hồ sơ chưa ghi nhận thành viên Ban Chỉ đạo ISO, chuyên gia đánh giá nội bộ và bộ phận áp dụng quy "
                  "trình.", "Chưa tổ chức họp xem xét của lãnh đạo trong 12 tháng tính đến cuối kỳ.",
                  "Chưa công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015.",
                  "Hồ sơ chưa ghi nhận việc lựa chọn tổ chức tư vấn.",
                  "Trong kỳ không tiếp nhận phản ánh, kiến nghị, khiếu nại",
                  "Hồ sơ chưa ghi nhận danh mục thủ tục hành chính thuộc thẩm quyền giải quyết.",
                  "Trong kỳ chưa ghi nhận lớp đào tạo, buổi phổ biến nào.",
                  "Trong kỳ chưa ghi nhận số liệu thống kê giải quyết thủ tục hành chính.",
                  "Trong kỳ chưa thực hiện cuộc đánh giá nội bộ nào.", "Đến cuối kỳ chưa có quy trình đang hiệu lực.",
                  "chưa có mục tiêu chất lượng.", "Trong kỳ chưa tổ chức cuộc họp xem xét của lãnh đạo."):
        assert truth in text, truth
    assert "- Ban Chỉ đạo ISO;" not in text  # no committee to send it to
    # QA 57 F8: "Phát sinh 0 sự không phù hợp", "có 0 văn bản", "0/0 khiếu nại": a zero is said in words
    assert not re.findall(r"(?<![\d.,/])0(?:/0)? (?:sự|văn bản|khiếu nại|quy trình|khuyến nghị|điểm)", text)
    assert "Trong kỳ không phát sinh sự không phù hợp; cuối kỳ không còn sự không phù hợp đang xử lý" in text
    with pytest.raises(reports.PreflightRefused):
        reports.finalize_report(ctx, row.id, acknowledge_all=True)

    # The records and typed statements then back Part II; the chairman's name makes it signable.
    agency.save_profile(ctx, dataclasses.replace(agency.get_profile(ctx), head_name="Trần Văn Nam"))
    agency.set_setting(ctx, "consultant_status", "none")
    reports.update_report(ctx, row.id, shortcomings="Xã mới thành lập, chưa xây dựng HTQLCL.",
                          plans="Xây dựng và công bố HTQLCL.", proposals="Đề nghị Sở hướng dẫn.",
                          statements={"participation": "Chủ tịch UBND xã giao Văn phòng chuẩn bị thành lập Ban Chỉ đạo "
                                                       "ISO."})
    codes = _codes(reports.preflight(ctx, row.id))
    assert not any(codes.values()) and {"steering_unrecorded", "units_unrecorded", "consultant_unknown"}.isdisjoint(codes)
    final = reports.finalize_report(ctx, row.id, acknowledge=list(codes))
    assert final.status == "final"
    text = _text(ctx, row.id, tmp_path, "final.pdf")
    assert "Chủ tịch UBND xã giao Văn phòng chuẩn bị thành lập Ban Chỉ đạo ISO." in text
    assert "Ủy ban nhân dân xã Hòa Bình tự xây dựng, áp dụng Hệ thống quản lý chất lượng, không thuê tổ chức tư vấn." \
        in text
    assert "Trần Văn Nam" in text


# ---------------------------------------------------------------- overdue actions, empty narrative
def test_overdue_actions_with_an_empty_narrative_are_refused_and_the_acknowledgements_recorded(commune, tmp_path):
    row = reports.create_report(commune.secretary, period="2026-H1")
    found = reports.preflight(commune.leader, row.id, date="20/06/2026")
    refusal = next(f for f in found.refusals if f.code == "shortcomings_empty")
    assert {"nc_overdue", "actions_overdue", "objectives_unmet", "uncovered"} <= set(refusal.params["problems"])
    assert "nonconformities past their due date" in refusal.render()
    text = _text(commune.leader, row.id, tmp_path)
    assert "Đến cuối kỳ có 1 hành động khắc phục, đầu ra của xem xét lãnh đạo quá hạn chưa hoàn thành." in text
    assert "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN (Chưa nhập nội dung: báo cáo nêu tồn tại ở các mục trên.)" in text
    with pytest.raises(reports.PreflightRefused):
        reports.finalize_report(commune.leader, row.id, acknowledge_all=True)

    reports.update_report(commune.secretary, row.id, shortcomings="Một hồ sơ khắc phục quá hạn do thiếu nhân lực.")
    warnings = [f.code for f in reports.preflight(commune.leader, row.id, date="20/06/2026").warnings]
    assert {"plans_empty", "proposals_empty"} <= set(warnings)
    with pytest.raises(reports.PreflightRefused) as refused:  # every warning, by its code
        reports.finalize_report(commune.leader, row.id, date="20/06/2026", acknowledge=warnings[1:])
    assert [f.code for f in refused.value.findings] == warnings[:1]
    reports.finalize_report(commune.leader, row.id, date="20/06/2026", acknowledge=warnings)
    assert reports.get_report(commune.leader, row.id).acknowledged == tuple(warnings)
    with commune.leader.tx("read") as s:
        recorded = json.loads(s.get(orm.Report, row.id).preflight_json)
        logged = [e.new_values for e in s.query(orm.ChangeLog).filter(orm.ChangeLog.entity == "report")]
    assert recorded["by"] == "chutich" and recorded["by_name"] == "Nguyễn Văn An"
    assert [a["code"] for a in recorded["acknowledged"]] == warnings
    assert any("preflight_json" in values for values in logged)  # in the change history too


# ---------------------------------------------------------------- across the 1/7/2025 law change
def test_the_announcement_decision_cites_the_law_in_force_on_its_date(commune, tmp_path):
    before = announcements.announce(commune.leader, {"decision_number": "12/QĐ-UBND", "decision_date": "31/01/2025"})
    after = announcements.announce(commune.leader, {"decision_number": "88/QĐ-UBND", "decision_date": "15/08/2025",
                                                    "is_reannouncement": True})
    texts = {}
    for a in (before, after):
        path = save_document(commune.viewer, "announcement", a.id, tmp_path)
        assert_decree30_page(path, full_pages=False)
        texts[a.id] = flat(pdftotext(path))
    assert LAW_2015 in texts[before.id] and LAW_2019 in texts[before.id] and LAW_2025 not in texts[before.id]
    assert LAW_2025 in texts[after.id] and LAW_2015 not in texts[after.id]
    for text in texts.values():
        assert "Căn cứ Quyết định số 19/2014/QĐ-TTg" in text and "Căn cứ Thông tư số 26/2014/TT-BKHCN" in text
    # the day before and the day of the change
    assert any(LAW_2015 in b for b in bases_for("announcement", dt.date(2025, 6, 30)))
    assert any(LAW_2025 in b for b in bases_for("announcement", dt.date(2025, 7, 1)))
    # editable per document: the user's own bases replace the table's
    records.update(commune.leader, "announcement", after.id, {
        "legal_bases": "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
                       "Căn cứ Quyết định số 999/QĐ-UBND ngày 01/8/2025 của UBND tỉnh về danh mục TTHC;"})
    text = flat(pdftotext(save_document(commune.viewer, "announcement", after.id, tmp_path)))
    assert "Căn cứ Quyết định số 999/QĐ-UBND ngày 01/8/2025 của UBND tỉnh về danh mục TTHC;" in text
    assert "Căn cứ Quyết định số 19/2014/QĐ-TTg" not in text


def test_the_legal_bases_table_has_no_gap_or_overlap():
    rows = [b for b in load_table() if b.key == "local_government_law"]
    assert len(rows) >= 2
    ordered = sorted(rows, key=lambda b: b.start or dt.date.min)
    for a, b in zip(ordered, ordered[1:]):
        assert a.end is not None and b.start == a.end + dt.timedelta(days=1)
    assert ordered[0].start is None and ordered[-1].end is None


# ---------------------------------------------------------------- rates beside a target
def test_a_rate_just_under_its_target_never_reads_as_met(tmp_path):
    ctx = _new_commune(tmp_path, dt.date(2026, 6, 20))
    records.create(ctx, "service_stat", {"period_start": "15/12/2025", "period_end": "14/06/2026", "received": 1478,
                                         "on_time": 1438, "late": 30, "pending": 10})
    o = records.create(ctx, "objective", {"year": 2026, "text": "Tỷ lệ hồ sơ đúng hạn từ 98% trở lên", "target": 98,
                                          "comparison": ">=", "unit": "%"})
    result = objectives.record_result(ctx, o.id, period="2026-H1", value=97.95)  # 1438/1468 = 97.956…
    assert result.achieved is False
    r = reviews.create_review(ctx, date="18/06/2026", chair="Nguyễn Văn An", secretary="Lê Thị Cúc")
    c3 = reviews.get_review(ctx, r.id).inputs["c3"]
    assert "đúng hạn 97,9%" in c3 and "98,0" not in c3
    row = reports.create_report(ctx, period="2026-H1")
    text = _text(ctx, row.id, tmp_path)
    assert "Tỷ lệ giải quyết đúng hạn đạt 97,9%" in text and "98,0%" not in text
    assert "97,95" in text and "Không đạt" in text and "Mục tiêu chưa đạt: “Tỷ lệ hồ sơ đúng hạn từ 98% trở lên” (kết quả: 97,95%)." in text
    minutes = flat(pdftotext(save_document(ctx, "review_minutes", r.id, tmp_path)))
    assert "97,9%" in minutes and "98,0%" not in minutes


# ---------------------------------------------------------------- per-field statistics
def _portal_of_hoa_binh(tmp_path: Path) -> Path:
    """The portal's export with its title naming this commune (another unit's sheet is refused)."""
    import openpyxl

    wb = openpyxl.load_workbook(PORTAL)
    wb.active["A4"] = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI ỦY BAN NHÂN DÂN XÃ HÒA BÌNH"
    wb.save(tmp_path / "hoa_binh.xlsx")
    return tmp_path / "hoa_binh.xlsx"


def test_per_field_statistics_print_with_totals_and_are_numbers_in_the_xlsx(tmp_path):
    ctx = _new_commune(tmp_path, dt.date(2026, 6, 20))
    imported = field_stats.import_portal_stats(ctx, _portal_of_hoa_binh(tmp_path))
    assert imported.created and imported.total_checked and len(imported.lines) == 8
    row = reports.create_report(ctx, period="2026-H1")
    data = reports.report_data(ctx, row.id)
    table = data.table("statistics_by_field")
    assert table.totals[2:6] == (1543, 1506, 11, 26) and data.metric("received").value == 1543
    assert "stats_by_field_missing" not in _codes(reports.preflight(ctx, row.id))
    text = _text(ctx, row.id, tmp_path)
    number = W_roman(data.appendix_number("statistics_by_field"))
    assert f"Phụ lục {number} KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO LĨNH VỰC" in text
    assert "4 Hộ tịch 755 741 3 11 99,5%" in text and "3 Đất đai 73 59 6 8 90,7%" in text  # sorted as Vietnamese
    assert "Tổng cộng 1.543" in text and "99,2%" in text
    assert f"(chi tiết tại Phụ lục {number})" in text
    path = tmp_path / "r.xlsx"
    path.write_bytes(report_xlsx(data))
    ws = openpyxl.load_workbook(path)[f"PL {number}. TTHC theo lĩnh vực"]
    values = {ws.cell(row=r, column=2).value: [ws.cell(row=r, column=c) for c in range(3, 8)]
              for r in range(6, ws.max_row + 1)}
    cells = values["Hộ tịch"]
    assert [c.value for c in cells[:4]] == [755, 741, 3, 11] and all(c.data_type == "n" for c in cells)
    assert [c.value for c in values["Tổng cộng"][:4]] == [1543, 1506, 11, 26]


def W_roman(n: int) -> str:  # noqa: N802
    from qms_desktop.reports.wording import roman

    return roman(n)


# ---------------------------------------------------------------- Part II from records, or typed
def test_part_ii_states_the_head_confirmed_effectiveness_only_from_a_recorded_conclusion(commune, tmp_path):
    row = reports.create_report(commune.secretary, period="2026-H1")
    text = _text(commune.leader, row.id, tmp_path)
    assert "Biên bản họp xem xét của lãnh đạo ngày 05/06/2026 chưa ghi kết luận về hiệu lực" in text
    assert "đã xác nhận hiệu lực" not in text
    assert "effectiveness_unconfirmed" in _codes(reports.preflight(commune.leader, row.id))
    reviews.hold_review(commune.leader, commune.ids["review"], conclusion="HTQLCL phù hợp, có hiệu lực.",
                        effective=True)
    text = _text(commune.leader, row.id, tmp_path, "r2.pdf")
    assert ("Chủ tịch Ủy ban nhân dân xã Tân Phú Nguyễn Văn An kết luận Hệ thống quản lý chất lượng có hiệu lực tại "
            "cuộc họp xem xét của lãnh đạo ngày 05/06/2026.") in text
    assert "Chủ tịch Ủy ban nhân dân xã Tân Phú Nguyễn Văn An chủ trì cuộc họp xem xét của lãnh đạo ngày 05/06/2026." \
        in text
    # each member with the title (QA 60 F7)
    # (pdftotext drops the " -" that ends a line: compared without them)
    assert ("Ban Chỉ đạo ISO gồm 3 thành viên: Trần Thị Bình (Phó Chủ tịch), Lê Thị Cúc (Công chức Văn phòng Thống "
            "kê), Hoàng Văn Đức (Công chức Tư pháp Hộ tịch).") in text.replace(" - ", " ")
    assert "effectiveness_unconfirmed" not in _codes(reports.preflight(commune.leader, row.id))
    minutes = flat(pdftotext(save_document(commune.viewer, "review_minutes", commune.ids["review"], tmp_path)))
    assert "Kết luận về hiệu lực của Hệ thống quản lý chất lượng" in minutes and \
        "Hệ thống quản lý chất lượng có hiệu lực." in minutes


def test_website_posting_consultant_and_the_request_letter(commune, tmp_path):
    agency.set_setting(commune.leader, "website", "tanphu.lamdong.gov.vn")
    agency.set_setting(commune.leader, "consultant_status", "hired")
    agency.set_setting(commune.leader, "consultant_name", "Công ty TNHH Tư vấn ISO Lâm Viên (hợp đồng số 05/2025/HĐTV)")
    row = reports.create_report(commune.secretary, period="2026-H1")
    reports.update_report(commune.secretary, row.id, request_letter="Công văn số 456/SKHCN-TĐC ngày 02/6/2026 của Sở "
                                                                    "Khoa học và Công nghệ tỉnh Lâm Đồng")
    codes = _codes(reports.preflight(commune.leader, row.id))
    assert codes["website_not_posted"] is False and "consultant_unknown" not in codes
    text = _text(commune.leader, row.id, tmp_path)
    assert text.count("Thực hiện Công văn số 456/SKHCN-TĐC ngày 02/6/2026 của Sở Khoa học và Công nghệ tỉnh Lâm Đồng; "
                      "căn cứ Quyết định số 19/2014/QĐ-TTg") == 1
    assert "chưa đăng tải trên trang thông tin điện tử tanphu.lamdong.gov.vn." in text
    assert ("Tổ chức tư vấn xây dựng, áp dụng Hệ thống quản lý chất lượng: Công ty TNHH Tư vấn ISO Lâm Viên (hợp đồng số "
            "05/2025/HĐTV).") in text
    records.update(commune.leader, "announcement", commune.ids["announcement"], {"website_posted_date": "23/01/2026"})
    text = _text(commune.leader, row.id, tmp_path, "r2.pdf")
    assert "đã đăng tải trên trang thông tin điện tử tanphu.lamdong.gov.vn ngày 23/01/2026." in text
    assert "website_not_posted" not in _codes(reports.preflight(commune.leader, row.id))


# ---------------------------------------------------------------- the NC appendix, appendices by key
def test_the_nc_appendix_has_cause_and_action_columns(commune):
    row = reports.create_report(commune.secretary, period="2026-H1")
    table = reports.report_data(commune.leader, row.id).table("nonconformities")
    titles = [c.title for c in table.columns]
    assert titles[5:7] == ["Nguyên nhân", "Hành động khắc phục"]
    first = table.rows[0]
    assert first[5] == "Công chức mới chưa được hướng dẫn quy trình"
    assert first[6] == ("Khắc phục tức thời: Bổ sung ngay phiếu còn thiếu. Hành động khắc phục: Bổ sung phiếu kiểm soát "
                        "cho hồ sơ tháng 3 (Vũ Thị Én), xong 25/04/2026")


def test_appendices_are_referred_to_by_key_when_a_table_is_inserted(commune, monkeypatch):
    row = reports.create_report(commune.secretary, period="2026-H1")
    plain = reports.report_data(commune.leader, row.id)
    original = report_text._appendices
    extra = Table("inserted", "Bảng chèn thêm", (Column("STT", INT),))
    monkeypatch.setattr(report_text, "_appendices", lambda f: (extra, *original(f)))
    shifted = reports.report_data(commune.leader, row.id)
    for data in (plain, shifted):
        text = " ".join(p for part in data.parts for item in part.items for p in item.paragraphs)
        for key, phrase in (("procedures", "ban hành lại 1 quy trình"), ("audits", "1 khuyến nghị"),
                            ("nonconformities", "quá hạn khắc phục"), ("objectives", "đạt 1 mục tiêu"),
                            ("statistics", "Tỷ lệ giải quyết đúng hạn đạt 98,5%")):
            number = W_roman(data.appendix_number(key))
            assert f"{phrase} (chi tiết tại Phụ lục {number})" in text, (key, number)
    assert plain.appendix_number("procedures") == 1 and shifted.appendix_number("procedures") == 2


def test_report_json_of_an_earlier_version_still_reads(commune):
    row = reports.create_report(commune.secretary, period="2026-H1")
    finalize(commune, row.id)
    raw = json.loads(reports.snapshot_bytes(commune.leader, row.id))
    for key in ("data_as_of", "request_letter"):
        raw.pop(key)
    raw["appendices"] = [t for t in raw["appendices"] if t["key"] != "statistics_by_field"]
    old = ReportData.from_json(json.dumps(raw))
    assert old.data_as_of is None and old.request_letter == "" and old.metric("received").value == 1282
    with pytest.raises(KeyError):
        old.table("statistics_by_field")


# ---------------------------------------------------------------- the printed forms
def test_audit_plan_report_and_draft_procedure_forms(commune, tmp_path):
    plan = flat(pdftotext(save_document(commune.viewer, "audit_plan", commune.ids["audit"], tmp_path)))
    assert re.search(r"TM\. ỦY BAN NHÂN DÂN KT\. CHỦ TỊCH PHÓ CHỦ TỊCH", plan)
    report = flat(pdftotext(save_document(commune.viewer, "audit_report", commune.ids["audit"], tmp_path)))
    assert "BC-UBND" not in report and "Kính gửi" not in report and "Số:" not in report
    assert "ĐOÀN ĐÁNH GIÁ NỘI BỘ" in report and "BÁO CÁO ĐÁNH GIÁ NỘI BỘ" in report
    assert "Báo cáo cho: Chủ tịch Ủy ban nhân dân xã Tân Phú (hồ sơ nội bộ" in report
    draft = flat(pdftotext(save_document(commune.viewer, "procedure_cover", commune.ids["procedures"]["QT-03/CT"],
                                         tmp_path)))
    assert "DỰ THẢO QUY TRÌNH Quy trình chứng thực bản sao" in draft and "Lần ban hành: 01 (dự thảo)" in draft
    effective = flat(pdftotext(save_document(commune.viewer, "procedure_cover", commune.ids["procedures"]["QT-01/HT"],
                                             tmp_path)))
    assert "DỰ THẢO" not in effective and "dự thảo" not in effective
    steps = flat(pdftotext(save_document(commune.viewer, "procedure_steps", commune.ids["procedures"]["QT-03/CT"],
                                         tmp_path)))
    assert "DỰ THẢO" in steps


def test_the_report_signature_and_date_line(commune, tmp_path):
    row = reports.create_report(commune.secretary, period="2026-H1")
    finalize(commune, row.id, date="20/06/2026")
    text = _text(commune.leader, row.id, tmp_path)
    assert "Tân Phú, ngày 20 tháng 6 năm 2026" in text and "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" in text
    assert commune.leader.today >= dt.date(2026, 6, 20)  # finalised on or after the day it is dated


def test_the_tthc_left_out_of_a_long_list_are_counted_as_procedures(tmp_path):
    """QA 13 F6: "… 1.009470 và 18 nội dung khác": the rest are administrative procedures, and the report says so."""
    from qms_desktop.services import tthc

    ctx = _new_commune(tmp_path, dt.date(2026, 6, 20))
    for i in range(9):
        tthc.create_tthc(ctx, code=f"1.00900{i}", name=f"Thủ tục số {i}", in_scope=True)
    row = reports.create_report(ctx, period="2026-H1")
    text = _text(ctx, row.id, tmp_path)
    assert ("Các thủ tục hành chính trong phạm vi chưa có quy trình: 1.009000, 1.009001, 1.009002, 1.009003, "
            "1.009004, 1.009005 và 3 thủ tục khác.") in text
    assert "nội dung khác" not in text


def test_the_units_applying_procedures_include_those_carrying_out_their_steps(commune):
    """QA 60 F6: "Các bộ phận áp dụng quy trình đang hiệu lực" listed the procedures' owners only; the one-stop unit,
    which takes in and returns every file (steps 1 and 4 of QT-01/HT), was not among them."""
    records.create(commune.leader, "unit", {"name": "Bộ phận một cửa (Bộ phận tiếp nhận và trả kết quả)"})
    records.create(commune.leader, "unit", {"name": "Văn hóa - Xã hội"})  # no step of a procedure: not listed
    row = reports.create_report(commune.secretary, period="2026-H1")
    text = " ".join(p for part in reports.report_data(commune.leader, row.id).parts for item in part.items
                    for p in item.paragraphs)
    [line] = [s for s in text.split(". ") if "Các bộ phận áp dụng quy trình đang hiệu lực" in s]
    assert "Bộ phận một cửa (Bộ phận tiếp nhận và trả kết quả)" in line and "Tư pháp - Hộ tịch" in line
    assert "Văn hóa - Xã hội" not in line
