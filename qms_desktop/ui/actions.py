"""The main window's actions, menus and shortcuts (kept out of main_window.py)."""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


def backup_available() -> bool:
    return importlib.util.find_spec("qms_desktop.services.backup") is not None


def menu_letters() -> set[str]:
    """The Alt letters the window's menu bar takes in the current language (a page's own letters avoid them)."""
    from qms_desktop.ui.widgets.layout import mnemonic_letters

    return mnemonic_letters(*(QCoreApplication.translate("WindowActions", t) for t in ("&File", "&View", "&Help")))


class WindowActions(QObject):
    """Creates the QActions of ``window`` and its menu bar.

    ``window`` provides the slots: backup, restore_backup, merge_data, show_predecessors, change_password, close,
    change_font(delta),
    focus_search, show_help, show_about, show_page_index(i).
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        w = window

        self.backup = self._action(self.tr("&Back up…"), w.backup, "Ctrl+B")
        if not backup_available():
            self.backup.setEnabled(False)
            self.backup.setToolTip(self.tr("Backup is not available in this version yet."))
        elif not w.env.ctx.actor.can("backup"):
            self.backup.setEnabled(False)
            self.backup.setToolTip(self.tr("Only the ISO secretary or a leader can make backups."))
        self.restore = self._action(self.tr("&Restore from a backup…"), w.restore_backup)
        self.restore.setEnabled(backup_available() and w.env.ctx.actor.can("restore"))
        if backup_available() and not w.env.ctx.actor.can("restore"):
            self.restore.setToolTip(self.tr("Only a leader can restore a backup: it replaces every record, the accounts "
                                            "and their roles included."))
        else:
            self.restore.setToolTip(self.backup.toolTip())
        if w.env.ctx.db.is_server:  # pg_dump backs up (File › Back up); the administrator restores (README)
            self.restore.setEnabled(False)
            self.restore.setToolTip(self.tr("The database is on the office's server: its administrator restores a "
                                            "backup there with pg_restore."))
        self.merge = self._action(self.tr("&Merge the former communes' data…"), w.merge_data)
        self.merge.setObjectName("action_merge")
        if not w.env.ctx.actor.can("import"):
            self.merge.setEnabled(False)
            self.merge.setToolTip(self.tr("Only the ISO secretary or a leader can merge data."))
        elif w.env.ctx.db.is_server:  # QA 42 F5: the merge reads and writes database files on this computer
            self.merge.setEnabled(False)
            self.merge.setToolTip(self.tr("The database is on the office's server: merge the former communes into the "
                                          "new commune's file on this computer first, then move that file to the "
                                          "server (qms migrate-db)."))
        self.predecessors = self._action(self.tr("Former communes and their &figures…"), w.show_predecessors)
        self.change_password = self._action(self.tr("Change &password…"), w.change_password)
        self.quit = self._action(self.tr("E&xit"), w.close, QKeySequence.StandardKey.Quit)
        self.quit.setShortcut(QKeySequence("Ctrl+Q"))

        self.smaller = self._action(self.tr("&Smaller text (A-)"), lambda: w.change_font(-1), "Ctrl+-")
        self.larger = self._action(self.tr("&Larger text (A+)"), lambda: w.change_font(+1), "Ctrl+=")
        self.larger.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.smaller.setIconText("A-")
        self.larger.setIconText("A+")
        self.smaller.setToolTip(self.tr("Smaller text (Ctrl+-)"))
        self.larger.setToolTip(self.tr("Larger text (Ctrl+=)"))
        self.reset_size = self._action(self.tr("&Normal text size"), lambda: w.change_font(0), "Ctrl+0")
        self.search = self._action(self.tr("&Search all records…"), w.focus_search, "Ctrl+F")

        self.help = self._action(self.tr("&User guide"), w.show_help, "F1")
        self.about = self._action(self.tr("&About QMS Desktop"), w.show_about)

        bar = w.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.backup)
        file_menu.addAction(self.restore)
        file_menu.addSeparator()
        file_menu.addAction(self.merge)
        file_menu.addAction(self.predecessors)
        file_menu.addSeparator()
        file_menu.addAction(self.change_password)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.search)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.smaller)
        self.view_menu.addAction(self.larger)
        self.view_menu.addAction(self.reset_size)
        self.view_menu.addSeparator()
        # Every page by keyboard, beyond Ctrl+1 … Ctrl+9 (Reports is the eleventh).
        self.next_page = self._action(self.tr("Ne&xt page"), lambda: w.show_page_index(w.nav.currentRow() + 1),
                                      "Ctrl+PgDown")
        self.previous_page = self._action(self.tr("P&revious page"),
                                          lambda: w.show_page_index(w.nav.currentRow() - 1), "Ctrl+PgUp")
        self.view_menu.addAction(self.next_page)
        self.view_menu.addAction(self.previous_page)
        self.view_menu.addSeparator()
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help)
        help_menu.addAction(self.about)
        self.page_actions: list[QAction] = []

    def add_page(self, index: int, title: str) -> QAction:
        """A View-menu entry for a page; the first nine get Ctrl+1 … Ctrl+9."""
        shortcut = f"Ctrl+{index + 1}" if index < 9 else None
        act = self._action(title, lambda: self.window.show_page_index(index), shortcut)
        self.view_menu.addAction(act)
        self.page_actions.append(act)
        return act

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        act = QAction(text, self.window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(act)  # shortcuts work whatever has the focus
        return act
