"""The receiving office's edit forms carry the version check: two officers (two connections, as from two PCs)
load the same unit or inspection plan, both save, the second is refused (RecordChanged) and overwrites nothing;
after a reload the save goes through and the history stays healthy. On both engines (--engine=postgresql)."""

from __future__ import annotations

import datetime as dt

import pytest

from qms_desktop.domain.errors import RecordChanged
from qms_desktop.i18n import identity_translate
from qms_desktop.services import check, history
from qms_desktop.services import receiving as rx
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.services.receiving import inspection as ins
from qms_desktop.storage.db import Database

from province import OFFICE_TODAY

YEAR = 2026
UNIT = "LD-TP"
ON = {"Lan": dt.date(2026, 9, 1), "Hùng's": dt.date(2026, 9, 2), "Hùng, reloaded": dt.date(2026, 9, 3)}


@pytest.fixture
def two(office):
    other = Database.open(office.db.url or office.db.path)
    lan = AppContext(office.db, Actor("lan", "leader", "Nguyễn Thị Lan"), lambda: OFFICE_TODAY)
    hung = AppContext(other, Actor("hung", "leader", "Lê Văn Hùng"), lambda: OFFICE_TODAY)
    yield lan, hung
    other.close()


def _plan(ctx):
    ins.plan_from_suggestion(ctx, YEAR)


def _with_team(ctx):
    _plan(ctx)
    ins.set_team(ctx, YEAR, [ins.Member("Trần Thị Bình", "Chuyên viên", "lead")])


def _signed(ctx):
    _plan(ctx)
    ins.record_findings(ctx, YEAR, UNIT, ins.Findings("02/BB-ĐKT", "15/06/2026", "Đã công bố HTQLCL"))


def _unit_input(u, name):
    return rx.UnitInput(u.code, name, u.kind, u.opened, u.closed, u.predecessors, u.expected, u.not_expected_reason)


def _row(c):
    return ins.get_plan(c, YEAR).row(UNIT)


def _entries(c, text):
    return [ins.PlanEntry(r.code, r.on_site, ON[text] if r.code == UNIT else r.scheduled) for r in ins.get_plan(c, YEAR).rows]


FORMS = {  # setup(ctx); load(ctx) -> stamps the form keeps; save(ctx, text); read(ctx) -> text
    "unit": (lambda c: None,
             lambda c: (rx.get_unit(c, UNIT).stamp,),
             lambda c, text: rx.save_unit(c, rx.get_unit(c, UNIT).id, _unit_input(rx.get_unit(c, UNIT), f"Xã {text}")),
             lambda c: rx.get_unit(c, UNIT).name.removeprefix("Xã ")),
    "plan-header": (_plan,
                    lambda c: (ins.get_plan(c, YEAR).stamp,),
                    lambda c, text: ins.save_plan(c, YEAR, budget=text),
                    lambda c: ins.get_plan(c, YEAR).budget),
    "plan-team": (_with_team,
                  lambda c: (ins.get_plan(c, YEAR).stamp, ins.get_plan(c, YEAR).team_stamp),
                  lambda c, text: ins.set_team(c, YEAR, [ins.Member(text, "Chuyên viên", "lead")]),
                  lambda c: ins.get_plan(c, YEAR).team[0].name),
    "plan-team-from-none": (_plan,  # both saw the plan without a team
                            lambda c: (ins.get_plan(c, YEAR).stamp, ins.get_plan(c, YEAR).team_stamp),
                            lambda c, text: ins.set_team(c, YEAR, [ins.Member(text, "Chuyên viên", "lead")]),
                            lambda c: ins.get_plan(c, YEAR).team[0].name),
    "plan-units": (_plan,
                   lambda c: ins.get_plan(c, YEAR).row_stamps,
                   lambda c, text: ins.set_units(c, YEAR, _entries(c, text)),
                   lambda c: {v: k for k, v in ON.items()}.get(_row(c).scheduled)),
    "findings": (_plan,
                 lambda c: (_row(c).stamp,),
                 lambda c, text: ins.record_findings(c, YEAR, UNIT, ins.Findings("02/BB-ĐKT", "15/06/2026", text,
                                                                    reason="Sửa theo biên bản gốc")),
                 lambda c: _row(c).conformities[0]),
    "follow-up": (_signed,
                  lambda c: (_row(c).stamp,),
                  lambda c, text: ins.mark_followup_received(c, YEAR, UNIT, "20/06/2026", text),
                  lambda c: _row(c).followup_note),
}


@pytest.mark.parametrize("name", list(FORMS))
def test_second_save_of_an_office_form_is_refused_and_nothing_overwritten(two, name):
    setup, load, save, read = FORMS[name]
    lan, hung = two
    setup(lan)
    seen_lan, seen_hung = load(lan), load(hung)
    assert seen_lan and all(s is not None for s in seen_lan) and seen_lan == seen_hung  # "" = an empty set

    save(lan.editing(*seen_lan), "Lan")
    assert read(hung) == "Lan"
    count = history.count_changes(lan)
    with pytest.raises(RecordChanged) as err:
        save(hung.editing(*seen_hung), "Hùng's")
    assert "Someone else changed this record" in err.value.render(identity_translate)
    assert read(lan) == read(hung) == "Lan"
    assert history.count_changes(lan) == count

    save(hung.editing(*load(hung)), "Hùng, reloaded")
    assert read(lan) == "Hùng, reloaded"
    report = check.check_database(lan.db)
    assert report.history_ok and not report.problems, report.problems
