"""The periodic report (báo cáo định kỳ) and the other printed documents.

Public entry points, re-exported here:
- lifecycle: ``create_report``, ``update_report``, ``preflight`` (the checks before signing, see
  ``finalize_checks.py``), ``finalize_report``, ``mark_sent``,
  ``correct_report``, ``list_reports``, ``get_report``, ``report_data``, ``propose_number``;
- export: ``export_report`` (signed package on a USB stick), ``preview_pdf``, ``key_fingerprint``;
- schedule: ``due_reports`` (dashboard), ``report_due_now`` (the New report dialog's default);
- documents: ``document_pdf`` (announcement decision, minutes, CAR, audit plan/report,
  procedure cover page, TTHC steps and flowchart).
"""

from qms_desktop.services.reports.export import (
    ExportResult, export_history, export_report, key_fingerprint, preview_pdf,
)
from qms_desktop.services.reports.lifecycle import (
    STATEMENT_KEYS, ReportDetail, ReportRow, correct_report, create_report, finalize_report, get_report, list_reports,
    mark_sent, preflight, propose_number, report_data, snapshot_bytes, update_report,
)
from qms_desktop.services.reports.finalize_checks import Finding, Preflight, PreflightRefused
from qms_desktop.services.reports.schedule import DueReport, due_reports, report_due_now

__all__ = [
    "DueReport", "ExportResult", "Finding", "Preflight", "PreflightRefused", "ReportDetail", "ReportRow",
    "STATEMENT_KEYS", "correct_report", "create_report", "due_reports", "export_history", "export_report",
    "finalize_report", "get_report", "key_fingerprint", "list_reports", "mark_sent", "preflight", "preview_pdf",
    "propose_number", "report_data", "report_due_now", "snapshot_bytes", "update_report",
]
