"""The chain check reads SQLite's datetime text 100,000 times: its fast path must give exactly what
datetime.fromisoformat(...).isoformat() gives (the hashed form), for every shape of stored time."""

from __future__ import annotations

import datetime as dt
import random

from qms_desktop.storage.integrity import _at_text


def test_the_fast_path_gives_the_hashed_form_of_every_stored_time():
    rng = random.Random(19)
    start = dt.datetime(2020, 1, 1)
    for _ in range(2000):
        moment = start + dt.timedelta(seconds=rng.randrange(10**9), microseconds=rng.choice((0, 0, rng.randrange(10**6))))
        for text in (moment.strftime("%Y-%m-%d %H:%M:%S.%f"), moment.isoformat(), moment.isoformat(sep=" "),
                     moment.replace(microsecond=0).isoformat(sep=" ")):
            assert _at_text(text) == dt.datetime.fromisoformat(text).isoformat(), text
        assert _at_text(moment) == moment.isoformat()
    assert _at_text("2026-12-02 00:20:50.000000+07:00") == "2026-12-02T00:20:50+07:00"
    assert _at_text("not a time") == "not a time"
