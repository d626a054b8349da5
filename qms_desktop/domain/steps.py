"""Steps of a TTHC procedure and their fit to the legal time limit."""

from __future__ import annotations

from dataclasses import dataclass

HOURS_PER_DAY = 8


@dataclass(frozen=True)
class Step:
    step_no: int
    action: str
    responsible: str = ""
    duration: float = 0
    duration_unit: str = "days"  # days / hours
    result: str = ""

    @property
    def days(self) -> float:
        return self.duration / HOURS_PER_DAY if self.duration_unit == "hours" else self.duration


def total_days(steps: list[Step]) -> float:
    return round(sum(s.days for s in steps), 4)


def fits(steps: list[Step], limit_days: float | None) -> bool | None:
    """True/False when there is a limit; None when the TTHC has none ('Không quy định').

    A same-day TTHC ('Ngay trong ngày', limit 0) allows one working day of 8 hours.
    """
    if limit_days is None:
        return None
    allowed = limit_days if limit_days > 0 else 1.0
    return total_days(steps) <= allowed + 1e-9
