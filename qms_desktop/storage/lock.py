"""One writer: a lock file beside the database, held with an OS lock that dies with the process.

A second GUI process on the same database is refused; after a crash (or a power cut) the OS has
released the lock, so the leftover file is simply taken over — a stale lock recovers itself.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
from pathlib import Path

from qms_desktop.domain.errors import DatabaseRefused
from qms_desktop.i18n import QT_TRANSLATE_NOOP

if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


class InstanceLock:
    def __init__(self, db_path: str | Path) -> None:
        self.path = Path(str(db_path) + ".lock")
        self._fd: int | None = None
        self.recovered_stale = False

    def acquire(self) -> "InstanceLock":
        """Take the lock or raise DatabaseRefused naming who holds it."""
        existed = self.path.exists()
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            holder = self._holder()
            os.close(fd)
            raise DatabaseRefused(QT_TRANSLATE_NOOP(
                "Errors", "This database is already open in QMS Desktop (on {host}, process {pid}, since {since}). "
                          "Close the other window first."), **holder)
        self.recovered_stale = existed and self.path.stat().st_size > 0
        info = json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                           "since": dt.datetime.now().strftime("%d/%m/%Y %H:%M")}).encode()
        os.lseek(fd, 1, os.SEEK_SET)  # byte 0 is the locked byte on Windows; the note follows it
        os.ftruncate(fd, 1)
        os.write(fd, info)
        os.fsync(fd)
        self._fd = fd
        return self

    def _holder(self) -> dict:
        try:
            data = json.loads(self.path.read_bytes()[1:] or b"{}")
        except (OSError, ValueError):
            data = {}
        return {"host": data.get("host", "?"), "pid": data.get("pid", "?"), "since": data.get("since", "?")}

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                os.ftruncate(fd, 0)
            finally:
                os.close(fd)
            try:
                self.path.unlink()
            except OSError:
                pass

    def __enter__(self) -> "InstanceLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
