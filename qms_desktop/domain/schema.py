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
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_number

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
    hint: str = ""  # English source, context "Fields": shown in the empty field, so that the label stays short


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
    # `qms list`'s tsv columns when the screen's list has grown since: a public interface, kept for scripts
    cli_columns: tuple[str, ...] = ()

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


def coerce(spec: FieldSpec, value: object) -> object:
    """Convert and check one value; raises ValidationError naming the field."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if spec.required:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label} is required."), field=spec.name, field_label=spec.label)
        return None if spec.kind not in (TEXT, LONGTEXT, BOOL) else (False if spec.kind == BOOL else "")
    try:
        if spec.kind in (TEXT, LONGTEXT, CHOICE):
            text = nfc(str(value)).strip() if spec.kind == LONGTEXT else clean(value)
            if len(text) > spec.max_len:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label} is too long (at most {max} characters)."),
                                      field=spec.name, field_label=spec.label, max=spec.max_len)
            if spec.kind == CHOICE and text not in spec.choices:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label}: '{value}' is not an allowed value."),
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
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label}: '{value}' is not a valid value."),
                              field=spec.name, field_label=spec.label, value=str(value)[:50]) from None
    if (spec.minimum is not None and number < spec.minimum) or (spec.maximum is not None and number > spec.maximum):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label} must be between {min} and {max}."),
                              field=spec.name, field_label=spec.label,
                              min=_bound_text(spec, spec.minimum), max=_bound_text(spec, spec.maximum))
    return number


def _bound_text(spec: FieldSpec, value: float | None) -> str:
    """A range's end as the interface writes numbers (10.000.000, 0,5), never 1e+07; a year as a year (2100)."""
    if value is None:
        return ""
    if spec.name == "year":
        return str(int(value))
    if float(value).is_integer():
        return format_number(int(value))
    decimals = len(f"{float(value):.6f}".rstrip("0").split(".")[1])
    return format_number(value, decimals)


def check_date(value: object, spec: FieldSpec | None = None) -> dt.date:
    name, label = (spec.name, spec.label) if spec else ("date", QT_TRANSLATE_NOOP("Fields", "Date"))
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        from qms_desktop.i18n import parse_date
        try:
            value = parse_date(value)
        except ValueError:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label}: '{value}' is not a valid date (dd/mm/yyyy)."),
                                  field=name, field_label=label, value=value[:20]) from None
    if not isinstance(value, dt.date):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label}: '{value}' is not a valid date (dd/mm/yyyy)."),
                              field=name, field_label=label, value=str(value)[:20])
    if not MIN_DATE <= value <= MAX_DATE:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label}: {value} is outside the accepted range "
                                                          "({first} – {last})."),
                              field=name, field_label=label, value=value.strftime("%d/%m/%Y"),
                              first=MIN_DATE.strftime("%d/%m/%Y"), last=MAX_DATE.strftime("%d/%m/%Y"))
    return value


F = FieldSpec
SPECS: dict[str, RecordSpec] = {s.kind: s for s in (
    RecordSpec("unit", QT_TRANSLATE_NOOP("Records", "Units"), (
        F("name", QT_TRANSLATE_NOOP("Fields", "Name"), required=True, max_len=200),
        F("description", QT_TRANSLATE_NOOP("Fields", "Description"), LONGTEXT),
    ), ("name", "description"), "name", sort=("name",)),
    RecordSpec("staff", QT_TRANSLATE_NOOP("Records", "Staff"), (
        F("full_name", QT_TRANSLATE_NOOP("Fields", "Full name"), required=True, max_len=200),
        F("title", QT_TRANSLATE_NOOP("Fields", "Job title"), max_len=200),
        F("unit_id", QT_TRANSLATE_NOOP("Fields", "Unit"), REF, ref="unit"),
        F("is_steering", QT_TRANSLATE_NOOP("Fields", "ISO steering committee"), BOOL),
        F("is_auditor", QT_TRANSLATE_NOOP("Fields", "Internal auditor"), BOOL),
        F("auditor_certificate", QT_TRANSLATE_NOOP("Fields", "Auditor certificate"), max_len=200),
        F("phone", QT_TRANSLATE_NOOP("Fields", "Phone"), max_len=50),
    ), ("full_name", "title", "unit_id", "is_steering", "is_auditor"), "full_name", sort=("full_name",)),
    RecordSpec("legal_document", QT_TRANSLATE_NOOP("Records", "Legal basis"), (
        F("procedure_id", QT_TRANSLATE_NOOP("Fields", "Procedure"), REF, required=True, ref="procedure"),
        F("number", QT_TRANSLATE_NOOP("Fields", "Document number"), max_len=100),
        F("title", QT_TRANSLATE_NOOP("Fields", "Document title"), LONGTEXT, required=True),
        F("issued_date", QT_TRANSLATE_NOOP("Fields", "Issued on"), DATE),
        F("effective_date", QT_TRANSLATE_NOOP("Fields", "Effective from"), DATE),
        F("incorporated_date", QT_TRANSLATE_NOOP("Fields", "Built into the procedure on"), DATE),
    ), ("procedure_id", "number", "title", "effective_date", "incorporated_date"), "title"),
    RecordSpec("announcement", QT_TRANSLATE_NOOP("Records", "Announcements"), (
        F("decision_number", QT_TRANSLATE_NOOP("Fields", "Decision number"), required=True, max_len=100),
        F("decision_date", QT_TRANSLATE_NOOP("Fields", "Decision date"), DATE, required=True),
        F("activities", QT_TRANSLATE_NOOP("Fields", "Other activities in scope"), LONGTEXT),
        F("notice_sent_date", QT_TRANSLATE_NOOP("Fields", "Notice sent on"), DATE),
        F("notice_recipient", QT_TRANSLATE_NOOP("Fields", "Notice sent to"), max_len=300),
        F("posted_date", QT_TRANSLATE_NOOP("Fields", "Posted at the office on"), DATE),
        F("website_posted_date", QT_TRANSLATE_NOOP("Fields", "Posted on the website on"), DATE),
        F("is_reannouncement", QT_TRANSLATE_NOOP("Fields", "Re-announcement"), BOOL),
        F("legal_bases", QT_TRANSLATE_NOOP("Fields", "Legal bases (Căn cứ)"), LONGTEXT, max_len=5000,
          hint=QT_TRANSLATE_NOOP("Fields", "One per line; empty: chosen by the decision's date")),
    ), ("decision_number", "decision_date", "notice_sent_date", "posted_date"), "decision_number",
        sort=("decision_date",)),
    RecordSpec("quality_policy", QT_TRANSLATE_NOOP("Records", "Quality policy"), (
        F("year", QT_TRANSLATE_NOOP("Fields", "Year"), INT, required=True, minimum=2000, maximum=2100),
        F("text", QT_TRANSLATE_NOOP("Fields", "Policy"), LONGTEXT, required=True),
        F("approved_date", QT_TRANSLATE_NOOP("Fields", "Approved on"), DATE),
    ), ("year", "text", "approved_date"), "year", cancellable=False, sort=("year",)),
    RecordSpec("objective", QT_TRANSLATE_NOOP("Records", "Quality objectives"), (
        F("year", QT_TRANSLATE_NOOP("Fields", "Year"), INT, required=True, minimum=2000, maximum=2100),
        F("text", QT_TRANSLATE_NOOP("Fields", "Objective"), LONGTEXT, required=True),
        F("measure", QT_TRANSLATE_NOOP("Fields", "Measure"), LONGTEXT),
        F("target", QT_TRANSLATE_NOOP("Fields", "Target"), FLOAT, required=True, minimum=0, maximum=1e9),
        F("comparison", QT_TRANSLATE_NOOP("Fields", "Comparison"), CHOICE, choices=(">=", "<="), required=True),
        F("unit", QT_TRANSLATE_NOOP("Fields", "Unit of measure"), max_len=20),
        F("owner_unit_id", QT_TRANSLATE_NOOP("Fields", "Responsible unit"), REF, ref="unit"),
    ), ("year", "text", "target", "comparison", "unit"), "text", sort=("year", "id")),
    RecordSpec("external_inspection", QT_TRANSLATE_NOOP("Records", "External inspections"), (
        F("date", QT_TRANSLATE_NOOP("Fields", "Date"), DATE, required=True),
        F("body", QT_TRANSLATE_NOOP("Fields", "Inspecting body"), required=True, max_len=300),
        F("record_number", QT_TRANSLATE_NOOP("Fields", "Record number"), max_len=100),
        F("signed_date", QT_TRANSLATE_NOOP("Fields", "Record signed on"), DATE),
        F("findings", QT_TRANSLATE_NOOP("Fields", "Findings"), LONGTEXT),
        F("report_sent_date", QT_TRANSLATE_NOOP("Fields", "Corrective actions reported on"), DATE),
    ), ("date", "body", "record_number", "signed_date", "report_sent_date"), "body", sort=("date",)),
    RecordSpec("training", QT_TRANSLATE_NOOP("Records", "Training and dissemination"), (
        F("date", QT_TRANSLATE_NOOP("Fields", "Date"), DATE, required=True),
        F("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), CHOICE, choices=("training", "dissemination"), required=True),
        F("content", QT_TRANSLATE_NOOP("Fields", "Content"), LONGTEXT, required=True),
        F("trainer", QT_TRANSLATE_NOOP("Fields", "Trainer"), max_len=200),
        F("attendees", QT_TRANSLATE_NOOP("Fields", "Attendees"), LONGTEXT),
        F("attendee_count", QT_TRANSLATE_NOOP("Fields", "Number of attendees"), INT, minimum=0, maximum=100000),
    ), ("date", "kind", "content", "attendee_count"), "content", sort=("date",)),
    RecordSpec("risk", QT_TRANSLATE_NOOP("Records", "Risks and opportunities"), (
        F("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), CHOICE, choices=("risk", "opportunity"), required=True),
        F("description", QT_TRANSLATE_NOOP("Fields", "Description"), LONGTEXT, required=True),
        F("process", QT_TRANSLATE_NOOP("Fields", "Process"), max_len=300),
        F("likelihood", QT_TRANSLATE_NOOP("Fields", "Likelihood (1–5)"), INT, minimum=1, maximum=5, required=True),
        F("impact", QT_TRANSLATE_NOOP("Fields", "Impact (1–5)"), INT, minimum=1, maximum=5, required=True),
        F("action", QT_TRANSLATE_NOOP("Fields", "Action"), LONGTEXT),
        F("owner", QT_TRANSLATE_NOOP("Fields", "Owner"), max_len=200),
        F("review_date", QT_TRANSLATE_NOOP("Fields", "Review date"), DATE),
        F("effectiveness", QT_TRANSLATE_NOOP("Fields", "Effectiveness"), LONGTEXT),
    ), ("kind", "description", "likelihood", "impact", "owner", "review_date"), "description"),
    RecordSpec("improvement", QT_TRANSLATE_NOOP("Records", "Improvements"), (
        F("date", QT_TRANSLATE_NOOP("Fields", "Date"), DATE, required=True),
        F("description", QT_TRANSLATE_NOOP("Fields", "What was improved"), LONGTEXT, required=True),
        F("source", QT_TRANSLATE_NOOP("Fields", "Source"), CHOICE, choices=("audit", "review", "complaint", "idea"), required=True),
        F("result", QT_TRANSLATE_NOOP("Fields", "Result"), LONGTEXT),
    ), ("date", "description", "source", "result"), "description", sort=("date",)),
    RecordSpec("petition", QT_TRANSLATE_NOOP("Records", "Citizen feedback and petitions"), (
        F("number", QT_TRANSLATE_NOOP("Fields", "Number in the book"), max_len=50),
        F("received_date", QT_TRANSLATE_NOOP("Fields", "Received on"), DATE, required=True),
        F("category", QT_TRANSLATE_NOOP("Fields", "Kind"), CHOICE, choices=("feedback", "petition"), required=True),
        F("channel", QT_TRANSLATE_NOOP("Fields", "Received through"), CHOICE,
          choices=("direct", "hotline", "portal", "mail"), required=True),
        F("citizen", QT_TRANSLATE_NOOP("Fields", "Citizen or organisation"), max_len=200),
        F("summary", QT_TRANSLATE_NOOP("Fields", "Content"), LONGTEXT, required=True),
        F("unit_id", QT_TRANSLATE_NOOP("Fields", "Handling unit"), REF, ref="unit"),
        F("due_date", QT_TRANSLATE_NOOP("Fields", "Answer due by"), DATE),
        F("resolved_date", QT_TRANSLATE_NOOP("Fields", "Answered on"), DATE),
        F("result", QT_TRANSLATE_NOOP("Fields", "Result of the handling"), LONGTEXT),
    ), ("number", "received_date", "category", "channel", "citizen", "summary", "due_date", "resolved_date"), "summary",
        sort=("received_date", "id"),
        cli_columns=("number", "received_date", "category", "channel", "summary", "resolved_date")),
    RecordSpec("survey", QT_TRANSLATE_NOOP("Records", "Satisfaction surveys"), (
        F("period", QT_TRANSLATE_NOOP("Fields", "Period"), required=True, max_len=10),
        F("form", QT_TRANSLATE_NOOP("Fields", "Form used"), max_len=300),
        F("start_date", QT_TRANSLATE_NOOP("Fields", "From"), DATE),
        F("end_date", QT_TRANSLATE_NOOP("Fields", "To"), DATE),
        F("responses", QT_TRANSLATE_NOOP("Fields", "Responses"), INT, minimum=0, maximum=10_000_000),
        F("satisfaction_rate", QT_TRANSLATE_NOOP("Fields", "Satisfaction rate (%)"), FLOAT, minimum=0, maximum=100),
        F("results_json", QT_TRANSLATE_NOOP("Fields", "Results per question"), LONGTEXT),
    ), ("period", "form", "responses", "satisfaction_rate"), "period", sort=("period",)),
    RecordSpec("service_stat", QT_TRANSLATE_NOOP("Records", "Service statistics"), (
        F("period_start", QT_TRANSLATE_NOOP("Fields", "From"), DATE, required=True),
        F("period_end", QT_TRANSLATE_NOOP("Fields", "To"), DATE, required=True),
        F("received", QT_TRANSLATE_NOOP("Fields", "Applications received"), INT, minimum=0, maximum=10_000_000),
        F("on_time", QT_TRANSLATE_NOOP("Fields", "Settled on time"), INT, minimum=0, maximum=10_000_000),
        F("late", QT_TRANSLATE_NOOP("Fields", "Settled late"), INT, minimum=0, maximum=10_000_000),
        F("pending", QT_TRANSLATE_NOOP("Fields", "Pending"), INT, minimum=0, maximum=10_000_000),
        F("feedback", QT_TRANSLATE_NOOP("Fields", "Feedback and petitions"), INT, minimum=0, maximum=10_000_000),
        F("complaints", QT_TRANSLATE_NOOP("Fields", "Complaints"), INT, minimum=0, maximum=10_000_000),
        F("complaints_resolved", QT_TRANSLATE_NOOP("Fields", "Complaints resolved"), INT, minimum=0, maximum=10_000_000),
        F("note", QT_TRANSLATE_NOOP("Fields", "Note"), LONGTEXT),
    ), ("period_start", "period_end", "received", "on_time", "late", "pending"), "period_start",
        cancellable=False, sort=("period_start",)),
)}
