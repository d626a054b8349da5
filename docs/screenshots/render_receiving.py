"""Render the receiving office's screens at 1366×768 to docs/screenshots/2*_*.png.

    python docs/screenshots/render_receiving.py            # Vietnamese
    python docs/screenshots/render_receiving.py --lang en

Builds a small province in a throw-away folder: an office database (Sở KH&CN tỉnh Lâm Đồng), 16 units,
valid signed packages for 2026-H1 generated from one real commune's report (tests/bench/receiving_gen.py)
— some on time, some late, one corrected version, one returned, one accepted, two units missing.
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
_TMP = Path(tempfile.mkdtemp(prefix="qms-screenshots-rx-"))
os.environ["QMS_DATA_DIR"] = str(_TMP / "data")
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TODAY = dt.date(2026, 7, 2)


def grab(widget, name: str, out: Path) -> Path:
    for _ in range(5):
        QApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return path


def build_province(work: Path):
    import receiving_gen as gen

    from qms_desktop.services import agency, receiving as rx
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.services.receiving.setup import office_profile
    from qms_desktop.services.users import create_first_user
    from qms_desktop.storage.db import Database

    t = gen.template(work)
    db = Database.open(work / "office.sqlite")
    create_first_user(db, username="vanthu", password="Mat-khau-2026!", full_name="Lê Thị Thu", role="leader")
    ctx = AppContext(db, Actor("vanthu", "leader", "Lê Thị Thu"), lambda: TODAY)
    agency.save_profile(ctx, office_profile("Sở Khoa học và Công nghệ tỉnh Lâm Đồng", "Tỉnh Lâm Đồng",
                                            head_name="Nguyễn Văn Minh"))
    units = [(f"LD-{i + 1:02d}", name) for i, name in enumerate(gen.NAMES)]
    for code, name in units:
        rx.save_unit(ctx, None, rx.UnitInput(code=code, name=name, kind="phuong" if name.startswith("Phường") else "xa",
                                             expected=code != "LD-16",
                                             not_expected_reason="Chưa áp dụng HTQLCL" if code == "LD-16" else ""))
    usb = work / "usb"
    usb.mkdir()
    keys = {}
    late = {"LD-05", "LD-09", "LD-12"}
    for i, (code, name) in enumerate(units[:13]):
        keys[code] = gen.new_key()
        day = 28 if code in late else 15 + i % 6
        when = dt.datetime(2026, 6, day, 9 + i % 7, 10, tzinfo=gen.ICT)
        body = gen.package(t, index=i + 1, name=name, code=code, exported_at=when, key=keys[code], seed=14,
                           weak=code in ("LD-04", "LD-09"))
        (usb / f"BaoCaoISO_2026-6T_{code}.zip").write_bytes(body)
    rx.import_packages(ctx, [usb], confirm_key=lambda q: True)
    corrected = gen.package(t, index=2, name=units[1][1], code="LD-02", version=2, seed=15,
                            exported_at=dt.datetime(2026, 7, 1, 8, 30, tzinfo=gen.ICT), key=keys["LD-02"])
    (usb / "BaoCaoISO_2026-6T_LD-02_v2.zip").write_bytes(corrected)
    rx.import_packages(ctx, [usb / "BaoCaoISO_2026-6T_LD-02_v2.zip"])
    rx.return_report(ctx, rx.find_submission(ctx, "LD-07", "2026-H1"),
                     "Số liệu hồ sơ tiếp nhận tại Phụ lục V chưa khớp với mục I.4.\nChưa nêu kết quả khảo sát hài lòng.")
    rx.accept_report(ctx, rx.find_submission(ctx, "LD-01", "2026-H1"))
    return db, ctx


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lang", choices=("vi", "en"), default="vi")
    p.add_argument("--out", default=str(HERE))
    args = p.parse_args(argv)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_TMP / "settings"))
    QCoreApplication.setOrganizationName("QMSDesktopScreenshots")
    QCoreApplication.setApplicationName("render-receiving")
    app = QApplication([sys.argv[0]])

    from qms_desktop.app import create_application
    from qms_desktop.ui import translations
    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.main_window import MainWindow
    from qms_desktop.ui.pages.base import UiEnv
    from qms_desktop.ui.runner import SynchronousRunner

    create_application([])
    translations.install(args.lang)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    db, ctx = build_province(_TMP)
    window = MainWindow(UiEnv(ctx, SynchronousRunner(app), AppEvents()), db_path=db.path)
    window.resize(WIDTH, HEIGHT)
    window.show()

    inbox = window.show_page("inbox")
    inbox.table.select_where(lambda r: r.unit_code == "LD-02" and r.current)
    grab(window, "20_hop_thu", out)
    inbox.table.select_where(lambda r: r.unit_code == "LD-07")
    grab(window, "20_hop_thu_2", out)
    window.show_page("rx_units")
    units = window.pages["rx_units"]
    units.table.select_where(lambda r: r.code == "LD-01")
    grab(window, "21_don_vi", out)
    page = window.show_page("consolidation")
    page.select_period("2026-H1")
    page.tabs.setCurrentIndex(0)
    grab(window, "22_tinh_hinh_nop", out)
    page.tabs.setCurrentIndex(1)
    grab(window, "23_tong_hop", out)
    page.tabs.setCurrentIndex(2)
    grab(window, "23_tong_hop_2", out)
    window.show_page("inspection")
    grab(window, "24_kiem_tra", out)

    from qms_desktop.services.receiving import documents

    written = documents.write_summary(ctx, "2026-H1", _TMP)
    pdf = [p for p in written if p.suffix == ".pdf"][0]
    shutil.copy(pdf, out / "25_bao_cao_tong_hop.pdf") if os.environ.get("QMS_KEEP_PDF") else None
    window.close()
    db.close()
    app.quit()
    shutil.rmtree(_TMP, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
