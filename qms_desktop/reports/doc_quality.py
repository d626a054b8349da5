"""Corrective-action request (CAR), internal-audit plan and internal-audit report as PDF."""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from qms_desktop.domain.iso_clauses import clause_label
from qms_desktop.domain.text import fold
from qms_desktop.reports import wording as W
from qms_desktop.reports.doc_data import AuditData, CarData, ScheduleLine
from qms_desktop.reports.documents import blank_number, date_line, header, labelled
from qms_desktop.reports.pdf_layout import (
    Header, Styles, build_pdf, grid_table, header_block, para, side_by_side, signature_block, title_block,
    two_signatures,
)
from qms_desktop.reports.report_data import record_ref


def car_pdf(d: CarData) -> bytes:
    """Phiếu yêu cầu hành động khắc phục in four parts (description, cause and actions, approval,
    verification), filled from the record; blank signature spaces for handwriting."""
    st = Styles()
    story: list[Flowable] = [header(d.agency, d.number, d.detected, st)]
    # a cancelled request says so where it is read first (QA 60 F12), not only in its last line
    story += title_block(W.CAR_TYPE, W.CAR_CANCELLED if d.cancelled_reason else "", st)
    story += [Spacer(1, 6), para(W.CAR_PART1, st.item)]
    for label, value in (("Nguồn phát hiện", W.NC_SOURCE.get(d.source, d.source) + (f" ({d.origin})" if d.origin else "")),
                         ("Điều khoản, quy trình", ", ".join(x for x in (clause_label(d.clause), d.procedure) if x) or "—"),
                         ("Bộ phận", d.unit or "—"),
                         ("Mức độ", W.SEVERITY.get(d.severity, d.severity)),
                         ("Ngày phát hiện", W.date_vn(d.detected)),
                         ("Thời hạn khắc phục", W.date_vn(d.due) or "—"),
                         ("Mô tả", d.description),
                         ("Khắc phục tức thời", d.immediate_correction or "—")):
        story.append(labelled(label, value, st))
    story += [para(W.CAR_PART2, st.item), labelled("Nguyên nhân gốc", d.root_cause or "—", st)]
    rows = [(i, a.description, a.owner, W.date_vn(a.due), W.date_vn(a.done), a.result)
            for i, a in enumerate(d.actions, start=1)]
    story.append(grid_table(("STT", "Hành động khắc phục", "Người thực hiện", "Thời hạn", "Hoàn thành", "Kết quả"),
                            rows or [("", W.NARRATIVE_EMPTY, "", "", "", "")], (0.5, 3.2, 1.5, 1.1, 1.1, 1.6), st,
                            aligns=("right", "left", "left", "center", "center", "left")))
    story += [Spacer(1, 6), para(W.CAR_PART3, st.item),
              two_signatures(W.CAR_SIGNERS[0], d.requested_by, W.CAR_SIGNERS[1], d.agency.iso_rep_name, st,
                             sign_space=18 * mm)]
    part4 = [para(W.CAR_PART4, st.item),
             labelled("Người kiểm tra", d.verified_by or "......", st),
             labelled("Ngày kiểm tra", W.date_vn(d.verified_date) or "......", st),
             labelled("Kết quả", W.CAR_EFFECTIVE[d.effective] + (f". {d.verification_note}" if d.verification_note else ""), st),
             labelled("Tình trạng", f"Đã hủy. Lý do: {d.cancelled_reason}" if d.cancelled_reason else
                      W.STATUS.get(d.status, d.status) + (f" ngày {W.date_vn(d.closed)}" if d.closed else ""), st)]
    if not d.cancelled_reason:  # the verifier signs the verification that closes the NC (ISO 9001 10.2)
        part4 += [Spacer(1, 4), two_signatures("", "", W.CAR_VERIFIER, d.verified_by, st, sign_space=16 * mm)]
    story.append(KeepTogether(part4))
    return build_pdf(story, title=f"{W.CAR_TYPE} {d.number}", subject=d.description[:200],
                     author=W.unit_phrase(d.agency.short_name), record_ref=record_ref("nonconformity", d.nc_id))


def _signer(d: AuditData) -> tuple[list[str], str]:
    """The plan is signed by the ISO representative when he is a deputy chairman ('TM. ỦY BAN NHÂN DÂN /
    KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', Decree 30), else by the chairman ('TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH')."""
    rep = d.agency.iso_rep_title.casefold()
    collective = W.is_committee(d.agency.full_name)
    if d.agency.iso_rep_name and rep.startswith("phó chủ tịch"):
        return W.signing_lines("Phó Chủ tịch", collective=collective), d.agency.iso_rep_name
    return W.signing_lines(d.agency.head_title, collective=collective), d.agency.head_name


def _content(s: ScheduleLine) -> str:
    """'Điều khoản 4.1 (Hiểu tổ chức …); QT-05: Đã xác định …?': the clause named, the question after a colon."""
    where = "; ".join(p for p in (f"Điều khoản {clause_label(s.clause)}" if s.clause else "", s.procedure) if p)
    return f"{where}: {s.question}" if where and s.question else where or s.question


def audit_summary(summary: str, title: str) -> str:
    """The plan's or report's title line: the audit's own title where it says it is an internal audit ("Đánh giá nội
    bộ HTQLCL năm 2026" → "Đánh giá nội bộ Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm 2026", the
    abbreviation written out as a document's title wants it), else the standard summary followed by the title."""
    if "danh gia noi bo" not in fold(title):
        return f"{summary}: {title}" if title else summary
    title = re.sub(r"\bHTQLCL\b", W.QMS_FULL, title, count=1)
    if summary == W.AUDIT_REPORT_SUMMARY:
        return f"Kết quả {title[:1].lower()}{title[1:]}"
    return title


def audit_plan_pdf(d: AuditData) -> bytes:
    """Kế hoạch đánh giá nội bộ (Decree 30 Mẫu 1.4): purpose, scope, criteria, team, schedule."""
    st = Styles()
    story: list[Flowable] = [header(d.agency, blank_number("KH-UBND"), None, st)]
    story += title_block(W.AUDIT_PLAN_TYPE, audit_summary(W.AUDIT_PLAN_SUMMARY, d.title), st)
    story += [Spacer(1, 4),
              para("I. MỤC ĐÍCH, YÊU CẦU", st.part), para(d.purpose or "......", st.body),
              para("II. PHẠM VI ĐÁNH GIÁ", st.part), para(d.scope or "......", st.body)]
    if d.units:
        story.append(labelled("Bộ phận được đánh giá", ", ".join(d.units), st, style=st.body))
    story += [para("III. CHUẨN MỰC ĐÁNH GIÁ", st.part), para(d.criteria or "TCVN ISO 9001:2015", st.body),
              para("IV. ĐOÀN ĐÁNH GIÁ", st.part)]
    story.append(grid_table(("STT", "Họ và tên", "Chức vụ", "Nhiệm vụ"),
                            [(i, m.name, m.title, m.role) for i, m in enumerate(d.team, 1)] or [("", "", "", "")],
                            (0.5, 2, 2.5, 1.3), st, aligns=("right", "left", "left", "left")))
    story += [para("V. THỜI GIAN VÀ LỊCH ĐÁNH GIÁ", st.part),
              labelled("Thời gian dự kiến", W.date_vn(d.planned_date), st, style=st.body)]
    if d.schedule:
        story.append(grid_table(("STT", "Ngày", "Bộ phận", "Nội dung đánh giá", "Chuyên gia"),
                                [(i, W.date_vn(s.date), s.unit, _content(s), s.auditor)
                                 for i, s in enumerate(d.schedule, 1)],
                                (0.5, 1.1, 1.6, 3.2, 1.6), st, aligns=("right", "center", "left", "left", "left")))
    authority, name = _signer(d)
    story.append(KeepTogether([
        para("VI. TỔ CHỨC THỰC HIỆN", st.part), para(W.AUDIT_PLAN_EXECUTION, st.body), Spacer(1, 6),
        signature_block(authority, name, W.AUDIT_PLAN_RECIPIENTS, st)]))
    return build_pdf(story, title=f"{W.AUDIT_PLAN_TYPE} {d.title}", subject=W.AUDIT_PLAN_SUMMARY,
                     author=W.unit_phrase(d.agency.short_name), record_ref=record_ref("audit", d.audit_id))


def _checklist_sentence(items: int, conform: int, nonconform: int, recommend: int) -> str:
    """The checklist's results, items not yet assessed named as such (they read as "checked 0 items: 0
    nonconformities" beside the findings' nonconformities); a result no item had is not counted as "0 …" (QA 57
    F8); nothing without a checklist."""
    if not items:
        return ""
    pending = items - conform - nonconform - recommend
    counts = [(conform, "phù hợp"), (nonconform, "không phù hợp"), (recommend, "khuyến nghị"),
              (pending, "nội dung chưa đánh giá")]
    said = [(n, what) for n, what in counts if n > 0]
    if len(said) == 1:
        return f"Danh mục đánh giá có {items} nội dung, cả {items} {said[0][1]}. "
    return f"Danh mục đánh giá có {items} nội dung: " + ", ".join(f"{n} {what}" for n, what in said) + ". "


def _findings_sentence(nonconformities: int, recommendations: int) -> str:
    parts = [f"{n} {what}" for n, what in ((nonconformities, "điểm không phù hợp"), (recommendations, "khuyến nghị"))
             if n]
    if not parts:
        return "Đoàn đánh giá không ghi nhận điểm không phù hợp hay khuyến nghị nào."
    missing = "" if len(parts) == 2 else (", không có khuyến nghị" if nonconformities else
                                          ", không có điểm không phù hợp")
    return f"Đoàn đánh giá ghi nhận {' và '.join(parts)}{missing}, chi tiết như sau:"


def audit_report_pdf(d: AuditData) -> bytes:
    """Báo cáo đánh giá nội bộ: an internal record of the audit team for the chairman (ISO 9001 §9.2.2,
    the framework model's audit report form), not an outgoing document of the People's Committee: the
    issuer is the audit team under the committee, it has no number from the register of outgoing
    documents and no "Kính gửi"; the lead auditor signs, the chairman (or his deputy) approves."""
    st = Styles()
    team_header = Header(W.AUDIT_TEAM, d.agency.full_name, "", date_line(d.agency, d.end or d.start))
    story: list[Flowable] = [header_block(team_header, st)]
    story += title_block(W.AUDIT_REPORT_TYPE, audit_summary(W.AUDIT_REPORT_SUMMARY, d.title), st)
    lead = next((m.name for m in d.team if m.role == "Trưởng đoàn"), "")
    held = W.date_vn(d.start) + (f" đến {W.date_vn(d.end)}" if d.end and d.end != d.start else "")
    conform, nonconform, recommend = d.checklist_counts
    nc_findings = sum(1 for f in d.findings if f.kind == "nonconform")
    rec_findings = sum(1 for f in d.findings if f.kind == "recommend")
    story += [para("1. Thông tin chung", st.item),
              labelled(W.AUDIT_REPORT_FOR, W.AUDIT_REPORT_READER.format(agency=W.unit_phrase(d.agency.short_name)), st,
                       style=st.body),
              labelled("Thời gian đánh giá", held or "......", st, style=st.body),
              labelled("Phạm vi", d.scope or "—", st, style=st.body),
              labelled("Bộ phận được đánh giá", ", ".join(d.units) or "—", st, style=st.body),
              labelled("Chuẩn mực", d.criteria, st, style=st.body),
              labelled("Đoàn đánh giá", ", ".join(f"{m.name} ({m.role.lower()})" for m in d.team) or "—", st,
                       style=st.body),
              para("2. Kết quả đánh giá", st.item),
              para(_checklist_sentence(len(d.schedule), conform, nonconform, recommend)
                   + _findings_sentence(nc_findings, rec_findings), st.body)]
    rows = [(i, f.unit, f.clause, f.description,
             W.FINDING_KIND.get(f.kind, f.kind) + (f" ({W.SEVERITY[f.severity].lower()})" if f.severity else ""),
             f.nc_number) for i, f in enumerate(d.findings, 1)]
    story.append(grid_table(("STT", "Bộ phận", "Điều khoản", "Nội dung phát hiện", "Phân loại", "Số SKPH"),
                            rows or [("", "", "", "Không có phát hiện.", "", "")], (0.5, 1.4, 0.9, 3.4, 1.4, 0.9), st,
                            aligns=("right", "left", "center", "left", "left", "center")))
    approval = (f"Phê duyệt ngày {W.date_vn(d.approved_date)}" if d.approved_date else "")
    block = [para("3. Kết luận", st.item), para(d.summary or "......", st.body), Spacer(1, 6),
             two_signatures(W.AUDIT_SIGNERS[0], lead, W.AUDIT_SIGNERS[1], d.approved_by or d.agency.head_name, st)]
    if approval:  # under the approver's column, not across both signers (QA 60 F15)
        block += [Spacer(1, 4), side_by_side([], [para(approval, st.center_italic)])]
    story.append(KeepTogether(block))
    return build_pdf(story, title=f"{W.AUDIT_REPORT_TYPE} {d.title}", subject=W.AUDIT_REPORT_SUMMARY,
                     author=W.unit_phrase(d.agency.short_name), record_ref=record_ref("audit_report", d.audit_id))
