"""Labels of the receiving office's codes, declared once: the inbox, units and inspection pages and
the change history (domain/change_labels.py) read them from here.

English sources in the contexts the pages have always used ("Inbox", "Inspection"), so the
catalogs keep their translations.
"""

from __future__ import annotations

from qms_desktop.i18n import QT_TRANSLATE_NOOP

# rx_submission.state (context "Inbox"); Vietnamese in the catalog: Đã nhận, Trả lại, Nộp lại, Đã chấp nhận.
STATE_LABELS = {
    "received": QT_TRANSLATE_NOOP("Inbox", "Received"),
    "returned": QT_TRANSLATE_NOOP("Inbox", "Returned"),
    "resubmitted": QT_TRANSLATE_NOOP("Inbox", "Resubmitted"),
    "accepted": QT_TRANSLATE_NOOP("Inbox", "Accepted"),
    "missing": QT_TRANSLATE_NOOP("Inbox", "Missing"),
    "not_expected": QT_TRANSLATE_NOOP("Inbox", "Not expected"),
    "superseded": QT_TRANSLATE_NOOP("Inbox", "Superseded"),  # a package a later version replaced (PackageRow.status)
}

# rx_event.action: what happened to a unit's reports and key (context "Inbox").
EVENT_LABELS = {
    "received": QT_TRANSLATE_NOOP("Inbox", "package received"),
    "superseded": QT_TRANSLATE_NOOP("Inbox", "corrected version received"),
    "signed_copy": QT_TRANSLATE_NOOP("Inbox", "digitally signed copy received"),
    "returned": QT_TRANSLATE_NOOP("Inbox", "returned for correction"),
    "accepted": QT_TRANSLATE_NOOP("Inbox", "accepted and locked"),
    "unlocked": QT_TRANSLATE_NOOP("Inbox", "unlocked"),
    "key_first_use": QT_TRANSLATE_NOOP("Inbox", "key confirmed on first use"),
    "key_enrolled": QT_TRANSLATE_NOOP("Inbox", "key enrolled by hand"),
}

# rx_unit.key_source: how the unit's key was pinned (context "Inbox").
KEY_SOURCES = {
    "first_use": QT_TRANSLATE_NOOP("Inbox", "confirmed on first use"),
    "manual": QT_TRANSLATE_NOOP("Inbox", "enrolled by hand"),
}

# rx_package.continuity: the package's history-chain head against the one seen before (context "Inbox").
CONTINUITY = {
    "first": QT_TRANSLATE_NOOP("Inbox", "first head recorded"),
    "extends": QT_TRANSLATE_NOOP("Inbox", "extends the head seen before"),
    "earlier": QT_TRANSLATE_NOOP("Inbox", "an earlier state of the chain seen"),
    "unverifiable": QT_TRANSLATE_NOOP("Inbox", "not verifiable"),
}

# rx_package.pdf_signature: the digital signature of the report's PDF as checked at import (reports.pades states).
PDF_SIGNATURE = {
    "valid": QT_TRANSLATE_NOOP("Inbox", "signed, valid"),
    "unknown_issuer": QT_TRANSLATE_NOOP("Inbox", "signed, issuer not among the trusted roots"),
    "invalid": QT_TRANSLATE_NOOP("Inbox", "signature INVALID"),
    "not_signed": QT_TRANSLATE_NOOP("Inbox", "not signed"),
    "": QT_TRANSLATE_NOOP("Inbox", "not checked (received before this version)"),
}

# rx_inspection_member.role: the inspection team's roles (context "Inspection"); not the commune's
# account roles (domain.model.LABELS, where "secretary" is the ISO secretary).
ROLE_LABELS = {
    "lead": QT_TRANSLATE_NOOP("Inspection", "Team leader"),
    "member": QT_TRANSLATE_NOOP("Inspection", "Member"),
    "secretary": QT_TRANSLATE_NOOP("Inspection", "Secretary"),
}

# The consolidated key figures of a received package (rx_package's columns), context "Inbox".
# Figures the office reads from a package's stored metrics, not from a column of rx_package (services/receiving/
# status.py): the commune's petition book (TT 26 Art. 36.1(e); QA 18 F2).
STORED_FIGURES = ("petitions", "petitions_carried", "petitions_pending", "petitions_overdue")
FIGURE_LABELS = {
    "tthc_in_scope": QT_TRANSLATE_NOOP("Inbox", "TTHC in scope"),
    "tthc_covered": QT_TRANSLATE_NOOP("Inbox", "TTHC with a procedure"),
    "procedures_effective": QT_TRANSLATE_NOOP("Inbox", "Procedures in force"),
    "audits": QT_TRANSLATE_NOOP("Inbox", "Internal audits"),
    "reviews": QT_TRANSLATE_NOOP("Inbox", "Management reviews"),
    "nc_opened": QT_TRANSLATE_NOOP("Inbox", "NCs opened"),
    "nc_closed": QT_TRANSLATE_NOOP("Inbox", "NCs closed"),
    "nc_open_end": QT_TRANSLATE_NOOP("Inbox", "NCs open at the end"),
    "nc_overdue": QT_TRANSLATE_NOOP("Inbox", "NCs overdue"),
    "files_received": QT_TRANSLATE_NOOP("Inbox", "Files received"),
    "files_on_time": QT_TRANSLATE_NOOP("Inbox", "Files settled on time"),
    "files_late": QT_TRANSLATE_NOOP("Inbox", "Files settled late"),
    "on_time_rate": QT_TRANSLATE_NOOP("Inbox", "On-time rate (%)"),
    "satisfaction": QT_TRANSLATE_NOOP("Inbox", "Satisfaction (%)"),
    "trainings": QT_TRANSLATE_NOOP("Inbox", "Trainings"),
    "complaints": QT_TRANSLATE_NOOP("Inbox", "Complaints"),
    "petitions": QT_TRANSLATE_NOOP("Inbox", "Feedback and petitions"),
    "petitions_carried": QT_TRANSLATE_NOOP("Inbox", "Petitions from earlier periods"),
    "petitions_pending": QT_TRANSLATE_NOOP("Inbox", "Petitions not answered"),
    "petitions_overdue": QT_TRANSLATE_NOOP("Inbox", "Petitions overdue"),
    "improvements": QT_TRANSLATE_NOOP("Inbox", "Improvements"),
}
