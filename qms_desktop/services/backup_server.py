"""Backups of a database on a PostgreSQL server: ``pg_dump`` (custom format), verified with
``pg_restore --list``. When the PostgreSQL client tools are not installed on this computer the
backup is refused with that reason: the server's administrator backs it up (README). Restoring a
server database is the administrator's (``pg_restore``), never done by the application over the
officers' heads.

The password of the connection string goes to pg_dump in its environment (PGPASSWORD), never on
its command line (where other users of the computer could read it) and never into a message.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import shutil
import subprocess
from pathlib import Path

from qms_desktop.i18n import QT_TRANSLATE_NOOP

SUFFIX = ".dump"


def client_tool(name: str) -> str | None:
    """pg_dump / pg_restore on PATH, else the newest one Debian installed."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return candidates[-1] if candidates else None


def _connection(url: str) -> tuple[list[str], dict[str, str]]:
    from qms_desktop.storage.db import server_url

    u = server_url(url)
    args = ["--no-password", "-d", u.database or ""]
    if u.host:
        args += ["-h", u.host]
    if u.port:
        args += ["-p", str(u.port)]
    if u.username:
        args += ["-U", u.username]
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = u.password
    return args, env


def _scrub(text: str, url: str) -> str:
    from qms_desktop.storage.db import server_url

    secret = server_url(url).password
    lines = text.strip().splitlines() or [""]
    # pg_dump's cause is its "error:" line; the lines after it only detail the query (QA 42 F11)
    line = next((x for x in lines if " error: " in x or x.startswith("error: ")), lines[-1])[:300]
    return line.replace(secret, "***") if secret else line


def backup_server(url: str, folder: Path, *, kind: str = "manual", now: dt.datetime | None = None) -> Path:
    """``qms-<kind>-<stamp>.dump`` in ``folder``: written to a .part file, checked, renamed.

    Raises:
        BackupError: no pg_dump on this computer, or pg_dump / the check failed (nothing left behind).
    """
    from qms_desktop.services.backup import BackupError

    dump, restore = client_tool("pg_dump"), client_tool("pg_restore")
    if dump is None or restore is None:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "The PostgreSQL client tools (pg_dump) are not installed on this computer, so the server's "
                      "database cannot be backed up from here; the server's administrator backs it up. Nothing was "
                      "written."))
    now = now or dt.datetime.now()
    for seconds in range(3600):
        dest = folder / f"qms-{kind}-{now + dt.timedelta(seconds=seconds):%Y%m%d-%H%M%S}{SUFFIX}"
        if not dest.exists():
            break
    tmp = dest.with_name(dest.name + ".part")
    args, env = _connection(url)
    try:
        done = subprocess.run([dump, "-Fc", "--no-owner", "-f", str(tmp), *args], env=env, capture_output=True,
                              text=True, timeout=3600)
        if done.returncode != 0:
            raise BackupError(QT_TRANSLATE_NOOP("Errors", "Cannot write the backup to {path}: {reason}"),
                              path=str(folder), reason=_scrub(done.stderr, url))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        listed = subprocess.run([restore, "--list", str(tmp)], capture_output=True, text=True, timeout=600)
        if listed.returncode != 0 or "TABLE DATA public change_log" not in listed.stdout:
            raise BackupError(QT_TRANSLATE_NOOP("Errors", "Cannot write the backup to {path}: {reason}"),
                              path=str(folder), reason="pg_restore --list: " + _scrub(listed.stderr or "no history table", url))
        tmp.replace(dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest
