"""Codes of kinds and statuses, with their screen labels (translated where shown)."""

from __future__ import annotations

from enum import StrEnum

from qms_desktop.i18n import QT_TRANSLATE_NOOP


class AgencyKind(StrEnum):
    COMMUNE = "xa"
    WARD = "phuong"
    SPECIAL_ZONE = "dac-khu"


class Role(StrEnum):
    SECRETARY = "secretary"  # thư ký ISO
    LEADER = "leader"  # lãnh đạo: approves, finalises reports
    AUDITOR = "auditor"
    VIEWER = "viewer"


# A TTHC registered before it has a national code is numbered TAM-0001, TAM-0002… in its commune's register: a
# commune's own numbering, never a national code (two communes' TAM-0001 are different TTHC).
TEMP_PREFIX = "TAM-"


class ProcedureKind(StrEnum):
    SYSTEM = "system"
    TTHC = "tthc"
    INTERNAL = "internal"


class ProcedureStatus(StrEnum):
    DRAFT = "draft"  # Dự thảo
    EFFECTIVE = "effective"  # Hiệu lực
    OBSOLETE = "obsolete"  # Hết hiệu lực
    CANCELLED = "cancelled"


class AuditStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class ChecklistResult(StrEnum):
    CONFORM = "conform"  # Phù hợp
    NONCONFORM = "nonconform"  # Không phù hợp
    RECOMMEND = "recommend"  # Khuyến nghị


class NcSource(StrEnum):
    INTERNAL_AUDIT = "internal_audit"
    EXTERNAL_INSPECTION = "external_inspection"
    COMPLAINT = "complaint"
    OTHER = "other"


class Severity(StrEnum):
    MAJOR = "major"  # nặng
    MINOR = "minor"  # nhẹ
    OBSERVATION = "observation"


class NcStatus(StrEnum):
    OPEN = "open"  # Mở
    IN_PROGRESS = "in_progress"  # Đang khắc phục
    AWAITING_VERIFICATION = "awaiting_verification"  # Chờ xác nhận
    CLOSED = "closed"  # Đã đóng
    CANCELLED = "cancelled"  # Hủy


class ReportStatus(StrEnum):
    DRAFT = "draft"  # Nháp
    FINAL = "final"  # Đã chốt
    SENT = "sent"  # Đã gửi


class ReviewOutputKind(StrEnum):
    IMPROVEMENT = "improvement"
    CHANGE = "change"
    RESOURCES = "resources"


class RiskKind(StrEnum):
    RISK = "risk"
    OPPORTUNITY = "opportunity"


class ImprovementSource(StrEnum):
    AUDIT = "audit"
    REVIEW = "review"
    COMPLAINT = "complaint"
    IDEA = "idea"


# Labels shown on screen; translated with context "Labels".
LABELS: dict[str, str] = {
    "xa": QT_TRANSLATE_NOOP("Labels", "Commune"),
    "phuong": QT_TRANSLATE_NOOP("Labels", "Ward"),
    "dac-khu": QT_TRANSLATE_NOOP("Labels", "Special zone"),
    "secretary": QT_TRANSLATE_NOOP("Labels", "ISO secretary"),
    "leader": QT_TRANSLATE_NOOP("Labels", "Leader"),
    "auditor": QT_TRANSLATE_NOOP("Labels", "Internal auditor"),
    "viewer": QT_TRANSLATE_NOOP("Labels", "Viewer"),
    "system": QT_TRANSLATE_NOOP("Labels", "System procedure"),
    "tthc": QT_TRANSLATE_NOOP("Labels", "Administrative procedure"),
    "internal": QT_TRANSLATE_NOOP("Labels", "Internal work"),
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "effective": QT_TRANSLATE_NOOP("Labels", "Effective"),
    "obsolete": QT_TRANSLATE_NOOP("Labels", "Obsolete"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "conform": QT_TRANSLATE_NOOP("Labels", "Conforming"),
    "nonconform": QT_TRANSLATE_NOOP("Labels", "Nonconforming"),
    "recommend": QT_TRANSLATE_NOOP("Labels", "Recommendation"),
    "internal_audit": QT_TRANSLATE_NOOP("Labels", "Internal audit"),
    "external_inspection": QT_TRANSLATE_NOOP("Labels", "External inspection"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "Citizen complaint"),
    "feedback": QT_TRANSLATE_NOOP("Labels", "Feedback"),
    "petition": QT_TRANSLATE_NOOP("Labels", "Petition"),
    "direct": QT_TRANSLATE_NOOP("Labels", "In person"),
    "hotline": QT_TRANSLATE_NOOP("Labels", "Hotline"),
    "portal": QT_TRANSLATE_NOOP("Labels", "Public service portal"),
    "mail": QT_TRANSLATE_NOOP("Labels", "Letter"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    "major": QT_TRANSLATE_NOOP("Labels", "Major"),
    "minor": QT_TRANSLATE_NOOP("Labels", "Minor"),
    "observation": QT_TRANSLATE_NOOP("Labels", "Observation"),
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "Being corrected"),
    "awaiting_verification": QT_TRANSLATE_NOOP("Labels", "Awaiting verification"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "final": QT_TRANSLATE_NOOP("Labels", "Finalised"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "improvement": QT_TRANSLATE_NOOP("Labels", "Improvement"),
    "change": QT_TRANSLATE_NOOP("Labels", "Change"),
    "resources": QT_TRANSLATE_NOOP("Labels", "Resources"),
    "risk": QT_TRANSLATE_NOOP("Labels", "Risk"),
    "opportunity": QT_TRANSLATE_NOOP("Labels", "Opportunity"),
    "audit": QT_TRANSLATE_NOOP("Labels", "Audit"),
    "review": QT_TRANSLATE_NOOP("Labels", "Management review"),
    "idea": QT_TRANSLATE_NOOP("Labels", "Staff idea"),
    "training": QT_TRANSLATE_NOOP("Labels", "Training"),
    "dissemination": QT_TRANSLATE_NOOP("Labels", "Dissemination"),
    ">=": QT_TRANSLATE_NOOP("Labels", "at least"),
    "<=": QT_TRANSLATE_NOOP("Labels", "at most"),
}


def label(code: str | None) -> str:
    """English source label of a code (translate with context "Labels")."""
    return LABELS.get(code or "", code or "")


# A report's statuses read differently from a procedure's ("Nháp", not "Dự thảo"): own context.
REPORT_STATUS_LABELS: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("ReportStatus", "Draft"),
    "final": QT_TRANSLATE_NOOP("ReportStatus", "Finalised"),
    "sent": QT_TRANSLATE_NOOP("ReportStatus", "Sent"),
}
