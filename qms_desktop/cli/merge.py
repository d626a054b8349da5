"""``qms merge`` and ``qms predecessors`` (registered by ``qms_desktop.cli``): the 2025 merge of former communes.

    qms [--db NEW.sqlite] merge FORMER1.sqlite FORMER2.sqlite … [--dry-run] [--prefix-rule initials|name|P1,P2]
        [--tthc-by-name ask|merge|separate] [--units merge|separate] [--staff merge|separate]
        [--backup-dir DIR] [--format text|json]
    qms [--db …] predecessors [--period 2025|2025-H1] [--format tsv|json]

Exit codes: 0 merged, nothing left to merge, or dry run listed; 1 refused (one line per reason on
stderr, nothing written); 2 usage.
"""

from __future__ import annotations

import json
import sys

from qms_desktop.cli import common
from qms_desktop.cli.common import Refused, say
from qms_desktop.i18n import QT_TRANSLATE_NOOP


def register(sub) -> dict:
    m = sub.add_parser("merge", help=QT_TRANSLATE_NOOP("CliHelp", "merge former communes' databases or backups into this one (2025 reform)"))
    m.add_argument("sources", nargs="+", metavar="SOURCE.sqlite",
        help=QT_TRANSLATE_NOOP("CliHelp", "the former communes' databases or backups (.sqlite)"))
    m.add_argument("--dry-run", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "list what would be added, merged, renumbered or refused"))
    m.add_argument("--prefix-rule", default="initials", metavar="RULE",
                   help=QT_TRANSLATE_NOOP("CliHelp", "prefix of a clashing procedure code: initials (PL-QT-01), name (PhuLam-QT-01), or one "
                        "prefix per source separated by commas (default: initials)"))
    m.add_argument("--tthc-by-name", choices=("ask", "merge", "separate"), default="ask",
                   help=QT_TRANSLATE_NOOP("CliHelp", "a TTHC whose name, not its code, matches one here: refuse and list them (ask), the same "
                        "TTHC (merge), or a different one (separate)"))
    m.add_argument("--units", choices=("merge", "separate"), default="merge",
                   help=QT_TRANSLATE_NOOP("CliHelp", "a unit with the same name (tone marks and case ignored) as one here"))
    m.add_argument("--staff", choices=("merge", "separate"), default="merge",
                   help=QT_TRANSLATE_NOOP("CliHelp", "a person with the same name (tone marks and case ignored) as one here"))
    m.add_argument("--backup-dir", metavar="DIR", help=QT_TRANSLATE_NOOP("CliHelp", "where the backup made first goes (default: the data folder's backups/)"))
    m.add_argument("--format", choices=("text", "json"), default="text",
        help=QT_TRANSLATE_NOOP("CliHelp", "output: text (to read) or json (for scripts)"))
    p = sub.add_parser("predecessors", help=QT_TRANSLATE_NOOP("CliHelp", "the former communes merged into this one; with --period, figures per commune"))
    p.add_argument("--period", help=QT_TRANSLATE_NOOP("CliHelp", "2025-H1, 2025-H2 (six months) or 2025 (year)"))
    common.shared_arguments(p, "format")
    return {"merge": (cmd_merge, True), "predecessors": (cmd_predecessors, True)}


def _note(note, T) -> str:
    return note.render(T) if note is not None else ""


def _plan_json(result, T) -> dict:
    plan = result.plan
    by_index = {sp.source.index: sp for sp in plan.plans}
    sources = []
    for s in plan.sources:
        sp = by_index.get(s.index)
        status = "refused" if s.problems else ("already_merged" if s.already_merged_at else "merge")
        sources.append({
            "file": str(s.path), "name": s.full_name, "short_name": s.short_name, "province": s.province,
            "status": status, "problems": [p.render(T) for p in s.problems], "schema": s.schema, "upgraded": s.upgraded,
            "chain_head": s.chain_head, "lineage": s.lineage, "key_fingerprint": s.key_fingerprint,
            "already_merged_at": s.already_merged_at.isoformat() if s.already_merged_at else None,
            "prefix": sp.prefix if sp else None, "history_entries": sp.history if sp else 0,
            "summary": sp.summary() if sp else {},
            "rows": [{"table": r.table, "source_id": r.source_pk if not isinstance(r.source_pk, tuple) else list(r.source_pk),
                      "outcome": r.outcome, "label": r.label, "note": _note(r.note, T)} for r in sp.rows] if sp else [],
        })
    return {"dry_run": not result.merged, "merged": result.merged, "chain_head": result.chain_head,
            "backup": str(result.backup) if result.backup else None, "sources": sources,
            "questions": [{"key": q.key, "source": q.source, "table": q.table, "label": q.label,
                           "candidate": q.candidate, "choice": q.choice or None,
                           "candidate_source": q.candidate_source if q.candidate_source >= 0 else None} for q in plan.questions],
            "refused": [r.render(T) for r in plan.refusals()]}


def _print_plan(result, T) -> None:
    from qms_desktop.services.merge import ADDED, outcome_label, row_text, table_label

    by_index = {sp.source.index: sp for sp in result.plan.plans}
    for s in result.plan.sources:
        say(QT_TRANSLATE_NOOP("Cli", "Source {n}: {file} — {name}"), n=s.index + 1, file=s.path.name,
            name=s.full_name or "?")
        if s.problems:
            say(QT_TRANSLATE_NOOP("Cli", "  Refused:"))
            for p in s.problems:
                print("    " + p.render(T))
            continue
        say(QT_TRANSLATE_NOOP("Cli", "  Chain head {head}; schema {schema}{upgraded}; key {key}"), head=s.chain_head,
            schema=s.schema, upgraded=T("Cli", QT_TRANSLATE_NOOP("Cli", " (upgraded in a copy)")) if s.upgraded else "",
            key=s.key_fingerprint or "—")
        if s.already_merged_at:
            say(QT_TRANSLATE_NOOP("Cli", "  Already merged on {date} at this chain head: nothing to add."),
                date=s.already_merged_at.strftime("%d/%m/%Y"))
            continue
        sp = by_index[s.index]
        say(QT_TRANSLATE_NOOP("Cli", "  Prefix for its clashing procedure codes: {prefix}; history entries kept: {n}"),
            prefix=sp.prefix, n=sp.history)
        added = {}
        for r in sp.rows:
            if r.outcome == ADDED:
                added[r.table] = added.get(r.table, 0) + 1
        if added:
            say(QT_TRANSLATE_NOOP("Cli", "  {outcome}: {items}"), outcome=outcome_label(ADDED, T),
                items=", ".join(f"{n} {table_label(t, T)}" for t, n in added.items()))
        for r in sp.rows:
            if r.outcome == ADDED and r.note is None:  # one added with a note is listed: a unit kept apart is
                continue  # renamed "… (xã Phú Lâm)" (QA 47 F5: said in the JSON output only)
            line = f"  {outcome_label(r.outcome, T)}: {table_label(r.table, T)} {row_text(r, T)}".rstrip()
            note = _note(r.note, T)
            print(f"{line} — {note}" if note else line)


def cmd_merge(args, ctx) -> int:
    from qms_desktop.paths import backups_dir
    from qms_desktop.services.merge import MergeOptions, MergeRefused, merge

    T = common.T
    options = MergeOptions(prefix_rule=args.prefix_rule, tthc_by_name=args.tthc_by_name, units=args.units,
                           staff=args.staff)
    try:
        result = merge(ctx, args.sources, options, dry_run=args.dry_run,
                       backup_folder=args.backup_dir or backups_dir())
    except MergeRefused as exc:
        for line in exc.lines(T):
            print(f"qms: {line}", file=sys.stderr)
        return 1
    refused = result.plan.refusals()
    if args.format == "json":
        json.dump(_plan_json(result, T), sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    else:
        _print_plan(result, T)
        if result.merged:
            say(QT_TRANSLATE_NOOP("Cli", "Merged {n} former commune(s); backup made first: {backup}"),
                n=len(result.source_ids), backup=str(result.backup))
            say(QT_TRANSLATE_NOOP("Cli", "Chain head: {head}"), head=result.chain_head)
        elif result.plan.nothing_to_do and not refused:
            say(QT_TRANSLATE_NOOP("Cli", "Nothing to merge: every source was already merged."))
        elif args.dry_run:
            say(QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was written."))
    if args.dry_run and refused:
        for line in refused:
            print(f"qms: {line.render(T)}", file=sys.stderr)
        return 1
    return 0


def cmd_predecessors(args, ctx) -> int:
    from qms_desktop.domain.errors import ValidationError
    from qms_desktop.services import provenance

    if args.period:
        try:
            provenance.period_bounds(args.period, "calendar")
        except (ValueError, ValidationError):
            raise Refused(QT_TRANSLATE_NOOP("Cli", "Unknown period {period}: use 2025-H1, 2025-H2 or 2025."),
                          period=args.period) from None
        rows = [{"source_id": r.source_id if r.source_id >= 0 else None,
                 "origin": r.label or common.T("Cli", QT_TRANSLATE_NOOP("Cli", "Total")), "received": r.received,
                 "on_time": r.on_time, "late": r.late, "pending": r.pending, "complaints": r.complaints,
                 "on_time_rate": r.on_time_rate,
                 "nc_opened": r.nc_opened, "nc_closed": r.nc_closed, "nc_open_end": r.nc_open_end,
                 "petitions": r.petitions, "petitions_pending": r.petitions_pending}  # QA 18 F2
                for r in provenance.breakdown(ctx, args.period)]
        common.emit(rows, args.format, ["origin", "received", "on_time", "late", "pending", "complaints", "on_time_rate",
                                        "nc_opened", "nc_closed", "nc_open_end", "petitions", "petitions_pending"])
        return 0
    rows = [{"id": p.id, "name": p.full_name, "short_name": p.short_name, "fingerprint": p.key_fingerprint,
             "chain_head": p.chain_head, "merged_at": common.moment(p.merged_at), "merged_by": p.merged_by, "file": p.file_name,
             "prefix": p.prefix} for p in provenance.predecessors(ctx)]
    common.emit(rows, args.format, ["id", "name", "short_name", "fingerprint", "chain_head", "merged_at", "merged_by",
                                    "prefix", "file"])
    return 0
