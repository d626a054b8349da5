"""`qms backup`, `qms restore`, `qms key` (the agency's signing key) and `qms agency` (its profile)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from qms_desktop.cli import common
from qms_desktop.cli.common import Refused, say
from qms_desktop.i18n import QT_TRANSLATE_NOOP


def register(sub) -> dict:
    b = sub.add_parser("backup", help=QT_TRANSLATE_NOOP("CliHelp", "write a verified backup (default: the data folder's backups/)"))
    b.add_argument("--to", metavar="DIR", help=QT_TRANSLATE_NOOP("CliHelp", "folder to write to, e.g. a USB stick"))
    r = sub.add_parser("restore", help=QT_TRANSLATE_NOOP("CliHelp", "replace the database with a backup (leaders only; the backup is checked first "
                                       "and the current database is kept as a backup)"))
    r.add_argument("file",
        help=QT_TRANSLATE_NOOP("CliHelp", "the backup file (.sqlite) to restore"))
    r.add_argument("--other-agency", action="store_true",
                   help=QT_TRANSLATE_NOOP("CliHelp", "confirm that the backup belongs to another agency and replaces this one's data"))
    k = sub.add_parser("key", help=QT_TRANSLATE_NOOP("CliHelp", "the agency's signing key: show its fingerprint, or change it (leaders)"))
    ks = k.add_subparsers(dest="action", required=True)
    ks.add_parser("show", help=QT_TRANSLATE_NOOP("CliHelp", "print the fingerprint of the agency's signing key"))
    ch = ks.add_parser("change", help=QT_TRANSLATE_NOOP("CliHelp", "retire the key and create a new one (logged; the next report names the old one)"))
    ch.add_argument("--reason", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "why the key is changed (kept in the history)"))
    a = sub.add_parser("agency", help=QT_TRANSLATE_NOOP("CliHelp", "the agency profile the documents print: show it, or "
                                                                   "set the signer and the recipient"))
    acts = a.add_subparsers(dest="action", required=True)
    shown = acts.add_parser("show", help=QT_TRANSLATE_NOOP("CliHelp", "print the agency profile"))
    shown.add_argument("--format", choices=("tsv", "json"), default="tsv",
                       help=QT_TRANSLATE_NOOP("CliHelp", "output format (default tsv)"))
    st = acts.add_parser("set", help=QT_TRANSLATE_NOOP("CliHelp", "change fields of the agency profile (the others are kept)"))
    st.add_argument("--head-name", metavar="NAME",
                    help=QT_TRANSLATE_NOOP("CliHelp", "the full name of the head who signs the documents (the chairman)"))
    st.add_argument("--head-title", metavar="TITLE", help=QT_TRANSLATE_NOOP("CliHelp", "the head's title, e.g. Chủ tịch"))
    st.add_argument("--iso-rep-name", metavar="NAME",
                    help=QT_TRANSLATE_NOOP("CliHelp", "the leader's representative for quality (đại diện lãnh đạo)"))
    st.add_argument("--iso-rep-title", metavar="TITLE", help=QT_TRANSLATE_NOOP("CliHelp", "that representative's title"))
    st.add_argument("--recipient", help=QT_TRANSLATE_NOOP("CliHelp", "the body the reports go to (Kính gửi)"))
    st.add_argument("--code", metavar="CODE", help=QT_TRANSLATE_NOOP("CliHelp", "the unit code the province gave the agency"))
    m = sub.add_parser("migrate-db", help=QT_TRANSLATE_NOOP("CliHelp", "copy this database (a file) into an empty database on a PostgreSQL server "
                                          "and verify it there (row counts, history chain, every record)"))
    m.add_argument("--to", required=True, metavar="URL", help=QT_TRANSLATE_NOOP("CliHelp", "postgresql+psycopg://user@host/db (the password from "
                                                              "PGPASSWORD or ~/.pgpass, not on the command line)"))
    return {"backup": (cmd_backup, True), "restore": (cmd_restore, False), "key": (cmd_key, True),
            "agency": (cmd_agency, True), "migrate-db": (cmd_migrate_db, True)}


_PROFILE_OPTIONS = ("head_name", "head_title", "iso_rep_name", "iso_rep_title", "recipient", "code")


def cmd_agency(args, ctx) -> int:
    """The profile a commune set up with `qms init` alone could not complete (QA 61 F11: no signer's name, and no
    way to give it but the window's Settings)."""
    import dataclasses
    import json

    from qms_desktop.services import agency

    profile = agency.get_profile(ctx)
    if profile is None:
        raise Refused(QT_TRANSLATE_NOOP("Cli", "This database has no agency profile yet: run qms init first."))
    if args.action == "set":
        changes = {k: getattr(args, k) for k in _PROFILE_OPTIONS if getattr(args, k) is not None}
        if not changes:
            raise Refused(QT_TRANSLATE_NOOP("Cli", "Nothing to change: give at least one of --head-name, --head-title, "
                                                   "--iso-rep-name, --iso-rep-title, --recipient, --code."))
        profile = agency.save_profile(ctx.editing(*agency.edit_stamps(ctx)), dataclasses.replace(profile, **changes))
        say(QT_TRANSLATE_NOOP("Cli", "Agency profile saved."), sys.stderr)
    values = dataclasses.asdict(profile)
    if args.action == "show" and args.format == "json":
        json.dump(values, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for key, value in values.items():
            print(f"{key}\t{value}")
    return 0


def cmd_migrate_db(args, ctx) -> int:
    from qms_desktop.services.transfer import copy_database
    from qms_desktop.storage.db import Database, is_server_url, safe_url

    ctx.require("backup")
    if ctx.db.is_server:
        raise Refused(QT_TRANSLATE_NOOP("Cli", "The database to move must be a file (--db FILE); this one is "
                                               "already on a server."))
    if not is_server_url(args.to):
        raise Refused(QT_TRANSLATE_NOOP("Cli", "--to must be a PostgreSQL connection string "
                                               "(postgresql+psycopg://user@host/database)."))
    target = Database.open(args.to)
    try:
        report = copy_database(ctx.db, target)
    finally:
        target.close()
    say(QT_TRANSLATE_NOOP("Cli", "Copied {rows} rows of {tables} tables to {url} and verified them there; "
                                 "chain head {head}."), rows=report.rows, tables=report.tables,
        url=safe_url(args.to), head=report.chain_head)
    return 0


def cmd_key(args, ctx) -> int:
    from qms_desktop.services import agency_key

    if args.action == "change":
        old = agency_key.current_key(ctx)
        info = agency_key.change_key(ctx, reason=args.reason)
        print(info.fingerprint)
        say(QT_TRANSLATE_NOOP("Cli", "New signing key {fingerprint} (it replaces {previous}). Tell the receiving office "
                                     "the new fingerprint by phone."), sys.stderr, fingerprint=info.fingerprint,
            previous=old.fingerprint if old else info.previous_fingerprint)
        return 0
    print(agency_key.key_fingerprint(ctx))
    return 0


def cmd_backup(args, ctx) -> int:
    from qms_desktop.paths import backups_dir
    from qms_desktop.services import backup

    ctx.require("backup")
    folder = Path(args.to) if args.to else backups_dir()
    if not args.to:
        folder.mkdir(parents=True, exist_ok=True)
    path = backup.backup_to(ctx.db, folder)
    print(path)
    say(QT_TRANSLATE_NOOP("Cli", "Backup written and verified: {path}"), sys.stderr, path=str(path))
    return 0


def cmd_restore(args) -> int:
    """Log in to the database in use and restore over it; when nobody can log in to it (missing, no account yet,
    damaged: backup.rescue_state), the backup's own leader account, with its password, authorises the restore."""
    from qms_desktop.services import backup

    target = common.db_path(args)
    if isinstance(target, Path):  # a server's database is its administrator's to restore (below)
        state = backup.rescue_state(target)
        if state is not None:
            return _restore_without_login(args, Path(target), state)
    ctx = common.open_context(args)
    try:
        return _restore(args, ctx)
    finally:
        ctx.db.close()


def _restore_without_login(args, db_path: Path, state: str) -> int:
    from qms_desktop.services import backup

    interactive = bool(sys.stdin and sys.stdin.isatty())
    if interactive:  # before the questions; a script gets one line, the refusal or the result
        say(RESCUE_SAID[state], sys.stderr, path=str(db_path))
    elif not (args.user or os.environ.get("QMS_USER")):
        raise Refused(QT_TRANSLATE_NOOP("Cli", "Nobody can log in to {path} ({why}): give --user (or QMS_USER) and "
                                               "QMS_PASSWORD of a leader's account of the backup."),
                      path=str(db_path), why=common.T("Cli", RESCUE_WHY[state]))
    name = common.ask_username(args)
    password = common.ask_password(common.T("Cli", QT_TRANSLATE_NOOP("Cli", "Password (in the backup): ")))
    actor = backup.backup_leader(db_path, args.file, name, password)
    return _replace(args, db_path, actor, password)


RESCUE_WHY = {  # by backup.rescue_state
    "missing": QT_TRANSLATE_NOOP("Cli", "it does not exist yet"),
    "no_account": QT_TRANSLATE_NOOP("Cli", "it has no account yet"),
    "damaged": QT_TRANSLATE_NOOP("Cli", "it is damaged and cannot be read"),
}
RESCUE_SAID = {
    "missing": QT_TRANSLATE_NOOP("Cli", "{path} does not exist yet: the backup is restored there. Log in with a "
                                        "leader's account of the backup."),
    "no_account": QT_TRANSLATE_NOOP("Cli", "{path} has no account yet: log in with a leader's account of the backup."),
    "damaged": QT_TRANSLATE_NOOP("Cli", "{path} is damaged and cannot be read: log in with a leader's account of the "
                                        "backup; the damaged file is kept as it is."),
}


def _restore(args, ctx) -> int:
    from qms_desktop.services import backup

    ctx.require("restore")
    if ctx.db.is_server:
        raise backup.BackupError(QT_TRANSLATE_NOOP(
            "Errors", "A database on a server is restored by the server's administrator (pg_restore of a 'qms backup' "
                      ".dump file), not by one officer's command while others work on it. Nothing was changed."))
    db_path = ctx.db.path
    ctx.db.close()
    # the password the account had in the backup, when it was changed since (else the one just logged in with)
    password = os.environ.get("QMS_BACKUP_PASSWORD") or getattr(args, "login_password", None)
    return _replace(args, db_path, ctx.actor, password)


def _replace(args, db_path: Path, actor, password: str | None) -> int:
    from qms_desktop.paths import backups_dir
    from qms_desktop.services import backup
    from qms_desktop.storage.lock import InstanceLock

    plan = backup.plan_restore(db_path, args.file, actor, password=password)  # refuses before anything changes
    if plan.refusals:
        message, params = plan.refusals[0]
        raise backup.BackupError(message, **params)
    for message, params in plan.notes:  # a backup without its metadata file: said, not refused
        print(backup.BackupError(message, **params).render(common.T), file=sys.stderr)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with InstanceLock(db_path):  # refuse while the application has the database open
        safety = backup.restore(db_path, args.file, actor=actor, safety_folder=backups_dir(),
                                confirm_other_agency=args.other_agency, password=password)
    if safety is None:
        say(QT_TRANSLATE_NOOP("Cli", "Restored {path} ({agency})."), path=str(args.file), agency=plan.info.agency)
    else:
        say(QT_TRANSLATE_NOOP("Cli", "Restored {path} ({agency}); the replaced database was kept as {safety}."),
            path=str(args.file), agency=plan.info.agency, safety=str(safety))
    if not plan.rows_checked:
        say(QT_TRANSLATE_NOOP("Cli", "The backup was made by an earlier version: its history chain was checked, its "
                                     "records could not be compared with it."), sys.stderr)
    return 0
