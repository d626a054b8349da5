"""The receiving office (issue 14): register of reporting units, inbox of signed packages, review
states, completeness and timeliness, consolidation, letters and the province's summary report.

A database is either a commune's or an office's (``agency.mode``); these services refuse to import
packages into a commune's database.
"""

from qms_desktop.services.receiving.errors import InboxInvalid, InboxNotFound, PackageRefused
from qms_desktop.services.receiving.inbox import (
    ACCEPTED, DUPLICATE, REFUSED, SUPERSEDED, ImportResult, KeyQuestion, Outcome, PackageRow, Recheck, collect_files,
    import_packages, list_packages, package_part, recheck_pdf_signatures, signature_findings,
)
from qms_desktop.services.receiving.review import (
    STATE_LABELS, accept_report, events, find_submission, get_submission, return_report, unlock_report,
)
from qms_desktop.services.receiving.status import (
    Overview, UnitStatus, default_period, known_periods, period_overview, periods_with_packages,
)
from qms_desktop.services.receiving.units import (
    UnitInput, UnitRow, get_unit, import_units, list_units, match_key, normalise_fingerprint, save_unit, trust_key,
)

__all__ = [
    "ACCEPTED", "DUPLICATE", "REFUSED", "SUPERSEDED", "STATE_LABELS", "ImportResult", "Recheck", "InboxInvalid", "InboxNotFound",
    "KeyQuestion", "Outcome", "Overview", "PackageRefused", "PackageRow", "UnitInput", "UnitRow", "UnitStatus",
    "accept_report", "collect_files", "events", "find_submission", "get_submission", "get_unit", "import_packages",
    "default_period", "import_units", "known_periods", "list_packages", "list_units", "match_key", "normalise_fingerprint",
    "package_part", "period_overview", "periods_with_packages", "recheck_pdf_signatures", "return_report", "save_unit", "signature_findings",
    "trust_key", "unlock_report",
]
