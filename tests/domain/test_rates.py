"""Rates beside a target: a miss never reads as a hit (issue 12: 1438/1468 printed "98,0%" beside "≥ 98%")."""

from __future__ import annotations

from fractions import Fraction

from qms_desktop.domain import rates
from qms_desktop.reports import wording as W


def test_a_rate_just_under_the_target_is_never_printed_as_the_target():
    assert 100 * 1438 / 1468 > 97.95  # round(…, 1) would give 98.0
    assert rates.rate(1438, 1468) == 97.9
    assert rates.percent_text(rates.percent(1438, 1468)) == "97,9%"
    assert W.percent_text(100 * 1438 / 1468) == "97,9%"
    assert rates.meets_ratio(1438, 1468, 98) is False
    assert rates.meets_ratio(1439, 1468, 98.0) is True  # 98.02%
    assert rates.meets_ratio(1470, 1500, 98) is True  # exactly 98%


def test_exact_values_stay_exact():
    assert rates.floor_to(98.6) == 98.6 and rates.floor_to(97.95, 2) == 97.95 and rates.floor_to(100) == 100.0
    assert rates.floor_to(0.3 * 3, 1) == 0.8  # 0.8999999… is cut, never lifted
    assert rates.rate(0, 0) is None and rates.percent_text(None) == "—"
    assert rates.percent(1, 3) == Fraction(100, 3)
    assert rates.meets(97.95, 98) is False and rates.meets(2, 2, "<=") is True and rates.meets(3, 2, "<=") is False
    assert rates.decimal_text(97.95) == "97,95" and rates.decimal_text(98.0) == "98" and rates.decimal_text(5) == "5"
    assert rates.decimal_text(97.996, 1) == "97,9"
