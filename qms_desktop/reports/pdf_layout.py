"""Decree 30/2020/NĐ-CP page layout shared by every printed document (ReportLab platypus).

A4 portrait; margins top 22 mm, bottom 20 mm (the last line's descenders then end 20–25 mm above
the edge), left 32 mm, right 17 mm (the Decree allows 20–25, 20–25, 30–35 and 15–20); Liberation Serif embedded; page numbers centred in the top margin from
page 2; the record's identifier in the bottom margin of every page, so that a signed scan can be
attached back to its record. Every string is NFC-normalised and XML-escaped before drawing.
"""

from __future__ import annotations

import contextlib
import contextvars
import io
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, PageBreak, PageTemplate, Paragraph, Spacer, Table,
    TableStyle,
)

from qms_desktop.reports import wording as W
from qms_desktop.reports.fonts import SERIF, SERIF_BOLD, SERIF_BOLD_ITALIC, SERIF_ITALIC, register_fonts, string_width

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 22 * mm, 20 * mm, 32 * mm, 17 * mm
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM  # a portrait page's room for text
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
# A landscape page (an annex whose table a portrait page squeezes): turned to be bound with the others, its top
# edge is the binding edge and takes the portrait left margin; its page number stays in the top margin.
LANDSCAPE = "landscape"
LAND_TOP, LAND_BOTTOM, LAND_LEFT, LAND_RIGHT = MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM
LAND_TEXT_WIDTH = PAGE_HEIGHT - LAND_LEFT - LAND_RIGHT
BODY_SIZE = 14
LEADING = 17.5  # ~1.25 lines for 14 pt
LEFT_COL = 0.39  # share of the header block taken by the agency column


def nfc(text: object) -> str:
    return unicodedata.normalize("NFC", "" if text is None else str(text))


def esc(text: object) -> str:
    """NFC and XML-escaped, line breaks kept: safe inside a Paragraph."""
    return escape(nfc(text)).replace("\n", "<br/>")


# Tables draw with Helvetica unless told otherwise (it would appear, unembedded, in pdffonts).
_TABLE_FONT = ("FONT", (0, 0), (-1, -1), SERIF, 12)


def _style(name: str, **kw) -> ParagraphStyle:
    base = dict(fontName=SERIF, fontSize=BODY_SIZE, leading=LEADING, alignment=TA_LEFT)
    base.update(kw)
    return ParagraphStyle(name, **base)


class Styles:
    """The paragraph styles of Decree 30 Annex I (sizes in points)."""

    def __init__(self) -> None:
        register_fonts()
        # no paragraph leaves one line alone at the foot or the head of a page (QA 57 F9: "thành nhiệm vụ." alone)
        self.body = _style("body", alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=6, allowWidows=0,
                           allowOrphans=0)
        self.body_flush = _style("body_flush", alignment=TA_JUSTIFY, spaceAfter=6)
        self.bullet = _style("bullet", alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=3)
        # headings left-aligned: justified, a bold line in capitals had its words stretched apart (QA 27 F11)
        self.part = _style("part", fontName=SERIF_BOLD, spaceBefore=6, spaceAfter=6, keepWithNext=1)
        self.item = _style("item", fontName=SERIF_BOLD, firstLineIndent=10 * mm, spaceAfter=4, keepWithNext=1)
        self.center = _style("center", alignment=TA_CENTER)
        self.center_bold = _style("center_bold", fontName=SERIF_BOLD, alignment=TA_CENTER)
        self.center_italic = _style("center_italic", fontName=SERIF_ITALIC, alignment=TA_CENTER)
        self.agency = _style("agency", fontName=SERIF_BOLD, fontSize=13, leading=15, alignment=TA_CENTER)
        self.parent = _style("parent", fontSize=13, leading=15, alignment=TA_CENTER)
        self.national = _style("national", fontName=SERIF_BOLD, fontSize=12, leading=15, alignment=TA_CENTER)
        self.motto = _style("motto", fontName=SERIF_BOLD, fontSize=13, leading=15, alignment=TA_CENTER)
        self.number = _style("number", fontSize=13, leading=16, alignment=TA_CENTER)
        self.date = _style("date", fontName=SERIF_ITALIC, fontSize=14, leading=16, alignment=TA_CENTER)
        self.type_name = _style("type_name", fontName=SERIF_BOLD, alignment=TA_CENTER, spaceBefore=6)
        self.summary = _style("summary", fontName=SERIF_BOLD, alignment=TA_CENTER)
        self.sign = _style("sign", fontName=SERIF_BOLD, alignment=TA_CENTER, leading=17)
        self.sign_name = _style("sign_name", fontName=SERIF_BOLD, alignment=TA_CENTER)
        self.recipients_label = _style("recipients_label", fontName=SERIF_BOLD_ITALIC, fontSize=12, leading=14)
        self.recipients = _style("recipients", fontSize=11, leading=13)
        self.appendix = _style("appendix", fontName=SERIF_BOLD, alignment=TA_CENTER)
        self.appendix_title = _style("appendix_title", fontName=SERIF_BOLD, alignment=TA_CENTER)
        self.small = _style("small", fontName=SERIF_ITALIC, fontSize=11, leading=13, alignment=TA_JUSTIFY)
        self.cell = _style("cell", fontSize=12, leading=14)
        self.cell_center = _style("cell_center", fontSize=12, leading=14, alignment=TA_CENTER)
        self.cell_right = _style("cell_right", fontSize=12, leading=14, alignment=TA_RIGHT)
        self.cell_head = _style("cell_head", fontName=SERIF_BOLD, fontSize=12, leading=14, alignment=TA_CENTER)
        self.cell_bold = _style("cell_bold", fontName=SERIF_BOLD, fontSize=12, leading=14)


def para(text: object, style: ParagraphStyle, *, markup: bool = False) -> Paragraph:
    """A Paragraph of plain text (``markup`` only for our own wording with <b>/<i>)."""
    return Paragraph(nfc(text) if markup else esc(text), style)


class Rule(Flowable):
    """A short horizontal line, centred in the available width (Decree 30 rules under headings)."""

    def __init__(self, length: float, *, thickness: float = 0.6, space_before: float = 4, space_after: float = 2):
        super().__init__()
        self.length, self.thickness = length, thickness
        self.space_before, self.space_after = space_before, space_after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.space_before + self.thickness + self.space_after

    def draw(self) -> None:
        x0 = (self._avail - self.length) / 2
        y = self.space_after
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, y, x0 + self.length, y)


@dataclass(frozen=True)
class Header:
    """The top block of every document: agency at left, national title at right, number and date."""

    agency_full_name: str
    parent_body: str
    number_text: str  # "05/BC-UBND" (the caller formats it); "" for an internal record without a number
    date_line: str  # "Tân Phú, ngày 20 tháng 6 năm 2026", or "…, ngày … tháng … năm …"
    subject: str = ""  # a letter's (Công văn) "V/v …" summary, under the number at left


def header_block(h: Header, st: Styles) -> Table:
    lines = W.agency_lines(h.agency_full_name)
    left: list[Flowable] = []
    if h.parent_body and not W.is_committee(h.agency_full_name):
        left += [para(line, st.parent) for line in W.agency_lines(h.parent_body)]
    left += [para(line, st.agency) for line in lines]
    widest = max(string_width(nfc(line), SERIF_BOLD, 13) for line in lines)
    left.append(Rule(min(widest, TEXT_WIDTH * LEFT_COL) * 0.4))
    right = [para(W.NATIONAL_TITLE, st.national), para(W.MOTTO, st.motto),
             Rule(string_width(W.MOTTO, SERIF_BOLD, 13))]
    number = para(f"{W.NUMBER_LABEL}: {h.number_text}", st.number) if h.number_text else Spacer(1, 1)
    if h.subject:
        vv = ParagraphStyle("vv", parent=st.number, fontSize=12, leading=14)
        number = [number, Spacer(1, 2), balanced(f"{W.VV} {h.subject}", vv, TEXT_WIDTH * LEFT_COL - 4)]
    date = para(h.date_line, st.date)
    table = Table([[left, right], [number, date]],
                  colWidths=[TEXT_WIDTH * LEFT_COL, TEXT_WIDTH * (1 - LEFT_COL)])
    table.setStyle(TableStyle([
        _TABLE_FONT,
        # the place and date on the row of "Số", not level with the end of a "V/v" under it (QA 60 F15)
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 4),
    ]))
    return table


# Words a title's line should not be broken between (Decree 30's titles break between phrases, never inside a
# word of two syllables like "quản lý" or a name like "TCVN ISO 9001:2015"), and the words a line may well begin with.
_UNBROKEN = (
    "hệ thống quản lý chất lượng", "tiêu chuẩn quốc gia", "tcvn iso 9001:2015", "ủy ban nhân dân", "thủ tục hành chính",
    "xem xét",
    "lãnh đạo", "đánh giá nội bộ", "hành động khắc phục", "sự không phù hợp", "quyết định số", "thông tư số",
    "phản ánh", "kiến nghị", "khiếu nại", "kết quả", "thực hiện", "giải quyết", "báo cáo", "công bố", "áp dụng",
    "duy trì", "cải tiến", "kế hoạch", "mục tiêu", "chính sách", "kiểm tra", "phạm vi", "quy trình", "tình hình",
    "xây dựng", "yêu cầu", "hoạt động", "danh mục", "sáu tháng", "6 tháng", "hiệu lực", "tổng hợp", "đơn vị",
    "cơ quan", "khoa học", "công nghệ", "hồ sơ", "biên bản", "phiếu yêu cầu", "thông báo", "tài liệu",
    "văn bản quy phạm pháp luật", "pháp luật", "sự tham gia", "tổ chức", "tư vấn", "lựa chọn", "lĩnh vực",
    "chứng thực", "hợp đồng", "giao dịch", "đăng ký", "khai sinh", "kết hôn", "hộ tịch", "đất đai", "bảo trợ",
    "xã hội", "giấy tờ", "chữ ký", "bản sao", "bản chính", "sai sót", "sáp nhập", "giải thể", "người dân",
)
_GLUED = frozenset((a, b) for phrase in _UNBROKEN for a, b in zip(phrase.split(), phrase.split()[1:]))
_INSIDE = 4  # a break inside a phrase costs more than any unevenness (times the line's width squared)
_BALANCED_WORDS = 80  # a title or a heading is shorter: a longer text is wrapped greedily
_LINE_STARTS = frozenset(("về", "theo", "của", "và", "tại", "năm", "đến", "từ", "trong", "cho", "thuộc", "với", "giai"))


def _glued(left: str, right: str) -> bool:
    a, b = left.lower().strip(",.;:()"), right.lower().strip(",.;:()")
    numbered = b[:1].isdigit() or right[:1] in ".…"  # "ngày 15/06/2026", "số ………… ngày ……" to be filled in
    return (a, b) in _GLUED or (a in ("năm", "tháng", "ngày", "số") and numbered) or b.startswith(("(", ")"))


def balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Split ``text`` into as few lines as greedy wrapping needs, of even lengths (no orphan word), breaking between
    phrases rather than inside one (``_UNBROKEN``; one more line rather than such a break) and preferably before a
    word that begins a phrase. A newline written in ``text`` is kept: each part is balanced on its own."""
    from reportlab.lib.utils import simpleSplit

    lines: list[str] = []
    for part in nfc(text).split("\n"):
        words = part.split()
        if not words:
            continue
        count = len(simpleSplit(" ".join(words), font, size, width))
        if count > 1 and len(words) <= _BALANCED_WORDS:
            lines += _best_breaks(words, count, font, size, width)
        else:  # one line, or a paragraph too long to be a title: wrapped as it comes
            lines += simpleSplit(" ".join(words), font, size, width)
    return lines


def _best_breaks(words: list[str], count: int, font: str, size: float, width: float) -> list[str]:
    """The best of ``count`` lines, or of one more where ``count`` lines can only break inside a phrase."""
    cost, lines = _breaks(words, count, font, size, width)
    if cost >= _INSIDE * width * width:
        more_cost, more = _breaks(words, count + 1, font, size, width)
        if more_cost < _INSIDE * width * width:
            return more
    return lines


def _breaks(words: list[str], count: int, font: str, size: float, width: float) -> tuple[float, list[str]]:
    """``words`` in ``count`` lines that fit ``width``, with what they cost: the least uneven lines, a break inside a
    phrase costing more than any unevenness and a break before a word that does not begin a phrase a little."""
    n = len(words)
    span: dict[tuple[int, int], float] = {}
    for i in range(n):  # the lines that could be: none wider than the width (and one word, whatever its width)
        for j in range(i + 1, n + 1):
            span[(i, j)] = string_width(" ".join(words[i:j]), font, size)
            if span[(i, j)] > width:
                break
    inside, soft = (width * width) * _INSIDE, (width * 0.12) ** 2
    best: dict[tuple[int, int], tuple[float, tuple[int, ...]]] = {(0, 0): (0.0, ())}
    for lines in range(1, count + 1):
        for j in range(1, n + 1):
            options = []
            for i in range(j):
                prev = best.get((i, lines - 1))
                if prev is None or span.get((i, j), width + 1) > width:
                    continue
                cost = prev[0] + (width - span[(i, j)]) ** 2
                if j < n:
                    cost += inside if _glued(words[j - 1], words[j]) else 0.0
                    cost += 0.0 if words[j].lower() in _LINE_STARTS or words[j - 1][-1:] in ",;:" else soft
                    cost += 2 * soft if words[j - 1].lower() in _LINE_STARTS else 0.0  # "… theo" / "TCVN …"
                options.append((cost, (*prev[1], j)))
            if options:
                best[(j, lines)] = min(options)
    found = best.get((n, count))
    if found is None:  # a single word wider than the line: greedy wrapping as reportlab does it
        from reportlab.lib.utils import simpleSplit

        return float("inf"), simpleSplit(" ".join(words), font, size, width)
    cuts = (0, *found[1])
    return found[0], [" ".join(words[a:b]) for a, b in zip(cuts, cuts[1:])]


def balanced(text: str, style: ParagraphStyle, width: float = TEXT_WIDTH) -> Paragraph:
    """A heading or a centred title in even lines broken between phrases (``balanced_lines``), not where the width
    happens to end ("CẢI TIẾN HỆ / THỐNG", QA 60 F9); a first-line indent is taken from every line's room."""
    room = width - style.leftIndent - style.rightIndent - max(style.firstLineIndent, 0)
    lines = balanced_lines(str(text), style.fontName, style.fontSize, room)
    return Paragraph("<br/>".join(esc(line) for line in lines), style)


def title_block(type_name: str, summary: str, st: Styles) -> list[Flowable]:
    """'BÁO CÁO' and its summary, centred and bold, with a short rule under (1/3–1/2 of the line)."""
    out: list[Flowable] = [Spacer(1, 10), para(type_name, st.type_name)]
    lines = balanced_lines(summary, SERIF_BOLD, BODY_SIZE, TEXT_WIDTH * 0.92) if summary else []
    for line in lines:
        out.append(para(line, st.summary))
    if lines:
        longest = max(string_width(line, SERIF_BOLD, BODY_SIZE) for line in lines)
        out.append(Rule(longest * 0.4, space_before=5, space_after=4))
    return out


def recipient_line(recipient: str, st: Styles) -> list[Flowable]:
    if not recipient:
        return []
    return [Spacer(1, 4), para(f"{W.RECIPIENT_LABEL}: {recipient}.".replace("..", "."), st.center), Spacer(1, 8)]


@dataclass(frozen=True)
class SignatureSpot:
    """Where the blank signing space between the signer's title and name landed (PDF points, from the
    bottom-left corner of page ``page``, 0-based): the place Decree 30 gives the digital signature."""

    page: int
    x: float
    y: float
    width: float
    height: float


_SPOTS: contextvars.ContextVar[list[SignatureSpot] | None] = contextvars.ContextVar("signature_spots", default=None)


@contextlib.contextmanager
def record_signature_spots():
    """Collect the :class:`SignatureSpot` of every signature block laid out inside the ``with``."""
    spots: list[SignatureSpot] = []
    token = _SPOTS.set(spots)
    try:
        yield spots
    finally:
        _SPOTS.reset(token)


class SignatureSpace(Spacer):
    """The blank space for the signature; draws nothing (the PDF bytes do not change) but records
    where it lands when :func:`record_signature_spots` is active."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__(width, height)

    def draw(self) -> None:
        spots = _SPOTS.get()
        if spots is not None:
            x, y = self.canv.absolutePosition(0, 0)
            spots.append(SignatureSpot(self.canv.getPageNumber() - 1, x, y, self.width, self.height))


def signer_name(name: str, st: Styles, width: float) -> Paragraph:
    """The signer's name, bold and centred on one line: 14 pt, or 13 pt (Decree 30's smallest) when a long name would
    wrap at 14 (QA 27 F12); a name longer still wraps."""
    style = st.sign_name
    if not (name or "").strip():  # no name in the profile: a dotted line to write it on by hand (QA 57 F5)
        return para(NAME_BLANK, style)
    if string_width(nfc(name), SERIF_BOLD, style.fontSize) > width and style.fontSize > 13:
        style = ParagraphStyle("sign_name_13", parent=style, fontSize=13, leading=style.leading - 1)
    return para(name, style)


NAME_BLANK = "." * 40  # Decree 30 prints the signer's full name; a blank line stands for one not recorded


def signature_block(authority: Sequence[str], signer: str, recipients: Sequence[str], st: Styles, *,
                    sign_space: float = 24 * mm, left: Sequence[Flowable] | None = None) -> Table:
    """Nơi nhận at lower left, the signing authority and name at right (same first line)."""
    right: list[Flowable] = [para(line, st.sign) for line in authority]
    right += [SignatureSpace(TEXT_WIDTH * 0.55, sign_space), signer_name(signer, st, TEXT_WIDTH * 0.55)]
    if left is None:
        left = [para(W.RECIPIENTS_LABEL, st.recipients_label)] if recipients else []
        for i, line in enumerate(recipients):
            end = "." if i == len(recipients) - 1 else ";"
            left.append(para(f"- {line.rstrip(';.')}{end}", st.recipients))
    table = Table([[list(left), right]], colWidths=[TEXT_WIDTH * 0.45, TEXT_WIDTH * 0.55])
    table.setStyle(TableStyle([
        _TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def two_signatures(left_title: str, left_name: str, right_title: str, right_name: str, st: Styles, *,
                   sign_space: float = 24 * mm) -> Table:
    """Two signers side by side (minutes: secretary and chair; audit report: lead auditor and approver); a left
    title of "" leaves the right one alone, where Decree 30 puts a single signature."""
    def col(title: str, name: str) -> list[Flowable]:
        if not title:  # one signer, on the right
            return []
        return [para(title, st.sign), Spacer(1, sign_space), signer_name(name, st, TEXT_WIDTH / 2)]
    return side_by_side(col(left_title, left_name), col(right_title, right_name))


def side_by_side(left: list[Flowable], right: list[Flowable]) -> Table:
    """Two half-width columns (a line under one signer of ``two_signatures``)."""
    table = Table([[left, right]], colWidths=[TEXT_WIDTH / 2, TEXT_WIDTH / 2])
    table.setStyle(TableStyle([_TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def column_widths(header: Sequence[str], rows: Sequence[Sequence[object]], weights: Sequence[float],
                  aligns: Sequence[str], size: float, width: float = TEXT_WIDTH) -> list[float]:
    """Widths that never break a date, a number or a word, the rest shared by ``weights``. A word or value
    wider than a third of the table (a web address, a long code) is broken inside its cell instead (a
    Paragraph splits it): the table never runs off the page."""
    pad = 7.0
    longest = width / 3
    long_text = [i for i, a in enumerate(aligns) if a == "left" and weights[i] >= 2]
    if len(long_text) > 1:  # the long texts share their room by what they hold: a 4,000-letter cause beside short
        held = {i: sum(len(nfc(r[i])) for r in rows if i < len(r)) for i in long_text}  # contents does not run on
        mean = sum(held.values()) / len(held)  # for pages in a narrow column beside empty ones (QA 39 F6)
        if mean:
            weights = [w * min(2.0, max(0.6, (held[i] / mean) ** 0.5)) if i in held else w
                       for i, w in enumerate(weights)]
    total_weight = sum(weights) or 1
    # A word of a text column wider than the column's share of the table (a link, an e-mail address, a file name)
    # is cut inside its cell: it does not widen the column at the others' cost (QA 39 F5: "14/11/202/5").
    word_cap = [min(longest, max(width * w / total_weight, 60.0)) for w in weights]

    def minima(short_labels: bool) -> list[float]:
        out = []
        for i, head in enumerate(header):
            need = max((string_width(w, SERIF_BOLD, size) for w in nfc(head).split()), default=0)
            for row in rows:
                text = nfc(row[i] if i < len(row) else "")
                if aligns[i] in ("center", "right"):  # dates, numbers, short codes: one line
                    need = max(need, min(string_width(text, SERIF, size), longest))
                else:  # a short label stays on one line (if the table fits), long text wraps between words
                    words = [min(string_width(w, SERIF, size), word_cap[i]) for w in text.split()]
                    need = max([need, min(string_width(text, SERIF, size), 72.0) if short_labels else 0.0] + words)
            out.append(need + pad)
        return out

    minimum = minima(True)
    if sum(minimum) > width:  # a wide table: short labels wrap between words too, rather than overflow
        minimum = minima(False)
    if sum(minimum) > width:  # still too wide (many long values): every column gives up its share
        minimum = [m * width / sum(minimum) for m in minimum]
    fixed: dict[int, float] = {}
    while True:
        free = width - sum(fixed.values())
        rest = [i for i in range(len(header)) if i not in fixed]
        total = sum(weights[i] for i in rest) or 1
        grown = {i: minimum[i] for i in rest if minimum[i] > free * weights[i] / total}
        if not grown or not rest:
            break
        fixed.update(grown)
    free = max(width - sum(fixed.values()), 0)
    rest = [i for i in range(len(header)) if i not in fixed]
    total = sum(weights[i] for i in rest) or 1
    return [fixed.get(i, free * weights[i] / total) for i in range(len(header))]


def wrap_lines(text: str, font: str, size: float, room: float) -> str | None:
    """``text`` broken into lines no wider than ``room`` points, the way a left-aligned Paragraph breaks
    it (spaces collapsed, each line filled with as many words as fit, line breaks kept), joined by
    newlines; None when a single word is wider than ``room`` (a Paragraph then splits it)."""
    space = string_width(" ", font, size)
    shrink = rl_config.spaceShrinkage * space  # a Paragraph lets each space of a line give up 5% to fit one more word
    lines: list[str] = []
    for source in str(text).split("\n"):
        line: list[str] = []
        width = 0.0
        for word in source.split():
            w = string_width(word, font, size)
            if w > room:
                return None
            if line and width + space + w > room + shrink * len(line):
                lines.append(" ".join(line))
                line, width = [word], w
            else:
                width = width + space + w if line else w
                line.append(word)
        lines.append(" ".join(line))
    return "\n".join(lines)



PIECE_LINES = 6  # a long row is laid out in pieces of this many lines: it goes on over a page where a piece ends
KEEP_WHOLE = 110 * mm  # a row no taller than this that a page would cut to a remnant goes whole to the next
ORPHAN = 45  # points: the height of a row's remnant too short to begin a page with (under three lines)


class _GridTable(Table):
    """A table whose long rows go on over pages in pieces (grid_table): the pieces of one row show as one row (no
    line between them), and a piece that starts a page carries its row's number again (QA 27 F3, F4)."""

    numbers: dict[int, tuple[str, ...]] = {}  # row index of a piece that goes on a row: the cells that name that row
    starts: dict[int, int] = {}  # row index of a piece that goes on a row: the index of the row's first piece

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            # A row that a page would cut but that fits whole on the next goes there whole (QA 57 F1: "Nguyễn Thị" at
            # the foot of a page, "Thu Hà), xong 25/11/2025" alone at the top of the next, like another record).
            cut = len(parts[0]._cellvalues)
            start = self.starts.get(cut)
            if start is not None:
                end = max(i for i, s in self.starts.items() if s == start) + 1
                # only where the next page would get a remnant of one or two lines: a long row still fills the page
                # it starts on (QA 27 F4)
                if sum(self._rowHeights[cut:end]) < ORPHAN and sum(self._rowHeights[start:end]) <= KEEP_WHOLE:
                    if start == self.repeatRows:  # the row opens this part: all of it to the next page
                        return []
                    moved = super().split(availWidth, sum(self._rowHeights[:start]))
                    if len(moved) == 2:
                        parts = moved
        if len(parts) == 2:
            # the table's last row alone under its repeated header on a new page (QA 60 F11: "22 QT-VH-01 …" by
            # itself on the appendix's last page): the row before goes over with it, where two rows stay behind
            cut, rows = len(parts[0]._cellvalues), len(self._cellvalues)
            if cut == self.starts.get(rows - 1, rows - 1) and cut > self.repeatRows:
                before = self.starts.get(cut - 1, cut - 1)
                if before - self.repeatRows >= 2:
                    moved = super().split(availWidth, sum(self._rowHeights[:before]) + 0.01)
                    if len(moved) == 2 and len(moved[0]._cellvalues) == before:
                        parts = moved
        if len(parts) == 2:
            first, rest = parts
            first.setStyle([("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.black)])  # closed where the page ends
            cut = len(first._cellvalues)  # the original row the rest starts with, after its repeated header
            shift = self.repeatRows - cut
            rest.numbers = {i + shift: n for i, n in self.numbers.items() if i >= cut}
            rest.starts = {i + shift: max(s + shift, self.repeatRows) for i, s in self.starts.items() if i >= cut}
            top = rest._cellvalues[self.repeatRows]
            for c, name in enumerate(self.numbers.get(cut, ())):
                if isinstance(top[c], str):
                    top[c] = name
        return parts


def break_words(text: str, font: str, size: float, room: float) -> str:
    """``text`` with every word wider than ``room`` cut into pieces that fit (a long link, a run of dots)."""
    out = []
    for line in text.split("\n"):
        words = []
        for word in line.split():
            while string_width(word, font, size) > room and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and string_width(word[:cut], font, size) > room:
                    cut = max(1, cut * 3 // 4) if string_width(word[:cut * 3 // 4], font, size) > room else cut - 1
                words.append(word[:cut])
                word = word[cut:]
            words.append(word)
        out.append(" ".join(words))
    return "\n".join(out)


def grid_table(header: Sequence[str], rows: Iterable[Sequence[object]], widths: Sequence[float], st: Styles, *,
               aligns: Sequence[str] | None = None, bold_last: bool = False, size: float | None = None,
               width: float = TEXT_WIDTH, keys: int = 1) -> Table:
    """A bordered table with a repeated bold header row; ``widths`` are relative weights.

    Text is 12 pt, 11 pt for tables of seven columns or more, 10 pt from nine (unless ``size`` says
    otherwise), so that wide tables stay on a portrait page. A long row goes on over pages; where a page starts with
    it, its first ``keys`` cells (STT, and a nonconformity's number) are printed again.
    """
    aligns = list(aligns or ["left"] * len(header))
    rows = [[nfc(v) for v in row] for row in rows]
    size = size or (10 if len(header) >= 9 else 11 if len(header) >= 7 else 12)
    col_widths = column_widths(header, rows, widths, aligns, size, width)

    def sized(style: ParagraphStyle) -> ParagraphStyle:
        return ParagraphStyle(f"{style.name}_{size}", parent=style, fontSize=size, leading=size + 2)

    cell_style = {"left": sized(st.cell), "center": sized(st.cell_center), "right": sized(st.cell_right)}
    head, bold_style = sized(st.cell_head), sized(st.cell_bold)
    data: list[list[Flowable | str]] = [[para(h, head) for h in header]]
    # A cell's text is a plain string broken into lines here, drawn by the table in the same font,
    # size, leading and alignment as a Paragraph would be: laying out a Paragraph per cell was most
    # of a long report's time (issue 19). Only a word wider than its column stays a Paragraph.
    plain_bold: list[tuple] = []
    pieces: list[tuple] = []  # the lines between the pieces of one row removed, their paddings closed up
    numbers: dict[int, str] = {}
    starts: dict[int, int] = {}
    room = [w - 6 for w in col_widths]  # the cell's width less its left and right padding (3 + 3), as a Paragraph gets it
    for r_index, row in enumerate(rows):
        bold = bold_last and r_index == len(rows) - 1
        cells: list[Flowable | list[str]] = []
        for c, (v, a) in enumerate(zip(row, aligns)):
            b = bold and a == "left"
            font = SERIF_BOLD if b else SERIF
            text = wrap_lines(v, font, size, room[c])
            if text is None:  # a word wider than its column: cut here, so that the row still goes on in pieces
                text = wrap_lines(break_words(str(v), font, size, room[c]), font, size, room[c])
            cells.append(text.split("\n") if text is not None else para(v, bold_style if b else cell_style[a]))
        # A long row goes on over the rows below, PIECE_LINES lines each, drawn as one row: it fills the page and
        # goes on over the next (a row taller than a page once made a finalised report unprintable, QA 8 F1).
        height = max((len(cell) for cell in cells if isinstance(cell, list)), default=1)
        first = len(data)
        for start in range(0, height, PIECE_LINES):
            data.append([("\n".join(cell[start:start + PIECE_LINES]) if isinstance(cell, list)
                          else cell if start == 0 else "") for cell in cells])
            named = cells[:keys]
            if start:
                starts[len(data) - 1] = first
            if start and all(isinstance(cell, list) and len(cell) == 1 for cell in named):
                numbers[len(data) - 1] = tuple(cell[0] for cell in named)  # again where a page starts with this piece
            if bold:
                plain_bold += [("FONTNAME", (c, len(data) - 1), (c, len(data) - 1), SERIF_BOLD)
                               for c, (cell, a) in enumerate(zip(cells, aligns)) if a == "left" and isinstance(cell, list)]
        last = len(data) - 1
        if last > first:
            pieces += [("VALIGN", (0, first), (-1, last), "TOP"),
                       ("BOTTOMPADDING", (0, first), (-1, last - 1), 0), ("TOPPADDING", (0, first + 1), (-1, last), 0)]
        pieces.append(("LINEBELOW", (0, last), (-1, last), 0.5, colors.black))
    table = _GridTable(data, colWidths=col_widths, repeatRows=1)
    table.numbers, table.starts = numbers, starts
    table.setStyle(TableStyle([
        _TABLE_FONT,
        ("FONTSIZE", (0, 0), (-1, -1), size), ("LEADING", (0, 0), (-1, -1), size + 2),
        *[("ALIGN", (c, 1), (c, -1), a.upper()) for c, a in enumerate(aligns)],
        *plain_bold,
        ("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("VALIGN", (0, 1), (-1, -1), "TOP"),  # rows of one alignment (QA 57 F1)
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *pieces,
    ]))
    return table


def appendix_heading(index: int | None, title: str, note: str, st: Styles, *, same_page: bool = False) -> list[Flowable]:
    """A new page (``same_page``: the page goes on, room allowing): 'Phụ lục I' (Roman numerals), the title in bold
    caps, the italic '(Kèm theo …)'."""
    out: list[Flowable] = [CondPageBreak(60 * mm) if same_page else PageBreak()]
    if same_page:
        out.append(Spacer(1, 18))
    if index is not None:
        out.append(para(W.APPENDIX.format(roman=W.roman(index)), st.appendix))
    out += [para(line, st.appendix_title) for line in balanced_lines(title.upper(), SERIF_BOLD, BODY_SIZE, TEXT_WIDTH)]
    out += [para(line, st.center_italic) for line in balanced_lines(note, SERIF_ITALIC, BODY_SIZE, TEXT_WIDTH)]
    return out + [Spacer(1, 8)]


class _Decorator:
    """Page furniture: page number from page 2, the record identifier, a draft mark."""

    def __init__(self, record_ref: str, draft: bool) -> None:
        self.record_ref, self.draft = nfc(record_ref), draft

    def first(self, canvas, doc) -> None:
        self._common(canvas, doc)

    def later(self, canvas, doc) -> None:
        width, height = canvas._pagesize
        top = LAND_TOP if width > height else MARGIN_TOP
        canvas.saveState()
        canvas.setFont(SERIF, 13)
        canvas.drawCentredString(width / 2, height - top / 2 - 4, str(doc.page))
        canvas.restoreState()
        self._common(canvas, doc)

    def _common(self, canvas, doc) -> None:
        width, height = canvas._pagesize
        right, bottom = (LAND_RIGHT, LAND_BOTTOM) if width > height else (MARGIN_RIGHT, MARGIN_BOTTOM)
        canvas.saveState()
        if self.record_ref:
            canvas.setFont(SERIF, 8)
            canvas.setFillColor(colors.Color(0.35, 0.35, 0.35))
            mark = f" — {W.DRAFT_MARK}" if self.draft else ""
            canvas.drawRightString(width - right, bottom / 2 - 3, f"{W.RECORD_REF_LABEL}: {self.record_ref}{mark}")
        if self.draft:
            canvas.setFont(SERIF_BOLD, 72)
            canvas.setFillColor(colors.Color(0.55, 0.55, 0.55, alpha=0.3))
            canvas.translate(width / 2, height / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, 0, W.DRAFT_MARK)
        canvas.restoreState()


class _HeadingWithNext(KeepTogether):
    """What a heading's ``keepWithNext`` builds: the heading moves to the next page with what follows it
    only when that fits there. A heading over a text longer than a page (a long Part IV) stays and the
    text flows on from under it — reportlab's own rule moved both and left a page blank — unless fewer
    than a few lines are left on this page."""

    MIN_REST = 4 * 15  # about three lines of body text under the heading

    def split(self, aW, aH):
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        frame = getattr(self, "_frame", None)
        if frame is not None and self._H > frame._height and aH >= self.MIN_REST:
            return self._content[:]
        return super().split(aW, aH)


def build_pdf(story: list[Flowable], *, title: str, subject: str = "", author: str = "", record_ref: str = "",
              draft: bool = False, keywords: str = "") -> bytes:
    """Lay the story out on A4 pages with the Decree 30 margins; returns the PDF bytes. A story turns pages to
    landscape with ``NextPageTemplate(LANDSCAPE)`` and back with ``NextPageTemplate("later")``.

    The frame has no inner padding, so the text area is exactly the page minus the margins.
    ``invariant`` makes the output byte-identical for identical input (no time stamp, fixed id).
    """
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=nfc(title), subject=nfc(subject), author=nfc(author), keywords=keywords,
        creator="QMS Desktop", producer="QMS Desktop (ReportLab)", invariant=1, lang="vi-VN", initialFontName=SERIF,
        keepTogetherClass=_HeadingWithNext,
    )
    deco = _Decorator(record_ref, draft)

    def frame(name: str) -> Frame:
        return Frame(MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, FRAME_HEIGHT, id=name,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    turned = Frame(LAND_LEFT, LAND_BOTTOM, LAND_TEXT_WIDTH, PAGE_WIDTH - LAND_TOP - LAND_BOTTOM, id="f3",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("first", [frame("f1")], onPage=deco.first, autoNextPageTemplate="later"),
                          PageTemplate("later", [frame("f2")], onPage=deco.later),
                          PageTemplate(LANDSCAPE, [turned], onPage=deco.later, pagesize=(PAGE_HEIGHT, PAGE_WIDTH))])
    doc.build(story)
    return buffer.getvalue()


__all__ = [
    "BODY_SIZE", "CondPageBreak", "Header", "KeepTogether", "LANDSCAPE", "LAND_TEXT_WIDTH", "MARGIN_BOTTOM", "MARGIN_LEFT", "MARGIN_RIGHT",
    "MARGIN_TOP", "PageBreak", "Rule", "SignatureSpot", "Spacer", "Styles", "TEXT_WIDTH", "appendix_heading", "build_pdf", "esc",
    "grid_table", "header_block", "nfc", "para", "recipient_line", "record_signature_spots", "signature_block", "title_block",
    "two_signatures",
]
