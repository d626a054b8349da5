"""Field specifications of the simpler records: validation in the services, forms in the GUI.

Records with rules of their own (procedures, audits, nonconformities, reviews, reports) have
dedicated services; they still use these specs for their plain fields.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.text import clean, nfc
from qms_desktop.i18n import QT_TRANSLATE_NOOP as N

TEXT, LONGTEXT, DATE, INT, FLOAT, BOOL, CHOICE, REF = "text", "longtext", "date", "int", "float", "bool", "choice", "ref"
MIN_DATE, MAX_DATE = dt.date(1945, 9, 2), dt.date(2100, 12, 31)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str  # English source, context "Fields"
    kind: str = TEXT
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str | None = None  # record kind referenced (REF)
    max_len: int = 2000
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class RecordSpec:
    kind: str
    label: str  # English source, context "Records"
    fields: tuple[FieldSpec, ...]
    columns: tuple[str, ...]  # shown in lists
    title_field: str
    cancellable: bool = True
    permission: str = "edit"
    sort: tuple[str, ...] = ("id",)
    extra: dict = field(default_factory=dict)

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


def coerce(spec: FieldSpec, value: object) -> object:
    """Convert and check one value; raises ValidationError naming the field."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if spec.required:
            raise ValidationError(N("Errors", "{field_label} is required."), field=spec.name, field_label=spec.label)
        return None if spec.kind not in (TEXT, LONGTEXT, BOOL) else (False if spec.kind == BOOL else "")
    try:
        if spec.kind in (TEXT, LONGTEXT, CHOICE):
            text = nfc(str(value)).strip() if spec.kind == LONGTEXT else clean(value)
            if len(text) > spec.max_len:
                raise ValidationError(N("Errors", "{field_label} is too long (at most {max} characters)."),
                                      field=spec.name, field_label=spec.label, max=spec.max_len)
            if spec.kind == CHOICE and text not in spec.choices:
                raise ValidationError(N("Errors", "{field_label}: '{value}' is not an allowed value."),
                                      field=spec.name, field_label=spec.label, value=text)
            return text
        if spec.kind == DATE:
            return check_date(value, spec)
        if spec.kind == BOOL:
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "có", "x")
            return bool(value)
        if spec.kind in (INT, REF):
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError(value)
            number = int(str(value).strip()) if isinstance(value, str) else int(value)
        else:
            number = float(str(value).strip().replace(",", ".")) if isinstance(value, str) else float(value)
            if not math.isfinite(number):
                raise ValueError(value)
    except ValidationError:
        raise
    except (TypeError, ValueError, OverflowError):
        raise ValidationError(N("Errors", "{field_label}: '{value}' is not a valid value."),
                              field=spec.name, field_label=spec.label, value=str(value)[:50]) from None
    if (spec.minimum is not None and number < spec.minimum) or (spec.maximum is not None and number > spec.maximum):
        raise ValidationError(N("Errors", "{field_label} must be between {min} and {max}."),
                              field=spec.name, field_label=spec.label, min=f"{spec.minimum:g}", max=f"{spec.maximum:g}")
    return number


def check_date(value: object, spec: FieldSpec | None = None) -> dt.date:
    name, label = (spec.name, spec.label) if spec else ("date", N("Fields", "Date"))
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        from qms_desktop.i18n import parse_date
        try:
            value = parse_date(value)
        except ValueError:
            raise ValidationError(N("Errors", "{field_label}: '{value}' is not a valid date (dd/mm/yyyy)."),
                                  field=name, field_label=label, value=value[:20]) from None
    if not isinstance(value, dt.date):
        raise ValidationError(N("Errors", "{field_label}: '{value}' is not a valid date (dd/mm/yyyy)."),
                              field=name, field_label=label, value=str(value)[:20])
    if not MIN_DATE <= value <= MAX_DATE:
        raise ValidationError(N("Errors", "{field_label}: {value} is outside the accepted range."),
                              field=name, field_label=label, value=value.strftime("%d/%m/%Y"))
    return value


F = FieldSpec
SPECS: dict[str, RecordSpec] = {s.kind: s for s in (
    RecordSpec("unit", N("Records", "Units"), (
        F("name", N("Fields", "Name"), required=True, max_len=200),
        F("description", N("Fields", "Description"), LONGTEXT),
    ), ("name", "description"), "name", sort=("name",)),
    RecordSpec("staff", N("Records", "Staff"), (
        F("full_name", N("Fields", "Full name"), required=True, max_len=200),
        F("title", N("Fields", "Title"), max_len=200),
        F("unit_id", N("Fields", "Unit"), REF, ref="unit"),
        F("is_steering", N("Fields", "ISO steering committee"), BOOL),
        F("is_auditor", N("Fields", "Internal auditor"), BOOL),
        F("auditor_certificate", N("Fields", "Auditor certificate"), max_len=200),
        F("phone", N("Fields", "Phone"), max_len=50),
    ), ("full_name", "title", "unit_id", "is_steering", "is_auditor"), "full_name", sort=("full_name",)),
    RecordSpec("legal_document", N("Records", "Legal basis"), (
        F("procedure_id", N("Fields", "Procedure"), REF, required=True, ref="procedure"),
        F("number", N("Fields", "Document number"), max_len=100),
        F("title", N("Fields", "Title"), LONGTEXT, required=True),
        F("issued_date", N("Fields", "Issued on"), DATE),
        F("effective_date", N("Fields", "Effective from"), DATE),
        F("incorporated_date", N("Fields", "Built into the procedure on"), DATE),
    ), ("procedure_id", "number", "title", "effective_date", "incorporated_date"), "title"),
    RecordSpec("announcement", N("Records", "Announcements"), (
        F("decision_number", N("Fields", "Decision number"), required=True, max_len=100),
        F("decision_date", N("Fields", "Decision date"), DATE, required=True),
        F("activities", N("Fields", "Other activities in scope"), LONGTEXT),
        F("notice_sent_date", N("Fields", "Notice sent on"), DATE),
        F("notice_recipient", N("Fields", "Notice sent to"), max_len=300),
        F("posted_date", N("Fields", "Posted at the office on"), DATE),
        F("is_reannouncement", N("Fields", "Re-announcement"), BOOL),
    ), ("decision_number", "decision_date", "notice_sent_date", "posted_date"), "decision_number",
        sort=("decision_date",)),
    RecordSpec("quality_policy", N("Records", "Quality policy"), (
        F("year", N("Fields", "Year"), INT, required=True, minimum=2000, maximum=2100),
        F("text", N("Fields", "Policy"), LONGTEXT, required=True),
        F("approved_date", N("Fields", "Approved on"), DATE),
    ), ("year", "text", "approved_date"), "year", cancellable=False, sort=("year",)),
    RecordSpec("objective", N("Records", "Quality objectives"), (
        F("year", N("Fields", "Year"), INT, required=True, minimum=2000, maximum=2100),
        F("text", N("Fields", "Objective"), LONGTEXT, required=True),
        F("measure", N("Fields", "Measure"), LONGTEXT),
        F("target", N("Fields", "Target"), FLOAT, required=True, minimum=0, maximum=1e9),
        F("comparison", N("Fields", "Comparison"), CHOICE, choices=(">=", "<="), required=True),
        F("unit", N("Fields", "Unit of measure"), max_len=20),
        F("owner_unit_id", N("Fields", "Responsible unit"), REF, ref="unit"),
    ), ("year", "text", "target", "comparison", "unit"), "text", sort=("year", "id")),
    RecordSpec("external_inspection", N("Records", "External inspections"), (
        F("date", N("Fields", "Date"), DATE, required=True),
        F("body", N("Fields", "Inspecting body"), required=True, max_len=300),
        F("record_number", N("Fields", "Record number"), max_len=100),
        F("signed_date", N("Fields", "Record signed on"), DATE),
        F("findings", N("Fields", "Findings"), LONGTEXT),
        F("report_sent_date", N("Fields", "Corrective actions reported on"), DATE),
    ), ("date", "body", "record_number", "signed_date", "report_sent_date"), "body", sort=("date",)),
    RecordSpec("training", N("Records", "Training and dissemination"), (
        F("date", N("Fields", "Date"), DATE, required=True),
        F("kind", N("Fields", "Kind"), CHOICE, choices=("training", "dissemination"), required=True),
        F("content", N("Fields", "Content"), LONGTEXT, required=True),
        F("trainer", N("Fields", "Trainer"), max_len=200),
        F("attendees", N("Fields", "Attendees"), LONGTEXT),
        F("attendee_count", N("Fields", "Number of attendees"), INT, minimum=0, maximum=100000),
    ), ("date", "kind", "content", "attendee_count"), "content", sort=("date",)),
    RecordSpec("risk", N("Records", "Risks and opportunities"), (
        F("kind", N("Fields", "Kind"), CHOICE, choices=("risk", "opportunity"), required=True),
        F("description", N("Fields", "Description"), LONGTEXT, required=True),
        F("process", N("Fields", "Process"), max_len=300),
        F("likelihood", N("Fields", "Likelihood (1–5)"), INT, minimum=1, maximum=5, required=True),
        F("impact", N("Fields", "Impact (1–5)"), INT, minimum=1, maximum=5, required=True),
        F("action", N("Fields", "Action"), LONGTEXT),
        F("owner", N("Fields", "Owner"), max_len=200),
        F("review_date", N("Fields", "Review date"), DATE),
        F("effectiveness", N("Fields", "Effectiveness"), LONGTEXT),
    ), ("kind", "description", "likelihood", "impact", "owner", "review_date"), "description"),
    RecordSpec("improvement", N("Records", "Improvements"), (
        F("date", N("Fields", "Date"), DATE, required=True),
        F("description", N("Fields", "What was improved"), LONGTEXT, required=True),
        F("source", N("Fields", "Source"), CHOICE, choices=("audit", "review", "complaint", "idea"), required=True),
        F("result", N("Fields", "Result"), LONGTEXT),
    ), ("date", "description", "source", "result"), "description", sort=("date",)),
    RecordSpec("survey", N("Records", "Satisfaction surveys"), (
        F("period", N("Fields", "Period"), required=True, max_len=10),
        F("form", N("Fields", "Form used"), max_len=300),
        F("start_date", N("Fields", "From"), DATE),
        F("end_date", N("Fields", "To"), DATE),
        F("responses", N("Fields", "Responses"), INT, minimum=0, maximum=10_000_000),
        F("satisfaction_rate", N("Fields", "Satisfaction rate (%)"), FLOAT, minimum=0, maximum=100),
        F("results_json", N("Fields", "Results per question"), LONGTEXT),
    ), ("period", "form", "responses", "satisfaction_rate"), "period", sort=("period",)),
    RecordSpec("service_stat", N("Records", "Service statistics"), (
        F("period_start", N("Fields", "From"), DATE, required=True),
        F("period_end", N("Fields", "To"), DATE, required=True),
        F("received", N("Fields", "Applications received"), INT, minimum=0, maximum=10_000_000),
        F("on_time", N("Fields", "Settled on time"), INT, minimum=0, maximum=10_000_000),
        F("late", N("Fields", "Settled late"), INT, minimum=0, maximum=10_000_000),
        F("pending", N("Fields", "Pending"), INT, minimum=0, maximum=10_000_000),
        F("feedback", N("Fields", "Feedback and petitions"), INT, minimum=0, maximum=10_000_000),
        F("complaints", N("Fields", "Complaints"), INT, minimum=0, maximum=10_000_000),
        F("complaints_resolved", N("Fields", "Complaints resolved"), INT, minimum=0, maximum=10_000_000),
        F("note", N("Fields", "Note"), LONGTEXT),
    ), ("period_start", "period_end", "received", "on_time", "late", "pending"), "period_start",
        cancellable=False, sort=("period_start",)),
)}
