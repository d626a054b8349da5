"""Writing exported files safely: temporary file in the same folder, flush, fsync, rename, read back.

A full, read-only or vanished drive (a USB stick pulled out) must never leave a file that looks
valid: the data goes to ``.<name>.<random>.part`` first, which is removed on any failure, and the
final name appears only through ``os.replace`` once every byte is on the disk. The result is read
back and compared (and, for packages, verified) before success is reported.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import secrets
from pathlib import Path
from typing import Callable

from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import QT_TRANSLATE_NOOP

CHUNK = 256 * 1024
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_GONE = {errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO, getattr(errno, "ESTALE", errno.EIO), errno.ENOTDIR}


class ExportFailed(QmsError):
    """Nothing valid was written; the message says why in the user's words."""

    context = "Export"


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def check_file_name(name: str) -> str:
    """Exported names are ASCII only (USB sticks, e-mail gateways, old Windows tools)."""
    if not _SAFE_NAME.match(name) or ".." in name:
        raise ValueError(f"not an ASCII-safe file name: {name!r}")
    return name


def failure(exc: OSError, path: Path) -> ExportFailed:
    """The user's explanation of a failed write."""
    folder = str(path.parent)
    code = exc.errno
    if code in _FULL:
        return ExportFailed(QT_TRANSLATE_NOOP(
            "Export", "The drive is full: {name} could not be written to {folder}. Nothing was saved; "
                      "free some space or choose another drive."), name=path.name, folder=folder)
    if code in _READ_ONLY:
        return ExportFailed(QT_TRANSLATE_NOOP(
            "Export", "The folder {folder} is read-only or not writable (is the USB stick locked?). "
                      "Nothing was saved."), folder=folder)
    if code in _GONE:
        return ExportFailed(QT_TRANSLATE_NOOP(
            "Export", "The drive or folder {folder} is no longer available (was the USB stick removed?). "
                      "Nothing valid was saved."), folder=folder)
    return ExportFailed(QT_TRANSLATE_NOOP("Export", "Could not write {name} to {folder}: {reason}. Nothing was saved."),
                        name=path.name, folder=folder, reason=exc.strerror or str(exc))


def drive_failure(code: int | None, path: Path) -> ExportFailed | None:
    """The explanation of a drive that refused to write ``path`` (errno ``code``: full, read-only, removed), or
    None for another error (the caller says it in its own words)."""
    if code in _FULL | _READ_ONLY | _GONE:
        return failure(OSError(code, os.strerror(code)), path)
    return None


# Seams for fault-injection tests: a failing drive is simulated by replacing these two.
def _write_chunk(fh, chunk: bytes) -> None:
    fh.write(chunk)


def _fsync(fd: int) -> None:
    os.fsync(fd)


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass  # the drive may be gone; a '.part' name never looks like a finished file


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(path: str | Path, data: bytes, *, verify: Callable[[Path], None] | None = None) -> Path:
    """Write ``data`` to ``path`` atomically, then read it back (and run ``verify`` on it).

    Raises:
        ExportFailed: the folder is missing, full, read-only or vanished, or the file read back
            differently; no file with the final name was left behind in that case (an older file
            with the same name stays untouched unless the failure came after the rename).
    """
    path = Path(path)
    check_file_name(path.name)
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise ExportFailed(QT_TRANSLATE_NOOP("Export", "{folder} is a file, not a folder: give the folder (or USB drive) "
                                                       "to write into."), folder=str(folder))
    if not folder.is_dir():
        raise ExportFailed(QT_TRANSLATE_NOOP("Export", "The folder {folder} does not exist (was the USB stick removed?)."),
                           folder=str(folder))
    tmp = folder / f".{path.name}.{secrets.token_hex(4)}.part"
    expected = sha256_bytes(data)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
        with os.fdopen(fd, "wb") as fh:
            view = memoryview(data)
            for start in range(0, len(data), CHUNK):
                _write_chunk(fh, bytes(view[start:start + CHUNK]))
            fh.flush()
            _fsync(fh.fileno())
        os.replace(tmp, path)
        _sync_folder(folder)
    except OSError as exc:
        _remove_quietly(tmp)
        raise failure(exc, path) from exc
    try:
        ok = sha256_file(path) == expected
    except OSError as exc:
        raise failure(exc, path) from exc
    if not ok:
        _remove_quietly(path)
        raise ExportFailed(QT_TRANSLATE_NOOP(
            "Export", "{name} read back differently from what was written (a failing drive?). It was removed; "
                      "try another drive."), name=path.name)
    if verify is not None:
        try:
            verify(path)
        except Exception:
            _remove_quietly(path)
            raise
    return path
