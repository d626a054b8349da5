"""Human words for the change log: the caption of every stored field and the label of its values.

The change log stores table names, column names and raw values ("nonconformity", "status:
in_progress → awaiting_verification"). ``entity_label``, ``field_caption`` and ``value_text`` turn
them into what the forms show ("Sự không phù hợp", "Trạng thái: Đang khắc phục → Chờ xác nhận"):
the one table of these words for the history page, the record's history widget and ``qms check``.
Captions are English sources in context "Fields" (shared with the forms); the record kinds of
domain.schema use their form's own label first, a few columns borrow the label their own page
shows (``BORROWED_CAPTIONS``). tests/domain/test_change_labels.py fails when a logged table or
column has none.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Callable

from qms_desktop.domain import kinds, receiving_labels
from qms_desktop.domain.model import LABELS, REPORT_STATUS_LABELS
from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.periods import PeriodName, ReportPeriod
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date, render

Translate = Callable[[str, str], str]

# Tables that are no kind of record, as the user knows them (context "History"); the kinds of
# record have their label in the registry (domain/kinds.py, context "Kinds"): see entity_label.
ENTITY_LABELS = {
    "agency": QT_TRANSLATE_NOOP("History", "Agency profile"),
    "setting": QT_TRANSLATE_NOOP("History", "Setting"),
    "app_user": QT_TRANSLATE_NOOP("History", "Account"),
    "attachment": QT_TRANSLATE_NOOP("History", "Attached file"),
    "document_number": QT_TRANSLATE_NOOP("History", "Document number"),
    "procedure_step": QT_TRANSLATE_NOOP("History", "Procedure step"),
    "amendment": QT_TRANSLATE_NOOP("History", "Amendment"),
    "objective_result": QT_TRANSLATE_NOOP("History", "Objective result"),
    "audit_programme": QT_TRANSLATE_NOOP("History", "Audit programme"),
    "checklist_item": QT_TRANSLATE_NOOP("History", "Checklist item"),
    "finding": QT_TRANSLATE_NOOP("History", "Audit finding"),
    "corrective_action": QT_TRANSLATE_NOOP("History", "Corrective action"),
    "review_input": QT_TRANSLATE_NOOP("History", "Review input"),
    "review_output": QT_TRANSLATE_NOOP("History", "Review output"),
    "service_stat_field": QT_TRANSLATE_NOOP("History", "Statistics per field"),
    "export_log": QT_TRANSLATE_NOOP("History", "Export"),
    "agency_key": QT_TRANSLATE_NOOP("History", "Signing key"),
    "merge_source": QT_TRANSLATE_NOOP("History", "Merged former commune"),
    "stored_file": QT_TRANSLATE_NOOP("History", "Stored file"),
    "procedure_tthc": QT_TRANSLATE_NOOP("History", "Procedure ↔ TTHC link"),
    "announcement_tthc": QT_TRANSLATE_NOOP("History", "Announcement ↔ TTHC link"),
    "audit_member": QT_TRANSLATE_NOOP("History", "Audit team member"),
    "audit_unit": QT_TRANSLATE_NOOP("History", "Audited unit"),
    # the receiving office's registers
    "rx_unit": QT_TRANSLATE_NOOP("History", "Reporting unit"),
    "rx_submission": QT_TRANSLATE_NOOP("History", "Unit's report for a period"),
    "rx_package": QT_TRANSLATE_NOOP("History", "Received report package"),
    "rx_event": QT_TRANSLATE_NOOP("History", "Inbox event"),
    "rx_inspection_plan": QT_TRANSLATE_NOOP("History", "Inspection plan"),
    "rx_inspection_member": QT_TRANSLATE_NOOP("History", "Inspection team member"),
    "rx_inspection": QT_TRANSLATE_NOOP("History", "Inspection of a unit"),
    # no table: an event of the whole database (storage.integrity.append_event), a restore from a backup
    "database": QT_TRANSLATE_NOOP("History", "Database"),
}


def entity_label(entity: str) -> tuple[str, str]:
    """(translation context, English source) of a table as the user knows it."""
    found = kinds.info(entity)
    if found is not None and found.name == entity:
        return kinds.CONTEXT, found.label
    return "History", ENTITY_LABELS.get(entity, entity)


# Columns never shown in the change text: technical (hashes of files, search keys), or secrets. They
# keep a caption all the same: ``qms check`` names them when they are edited outside the application.
HIDDEN = frozenset({"id", "search_key", "password_hash", "recovery_hash", "created_at", "created_by", "updated_at",
                    "updated_by", "prev_hash", "hash", "sha256", "data", "snapshot_json", "results_json",
                    "snapshot_sha256", "signed_pdf_sha256", "file_sha256", "report_sha256", "private_pem",
                    "public_key", "match_key", "lineage", "rows_digest"})

FIELD_CAPTIONS: dict[str, str] = {
    "achieved": QT_TRANSLATE_NOOP("Fields", "Achieved"),
    "action": QT_TRANSLATE_NOOP("Fields", "Action"),
    "active": QT_TRANSLATE_NOOP("Fields", "Active"),
    "activities": QT_TRANSLATE_NOOP("Fields", "Other activities in scope"),
    "approved_by": QT_TRANSLATE_NOOP("Fields", "Approved by"),
    "approved_date": QT_TRANSLATE_NOOP("Fields", "Approved on"),
    "approved_title": QT_TRANSLATE_NOOP("Fields", "Approver's title"),
    "attendee_count": QT_TRANSLATE_NOOP("Fields", "Number of attendees"),
    "attendees": QT_TRANSLATE_NOOP("Fields", "Attendees"),
    "audit_id": QT_TRANSLATE_NOOP("Fields", "Audit"),
    "auditor_certificate": QT_TRANSLATE_NOOP("Fields", "Auditor certificate"),
    "auditor_id": QT_TRANSLATE_NOOP("Fields", "Auditor"),
    "body": QT_TRANSLATE_NOOP("Fields", "Inspecting body"),
    "cancelled_at": QT_TRANSLATE_NOOP("Fields", "Cancelled on"),
    "cancelled_reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "chair": QT_TRANSLATE_NOOP("Fields", "Chaired by"),
    "change_summary": QT_TRANSLATE_NOOP("Fields", "What changed"),
    "changes_summary": QT_TRANSLATE_NOOP("Fields", "Changes from the previous version"),
    "checklist_item_id": QT_TRANSLATE_NOOP("Fields", "Checklist item"),
    "clause": QT_TRANSLATE_NOOP("Fields", "Clause"),
    "closed_date": QT_TRANSLATE_NOOP("Fields", "Closed on"),
    "code": QT_TRANSLATE_NOOP("Fields", "Code"),
    "comparison": QT_TRANSLATE_NOOP("Fields", "Comparison"),
    "complaints": QT_TRANSLATE_NOOP("Fields", "Complaints"),
    "complaints_resolved": QT_TRANSLATE_NOOP("Fields", "Complaints resolved"),
    "conclusion": QT_TRANSLATE_NOOP("Fields", "Conclusion"),
    "content": QT_TRANSLATE_NOOP("Fields", "Content"),
    "criteria": QT_TRANSLATE_NOOP("Fields", "Criteria"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "decision_date": QT_TRANSLATE_NOOP("Fields", "Decision date"),
    "decision_number": QT_TRANSLATE_NOOP("Fields", "Decision number"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "detected_date": QT_TRANSLATE_NOOP("Fields", "Detected on"),
    "doc_symbol": QT_TRANSLATE_NOOP("Fields", "Report number symbol"),
    "done_date": QT_TRANSLATE_NOOP("Fields", "Done on"),
    "drafted_by": QT_TRANSLATE_NOOP("Fields", "Drafted by"),
    "drafted_date": QT_TRANSLATE_NOOP("Fields", "Drafted on"),
    "drafted_title": QT_TRANSLATE_NOOP("Fields", "Drafter's title"),
    "due_date": QT_TRANSLATE_NOOP("Fields", "Due date"),
    "duration": QT_TRANSLATE_NOOP("Fields", "Duration"),
    "duration_unit": QT_TRANSLATE_NOOP("Fields", "Unit of time"),
    "effective_date": QT_TRANSLATE_NOOP("Fields", "Effective from"),
    "effectiveness": QT_TRANSLATE_NOOP("Fields", "Effectiveness"),
    "end_date": QT_TRANSLATE_NOOP("Fields", "Obsolete from"),
    "evidence": QT_TRANSLATE_NOOP("Fields", "Evidence"),
    "failed_attempts": QT_TRANSLATE_NOOP("Fields", "Failed log-in attempts"),
    "feedback": QT_TRANSLATE_NOOP("Fields", "Feedback and petitions"),
    "field": QT_TRANSLATE_NOOP("Fields", "Field"),
    "filename": QT_TRANSLATE_NOOP("Fields", "File name"),
    "finalized_at": QT_TRANSLATE_NOOP("Fields", "Finalised at"),
    "finalized_by": QT_TRANSLATE_NOOP("Fields", "Finalised by"),
    "finding_id": QT_TRANSLATE_NOOP("Fields", "Audit finding"),
    "findings": QT_TRANSLATE_NOOP("Fields", "Findings"),
    "form": QT_TRANSLATE_NOOP("Fields", "Form used"),
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"),
    "head_name": QT_TRANSLATE_NOOP("Fields", "Chairman"),
    "head_title": QT_TRANSLATE_NOOP("Fields", "Chairman's title"),
    "immediate_correction": QT_TRANSLATE_NOOP("Fields", "Immediate correction"),
    "impact": QT_TRANSLATE_NOOP("Fields", "Impact (1–5)"),
    "in_scope": QT_TRANSLATE_NOOP("Fields", "In the QMS scope"),
    "incorporated_date": QT_TRANSLATE_NOOP("Fields", "Built into the procedure on"),
    "inspection_id": QT_TRANSLATE_NOOP("Fields", "External inspection"),
    "is_auditor": QT_TRANSLATE_NOOP("Fields", "Internal auditor"),
    "is_reannouncement": QT_TRANSLATE_NOOP("Fields", "Re-announcement"),
    "is_steering": QT_TRANSLATE_NOOP("Fields", "ISO steering committee"),
    "iso_rep_name": QT_TRANSLATE_NOOP("Fields", "ISO representative"),
    "iso_rep_title": QT_TRANSLATE_NOOP("Fields", "ISO representative's title"),
    "issue_date": QT_TRANSLATE_NOOP("Fields", "Issued on"),
    "issued_date": QT_TRANSLATE_NOOP("Fields", "Issued on"),
    "item": QT_TRANSLATE_NOOP("Fields", "Item changed"),
    "key": QT_TRANSLATE_NOOP("Fields", "Item"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "late": QT_TRANSLATE_NOOP("Fields", "Settled late"),
    "lead_auditor_id": QT_TRANSLATE_NOOP("Fields", "Lead auditor"),
    "legal_basis": QT_TRANSLATE_NOOP("Fields", "Legal basis"),
    "likelihood": QT_TRANSLATE_NOOP("Fields", "Likelihood (1–5)"),
    "locked_until": QT_TRANSLATE_NOOP("Fields", "Locked until"),
    "measure": QT_TRANSLATE_NOOP("Fields", "Measure"),
    "media_type": QT_TRANSLATE_NOOP("Fields", "File type"),
    "members": QT_TRANSLATE_NOOP("Fields", "Audit team"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "nc_id": QT_TRANSLATE_NOOP("Fields", "Nonconformity"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "notice_recipient": QT_TRANSLATE_NOOP("Fields", "Notice sent to"),
    "notice_sent_date": QT_TRANSLATE_NOOP("Fields", "Notice sent on"),
    "number": QT_TRANSLATE_NOOP("Fields", "Number"),
    "objective_id": QT_TRANSLATE_NOOP("Fields", "Objective"),
    "objectives": QT_TRANSLATE_NOOP("Fields", "Objectives of the programme"),
    "on_time": QT_TRANSLATE_NOOP("Fields", "Settled on time"),
    "owner": QT_TRANSLATE_NOOP("Fields", "Owner"),
    "owner_id": QT_TRANSLATE_NOOP("Fields", "Attached to"),
    "owner_kind": QT_TRANSLATE_NOOP("Fields", "Attached to a"),
    "owner_staff_id": QT_TRANSLATE_NOOP("Fields", "Owner person"),
    "owner_unit_id": QT_TRANSLATE_NOOP("Fields", "Owner unit"),
    "parent_body": QT_TRANSLATE_NOOP("Fields", "Lead body"),
    "pending": QT_TRANSLATE_NOOP("Fields", "Pending"),
    "period": QT_TRANSLATE_NOOP("Fields", "Period"),
    "period_end": QT_TRANSLATE_NOOP("Fields", "To"),
    "period_start": QT_TRANSLATE_NOOP("Fields", "From"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "place_name": QT_TRANSLATE_NOOP("Fields", "Place name in dates"),
    "planned_date": QT_TRANSLATE_NOOP("Fields", "Planned date"),
    "plans": QT_TRANSLATE_NOOP("Fields", "Plans for the next period"),
    "posted_date": QT_TRANSLATE_NOOP("Fields", "Posted at the office on"),
    "previous_id": QT_TRANSLATE_NOOP("Fields", "Corrects report"),
    "procedure_id": QT_TRANSLATE_NOOP("Fields", "Procedure"),
    "process": QT_TRANSLATE_NOOP("Fields", "Process"),
    "programme_id": QT_TRANSLATE_NOOP("Fields", "Audit programme"),
    "proposals": QT_TRANSLATE_NOOP("Fields", "Proposals"),
    "province": QT_TRANSLATE_NOOP("Fields", "Province"),
    "purpose": QT_TRANSLATE_NOOP("Fields", "Purpose"),
    "question": QT_TRANSLATE_NOOP("Fields", "Question"),
    "received": QT_TRANSLATE_NOOP("Fields", "Applications received"),
    "recipient": QT_TRANSLATE_NOOP("Fields", "Recipient (Kính gửi)"),
    "record_number": QT_TRANSLATE_NOOP("Fields", "Record number"),
    "report_sent_date": QT_TRANSLATE_NOOP("Fields", "Corrective actions reported on"),
    "report_summary": QT_TRANSLATE_NOOP("Fields", "Audit report summary"),
    "responses": QT_TRANSLATE_NOOP("Fields", "Responses"),
    "responsible": QT_TRANSLATE_NOOP("Fields", "Responsible"),
    "result": QT_TRANSLATE_NOOP("Fields", "Result"),
    "review_date": QT_TRANSLATE_NOOP("Fields", "Review date"),
    "review_id": QT_TRANSLATE_NOOP("Fields", "Management review"),
    "reviewed_by": QT_TRANSLATE_NOOP("Fields", "Reviewed by"),
    "reviewed_date": QT_TRANSLATE_NOOP("Fields", "Reviewed on"),
    "reviewed_title": QT_TRANSLATE_NOOP("Fields", "Reviewer's title"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "root_cause": QT_TRANSLATE_NOOP("Fields", "Root cause"),
    "satisfaction_rate": QT_TRANSLATE_NOOP("Fields", "Satisfaction rate (%)"),
    "scope": QT_TRANSLATE_NOOP("Fields", "Scope"),
    "secretary": QT_TRANSLATE_NOOP("Fields", "Secretary"),
    "sent_date": QT_TRANSLATE_NOOP("Fields", "Sent on"),
    "seq": QT_TRANSLATE_NOOP("Fields", "Sequence number"),
    "severity": QT_TRANSLATE_NOOP("Fields", "Severity"),
    "short_name": QT_TRANSLATE_NOOP("Fields", "Short name"),
    "shortcomings": QT_TRANSLATE_NOOP("Fields", "Shortcomings and causes"),
    "signed_date": QT_TRANSLATE_NOOP("Fields", "Record signed on"),
    "size": QT_TRANSLATE_NOOP("Fields", "Size (bytes)"),
    "source": QT_TRANSLATE_NOOP("Fields", "Source"),
    "staff_id": QT_TRANSLATE_NOOP("Fields", "Staff member"),
    "start_date": QT_TRANSLATE_NOOP("Fields", "Held from"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "step_no": QT_TRANSLATE_NOOP("Fields", "Step"),
    "symbol": QT_TRANSLATE_NOOP("Fields", "Number symbol"),
    "target": QT_TRANSLATE_NOOP("Fields", "Target"),
    "text": QT_TRANSLATE_NOOP("Fields", "Text"),
    "time": QT_TRANSLATE_NOOP("Fields", "Time"),
    "time_limit": QT_TRANSLATE_NOOP("Fields", "Legal time limit"),
    "time_limit_days": QT_TRANSLATE_NOOP("Fields", "Time limit (days)"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "trainer": QT_TRANSLATE_NOOP("Fields", "Trainer"),
    "tthc": QT_TRANSLATE_NOOP("Fields", "Administrative procedures (TTHC)"),
    "unit": QT_TRANSLATE_NOOP("Fields", "Unit of measure"),
    "unit_id": QT_TRANSLATE_NOOP("Fields", "Unit"),
    "units": QT_TRANSLATE_NOOP("Fields", "Units audited"),
    "used_for": QT_TRANSLATE_NOOP("Fields", "Used for"),
    "username": QT_TRANSLATE_NOOP("Fields", "User name"),
    "value": QT_TRANSLATE_NOOP("Fields", "Value"),
    "verification_effective": QT_TRANSLATE_NOOP("Fields", "Verified as effective"),
    "verification_note": QT_TRANSLATE_NOOP("Fields", "Verification note"),
    "verified_by": QT_TRANSLATE_NOOP("Fields", "Verified by"),
    "verified_date": QT_TRANSLATE_NOOP("Fields", "Verified on"),
    "version": QT_TRANSLATE_NOOP("Fields", "Version"),
    "version_id": QT_TRANSLATE_NOOP("Fields", "Procedure version"),
    "version_number": QT_TRANSLATE_NOOP("Fields", "Version"),
    "working_days": QT_TRANSLATE_NOOP("Fields", "Counted in working days"),
    "year": QT_TRANSLATE_NOOP("Fields", "Year"),
    # Bookkeeping columns (hidden in the change text, named by `qms check`).
    "id": QT_TRANSLATE_NOOP("Fields", "Record number (ID)"),
    "created_at": QT_TRANSLATE_NOOP("Fields", "Created at"),
    "created_by": QT_TRANSLATE_NOOP("Fields", "Created by"),
    "updated_at": QT_TRANSLATE_NOOP("Fields", "Last changed at"),
    "updated_by": QT_TRANSLATE_NOOP("Fields", "Last changed by"),
    "search_key": QT_TRANSLATE_NOOP("Fields", "Search index"),
    "password_hash": QT_TRANSLATE_NOOP("Fields", "Password (hashed)"),
    "recovery_hash": QT_TRANSLATE_NOOP("Fields", "Recovery code (hashed)"),
    "sha256": QT_TRANSLATE_NOOP("Fields", "File fingerprint (SHA-256)"),
    "data": QT_TRANSLATE_NOOP("Fields", "File content"),
    "snapshot_json": QT_TRANSLATE_NOOP("Fields", "Frozen content"),
    "snapshot_sha256": QT_TRANSLATE_NOOP("Fields", "Frozen content (SHA-256)"),
    "results_json": QT_TRANSLATE_NOOP("Fields", "Results"),
    # Merges of former communes, former codes.
    "former_code": QT_TRANSLATE_NOOP("Fields", "Code before the merge"),
    "former_number": QT_TRANSLATE_NOOP("Fields", "Number before the merge"),
    "lineage": QT_TRANSLATE_NOOP("Fields", "Lineage (its first history entry)"),
    "prefix": QT_TRANSLATE_NOOP("Fields", "Prefix of its clashing codes"),
    "schema_revision": QT_TRANSLATE_NOOP("Fields", "Schema version"),
    "file_name": QT_TRANSLATE_NOOP("Fields", "File name"),
    "file_sha256": QT_TRANSLATE_NOOP("Fields", "File fingerprint (SHA-256)"),
    "file_size": QT_TRANSLATE_NOOP("Fields", "Size (bytes)"),
    "merged_at": QT_TRANSLATE_NOOP("Fields", "Merged at"),
    "merged_by": QT_TRANSLATE_NOOP("Fields", "Merged by"),
    "summary_json": QT_TRANSLATE_NOOP("Fields", "What was merged"),
    "accounts_json": QT_TRANSLATE_NOOP("Fields", "Former accounts"),
    "profile_json": QT_TRANSLATE_NOOP("Fields", "Former profile and settings"),
    "rows_digest": QT_TRANSLATE_NOOP("Fields", "Merged rows (SHA-256)"),
    # Signing keys, exports and history-chain heads.
    "fingerprint": QT_TRANSLATE_NOOP("Fields", "Key fingerprint"),
    "key_fingerprint": QT_TRANSLATE_NOOP("Fields", "Key fingerprint"),
    "key_sha256": QT_TRANSLATE_NOOP("Fields", "Whole key (SHA-256)"),
    "public_key": QT_TRANSLATE_NOOP("Fields", "Public key"),
    "private_pem": QT_TRANSLATE_NOOP("Fields", "Private key"),
    "origin": QT_TRANSLATE_NOOP("Fields", "Origin"),
    "previous_fingerprint": QT_TRANSLATE_NOOP("Fields", "Key it replaced"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "retired_at": QT_TRANSLATE_NOOP("Fields", "Retired at"),
    "report_id": QT_TRANSLATE_NOOP("Fields", "Report"),
    "at": QT_TRANSLATE_NOOP("Fields", "Date and time"),
    "path": QT_TRANSLATE_NOOP("Fields", "Saved to"),
    "chain_count": QT_TRANSLATE_NOOP("Fields", "Chain head: number of entries"),
    "chain_hash": QT_TRANSLATE_NOOP("Fields", "Chain head: hash"),
    # Commune records.
    "mode": QT_TRANSLATE_NOOP("Fields", "Use of this database"),
    "effective": QT_TRANSLATE_NOOP("Fields", "The QMS is effective"),
    "data_as_of": QT_TRANSLATE_NOOP("Fields", "Figures as of"),
    "request_letter": QT_TRANSLATE_NOOP("Fields", "Request letter"),
    "statements_json": QT_TRANSLATE_NOOP("Fields", "Part II text"),
    "preflight_json": QT_TRANSLATE_NOOP("Fields", "Warnings acknowledged at finalising"),
    "signed_pdf_sha256": QT_TRANSLATE_NOOP("Fields", "Signed PDF (SHA-256)"),
    "stat_id": QT_TRANSLATE_NOOP("Fields", "Statistics period"),
    "provincial_code": QT_TRANSLATE_NOOP("Fields", "Provincial code"),
    "temporary_code": QT_TRANSLATE_NOOP("Fields", "Temporary code"),
    "fee": QT_TRANSLATE_NOOP("Fields", "Fee"),
    "agency": QT_TRANSLATE_NOOP("Fields", "Implementing body"),
    "dvc_level": QT_TRANSLATE_NOOP("Fields", "Online service level"),
    "status_decision": QT_TRANSLATE_NOOP("Fields", "Decision on its status"),
    "status_date": QT_TRANSLATE_NOOP("Fields", "Status since"),
    "successor_code": QT_TRANSLATE_NOOP("Fields", "Replaced by (code)"),
    # The receiving office's registers (rx_*).
    "match_key": QT_TRANSLATE_NOOP("Fields", "Name for matching"),
    "opened": QT_TRANSLATE_NOOP("Fields", "Established on"),
    "closed": QT_TRANSLATE_NOOP("Fields", "Dissolved on"),
    "predecessors": QT_TRANSLATE_NOOP("Fields", "Predecessors"),
    "expected": QT_TRANSLATE_NOOP("Fields", "Must report"),
    "not_expected_reason": QT_TRANSLATE_NOOP("Fields", "Why it need not report"),
    "key_source": QT_TRANSLATE_NOOP("Fields", "Key confirmed"),
    "key_pinned_at": QT_TRANSLATE_NOOP("Fields", "Key confirmed at"),
    "key_pinned_by": QT_TRANSLATE_NOOP("Fields", "Key confirmed by"),
    "state": QT_TRANSLATE_NOOP("Fields", "State"),
    "state_at": QT_TRANSLATE_NOOP("Fields", "State set at"),
    "state_by": QT_TRANSLATE_NOOP("Fields", "State set by"),
    "first_sent_at": QT_TRANSLATE_NOOP("Fields", "First sent at"),
    "first_sent_date": QT_TRANSLATE_NOOP("Fields", "First sent on"),
    "first_received_at": QT_TRANSLATE_NOOP("Fields", "First received at"),
    "comment": QT_TRANSLATE_NOOP("Fields", "Reason for the return"),
    "submission_id": QT_TRANSLATE_NOOP("Fields", "Unit's report for the period"),
    "package_id": QT_TRANSLATE_NOOP("Fields", "Report package"),
    "current": QT_TRANSLATE_NOOP("Fields", "Current version"),
    "superseded_by_id": QT_TRANSLATE_NOOP("Fields", "Replaced by package"),
    "report_version": QT_TRANSLATE_NOOP("Fields", "Report version"),
    "report_number": QT_TRANSLATE_NOOP("Fields", "Report number"),
    "pdf_signature": QT_TRANSLATE_NOOP("Fields", "Digital signature of the PDF"),
    "pdf_signer": QT_TRANSLATE_NOOP("Fields", "PDF signed by"),
    "report_date": QT_TRANSLATE_NOOP("Fields", "Date of the report"),
    "agency_name": QT_TRANSLATE_NOOP("Fields", "Unit name in the report"),
    "agency_code": QT_TRANSLATE_NOOP("Fields", "Unit code in the report"),
    "report_sha256": QT_TRANSLATE_NOOP("Fields", "Report content (SHA-256)"),
    "exported_at": QT_TRANSLATE_NOOP("Fields", "Exported at"),
    "exported_by": QT_TRANSLATE_NOOP("Fields", "Exported by"),
    "received_at": QT_TRANSLATE_NOOP("Fields", "Received at"),
    "continuity": QT_TRANSLATE_NOOP("Fields", "History chain"),
    "tthc_total": QT_TRANSLATE_NOOP("Fields", "TTHC in total"),
    "files_pending": QT_TRANSLATE_NOOP("Fields", "Files being settled"),
    "announced": QT_TRANSLATE_NOOP("Fields", "QMS announced"),
    "reannounce_needed": QT_TRANSLATE_NOOP("Fields", "Re-announcement needed"),
    "manifest": QT_TRANSLATE_NOOP("Fields", "Signed manifest"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Warnings found on import"),
    "changes": QT_TRANSLATE_NOOP("Fields", "Figures changed from the previous version"),
    "figures": QT_TRANSLATE_NOOP("Fields", "Figures of the report"),
    "inspections": QT_TRANSLATE_NOOP("Fields", "External inspections reported"),
    "detail": QT_TRANSLATE_NOOP("Fields", "Detail"),
    "plan_id": QT_TRANSLATE_NOOP("Fields", "Inspection plan"),
    "plan_number": QT_TRANSLATE_NOOP("Fields", "Plan number"),
    "plan_date": QT_TRANSLATE_NOOP("Fields", "Plan date"),
    "budget": QT_TRANSLATE_NOOP("Fields", "Funding"),
    "position": QT_TRANSLATE_NOOP("Fields", "Order in the team"),
    "on_site": QT_TRANSLATE_NOOP("Fields", "On site"),
    "scheduled": QT_TRANSLATE_NOOP("Fields", "Scheduled on"),
    "reasons": QT_TRANSLATE_NOOP("Fields", "Why it was chosen"),
    "conformities": QT_TRANSLATE_NOOP("Fields", "Conformities"),
    "nonconformities": QT_TRANSLATE_NOOP("Fields", "Nonconformities"),
    "recommendations": QT_TRANSLATE_NOOP("Fields", "Recommendations"),
    "followup_received": QT_TRANSLATE_NOOP("Fields", "Corrective-action report received on"),
    "followup_note": QT_TRANSLATE_NOOP("Fields", "Note on the corrective-action report"),
    "correction_reason": QT_TRANSLATE_NOOP("Fields", "Reason for the correction"),
}

# Entries of an event of the whole database, no row of a table (storage.integrity.append_event): their entity and
# the values they carry — a restore from a backup (services/backup.py).
EVENT_VALUES: dict[str, tuple[str, ...]] = {"database": ("file", "backup_head", "replaced_head", "kept_as")}

# The same column name read differently in one table.
ENTITY_CAPTIONS: dict[tuple[str, str], str] = {
    ("staff", "title"): QT_TRANSLATE_NOOP("Fields", "Job title"),
    ("legal_document", "title"): QT_TRANSLATE_NOOP("Fields", "Document title"),
    ("audit", "end_date"): QT_TRANSLATE_NOOP("Fields", "Held until"),
    ("survey", "start_date"): QT_TRANSLATE_NOOP("Fields", "From"),
    ("survey", "end_date"): QT_TRANSLATE_NOOP("Fields", "To"),
    ("quality_policy", "text"): QT_TRANSLATE_NOOP("Fields", "Policy"),
    ("objective", "text"): QT_TRANSLATE_NOOP("Fields", "Objective"),
    ("unit", "name"): QT_TRANSLATE_NOOP("Fields", "Name"),
    ("finding", "kind"): QT_TRANSLATE_NOOP("Fields", "Finding"),
    ("review_input", "key"): QT_TRANSLATE_NOOP("Fields", "Input"),
    ("procedure_step", "action"): QT_TRANSLATE_NOOP("Fields", "What is done"),
    ("procedure_step", "result"): QT_TRANSLATE_NOOP("Fields", "Result (record kept)"),
    ("report", "date"): QT_TRANSLATE_NOOP("Fields", "Date of the report"),
    ("setting", "key"): QT_TRANSLATE_NOOP("Fields", "Setting"),
    ("export_log", "at"): QT_TRANSLATE_NOOP("Fields", "Exported at"),
    ("export_log", "username"): QT_TRANSLATE_NOOP("Fields", "Exported by"),
    **{(table, "unit_id"): QT_TRANSLATE_NOOP("Fields", "Reporting unit")
       for table in ("rx_submission", "rx_package", "rx_event", "rx_inspection")},
    ("rx_unit", "chain_count"): QT_TRANSLATE_NOOP("Fields", "Last chain head seen: number of entries"),
    ("rx_unit", "chain_hash"): QT_TRANSLATE_NOOP("Fields", "Last chain head seen: hash"),
    ("rx_inspection_member", "title"): QT_TRANSLATE_NOOP("Fields", "Job title"),
    ("rx_inspection_member", "role"): QT_TRANSLATE_NOOP("Fields", "Role in the team"),
    # a restore's entry (services/backup.py): what was restored, and what it replaced
    ("database", "file"): QT_TRANSLATE_NOOP("Fields", "Backup restored"),
    ("database", "backup_head"): QT_TRANSLATE_NOOP("Fields", "Backup's chain head"),
    ("database", "replaced_head"): QT_TRANSLATE_NOOP("Fields", "Chain head replaced"),
    ("database", "kept_as"): QT_TRANSLATE_NOOP("Fields", "Replaced database kept as"),
}

# Columns whose caption is the label their own page already shows: (table, column) → (context, source).
BORROWED_CAPTIONS: dict[tuple[str, str], tuple[str, str]] = {
    **{("rx_package", k): ("Inbox", v) for k, v in receiving_labels.FIGURE_LABELS.items()
       if k not in receiving_labels.STORED_FIGURES},
}

# Codes whose labels are declared for their own table: (table, column) → (context, code → source).
KEY_ORIGINS: dict[str, str] = {  # agency_key.origin, the words of the Settings page's key tab
    "created": QT_TRANSLATE_NOOP("KeyTab", "created by QMS Desktop"),
    "adopted": QT_TRANSLATE_NOOP("KeyTab", "taken over from this Windows account"),
    "changed": QT_TRANSLATE_NOOP("KeyTab", "made by a change of key"),
}
AGENCY_MODES: dict[str, str] = {
    "commune": QT_TRANSLATE_NOOP("Fields", "a commune's records"),
    "office": QT_TRANSLATE_NOOP("Fields", "a receiving office's inbox"),
}
VALUE_LABELS: dict[tuple[str, str], tuple[str, dict[str, str]]] = {
    ("rx_submission", "state"): ("Inbox", receiving_labels.STATE_LABELS),
    ("rx_event", "action"): ("Inbox", receiving_labels.EVENT_LABELS),
    ("rx_unit", "key_source"): ("Inbox", receiving_labels.KEY_SOURCES),
    ("rx_package", "continuity"): ("Inbox", receiving_labels.CONTINUITY),
    ("rx_package", "pdf_signature"): ("Inbox", receiving_labels.PDF_SIGNATURE),
    ("rx_inspection_member", "role"): ("Inspection", receiving_labels.ROLE_LABELS),  # not the ISO secretary
    ("agency_key", "origin"): ("KeyTab", KEY_ORIGINS),
    ("agency", "mode"): ("Fields", AGENCY_MODES),
}

# Columns whose values are codes with a label (domain.model.LABELS or their own table).
SETTING_LABELS: dict[str, str] = {
    "period_rule": QT_TRANSLATE_NOOP("Fields", "Report periods"),
    "yearly_rule": QT_TRANSLATE_NOOP("Fields", "Audit and review every year"),
    "report_due_h1": QT_TRANSLATE_NOOP("Fields", "Six-month report due on"),
    "report_due_year": QT_TRANSLATE_NOOP("Fields", "Annual report due on"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "decree09": QT_TRANSLATE_NOOP("Fields", "Decree 09/2019"),
    "calendar": QT_TRANSLATE_NOOP("Fields", "Calendar year"),
    "rolling12": QT_TRANSLATE_NOOP("Fields", "Within 12 months"),
    "website": QT_TRANSLATE_NOOP("Fields", "Website (announcements posted on)"),
    "consultant_status": QT_TRANSLATE_NOOP("Fields", "Consultant"),
    "consultant_name": QT_TRANSLATE_NOOP("Fields", "Consultant's name"),
    "none": QT_TRANSLATE_NOOP("Fields", "None: the commune built its QMS itself"),
    "hired": QT_TRANSLATE_NOOP("Fields", "A consulting organisation"),
    "pkcs11_library": QT_TRANSLATE_NOOP("Fields", "Token library (PKCS#11)"),
    "pkcs11_slot": QT_TRANSLATE_NOOP("Fields", "Token slot"),
    "signature_image": QT_TRANSLATE_NOOP("Fields", "Signature image"),
    "seal_image": QT_TRANSLATE_NOOP("Fields", "Seal image"),
    "timestamp_url": QT_TRANSLATE_NOOP("Fields", "Timestamp server"),
    "target_on_time_rate": QT_TRANSLATE_NOOP("Fields", "Target for TTHC settled on time (%)"),
}
UNIT_LABELS: dict[str, str] = {
    "days": QT_TRANSLATE_NOOP("Fields", "working days"),
    "hours": QT_TRANSLATE_NOOP("Fields", "hours"),
}
# Columns that hold JSON (their content is shown as "…", an empty one as "—").
JSON_FIELDS = frozenset({"results_json", "statements_json", "preflight_json", "summary_json", "accounts_json",
                         "profile_json", "manifest", "notes", "changes", "figures", "inspections", "reasons"})
# Columns whose values are codes of domain.model.LABELS, in every table (unless VALUE_LABELS says otherwise).
CODE_FIELDS = frozenset({"status", "kind", "source", "severity", "role", "result", "comparison", "owner_kind",
                         "category", "channel"})
YES = QT_TRANSLATE_NOOP("Fields", "Yes")
NO = QT_TRANSLATE_NOOP("Fields", "No")

# Foreign keys: the referenced kind whose names ``services.history.reference_names`` gives.
REFERENCES: dict[str, str] = {
    "unit_id": "unit", "owner_unit_id": "unit", "units": "unit",
    "staff_id": "staff", "owner_staff_id": "staff", "lead_auditor_id": "staff", "auditor_id": "staff",
    "members": "staff",
    "procedure_id": "procedure", "tthc": "tthc", "audit_id": "audit", "nc_id": "nonconformity",
    "review_id": "management_review", "objective_id": "objective", "programme_id": "audit_programme",
    "inspection_id": "external_inspection", "previous_id": "report",
}
# The receiving office's tables refer to its own register of units and inspection plans.
ENTITY_REFERENCES: dict[tuple[str, str], str] = {
    **{(table, "unit_id"): "rx_unit" for table in ("rx_submission", "rx_package", "rx_event", "rx_inspection")},
    ("rx_package", "submission_id"): "rx_submission",
    ("rx_package", "superseded_by_id"): "rx_package",
    ("rx_event", "package_id"): "rx_package",
    ("rx_inspection", "plan_id"): "rx_inspection_plan",
    ("rx_inspection_member", "plan_id"): "rx_inspection_plan",
}


def reference_of(entity: str, name: str) -> str | None:
    """The kind of record a column refers to by id (its names from ``services.history.reference_names``)."""
    return ENTITY_REFERENCES.get((entity, name)) or REFERENCES.get(name)


def caption_source(entity: str, name: str) -> tuple[str, str] | None:
    """(context, English source) of a stored column's caption: its form's label (domain.schema), the
    label its page shows, this module's; None when it has none (tests/domain/test_change_labels.py)."""
    from qms_desktop.domain.schema import SPECS

    name = name.removeprefix("@")  # a link table's key in a row state ("@tthc")
    spec = SPECS.get(entity)
    if spec is not None:
        try:
            label = spec.field(name).label
        except KeyError:
            label = None
        if label:
            return "Fields", label
    borrowed = BORROWED_CAPTIONS.get((entity, name))
    if borrowed is not None:
        return borrowed
    source = ENTITY_CAPTIONS.get((entity, name)) or FIELD_CAPTIONS.get(name)
    return ("Fields", source) if source else None


def field_caption(entity: str, name: str, translate: Translate, spec_label: str | None = None) -> str:
    """The caption of a stored column: the form's label, else this module's, else the bare name."""
    found = ("Fields", spec_label) if spec_label else caption_source(entity, name)
    if found is None:
        return name.removeprefix("@").replace("_", " ")
    context, source = found
    return translate(context, source) or source


def _date_text(text: str) -> str | None:
    try:
        if len(text) == 10:
            return format_date(dt.date.fromisoformat(text))
        if len(text) >= 16 and text[10] == "T":
            at = dt.datetime.fromisoformat(text)
            return f"{format_date(at.date())} {at:%H:%M}"
    except ValueError:
        return None
    return None


def value_text(entity: str, name: str, value: object, translate: Translate,
               names: dict[str, dict[int, str]] | None = None, width: int = 60) -> str:
    """A stored value as the user reads it: labels for codes, Yes/No, dd/mm/yyyy, names for references."""
    def t(source: str, context: str = "Fields") -> str:
        return translate(context, source) or source

    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return t(YES if value else NO)
    ref = reference_of(entity, name)
    if ref is not None:
        table = (names or {}).get(ref, {})
        ids = value if isinstance(value, list) else [value]
        out = []
        for ident in ids:
            try:
                out.append(table.get(int(ident)) or f"#{ident}")
            except (TypeError, ValueError):
                out.append(str(ident))
        return _clip(", ".join(out), width)
    if isinstance(value, list):
        return _clip(", ".join(str(v) for v in value), width)
    if isinstance(value, str):
        coded = VALUE_LABELS.get((entity, name))
        if coded is not None:
            context, labels = coded
            return t(labels[value], context) if value in labels else _clip(value, width)
        if entity == "report" and name == "status" and value in REPORT_STATUS_LABELS:
            return t(REPORT_STATUS_LABELS[value], "ReportStatus")
        if name in CODE_FIELDS and value in LABELS:
            return t(LABELS[value], "Labels")
        if name == "duration_unit" and value in UNIT_LABELS:
            return t(UNIT_LABELS[value])
        if entity == "setting" and value in SETTING_LABELS:
            return t(SETTING_LABELS[value])
        if entity == "review_input" and name == "key":
            return value.upper()
        if entity == "setting" and name == "value" and len(value) == 5 and value[2] == "-":  # a due date 'MM-DD'
            return f"{value[3:]}/{value[:2]}"
        if name == "period" and _is_period(value):  # "sáu tháng đầu năm 2026 (2026-H1)", as the period boxes
            named = render(PeriodName(value), translate)
            return named if value.isdigit() else f"{named} ({value})"
        if value in ("[]", "{}") and name in JSON_FIELDS:  # an empty JSON list or object: nothing
            return "—"
        if name == "results_json" or value.startswith(("[{", "{\"")):
            try:
                json.loads(value)
            except ValueError:
                pass
            else:
                return "…"
        dated = _date_text(value) if value[:4].isdigit() else None
        if dated is not None:
            return dated
        return _clip(value, width)
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    if isinstance(value, int) and (entity, name) in COUNTED_FROM_ZERO:
        return str(value + 1)
    return _clip(str(value), width)


# Orders stored from 0 that the user counts from 1 (the team's first member is "1", not "0").
COUNTED_FROM_ZERO = {("rx_inspection_member", "position")}


def _is_period(text: str) -> bool:
    try:
        ReportPeriod.parse(text)
    except ValidationError:
        return False
    return True


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
