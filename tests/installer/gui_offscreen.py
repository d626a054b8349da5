"""Offscreen GUI check of an *installed* QMS Desktop, run by the installed Windows Python.

    <install dir>\\Python\\python.exe gui_offscreen.py OUT_DIR DB USER PASSWORD [PDF]

Used by installer/smoke_wine.sh (under Wine) and by .github/workflows/windows.yml (a real
Windows runner). Not collected by pytest (it needs the installed program, not the checkout).
It checks, with the trimmed Qt the installer ships:
  1. every qms_desktop module imports (a Qt module or DLL left out by trim.py would fail here);
  2. the application object starts on Qt's offscreen platform with the bundled font and
     translations, the login dialog and the main window of the demo commune are built, shown
     and drawn (screenshots OUT_DIR/login.png, OUT_DIR/main.png);
  3. QtPdf opens and renders the exported report PDF, if one is given (OUT_DIR/pdf.png).
Results go to stdout and OUT_DIR/gui_offscreen.txt; the exit code is the number of failures.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import traceback
from pathlib import Path

# Output through a pipe would be in the ANSI code page on Windows: no Vietnamese letters there.
sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
OUT = Path(sys.argv[1])
DB_PATH, USER, PASSWORD = Path(sys.argv[2]), sys.argv[3], sys.argv[4]
PDF = Path(sys.argv[5]) if len(sys.argv) > 5 else None
OUT.mkdir(parents=True, exist_ok=True)
lines: list[str] = []
failures = 0


def report(ok: bool, what: str, detail: str = "") -> None:
    global failures
    failures += 0 if ok else 1
    lines.append(f"{'ok' if ok else 'FAIL'}: {what}" + (f" - {detail}" if detail else ""))
    print(lines[-1], flush=True)


def check(what: str):
    def wrap(fn):
        try:
            detail = fn()
            report(True, what, detail or "")
        except Exception:  # noqa: BLE001 - every failure is reported, then counted
            report(False, what, traceback.format_exc().strip().splitlines()[-1])
            lines.append(traceback.format_exc())
        return fn
    return wrap


@check("every qms_desktop module imports")
def _imports() -> str:
    import qms_desktop

    names = [m.name for m in pkgutil.walk_packages(qms_desktop.__path__, "qms_desktop.")
             if not m.name.endswith("__main__")]
    broken = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001
            broken.append(f"{name}: {exc!r}")
    if broken:
        raise RuntimeError("; ".join(broken))
    return f"{len(names)} modules"


state: dict = {}


@check("QApplication on the offscreen platform, bundled font, translations")
def _app() -> str:
    from qms_desktop import app as qms_app

    application = qms_app.create_application(["-platform", "offscreen"])
    state["app"] = application
    if application.platformName() != "offscreen":
        raise RuntimeError(f"platform is {application.platformName()}")
    return f"font {application.font().family()!r}"


@check("login dialog and main window of the demo commune, drawn")
def _windows() -> str:
    from qms_desktop import app as qms_app
    from qms_desktop.services import users
    from qms_desktop.storage.db import Database

    application = state["app"]
    db = Database.open(DB_PATH)
    try:
        launcher = qms_app.Launcher(db)
        dialog = launcher.first_dialog()
        dialog.show()
        application.processEvents()
        if not dialog.grab().save(str(OUT / "login.png")):
            raise RuntimeError("could not save login.png")
        dialog.close()
        window = launcher.open_window(users.authenticate(db, USER, PASSWORD))
        window.resize(1280, 800)
        window.show()
        for _ in range(5):
            application.processEvents()
        if not window.grab().save(str(OUT / "main.png")):
            raise RuntimeError("could not save main.png")
        title = window.windowTitle()
        window.close()
        application.processEvents()
        return f"window title {title!r}"
    finally:
        db.close()


if PDF is not None:
    @check("QtPdf opens and renders the exported report")
    def _pdf() -> str:
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QColor, QImage, QPainter
        from PySide6.QtPdf import QPdfDocument

        doc = QPdfDocument()
        if doc.load(str(PDF)) != QPdfDocument.Error.None_:
            raise RuntimeError(f"load: {doc.error()}")
        page = doc.render(0, QSize(595, 842))
        white = QImage(page.size(), QImage.Format.Format_RGB32)
        white.fill(QColor("white"))
        painter = QPainter(white)
        painter.drawImage(0, 0, page)
        painter.end()
        white.save(str(OUT / "pdf.png"))
        return f"{doc.pageCount()} pages"


(OUT / "gui_offscreen.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
sys.exit(failures)
