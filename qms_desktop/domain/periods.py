"""Report periods: '2026-H1' (six months) and '2026' (year), Decree 09/2019 cut-off or calendar."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import ClassVar

from qms_desktop.domain.errors import ValidationError
from qms_desktop.i18n import QT_TRANSLATE_NOOP

DECREE_09 = "decree09"  # 15/12 of the previous year – 14/6 (H1) or – 14/12 (year)
CALENDAR = "calendar"  # 1/1 – 30/6 or – 31/12

_PATTERN = re.compile(r"^(\d{4})(?:-(H1))?$")


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, clamped to the month's end (31/1 + 1 month → 28/2 or 29/2)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_slots(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The window cut into month-long slots from ``start`` (15/12–14/01, 15/01–14/02, …), the last one
    clipped at ``end``: the months a period's statistics must cover."""
    slots, k = [], 0
    while True:
        first = add_months(start, k)
        if first > end:
            return slots
        last = min(add_months(start, k + 1) - dt.timedelta(days=1), end)
        slots.append((first, last))
        k += 1


def period_sort_key(code: str) -> tuple[int, int]:
    """Chronological order of period codes: '2026-H1' before '2026' (the year ends after its first half),
    although '2026' sorts before '2026-H1' as text."""
    text = (code or "").strip().upper()
    year = int(text[:4]) if text[:4].isdigit() else 0
    return year, 0 if text.endswith("H1") else 1


@dataclass(frozen=True)
class ReportPeriod:
    year: int
    half: bool  # True: six-month report; False: annual report

    @classmethod
    def parse(cls, text: str) -> "ReportPeriod":
        match = _PATTERN.match((text or "").strip().upper())
        second = re.fullmatch(r"(\d{4})\s*-\s*H2", (text or "").strip().upper())
        if second and 2000 <= int(second.group(1)) <= 2100:  # QA 16 F10: `qms predecessors` takes 2025-H2
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "There is no report for the second six months ({period}): the annual "
                                            "report ({year}) covers the whole year."),
                field="period", period=text, year=second.group(1))
        if not match or not 2000 <= int(match.group(1)) <= 2100:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Invalid report period '{period}': use 2026-H1 or 2026."),
                field="period",
                period=text,
            )
        return cls(int(match.group(1)), bool(match.group(2)))

    @property
    def code(self) -> str:
        return f"{self.year}-H1" if self.half else str(self.year)

    @property
    def file_tag(self) -> str:
        """ASCII tag used in file names: '2026-6T' or '2026-Nam'."""
        return f"{self.year}-6T" if self.half else f"{self.year}-Nam"

    def bounds(self, rule: str = DECREE_09) -> tuple[dt.date, dt.date]:
        if rule == CALENDAR:
            start = dt.date(self.year, 1, 1)
            end = dt.date(self.year, 6, 30) if self.half else dt.date(self.year, 12, 31)
        else:
            start = dt.date(self.year - 1, 12, 15)
            end = dt.date(self.year, 6, 14) if self.half else dt.date(self.year, 12, 14)
        return start, end

    def due_date(self, h1_due: str = "06-20", year_due: str = "12-20", rule: str = DECREE_09) -> dt.date:
        """Date the report should be sent, from the agency's 'MM-DD' settings: that day of the period's year, or of
        the next year when it falls before the period's end and the next year's comes within three months of it
        (calendar periods sent by 10 January: the year 2026's report is due on 10/01/2027, not 10/01/2026)."""
        month, day = (int(x) for x in (h1_due if self.half else year_due).split("-"))
        end = self.bounds(rule)[1]
        due = _day_of(self.year, month, day)
        after = _day_of(self.year + 1, month, day)
        return after if due < end and after <= add_months(end, 3) else due

    def previous(self) -> "ReportPeriod":
        """The period reported before this one: the year before a six-month period, the year's first half before
        the year."""
        return ReportPeriod(self.year, True) if not self.half else ReportPeriod(self.year - 1, False)

    def title_vi_source(self) -> str:
        return (
            QT_TRANSLATE_NOOP("Periods", "first six months of {year}")
            if self.half
            else QT_TRANSLATE_NOOP("Periods", "the year {year}")
        )


@dataclass(frozen=True)
class PeriodName:
    """A period's name as a message (``i18n.render`` renders it inside another): "first six months of 2026"."""

    code: str
    context: ClassVar[str] = "Periods"

    @property
    def message(self) -> str:
        return ReportPeriod.parse(self.code).title_vi_source()

    @property
    def params(self) -> dict:
        return {"year": ReportPeriod.parse(self.code).year}


def period_name(code: str) -> PeriodName | str:
    """A period's name for a message ("first six months of 2026"), or the text as given when it names no period."""
    try:
        return PeriodName(ReportPeriod.parse(code).code)
    except ValidationError:
        return code


def period_of_dates(start: dt.date, end: dt.date) -> str | None:
    """The code of the report period ('2026-H1', '2026') whose dates are exactly ``start`` – ``end`` (by
    Decree 09's cut-off or the calendar), or None when the dates are not a report period's."""
    for half in (True, False):
        period = ReportPeriod(end.year, half)
        if any(period.bounds(rule) == (start, end) for rule in (DECREE_09, CALENDAR)):
            return period.code
    return None


def _day_of(year: int, month: int, day: int) -> dt.date:
    """``day``/``month`` of ``year``; 29/02 of a common year is 28/02."""
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def report_to_make(today: dt.date, rule: str, reported: frozenset[str], in_use_since: dt.date | None,
                   h1_due: str = "06-20", year_due: str = "12-20") -> ReportPeriod:
    """The period whose report is to be made now (the dashboard's next report, the New report dialog's default, the
    report-due warning): the last period whose data cut-off has passed, until a version of its report is finalised
    or sent (``reported``), however late — unless it was due before the database was in use (``in_use_since``:
    that report was made elsewhere; None: nothing recorded yet); else the period under way (QA 56 F1)."""
    under_way = current_period(today, rule)
    last = under_way.previous()
    if last.code not in reported and in_use_since is not None and in_use_since <= last.due_date(h1_due, year_due, rule):
        return last
    return under_way


def current_period(today: dt.date, rule: str = DECREE_09) -> ReportPeriod:
    """The period under way (its data not yet cut off): H1 until the H1 cut-off, then the year, then next year's H1.
    Its report is the next one unless the last period's is still to make (``report_to_make``)."""
    h1 = ReportPeriod(today.year, True)
    if today <= h1.bounds(rule)[1]:
        return h1
    year = ReportPeriod(today.year, False)
    if today <= year.bounds(rule)[1]:
        return year
    return ReportPeriod(today.year + 1, True)
