"""Typed errors raised by the core. Messages are English sources marked for translation."""

from __future__ import annotations

from qms_desktop.i18n import Translate, identity_translate, render, render_params


class QmsError(Exception):
    """Base of every refusal the core raises; ``render(translate)`` gives the user's text."""

    context = "Errors"

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(render(self))

    def render(self, translate: Translate = identity_translate) -> str:
        # Params that are themselves messages (a period's name) or labels (a field's) are translated too.
        params = render_params({k: _label(translate, v, self.context) if isinstance(v, str) and k.endswith("_label")
                                else v for k, v in self.params.items()}, translate)
        text = translate(self.context, self.message) or self.message
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text


def _label(translate: Translate, text: str, context: str) -> str:
    """Field labels are marked in context "Fields", the kinds of record in "Kinds", the other tables in
    "History" (domain/change_labels.py); other labels in the error's own context."""
    for ctx in ("Fields", "Kinds", "History", context):
        translated = translate(ctx, text)
        if translated and translated != text:
            return translated
    return text


class ValidationError(QmsError):
    """Input breaks a rule; nothing was written. ``field`` names the offending field if any."""

    def __init__(self, message: str, *, field: str | None = None, **params: object) -> None:
        self.field = field
        super().__init__(message, **params)


class NotFound(QmsError):
    pass


class PermissionDenied(QmsError):
    pass


class RecordChanged(QmsError):
    """Another user saved the record after this one opened it for editing; nothing was saved
    (optimistic version check: services/context.py ``AppContext.editing``)."""


class AuthenticationFailed(QmsError):
    pass


class DatabaseRefused(QmsError):
    """The database cannot be opened: newer schema, not a database, locked by another process."""


class StorageFailed(QmsError):
    """SQLite could not read or write the file (busy, disk full, I/O error, read-only, damaged).

    The transaction was rolled back: nothing of the attempted change was saved.
    """
