"""Generate a province's worth of VALID signed report packages quickly (benchmark and screenshots).

Exporting 3,321 packages through the full exporter (a PDF and an XLSX rendered per commune, ~1–2 s
each) would take longer than the import being measured, so packages are built directly with
``reports.package.build_package``: one real commune's finalised report (built through the services,
rendered once to PDF and XLSX) is the template; each unit gets its own Ed25519 key, name, code and
figures (a seeded random variation of every metric), and its own signed manifest and report.json.
The PDF and XLSX parts are the template's (same bytes, so every package is ~120 KB like a real one).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "reports"))

ICT = dt.timezone(dt.timedelta(hours=7))

# Real commune names of the kind a province lists (for the screenshots); the benchmark numbers them.
NAMES = ["Xã Tân Phú", "Phường Bảo Lộc", "Xã Đạ Huoai", "Xã Lộc Bắc", "Phường Xuân Hương", "Xã Đức Trọng",
         "Xã Lạc Dương", "Phường Lâm Viên", "Xã Di Linh", "Xã Bảo Thuận", "Phường Cam Ly", "Xã Đam Rông",
         "Xã Nam Ban", "Xã Đinh Văn", "Xã Ka Đô", "Phường Lang Biang"]


@dataclass
class Template:
    report_json: bytes
    pdf: bytes
    xlsx: bytes


def template(work: Path) -> Template:
    """A real finalised 2026-H1 report of the report tests' commune, rendered once."""
    from report_helpers import TODAY, build

    from qms_desktop.reports.pdf import report_pdf
    from qms_desktop.reports.report_data import ReportData
    from qms_desktop.reports.xlsx import report_xlsx
    from qms_desktop.services import reports
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.storage.db import Database

    path = work / "template_commune.sqlite"
    build(path)
    db = Database.open(path)
    try:
        ctx = AppContext(db, Actor("chutich", "leader", "Nguyễn Văn An"), lambda: TODAY)
        row = reports.create_report(ctx, period="2026-H1")
        reports.update_report(ctx, row.id, shortcomings="Một số hồ sơ còn trễ hạn.")  # the pre-flight asks for Part III
        on_the_day = AppContext(db, ctx.actor, lambda: dt.date(2026, 6, 20))  # never dated after its day
        reports.finalize_report(on_the_day, row.id, date="20/06/2026", acknowledge_all=True)
        raw = reports.snapshot_bytes(ctx, row.id)
    finally:
        db.close()
    data = dataclasses.replace(ReportData.from_json(raw), report_id=TEMPLATE_ID)
    return Template(raw, report_pdf(data, fingerprint="0000 0000 0000 0000"), report_xlsx(data))


# The template PDF names report TEMPLATE_ID in its /Keywords; unit i's package is report TEMPLATE_ID + i, whose
# identity has the same length, so each unit's PDF is given its own identity in place before it is signed (the
# inbox refuses a signed PDF of another report, QA 17 F1).
TEMPLATE_ID = 1_000_000


def _with_identity(pdf: bytes, data) -> bytes:
    from qms_desktop.reports.pdf import REPORT_KEYWORD, report_identity

    old = f"{REPORT_KEYWORD}{report_identity('2026-H1', 1, TEMPLATE_ID)}".encode()
    new = f"{REPORT_KEYWORD}{report_identity(data.period, data.report_version, data.report_id)}".encode()
    assert pdf.count(old) == 1 and len(new) == len(old), (old, new)
    return pdf.replace(old, new)


def _vary(data, rng: random.Random, *, weak: bool):
    """The same report with every figure varied consistently (received = on time + late + pending)."""
    from qms_desktop.reports.report_data import Item, Part

    received = rng.randint(300, 1800)
    pending = rng.randint(0, 25)
    late = rng.randint(0, max(1, received // 15)) if not weak else rng.randint(received // 12, received // 6)
    on_time = received - pending - late
    in_scope = rng.randint(20, 70)
    covered = in_scope - rng.randint(0, 4)
    opened = rng.randint(0, 6)
    closed = rng.randint(0, opened)
    values = {
        "tthc_total": in_scope + rng.randint(0, 10), "tthc_in_scope": in_scope, "tthc_covered": covered,
        "tthc_coverage": round(100 * covered / in_scope, 1), "procedures_effective": covered - rng.randint(0, 3),
        "received": received, "on_time": on_time, "late": late, "pending": pending,
        "on_time_rate": round(100 * on_time / (on_time + late), 1), "satisfaction": round(rng.uniform(84, 99.5), 1),
        "audits": rng.choice((0, 1, 1, 1, 2)), "reviews": rng.choice((0, 1, 1, 1)), "nc_opened": opened,
        "nc_closed": closed, "nc_open_end": opened - closed + rng.randint(0, 2),
        "nc_overdue": rng.choice((0, 0, 0, 1, 2)), "trainings": rng.randint(0, 4), "complaints": rng.randint(0, 3),
        "improvements": rng.randint(0, 3),
    }
    parts = []
    for part in data.parts:
        items = []
        for item in part.items:
            metrics = tuple(dataclasses.replace(m, value=values[m.key]) if m.key in values else m for m in item.metrics)
            items.append(Item(item.code, item.key, item.title, item.ref, item.paragraphs, metrics))
        parts.append(Part(part.code, part.title, tuple(items), part.paragraphs))
    return dataclasses.replace(data, parts=tuple(parts))


def package(t: Template, *, index: int, name: str, code: str, period: str = "2026-H1", version: int = 1,
            exported_at: dt.datetime, key, seed: int = 0, weak: bool = False, signer=None) -> bytes:
    """The signed package of unit ``index`` for ``period`` (version ``version``); with ``signer`` (a
    ``PdfSigner``), its report.pdf carries the unit's own PAdES signature, as a token would put there."""
    from qms_desktop import __version__
    from qms_desktop.domain.periods import ReportPeriod
    from qms_desktop.reports import wording as W
    from qms_desktop.reports.package import build_package
    from qms_desktop.reports.report_data import ReportData

    data = ReportData.from_json(t.report_json)
    p = ReportPeriod.parse(period)
    start, end = p.bounds()
    short = name[:1].lower() + name[1:]
    data = dataclasses.replace(
        data, period=p.code, period_label=W.period_label(p.year, p.half), period_start=start, period_end=end,
        report_version=version, report_id=TEMPLATE_ID + index, number=(index % 900) + 1,
        date=min(data.date or exported_at.date(), exported_at.date()),  # a report is not exported before its date
        agency=dataclasses.replace(data.agency, full_name=f"Ủy ban nhân dân {short}", short_name=short,
                                   place_name=name.split(" ", 1)[-1]))
    data = _vary(data, random.Random(seed * 100_003 + index * 7 + version), weak=weak)
    pdf, claim = t.pdf, None
    if signer is not None:
        from qms_desktop.services.reports.signing import pdf_signature_manifest

        pdf = signer.sign(_with_identity(t.pdf, data), data.agency.full_name, exported_at)
        claim = pdf_signature_manifest(pdf)
    return build_package(data=data, pdf=pdf, xlsx=t.xlsx, report_json=data.to_json().encode("utf-8"), key=key,
                         exported_at=exported_at, exported_by="thuky", app_version=__version__, agency_code=code,
                         pdf_signature=claim)


class PdfSigner:
    """A test CA (root and intermediate, ``tests/reports/pki_helpers``) that issues each unit an RSA-2048
    certificate naming the unit as its organisation and signs its PDF with pyHanko (the app's ``sign_pdf``).
    ``root_pem`` goes into the office's trust folder, as an officer imports the national root."""

    def __init__(self) -> None:
        import pki_helpers  # tests/reports, on the path above

        self._pki = pki_helpers
        pki = pki_helpers.make_pki()
        self.root, self.inter = pki.root, pki.intermediate
        self.root_pem = pki.root.pem

    def sign(self, pdf: bytes, organisation: str, when: dt.datetime) -> bytes:
        from cryptography.hazmat.primitives.asymmetric import rsa

        from qms_desktop.reports import pades

        h = self._pki
        now = dt.datetime.now(dt.timezone.utc)
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        leaf = h._issue(h._name(organisation, organisation), key, self.inter, ca=False,
                        not_before=now - dt.timedelta(days=400), not_after=now + dt.timedelta(days=700))
        folder = Path(tempfile.mkdtemp(prefix="qms-bench-pfx-"))
        try:
            pfx = h.write_pfx(folder / "unit.pfx", leaf, [self.inter, self.root], "bench")
            source = pades.open_pfx(pfx, "bench")
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return pades.sign_pdf(pdf, source, pades.Appearance(pades.ROLE_AGENCY, organisation, organisation))


def new_key():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from qms_desktop.reports.signing import InstallationKey

    return InstallationKey(Ed25519PrivateKey.generate())


def register_xlsx(path: Path, units: list[tuple[str, str]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("DanhSach")
    ws.append(["STT", "Mã đơn vị", "Tên đơn vị", "Loại", "Phải báo cáo"])
    for i, (code, name) in enumerate(units, start=1):
        ws.append([i, code, name, "Phường" if name.startswith("Phường") else "Xã", "Có"])
    wb.save(path)
    return path
