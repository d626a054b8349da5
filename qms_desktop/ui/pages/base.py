"""The contract every page of the main window follows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from qms_desktop.domain.errors import QmsError
from qms_desktop.services.context import AppContext
from qms_desktop.ui.events import AppEvents
from qms_desktop.ui.pages import page_title
from qms_desktop.ui.runner import JobRunner


@dataclass
class UiEnv:
    """What a page needs, passed into its constructor (no global application object)."""

    ctx: AppContext
    runner: JobRunner
    events: AppEvents
    open_record: Callable[[str], None] = field(default=lambda ref: None)  # "kind:id", e.g. "nc:12"

    def translate(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text) or text


class Page(QWidget):
    """A page of the navigation list. Subclasses set ``key`` (its NavPage in pages/__init__.py gives the title) and
    implement ``refresh``.

    Pages do no I/O in ``__init__`` beyond building widgets; the window calls ``refresh()`` when
    the page is first shown and whenever ``events.data_changed`` names kinds in ``watches``.
    """

    key: str = ""
    watches: frozenset[str] = frozenset()  # record kinds whose changes make this page reload
    status_message = Signal(str)

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self._stale = True
        env.events.data_changed.connect(self._on_data_changed)

    def title(self) -> str:
        return page_title(self.key)

    def refresh(self) -> None:
        """Reload from the services."""

    def open_record(self, kind: str, record_id: int) -> bool:
        """Select/open a record of this page; False if the page does not handle ``kind``."""
        return False

    def search_text(self, text: str) -> None:
        """Apply a search typed in the window's search box (optional)."""

    def can_leave(self) -> bool:
        """Asked before the window shows another page or closes; False keeps the user here
        (e.g. a form with unsaved changes the user chose to keep)."""
        return True

    def showEvent(self, event) -> None:  # noqa: N802
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _on_data_changed(self, kinds: set, initiator: object) -> None:
        if initiator is self or not (kinds & self.watches or "*" in kinds):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    # -- helpers -------------------------------------------------------------------------
    def call(self, fn: Callable, *args, changed: set[str] | str | None = None, editing: tuple = (), **kwargs):
        """Call a service; show a Vietnamese error and return None if it refuses. ``editing``: the stamps of what
        the page shows and the call changes (a save after another officer's is refused: services/context.py)."""
        try:
            result = fn(self.env.ctx.editing(*editing) if editing else self.env.ctx, *args, **kwargs)
        except QmsError as exc:
            show_error(self, exc)
            return None
        if changed:
            self.env.events.changed(changed, None)
        return result


def show_error(parent: QWidget, exc: BaseException) -> None:
    if not isinstance(exc, QmsError) and isinstance(exc, Exception):
        from qms_desktop.storage.db import storage_error

        exc = storage_error(exc) or exc  # busy, disk full, I/O error: the user's words
    if isinstance(exc, QmsError):
        text = exc.render(lambda c, t: QCoreApplication.translate(c, t) or t)
    else:
        text = QCoreApplication.translate("Errors", "Unexpected error: {detail}").format(detail=str(exc)[:300])
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Cannot do this"), text)


def confirm(parent: QWidget, text: str, title: str | None = None) -> bool:
    """Ask before anything irreversible; the default answer is No."""
    box = QMessageBox(QMessageBox.Icon.Question, title or QCoreApplication.translate("Dialogs", "Confirm"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
