"""Rates shown next to a target: a miss never reads as a hit.

1438 of 1468 applications on time is 97.956…%; rounded to one decimal it would print "98,0%"
beside a target of "≥ 98%" that it does not meet. Every printed or displayed rate is therefore
cut down (floored) to the decimals shown, and whether a target is met is decided from the exact
numbers, never from the printed value.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import ClassVar


def _exact(value: int | float | Fraction) -> Fraction:
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    return Fraction(Decimal(repr(float(value))))  # 97.95 stays 97.95, not 97.9499999…


def floor_to(value: int | float | Fraction | None, decimals: int = 1) -> float | None:
    """``value`` cut down to ``decimals`` places (97.956 → 97.9; 98.0 stays 98.0)."""
    if value is None:
        return None
    scale = 10 ** decimals
    return math.floor(_exact(value) * scale) / scale


def mean(values: list[int | float]) -> float | None:
    """The mean of rates, floored like every rate shown (exact: 97.95 and 98.05 average to 98.0, not 97.9)."""
    return floor_to(sum(map(_exact, values)) / len(values)) if values else None


def percent(part: int, whole: int) -> Fraction | None:
    """The exact percentage part/whole × 100 (None when ``whole`` is 0)."""
    return None if not whole else Fraction(part * 100, whole)


def rate(part: int, whole: int, decimals: int = 1) -> float | None:
    """part/whole as a percentage floored to ``decimals`` places: 1438/1468 → 97.9."""
    exact = percent(part, whole)
    return None if exact is None else floor_to(exact, decimals)


def meets(value: int | float | Fraction, target: int | float, comparison: str = ">=") -> bool:
    """Whether ``value`` meets ``target`` (">=" at least, "<=" at most), in exact arithmetic."""
    v, t = _exact(value), _exact(target)
    return v >= t if comparison == ">=" else v <= t


def meets_ratio(part: int, whole: int, target: int | float, comparison: str = ">=") -> bool | None:
    """Whether part/whole (as a percentage) meets ``target``; None when nothing was counted."""
    exact = percent(part, whole)
    return None if exact is None else meets(exact, target, comparison)


def number_text(value: int | float) -> str:
    """A number as a Vietnamese document prints it: 1.659 (a whole number), 97,5 (a decimal)."""
    return f"{value:,}".replace(",", ".") if isinstance(value, int) else decimal_text(value)


def decimal_text(value: int | float, decimals: int | None = None) -> str:
    """Vietnamese decimal comma without rounding up: 97.95 → '97,95'; with ``decimals`` it is floored."""
    if decimals is not None:
        value = floor_to(value, decimals) or 0.0
        text = f"{value:.{decimals}f}"
    else:
        text = format(Decimal(repr(float(value))).normalize(), "f") if isinstance(value, float) else str(value)
    return text.replace(".", ",")


def percent_text(value: int | float | Fraction | None, decimals: int = 1) -> str:
    """'97,9%' — floored to ``decimals`` places; '—' when there is no value."""
    if value is None:
        return "—"
    floored = floor_to(value, decimals)
    return f"{floored:.{decimals}f}".replace(".", ",") + "%"


@dataclass(frozen=True)
class FieldCounts:
    """One field's (lĩnh vực) applications over a period: received, settled on time, settled late, pending. Read
    from the province's portal export (``exchange.portal_stats``), kept as a statistics period's line
    (``services.field_stats``) and printed in the report's table per field (``reports.report_text``)."""

    field: str
    received: int = 0
    on_time: int = 0
    late: int = 0
    pending: int = 0

    COUNTS: ClassVar[tuple[str, ...]] = ("received", "on_time", "late", "pending")


@dataclass(frozen=True, kw_only=True)
class ReportingCounts:
    """A period's reports from the units, counted: what the receiving office's status screen shows
    (``services.receiving.status.Overview``) and its summary report prints (``reports.office_documents``)."""

    period: str
    start: dt.date
    end: dt.date
    due_date: dt.date
    target: float
    expected: int
    received: int
    on_time: int
    late: int
    returned: int
    missing: int
    reporting_rate: float | None
    on_time_rate: float | None
    totals: dict  # FIGURES → total (rates recomputed from the totals, satisfaction averaged)


__all__ = ["FieldCounts", "ReportingCounts", "decimal_text", "floor_to", "meets", "meets_ratio", "percent", "percent_text",
           "rate"]
