"""Plain data of the other printed documents (built by ``services.reports.documents``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from qms_desktop.domain.steps import Step
from qms_desktop.reports.report_data import AgencyInfo


@dataclass(frozen=True)
class ScopeItem:
    code: str
    name: str
    field: str


@dataclass(frozen=True)
class DecisionData:
    """Announcement decision (Quyết định công bố HTQLCL) with its scope list."""

    agency: AgencyInfo
    announcement_id: int
    number: str  # "125/QĐ-UBND" as registered
    date: dt.date
    reannouncement: bool
    tthc: tuple[ScopeItem, ...]
    activities: tuple[str, ...]
    notice_recipient: str
    bases: tuple[str, ...] = ()  # "Căn cứ …" lines: the document's own, or chosen by its date
    notice_date: dt.date | None = None  # the day its written notice was sent (None: not yet, a blank date)


@dataclass(frozen=True)
class OutputLine:
    kind: str
    description: str
    owner: str
    due: dt.date | None
    done: dt.date | None


@dataclass(frozen=True)
class MinutesData:
    """Management-review minutes (Biên bản họp xem xét của lãnh đạo, Decree 30 Mẫu 1.9)."""

    agency: AgencyInfo
    review_id: int
    date: dt.date
    time: str
    place: str
    chair: str
    secretary: str
    attendees: str
    inputs: tuple[tuple[str, str], ...]  # (key a…f, text) in the order of §9.3.2
    conclusion: str
    outputs: tuple[OutputLine, ...]
    effective: bool | None = None  # the chair's conclusion on the QMS's effectiveness (None: not stated)


@dataclass(frozen=True)
class ActionLine:
    description: str
    owner: str
    due: dt.date | None
    done: dt.date | None
    result: str


@dataclass(frozen=True)
class CarData:
    """Corrective-action request (Phiếu yêu cầu hành động khắc phục) of one nonconformity."""

    agency: AgencyInfo
    nc_id: int
    number: str
    source: str
    origin: str  # the audit or inspection it came from, or ""
    clause: str
    procedure: str
    unit: str
    severity: str
    detected: dt.date
    due: dt.date | None
    description: str
    immediate_correction: str
    root_cause: str
    actions: tuple[ActionLine, ...]
    verified_by: str
    verified_date: dt.date | None
    effective: bool | None
    verification_note: str
    status: str
    closed: dt.date | None
    cancelled_reason: str | None
    requested_by: str = ""  # who signs as "Người đề nghị": the audit's lead auditor for an NC an audit found


@dataclass(frozen=True)
class TeamMember:
    name: str
    title: str
    role: str  # "Trưởng đoàn" / "Thành viên"


@dataclass(frozen=True)
class ScheduleLine:
    date: dt.date | None
    unit: str
    clause: str
    procedure: str
    question: str
    auditor: str


@dataclass(frozen=True)
class FindingLine:
    unit: str
    clause: str
    description: str
    kind: str
    severity: str | None
    nc_number: str


@dataclass(frozen=True)
class AuditData:
    """An internal audit: its plan and, once held, its report."""

    agency: AgencyInfo
    audit_id: int
    title: str
    purpose: str
    scope: str
    criteria: str
    units: tuple[str, ...]
    planned_date: dt.date
    start: dt.date | None
    end: dt.date | None
    team: tuple[TeamMember, ...]
    schedule: tuple[ScheduleLine, ...]
    findings: tuple[FindingLine, ...]
    checklist_counts: tuple[int, int, int]  # conform, nonconform, recommend
    summary: str
    approved_by: str
    approved_date: dt.date | None
    status: str


@dataclass(frozen=True)
class SignOff:
    name: str
    title: str
    date: dt.date | None


@dataclass(frozen=True)
class VersionLine:
    number: int
    issue_date: dt.date | None
    effective_date: dt.date | None
    end_date: dt.date | None
    status: str
    change_summary: str


@dataclass(frozen=True)
class AmendmentLine:
    version: int
    date: dt.date | None
    item: str
    legal_basis: str


@dataclass(frozen=True)
class ProcedureData:
    """A procedure's current version: cover page, amendment table, steps and flowchart."""

    agency: AgencyInfo
    procedure_id: int
    code: str
    title: str
    kind: str
    field: str
    status: str
    version: int | None
    issue_date: dt.date | None
    effective_date: dt.date | None
    drafted: SignOff
    reviewed: SignOff
    approved: SignOff
    versions: tuple[VersionLine, ...]
    amendments: tuple[AmendmentLine, ...]
    tthc: tuple[tuple[str, str, str], ...]  # (code, name, legal time limit as published)
    steps: tuple[Step, ...]
    total_days: float
    limit_days: float | None
    fits: bool | None
    version_status: str = "effective"  # the printed version's status: a draft prints "DỰ THẢO"

    @property
    def draft(self) -> bool:
        return self.version_status == "draft"
