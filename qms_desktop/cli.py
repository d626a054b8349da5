"""The ``qms`` command line: the same services as the GUI, no QtGui/QtWidgets (runs without a display).

Exit codes: 0 success, 1 refused or failed (one line on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Callable

from qms_desktop import __version__
from qms_desktop.domain.errors import QmsError
from qms_desktop.domain.model import label
from qms_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity_translate, render

T: Translate = identity_translate


class Refused(Exception):
    """A refusal of the command line itself, with a translatable message."""

    context = "Cli"

    def __init__(self, message: str, **params: object) -> None:
        self.message, self.params = message, params
        super().__init__(message)


def say(message: str, stream=None, **params: object) -> None:
    text = T("Cli", message) or message
    print(text.format(**params) if params else text, file=stream or sys.stdout)


# ---------------------------------------------------------------- argument parsing

LIST_KINDS = ("tthc", "procedures", "audits", "ncs", "reviews", "warnings", "units", "staff", "objectives",
              "inspections", "trainings", "risks", "improvements", "surveys", "stats", "announcements", "users",
              "history")


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors: exit 2, one line
        self.print_usage(sys.stderr)
        print(f"qms: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="qms", description="QMS Desktop — TCVN ISO 9001:2015 records of a commune People's Committee")
    p.add_argument("--version", action="version", version=f"qms {__version__}")
    p.add_argument("--db", metavar="PATH", help="SQLite database file (default: QMS_DB, else the user's data folder)")
    p.add_argument("--user", metavar="NAME", help="account to act as (default: QMS_USER)")
    p.add_argument("--lang", choices=("vi", "en"), help="language of messages (default: vi)")
    sub = p.add_subparsers(dest="command", required=True, parser_class=Parser, metavar="COMMAND")

    init = sub.add_parser("init", help="create a new database with the agency profile and the first account")
    init.add_argument("--name", required=True)
    init.add_argument("--province", required=True)
    init.add_argument("--kind", choices=("xa", "phuong", "dac-khu"), default="xa")
    init.add_argument("--recipient", default="")
    init.add_argument("--receiving", action="store_true",
                      help="a receiving office's database (inbox of the communes' packages), not a commune's")

    sub.add_parser("demo", help="fill the database with the demo commune")

    imp = sub.add_parser("import", help="import data")
    imp_sub = imp.add_subparsers(dest="what", required=True, parser_class=Parser)
    tthc = imp_sub.add_parser("tthc", help="import the province's TTHC list from Excel")
    tthc.add_argument("file")
    tthc.add_argument("--dry-run", action="store_true")

    ls = sub.add_parser("list", help="list records")
    ls.add_argument("kind", choices=LIST_KINDS)
    ls.add_argument("--search", default="")
    ls.add_argument("--format", choices=("tsv", "json"), default="tsv")

    se = sub.add_parser("search", help="search every register (tone marks and case ignored)")
    se.add_argument("text", nargs="+")

    sub.add_parser("check", help="check integrity, schema version and history chain (changes nothing)")

    user = sub.add_parser("user", help="manage accounts")
    user_sub = user.add_subparsers(dest="action", required=True, parser_class=Parser)
    add = user_sub.add_parser("add")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=("secretary", "leader", "auditor", "viewer"))
    add.add_argument("--full-name", default="")
    add.add_argument("--password-env", default="QMS_NEW_PASSWORD",
                     help="environment variable holding the new password (else a prompt)")
    for module in _extensions():
        for name, (handler, needs_login) in module.register(sub).items():
            (COMMANDS_NEEDING_LOGIN if needs_login else COMMANDS_OWN_OPEN)[name] = handler
    return p


# Command groups kept in their own modules. Each has ``register(subparsers)`` returning
# {command: (handler, needs_login)}; a handler takes (args, ctx) when it needs a login, else (args).
EXTENSION_MODULES = ("qms_desktop.cli_report", "qms_desktop.cli_admin", "qms_desktop.cli_inbox")


def _extensions():
    import importlib
    import importlib.util

    for name in EXTENSION_MODULES:
        if importlib.util.find_spec(name) is not None:
            yield importlib.import_module(name)


# ---------------------------------------------------------------- helpers

def _db_path(args) -> Path:
    from qms_desktop.paths import default_db_path
    return Path(args.db).expanduser() if args.db else default_db_path()


def _password(prompt: str) -> str:
    env = os.environ.get("QMS_PASSWORD")
    if env is not None:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise Refused(QT_TRANSLATE_NOOP("Cli", "No password: set QMS_PASSWORD or run in a terminal to be asked."))
    return getpass.getpass(prompt)


def _username(args) -> str:
    name = args.user or os.environ.get("QMS_USER")
    if name:
        return name
    if not sys.stdin or not sys.stdin.isatty():
        raise Refused(QT_TRANSLATE_NOOP("Cli", "No account: give --user or set QMS_USER (this database has accounts)."))
    return input(T("Cli", QT_TRANSLATE_NOOP("Cli", "User name: ")))


def open_context(args, *, create: bool = False):
    """Open the database and log in (every database with accounts needs a login)."""
    from qms_desktop.services.context import SYSTEM, AppContext
    from qms_desktop.services.users import authenticate, has_users
    from qms_desktop.storage.db import Database

    path = _db_path(args)
    if not create and not path.exists():
        raise Refused(QT_TRANSLATE_NOOP("Cli", "Database not found: {path} (create it with 'qms init')."), path=str(path))
    db = Database.open(path)
    if not has_users(db):
        return AppContext(db, SYSTEM)
    name = _username(args)
    actor = authenticate(db, name, _password(T("Cli", QT_TRANSLATE_NOOP("Cli", "Password: "))))
    return AppContext(db, actor)


def _json_default(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10] if not isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(type(value))


def _emit(rows: list[dict], fmt: str, columns: list[str]) -> None:
    if fmt == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1, default=_json_default)
        sys.stdout.write("\n")
        return
    def cell(v: object) -> str:
        if v is None:
            return ""
        if isinstance(v, bool):
            return "1" if v else "0"
        if isinstance(v, (dt.date, dt.datetime)):
            return v.isoformat()[:10]
        return str(v).replace("\t", " ").replace("\n", " ")
    print("\t".join(columns))
    for r in rows:
        print("\t".join(cell(r.get(c)) for c in columns))


# ---------------------------------------------------------------- commands

def cmd_init(args) -> int:
    from qms_desktop.services import agency
    from qms_desktop.services.context import SYSTEM, AppContext
    from qms_desktop.services.users import create_first_user, has_users
    from qms_desktop.storage.db import Database

    path = _db_path(args)
    if getattr(args, "receiving", False):
        from qms_desktop.services.receiving.setup import office_profile

        profile = office_profile(args.name, args.province, recipient=args.recipient)
    else:
        profile = agency.AgencyProfile(full_name=args.name, province=args.province, kind=args.kind,
                                       recipient=args.recipient)
    agency.validate_profile(profile)  # refuse bad input before anything is created
    if not (args.user or os.environ.get("QMS_USER")) and not (sys.stdin and sys.stdin.isatty()):
        raise Refused(QT_TRANSLATE_NOOP("Cli", "The first account (a leader) is needed: give --user or set QMS_USER, and QMS_PASSWORD."))
    name = _username(args)
    password = _password(T("Cli", QT_TRANSLATE_NOOP("Cli", "Password: ")))
    from qms_desktop.services.users import check_account
    check_account(name, password, "leader")
    db = Database.open(path)
    ctx = AppContext(db, SYSTEM)
    if agency.get_profile(ctx) is not None or has_users(db):
        raise Refused(QT_TRANSLATE_NOOP("Cli", "{path} is already set up; nothing was changed."), path=str(path))
    agency.save_profile(ctx, profile)
    _user, code = create_first_user(db, username=name, password=password)
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

    path = _db_path(args)
    db = Database.open(path)
    extra = None
    if os.environ.get("QMS_USER") and os.environ.get("QMS_PASSWORD"):
        extra = (os.environ["QMS_USER"], os.environ["QMS_PASSWORD"])
    summary = demo.create_demo(db, extra_account=extra)
    say(QT_TRANSLATE_NOOP("Cli", "Demo commune written to {path}: {summary}"), path=str(path), summary=summary)
    return 0


def cmd_import(args, ctx) -> int:
    from qms_desktop.services.tthc import import_tthc

    plan = import_tthc(ctx, args.file, dry_run=args.dry_run)
    for rej in plan.rejected:
        reason = render(type("M", (), {"context": "TthcImport", "message": rej.reason, "params": rej.params})(), T)
        say(QT_TRANSLATE_NOOP("Cli", "Row {row}: rejected — {reason}"), sys.stderr, row=rej.row_number, reason=reason)
    msg = (QT_TRANSLATE_NOOP("Cli", "Dry run: {added} to add, {updated} to update, {unchanged} unchanged, {rejected} rejected. Nothing was written.")
           if args.dry_run else
           QT_TRANSLATE_NOOP("Cli", "Imported: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected."))
    say(msg, added=len(plan.added), updated=len(plan.updated), unchanged=len(plan.unchanged), rejected=len(plan.rejected))
    for rec, changes in plan.updated:
        say(QT_TRANSLATE_NOOP("Cli", "  {code}: {fields} changed"), code=rec.code, fields=", ".join(c.name for c in changes))
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
        rows = [{"rule": w.rule, "message": render(w, T), "due_date": w.due_date, "record": w.record,
                 "overdue": w.overdue} for w in warnings.current_warnings(ctx)]
        from qms_desktop.domain.text import fold
        rows = [r for r in rows if all(x in fold(r["message"]) for x in fold(search).split())]
        return rows, ["rule", "due_date", "overdue", "record", "message"]
    if kind == "users":
        return [dataclasses.asdict(u) for u in users.list_users(ctx)], ["id", "username", "full_name", "role", "active", "locked"]
    if kind == "history":
        rows = [dataclasses.asdict(c) for c in history.list_changes(ctx, search=search, limit=1000)]
        return rows, ["id", "at", "username", "action", "entity", "entity_id", "new"]
    spec_kind = {"units": "unit", "staff": "staff", "objectives": "objective", "inspections": "external_inspection",
                 "trainings": "training", "risks": "risk", "improvements": "improvement", "surveys": "survey",
                 "stats": "service_stat", "announcements": "announcement"}[kind]
    rows = [{"id": r.id} | r.values for r in records.list_records(ctx, spec_kind, search=search)]
    return rows, ["id", *records.spec(spec_kind).columns]


def cmd_list(args, ctx) -> int:
    rows, columns = _rows_for(args.kind, ctx, args.search)
    _emit(rows, args.format, columns)
    return 0


def cmd_search(args, ctx) -> int:
    from qms_desktop.services.search import search

    for hit in search(ctx, " ".join(args.text)):
        print(f"{hit.kind}\t{hit.ref}\t{hit.title}")
    return 0


def cmd_check(args) -> int:
    from qms_desktop.services.check import check_database
    from qms_desktop.storage.db import Database

    from qms_desktop.services.users import has_users, verify_login

    path = _db_path(args)
    db = Database.open(path, migrate=False, create=False)
    if has_users(db):  # a login like every command, but one that writes nothing
        verify_login(db, _username(args), _password(T("Cli", QT_TRANSLATE_NOOP("Cli", "Password: "))))
    report = check_database(db)
    say(QT_TRANSLATE_NOOP("Cli", "Database: {path}"), path=str(path))
    say(QT_TRANSLATE_NOOP("Cli", "Schema: {current} (expected {head})"), current=report.schema_current, head=report.schema_head)
    say(QT_TRANSLATE_NOOP("Cli", "SQLite integrity: {result}"), result=report.integrity)
    say(QT_TRANSLATE_NOOP("Cli", "History: {n} entries, chain {state}"), n=report.history_entries,
        state=T("Cli", QT_TRANSLATE_NOOP("Cli", "intact")) if report.history_ok else T("Cli", QT_TRANSLATE_NOOP("Cli", "BROKEN")))
    for message, params in report.problems:
        text = (T("Check", message) or message).format(**params)
        print(text, file=sys.stderr)
    return 0 if report.healthy else 1


def cmd_user(args, ctx) -> int:
    from qms_desktop.services.users import create_user

    password = os.environ.get(args.password_env)
    if password is None:
        if not sys.stdin.isatty():
            raise Refused(QT_TRANSLATE_NOOP("Cli", "No password for the new account: set {var}."), var=args.password_env)
        password = getpass.getpass(T("Cli", QT_TRANSLATE_NOOP("Cli", "New password: ")))
    user, code = create_user(ctx, username=args.username, password=password, role=args.role, full_name=args.full_name)
    say(QT_TRANSLATE_NOOP("Cli", "Account {user} ({role}) created. Recovery code, shown once: {code}"),
        user=user.username, role=T("Labels", label(user.role)), code=code)
    return 0


COMMANDS_NEEDING_LOGIN: dict[str, Callable] = {
    "import": cmd_import, "list": cmd_list, "search": cmd_search, "user": cmd_user,
}
COMMANDS_OWN_OPEN: dict[str, Callable] = {"init": cmd_init, "demo": cmd_demo, "check": cmd_check}


def _utf8_streams() -> None:
    """Redirected output on Windows uses the ANSI code page, which cannot hold Vietnamese: use UTF-8."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (AttributeError, ValueError):
                pass


def main(argv: list[str] | None = None) -> int:
    global T
    _utf8_streams()
    args = build_parser().parse_args(argv)
    from qms_desktop import cli_i18n
    T = cli_i18n.load(args.lang)
    try:
        if args.command in COMMANDS_OWN_OPEN:
            return COMMANDS_OWN_OPEN[args.command](args)
        ctx = open_context(args)
        try:
            return COMMANDS_NEEDING_LOGIN[args.command](args, ctx)
        finally:
            ctx.db.close()
    except QmsError as exc:
        print(f"qms: {exc.render(T)}", file=sys.stderr)
        return 1
    except Refused as exc:
        print("qms: " + (T("Cli", exc.message) or exc.message).format(**exc.params), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1
    except OSError as exc:
        print(f"qms: {exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
