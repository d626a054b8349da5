"""Printed documents besides the report: the announcement decision and the review minutes.

The CAR and audit documents are in ``doc_quality``, the procedure's cover page, steps and
flowchart in ``doc_procedure``; all share the Decree 30 layout of ``pdf_layout`` and carry the
record's identifier in the bottom margin of every page.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, KeepTogether, Spacer

from qms_desktop.i18n import decree30_date_line
from qms_desktop.reports import wording as W
from qms_desktop.reports.doc_data import DecisionData, MinutesData
from qms_desktop.reports.pdf_layout import (
    Header, Styles, appendix_heading, build_pdf, esc, grid_table, header_block, para, recipient_line, signature_block,
    title_block, two_signatures,
)
from qms_desktop.reports.report_data import AgencyInfo, record_ref


def date_line(agency: AgencyInfo, day: dt.date | None) -> str:
    if day is None:
        return f"{agency.place_name}, ngày ...... tháng ...... năm ......"
    return decree30_date_line(agency.place_name, day)


def header(agency: AgencyInfo, number: str, day: dt.date | None, st: Styles) -> Flowable:
    return header_block(Header(agency.full_name, agency.parent_body, number, date_line(agency, day)), st)


def labelled(label: str, value: str, st: Styles, *, style=None) -> Flowable:
    """'<b>Nguồn:</b> Đánh giá nội bộ' — the label is our wording, the value is escaped."""
    return para(f"<b>{esc(label)}:</b> {esc(value)}", style or st.body_flush, markup=True)


def blank_number(symbol: str) -> str:
    return W.number_text(None, symbol)


# ------------------------------------------------------------------ announcement decision

def decision_pdf(d: DecisionData) -> bytes:
    """Quyết định công bố HTQLCL (Decree 30 Mẫu 1.2) with the scope list as its appendix."""
    st = Styles()
    name = " ".join(W.agency_lines(d.agency.full_name)[1:]) or d.agency.full_name.upper()
    story: list[Flowable] = [header(d.agency, d.number, d.date, st)]
    story += title_block(W.DECISION_TYPE, W.REDECISION_SUMMARY if d.reannouncement else W.DECISION_SUMMARY, st)
    story += [Spacer(1, 4), para(W.DECISION_AUTHORITY.format(name=name), st.center_bold), Spacer(1, 8)]
    story += [para(basis, _italic_body(st)) for basis in d.bases]
    story += [para(W.DECISION_PROPOSER, _italic_body(st)), Spacer(1, 4), para(W.DECIDES, st.center_bold), Spacer(1, 6)]
    agency = W.unit_phrase(d.agency.short_name)
    art1 = W.DECISION_ART1.format(agency=agency) + (W.DECISION_ART1_REPLACES if d.reannouncement else "")
    for n, text in ((1, art1), (2, W.DECISION_ART2), (3, W.DECISION_ART3)):
        end = W.END_MARK if n == 3 else ""
        story.append(para(f"<b>{esc(W.ARTICLE.format(n=n))}</b> {esc(text.rstrip('.') + (end or '.'))}", st.body,
                          markup=True))
    recipients = [line.format(recipient=_notice_recipient(d)) for line in W.DECISION_RECIPIENTS]
    story[-1:] = [KeepTogether([story[-1], Spacer(1, 6), signature_block([W.CHAIR], d.agency.head_name, recipients, st)])]
    note = W.APPENDIX_NOTE.format(document=W.DOC_DECISION, number=d.number, date=W.date_vn(d.date),
                                  agency=f"Chủ tịch {agency}")
    story += appendix_heading(None, W.SCOPE_TITLE, note, st)
    rows = [(i, t.code, t.name, t.field) for i, t in enumerate(d.tthc, start=1)]
    story.append(grid_table(("STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực"), rows, (0.5, 1.1, 4.5, 1.4), st,
                            aligns=("right", "center", "left", "left")))
    if d.activities:
        story += [Spacer(1, 10), para(W.SCOPE_ACTIVITIES + ":", st.item)]
        story += [para(f"- {a}", st.bullet) for a in d.activities]
    return build_pdf(story, title=f"{W.DECISION_TYPE} {d.number}", subject=W.DECISION_SUMMARY,
                     author=agency, record_ref=record_ref("announcement", d.announcement_id))


def notice_pdf(d: DecisionData) -> bytes:
    """The letter (Công văn) that tells the recipient — the province's Department of Science and Technology — of the
    announcement, sent with the decision (QA 57 F3: the report said it was sent; nothing printed it)."""
    st = Styles()
    agency = W.unit_phrase(d.agency.short_name)
    recipient = _notice_recipient(d)
    story: list[Flowable] = [header_block(Header(d.agency.full_name, d.agency.parent_body, blank_number("UBND"),
                                                 date_line(d.agency, d.notice_date), W.NOTICE_SUMMARY), st)]
    story += recipient_line(recipient, st)
    activities = W.NOTICE_ACTIVITIES.format(count=len(d.activities)) if d.activities else ""
    story.append(para(W.NOTICE_BODY.format(date=W.long_date(d.date), agency=agency, number=d.number,
                                           what="công bố lại" if d.reannouncement else "công bố", count=len(d.tthc),
                                           activities=activities), st.body))
    closing = para(W.NOTICE_CLOSING.format(agency=agency, recipient=recipient, end=W.END_MARK), st.body)
    story.append(KeepTogether([closing, Spacer(1, 6), signature_block(W.signing_lines(d.agency.head_title),
                                                                      d.agency.head_name, W.NOTICE_RECIPIENTS, st)]))
    return build_pdf(story, title=f"Công văn {W.VV} {W.NOTICE_SUMMARY}", subject=d.number, author=agency,
                     record_ref=record_ref("announcement", d.announcement_id))


def _notice_recipient(d: DecisionData) -> str:
    """Who is notified of the announcement: as recorded, else the reports' recipient (the decision and its letter
    name the same body)."""
    # the agency profile carries the reports' recipient; a bare AgencyInfo (a document built from data alone) none
    return d.notice_recipient or getattr(d.agency, "recipient", "") or "Sở Khoa học và Công nghệ"


def _italic_body(st: Styles):
    from reportlab.lib.styles import ParagraphStyle

    from qms_desktop.reports.fonts import SERIF_ITALIC

    return ParagraphStyle("italic_body", parent=st.body, fontName=SERIF_ITALIC, spaceAfter=3)


# ------------------------------------------------------------------ management-review minutes

def minutes_pdf(d: MinutesData) -> bytes:
    """Biên bản họp xem xét của lãnh đạo (Decree 30 Mẫu 1.9): inputs §9.3.2, conclusion, outputs §9.3.3."""
    st = Styles()
    story: list[Flowable] = [header(d.agency, blank_number("BB-UBND"), d.date, st)]
    story += title_block(W.MINUTES_TYPE, W.MINUTES_SUMMARY, st)
    start = d.time.replace(":", " giờ ") if d.time else "...... giờ ......"
    story += [Spacer(1, 4), para(W.MINUTES_START.format(time=start, date=W.long_date(d.date)), st.body),
              para(W.MINUTES_PLACE.format(place=d.place or "......"), st.body),
              para(W.MINUTES_ATTENDEES.format(attendees=d.attendees.rstrip(".") or "......"), st.body),
              para(W.MINUTES_CHAIR.format(chair=d.chair or "......"), st.body),
              para(W.MINUTES_SECRETARY.format(secretary=d.secretary or "......"), st.body),
              para(W.MINUTES_CONTENT, st.item), para(W.MINUTES_INPUTS, st.item)]
    c_said = False
    for key, text in d.inputs:
        if not c_said and key[:1] == "c" and key[1:].isdigit():  # c)'s own line, once, above c1)…c7)
            story.append(para(f"<i>{esc(W.REVIEW_INPUT_C)}</i>", st.body, markup=True))
            c_said = True
        label = W.REVIEW_INPUTS.get(key, key)
        story.append(para(f"<i>{esc(label)}:</i> {esc(text or W.NOT_DISCUSSED)}", st.body, markup=True))
    story += [para(W.MINUTES_CONCLUSION, st.item), para(d.conclusion or "......", st.body)]
    if d.effective is not None:
        story.append(para(f"<i>{esc(W.MINUTES_EFFECTIVENESS)}:</i> {esc(W.MINUTES_VERDICT[d.effective])}", st.body,
                          markup=True))
    story.append(para(W.MINUTES_OUTPUTS, st.item))
    rows = [(i, W.OUTPUT_KIND.get(o.kind, o.kind), o.description, o.owner, W.date_vn(o.due))
            for i, o in enumerate(d.outputs, start=1)]
    if rows:
        story.append(grid_table(("STT", "Loại", "Nội dung", "Người thực hiện", "Thời hạn"), rows,
                                (0.5, 1.2, 3.6, 1.5, 1.1), st, aligns=("right", "left", "left", "left", "center")))
    else:
        story.append(para(W.NOT_DISCUSSED, st.body))
    signers = two_signatures(W.MINUTES_SIGNERS[0], W.signer_name(d.secretary), W.MINUTES_SIGNERS[1],
                             W.signer_name(d.chair), st)
    recipients = [para(W.RECIPIENTS_LABEL, st.recipients_label)] + [
        para(f"- {line}{'.' if i == len(W.MINUTES_RECIPIENTS) - 1 else ';'}", st.recipients)
        for i, line in enumerate(W.MINUTES_RECIPIENTS)]
    story += [Spacer(1, 8), KeepTogether([para(W.MINUTES_END, st.body), Spacer(1, 6), signers, Spacer(1, 10),
                                          *recipients])]
    return build_pdf(story, title=f"{W.MINUTES_TYPE} {W.date_vn(d.date)}", subject=W.MINUTES_SUMMARY,
                     author=W.unit_phrase(d.agency.short_name), record_ref=record_ref("review", d.review_id))


__all__ = ["decision_pdf", "minutes_pdf", "header", "labelled", "date_line", "blank_number", "signature_block"]
