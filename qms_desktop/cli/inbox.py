"""``qms units …`` and ``qms inbox …``: the receiving office (registered by ``qms_desktop.cli``).

    qms [--db …] units import FILE.xlsx [--dry-run]      # the register: code, name, kind (+ dates, predecessors)
    qms [--db …] units list [--format tsv|json]
    qms [--db …] inbox import PATH... [--period P] [--trust-new]
        # one line per package: accepted|superseded|duplicate|refused <TAB> file <TAB> unit <TAB> period <TAB> reason
    qms [--db …] inbox trust UNIT_CODE FINGERPRINT [--note TEXT] [--same-key-as-other-unit]
    qms [--db …] inbox status --period 2026-H1 [--format tsv|json]
    qms [--db …] inbox summary --period 2026-H1 --out DIR   # consolidated XLSX + the office's summary PDF
    qms [--db …] inbox list [--period P] [--format tsv|json]
    qms [--db …] inbox recheck [--format tsv|json]   # the received PDFs' signatures against today's trust store
    qms [--db …] inbox return UNIT_CODE --period P --comment TEXT|@file [--letter DIR]
    qms [--db …] inbox accept UNIT_CODE --period P [--despite-invalid-signature]
    qms [--db …] inbox unlock UNIT_CODE --period P --reason TEXT
    qms [--db …] inbox remind --period P --out DIR       # Công văn đôn đốc to the units that have not reported

Exit codes: 0 done; 1 refused or failed (``inbox import``: at least one package refused — the others were
taken in), with one line on stderr; 2 usage. ``summary``, ``remind`` and ``return --letter`` are refused (1) while
the office's records differ from their history (``qms check``), naming them; ``status`` then warns on stderr.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from qms_desktop.domain.periods import period_name
from qms_desktop.cli import common
from qms_desktop.cli.common import Refused, read_text, say
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date, format_percent, local_time


def register(sub) -> dict:
    units = sub.add_parser("units", help=QT_TRANSLATE_NOOP("CliHelp", "the receiving office's register of reporting units"))
    us = units.add_subparsers(dest="action", required=True)
    imp = us.add_parser("import", help=QT_TRANSLATE_NOOP("CliHelp", "import the register from an Excel list (code, name, kind, …)"))
    imp.add_argument("file",
        help=QT_TRANSLATE_NOOP("CliHelp", "the Excel list of units (code, name, kind, …)"))
    imp.add_argument("--dry-run", action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "show what would be added or changed, and write nothing"))
    ls = us.add_parser("list", help=QT_TRANSLATE_NOOP("CliHelp", "list the units with their pinned key"))
    common.shared_arguments(ls, "format")

    inbox = sub.add_parser("inbox", help=QT_TRANSLATE_NOOP("CliHelp", "the receiving office's inbox of report packages"))
    ins = inbox.add_subparsers(dest="action", required=True)
    ip = ins.add_parser("import", help=QT_TRANSLATE_NOOP("CliHelp", "check and take in packages: files, or folders searched for *.zip"))
    ip.add_argument("paths", nargs="+", metavar="PATH",
        help=QT_TRANSLATE_NOOP("CliHelp", "report packages (.zip), or folders searched for them"))
    ip.add_argument("--period", help=QT_TRANSLATE_NOOP("CliHelp", "refuse packages for another period (2026-H1 or 2026)"))
    ip.add_argument("--trust-new", action="store_true",
                    help=QT_TRANSLATE_NOOP("CliHelp", "pin the key of a unit's first package without asking (trust on first use, logged)"))
    tr = ins.add_parser("trust", help=QT_TRANSLATE_NOOP("CliHelp", "enrol a unit's key fingerprint (confirmed on paper or by phone)"))
    common.shared_arguments(tr, "unit_code")
    tr.add_argument("fingerprint", type=common.fingerprint_arg,
        help=QT_TRANSLATE_NOOP("CliHelp", "the key's SHA-256 fingerprint, as confirmed on paper or by phone"))
    tr.add_argument("--note", default="", help=QT_TRANSLATE_NOOP("CliHelp", "how it was confirmed, e.g. 'phone, Ms Lan, 12/07'"))
    tr.add_argument("--same-key-as-other-unit", action="store_true",
                    help=QT_TRANSLATE_NOOP("CliHelp", "enrol the key even though it is already pinned to another unit "
                                                      "(refused without it: one key for two units is a sign of "
                                                      "impersonation)"))
    st = ins.add_parser("status", help=QT_TRANSLATE_NOOP("CliHelp", "expected / received / on time / late / missing per unit for a period"))
    common.shared_arguments(st, "period", "format")
    sm = ins.add_parser("summary", help=QT_TRANSLATE_NOOP("CliHelp", "write the consolidated workbook (XLSX) and the summary report (PDF)"))
    common.shared_arguments(sm, "period", "out")
    li = ins.add_parser("list", help=QT_TRANSLATE_NOOP("CliHelp", "the packages received"))
    li.add_argument("--period",
        help=QT_TRANSLATE_NOOP("CliHelp", "only the packages of this period: 2026-H1 or 2026"))
    common.shared_arguments(li, "format")
    rc = ins.add_parser("recheck", help=QT_TRANSLATE_NOOP(
        "CliHelp", "check the received reports' digital signatures again (after importing a root certificate or a "
                   "CRL) and record the states that changed"))
    common.shared_arguments(rc, "format")
    rt = ins.add_parser("return", help=QT_TRANSLATE_NOOP("CliHelp", "return a unit's report for correction (a comment is required)"))
    common.shared_arguments(rt, "unit_code", "period")
    rt.add_argument("--comment", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "what must be corrected (text, or @file.txt)"))
    rt.add_argument("--letter", metavar="DIR", help=QT_TRANSLATE_NOOP("CliHelp", "also write the return letter (PDF) into DIR"))
    ac = ins.add_parser("accept", help=QT_TRANSLATE_NOOP("CliHelp", "accept (and lock) a unit's report"))
    common.shared_arguments(ac, "unit_code", "period")
    ac.add_argument("--despite-invalid-signature", action="store_true", help=QT_TRANSLATE_NOOP(
        "CliHelp", "accept it although its PDF's digital signature is invalid"))
    ul = ins.add_parser("unlock", help=QT_TRANSLATE_NOOP("CliHelp", "unlock an accepted report (leader; logged)"))
    common.shared_arguments(ul, "unit_code", "period")
    ul.add_argument("--reason", required=True,
        help=QT_TRANSLATE_NOOP("CliHelp", "why the accepted report is unlocked (kept in the history)"))
    rm = ins.add_parser("remind", help=QT_TRANSLATE_NOOP("CliHelp", "write the reminder letter (Công văn đôn đốc) to the units that have not reported"))
    common.shared_arguments(rm, "period", "out")
    return {"units": (cmd_units, True), "inbox": (cmd_inbox, True)}


# ---------------------------------------------------------------- units

def cmd_units(args, ctx) -> int:
    from qms_desktop.i18n import render
    from qms_desktop.services import receiving as rx

    if args.action == "list":
        rows = [{"code": u.code, "name": u.name, "kind": u.kind, "opened": u.opened, "closed": u.closed,
                 "predecessors": u.predecessors, "expected": u.expected, "not_expected_reason": u.not_expected_reason,
                 "fingerprint": u.key_fingerprint, "chain_head": u.chain_head} for u in rx.list_units(ctx)]
        common.emit(rows, args.format, ["code", "name", "kind", "opened", "closed", "predecessors", "expected",
                                        "not_expected_reason", "fingerprint", "chain_head"])
        return 0
    plan = rx.import_units(ctx, args.file, dry_run=args.dry_run)
    for rej in plan.rejected:
        say(QT_TRANSLATE_NOOP("Cli", "Row {row}: rejected — {reason}"), sys.stderr, row=rej.row_number,
            reason=render(rej, common.T))
    msg = (QT_TRANSLATE_NOOP("Cli", "Dry run: {added} units to add, {updated} to update, {unchanged} unchanged, "
                                    "{rejected} rejected. Nothing was written.")
           if args.dry_run else
           QT_TRANSLATE_NOOP("Cli", "Units imported: {added} added, {updated} updated, {unchanged} unchanged, "
                                    "{rejected} rejected."))
    say(msg, added=len(plan.added), updated=len(plan.updated), unchanged=len(plan.unchanged),
        rejected=len(plan.rejected))
    for note in plan.notes:  # hidden rows left out, codes padded with zeros
        print(render(note, common.T))
    if plan.missing_columns_note is not None:  # the register keeps these fields
        print(render(plan.missing_columns_note, common.T))
    if plan.updated:  # each field that changes, before → after: nothing is changed unseen
        say(QT_TRANSLATE_NOOP("Cli", "Units to update (field: now → after the import):") if args.dry_run else
            QT_TRANSLATE_NOOP("Cli", "Units updated (field: before → now):"))
        for line in plan.change_lines(common.T):
            print("  " + line)
    return 0


# ---------------------------------------------------------------- inbox

def _confirm_on_terminal(question) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        return False
    if getattr(question, "package_name", ""):  # the name the package gives itself, beside the register's
        print(common.translate("Cli", QT_TRANSLATE_NOOP("Cli", "Name in the register: {unit}. Name in the package: "
                                                               "{package}.")).format(
            unit=question.unit_name, package=question.package_name))
    prompt = common.translate("Cli", QT_TRANSLATE_NOOP(
        "Cli", "First package from {unit} ({code}), signed with key {fingerprint}.\nDoes this fingerprint match the one "
               "printed on the signed report or read out by phone? [y/N] ")).format(
        unit=question.unit_name, code=question.unit_code, fingerprint=question.fingerprint)
    answer = input(prompt).strip().lower()
    return answer in ("y", "yes", "c", "co", "có")


def _outcome_text(o) -> str:
    T = common.T
    if o.status in ("refused", "duplicate"):
        text = o.reason.render(T) if o.reason is not None else ""
        if o.reason is not None and o.reason.params.get("enrol_code"):  # how, on the command line
            text += " " + common.translate("Cli", QT_TRANSLATE_NOOP("Cli", "Enrol it with: qms inbox trust {code} "
                                                                           "\"{fingerprint}\"")).format(
                code=o.reason.params["enrol_code"], fingerprint=o.reason.params["fingerprint"])
    elif o.signed_copy:  # the same report, its PDF now signed: the note says so
        text = common.translate("Cli", QT_TRANSLATE_NOOP("Cli", "version {version}")).format(version=o.version)
    elif o.status == "superseded":
        text = common.translate("Cli", QT_TRANSLATE_NOOP("Cli", "version {version} replaces version {old}")).format(
            version=o.version, old=o.replaced_version)
        if o.changes:
            text += ": " + "; ".join(f"{c.caption(T)}: {c.shown(c.old)} → {c.shown(c.new)}" for c in o.changes)
    else:
        text = common.translate("Cli", QT_TRANSLATE_NOOP("Cli", "version {version}")).format(version=o.version)
    notes = [n.render(T) for n in o.notes]
    return " ".join([text] + [f"[{n}]" for n in notes]).replace("\t", " ").replace("\n", " ")


def _status_rows(ov) -> list[dict]:
    rows = []
    for r in ov.rows:
        reason = r.not_expected_reason or (common.translate("Cli", QT_TRANSLATE_NOOP(
            "Cli", "closed on {closed}, before the period ended")).format(closed=format_date(r.closed)) if r.closed else "")
        rows.append({"code": r.code, "name": r.name, "kind": r.kind, "expected": r.expected,
                     "not_expected_reason": reason, "closed": r.closed, "state": r.state, "counted": r.counted,
                     "on_time": r.on_time, "late": r.late, "sent_date": r.sent_date,
                     "received_date": local_time(r.received_at).date() if r.received_at else None, "version": r.version,
                     "warnings": [w.rule for w in r.warnings], "days_late": r.days_late})
    return rows


def cmd_inbox(args, ctx) -> int:
    from qms_desktop.services import receiving as rx

    if args.action == "import":
        confirm = (lambda _q: True) if args.trust_new else _confirm_on_terminal
        result = rx.import_packages(ctx, args.paths, period=args.period, confirm_key=confirm)
        for o in result.outcomes:
            print("\t".join((o.status, str(o.path), o.unit_code, o.period, _outcome_text(o))))
        refused = result.count("refused")
        if not result.outcomes:
            raise Refused(QT_TRANSLATE_NOOP("Cli", "No package found in {paths}."), paths=" ".join(args.paths))
        if refused:
            taken = result.count("accepted") + result.count("superseded")
            say(QT_TRANSLATE_NOOP("Cli", "{refused} of {total} packages refused; {taken} taken in, {duplicates} "
                                         "already in the inbox.") if taken else
                QT_TRANSLATE_NOOP("Cli", "{refused} of {total} packages refused; nothing was taken in ({duplicates} "
                                         "already in the inbox)."),
                sys.stderr, refused=refused, total=len(result.outcomes), taken=taken,
                duplicates=result.count("duplicate"))
            return 1
        return 0
    if args.action == "trust":
        from qms_desktop.services.receiving.units import KeyOfOtherUnit

        try:
            unit, before = rx.trust_key(ctx, args.unit_code, args.fingerprint, note=args.note,
                                        shared_ok=args.same_key_as_other_unit)
        except KeyOfOtherUnit as exc:  # how to insist, on the command line
            raise Refused(QT_TRANSLATE_NOOP("Cli", "{reason} If both units confirmed that this key is theirs, run "
                                                   "the command again with --same-key-as-other-unit."),
                          reason=exc.render(common.T)) from None
        if before and before != unit.key_fingerprint:
            say(QT_TRANSLATE_NOOP("Cli", "Key {fingerprint} enrolled for {unit} ({code}), replacing {old}."),
                fingerprint=unit.key_fingerprint, unit=unit.name, code=unit.code, old=before)
        else:
            say(QT_TRANSLATE_NOOP("Cli", "Key {fingerprint} enrolled for {unit} ({code})."),
                fingerprint=unit.key_fingerprint, unit=unit.name, code=unit.code)
        return 0
    if args.action == "status":
        ov = rx.period_overview(ctx, args.period)
        if ov.altered:  # shown, not refused: the status is read to find what is wrong
            print(ov.altered.banner(common.T), file=sys.stderr)
        rows = _status_rows(ov)
        if ctx.today <= ov.end:  # QA 61 F8: every unit "missing" at 0 % for a period whose reports are not due yet
            say(QT_TRANSLATE_NOOP("Cli", "The period {code} ({period}) runs until {end}: its reports are written after "
                                         "it ends (due {due}); a unit listed as missing has not sent one yet."),
                sys.stderr, code=ov.period, period=period_name(ov.period), end=format_date(ov.end),
                due=format_date(ov.due_date))
        if args.format == "json":
            doc = {"period": ov.period, "start": ov.start, "end": ov.end, "due_date": ov.due_date,
                   "expected": ov.expected, "received": ov.received, "on_time": ov.on_time, "late": ov.late,
                   "returned": ov.returned, "missing": ov.missing, "reporting_rate": ov.reporting_rate,
                   "on_time_rate": ov.on_time_rate, "units": rows}
            json.dump(doc, sys.stdout, ensure_ascii=False, indent=1, default=common.json_default)
            sys.stdout.write("\n")
        else:
            for r in rows:
                r["warnings"] = ",".join(r["warnings"])
            common.emit(rows, "tsv", ["code", "name", "expected", "state", "on_time", "late", "sent_date",
                                      "received_date", "version", "warnings", "days_late"])
            say(QT_TRANSLATE_NOOP("Cli", "{period}: expected {expected}, received {received} ({rate}), on time {on_time} "
                                         "({on_time_rate}), late {late}, returned {returned}, missing {missing}."),
                sys.stderr, period=ov.period, expected=ov.expected, received=ov.received,
                rate=_pct(ov.reporting_rate), on_time=ov.on_time, on_time_rate=_pct(ov.on_time_rate), late=ov.late,
                returned=ov.returned, missing=ov.missing)
        return 0
    if args.action == "summary":
        from qms_desktop.services.receiving.documents import write_summary

        for path in write_summary(ctx, args.period, args.out):  # the folder is made once nothing refuses
            print(path)
        return 0
    if args.action == "list":
        rows = [{"id": p.id, "unit": p.unit_code, "name": p.unit_name, "period": p.period, "version": p.version,
                 "number": p.number, "state": p.state, "current": p.current, "file": p.file_name,
                 "fingerprint": p.fingerprint, "sent_date": p.sent_date, "received_at": common.moment(p.received_at),
                 "continuity": p.continuity, "chain_head": p.chain_head,
                 "pdf_signature": p.pdf_signature, "pdf_signer": p.pdf_signer,  # QA 13 F1
                 "status": p.status}  # QA 14 F5: "superseded" once replaced (`state` is the submission's)
                for p in rx.list_packages(ctx, period=args.period)]
        if args.format == "json":  # why a signature is invalid or its issuer unknown, as the inbox detail says
            from qms_desktop.services.receiving.inbox import signature_findings

            for r in rows:
                r["pdf_signature_reasons"] = [line.strip() for line in signature_findings(
                    ctx, r["id"], translate=common.T)[1:]] if r["pdf_signature"] in ("invalid", "unknown_issuer") else []
        common.emit(rows, args.format, ["id", "unit", "name", "period", "version", "number", "state", "current", "file",
                                        "fingerprint", "sent_date", "continuity", "pdf_signature", "status"])
        from qms_desktop.services.receiving.tamper import altered

        found = altered(ctx)
        if found:  # shown, not refused, as by status: the list is read to find what is wrong
            print(found.banner(common.T), file=sys.stderr)
        return 0
    if args.action == "recheck":  # QA 17 F6
        changed = rx.recheck_pdf_signatures(ctx)
        rows = [{"id": c.package_id, "unit": c.unit_code, "period": c.period, "version": c.version,
                 "old": c.old, "new": c.new, "signer": c.signer} for c in changed]
        common.emit(rows, args.format, ["id", "unit", "period", "version", "old", "new", "signer"])
        return 0
    if args.action == "remind":
        from qms_desktop.reports.files import atomic_write
        from qms_desktop.services.receiving.documents import letter_file_name, reminder_letter_pdf

        body = reminder_letter_pdf(ctx, args.period)
        Path(args.out).mkdir(parents=True, exist_ok=True)
        print(atomic_write(Path(args.out) / letter_file_name("remind", args.period), body))
        return 0
    submission = rx.find_submission(ctx, args.unit_code, args.period)
    if args.action == "return" and args.letter:  # the letter would be refused after the return: refuse both
        from qms_desktop.services.receiving.tamper import altered, require_unaltered

        require_unaltered(altered(ctx))
    if args.action == "return":

        row = rx.return_report(ctx, submission, read_text(args.comment) or "")
        say(QT_TRANSLATE_NOOP("Cli", "Report of {unit} for {period} returned for correction."), unit=row.unit_name,
            period=period_name(row.period))
        if args.letter:
            from qms_desktop.reports.files import atomic_write
            from qms_desktop.services.receiving.documents import letter_file_name, return_letter_pdf

            Path(args.letter).mkdir(parents=True, exist_ok=True)
            print(atomic_write(Path(args.letter) / letter_file_name("return", row.period, row.unit_code),
                               return_letter_pdf(ctx, submission)))
        return 0
    if args.action == "accept":
        row = rx.accept_report(ctx, submission, despite_invalid_signature=args.despite_invalid_signature)
        say(QT_TRANSLATE_NOOP("Cli", "Report of {unit} for {period} accepted and locked."), unit=row.unit_name,
            period=period_name(row.period))
        return 0
    row = rx.unlock_report(ctx, submission, args.reason)
    say(QT_TRANSLATE_NOOP("Cli", "Report of {unit} for {period} unlocked."), unit=row.unit_name, period=period_name(row.period))
    return 0


def _pct(value: float | None) -> str:
    return "—" if value is None else format_percent(value)  # 75,0% as on the screens and the printouts
