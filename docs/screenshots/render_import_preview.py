"""Render the TTHC import preview of a multi-part decision (Phần I new, II amended, III abolished) to
docs/screenshots/02_tthc_nhap_quyet_dinh.png, in Vietnamese, offscreen.

    python docs/screenshots/render_import_preview.py [--lang en] [--file FIXTURE]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = Path(tempfile.mkdtemp(prefix="qms-preview-"))
os.environ["QMS_DATA_DIR"] = str(_TMP / "data")
sys.path.insert(0, str(ROOT))
FIX = ROOT / "tests" / "exchange" / "fixtures"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lang", choices=("vi", "en"), default="vi")
    p.add_argument("--file", default=str(FIX / "decision_three_parts.xlsx"))
    p.add_argument("--out", default=str(HERE / "02_tthc_nhap_quyet_dinh.png"))
    args = p.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from qms_desktop.app import create_application
    from qms_desktop.services import procedures, tthc
    from qms_desktop.services.context import SYSTEM, AppContext
    from qms_desktop.storage.db import Database
    from qms_desktop.ui import translations
    from qms_desktop.ui.dialogs.import_preview import ImportPreviewDialog

    create_application([])
    translations.install(args.lang)
    db = Database.open(_TMP / "qms.sqlite")
    ctx = AppContext(db, SYSTEM)
    tthc.import_tthc(ctx, FIX / "province_list.xlsx", confirm_no_code=True)
    ids = {r.code: r.id for r in tthc.list_tthc(ctx)}
    procedures.create_procedure(ctx, code="QT-HT-02", title="Quy trình đăng ký kết hôn", tthc_ids=[ids["1.001022"]])
    procedures.create_procedure(ctx, code="QT-HT-03", title="Quy trình đăng ký khai tử", tthc_ids=[ids["1.000656"]])
    plan = tthc.plan_import(ctx, args.file)
    dlg = ImportPreviewDialog(plan, Path(args.file).name)
    dlg.resize(1280, 640)
    dlg.show()
    for _ in range(5):
        QApplication.processEvents()
    dlg.grab().save(args.out)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
