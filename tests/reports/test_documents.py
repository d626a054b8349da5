"""The other printed documents: Decree 30 layout, every record's content, the record identifier."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from report_helpers import REPORT_DAY, assert_decree30_page, flat, need, pdf_words, pdftotext

from qms_desktop.domain.errors import NotFound, ValidationError
from qms_desktop.reports.report_data import parse_record_ref
from qms_desktop.services import audits, records
from qms_desktop.services.reports.documents import KINDS, document_file_name, save_document


def _print(commune, kind, record_id, tmp_path):
    path = save_document(commune.viewer, kind, record_id, tmp_path)  # printing needs only read access
    assert path.name == document_file_name(kind, record_id) and path.name.isascii()
    assert_decree30_page(path, full_pages=False)
    text = pdftotext(path)
    assert unicodedata.is_normalized("NFC", text)
    return path, flat(text)


def _ref(text: str) -> tuple:
    start = text.index("Mã hồ sơ: ") + len("Mã hồ sơ: ")
    return parse_record_ref(text[start:start + 20])


def test_announcement_decision_with_scope_list(commune, tmp_path):
    _path, text = _print(commune, "announcement", commune.ids["announcement"], tmp_path)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 125/QĐ-UBND", "Tân Phú, ngày 20 tháng 01 năm 2026",
                     "QUYẾT ĐỊNH", "Về việc công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia",
                     "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", "Căn cứ Quyết định số 19/2014/QĐ-TTg", "QUYẾT ĐỊNH:",
                     "Điều 1.", "Điều 2.", "Điều 3.", "Quyết định này./.", "Nơi nhận:", "- Như Điều 3;",
                     "Nguyễn Văn An", "DANH MỤC THỦ TỤC HÀNH CHÍNH", "1.001193", "Thủ tục đăng ký khai sinh",
                     "2.000815", "Quản lý văn bản đi, đến", "Tiếp nhận và trả kết quả"):
        assert expected in text, expected
    assert _ref(text) == ("announcement", commune.ids["announcement"], None)


def test_review_minutes(commune, tmp_path):
    _path, text = _print(commune, "review_minutes", commune.ids["review"], tmp_path)
    for expected in ("BIÊN BẢN", "Họp xem xét của lãnh đạo", "Thời gian bắt đầu: 08 giờ 00, ngày 05 tháng 6 năm 2026",
                     "Địa điểm: Hội trường UBND xã.", "Chủ trì: Nguyễn Văn An.", "Thư ký: Lê Thị Cúc.",
                     "a) Tình trạng của các hành động", "f) Các cơ hội cải tiến", "Kết luận của chủ trì",
                     "HTQLCL phù hợp, có hiệu lực", "Triển khai khảo sát trực tuyến", "30/09/2026",
                     "Bổ sung máy quét tại bộ phận một cửa", "THƯ KÝ", "CHỦ TRÌ", "Cuộc họp kết thúc vào"):
        assert expected in text, expected
    # 9.3.2 c) once, then its points c1)…c7) — not "c)" seven times
    assert text.count("c) Thông tin về kết quả thực hiện và hiệu lực") == 1 and "c) Sự thỏa mãn" not in text
    assert text.index("b) Những thay đổi") < text.index("c) Thông tin") < text.index("c1) Sự thỏa mãn") \
        < text.index("d) Sự đầy đủ")
    assert _ref(text) == ("review", commune.ids["review"], None)


def test_corrective_action_request(commune, tmp_path):
    closed, open_ = commune.ids["ncs"]
    _path, text = _print(commune, "car", closed, tmp_path)
    for expected in ("PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC", "Số: 01/2026", "1. Mô tả sự không phù hợp",
                     "Đánh giá nội bộ (Đánh giá nội bộ đợt 1 năm 2026)",
                     "7.5.3 (Kiểm soát thông tin dạng văn bản)", "Địa chính - Xây dựng",  # named (QA 60 F13)
                     "-Hồ sơ lưu thiếu phiếu kiểm soát quá trình", "Công chức mới chưa được hướng dẫn quy trình",
                     "Bổ sung phiếu kiểm soát cho hồ sơ tháng 3", "Vũ Thị Én", "25/04/2026", "Trần Thị Bình",
                     "Có hiệu lực", "Đã đóng ngày 06/05/2026"):
        assert expected in text, expected
    assert _ref(text) == ("nonconformity", closed, None)
    _path, text = _print(commune, "car", open_, tmp_path)
    assert "=1+2 phản ánh trả kết quả chậm" in text and "Chưa kiểm tra" in text and "Đang khắc phục" in text


def test_audit_plan_and_report(commune, tmp_path):
    audit_id = commune.ids["audit"]
    _path, text = _print(commune, "audit_plan", audit_id, tmp_path)
    for expected in ("KẾ HOẠCH", "Đánh giá nội bộ đợt 1 năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "II. PHẠM VI ĐÁNH GIÁ",
                     "III. CHUẨN MỰC ĐÁNH GIÁ", "IV. ĐOÀN ĐÁNH GIÁ", "Lê Thị Cúc", "Trưởng đoàn", "Hoàng Văn Đức",
                     "Thành viên", "V. THỜI GIAN VÀ LỊCH ĐÁNH GIÁ", "10/04/2026", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                     "Trần Thị Bình"):
        assert expected in text, expected
    assert _ref(text) == ("audit", audit_id, None)
    _path, text = _print(commune, "audit_report", audit_id, tmp_path)
    for expected in ("BÁO CÁO", "Kết quả đánh giá nội bộ", "Thời gian đánh giá: 10/04/2026 đến 11/04/2026",
                     "Danh mục đánh giá có 2 nội dung: 1 phù hợp, 1 không phù hợp.", "Không phù hợp (nhẹ)", "01/2026",
                     "Nên bổ sung kênh khảo sát trực tuyến", "Khuyến nghị", "HTQLCL được duy trì phù hợp",
                     "TRƯỞNG ĐOÀN ĐÁNH GIÁ", "PHÊ DUYỆT", "Phê duyệt ngày 15/04/2026"):
        assert expected in text, expected
    assert not re.search(r"\b0 (khuyến nghị|điểm|phù hợp|không phù hợp)", text)  # QA 57 F8: no "0 khuyến nghị"
    assert _ref(text) == ("audit_report", audit_id, None)


def test_audit_report_needs_a_held_audit(commune, tmp_path):
    planned = audits.plan_audit(commune.leader, title="Đánh giá đợt 2", planned_date="10/10/2026")
    with pytest.raises(ValidationError):
        save_document(commune.viewer, "audit_report", planned.id, tmp_path)
    save_document(commune.viewer, "audit_plan", planned.id, tmp_path)  # the plan prints


def test_procedure_cover_page_and_amendments(commune, tmp_path):
    pid = commune.ids["procedures"]["QT-02/HT"]
    path, text = _print(commune, "procedure_cover", pid, tmp_path)
    for expected in ("ỦY BAN NHÂN DÂN", "QUY TRÌNH", "Quy trình đăng ký kết hôn", "Mã hiệu: QT-02/HT",
                     "Lần ban hành: 02", "Ngày hiệu lực: 02/03/2026", "Soạn thảo", "Xem xét", "Phê duyệt",
                     "Họ và tên", "Chữ ký", "Hoàng Văn Đức", "Nguyễn Văn An", "THEO DÕI SỬA ĐỔI TÀI LIỆU",
                     "Sửa bước 2: rút ngắn thời gian xác minh", "Nghị định số 07/2025/NĐ-CP", "CÁC LẦN BAN HÀNH",
                     "Hết hiệu lực", "01/03/2026", "Cập nhật theo Nghị định mới"):
        assert expected in text, expected
    assert _ref(text) == ("procedure", pid, 2)
    assert len(pdf_words(path)) == 2


def test_procedure_steps_table_and_flowchart(commune, tmp_path):
    pid = commune.ids["procedures"]["QT-01/HT"]
    path, text = _print(commune, "procedure_steps", pid, tmp_path)
    for expected in ("TRÌNH TỰ THỰC HIỆN", "Tiếp nhận hồ sơ, kiểm tra tính đầy đủ, hợp lệ", "Bộ phận một cửa",
                     "1 giờ", "4 giờ", "Giấy khai sinh", "Tổng thời gian thực hiện: 1 ngày làm việc; thời hạn theo "
                     "quy định: trong ngày làm việc.", "LƯU ĐỒ THỰC HIỆN", "Trách nhiệm", "Lưu đồ", "Thời gian",
                     "Tổ chức, cá nhân nộp hồ sơ", "Bước 1: Tiếp nhận hồ sơ", "Bước 4: Trả kết quả cho người dân",
                     "Tổ chức, cá nhân nhận kết quả", "1.001193"):
        assert expected in text, expected
    assert _ref(text) == ("steps", pid, 1)
    # the chart's boxes run top to bottom in step order, in the middle column
    pages = pdf_words(path)
    words = [(i, *w) for i, page in enumerate(pages) for w in page.words]  # (page, text, x, y, …)
    chart = [w for w in words if w[1] == "Bước" and 0.35 < w[2] / pages[0].width < 0.6]
    assert len(chart) == 4 and [w[::3] for w in chart] == sorted(w[::3] for w in chart)  # by page, then downwards
    assert len({w[0] for w in chart}) == 1  # the chart on one page (QA 57 F6)
    table_head = [w for w in words if w[1] == "Bước" and w[2] / pages[0].width < 0.2]
    assert len(table_head) == 1 and table_head[0][::3] < chart[0][::3]  # the table comes first


def test_flowchart_alone(commune, tmp_path):
    pid = commune.ids["procedures"]["QT-02/HT"]
    _path, text = _print(commune, "procedure_flowchart", pid, tmp_path)
    assert "LƯU ĐỒ THỰC HIỆN" in text and "Bước 5: Tổ chức trao Giấy chứng nhận kết hôn" in text
    assert "TRÌNH TỰ THỰC HIỆN" not in text and "Tổng thời gian thực hiện: 3 ngày làm việc" in text


def test_every_kind_and_unknown_records(commune, tmp_path):
    assert set(KINDS) == {"announcement", "announcement_notice", "review_minutes", "car", "audit_plan", "audit_report",
                          "procedure_cover",
                          "procedure_steps", "procedure_flowchart"}
    with pytest.raises(NotFound):
        save_document(commune.viewer, "car", 999, tmp_path)
    with pytest.raises(ValidationError):
        save_document(commune.viewer, "memo", 1, tmp_path)


def _held_audit(commune) -> int:
    """An audit held, its report not yet approved (an approved report's checklist and findings no longer change):
    one item conforming, one nonconforming with its finding."""
    ctx, day = commune.leader, REPORT_DAY - dt.timedelta(days=10)
    lead = records.create(ctx, "staff", {"full_name": "Lê Văn Hùng", "title": "Phó Chủ tịch UBND xã"})
    a = audits.plan_audit(ctx, title="Đánh giá nội bộ bổ sung", planned_date=day, lead_auditor_id=lead.id)
    audits.add_checklist_item(ctx, a.id, clause="6.2", question="Mục tiêu chất lượng có được theo dõi?", result="conform")
    item = audits.add_checklist_item(ctx, a.id, clause="7.5", question="Hồ sơ có được lưu đầy đủ?", result="nonconform")
    audits.add_finding(ctx, a.id, kind="nonconform", clause="7.5.3", description="Hồ sơ lưu thiếu phiếu kiểm soát",
                       checklist_item_id=item.id)
    audits.complete_audit(ctx, a.id, start_date=day)
    return a.id


def test_a_web_address_in_a_finding_breaks_inside_its_cell_and_the_table_stays_on_the_page(commune, tmp_path):
    """QA: one long unbroken word (a web address) widened its column past the page: "STT" and "Phân loại" were
    cut off for every finding of the audit report."""
    audit_id = _held_audit(commune)
    url = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001766"
    audits.add_finding(commune.leader, audit_id, kind="recommend", description=f"Hồ sơ đăng tải tại {url} chưa đúng.",
                       clause="8.5.1")
    path, text = _print(commune, "audit_report", audit_id, tmp_path)
    assert "STT" in text and "Phân loại" in text and "ma_thu_" in text
    for page in pdf_words(path):
        for word, x_min, _y0, x_max, _y1 in page.words:
            assert 0 <= x_min and x_max <= page.width, (word, x_min, x_max, page.width)


def test_column_widths_never_exceed_the_text_width():
    from qms_desktop.reports.pdf_layout import TEXT_WIDTH, column_widths

    long_word = "x" * 300
    widths = column_widths(["STT", "Nội dung", "Mã"], [["1", f"a {long_word} b", long_word]], [1, 6, 2],
                           ["right", "left", "center"], 11)
    assert sum(widths) <= TEXT_WIDTH + 0.01 and min(widths) > 0


def test_the_audit_report_names_checklist_items_not_assessed(commune, tmp_path):
    """QA: with an item left unassessed the report read 'checked 0 items: … 0 nonconformities' beside
    '1 nonconformity recorded'."""
    audit_id = _held_audit(commune)
    audits.add_checklist_item(commune.leader, audit_id, clause="7.5", question="Hồ sơ được kiểm soát?")
    _path, text = _print(commune, "audit_report", audit_id, tmp_path)
    assert "Danh mục đánh giá có 3 nội dung: 1 phù hợp, 1 không phù hợp, 1 nội dung chưa đánh giá." in text


def test_a_flowchart_that_fits_under_the_heading_stays_on_the_first_page(tmp_path):
    """QA 60 F10: the flowchart document of a six-step procedure put its chart on page 2, page 1 holding only the
    procedure's heading (a KeepTogether inside another always measured taller than a page)."""
    from qms_desktop.reports.flowchart import Node, flowchart
    from qms_desktop.reports.pdf_layout import Styles, build_pdf, para

    need("pdftotext")
    st = Styles()
    nodes = [Node("start", "Tổ chức, cá nhân nộp hồ sơ", "Người dân")]
    nodes += [Node("step", f"Bước {n}: Thẩm định hồ sơ và trình ký", "Công chức Tư pháp - Hộ tịch", "4 giờ")
              for n in range(1, 7)]
    nodes.append(Node("end", "Trả kết quả cho tổ chức, cá nhân", "Bộ phận một cửa"))
    story = [para("Thủ tục hành chính: 1.009137 – Đăng ký khai sinh. " * 4, st.body), *flowchart(nodes, (
        "Trách nhiệm", "Lưu đồ", "Thời gian"), lead=[para("LƯU ĐỒ THỰC HIỆN", st.center_bold)])]
    path = tmp_path / "chart.pdf"
    path.write_bytes(build_pdf(story, title="t"))
    pages = pdftotext(path).split("\f")
    assert "Bước 6" in pages[0] and "Trả kết quả cho tổ chức" in pages[0] and not "".join(pages[1:]).strip()


def test_a_flowchart_that_fits_on_a_page_is_not_broken_across_two(tmp_path):
    """QA 57 F6: under the steps table, a chart of five boxes broke after step 3: step 4 and the end box stood alone on
    page 2 without the column heads. A chart that fits on one page now goes there whole."""
    import subprocess

    from qms_desktop.reports.flowchart import Node, flowchart
    from qms_desktop.reports.pdf_layout import Styles, build_pdf, para

    st = Styles()
    nodes = [Node("start", "Tổ chức, cá nhân nộp hồ sơ", "Người dân")]
    nodes += [Node("step", f"Bước {n}: Thẩm định hồ sơ và trình ký", "Công chức Tư pháp - Hộ tịch", "4 giờ")
              for n in range(1, 5)]
    nodes.append(Node("end", "Trả kết quả cho tổ chức, cá nhân", "Bộ phận một cửa"))
    for filler in (40, 60, 80):
        story = [para("Nội dung trình tự thực hiện. " * filler, st.body), *flowchart(nodes, ("Trách nhiệm", "Lưu đồ",
                                                                                               "Thời gian"))]
        path = tmp_path / f"f{filler}.pdf"
        path.write_bytes(build_pdf(story, title="t"))
        need("pdftotext")
        pages = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                               check=True).stdout.split("\f")
        [chart] = [page for page in pages if "Lưu đồ" in page]
        assert "Bước 1" in chart and "Bước 4" in chart and "Trả kết quả cho tổ chức" in chart, filler


def test_empty_parts_say_so_instead_of_printing_empty_tables(commune, tmp_path):
    """QA 57 F7: a procedure with no steps printed an empty steps table and "Tổng thời gian thực hiện: 0 ngày làm
    việc"; a nonconformity with no action printed an empty actions table."""
    from qms_desktop.services import ncs, procedures

    p = procedures.create_procedure(commune.leader, code="QT-09", title="Quy trình kiểm soát tài liệu")
    _path, text = _print(commune, "procedure_steps", p.id, tmp_path)
    assert "chưa có trình tự thực hiện" in text
    assert "Tổng thời gian thực hiện" not in text and "Nội dung công việc" not in text
    nc = ncs.open_nc(commune.leader, description="Hồ sơ lưu thiếu phiếu", detected_date=REPORT_DAY)
    _path, text = _print(commune, "car", nc.id, tmp_path)
    assert "Hành động khắc phục Người thực hiện" in text and "Không có." in text


def test_the_notice_of_the_announcement_is_a_letter_to_the_department(commune, tmp_path):
    """QA 57 F3: the report says the announcement was notified in writing to the Department of Science and
    Technology; no document printed that letter."""
    _path, text = _print(commune, "announcement_notice", commune.ids["announcement"], tmp_path)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "/UBND", "V/v thông báo công bố Hệ thống quản lý chất",
                     "Kính gửi:", "Quyết định số 19/2014/QĐ-TTg", "đã ban hành Quyết định số 125/QĐ-UBND",
                     "về việc công bố Hệ thống quản lý chất lượng phù hợp", "trân trọng thông báo đến", "TM. ỦY BAN NHÂN DÂN",
                     "CHỦ TỊCH", "Nguyễn Văn An", "Nơi nhận:", "- Như trên;"):
        assert expected in text, expected
    assert "Ủy ban nhân dân Ủy ban nhân dân" not in text
    assert _ref(text) == ("announcement", commune.ids["announcement"], None)


def test_titles_break_between_phrases_and_signatures_carry_names(commune, tmp_path):
    """QA 57 F8: the minutes' title broke "quản / lý"; the audit plan's title repeated itself ("Đánh giá nội bộ …
    TCVN ISO 9001:2015: Đánh giá nội bộ HTQLCL …"); the chair signed as "Nguyễn Văn An - Chủ tịch UBND xã"; the
    corrective-action request left its requester's name blank though the audit's lead auditor made it."""
    from qms_desktop.services import reviews

    need("pdftotext")
    r = reviews.create_review(commune.leader, date=REPORT_DAY, place="Hội trường", chair="Nguyễn Văn An - Chủ tịch UBND xã",
                              secretary="Lê Thị Cúc, công chức Văn phòng - Thống kê")
    path, text = _print(commune, "review_minutes", r.id, tmp_path)
    assert "Chủ trì: Nguyễn Văn An - Chủ tịch UBND xã." in text
    lines = [" ".join(line.split()) for line in pdftotext(path, "-layout").splitlines()]
    assert "Họp xem xét của lãnh đạo về Hệ thống quản lý chất lượng" in lines
    assert "theo TCVN ISO 9001:2015" in lines
    assert "Lê Thị Cúc Nguyễn Văn An" in lines  # the names under the two signatures, without their titles
    audit = audits.plan_audit(commune.leader, title="Đánh giá nội bộ HTQLCL năm 2026", planned_date="10/10/2026")
    _path, text = _print(commune, "audit_plan", audit.id, tmp_path)
    assert "Đánh giá nội bộ Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm 2026" in text
    assert "HTQLCL năm 2026" not in text and "9001:2015:" not in text
    # no "Như trên" in a plan that has no "Kính gửi" (QA 60 F8): those who carry it out receive it
    assert "- Như trên;" not in text and "- Các bộ phận được đánh giá;" in text
    closed, _open = commune.ids["ncs"]
    path, _text = _print(commune, "car", closed, tmp_path)
    lines = [" ".join(line.split()) for line in pdftotext(path, "-layout").splitlines()]
    signers = lines.index("NGƯỜI ĐỀ NGHỊ ĐẠI DIỆN LÃNH ĐẠO")
    assert any(line.startswith("Lê Thị Cúc") for line in lines[signers + 1:signers + 8]), lines[signers:signers + 8]


def test_a_title_is_balanced_without_breaking_a_word_of_two_syllables():
    from qms_desktop.reports import wording as W
    from qms_desktop.reports.fonts import SERIF_BOLD, register_fonts
    from qms_desktop.reports.pdf_layout import TEXT_WIDTH, balanced_lines

    register_fonts()
    title = ("Tình hình xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 "
             "sáu tháng đầu năm 2026 của Ủy ban nhân dân xã Tân Phú")
    assert balanced_lines(title, SERIF_BOLD, 13, TEXT_WIDTH * 0.92) == [
        "Tình hình xây dựng, áp dụng, duy trì và cải tiến", "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
        "sáu tháng đầu năm 2026 của Ủy ban nhân dân xã Tân Phú"]
    assert balanced_lines(W.MINUTES_SUMMARY, SERIF_BOLD, 13, TEXT_WIDTH * 0.92) == [
        "Họp xem xét của lãnh đạo về Hệ thống quản lý chất lượng", "theo TCVN ISO 9001:2015"]
    annual = ("Tình hình xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia "
              "TCVN ISO 9001:2015 năm 2026")  # two lines would break "quản lý / chất lượng": three lines instead
    assert balanced_lines(annual, SERIF_BOLD, 13, TEXT_WIDTH * 0.92) == [
        "Tình hình xây dựng, áp dụng, duy trì", "và cải tiến Hệ thống quản lý chất lượng",
        "theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm 2026"]
    assert balanced_lines("Một dòng\nvà dòng khác", SERIF_BOLD, 13, TEXT_WIDTH) == ["Một dòng", "và dòng khác"]
    word = "X" * 200  # wider than the line: wrapped as reportlab does, not lost
    assert "".join(balanced_lines(f"{word} cuối", SERIF_BOLD, 13, 100)).replace(" ", "") == f"{word}cuối"


def test_a_corrective_action_request_has_its_verifier_sign_and_a_cancelled_one_says_so(commune, tmp_path):
    """QA 60 F12: the verification that closes an NC had no signature; a cancelled request printed like a live one
    ("Hủy — lý do hủy" in its last line only)."""
    from qms_desktop.services import ncs

    need("pdftotext")
    closed, _open = commune.ids["ncs"]
    path, text = _print(commune, "car", closed, tmp_path)
    lines = [" ".join(line.split()) for line in pdftotext(path, "-layout").splitlines()]
    signs = [i for i, line in enumerate(lines) if line == "NGƯỜI KIỂM TRA"]
    assert signs and any(line == "Trần Thị Bình" for line in lines[signs[-1] + 1:signs[-1] + 8])
    assert "(ĐÃ HỦY)" not in text
    nc = ncs.open_nc(commune.leader, description="Ghi nhầm", detected_date=REPORT_DAY)
    ncs.cancel_nc(commune.leader, nc.id, reason="Trùng nội dung với sự không phù hợp 01/2026")
    _path, text = _print(commune, "car", nc.id, tmp_path)
    assert "PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC (ĐÃ HỦY)" in text
    assert "Tình trạng: Đã hủy. Lý do: Trùng nội dung với sự không phù hợp 01/2026" in text
    assert "NGƯỜI KIỂM TRA" not in text
