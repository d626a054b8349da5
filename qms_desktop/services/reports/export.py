"""'Xuất báo cáo': the signed transfer package (and, beside it, the PDF and XLSX for printing).

Every file is written atomically and read back; the package is verified exactly as the receiving
office will verify it before success is reported. Each file written is logged (ExportLog).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from qms_desktop import __version__
from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.model import ReportStatus
from qms_desktop.domain.periods import ReportPeriod
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.jobs import CancelToken, Progress, ProgressSink, no_progress
from qms_desktop.reports.files import ExportFailed, atomic_write, sha256_bytes
from qms_desktop.reports.package import PackageInvalid, build_package, package_name, verify_package
from qms_desktop.reports.pdf import printed_chain_head, report_pdf
from qms_desktop.reports.report_data import ReportData
from qms_desktop.reports.xlsx import report_xlsx
from qms_desktop.reports import wording as W
from qms_desktop.services import agency_key
from qms_desktop.services.agency_key import legacy_folder
from qms_desktop.services.common import load
from qms_desktop.services.context import AppContext
from qms_desktop.services.provenance import predecessors
from qms_desktop.services.reports.lifecycle import report_data
from qms_desktop.storage import integrity, orm
from qms_desktop.storage.integrity import SNAPSHOT_KEY, format_head


@dataclass(frozen=True)
class ExportResult:
    package: Path
    files: tuple[Path, ...]  # every file written, the package first
    fingerprint: str
    chain_head: str = ""  # "N:HASH" carried in the manifest (the history as exported)
    key_changed_from: str = ""
    printed_head: str = ""  # the head printed on the package's PDF: a signed PDF keeps the head of its signing day
    signed: bool = False  # the package's PDF is the digitally signed one

    @property
    def head_moved_on(self) -> bool:
        """The signed PDF prints an older head than the package carries (the history moved on since signing)."""
        return self.signed and self.printed_head != self.chain_head


def keys_dir() -> Path:
    """Where earlier versions kept the per-Windows-account key (see services/agency_key.py)."""
    return legacy_folder()


def key_fingerprint(ctx: AppContext) -> str:
    """The agency's signing key fingerprint (the key is created or adopted on first use)."""
    return agency_key.key_fingerprint(ctx)


def pdf_marks(ctx: AppContext) -> tuple[str, str, str]:
    """What a finalised report's PDF prints to anchor it: (key fingerprint, chain head "N:HASH",
    previous key's fingerprint when the key was changed)."""
    fingerprint = key_fingerprint(ctx)
    changed = agency_key.key_changed_from(ctx)
    with ctx.tx("read") as s:
        head = format_head(*integrity.chain_head(s.connection()))
    return fingerprint, head, changed


def preview_pdf(ctx: AppContext, report_id: int, *, fingerprint: str | None = None) -> bytes:
    """The report's PDF for the print preview (a draft is marked DỰ THẢO)."""
    data = report_data(ctx, report_id)
    head = changed = ""
    if fingerprint is None and data.status != ReportStatus.DRAFT:
        fingerprint, head, changed = pdf_marks(ctx)
    return report_pdf(data, fingerprint=fingerprint or "", chain_head=head, key_changed_from=changed)


@dataclass(frozen=True)
class _Frozen:
    data: ReportData
    raw: bytes
    short_name: str
    head: tuple[int, str]
    checkpoints: list[tuple[int, str]]
    agency_code: str = ""


def _frozen(ctx: AppContext, report_id: int, printed: str = "") -> _Frozen:
    """The finalised report's snapshot, after checking it and the history it belongs to; ``printed``, the head a
    signed PDF prints ("N:HASH"), must still be in the history and is carried among the checkpoints.

    Raises:
        ValidationError: a draft; the history chain is broken or was cut since an earlier export;
            the snapshot no longer has the SHA-256 logged when it was finalised; a record no longer
            matches its history (what `qms check` compares).
    """
    with ctx.tx("edit") as s:
        r = load(s, orm.Report, report_id)
        if r.status == ReportStatus.DRAFT or not r.snapshot_json:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Finalise the report before exporting it: only a finalised report "
                                              "goes to the receiving office."))
        counts = sorted({c for c in s.scalars(select(orm.ExportLog.chain_count).where(orm.ExportLog.chain_count.is_not(None)))})
        count, _, printed_hash = printed.partition(":")
        if count.isdigit() and printed_hash:  # QA 14 F6: the office can match the signed PDF's head with the package
            counts = sorted(set(counts) | {int(count)})
        result = integrity.verify(s.connection(), positions=counts, rows=True)
        if not result.chain_ok:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The change history was altered outside the application (entry {id}); a report cannot be sent "
                          "from this database. Run the integrity check and restore the last good backup."),
                id=result.first_bad_id)
        lost = [printed] if count.isdigit() and printed_hash and result.at_positions.get(int(count)) != printed_hash \
            else [p.fields[0] for p in result.problems if p.kind == "export_head"]  # a head printed, then rewritten
        if lost:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The change history no longer holds the head {head} printed on an earlier export: it was cut "
                          "or rewritten. A report cannot be sent from this database; restore the last good backup."),
                head=lost[0])
        recorded = _recorded_snapshot_sha256(s, report_id)
        if recorded != sha256_bytes(r.snapshot_json.encode("utf-8")):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The frozen content of report {number} was changed outside the application (it no longer has the "
                          "SHA-256 recorded when it was finalised); it cannot be exported. Restore the last good backup."),
                number=W.number_text(r.number, r.symbol).strip())
        altered = [p for p in result.problems if p.kind != "export_head"]
        if altered:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{count} record(s) no longer match the change history (changed, added or deleted outside the "
                          "application): a report cannot be sent from this database. Open Change history → Check "
                          "integrity (or run qms check) to see them, then restore the last good backup."),
                count=len(altered))
        raw = r.snapshot_json.encode("utf-8")
        agency = s.get(orm.Agency, 1)
        return _Frozen(ReportData.from_json(raw), raw, agency.short_name if agency else "", result.head,
                       [(n, result.at_positions[n]) for n in counts if n in result.at_positions],
                       (agency.code or "") if agency else "")


def _recorded_snapshot_sha256(s, report_id: int) -> str | None:
    rows = s.execute(select(orm.ChangeLog.new_values).where(orm.ChangeLog.entity == "report",
                                                            orm.ChangeLog.entity_id == str(report_id),
                                                            orm.ChangeLog.new_values.like(f"%{SNAPSHOT_KEY}%"))
                     .order_by(orm.ChangeLog.id.desc()).limit(1)).scalar()
    try:
        return json.loads(rows)[SNAPSHOT_KEY] if rows else None
    except (ValueError, KeyError, TypeError):
        return None


def export_report(ctx: AppContext, report_id: int, out_dir: str | Path, *, loose_files: bool = True,
                  key_folder: Path | None = None, progress: ProgressSink = no_progress,
                  cancel: CancelToken | None = None) -> ExportResult:
    """Write the transfer package of a finalised report into ``out_dir`` (a USB stick, typically).

    Args:
        loose_files: also write the PDF and XLSX beside the package, for printing.
        key_folder: where to look for the legacy per-Windows-account key (default: the data folder's
            keys/), considered only the first time this database needs a key.

    Raises:
        ValidationError: the report is not finalised, or it or the history was changed outside the
            application.
        ExportFailed: the drive is full, read-only or vanished, or a file read back wrongly; no
            valid-looking partial file is left.
        Cancelled: the user cancelled before anything was written.
    """
    cancel = cancel or CancelToken()
    out = Path(out_dir)
    steps = 6 if loose_files else 4
    progress(Progress(0, steps, QT_TRANSLATE_NOOP("Jobs", "Reading the finalised report")))
    key, _info = agency_key.signing_key(ctx, legacy=key_folder)  # first, so the head includes a new key's entry
    changed_from = agency_key.key_changed_from(ctx)
    # The digitally signed PDF (issue 17) when the report was signed, else the PDF drawn now.
    from qms_desktop.services.reports.signing import pdf_signature_manifest, signed_report_pdf

    signed = signed_report_pdf(ctx, report_id)
    if signed is not None:  # QA 17 F14: a signed PDF damaged in the database was sent without a word
        from qms_desktop.reports import pades

        if pades.verify_pdf(signed).status == pades.INVALID:  # integrity only: no trust store needed here
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The digitally signed PDF kept for this report no longer verifies (it was changed after "
                          "signing): nothing was exported. Restore a backup, or make a corrected version and sign it."))
    printed_signed = printed_chain_head(signed) if signed else ""  # QA 13 F3: the head the signed paper shows
    frozen = _frozen(ctx, report_id, printed_signed)
    data, raw, short_name = frozen.data, frozen.raw, frozen.short_name
    head_text = format_head(*frozen.head)
    cancel.raise_if_cancelled()
    progress(Progress(1, steps, QT_TRANSLATE_NOOP("Jobs", "Writing the PDF")))
    pdf = signed or report_pdf(data, fingerprint=key.fingerprint, chain_head=head_text, key_changed_from=changed_from)
    printed = printed_signed if signed else head_text
    pdf_signature = pdf_signature_manifest(pdf)
    cancel.raise_if_cancelled()
    progress(Progress(2, steps, QT_TRANSLATE_NOOP("Jobs", "Writing the spreadsheet")))
    xlsx = report_xlsx(data, fingerprint=key.fingerprint, chain_head=printed or head_text, key_changed_from=changed_from)
    cancel.raise_if_cancelled()
    progress(Progress(3, steps, QT_TRANSLATE_NOOP("Jobs", "Signing and writing the package")))
    exported_at = dt.datetime.now().astimezone().replace(microsecond=0)
    package = build_package(data=data, pdf=pdf, xlsx=xlsx, report_json=raw, key=key, exported_at=exported_at,
                            exported_by=ctx.actor.username, app_version=__version__, agency_code=frozen.agency_code,
                            chain_head=frozen.head,
                            chain_checkpoints=frozen.checkpoints, key_changed_from=changed_from,
                            pdf_signature=pdf_signature,
                            predecessors=[p.manifest_entry() for p in predecessors(ctx)])
    name = package_name(ReportPeriod.parse(data.period).file_tag, short_name or data.agency.short_name,
                        data.report_version)
    written = [(atomic_write(out / name, package, verify=lambda p: _verify_written(p, key.fingerprint)), package)]
    if loose_files:
        stem = name[: -len(".zip")]
        progress(Progress(4, steps, QT_TRANSLATE_NOOP("Jobs", "Writing the PDF and spreadsheet for printing")))
        for file_name, body in ((f"{stem}.pdf", pdf), (f"{stem}.xlsx", xlsx)):
            try:
                written.append((atomic_write(out / file_name, body), body))
            except ExportFailed as exc:
                # The package is on the drive and verified: say so (not "nothing was saved").
                _log(ctx, report_id, written, frozen.head, key.fingerprint)
                raise ExportFailed(QT_TRANSLATE_NOOP(
                    "Export", "The signed package {package} was saved in {folder} and verified: it is complete and can "
                              "be sent. But {name}, a copy for printing, could not be written there (the drive is full "
                              "or failed); free some space and export again for the printing copies."),
                    package=written[0][0].name, folder=str(out), name=file_name) from exc
    _log(ctx, report_id, written, frozen.head, key.fingerprint)
    progress(Progress(steps, steps, QT_TRANSLATE_NOOP("Jobs", "Done")))
    return ExportResult(written[0][0], tuple(p for p, _ in written), key.fingerprint, head_text, changed_from,
                        printed, signed is not None)


def _verify_written(path: Path, fingerprint: str) -> None:
    """Read the package back from the drive and verify it as the receiving office will."""
    try:
        verify_package(path, expected_fingerprint=fingerprint)
    except PackageInvalid as exc:
        raise ExportFailed(QT_TRANSLATE_NOOP("Export", "The package written to {folder} does not verify ({reason}); it was removed. "
                                       "Try another drive."), folder=str(path.parent), reason=exc.render()) from exc


def _log(ctx: AppContext, report_id: int, written: list[tuple[Path, bytes]], head: tuple[int, str],
         fingerprint: str) -> None:
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    with ctx.tx("edit") as s:
        for path, body in written:
            s.add(orm.ExportLog(report_id=report_id, at=now, username=ctx.actor.username, path=str(path),
                                sha256=sha256_bytes(body), chain_count=head[0], chain_hash=head[1],
                                fingerprint=fingerprint))


@dataclass(frozen=True)
class ExportLogRow:
    at: dt.datetime
    username: str
    path: str
    sha256: str


def export_history(ctx: AppContext, report_id: int) -> list[ExportLogRow]:
    with ctx.tx("read") as s:
        rows = s.scalars(select(orm.ExportLog).where(orm.ExportLog.report_id == report_id).order_by(orm.ExportLog.id))
        return [ExportLogRow(r.at, r.username, r.path, r.sha256) for r in rows]
