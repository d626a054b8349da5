"""The province's yearly inspection cycle (TT 26/2014 Art. 33–38), kept by the receiving office.

- **Plan** (Art. 34, Mẫu 19 KHKT): the year's units picked from the register, each checked on its
  records and reports, at least one third of the units expected to report checked ON SITE (Art. 33);
  a date per unit; the plan's number and date; the budget.
- **Suggestion**: units ranked by signals the inbox already has — a missing or late report, no
  internal audit or management review in the last report, overdue corrective actions, an on-time rate
  below the province's target, never inspected on site — each reason kept and shown.
- **Decision** (Art. 35, Mẫu 20 QĐKT): its number and date, and the team (name, title, role).
- **Record** (Art. 37, Mẫu 21 BBKT): per unit the conformities, nonconformities and recommendations
  (one a line), the record's number and signing date.
- **Follow-up**: the unit reports its corrective actions within 2 calendar months of signing
  (``FOLLOWUP_MONTHS``); the loop closes with the unit's first ACCEPTED package exported on or after the
  signing date that ANSWERS the record — its report.json lists the inspection (same record number and
  signing date, ``answers_record``) with the day the commune reported its corrective actions — or when
  the office marks the report received by hand. A package that does not answer it leaves it open.

Qt-free; every message is an English source in the "Inspection" context.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from qms_desktop.domain.errors import NotFound, ValidationError
from qms_desktop.domain.periods import ReportPeriod, add_months
from qms_desktop.domain.text import clean, fold, nfc, sort_key
from qms_desktop.domain import receiving_labels
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services.common import optional_date
from qms_desktop.services.context import AppContext, Stamp, child_ids, rows_stamp_of, stamp_of, stamps_of
from qms_desktop.services.receiving.units import code_is, require_office
from qms_desktop.services.receiving.review import ACCEPTED
from qms_desktop.services.receiving.status import period_overview
from qms_desktop.storage import orm

# Dated rules (TT 26/2014): a new text changes these numbers, not the code.
from qms_desktop.domain.rules import INSPECTION_FOLLOWUP_MONTHS

RULES = {"source": "TT 26/2014/TT-BKHCN Art. 33, 37", "on_site_share": (1, 3),
         "followup_months": INSPECTION_FOLLOWUP_MONTHS}
FOLLOWUP_MONTHS = RULES["followup_months"]
ROLES = ("lead", "member", "secretary")
ROLE_LABELS = receiving_labels.ROLE_LABELS  # context "Inspection"
ROLE_VI = {"lead": "Trưởng đoàn", "member": "Thành viên", "secretary": "Thư ký"}

# Weights of the suggestion's signals (a higher score is inspected first).
WEIGHTS = {"missing": 8, "returned": 6, "late": 2, "no_audit": 3, "no_review": 3, "no_audit_yet": 1, "no_review_yet": 1,
           "nc_overdue": 2, "low_on_time": 2, "never_on_site": 2, "not_announced": 3}
REASON_TEXT = {
    "missing": QT_TRANSLATE_NOOP("Inspection", "No report for {period}"),
    "returned": QT_TRANSLATE_NOOP("Inspection", "Report for {period} returned and not corrected since"),
    "late": QT_TRANSLATE_NOOP("Inspection", "Report for {period} sent late ({sent})"),
    "no_audit": QT_TRANSLATE_NOOP("Inspection", "No internal audit in the last report ({period})"),
    "no_review": QT_TRANSLATE_NOOP("Inspection", "No management review in the last report ({period})"),
    "no_audit_yet": QT_TRANSLATE_NOOP("Inspection", "No internal audit yet this year ({period})"),
    "no_review_yet": QT_TRANSLATE_NOOP("Inspection", "No management review yet this year ({period})"),
    "nc_overdue": QT_TRANSLATE_NOOP("Inspection", "{count} nonconformities past their due date ({period})"),
    "low_on_time": QT_TRANSLATE_NOOP("Inspection", "TTHC on-time rate {rate}% below the target of {target}% ({period})"),
    "never_on_site": QT_TRANSLATE_NOOP("Inspection", "Never inspected on site"),
    "not_announced": QT_TRANSLATE_NOOP("Inspection", "QMS not announced ({period})"),
}
REASON_VI = {
    "missing": "Chưa gửi báo cáo {period}",
    "returned": "Báo cáo {period} bị trả lại, chưa gửi bản sửa",
    "late": "Gửi báo cáo {period} trễ hạn ({sent})",
    "no_audit": "Chưa đánh giá nội bộ (báo cáo {period})",
    "no_review": "Chưa xem xét của lãnh đạo (báo cáo {period})",
    "no_audit_yet": "Chưa đánh giá nội bộ trong năm (báo cáo {period})",
    "no_review_yet": "Chưa xem xét của lãnh đạo trong năm (báo cáo {period})",
    "nc_overdue": "{count} sự không phù hợp quá hạn khắc phục (báo cáo {period})",
    "low_on_time": "Tỷ lệ giải quyết TTHC đúng hạn {rate}% thấp hơn chỉ tiêu {target}% (báo cáo {period})",
    "never_on_site": "Chưa được kiểm tra tại chỗ",
    "not_announced": "Chưa công bố HTQLCL (báo cáo {period})",
}

# Follow-up states
NONE, WAITING, OVERDUE, ANSWERED, ANSWERED_LATE = "none", "waiting", "overdue", "answered", "answered_late"
FOLLOWUP_LABELS = {
    NONE: QT_TRANSLATE_NOOP("Inspection", "No record yet"),
    WAITING: QT_TRANSLATE_NOOP("Inspection", "Waiting for the report"),
    OVERDUE: QT_TRANSLATE_NOOP("Inspection", "Overdue"),
    ANSWERED: QT_TRANSLATE_NOOP("Inspection", "Reported"),
    ANSWERED_LATE: QT_TRANSLATE_NOOP("Inspection", "Reported late"),
}
FOLLOWUP_VI = {NONE: "Chưa kiểm tra", WAITING: "Đang chờ báo cáo", OVERDUE: "Quá hạn báo cáo",
               ANSWERED: "Đã báo cáo khắc phục", ANSWERED_LATE: "Đã báo cáo (trễ hạn)"}


class InspectionInvalid(ValidationError):
    context = "Inspection"


class InspectionNotFound(NotFound):
    context = "Inspection"


@dataclass(frozen=True)
class Reason:
    """Why a unit is suggested for a check. ``data`` holds codes (kept as JSON in the plan: '2026-H1');
    ``params`` is what a message shows (the period by its name: 'sáu tháng đầu năm 2026')."""

    rule: str
    data: dict = field(default_factory=dict)
    context: str = "Inspection"

    @property
    def message(self) -> str:
        return REASON_TEXT[self.rule]

    @property
    def params(self) -> dict:
        from qms_desktop.domain.periods import PeriodName

        shown = dict(self.data)
        if shown.get("period"):
            shown["period"] = PeriodName(shown["period"])
        return shown

    @property
    def vietnamese(self) -> str:
        params = dict(self.data)
        if params.get("period"):
            params["period"] = period_vi(params["period"])
        return REASON_VI[self.rule].format(**params)

    def to_json(self) -> dict:
        return {"rule": self.rule, "params": self.data}


@dataclass(frozen=True)
class Suggestion:
    unit_id: int
    code: str
    name: str
    score: int
    reasons: tuple[Reason, ...]
    last_period: str  # the period of the last report counted ('' if none)


@dataclass(frozen=True)
class Member:
    name: str
    title: str = ""
    role: str = "member"


@dataclass(frozen=True)
class PlanEntry:
    code: str
    on_site: bool = False
    scheduled: dt.date | str | None = None


@dataclass(frozen=True)
class Findings:
    record_number: str
    signed_date: dt.date | str | None
    conformities: str = ""
    nonconformities: str = ""
    recommendations: str = ""
    reason: str = ""  # why a record already signed is corrected (required then: QA 49 F3)


@dataclass(frozen=True)
class InspectionRow:
    id: int
    unit_id: int
    code: str
    name: str
    on_site: bool
    scheduled: dt.date | None
    reasons: tuple[Reason, ...]
    record_number: str
    signed_date: dt.date | None
    conformities: tuple[str, ...]
    nonconformities: tuple[str, ...]
    recommendations: tuple[str, ...]
    followup_due: dt.date | None
    followup_received: dt.date | None  # by hand
    followup_note: str
    answered_by: str  # "2026 v1 (05/BC-UBND)" when a package closed the loop
    answered_on: dt.date | None
    followup_state: str  # NONE / WAITING / OVERDUE / ANSWERED / ANSWERED_LATE
    # the last accepted package sent since the signing that does NOT answer the record ("2026 v1"), if any
    not_answered_by: str = ""
    stamp: Stamp | None = field(default=None, compare=False)  # the unit's line as loaded: its forms save with it
    kind: str = ""  # the unit's kind (xa, phuong, dac-khu): its name in a letter says it
    correction_reason: str = ""  # why the signed record was last corrected, or its follow-up reopened

    @property
    def formal_name(self) -> str:
        """'Xã Tân Phú' for the register's 'Tân Phú' of kind xa: the name the forms print (QA 41 F1)."""
        from qms_desktop.services.receiving.units import formal_name

        return formal_name(self.name, self.kind)

    @property
    def findings_recorded(self) -> bool:
        return self.signed_date is not None


@dataclass(frozen=True)
class Plan:
    id: int
    year: int
    plan_number: str
    plan_date: dt.date | None
    decision_number: str
    decision_date: dt.date | None
    budget: str
    note: str
    team: tuple[Member, ...]
    rows: tuple[InspectionRow, ...]
    units_expected: int  # units of the register expected to report during the year
    on_site_needed: int
    # as loaded: the header's form saves with ctx.editing(stamp), the team's with ctx.editing(team_stamp) (the set)
    stamp: Stamp | None = field(default=None, compare=False)
    team_stamp: Stamp | None = field(default=None, compare=False)

    @property
    def row_stamps(self) -> tuple[Stamp, ...]:
        """The stamps of every unit's line (what "apply to the unit" rewrites)."""
        return tuple(r.stamp for r in self.rows if r.stamp is not None)

    @property
    def on_site(self) -> list[InspectionRow]:
        return [r for r in self.rows if r.on_site]

    def row(self, code: str) -> InspectionRow:
        for r in self.rows:
            if r.code == code:
                return r
        raise InspectionNotFound(QT_TRANSLATE_NOOP("Inspection", "Unit {code} is not in the {year} plan."),
                                 code=code, year=self.year)


def lines(text: str | None) -> tuple[str, ...]:
    """One finding a line; bullets and blank lines dropped."""
    return tuple(x for x in (nfc(line).strip(" \t-•*") .strip() for line in (text or "").splitlines()) if x)


def followup_due(signed: dt.date | None) -> dt.date | None:
    """The corrective-action report is due 2 calendar months after the record is signed (15/08 → 15/10)."""
    return add_months(signed, FOLLOWUP_MONTHS) if signed else None


def on_site_needed(total: int) -> int:
    num, den = RULES["on_site_share"]
    return math.ceil(total * num / den)


def _check_year(year: int) -> int:
    try:
        year = int(year)
    except (TypeError, ValueError):
        year = 0
    if not 2000 <= year <= 2100:
        raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "The year must be between 2000 and 2100."),
                                field="year")
    return year


def _fmt_num(value: float) -> str:
    return f"{value:g}".replace(".", ",")


# ---------------------------------------------------------------- suggestion

def period_vi(code: str) -> str:
    """'2026-H1' as the office's documents print it: '6 tháng đầu năm 2026' ('năm 2026')."""
    from qms_desktop.reports.wording import period_label

    p = ReportPeriod.parse(code)
    return period_label(p.year, p.half)


def _periods_for(year: int, today: dt.date, received: set[str]) -> list[str]:
    """The periods whose reports inform the plan of ``year``: the year's own annual and six-month
    reports and the year before's, newest first, those begun by ``today`` and in which the office
    received at least one package (a period with nothing at all predates the office's use of the
    inbox: every unit would look "missing")."""
    candidates = [ReportPeriod(year, False), ReportPeriod(year, True), ReportPeriod(year - 1, False),
                  ReportPeriod(year - 1, True)]
    return [p.code for p in candidates if p.bounds()[0] <= today and p.code in received]


def expected_units(s: Session, year: int) -> list[orm.RxUnit]:
    """Units expected to report that exist at some point of ``year``."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    units = s.scalars(select(orm.RxUnit).where(orm.RxUnit.expected.is_(True))).all()
    return [u for u in units if (u.opened is None or u.opened <= last) and (u.closed is None or u.closed > first)]


def suggest(ctx: AppContext, year: int) -> list[Suggestion]:
    """Every unit expected to report in ``year``, ranked by the signals from the inbox (highest first).

    A period's overview is one query, so this reads a bounded number of queries whatever the number of units.
    """
    year = _check_year(year)
    today = ctx.today
    with ctx.tx("read") as s:
        require_office(s)
        units = expected_units(s, year)
        on_site_before = set(s.scalars(
            select(orm.RxInspection.unit_id).join(orm.RxInspectionPlan,
                                                  orm.RxInspectionPlan.id == orm.RxInspection.plan_id)
            .where(orm.RxInspection.on_site.is_(True), orm.RxInspection.signed_date.is_not(None),
                   orm.RxInspectionPlan.year < year)))
        received = set(s.scalars(select(orm.RxSubmission.period).distinct()))
    overviews = [period_overview(ctx, code) for code in _periods_for(year, today, received)]
    by_unit: dict[int, list] = {}
    for ov in overviews:
        for row in ov.rows:
            by_unit.setdefault(row.unit_id, []).append((ov, row))
    out = []
    for u in units:
        reasons: list[Reason] = []
        last_period = ""
        last_figures: dict = {}
        for ov, row in by_unit.get(u.id, []):
            if ov.due_date > today:
                if row.counted and not last_period:
                    last_period, last_figures = ov.period, row.figures
                continue  # not due yet: neither missing nor late
            if row.state == "missing":
                reasons.append(Reason("missing", {"period": ov.period}))
            elif row.state == "returned":  # sent, found wanting, still not corrected after the due date
                reasons.append(Reason("returned", {"period": ov.period}))
            sent_late = row.on_time is False or (  # a returned report is not counted, but was sent when it was
                not row.counted and row.sent_date is not None and row.sent_date > ov.due_date)
            if row.state != "missing" and sent_late:
                reasons.append(Reason("late", {"period": ov.period, "sent": row.sent_date.strftime("%d/%m/%Y")}))
            if row.counted and not last_period:
                last_period, last_figures = ov.period, row.figures
        if last_period:
            annual = not ReportPeriod.parse(last_period).half
            f = last_figures
            if annual and f.get("audits") == 0:
                reasons.append(Reason("no_audit", {"period": last_period}))
            if annual and f.get("reviews") == 0:
                reasons.append(Reason("no_review", {"period": last_period}))
            if not annual:  # a six-month report without any audit or review yet is a signal too
                if f.get("audits") == 0:
                    reasons.append(Reason("no_audit_yet", {"period": last_period}))
                if f.get("reviews") == 0:
                    reasons.append(Reason("no_review_yet", {"period": last_period}))
            if (f.get("nc_overdue") or 0) > 0:
                reasons.append(Reason("nc_overdue", {"count": int(f["nc_overdue"]), "period": last_period}))
            rate = f.get("on_time_rate")
            target = overviews[0].target if overviews else 0.0
            if rate is not None and rate < target:
                reasons.append(Reason("low_on_time", {"rate": _fmt_num(rate), "target": _fmt_num(target),
                                                      "period": last_period}))
            if f.get("announced") is False:
                reasons.append(Reason("not_announced", {"period": last_period}))
        if u.id not in on_site_before:
            reasons.append(Reason("never_on_site"))
        score = sum(WEIGHTS[r.rule] for r in reasons)
        out.append(Suggestion(u.id, u.code, u.name, score, tuple(reasons), last_period))
    out.sort(key=lambda x: (-x.score, sort_key(x.code)))
    return out


# ---------------------------------------------------------------- the plan

def _plan(s: Session, year: int) -> orm.RxInspectionPlan | None:
    return s.scalar(select(orm.RxInspectionPlan).where(orm.RxInspectionPlan.year == year))


def _office_plan(s: Session, year: int, *, flush: bool = False) -> orm.RxInspectionPlan:
    """The year's plan in a receiving office's database, a new one (added; flushed if asked) when there is none."""
    require_office(s)
    plan = _plan(s, year)
    if plan is None:
        plan = orm.RxInspectionPlan(year=year)
        s.add(plan)
        if flush:
            s.flush()
    return plan


def _require_plan(s: Session, year: int) -> orm.RxInspectionPlan:
    plan = _plan(s, year)
    if plan is None:
        raise InspectionNotFound(QT_TRANSLATE_NOOP("Inspection", "There is no inspection plan for {year} yet."),
                                 year=year)
    return plan


# A number's leading "Số:" ("Số 05/…" before a digit), as typed or folded ("so:"): the forms print their own.
_NUMBER_WORD = re.compile(r"^s[ốo]\s*:\s*|^s[ốo]\s+(?=\d)", re.IGNORECASE)


def record_key(number: str | None) -> str:
    """A record number as both ends compare it: case, diacritics (Đ = D), spaces and leading zeros ignored
    ("Số: 05/BB-ĐKT" is "5/bb-dkt" like "5/BB-DKT")."""
    text = _NUMBER_WORD.sub("", fold(number or ""))
    return re.sub(r"(?<!\d)0+(?=\d)", "", re.sub(r"\s+", "", text))


def answers_record(item: dict, record_number: str, signed: dt.date) -> bool:
    """Whether one inspection listed in a package's report.json (``external_inspections``) answers the
    office's record: the same signing date, the same number (when both ends have one), and the commune's
    corrective actions reported."""
    if not isinstance(item, dict) or item.get("signed_date") != signed.isoformat() or not item.get("corrective_reported"):
        return False
    theirs, ours = record_key(item.get("record_number")), record_key(record_number)
    return not theirs or not ours or theirs == ours


@dataclass(frozen=True)
class _Package:
    sent: dt.date
    period: str
    version: int
    number: str
    inspections: tuple[dict, ...]

    @property
    def label(self) -> str:
        return f"{self.period} v{self.version}" + (f" ({self.number})" if self.number else "")


def _answers(s: Session, rows: list[tuple[orm.RxInspection, orm.RxUnit]]) -> dict[int, list[_Package]]:
    """The accepted current packages sent since the earliest signing, of the units with a signed record:
    unit id → packages, oldest first (one query)."""
    signed = [i.signed_date for i, _u in rows if i.signed_date is not None]
    units = {i.unit_id for i, _u in rows if i.signed_date is not None}
    if not units:
        return {}
    S, P = orm.RxSubmission, orm.RxPackage
    found = s.execute(select(P.unit_id, P.sent_date, P.period, P.report_version, P.report_number, P.inspections)
                      .join(S, and_(S.id == P.submission_id, S.state == ACCEPTED))
                      .where(P.current.is_(True), P.unit_id.in_(list(units)), P.sent_date >= min(signed))
                      .order_by(P.sent_date, P.id)).all()
    out: dict[int, list[_Package]] = {}
    for unit_id, sent, period, version, number, raw in found:
        try:
            items = tuple(x for x in json.loads(raw or "[]") if isinstance(x, dict))
        except (ValueError, TypeError):
            items = ()
        out.setdefault(unit_id, []).append(_Package(sent, period, version, number or "", items))
    return out


def _answer(answers: dict[int, list[_Package]], unit_id: int, record_number: str,
            signed: dt.date | None) -> tuple[_Package | None, _Package | None]:
    """(the unit's first accepted package sent on or after the signing date that answers the record, the
    last one sent since that does not answer it)."""
    if signed is None:
        return None, None
    since = [p for p in answers.get(unit_id, ()) if p.sent >= signed]
    answer = next((p for p in since if any(answers_record(x, record_number, signed) for x in p.inspections)), None)
    return answer, (since[-1] if since and answer is None else None)


def _state(signed: dt.date | None, due: dt.date | None, answered: dt.date | None, today: dt.date) -> str:
    if signed is None:
        return NONE
    if answered is not None:
        return ANSWERED if answered <= due else ANSWERED_LATE
    return OVERDUE if today > due else WAITING


def _reasons(raw: str) -> tuple[Reason, ...]:
    try:
        data = json.loads(raw or "[]")
        return tuple(Reason(d["rule"], dict(d.get("params") or {})) for d in data if d.get("rule") in REASON_TEXT)
    except (ValueError, TypeError, KeyError, AttributeError):
        return ()


def _plan_stamps(s: Session, plan_id: int) -> tuple[Stamp, dict, Stamp]:
    """The stamps of a plan's row, of its units' lines ({id: stamp}) and of its team (the set of rows)."""
    return (stamp_of(s, orm.RxInspectionPlan, plan_id),
            stamps_of(s, orm.RxInspection, child_ids(s, orm.RxInspection.plan_id, plan_id)),
            rows_stamp_of(s, orm.RxInspectionMember.plan_id, plan_id))


def _build(s: Session, plan: orm.RxInspectionPlan, today: dt.date, stamps: tuple | None = None) -> Plan:
    plan_stamp, row_stamps, team_stamp = stamps if stamps is not None else _plan_stamps(s, plan.id)
    team = tuple(Member(m.name, m.title, m.role) for m in s.scalars(
        select(orm.RxInspectionMember).where(orm.RxInspectionMember.plan_id == plan.id)
        .order_by(orm.RxInspectionMember.position, orm.RxInspectionMember.id)))
    pairs = s.execute(select(orm.RxInspection, orm.RxUnit).join(orm.RxUnit, orm.RxUnit.id == orm.RxInspection.unit_id)
                      .where(orm.RxInspection.plan_id == plan.id)).all()
    answers = _answers(s, pairs)
    rows = []
    for i, u in pairs:
        due = followup_due(i.signed_date)
        answer, other = _answer(answers, u.id, i.record_number, i.signed_date)
        answered_by, answered_on = "", None
        if i.followup_received is not None:
            answered_on = i.followup_received
        elif answer is not None:
            answered_on, answered_by = answer.sent, answer.label
        rows.append(InspectionRow(
            i.id, u.id, u.code, u.name, i.on_site, i.scheduled, _reasons(i.reasons), i.record_number, i.signed_date,
            lines(i.conformities), lines(i.nonconformities), lines(i.recommendations), due, i.followup_received,
            i.followup_note, answered_by, answered_on, _state(i.signed_date, due, answered_on, today),
            other.label if other is not None and answered_on is None else "", row_stamps.get(i.id), kind=u.kind,
            correction_reason=i.correction_reason or ""))
    rows.sort(key=lambda r: (not r.on_site, r.scheduled or dt.date.max, sort_key(r.code)))
    total = len(expected_units(s, plan.year))
    return Plan(plan.id, plan.year, plan.plan_number, plan.plan_date, plan.decision_number, plan.decision_date,
                plan.budget, plan.note, team, tuple(rows), total, on_site_needed(total), plan_stamp, team_stamp)


def get_plan(ctx: AppContext, year: int) -> Plan | None:
    year = _check_year(year)
    with ctx.tx("read") as s:
        require_office(s)
        plan_id = s.scalar(select(orm.RxInspectionPlan.id).where(orm.RxInspectionPlan.year == year))
        if plan_id is None:
            return None
        stamps = _plan_stamps(s, plan_id)  # first: a change in between then refuses the save
        return _build(s, _plan(s, year), ctx.today, stamps)


def plan_years(ctx: AppContext) -> list[int]:
    with ctx.tx("read") as s:
        return sorted(s.scalars(select(orm.RxInspectionPlan.year)), reverse=True)


def _bare_number(value: object) -> str:
    """A document number as the forms print it after their own "Số:": typed "Số: 06/BB-SKHCN" as the documents
    write it, it was printed "Số: Số: 06/BB-SKHCN" (QA 49 F8)."""
    return _NUMBER_WORD.sub("", clean(value))


def save_plan(ctx: AppContext, year: int, *, plan_number: str | None = None, plan_date: object = None,
              decision_number: str | None = None, decision_date: object = None, budget: str | None = None,
              note: str | None = None) -> Plan:
    """Create the year's plan or change its header (numbers, dates, budget). ``None`` leaves a field as it is.

    Raises:
        InspectionInvalid: a bad date, a decision dated before the plan, a number too long.
    """
    year = _check_year(year)
    values: dict = {}
    for key, value in (("plan_number", plan_number), ("decision_number", decision_number)):
        if value is not None:
            text = _bare_number(value)
            if len(text) > 100:
                raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "A document number has at most 100 characters."),
                                        field=key)
            values[key] = text
    if plan_date is not None:
        values["plan_date"] = optional_date(plan_date, QT_TRANSLATE_NOOP("Fields", "Plan date"), "plan_date")
    if decision_date is not None:
        values["decision_date"] = optional_date(decision_date, QT_TRANSLATE_NOOP("Fields", "Decision date"),
                                                "decision_date")
    for key, value in (("budget", budget), ("note", note)):
        if value is not None:
            values[key] = nfc(str(value)).strip()
    for key in ("plan_date", "decision_date"):  # QA 49 F7: a 2025 plan dated 15/03/2030 was printed as such
        day = values.get(key)
        if day is not None and day > ctx.today:
            raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "The date {date} is in the future."), field=key,
                                    date=day.strftime("%d/%m/%Y"))
        if day is not None and day.year > year:
            raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "The date {date} is after the plan's year "
                                                                    "{year}."), field=key,
                                    date=day.strftime("%d/%m/%Y"), year=year)
    with ctx.tx("edit") as s:
        plan = _office_plan(s, year)
        for k, v in values.items():
            setattr(plan, k, v)
        if plan.plan_date and plan.decision_date and plan.decision_date < plan.plan_date:
            raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "The decision cannot be dated before the plan "
                                                                    "({date})."),
                                    field="decision_date", date=plan.plan_date.strftime("%d/%m/%Y"))
        s.flush()
        return _build(s, plan, ctx.today)


def set_units(ctx: AppContext, year: int, entries: list[PlanEntry], *, reasons: dict[str, tuple[Reason, ...]] | None = None
              ) -> Plan:
    """Replace the year's list of units (codes from the register; on site or not; dates).

    Units already recorded (a signed record) cannot be dropped. At least one third of the units expected
    to report in the year must be checked on site (TT 26 Art. 33).

    Raises:
        InspectionInvalid: unknown or repeated code, a date outside the year, too few on site, dropping a
            unit whose record is signed. Nothing is written.
    """
    year = _check_year(year)
    reasons = reasons or {}
    with ctx.tx("edit") as s:
        plan = _office_plan(s, year, flush=True)
        units = {u.code: u for u in s.scalars(select(orm.RxUnit))}
        seen: dict[str, tuple[orm.RxUnit, bool, dt.date | None]] = {}
        for e in entries:
            code = clean(e.code)
            unit = units.get(code)
            if unit is None:
                raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "No unit with code {code} in the register."),
                                        field="code", code=code)
            if code in seen:
                raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "Unit {code} is listed twice."), field="code",
                                        code=code)
            day = optional_date(e.scheduled, QT_TRANSLATE_NOOP("Fields", "Inspection date"), "scheduled") \
                if not isinstance(e.scheduled, dt.date) else e.scheduled
            if day is not None and day.year != year:
                raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "The date {date} of {unit} is not in {year}."),
                                        field="scheduled", date=day.strftime("%d/%m/%Y"), unit=unit.name, year=year)
            seen[code] = (unit, bool(e.on_site), day)
        total = len(expected_units(s, year))
        needed = on_site_needed(total)
        count = sum(1 for _u, on, _d in seen.values() if on)
        if count < needed:
            raise InspectionInvalid(QT_TRANSLATE_NOOP(
                "Inspection", "At least one third of the {total} units expected to report must be checked on site: "
                              "{needed} needed, {count} planned."), field="on_site", total=total, needed=needed,
                count=count)
        existing = {i.unit_id: i for i in s.scalars(select(orm.RxInspection).where(orm.RxInspection.plan_id == plan.id))}
        keep = {u.id for u, _on, _d in seen.values()}
        for unit_id, row in existing.items():
            if unit_id not in keep:
                if row.signed_date is not None:
                    name = s.get(orm.RxUnit, unit_id).name
                    raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "{unit} was inspected (record signed): it "
                                                                            "stays in the plan."), unit=name)
                s.delete(row)
        for code, (unit, on, day) in seen.items():
            row = existing.get(unit.id)
            if row is None:
                row = orm.RxInspection(plan_id=plan.id, unit_id=unit.id,
                                       reasons=json.dumps([r.to_json() for r in reasons.get(code, ())],
                                                          ensure_ascii=False))
                s.add(row)
            elif row.signed_date is not None and not on and row.on_site:
                raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "{unit} was inspected on site (record "
                                                                        "signed): it stays on site."), unit=unit.name)
            elif row.signed_date is not None and day != row.scheduled:  # QA 15 F4, as docs/inspections.md says
                raise InspectionInvalid(QT_TRANSLATE_NOOP(
                    "Inspection", "{unit} was inspected (record signed on {signed}): its date stays."),
                    field="scheduled", unit=unit.name, signed=row.signed_date.strftime("%d/%m/%Y"))
            if day is not None and day != row.scheduled:
                # only a date typed now: one kept from before does not block the plan once the register closes the
                # unit (QA 49 F2: every change to the plan was refused, naming another unit)
                _require_existing(unit, day, "scheduled")
            if (day is not None and day != row.scheduled and plan.decision_date is not None
                    and day < plan.decision_date):  # a date typed now: not one kept from before the decision
                raise InspectionInvalid(QT_TRANSLATE_NOOP(
                    "Inspection", "The date {date} of {unit} is before the decision ordering the checks ({decision})."),
                    field="scheduled", date=day.strftime("%d/%m/%Y"), unit=unit.name,
                    decision=plan.decision_date.strftime("%d/%m/%Y"))
            row.on_site, row.scheduled = on, day
        s.flush()
        return _build(s, plan, ctx.today)


def plan_from_suggestion(ctx: AppContext, year: int, *, on_site: int | None = None) -> Plan:
    """Every unit expected to report, checked on records; the top of the suggestion (one third, or
    ``on_site``) on site. Reasons are kept with each unit.

    Raises:
        RecordsAltered: the office's records differ from their history (the ranking would be read from them).
    """
    from qms_desktop.services.receiving.tamper import altered, require_unaltered

    require_unaltered(altered(ctx))
    ranked = suggest(ctx, year)
    count = on_site_needed(len(ranked)) if on_site is None else on_site
    # A plan made before: its units keep the form and date the officer gave them (a signed record's above all);
    # the suggestion adds the units it lacks, on site in ranking order while fewer than needed are (QA 15 F1:
    # making the plan again erased every date, those of units already inspected too).
    before = get_plan(ctx, year)
    planned = {r.code: r for r in before.rows} if before is not None else {}
    entries = [PlanEntry(x.code, planned[x.code].on_site, planned[x.code].scheduled) for x in ranked if x.code in planned]
    entries += [PlanEntry(r.code, r.on_site, r.scheduled) for r in planned.values()
                if r.signed_date is not None and r.code not in {x.code for x in ranked}]  # inspected: never dropped
    on = sum(1 for e in entries if e.on_site)
    for x in ranked:
        if x.code not in planned:
            entries.append(PlanEntry(x.code, on < count))
            on += entries[-1].on_site
    return set_units(ctx, year, entries, reasons={x.code: x.reasons for x in ranked})


def set_schedule(ctx: AppContext, year: int, code: str, day: object) -> Plan:
    """The date of one unit's check (dd/MM/yyyy, or empty to clear)."""
    plan = get_plan(ctx, year)
    if plan is None:
        raise InspectionNotFound(QT_TRANSLATE_NOOP("Inspection", "There is no inspection plan for {year} yet."),
                                 year=year)
    plan.row(clean(code))
    entries = [PlanEntry(r.code, r.on_site, day if r.code == clean(code) else r.scheduled) for r in plan.rows]
    return set_units(ctx, year, entries)


def set_team(ctx: AppContext, year: int, members: list[Member]) -> Plan:
    """The check team of the decision: one team leader, names required, no one twice.

    Raises:
        InspectionInvalid: no leader or more than one, a missing name, an unknown role.
    """
    year = _check_year(year)
    cleaned = []
    for m in members:
        name, title = clean(m.name), clean(m.title)
        if not name:
            raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "Every team member needs a name."), field="name")
        if m.role not in ROLES:
            raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "Unknown role in the team: {role}."), field="role",
                                    role=m.role)
        if any(fold(c.name) == fold(name) for c in cleaned):
            raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "{name} is listed twice in the team."), field="name",
                                    name=name)
        cleaned.append(Member(name, title, m.role))
    leads = sum(1 for m in cleaned if m.role == "lead")
    if cleaned and leads != 1:
        raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "The team has exactly one team leader ({count} given)."),
                                field="role", count=leads)
    with ctx.tx("edit") as s:
        plan = _require_plan(s, year)
        for old in s.scalars(select(orm.RxInspectionMember).where(orm.RxInspectionMember.plan_id == plan.id)):
            s.delete(old)
        order = sorted(range(len(cleaned)), key=lambda i: (ROLES.index(cleaned[i].role) if cleaned[i].role != "secretary"
                                                          else 2, i))
        for pos, i in enumerate(order):
            m = cleaned[i]
            s.add(orm.RxInspectionMember(plan_id=plan.id, position=pos, name=m.name, title=m.title, role=m.role))
        s.flush()
        return _build(s, plan, ctx.today)


def _require_existing(unit: orm.RxUnit, day: dt.date, field: str) -> None:
    """A check or a record on ``day`` needs the unit to exist then: opened by then, not closed (QA 49 F4)."""
    if unit.closed is not None and unit.closed <= day:
        raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "{unit} no longer exists on {date}."),
                                field=field, unit=unit.name, date=day.strftime("%d/%m/%Y"))
    if unit.opened is not None and day < unit.opened:
        raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "{unit} did not exist yet on {date} (established "
                                                                "{opened})."),
                                field=field, unit=unit.name, date=day.strftime("%d/%m/%Y"),
                                opened=unit.opened.strftime("%d/%m/%Y"))


def _row_for(s: Session, year: int, code: str) -> tuple[orm.RxInspectionPlan, orm.RxInspection, orm.RxUnit]:
    plan = _require_plan(s, year)
    found = s.execute(select(orm.RxInspection, orm.RxUnit).join(orm.RxUnit, orm.RxUnit.id == orm.RxInspection.unit_id)
                      .where(orm.RxInspection.plan_id == plan.id, code_is(code))).first()
    if found is None:
        raise InspectionNotFound(QT_TRANSLATE_NOOP("Inspection", "Unit {code} is not in the {year} plan."),
                                 code=clean(code), year=year)
    return plan, found[0], found[1]


def record_findings(ctx: AppContext, year: int, code: str, findings: Findings) -> InspectionRow:
    """The record (Mẫu 21 BBKT) of one unit's check: its number, signing date and findings.

    Raises:
        InspectionInvalid: no signing date, a date in the future or outside the plan's year, a date before the
            decision, no finding at all, a number too long.
    """
    year = _check_year(year)
    signed = findings.signed_date if isinstance(findings.signed_date, dt.date) else optional_date(
        findings.signed_date, QT_TRANSLATE_NOOP("Fields", "Signing date"), "signed_date")
    if signed is None:
        raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "The record's signing date is required."),
                                field="signed_date")
    if signed > ctx.today:
        raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "The signing date {date} is in the future."),
                                field="signed_date", date=signed.strftime("%d/%m/%Y"))
    if signed.year != year:
        raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "The signing date {date} is not in {year}."),
                                field="signed_date", date=signed.strftime("%d/%m/%Y"), year=year)
    number = _bare_number(findings.record_number)
    if len(number) > 100:
        raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "A document number has at most 100 characters."),
                                field="record_number")
    texts = {k: "\n".join(lines(getattr(findings, k))) for k in ("conformities", "nonconformities", "recommendations")}
    if not any(texts.values()):
        raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "Write at least one finding (a conformity, a "
                                                                "nonconformity or a recommendation)."),
                                field="conformities")
    with ctx.tx("edit") as s:
        plan, row, unit = _row_for(s, year, code)
        _require_existing(unit, signed, "signed_date")
        if row.scheduled is not None and signed < row.scheduled:  # QA 49 F6: then the check's date could not move
            raise InspectionInvalid(QT_TRANSLATE_NOOP(
                "Inspection", "The record cannot be signed before the check ({date}): correct the check's date in the "
                              "plan first."), field="signed_date", date=row.scheduled.strftime("%d/%m/%Y"))
        if row.followup_received is not None and signed > row.followup_received:  # QA 49 F3
            raise InspectionInvalid(QT_TRANSLATE_NOOP(
                "Inspection", "The record cannot be signed after the corrective-action report that answers it was "
                              "received ({date})."), field="signed_date",
                date=row.followup_received.strftime("%d/%m/%Y"))
        if plan.decision_date and signed < plan.decision_date:
            raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "The record cannot be signed before the decision "
                                                                    "({date})."),
                                    field="signed_date", date=plan.decision_date.strftime("%d/%m/%Y"))
        if number:  # QA 15 F5: one record number for two units of the year's plan
            key = record_key(number)
            for other_number, other_unit in s.execute(
                    select(orm.RxInspection.record_number, orm.RxUnit.name)
                    .join(orm.RxUnit, orm.RxUnit.id == orm.RxInspection.unit_id)
                    .where(orm.RxInspection.plan_id == plan.id, orm.RxInspection.id != row.id,
                           orm.RxInspection.record_number.is_not(None), orm.RxInspection.record_number != "")):
                if record_key(other_number) == key:
                    raise InspectionInvalid(QT_TRANSLATE_NOOP(
                        "Inspection", "The record number {number} is already the record of {unit} in this plan."),
                        field="record_number", number=number, unit=other_unit)
        new = {"record_number": number, "signed_date": signed, **texts}
        if row.signed_date is not None and any(getattr(row, k) != v for k, v in new.items()):
            reason = nfc(findings.reason or "").strip()
            if not reason:  # QA 49 F3: a signed record was overwritten without a word
                raise InspectionInvalid(QT_TRANSLATE_NOOP(
                    "Inspection", "The record {number} of {unit} was signed on {date}: say why it is corrected (the "
                                  "reason is kept with the record and in its history)."),
                    field="reason", number=row.record_number or "—", unit=unit.name,
                    date=row.signed_date.strftime("%d/%m/%Y"))
            row.correction_reason = reason
        for k, v in new.items():
            setattr(row, k, v)
        s.flush()
        built = _build(s, plan, ctx.today)
    return built.row(unit.code)


def mark_followup_received(ctx: AppContext, year: int, code: str, day: object, note: str = "") -> InspectionRow:
    """The unit's corrective-action report came on paper (or otherwise): the follow-up closes on ``day``.
    An empty ``day`` reopens it.

    Raises:
        InspectionInvalid: no record signed yet, a date before the signing or in the future.
    """
    year = _check_year(year)
    received = day if isinstance(day, dt.date) else optional_date(day, QT_TRANSLATE_NOOP("Fields", "Date received"),
                                                                  "followup_received")
    with ctx.tx("edit") as s:
        plan, row, unit = _row_for(s, year, code)
        if row.signed_date is None:
            raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "{unit} has no signed record yet: there is "
                                                                    "nothing to follow up."), unit=unit.name)
        if received is not None and received < row.signed_date:
            raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "The report cannot arrive before the record was "
                                                                    "signed ({date})."),
                                    field="followup_received", date=row.signed_date.strftime("%d/%m/%Y"))
        if received is not None and received > ctx.today:
            raise InspectionInvalid(QT_TRANSLATE_NOOP("Inspection", "The date {date} is in the future."),
                                    field="followup_received", date=received.strftime("%d/%m/%Y"))
        note = nfc(note or "").strip()
        if received is None and row.followup_received is not None:  # reopened: why, kept (QA 49 F10)
            if not note:
                raise InspectionInvalid(QT_TRANSLATE_NOOP(
                    "Inspection", "The corrective-action report of {unit} was recorded as received on {date}: say why "
                                  "the follow-up opens again."),
                    field="followup_note", unit=unit.name, date=row.followup_received.strftime("%d/%m/%Y"))
            row.correction_reason = note
            note = row.followup_note  # the note on the report received stays; the history says when it was
        row.followup_received, row.followup_note = received, note
        s.flush()
        built = _build(s, plan, ctx.today)
    return built.row(unit.code)


# ---------------------------------------------------------------- follow-ups across years

@dataclass(frozen=True)
class FollowUp:
    year: int
    code: str
    name: str
    record_number: str
    signed_date: dt.date
    due: dt.date
    state: str
    answered_on: dt.date | None
    answered_by: str
    days_left: int  # negative when overdue
    not_answered_by: str = ""  # an accepted package sent since that does not answer the record ("2026 v1")


def follow_ups(ctx: AppContext, *, open_only: bool = False) -> list[FollowUp]:
    """Every signed record's follow-up, overdue first then by due date. One query for the records, one
    for the packages that may answer them (none when nothing is signed), whatever the number of units."""
    today = ctx.today
    out = []
    with ctx.tx("read") as s:
        require_office(s)
        found = s.execute(select(orm.RxInspection, orm.RxUnit, orm.RxInspectionPlan.year)
                          .join(orm.RxUnit, orm.RxUnit.id == orm.RxInspection.unit_id)
                          .join(orm.RxInspectionPlan, orm.RxInspectionPlan.id == orm.RxInspection.plan_id)
                          .where(orm.RxInspection.signed_date.is_not(None))).all()
        answers = _answers(s, [(i, u) for i, u, _y in found]) if found else {}
        for i, u, year in found:
            due = followup_due(i.signed_date)
            answered_by, answered_on = "", i.followup_received
            answer, other = _answer(answers, u.id, i.record_number, i.signed_date)
            if answered_on is None and answer is not None:
                answered_on, answered_by = answer.sent, answer.label
            state = _state(i.signed_date, due, answered_on, today)
            if open_only and state not in (WAITING, OVERDUE):
                continue
            out.append(FollowUp(year, u.code, u.name, i.record_number, i.signed_date, due, state, answered_on,
                                answered_by, (due - today).days,
                                other.label if other is not None and answered_on is None else ""))
    order = {OVERDUE: 0, WAITING: 1, ANSWERED_LATE: 2, ANSWERED: 3}
    out.sort(key=lambda f: (order.get(f.state, 9), f.due, sort_key(f.code)))
    return out


def unit_figures(ctx: AppContext, unit_id: int, *, limit: int = 2) -> list[tuple[str, dict, dt.date | None, str]]:
    """The unit's last ``limit`` counted reports known to the inbox: (period, figures, sent date, number)."""
    from qms_desktop.domain.periods import period_sort_key
    from qms_desktop.services.receiving.status import COLUMN_FIGURES, COUNTED, stored_figures

    S, P = orm.RxSubmission, orm.RxPackage
    cols = [getattr(P, c) for c in COLUMN_FIGURES]
    with ctx.tx("read") as s:
        found = s.execute(select(P.period, P.sent_date, P.report_number, P.figures, *cols)
                          .join(S, S.id == P.submission_id)
                          .where(P.unit_id == unit_id, P.current.is_(True), S.state.in_(COUNTED))).all()
    rows = [(r[0], dict(zip(COLUMN_FIGURES, r[4:])) | stored_figures(r[3]), r[1], r[2] or "") for r in found]
    rows.sort(key=lambda r: period_sort_key(r[0]), reverse=True)
    return rows[:limit]


def external_inspection_values(row: InspectionRow, office_name: str) -> dict:
    """What the commune types into its own external-inspection record (Kiểm tra của cấp trên) from the
    Mẫu 21 record it received: the same body, record number, dates and findings (docs/inspections.md).
    Its 2-month warning then falls on the same day as the office's follow-up deadline."""
    parts = []
    for title, items in (("Nội dung phù hợp", row.conformities), ("Điểm không phù hợp", row.nonconformities),
                         ("Kiến nghị", row.recommendations)):
        if items:
            parts.append(title + ":\n" + "\n".join(f"- {x}" for x in items))
    day = row.signed_date.strftime("%d/%m/%Y") if row.signed_date else ""
    return {"date": day, "body": office_name, "record_number": row.record_number, "signed_date": day,
            "findings": "\n".join(parts)}
