"""The "Print…" button of the record pages: a menu of the documents printed from a record.

``ui.print_preview`` registers a handler(env, record_id, parent) per document key (a preview built off
the GUI thread, then print); it is imported when a document is first printed, not when a page is built
(QtPdf is heavy: issue 19).
Should that import fail, the failure is logged and the button stays: a click says printing is not
available, instead of a Print button that silently vanished.
Document keys used by the record pages: "procedure_cover", "procedure_steps", "procedure_flowchart",
"car_form" (phiếu yêu cầu hành động khắc phục), "audit_plan", "audit_report", "review_minutes".
"""

from __future__ import annotations

import importlib
import logging
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.ui.dialogs import prompts

PREVIEW_MODULE = "qms_desktop.ui.print_preview"  # registers its handlers (preview, then print) on import
_HANDLERS: dict[str, Callable] = {}
_loaded = False
log = logging.getLogger(__name__)


def _load_preview_handlers() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    try:
        importlib.import_module(PREVIEW_MODULE)
    except Exception:
        log.exception("The print preview (%s) could not be loaded", PREVIEW_MODULE)


def register(document: str, handler: Callable) -> None:
    """Let the preview plug in a handler(env, record_id, parent) for a document key."""
    _HANDLERS[document] = handler


def print_document(env, document: str, record_id: int, parent: QWidget) -> None:
    _load_preview_handlers()
    try:
        handler = _HANDLERS.get(document)
        if handler is None:
            raise QmsError(QT_TRANSLATE_NOOP("Errors", "Printing of this document is not available yet."))
        handler(env, record_id, parent)
    except QmsError as exc:
        prompts.show_error(parent, exc)


class PrintButton(QPushButton):
    """"Print…" with a menu of documents; ``record_id()`` gives the record printed."""

    def __init__(self, env, documents: list[tuple[str, str]], record_id: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Print…"), parent)
        self.env, self._record_id = env, record_id
        self.documents = documents
        if len(documents) > 1:
            menu = QMenu(self)
            for key, caption in documents:
                act = QAction(caption, menu)
                act.triggered.connect(lambda _c=False, key=key: self._print(key))
                menu.addAction(act)
            self.setMenu(menu)
        elif documents:
            self.clicked.connect(lambda: self._print(documents[0][0]))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _print(self, key: str) -> None:
        rid = self._record_id()
        if rid is not None:
            print_document(self.env, key, rid, self.window())
