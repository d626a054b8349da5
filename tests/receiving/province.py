"""A small province for the receiving-office tests (imported as ``province``: tests/ is not a package).

Three differently built communes export their 2026-H1 report WITH THE REAL EXPORTER
(``services.reports.export_report``), each with its own key:

- ``TP``: the demo commune (services/demo, two years of records), unit code LD-TP set in its profile,
  exported on 19/06/2026 (on time);
- ``BL``: the report tests' small commune (tests/reports/report_helpers.build) renamed "phường Bảo Lộc",
  with more statistics and an overdue NC, NO unit code (matched by its name), exported 25/06/2026 (late);
- ``DH``: the same small commune renamed "UBND xã Đạ Huoai" (a "UBND" prefix), unit code LD-DH, a different
  survey and no management review, exported on the due day 20/06/2026 (on time: the cut-off is inclusive).

The register (an Excel list, imported with ``qms units import``) also has a unit that sends nothing
(LD-LB, missing) and one not expected to report (LD-PQ). Everything is built once per session.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import shutil
import sys
import types
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "reports"))

OFFICE_TODAY = dt.date(2026, 7, 1)
PERIOD = "2026-H1"
PASSWORD = "Mat-khau-2026!"
OFFICE_NAME = "Sở Khoa học và Công nghệ tỉnh Lâm Đồng"

REGISTER = [  # code, name, kind, opened, closed, predecessors, expected, reason
    ("LD-TP", "Xã Tân Phú", "Xã", "01/07/2025", None, "Xã Phú Lâm; Xã Phú Bình", "Có", None),
    ("LD-BL", "Phường Bảo Lộc", "Phường", "01/07/2025", None, None, "Có", None),
    ("LD-DH", "Xã Đạ Huoai", "Xã", None, None, None, "x", None),
    ("LD-LB", "Xã Lộc Bắc", "Xã", None, None, None, None, None),
    ("LD-PQ", "Đặc khu Phú Quý", "Đặc khu", "01/07/2025", None, None, "Không", "Chưa áp dụng HTQLCL"),
    ("LD-OLD", "Xã Phú Lâm", "Xã", None, "30/06/2025", None, "Có", None),  # merged into Tân Phú: not expected
]


@dataclass
class Sent:
    code: str  # the unit's code in the register
    name: str  # the agency's full name in its profile
    db: Path  # the commune's database (a copy kept for checks against the source)
    key_dir: Path
    package: Path
    fingerprint: str
    report_id: int
    leader: tuple[str, str, str]  # username, role, full name


def write_register(path: Path, rows=REGISTER) -> Path:
    """The province's list of units as an Excel file, with a title row like a real one."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH ĐƠN VỊ HÀNH CHÍNH CẤP XÃ TỈNH LÂM ĐỒNG"])
    ws.append([])
    ws.append(["STT", "Mã đơn vị", "Tên đơn vị", "Loại", "Ngày thành lập", "Ngày giải thể", "Đơn vị tiền thân",
               "Phải báo cáo", "Lý do"])
    for i, row in enumerate(rows, start=1):
        code, name, kind, opened, closed, pred, expected, reason = row
        ws.append([i, code, name, kind, opened, closed, pred, expected, reason])
    wb.save(path)
    return path


@contextlib.contextmanager
def exported_on(moment: dt.datetime):
    """Make the exporter believe it is ``moment`` (aware): the package's signed exported_at."""
    from qms_desktop.services.reports import export

    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return moment.astimezone(tz) if tz else moment

    real = export.dt
    export.dt = types.SimpleNamespace(datetime=Clock, timezone=dt.timezone, date=dt.date, timedelta=dt.timedelta)
    try:
        yield
    finally:
        export.dt = real


ICT = dt.timezone(dt.timedelta(hours=7))


def _ctx(db, who, day):
    from qms_desktop.services.context import Actor, AppContext

    return AppContext(db, Actor(*who), lambda: day)


def export_from(db_path: Path, who, report_id: int, out: Path, key_dir: Path, moment: dt.datetime) -> Path:
    from qms_desktop.services import reports
    from qms_desktop.storage.db import Database

    db = Database.open(db_path)
    try:
        out.mkdir(parents=True, exist_ok=True)
        with exported_on(moment):
            result = reports.export_report(_ctx(db, who, moment.date()), report_id, out, loose_files=False,
                                           key_folder=key_dir)
        return result.package
    finally:
        db.close()


def build_demo_commune(demo_template: Path, work: Path) -> Sent:
    from sqlalchemy import select

    from qms_desktop.services import agency
    from qms_desktop.services.demo import DEMO_ACCOUNTS
    from qms_desktop.storage import orm
    from qms_desktop.storage.db import Database, backup_copy

    path = backup_copy(demo_template, work / "TP.sqlite")
    leader = next((u, r, f) for u, r, _p, f in DEMO_ACCOUNTS if r == "leader")
    db = Database.open(path)
    ctx = _ctx(db, leader, dt.date(2026, 6, 19))
    agency.save_profile(ctx, dataclasses.replace(agency.get_profile(ctx), code="LD-TP"))
    with ctx.tx("read") as s:
        report_id = s.scalar(select(orm.Report.id).where(orm.Report.period == PERIOD, orm.Report.version == 1))
    db.close()
    key_dir = work / "keys_TP"
    package = export_from(path, leader, report_id, work / "usb_TP", key_dir, dt.datetime(2026, 6, 19, 9, 30, tzinfo=ICT))
    return Sent("LD-TP", "Ủy ban nhân dân xã Tân Phú", path, key_dir, package, signer_of(package), report_id, leader)


def build_small_commune(template: Path, work: Path, tag: str) -> Sent:
    """A copy of the report tests' commune, changed so that every figure differs, then reported."""
    from qms_desktop.services import agency, ncs, records, reports
    from qms_desktop.storage.db import Database, backup_copy

    path = backup_copy(template, work / f"{tag}.sqlite")
    leader = ("chutich", "leader", "Nguyễn Văn An")
    day = dt.date(2026, 6, 18)
    db = Database.open(path)
    ctx = _ctx(db, leader, day)
    profile = agency.get_profile(ctx)
    if tag == "BL":
        name, code = "Ủy ban nhân dân phường Bảo Lộc", ""
        quarter = next(r for r in records.list_records(ctx, "service_stat")
                       if r.values["period_start"] == dt.date(2026, 1, 1))  # its own first quarter's figures
        records.update(ctx, "service_stat", quarter.id, {"received": 1140, "on_time": 1052, "late": 72, "pending": 16,
                                                         "feedback": 7, "complaints": 3, "complaints_resolved": 2})
        ncs.open_nc(ctx, description="Hồ sơ đất đai trả chậm", detected_date="02/03/2026", source="other",
                    severity="major", due_date="15/04/2026")
        moment = dt.datetime(2026, 6, 25, 14, 0, tzinfo=ICT)
    else:
        name, code = "UBND xã Đạ Huoai", "LD-DH"
        records.create(ctx, "survey", {"period": PERIOD, "form": "Phiếu khảo sát trực tuyến", "start_date": "01/06/2026",
                                       "end_date": "10/06/2026", "responses": 80, "satisfaction_rate": 88.0})
        records.create(ctx, "training", {"date": "12/03/2026", "kind": "training",
                                         "content": "Tập huấn ISO cho công chức mới", "attendee_count": 9})
        moment = dt.datetime(2026, 6, 20, 23, 30, tzinfo=ICT)  # the due day itself, late in the evening
    agency.save_profile(ctx, dataclasses.replace(profile, full_name=name, kind=agency.kind_named_in(name) or "xa", short_name="", place_name="", code=code))
    row = reports.create_report(ctx, period=PERIOD)
    reports.update_report(ctx, row.id, shortcomings="Một số hồ sơ còn trễ hạn.")  # the pre-flight asks for Part III
    finalised = _ctx(db, leader, moment.date())  # finalised on the day it is dated, never before
    reports.finalize_report(finalised, row.id, date=moment.date().strftime("%d/%m/%Y"), acknowledge_all=True)
    db.close()
    key_dir = work / f"keys_{tag}"
    package = export_from(path, leader, row.id, work / f"usb_{tag}", key_dir, moment)
    return Sent(f"LD-{tag}", name, path, key_dir, package, signer_of(package), row.id, leader)


def signer_of(package: Path) -> str:
    """The fingerprint of the key that signed a package (as the commune prints it on its report)."""
    from qms_desktop.reports.package import verify_package

    return verify_package(package).fingerprint


def sender_key(sent: "Sent"):
    """The commune's own signing key: the agency's key kept in its database (issue 10) when the
    application has one, else the installation key in the commune's key folder."""
    import importlib.util

    from qms_desktop.reports.signing import load_or_create_key

    if importlib.util.find_spec("qms_desktop.services.agency_key") is not None:
        from qms_desktop.services import agency_key
        from qms_desktop.storage.db import Database

        db = Database.open(sent.db)
        try:
            key = agency_key.signing_key(_ctx(db, sent.leader, dt.date(2026, 7, 1)), legacy=sent.key_dir)[0]
        finally:
            db.close()
    else:
        key = load_or_create_key(sent.key_dir)
    assert key.fingerprint == sent.fingerprint, "the key that signed the commune's package"
    return key


def build_office(path: Path, register: Path):
    """A receiving office created with the real CLI (init --receiving, units import). Returns the path."""
    from qms_desktop import cli

    env = {"QMS_USER": "vanthu", "QMS_PASSWORD": PASSWORD}
    saved = {k: __import__("os").environ.get(k) for k in env}
    __import__("os").environ.update(env)
    try:
        assert cli.main(["--lang", "en", "--db", str(path), "init", "--receiving", "--name", OFFICE_NAME,
                         "--province", "Tỉnh Lâm Đồng"]) == 0
        assert cli.main(["--lang", "en", "--db", str(path), "units", "import", str(register)]) == 0
    finally:
        for k, v in saved.items():
            if v is None:
                __import__("os").environ.pop(k, None)
            else:
                __import__("os").environ[k] = v
    return path


def copy_db(src: Path, dest: Path) -> Path:
    from qms_desktop.storage.db import backup_copy

    return backup_copy(src, dest)


def file_digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def copy_tree(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest)
    return dest


_CACHE: dict = {}


@dataclass
class Province:
    office_template: Path
    register: Path
    sent: dict  # "TP", "BL", "DH" → Sent
    small_template: Path
    work: Path


def session_province(tmp_path_factory, demo_template: Path) -> Province:
    """The province, built once per test session (shared by the receiving and the GUI tests)."""
    if "province" not in _CACHE:
        from report_helpers import build

        work = tmp_path_factory.mktemp("province")
        small = work / "small.sqlite"
        build(small)
        sent = {"TP": build_demo_commune(demo_template, work),
                "BL": build_small_commune(small, work, "BL"),
                "DH": build_small_commune(small, work, "DH")}
        register = write_register(work / "DanhSachDonVi.xlsx")
        office = build_office(work / "office.sqlite", register)
        _CACHE["province"] = Province(office, register, sent, small, work)
    return _CACHE["province"]


def trust_all(ctx, province) -> None:
    """Enrol the three communes' keys by hand (as read from their signed paper reports)."""
    from qms_desktop.services import receiving as rx

    for s in province.sent.values():
        rx.trust_key(ctx, s.code, s.fingerprint, note="test")
