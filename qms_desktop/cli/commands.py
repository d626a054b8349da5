"""The core commands of ``qms``: init, demo, import, list, search, check and user."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import os
import sys
from pathlib import Path

from qms_desktop.cli import common
from qms_desktop.cli.common import (
    Parser, Refused, ask_password, ask_username, db_path, emit, require_set_up, say, translate,
)
from qms_desktop.domain import kinds
from qms_desktop.domain.model import label
from qms_desktop.i18n import QT_TRANSLATE_NOOP, render

# `qms list`: the registry's kinds (domain/kinds.py, by their plural) and three lists that are no kind.
LIST_KINDS = (*kinds.plurals(), "warnings", "users", "history")


def register(sub) -> dict:
    init = sub.add_parser("init", help=QT_TRANSLATE_NOOP("CliHelp", "create a new database with the agency profile and the first account"))
    init.add_argument("--name", required=True,
        help=QT_TRANSLATE_NOOP("CliHelp", "the agency's full name, e.g. \"Ủy ban nhân dân xã Tân Phú\""))
    init.add_argument("--province", required=True,
        help=QT_TRANSLATE_NOOP("CliHelp", "the province or city, e.g. \"Lâm Đồng\""))
    init.add_argument("--kind", choices=("xa", "phuong", "dac-khu"),
        help=QT_TRANSLATE_NOOP("CliHelp", "xa (commune), phuong (ward) or dac-khu (special zone); default: what the "
                                          "name says, else xa"))
    init.add_argument("--recipient", default="",
        help=QT_TRANSLATE_NOOP("CliHelp", "the body the reports go to (default: the province's Department of Science and Technology)"))
    init.add_argument("--receiving", action="store_true",
                      help=QT_TRANSLATE_NOOP("CliHelp", "a receiving office's database (inbox of the communes' packages), not a commune's"))
    init.add_argument("--head-name", default="", metavar="NAME",
        help=QT_TRANSLATE_NOOP("CliHelp", "the full name of the head who signs the documents (the chairman; an office's "
                                          "director), printed under the signature"))
    init.add_argument("--head-title", default="", metavar="TITLE",
        help=QT_TRANSLATE_NOOP("CliHelp", "the head's title (default: Chủ tịch; an office's: Giám đốc)"))

    sub.add_parser("demo", help=QT_TRANSLATE_NOOP("CliHelp", "fill the database with the demo commune"))

    imp = sub.add_parser("import", help=QT_TRANSLATE_NOOP("CliHelp", "import data"))
    imp_sub = imp.add_subparsers(dest="what", required=True, parser_class=Parser)
    tthc = imp_sub.add_parser("tthc", help=QT_TRANSLATE_NOOP("CliHelp", "import the province's TTHC list (.xlsx, .xlsm, .xls, .ods, .docx, .csv)"))
    tthc.add_argument("file",
        help=QT_TRANSLATE_NOOP("CliHelp", "the TTHC list: .xlsx, .xlsm, .xls, .ods, .docx or .csv"))
    tthc.add_argument("--dry-run", action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "show what would be added, changed or refused, and write nothing"))
    tthc.add_argument("--confirm-no-code", action="store_true",
                      help=QT_TRANSLATE_NOOP("CliHelp", "also add the rows without a national code, with a temporary code"))
    tthc.add_argument("--decision-number", default="", metavar="NUMBER",
                      help=QT_TRANSLATE_NOOP("CliHelp", "number of the decision that changes the list (when the file does not say it)"))
    tthc.add_argument("--decision-date", type=common.date_arg, default=None, metavar="DD/MM/YYYY",
                      help=QT_TRANSLATE_NOOP("CliHelp", "date of that decision"))
    tthc.add_argument("--effective-date", type=common.date_arg, default=None, metavar="DD/MM/YYYY",
                      help=QT_TRANSLATE_NOOP("CliHelp", "date the decision takes effect (default: its date)"))

    ls = sub.add_parser("list", help=QT_TRANSLATE_NOOP("CliHelp", "list records"))
    ls.add_argument("kind", choices=LIST_KINDS,
        help=QT_TRANSLATE_NOOP("CliHelp", "what to list (its plural, e.g. procedures, ncs, petitions; or warnings, users, history)"))
    ls.add_argument("--search", default="",
        help=QT_TRANSLATE_NOOP("CliHelp", "only the records with these words (tone marks and case ignored)"))
    common.shared_arguments(ls, "format")

    se = sub.add_parser("search", help=QT_TRANSLATE_NOOP("CliHelp", "search every register (tone marks and case ignored)"))
    se.add_argument("text", nargs="+",
        help=QT_TRANSLATE_NOOP("CliHelp", "the words to look for"))

    chk = sub.add_parser("check", help=QT_TRANSLATE_NOOP("CliHelp", "check integrity, schema version, history chain and every record against its "
                                       "history (changes nothing)"))
    chk.add_argument("--head", metavar="N:HASH", type=_head_arg,
                     help=QT_TRANSLATE_NOOP("CliHelp", "a chain head written down earlier (from a check, a report or a package): entry N must carry HASH"))

    user = sub.add_parser("user", help=QT_TRANSLATE_NOOP("CliHelp", "manage accounts"))
    user_sub = user.add_subparsers(dest="action", required=True, parser_class=Parser)
    add = user_sub.add_parser("add", help=QT_TRANSLATE_NOOP("CliHelp", "create an account"))
    add.add_argument("username",
        help=QT_TRANSLATE_NOOP("CliHelp", "the new account's user name (letters, digits, dot, dash)"))
    add.add_argument("--role", required=True, choices=("secretary", "leader", "auditor", "viewer"),
        help=QT_TRANSLATE_NOOP("CliHelp", "secretary (ISO secretary), leader, auditor (internal auditor) or viewer (read only)"))
    add.add_argument("--full-name", default="",
        help=QT_TRANSLATE_NOOP("CliHelp", "the person's full name, as printed on documents"))
    add.add_argument("--password-env", default="QMS_NEW_PASSWORD",
                     help=QT_TRANSLATE_NOOP("CliHelp", "environment variable holding the new password (else a prompt)"))
    return {"init": (cmd_init, False), "demo": (cmd_demo, False), "import": (cmd_import, True),
            "list": (cmd_list, True), "search": (cmd_search, True), "check": (cmd_check, False),
            "user": (cmd_user, True)}


def cmd_init(args) -> int:
    from qms_desktop.services import agency
    from qms_desktop.services.users import SETUP_DONE, check_account, set_up, setup_state
    from qms_desktop.storage.db import Database

    path = db_path(args)
    if getattr(args, "receiving", False):
        from qms_desktop.services.receiving.setup import office_profile

        profile = office_profile(args.name, args.province, recipient=args.recipient, head_name=args.head_name,
                                 head_title=args.head_title or "Giám đốc")
    else:
        profile = agency.AgencyProfile(full_name=args.name, province=args.province, kind=args.kind or agency.kind_named_in(args.name) or "xa",
                                       recipient=args.recipient,  # empty: the province's Department (validate_profile)
                                       head_name=args.head_name, head_title=args.head_title or "Chủ tịch")
    agency.validate_profile(profile)  # refuse bad input before anything is created
    if not (args.user or os.environ.get("QMS_USER")) and not (sys.stdin and sys.stdin.isatty()):
        raise Refused(QT_TRANSLATE_NOOP("Cli", "The first account (a leader) is needed: give --user or set QMS_USER, and QMS_PASSWORD."))
    name = ask_username(args)
    password = ask_password(common.T("Cli", QT_TRANSLATE_NOOP("Cli", "Password: ")))
    check_account(name, password, "leader")
    db = Database.open(path)
    try:
        if setup_state(db) == SETUP_DONE:
            raise Refused(QT_TRANSLATE_NOOP("Cli", "{path} is already set up; nothing was changed."), path=str(path))
        # Profile and first account in ONE transaction (a set-up left half-done is completed).
        _user, code = set_up(db, profile, username=name, password=password)
    finally:
        db.close()
    if profile.mode == "office":
        say(QT_TRANSLATE_NOOP("Cli", "Created {path} for the receiving office {name}."), path=str(path), name=args.name)
    else:
        say(QT_TRANSLATE_NOOP("Cli", "Created {path} for {name}."), path=str(path), name=args.name)
    say(QT_TRANSLATE_NOOP("Cli", "Account {user} (leader). Recovery code, shown once — print it and keep it safe: {code}"),
        user=name, code=code)
    return 0


def cmd_demo(args) -> int:
    from qms_desktop.services import demo
    from qms_desktop.storage.db import Database

    path = db_path(args)
    extra = None
    if os.environ.get("QMS_USER") and os.environ.get("QMS_PASSWORD"):
        extra = (os.environ["QMS_USER"], os.environ["QMS_PASSWORD"])
    if isinstance(path, Path) and (not path.exists() or (path.is_file() and path.stat().st_size == 0)):
        summary = demo.create_demo_file(path, extra_account=extra)  # whole, or nothing at the path
    else:
        db = Database.open(path)
        try:
            summary = demo.create_demo(db, extra_account=extra)
        finally:
            db.close()
    say(QT_TRANSLATE_NOOP("Cli", "Demo commune written to {path}: {tthc} TTHC, {procedures} procedures, {audits} "
                                 "internal audits, {ncs} nonconformities, {reviews} management reviews."),
        path=str(path), **summary)
    return 0


def _where(sheet: str, table: int) -> str:
    if table:
        return (common.T("Cli", QT_TRANSLATE_NOOP("Cli", "table {n}")) or "table {n}").format(n=table) + ", "
    return f"{sheet}, " if sheet else ""


def cmd_import(args, ctx) -> int:
    from qms_desktop.services.tthc import import_tthc

    plan = import_tthc(ctx, args.file, dry_run=args.dry_run, confirm_no_code=args.confirm_no_code,
                       decision_number=args.decision_number, decision_date=args.decision_date,
                       effective_date=args.effective_date)
    for rej in plan.rejected:
        reason = render(rej, common.T)
        say(QT_TRANSLATE_NOOP("Cli", "{where}Row {row}: rejected — {reason}"), sys.stderr,
            where=_where(rej.sheet, rej.table), row=rej.row_number, reason=reason)
    from qms_desktop.services.tthc import NO_CODE_ADDED, NO_CODE_SKIPPED

    for row in plan.rows:
        if row.action not in ("no_code", "skip") and not (row.action == "add" and row.note):
            continue  # (an added row with a note: an amended TTHC not in the register, added as amended)
        note = render(row, common.T)
        if row.action == "no_code":
            note = (common.T("TthcImport", NO_CODE_ADDED) or NO_CODE_ADDED).format(**row.params) if args.confirm_no_code \
                else common.T("TthcImport", NO_CODE_SKIPPED) or NO_CODE_SKIPPED
        say(QT_TRANSLATE_NOOP("Cli", "{where}Row {row}: {name} — {note}"), sys.stderr,
            where=_where(row.rec.sheet, row.rec.table), row=row.rec.row_number, name=row.rec.name, note=note)
    msg = (QT_TRANSLATE_NOOP("Cli", "Dry run: {added} to add, {updated} to update, {unchanged} unchanged, {rejected} rejected. Nothing was written.")
           if args.dry_run else
           QT_TRANSLATE_NOOP("Cli", "Imported: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected."))
    added = len(plan.added) + (len(plan.no_code) if args.dry_run and args.confirm_no_code else 0)
    say(msg, added=added, updated=len(plan.updated), unchanged=len(plan.unchanged), rejected=len(plan.rejected))
    for note in (plan.hidden_note, plan.sheets_note):
        if note is not None:
            print(render(note, common.T))
    if plan.is_decision or plan.abolished or plan.replaced:
        say(QT_TRANSLATE_NOOP("Cli", "Decision {number} of {date}: {abolished} abolished, {replaced} replaced (out of the scope, kept in the register), {skipped} not in the register."),
            number=plan.decision.number or "?", date=plan.decision.date.strftime("%d/%m/%Y") if plan.decision.date else "?",
            abolished=len(plan.abolished), replaced=len(plan.replaced), skipped=len(plan.skipped))
    if plan.no_code and not args.confirm_no_code:
        say(QT_TRANSLATE_NOOP("Cli", "{count} rows have no national code yet (listed on stderr); add them with --confirm-no-code."),
            count=len(plan.no_code))
    for rec, changes in plan.updated:
        from qms_desktop.domain.change_labels import field_caption

        say(QT_TRANSLATE_NOOP("Cli", "  {code}: {fields} changed"), code=rec.code,  # "Thời hạn giải quyết", not time_limit
            fields=", ".join(field_caption("tthc", c.name, common.T) for c in changes) or "—")
    for notice in plan.procedures:
        say(QT_TRANSLATE_NOOP("Cli", "  Procedure {code} covers changed TTHC {tthc}: update it within 3 months of {effective} (QĐ 19 Art. 4.4a)."),
            code=notice.code, tthc=", ".join(notice.tthc_codes),
            effective=plan.decision.effective_date.strftime("%d/%m/%Y") if plan.decision.effective_date else "?")
    return 0


def _rows_for(kind: str, ctx, search: str) -> tuple[list[dict], list[str]]:
    from qms_desktop.services import audits, history, ncs, procedures, records, reviews, tthc, users, warnings

    if kind == "tthc":
        rows = [dataclasses.asdict(r) for r in tthc.list_tthc(ctx, search=search)]
        return rows, ["code", "name", "field", "time_limit", "in_scope", "covered", "id"]
    if kind == "procedures":
        rows = [dataclasses.asdict(r) for r in procedures.list_procedures(ctx, search=search)]
        return rows, ["id", "code", "title", "status", "version", "kind", "effective_date"]
    if kind == "audits":
        return [dataclasses.asdict(r) for r in audits.list_audits(ctx, search=search)], \
            ["id", "title", "date", "status", "lead_auditor", "findings", "nonconformities"]
    if kind == "ncs":
        return [dataclasses.asdict(r) for r in ncs.list_ncs(ctx, search=search)], \
            ["id", "number", "status", "due_date", "source", "severity", "detected_date", "description"]
    if kind == "reviews":
        return [dataclasses.asdict(r) for r in reviews.list_reviews(ctx, search=search)], \
            ["id", "date", "place", "chair", "status", "open_outputs"]
    if kind == "warnings":
        rows = [{"rule": w.rule, "message": render(w, common.T), "due_date": w.due_date, "record": w.record,
                 "overdue": w.overdue} for w in warnings.current_warnings(ctx)]
        from qms_desktop.domain.text import fold, search_words
        rows = [r for r in rows if all(x in fold(r["message"]) for x in search_words(search))]
        return rows, ["rule", "due_date", "overdue", "record", "message"]
    if kind == "users":
        return [dataclasses.asdict(u) for u in users.list_users(ctx)], ["id", "username", "full_name", "role", "active", "locked"]
    if kind == "history":
        # stored in UTC, said in this computer's time with its offset: a change made at 06:00 on 01/01 in Hà Nội is
        # of 01/01 (QA 56 F10), in the TSV's date column and the JSON's "at" ("2027-01-01T06:00:00+07:00")
        rows = [dataclasses.asdict(c) | {"at": common.moment(c.at)}
                for c in history.list_changes(ctx, search=search, limit=1000)]
        return rows, ["id", "at", "username", "action", "entity", "entity_id", "new"]
    spec_kind = kinds.info(kind).name  # a kind of the registry edited with the generic forms (SPECS)
    rows = [{"id": r.id} | r.values for r in records.list_records(ctx, spec_kind, search=search)]
    spec = records.spec(spec_kind)
    return rows, ["id", *(spec.cli_columns or spec.columns)]


NO_WORDS = QT_TRANSLATE_NOOP("Cli", "Type the words to search for (tone marks and case do not matter).")


def cmd_list(args, ctx) -> int:
    from qms_desktop.domain.text import search_words

    if (args.search or "").strip() and not search_words(args.search):  # "%": not every record, as if unfiltered
        raise Refused(NO_WORDS)
    rows, columns = _rows_for(args.kind, ctx, args.search)
    columns = _with_origin(args.kind, ctx, rows, columns)
    emit(rows, args.format, columns)
    return 0


def _with_origin(kind: str, ctx, rows: list[dict], columns: list[str]) -> list[str]:
    """Which former commune each record came from, as the lists' "Nguồn gốc" column (QA 16 F6): the json key
    ``origin`` ('' for a record written here) on every record list; in tsv an ``origin`` column (and an NC's
    ``former_number``) at the end, once this commune has merged others."""
    from qms_desktop.services import provenance

    found = kinds.info(kind)
    if found is None:  # warnings, users, history
        return columns
    merged = bool(provenance.predecessors(ctx))
    labels = provenance.origin_labels(ctx, found.name) if merged else {}
    for r in rows:
        r["origin"] = labels.get(r.get("id"), "")
    if not merged:
        return columns
    return [*columns, *(["former_number"] if found.kind == kinds.Kind.NONCONFORMITY else []), "origin"]


def cmd_search(args, ctx) -> int:
    from qms_desktop.domain.text import search_words
    from qms_desktop.services.search import search

    text = " ".join(args.text)
    if not search_words(text):
        raise Refused(NO_WORDS)
    for hit in search(ctx, text):
        print(f"{hit.kind}\t{hit.ref}\t{hit.title}")
    return 0


def cmd_check(args) -> int:
    from qms_desktop.services.check import check_database, render_problem
    from qms_desktop.services.users import authenticate, has_users, verify_login
    from qms_desktop.storage.readonly import login_database, open_read_only

    from qms_desktop.storage.db import Database, ServerDatabase, refuse_newer

    path = db_path(args)
    server = isinstance(path, ServerDatabase)
    if not server and common.without_tables(path):  # not "no such table: app_user" (QA 51 F7)
        raise common.Refused(common.EMPTY_FILE, path=str(path))
    # A file: never switched to WAL, never migrated, never written. A server: never migrated.
    db = Database.open(path, migrate=False) if server else open_read_only(path)
    try:
        if server and db.schema().current is None:  # an empty database: nothing to check yet (QA 42 F6)
            raise common.Refused(QT_TRANSLATE_NOOP(
                "Cli", "{path} has no QMS Desktop data yet: it is set up when the application or 'qms init' first "
                       "opens it. Nothing to check."), path=str(path))
        schema = db.schema()
        refuse_newer(schema)  # "install the newer version", as every other command says (QA 55 F5)
        if schema.up_to_date:  # an older file's set-up is read by check_database below (QA 55 F6: no traceback)
            require_set_up(db, path)
        if has_users(db):  # a login like every command: a wrong password counts towards the lock-out
            name = ask_username(args)
            password = ask_password(common.T("Cli", QT_TRANSLATE_NOOP("Cli", "Password: ")))
            if server:
                authenticate(db, name, password) if db.schema().up_to_date else verify_login(db, name, password)
            elif db.schema().up_to_date:
                login = login_database(path)
                try:
                    authenticate(login, name, password)
                finally:
                    login.close()
            else:  # a file of another schema version cannot record the failure without migrating it
                verify_login(db, name, password)
        report = check_database(db, expected_head=args.head)
    finally:
        db.close()
    say(QT_TRANSLATE_NOOP("Cli", "Database: {path}"), path=str(path))
    say(QT_TRANSLATE_NOOP("Cli", "Schema: {current} (expected {head})"), current=report.schema_current, head=report.schema_head)
    if server:
        say(QT_TRANSLATE_NOOP("Cli", "Server integrity: checked by PostgreSQL itself"))
    else:
        say(QT_TRANSLATE_NOOP("Cli", "SQLite integrity: {result}"), result=report.integrity)
    say(QT_TRANSLATE_NOOP("Cli", "History: {n} entries, chain {state}"), n=report.history_entries,
        state=common.T("Cli", QT_TRANSLATE_NOOP("Cli", "intact")) if report.history_ok else common.T("Cli", QT_TRANSLATE_NOOP("Cli", "BROKEN")))
    if not report.rows_covered:
        say(QT_TRANSLATE_NOOP("Cli", "Records: not compared with the history (its entries predate row states)"))
    elif report.row_problems:
        say(QT_TRANSLATE_NOOP("Cli", "Records: {n} do not match their history"), n=len(report.row_problems))
    else:
        say(QT_TRANSLATE_NOOP("Cli", "Records: every row matches its history"))
    if report.expected_head is not None:
        say(QT_TRANSLATE_NOOP("Cli", "Written-down head {head}: {state}"), head=report.expected_head,
            state=common.T("Cli", QT_TRANSLATE_NOOP("Cli", "found")) if report.expected_head_ok
            else common.T("Cli", QT_TRANSLATE_NOOP("Cli", "NOT FOUND")))
    say(QT_TRANSLATE_NOOP("Cli", "Chain head: {head}"), head=report.chain_head)
    for message, params in report.notes:
        print(render_problem(message, params, common.T))
    for message, params in report.problems:
        print(render_problem(message, params, common.T), file=sys.stderr)
    return 0 if report.healthy else 1


def _head_arg(text: str) -> str:
    from qms_desktop.storage.integrity import format_head, parse_head

    try:
        return format_head(*parse_head(text))
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", QT_TRANSLATE_NOOP(
            "Cli", "expected N:HASH (the entry count, a colon and 64 hex digits), not '{text}'")).format(text=text)) from None


def cmd_user(args, ctx) -> int:
    from qms_desktop.services.users import create_user

    ctx.require("users")  # an account that may not add accounts hears so before it is asked for a password
    password = os.environ.get(args.password_env)
    if password is None:
        if not sys.stdin.isatty():
            raise Refused(QT_TRANSLATE_NOOP("Cli", "No password for the new account: set {var}."), var=args.password_env)
        password = getpass.getpass(common.T("Cli", QT_TRANSLATE_NOOP("Cli", "New password: ")))
    user, code = create_user(ctx, username=args.username, password=password, role=args.role, full_name=args.full_name)
    say(QT_TRANSLATE_NOOP("Cli", "Account {user} ({role}) created. Recovery code, shown once: {code}"),
        user=user.username, role=common.T("Labels", label(user.role)), code=code)
    return 0
