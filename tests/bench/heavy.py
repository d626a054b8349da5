"""The heavy commune of issue 19, built once and cached in the temporary folder.

The demo commune (services.demo), then — at scale k (1 or 4):
- 2,000·k TTHC imported through ``services.tthc.import_tthc`` from a generated .xlsx;
- 300·k procedures with 600·k versions and ~3,500·k steps, each linked to a TTHC;
- 2,000·k nonconformities over five years (2021–2025) with one corrective action each;
- 100,000·k more hash-chained history entries (inserted in bulk, chained like the real ones).
Procedures and NCs are written through the ORM in writing transactions of 200 rows, so the storage
events (NFC, search keys, row states, hash-chained history) cover them exactly as rows typed by hand;
the 100,000 extra history entries are written in bulk (entity "bench", so they weigh on the chain
and on the history page, not on the row comparison of ``qms check``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import func, insert, select

TODAY = dt.date(2026, 11, 23)
VERSION = "1"  # bump when the heavy commune's recipe changes (the cache is keyed on it)


def cache_dir(scale: int) -> Path:
    base = Path(os.environ.get("QMS_BENCH_CACHE") or Path(tempfile.gettempdir()) / "qms-bench-heavy")
    return base / f"v{VERSION}-x{scale}"


def tthc_xlsx(path: Path, n: int, prefix: str = "2") -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Thời hạn giải quyết"])
    fields = ("Hộ tịch", "Chứng thực", "Đất đai", "Tư pháp", "Lao động - Thương binh và Xã hội")
    for i in range(n):
        ws.append([i + 1, f"{prefix}.{i:06d}", f"Thủ tục đăng ký số {i} về {fields[i % 5].lower()} của công dân",
                   fields[i % 5], f"{(i % 15) + 1:02d} ngày làm việc"])
    wb.save(path)
    return path


def build(scale: int = 1, *, log=print) -> Path:
    """The heavy database's path (built if not cached)."""
    folder = cache_dir(scale)
    db_path = folder / "heavy.sqlite"
    if (folder / "done").exists() and db_path.exists():
        return db_path
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    from qms_desktop.services import demo, tthc
    from qms_desktop.services.context import SYSTEM, AppContext
    from qms_desktop.storage import orm
    from qms_desktop.storage.db import Database
    from qms_desktop.storage.events import GENESIS, entry_hash

    db = Database.open(db_path)
    log(f"building the heavy commune ×{scale} in {folder} …")
    demo.create_demo(db, today=TODAY)
    ctx = AppContext(db, SYSTEM, clock=lambda: TODAY)
    tthc.import_tthc(ctx, tthc_xlsx(folder / "tthc.xlsx", 2000 * scale, prefix="5"))
    with ctx.tx("read") as s:
        tthc_ids = list(s.scalars(select(orm.Tthc.id).order_by(orm.Tthc.id)))
    n_proc = 300 * scale
    for start in range(0, n_proc, 100):
        with ctx.tx("edit") as s:
            for i in range(start, min(start + 100, n_proc)):
                p = orm.Procedure(code=f"QT-B{i:04d}", title=f"Quy trình giải quyết thủ tục số {i}", kind="tthc",
                                  field="Hộ tịch", status="effective")
                p.tthc = [s.get(orm.Tthc, tthc_ids[i % len(tthc_ids)])]
                for number in (1, 2):
                    v = orm.ProcedureVersion(number=number, issue_date=dt.date(2020 + number * 2, 3, 1),
                                             effective_date=dt.date(2020 + number * 2, 3, 1),
                                             end_date=dt.date(2024, 3, 1) if number == 1 else None,
                                             status="superseded" if number == 1 else "effective",
                                             change_summary="Ban hành" if number == 1 else "Sửa đổi")
                    steps = 6 if (i + number) % 6 else 5
                    v.steps = [orm.ProcedureStep(step_no=k + 1, action=f"Bước {k + 1}: tiếp nhận và xử lý hồ sơ",
                                                 responsible="Công chức tư pháp - hộ tịch", duration=0.5,
                                                 duration_unit="days", result="Hồ sơ") for k in range(steps)]
                    p.versions.append(v)
                s.add(p)
    n_nc = 2000 * scale
    with ctx.tx("read") as s:
        seqs = dict(s.execute(select(orm.Nonconformity.year, func.max(orm.Nonconformity.seq))
                              .group_by(orm.Nonconformity.year)).all())
    for start in range(0, n_nc, 200):
        with ctx.tx("edit") as s:
            for i in range(start, min(start + 200, n_nc)):
                year = 2021 + i % 5
                seqs[year] = seq = (seqs.get(year) or 0) + 1
                day = dt.date(year, 1 + i % 12, 1 + i % 28)
                closed = i % 3 != 0
                nc = orm.Nonconformity(
                    year=year, seq=seq, number=f"{seq:02d}/{year}", source="internal_audit" if i % 2 else "other",
                    description=f"Hồ sơ số {i} trả kết quả chậm so với phiếu hẹn", severity="minor",
                    detected_date=day, due_date=day + dt.timedelta(days=30),
                    root_cause="Chưa phân công người theo dõi", status="closed" if closed else "open",
                    closed_date=day + dt.timedelta(days=25) if closed else None,
                    verified_by="Trần Quốc Bảo" if closed else "", verified_date=day + dt.timedelta(days=24) if closed else None,
                    verification_effective=True if closed else None)
                nc.actions = [orm.CorrectiveAction(description=f"Phân công theo dõi hồ sơ số {i}", owner="Văn phòng",
                                                   due_date=day + dt.timedelta(days=20),
                                                   done_date=day + dt.timedelta(days=18) if closed else None,
                                                   result="Đã thực hiện" if closed else "")]
                s.add(nc)
    with db.engine.begin() as conn:
        prev = conn.exec_driver_sql("SELECT hash FROM change_log ORDER BY id DESC LIMIT 1").scalar() or GENESIS
        at = dt.datetime(2026, 1, 1)
        for chunk in range(100 * scale):
            rows = []
            for i in range(chunk * 1000, chunk * 1000 + 1000):
                new = json.dumps({"name": f"Bản ghi {i}"}, ensure_ascii=False)
                h = entry_hash(prev, at.isoformat(), "thuky", "update", "bench", str(i), "{}", new)
                rows.append(dict(at=at, username="thuky", action="update", entity="bench", entity_id=str(i),
                                 old_values="{}", new_values=new, prev_hash=prev, hash=h))
                prev = h
            conn.execute(insert(orm.ChangeLog), rows)
    db.close()
    (folder / "done").write_text(dt.datetime.now().isoformat())
    log("built.")
    return db_path


def with_report(scale: int = 1, *, log=print) -> tuple[Path, int]:
    """The heavy database with a finalised corrected version of the 2025-H1 report, which then holds the
    heavy commune's 2025 figures (its NCs and actions); and that report's id."""
    db_path = build(scale, log=log)
    marker = db_path.parent / "report-id"
    if marker.exists():
        return db_path, int(marker.read_text())
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.services.reports import lifecycle
    from qms_desktop.storage.db import Database

    log("finalising a corrected 2025-H1 report on the heavy commune …")
    db = Database.open(db_path)
    ctx = AppContext(db, Actor("lanhdao", "leader", "Trần Quốc Bảo"), clock=lambda: TODAY)
    first = next(r for r in lifecycle.list_reports(ctx) if r.period == "2025-H1")
    draft = lifecycle.correct_report(ctx, first.id)
    lifecycle.finalize_report(ctx, draft.id, acknowledge_all=True)
    db.close()
    marker.write_text(str(draft.id))
    return db_path, draft.id


def search_db(n: int, *, log=print) -> Path:
    """A database with ``n`` TTHC inserted in bulk (for the search that matches nothing)."""
    folder = cache_dir(0) / f"search-{n}"
    db_path = folder / "search.sqlite"
    if (folder / "done").exists() and db_path.exists():
        return db_path
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    from qms_desktop.domain.text import fold
    from qms_desktop.storage import orm
    from qms_desktop.storage.db import Database

    log(f"building a {n:,}-record search database …")
    db = Database.open(db_path)
    with db.engine.begin() as conn:
        for start in range(0, n, 10_000):
            conn.execute(insert(orm.Tthc), [dict(code=f"3.{i:06d}", name=f"Thủ tục đăng ký số {i} về đất đai",
                                                 field="Đất đai", search_key=fold(f"3.{i:06d} Thủ tục đăng ký số {i} về đất đai Đất đai"),
                                                 time_limit="", working_days=True, in_scope=True, note="",
                                                 created_by="b", updated_by="b")
                                            for i in range(start, min(start + 10_000, n))])
    db.close()
    (folder / "done").write_text(dt.datetime.now().isoformat())
    return db_path
