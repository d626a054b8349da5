"""Mapped tables for every record of the QMS (the kinds: domain/kinds.py; their fields: domain/schema.py).

Conventions: every record carries created/updated by and at (filled by ``storage.events``);
controlled records are never deleted — they carry ``cancelled_reason``/``cancelled_at``;
tables with ``search_key`` get it refreshed from ``__search__`` on every flush (folded text,
indexed) so that "thu tuc" finds "Thủ tục".
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import false as sa_false
from sqlalchemy import (
    Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Table,
    Text, TypeDecorator, UniqueConstraint, cast,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Audited:
    """created/updated by and at, set by the storage events from the session's actor."""

    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="")


class Cancellable:
    cancelled_at: Mapped[dt.date | None] = mapped_column(Date)
    cancelled_reason: Mapped[str | None] = mapped_column(Text)


# ---------------------------------------------------------------- agency, settings, people

class Agency(Audited, Base):
    """Agency profile (Thông tin cơ quan). A single row, id 1."""

    __tablename__ = "agency"
    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(16), default="xa")
    province: Mapped[str] = mapped_column(String(200), default="")
    parent_body: Mapped[str] = mapped_column(String(300), default="")  # e.g. "UBND tỉnh Lâm Đồng"
    recipient: Mapped[str] = mapped_column(String(300), default="")  # Kính gửi: …
    head_name: Mapped[str] = mapped_column(String(200), default="")
    head_title: Mapped[str] = mapped_column(String(200), default="Chủ tịch")
    iso_rep_name: Mapped[str] = mapped_column(String(200), default="")
    iso_rep_title: Mapped[str] = mapped_column(String(200), default="")
    doc_symbol: Mapped[str] = mapped_column(String(50), default="BC-UBND")
    place_name: Mapped[str] = mapped_column(String(200), default="")
    # The unit code the province gave the commune (sent in the package manifest as agency.code).
    code: Mapped[str] = mapped_column(String(50), default="", server_default="")
    # "commune": the commune's own records; "office": a receiving office (inbox of communes' packages).
    mode: Mapped[str] = mapped_column(String(16), default="commune", server_default="commune")


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Unit(Audited, Cancellable, Base):
    """Unit (Bộ phận)."""

    __tablename__ = "unit"
    __search__ = ("name",)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)


class Staff(Audited, Cancellable, Base):
    """Staff member (Cán bộ, công chức); ISO steering committee and auditors are marked here."""

    __tablename__ = "staff"
    __search__ = ("full_name", "title")
    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    is_steering: Mapped[bool] = mapped_column(Boolean, default=False)
    is_auditor: Mapped[bool] = mapped_column(Boolean, default=False)
    auditor_certificate: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)
    unit: Mapped[Unit | None] = relationship()


class User(Audited, Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(300))
    recovery_hash: Mapped[str] = mapped_column(String(300), default="")
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class ChangeLog(Base):
    """Change history (Nhật ký thay đổi), each entry chained to the previous by SHA-256."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_at", "at"), Index("ix_change_log_record", "entity", "entity_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))  # create / update / cancel
    entity: Mapped[str] = mapped_column(String(64), index=True)
    entity_id: Mapped[str] = mapped_column(String(64), index=True)
    old_values: Mapped[str] = mapped_column(Text, default="{}")
    new_values: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # The row's state after the change (storage/rowstate.py): {"h": SHA-256 of every column,
    # "d": short digests of the columns that changed}; NULL in entries written before it existed.
    state: Mapped[str | None] = mapped_column(Text)


class FileContent(TypeDecorator):
    """File bytes read as a BLOB whatever their stored type: a value edited with sqlite3 (where '||' makes
    TEXT) reads as its bytes, so the SHA-256 check names it, never the driver's 'Could not decode to UTF-8'."""

    impl = LargeBinary
    cache_ok = True

    def column_expression(self, column):
        return cast(column, LargeBinary)


class StoredFile(Base):
    """Content-addressed file content (SHA-256), kept inside the database."""

    __tablename__ = "stored_file"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(FileContent)


class Attachment(Audited, Cancellable, Base):
    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_kind", "owner_id"), Index("ix_attachment_sha256", "sha256"))
    id: Mapped[int] = mapped_column(primary_key=True)
    owner_kind: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_file.sha256"))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)


class DocumentNumber(Audited, Base):
    """The office's register of outgoing documents, as far as this application uses it."""

    __tablename__ = "document_number"
    __table_args__ = (UniqueConstraint("year", "symbol", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    symbol: Mapped[str] = mapped_column(String(50))
    number: Mapped[int] = mapped_column(Integer)
    used_for: Mapped[str] = mapped_column(String(64))  # "report:5"


# ---------------------------------------------------------------- TTHC and procedures

class Tthc(Audited, Cancellable, Base):
    """Administrative procedure (Thủ tục hành chính)."""

    __tablename__ = "tthc"
    __search__ = ("code", "provincial_code", "name", "field")
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(Text)
    field: Mapped[str] = mapped_column(String(200), default="")
    time_limit: Mapped[str] = mapped_column(String(200), default="")
    time_limit_days: Mapped[float | None] = mapped_column(Float)
    working_days: Mapped[bool] = mapped_column(Boolean, default=True)
    in_scope: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)
    # The province's suffix of a long code (1.001193.000.00.00.H56 → 000.00.00.H56), searchable.
    provincial_code: Mapped[str] = mapped_column(Text, default="", server_default="")
    # A code given on import to a procedure that has no national code yet; the user replaces it.
    temporary_code: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    fee: Mapped[str] = mapped_column(Text, default="", server_default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="", server_default="")
    agency: Mapped[str] = mapped_column(Text, default="", server_default="")  # Cơ quan thực hiện
    dvc_level: Mapped[str] = mapped_column(Text, default="", server_default="")  # Mức độ DVC
    # active / abolished / replaced (by ``successor_code``), by the decision numbered and dated so.
    status: Mapped[str] = mapped_column(String(16), default="active", server_default="active")
    status_decision: Mapped[str] = mapped_column(Text, default="", server_default="")
    status_date: Mapped[dt.date | None] = mapped_column(Date)
    successor_code: Mapped[str] = mapped_column(Text, default="", server_default="")


def link_table(name: str, left: str, right: str) -> Table:
    """A many-to-many link between two tables: ``<left>_id`` and ``<right>_id``, together its primary key."""
    return Table(name, Base.metadata,
                 Column(f"{left}_id", ForeignKey(f"{left}.id"), primary_key=True),
                 Column(f"{right}_id", ForeignKey(f"{right}.id"), primary_key=True))


procedure_tthc = link_table("procedure_tthc", "procedure", "tthc")


class Procedure(Audited, Cancellable, Base):
    """Procedure (Quy trình)."""

    __tablename__ = "procedure"
    __search__ = ("code", "title", "field", "former_code")
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    # The code it had in a former commune when a merge renumbered it (an alias, found by search).
    former_code: Mapped[str | None] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="tthc")
    field: Mapped[str] = mapped_column(String(200), default="")
    owner_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    owner_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)
    tthc: Mapped[list[Tthc]] = relationship(secondary=procedure_tthc)
    versions: Mapped[list["ProcedureVersion"]] = relationship(
        back_populates="procedure", order_by="ProcedureVersion.number"
    )


class ProcedureVersion(Audited, Base):
    """Version / issue (Lần ban hành) with its Soạn thảo / Xem xét / Phê duyệt block."""

    __tablename__ = "procedure_version"
    __table_args__ = (UniqueConstraint("procedure_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id"))
    number: Mapped[int] = mapped_column(Integer)
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    effective_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)  # Hết hiệu lực from
    status: Mapped[str] = mapped_column(String(16), default="draft")
    drafted_by: Mapped[str] = mapped_column(String(200), default="")
    drafted_title: Mapped[str] = mapped_column(String(200), default="")
    drafted_date: Mapped[dt.date | None] = mapped_column(Date)
    reviewed_by: Mapped[str] = mapped_column(String(200), default="")
    reviewed_title: Mapped[str] = mapped_column(String(200), default="")
    reviewed_date: Mapped[dt.date | None] = mapped_column(Date)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_title: Mapped[str] = mapped_column(String(200), default="")
    approved_date: Mapped[dt.date | None] = mapped_column(Date)
    change_summary: Mapped[str] = mapped_column(Text, default="")
    procedure: Mapped[Procedure] = relationship(back_populates="versions")
    steps: Mapped[list["ProcedureStep"]] = relationship(order_by="ProcedureStep.step_no")


class ProcedureStep(Audited, Base):
    """Step (Trình tự thực hiện) of a TTHC procedure's version."""

    __tablename__ = "procedure_step"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("procedure_version.id"))
    step_no: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    duration: Mapped[float] = mapped_column(Float, default=0)
    duration_unit: Mapped[str] = mapped_column(String(8), default="days")  # days / hours
    result: Mapped[str] = mapped_column(Text, default="")


class Amendment(Audited, Base):
    """Amendment log line (Theo dõi sửa đổi)."""

    __tablename__ = "amendment"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id"))
    version_number: Mapped[int] = mapped_column(Integer)
    item: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date | None] = mapped_column(Date)


class LegalDocument(Audited, Cancellable, Base):
    """Legal basis of a procedure; a change must be built in within 3 months (QĐ 19 Art. 4.4a)."""

    __tablename__ = "legal_document"
    __search__ = ("number", "title")
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id"))
    number: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(Text)
    issued_date: Mapped[dt.date | None] = mapped_column(Date)
    effective_date: Mapped[dt.date | None] = mapped_column(Date)
    incorporated_date: Mapped[dt.date | None] = mapped_column(Date)
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)


announcement_tthc = link_table("announcement_tthc", "announcement", "tthc")


class Announcement(Audited, Cancellable, Base):
    """Announcement of the QMS (Công bố HTQLCL)."""

    __tablename__ = "announcement"
    __search__ = ("decision_number", "activities")
    id: Mapped[int] = mapped_column(primary_key=True)
    decision_number: Mapped[str] = mapped_column(String(100))
    decision_date: Mapped[dt.date] = mapped_column(Date)
    activities: Mapped[str] = mapped_column(Text, default="")  # scope beyond TTHC
    notice_sent_date: Mapped[dt.date | None] = mapped_column(Date)
    notice_recipient: Mapped[str] = mapped_column(String(300), default="")
    posted_date: Mapped[dt.date | None] = mapped_column(Date)
    website_posted_date: Mapped[dt.date | None] = mapped_column(Date)  # posted on the agency's website
    is_reannouncement: Mapped[bool] = mapped_column(Boolean, default=False)
    # The decision's "Căn cứ …" lines, one per line; None: chosen by the decision's date (legal_bases.json).
    legal_bases: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)
    tthc: Mapped[list[Tthc]] = relationship(secondary=announcement_tthc)


# ---------------------------------------------------------------- policy and objectives

class QualityPolicy(Audited, Base):
    __tablename__ = "quality_policy"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    text: Mapped[str] = mapped_column(Text)
    approved_date: Mapped[dt.date | None] = mapped_column(Date)


class Objective(Audited, Cancellable, Base):
    """Quality objective (Mục tiêu chất lượng)."""

    __tablename__ = "objective"
    __search__ = ("text", "measure")
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    text: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[float] = mapped_column(Float)
    comparison: Mapped[str] = mapped_column(String(2), default=">=")  # >= or <=
    unit: Mapped[str] = mapped_column(String(20), default="%")
    owner_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)
    results: Mapped[list["ObjectiveResult"]] = relationship(order_by="ObjectiveResult.period")


class ObjectiveResult(Audited, Base):
    __tablename__ = "objective_result"
    __table_args__ = (UniqueConstraint("objective_id", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("objective.id"))
    period: Mapped[str] = mapped_column(String(10))  # 2026-H1 / 2026
    value: Mapped[float] = mapped_column(Float)
    achieved: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")


# ---------------------------------------------------------------- internal audit

class AuditProgramme(Audited, Base):
    """Yearly internal audit programme."""

    __tablename__ = "audit_programme"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    objectives: Mapped[str] = mapped_column(Text, default="")
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_date: Mapped[dt.date | None] = mapped_column(Date)


audit_member = link_table("audit_member", "audit", "staff")
audit_unit = link_table("audit_unit", "audit", "unit")


class Audit(Audited, Cancellable, Base):
    """Internal audit (Đánh giá nội bộ) with its plan, report and approval."""

    __tablename__ = "audit"
    __search__ = ("title", "scope")
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("audit_programme.id"))
    title: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(Text, default="")
    scope: Mapped[str] = mapped_column(Text, default="")
    criteria: Mapped[str] = mapped_column(Text, default="TCVN ISO 9001:2015")
    lead_auditor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    planned_date: Mapped[dt.date] = mapped_column(Date)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    report_summary: Mapped[str] = mapped_column(Text, default="")
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_date: Mapped[dt.date | None] = mapped_column(Date)
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)
    members: Mapped[list[Staff]] = relationship(secondary=audit_member)
    units: Mapped[list[Unit]] = relationship(secondary=audit_unit)
    checklist: Mapped[list["ChecklistItem"]] = relationship(order_by="ChecklistItem.id")
    findings: Mapped[list["Finding"]] = relationship(order_by="Finding.id")


class ChecklistItem(Audited, Base):
    __tablename__ = "checklist_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    auditor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    clause: Mapped[str] = mapped_column(String(100), default="")
    procedure_id: Mapped[int | None] = mapped_column(ForeignKey("procedure.id"))
    question: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str | None] = mapped_column(String(16))


class Finding(Audited, Base):
    __tablename__ = "finding"
    __search__ = ("clause", "description")
    id: Mapped[int] = mapped_column(primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit.id"))
    checklist_item_id: Mapped[int | None] = mapped_column(ForeignKey("checklist_item.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    kind: Mapped[str] = mapped_column(String(16))  # nonconform / recommend / conform
    severity: Mapped[str | None] = mapped_column(String(16))
    clause: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)


# ---------------------------------------------------------------- nonconformity

class ExternalInspection(Audited, Cancellable, Base):
    """Inspection by a higher body (Kiểm tra của cơ quan cấp trên)."""

    __tablename__ = "external_inspection"
    __search__ = ("body", "record_number", "findings")
    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    body: Mapped[str] = mapped_column(String(300))
    record_number: Mapped[str] = mapped_column(String(100), default="")
    signed_date: Mapped[dt.date | None] = mapped_column(Date)
    findings: Mapped[str] = mapped_column(Text, default="")
    report_sent_date: Mapped[dt.date | None] = mapped_column(Date)
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)


class Nonconformity(Audited, Cancellable, Base):
    """Nonconformity (Sự không phù hợp), numbered gaplessly per year."""

    __tablename__ = "nonconformity"
    __table_args__ = (UniqueConstraint("year", "seq"), Index("ix_nonconformity_status", "status"))
    __search__ = ("number", "clause", "description", "former_number")
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # "03/2026"
    # Its number in a former commune's register, kept as a reference when a merge gave it a new one.
    former_number: Mapped[str | None] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(24))
    audit_id: Mapped[int | None] = mapped_column(ForeignKey("audit.id"))
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("finding.id"))
    inspection_id: Mapped[int | None] = mapped_column(ForeignKey("external_inspection.id"))
    clause: Mapped[str] = mapped_column(String(100), default="")
    procedure_id: Mapped[int | None] = mapped_column(ForeignKey("procedure.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    description: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(16), default="minor")
    detected_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    immediate_correction: Mapped[str] = mapped_column(Text, default="")
    root_cause: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(24), default="open")
    verified_by: Mapped[str] = mapped_column(String(200), default="")
    verified_date: Mapped[dt.date | None] = mapped_column(Date)
    verification_effective: Mapped[bool | None] = mapped_column(Boolean)
    verification_note: Mapped[str] = mapped_column(Text, default="")
    closed_date: Mapped[dt.date | None] = mapped_column(Date)
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)
    actions: Mapped[list["CorrectiveAction"]] = relationship(order_by="CorrectiveAction.id")


class CorrectiveAction(Audited, Cancellable, Base):
    """Corrective action (Hành động khắc phục)."""

    __tablename__ = "corrective_action"
    id: Mapped[int] = mapped_column(primary_key=True)
    nc_id: Mapped[int] = mapped_column(ForeignKey("nonconformity.id"))
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    owner_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    done_date: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(Text, default="")


# ---------------------------------------------------------------- management review

class ManagementReview(Audited, Cancellable, Base):
    """Management review (Xem xét của lãnh đạo), ISO 9001:2015 §9.3."""

    __tablename__ = "management_review"
    __search__ = ("place", "chair", "conclusion")
    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    time: Mapped[str] = mapped_column(String(10), default="08:00")
    place: Mapped[str] = mapped_column(String(300), default="")
    chair: Mapped[str] = mapped_column(String(200), default="")
    secretary: Mapped[str] = mapped_column(String(200), default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    # The chair's recorded conclusion on the QMS's effectiveness (QĐ 19 Art. 4.2d): None = not stated.
    effective: Mapped[bool | None] = mapped_column(Boolean)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)
    inputs: Mapped[list["ReviewInput"]] = relationship(order_by="ReviewInput.key")
    outputs: Mapped[list["ReviewOutput"]] = relationship(order_by="ReviewOutput.id")


class ReviewInput(Audited, Base):
    """One §9.3.2 input (a–f) of a review."""

    __tablename__ = "review_input"
    __table_args__ = (UniqueConstraint("review_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("management_review.id"))
    key: Mapped[str] = mapped_column(String(4))  # a, b, c1…c7, d, e, f
    content: Mapped[str] = mapped_column(Text, default="")


class ReviewOutput(Audited, Cancellable, Base):
    """A §9.3.3 output, tracked as an action."""

    __tablename__ = "review_output"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("management_review.id"))
    kind: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    done_date: Mapped[dt.date | None] = mapped_column(Date)


# ---------------------------------------------------------------- other records

class Training(Audited, Cancellable, Base):
    """Training and dissemination (Đào tạo, phổ biến)."""

    __tablename__ = "training"
    __search__ = ("content", "trainer")
    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16), default="dissemination")  # training / dissemination
    trainer: Mapped[str] = mapped_column(String(200), default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    attendee_count: Mapped[int] = mapped_column(Integer, default=0)
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)


class Risk(Audited, Cancellable, Base):
    """Risk or opportunity (Rủi ro và cơ hội, §6.1)."""

    __tablename__ = "risk"
    __search__ = ("description", "process", "action")
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="risk")
    description: Mapped[str] = mapped_column(Text)
    process: Mapped[str] = mapped_column(String(300), default="")
    likelihood: Mapped[int] = mapped_column(Integer, default=1)  # 1–5
    impact: Mapped[int] = mapped_column(Integer, default=1)  # 1–5
    action: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    review_date: Mapped[dt.date | None] = mapped_column(Date)
    effectiveness: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)


class Improvement(Audited, Cancellable, Base):
    """Improvement (Cải tiến)."""

    __tablename__ = "improvement"
    __search__ = ("description", "result")
    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16), default="idea")
    result: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)


class Petition(Audited, Cancellable, Base):
    """Citizen feedback or petition (Phản ánh, kiến nghị) about the settlement of TTHC (TT 26 Art. 36.1(e))."""

    __tablename__ = "petition"
    __search__ = ("number", "citizen", "summary", "result")
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(50), default="")  # in the commune's petition book
    received_date: Mapped[dt.date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(16), default="feedback")  # feedback / petition
    channel: Mapped[str] = mapped_column(String(16), default="direct")  # direct / hotline / portal / mail
    citizen: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    resolved_date: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)


class Survey(Audited, Cancellable, Base):
    """Citizen satisfaction survey (Khảo sát sự hài lòng, §9.1.2)."""

    __tablename__ = "survey"
    __search__ = ("period", "form")
    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(10))
    form: Mapped[str] = mapped_column(String(300), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    responses: Mapped[int] = mapped_column(Integer, default=0)
    results_json: Mapped[str] = mapped_column(Text, default="[]")  # [{"question":…, "satisfied":n}]
    satisfaction_rate: Mapped[float | None] = mapped_column(Float)
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)


class ServiceStat(Audited, Base):
    """Service statistics of one period: TTHC received, settled on time/late, pending, complaints."""

    __tablename__ = "service_stat"
    __table_args__ = (UniqueConstraint("period_start", "period_end"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    received: Mapped[int] = mapped_column(Integer, default=0)
    on_time: Mapped[int] = mapped_column(Integer, default=0)
    late: Mapped[int] = mapped_column(Integer, default=0)
    pending: Mapped[int] = mapped_column(Integer, default=0)
    feedback: Mapped[int] = mapped_column(Integer, default=0)
    complaints: Mapped[int] = mapped_column(Integer, default=0)
    complaints_resolved: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    field_rows: Mapped[list["ServiceStatField"]] = relationship(order_by="ServiceStatField.id")


class ServiceStatField(Audited, Base):
    """One field's (lĩnh vực) line of a statistics period, from the one-stop shop's monthly book."""

    __tablename__ = "service_stat_field"
    __table_args__ = (UniqueConstraint("stat_id", "field"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    stat_id: Mapped[int] = mapped_column(ForeignKey("service_stat.id"), index=True)
    field: Mapped[str] = mapped_column(String(200))
    received: Mapped[int] = mapped_column(Integer, default=0)
    on_time: Mapped[int] = mapped_column(Integer, default=0)
    late: Mapped[int] = mapped_column(Integer, default=0)
    pending: Mapped[int] = mapped_column(Integer, default=0)


class Report(Audited, Base):
    """Periodic report (Báo cáo): Nháp → Đã chốt → Đã gửi; a frozen snapshot once final."""

    __tablename__ = "report"
    __table_args__ = (UniqueConstraint("period", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(10))
    version: Mapped[int] = mapped_column(Integer, default=1)
    number: Mapped[int | None] = mapped_column(Integer)
    symbol: Mapped[str] = mapped_column(String(50), default="BC-UBND")
    date: Mapped[dt.date | None] = mapped_column(Date)
    recipient: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(8), default="draft")
    shortcomings: Mapped[str] = mapped_column(Text, default="")
    plans: Mapped[str] = mapped_column(Text, default="")
    proposals: Mapped[str] = mapped_column(Text, default="")
    snapshot_json: Mapped[str | None] = mapped_column(Text)
    finalized_by: Mapped[str] = mapped_column(String(64), default="")
    finalized_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sent_date: Mapped[dt.date | None] = mapped_column(Date)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("report.id"))
    changes_summary: Mapped[str] = mapped_column(Text, default="")
    data_as_of: Mapped[dt.date | None] = mapped_column(Date)  # "số liệu tính đến ngày …" (before the period ends)
    request_letter: Mapped[str] = mapped_column(Text, default="", server_default="")  # "Công văn số … của Sở …"
    statements_json: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")  # typed Part II text
    preflight_json: Mapped[str | None] = mapped_column(Text)  # findings acknowledged at finalising, by whom
    # The finalised report's PDF carrying its PAdES signature(s), in stored_file (issue 17).
    signed_pdf_sha256: Mapped[str | None] = mapped_column(String(64))


class ExportLog(Base):
    __tablename__ = "export_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("report.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    # The history chain's head printed on the export and the key that signed it (NULL before 10).
    chain_count: Mapped[int | None] = mapped_column(Integer)
    chain_hash: Mapped[str | None] = mapped_column(String(64))
    fingerprint: Mapped[str | None] = mapped_column(String(32))


class AgencyKey(Audited, Base):
    """The agency's Ed25519 signing key, kept in the database so a backup or a new PC keeps it.

    The active key is the newest row without ``retired_at``. A new key replaces it only through
    the logged "change key" action; ``previous_fingerprint`` then names the key it replaced.
    """

    __tablename__ = "agency_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(32))
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw 32 bytes
    private_pem: Mapped[str] = mapped_column(Text)  # never shown in the history (storage/events.py)
    origin: Mapped[str] = mapped_column(String(16), default="created")  # created / adopted / changed
    previous_fingerprint: Mapped[str] = mapped_column(String(32), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime)



# ---------------------------------------------------------------- merge of former communes (2025 reform)

class MergeSource(Audited, Base):
    """A former commune whose database was merged into this one (its predecessor).

    Created inside the merge's transaction, so the history chain records the merge with the source's
    chain head (``chain_count``/``chain_hash``) and the digest of everything that came across.
    """

    __tablename__ = "merge_source"
    id: Mapped[int] = mapped_column(primary_key=True)
    lineage: Mapped[str] = mapped_column(String(64), index=True)  # hash of the source's first history entry
    chain_count: Mapped[int] = mapped_column(Integer, default=0)
    chain_hash: Mapped[str] = mapped_column(String(64), default="")
    full_name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(200), default="")
    province: Mapped[str] = mapped_column(String(200), default="")
    prefix: Mapped[str] = mapped_column(String(30), default="")  # put before its clashing procedure codes
    key_fingerprint: Mapped[str] = mapped_column(String(40), default="")
    schema_revision: Mapped[str] = mapped_column(String(64), default="")  # as found, before any upgrade
    file_name: Mapped[str] = mapped_column(String(255), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    merged_at: Mapped[dt.datetime] = mapped_column(DateTime)
    merged_by: Mapped[str] = mapped_column(String(64), default="")
    summary_json: Mapped[str] = mapped_column(Text, default="{}")  # {"table": {"added": n, ...}}
    accounts_json: Mapped[str] = mapped_column(Text, default="[]")  # former accounts: names kept, not imported
    profile_json: Mapped[str] = mapped_column(Text, default="{}")  # the former agency profile and settings
    rows_digest: Mapped[str] = mapped_column(String(64), default="")  # SHA-256 of its merged_row lines


class MergedRow(Base):
    """Provenance of one source row: where it went (``target_pk``) or why it was kept aside (``row_json``)."""

    __tablename__ = "merged_row"
    __history__ = False  # written with Core by the merge; verified by provenance.verify_provenance instead
    __table_args__ = (Index("ix_merged_row_target", "table_name", "target_pk"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("merge_source.id"), index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    source_pk: Mapped[str] = mapped_column(String(64))
    target_pk: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(16))  # added / merged / renumbered / summed / aside / skipped
    note: Mapped[str] = mapped_column(Text, default="")
    row_json: Mapped[str | None] = mapped_column(Text)  # the source row, where its values are not kept in a row here


class ImportedChangeLog(Base):
    """A former commune's history entries, exactly as they were (their own hash chain, ending at the
    source's chain head recorded in ``merge_source``)."""

    __tablename__ = "imported_change_log"
    __history__ = False  # a former commune's own chain, verified against the head kept in merge_source
    __table_args__ = (Index("ix_imported_change_log_source", "source_id", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("merge_source.id"))
    seq: Mapped[int] = mapped_column(Integer)  # its id in the former database
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    old_values: Mapped[str] = mapped_column(Text, default="{}")
    new_values: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    state: Mapped[str | None] = mapped_column(Text)  # the row's state, part of the entry's hash when present


# ---------------------------------------------------------------- the receiving office (issue 14)

class RxUnit(Audited, Base):
    """A reporting unit of the province's register (commune, ward, special zone), with its pinned key
    and the last history-chain head seen from it."""

    __tablename__ = "rx_unit"
    __search__ = ("code", "name", "predecessors")
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    match_key: Mapped[str] = mapped_column(String(300), default="", index=True)  # folded name, no "UBND"
    kind: Mapped[str] = mapped_column(String(16), default="xa")
    opened: Mapped[dt.date | None] = mapped_column(Date)
    closed: Mapped[dt.date | None] = mapped_column(Date)
    predecessors: Mapped[str] = mapped_column(Text, default="")  # codes or names, "; "-separated
    expected: Mapped[bool] = mapped_column(Boolean, default=True)
    not_expected_reason: Mapped[str] = mapped_column(Text, default="")
    key_fingerprint: Mapped[str] = mapped_column(String(40), default="")
    key_sha256: Mapped[str | None] = mapped_column(String(64))  # the whole key, pinned at its first package
    key_source: Mapped[str] = mapped_column(String(16), default="")  # first_use / manual
    key_pinned_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    key_pinned_by: Mapped[str] = mapped_column(String(64), default="")
    chain_count: Mapped[int | None] = mapped_column(Integer)
    chain_hash: Mapped[str | None] = mapped_column(String(64))
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)


class RxSubmission(Audited, Base):
    """One unit's report for one period, across its versions: Đã nhận → Trả lại → Nộp lại → Đã chấp nhận."""

    __tablename__ = "rx_submission"
    __table_args__ = (UniqueConstraint("unit_id", "period"), Index("ix_rx_submission_period", "period"))
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("rx_unit.id"))
    period: Mapped[str] = mapped_column(String(10))
    state: Mapped[str] = mapped_column(String(16), default="received")
    first_sent_at: Mapped[dt.datetime] = mapped_column(DateTime)  # the first package's signed export time (UTC)
    first_sent_date: Mapped[dt.date] = mapped_column(Date)  # its date where it was exported (timeliness)
    first_received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    comment: Mapped[str] = mapped_column(Text, default="")  # the last return's reason
    state_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    state_by: Mapped[str] = mapped_column(String(64), default="")


class RxPackage(Audited, Base):
    """A verified package as received: the file (in stored_file), its manifest and its key figures."""

    __tablename__ = "rx_package"
    __table_args__ = (Index("ix_rx_package_submission", "submission_id", "current"),
                      Index("ix_rx_package_period", "period", "received_at"))
    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("rx_submission.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("rx_unit.id"), index=True)
    period: Mapped[str] = mapped_column(String(10))
    current: Mapped[bool] = mapped_column(Boolean, default=True)  # False once superseded by a corrected version
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("rx_package.id"))
    report_version: Mapped[int] = mapped_column(Integer)
    report_number: Mapped[str] = mapped_column(String(100), default="")
    report_date: Mapped[dt.date | None] = mapped_column(Date)
    agency_name: Mapped[str] = mapped_column(String(300), default="")
    agency_code: Mapped[str] = mapped_column(String(50), default="")
    fingerprint: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(String(300))
    file_sha256: Mapped[str] = mapped_column(String(64), ForeignKey("stored_file.sha256"), unique=True)
    file_size: Mapped[int] = mapped_column(Integer)
    report_sha256: Mapped[str] = mapped_column(String(64))
    exported_at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC
    sent_date: Mapped[dt.date] = mapped_column(Date)  # local date of the export at the sender
    exported_by: Mapped[str] = mapped_column(String(64), default="")
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    chain_count: Mapped[int | None] = mapped_column(Integer)
    chain_hash: Mapped[str | None] = mapped_column(String(64))
    continuity: Mapped[str] = mapped_column(String(16), default="")  # first / extends / unverifiable / earlier
    # The key figures, as columns so that status and consolidation are one query.
    tthc_total: Mapped[int | None] = mapped_column(Integer)
    tthc_in_scope: Mapped[int | None] = mapped_column(Integer)
    tthc_covered: Mapped[int | None] = mapped_column(Integer)
    procedures_effective: Mapped[int | None] = mapped_column(Integer)
    trainings: Mapped[int | None] = mapped_column(Integer)
    audits: Mapped[int | None] = mapped_column(Integer)
    reviews: Mapped[int | None] = mapped_column(Integer)
    nc_opened: Mapped[int | None] = mapped_column(Integer)
    nc_closed: Mapped[int | None] = mapped_column(Integer)
    nc_open_end: Mapped[int | None] = mapped_column(Integer)
    nc_overdue: Mapped[int | None] = mapped_column(Integer)
    files_received: Mapped[int | None] = mapped_column(Integer)
    files_on_time: Mapped[int | None] = mapped_column(Integer)
    files_late: Mapped[int | None] = mapped_column(Integer)
    files_pending: Mapped[int | None] = mapped_column(Integer)
    on_time_rate: Mapped[float | None] = mapped_column(Float)
    satisfaction: Mapped[float | None] = mapped_column(Float)
    complaints: Mapped[int | None] = mapped_column(Integer)
    improvements: Mapped[int | None] = mapped_column(Integer)
    announced: Mapped[bool | None] = mapped_column(Boolean)
    reannounce_needed: Mapped[bool | None] = mapped_column(Boolean)
    # Large texts last: SQLite keeps a row's first columns on its page and the tail in overflow pages,
    # so the figures above are read without touching these.
    manifest: Mapped[str] = mapped_column(Text, default="{}")  # the signed manifest.json, as received
    notes: Mapped[str] = mapped_column(Text, default="[]")  # JSON: warnings found on import
    changes: Mapped[str] = mapped_column(Text, default="[]")  # JSON: figures changed from the version it replaced
    figures: Mapped[str] = mapped_column(Text, default="{}")  # JSON: every metric of report.json
    # JSON: report.json's external_inspections (issue 15), NULL when the package reports none
    inspections: Mapped[str | None] = mapped_column(Text)
    # The PAdES signature of its report.pdf as checked at import (pades.VALID / UNKNOWN_ISSUER / INVALID /
    # NOT_SIGNED) and its signer; NULL: received before the office checked it.
    pdf_signature: Mapped[str | None] = mapped_column(String(16))
    pdf_signer: Mapped[str | None] = mapped_column(String(300))
    submission: Mapped[RxSubmission] = relationship()


class RxEvent(Base):
    """What happened to a unit's reports and key: received, returned, accepted, unlocked, key pinned…"""

    __tablename__ = "rx_event"
    __table_args__ = (Index("ix_rx_event_unit", "unit_id", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("rx_unit.id"))
    period: Mapped[str] = mapped_column(String(10), default="")
    package_id: Mapped[int | None] = mapped_column(ForeignKey("rx_package.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text, default="")
    package: Mapped[RxPackage | None] = relationship()


# ---------------------------------------------------------------- the office's yearly inspections (issue 15)

class RxInspectionPlan(Audited, Base):
    """A year's inspection plan (TT 26 Art. 34, Mẫu 19 KHKT) and its check decision (Art. 35, Mẫu 20 QĐKT)."""

    __tablename__ = "rx_inspection_plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    plan_number: Mapped[str] = mapped_column(String(100), default="")  # "15/KH-SKHCN", or "" (filled on paper)
    plan_date: Mapped[dt.date | None] = mapped_column(Date)
    decision_number: Mapped[str] = mapped_column(String(100), default="")  # "120/QĐ-SKHCN"
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    budget: Mapped[str] = mapped_column(Text, default="")  # "Ngân sách nhà nước năm 2026 …"
    note: Mapped[str] = mapped_column(Text, default="")


class RxInspectionMember(Audited, Base):
    """A member of the year's check team (name, title, role: lead / member / secretary)."""

    __tablename__ = "rx_inspection_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("rx_inspection_plan.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(16), default="member")


class RxInspection(Audited, Base):
    """One unit in a year's plan: on site or on records, its date, and (after the visit) the record
    (Mẫu 21 BBKT) with its findings and the follow-up of the unit's corrective-action report."""

    __tablename__ = "rx_inspection"
    __table_args__ = (UniqueConstraint("plan_id", "unit_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("rx_inspection_plan.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("rx_unit.id"), index=True)
    on_site: Mapped[bool] = mapped_column(Boolean, default=False)
    scheduled: Mapped[dt.date | None] = mapped_column(Date)
    reasons: Mapped[str] = mapped_column(Text, default="")  # JSON: the suggestion's reasons when planned
    record_number: Mapped[str] = mapped_column(String(100), default="")
    signed_date: Mapped[dt.date | None] = mapped_column(Date)
    conformities: Mapped[str] = mapped_column(Text, default="")  # one finding a line
    nonconformities: Mapped[str] = mapped_column(Text, default="")
    recommendations: Mapped[str] = mapped_column(Text, default="")
    followup_received: Mapped[dt.date | None] = mapped_column(Date)  # marked by hand
    followup_note: Mapped[str] = mapped_column(Text, default="")
    # why the signed record was last corrected, or its follow-up reopened (QA 49 F3, F10); the history keeps each
    correction_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
