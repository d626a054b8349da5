"""services.clock: the PC's clock checked against the data's last change (QA 19 F3)."""

from __future__ import annotations

import datetime as dt

import pytest

from qms_desktop.services import clock, records
from qms_desktop.services.context import SYSTEM, AppContext


@pytest.fixture
def ctx(db):
    """Acting on the computer's own clock, as the application does."""
    return AppContext(db, SYSTEM)


def _now():
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def test_no_history_no_doubt(db):
    assert clock.doubt(db, dt.datetime(2000, 1, 1)) is None


def test_a_clock_back_at_2000_or_decades_ahead_is_doubted(ctx, db):
    records.create(ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
    assert clock.doubt(db) is None
    assert clock.doubt(db, _now() + dt.timedelta(hours=20)) is None  # the next morning
    assert clock.doubt(db, _now() - dt.timedelta(hours=3)) is None  # a time zone, a small drift
    behind = clock.doubt(db, dt.datetime(2000, 1, 1, 9))
    assert behind.kind == clock.BEHIND and behind.last_written.year == _now().year
    assert "01/01/2000" in behind.message.format(**behind.params(lambda at: at.strftime("%d/%m/%Y")))
    ahead = clock.doubt(db, dt.datetime(2062, 11, 9, 8))
    assert ahead.kind == clock.AHEAD and "09/11/2062" in ahead.message.format(**ahead.params(
        lambda at: at.strftime("%d/%m/%Y")))
    assert clock.doubt(db, _now() + dt.timedelta(days=300)) is None  # a PC unused for months


def test_once_something_is_written_with_the_right_clock_a_wrong_moment_no_longer_raises_it(ctx, db):
    wrong = AppContext(db, SYSTEM, clock=lambda: dt.date(2062, 11, 9))
    records.create(wrong, "unit", {"name": "Địa chính"})  # written while the clock said 2062
    assert clock.doubt(db).kind == clock.BEHIND  # the clock put right: the data says 2062
    records.create(ctx, "unit", {"name": "Văn hóa - Xã hội"})
    assert clock.doubt(db) is None


def test_qms_check_notes_where_the_historys_time_went_back_without_calling_it_a_fault(ctx, db):
    from qms_desktop.services.check import CLOCK_WENT_BACK, check_database

    records.create(ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
    assert check_database(db).notes == []
    records.create(AppContext(db, SYSTEM, clock=lambda: dt.date(2062, 11, 9)), "unit", {"name": "Địa chính"})
    records.create(ctx, "unit", {"name": "Văn hóa - Xã hội"})  # the clock put right again
    report = check_database(db)
    assert report.healthy and report.notes == [(CLOCK_WENT_BACK, {
        "count": 1, "before": 2, "before_at": report.notes[0][1]["before_at"], "after": 3,
        "after_at": report.notes[0][1]["after_at"]})]
    assert report.notes[0][1]["before_at"].startswith("09/11/2062")
