"""Attached files, stored inside the database by SHA-256 (one file is the whole record)."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from qms_desktop.domain import kinds
from qms_desktop.domain.errors import ValidationError
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
        if a.cancelled_reason:  # removed by someone else meanwhile: their reason stays (QA 42 F12)
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This file was already removed ({reason}); nothing "
                                                              "was changed."), reason=a.cancelled_reason)
        a.cancelled_reason, a.cancelled_at = reason, ctx.today
