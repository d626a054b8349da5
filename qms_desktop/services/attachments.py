"""Attached files, stored inside the database by SHA-256 (one file is the whole record)."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from qms_desktop.domain import kinds
from qms_desktop.domain.errors import QmsError, ValidationError
from qms_desktop.domain.text import clean, strip_controls
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services.common import load
from qms_desktop.services.context import AppContext
from qms_desktop.storage import orm

MAX_BYTES = 50 * 1024 * 1024
OWNER_KINDS = kinds.attachable()  # the registry's attachable kinds (domain/kinds.py)


MAX_NAME = 120
# Bidirectional controls make "Báo cáo \u202efdp.exe" look like "Báo cáo exe.pdf"; zero-width
# characters hide differences. None of them belongs in a file name.
_INVISIBLE = dict.fromkeys(map(ord, "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                    "\u2066\u2067\u2068\u2069\ufeff"))
_WINDOWS_FORBIDDEN = str.maketrans({c: "_" for c in '<>:"/\\|?*'})
_RESERVED_STEMS = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
# Kinds of file the system would run rather than show: never handed to the system's opener.
PROGRAM_EXTENSIONS = frozenset(
    "exe com bat cmd scr pif msi msp msc cpl dll ocx sys vbs vbe js jse wsf wsh wsc hta ps1 psm1 psd1 "
    "lnk url reg inf jar appref-ms application gadget scf shb shs sh run bin elf app command desktop "
    "iso img vhd vhdx xll xlam docm dotm xlsm xltm pptm ppam sldm".split())
_MAGIC = ((b"%PDF", "pdf"), (b"\x89PNG", "png"), (b"\xff\xd8\xff", "jpg"), (b"GIF8", "gif"))


def safe_filename(filename: str) -> str:
    """The name an attached file is stored under: the last part of any path (no folder, no '..'),
    no control, bidirectional or zero-width characters, no character Windows forbids, not a
    reserved device name, at most 120 characters with its extension kept."""
    text = strip_controls(str(filename or "")).translate(_INVISIBLE).replace("\x00", "")
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    name = clean(text.translate(_WINDOWS_FORBIDDEN)).strip(" .")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    stem, ext = stem.strip(" ."), ext.strip(" .")[:16]
    if not stem:
        stem = "file"
    if stem.split(".")[0].lower() in _RESERVED_STEMS:
        stem = "_" + stem
    stem = stem[: MAX_NAME - len(ext) - 1].rstrip(" .") or "file"
    return f"{stem}.{ext}" if ext else stem


def open_name(filename: str, data: bytes) -> tuple[str, bool]:
    """The name for a temporary copy handed to the system's viewer, and whether it may be opened.

    The name is sanitised again (names stored by older versions) and its extension must be the
    real one: a program (by name or by content: 'MZ', '#!', ELF) or a file without a known
    extension is only saved, never opened; a PDF/PNG/JPEG/GIF by content gets that extension.
    """
    name = safe_filename(filename)
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    ext = ext.lower()
    head = data[:8]
    sniffed = next((kind for magic, kind in _MAGIC if head.startswith(magic)), None)
    program = ext in PROGRAM_EXTENSIONS or head.startswith((b"MZ", b"#!", b"\x7fELF"))
    if program:
        return name, False
    if sniffed and ext not in {sniffed, "jpeg" if sniffed == "jpg" else sniffed}:
        return f"{stem if dot else name}.{sniffed}", True
    if not ext or ext.isdigit():
        return name, False
    return name, True


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    owner_kind: str
    owner_id: int
    filename: str
    media_type: str
    size: int
    sha256: str


def _row(a: orm.Attachment) -> AttachmentRow:
    return AttachmentRow(a.id, a.owner_kind, a.owner_id, a.filename, a.media_type, a.size, a.sha256)


def attach(ctx: AppContext, owner_kind: str, owner_id: int, *, filename: str, data: bytes | None = None,
           path: str | Path | None = None) -> AttachmentRow:
    """Attach a file (from ``path`` or ``data``); identical content is stored once.

    Raises:
        ValidationError: unknown owner, unreadable or too large file.
    """
    if owner_kind not in OWNER_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown kind of record: {kind}"), kind=owner_kind)
    if data is None:
        try:
            size = Path(path).stat().st_size
            if size > MAX_BYTES:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file is too large (at most {mb} MB)."), mb=MAX_BYTES // 2**20)
            data = Path(path).read_bytes()
        except OSError:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Cannot read the file {name}."), name=str(path)) from None
    if len(data) > MAX_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file is too large (at most {mb} MB)."), mb=MAX_BYTES // 2**20)
    name = safe_filename(filename)
    if not data:  # an empty file (a failed copy, a placeholder) would be kept as if it were the document
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file {name} is empty (0 bytes); nothing was attached. "
                                                "Check that it was copied completely."), name=name)
    digest = hashlib.sha256(data).hexdigest()
    from qms_desktop.services.records import model_of
    model = model_of(owner_kind)
    with ctx.tx("edit") as s:
        load(s, model, owner_id)
        if s.get(orm.StoredFile, digest) is None:
            s.add(orm.StoredFile(sha256=digest, size=len(data), data=data))
            s.flush()  # the content row must exist before the attachment row refers to it
        a = orm.Attachment(owner_kind=owner_kind, owner_id=owner_id, sha256=digest, filename=name,
                           media_type=mimetypes.guess_type(name)[0] or "application/octet-stream", size=len(data))
        s.add(a)
        s.flush()
        return _row(a)


def list_attachments(ctx: AppContext, owner_kind: str, owner_id: int) -> list[AttachmentRow]:
    with ctx.tx("read") as s:
        stmt = (select(orm.Attachment).where(orm.Attachment.owner_kind == owner_kind, orm.Attachment.owner_id == owner_id,
                                             orm.Attachment.cancelled_reason.is_(None)).order_by(orm.Attachment.id))
        return [_row(a) for a in s.scalars(stmt)]


def content(ctx: AppContext, attachment_id: int) -> bytes:
    """The file's bytes, checked against their SHA-256."""
    with ctx.tx("read") as s:
        a = load(s, orm.Attachment, attachment_id)
        data = s.get(orm.StoredFile, a.sha256).data
    if hashlib.sha256(data).hexdigest() != a.sha256:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The stored file {name} is damaged (checksum mismatch)."), name=a.filename)
    return data


def detach(ctx: AppContext, attachment_id: int, *, reason: str) -> None:
    from qms_desktop.services.common import required_text
    reason = required_text(reason, QT_TRANSLATE_NOOP("Fields", "Reason"), "reason")
    with ctx.tx("edit") as s:
        a = load(s, orm.Attachment, attachment_id)
        a.cancelled_reason, a.cancelled_at = reason, ctx.today


# Copies handed to the system's viewer live in one private folder per run. A viewer may still hold
# one open when the application closes (Windows then refuses to delete it), so each run also
# removes the folders earlier runs left once nobody has used them for a day: a petition's or an
# audit's files do not stay in the temporary folder for ever.
OPEN_PREFIX = "qms-open-"
STALE_AFTER = 24 * 60 * 60


def new_open_folder(base: Path | None = None, *, now: float | None = None) -> Path:
    """A new private folder for this run's viewer copies, after removing earlier runs' stale ones."""
    base = Path(base or tempfile.gettempdir())
    sweep_open_folders(base, now=now)
    return Path(tempfile.mkdtemp(prefix=OPEN_PREFIX, dir=base))


def sweep_open_folders(base: Path, *, now: float | None = None) -> int:
    """Remove the viewer-copy folders under ``base`` unused for a day; returns how many went.

    A folder still in use (another copy of the application running, a file it opened within the
    day) is kept; a link is never followed; what cannot be removed (a file still open) stays.
    """
    now = time.time() if now is None else now
    removed = 0
    for folder in Path(base).glob(OPEN_PREFIX + "*"):
        try:
            if folder.is_symlink() or not folder.is_dir() or now - folder.stat().st_mtime < STALE_AFTER:
                continue
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += not folder.exists()
    return removed


def discard_open_folder(folder: Path | None) -> None:
    """Remove this run's viewer copies at exit; a file a viewer still holds stays for the next sweep."""
    if folder is not None and folder.is_dir() and not folder.is_symlink():
        shutil.rmtree(folder, ignore_errors=True)


def write_open_copy(folder: Path, attachment_id: int, name: str, data: bytes) -> Path:
    """Write the viewer's copy of an attachment under ``folder`` and return its path.

    An identical copy already there is reused, not rewritten: on Windows the viewer that opened
    it the first time holds it locked. The run's folder is touched, so it counts as in use.
    """
    target = folder / str(attachment_id) / name
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
