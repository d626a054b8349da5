"""``qms inspect …``: the receiving office's yearly inspection cycle (registered by ``qms_desktop.cli``).

    qms [--db …] inspect plan --year Y [--suggest] [--apply] [--number N] [--date D] [--decision N]
                              [--decision-date D] [--budget TEXT] [--format tsv|json]
        # --suggest: the units ranked by the inbox's signals, with reasons (writes nothing);
        # --suggest --apply: the plan made from it (every unit on records, the top third on site)
    qms [--db …] inspect team --year Y --member "Name|Title|lead" [--member …]
    qms [--db …] inspect schedule UNIT_CODE DATE --year Y
    qms [--db …] inspect print --form 19|20|21 [--unit CODE] --out DIR [--year Y]
    qms [--db …] inspect finding UNIT_CODE --year Y --signed DATE [--number N] [--conformity T …]
                                 [--nonconformity T …] [--recommendation T …] [--reason TEXT]
    qms [--db …] inspect followup UNIT_CODE --year Y --received DATE [--note TEXT]
    qms [--db …] inspect status [--all] [--format tsv|json]     # corrective-action reports due (overdue first)
    qms [--db …] inspect compile --year Y --out DIR              # November compilation: XLSX + PDF

Dates DD/MM/YYYY. Exit codes: 0 done; 1 refused or failed, one line on stderr; 2 usage.
"""

from __future__ import annotations

import json
import sys

from qms_desktop.cli import common
from qms_desktop.cli.common import Refused, say
from qms_desktop.i18n import QT_TRANSLATE_NOOP

# --format json keys (stable; tests/receiving/test_cli_inspect.py checks them)
PLAN_KEYS = ("year", "plan_number", "plan_date", "decision_number", "decision_date", "units_expected",
             "on_site_needed", "on_site", "team", "units")
PLAN_UNIT_KEYS = ("code", "name", "on_site", "scheduled", "reasons", "record_number", "signed_date", "followup_due",
                  "followup_state")
SUGGEST_KEYS = ("year", "units_expected", "on_site_needed", "units")
SUGGEST_UNIT_KEYS = ("rank", "code", "name", "score", "reasons")
STATUS_KEYS = ("today", "overdue", "waiting", "follow_ups")
FOLLOWUP_KEYS = ("year", "code", "name", "record_number", "signed_date", "due_date", "state", "answered_on",
                 "answered_by", "days_left")


def register(sub) -> dict:
    p = sub.add_parser("inspect", help=QT_TRANSLATE_NOOP("CliHelp", "the receiving office's yearly inspections (TT 26 Mẫu 19, 20, 21)"))
    s = p.add_subparsers(dest="action", required=True)
    pl = s.add_parser("plan", help=QT_TRANSLATE_NOOP("CliHelp", "show, create or change the year's plan; --suggest ranks the units"))
    common.shared_arguments(pl, "inspection_year")
    pl.add_argument("--suggest", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "the units ranked by the inbox's signals, with reasons"))
    pl.add_argument("--apply", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "with --suggest: make the plan from the suggestion"))
    pl.add_argument("--number", help=QT_TRANSLATE_NOOP("CliHelp", "the plan's number, e.g. 15/KH-SKHCN"))
    pl.add_argument("--date", type=common.date_or_blank_arg, metavar=common.DATE_METAVAR, help=QT_TRANSLATE_NOOP("CliHelp", "the plan's date (DD/MM/YYYY)"))
    pl.add_argument("--decision", help=QT_TRANSLATE_NOOP("CliHelp", "the decision's number, e.g. 120/QĐ-SKHCN"))
    pl.add_argument("--decision-date", type=common.date_or_blank_arg, metavar=common.DATE_METAVAR, help=QT_TRANSLATE_NOOP("CliHelp", "the decision's date (DD/MM/YYYY)"))
    pl.add_argument("--budget", help=QT_TRANSLATE_NOOP("CliHelp", "the budget line of the plan"))
    common.shared_arguments(pl, "format")
    tm = s.add_parser("team", help=QT_TRANSLATE_NOOP("CliHelp", "set the check team (replaces it)"))
    common.shared_arguments(tm, "inspection_year")
    tm.add_argument("--member", action="append", default=[], metavar="NAME|TITLE|ROLE",
                    help=QT_TRANSLATE_NOOP("CliHelp", "role: lead, member or secretary (repeat the option for each member)"))
    sc = s.add_parser("schedule", help=QT_TRANSLATE_NOOP("CliHelp", "set the date of a unit's check"))
    common.shared_arguments(sc, "unit_code")
    sc.add_argument("date", type=common.date_or_blank_arg, metavar=common.DATE_METAVAR, help=QT_TRANSLATE_NOOP("CliHelp", "DD/MM/YYYY, or '' to clear"))
    common.shared_arguments(sc, "inspection_year")
    pr = s.add_parser("print", help=QT_TRANSLATE_NOOP("CliHelp", "write Mẫu 19 (plan), 20 (decision) or 21 (record) as PDF"))
    pr.add_argument("--form", choices=("19", "20", "21"), required=True,
        help=QT_TRANSLATE_NOOP("CliHelp", "19 (the plan), 20 (the decision) or 21 (a unit's record)"))
    pr.add_argument("--unit", default="", help=QT_TRANSLATE_NOOP("CliHelp", "Mẫu 21: one unit (default: every unit checked on site)"))
    common.shared_arguments(pr, "out")
    pr.add_argument("--year", type=common.int_arg,
        help=QT_TRANSLATE_NOOP("CliHelp", "the year (default: this year)"))
    fi = s.add_parser("finding", help=QT_TRANSLATE_NOOP("CliHelp", "record a unit's check: the record's number, signing date and findings"))
    common.shared_arguments(fi, "unit_code", "inspection_year")
    fi.add_argument("--signed", required=True, type=common.date_arg, metavar=common.DATE_METAVAR, help=QT_TRANSLATE_NOOP("CliHelp", "the record's signing date (DD/MM/YYYY)"))
    fi.add_argument("--number", default="", help=QT_TRANSLATE_NOOP("CliHelp", "the record's number, e.g. 05/BB-SKHCN"))
    fi.add_argument("--conformity", action="append", default=[],
        help=QT_TRANSLATE_NOOP("CliHelp", "a conformity found (repeat the option for each)"))
    fi.add_argument("--nonconformity", action="append", default=[],
        help=QT_TRANSLATE_NOOP("CliHelp", "a nonconformity found (repeat the option for each)"))
    fi.add_argument("--recommendation", action="append", default=[],
        help=QT_TRANSLATE_NOOP("CliHelp", "a recommendation (repeat the option for each)"))
    fi.add_argument("--reason", default="",
        help=QT_TRANSLATE_NOOP("CliHelp", "why a record already signed is corrected (required then)"))
    fu = s.add_parser("followup", help=QT_TRANSLATE_NOOP("CliHelp", "mark a unit's corrective-action report received (by hand)"))
    common.shared_arguments(fu, "unit_code", "inspection_year")
    fu.add_argument("--received", required=True, type=common.date_or_blank_arg, metavar=common.DATE_METAVAR, help=QT_TRANSLATE_NOOP("CliHelp", "DD/MM/YYYY, or '' to reopen"))
    fu.add_argument("--note", default="",
        help=QT_TRANSLATE_NOOP("CliHelp", "a note on the report received; with --received '': why it is reopened "
                                          "(required then)"))
    st = s.add_parser("status", help=QT_TRANSLATE_NOOP("CliHelp", "the corrective-action reports due after the records (overdue first)"))
    st.add_argument("--all", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "also those already reported"))
    common.shared_arguments(st, "format")
    co = s.add_parser("compile", help=QT_TRANSLATE_NOOP("CliHelp", "the November compilation of the year's results: XLSX and PDF"))
    common.shared_arguments(co, "inspection_year", "out")
    return {"inspect": (cmd_inspect, True)}


def _reasons(reasons, T) -> list[dict]:
    from qms_desktop.i18n import render

    return [{"rule": r.rule, "text": render(r, T)} for r in reasons]


def _plan_doc(plan, T) -> dict:
    return {
        "year": plan.year, "plan_number": plan.plan_number, "plan_date": plan.plan_date,
        "decision_number": plan.decision_number, "decision_date": plan.decision_date,
        "units_expected": plan.units_expected, "on_site_needed": plan.on_site_needed, "on_site": len(plan.on_site),
        "team": [{"name": m.name, "title": m.title, "role": m.role} for m in plan.team],
        "units": [{"code": r.code, "name": r.name, "on_site": r.on_site, "scheduled": r.scheduled,
                   "reasons": _reasons(r.reasons, T), "record_number": r.record_number, "signed_date": r.signed_date,
                   "followup_due": r.followup_due, "followup_state": r.followup_state} for r in plan.rows],
    }


def _dump(doc) -> None:
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=1, default=common.json_default)
    sys.stdout.write("\n")


def _date(value) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _followup_label(state: str, T) -> str:
    """A follow-up state in words (TSV): 'Waiting for the report', not 'waiting' (--format json keeps the key)."""
    from qms_desktop.services.receiving.inspection import FOLLOWUP_LABELS

    label = FOLLOWUP_LABELS.get(state)
    return (T("Inspection", label) or label) if label else state


def _check_label(on_site: bool, T) -> str:
    """How a unit is checked, in the words of the inspection page: on site, or on its records."""
    label = QT_TRANSLATE_NOOP("Inspection", "On site") if on_site else QT_TRANSLATE_NOOP("Inspection", "Records")
    return T("Inspection", label) or label


def cmd_inspect(args, ctx) -> int:
    from qms_desktop.services.receiving import inspection as ins
    from qms_desktop.services.receiving import inspection_docs as docs

    T = common.T
    if args.action == "plan":
        if args.apply and not args.suggest:
            raise Refused(QT_TRANSLATE_NOOP("Cli", "--apply goes with --suggest."))
        if args.suggest and not args.apply:
            from qms_desktop.services.receiving.tamper import altered

            found = altered(ctx)
            if found:  # shown, not refused (as inbox status): --apply refuses
                print(found.banner(T), file=sys.stderr)
            ranked = ins.suggest(ctx, args.year)
            needed = ins.on_site_needed(len(ranked))
            if args.format == "json":
                _dump({"year": args.year, "units_expected": len(ranked), "on_site_needed": needed,
                       "units": [{"rank": i, "code": x.code, "name": x.name, "score": x.score,
                                  "reasons": _reasons(x.reasons, T)} for i, x in enumerate(ranked, start=1)]})
            else:
                common.emit([{"rank": i, "code": x.code, "name": x.name, "score": x.score,
                              "reasons": "; ".join(r["text"] for r in _reasons(x.reasons, T))}
                             for i, x in enumerate(ranked, start=1)], "tsv", list(SUGGEST_UNIT_KEYS))
                say(QT_TRANSLATE_NOOP("Cli", "{count} units expected to report in {year}; at least {needed} to check "
                                             "on site (the first {needed} above with --apply)."),
                    sys.stderr, count=len(ranked), year=args.year, needed=needed)
            return 0
        header = {k: v for k, v in (("plan_number", args.number), ("plan_date", args.date),
                                    ("decision_number", args.decision), ("decision_date", args.decision_date),
                                    ("budget", args.budget)) if v is not None}
        if args.apply:
            # the header first: refused, nothing is written (QA 49 F1: the plan was made, then its header refused)
            from qms_desktop.services.receiving.tamper import altered, require_unaltered

            require_unaltered(altered(ctx))
            if header:
                ins.save_plan(ctx, args.year, **header)
            plan = ins.plan_from_suggestion(ctx, args.year)
        else:
            plan = ins.save_plan(ctx, args.year, **header) if header else ins.get_plan(ctx, args.year)
        if plan is None:
            raise Refused(QT_TRANSLATE_NOOP("Cli", "There is no inspection plan for {year} yet: make one with "
                                                   "'qms inspect plan --year {year} --suggest --apply'."),
                          year=args.year)
        if args.format == "json":
            _dump(_plan_doc(plan, T))
            return 0
        common.emit([{"code": r.code, "name": r.name, "on_site": _check_label(r.on_site, T),
                      "scheduled": _date(r.scheduled), "record_number": r.record_number,
                      "signed_date": _date(r.signed_date), "followup_due": _date(r.followup_due),
                      "followup_state": _followup_label(r.followup_state, T)} for r in plan.rows], "tsv",
                    ["code", "name", "on_site", "scheduled", "record_number", "signed_date", "followup_due",
                     "followup_state"])
        say(QT_TRANSLATE_NOOP("Cli", "Plan {year}: {count} units, {on_site} on site (at least {needed}); team of "
                                     "{team}."), sys.stderr, year=plan.year, count=len(plan.rows),
            on_site=len(plan.on_site), needed=plan.on_site_needed, team=len(plan.team))
        return 0
    if args.action == "team":
        members = []
        for text in args.member:
            parts = [x.strip() for x in text.split("|")]
            if len(parts) != 3:
                raise Refused(QT_TRANSLATE_NOOP("Cli", "A member is NAME|TITLE|ROLE (role: lead, member or "
                                                       "secretary), not \"{text}\"."), text=text)
            members.append(ins.Member(*parts))
        plan = ins.set_team(ctx, args.year, members)
        say(QT_TRANSLATE_NOOP("Cli", "Team of {year}: {count} members."), year=plan.year, count=len(plan.team))
        return 0
    if args.action == "schedule":
        plan = ins.set_schedule(ctx, args.year, args.unit_code, args.date)
        row = plan.row(args.unit_code)
        say(QT_TRANSLATE_NOOP("Cli", "{unit}: check on {date}."), unit=row.name, date=_date(row.scheduled) or "—")
        return 0
    if args.action == "print":
        year = args.year or ctx.today.year
        for path in docs.write_form(ctx, year, args.form, args.out, args.unit):
            print(path)
        return 0
    if args.action == "finding":
        row = ins.record_findings(ctx, args.year, args.unit_code, ins.Findings(
            args.number, args.signed, "\n".join(args.conformity), "\n".join(args.nonconformity),
            "\n".join(args.recommendation), args.reason))
        say(QT_TRANSLATE_NOOP("Cli", "Record of {unit} signed on {signed}: corrective-action report due on {due}."),
            unit=row.name, signed=_date(row.signed_date), due=_date(row.followup_due))
        return 0
    if args.action == "followup":
        row = ins.mark_followup_received(ctx, args.year, args.unit_code, args.received, args.note)
        say(QT_TRANSLATE_NOOP("Cli", "{unit}: {state}."), unit=row.name,
            state=T("Inspection", ins.FOLLOWUP_LABELS[row.followup_state]) or ins.FOLLOWUP_LABELS[row.followup_state])
        return 0
    if args.action == "status":
        items = ins.follow_ups(ctx, open_only=not args.all)
        overdue = sum(1 for f in items if f.state == ins.OVERDUE)
        waiting = sum(1 for f in items if f.state == ins.WAITING)
        rows = [{"year": f.year, "code": f.code, "name": f.name, "record_number": f.record_number,
                 "signed_date": f.signed_date, "due_date": f.due, "state": f.state, "answered_on": f.answered_on,
                 # answered: no days left to count (QA 49 F11: 28 or -33 was given for an answered follow-up)
                 "answered_by": f.answered_by, "days_left": f.days_left if f.answered_on is None else None}
                for f in items]
        if args.format == "json":
            _dump({"today": ctx.today, "overdue": overdue, "waiting": waiting, "follow_ups": rows})
        else:
            common.emit([{"year": f.year, "code": f.code, "name": f.name, "record_number": f.record_number,
                          "signed_date": _date(f.signed_date), "due_date": _date(f.due),
                          "state": _followup_label(f.state, T),
                          "days_left": f.days_left if f.answered_on is None else ""} for f in items], "tsv",
                        ["year", "code", "name", "record_number", "signed_date", "due_date", "state", "days_left"])
            say(QT_TRANSLATE_NOOP("Cli", "Corrective-action reports: {overdue} overdue, {waiting} waiting."),
                sys.stderr, overdue=overdue, waiting=waiting)
        return 0
    if args.action == "compile":
        for path in docs.write_compilation(ctx, args.year, args.out):
            print(path)
        return 0
    return 2
