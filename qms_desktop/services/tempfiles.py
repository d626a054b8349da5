"""The application's private temporary folders: copies handed to the system's viewer (an attached
file, a package's workbook) and the merge's working copies of former communes' databases.

Each is made with a known prefix in the system's temporary folder and removed when its work ends
(the viewer copies when the application closes). What a viewer still held then, or what a killed
merge left (a whole database, personal data included), is removed by a later run once nobody has
used it for a day: nothing stays in the temporary folder for ever.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import QT_TRANSLATE_NOOP

OPEN_PREFIX = "qms-open-"
MERGE_PREFIX = "qms-merge-"
PREFIXES = (OPEN_PREFIX, MERGE_PREFIX)
STALE_AFTER = 24 * 60 * 60


_RUN_FOLDER: Path | None = None


def run_folder() -> Path:
    """This run's private folder for the copies handed to the system's viewer (made at first use)."""
    global _RUN_FOLDER
    if _RUN_FOLDER is None or not _RUN_FOLDER.is_dir():
        _RUN_FOLDER = new_folder()
    return _RUN_FOLDER


def discard_run_folder() -> None:
    """At exit: remove this run's viewer copies (one a viewer still holds stays for a later sweep)."""
    global _RUN_FOLDER
    discard(_RUN_FOLDER)
    _RUN_FOLDER = None


def new_folder(prefix: str = OPEN_PREFIX, base: Path | None = None, *, now: float | None = None) -> Path:
    """A new private folder, after removing the stale ones earlier runs left."""
    base = Path(base or tempfile.gettempdir())
    sweep(base, now=now)
    return Path(tempfile.mkdtemp(prefix=prefix, dir=base))


def sweep(base: Path | None = None, *, now: float | None = None) -> int:
    """Remove this application's folders under ``base`` unused for a day; returns how many went.

    A folder still in use (another copy of the application running, a file it opened within the
    day) is kept; a link is never followed; what cannot be removed (a file still open) stays.
    """
    now = time.time() if now is None else now
    removed = 0
    try:
        entries = [e for e in os.scandir(base or tempfile.gettempdir()) if e.name.startswith(PREFIXES)]  # one pass
    except OSError:
        return 0
    for entry in entries:
        try:
            if not entry.is_dir(follow_symlinks=False) or now - entry.stat(follow_symlinks=False).st_mtime < STALE_AFTER:
                continue
        except OSError:
            continue
        shutil.rmtree(entry.path, ignore_errors=True)
        removed += not os.path.exists(entry.path)
    return removed


def discard(folder: Path | None) -> None:
    """Remove a folder's copies now (one a viewer still holds stays for a later sweep)."""
    if folder is not None and folder.is_dir() and not folder.is_symlink():
        shutil.rmtree(folder, ignore_errors=True)


def write_copy(folder: Path, slot: object, name: str, data: bytes) -> Path:
    """Write the viewer's copy ``folder/slot/name`` and return its path.

    An identical copy already there is reused, not rewritten: on Windows the viewer that opened
    it the first time holds it locked. The folder is touched, so it counts as in use.
    """
    target = folder / str(slot) / name
    try:
        if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
            os.utime(folder)
            return target
    except OSError:
        pass
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        os.utime(folder)
    except OSError as exc:
        raise QmsError(QT_TRANSLATE_NOOP("Errors", "The file cannot be copied to {path} for viewing: {detail}"),
                       path=str(target), detail=exc.strerror or str(exc)) from exc
    return target
