"""``qms report …``, ``qms document …`` and ``qms package verify`` (loaded by ``cli.py``).

    qms [--db …] report create --period 2026-H1|2026 [--number N]   # prints the report id
    qms [--db …] report finalize ID
    qms [--db …] report export ID --out DIR                          # prints every file written
    qms package verify FILE [--fingerprint 'XXXX XXXX XXXX XXXX']   # exit 0 valid, 1 invalid + reason

``package verify`` needs neither a database nor a login: the receiving office runs it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from qms_desktop.i18n import QT_TRANSLATE_NOOP


def _cli():
    from qms_desktop import cli

    return cli


def _say(message: str, stream=None, **params: object) -> None:
    _cli().say(message, stream, **params)


def _read_text(value: str | None) -> str | None:
    """'@file.txt' reads the text from a file (UTF-8); anything else is the text itself."""
    if value is None or not value.startswith("@"):
        return value
    return Path(value[1:]).read_text(encoding="utf-8")


def register(sub) -> dict:
    rep = sub.add_parser("report", help="the semiannual / annual report (create, finalise, export)")
    rs = rep.add_subparsers(dest="action", required=True)
    create = rs.add_parser("create", help="start the draft report of a period; prints its id")
    create.add_argument("--period", required=True, help="2026-H1 (six months) or 2026 (year)")
    create.add_argument("--number", type=int, help="document number confirmed from the register (default: next)")
    rs.add_parser("list", help="list the reports")
    edit = rs.add_parser("edit", help="edit a draft's narrative (text, or @file.txt)")
    edit.add_argument("id", type=int)
    edit.add_argument("--shortcomings")
    edit.add_argument("--plans")
    edit.add_argument("--proposals")
    edit.add_argument("--recipient")
    edit.add_argument("--date", help="dd/mm/yyyy")
    edit.add_argument("--number", type=int)
    fin = rs.add_parser("finalize", help="finalise (chốt) a draft: its data is frozen")
    fin.add_argument("id", type=int)
    fin.add_argument("--date", help="date of the report (default: today)")
    sent = rs.add_parser("sent", help="record that a finalised report was sent")
    sent.add_argument("id", type=int)
    sent.add_argument("--date")
    corr = rs.add_parser("correct", help="start a corrected version of a finalised report; prints its id")
    corr.add_argument("id", type=int)
    corr.add_argument("--number", type=int)
    exp = rs.add_parser("export", help="write the signed package (and PDF, XLSX) into a folder")
    exp.add_argument("id", type=int)
    exp.add_argument("--out", required=True, help="folder, e.g. the USB stick")
    exp.add_argument("--package-only", action="store_true", help="do not write the PDF and XLSX beside the package")
    pdf = rs.add_parser("pdf", help="write the report's PDF (a draft is marked DỰ THẢO)")
    pdf.add_argument("id", type=int)
    pdf.add_argument("--out", required=True, help="folder")

    doc = sub.add_parser("document", help="print a document: announcement, review_minutes, car, audit_plan, "
                                          "audit_report, procedure_cover, procedure_steps, procedure_flowchart")
    doc.add_argument("kind", choices=("announcement", "review_minutes", "car", "audit_plan", "audit_report",
                                      "procedure_cover", "procedure_steps", "procedure_flowchart"))
    doc.add_argument("id", type=int, help="the record's id")
    doc.add_argument("--out", required=True, help="folder")

    pkg = sub.add_parser("package", help="check a report package received from a commune")
    ps = pkg.add_subparsers(dest="action", required=True)
    ver = ps.add_parser("verify", help="exit 0 if valid, 1 with the reason if not")
    ver.add_argument("file")
    ver.add_argument("--fingerprint", help="the sender's key fingerprint confirmed by phone")
    return {"report": (cmd_report, True), "document": (cmd_document, True), "package": (cmd_package, False)}


def cmd_report(args: argparse.Namespace, ctx) -> int:
    from qms_desktop.services import reports

    if args.action == "create":
        row = reports.create_report(ctx, period=args.period, number=args.number)
        print(row.id)
        _say(QT_TRANSLATE_NOOP("Cli", "Draft report {number} for {period} created (id {id})."), sys.stderr,
             number=row.number_text, period=row.period, id=row.id)
        return 0
    if args.action == "list":
        print("\t".join(("id", "period", "version", "number", "date", "status", "sent_date")))
        for r in reports.list_reports(ctx):
            print("\t".join(str(v) if v is not None else "" for v in
                            (r.id, r.period, r.version, r.number_text, r.date, r.status, r.sent_date)))
        return 0
    if args.action == "edit":
        row = reports.update_report(ctx, args.id, shortcomings=_read_text(args.shortcomings),
                                    plans=_read_text(args.plans), proposals=_read_text(args.proposals),
                                    recipient=args.recipient, date=args.date, number=args.number)
        _say(QT_TRANSLATE_NOOP("Cli", "Report {id} saved."), id=row.id)
        return 0
    if args.action == "finalize":
        row = reports.finalize_report(ctx, args.id, date=args.date)
        _say(QT_TRANSLATE_NOOP("Cli", "Report {number} finalised; its content is now frozen."), number=row.number_text)
        return 0
    if args.action == "sent":
        row = reports.mark_sent(ctx, args.id, sent_date=args.date)
        _say(QT_TRANSLATE_NOOP("Cli", "Report {number} recorded as sent."), number=row.number_text)
        return 0
    if args.action == "correct":
        row = reports.correct_report(ctx, args.id, number=args.number)
        print(row.id)
        return 0
    if args.action == "pdf":
        from qms_desktop.reports.files import atomic_write

        row = reports.get_report(ctx, args.id).row
        name = f"BaoCao_{row.period}_v{row.version}{'_DuThao' if row.status == 'draft' else ''}.pdf"
        print(atomic_write(Path(args.out) / name, reports.preview_pdf(ctx, args.id)))
        return 0
    result = reports.export_report(ctx, args.id, args.out, loose_files=not args.package_only)
    for path in result.files:
        print(path)
    _say(QT_TRANSLATE_NOOP("Cli", "Key fingerprint printed on the report: {fingerprint}"), sys.stderr,
         fingerprint=result.fingerprint)
    _say(QT_TRANSLATE_NOOP("Cli", "Chain head printed on the report: {head}"), sys.stderr, head=result.chain_head)
    return 0


def cmd_document(args: argparse.Namespace, ctx) -> int:
    from qms_desktop.services.reports.documents import save_document

    print(save_document(ctx, args.kind, args.id, args.out))
    return 0


def cmd_package(args: argparse.Namespace) -> int:
    from qms_desktop.reports.package import PackageInvalid, verify_package

    cli = _cli()
    try:
        info = verify_package(args.file, expected_fingerprint=args.fingerprint)
    except PackageInvalid as exc:
        _say(QT_TRANSLATE_NOOP("Cli", "INVALID package: {reason}"), sys.stderr, reason=exc.render(cli.T))
        return 1
    report = info.manifest["report"]
    _say(QT_TRANSLATE_NOOP("Cli", "Valid package: {name}"), name=Path(args.file).name)
    _say(QT_TRANSLATE_NOOP("Cli", "Agency: {agency}"), agency=info.agency)
    _say(QT_TRANSLATE_NOOP("Cli", "Report {number}, version {version}, period {period} ({label})"),
         number=report["number"], version=report["version"], period=info.manifest["period"],
         label=info.manifest.get("period_label", ""))
    _say(QT_TRANSLATE_NOOP("Cli", "Exported {at} by {user}"), at=info.manifest["exported_at"],
         user=info.manifest.get("exported_by", ""))
    _say(QT_TRANSLATE_NOOP("Cli", "Signing key fingerprint: {fingerprint} (confirm it with the sender by phone)"),
         fingerprint=info.fingerprint)
    if info.manifest.get("key_changed_from"):
        _say(QT_TRANSLATE_NOOP("Cli", "The sender changed its signing key; the previous one was {previous}"),
             previous=info.manifest["key_changed_from"])
    head = info.manifest.get("chain_head")
    if isinstance(head, dict):
        _say(QT_TRANSLATE_NOOP("Cli", "Sender's chain head: {head} (keep it: the next package must extend it)"),
             head=f"{head.get('count')}:{head.get('hash')}")
    return 0
