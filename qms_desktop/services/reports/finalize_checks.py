"""Pre-flight of a report before the leader finalises (chốt) and signs it.

Each finding is either a **refusal** — signing would state something false (a report dated after
today, a period not yet ended (by the report's date, or by today) that the report would claim in
full, a period not yet begun, no signer's name, "Không có." under
shortcomings while the report itself lists problems) — or a **warning** the leader acknowledges
by its code, one by one; the acknowledgements are recorded on the report (who, when, which), and
in the change history with it.

Qt-free: the report page of the GUI and ``qms report finalize`` / ``qms report preflight`` show
the same findings.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Iterable

from sqlalchemy.orm import Session

from qms_desktop.domain.errors import ValidationError
from qms_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity_translate
from qms_desktop.reports import wording as W
from qms_desktop.reports.report_text import ReportFacts, problems
from qms_desktop.services import period_facts

CONTEXT = "Preflight"

# What the report's own figures show as problems (keys of report_text.PROBLEMS), for the screens.
PROBLEM_LABELS = {
    "nc_overdue": QT_TRANSLATE_NOOP("Preflight", "nonconformities past their due date"),
    "actions_overdue": QT_TRANSLATE_NOOP("Preflight", "actions past their due date"),
    "objectives_unmet": QT_TRANSLATE_NOOP("Preflight", "quality objectives not met"),
    "legal_overdue": QT_TRANSLATE_NOOP("Preflight", "legal changes not built in after 3 months"),
    "reannounce": QT_TRANSLATE_NOOP("Preflight", "the scope changed: announce again"),
    "not_announced": QT_TRANSLATE_NOOP("Preflight", "the QMS has not been announced"),
    "uncovered": QT_TRANSLATE_NOOP("Preflight", "TTHC in scope without a procedure"),
    "no_review": QT_TRANSLATE_NOOP("Preflight", "no management review in 12 months"),
    "missing_months": QT_TRANSLATE_NOOP("Preflight", "months without statistics"),
}

MESSAGES = {
    # refusals: signing would be false
    "head_name_missing": QT_TRANSLATE_NOOP("Preflight", "The chairman's name is not set in the agency profile: the report would "
                                        "carry no signer's name. Fill in the agency profile (Settings, or qms agency "
                                        "set --head-name)."),
    "head_title_missing": QT_TRANSLATE_NOOP("Preflight", "The chairman's title is not set in the agency profile."),
    "date_after_today": QT_TRANSLATE_NOOP("Preflight", "The report is dated {date}, after today ({today}): a report is "
                                       "finalised and signed on or after its date. Date it today, or finalise it on "
                                       "{date}."),
    "period_not_started": QT_TRANSLATE_NOOP("Preflight", "The period starts on {start}, after {date}: there are no figures "
                                         "of it to report yet."),
    "period_not_ended": QT_TRANSLATE_NOOP("Preflight", "The period ends on {end}; on {date} it has not ended yet: the report "
                                       "would claim the whole period's figures. State the day the figures run to (số "
                                       "liệu tính đến ngày …) or finalise after the period."),
    "data_as_of_after_date": QT_TRANSLATE_NOOP("Preflight", "The figures are stated up to {as_of}, after the report's date {date}."),
    "records_altered": QT_TRANSLATE_NOOP("Preflight", "{count} record(s) no longer match the change history (changed, added "
                                      "or deleted outside the application), or the history itself was altered: a "
                                      "report built on them would not be true. Open Change history → Check integrity "
                                      "(or run qms check) to see them, then restore the last good backup."),
    "recipient_missing": QT_TRANSLATE_NOOP("Preflight", "The report says to whom it is sent nowhere (Kính gửi is empty), "
                                                         "while its list of recipients says “Như trên”: "
                                                         "type the recipient on the report (default in Settings)."),
    "shortcomings_empty": QT_TRANSLATE_NOOP("Preflight", "Part III (shortcomings and causes) is empty while the report itself lists "
                                         "problems: {problems}. Write them before signing."),
    # warnings: the leader acknowledges each by its code
    "number_other_year": QT_TRANSLATE_NOOP("Preflight", "The report is dated {date}, but its number {number} was taken "
                                           "from the register of {year}: numbers run from 01 each calendar year, so "
                                           "finalising gives it the next number of {new_year}, {new_number}."),
    "plans_empty": QT_TRANSLATE_NOOP("Preflight", "Part IV (plans for the next period) is empty while the report lists problems: "
                                  "{problems}."),
    "proposals_empty": QT_TRANSLATE_NOOP("Preflight", "Part V (proposals) is empty while the report lists problems: {problems}."),
    "stats_missing_months": QT_TRANSLATE_NOOP("Preflight", "No service statistics cover {months} of the period; the report says so "
                                           "and its totals leave them out."),
    "stats_by_field_missing": QT_TRANSLATE_NOOP("Preflight", "The statistics per field are missing, or do not add up to the totals, "
                                             "for: {periods}."),
    "objectives_unmeasured": QT_TRANSLATE_NOOP("Preflight", "{count} of {total} quality objectives have no result for this period."),
    "steering_unrecorded": QT_TRANSLATE_NOOP("Preflight", "No ISO steering committee member is recorded (Part II.1): mark them in "
                                          "Staff, or type the statement on the report."),
    "units_unrecorded": QT_TRANSLATE_NOOP("Preflight", "No record shows the units' participation (no procedure in force with an "
                                       "owning unit, no unit audited in the period): type the statement on the "
                                       "report, or acknowledge."),
    "effectiveness_unconfirmed": QT_TRANSLATE_NOOP("Preflight", "No management review of the last 12 months records the chairman's "
                                                "conclusion on the QMS's effectiveness (Part II.2): record it on the "
                                                "review, or type the statement on the report."),
    "consultant_unknown": QT_TRANSLATE_NOOP("Preflight", "Whether a consultant was chosen (Part II.6) is not recorded: set it in "
                                         "Settings, or type the statement on the report."),
    "website_not_posted": QT_TRANSLATE_NOOP("Preflight", "The latest announcement is not recorded as posted on the website {website}."),
    "objective_rate_differs": QT_TRANSLATE_NOOP("Preflight", "The objective “{objective}” has {value} typed as its result, but "
                                                             "the service statistics of the period give an on-time "
                                                             "rate of {rate}: the report would print both. Correct "
                                                             "the objective's result, or the statistics."),
    "petitions_differ": QT_TRANSLATE_NOOP("Preflight", "Item 1(e) prints two counts of citizen feedback and petitions: {stats} "
                                                       "in the service statistics, {book} in the petition book. Check "
                                                       "that both are complete, or explain the difference in the "
                                                       "report."),
}
HARD = frozenset({"head_name_missing", "head_title_missing", "recipient_missing", "date_after_today", "period_not_started",
                  "period_not_ended", "data_as_of_after_date", "records_altered", "shortcomings_empty"})


@dataclass(frozen=True)
class Finding:
    code: str
    params: dict = field(default_factory=dict)
    context: str = CONTEXT

    @property
    def hard(self) -> bool:
        return self.code in HARD

    @property
    def message(self) -> str:  # English source (qms_desktop.i18n.render reads it)
        return MESSAGES[self.code]

    def render(self, translate: Translate = identity_translate) -> str:
        params = dict(self.params)
        if "problems" in params:
            params["problems"] = ", ".join(translate(CONTEXT, PROBLEM_LABELS[p]) or PROBLEM_LABELS[p]
                                           for p in params["problems"])
        text = translate(CONTEXT, self.message) or self.message
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text


@dataclass(frozen=True)
class Preflight:
    report_id: int
    date: dt.date  # the date the report would carry
    findings: tuple[Finding, ...]

    @property
    def refusals(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.hard)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.hard)

    def unacknowledged(self, codes: Iterable[str] = (), *, everything: bool = False) -> tuple[Finding, ...]:
        given = set(codes)
        return tuple(f for f in self.warnings if not everything and f.code not in given)

    @property
    def clean(self) -> bool:
        return not self.findings


class PreflightRefused(ValidationError):
    """Finalising refused: a refusal, or warnings not acknowledged. ``findings`` lists them."""

    def __init__(self, findings: tuple[Finding, ...], *, refusals: int) -> None:
        self.findings = findings
        if refusals:
            super().__init__(QT_TRANSLATE_NOOP("Errors", "The report cannot be signed as it stands: {count} finding(s) to "
                                                         "correct first (something missing or untrue); see the pre-flight "
                                                         "list."), count=refusals)
        else:
            super().__init__(QT_TRANSLATE_NOOP("Errors", "{count} pre-flight warning(s) to acknowledge before finalising: {codes}."),
                             count=len(findings), codes=", ".join(f.code for f in findings))


def check(f: ReportFacts, pf: period_facts.PeriodFacts, *, date: dt.date, data_as_of: dt.date | None,
          settings: dict[str, str], today: dt.date | None = None) -> tuple[Finding, ...]:
    """The findings for a report with facts ``f`` dated ``date``, finalised on ``today`` (the app's clock;
    None: on the report's date). The period is judged on the earlier of the two: a report is signed on its
    date, and nothing after today has happened yet."""
    out: list[Finding] = []
    if not f.agency.head_name.strip():
        out.append(Finding("head_name_missing"))
    if not f.agency.head_title.strip():
        out.append(Finding("head_title_missing"))
    today = date if today is None else today
    if date > today:
        out.append(Finding("date_after_today", {"date": W.date_vn(date), "today": W.date_vn(today)}))
    day = min(date, today)
    period_end = f.period_end or f.end
    if day < f.start:
        out.append(Finding("period_not_started", {"start": W.date_vn(f.start), "date": W.date_vn(day)}))
    elif day < period_end and (data_as_of is None or data_as_of >= period_end):
        out.append(Finding("period_not_ended", {"end": W.date_vn(period_end), "date": W.date_vn(day)}))
    if data_as_of is not None and data_as_of > date:
        out.append(Finding("data_as_of_after_date", {"as_of": W.date_vn(data_as_of), "date": W.date_vn(date)}))
    if not f.recipient.strip():
        out.append(Finding("recipient_missing"))
    listed = problems(f)
    if listed and not f.shortcomings.strip():
        out.append(Finding("shortcomings_empty", {"problems": listed}))
    if listed and not f.plans.strip():
        out.append(Finding("plans_empty", {"problems": listed}))
    if listed and not f.proposals.strip():
        out.append(Finding("proposals_empty", {"problems": listed}))
    if f.missing_months:
        out.append(Finding("stats_missing_months", {"months": ", ".join(  # the days, not "11/2026" for 15/11–04/12
            f"{a:%d/%m/%Y}–{b:%d/%m/%Y}" for a, b in f.missing_spans)}))
    if f.stats and f.field_stats_gaps:
        out.append(Finding("stats_by_field_missing", {"periods": ", ".join(f.field_stats_gaps)}))
    unmeasured = sum(1 for o in f.objectives if o.value is None)
    if unmeasured:
        out.append(Finding("objectives_unmeasured", {"count": unmeasured, "total": len(f.objectives)}))
    typed_participation = bool(f.statement("participation"))
    if not f.steering_names and not typed_participation:
        out.append(Finding("steering_unrecorded"))
    if not f.units_with_procedures and not f.units_audited and not typed_participation:
        out.append(Finding("units_unrecorded"))
    if not any(r.effective is not None for r in f.reviews_12m) and not f.statement("confirmation"):
        out.append(Finding("effectiveness_unconfirmed"))
    if settings.get("consultant_status", "") not in ("none", "hired") and not f.statement("consultant"):
        out.append(Finding("consultant_unknown"))
    out += [Finding("objective_rate_differs", params) for params in _on_time_objectives_apart(f)]
    stats_count, book_count = f.v("feedback"), f.v("petitions")  # gathered now: every figure is there
    if stats_count and book_count and stats_count != book_count:
        out.append(Finding("petitions_differ", {"stats": stats_count, "book": book_count}))
    if f.announcements and f.website and f.announcements[-1].website_posted is None:
        out.append(Finding("website_not_posted", {"website": f.website}))
    return _ordered(out)


def _on_time_objectives_apart(f: ReportFacts) -> list[dict]:
    """The objectives on the on-time rate (their text says "đúng hạn", in %) whose typed result for the period
    is not the rate the statistics give, as both are printed (floored to one place)."""
    from qms_desktop.domain.rates import floor_to
    from qms_desktop.domain.text import fold

    rate = floor_to(f.raw("on_time_rate")) if f.stats else None
    if rate is None:
        return []
    return [{"objective": o.text, "value": W.percent_text(o.value), "rate": W.percent_text(rate)}
            for o in f.objectives if o.value is not None and o.unit.strip() == "%" and "dung han" in fold(o.text)
            and floor_to(o.value) != rate]


def _ordered(findings) -> tuple[Finding, ...]:
    """Refusals first, each kind in the order of MESSAGES."""
    return tuple(sorted(findings, key=lambda x: (not x.hard, list(MESSAGES).index(x.code))))


def acknowledgement_json(found: Preflight, *, username: str, full_name: str, at: dt.datetime) -> str:
    """What is recorded on the report when it is finalised: every warning acknowledged, by whom, when."""
    return json.dumps({
        "checked_for_date": found.date.isoformat(), "by": username, "by_name": full_name,
        "at": at.isoformat(timespec="seconds"),
        "acknowledged": [{"code": x.code, "message": x.render(), "params": {k: v for k, v in x.params.items()}}
                         for x in found.warnings],
    }, ensure_ascii=False, sort_keys=True)


def run(s: Session, r, build_facts, *, date: dt.date, today: dt.date) -> Preflight:
    """The pre-flight of report row ``r`` if it were dated ``date`` and finalised on ``today`` (the app's
    clock, ``ctx.today``; ``build_facts`` from lifecycle)."""
    from qms_desktop.services.reports.lifecycle import settings as read_settings

    facts, pf = build_facts(s, r, date=date, until=today)
    found = check(facts, pf, date=date, data_as_of=r.data_as_of, settings=read_settings(s), today=today)
    renumbered = _number_other_year(s, r, date)
    if renumbered is not None:
        found = _ordered(found + (renumbered,))
    altered = altered_records(s)
    if altered:
        found = _ordered(found + (Finding("records_altered", {"count": altered}),))
    return Preflight(r.id, date, found)


def _number_other_year(s: Session, r, date: dt.date) -> Finding | None:
    """A draft dated in another year than the register its number came from (it was made in December and is
    dated in January): finalising takes the next number of the date's year (Decree 30/2020, Annex I: numbers
    run from 01 on 1 January to 31 December); the leader is told the number that will be printed."""
    from qms_desktop.services.reports.lifecycle import _entry, _proposed

    entry = _entry(s, r)
    if entry is None or entry.year == date.year:
        return None
    year = entry.year
    return Finding("number_other_year", {"date": W.date_vn(date), "number": W.number_text(r.number, r.symbol).strip(),
                                         "year": year, "new_year": date.year,
                                         "new_number": W.number_text(_proposed(s, date.year, r.symbol), r.symbol).strip()})


def altered_records(s: Session) -> int:
    """How many records no longer match their change history (the history's own break counts as one):
    what `qms check` compares, every row against its latest entry. A report is not signed on them."""
    from qms_desktop.storage import integrity

    result = integrity.verify(s.connection(), rows=True)
    return len(result.problems) + (0 if result.chain_ok else 1)
