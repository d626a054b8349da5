"""The registry of record kinds: each kind of record the user knows is declared here, once.

Every consumer reads this table instead of keeping its own list: the record services (ORM model,
reference title), the CLI (``qms list <plural>``), the global search (which fields it shows), the
attachments (which owners may carry files), the change history and the search dialog (the kind's
label) and the main window (which page opens a "kind:id" link).

A kind is a ``Kind`` member, so a misspelt kind fails at import, not at run time. The ORM model is
named, not imported (the domain stays free of SQLAlchemy); ``services.records.model_of`` resolves it.
Labels are English source in ONE translation context, "Kinds".

Adding a kind: a ``Kind`` member and a ``KindInfo`` entry here, the ORM model in ``storage/orm.py``
and its Alembic revision, a ``RecordSpec`` in ``domain/schema.py`` when it is edited with the generic
forms, its figures in ``services/period_facts.py``, demo rows, tests and the catalog — the checklist
with its commands is in docs/architecture.md. Its search index and its merge rule come from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from qms_desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Kinds"  # the one translation context of the kinds' labels


class Kind(StrEnum):
    """Canonical names: the ORM table's name (what the change history records as its entity)."""

    TTHC = "tthc"
    PROCEDURE = "procedure"
    AUDIT = "audit"
    NONCONFORMITY = "nonconformity"
    MANAGEMENT_REVIEW = "management_review"
    EXTERNAL_INSPECTION = "external_inspection"
    LEGAL_DOCUMENT = "legal_document"
    ANNOUNCEMENT = "announcement"
    OBJECTIVE = "objective"
    TRAINING = "training"
    RISK = "risk"
    IMPROVEMENT = "improvement"
    STAFF = "staff"
    UNIT = "unit"
    SURVEY = "survey"
    SERVICE_STAT = "service_stat"
    PETITION = "petition"
    QUALITY_POLICY = "quality_policy"
    PROCEDURE_VERSION = "procedure_version"
    REPORT = "report"


@dataclass(frozen=True)
class KindInfo:
    kind: Kind
    label: str  # English source, context "Kinds" (singular: "Nonconformity")
    model: str  # the class name in storage/orm.py
    page: str | None = None  # key of the page that opens a "kind:id" link (ui/pages PAGES)
    plural: str | None = None  # `qms list <plural>`; None: not listed by the CLI
    search: tuple[str, str] | None = None  # (reference, title) attributes shown by the global search
    attachable: bool = False  # may carry attached files
    ref_title: str | None = None  # the field shown when another record refers to this one
    link: str | None = None  # the "kind:id" prefix of links (default: the canonical name)
    aliases: tuple[str, ...] = ()  # other names accepted for it (old links, the CLI's plural)

    @property
    def name(self) -> str:
        return self.kind.value

    @property
    def link_name(self) -> str:
        return self.link or self.kind.value


def _k(kind: Kind, label: str, model: str, **kw) -> KindInfo:
    return KindInfo(kind, label, model, **kw)


# The order is the global search's order of results.
KINDS: dict[Kind, KindInfo] = {k.kind: k for k in (
    _k(Kind.TTHC, QT_TRANSLATE_NOOP("Kinds", "Administrative procedure"), "Tthc", page="tthc", plural="tthc",
       search=("code", "name")),
    _k(Kind.PROCEDURE, QT_TRANSLATE_NOOP("Kinds", "Procedure"), "Procedure", page="procedures", plural="procedures",
       search=("code", "title"), attachable=True, ref_title="title"),
    _k(Kind.AUDIT, QT_TRANSLATE_NOOP("Kinds", "Internal audit"), "Audit", page="audits", plural="audits",
       search=("planned_date", "title"), attachable=True),
    _k(Kind.NONCONFORMITY, QT_TRANSLATE_NOOP("Kinds", "Nonconformity"), "Nonconformity", page="ncs", plural="ncs",
       search=("number", "description"), attachable=True, link="nc", aliases=("nc",)),
    _k(Kind.MANAGEMENT_REVIEW, QT_TRANSLATE_NOOP("Kinds", "Management review"), "ManagementReview", page="reviews",
       plural="reviews", search=("date", "place"), attachable=True, link="review", aliases=("review",)),
    _k(Kind.EXTERNAL_INSPECTION, QT_TRANSLATE_NOOP("Kinds", "External inspection"), "ExternalInspection",
       page="inspections", plural="inspections", search=("record_number", "body"), attachable=True,
       link="inspection", aliases=("inspection",)),
    _k(Kind.LEGAL_DOCUMENT, QT_TRANSLATE_NOOP("Kinds", "Legal basis"), "LegalDocument", page="procedures",
       search=("number", "title"), attachable=True),
    _k(Kind.ANNOUNCEMENT, QT_TRANSLATE_NOOP("Kinds", "Announcement"), "Announcement", page="announcements",
       plural="announcements", search=("decision_number", "activities"), attachable=True),
    _k(Kind.OBJECTIVE, QT_TRANSLATE_NOOP("Kinds", "Quality objective"), "Objective", page="objectives",
       plural="objectives", search=("year", "text")),
    _k(Kind.TRAINING, QT_TRANSLATE_NOOP("Kinds", "Training"), "Training", page="other", plural="trainings",
       search=("date", "content"), attachable=True),
    _k(Kind.RISK, QT_TRANSLATE_NOOP("Kinds", "Risk or opportunity"), "Risk", page="other", plural="risks",
       search=("kind", "description")),
    _k(Kind.IMPROVEMENT, QT_TRANSLATE_NOOP("Kinds", "Improvement"), "Improvement", page="other", plural="improvements",
       search=("date", "description")),
    _k(Kind.STAFF, QT_TRANSLATE_NOOP("Kinds", "Staff member"), "Staff", page="settings", plural="staff",
       search=("title", "full_name"), ref_title="full_name"),
    _k(Kind.UNIT, QT_TRANSLATE_NOOP("Kinds", "Unit"), "Unit", page="settings", plural="units", search=("id", "name"),
       ref_title="name"),
    _k(Kind.SURVEY, QT_TRANSLATE_NOOP("Kinds", "Satisfaction survey"), "Survey", page="other", plural="surveys",
       attachable=True),
    _k(Kind.SERVICE_STAT, QT_TRANSLATE_NOOP("Kinds", "Service statistics"), "ServiceStat", page="stats",
       plural="stats"),
    _k(Kind.PETITION, QT_TRANSLATE_NOOP("Kinds", "Citizen feedback or petition"), "Petition", page="other",
       plural="petitions", search=("number", "summary"), attachable=True),
    _k(Kind.QUALITY_POLICY, QT_TRANSLATE_NOOP("Kinds", "Quality policy"), "QualityPolicy", page="objectives"),
    _k(Kind.PROCEDURE_VERSION, QT_TRANSLATE_NOOP("Kinds", "Procedure version"), "ProcedureVersion",
       attachable=True),
    _k(Kind.REPORT, QT_TRANSLATE_NOOP("Kinds", "Report"), "Report", page="reports", attachable=True),
)}

# Logged tables (they have a change history) that are parts of a record or bookkeeping, not kinds
# of record of their own. tests/domain/test_kinds.py checks every logged table is in one of the two.
NOT_RECORD_KINDS: frozenset[str] = frozenset({
    "agency", "setting", "app_user", "attachment", "document_number", "procedure_step", "amendment",
    "objective_result", "audit_programme", "checklist_item", "finding", "corrective_action", "review_input",
    "review_output", "service_stat_field", "export_log", "agency_key", "merge_source", "stored_file",
    "procedure_tthc", "announcement_tthc", "audit_member", "audit_unit", "rx_unit", "rx_submission", "rx_package",
    "rx_event", "rx_inspection_plan", "rx_inspection_member", "rx_inspection",  # the receiving office's own registers
})

_BY_NAME: dict[str, KindInfo] = {}
for _info in KINDS.values():
    for _name in (_info.name, _info.link_name, _info.plural, *_info.aliases):
        if _name:
            assert _BY_NAME.get(_name, _info) is _info, f"kind name {_name!r} declared twice"
            _BY_NAME[_name] = _info


def info(name: str | Kind) -> KindInfo | None:
    """The kind a name stands for: canonical, link prefix, CLI plural or alias; None if unknown."""
    return _BY_NAME.get(str(name))


def label(name: str | Kind) -> str:
    """The untranslated label (context "Kinds"); the name itself when it is no kind."""
    found = info(name)
    return found.label if found else str(name)


def plurals() -> tuple[str, ...]:
    """The CLI's `qms list` kinds that are record kinds, in registry order."""
    return tuple(k.plural for k in KINDS.values() if k.plural)


def attachable() -> frozenset[str]:
    return frozenset(k.name for k in KINDS.values() if k.attachable)


def on_page(page: str) -> tuple[Kind, ...]:
    return tuple(k.kind for k in KINDS.values() if k.page == page)
