"""A demo province for the inspection tests (imported as ``inspect_helpers``).

The session's office (tests/receiving/province.py) receives the three real packages (TP on time,
BL late with an overdue NC, DH on time without a management review) and, for a province with more
units, nine more units get packages generated like the benchmark's (tests/bench/receiving_gen.py,
the BL package as template; each unit with its own key): some late, some weak, some with nothing sent.
"""

from __future__ import annotations

import datetime as dt
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from province import ICT, trust_all  # noqa: E402

# code, name, sends (None: nothing), sent day in June 2026 (due 20/06), weak figures
EXTRA = [
    ("LD-G01", "Phường Xuân Hương", 15, False),
    ("LD-G02", "Xã Đức Trọng", 18, False),
    ("LD-G03", "Xã Lạc Dương", 28, True),
    ("LD-G04", "Phường Lâm Viên", 10, False),
    ("LD-G05", "Xã Di Linh", None, False),
    ("LD-G06", "Xã Bảo Thuận", 19, True),
    ("LD-G07", "Phường Cam Ly", 12, False),
    ("LD-G08", "Xã Đam Rông", 26, False),
    ("LD-G09", "Xã Nam Ban", 17, False),
]


def _template(package: Path):
    from receiving_gen import Template

    with zipfile.ZipFile(package) as z:
        return Template(z.read("report.json"), z.read("report.pdf"), z.read("report.xlsx"))


def build_demo_province(ctx, province, work: Path) -> dict:
    """Fill the office of ``ctx`` (a copy of the session's office) with 12 reporting units' packages;
    every received report is accepted except BL's. Returns the generated units' keys {code: key}."""
    from receiving_gen import new_key, package

    from qms_desktop.services import receiving as rx

    trust_all(ctx, province)
    result = rx.import_packages(ctx, [s.package for s in province.sent.values()])
    assert [o.status for o in result.outcomes] == ["accepted"] * 3, [o.reason for o in result.outcomes]
    template = _template(province.sent["BL"].package)
    work.mkdir(parents=True, exist_ok=True)
    paths = []
    keys = {}
    for i, (code, name, day, weak) in enumerate(EXTRA, start=1):
        rx.save_unit(ctx, None, rx.UnitInput(code, name, "phuong" if name.startswith("Phường") else "xa"))
        if day is None:
            continue
        key = keys[code] = new_key()
        rx.trust_key(ctx, code, key.fingerprint, note="test")
        body = package(template, index=100 + i, name=name, code=code, key=key, seed=15, weak=weak,
                       exported_at=dt.datetime(2026, 6, day, 10, 0, tzinfo=ICT))
        path = work / f"BaoCaoISO_2026-6T_{code}.zip"
        path.write_bytes(body)
        paths.append(path)
    result = rx.import_packages(ctx, paths)
    assert [o.status for o in result.outcomes] == ["accepted"] * len(paths), [str(o.reason) for o in result.outcomes]
    for unit in rx.list_units(ctx):
        if unit.code in ("LD-BL", "LD-LB", "LD-PQ", "LD-OLD", "LD-G05"):
            continue
        rx.accept_report(ctx, rx.find_submission(ctx, unit.code, "2026-H1"))
    return keys


_BUILT: dict = {}


def inspected_template(tmp_path_factory, province) -> tuple[Path, dict]:
    """The session's office after ``build_demo_province`` (12 units' packages received), built once per test
    session: (a file the tests copy, the generated units' keys). About a second a build, which the thirty-odd
    inspection tests each paid before."""
    if "office" not in _BUILT:
        import pytest

        from province import OFFICE_TODAY, copy_db

        from qms_desktop.services.context import Actor, AppContext
        from qms_desktop.storage.db import Database

        work = tmp_path_factory.mktemp("inspected")
        path = copy_db(province.office_template, work / "office.sqlite")
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("QMS_DATA_DIR", str(work / "data"))
            db = Database.open(path)
            try:
                keys = build_demo_province(AppContext(db, Actor("vanthu", "leader", ""), lambda: OFFICE_TODAY),
                                           province, work / "usb")
                with db.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                db.close()
        _BUILT["office"] = (path, keys)
    return _BUILT["office"]


def send_generated(ctx, province, code: str, key, period: str, moment: dt.datetime, work: Path, *, accept=True):
    """A later package of a generated unit (same key), imported and (by default) accepted."""
    from receiving_gen import package

    from qms_desktop.services import receiving as rx

    index, name = next((i, n) for i, (c, n, _d, _w) in enumerate(EXTRA, start=1) if c == code)
    body = package(_template(province.sent["BL"].package), index=100 + index, name=name, code=code, key=key,
                   period=period, seed=16, exported_at=moment)
    path = work / f"BaoCaoISO_{period}_{code}.zip"
    path.write_bytes(body)
    outcome = rx.import_packages(ctx, [path]).outcomes[0]
    assert outcome.status == "accepted", outcome.reason
    if accept:
        rx.accept_report(ctx, rx.find_submission(ctx, code, period))
    return path
