"""The TTHC import as the user goes through it, in one place for the TTHC page and the first-run wizard:
pick a file → read it in the background ("Đang đọc…", Cancel) → the preview (nothing written) →
"Import" → write in the background ("Đang ghi…"; Cancel rolls the one transaction back) → done.
"""

from __future__ import annotations

import os
from functools import partial
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services import tthc
from qms_desktop.services.context import AppContext
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.dialogs.import_preview import ImportPreviewDialog
from qms_desktop.ui.runner import JobRunner


def _t(text: str) -> str:
    return QCoreApplication.translate("TthcImportFlow", text)


def file_filter() -> str:
    """Every file type the importer reads, then each kind on its own."""
    return prompts.tables_filter(_t(QT_TRANSLATE_NOOP("TthcImportFlow", "TTHC lists (%1)")))


def pick_file(parent: QWidget) -> str | None:
    return prompts.pick_open_file(parent, _t(QT_TRANSLATE_NOOP("TthcImportFlow", "Import the province's TTHC list")),
                                  file_filter())


class TthcImportFlow(QObject):
    """Plan → preview → apply. ``on_done(plan)`` after a write; ``on_message(text)`` for the status line."""

    def __init__(self, ctx: AppContext, runner: JobRunner, parent: QWidget, *,
                 on_done: Callable[[tthc.ImportPlan], None], on_message: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner, self.widget = ctx, runner, parent
        self.on_done, self.on_message = on_done, on_message or (lambda _text: None)
        self.last_preview: ImportPreviewDialog | None = None

    def choose_and_start(self) -> None:
        path = pick_file(self.widget)
        if path:
            self.start(path)

    def start(self, path: str) -> None:
        """Read the file in the background (progress "Reading…" and Cancel), then show the preview."""
        name = os.path.basename(path)
        self.runner.start(partial(tthc.plan_import, self.ctx, path), parent=self.widget,
                          label=self.tr("Reading %1…").replace("%1", name),
                          on_done=lambda plan: self._preview(name, plan),
                          on_error=lambda exc: prompts.show_error(self.widget, exc),
                          on_cancelled=lambda: self.on_message(self.tr("Import cancelled; nothing was written.")))

    def _preview(self, name: str, plan: tthc.ImportPlan) -> None:
        dlg = ImportPreviewDialog(plan, name, self.widget, today=self.ctx.today)
        self.last_preview = dlg
        if not dlg.exec():
            self.on_message(self.tr("Import cancelled; nothing was written."))
            return
        self.runner.start(partial(tthc.apply_plan, self.ctx, plan), parent=self.widget,
                          label=self.tr("Importing %1…").replace("%1", name),
                          on_done=self._applied, on_error=lambda exc: prompts.show_error(self.widget, exc),
                          on_cancelled=self._cancelled_while_writing)

    def _cancelled_while_writing(self) -> None:
        text = self.tr("Import cancelled while writing: everything written so far was rolled back; the TTHC list is as it was before.")
        self.on_message(text)
        prompts.info(self.widget, text)

    def _applied(self, plan: tthc.ImportPlan) -> None:
        self.on_message(summary(plan))
        self.on_done(plan)


def summary(plan: tthc.ImportPlan) -> str:
    text = (_t(QT_TRANSLATE_NOOP("TthcImportFlow", "Imported: %1 added, %2 updated, %3 unchanged, %4 rejected."))
            .replace("%1", str(len(plan.added))).replace("%2", str(len(plan.updated)))
            .replace("%3", str(len(plan.unchanged))).replace("%4", str(len(plan.rejected))))
    if plan.abolished or plan.replaced:
        text += " " + (_t(QT_TRANSLATE_NOOP("TthcImportFlow", "%1 abolished and %2 replaced TTHC taken out of the scope (decision %3)."))
                       .replace("%1", str(len(plan.abolished))).replace("%2", str(len(plan.replaced)))
                       .replace("%3", plan.decision.number))
    if plan.procedures:
        text += " " + _t(QT_TRANSLATE_NOOP("TthcImportFlow", "%1 procedure(s) to update within 3 months: see the warnings.")).replace(
            "%1", str(len(plan.procedures)))
    return text
