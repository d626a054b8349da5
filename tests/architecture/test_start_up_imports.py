"""Start-up imports no heavy library (issue 19): reportlab, openpyxl, cryptography, pyhanko, QtCharts
and QtPdf load at first use; the main window builds a page when it is first shown."""

import os
import subprocess
import sys

HEAVY = ("reportlab", "openpyxl", "cryptography", "pyhanko", "PySide6.QtCharts", "PySide6.QtPdf",
         "PySide6.QtPdfWidgets", "python_calamine", "docx")


def _loaded_after(code: str, tmp_path) -> set[str]:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "QMS_DATA_DIR": str(tmp_path / "data"),
           "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys, os\nprint('\\n'.join(sorted(sys.modules)))\n"
                          "sys.stdout.flush()\nos._exit(0)"], capture_output=True, text=True, env=env, cwd=str(tmp_path))
    assert out.returncode == 0, out.stderr[-2000:]
    return set(out.stdout.split())


def _heavy(mods: set[str]) -> list[str]:
    return sorted(m for m in mods if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_importing_the_application_and_its_window_loads_no_heavy_library(tmp_path):
    mods = _loaded_after("import qms_desktop.app, qms_desktop.ui.main_window, qms_desktop.ui.login", tmp_path)
    assert "qms_desktop.ui.main_window" in mods
    assert _heavy(mods) == []


def test_the_main_window_builds_only_its_first_page_and_loads_no_pdf_or_spreadsheet_library(tmp_path):
    mods = _loaded_after(
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from qms_desktop.services.context import Actor, AppContext\n"
        "from qms_desktop.storage.db import Database\n"
        "from qms_desktop.ui.events import AppEvents\n"
        "from qms_desktop.ui.main_window import MainWindow\n"
        "from qms_desktop.ui.pages.base import UiEnv\n"
        "from qms_desktop.ui.runner import SynchronousRunner\n"
        f"db = Database.open({str(tmp_path / 'w.sqlite')!r})\n"
        "env = UiEnv(AppContext(db, Actor('chutich', 'leader', 'Trần Văn Đức')), SynchronousRunner(), AppEvents())\n"
        f"w = MainWindow(env, db_path={str(tmp_path / 'w.sqlite')!r})\n"
        "w.show(); app.processEvents()\n"
        "assert w.current_page() is w.pages['dashboard'] and w.nav.count() >= 10, w.nav.count()\n"
        "assert len(w.pages.built) == 1, list(w.pages.built)\n", tmp_path)
    pages = sorted(m for m in mods if m.startswith("qms_desktop.ui.pages.") and m not in (
        "qms_desktop.ui.pages.base", "qms_desktop.ui.pages.dashboard"))
    assert pages == [], pages  # no other page's module
    # The dashboard's charts need QtCharts; nothing at start needs a PDF, a workbook or a signature.
    assert [m for m in _heavy(mods) if not m.startswith("PySide6.QtCharts")] == []


def test_a_page_is_built_on_first_show_and_is_the_one_shown(qtbot, tmp_path):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.storage.db import Database
    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.main_window import MainWindow
    from qms_desktop.ui.pages.base import UiEnv
    from qms_desktop.ui.runner import SynchronousRunner

    db = Database.open(tmp_path / "w.sqlite")
    env = UiEnv(AppContext(db, Actor("chutich", "leader", "Trần Văn Đức")), SynchronousRunner(), AppEvents())
    w = MainWindow(env, db_path=db.path)
    qtbot.addWidget(w)
    keys = w.page_keys()
    assert "ncs" in keys and "ncs" not in w.pages.built
    titles = [w.nav.item(i).text() for i in range(w.nav.count())]
    w.nav.setCurrentRow(keys.index("ncs"))
    page = w.pages.built["ncs"]
    assert w.current_page() is page and w.stack.indexOf(page) == keys.index("ncs")
    assert page.title() == titles[keys.index("ncs")] == w.page_title.text()
    # every page's title in the navigation is the one its class gives (no page built twice)
    for i, key in enumerate(keys):
        assert w.pages[key].title() == titles[i], key
        assert w.stack.indexOf(w.pages[key]) == i
    assert w.page_keys() == keys
    db.close()
