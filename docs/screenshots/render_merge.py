"""Render the merge wizard ("Gộp dữ liệu") and what a merge shows afterwards, at 1366×768.

    python docs/screenshots/render_merge.py            # Vietnamese
    python docs/screenshots/render_merge.py --lang en  # English source texts

The new commune is xã Tân Hà (a fresh database with a few records after 1 July 2025); the former
communes are the demo commune xã Tân Phú and two smaller ones, xã Phú Lâm and xã Đạ Lây, built with
tests/merge/communes.py. Writes 20_gop_du_lieu_*.png into docs/screenshots/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WIDTH, HEIGHT = 1366, 768

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = Path(tempfile.mkdtemp(prefix="qms-merge-shots-"))
os.environ["QMS_DATA_DIR"] = str(_TMP / "data")
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "merge"))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def grab(widget: QWidget, name: str, out: Path) -> Path:
    for _ in range(5):
        QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return path


def build(folder: Path, cache: Path | None) -> dict[str, Path]:
    from communes import DA_LAY, PHU_LAM, build_commune, build_new_commune
    from qms_desktop.services import demo
    from qms_desktop.storage.db import Database

    files = {k: folder / f"{k}.sqlite" for k in ("new", "tan_phu", "phu_lam", "da_lay")}
    for key, path in files.items():
        cached = cache / path.name if cache else None
        if cached and cached.exists():
            shutil.copy(cached, path)
            continue
        db = Database.open(path)
        if key == "new":
            build_new_commune(db)
        elif key == "tan_phu":
            demo.create_demo(db, today=dt.date(2025, 6, 30))
        else:
            build_commune(db, PHU_LAM if key == "phu_lam" else DA_LAY)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        if cache:
            cache.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, cached)
    return files


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lang", choices=("vi", "en"), default="vi")
    p.add_argument("--out", default=str(HERE))
    p.add_argument("--cache", help="keep the built communes in this folder and reuse them")
    args = p.parse_args(argv)
    out = Path(args.out)

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_TMP / "settings"))
    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("QMSDesktopShots")
    from qms_desktop.ui import fonts, translations

    fonts.apply_app_font(app, fonts.DEFAULT_POINT_SIZE)
    translations.install(args.lang)

    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.storage.db import Database
    from qms_desktop.ui.dialogs import prompts
    from qms_desktop.ui.dialogs.merge_wizard import MergeWizard
    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.pages.base import UiEnv
    from qms_desktop.ui.runner import SynchronousRunner

    files = build(_TMP, Path(args.cache) if args.cache else None)
    db = Database.open(files["new"])
    ctx = AppContext(db, Actor("chutich", "leader", "Đinh Công Hà"), clock=lambda: dt.date(2025, 12, 20))
    env = UiEnv(ctx, SynchronousRunner(), AppEvents())
    prompts.info = lambda *_a, **_k: None  # the "merged" message box

    wizard = MergeWizard(env, backup_folder=_TMP / "backups")
    wizard.resize(WIDTH, HEIGHT)
    wizard.show()
    wizard.sources_page.add_paths([files["tan_phu"], files["phu_lam"], files["da_lay"]])
    grab(wizard, "20_gop_du_lieu_1_nguon", out)
    wizard.next()
    for _ in range(5):
        QApplication.processEvents()
    assert wizard.currentPage() is wizard.choices_page, "the checks did not pass"
    wizard.choices_page.decide("tthc:1:2.000986", "separate")
    grab(wizard, "20_gop_du_lieu_2_kiem_tra", out)
    wizard.next()
    for _ in range(5):
        QApplication.processEvents()
    page = wizard.preview_page
    page.source.setCurrentIndex(1)
    page.details.selectRow(0)
    page.confirm.setChecked(True)
    grab(wizard, "20_gop_du_lieu_3_xem_truoc", out)
    wizard.next()
    for _ in range(5):
        QApplication.processEvents()

    from qms_desktop.ui.dialogs.predecessors_dialog import FIGURES_TAB, PredecessorsDialog
    dlg = PredecessorsDialog(env, tab=0)
    dlg.resize(WIDTH, 560)
    dlg.show()
    grab(dlg, "20_gop_du_lieu_4_xa_cu", out)
    dlg.tabs.setCurrentIndex(FIGURES_TAB)
    dlg.period.setCurrentIndex(dlg.period.findData("2025-H1"))
    grab(dlg, "20_gop_du_lieu_5_so_lieu_theo_xa", out)

    from qms_desktop.ui.pages.ncs_page import NcsPage
    page = NcsPage(env)
    page.resize(WIDTH, HEIGHT - 60)
    page.show()
    page.refresh()
    page.table.select_where(lambda r: r.former_number == "03/2025")
    grab(page, "20_gop_du_lieu_6_nguon_goc", out)
    db.close()
    shutil.rmtree(_TMP, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
