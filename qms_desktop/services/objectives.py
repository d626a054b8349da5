"""Quality objectives: results per period, achieved or not against the target."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from qms_desktop.domain import rates
from qms_desktop.domain.periods import DECREE_09, PeriodName, ReportPeriod, add_months
from qms_desktop.domain.schema import FLOAT, FieldSpec, coerce
from qms_desktop.domain.text import clean
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services.agency import get_setting
from qms_desktop.services.common import load
from qms_desktop.domain.errors import RecordChanged, ValidationError
from qms_desktop.services.context import CHANGED_MESSAGE, AppContext, Stamp, child_ids, stamps_of
from qms_desktop.storage import orm


@dataclass(frozen=True)
class ResultRow:
    id: int
    objective_id: int
    period: str
    value: float
    achieved: bool
    note: str
    stamp: Stamp | None = field(default=None, compare=False)  # from results(): a correction of it saves with ctx.editing(stamp)


def achieved(target: float, comparison: str, value: float) -> bool:
    return rates.meets(value, target, comparison)


RESULT_MONTHS = 3  # a period's result is recorded in its last months, or after it


def record_result(ctx: AppContext, objective_id: int, *, period: str, value: object, note: str = "",
                  new: bool = False) -> ResultRow:
    """Record (or correct) the measured result of an objective for a period; achieved is computed.

    ``new``: the form saw no result for the period; one recorded meanwhile by someone else refuses the save
    (RecordChanged). A correction of a result the form saw is saved with ``ctx.editing(row.stamp)``."""
    p = ReportPeriod.parse(period)
    number = coerce(FieldSpec("value", QT_TRANSLATE_NOOP("Fields", "Result"), FLOAT, required=True, minimum=0, maximum=1e9), value)
    end = p.bounds(get_setting(ctx, "period_rule") or DECREE_09)[1]
    opens = add_months(end, -RESULT_MONTHS)
    if ctx.today < opens:  # QA 56 F5: "2027: achieved" recorded on 20/12/2026 was the new year's result on 02/01/2027
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The period {period_name} ends on {end}: its result can be "
                                                          "recorded in its last three months, from {date}."),
                              field="period", period_name=PeriodName(p.code), end=end.strftime("%d/%m/%Y"),
                              date=opens.strftime("%d/%m/%Y"))
    with ctx.tx("edit") as s:
        o = load(s, orm.Objective, objective_id)
        r = s.scalar(select(orm.ObjectiveResult).where(orm.ObjectiveResult.objective_id == o.id,
                                                       orm.ObjectiveResult.period == p.code))
        if r is not None and new:
            raise RecordChanged(CHANGED_MESSAGE, table="objective_result", id=r.id)
        if r is None:
            r = orm.ObjectiveResult(objective_id=o.id, period=p.code, value=number, achieved=False)
            s.add(r)
        r.value, r.note = number, clean(note)
        r.achieved = achieved(o.target, o.comparison, number)
        s.flush()
        return ResultRow(r.id, o.id, r.period, r.value, r.achieved, r.note)


def results(ctx: AppContext, objective_id: int) -> list[ResultRow]:
    with ctx.tx("read") as s:
        stamps = stamps_of(s, orm.ObjectiveResult, child_ids(s, orm.ObjectiveResult.objective_id, objective_id))
        o = load(s, orm.Objective, objective_id)
        return [ResultRow(r.id, o.id, r.period, r.value, r.achieved, r.note, stamps.get(r.id)) for r in o.results]
