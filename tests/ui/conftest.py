"""Fixtures of the GUI tests: offscreen Qt, a private data folder and settings, real databases."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path

# Before anything imports Qt: no display needed, and never the user's own data or settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = Path(tempfile.mkdtemp(prefix="qms-ui-tests-"))
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # The users' screen (1366×768) instead of offscreen's default 800×600, which would clamp windows.
    (_TMP / "screen.json").write_text(json.dumps({"screens": [{
        "name": "office-pc", "x": 0, "y": 0, "width": 1366, "height": 768,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_TMP / 'screen.json'}"
os.environ.setdefault("QMS_DATA_DIR", str(_TMP / "data"))
os.environ.pop("QMS_DB", None)

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QSettings  # noqa: E402

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_TMP / "settings"))
QCoreApplication.setOrganizationName("QMSDesktopTests")
QCoreApplication.setApplicationName("ui-tests")

from qms_desktop.domain.model import Role  # noqa: E402
from qms_desktop.services import users  # noqa: E402
from qms_desktop.services.context import Actor, AppContext  # noqa: E402

from ui_helpers import PASSWORD  # noqa: E402


@pytest.fixture(autouse=True)
def _clean_ui_state(qapp):
    """Each test starts with empty settings, the bundled font at its default size, English source texts."""
    from qms_desktop.ui import fonts, translations

    QSettings().clear()
    family = fonts.register_ui_font()
    if qapp.font().pointSize() != fonts.DEFAULT_POINT_SIZE or (family and family not in qapp.font().families()):
        fonts.apply_app_font(qapp, fonts.DEFAULT_POINT_SIZE)  # first test, or the one before changed it (A-/A+)
    translations.install("en")  # the source strings (its catalog adds only plural forms): tests assert on them
    yield
    QSettings().clear()
    # What the test closed goes now, on this thread, before the next test walks the windows.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _no_unexpected_modal_dialogs(monkeypatch):
    """Offscreen, a modal box nobody answers blocks the run for ever: make it fail the test instead.
    Tests that expect one replace these again with their own answer."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    def refuse(*args, **_kwargs):
        raise AssertionError(f"unexpected modal dialog: {[a for a in args if isinstance(a, str)]}")

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: refuse(self.windowTitle(), self.text()))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(refuse))
    monkeypatch.setattr(QInputDialog, "exec", lambda self: refuse(self.windowTitle(), self.labelText()))


@pytest.fixture
def leader(db) -> Actor:
    """A real leader account on the (lead conftest's) fresh database."""
    user, _code = users.create_first_user(db, username="chutich", password=PASSWORD, full_name="Trần Văn Đức",
                                          role=Role.LEADER)
    return Actor(user.username, user.role, user.full_name)


@pytest.fixture
def user_ctx(db, leader) -> AppContext:
    return AppContext(db, leader, clock=lambda: dt.date(2026, 11, 23))


@pytest.fixture
def env(user_ctx):
    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.pages.base import UiEnv
    from qms_desktop.ui.runner import SynchronousRunner

    return UiEnv(user_ctx, SynchronousRunner(), AppEvents())


def demo_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("qms_desktop.services.demo") is not None


@pytest.fixture
def demo_ctx(request) -> AppContext:
    """The demo commune (lead conftest's demo_db, dated 23/11/2026) as its leader."""
    if not demo_available():
        pytest.skip("services.demo is not written yet")
    from qms_desktop.services.demo import DEMO_ACCOUNTS

    demo_db = request.getfixturevalue("demo_db")
    leaders = [a for a in DEMO_ACCOUNTS if a[1] == Role.LEADER] or list(DEMO_ACCOUNTS)
    username, role, _password, full_name = leaders[0]
    return AppContext(demo_db, Actor(username, role, full_name), clock=lambda: dt.date(2026, 11, 23))


@pytest.fixture
def demo_env(demo_ctx):
    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.pages.base import UiEnv
    from qms_desktop.ui.runner import SynchronousRunner

    return UiEnv(demo_ctx, SynchronousRunner(), AppEvents())
