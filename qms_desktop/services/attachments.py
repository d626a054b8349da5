"""Attached files, stored inside the database by SHA-256 (one file is the whole record)."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.text import clean
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services.common import load
from qms_desktop.services.context import AppContext
from qms_desktop.storage import orm

MAX_BYTES = 50 * 1024 * 1024
OWNER_KINDS = {"procedure", "procedure_version", "audit", "nonconformity", "management_review", "announcement",
               "external_inspection", "training", "report", "survey", "legal_document"}


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
    name = clean(Path(filename).name) or "file"
    if not data:  # an empty file (a failed copy, a placeholder) would be kept as if it were the document
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file {name} is empty (0 bytes); nothing was attached. "
                                                "Check that it was copied completely."), name=name)
    digest = hashlib.sha256(data).hexdigest()
    from qms_desktop.services.records import MODELS
    model = MODELS.get(owner_kind) or {"procedure_version": orm.ProcedureVersion, "report": orm.Report}[owner_kind]
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
