"""The demo commune runs on its script's clock: nothing in it, its accounts included, is stamped with the
real day of the build (the accounts were, so the history listed them after the 2024 entries that follow them)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from qms_desktop.i18n import local_time
from qms_desktop.storage import orm

TODAY = dt.date(2026, 11, 23)  # the session's demo (tests/conftest.py demo_build)


def test_every_stamp_of_the_demo_is_a_scripted_day_in_the_scripts_order(demo_db):
    with demo_db.session() as s:
        entries = s.execute(select(orm.ChangeLog.id, orm.ChangeLog.at, orm.ChangeLog.entity)
                            .order_by(orm.ChangeLog.id)).all()
        stamps = {table.name: [d for row in s.execute(select(table.c.created_at, table.c.updated_at))
                               for d in row if d is not None]
                  for table in orm.Base.metadata.sorted_tables if "created_at" in table.c}
        users = s.execute(select(orm.User.username, orm.User.created_at).order_by(orm.User.id)).all()
    days = [local_time(e.at).date() for e in entries]
    assert days == sorted(days), "a history entry dated before the one written ahead of it"
    assert max(days) <= TODAY
    late = {table: max(v) for table, v in stamps.items() if v and local_time(max(v)).date() > TODAY}
    assert not late, f"stamped after the demo's last day: {late}"
    # The accounts come first, on the script's first day, like the agency profile written that day.
    first_day = days[0]
    accounts = [e for e in entries if e.entity == "app_user"]
    assert accounts and accounts == entries[:len(accounts)] and entries[len(accounts)].entity == "agency"
    assert {local_time(at).date() for _name, at in users} == {first_day}
    assert local_time(entries[len(accounts)].at).date() == first_day
    assert first_day < dt.date(2025, 1, 1)  # about two years before the demo's "today"
