"""GUI composition root: ``qms-desktop`` (QApplication, font, translations, database, login, window).

Start-up shows something at once (issue 19): this module imports only Qt and the Qt-free basics, so the
start window is painted before SQLAlchemy, the models and the services are imported (about a second on
an old PC); everything else is imported where it is first used.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from qms_desktop import __version__, paths
from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import QT_TRANSLATE_NOOP, argparse_speaking
from qms_desktop.ui import fonts, style, translations

if TYPE_CHECKING:
    from qms_desktop.services.context import Actor
    from qms_desktop.storage.db import Database
    from qms_desktop.storage.lock import InstanceLock
    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.runner import JobRunner

ORGANIZATION = "QMSDesktop"
APPLICATION = "QMS Desktop"
log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The options, after create_application (so that ``--help`` speaks the interface's language)."""
    def tr(text: str) -> str:
        return translations.translated("App", text)

    with argparse_speaking(translations.translated):  # argparse's own words ("usage", "options") too
        p = argparse.ArgumentParser(prog="qms-desktop", description=tr(QT_TRANSLATE_NOOP(
            "App", "QMS Desktop: the quality management system records of a commune (TCVN ISO 9001:2015)")))
        p.add_argument("--db", metavar="PATH", help=tr(QT_TRANSLATE_NOOP(
            "App", "SQLite database file (default: the user's data folder), or a server's "
                   "postgresql+psycopg://USER@HOST/DATABASE")))
        p.add_argument("--demo", action="store_true", help=tr(QT_TRANSLATE_NOOP(
            "App", "open the demo commune (a separate database)")))
        p.add_argument("--version", action="version", version=f"qms-desktop {__version__}",
                       help=tr(QT_TRANSLATE_NOOP("App", "show the version and exit")))
        args, _unknown = p.parse_known_args(argv)  # Qt's own options (-platform, -style…) pass through
    return args


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with our names (QSettings), font and translations."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "qms-desktop", *argv])
    if not app.organizationName():  # tests set their own names so they never touch the user's settings
        app.setOrganizationName(ORGANIZATION)
        app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon
    app.setWindowIcon(QIcon(str(paths.resource_path("icons", "qms.png"))))
    fonts.apply_app_font(app)
    style.apply_style(app)
    translations.install(translations.remembered_language())
    return app


def database_path(args: argparse.Namespace):
    """What to open: ``--db`` (a file or a server's connection string), else ``QMS_DB``, else the server
    chosen in the settings, else the user's file. ``--demo`` opens the demo commune's own file and never
    touches the real database."""
    import os

    from qms_desktop.storage.db import database_target
    from qms_desktop.ui.server_settings import remembered_server

    if args.demo:
        return paths.demo_db_path()
    return (database_target(args.db) or database_target(os.environ.get("QMS_DB"))
            or database_target(remembered_server()) or paths.default_db_path())


class _NoLock:
    """A server's database has no file to lock: several officers' windows share it (issue 16)."""

    def release(self) -> None:
        pass


def open_server(url: str, ask_password=None) -> Database:
    """Open a server's database; when the server wants a password that neither the string, pgpass nor
    PGPASSWORD gave, ``ask_password()`` is asked (None: give up) and it is tried again, kept in memory only."""
    from qms_desktop.domain.errors import StorageFailed
    from qms_desktop.storage.db import Database, with_password

    tried = False
    while True:
        try:
            return Database.open(url)
        except StorageFailed as exc:
            if getattr(exc, "kind", None) != "auth" or ask_password is None:
                raise
            password = ask_password(wrong=True) if tried else ask_password()  # a second ask says why (QA 42 F10)
            if not password:
                raise
            url, tried = with_password(url, password), True


def ask_server_password(wrong: bool = False) -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    for window in QApplication.topLevelWidgets():  # the start window would stay above the question
        if window.objectName() == "start_window":
            window.hide()
    label = QCoreApplication.translate("App", "Password of the database account:")
    if wrong:
        label = QCoreApplication.translate("App", "The server refused this password. Type it again.") + "\n" + label
    text, ok = QInputDialog.getText(None, QCoreApplication.translate("App", "Office server"), label,
                                    QLineEdit.EchoMode.Password)
    return text if ok and text else None


def open_database(args: argparse.Namespace) -> tuple[Database, InstanceLock]:
    """Take the single-writer lock, then open (create, migrate) the database.

    Raises:
        DatabaseRefused: the file is not ours, was written by a newer version, or is open elsewhere.
    """
    from qms_desktop.storage.db import Database, ServerDatabase
    from qms_desktop.storage.lock import InstanceLock

    path = database_path(args)
    if isinstance(path, ServerDatabase):
        return open_server(path.url, ask_server_password), _NoLock()
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(path).acquire()
    try:
        db = open_demo(path) if args.demo else Database.open(path)
    except BaseException:
        lock.release()
        raise
    return db, lock


def open_demo(path: Path) -> Database:
    """Open the demo database, creating it (in a temporary file, then renamed) if missing."""
    from qms_desktop.storage.db import Database

    if not path.exists():
        from qms_desktop.services import demo

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            demo.create_demo_file(path)  # built beside it, renamed into place once whole
        finally:
            QApplication.restoreOverrideCursor()
    return Database.open(path)


def demo_hint() -> str:
    try:
        from qms_desktop.services.demo import DEMO_ACCOUNTS
    except ImportError:
        return ""
    lines = [f"{user} / {password}" for user, _role, password, _name in DEMO_ACCOUNTS]
    return QCoreApplication.translate("App", "Demo accounts (user name / password):") + "\n" + "\n".join(lines)


def apply_database_language(db: Database) -> None:
    """The commune's language setting wins over the one remembered on this PC."""
    from qms_desktop.services.agency import get_setting
    from qms_desktop.services.context import SYSTEM, AppContext

    language = get_setting(AppContext(db, SYSTEM), "language")
    if language != translations.current_language():
        translations.install(language)
    translations.remember_language(language)


class Launcher:
    """From an open database to the main window: first-run wizard or login, then the window."""

    def __init__(self, db: Database, *, demo: bool = False, runner: JobRunner | None = None,
                 events: AppEvents | None = None, clock=None) -> None:
        from qms_desktop.ui.events import AppEvents
        from qms_desktop.ui.runner import JobRunner

        self.db = db
        self.demo = demo
        self.clock = clock  # today's date (tests and screenshots set it; default: the computer's date)
        self.runner = runner or JobRunner(QCoreApplication.instance())
        self.events = events or AppEvents()
        self.window = None

    def first_dialog(self, parent: QWidget | None = None) -> QDialog:
        from qms_desktop.services.users import has_users

        if not has_users(self.db):
            from qms_desktop.ui.first_run import FirstRunWizard

            return FirstRunWizard(self.db, self.runner, parent)
        from qms_desktop.ui.login import LoginDialog

        return LoginDialog(self.db, parent, hint=demo_hint() if self.demo else "")

    def resume_setup(self, actor: Actor, parent: QWidget | None = None) -> QDialog | None:
        """The rest of a first-run set-up that was left after the account was created, or None."""
        from qms_desktop.services import setup
        from qms_desktop.services.context import AppContext

        ctx = AppContext(self.db, actor, self.clock) if self.clock else AppContext(self.db, actor)
        if not actor.can("edit") or not setup.pending(ctx):
            return None
        from qms_desktop.ui.first_run import FirstRunWizard

        return FirstRunWizard(self.db, self.runner, parent, resume=ctx)

    def open_window(self, actor: Actor):
        from qms_desktop.services.context import AppContext
        from qms_desktop.ui.main_window import MainWindow
        from qms_desktop.ui.pages.base import UiEnv

        ctx = AppContext(self.db, actor, self.clock) if self.clock else AppContext(self.db, actor)
        env = UiEnv(ctx, self.runner, self.events)
        self.window = MainWindow(env, db_path=self.db.path, demo=self.demo)  # db.path is None on a server
        return self.window


def confirm_clock(db, parent: QWidget | None = None, *, now=None) -> bool:
    """Warn when the PC's clock is not believable against the data (services/clock.py); False: the user
    chose to quit (the default) and set it first."""
    from qms_desktop.i18n import local_time
    from qms_desktop.services import clock

    found = clock.doubt(db, now)
    if found is None:
        return True
    text = QCoreApplication.translate("Clock", found.message).format(
        **found.params(lambda at: local_time(at).strftime("%d/%m/%Y %H:%M")))
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Clock", "Check the date and time"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("clockWarning")
    stop = box.addButton(QCoreApplication.translate("Clock", "&Quit and set the clock"), QMessageBox.ButtonRole.RejectRole)
    go_on = box.addButton(QCoreApplication.translate("Clock", "&Continue anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(stop)
    box.setEscapeButton(stop)
    box.exec()
    if box.clickedButton() is go_on:
        log.warning("Clock doubted (%s: now %s, last change %s); the user went on", found.kind, found.now,
                    found.last_written)
        return True
    return False


def _excepthook(exc_type, exc, tb) -> None:
    """Unexpected errors: logged, then shown, instead of a silent crash."""
    from qms_desktop.storage.db import storage_error

    mapped = storage_error(exc) if isinstance(exc, Exception) else None
    if mapped is not None:  # busy, disk full, I/O error…: the user's words, no "something went wrong"
        log.warning("Storage failure: %s", exc)
        if QApplication.instance() is not None:
            QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot save"),
                                 mapped.render(lambda c, t: QCoreApplication.translate(c, t) or t))
        return
    if isinstance(exc, QmsError):  # a refusal that got past its screen (the server gone while a page showed):
        log.warning("Refusal outside a screen's handler: %s", exc)  # its own words, not "something went wrong"
        if QApplication.instance() is not None:
            QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot do this"),
                                 exc.render(lambda c, t: QCoreApplication.translate(c, t) or t))
        return
    log.error("Unexpected error", exc_info=(exc_type, exc, tb))
    traceback.print_exception(exc_type, exc, tb)
    if QApplication.instance() is not None:
        text = QCoreApplication.translate(
            "App", "Something went wrong: {detail}\n\nYour data is safe; what you were doing was not saved.")
        QMessageBox.critical(None, QCoreApplication.translate("App", "Unexpected error"),
                             text.format(detail=str(exc)[:300]))


def show_refusal(exc: QmsError) -> None:
    QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the data"),
                         exc.render(lambda c, t: QCoreApplication.translate(c, t) or t))


def open_or_restore(args: argparse.Namespace, splash: QWidget | None = None):
    """``open_database``, or why it cannot open; where nobody could log in to that database anyway (damaged:
    backup.rescue_state), the refusal offers to restore a backup over it, then opens that. None: not opened."""
    while True:
        try:
            return open_database(args)
        except QmsError as exc:
            text = exc.render(lambda c, t: QCoreApplication.translate(c, t) or t)
        except OSError as exc:
            text = QCoreApplication.translate("App", "The data folder cannot be used: {detail}").format(
                detail=exc.strerror or str(exc))
        except Exception as exc:
            from qms_desktop.storage.db import storage_error

            log.exception("Cannot open the database")
            mapped = storage_error(exc)
            text = (mapped.render(lambda c, t: QCoreApplication.translate(c, t) or t) if mapped else
                    QCoreApplication.translate("App", "The database cannot be opened: {detail}").format(
                        detail=str(exc)[:300]))
        if splash is not None:
            splash.close()
        if not offer_restore(args, text):
            return None


def offer_restore(args: argparse.Namespace, text: str) -> bool:
    """Say why the database cannot be opened; when it is damaged, with a button that restores a
    backup in its place (the damaged file is kept). True: a backup was restored, open it."""
    from qms_desktop.services.backup import DAMAGED, rescue_state
    from qms_desktop.storage.db import ServerDatabase

    path = database_path(args)
    title = QCoreApplication.translate("App", "Cannot open the data")
    # Damaged only: a database without an account opens into the first-start wizard, which offers the restore;
    # one open elsewhere or written by a newer version is not mended by a restore.
    if isinstance(path, ServerDatabase) and not args.demo:
        return _offer_this_computers_file(args, title, text)
    if args.demo or rescue_state(path) != DAMAGED:
        QMessageBox.critical(None, title, text)
        return False
    from qms_desktop.storage.lock import InstanceLock
    from qms_desktop.ui.dialogs.restore_dialog import restore_without_login

    # said as it is: not "not a QMS Desktop database", nor "restore from the File menu" of a window that cannot open
    text = QCoreApplication.translate("App", "{path} is damaged and cannot be read.").format(path=str(path))
    while True:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text + "\n\n" + QCoreApplication.translate(
            "App", "If you have a backup (the data folder's backups, or a USB stick), restore it in its place: the "
                   "file that cannot be opened is kept as it is."))
        restore = box.addButton(QCoreApplication.translate("App", "&Restore from a backup…"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("App", "&Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is not restore:
            return False
        try:
            with InstanceLock(path):
                kept = restore_without_login(None, path)
        except QmsError as exc:
            show_refusal(exc)
            continue
        if kept is not False:
            QMessageBox.information(None, QCoreApplication.translate("App", "Restore"), QCoreApplication.translate(
                "App", "The backup was restored. The database that could not be opened was kept as:\n{path}\n\nLog in with your "
                       "account of the backup.").format(path=str(kept or "—")))
            return True


def _offer_this_computers_file(args: argparse.Namespace, title: str, text: str) -> bool:
    """A server that cannot be opened. Where it is this computer's setting (not --db, not QMS_DB), the box offers
    to use this computer's file from now on: the setting could only be changed inside the window, which then never
    opened (QA 42 F7). True: the setting was changed, open again."""
    import os

    from qms_desktop.storage.db import database_target
    from qms_desktop.ui.server_settings import remember_server

    if database_target(args.db) or database_target(os.environ.get("QMS_DB")):
        QMessageBox.critical(None, title, text)
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, title, text + "\n\n" + QCoreApplication.translate(
        "App", "This computer is set to use the office's server. If its address changed or it is out of use, you "
               "can use the data file on this computer instead (Settings › Data location sets the server again)."))
    local = box.addButton(QCoreApplication.translate("App", "&Use this computer's data file"),
                          QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(QCoreApplication.translate("App", "&Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.exec()
    if box.clickedButton() is not local:
        return False
    remember_server(None)
    return True


def start_daily_backups(db: Database, parent) -> QTimer:
    """While the window stays open, every hour: the day's backup if it has none yet (a PC that is never
    shut down). The day's work itself is backed up on exit and after each import and finalised report."""
    from qms_desktop.services.backup import auto_backup

    def run() -> None:
        try:
            auto_backup(db, paths.backups_dir())
        except Exception:
            log.exception("Automatic backup failed")

    timer = QTimer(parent)
    timer.setInterval(60 * 60 * 1000)
    timer.timeout.connect(run)
    timer.start()
    return timer


def back_up_after_milestones(window, db: Database) -> None:
    """After an import or a finalised report (``events.milestone``): refresh today's verified backup,
    off the GUI thread; the status bar says so."""
    from functools import partial

    from qms_desktop.services.backup import auto_backup

    env = window.env

    def job(*, progress, cancel) -> Path | None:
        return auto_backup(db, paths.backups_dir(), refresh=True)

    def done(path: Path | None) -> None:
        if path is not None:
            window.statusBar().showMessage(QCoreApplication.translate("App", "Backed up and verified: {name}")
                                           .format(name=path.name), 8000)

    def failed(exc: BaseException) -> None:
        log.error("Automatic backup failed", exc_info=exc)
        window.statusBar().showMessage(QCoreApplication.translate("App", "The automatic backup failed: {detail}")
                                       .format(detail=str(exc)[:200]), 15000)

    def run(_what: str) -> None:
        env.runner.start(partial(job), parent=window, label=QCoreApplication.translate("App", "Backing up…"),
                         on_done=done, on_error=failed)

    env.events.milestone.connect(run)


def close_database(db: Database, lock: InstanceLock, *, demo: bool) -> None:
    """On exit: refresh today's automatic backup (not of the demo) so that it holds the day's work, then
    release the file."""
    try:
        if not demo and not db.is_server:  # a server's database: its administrator's backups (README)
            from qms_desktop.services.backup import auto_backup

            auto_backup(db, paths.backups_dir(), refresh=True)
    except Exception:
        log.exception("Automatic backup failed")
    finally:
        db.close()
        lock.release()


def show_start_window() -> QWidget:
    """A small window painted at once, while the database and the rest of the application load."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    splash = QWidget(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    splash.setObjectName("start_window")
    splash.setStyleSheet("#start_window { background: #ffffff; border: 1px solid #1565c0; }")
    title = QLabel(QCoreApplication.translate("App", "QMS Desktop — ISO 9001 records of the commune"))
    title.setStyleSheet("font-size: 14pt; font-weight: bold; color: #1565c0;")
    note = QLabel(QCoreApplication.translate("App", "Opening the data…"))
    lay = QVBoxLayout(splash)
    lay.setContentsMargins(28, 24, 28, 24)
    lay.addWidget(title)
    lay.addWidget(note)
    splash.adjustSize()
    screen = splash.screen().availableGeometry() if splash.screen() else None
    if screen is not None:
        splash.move(screen.center() - splash.rect().center())
    splash.show()
    splash.repaint()
    QApplication.processEvents()
    return splash


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``qms-desktop``."""
    if argv is None:
        argv = sys.argv[1:]
    app = create_application(argv)
    args = parse_args(argv)
    splash = show_start_window()
    opened = open_or_restore(args, splash)
    if opened is None:
        return 1
    db, lock = opened
    launcher = None
    try:
        apply_database_language(db)
        from qms_desktop.services import tempfiles

        tempfiles.sweep()  # viewer copies and merge copies earlier runs left, unused for a day
        launcher = Launcher(db, demo=args.demo)
        dialog = launcher.first_dialog()
        splash.close()
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if getattr(dialog, "restored", False):  # the first-run wizard restored a backup instead: log in to it
            apply_database_language(db)  # the restored commune's language, from its next window on
            dialog = launcher.first_dialog()
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if not accepted or dialog.actor is None:
            return 0
        if not args.demo and not confirm_clock(db):  # a PC clock back at 2000 or decades ahead: said first
            return 0
        resume = launcher.resume_setup(dialog.actor)
        if resume is not None:  # left half-done last time: the steps that remain (never blocks the work)
            resume.exec()
        window = launcher.open_window(dialog.actor)
        window.present()
        sys.excepthook = _excepthook
        daily = None
        if not args.demo and not db.is_server:  # on a server: File › Back up (pg_dump) and the administrator's
            daily = start_daily_backups(db, window)
            back_up_after_milestones(window, db)
        result = app.exec()
        if daily is not None:
            daily.stop()
        return result
    finally:
        splash.close()
        sys.excepthook = sys.__excepthook__
        if launcher is not None:  # a job still running (the window closed another way): stop it, wait
            launcher.runner.cancel_all()
            launcher.runner.wait_idle()
        close_database(db, lock, demo=args.demo)
        from qms_desktop.services import tempfiles

        tempfiles.discard_run_folder()


if __name__ == "__main__":
    sys.exit(main())
