"""The QĐ 19/TT 26 rules, computed from plain facts as dated warnings (never silently enforced).

Each rule is a pure function of ``Facts``; the warnings service gathers the facts from the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Iterable, TypeVar

from qms_desktop.domain.periods import DECREE_09, PeriodName, ReportPeriod, add_months, report_to_make
from qms_desktop.i18n import QT_TRANSLATE_NOOP

DUE_SOON_DAYS = 14
LEGAL_UPDATE_MONTHS = 3  # QĐ 19 Art. 4.4a
INSPECTION_FOLLOWUP_MONTHS = 2  # TT 26 Art. 37
T = TypeVar("T")


@dataclass(frozen=True)
class Warning:
    rule: str
    message: str  # English source, context "Rules"
    params: dict
    due_date: dt.date | None
    record: str  # "kind:id", opened by the UI
    overdue: bool = False
    context: str = "Rules"


@dataclass(frozen=True)
class LegalDocFact:
    id: int
    procedure_id: int
    procedure_code: str
    title: str
    effective_date: dt.date | None
    incorporated_date: dt.date | None


@dataclass(frozen=True)
class InspectionFact:
    id: int
    body: str
    record_number: str
    signed_date: dt.date | None
    report_sent_date: dt.date | None


@dataclass(frozen=True)
class TthcFact:
    id: int
    code: str
    name: str
    in_scope: bool
    covered: bool  # linked to an effective procedure
    time_limit_days: float | None


@dataclass(frozen=True)
class StepsFact:
    procedure_id: int
    procedure_code: str
    tthc_code: str
    total_days: float
    limit_days: float


@dataclass(frozen=True)
class ActionFact:
    kind: str  # "nc" or "review"
    record_id: int
    label: str  # NC number or review date
    description: str
    due_date: dt.date | None
    done_date: dt.date | None


@dataclass(frozen=True)
class PetitionFact:
    id: int
    number: str
    received_date: dt.date
    due_date: dt.date | None  # the petition's answer is due (Hạn trả lời)


@dataclass(frozen=True)
class PlannedAuditFact:
    id: int
    title: str
    planned_date: dt.date


@dataclass(frozen=True)
class ObjectiveFact:
    id: int
    text: str
    period: str
    achieved: bool | None


@dataclass
class Facts:
    today: dt.date
    audit_dates: list[dt.date] = field(default_factory=list)
    planned_audits: list[PlannedAuditFact] = field(default_factory=list)  # still planned, their day come
    review_dates: list[dt.date] = field(default_factory=list)
    objectives_set: int | None = None  # this year's quality objectives (None: not known, no warning)
    yearly_rule: str = "calendar"  # or "rolling12"
    legal_docs: list[LegalDocFact] = field(default_factory=list)
    tthc: list[TthcFact] = field(default_factory=list)
    announced_codes: frozenset[str] | None = None  # None: never announced
    announcement_id: int | None = None
    inspections: list[InspectionFact] = field(default_factory=list)
    steps: list[StepsFact] = field(default_factory=list)
    actions: list[ActionFact] = field(default_factory=list)
    objectives: list[ObjectiveFact] = field(default_factory=list)
    petitions: list[PetitionFact] = field(default_factory=list)  # not answered yet
    # the reports (report_due): the agency's settings, the periods whose report was finalised or sent (None: not
    # known, no report warning) and the day the database was first written (None: nothing recorded yet)
    period_rule: str = DECREE_09
    report_due_h1: str = "06-20"
    report_due_year: str = "12-20"
    reported_periods: frozenset[str] | None = None
    in_use_since: dt.date | None = None
    last_year_unmeasured: int | None = None  # last year's objectives without a result for that year (None: not known)


def _each(rule: str, message: str, items: Iterable[T], *, params: Callable[[T], dict], record: Callable[[T], str],
          due: Callable[[T], dt.date] | None = None, today: dt.date | None = None) -> list[Warning]:
    """One warning ``rule`` for each of ``items``, with its ``params`` and ``record``; dated ``due`` (then overdue
    once that date is before ``today``), or undated."""
    out = []
    for item in items:
        date = due(item) if due else None
        out.append(Warning(rule, message, params(item), date, record(item), overdue=date is not None and date < today))
    return out


def _yearly(rule: str, dates: list[dt.date], facts: Facts, message: str, record: str) -> list[Warning]:
    today = facts.today
    past = [d for d in dates if d <= today]
    if facts.yearly_rule == "rolling12":
        due = add_months(max(past), 12) if past else today
        if past and due > today + dt.timedelta(days=60):
            return []
    else:
        out = []
        last_year = today.year - 1  # missed last year: said, overdue, until that year's annual report is made (QA 56 F3)
        # ... when that report was due here (a database set up after it was due: made elsewhere, as report_to_make says)
        if (facts.reported_periods is not None and str(last_year) not in facts.reported_periods
                and _due_here(facts, last_year)
                and not any(d.year == last_year for d in past)):
            out.append(Warning(rule, message, {"year": last_year}, dt.date(last_year, 12, 31), record, overdue=True))
        if any(d.year == today.year for d in past):
            return out
        due = dt.date(today.year, 12, 31)
        return [*out, Warning(rule, message, {"year": today.year}, due, record, overdue=due < today)]
    return [Warning(rule, message, {"year": today.year}, due, record, overdue=due < today)]


def yearly_audit(facts: Facts) -> list[Warning]:
    return _yearly(
        "audit_yearly", facts.audit_dates, facts,
        QT_TRANSLATE_NOOP("Rules", "No internal audit held yet in {year} (QĐ 19 Art. 4.4b)."), "audits:",
    )


def yearly_review(facts: Facts) -> list[Warning]:
    return _yearly(
        "review_yearly", facts.review_dates, facts,
        QT_TRANSLATE_NOOP("Rules", "No management review held yet in {year} (QĐ 19 Art. 4.4b)."), "reviews:",
    )


def legal_updates(facts: Facts) -> list[Warning]:
    return _each(
        "legal_update",
        QT_TRANSLATE_NOOP("Rules", "Procedure {code}: build in the legal change '{title}' (effective {effective})."),
        (doc for doc in facts.legal_docs if doc.effective_date and not doc.incorporated_date),
        params=lambda doc: {"code": doc.procedure_code, "title": doc.title,
                            "effective": doc.effective_date.strftime("%d/%m/%Y")},
        record=lambda doc: f"procedure:{doc.procedure_id}",
        due=lambda doc: add_months(doc.effective_date, LEGAL_UPDATE_MONTHS), today=facts.today,
    )


def reannouncement(facts: Facts) -> list[Warning]:
    scope = frozenset(t.code for t in facts.tthc if t.in_scope)
    if not scope:
        return []
    if facts.announced_codes is None:
        return [Warning(
            "announcement",
            QT_TRANSLATE_NOOP("Rules", "The quality management system has not been announced yet (QĐ 19 Art. 4.3)."),
            {}, None, "announcements:",  # no deadline in law: none shown (QA 63 F2: "today", moving every day)
        )]
    if scope == facts.announced_codes:
        return []
    added, removed = len(scope - facts.announced_codes), len(facts.announced_codes - scope)
    return [Warning(
        "announcement",
        QT_TRANSLATE_NOOP("Rules", "The scope changed since the last announcement ({added} added, {removed} removed): announce again."),
        {"added": added, "removed": removed}, None, f"announcement:{facts.announcement_id}",
    )]


def inspection_followup(facts: Facts) -> list[Warning]:
    return _each(
        "inspection_followup",
        QT_TRANSLATE_NOOP("Rules", "Report the corrective actions after the inspection by {body} (record {number})."),
        (ins for ins in facts.inspections if ins.signed_date and not ins.report_sent_date),
        params=lambda ins: {"body": ins.body, "number": ins.record_number}, record=lambda ins: f"inspection:{ins.id}",
        due=lambda ins: add_months(ins.signed_date, INSPECTION_FOLLOWUP_MONTHS), today=facts.today,
    )


def tthc_coverage(facts: Facts) -> list[Warning]:
    return _each(
        "tthc_coverage",
        QT_TRANSLATE_NOOP("Rules", "TTHC {code} '{name}' is in scope but no effective procedure covers it."),
        (t for t in facts.tthc if t.in_scope and not t.covered),
        params=lambda t: {"code": t.code, "name": t.name}, record=lambda t: f"tthc:{t.id}",
    )


def steps_time_limit(facts: Facts) -> list[Warning]:
    return _each(
        "steps_time_limit",
        QT_TRANSLATE_NOOP("Rules", "Procedure {code}: its steps take {total} working days, more than the {limit} allowed for TTHC {tthc}."),
        (s for s in facts.steps if s.total_days > s.limit_days + 1e-9),
        params=lambda s: {"code": s.procedure_code, "total": f"{s.total_days:g}", "limit": f"{s.limit_days:g}",
                          "tthc": s.tthc_code},
        record=lambda s: f"procedure:{s.procedure_id}",
    )


def open_actions(facts: Facts) -> list[Warning]:
    out = []
    soon = facts.today + dt.timedelta(days=DUE_SOON_DAYS)
    for a in facts.actions:
        if a.done_date or not a.due_date or a.due_date > soon:
            continue
        overdue = a.due_date < facts.today
        out.append(Warning(
            "overdue_action" if overdue else "action_due_soon", _ACTION_MESSAGES[a.kind, overdue],
            {"label": a.label, "description": a.description}, a.due_date, f"{a.kind}:{a.record_id}", overdue=overdue,
        ))
    return out


# What an open action belongs to is said in words: the bracket of a review's decision holds the review's date,
# which read alone passed for the due date (QA 12 F6).
_ACTION_MESSAGES = {
    ("nc", True): QT_TRANSLATE_NOOP("Rules", "Corrective action overdue (nonconformity {label}): {description}"),
    ("nc", False): QT_TRANSLATE_NOOP("Rules", "Corrective action due soon (nonconformity {label}): {description}"),
    ("review", True): QT_TRANSLATE_NOOP("Rules", "Decision overdue (management review of {label}): {description}"),
    ("review", False): QT_TRANSLATE_NOOP("Rules", "Decision due soon (management review of {label}): {description}"),
}


def petition_answers(facts: Facts) -> list[Warning]:
    """A citizen's feedback or petition whose answer is due within two weeks, or overdue (QA 18 F1: nothing said)."""
    soon = facts.today + dt.timedelta(days=DUE_SOON_DAYS)
    out = []
    for p in facts.petitions:
        if p.due_date is None or p.due_date > soon:
            continue
        overdue = p.due_date < facts.today
        out.append(Warning(
            "petition_overdue" if overdue else "petition_due_soon",
            QT_TRANSLATE_NOOP("Rules", "Citizen feedback or petition {number} of {received} not answered yet: answer "
                                       "overdue.") if overdue else
            QT_TRANSLATE_NOOP("Rules", "Citizen feedback or petition {number} of {received} not answered yet: answer "
                                       "due soon."),
            {"number": p.number or f"#{p.id}", "received": p.received_date.strftime("%d/%m/%Y")}, p.due_date,
            f"petition:{p.id}", overdue=overdue))
    return out


def unmet_objectives(facts: Facts) -> list[Warning]:
    return _each(
        "objective_unmet",
        QT_TRANSLATE_NOOP("Rules", "Quality objective not met in {period_name}: {text}"),
        (o for o in facts.objectives if o.achieved is False),
        params=lambda o: {"period": o.period, "period_name": PeriodName(o.period), "text": o.text},
        record=lambda o: f"objective:{o.id}",
    )


def planned_audit_passed(facts: Facts) -> list[Warning]:
    """An audit still "planned" after its day (QA 56 F6: the audit planned for 31/12 stayed planned in January and
    nothing pointed at it)."""
    return _each(
        "audit_planned_passed",
        QT_TRANSLATE_NOOP("Rules", "The internal audit '{title}' was planned for {date}: record it as held, or move "
                                   "or cancel it."),
        (a for a in facts.planned_audits if a.planned_date < facts.today),
        params=lambda a: {"title": a.title, "date": a.planned_date.strftime("%d/%m/%Y")},
        record=lambda a: f"audit:{a.id}", due=lambda a: a.planned_date, today=facts.today,
    )


OBJECTIVES_DUE = (1, 31)  # this year's quality objectives are set by the end of January


def objectives_missing(facts: Facts) -> list[Warning]:
    """No quality objective for this year (TCVN ISO 9001:2015 §6.2; QA 56 F6: the new year began with none, and only
    the dashboard's card said "0")."""
    if facts.objectives_set is None or facts.objectives_set > 0:
        return []
    due = dt.date(facts.today.year, *OBJECTIVES_DUE)
    return [Warning("objectives_missing", QT_TRANSLATE_NOOP("Rules", "No quality objectives set yet for {year} "
                                                                     "(TCVN ISO 9001:2015 §6.2)."),
                    {"year": facts.today.year}, due, "objectives:", overdue=due < facts.today)]


def _due_here(facts: Facts, year: int) -> bool:
    """The annual report of ``year`` was due while the database was in use (else it was made elsewhere)."""
    return facts.in_use_since is not None and facts.in_use_since <= ReportPeriod(year, False).due_date(
        facts.report_due_h1, facts.report_due_year, facts.period_rule)


def last_year_results(facts: Facts) -> list[Warning]:
    """Last year's objectives without their result for the year, until that year's annual report is made (QA 56 F6:
    on 01/01 the "not met in the first half" warning went and nothing asked for the year's results)."""
    last = facts.today.year - 1
    if (not facts.last_year_unmeasured or facts.reported_periods is None or str(last) in facts.reported_periods
            or not _due_here(facts, last)):
        return []
    due = ReportPeriod(last, False).due_date(facts.report_due_h1, facts.report_due_year, facts.period_rule)
    return [Warning("objectives_unmeasured", QT_TRANSLATE_NOOP(
        "Rules", "{n} quality objective(s) of {year} have no result for the year recorded: record them before the "
                 "annual report."), {"n": facts.last_year_unmeasured, "year": last}, due, "objectives:",
        overdue=due < facts.today)]


def report_due(facts: Facts) -> list[Warning]:
    """The report to make now (periods.report_to_make), from two weeks before its due date until a version of it is
    finalised or sent (QA 56 F1: on 16/12 and on 02/01 nothing said that the year's report was due, then late)."""
    if facts.reported_periods is None:
        return []
    period = report_to_make(facts.today, facts.period_rule, facts.reported_periods, facts.in_use_since,
                            facts.report_due_h1, facts.report_due_year)
    due = period.due_date(facts.report_due_h1, facts.report_due_year, facts.period_rule)
    if period.code in facts.reported_periods or due > facts.today + dt.timedelta(days=DUE_SOON_DAYS):
        return []
    return [Warning("report_due", QT_TRANSLATE_NOOP("Rules", "The report on {period_name} is to be sent by {date}; no "
                                                             "version of it is finalised yet."),
                    {"period": period.code, "period_name": PeriodName(period.code), "date": due.strftime("%d/%m/%Y")},
                    due, "report:", overdue=due < facts.today)]


ALL_RULES = (
    yearly_audit, yearly_review, legal_updates, reannouncement, inspection_followup,
    tthc_coverage, steps_time_limit, open_actions, petition_answers, unmet_objectives, report_due,
    planned_audit_passed, objectives_missing, last_year_results,
)


def evaluate(facts: Facts) -> list[Warning]:
    """Every warning, overdue first, then by due date (undated last)."""
    warnings = [w for rule in ALL_RULES for w in rule(facts)]
    far = dt.date.max
    return sorted(warnings, key=lambda w: (not w.overdue, w.due_date or far, w.rule))
