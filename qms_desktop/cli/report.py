"""``qms report …``, ``qms document …`` and ``qms package verify`` (registered by ``qms_desktop.cli``).

    qms [--db …] report create --period 2026-H1|2026 [--number N]   # prints the report id
    qms [--db …] report edit ID [--shortcomings … --data-as-of DATE --request-letter … --statement KEY=TEXT]
    qms [--db …] report preflight ID [--date DATE]                   # the checks before signing; exit 1 if any
    qms [--db …] report finalize ID [--acknowledge CODE … | --acknowledge-all]
    qms [--db …] report figures --period 2026-H1 [--format json]     # the period's figures (one source)
    qms [--db …] report import-stats FILE [--from DATE --to DATE] [--dry-run]  # portal export per field
    qms [--db …] report export ID --out DIR                          # prints every file written
    qms [--db …] report sign ID [--pkcs11-lib PATH [--slot N] | --pfx FILE] [--as official|agency]
    qms package verify FILE [--fingerprint 'XXXX XXXX XXXX XXXX'] [--trust DIR]
        # exit 0: valid AND signed with the given key; 3: intact but the sender is not authenticated
        # (no --fingerprint: the key travels inside the package, so it proves nothing); 1: invalid + reason
    qms pdf verify FILE [--trust DIR] [--organisation NAME]          # exit 0 only for a valid signature

``package verify`` and ``pdf verify`` need neither a database nor a login: the receiving office
runs them. The token's PIN comes from QMS_PIN, the .pfx password from QMS_PFX_PASSWORD, else a prompt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from qms_desktop.cli import common
from qms_desktop.cli.common import Refused, read_text, say
from qms_desktop.domain.periods import period_name, period_of_dates
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date, format_number, render


def register(sub) -> dict:
    rep = sub.add_parser("report", help=QT_TRANSLATE_NOOP("CliHelp", "the semiannual / annual report (create, finalise, export)"))
    rs = rep.add_subparsers(dest="action", required=True)
    create = rs.add_parser("create", help=QT_TRANSLATE_NOOP("CliHelp", "start the draft report of a period; prints its id"))
    create.add_argument("--period", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "2026-H1 (six months) or 2026 (year)"))
    create.add_argument("--number", type=common.int_arg, help=QT_TRANSLATE_NOOP("CliHelp", "document number confirmed from the register (default: next)"))
    rs.add_parser("list", help=QT_TRANSLATE_NOOP("CliHelp", "list the reports"))
    edit = rs.add_parser("edit", help=QT_TRANSLATE_NOOP("CliHelp", "edit a draft's narrative (text, or @file.txt)"))
    common.shared_arguments(edit, "report_id")
    edit.add_argument("--shortcomings",
        help=QT_TRANSLATE_NOOP("CliHelp", "Part III: shortcomings, limitations and their causes"))
    edit.add_argument("--plans",
        help=QT_TRANSLATE_NOOP("CliHelp", "Part IV: directions and tasks for the next period"))
    edit.add_argument("--proposals",
        help=QT_TRANSLATE_NOOP("CliHelp", "Part V: recommendations and proposals"))
    edit.add_argument("--recipient",
        help=QT_TRANSLATE_NOOP("CliHelp", "the body the report goes to"))
    edit.add_argument("--date", type=common.date_arg, metavar=common.DATE_METAVAR, help=QT_TRANSLATE_NOOP("CliHelp", "dd/mm/yyyy"))
    edit.add_argument("--number", type=common.int_arg,
        help=QT_TRANSLATE_NOOP("CliHelp", "the report's number in the book of outgoing documents"))
    edit.add_argument("--data-as-of", type=common.date_arg, metavar=common.DATE_METAVAR,
                      help=QT_TRANSLATE_NOOP("CliHelp", "the day the figures run to, for a report made before its period ends (số liệu tính đến ngày)"))
    edit.add_argument("--no-data-as-of", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "remove that day: the figures cover the whole period"))
    edit.add_argument("--request-letter", metavar="TEXT",
                      help=QT_TRANSLATE_NOOP("CliHelp", "the receiving office's request, cited first: 'Công văn số 456/SKHCN-TĐC ngày … của Sở …'"))
    edit.add_argument("--statement", metavar="KEY=TEXT", action="append", default=[],
                      help=QT_TRANSLATE_NOOP("CliHelp", "a statement of Part II, KEY one of: participation (of the leaders, units and staff), "
                           "confirmation (that the system is effective), announcement, legal (legal documents brought "
                           "into the system), reannouncement, consultant; KEY= removes it; TEXT may be @file.txt"))
    pre = rs.add_parser("preflight", help=QT_TRANSLATE_NOOP("CliHelp", "the checks before finalising; exit 0 when there is nothing to acknowledge"))
    common.shared_arguments(pre, "report_id")
    pre.add_argument("--date", type=common.date_arg, metavar=common.DATE_METAVAR, help=QT_TRANSLATE_NOOP("CliHelp", "date the report would carry (default: its date, else today)"))
    fin = rs.add_parser("finalize", help=QT_TRANSLATE_NOOP("CliHelp", "finalise (chốt) a draft after its pre-flight: its data is frozen"))
    common.shared_arguments(fin, "report_id")
    fin.add_argument("--date", type=common.date_arg, metavar=common.DATE_METAVAR, help=QT_TRANSLATE_NOOP("CliHelp", "date of the report (default: today)"))
    fin.add_argument("--acknowledge", metavar="CODE", nargs="+", action="extend", default=[],
                     help=QT_TRANSLATE_NOOP("CliHelp", "pre-flight warnings the leader acknowledges, by code (see 'report preflight')"))
    fin.add_argument("--acknowledge-all", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "acknowledge every pre-flight warning"))
    fig = rs.add_parser("figures", help=QT_TRANSLATE_NOOP("CliHelp", "the figures of a period, as the report, the dashboard and the warnings read them"))
    fig.add_argument("--period", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "2026-H1 or 2026"))
    common.shared_arguments(fig, "format")
    imp = rs.add_parser("import-stats", help=QT_TRANSLATE_NOOP("CliHelp", "import the province's portal export of TTHC results per field (.xlsx)"))
    imp.add_argument("file",
        help=QT_TRANSLATE_NOOP("CliHelp", "the portal's export of results per field (.xlsx)"))
    imp.add_argument("--from", dest="start", type=common.date_arg, metavar=common.DATE_METAVAR, help=QT_TRANSLATE_NOOP("CliHelp", "start of the period, if the sheet does not state it"))
    imp.add_argument("--to", dest="end", type=common.date_arg, metavar=common.DATE_METAVAR, help=QT_TRANSLATE_NOOP("CliHelp", "end of the period, if the sheet does not state it"))
    imp.add_argument("--dry-run", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "read and check the file; write nothing"))
    sent = rs.add_parser("sent", help=QT_TRANSLATE_NOOP("CliHelp", "record that a finalised report was sent"))
    common.shared_arguments(sent, "report_id")
    sent.add_argument("--date", type=common.date_arg, metavar=common.DATE_METAVAR,
        help=QT_TRANSLATE_NOOP("CliHelp", "the day it was sent, dd/mm/yyyy (default: today)"))
    corr = rs.add_parser("correct", help=QT_TRANSLATE_NOOP("CliHelp", "start a corrected version of a finalised report; prints its id"))
    common.shared_arguments(corr, "report_id")
    corr.add_argument("--number", type=common.int_arg,
        help=QT_TRANSLATE_NOOP("CliHelp", "the corrected version's number in the book of outgoing documents"))
    exp = rs.add_parser("export", help=QT_TRANSLATE_NOOP("CliHelp", "write the signed package (and PDF, XLSX) into a folder"))
    common.shared_arguments(exp, "report_id")
    exp.add_argument("--out", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "folder, e.g. the USB stick"))
    exp.add_argument("--package-only", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "do not write the PDF and XLSX beside the package"))
    sign = rs.add_parser("sign", help=QT_TRANSLATE_NOOP("CliHelp", "sign the finalised report's PDF (PAdES) with a USB token or a .pfx file"))
    common.shared_arguments(sign, "report_id")
    src = sign.add_mutually_exclusive_group()
    src.add_argument("--pkcs11-lib", metavar="PATH", help=QT_TRANSLATE_NOOP("CliHelp", "the token's PKCS#11 library (default: the one in Settings)"))
    src.add_argument("--pfx", metavar="FILE", help=QT_TRANSLATE_NOOP("CliHelp", "a .pfx/.p12 certificate file"))
    sign.add_argument("--slot", type=common.int_arg, help=QT_TRANSLATE_NOOP("CliHelp", "the token's slot number (default: the first token present)"))
    sign.add_argument("--as", dest="role", choices=("official", "agency"),
                      help=QT_TRANSLATE_NOOP("CliHelp", "official = the competent person's signature, agency = the agency's (default: the next due)"))
    pdf = rs.add_parser("pdf", help=QT_TRANSLATE_NOOP("CliHelp", "write the report's PDF (a draft is marked DỰ THẢO)"))
    common.shared_arguments(pdf, "report_id", "out")

    doc = sub.add_parser("document", help=QT_TRANSLATE_NOOP("CliHelp", "print a document: announcement, announcement_notice, "
                                          "review_minutes, car, audit_plan, audit_report, procedure_cover, "
                                          "procedure_steps, procedure_flowchart"))
    doc.add_argument("kind", choices=("announcement", "announcement_notice", "review_minutes", "car", "audit_plan",
                                      "audit_report", "procedure_cover", "procedure_steps", "procedure_flowchart"),
        help=QT_TRANSLATE_NOOP("CliHelp", "which document (see the list above)"))
    doc.add_argument("id", type=common.int_arg, help=QT_TRANSLATE_NOOP("CliHelp", "the record's id"))
    common.shared_arguments(doc, "out")

    pkg = sub.add_parser("package", help=QT_TRANSLATE_NOOP("CliHelp", "check a report package received from a commune"))
    ps = pkg.add_subparsers(dest="action", required=True)
    ver = ps.add_parser("verify", help=QT_TRANSLATE_NOOP("CliHelp", "exit 0 if valid and signed with --fingerprint's key; 3 if intact but the "
                                       "sender is not authenticated (no --fingerprint); 1 with the reason if invalid"))
    ver.add_argument("file",
        help=QT_TRANSLATE_NOOP("CliHelp", "the package received (.zip)"))
    ver.add_argument("--fingerprint", type=common.fingerprint_arg, metavar="FINGERPRINT", help=QT_TRANSLATE_NOOP("CliHelp", "the sender's key fingerprint confirmed by phone"))
    ver.add_argument("--trust", metavar="DIR", help=QT_TRANSLATE_NOOP("CliHelp", "folder of trusted root certificates and CRLs "
                                                    "(default: the one imported in Settings)"))

    pdfc = sub.add_parser("pdf", help=QT_TRANSLATE_NOOP("CliHelp", "check the digital signature (PAdES) of a PDF"))
    pdfs = pdfc.add_subparsers(dest="action", required=True)
    pver = pdfs.add_parser("verify", help=QT_TRANSLATE_NOOP("CliHelp", "exit 0 if validly signed, 1 with the reason if not"))
    pver.add_argument("file",
        help=QT_TRANSLATE_NOOP("CliHelp", "the signed PDF"))
    pver.add_argument("--trust", metavar="DIR", help=QT_TRANSLATE_NOOP("CliHelp", "folder of trusted root certificates and CRLs "
                                                     "(default: the one imported in Settings)"))
    pver.add_argument("--organisation", action="append", default=[],
                      help=QT_TRANSLATE_NOOP("CliHelp", "the unit the certificate must belong to (repeatable)"))
    return {"report": (cmd_report, True), "document": (cmd_document, True), "package": (cmd_package, False),
            "pdf": (cmd_pdf, False)}


def cmd_report(args: argparse.Namespace, ctx) -> int:
    from qms_desktop.services import reports

    if args.action == "create":
        row = reports.create_report(ctx, period=args.period, number=args.number)
        print(row.id)
        say(QT_TRANSLATE_NOOP("Cli", "Draft report {number} for {period} created (id {id})."), sys.stderr,
            number=row.number_text, period=period_name(row.period), id=row.id)
        return 0
    if args.action == "list":
        print("\t".join(("id", "period", "version", "number", "date", "status", "sent_date")))
        for r in reports.list_reports(ctx):
            print("\t".join(str(v) if v is not None else "" for v in
                            (r.id, r.period, r.version, r.number_text, r.date, r.status, r.sent_date)))
        return 0
    if args.action == "edit":
        statements = {}
        for item in args.statement:
            key, sep, text = item.partition("=")
            if not sep:
                raise Refused(QT_TRANSLATE_NOOP("Cli", "Write a statement as KEY=TEXT, e.g. consultant=…"))
            statements[key.strip()] = read_text(text) or ""
        was = reports.get_report(ctx, args.id).row
        before = was.number_text
        row = reports.update_report(ctx, args.id, shortcomings=read_text(args.shortcomings),
                                    plans=read_text(args.plans), proposals=read_text(args.proposals),
                                    recipient=args.recipient, date=args.date, number=args.number,
                                    data_as_of=args.data_as_of, clear_data_as_of=args.no_data_as_of,
                                    request_letter=read_text(args.request_letter), statements=statements or None)
        say(QT_TRANSLATE_NOOP("Cli", "Report {number} (id {id}) saved."), number=row.number_text, id=row.id)
        if row.number_text != before and row.date is not None and not _typed_number(args.number, row.number):
            # a date moved into another year takes the next number of that year's register: said, not silent
            say(QT_TRANSLATE_NOOP("Cli", "The report's number changed from {old} to {number} because the report's "
                                         "date is in {year}."), old=before, number=row.number_text, year=row.date.year)
        elif row.date is not None and row.date.year != (was.date or ctx.today).year:  # an undated draft: this year's
            # the same number, in another year's register (QA 56 F9: a typo of the year moved it silently)
            say(QT_TRANSLATE_NOOP("Cli", "The report's number {number} now counts in the register of {year} (its date "
                                         "moved from {old} to {new})."), number=row.number_text, year=row.date.year,
                old=format_date(was.date) or "—", new=format_date(row.date))
        return 0
    if args.action == "preflight":
        found = reports.preflight(ctx, args.id, date=args.date)
        _print_findings(found.findings)
        if found.clean:
            say(QT_TRANSLATE_NOOP("Cli", "Pre-flight: nothing to acknowledge; the report can be finalised."))
            return 0
        say(QT_TRANSLATE_NOOP("Cli", "Pre-flight: {refusals} refusal(s), {warnings} warning(s) to acknowledge."),
            sys.stderr, refusals=len(found.refusals), warnings=len(found.warnings))
        return 1
    if args.action == "finalize":
        try:
            row = reports.finalize_report(ctx, args.id, date=args.date, acknowledge=args.acknowledge,
                                          acknowledge_all=args.acknowledge_all)
        except reports.PreflightRefused as exc:
            _print_findings(exc.findings)
            raise
        say(QT_TRANSLATE_NOOP("Cli", "Report {number} finalised; its content is now frozen."), number=row.number_text)
        return 0
    if args.action == "figures":
        from qms_desktop.services.period_facts import report_period_figures

        rows = [{"key": key, "label": common.T("Figures", label) or label, "printed": printed, "value": value}
                for key, label, printed, value in report_period_figures(ctx, args.period)]
        common.emit(rows, args.format, ["key", "value", "label", "printed"])
        return 0
    if args.action == "import-stats":
        from qms_desktop.services.field_stats import import_portal_stats

        result = import_portal_stats(ctx, args.file, start=args.start, end=args.end, dry_run=args.dry_run)
        # TSV with a header line, as `qms list` and `report figures` print theirs
        common.emit([{"field": line.field, "received": line.received, "on_time": line.on_time, "late": line.late,
                      "pending": line.pending} for line in result.lines], "tsv",
                    ["field", "received", "on_time", "late", "pending"])
        code = period_of_dates(result.start, result.end)
        if code is not None:  # the dates are a report period's: named in words ("6 tháng đầu năm 2026")
            message = (QT_TRANSLATE_NOOP("Cli", "Dry run: {count} fields for {start} – {end} ({period}); nothing was written.")
                       if args.dry_run else
                       QT_TRANSLATE_NOOP("Cli", "Imported {count} fields for {start} – {end} ({period})."))
        else:
            message = (QT_TRANSLATE_NOOP("Cli", "Dry run: {count} fields for {start} – {end}; nothing was written.")
                       if args.dry_run else
                       QT_TRANSLATE_NOOP("Cli", "Imported {count} fields for {start} – {end}."))
        say(message, sys.stderr, count=len(result.lines), start=result.start.strftime("%d/%m/%Y"),
            end=result.end.strftime("%d/%m/%Y"), period=period_name(code) if code else "")
        if result.replaced is not None:  # QA 62 F3: a period's figures replaced without a word
            received, on_time, late, pending, fields = result.replaced
            say(QT_TRANSLATE_NOOP("Cli", "The period already had figures, which this import replaces: {received} "
                                         "received, {on_time} on time, {late} late, {pending} pending, in {fields} "
                                         "fields. A report already finalised keeps the figures it was signed with."),
                sys.stderr, received=format_number(received), on_time=format_number(on_time), late=format_number(late),
                pending=format_number(pending), fields=fields)
        if result.hidden_note is not None:
            print(render(result.hidden_note, common.T), file=sys.stderr)
        return 0
    if args.action == "sent":
        row = reports.mark_sent(ctx, args.id, sent_date=args.date)
        say(QT_TRANSLATE_NOOP("Cli", "Report {number} recorded as sent."), number=row.number_text)
        return 0
    if args.action == "correct":
        original = reports.get_report(ctx, args.id).row.number_text
        row = reports.correct_report(ctx, args.id, number=args.number)
        print(row.id)  # what a script reads; the words go to standard error, as for `report create`
        # both numbers: "the correction of report 03/BC-UBND" named the new draft as the one corrected (QA 46 F6)
        say(QT_TRANSLATE_NOOP("Cli", "Draft {number} correcting report {original} (version {version}) created "
                                     "(id {id})."),
            sys.stderr, number=row.number_text, original=original, version=row.version, id=row.id)
        return 0
    if args.action == "sign":
        return _sign(args, ctx)
    if args.action == "pdf":
        from qms_desktop.reports.files import atomic_write

        row = reports.get_report(ctx, args.id).row
        name = f"BaoCao_{row.period}_v{row.version}{'_DuThao' if row.status == 'draft' else ''}.pdf"
        print(atomic_write(Path(args.out) / name, reports.preview_pdf(ctx, args.id)))
        return 0
    result = reports.export_report(ctx, args.id, args.out, loose_files=not args.package_only)
    for path in result.files:
        print(path)
    say(QT_TRANSLATE_NOOP("Cli", "Key fingerprint printed on the report: {fingerprint}"), sys.stderr,
        fingerprint=result.fingerprint)
    if not result.head_moved_on:
        say(QT_TRANSLATE_NOOP("Cli", "Chain head printed on the report: {head}"), sys.stderr, head=result.chain_head)
    elif result.printed_head:  # the signed PDF is frozen with the head of its signing day (QA 13 F3)
        say(QT_TRANSLATE_NOOP("Cli", "Chain head printed on the signed report: {printed} (when it was signed); the "
                                     "package carries the history up to {head}."), sys.stderr,
            printed=result.printed_head, head=result.chain_head)
    else:
        say(QT_TRANSLATE_NOOP("Cli", "The signed report prints the chain head of the day it was signed; the package "
                                     "carries the history up to {head}."), sys.stderr, head=result.chain_head)
    return 0


def _typed_number(typed: object, number: int | None) -> bool:
    """The number the report now has is the one typed with --number (no need to say it changed)."""
    try:
        return typed is not None and int(str(typed).strip()) == number
    except ValueError:
        return False


def _print_findings(findings) -> None:
    """One line per finding on stdout: 'refusal' or 'warning', its code (for --acknowledge), the message."""
    for f in findings:
        source = QT_TRANSLATE_NOOP("Cli", "refusal") if f.hard else QT_TRANSLATE_NOOP("Cli", "warning")
        kind = common.T("Cli", source) or source
        print(f"{kind}\t{f.code}\t{f.render(common.T)}")


def cmd_document(args: argparse.Namespace, ctx) -> int:
    from qms_desktop.services.reports.documents import save_document

    print(save_document(ctx, args.kind, args.id, args.out))
    return 0


def _secret(env: str, prompt: str) -> str:
    import getpass
    import os

    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():  # an empty one too: it would use up one of the token's tries
        raise Refused(QT_TRANSLATE_NOOP("Cli", "No PIN or password: set {var} or run in a terminal to be asked."),
                      var=env)
    value = getpass.getpass(prompt)
    if not value:
        raise Refused(QT_TRANSLATE_NOOP("Cli", "No PIN or password was typed: nothing was tried on the token or the "
                                               "file."))
    return value


def _sign(args: argparse.Namespace, ctx) -> int:
    from qms_desktop.reports import pades
    from qms_desktop.services import reports
    from qms_desktop.services.reports import signing

    settings = signing.signing_settings(ctx)
    role = signing.check_can_sign(ctx, args.id, role=args.role)  # a final PDF is refused before any secret is asked
    if args.pfx:
        source = pades.open_pfx(args.pfx, _secret("QMS_PFX_PASSWORD", common.T("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Password of the certificate file: "))))
    else:
        slot = args.slot if args.slot is not None else settings.slot
        source = pades.open_token(args.pkcs11_lib or settings.library, slot)
    with source:
        for line in source.certificate.lines(common.T):
            print(line, file=sys.stderr)
        source.certificate.check_valid_at(dt.datetime.now(dt.timezone.utc))  # refused before the PIN is asked,
        signing.check_can_sign(ctx, args.id, source.certificate, role)  # as another organisation's certificate is
        if (note := signing.signer_note(ctx, args.id, source.certificate, role)) is not None:  # said, not refused
            print(pades.SigningProblem(note[0], **note[1]).render(common.T), file=sys.stderr)
        if source.kind == "token":
            source.login(_secret("QMS_PIN", common.T("Cli", QT_TRANSLATE_NOOP("Cli", "Token PIN: "))))
        outcome = signing.sign_report(ctx, args.id, source, role=role)
    what = (QT_TRANSLATE_NOOP("Cli", "Report {number} (id {id}) signed by {name} ({organisation}) as the signer, at {when}.")
            if outcome.role == pades.ROLE_OFFICIAL else
            QT_TRANSLATE_NOOP("Cli", "Report {number} (id {id}) signed by {name} ({organisation}) as the agency, at "
                                     "{when}; the PDF is now final."))
    say(what, number=reports.get_report(ctx, args.id).row.number_text, id=args.id, name=outcome.signer, organisation=outcome.organisation or "—",
        when=pades.signing_time_text(outcome.signed_at))
    return 0


def _period_label(manifest: dict) -> object:
    """The period's name in the user's language; the package's own (Vietnamese) label for a period not known here."""
    name = period_name(str(manifest.get("period", "")))
    return manifest.get("period_label", "") if isinstance(name, str) else name


def _trust(args: argparse.Namespace):
    from qms_desktop.reports.pades import TrustStore
    from qms_desktop.services.reports.signing import trust_dir

    folder = args.trust or trust_dir()
    if args.trust and not Path(args.trust).is_dir():
        raise Refused(QT_TRANSLATE_NOOP("Cli", "The trust folder {path} does not exist."), path=args.trust)
    return TrustStore.load(folder)


def cmd_pdf(args: argparse.Namespace) -> int:
    from qms_desktop.reports import pades

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise Refused(QT_TRANSLATE_NOOP("Cli", "{path} cannot be read ({reason})."), path=args.file,
                      reason=exc.strerror or str(exc)) from None
    result = pades.verify_pdf(data, trust=_trust(args), expected_organisations=args.organisation)
    lines = result.lines(common.T)
    for line in lines[1:]:
        print(line)
    if result.status == pades.VALID:
        print(lines[0])
        if not args.organisation:  # valid signatures, but whose? The unit is not known here unless named
            say(QT_TRANSLATE_NOOP("Cli", "The certificates' organisations were not compared with the sending unit "
                                         "(they are: {organisations}); name it with --organisation to check it."),
                sys.stderr, organisations=result.signed_by or "—")
        return 0
    print(lines[0], file=sys.stderr)
    return 1


def _moment(text: object) -> str:
    """An ISO time of the manifest as the user reads it, in the sender's own clock: 19/06/2026 09:30."""
    try:
        return dt.datetime.fromisoformat(str(text)).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return str(text)


def cmd_package(args: argparse.Namespace) -> int:
    from qms_desktop.reports.package import PackageInvalid, verify_package

    if args.fingerprint:
        from qms_desktop.services.receiving.units import normalise_fingerprint

        args.fingerprint = normalise_fingerprint(args.fingerprint)  # "xyz" is refused as not a fingerprint
    try:
        info = verify_package(args.file, expected_fingerprint=args.fingerprint)
    except PackageInvalid as exc:
        say(QT_TRANSLATE_NOOP("Cli", "INVALID package: {reason}"), sys.stderr, reason=exc.render(common.T))
        return 1
    report = info.manifest["report"]
    if report.get("status", "final") == "draft":  # intact and signed, but not a report to send: the inbox refuses it
        say(QT_TRANSLATE_NOOP("Cli", "INVALID package: it holds a draft (report {number}, not finalised); a receiving "
                                     "office refuses it. Finalise the report, then export it again."), sys.stderr,
            number=report.get("number", ""))
        return 1
    from qms_desktop.reports import pades

    result = pades.verify_package_pdf(info, _trust(args))
    authenticated = bool(args.fingerprint)
    if result.status == pades.INVALID:  # QA 17 F9: "Valid package" first, "INVALID package" last
        say(QT_TRANSLATE_NOOP("Cli", "Package intact, but the digital signature of its report.pdf is INVALID: {name}"),
            name=Path(args.file).name)
    elif authenticated:
        say(QT_TRANSLATE_NOOP("Cli", "Valid package: {name}"), name=Path(args.file).name)
    else:
        say(QT_TRANSLATE_NOOP("Cli", "Package intact, sender not authenticated: {name}"), name=Path(args.file).name)
    say(QT_TRANSLATE_NOOP("Cli", "Agency: {agency}"), agency=info.agency)
    say(QT_TRANSLATE_NOOP("Cli", "Report {number}, version {version}, period {period} ({label})"),
        number=report["number"], version=report["version"], period=info.manifest["period"],
        label=_period_label(info.manifest))
    say(QT_TRANSLATE_NOOP("Cli", "Exported {at} by {user}"), at=_moment(info.manifest["exported_at"]),
        user=info.manifest.get("exported_by", ""))
    say(QT_TRANSLATE_NOOP("Cli", "Signing key fingerprint: {fingerprint} (confirm it with the sender by phone)"),
        fingerprint=info.fingerprint)
    if info.manifest.get("key_changed_from"):
        say(QT_TRANSLATE_NOOP("Cli", "The sender changed its signing key; the previous one was {previous}"),
            previous=info.manifest["key_changed_from"])
    head = info.manifest.get("chain_head")
    if isinstance(head, dict):
        say(QT_TRANSLATE_NOOP("Cli", "Sender's chain head: {head} (keep it: the next package must extend it)"),
            head=f"{head.get('count')}:{head.get('hash')}")
    for line in result.lines(common.T):
        print(line)
    if result.status == pades.INVALID:
        say(QT_TRANSLATE_NOOP("Cli", "INVALID package: the digital signature of report.pdf is invalid."), sys.stderr)
        return 1
    if authenticated:
        return 0
    say(QT_TRANSLATE_NOOP("Cli", "The key that signed it travels inside the package, so it proves nothing about who sent "
                                 "it: compare the fingerprint with the one printed on the signed report or read out by "
                                 "phone and run again with --fingerprint, or import it into the receiving office's "
                                 "inbox, which pins each unit's key."), sys.stderr)
    return 3
