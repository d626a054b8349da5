"""Renders docs/screenshots/reports/: every page of the six-month and the annual report and of every
printed form, from the demo commune, at 80 dpi (pdftoppm -r 80).

    .venv/bin/python docs/screenshots/reports/render.py

The demo is built for 28/12/2026, after the annual cut-off, so that both 2026 reports are finalised.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DAY = dt.date(2026, 12, 28)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="qms-shots-"))
    os.environ["QMS_DATA_DIR"] = str(work / "data")
    from sqlalchemy import select

    from qms_desktop.services import demo, reports
    from qms_desktop.services.context import SYSTEM, AppContext
    from qms_desktop.services.reports.documents import document_pdf
    from qms_desktop.storage import orm
    from qms_desktop.storage.db import Database

    db = Database.open(work / "demo.sqlite")
    demo.create_demo(db, today=DAY)
    ctx = AppContext(db, SYSTEM, clock=lambda: DAY)
    pdfs: dict[str, bytes] = {}
    by_period = {r.period: r for r in reports.list_reports(ctx)}
    pdfs["bao_cao_6_thang_2026"] = reports.preview_pdf(ctx, by_period["2026-H1"].id)
    pdfs["bao_cao_nam_2026"] = reports.preview_pdf(ctx, by_period["2026"].id)
    with db.session() as s:
        announcement = s.scalar(select(orm.Announcement.id).order_by(orm.Announcement.id))
        review = s.scalar(select(orm.ManagementReview.id).where(orm.ManagementReview.status == "done")
                          .order_by(orm.ManagementReview.date.desc()))
        nc = s.scalar(select(orm.Nonconformity.id).where(orm.Nonconformity.status == "closed")
                      .order_by(orm.Nonconformity.id))
        audit = s.scalar(select(orm.Audit.id).where(orm.Audit.status == "done").order_by(orm.Audit.start_date.desc()))
        procs = list(s.scalars(select(orm.Procedure).where(orm.Procedure.cancelled_reason.is_(None))
                               .order_by(orm.Procedure.id)))
        effective = next(p.id for p in procs if p.status == "effective" and p.kind == "tthc")
        draft = next(p.id for p in procs if p.status == "draft")
    for name, kind, record in (("quyet_dinh_cong_bo", "announcement", announcement),
                               ("bien_ban_xem_xet_lanh_dao", "review_minutes", review),
                               ("phieu_hanh_dong_khac_phuc", "car", nc),
                               ("ke_hoach_danh_gia_noi_bo", "audit_plan", audit),
                               ("bao_cao_danh_gia_noi_bo", "audit_report", audit),
                               ("quy_trinh_bia", "procedure_cover", effective),
                               ("quy_trinh_trinh_tu_luu_do", "procedure_steps", effective),
                               ("quy_trinh_luu_do", "procedure_flowchart", effective),
                               ("quy_trinh_du_thao_bia", "procedure_cover", draft)):
        pdfs[name] = document_pdf(ctx, kind, record)
    db.close()
    for name in pdfs:  # only this script's images (the gui_*.png beside them are screenshots of the app)
        for old in HERE.glob(f"{name}-*.png"):
            old.unlink()
    for name, body in pdfs.items():
        pdf = work / f"{name}.pdf"
        pdf.write_bytes(body)
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(HERE / name)], check=True)
    shutil.rmtree(work)
    print("\n".join(sorted(p.name for p in HERE.glob("*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
