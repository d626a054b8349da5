"""Management reviews (xem xét của lãnh đạo): §9.3.2 inputs pre-filled from the records, §9.3.3 outputs as actions."""

from __future__ import annotations

import datetime as dt
import dataclasses
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from qms_desktop.domain import rates
from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.model import NcStatus, ReviewOutputKind
from qms_desktop.domain.text import clean, search_words
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services.common import cancel_with_reason, check_dated, load, optional_date, require_not_cancelled, required_date, required_text
from qms_desktop.services.context import AppContext, Stamp, child_ids, rows_stamp_of, stamp_of, stamps_of
from qms_desktop.storage import orm

# ISO 9001:2015 §9.3.2 inputs, in the order of the standard.
INPUT_KEYS: dict[str, str] = {
    "a": QT_TRANSLATE_NOOP("ReviewInputs", "a) Status of actions from previous management reviews"),
    "b": QT_TRANSLATE_NOOP("ReviewInputs", "b) Changes in external and internal issues relevant to the QMS"),
    "c1": QT_TRANSLATE_NOOP("ReviewInputs", "c1) Citizen satisfaction and feedback"),
    "c2": QT_TRANSLATE_NOOP("ReviewInputs", "c2) Extent to which quality objectives have been met"),
    "c3": QT_TRANSLATE_NOOP("ReviewInputs", "c3) Process performance and conformity of services"),
    "c4": QT_TRANSLATE_NOOP("ReviewInputs", "c4) Nonconformities and corrective actions"),
    "c5": QT_TRANSLATE_NOOP("ReviewInputs", "c5) Monitoring and measurement results"),
    "c6": QT_TRANSLATE_NOOP("ReviewInputs", "c6) Audit results"),
    "c7": QT_TRANSLATE_NOOP("ReviewInputs", "c7) Performance of external providers"),
    "d": QT_TRANSLATE_NOOP("ReviewInputs", "d) Adequacy of resources"),
    "e": QT_TRANSLATE_NOOP("ReviewInputs", "e) Effectiveness of actions taken to address risks and opportunities"),
    "f": QT_TRANSLATE_NOOP("ReviewInputs", "f) Opportunities for improvement"),
}


@dataclass(frozen=True)
class ReviewRow:
    id: int
    date: dt.date
    place: str
    chair: str
    status: str
    open_outputs: int
    cancelled_reason: str | None = None


@dataclass(frozen=True)
class OutputRow:
    id: int
    kind: str
    description: str
    owner: str
    due_date: dt.date | None
    done_date: dt.date | None
    stamp: Stamp | None = field(default=None, compare=False)  # from get_review(): the decision's forms save with it


@dataclass(frozen=True)
class ReviewDetail:
    row: ReviewRow
    time: str
    secretary: str
    attendees: str
    conclusion: str
    inputs: dict[str, str]
    outputs: tuple[OutputRow, ...]
    effective: bool | None = None  # the chair's recorded conclusion on the QMS's effectiveness
    stamp: Stamp | None = field(default=None, compare=False)  # the review row as loaded: ctx.editing(detail.stamp)
    # {input key: stamp of its row} as loaded: the inputs tab saves each input with its own
    input_stamps: dict[str, Stamp] = field(default_factory=dict, compare=False)
    inputs_stamp: Stamp | None = field(default=None, compare=False)  # the set of inputs: for one not stored yet


def _row(r: orm.ManagementReview) -> ReviewRow:
    open_outputs = sum(1 for o in r.outputs if not o.done_date and not o.cancelled_reason)
    return ReviewRow(r.id, r.date, r.place, r.chair, r.status, open_outputs, r.cancelled_reason)


def _out(o: orm.ReviewOutput) -> OutputRow:
    return OutputRow(o.id, o.kind, o.description, o.owner, o.due_date, o.done_date)


def prefill_inputs(s, until: dt.date) -> dict[str, str]:
    """Draft text of each input from the records up to ``until`` (Vietnamese: these are minutes)."""
    since = dt.date(until.year - 1, until.month, min(until.day, 28))
    previous = s.scalar(select(orm.ManagementReview).where(orm.ManagementReview.date < until,
                                                           orm.ManagementReview.cancelled_reason.is_(None))
                        .order_by(orm.ManagementReview.date.desc(), orm.ManagementReview.id.desc()).limit(1))
    prev_outputs = [] if previous is None else s.scalars(select(orm.ReviewOutput).where(
        orm.ReviewOutput.review_id == previous.id, orm.ReviewOutput.cancelled_reason.is_(None))).all()
    done = sum(1 for o in prev_outputs if o.done_date and o.done_date <= until)
    # the objectives of the review's year (those of the year before when none is measured yet), each by its
    # latest result: the year's over the first half's
    latest: dict[int, orm.ObjectiveResult] = {}
    for year in (until.year, until.year - 1):
        results = s.scalars(select(orm.ObjectiveResult).join(orm.Objective).where(
            orm.Objective.year == year, orm.Objective.cancelled_reason.is_(None))).all()
        for r in sorted(results, key=lambda r: not r.period.endswith("-H1")):
            latest[r.objective_id] = r
        if latest:
            objectives_year = year
            break
    objectives = list(latest.values())
    met = sum(1 for r in objectives if r.achieved)
    stats = s.scalars(select(orm.ServiceStat).where(orm.ServiceStat.period_end >= since,
                                                    orm.ServiceStat.period_end <= until)).all()
    received = sum(x.received for x in stats)
    on_time = sum(x.on_time for x in stats)
    late = sum(x.late for x in stats)
    complaints = sum(x.complaints for x in stats)
    feedback = sum(x.feedback for x in stats)
    surveys = s.scalars(select(orm.Survey).where(orm.Survey.cancelled_reason.is_(None))).all()
    survey = next((sv for sv in sorted(surveys, key=lambda x: x.period, reverse=True)
                   if sv.satisfaction_rate is not None), None)
    rate = survey.satisfaction_rate if survey is not None else None
    ncs = s.scalars(select(orm.Nonconformity).where(orm.Nonconformity.detected_date >= since,
                                                    orm.Nonconformity.detected_date <= until)).all()
    closed = sum(1 for n in ncs if n.status == NcStatus.CLOSED)
    audits = s.scalars(select(orm.Audit).where(orm.Audit.start_date >= since, orm.Audit.start_date <= until)).all()
    findings = sum(len(a.findings) for a in audits)
    risks = s.scalars(select(orm.Risk).where(orm.Risk.cancelled_reason.is_(None))).all()
    improvements = s.scalars(select(orm.Improvement).where(orm.Improvement.date >= since)).all()
    settled = on_time + late
    pct = rates.percent_text(rates.percent(on_time, settled)).rstrip("%")
    n = rates.number_text  # 1.659, as the report prints it (QA 57 F4: "1659 hồ sơ")
    # which months the statistics and the survey cover: the minutes' figures beside the year's report (QA 60 F5)
    day = "%d/%m/%Y"
    span = (f" (từ ngày {min(x.period_start for x in stats).strftime(day)} đến ngày "
            f"{max(x.period_end for x in stats).strftime(day)})") if stats else ""
    surveyed = "" if survey is None else (
        f" (khảo sát từ ngày {survey.start_date.strftime(day)} đến ngày {survey.end_date.strftime(day)}"
        if survey.start_date and survey.end_date else f" (khảo sát kỳ {survey.period}") + (
        f", {n(survey.responses)} phiếu)" if survey.responses else ")")
    previous_day = previous.date.strftime("%d/%m/%Y") if previous is not None else ""
    return {  # no "0 khiếu nại" or "còn 0" in a minutes the chairman signs (QA 57 F8): a zero is said in words
        "a": (f"Cuộc xem xét trước (ngày {previous_day}) " + (
              f"có {n(len(prev_outputs))} đầu ra; {_done_and_left(done, len(prev_outputs), 'đã hoàn thành', 'còn')}."
              if prev_outputs else "không có đầu ra.") if previous is not None
              else "Chưa có cuộc xem xét của lãnh đạo trước đây."),
        "b": "",
        "c1": ((f"Tiếp nhận {n(feedback)} phản ánh, kiến nghị{span}" if feedback
                else f"Không tiếp nhận phản ánh, kiến nghị{span}")
               + (f"; {n(complaints)} khiếu nại." if complaints else "; không có khiếu nại.")
               + (f" Tỷ lệ hài lòng khảo sát gần nhất{surveyed}: {rates.percent_text(rate)}." if rate is not None
                  else "")),
        "c2": (f"Mục tiêu chất lượng năm {objectives_year}: {met}/{len(objectives)} mục tiêu đạt theo kết quả đo "
               f"gần nhất." if objectives else "Chưa có kết quả đo mục tiêu chất lượng."),
        "c3": (f"Tiếp nhận {n(received)} hồ sơ TTHC{span}; giải quyết đúng hạn {n(on_time)}, "
               + (f"trễ hạn {n(late)}" if late else "không có hồ sơ trễ hạn") + f" (đúng hạn {pct}%)."
               if settled else f"Tiếp nhận {n(received)} hồ sơ TTHC{span}; chưa có hồ sơ giải quyết xong trong kỳ."
               if received else "Chưa có số liệu thống kê giải quyết TTHC trong kỳ."),
        "c4": (f"Phát sinh {n(len(ncs))} sự không phù hợp; {_done_and_left(closed, len(ncs), 'đã đóng', 'còn mở')}."
               if ncs else "Không phát sinh sự không phù hợp."),
        "c5": (f"Đã theo dõi {n(len(stats))} kỳ thống kê giải quyết TTHC{span}." if stats
               else "Chưa có kỳ thống kê giải quyết TTHC nào."),  # the label is printed before it
        "c6": (f"Đã thực hiện {n(len(audits))} cuộc đánh giá nội bộ "
               + (f"với {n(findings)} phát hiện." if findings else "không có phát hiện nào.")
               if audits else "Chưa thực hiện cuộc đánh giá nội bộ nào trong kỳ."),
        "c7": "Không có nhà cung cấp bên ngoài liên quan.",
        "d": "",
        "e": f"Đang theo dõi {n(len(risks))} rủi ro và cơ hội." if risks else "Chưa nhận diện rủi ro và cơ hội nào.",
        "f": (f"Đã ghi nhận {n(len(improvements))} cải tiến trong kỳ." if improvements
              else "Chưa ghi nhận cải tiến nào trong kỳ."),
    }


def _done_and_left(done: int, total: int, done_word: str, left_word: str) -> str:
    """'đã hoàn thành 1, còn 2'; 'đã hoàn thành cả 3' and 'chưa hoàn thành … nào' rather than a zero."""
    if done == total:
        return f"{done_word} cả {rates.number_text(total)}"
    if done == 0:
        return f"{left_word} cả {rates.number_text(total)}"
    return f"{done_word} {rates.number_text(done)}, {left_word} {rates.number_text(total - done)}"


def _meeting_time(text: str | None) -> str:
    """'8:5' → '08:05'; '14h', '14h30', '14g30' as written in Vietnamese, and '14:' (the time field's mask after
    '14h' is typed) → '14:00', '14:30' (QA 53 F8); empty (or the blank mask ':') → the usual 08:00.

    Raises:
        ValidationError: not an hour of the day (25:61, '99:', 'ab:cd').
    """
    text = clean(text or "").casefold().replace(" ", "")
    for mark in ("giờ", "gio", "h", "g", "."):
        text = text.replace(mark, ":")
    if text in ("", ":"):
        return "08:00"
    hours, sep, minutes = text.partition(":")
    minutes = minutes.rstrip(":") or "0"
    if sep and hours.isdigit() and minutes.isdigit():
        h, m = int(hours), int(minutes)
        if 0 <= h <= 23 and 0 <= m <= 59:
            return f"{h:02d}:{m:02d}"
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "'{value}' is not a time of day: type hours and minutes, e.g. "
                                                      "08:00 or 14:30."), field="time", value=text)


def create_review(ctx: AppContext, *, date: object, time: str = "08:00", place: str = "", chair: str = "",
                  secretary: str = "", attendees: str = "", prefill: bool = True) -> ReviewRow:
    """Schedule a management review; its inputs are pre-filled from the records (editable after)."""
    day = required_date(date, QT_TRANSLATE_NOOP("Fields", "Date"), "date")
    with ctx.tx("edit") as s:
        r = orm.ManagementReview(date=day, time=_meeting_time(time), place=clean(place), chair=clean(chair),
                                 secretary=clean(secretary), attendees=clean(attendees), status="planned")
        s.add(r)
        s.flush()
        texts = prefill_inputs(s, day) if prefill else {}
        for key in INPUT_KEYS:
            s.add(orm.ReviewInput(review_id=r.id, key=key, content=texts.get(key, "")))
        s.flush()
        s.refresh(r)
        return _row(r)


def update_review(ctx: AppContext, review_id: int, *, date: object = None, time: str | None = None,
                  place: str | None = None, chair: str | None = None, secretary: str | None = None,
                  attendees: str | None = None) -> ReviewRow:
    """Change the meeting details (None keeps a value); the inputs stay as they are.

    Raises:
        ValidationError: the review is cancelled, or it was held and the new date is in the future.
    """
    day = required_date(date, QT_TRANSLATE_NOOP("Fields", "Date"), "date") if date is not None else None
    with ctx.tx("edit") as s:
        r = load(s, orm.ManagementReview, review_id)
        require_not_cancelled(r)
        if day is not None:
            if r.status == "done" and day > ctx.today:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A review cannot be recorded as held before its date."),
                                      field="date")
            r.date = day
        if time is not None:
            r.time = _meeting_time(time)
        for name, value in (("place", place), ("chair", chair), ("secretary", secretary), ("attendees", attendees)):
            if value is not None:
                setattr(r, name, clean(value))
        s.flush()
        return _row(r)


def set_input(ctx: AppContext, review_id: int, key: str, content: str) -> None:
    set_inputs(ctx, review_id, {key: content})


def set_inputs(ctx: AppContext, review_id: int, contents: dict[str, str]) -> None:
    """Several §9.3.2 inputs in one unit of work (all or nothing); the inputs tab saves them with
    ``ctx.editing(*stamps of those inputs)`` (``ReviewDetail.input_stamps``, ``inputs_stamp``)."""
    for key in contents:
        if key not in INPUT_KEYS:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown review input: {key}"), key=key)
    with ctx.tx("edit") as s:
        r = load(s, orm.ManagementReview, review_id)
        require_not_cancelled(r)
        for key, content in contents.items():
            item = next((i for i in r.inputs if i.key == key), None)
            if item is None:
                s.add(orm.ReviewInput(review_id=r.id, key=key, content=clean(content)))
            else:
                item.content = clean(content)


EFFECTIVE_CHOICES = {"": None, "effective": True, "not_effective": False}


def _effective(value: object) -> bool | None:
    """The chair's conclusion on the QMS's effectiveness: True, False, or None (not stated)."""
    if value is None or isinstance(value, bool):
        return value
    key = str(value).strip()
    if key not in EFFECTIVE_CHOICES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label}: '{value}' is not an allowed value."),
                              field="effective", field_label=QT_TRANSLATE_NOOP("Fields", "Effectiveness of the QMS"),
                              value=key)
    return EFFECTIVE_CHOICES[key]


_KEEP = object()


def hold_review(ctx: AppContext, review_id: int, *, conclusion: str, attendees: str | None = None,
                effective: object = _KEEP) -> ReviewRow:
    """Record that the review was held, with its conclusion and (QĐ 19 Art. 4.2d) the chair's conclusion on
    whether the QMS is effective: True, False or None (not stated); omitted, it stays as it was.

    The report's Part II states that the head confirmed the QMS's effectiveness only from this record.
    """
    text = required_text(conclusion, QT_TRANSLATE_NOOP("Fields", "Conclusion"), "conclusion", long=True)
    verdict = _effective(effective) if effective is not _KEEP else _KEEP
    with ctx.tx("edit") as s:
        r = load(s, orm.ManagementReview, review_id)
        require_not_cancelled(r)  # QA 43 F4: a cancelled review was recorded as held, its verdict in the report
        if r.date > ctx.today:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A review cannot be recorded as held before its date."), field="date")
        r.conclusion, r.status = text, "done"
        if verdict is not _KEEP:
            r.effective = verdict
        if attendees is not None:
            r.attendees = clean(attendees)
        s.flush()
        return _row(r)


DUE_DATE = QT_TRANSLATE_NOOP("Fields", "Due date")


def _due(day: dt.date | None, review: orm.ManagementReview) -> dt.date | None:
    """An output's due date is not before the review that decided it (a due date may be in the future)."""
    return day and check_dated(day, DUE_DATE, "due_date", after=[(review.date, REVIEW_DATE)])


def add_output(ctx: AppContext, review_id: int, *, kind: str, description: str, owner: str = "",
               due_date: object = None) -> OutputRow:
    description = required_text(description, QT_TRANSLATE_NOOP("Fields", "Description"), "description", long=True)
    if kind not in {k.value for k in ReviewOutputKind}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label}: '{value}' is not an allowed value."), field="kind",
                              field_label=QT_TRANSLATE_NOOP("Fields", "Kind"), value=kind)
    with ctx.tx("edit") as s:
        r = load(s, orm.ManagementReview, review_id)
        require_not_cancelled(r)
        o = orm.ReviewOutput(review_id=r.id, kind=kind, description=description, owner=clean(owner),
                             due_date=_due(optional_date(due_date, DUE_DATE, "due_date"), r))
        s.add(o)
        s.flush()
        return _out(o)


def update_output(ctx: AppContext, output_id: int, *, kind: str | None = None, description: str | None = None,
                  owner: str | None = None, due_date: object = None, clear_due_date: bool = False) -> OutputRow:
    """Change an output of the review (None keeps a value; ``clear_due_date`` removes the due date);
    a done output keeps its date done.

    Raises:
        ValidationError: the review or the output is cancelled, an empty description, an unknown kind,
            an impossible date.
    """
    if description is not None:
        description = required_text(description, QT_TRANSLATE_NOOP("Fields", "Description"), "description", long=True)
    if kind is not None and kind not in {k.value for k in ReviewOutputKind}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field_label}: '{value}' is not an allowed value."), field="kind",
                              field_label=QT_TRANSLATE_NOOP("Fields", "Kind"), value=kind)
    due = optional_date(due_date, DUE_DATE, "due_date")
    with ctx.tx("edit") as s:
        o = load(s, orm.ReviewOutput, output_id)
        r = load(s, orm.ManagementReview, o.review_id)
        _due(due, r)
        require_not_cancelled(r, o)
        if kind is not None:
            o.kind = kind
        if description is not None:
            o.description = description
        if owner is not None:
            o.owner = clean(owner)
        if clear_due_date:
            o.due_date = None
        elif due is not None:
            o.due_date = due
        s.flush()
        return _out(o)


REVIEW_DATE = QT_TRANSLATE_NOOP("Fields", "Date of the management review")


def complete_output(ctx: AppContext, output_id: int, *, done_date: object) -> OutputRow:
    """Mark an output done.

    Raises:
        ValidationError: an impossible date, a date in the future or before the review.
    """
    label = QT_TRANSLATE_NOOP("Fields", "Done on")
    done = required_date(done_date, label, "done_date")
    with ctx.tx("edit") as s:
        o = load(s, orm.ReviewOutput, output_id)
        r = load(s, orm.ManagementReview, o.review_id)
        require_not_cancelled(r, o)
        o.done_date = check_dated(done, label, "done_date", today=ctx.today, after=[(r.date, REVIEW_DATE)])
        s.flush()
        return _out(o)


def cancel_review(ctx: AppContext, review_id: int, *, reason: str) -> ReviewRow:
    return cancel_with_reason(ctx, orm.ManagementReview, review_id, reason, status="cancelled",
                              row=lambda _s, r: _row(r))


def list_reviews(ctx: AppContext, *, search: str = "") -> list[ReviewRow]:
    stmt = (select(orm.ManagementReview).options(selectinload(orm.ManagementReview.outputs))
            .order_by(orm.ManagementReview.date))  # the open decisions counted without a query a review (QA 54 F1)
    for word in search_words(search):
        stmt = stmt.where(orm.ManagementReview.search_key.contains(word, autoescape=True))
    with ctx.tx("read") as s:
        return [_row(r) for r in s.scalars(stmt)]


def get_review(ctx: AppContext, review_id: int) -> ReviewDetail:
    with ctx.tx("read") as s:
        stamp = stamp_of(s, orm.ManagementReview, review_id)  # first: a change in between then refuses the save
        outputs = stamps_of(s, orm.ReviewOutput, child_ids(s, orm.ReviewOutput.review_id, review_id))
        inputs = stamps_of(s, orm.ReviewInput, child_ids(s, orm.ReviewInput.review_id, review_id))
        all_inputs = rows_stamp_of(s, orm.ReviewInput.review_id, review_id)
        r = load(s, orm.ManagementReview, review_id)
        return ReviewDetail(_row(r), r.time, r.secretary, r.attendees, r.conclusion,
                            {i.key: i.content for i in r.inputs},
                            tuple(dataclasses.replace(_out(o), stamp=outputs.get(o.id)) for o in r.outputs), r.effective,
                            stamp, {i.key: inputs[i.id] for i in r.inputs if i.id in inputs}, all_inputs)
