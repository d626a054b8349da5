"""A procedure's printouts: cover page with the sign-off block and amendment table; the TTHC
steps as a table and as a flowchart (lưu đồ)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from qms_desktop.domain.text import fold
from qms_desktop.reports import wording as W
from qms_desktop.reports.doc_data import ProcedureData, SignOff
from qms_desktop.reports.fonts import SERIF, SERIF_BOLD
from qms_desktop.reports.flowchart import Node, flowchart
from qms_desktop.reports.pdf_layout import TEXT_WIDTH, Styles, balanced, build_pdf, esc, grid_table, para
from qms_desktop.reports.report_data import record_ref


def _sized(st: Styles, base: ParagraphStyle, size: float, **kw) -> ParagraphStyle:
    return ParagraphStyle(f"{base.name}_{size}", parent=base, fontSize=size, leading=size * 1.25, **kw)


def _ident_table(d: ProcedureData, st: Styles) -> Table:
    """The box at the top of each page: agency | procedure title | code, version, dates."""
    small = _sized(st, st.cell, 11)
    bold = _sized(st, st.cell_head, 12)
    agency = [para(line, bold) for line in W.agency_lines(d.agency.full_name)]
    title = [para(W.COVER_TYPE, bold), para(d.title, _sized(st, st.cell_center, 12, fontName=SERIF_BOLD))]
    if d.draft:  # a draft version is never mistaken for the procedure in force
        title.insert(0, para(W.DRAFT_MARK, _sized(st, st.cell_head, 12)))
    ident = [para(f"Mã hiệu: {d.code}", small),
             para((f"Lần ban hành: {d.version:02d}" if d.version else "Lần ban hành: —")
                  + (f" ({W.DRAFT_MARK.lower()})" if d.draft else ""), small),
             para(f"Ngày ban hành: {W.date_vn(d.issue_date) or '—'}", small),
             para(f"Ngày hiệu lực: {W.date_vn(d.effective_date) or '—'}", small)]
    table = Table([[agency, title, ident]], colWidths=[TEXT_WIDTH * 0.28, TEXT_WIDTH * 0.40, TEXT_WIDTH * 0.32])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SERIF, 11), ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def _signoff(d: ProcedureData, st: Styles) -> Table:
    head = _sized(st, st.cell_head, 12)
    cell = _sized(st, st.cell_center, 12)
    label = _sized(st, st.cell_bold, 12)
    people: tuple[SignOff, ...] = (d.drafted, d.reviewed, d.approved)
    rows = [[para("", head)] + [para(t, head) for t in W.COVER_SIGNOFF],
            [para("Họ và tên", label)] + [para(p.name, cell) for p in people],
            [para("Chức vụ", label)] + [para(p.title, cell) for p in people],
            [para("Chữ ký", label)] + [para("", cell) for _ in people],
            [para("Ngày", label)] + [para(W.date_vn(p.date), cell) for p in people]]
    table = Table(rows, colWidths=[TEXT_WIDTH * 0.16] + [TEXT_WIDTH * 0.28] * 3,
                  rowHeights=[None, None, None, 22 * mm, None])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SERIF, 12), ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return table


def cover_pdf(d: ProcedureData) -> bytes:
    """Page 1: identification, title, linked TTHC, sign-off block. Page 2: versions and amendments."""
    st = Styles()
    big = _sized(st, st.center_bold, 18)
    story: list[Flowable] = [_ident_table(d, st), Spacer(1, 40 * mm)]
    if not fold(d.title).startswith("quy trinh"):  # the title usually says 'Quy trình …' already
        story += [para(W.COVER_TYPE, big), Spacer(1, 4)]
    story += [balanced(d.title.upper(), big), Spacer(1, 8),
                             para(f"Mã hiệu: {d.code}", st.center),
                             para(W.PROCEDURE_KIND.get(d.kind, d.kind) + (f" — lĩnh vực {d.field}" if d.field else ""),
                                  st.center_italic)]
    if d.tthc:
        # one label, then each TTHC on lines of its own broken between phrases (QA 60 F9, F14: the label three times)
        story += [Spacer(1, 8), para("Thủ tục hành chính:" if len(d.tthc) == 1 else "Các thủ tục hành chính:",
                                     st.center)]
        story += [balanced(f"{code} – {name}", st.center) for code, name, _ in d.tthc]
    story += [Spacer(1, 30 * mm), _signoff(d, st), PageBreak(), _ident_table(d, st), Spacer(1, 12),
              para(W.COVER_AMENDMENTS, st.center_bold), Spacer(1, 6)]
    rows = [(i, f"{a.version:02d}", W.date_vn(a.date), a.item, a.legal_basis) for i, a in enumerate(d.amendments, 1)]
    story.append(grid_table(("STT", "Lần ban hành", "Ngày", "Nội dung sửa đổi", "Căn cứ"),
                            rows or [("", "", "", "", "")], (0.5, 0.9, 1.1, 3.2, 2), st,
                            aligns=("right", "center", "center", "left", "left")))
    story += [Spacer(1, 14), para(W.COVER_VERSIONS, st.center_bold), Spacer(1, 6)]
    rows = [(f"{v.number:02d}", W.date_vn(v.issue_date), W.date_vn(v.effective_date), W.date_vn(v.end_date),
             W.STATUS.get(v.status, v.status), v.change_summary) for v in d.versions]
    story.append(grid_table(("Lần", "Ngày ban hành", "Ngày hiệu lực", "Hết hiệu lực", "Tình trạng", "Tóm tắt thay đổi"),
                            rows or [("", "", "", "", "", "")], (0.5, 1.1, 1.1, 1.1, 1.1, 2.6), st,
                            aligns=("center", "center", "center", "center", "left", "left")))
    return build_pdf(story, title=f"{W.COVER_TYPE} {d.code}", subject=d.title, author=W.unit_phrase(d.agency.short_name),
                     record_ref=record_ref("procedure", d.procedure_id, d.version), draft=d.draft)


def _time(step) -> str:
    return W.days_text(step.duration, step.duration_unit)


def steps_pdf(d: ProcedureData, *, table: bool = True, chart: bool = True) -> bytes:
    """The steps as a table (what, who, how long, result) and/or as a flowchart."""
    st = Styles()
    story: list[Flowable] = [_ident_table(d, st), Spacer(1, 10)]

    def done() -> bytes:
        return build_pdf(story, title=f"{W.FLOW_TITLE} {d.code}", subject=d.title,
                         author=W.unit_phrase(d.agency.short_name),
                         record_ref=record_ref("steps", d.procedure_id, d.version), draft=d.draft)

    for code, name, limit in d.tthc:
        story.append(para(f"<b>Thủ tục hành chính:</b> {esc(code)} – {esc(name)} (thời hạn giải quyết: "
                          f"{esc(limit or W.NO_LIMIT)})", st.body_flush, markup=True))
    if not d.steps:  # no empty table, no "0 working days" total: the version has no steps (QA 57 F7)
        story += [Spacer(1, 6), para(W.NO_STEPS, st.body_flush)]
        return done()
    if table:
        story += [Spacer(1, 4), para(W.STEPS_TITLE, st.center_bold), Spacer(1, 6)]
        rows = [(s.step_no, s.action, s.responsible, _time(s), s.result) for s in d.steps]
        story.append(grid_table(("Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Kết quả, biểu mẫu"),
                                rows, (0.6, 3.2, 1.7, 1.1, 1.6), st,
                                aligns=("center", "left", "left", "center", "left")))
    limit = (W.NO_LIMIT if d.limit_days is None else W.SAME_DAY if d.limit_days == 0
             else W.days_text(d.limit_days, "days"))
    total = W.TOTAL_TIME.format(total=W.days_text(round(d.total_days, 2), "days"), limit=limit)
    story += [Spacer(1, 6), para(total, st.body_flush)]
    if d.fits is False:
        story.append(para(W.STEPS_TOO_LONG, st.item))
    if not chart:
        return done()
    nodes = [Node("start", W.FLOW_START, W.FLOW_APPLICANT)]
    nodes += [Node("step", f"{W.STEP.format(n=s.step_no)}: {s.action}", s.responsible, _time(s)) for s in d.steps]
    nodes.append(Node("end", W.FLOW_END, W.FLOW_APPLICANT))
    story.append(Spacer(1, 12))
    story += flowchart(nodes, ("Trách nhiệm", "Lưu đồ", "Thời gian"),
                       lead=[para(W.FLOW_TITLE, st.center_bold), Spacer(1, 6)])
    return done()


def flowchart_pdf(d: ProcedureData) -> bytes:
    """The flowchart alone (with the total time against the legal limit)."""
    return steps_pdf(d, table=False)


__all__ = ["cover_pdf", "flowchart_pdf", "steps_pdf"]
