"""The main window: navigation list, pages, global search, status bar, menus."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFrame, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QScrollArea,
    QSplitter, QStackedWidget, QToolBar, QWidget,
)

from qms_desktop import __version__
from qms_desktop.domain.errors import QmsError
from qms_desktop.domain.model import label
from qms_desktop.ui import fonts
from qms_desktop.ui.actions import WindowActions, backup_available
from qms_desktop.ui.pages import PAGES, RECEIVING_PAGES, RECORD_PAGES
from qms_desktop.ui.pages.base import Page, UiEnv, show_error
from qms_desktop.ui.widgets.layout import vbox

log = logging.getLogger(__name__)
NAV_WIDTH = 230


class PageScrollArea(QScrollArea):
    """Shows the page stack filling the viewport; scroll bars appear only when the current page's
    minimum size is larger (large text). Not ``widgetResizable``: that sizes by height-for-width,
    i.e. by the pages' preferred sizes, and scrolled pages that fit."""

    def __init__(self, stack: QStackedWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own: Tab goes to the page's fields
        self.setWidget(stack)
        self._refit = QTimer(self)  # owned: never fires after the window is gone
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        stack.installEventFilter(self)  # a page's minimum changed (text size, content): fit again

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest:
            self._refit.start()
        return False

    def fit(self) -> None:
        stack: QStackedWidget = self.widget()
        page = stack.currentWidget()
        if page is None:
            return
        need = page.minimumSizeHint().expandedTo(page.minimumSize())
        view = self.viewport().size()
        width = max(view.width(), need.width())
        layout = page.layout()
        if layout is not None and layout.hasHeightForWidth():
            # Wrapped text (the dashboard's cards) takes more lines at large text: the minimum that
            # counts is the one at this width, else the rest (the charts) is squeezed below its own.
            need.setHeight(max(need.height(), layout.minimumHeightForWidth(width)))
        stack.resize(width, max(view.height(), need.height()))

    def resizeEvent(self, event) -> None:  # noqa: N802 - the viewport was resized
        super().resizeEvent(event)
        self.fit()


def load_page_class(module_name: str, class_name: str) -> type[Page] | None:
    """The page class, or None if its module does not exist yet (pages are built in parallel)."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise
    return getattr(module, class_name, None)


def _module_exists(module_name: str) -> bool:
    try:
        return importlib.util.find_spec(module_name) is not None
    except ModuleNotFoundError:
        return False


class LazyPages(dict):
    """``window.pages``: key → page, each built at its first use (``pages[key]``, ``.get``, ``.values()``)."""

    def __init__(self, build) -> None:
        super().__init__()
        self.build = build
        self.built: dict[str, Page] = {}
        self.pending: dict[str, tuple] = {}

    def keys(self):
        return [*self.built, *self.pending]

    def __iter__(self):
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.built) + len(self.pending)

    def __contains__(self, key: object) -> bool:
        return key in self.built or key in self.pending

    def __getitem__(self, key: str) -> Page:
        page = self.build(key) if key in self else None
        if page is None:
            raise KeyError(key)
        return page

    def get(self, key: str, default=None):
        return self[key] if key in self else default

    def values(self):
        return [p for p in (self.build(k) for k in self.keys()) if p is not None]

    def items(self):
        return [(k, p) for k in self.keys() if (p := self.build(k)) is not None]


class MainWindow(QMainWindow):
    def __init__(self, env: UiEnv, *, db_path: Path | str | None = None, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        db = env.ctx.db
        # A file on this PC, or a database on the office's server (db.path is None there): never assume a file.
        self.db_path = Path(db_path) if db_path is not None else (Path(db.path) if db.path is not None else None)
        self.location = db.location if db.is_server or self.db_path is None else str(self.db_path)
        self.demo = demo
        env.open_record = self.open_record
        self.receiving = _is_office(env)
        self.setWindowTitle((self.tr("QMS Desktop — receiving office") if self.receiving
                             else self.tr("QMS Desktop — ISO 9001:2015 quality management"))
                            + (self.tr(" [DEMO]") if demo else ""))
        self.actions_ = WindowActions(self)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setWordWrap(True)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 5px 4px; }")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget()
        self.pages = LazyPages(self._page)
        self.page_title = fonts.Heading("", 5)
        self.page_title.setContentsMargins(4, 0, 0, 4)
        self._load_pages()

        # At the default text size every page fits 1366×768 without scrolling; with A+ a page may
        # grow wider or taller than the screen, and then it scrolls instead of being cut off.
        self.page_scroll = PageScrollArea(self.stack)
        right = QWidget()
        vbox(self.page_title, (self.page_scroll, 1), parent=right, margins=(8, 6, 6, 0))
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.nav)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self.search_box = QLineEdit()
        self.search_box.setObjectName("global_search")
        self.search_box.setPlaceholderText(self.tr("Search all records (Ctrl+F)…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(420)
        self.search_box.returnPressed.connect(self.run_search)
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setObjectName("search_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Search:") + " "))
        toolbar.addWidget(self.search_box)
        toolbar.addAction(self.actions_.smaller)
        toolbar.addAction(self.actions_.larger)
        self.addToolBar(toolbar)

        self._build_status_bar()
        self.nav.currentRowChanged.connect(self._nav_changed)
        if self.nav.count():
            self.nav.setCurrentRow(0)
        self._restore_geometry()
        # A window left open across midnight (a PC never shut down): the pages' day counts, overdue colours and
        # the period's figures are today's again, checked every minute and when the window is activated (QA 56 F4).
        self._day = env.ctx.today
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(60 * 1000)
        self._day_timer.timeout.connect(self.check_day)
        self._day_timer.start()

    def check_day(self) -> bool:
        """Refresh every page when the date changed since the last look; True then."""
        today = self.env.ctx.today
        if today == self._day:
            return False
        self._day = today
        self.env.events.changed({"*"}, None)
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_day()

    # -- pages ------------------------------------------------------------------------------
    def _load_pages(self) -> None:
        """The navigation and one slot of the stack per page. A page is imported and built when it is first shown
        (``pages[key]``): start-up imports no page module, no chart, no PDF or spreadsheet library (issue 19)."""
        for nav in (RECEIVING_PAGES if self.receiving else PAGES):
            if not _module_exists(nav.module_path):
                continue
            title = QCoreApplication.translate("Navigation", nav.title) or nav.title
            placeholder = QWidget()
            placeholder.setObjectName(f"unbuilt_{nav.key}")
            index = self.stack.addWidget(placeholder)
            self.pages.pending[nav.key] = (nav.module_path, nav.cls, placeholder)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, nav.key)
            self.nav.addItem(item)
            self.actions_.add_page(index, title)

    def _build_page(self, key: str, module_name: str, class_name: str) -> Page | None:
        try:
            cls = load_page_class(module_name, class_name)
            if cls is None:
                return None
            page = cls(self.env, self.stack)
        except Exception:
            log.exception("Page %s could not be loaded", key)
            return None
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        return page

    def _page(self, key: str) -> Page | None:
        """The page of ``key``, built now if it was not yet (in place of its slot in the stack)."""
        if key in self.pages.built:
            return self.pages.built[key]
        if key not in self.pages.pending:
            return None
        module_name, class_name, placeholder = self.pages.pending.pop(key)
        page = self._build_page(key, module_name, class_name)
        if page is None:
            self.pages.pending[key] = (module_name, class_name, placeholder)  # stays an empty slot
            return None
        index = self.stack.indexOf(placeholder)
        current = self.stack.currentIndex()
        self.stack.blockSignals(True)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        if current == index:
            self.stack.setCurrentIndex(index)
        self.stack.blockSignals(False)
        placeholder.deleteLater()
        self.pages.built[key] = page
        return page

    def page_keys(self) -> list[str]:
        return [self.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.nav.count())]

    def current_page(self) -> Page | None:
        w = self.stack.currentWidget()
        return w if isinstance(w, Page) else None

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        self._page(self.nav.item(row).data(Qt.ItemDataRole.UserRole))  # built on first show
        target = self.stack.widget(row)
        current = self.current_page()
        if current is not None and current is not target and not current.can_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        self.page_title.setText(self.nav.item(row).text())  # first: a page that cannot load still gets its title
        self.stack.setCurrentIndex(row)
        self.page_scroll.fit()

    def show_page(self, key: str) -> Page | None:
        """Switch to a page by key; None if that page is not available."""
        keys = self.page_keys()
        if key not in keys:
            return None
        self.show_page_index(keys.index(key))
        page = self.pages[key]
        return page if self.current_page() is page else None

    def show_page_index(self, index: int) -> None:
        if 0 <= index < self.nav.count():
            self.nav.setCurrentRow(index)

    def open_record(self, ref: str) -> bool:
        """Open a record reference "kind:id" (or "kind:" for a register) on its page."""
        kind, _, ident = ref.partition(":")
        key = RECORD_PAGES.get(kind)
        page = self.show_page(key) if key else None
        if page is None:
            self.statusBar().showMessage(self.tr("This record cannot be shown here yet."), 8000)
            return False
        if ident.isdigit():
            try:
                found = page.open_record(kind, int(ident))
            except Exception as exc:  # noqa: BLE001 - the page reports, the window stays usable
                show_error(self, exc)
                return False
            if not found:
                self.statusBar().showMessage(self.tr("The record was not found on this page."), 8000)
            return bool(found)
        return True

    # -- search -----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        from qms_desktop.ui.search_dialog import SearchDialog

        SearchDialog(self.env, self.search_box.text(), self).exec()

    # -- menus --------------------------------------------------------------------------------
    def change_font(self, delta: int) -> None:
        size = fonts.change_point_size(delta)
        self.statusBar().showMessage(self.tr("Text size: %1 pt").replace("%1", str(size)), 4000)

    def show_help(self) -> None:
        from qms_desktop.ui.help import HelpDialog

        HelpDialog(self).exec()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About QMS Desktop"), self.tr(
            "<h3>QMS Desktop %1</h3><p>Records of the quality management system (TCVN ISO 9001:2015) "
            "of a commune People's Committee, following Decision 19/2014/QĐ-TTg and Circular 26/2014/TT-BKHCN.</p>"
            "<p>Works offline; the data stays on this computer:<br>%2</p>"
            "<p>Free software (GPL-3.0-or-later). Fonts: Be Vietnam Pro and Liberation Serif (SIL Open Font License).</p>")
            .replace("%1", __version__).replace("%2", self.location))

    def change_password(self) -> None:
        from qms_desktop.ui.login import ChangePasswordDialog

        if ChangePasswordDialog(self.env.ctx, self).exec():
            self.statusBar().showMessage(self.tr("Password changed."), 8000)

    def backup(self) -> None:
        """Sao lưu…: a verified copy of the database into a folder the user picks (e.g. a USB stick)."""
        if not backup_available() or not self.env.ctx.actor.can("backup"):
            return
        from qms_desktop.services.backup import backup_to

        from qms_desktop.ui import folders

        folder = folders.choose_folder(self, self.tr("Back up into which folder (e.g. a USB stick)?"), "backup")
        if not folder:
            return
        self.env.runner.start(
            partial(backup_to, self.env.ctx.db, folder), parent=self, label=self.tr("Backing up…"),
            on_done=lambda path: QMessageBox.information(
                self, self.tr("Backup"), self.tr("The backup was written and verified:\n%1").replace("%1", str(path))),
            on_error=lambda exc: show_error(self, exc))

    def merge_data(self) -> None:
        """Gộp dữ liệu: the former communes' databases into this one, after a preview."""
        if not self.env.ctx.actor.can("import"):
            return
        from qms_desktop.ui.dialogs.merge_wizard import MergeWizard

        wizard = MergeWizard(self.env, self)
        if wizard.exec() and wizard.result is not None:
            self.statusBar().showMessage(self.tr("Former communes merged; chain head %1.").replace(
                "%1", wizard.result.chain_head[:24]), 15000)

    def show_predecessors(self, tab: int = 0) -> None:
        from qms_desktop.ui.dialogs.predecessors_dialog import PredecessorsDialog

        PredecessorsDialog(self.env, self, tab=tab).exec()

    def restore_backup(self) -> None:
        """Khôi phục: pick a backup, see what it holds, confirm; the current data is kept as a backup first."""
        if not backup_available() or not self.env.ctx.actor.can("restore") or self.db_path is None:
            return
        from qms_desktop import paths
        from qms_desktop.services import backup as backups
        from qms_desktop.ui.dialogs.restore_dialog import RestoreDialog, choose_backup

        path = choose_backup(self)
        if not path:
            return
        plan = backups.plan_restore(self.db_path, path, self.env.ctx.actor)  # checks the backup, changes nothing
        password = None
        if plan.password_unchecked:  # the backup's account keeps its password with another salt: ask for it
            password, ok = QInputDialog.getText(
                self, self.tr("Restore"), self.tr("The backup has a leader account %1; your current password may "
                                                  "not open it (changed since, or another agency's backup). Type the "
                                                  "password the account had when the backup was made: the restore "
                                                  "goes ahead only if it opens that account, and afterwards you log "
                                                  "in with it.")
                .replace("%1", self.env.ctx.actor.username), QLineEdit.EchoMode.Password)
            if not ok:
                return
            plan = backups.plan_restore(self.db_path, path, self.env.ctx.actor, password=password)
        dialog = RestoreDialog(plan, self.db_path, self)
        if not dialog.exec():
            return
        try:
            # Our own connections go; our write lock stays (it never blocks this process), and
            # the restore waits for other programs (a 'qms' command) that have the file open.
            self.env.ctx.db.engine.dispose()
            safety = backups.restore(self.db_path, path, actor=self.env.ctx.actor, safety_folder=paths.backups_dir(),
                                     confirm_other_agency=dialog.other_agency_confirmed, password=password)
        except QmsError as exc:
            show_error(self, exc)
            return
        self.restored = True
        QMessageBox.information(self, self.tr("Restore"), self.tr(
            "The backup was restored. The data in use before was kept as:\n%1\n\nThe application will now close; "
            "open it again.").replace("%1", str(safety or "")))
        self.close()

    # -- status bar, geometry ---------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        actor = self.env.ctx.actor
        role = QCoreApplication.translate("Labels", label(actor.role))
        who = f"{actor.full_name} ({actor.username})" if actor.full_name else actor.username
        self.user_label = QLabel(self.tr("User: %1 — %2").replace("%1", who).replace("%2", role))
        self.user_label.setObjectName("status_user")
        self.db_label = QLabel()
        self.db_label.setObjectName("status_db")
        self.db_label.setToolTip(self.location)  # a server's connection string never shows its password
        self.db_label.setText(self.tr("Data: %1").replace("%1", _shorten(self.location, 60)))
        bar = self.statusBar()
        bar.addPermanentWidget(self.user_label)
        sep = QFrame()
        sep.setFrameShape(QFrame.Shape.VLine)
        bar.addPermanentWidget(sep)
        bar.addPermanentWidget(self.db_label)

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        self._restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        if not self._restored:
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            self.resize(min(1280, available.width()) if available else 1280,
                        min(720, available.height()) if available else 720)

    def present(self) -> None:
        """Show the window: as the user left it, or maximised on a first start on a small screen."""
        screen = QGuiApplication.primaryScreen()
        if not self._restored and screen is not None and screen.availableGeometry().width() <= 1440:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        self.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        page = self.current_page()
        if page is not None and not page.can_leave():
            event.ignore()
            return
        if not self.stop_jobs():
            event.ignore()
            return
        # a screen's quiet read (the dashboard's figures, seconds at most) ends before the window does,
        # so that whoever closes the database next never closes it under a running query
        self.env.runner.wait_idle(timeout_s=60)
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)

    def stop_jobs(self) -> bool:
        """Closing while a job runs (an import, an export, a backup): ask; then stop it and wait, in
        sight, until it has rolled back — the program never goes on writing after its window is gone.
        False: the user chose to let it finish."""
        runner = self.env.runner
        if not runner.busy():
            return True
        from qms_desktop.ui.pages.base import confirm

        jobs = "\n".join(f"• {label}" for label in runner.labels())
        if not confirm(self, self.tr("Still working:\n%1\n\nStop it and close? What it has not finished is undone "
                                     "(nothing half-written is kept).").replace("%1", jobs),
                       self.tr("Close QMS Desktop")):
            return False
        from PySide6.QtWidgets import QProgressDialog

        waiting = QProgressDialog(self.tr("Stopping and undoing the unfinished work… QMS Desktop closes when it "
                                          "is done."), "", 0, 0, self)
        waiting.setObjectName("stopping_jobs")
        waiting.setWindowTitle(self.tr("Close QMS Desktop"))
        waiting.setCancelButton(None)
        waiting.setWindowModality(Qt.WindowModality.WindowModal)
        waiting.setMinimumDuration(0)
        waiting.show()
        runner.cancel_all()
        runner.wait_idle()
        waiting.close()
        waiting.deleteLater()
        return True


def _is_office(env: UiEnv) -> bool:
    """A receiving office's database gets the office's navigation (issue 14)."""
    try:
        from qms_desktop.services.agency import is_office
    except ImportError:
        return False
    return is_office(env.ctx)


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1):]
