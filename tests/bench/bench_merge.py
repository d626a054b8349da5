"""On-demand benchmark of the merge of former communes (issue 18). Results: docs/benchmarks.md.

    python tests/bench/bench_merge.py [--keep DIR]

Builds three heavy former communes — 300 procedures (two versions of five steps each, a TTHC and a
legal basis), 300 TTHC (260 shared by national code), five years of audits, reviews, statistics and
objectives, 2,000 nonconformities with two corrective actions each, attached files and sent reports —
each written through the ORM so that its history chain is real, and a new commune with a profile.
Then merges the three into the new one in a fresh process (so its peak memory is the merge's own) and
checks the result with services.check. Goal: the merge ≤ 60 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qms_desktop.services import agency
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.storage import orm
from qms_desktop.storage.db import Database

PROCEDURES, TTHC_SHARED, YEARS, NCS_PER_YEAR = 300, 260, (2021, 2022, 2023, 2024, 2025), 400


def build_heavy(path: Path, place: str, k: int) -> dict[str, int]:
    db = Database.open(path)
    ctx = AppContext(db, Actor("thuky", "secretary", "Thư ký"), clock=lambda: dt.date(2025, 6, 30))
    agency.save_profile(ctx, agency.AgencyProfile(full_name=f"Ủy ban nhân dân xã {place}", province="Tỉnh Lâm Đồng"))
    with db.transaction("thuky") as s:
        units = [orm.Unit(name=f"Bộ phận {i} {'' if i < 5 else place}".strip()) for i in range(8)]
        s.add_all(units)
        s.flush()
        staff = [orm.Staff(full_name=f"Cán bộ {place} {i}", title="Công chức", unit_id=units[i % 8].id,
                           is_auditor=i % 5 == 0) for i in range(40)]
        s.add_all(staff)
        tthc = [orm.Tthc(code=f"1.{10000 + i:06d}" if i < TTHC_SHARED else f"2.{k}{i:05d}",
                         name=f"Thủ tục hành chính số {i}", field="Hộ tịch" if i % 2 else "Chứng thực",
                         time_limit="05 ngày làm việc", time_limit_days=5) for i in range(PROCEDURES)]
        s.add_all(tthc)
        s.flush()
        for i in range(PROCEDURES):
            p = orm.Procedure(code=f"QT-{i + 1:03d}", title=f"Quy trình giải quyết thủ tục số {i}", kind="tthc",
                              field="Hộ tịch", owner_unit_id=units[i % 8].id, status="effective", tthc=[tthc[i]])
            s.add(p)
            s.flush()
            for n, (eff, end, status) in enumerate(((dt.date(2021, 3, 1), dt.date(2023, 2, 28), "obsolete"),
                                                   (dt.date(2023, 3, 1), None, "effective")), start=1):
                v = orm.ProcedureVersion(procedure_id=p.id, number=n, effective_date=eff, end_date=end, status=status,
                                         drafted_by="Thư ký", approved_by="Chủ tịch", change_summary="Ban hành")
                s.add(v)
                s.flush()
                s.add_all(orm.ProcedureStep(version_id=v.id, step_no=j + 1, action=f"Bước {j + 1}", duration=1)
                          for j in range(5))
            s.add(orm.LegalDocument(procedure_id=p.id, number=f"{i}/2020/NĐ-CP", title=f"Nghị định số {i}"))
        for j in range(20):
            data = f"tệp {place} {j}".encode("utf-8") * 200
            import hashlib
            sha = hashlib.sha256(data).hexdigest()
            s.add(orm.StoredFile(sha256=sha, size=len(data), data=data))
            s.flush()
            s.add(orm.Attachment(owner_kind="procedure", owner_id=1 + j, sha256=sha, filename=f"QT-{j}.docx", size=len(data)))
    for year in YEARS:
        with db.transaction("thuky") as s:
            prog = orm.AuditProgramme(year=year, objectives="Đánh giá toàn bộ")
            s.add(prog)
            s.flush()
            for a in range(2):
                audit = orm.Audit(programme_id=prog.id, title=f"Đánh giá nội bộ {a + 1} năm {year}",
                                  planned_date=dt.date(year, 4 + 5 * a, 10), start_date=dt.date(year, 4 + 5 * a, 10),
                                  status="done", lead_auditor_id=staff[0].id, members=[staff[5], staff[10]],
                                  units=units[:3])
                s.add(audit)
                s.flush()
                s.add_all(orm.ChecklistItem(audit_id=audit.id, question=f"Câu hỏi {q}", clause="8.5.1", result="conform")
                          for q in range(20))
                s.add_all(orm.Finding(audit_id=audit.id, kind="nonconform", severity="minor",
                                      description=f"Phát hiện {f} năm {year}") for f in range(5))
            review = orm.ManagementReview(date=dt.date(year, 10, 20), place="Hội trường", chair="Chủ tịch", status="done")
            s.add(review)
            s.flush()
            s.add_all(orm.ReviewInput(review_id=review.id, key=key, content="Nội dung") for key in "abcdef")
            s.add_all(orm.ReviewOutput(review_id=review.id, kind="improvement", description=f"Đầu ra {o}")
                      for o in range(3))
            s.add(orm.QualityPolicy(year=year, text=f"Chính sách chất lượng {year} của xã {place}"))
            obj = orm.Objective(year=year, text="Tỷ lệ hồ sơ đúng hạn", target=98)
            s.add(obj)
            s.flush()
            s.add_all(orm.ObjectiveResult(objective_id=obj.id, period=per, value=97 + k / 10, achieved=False)
                      for per in (f"{year}-H1", str(year)))
            for first in (True, False):
                start = dt.date(year - 1, 12, 15) if first else dt.date(year, 6, 15)
                end = dt.date(year, 6, 14) if first else dt.date(year, 12, 14)
                s.add(orm.ServiceStat(period_start=start, period_end=end, received=900 + k, on_time=880, late=15 + k,
                                      pending=5))
            s.add_all(orm.Training(date=dt.date(year, m, 5), content=f"Phổ biến quy trình {m}", attendee_count=20)
                      for m in (3, 9))
            s.add(orm.Survey(period=f"{year}-H1", responses=100, satisfaction_rate=95))
            s.add(orm.Report(period=f"{year}-H1", number=10 + k, status="sent", snapshot_json="{}",
                             sent_date=dt.date(year, 6, 20)))
            s.flush()
            for n in range(1, NCS_PER_YEAR + 1):
                nc = orm.Nonconformity(year=year, seq=n, number=f"{n:02d}/{year}", source="internal_audit",
                                       description=f"Sự không phù hợp {n} năm {year} của xã {place}",
                                       detected_date=dt.date(year, 1 + n % 12, 1 + n % 28),
                                       status="closed" if n % 3 else "in_progress",
                                       closed_date=dt.date(year, 12, 20) if n % 3 else None,
                                       unit_id=units[n % 8].id)
                s.add(nc)
                if n % 100 == 0:
                    s.flush()
            s.flush()
            ids = [i for (i,) in s.execute(orm.Nonconformity.__table__.select().with_only_columns(
                orm.Nonconformity.id).where(orm.Nonconformity.year == year))]
            s.add_all(orm.CorrectiveAction(nc_id=i, description=f"Hành động {j}", owner="Cán bộ") for i in ids
                      for j in range(2))
    with db.engine.connect() as conn:
        counts = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                  for t in ("procedure", "nonconformity", "corrective_action", "change_log")}
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return counts


def merge_only(target: str, sources: list[str]) -> int:
    """Run in a fresh process: the merge's own time and peak memory."""
    from qms_desktop.services import merge as M
    from qms_desktop.services.check import check_database
    from qms_desktop.services.context import SYSTEM

    db = Database.open(target)
    ctx = AppContext(db, SYSTEM)
    out = {}
    t0, c0 = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory() as work:
        checks = M.prepare_sources(ctx, sources, work)
        out["check_sources_s"] = round(time.perf_counter() - t0, 2)
        t = time.perf_counter()
        plan = M.build_plan(ctx, checks, M.MergeOptions(tthc_by_name=M.SEPARATE))
        out["plan_s"] = round(time.perf_counter() - t, 2)
        t = time.perf_counter()
        result = M.apply_plan(ctx, plan, backup_folder=Path(work) / "bk")
        out["backup_and_write_s"] = round(time.perf_counter() - t, 2)
    out["merge_total_s"] = round(time.perf_counter() - t0, 2)
    out["merge_total_cpu_s"] = round(time.process_time() - c0, 2)  # the machine may be shared: CPU time too
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    t = time.perf_counter()
    report = check_database(db)
    out["qms_check_after_s"] = round(time.perf_counter() - t, 2)
    out["healthy"] = report.healthy
    out["renumbered"] = sum(sp.count(M.RENUMBERED) for sp in plan.plans)
    with db.engine.connect() as conn:
        out["after"] = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                        for t in ("procedure", "nonconformity", "change_log", "imported_change_log", "merged_row")}
    out["merged"] = result.merged
    db.close()
    print(json.dumps(out))
    return 0


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--keep", help="build (or reuse) the communes in this folder")
    p.add_argument("--merge-only", nargs="+", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.merge_only:
        return merge_only(args.merge_only[0], args.merge_only[1:])
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="qms-bench-merge-"))
    folder.mkdir(parents=True, exist_ok=True)
    out: dict = {}
    sources = []
    for k, place in enumerate(("Tân Phú", "Phú Lâm", "Đạ Lây"), start=1):
        path = folder / f"heavy-{k}.sqlite"
        if not path.exists():
            t = time.perf_counter()
            out[f"source_{k}"] = build_heavy(path, place, k)
            out[f"build_{k}_s"] = round(time.perf_counter() - t, 1)
        sources.append(str(path))
    target = folder / "new.sqlite"
    target.unlink(missing_ok=True)
    db = Database.open(target)
    agency.save_profile(AppContext(db, Actor("chutich", "leader")),
                        agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Hà", province="Tỉnh Lâm Đồng"))
    db.close()
    run = subprocess.run([sys.executable, __file__, "--merge-only", str(target), *sources], capture_output=True,
                         text=True)
    if run.returncode:
        print(run.stderr, file=sys.stderr)
        return 1
    out["merge"] = json.loads(run.stdout.strip().splitlines()[-1])
    print(json.dumps(out, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
