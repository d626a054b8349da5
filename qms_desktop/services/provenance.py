"""After a merge: the former communes (predecessors), where each record came from, their reports,
figures per former commune, and the checks that nothing of a merge was changed afterwards.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from qms_desktop.domain import kinds, rates
from qms_desktop.domain.model import NcStatus
from qms_desktop.domain.periods import ReportPeriod
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services.context import AppContext
from qms_desktop.storage import orm
from qms_desktop.storage.events import GENESIS, entry_hash

# Outcomes that make a record here come from a former commune (added) or be shared with one (merged).
FROM_SOURCE = ("added", "renumbered")
SHARED = ("merged", "summed")
HERE = 0  # the origin key of records written in this database (the new commune's own)


@dataclass(frozen=True)
class Predecessor:
    id: int
    full_name: str
    short_name: str
    province: str
    prefix: str
    key_fingerprint: str
    chain_count: int
    chain_hash: str
    merged_at: dt.datetime
    merged_by: str
    file_name: str
    summary: dict

    @property
    def chain_head(self) -> str:
        return f"{self.chain_count}:{self.chain_hash}"

    @property
    def label(self) -> str:
        return self.short_name or self.full_name

    def manifest_entry(self) -> dict:
        """The package manifest's ``predecessors`` entry (CONTRACTS.md)."""
        return {"name": self.full_name, "fingerprint": self.key_fingerprint,
                "chain_head": {"count": self.chain_count, "hash": self.chain_hash}}


def _predecessor(m: orm.MergeSource) -> Predecessor:
    try:
        summary = json.loads(m.summary_json or "{}")
    except ValueError:
        summary = {}
    return Predecessor(m.id, m.full_name, m.short_name, m.province, m.prefix, m.key_fingerprint, m.chain_count,
                       m.chain_hash, m.merged_at, m.merged_by, m.file_name, summary)


def predecessors_in(s: Session) -> list[Predecessor]:
    return [_predecessor(m) for m in s.scalars(select(orm.MergeSource).order_by(orm.MergeSource.id))]


def predecessors(ctx: AppContext) -> list[Predecessor]:
    """The former communes merged into this one, in the order they were merged."""
    with ctx.tx("read") as s:
        return predecessors_in(s)


def has_predecessors(ctx: AppContext) -> bool:
    with ctx.tx("read") as s:
        return s.scalar(select(orm.MergeSource.id).limit(1)) is not None


# ---------------------------------------------------------------- where records came from

@dataclass(frozen=True)
class Origin:
    """Where one record here came from: ``source`` added it (None: written here); ``shared`` merged into it."""

    source: int | None
    shared: tuple[int, ...] = ()

    def sources(self) -> set[int]:
        return ({self.source} if self.source else set()) | set(self.shared)


def origins_in(s: Session, table: str) -> dict[int, Origin]:
    """Record id → Origin, for the records of ``table`` a merge added or merged into (one query)."""
    added: dict[int, int] = {}
    shared: dict[int, list[int]] = {}
    rows = s.execute(select(orm.MergedRow.target_pk, orm.MergedRow.source_id, orm.MergedRow.outcome)
                     .where(orm.MergedRow.table_name == table, orm.MergedRow.target_pk.is_not(None)))
    for target, source, outcome in rows:
        try:
            ident = int(target)
        except ValueError:
            continue
        if outcome in FROM_SOURCE:
            added[ident] = source
        elif outcome in SHARED:
            shared.setdefault(ident, []).append(source)
    return {i: Origin(added.get(i), tuple(shared.get(i, ()))) for i in set(added) | set(shared)}


def origin_labels(ctx: AppContext, table: str) -> dict[int, str]:
    """Record id → 'xã Phú Lâm' (added from it) or 'xã Tân Hà + xã Phú Lâm' (merged), for lists."""
    with ctx.tx("read") as s:
        names = {p.id: p.label for p in predecessors_in(s)}
        agency = s.get(orm.Agency, 1)
        here = agency.short_name if agency else ""
        out = {}
        for ident, origin in origins_in(s, table).items():
            first = names.get(origin.source, "") if origin.source else here
            parts = [first] + [names.get(x, "") for x in origin.shared if x != origin.source]
            out[ident] = " + ".join(p for p in parts if p)
        return out


def ids_from(ctx: AppContext, table: str, source_id: int | None) -> set[int]:
    """Ids of ``table``'s records that came from (or were merged with) ``source_id``; HERE or None:
    the records written here (not added by a merge)."""
    with ctx.tx("read") as s:
        origins = origins_in(s, table)
        if not source_id:
            model = next(m.class_ for m in orm.Base.registry.mappers if m.local_table.name == table)
            every = set(s.scalars(select(model.id)))
            return {i for i in every if i not in origins or origins[i].source is None}
        return {i for i, o in origins.items() if source_id in o.sources()}


# ---------------------------------------------------------------- former reports

@dataclass(frozen=True)
class FormerReport:
    id: int  # the merged_row id
    source: str
    period: str
    version: int
    number: str
    date: dt.date | None
    status: str
    sent_date: dt.date | None
    has_snapshot: bool


def _date(text: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def former_reports(ctx: AppContext) -> list[FormerReport]:
    """Reports the former communes finalised or sent under their own names (kept as provenance)."""
    with ctx.tx("read") as s:
        names = {p.id: p.label for p in predecessors_in(s)}
        out = []
        for mr in s.scalars(select(orm.MergedRow).where(orm.MergedRow.table_name == "report")
                            .order_by(orm.MergedRow.source_id, orm.MergedRow.id)):
            r = json.loads(mr.row_json or "{}")
            number = f"{r['number']}/{r.get('symbol') or ''}" if r.get("number") else ""
            out.append(FormerReport(mr.id, names.get(mr.source_id, ""), r.get("period", ""), r.get("version") or 1,
                                    number, _date(r.get("date")), r.get("status", ""), _date(r.get("sent_date")),
                                    bool(r.get("snapshot_json"))))
        return out


def former_report_data(ctx: AppContext, former_id: int):
    """The frozen ReportData of a former commune's report (to print it as it was sent)."""
    from qms_desktop.domain.errors import NotFound
    from qms_desktop.reports.report_data import ReportData

    with ctx.tx("read") as s:
        mr = s.get(orm.MergedRow, former_id)
        snapshot = json.loads(mr.row_json or "{}").get("snapshot_json") if mr and mr.table_name == "report" else None
    if not snapshot:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Record not found ({kind_label} {id})."), kind="report",
                       kind_label=kinds.label("report"), id=former_id)
    return ReportData.from_json(snapshot.encode("utf-8"))


# ---------------------------------------------------------------- figures per former commune

@dataclass(frozen=True)
class OriginFigures:
    """A period's figures of one origin: a former commune, or the records written here."""

    source_id: int  # HERE (0) for the records written here
    label: str
    received: int = 0
    on_time: int = 0
    late: int = 0
    pending: int = 0
    complaints: int = 0
    nc_opened: int = 0
    nc_closed: int = 0
    nc_open_end: int = 0
    petitions: int = 0  # citizen feedback and petitions received in the period (QA 18 F2)
    petitions_pending: int = 0  # not answered at its end, whenever received

    @property
    def on_time_rate(self) -> float | None:
        """Floored to one decimal, as the report prints it (rates.rate)."""
        return rates.rate(self.on_time, self.on_time + self.late) if self.on_time + self.late > 0 else None


_STAT_FIELDS = ("received", "on_time", "late", "pending", "complaints")


def period_bounds(code: str, rule: str) -> tuple[dt.date, dt.date]:
    """Dates of '2025-H1', '2025-H2' (the second six months: the half in which the 2025 merge took
    effect) or '2025' under the period rule.

    Raises:
        ValidationError: not a period.
    """
    text = (code or "").strip().upper()
    if text.endswith("-H2"):
        p = ReportPeriod.parse(text[:-3])
        first_end = ReportPeriod(p.year, True).bounds(rule)[1]
        return first_end + dt.timedelta(days=1), p.bounds(rule)[1]
    return ReportPeriod.parse(text).bounds(rule)


def breakdown(ctx: AppContext, period: str, rule: str | None = None) -> list[OriginFigures]:
    """The period's service statistics and nonconformity figures per origin, the total last.

    ``period``: '2025-H1', '2025-H2' or '2025'. Statistics merged into one record (same period) are
    split back with each former commune's own figures as they were merged; "written here" is the
    rest. Counting follows the report's rules (a statistics row belongs to the period containing the
    middle of its span; an NC by its dates).
    """
    from qms_desktop.services.agency import get_setting

    rule = rule or get_setting(ctx, "period_rule")
    start, end = period_bounds(period, rule)
    with ctx.tx("read") as s:
        preds = predecessors_in(s)
        agency = s.get(orm.Agency, 1)
        labels = {HERE: (agency.short_name if agency else "")} | {x.id: x.label for x in preds}
        figures = {k: dict.fromkeys(_STAT_FIELDS + ("nc_opened", "nc_closed", "nc_open_end", "petitions",
                                                    "petitions_pending"), 0) for k in labels}
        contributions: dict[int, list[tuple[int, dict]]] = {}
        for mr in s.scalars(select(orm.MergedRow).where(orm.MergedRow.table_name == "service_stat",
                                                        orm.MergedRow.target_pk.is_not(None),
                                                        orm.MergedRow.outcome.in_(("added", "summed")))):
            contributions.setdefault(int(mr.target_pk), []).append((mr.source_id, json.loads(mr.row_json or "{}")))
        stats = [st for st in s.scalars(select(orm.ServiceStat))
                 if start <= st.period_start + (st.period_end - st.period_start) / 2 <= end]
        # Pending is a stock: the last rows', as the report counts it (period_facts.stock_rows), split by
        # origin like the flows, never added up across rows (QA 14 F1: 23 per former commune where it had 8).
        from qms_desktop.services.period_facts import stock_rows

        last = {st.id for st in stock_rows(stats)}
        for st in stats:
            fields = _STAT_FIELDS if st.id in last else tuple(f for f in _STAT_FIELDS if f != "pending")
            rest = {f: getattr(st, f) or 0 for f in fields}
            for source, values in contributions.get(st.id, []):
                for f in fields:
                    figures[source][f] += values.get(f) or 0
                    rest[f] -= values.get(f) or 0
            for f in fields:
                figures[HERE][f] += rest[f]
        origins = origins_in(s, "nonconformity")
        for nc in s.scalars(select(orm.Nonconformity)):
            if nc.cancelled_reason and (nc.cancelled_at is None or nc.cancelled_at <= end):
                continue
            if nc.detected_date > end:
                continue
            origin = origins.get(nc.id)
            key = origin.source if origin and origin.source else HERE
            closed_by_end = nc.closed_date is not None and nc.closed_date <= end
            figures[key]["nc_opened"] += start <= nc.detected_date <= end
            figures[key]["nc_closed"] += nc.closed_date is not None and start <= nc.closed_date <= end
            figures[key]["nc_open_end"] += not closed_by_end and nc.status != NcStatus.CANCELLED
        origins = origins_in(s, "petition")  # counted as the report counts them (period_facts)
        for p in s.scalars(select(orm.Petition).where(orm.Petition.received_date <= end)):
            if p.cancelled_reason:  # entered by mistake: never a petition
                continue
            origin = origins.get(p.id)
            key = origin.source if origin and origin.source else HERE
            figures[key]["petitions"] += p.received_date >= start
            figures[key]["petitions_pending"] += not (p.resolved_date and p.resolved_date <= end)
    rows = [OriginFigures(k, labels[k], **figures[k]) for k in labels]
    total = OriginFigures(-1, "", **{f: sum(getattr(r, f) for r in rows) for f in figures[HERE]})
    return rows + [total]


# ---------------------------------------------------------------- checks (qms check)

def verify_provenance(s: Session) -> list[tuple[str, dict]]:
    """Problems with what merges left (message source in context "Check", params): each former
    commune's imported history must still be its own chain ending at the head recorded when it was
    merged (that record is itself in this database's chain), and its provenance lines must match
    the digest recorded with it."""
    from qms_desktop.services.merge import merged_content_digest, merged_rows_digest

    problems: list[tuple[str, dict]] = []
    for m in s.scalars(select(orm.MergeSource).order_by(orm.MergeSource.id)):
        prev, n, bad = GENESIS, 0, None
        t = orm.ImportedChangeLog
        for seq, at, user, action, entity, entity_id, old, new, prev_hash, digest, state in s.execute(
                select(t.seq, t.at, t.username, t.action, t.entity, t.entity_id, t.old_values, t.new_values,
                       t.prev_hash, t.hash, t.state).where(t.source_id == m.id).order_by(t.seq)):
            n += 1
            at = at.isoformat() if isinstance(at, dt.datetime) else str(at)
            if bad is None and (prev_hash != prev or digest != entry_hash(prev, at, user, action, entity, entity_id,
                                                                          old, new, state)):
                bad = seq
            prev = digest
        if bad is not None or n != m.chain_count or prev != (m.chain_hash if m.chain_count else GENESIS):
            problems.append((QT_TRANSLATE_NOOP(
                "Check", "The history of former commune {name} was altered after the merge (it no longer ends at "
                         "chain head {head})."), {"name": m.full_name, "head": f"{m.chain_count}:{m.chain_hash[:16]}"}))
        lines = s.execute(select(orm.MergedRow.table_name, orm.MergedRow.source_pk, orm.MergedRow.target_pk,
                                 orm.MergedRow.outcome).where(orm.MergedRow.source_id == m.id)
                          .order_by(orm.MergedRow.id)).all()
        content = _predecessor(m).summary.get("_content")  # merges before 05/12/2026 recorded none
        if merged_rows_digest(tuple(r) for r in lines) != m.rows_digest or (
                isinstance(content, str) and merged_content_digest(
                    s.execute(select(orm.MergedRow.note, orm.MergedRow.row_json).where(orm.MergedRow.source_id == m.id)
                              .order_by(orm.MergedRow.id)).all()) != content):
            problems.append((QT_TRANSLATE_NOOP(
                "Check", "The record of what came from former commune {name} was altered after the merge."),
                {"name": m.full_name}))
    return problems
