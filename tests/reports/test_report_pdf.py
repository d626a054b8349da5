"""The report's PDF read back with poppler: A4, fonts embedded, margins, text NFC and complete."""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from report_helpers import MM, assert_decree30_page, finalize, flat, margins_mm, need, pdf_words, pdfinfo, pdftotext

from qms_desktop.reports.pdf import report_pdf
from qms_desktop.services import reports


LONG = "\n".join(
    f"{i}. Việc cập nhật văn bản quy phạm pháp luật mới vào các quy trình giải quyết thủ tục hành chính còn chậm, "
    "một số công chức kiêm nhiệm nhiều việc nên chưa dành đủ thời gian cho việc duy trì Hệ thống quản lý chất lượng; "
    "việc khảo sát sự hài lòng của người dân chủ yếu thực hiện bằng phiếu giấy, số phiếu thu về chưa nhiều."
    for i in range(1, 7))


def _final(commune, tmp_path):
    row = reports.create_report(commune.secretary, period="2026-H1")
    reports.update_report(commune.secretary, row.id, shortcomings=LONG,
                          plans="Tổ chức đánh giá nội bộ đợt 2 vào tháng 10/2026.",
                          proposals="Đề nghị Sở tổ chức tập huấn chuyên gia đánh giá nội bộ.")
    finalize(commune, row.id, date="20/06/2026")
    (tmp_path / "usb").mkdir()
    result = reports.export_report(commune.secretary, row.id, tmp_path / "usb")
    return row, result, reports.report_data(commune.leader, row.id)


def test_report_pdf_layout_and_text(commune, tmp_path):
    row, result, data = _final(commune, tmp_path)
    pdf = result.files[1]
    assert pdf.name == "BaoCaoISO_2026-6T_TanPhu.pdf"
    margins = assert_decree30_page(pdf)
    print("measured margins (mm):", {k: round(v, 1) for k, v in margins.items()})
    text = pdftotext(pdf)
    assert unicodedata.is_normalized("NFC", text)
    body = flat(text)
    for expected in ("ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Số: 01/BC-UBND", "Tân Phú, ngày 20 tháng 6 năm 2026", "BÁO CÁO",
                     "Kính gửi: Sở Khoa học và Công nghệ tỉnh Lâm Đồng.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                     "Nguyễn Văn An", "Nơi nhận:", "- Như trên;", "- Lưu: VT, ISO.", result.fingerprint,
                     "Mã hồ sơ: QMS-BC-1-V1", "Phụ lục I", "Phụ lục V",
                     "(Kèm theo Báo cáo số 01/BC-UBND ngày 20/06/2026 của Ủy ban nhân dân xã Tân Phú)"):
        assert expected in body, expected
    # a paragraph may run across a page break: read it without the page furniture in between
    running = re.sub(r"Mã hồ sơ: QMS-BC-\d+-V\d+ \d+ ", "", body)
    for paragraph in [data.summary, data.intro, data.closing.rstrip(".") + "./."] + [
            p for part in data.parts for item in part.items for p in item.paragraphs] + [
            p for part in data.parts for p in part.paragraphs]:
        # pdftotext joins a line ending in " -" to the next without it ("Tư pháp -|Hộ tịch" → "Tư pháp Hộ tịch")
        assert flat(paragraph).replace(" - ", " ") in running.replace(" - ", " "), paragraph
    for part in data.parts:
        assert flat(f"{part.code}. {part.title}") in body
    for table in data.appendices:
        assert flat(table.title.upper()) in body
        for cells in table.rows:
            for cell in cells:
                if isinstance(cell, str) and len(cell) < 12:
                    assert cell in body, cell
    assert "DỰ THẢO" not in body
    info = pdfinfo(pdf)
    assert info["Title"] == "BÁO CÁO 01/BC-UBND" and int(info["Pages"]) >= 4


def test_page_numbers_from_page_two_centred_in_the_top_margin(commune, tmp_path):
    _row, result, _data = _final(commune, tmp_path)
    pages = pdf_words(result.files[1])
    assert not [w for w in pages[0].words if w[4] < 20 * MM]  # nothing printed above the text on page 1
    for number, page in enumerate(pages[1:], start=2):
        top = [w for w in page.words if w[4] < 20 * MM]
        assert [w[0] for w in top] == [str(number)]
        centre = (top[0][1] + top[0][3]) / 2
        assert abs(centre - page.width / 2) < 2, centre
        assert 13 * 0.6 < top[0][4] - top[0][2] < 14 * 1.3  # 13–14 pt


def test_draft_is_marked_and_nfd_input_prints_as_nfc(commune, tmp_path):
    row = reports.create_report(commune.secretary, period="2026-H1")
    data = reports.report_data(commune.leader, row.id)
    nfd = dataclasses.replace(data, recipient=unicodedata.normalize("NFD", "Sở Khoa học và Công nghệ tỉnh Lâm Đồng"),
                              agency=dataclasses.replace(data.agency, head_name=unicodedata.normalize("NFD", "Nguyễn Văn Ấn")))
    path = tmp_path / "draft.pdf"
    path.write_bytes(report_pdf(nfd))
    text = pdftotext(path)
    assert unicodedata.is_normalized("NFC", text)
    assert "DỰ THẢO" in text and "Nguyễn Văn Ấn" in text and "Lâm Đồng" in text
    assert "Số: 01/BC-UBND" in flat(text)  # a draft keeps its reserved number
    assert_decree30_page(path, full_pages=False)


def test_pdf_bytes_are_reproducible(commune):
    row = reports.create_report(commune.secretary, period="2026-H1")
    finalize(commune, row.id)
    data = reports.report_data(commune.leader, row.id)
    assert report_pdf(data, fingerprint="AAAA BBBB CCCC DDDD") == report_pdf(data, fingerprint="AAAA BBBB CCCC DDDD")


def test_margins_helper_sees_a_violation(tmp_path):
    """The margin check is real: a page drawn with a 10 mm left margin is caught."""
    from reportlab.pdfgen.canvas import Canvas

    from qms_desktop.reports.fonts import SERIF, register_fonts

    register_fonts()
    path = tmp_path / "bad.pdf"
    c = Canvas(str(path), pagesize=(595.276, 841.89), initialFontName=SERIF)
    c.setFont(SERIF, 14)
    c.drawString(10 * MM, 841.89 - 30 * MM, "Lề trái quá hẹp")
    c.save()
    assert margins_mm(pdf_words(path))["left"] < 11


def _pages(pdf: bytes, tmp_path) -> list[str]:
    import subprocess

    need("pdftotext")
    path = tmp_path / "layout.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout.split("\f")


def test_a_heading_over_a_text_longer_than_a_page_leaves_no_page_blank(tmp_path):
    """A long Part IV (19,000 characters) after a short Part III: its heading used to go to the next page
    with the whole text, leaving the page above half or nearly empty."""
    from qms_desktop.reports.pdf_layout import Styles, build_pdf, para

    st = Styles()
    long_text = "Kế hoạch chi tiết cho kỳ tới, từng việc một. " * 500
    for intro in (150, 360):  # Part III ends mid-page; Part III ends near the page's foot
        story = [para("Mở đầu. " * intro, st.body), para("III. TỒN TẠI", st.part),
                 para("Một số hồ sơ trễ hạn.", st.body), para("IV. PHƯƠNG HƯỚNG", st.part), para(long_text, st.body)]
        pages = [p for p in _pages(build_pdf(story, title="t"), tmp_path) if p.strip()]
        words = [len(p.split()) for p in pages]
        assert min(words[:-1]) > 0.5 * max(words), words  # no page but the last is half empty
        part3 = next(i for i, p in enumerate(pages) if "Một số hồ sơ trễ hạn." in p)
        part4 = next(i for i, p in enumerate(pages) if "IV. PHƯƠNG HƯỚNG" in p)
        assert part4 == part3, (intro, part3, part4)  # Part IV starts right under Part III
        assert "Kế hoạch chi tiết" in pages[part4].split("IV. PHƯƠNG HƯỚNG", 1)[1]  # with its text under it


def test_a_heading_still_goes_with_a_short_text_that_does_not_fit_under_it(tmp_path):
    from qms_desktop.reports.pdf_layout import Styles, build_pdf, para

    st = Styles()
    for intro in range(300, 380, 8):  # somewhere the heading falls on the last lines of page 1
        story = [para("Mở đầu báo cáo. " * intro, st.body), para("IV. PHƯƠNG HƯỚNG", st.part),
                 para("Kế hoạch ngắn gọn cho kỳ tới. " * 12, st.body)]
        pages = [p for p in _pages(build_pdf(story, title="t"), tmp_path) if p.strip()]
        last_line_of_first = [line for line in pages[0].splitlines() if line.strip()][-1]
        assert "IV. PHƯƠNG HƯỚNG" not in last_line_of_first, intro  # never a heading alone at a page's foot


def test_the_nonconformity_annex_says_the_immediate_correction_before_the_actions(commune, tmp_path):
    """QA 39 F10: Phụ lục III left out the correction made at once (khắc phục tức thời), which the CAR form prints."""
    _row, result, data = _final(commune, tmp_path)
    table = next(t for t in data.appendices if t.key == "nonconformities")
    action = table.columns.index(next(c for c in table.columns if c.title == "Hành động khắc phục"))
    cells = [r[action] for r in table.rows]
    assert any(c.startswith("Khắc phục tức thời: Bổ sung ngay phiếu còn thiếu. Hành động khắc phục: Bổ sung phiếu "
                            "kiểm soát cho hồ sơ tháng 3 (Vũ Thị Én), xong 25/04/2026") for c in cells), cells
    assert all("tức thời" not in c for c in cells if "Bổ sung ngay" not in c)  # none where none was made
    printed = {w[0] for page in pdf_words(result.files[1]) for w in page.words}
    assert set("Khắc phục tức thời: Bổ sung ngay phiếu còn thiếu.".split()) <= printed


def test_the_nonconformity_annex_is_turned_to_landscape_and_the_others_are_not(commune, tmp_path):
    """QA 27 F2: on a portrait page Phụ lục III's three long texts (content, cause, action) got a few words a line
    beside its dates and numbers; its pages are landscape now, bound by their top edge, numbered in the top margin,
    and the next annex turns back to portrait."""
    from qms_desktop.reports.pdf import turned

    _row, result, data = _final(commune, tmp_path)
    by_key = {t.key: t for t in data.appendices}
    assert by_key["nonconformities"].rows and turned(by_key["nonconformities"])
    assert not any(turned(t) for t in data.appendices if t.key != "nonconformities")
    pages = pdf_words(result.files[1])
    wide = [n for n, p in enumerate(pages, start=1) if p.width > p.height]
    assert wide == list(range(wide[0], wide[-1] + 1)) and "III" in [w[0] for w in pages[wide[0] - 1].words[:12]]
    after = pages[wide[-1]]  # the page after the turned ones: Phụ lục IV, portrait again
    assert after.width < after.height and "IV" in " ".join(w[0] for w in after.words[:12])
    for n in wide:
        top = [w for w in pages[n - 1].words if w[4] < 20 * MM]
        assert [w[0] for w in top] == [str(n)] and abs((top[0][1] + top[0][3]) / 2 - pages[n - 1].width / 2) < 2
    assert_decree30_page(result.files[1])  # the landscape pages' margins too
    printed = {w[0] for n in wide for w in pages[n - 1].words}
    for cells in by_key["nonconformities"].rows:  # nothing of the turned table lost
        for cell in cells:
            if isinstance(cell, str):
                assert set(cell.split()) <= printed, cell
