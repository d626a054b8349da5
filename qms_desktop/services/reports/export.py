"""'Xuất báo cáo': the signed transfer package (and, beside it, the PDF and XLSX for printing).

Every file is written atomically and read back; the package is verified exactly as the receiving
office will verify it before success is reported. Each file written is logged (ExportLog).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from qms_desktop import __version__
from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.model import ReportStatus
from qms_desktop.domain.periods import ReportPeriod
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.jobs import CancelToken, Progress, ProgressSink, no_progress
from qms_desktop.paths import data_dir
from qms_desktop.reports.files import ExportFailed, atomic_write, sha256_bytes
from qms_desktop.reports.package import PackageInvalid, build_package, package_name, verify_package
from qms_desktop.reports.pdf import report_pdf
from qms_desktop.reports.report_data import ReportData
from qms_desktop.reports.signing import InstallationKey, load_or_create_key
from qms_desktop.reports.xlsx import report_xlsx
from qms_desktop.services.common import load
from qms_desktop.services.context import AppContext
from qms_desktop.services.reports.lifecycle import report_data
from qms_desktop.storage import orm


@dataclass(frozen=True)
class ExportResult:
    package: Path
    files: tuple[Path, ...]  # every file written, the package first
    fingerprint: str


def keys_dir() -> Path:
    return data_dir() / "keys"


def installation_key(folder: Path | None = None) -> InstallationKey:
    """The installation's signing key (created on first use)."""
    return load_or_create_key(folder or keys_dir())


def key_fingerprint(folder: Path | None = None) -> str:
    return installation_key(folder).fingerprint


def preview_pdf(ctx: AppContext, report_id: int, *, fingerprint: str | None = None) -> bytes:
    """The report's PDF for the print preview (a draft is marked DỰ THẢO)."""
    data = report_data(ctx, report_id)
    if fingerprint is None and data.status != ReportStatus.DRAFT:
        fingerprint = key_fingerprint()
    return report_pdf(data, fingerprint=fingerprint or "")


def _frozen(ctx: AppContext, report_id: int) -> tuple[ReportData, bytes, str, str]:
    with ctx.tx("edit") as s:
        r = load(s, orm.Report, report_id)
        if r.status == ReportStatus.DRAFT or not r.snapshot_json:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Finalise the report before exporting it: only a finalised report "
                                              "goes to the receiving office."))
        raw = r.snapshot_json.encode("utf-8")
        agency = s.get(orm.Agency, 1)
        return (ReportData.from_json(raw), raw, agency.short_name if agency else "",
                (agency.code or "") if agency else "")


def export_report(ctx: AppContext, report_id: int, out_dir: str | Path, *, loose_files: bool = True,
                  key_folder: Path | None = None, progress: ProgressSink = no_progress,
                  cancel: CancelToken | None = None) -> ExportResult:
    """Write the transfer package of a finalised report into ``out_dir`` (a USB stick, typically).

    Args:
        loose_files: also write the PDF and XLSX beside the package, for printing.

    Raises:
        ValidationError: the report is not finalised.
        ExportFailed: the drive is full, read-only or vanished, or a file read back wrongly; no
            valid-looking partial file is left.
        Cancelled: the user cancelled before anything was written.
    """
    cancel = cancel or CancelToken()
    out = Path(out_dir)
    steps = 6 if loose_files else 4
    progress(Progress(0, steps, QT_TRANSLATE_NOOP("Jobs", "Reading the finalised report")))
    data, raw, short_name, agency_code = _frozen(ctx, report_id)
    key = installation_key(key_folder)
    cancel.raise_if_cancelled()
    progress(Progress(1, steps, QT_TRANSLATE_NOOP("Jobs", "Writing the PDF")))
    pdf = report_pdf(data, fingerprint=key.fingerprint)
    cancel.raise_if_cancelled()
    progress(Progress(2, steps, QT_TRANSLATE_NOOP("Jobs", "Writing the spreadsheet")))
    xlsx = report_xlsx(data)
    cancel.raise_if_cancelled()
    progress(Progress(3, steps, QT_TRANSLATE_NOOP("Jobs", "Signing and writing the package")))
    exported_at = dt.datetime.now().astimezone().replace(microsecond=0)
    package = build_package(data=data, pdf=pdf, xlsx=xlsx, report_json=raw, key=key, exported_at=exported_at,
                            exported_by=ctx.actor.username, app_version=__version__, agency_code=agency_code)
    name = package_name(ReportPeriod.parse(data.period).file_tag, short_name or data.agency.short_name,
                        data.report_version)
    written = [(atomic_write(out / name, package, verify=lambda p: _verify_written(p, key.fingerprint)), package)]
    if loose_files:
        stem = name[: -len(".zip")]
        progress(Progress(4, steps, QT_TRANSLATE_NOOP("Jobs", "Writing the PDF and spreadsheet for printing")))
        written.append((atomic_write(out / f"{stem}.pdf", pdf), pdf))
        written.append((atomic_write(out / f"{stem}.xlsx", xlsx), xlsx))
    _log(ctx, report_id, written)
    progress(Progress(steps, steps, QT_TRANSLATE_NOOP("Jobs", "Done")))
    return ExportResult(written[0][0], tuple(p for p, _ in written), key.fingerprint)


def _verify_written(path: Path, fingerprint: str) -> None:
    """Read the package back from the drive and verify it as the receiving office will."""
    try:
        verify_package(path, expected_fingerprint=fingerprint)
    except PackageInvalid as exc:
        raise ExportFailed(QT_TRANSLATE_NOOP("Export", "The package written to {folder} does not verify ({reason}); it was removed. "
                                       "Try another drive."), folder=str(path.parent), reason=exc.render()) from exc


def _log(ctx: AppContext, report_id: int, written: list[tuple[Path, bytes]]) -> None:
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    with ctx.tx("edit") as s:
        for path, body in written:
            s.add(orm.ExportLog(report_id=report_id, at=now, username=ctx.actor.username, path=str(path),
                                sha256=sha256_bytes(body)))


@dataclass(frozen=True)
class ExportLogRow:
    at: dt.datetime
    username: str
    path: str
    sha256: str


def export_history(ctx: AppContext, report_id: int) -> list[ExportLogRow]:
    from sqlalchemy import select

    with ctx.tx("read") as s:
        rows = s.scalars(select(orm.ExportLog).where(orm.ExportLog.report_id == report_id).order_by(orm.ExportLog.id))
        return [ExportLogRow(r.at, r.username, r.path, r.sha256) for r in rows]
