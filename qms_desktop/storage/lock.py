"""One writer at a time: OS locks beside the database that die with their process.

Two locks, both keyed on the database's RESOLVED path (a symlink or a relative path names the
same file, so it gets the same lock):

* ``<db>.lock`` — the instance lock of the GUI: one QMS Desktop window per database. A second
  window is refused with the holder's host, process and start time; after a crash (or a power
  cut) the OS has released the lock, so the leftover file is simply taken over.
* ``<db>.writers.lock`` — the write lock. Every process that opens the database to write (the
  GUI for its whole session, every ``qms`` command for its run: ``Database.open`` takes it) holds
  it SHARED; a restore, which replaces the file under everyone's feet, takes it EXCLUSIVE and so
  waits until no other process has the database open (or refuses after a while), and ordinary
  writers wait while a restore runs. Without it a writer that keeps its connection to the
  replaced file would acknowledge commits that end up nowhere.

The shared lock is counted per process (several ``Database`` objects of one process share one OS
lock), so a process never blocks itself.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import socket
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from qms_desktop.domain.errors import DatabaseRefused
from qms_desktop.i18n import QT_TRANSLATE_NOOP

if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI
    import ctypes
    import msvcrt
    from ctypes import wintypes

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    class _OVERLAPPED(ctypes.Structure):
        _fields_ = [("Internal", ctypes.c_void_p), ("InternalHigh", ctypes.c_void_p),
                    ("Offset", wintypes.DWORD), ("OffsetHigh", wintypes.DWORD), ("hEvent", wintypes.HANDLE)]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _LOCKFILE_FAIL_IMMEDIATELY, _LOCKFILE_EXCLUSIVE_LOCK = 0x1, 0x2

    def _try_rw_lock(fd: int, exclusive: bool) -> bool:
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0)
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        return bool(_kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(_OVERLAPPED())))

    def _rw_unlock(fd: int) -> None:
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        _kernel32.UnlockFileEx(handle, 0, 1, 0, ctypes.byref(_OVERLAPPED()))
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _try_rw_lock(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _rw_unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def resolved(db_path: str | Path) -> Path:
    """The path every lock is keyed on: absolute, user folder expanded, symlinks resolved."""
    return Path(db_path).expanduser().resolve()


class InstanceLock:
    """The GUI's lock: one window per database file."""

    def __init__(self, db_path: str | Path) -> None:
        self.path = Path(str(resolved(db_path)) + ".lock")
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


# ---------------------------------------------------------------- the write lock

SHARED_WAIT = 60.0  # an ordinary writer waits this long for a running restore
EXCLUSIVE_WAIT = 15.0  # a restore waits this long for other writers to finish
_POLL = 0.02


class _Held:
    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.shared = 0  # Database objects of this process holding it
        self.exclusive = 0  # restores of this process holding it


_registry: dict[Path, _Held] = {}
_guard = threading.RLock()


def writers_lock_path(db_path: str | Path) -> Path:
    return Path(str(resolved(db_path)) + ".writers.lock")


def _open_lock_file(path: Path) -> int | None:
    """The lock file's descriptor; None where no lock file can be made (a read-only folder or
    medium: nobody can write the database there either, so there is nothing to guard)."""
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return None
        raise


def _wait_for(fd: int, exclusive: bool, wait: float) -> bool:
    deadline = time.monotonic() + wait
    while True:
        if _try_rw_lock(fd, exclusive):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(_POLL)


def acquire_shared(db_path: str | Path, *, wait: float | None = None) -> Path | None:
    """Hold the write lock shared (one more user in this process). Returns the key to release.

    Raises:
        DatabaseRefused: a restore held the database longer than ``wait`` seconds.
    """
    key = resolved(db_path)
    with _guard:
        held = _registry.get(key)
        if held is not None:
            held.shared += 1
            return key
        fd = _open_lock_file(writers_lock_path(key))
        if fd is None:
            return None
        if not _wait_for(fd, False, SHARED_WAIT if wait is None else wait):
            os.close(fd)
            raise DatabaseRefused(QT_TRANSLATE_NOOP(
                "Errors", "The database {path} is being restored by another program; try again when it has finished."),
                path=str(key))
        held = _Held(fd)
        held.shared = 1
        _registry[key] = held
        return key


def release_shared(key: Path | None) -> None:
    if key is None:
        return
    with _guard:
        held = _registry.get(key)
        if held is None or held.shared <= 0:
            return
        held.shared -= 1
        _drop_if_unused(key, held)


def _drop_if_unused(key: Path, held: _Held) -> None:
    if held.shared == 0 and held.exclusive == 0:
        del _registry[key]
        try:
            _rw_unlock(held.fd)
        finally:
            os.close(held.fd)


@contextmanager
def exclusive(db_path: str | Path, *, wait: float | None = None) -> Iterator[None]:
    """Hold the write lock alone (a restore): no other process has the database open meanwhile.

    Database objects of this very process do not count (the caller closes its own first).

    Raises:
        DatabaseRefused: another process kept the database open for ``wait`` seconds.
    """
    key = resolved(db_path)
    with _guard:
        held = _registry.get(key)
        if held is None:
            fd = _open_lock_file(writers_lock_path(key))
            if fd is None:  # read-only medium: the restore itself will fail with its own message
                held = None
            else:
                held = _registry[key] = _Held(fd)
        elif held.exclusive == 0:
            _rw_unlock(held.fd)  # flock converts non-atomically anyway; our own users do not block us
        if held is not None:
            held.exclusive += 1
            first = held.exclusive == 1
    if held is None:
        yield
        return
    try:
        if first and not _wait_for(held.fd, True, EXCLUSIVE_WAIT if wait is None else wait):
            raise DatabaseRefused(QT_TRANSLATE_NOOP(
                "Errors", "Another QMS Desktop program is using the database {path} (a window or a 'qms' "
                          "command). Close it or wait until it has finished, then try again; nothing was changed."),
                path=str(key))
        yield
    finally:
        with _guard:
            held.exclusive -= 1
            if held.exclusive == 0:
                if held.shared:
                    _rw_unlock(held.fd)
                    _wait_for(held.fd, False, SHARED_WAIT)
                else:
                    _drop_if_unused(key, held)
