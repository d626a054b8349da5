"""QA 8 F1: a nonconformity whose description ran to ~1,000 characters made Phụ lục III's row taller than a
page, and reportlab refused the whole report (LayoutError) — after it had been finalised. A table row now goes
on over the following rows, and pages; nothing of its text is lost."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from report_helpers import need

from qms_desktop.reports.pdf_layout import Styles, build_pdf, grid_table

SENTENCE = "Công dân phản ánh hồ sơ chứng thực bị trả lại nhiều lần do thiếu hướng dẫn thành phần hồ sơ tại quầy."


def _text(pdf: bytes, tmp_path) -> str:
    need("pdftotext")
    path = tmp_path / "t.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
@pytest.mark.parametrize("repeat", [12, 40, 120])
def test_a_row_taller_than_a_page_goes_on_over_the_next(tmp_path, repeat):
    st = Styles()
    long = " ".join(f"({i}) {SENTENCE}" for i in range(repeat))
    rows = [["1", "01/2026", long, "Đang khắc phục"], ["2", "02/2026", "Ngắn.", "Đã đóng"]]
    table = grid_table(["STT", "Số", "Nội dung", "Tình trạng"], rows, [1, 2, 8, 3], st)
    pdf = build_pdf([table], title="t")
    text = _text(pdf, tmp_path)
    found = {int(n) for n in re.findall(r"\((\d+)\)", text)}
    assert found == set(range(repeat))  # every sentence printed, none lost at a page end
    assert "02/2026" in text and "Đã đóng" in text
    if repeat >= 40:
        assert text.count("\f") >= 2 and text.count("Nội dung") >= 2  # over pages, the header repeated


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_an_unbreakable_long_word_is_cut_to_its_column(tmp_path):
    st = Styles()
    word = "https://dichvucong.gov.vn/" + "x" * 1600 + "/end"
    table = grid_table(["STT", "Nội dung"], [["1", word]], [1, 8], st)
    pdf = build_pdf([table], title="t")  # used to raise LayoutError: a Paragraph of one word taller than a page
    printed = "".join(re.findall(r"[a-z:/.]+", _text(pdf, tmp_path)))  # the word's pieces (no header, no page number)
    assert word in printed  # every piece printed, in order, over pages


def test_a_tables_last_row_never_starts_a_page_alone(tmp_path):
    """QA 60 F11: the procedures appendix's last row stood alone under the repeated header on its own page. Pushed
    down by every height of text above it, a table of eight rows never leaves its last row alone on a page."""
    from reportlab.platypus import Spacer

    need("pdftotext")
    st = Styles()
    rows = [[str(i), f"Dòng{i:02d}", "Quy trình giải quyết " * 3, "Hiệu lực"] for i in range(1, 9)]
    alone = []
    for push in range(520, 580, 4):
        table = grid_table(["STT", "Mã", "Tên", "Tình trạng"], rows, [1, 2, 8, 3], st)
        pages = _text(build_pdf([Spacer(1, push), table], title="t"), tmp_path).split("\f")
        counts = [len(re.findall(r"Dòng\d\d", page)) for page in pages if "Dòng" in page]
        assert sum(counts) == 8, (push, counts)  # every row printed once
        if len(counts) > 1 and counts[-1] == 1:
            alone.append(push)
    assert not alone, alone


def test_a_list_of_names_with_commas_is_separated_by_semicolons():
    """QA 8 F7.2: "Thi đua, khen thưởng" and "Tín ngưỡng, tôn giáo" made 8 fields read like 10."""
    from qms_desktop.reports.report_text import _list

    assert _list(["Hộ tịch", "Chứng thực"], 8, "lĩnh vực") == "Hộ tịch, Chứng thực"
    assert _list(["Hộ tịch", "Thi đua, khen thưởng", "Tín ngưỡng, tôn giáo"], 8, "lĩnh vực") == (
        "Hộ tịch; Thi đua, khen thưởng; Tín ngưỡng, tôn giáo")


def test_a_row_going_on_over_rows_below_repeats_its_number(tmp_path):
    """QA 27 F3: where a long row went on in the next page, its number and date cells were empty: the reader could
    not tell which nonconformity continued. The piece that starts a page carries its number again (the other short
    cells stay empty, so it is not read as another row); within a page the pieces show as one row."""
    st = Styles()
    long = " ".join(f"({i}) {SENTENCE}" for i in range(120))
    table = grid_table(["STT", "Số", "Nội dung"], [["7", "07/2026", long]], [1, 2, 8], st)
    numbers = [row[0] for row in table._cellvalues[1:]]
    assert len(numbers) >= 3 and numbers[0] == "7" and set(numbers[1:]) == {""}  # laid out once, numbered per page
    assert [row[1] for row in table._cellvalues[1:]][1:] == [""] * (len(numbers) - 1)
    text = _text(build_pdf([table], title="t"), tmp_path)
    pages = text.split("\f")
    spanned = [page for page in pages if "(" in page]
    assert len(spanned) >= 2
    assert all(re.search(r"^\s*7\s", page, re.M) for page in spanned)  # the number on each page it spans
    assert sum(len(re.findall(r"^\s*7\s", page, re.M)) for page in spanned) == len(spanned)  # once a page


def test_a_long_row_starts_on_the_page_it_follows_instead_of_leaving_it_blank(tmp_path):
    """QA 27 F4: a row of up to 40 lines that did not fit under the text before it went whole to the next page, and
    left most of the page blank. Laid out in pieces of a few lines, it starts where the text ends."""
    from qms_desktop.reports.pdf_layout import PIECE_LINES, para

    st = Styles()
    long = " ".join(f"({i}) {SENTENCE}" for i in range(14))
    story = [para("Đoạn mở đầu của báo cáo. " * 90, st.body),
             grid_table(["STT", "Số", "Nội dung"], [["1", "01/2026", long]], [1, 2, 8], st)]
    pages = _text(build_pdf(story, title="t"), tmp_path).split("\f")
    assert "(0)" in pages[0] and "(13)" in pages[1]  # begun under the text, gone on over the next page
    assert PIECE_LINES < 10


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_a_heading_that_wraps_keeps_its_words_at_their_normal_spacing(tmp_path):
    """QA 27 F11: part headings were justified: 'II. VIỆC  TUÂN  THỦ  CÁC  QUY  ĐỊNH…' stretched across the line."""
    from qms_desktop.reports.pdf_layout import para

    st = Styles()
    heading = "II. VIỆC TUÂN THỦ CÁC QUY ĐỊNH TẠI QUYẾT ĐỊNH SỐ 19/2014/QĐ-TTg VÀ THÔNG TƯ SỐ 26/2014/TT-BKHCN"
    path = tmp_path / "h.pdf"
    path.write_bytes(build_pdf([para(heading, st.part)], title="t"))
    need("pdftotext")
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    words = [(float(a), float(b), float(y)) for a, y, b in
             re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"', html)]
    first_line = [w for w in words if abs(w[2] - words[0][2]) < 1]
    gaps = [b[0] - a[1] for a, b in zip(first_line, first_line[1:])]
    assert len(first_line) > 5 and max(gaps) < 6, gaps  # a space of 13-pt Times is about 3 pt


def test_a_long_signer_name_stays_on_one_line_at_13_pt():
    """QA 27 F12: a chairman's long name wrapped under the signature at 14 pt; 13 pt (Decree 30 allows 13–14) keeps
    it on one line, and a usual name keeps 14."""
    from qms_desktop.reports.fonts import register_fonts
    from qms_desktop.reports.pdf_layout import TEXT_WIDTH, signer_name

    register_fonts()
    st = Styles()
    room = TEXT_WIDTH * 0.55
    usual = signer_name("Nguyễn Văn An", st, room)
    assert usual.style.fontSize == 14 and usual.wrap(room, 1000)[1] == usual.style.leading
    long = signer_name("Nguyễn Hoàng Phương Thảo Nguyên Khánh", st, room)
    assert long.style.fontSize == 13 and long.wrap(room, 1000)[1] == long.style.leading  # one line
    assert Styles().sign_name.fontSize == 14  # the shared style is left as it was


def test_a_long_word_in_one_cell_does_not_narrow_the_other_columns():
    """QA 39 F5: a 30-letter word (a link, an e-mail address) in one nonconformity's cause widened its column so
    much that every column gave up room: headers and dates of every row broke ("ST/T", "14/11/202/5"). The word is
    cut in its own cell; dates and numbers stay whole."""
    from qms_desktop.reports.fonts import SERIF, SERIF_BOLD, register_fonts
    from qms_desktop.reports.pdf_layout import column_widths, string_width

    register_fonts()
    st = Styles()
    header = ["STT", "Số", "Ngày phát hiện", "Nguồn", "Nội dung", "Nguyên nhân", "Hành động khắc phục",
              "Hạn khắc phục", "Tình trạng cuối kỳ"]
    weights = [0.4, 0.8, 1.0, 0.8, 2.4, 2.0, 2.4, 1.0, 0.9]
    aligns = ["right", "left", "center", "left", "left", "left", "left", "center", "left"]
    rows = [["1", "03/2025", "14/11/2025", "Phản ánh của người dân", "Hồ sơ trả chậm.",
             "Xem https://dichvucong.lamdong.gov.vn/thu-tuc/bao-cao", "Hướng dẫn lại.", "02/01/2026",
             "Đã đóng ngày 28/01/2026"]]
    for width in (456.0, 723.0):  # portrait, landscape
        widths = column_widths(header, rows, weights, aligns, 10, width)
        assert abs(sum(widths) - width) < 1
        assert widths[2] >= string_width("14/11/2025", SERIF, 10) + 6  # the date whole
        assert widths[0] >= string_width("STT", SERIF_BOLD, 10) + 6  # the header whole
    table = grid_table(header, rows, weights, st, aligns=aligns, size=10)
    cause = table._cellvalues[1][5]
    assert isinstance(cause, str) and "dichvucong" in cause.replace("\n", "")  # cut into lines, all of it there


def test_long_texts_share_their_room_by_what_they_hold():
    """QA 39 F6: a 4,000-letter cause ran on for nine landscape pages in its narrow column while the description
    column beside it stood empty. Long-text columns now share their room by how much they hold (within ½–2×)."""
    from qms_desktop.reports.fonts import register_fonts
    from qms_desktop.reports.pdf_layout import column_widths

    register_fonts()
    header = ["STT", "Nội dung", "Nguyên nhân", "Hành động"]
    weights, aligns = [0.4, 2.4, 2.0, 2.4], ["right", "left", "left", "left"]
    even = [["1", "Mô tả " * 20, "Nguyên nhân " * 15, "Hành động " * 20]]
    long_cause = [["1", "Mô tả " * 20, "Nguyên nhân " * 400, "Hành động " * 20]]
    base = column_widths(header, even, weights, aligns, 10, 723.0)
    grown = column_widths(header, long_cause, weights, aligns, 10, 723.0)
    assert grown[2] > base[2] * 1.3 and grown[1] < base[1] and grown[3] < base[3]
    assert abs(sum(grown) - 723.0) < 1
    one_long = column_widths(["STT", "Tên quy trình"], [["1", "Quy trình " * 50]], [0.5, 4], ["right", "left"], 12,
                             456.0)
    assert one_long == column_widths(["STT", "Tên quy trình"], [["1", "Ngắn"]], [0.5, 4], ["right", "left"], 12,
                                     456.0)  # a single long-text column: nothing to share with


def test_a_continued_nonconformity_names_its_number_on_the_next_page(tmp_path):
    """QA 40 F5: the office cites a nonconformity by its number (05/2026), not by STT; where a page starts with the
    rest of a long row, both are printed again (the table's ``keys``), once a page."""
    st = Styles()
    long = " ".join(f"({i}) {SENTENCE}" for i in range(120))
    table = grid_table(["STT", "Số", "Nội dung"], [["7", "05/2026", long]], [1, 2, 8], st, keys=2)
    pages = [page for page in _text(build_pdf([table], title="t"), tmp_path).split("\f") if "(" in page]
    assert len(pages) >= 2 and all(re.search(r"^\s*7\s+05/2026\s", page, re.M) for page in pages)
    assert all(page.count("05/2026") == 1 for page in pages)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
@pytest.mark.parametrize("before", [94, 96, 97, 98, 100])
def test_a_row_a_page_would_cut_to_a_remnant_goes_whole_to_the_next(tmp_path, before):
    """QA 57 F1: an eight-line row ended a page with "(Nguyễn Thị" and began the next with "Thu Hà), xong 25/11/2025"
    alone under the number repeated — read as another record, while the whole row fitted on the next page. A row
    whose next page would get only one or two of its lines goes there whole (a longer one still fills the page)."""
    from qms_desktop.reports.pdf_layout import para

    st = Styles()
    row = " ".join(f"({i}) {SENTENCE}" for i in range(5)) + " Hết."  # seven lines: a piece of six and one line
    story = [para("Đoạn mở đầu của báo cáo. " * before, st.body),
             grid_table(["STT", "Số", "Nội dung"], [["1", "01/2026", "Ngắn."], ["2", "02/2026", row]], [1, 2, 8], st)]
    pages = _text(build_pdf(story, title="t"), tmp_path).split("\f")
    first = next(i for i, page in enumerate(pages) if "(0)" in page)
    assert "Hết." in pages[first], [page[-300:] for page in pages]  # its beginning and its end on one page


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_a_paragraph_never_leaves_its_last_line_alone_at_the_head_of_a_page(tmp_path):
    """QA 57 F9: the last line of Mẫu 20's Điều 2, "thành nhiệm vụ.", stood alone at the top of page 2."""
    from qms_desktop.reports.pdf_layout import para

    st = Styles()
    story = [para("Đoạn mở đầu của báo cáo. " * 106, st.body),  # the page ends one line before this paragraph does
             para("Điều 2. " + "Các đơn vị có liên quan chịu trách nhiệm thi hành. " * 6 + "thành nhiệm vụ.", st.body)]
    pages = _text(build_pdf(story, title="t"), tmp_path).split("\f")
    last = next(page for page in pages if "thành nhiệm vụ." in page)
    assert len([line for line in last.splitlines() if line.strip() and not line.strip().isdigit()]) >= 2
