"""A corrected report says what it changes "so với báo cáo trước", on the PDF and in the workbook: the version
it replaces may have been finalised and never sent, so "so với báo cáo đã gửi" was not true (QA F13)."""

from __future__ import annotations

import io
import re

import openpyxl
from report_helpers import finalize, flat, pdftotext

from qms_desktop.reports.xlsx import report_xlsx
from qms_desktop.services import reports


def test_a_correction_of_a_report_never_sent_does_not_say_it_was_sent(commune, tmp_path):
    first = reports.create_report(commune.secretary, period="2026-H1")
    finalize(commune, first.id, date="18/06/2026")  # finalised, never marked as sent
    second = reports.correct_report(commune.secretary, first.id)
    reports.update_report(commune.secretary, second.id, plans="Đánh giá nội bộ đợt 2.")
    finalize(commune, second.id, date="22/06/2026")
    pdf = tmp_path / "v2.pdf"
    pdf.write_bytes(reports.preview_pdf(commune.leader, second.id, fingerprint=""))
    text = re.sub(r"\s+", " ", flat(pdftotext(pdf)))
    assert "Báo cáo này thay thế Báo cáo số 01/BC-UBND ngày 18/06/2026." in text
    assert "Những nội dung thay đổi so với báo cáo trước:" in text and "đã gửi" not in text
    book = openpyxl.load_workbook(io.BytesIO(report_xlsx(reports.report_data(commune.leader, second.id))))
    notes = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and "Báo cáo này thay thế" in c.value]
    assert notes and all("so với báo cáo trước:" in n and "đã gửi" not in n for n in notes)


def test_the_corrected_draft_already_says_what_it_replaces(commune, tmp_path):
    """QA 10: the PDF of a corrected draft (before it is finalised, what the leader reads to decide) had no
    "Báo cáo này thay thế …" line; only the finalised one had."""
    first = reports.create_report(commune.secretary, period="2026-H1")
    finalize(commune, first.id, date="18/06/2026")
    second = reports.correct_report(commune.secretary, first.id)
    reports.update_report(commune.secretary, second.id, plans="Đánh giá nội bộ đợt 2.")
    pdf = tmp_path / "v2-draft.pdf"
    pdf.write_bytes(reports.preview_pdf(commune.leader, second.id))
    text = re.sub(r"\s+", " ", flat(pdftotext(pdf)))
    assert "DỰ THẢO" in text
    assert "Báo cáo này thay thế Báo cáo số 01/BC-UBND ngày 18/06/2026." in text
    assert "Những nội dung thay đổi so với báo cáo trước:" in text
