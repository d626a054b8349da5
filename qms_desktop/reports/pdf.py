"""The periodic report as a Decree 30/2020 PDF (Mẫu 1.4: a document with a type name)."""

from __future__ import annotations

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, Spacer

from qms_desktop.i18n import decree30_date_line
from qms_desktop.reports import wording as W
from qms_desktop.reports.pdf_layout import (
    LAND_TEXT_WIDTH, LANDSCAPE, TEXT_WIDTH, Header, Styles, appendix_heading, build_pdf, column_widths, grid_table,
    balanced, header_block, para, recipient_line, signature_block, title_block,
)
from qms_desktop.reports.report_data import DATE, FLOAT, INT, PERCENT, Cell, Column, ReportData, Table


def format_cell(value: Cell, column: Column) -> str:
    """A table value as printed: dd/mm/yyyy dates, Vietnamese decimal comma, percentages."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value
    if column.kind == DATE:
        return W.date_vn(value)  # type: ignore[arg-type]
    if column.kind == PERCENT:
        return W.percent_text(float(value))  # type: ignore[arg-type]
    if column.kind == INT and isinstance(value, (int, float)):
        return f"{int(value):,}".replace(",", ".")
    if column.kind == FLOAT and isinstance(value, (int, float)):
        return f"{value:g}".replace(".", ",")
    return str(value)


def _align(column: Column) -> str:
    return {INT: "right", FLOAT: "right", PERCENT: "right", DATE: "center"}.get(column.kind, "left")


def _printed_rows(table: Table) -> list[list[str]]:
    rows = [[format_cell(v, c) for v, c in zip(row, table.columns)] for row in table.rows]
    if table.totals is not None:
        rows.append([format_cell(v, c) for v, c in zip(table.totals, table.columns)])
    return rows


MIN_TEXT_COLUMN = 100.0  # points (35 mm): a long text narrower than this reads a few words a line (QA 27 F2)


def turned(table: Table) -> bool:
    """Whether the annex is printed on landscape pages: a portrait page would leave one of its long texts (a
    column of weight 2 or more) narrower than MIN_TEXT_COLUMN, the dates and numbers beside it taking the room."""
    rows = _printed_rows(table)
    if not rows:
        return False
    header = [c.title for c in table.columns]
    size = 10 if len(header) >= 9 else 11 if len(header) >= 7 else 12  # as grid_table sizes it
    widths = column_widths(header, rows, [c.width for c in table.columns], [_align(c) for c in table.columns], size,
                           TEXT_WIDTH)
    return any(c.kind not in (INT, FLOAT, PERCENT, DATE) and c.width >= 2 and w < MIN_TEXT_COLUMN
               for c, w in zip(table.columns, widths))


def table_flowable(table: Table, st: Styles, *, landscape: bool = False) -> Flowable:
    rows = _printed_rows(table)
    if not rows:
        return para(W.NONE_IN_PERIOD, st.center_italic)
    return grid_table([c.title for c in table.columns], rows, [c.width for c in table.columns], st,
                      aligns=[_align(c) for c in table.columns], bold_last=table.totals is not None,
                      width=LAND_TEXT_WIDTH if landscape else TEXT_WIDTH, keys=table.keys)


def report_story(data: ReportData, st: Styles, *, fingerprint: str = "", chain_head: str = "",
                 key_changed_from: str = "") -> list[Flowable]:
    agency = data.agency
    date_line = (decree30_date_line(agency.place_name, data.date) if data.date
                 else f"{agency.place_name}, ngày ...... tháng ...... năm ......")
    story: list[Flowable] = [header_block(Header(agency.full_name, agency.parent_body, data.number_text, date_line), st)]
    story += title_block(W.REPORT_TYPE, data.summary, st)
    story += recipient_line(data.recipient, st)
    if data.correction_of:
        story.append(para(W.CORRECTION_NOTE.format(previous=data.correction_of, changes=data.changes_summary),
                          st.body))
    story.append(para(data.intro, st.body))
    for part in data.parts:
        story.append(balanced(f"{part.code}. {part.title}", st.part))
        for item in part.items:
            story.append(balanced(f"{item.code}. {item.title}", st.item))
            story += [para(p, st.body) for p in item.paragraphs]
        story += [para(p, st.body) for p in part.paragraphs]
    signer = agency.head_name
    closing = [para(data.closing.rstrip(".") + W.END_MARK, st.body), Spacer(1, 6),
               signature_block(W.signing_lines(agency.head_title, collective=W.is_committee(agency.full_name)), signer,
                               data.recipients, st, sign_space=37 * mm)]  # the 35 mm seal (pades.SEAL_SIZE) fits
    if fingerprint:
        closing += [Spacer(1, 10), para(W.KEY_FINGERPRINT.format(fingerprint=fingerprint.replace(" ", "\u00a0")), st.small)]
        if key_changed_from:
            closing.append(para(W.KEY_CHANGED.format(previous=key_changed_from), st.small))
    if chain_head:  # left-aligned: the 64-digit hash cannot break, a justified line would gape
        closing.append(para(W.CHAIN_HEAD.format(head=chain_head), ParagraphStyle("small_left", parent=st.small,
                                                                                  alignment=TA_LEFT)))
    story.append(KeepTogether(closing))
    note = _appendix_note(data)
    previous_empty = False
    for index, table in enumerate(data.appendices, start=1):
        empty = not table.rows and table.totals is None
        landscape = turned(table)
        if landscape:  # its pages only: the next annex turns back (Decree 30 allows landscape for tables)
            story.append(NextPageTemplate(LANDSCAPE))
        # an empty annex after another shares its page: six of a new commune's nine pages said only "Không có"
        story += appendix_heading(index, table.title, note, st, same_page=empty and previous_empty)
        story.append(table_flowable(table, st, landscape=landscape))
        if table.shown_note():
            story += [Spacer(1, 6), para(table.shown_note(), st.small)]
        if landscape:
            story.append(NextPageTemplate("later"))
        previous_empty = empty
    return story


def _appendix_note(data: ReportData) -> str:
    who = W.unit_phrase(data.agency.short_name)
    if data.number and data.date:
        return W.APPENDIX_NOTE.format(document=W.DOC_REPORT, number=data.number_text, date=W.date_vn(data.date),
                                      agency=who)
    return W.APPENDIX_NOTE_UNNUMBERED.format(document=W.DOC_REPORT, agency=who)


def report_pdf(data: ReportData, *, fingerprint: str = "", chain_head: str = "", key_changed_from: str = "") -> bytes:
    """The report's PDF bytes (byte-identical for identical data, fingerprint and chain head).

    A draft carries a 'DỰ THẢO' mark on every page; the agency key's fingerprint is printed under
    the signature so the receiving office can confirm it by phone, and with it the history chain's
    head ``N:HASH`` at export, which anyone can later check with ``qms check --head N:HASH``.
    """
    st = Styles()
    story = report_story(data, st, fingerprint=fingerprint, chain_head=chain_head, key_changed_from=key_changed_from)
    return build_pdf(story, title=f"{W.REPORT_TYPE} {data.number_text}", subject=data.summary,
                     author=W.unit_phrase(data.agency.short_name), record_ref=data.record_ref,
                     draft=data.status == "draft", keywords=report_keywords(data, chain_head))


HEAD_KEYWORD = "qms-chain-head:"  # the head printed on the report, also in its metadata: a signed PDF is frozen
REPORT_KEYWORD = "qms-report:"  # which report the PDF is: a signature on it is on this report, not another (QA 17 F1)


def report_identity(period: object, version: object, report_id: object) -> str:
    """'2026:1:4': the period, version and id of a report, as its PDF's metadata and its package's manifest say."""
    return f"{period}:{version}:{report_id}"


def report_keywords(data: ReportData, chain_head: str = "") -> str:
    """The PDF's /Keywords: the report's identity and, once exported, the history head it prints."""
    identity = f"{REPORT_KEYWORD}{report_identity(data.period, data.report_version, data.report_id)}"
    return f"{HEAD_KEYWORD}{chain_head} {identity}" if chain_head else identity


def _keyword(pdf: bytes, prefix: str) -> str:
    """The value of our ``prefix`` token in a PDF's /Keywords ('' when there is none, or the PDF is unreadable).
    A signature covering the whole file covers the /Info dictionary that holds them."""
    from qms_desktop.reports.pades import _reader

    try:
        info = _reader(pdf).trailer_view.get("/Info")
        info = info.get_object() if info is not None else None
        keywords = str(info.get("/Keywords", "")) if info is not None else ""
    except Exception:  # noqa: BLE001 - any unreadable PDF: nothing known
        return ""
    return next((token[len(prefix):] for token in keywords.split() if token.startswith(prefix)), "")


def printed_chain_head(pdf: bytes) -> str:
    """The history head ``N:HASH`` a report PDF prints ('' when it says none, or is not ours): after signing,
    the PDF keeps the head of the day it was signed, while the history moves on."""
    return _keyword(pdf, HEAD_KEYWORD)


def printed_report(pdf: bytes) -> str:
    """The identity ``PERIOD:VERSION:ID`` of the report a PDF is ('' for a PDF of an earlier version, or not ours)."""
    return _keyword(pdf, REPORT_KEYWORD)
