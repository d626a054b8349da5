"""`qms backup` and `qms restore`."""

from __future__ import annotations

from pathlib import Path

from qms_desktop.i18n import QT_TRANSLATE_NOOP


def register(sub) -> dict:  # noqa: ANN001
    b = sub.add_parser("backup", help="write a verified backup (default: the data folder's backups/)")
    b.add_argument("--to", metavar="DIR", help="folder to write to, e.g. a USB stick")
    r = sub.add_parser("restore", help="replace the database with a backup (the current one is kept as a backup first)")
    r.add_argument("file")
    return {"backup": (cmd_backup, True), "restore": (cmd_restore, True)}


def cmd_backup(args, ctx) -> int:  # noqa: ANN001
    from qms_desktop import cli
    from qms_desktop.paths import backups_dir
    from qms_desktop.services import backup

    ctx.require("backup")
    folder = Path(args.to) if args.to else backups_dir()
    if not args.to:
        folder.mkdir(parents=True, exist_ok=True)
    path = backup.backup_to(ctx.db, folder)
    print(path)
    cli.say(QT_TRANSLATE_NOOP("Cli", "Backup written and verified: {path}"), cli.sys.stderr, path=str(path))
    return 0


def cmd_restore(args, ctx) -> int:  # noqa: ANN001
    from qms_desktop import cli
    from qms_desktop.paths import backups_dir
    from qms_desktop.services import backup
    from qms_desktop.storage.lock import InstanceLock

    ctx.require("backup")
    info = backup.inspect_backup(args.file)
    if not info.valid:
        raise backup.BackupError(QT_TRANSLATE_NOOP("Errors", "{path} is not a valid QMS Desktop backup; nothing was changed."),
                                 path=str(args.file))
    db_path = ctx.db.path
    ctx.db.close()
    with InstanceLock(db_path):  # refuse while the application has the database open
        safety = backup.restore(db_path, args.file, safety_folder=backups_dir())
    cli.say(QT_TRANSLATE_NOOP("Cli", "Restored {path} ({agency}); the replaced database was kept as {safety}."),
            path=str(args.file), agency=info.agency, safety=str(safety))
    return 0
