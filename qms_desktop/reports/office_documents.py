"""The receiving office's printed documents, in Decree 30/2020 form (``pdf_layout``):

- the letter returning a unit's report for correction (Công văn, "V/v trả lại báo cáo …");
- the reminder to the units that have not reported (Công văn đôn đốc), with the list annexed;
- the office's summary report to the province (Báo cáo) with the consolidated table annexed.

Plain data in, PDF bytes out; nothing here reads the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from qms_desktop.domain import rates
from qms_desktop.domain.rates import ReportingCounts
from qms_desktop.i18n import decree30_date_line
from qms_desktop.reports import wording as W
from qms_desktop.reports import wording_office as O
from qms_desktop.reports.fonts import SERIF, SERIF_BOLD, string_width
from qms_desktop.reports.pdf_layout import (
    TEXT_WIDTH, Rule, Styles, appendix_heading, build_pdf, grid_table, nfc, para,
    recipient_line, signature_block, title_block,
)


@dataclass(frozen=True)
class OfficeInfo:
    full_name: str  # "Sở Khoa học và Công nghệ tỉnh Lâm Đồng"
    parent_body: str  # "Ủy ban nhân dân tỉnh Lâm Đồng"
    province: str
    place_name: str
    head_name: str
    head_title: str
    doc_symbol: str

    @property
    def short(self) -> str:
        """How the office names itself in running text: 'Sở Khoa học và Công nghệ'."""
        name = " ".join(self.full_name.split())
        province = O.province_phrase(self.province)
        if province and name.casefold().endswith(" " + province.casefold()):
            return name[: -len(province) - 1]
        return name


@dataclass(frozen=True)
class ReturnLetter:
    office: OfficeInfo
    date: dt.date
    unit_name: str
    period_label: str
    report_number: str
    report_date: dt.date | None
    version: int
    received: dt.date
    comment: str
    resubmit_by: dt.date
    record_ref: str = ""


@dataclass(frozen=True)
class ReminderLetter:
    office: OfficeInfo
    date: dt.date
    period_label: str
    due_date: dt.date
    resubmit_by: dt.date
    units: tuple[tuple[str, str], ...]  # (code, name)


@dataclass(frozen=True)
class SummaryRow:
    code: str
    name: str
    state: str  # received / returned / … (O.STATE_VI)
    on_time: bool | None
    figures: dict = field(default_factory=dict)
    sent_date: dt.date | None = None
    pdf_signature: str | None = None  # of its current package's PDF (None: nothing received)
    days_late: int | None = None  # after the due date: sent so late, or missing so long
    note: str = ""  # why a unit is not expected ("Chưa áp dụng HTQLCL", "sáp nhập vào xã X từ ngày …")


@dataclass(frozen=True)
class SummaryReport(ReportingCounts):
    office: OfficeInfo
    date: dt.date
    period_label: str
    rows: tuple[SummaryRow, ...]
    warnings: tuple[tuple[str, str, str, dict], ...]  # (unit code, unit name, rule, params)
    units_with_audit: int = 0
    units_with_review: int = 0


def _pct(value: float | None) -> str:
    return W.percent_text(value)


def _num(value: int | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}".replace(".", ",")
    return f"{int(value):,}".replace(",", ".")


def _parent_line(parent_body: str) -> str:
    """The governing body above the office's name, abbreviated as Decree 30 allows: 'UBND TỈNH LÂM ĐỒNG'."""
    text = " ".join((parent_body or "").split())
    for prefix in ("ủy ban nhân dân ", "uỷ ban nhân dân "):
        if text.casefold().startswith(prefix):
            text = "UBND " + text[len(prefix):]
            break
    return text.upper()


def _office_top(office: OfficeInfo, st: Styles) -> tuple[list[Flowable], list[Flowable]]:
    """The two top cells of an office's document: its name (under its governing body, if any) over a short rule,
    and the national title and motto."""
    from reportlab.lib.styles import ParagraphStyle

    name = office.short if office.parent_body else office.full_name
    lines = W.agency_lines(name)
    agency_style = ParagraphStyle("office_agency", parent=st.agency, fontSize=12, leading=14)
    parent_style = ParagraphStyle("office_parent", parent=st.parent, fontSize=12, leading=14)
    left: list[Flowable] = []
    if office.parent_body:
        left.append(para(_parent_line(office.parent_body), parent_style))
    left += [para(line, agency_style) for line in lines]
    widest = max(string_width(nfc(line), SERIF_BOLD, 12) for line in lines)
    left.append(Rule(min(widest, TEXT_WIDTH * 0.45) * 0.4))
    right = [para(W.NATIONAL_TITLE, st.national), para(W.MOTTO, st.motto), Rule(string_width(W.MOTTO, SERIF_BOLD, 13))]
    return left, right


def _office_header(office: OfficeInfo, number: str, day: dt.date, subject: str | None, st: Styles) -> Table:
    """Decree 30 top block; a letter (Công văn) has its 'V/v …' summary under the number, at left.

    Under its governing body ('UBND TỈNH LÂM ĐỒNG') the office is named without the province."""
    from reportlab.lib.styles import ParagraphStyle

    left, right = _office_top(office, st)
    vv_style = ParagraphStyle("vv", parent=st.number, fontSize=12, leading=14)
    number_cell: list[Flowable] = [para(f"{W.NUMBER_LABEL}: {number}", st.number)]
    if subject:
        number_cell += [Spacer(1, 2), para(f"{O.VV} {subject}", vv_style)]
    table = Table([[left, right], [number_cell, para(decree30_date_line(office.place_name, day), st.date)]],
                  colWidths=[TEXT_WIDTH * 0.44, TEXT_WIDTH * 0.56])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SERIF, 12),
        ("VALIGN", (0, 0), (-1, 0), "TOP"), ("VALIGN", (0, 1), (-1, 1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 4),
    ]))
    return table


def _addressees(names: list[str], st: Styles) -> list[Flowable]:
    """'Kính gửi: X.' on one line, or one '- X;' line each under it for two or three."""
    if len(names) == 1:
        return recipient_line(names[0], st)
    out: list[Flowable] = [Spacer(1, 4), para(f"{W.RECIPIENT_LABEL}:", st.center)]
    for i, n in enumerate(names):
        out.append(para(f"- {n}{'.' if i == len(names) - 1 else ';'}", st.center))
    return out + [Spacer(1, 8)]


def _signature(office: OfficeInfo, recipients: tuple[str, ...], st: Styles) -> Table:
    """The head's signature, with the recipients and the filing line of the office's own symbol."""
    return signature_block(W.signing_lines(office.head_title or "Giám đốc"), office.head_name,
                           [*recipients, O.filing_line(office.doc_symbol)], st)


def return_letter_pdf(d: ReturnLetter) -> bytes:
    st = Styles()
    unit = O.committee_name(d.unit_name)
    number = W.number_text(None, d.office.doc_symbol or O.LETTER_SYMBOL_DEFAULT)
    story: list[Flowable] = [_office_header(d.office, number, d.date,
                                            O.RETURN_SUMMARY.format(period_label=d.period_label), st)]
    story += _addressees([unit], st)
    story.append(para(O.RETURN_RECEIVED.format(received=W.date_vn(d.received), office=d.office.short,
                                               number=d.report_number or "……", date=W.date_vn(d.report_date) or "……",
                                               unit=unit, period_label=d.period_label, version=d.version), st.body))
    story.append(para(O.RETURN_FINDINGS, st.body))
    for line in [x.strip(" -•\t") for x in d.comment.splitlines() if x.strip(" -•\t")]:
        story.append(para(f"- {line}", st.bullet))
    request = O.RETURN_REQUEST.format(office=d.office.short, unit=unit, by=W.date_vn(d.resubmit_by))
    story.append(KeepTogether([para(request.rstrip(".") + W.END_MARK, st.body), Spacer(1, 8),
                               _signature(d.office, O.LETTER_RECIPIENTS, st)]))
    return build_pdf(story, title=f"{O.DOC_LETTER} {O.VV} {O.RETURN_SUMMARY.format(period_label=d.period_label)}",
                     subject=unit, author=d.office.full_name, record_ref=d.record_ref)


def reminder_letter_pdf(d: ReminderLetter) -> bytes:
    st = Styles()
    number = W.number_text(None, d.office.doc_symbol or O.LETTER_SYMBOL_DEFAULT)
    subject = O.REMIND_SUMMARY.format(period_label=d.period_label)
    names = [O.committee_name(n) for _c, n in d.units]
    listed = len(names) > 3
    story: list[Flowable] = [_office_header(d.office, number, d.date, subject, st)]
    story += _addressees([O.REMIND_UNITS_ADDRESS] if listed else names or ["……"], st)
    story.append(para(O.REMIND_BASIS.format(bases=O.BASES, period_label=d.period_label, office=d.office.short,
                                            due=W.date_vn(d.due_date)), st.body))
    story.append(para(O.REMIND_STATUS.format(today=W.date_vn(d.date), office=d.office.short, count=len(names),
                                             listed=O.REMIND_LISTED if listed else ""), st.body))
    units = O.REMIND_UNITS_LISTED if listed else (", ".join(names) if names else "các đơn vị")
    request = O.REMIND_REQUEST.format(province=O.province_phrase(d.office.province), office=d.office.short, units=units,
                                      by=W.date_vn(d.resubmit_by))
    story.append(KeepTogether([para(request.rstrip(".") + W.END_MARK, st.body), Spacer(1, 8),
                               _signature(d.office, O.LETTER_RECIPIENTS, st)]))
    if listed:
        note = O.APPENDIX_NOTE.format(document=O.DOC_LETTER, agency=d.office.short)
        story += appendix_heading(None, O.REMIND_ANNEX_TITLE.format(period_label=d.period_label), note, st)
        rows = [(i, code, O.committee_name(name)) for i, (code, name) in enumerate(d.units, start=1)]
        story.append(grid_table(("STT", "Mã đơn vị", "Đơn vị"), rows, (0.5, 1.2, 5), st,
                                aligns=("right", "center", "left")))
    return build_pdf(story, title=f"{O.DOC_LETTER} {O.VV} {subject}", subject=subject, author=d.office.full_name)


def _fast_table(header, rows, weights, st: Styles, size: float = 8.5) -> Table:
    """The annex table: a wrapped bold header, then plain one-line cells (a Paragraph per cell is what makes
    ReportLab slow on a table of thousands of rows). The last row (totals) is bold on grey."""
    from reportlab.lib.styles import ParagraphStyle

    from qms_desktop.reports.pdf_layout import column_widths

    from qms_desktop.reports.pdf_layout import break_words, wrap_lines

    body = [[nfc(v) for v in row] for row in rows]
    aligns = ["right", "left", "left"] + ["right"] * (len(header) - 3)
    widths = column_widths(header, body, weights, aligns, size)
    for row in body:  # a unit's name and its state wrap inside their cells (QA 13 F2: they overprinted each other)
        for col in (1, 2):
            room = widths[col] - 4  # the cell's left and right padding
            row[col] = wrap_lines(row[col], SERIF_BOLD, size, room) or wrap_lines(
                break_words(row[col], SERIF_BOLD, size, room), SERIF_BOLD, size, room) or row[col]
    head_style = ParagraphStyle("annex_head", parent=st.cell_head, fontSize=size, leading=size + 2)
    data = [[para(h, head_style) for h in header]] + body
    table = Table(data, colWidths=widths, repeatRows=1)
    last = len(data) - 1
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SERIF, size),
        ("FONT", (0, last), (-1, last), SERIF_BOLD, size),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"), ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, last), (-1, last), colors.Color(0.93, 0.93, 0.93)),
    ]))
    return table


def _warning_text(rule: str, params: dict, target: float) -> str:
    return O.WARNING_VI[rule].format(**(params | {"target": f"{target:g}".replace(".", ",")}))


def summary_report_pdf(d: SummaryReport) -> bytes:
    st = Styles()
    office = d.office.short
    number = W.number_text(None, "BC-" + (d.office.doc_symbol or O.LETTER_SYMBOL_DEFAULT).split("-")[0])
    story: list[Flowable] = [_office_header(d.office, number, d.date, None, st)]
    story += title_block(O.SUMMARY_TYPE, O.SUMMARY_TITLE.format(period_label=d.period_label), st)
    story += recipient_line(f"Ủy ban nhân dân {O.province_phrase(d.office.province)}", st)
    story.append(para(O.SUMMARY_INTRO.format(bases=O.BASES, office=office, period_label=d.period_label,
                                             start=W.date_vn(d.start), end=W.date_vn(d.end)), st.body))
    story.append(para(O.SUMMARY_PART_I, st.part))
    story.append(para(
        f"Số đơn vị phải báo cáo: {_num(d.expected)}. Đã nhận báo cáo của {_num(d.received)} đơn vị (tỷ lệ gửi báo cáo "
        f"{_pct(d.reporting_rate)}), trong đó {_num(d.on_time)} đơn vị gửi đúng hạn (trước hoặc trong ngày "
        f"{W.date_vn(d.due_date)}; tỷ lệ đúng hạn {_pct(d.on_time_rate)}) và {_num(d.late)} đơn vị gửi trễ hạn; "
        f"{_num(d.returned)} báo cáo bị trả lại để chỉnh sửa, bổ sung; {_num(d.missing)} đơn vị chưa gửi báo cáo.",
        st.body))
    missing = [r.name for r in d.rows if r.state == "missing"]
    if missing:
        shown = ", ".join(missing[:15]) + (f" và {len(missing) - 15} đơn vị khác" if len(missing) > 15 else "")
        story.append(para(f"Các đơn vị chưa gửi báo cáo: {shown} (chi tiết tại Phụ lục).", st.body))
    t = d.totals
    story.append(para(O.SUMMARY_PART_II, st.part))
    story.append(para(f"Tổng hợp từ {_num(d.received)} báo cáo đã nhận (không tính báo cáo bị trả lại và các phiên bản "
                      f"đã được thay thế):", st.body))
    coverage = (rates.rate(t["tthc_covered"], t["tthc_in_scope"])  # floored, as every rate printed
                if t.get("tthc_in_scope") and t.get("tthc_covered") is not None else None)
    lines = [
        f"Phạm vi áp dụng: {_num(t.get('tthc_in_scope') or 0)} thủ tục hành chính, trong đó {_num(t.get('tthc_covered') or 0)} "
        f"thủ tục có quy trình đang hiệu lực (tỷ lệ {_pct(coverage)}); {_num(t.get('procedures_effective') or 0)} quy "
        f"trình đang hiệu lực.",
        f"Đánh giá nội bộ, xem xét của lãnh đạo: {_num(t.get('audits') or 0)} cuộc đánh giá nội bộ "
        f"({_num(d.units_with_audit)} đơn vị có tổ chức) và {_num(t.get('reviews') or 0)} cuộc họp xem xét của lãnh đạo "
        f"({_num(d.units_with_review)} đơn vị có tổ chức).",
        f"Sự không phù hợp: phát sinh {_num(t.get('nc_opened') or 0)}, đã đóng {_num(t.get('nc_closed') or 0)}, còn mở cuối "
        f"kỳ {_num(t.get('nc_open_end') or 0)}, trong đó {_num(t.get('nc_overdue') or 0)} quá hạn khắc phục.",
        f"Giải quyết thủ tục hành chính: tiếp nhận {_num(t.get('files_received') or 0)} hồ sơ; giải quyết đúng hạn "
        f"{_num(t.get('files_on_time') or 0)}, trễ hạn {_num(t.get('files_late') or 0)} (tỷ lệ đúng hạn "
        f"{_pct(t.get('on_time_rate'))}); tỷ lệ hài lòng bình quân {_pct(t.get('satisfaction'))}.",
    ]
    if t.get("petitions") is not None:  # the communes' petition books (TT 26 Art. 36.1(e)), from the reports that carry them
        carried = t.get("petitions_carried")  # not answered in an earlier period: among those still unanswered
        lines.append(f"Phản ánh, kiến nghị của người dân: tiếp nhận {_num(t.get('petitions') or 0)}"
                     + (f", kỳ trước chuyển sang {_num(carried)}" if carried else "")
                     + f"; chưa trả lời đến cuối kỳ {_num(t.get('petitions_pending') or 0)}, trong đó "
                     f"{_num(t.get('petitions_overdue') or 0)} quá hạn trả lời.")
    story += [para(f"- {line}", st.bullet) for line in lines]
    story.append(para(O.SUMMARY_PART_III, st.part))
    if d.warnings:
        by_rule: dict[str, list[str]] = {}
        for _code, unit, rule, _params in d.warnings:
            by_rule.setdefault(rule, []).append(unit)
        for rule, units in by_rule.items():
            text = _warning_text(rule, {}, d.target)
            shown = ", ".join(units[:12]) + (f" và {len(units) - 12} đơn vị khác" if len(units) > 12 else "")
            story.append(para(f"- {_num(len(units))} đơn vị {text}: {shown}.", st.bullet))
    else:
        story.append(para(O.NO_WARNINGS, st.body))
    story.append(para(O.SUMMARY_PART_IV, st.part))
    story.append(para(O.SUMMARY_PROPOSAL.format(office=office, province=O.province_phrase(d.office.province)), st.body))
    closing = O.SUMMARY_CLOSING.format(period_label=d.period_label, office=office)
    story.append(KeepTogether([para(closing.rstrip(".") + W.END_MARK, st.body), Spacer(1, 8),
                               _signature(d.office, O.SUMMARY_RECIPIENTS, st)]))
    note = O.APPENDIX_NOTE.format(document=W.DOC_REPORT, agency=office)
    story += appendix_heading(None, O.SUMMARY_ANNEX_TITLE.format(period_label=d.period_label), note, st)
    header = ("STT", "Đơn vị", "Tình trạng", "TTHC phạm vi", "Quy trình hiệu lực", "Đánh giá nội bộ", "Xem xét lãnh đạo",
              "SKPH còn mở", "Hồ sơ tiếp nhận", "Tỷ lệ đúng hạn", "Tỷ lệ hài lòng")
    rows = []
    for i, r in enumerate(d.rows, start=1):
        f = r.figures
        state = O.STATE_VI.get(r.state, r.state) + (f" ({r.note})" if r.note else "")
        if r.state in ("received", "resubmitted", "accepted") and r.on_time is not None:
            state += " (đúng hạn)" if r.on_time else " (trễ hạn)"
        rows.append((i, r.name, state, _num(f.get("tthc_in_scope")), _num(f.get("procedures_effective")),
                     _num(f.get("audits")), _num(f.get("reviews")), _num(f.get("nc_open_end")),
                     _num(f.get("files_received")), _pct(f.get("on_time_rate")) if f else "",
                     _pct(f.get("satisfaction")) if f else ""))
    rows.append(("", W.TOTAL, f"{_num(d.received)}/{_num(d.expected)}", _num(t.get("tthc_in_scope")),
                 _num(t.get("procedures_effective")), _num(t.get("audits")), _num(t.get("reviews")),
                 _num(t.get("nc_open_end")), _num(t.get("files_received")), _pct(t.get("on_time_rate")),
                 _pct(t.get("satisfaction"))))
    story.append(_fast_table(header, rows, (0.45, 2.4, 1.3, 0.8, 0.8, 0.8, 0.8, 0.8, 0.95, 0.9, 0.9), st))
    return build_pdf(story, title=f"{O.SUMMARY_TYPE} {O.SUMMARY_TITLE.format(period_label=d.period_label)}",
                     subject=d.period, author=d.office.full_name)
