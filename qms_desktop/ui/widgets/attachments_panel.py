"""Files attached to one record: list, add (file picker or drag and drop), open, detach with a reason."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QLabel, QListWidget, QListWidgetItem, QWidget,
)

from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import format_number
from qms_desktop.services import attachments, tempfiles
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.widgets.layout import hbox, push_button, vbox

def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{format_number(size / 1024, 0)} KB"
    return f"{format_number(size / 1024 / 1024, 1)} MB"


class DropList(QListWidget):
    """A list that accepts files dropped from the file manager."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    @staticmethod
    def _local_files(mime) -> list[str]:
        if mime is None or not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()]

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        files = self._local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            event.ignore()


class AttachmentsPanel(QWidget):
    """Shows the files of ``(owner_kind, owner_id)``; emits ``changed`` after an attach or detach."""

    changed = Signal()

    def __init__(self, env, owner_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.owner_kind = env, owner_kind
        self.owner_id: int | None = None
        self.owners: list[tuple[str, int, str]] = []  # (owner kind, id, caption) shown together
        self.list = DropList()
        self.list.files_dropped.connect(self.add_paths)
        self.list.itemActivated.connect(lambda _i: self.open_selected())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.hint = QLabel(self.tr("Drag files here from the file manager, or use “Add files…”. "
                                   "The files are stored inside the database."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.add_button = push_button(self.tr("Add file&s…"), self.pick_files)
        self.open_button = push_button(self.tr("&Open"), self.open_selected)
        self.detach_button = push_button(self.tr("Det&ach…"), self.detach_selected)
        self.target = QComboBox()
        self.target.setObjectName("attachTarget")
        self.target_label = QLabel(self.tr("Attach to:"))
        self.target_label.setBuddy(self.target)
        buttons = hbox(self.target_label, self.target, self.add_button, self.open_button, self.detach_button, 1)
        vbox(buttons, (self.list, 1), self.hint, parent=self)
        self._rows: list[attachments.AttachmentRow] = []
        self._update_buttons()

    def set_owner(self, owner_id: int | None) -> None:
        """Show the files of one record of ``owner_kind``."""
        self.set_owners([(self.owner_kind, owner_id, "")] if owner_id is not None else [])

    def set_owners(self, owners: list[tuple[str, int, str]], target: int = 0) -> None:
        """Show the files of several records together (a procedure and its versions); new files go to
        the one chosen in "Attach to" (``target`` at first)."""
        self.owners = list(owners)
        self.owner_id = owners[0][1] if owners else None
        self.target.blockSignals(True)
        self.target.clear()
        for i, (_kind, _ident, caption) in enumerate(owners):
            self.target.addItem(caption, i)  # an index: Qt does not compare Python tuples in findData
        self.target.setCurrentIndex(min(max(target, 0), len(owners) - 1) if owners else -1)
        self.target.blockSignals(False)
        self.target.setVisible(len(owners) > 1)
        self.target_label.setVisible(len(owners) > 1)
        self.reload()

    def select_target(self, kind: str, ident: int) -> bool:
        """Choose where new files go (same as picking it in "Attach to")."""
        for i, (k, o, _c) in enumerate(self.owners):
            if (k, o) == (kind, ident):
                self.target.setCurrentIndex(i)
                return True
        return False

    def reload(self) -> None:
        self.list.clear()
        self._rows = []
        captions: dict[tuple[str, int], str] = {}
        for kind, ident, caption in self.owners:
            captions[(kind, ident)] = caption
            self._rows += attachments.list_attachments(self.env.ctx, kind, ident)
        for row in self._rows:
            caption = captions.get((row.owner_kind, row.owner_id), "")
            item = QListWidgetItem(f"{row.filename}    ({human_size(row.size)})" + (f"  — {caption}" if caption else ""))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(f"{row.filename}\n{row.media_type}\nSHA-256 {row.sha256[:16]}…")
            self.list.addItem(item)
        self._update_buttons()

    def rows(self) -> list[attachments.AttachmentRow]:
        return list(self._rows)

    def _selected(self) -> attachments.AttachmentRow | None:
        i = self.list.currentRow()
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def _update_buttons(self) -> None:
        can_edit = self.env.ctx.actor.can("edit")
        has_owner = self.owner_id is not None
        self.add_button.setEnabled(has_owner and can_edit)
        self.list.setAcceptDrops(has_owner and can_edit)
        self.open_button.setEnabled(self._selected() is not None)
        self.detach_button.setEnabled(self._selected() is not None and can_edit)

    def pick_files(self) -> None:
        paths = prompts.pick_open_files(self, self.tr("Attach files"),
                                        self.tr("Documents (*.pdf *.docx *.doc *.xlsx *.xls *.jpg *.png);;All files (*)"))
        self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> int:
        """Attach every file; stops at the first refusal and shows it. Returns how many were attached."""
        if not self.owners or not paths:
            return 0
        i = self.target.currentData()
        kind, ident, _caption = self.owners[i if isinstance(i, int) else 0]
        done = 0
        for path in paths:
            try:
                attachments.attach(self.env.ctx, kind, ident, filename=os.path.basename(path), path=path)
            except QmsError as exc:
                prompts.show_error(self, exc)
                break
            done += 1
        if done:
            self.env.events.changed({self.owner_kind, "attachment"}, self)
            self.reload()
            self.changed.emit()
        return done

    def open_selected(self) -> Path | None:
        """Write the file to a private temporary folder and open it with the system's viewer."""
        row = self._selected()
        if row is None:
            return None
        try:
            data = attachments.content(self.env.ctx, row.id)
            # A private copy under a sanitised name with its real extension; programs are never started.
            name, openable = attachments.open_name(row.filename, data)
            target = tempfiles.write_copy(tempfiles.run_folder(), row.id, name, data)
        except QmsError as exc:
            prompts.show_error(self, exc)
            return None
        if not openable:
            prompts.info(self, QCoreApplication.translate(
                "AttachmentsPanel", "This file is a program or of an unknown kind, so QMS Desktop does not open it. "
                                    "It was saved as:\n{path}").format(path=str(target)))
            return target
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            prompts.info(self, QCoreApplication.translate(
                "AttachmentsPanel", "No program on this computer opens this kind of file. It was saved as:\n{path}")
                .format(path=str(target)))
        return target

    def detach_selected(self) -> bool:
        row = self._selected()
        if row is None:
            return False
        reason = prompts.ask_reason(self, self.tr("Detach file"),
                                    self.tr("The file is kept in the history and marked detached. Reason:"))
        if reason is None:
            return False
        try:
            attachments.detach(self.env.ctx, row.id, reason=reason)
        except QmsError as exc:
            prompts.show_error(self, exc)
            return False
        self.env.events.changed({self.owner_kind, "attachment"}, self)
        self.reload()
        self.changed.emit()
        return True
