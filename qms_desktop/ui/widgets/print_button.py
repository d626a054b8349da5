"""The "Print…" hook of the record pages, for the printed documents of ``qms_desktop.reports.documents``.

The button stays hidden until that module exists and offers a way to print: either it defines
``print_document(ctx, document, record_id, *, parent)`` (called on click), or a handler
``handler(env, record_id, parent)`` was registered here with ``register(document, handler)``
(e.g. by the reports page, which may show a preview first). Registered handlers win.
Document keys used by the record pages: "procedure_cover", "procedure_steps", "procedure_flowchart",
"car_form" (phiếu yêu cầu hành động khắc phục), "audit_plan", "audit_report", "review_minutes".
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.ui.dialogs import prompts

DOCUMENTS_MODULE = "qms_desktop.reports.documents"
PREVIEW_MODULE = "qms_desktop.ui.print_preview"  # registers its handlers (preview, then print) on import
_HANDLERS: dict[str, Callable] = {}


def _load_preview_handlers() -> None:
    try:
        if importlib.util.find_spec(PREVIEW_MODULE) is not None:
            importlib.import_module(PREVIEW_MODULE)
    except Exception:  # noqa: BLE001 - a module being written elsewhere must not break the page
        pass


def register(document: str, handler: Callable) -> None:
    """Let the report pages plug in a handler(env, record_id, parent) for a document key."""
    _HANDLERS[document] = handler


def documents_available() -> bool:
    """True when ``reports.documents`` exists. Found without importing it: it brings reportlab, which
    loads when a document is first printed, not when a page is built (issue 19); a module without
    ``print_document`` is reported when printing is asked for."""
    try:
        return importlib.util.find_spec(DOCUMENTS_MODULE) is not None
    except Exception:  # noqa: BLE001 - a module being written elsewhere must not break the page
        return False


def print_document(env, document: str, record_id: int, parent: QWidget) -> None:  # noqa: ANN001
    if document not in _HANDLERS:
        _load_preview_handlers()  # at first use: it brings QtPdf (issue 19)
    try:
        if document in _HANDLERS:
            _HANDLERS[document](env, record_id, parent)
            return
        module = importlib.import_module(DOCUMENTS_MODULE)
        fn = getattr(module, "print_document", None)
        if fn is None:
            raise QmsError(QT_TRANSLATE_NOOP("Errors", "Printing of this document is not available yet."))
        fn(env.ctx, document, record_id, parent=parent)
    except QmsError as exc:
        prompts.show_error(parent, exc)


class PrintButton(QPushButton):
    """"Print…" with a menu of documents; ``record_id()`` gives the record printed."""

    def __init__(self, env, documents: list[tuple[str, str]], record_id: Callable[[], int | None],  # noqa: ANN001
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
        if not self.available():
            self.hide()  # never show() here: a button without a parent yet would become a window

    def available(self) -> bool:
        # The preview module (QtPdf) is loaded when a document is first printed (print_document).
        return documents_available() or bool(set(_HANDLERS) & {k for k, _ in self.documents})

    def _print(self, key: str) -> None:
        rid = self._record_id()
        if rid is not None:
            print_document(self.env, key, rid, self.window())
