"""A number out of its range is refused with the range written as the interface writes numbers
(QA F8: "between 0 and 1e+07"): 10.000.000 in Vietnamese, 10,000,000 in English, a decimal with its comma,
a year as a year."""

from __future__ import annotations

import datetime as dt

import pytest

from qms_desktop.cli import i18n as cli_i18n
from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.schema import FLOAT, INT, FieldSpec, coerce
from qms_desktop.services import records

STAT = {"period_start": dt.date(2026, 1, 1), "period_end": dt.date(2026, 3, 31)}


def _refusal(ctx, kind, values, language):
    translate = cli_i18n.load(language)
    with pytest.raises(ValidationError) as caught:
        records.create(ctx, kind, values)
    return caught.value.render(translate)


def test_the_range_of_a_count_is_written_with_thousands_separators(ctx):
    vi = _refusal(ctx, "service_stat", STAT | {"received": -5}, "vi")
    assert vi.endswith("từ 0 đến 10.000.000.") and "e+" not in vi
    en = _refusal(ctx, "service_stat", STAT | {"received": -5}, "en")
    assert en == "Applications received must be between 0 and 10,000,000."


def test_the_range_of_an_objectives_target(ctx):
    values = {"year": 2026, "text": "Giải quyết đúng hạn", "target": 2e9}
    assert _refusal(ctx, "objective", values, "vi").endswith("từ 0 đến 1.000.000.000.")
    assert _refusal(ctx, "objective", values, "en").endswith("between 0 and 1,000,000,000.")


def test_a_year_and_a_decimal_bound():
    cli_i18n.load("vi")
    with pytest.raises(ValidationError) as caught:
        coerce(FieldSpec("year", "Year", INT, minimum=2000, maximum=2100), 1999)
    assert caught.value.params["min"] == "2000" and caught.value.params["max"] == "2100"
    with pytest.raises(ValidationError) as caught:
        coerce(FieldSpec("rate", "Rate", FLOAT, minimum=0.5, maximum=99.25), 100)
    assert (caught.value.params["min"], caught.value.params["max"]) == ("0,5", "99,25")
