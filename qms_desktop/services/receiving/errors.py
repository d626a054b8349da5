"""Refusals of the receiving office's services (messages in the "Inbox" translation context)."""

from __future__ import annotations

from qms_desktop.domain.errors import NotFound, QmsError, ValidationError


class InboxInvalid(ValidationError):
    """Bad input or a refused action; nothing was written."""

    context = "Inbox"


class InboxNotFound(NotFound):
    context = "Inbox"


class PackageRefused(QmsError):
    """A package the office does not take in (its message says why); nothing of it was written."""

    context = "Inbox"
