"""'Ký số báo cáo': the commune's official digital signature on the finalised report's PDF.

The first signature (the competent person's, e.g. the Chairman's token) is put on the report's PDF
as it is exported, with an empty signature field at the blank signature space; the agency's
signature (the commune's organisation certificate, usually the clerk's token) follows and locks the
document. The signed PDF is kept in the database (``stored_file``, referenced by
``report.signed_pdf_sha256``) and goes into the package instead of a freshly drawn one.

Settings: ``pkcs11_library``/``pkcs11_slot``, ``signature_image``/``seal_image`` (PNG kept in
``stored_file``), ``timestamp_url``; trust anchors and CRLs for verification are files in
``<data dir>/trust``.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from qms_desktop.domain.errors import ValidationError
from qms_desktop.domain.model import ReportStatus
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.paths import data_dir
from qms_desktop.reports.files import sha256_bytes
from qms_desktop.reports.report_data import ReportData
from qms_desktop.services import agency
from qms_desktop.services.common import load
from qms_desktop.services.context import AppContext
from qms_desktop.storage import orm

IMAGE_KINDS = ("signature_image", "seal_image")
MAX_IMAGE = 5 * 1024 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def trust_dir() -> Path:
    """Where the receiving office's imported root certificates and CRLs are kept."""
    return data_dir() / "trust"


@dataclass(frozen=True)
class SigningSettings:
    library: str
    slot: int | None
    timestamp_url: str
    signature_image: bytes | None
    seal_image: bytes | None


def signing_settings(ctx: AppContext) -> SigningSettings:
    values = agency.all_settings(ctx)
    images: dict[str, bytes | None] = {}
    with ctx.tx("read") as s:
        for kind in IMAGE_KINDS:
            row = s.get(orm.StoredFile, values[kind]) if values[kind] else None
            images[kind] = row.data if row is not None else None
    slot = values["pkcs11_slot"]
    return SigningSettings(values["pkcs11_library"], int(slot) if slot.isdigit() else None, values["timestamp_url"],
                           images["signature_image"], images["seal_image"])


def set_image(ctx: AppContext, kind: str, path: str | Path | None) -> str:
    """Keep a PNG image (signature or seal) for the signature appearance; None removes it.

    Raises:
        ValidationError: not a PNG file, too large, unreadable.
    """
    if kind not in IMAGE_KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown setting: {key}"), key=kind)
    if path is None:
        agency.set_setting(ctx, kind, "")
        return ""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name} cannot be read ({reason})."), field=kind,
                              name=path.name, reason=exc.strerror or str(exc)) from None
    if not data.startswith(PNG_MAGIC) or len(data) > MAX_IMAGE:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{name} is not a PNG image of at most 5 MB. Decree 30 asks for a PNG with a transparent "
                      "background."), field=kind, name=path.name)
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as img:
            img.verify()
    except Exception:  # noqa: BLE001 - Pillow raises many kinds
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name} is a damaged PNG image."), field=kind,
                              name=path.name) from None
    digest = sha256_bytes(data)
    with ctx.tx("edit") as s:
        if s.get(orm.StoredFile, digest) is None:
            s.add(orm.StoredFile(sha256=digest, size=len(data), data=data))
    agency.set_setting(ctx, kind, digest)
    return digest


def import_trust_file(source: str | Path, folder: Path | None = None) -> Path:
    """Copy a root/intermediate certificate or a CRL file into the trust store (checked first).

    Raises:
        ValidationError: not a certificate or CRL; a certificate that is not a certification authority's.
    """
    from qms_desktop.reports.pades import TRUST_SUFFIXES, _is_ca, read_trust_file

    source = Path(source)
    try:
        data = source.read_bytes()
        items = read_trust_file(data)
    except (OSError, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{name} is not a certificate (.cer, .crt, .pem, .der) or a revocation list (.crl)."),
            name=source.name) from None
    for kind, item in items:  # QA 17 F2: a signer's own (self-signed) certificate made anything signed with it valid
        if kind == "cert" and not _is_ca(item):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{name} is the certificate of {subject}, not of a certification authority: only a root or "
                          "intermediate CA certificate can be trusted. Nothing was imported."),
                name=source.name, subject=item.subject.human_friendly)
    folder = folder or trust_dir()
    folder.mkdir(parents=True, exist_ok=True)
    suffix = source.suffix.lower() if source.suffix.lower() in TRUST_SUFFIXES else (
        ".crl" if items[0][0] == "crl" else ".cer")
    target = folder / f"{sha256_bytes(data)[:16]}{suffix}"
    from qms_desktop.reports.files import atomic_write

    atomic_write(target, data)
    return target


@dataclass(frozen=True)
class TrustEntry:
    path: Path
    kind: str  # cert / crl
    subject: str
    until: dt.datetime | None


def trust_entries(folder: Path | None = None) -> list[TrustEntry]:
    """What the trust store holds, for the settings page."""
    from qms_desktop.reports.pades import TRUST_SUFFIXES, CertificateInfo, read_trust_file

    folder = folder or trust_dir()
    out = []
    if not folder.is_dir():
        return out
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in TRUST_SUFFIXES:
            continue
        try:
            items = read_trust_file(path.read_bytes())
        except (OSError, ValueError):
            out.append(TrustEntry(path, "?", path.name, None))
            continue
        for kind, obj in items:
            if kind == "cert":
                info = CertificateInfo.from_asn1(obj)
                out.append(TrustEntry(path, kind, info.name, info.not_after))
            else:
                names = obj.issuer.native
                issuer = names.get("common_name") or names.get("organization_name") or obj.issuer.human_friendly
                out.append(TrustEntry(path, kind, issuer, obj["tbs_cert_list"]["next_update"].native))
    return out


def remove_trust_file(path: Path, folder: Path | None = None) -> None:
    folder = (folder or trust_dir()).resolve()
    if path.resolve().parent == folder:
        path.unlink(missing_ok=True)


# ------------------------------------------------------------------------------------------ signing

@dataclass(frozen=True)
class SignOutcome:
    role: str
    signer: str
    organisation: str
    signed_at: dt.datetime
    roles: frozenset[str]  # every signature the PDF now carries


def _frozen_report(ctx: AppContext, report_id: int) -> tuple[ReportData, bytes | None]:
    with ctx.tx("read") as s:
        r = load(s, orm.Report, report_id)
        if r.status == ReportStatus.DRAFT or not r.snapshot_json:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Finalise the report before signing it: only a finalised report is signed."))
        signed = None
        if r.signed_pdf_sha256:
            row = s.get(orm.StoredFile, r.signed_pdf_sha256)
            signed = row.data if row is not None else None
        return ReportData.from_json(r.snapshot_json.encode("utf-8")), signed


def signed_report_pdf(ctx: AppContext, report_id: int) -> bytes | None:
    """The report's signed PDF, or None when nobody has signed it yet."""
    with ctx.tx("read") as s:
        r = load(s, orm.Report, report_id)
        if not r.signed_pdf_sha256:
            return None
        row = s.get(orm.StoredFile, r.signed_pdf_sha256)
        return row.data if row is not None else None


def unsigned_report_pdf(data: ReportData, fingerprint: str, chain_head: str = "", key_changed_from: str = "") -> bytes:
    """The report's PDF with the empty field of the signer's signature at the signature space."""
    from qms_desktop.reports.pades import prepare_for_signing
    from qms_desktop.reports.pdf import report_pdf
    from qms_desktop.reports.pdf_layout import record_signature_spots

    with record_signature_spots() as spots:
        pdf = report_pdf(data, fingerprint=fingerprint, chain_head=chain_head, key_changed_from=key_changed_from)
    if not spots:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The report has no signature space to sign at."))
    return prepare_for_signing(pdf, spots[-1])


def next_role(ctx: AppContext, report_id: int) -> str | None:
    """Which signature comes next: the signer's, then the agency's; None when the PDF is final."""
    return _role_after(_frozen_report(ctx, report_id)[1])


def _role_after(signed: bytes | None) -> str | None:
    from qms_desktop.reports.pades import ROLE_AGENCY, ROLE_OFFICIAL, is_finalised, signed_roles

    if signed is None:
        return ROLE_OFFICIAL
    if is_finalised(signed):
        return None
    return ROLE_AGENCY if ROLE_OFFICIAL in signed_roles(signed) else ROLE_OFFICIAL


def check_can_sign(ctx: AppContext, report_id: int, certificate=None, role: str | None = None) -> str:
    """What refuses a signature before any PIN is typed (QA 17 F11): a draft, a PDF already final, an unknown
    role, no right to edit, and, given the certificate read from the token or file, another organisation's.

    Returns the role that will be signed. Raises what ``sign_report`` raises for the same reasons.
    """
    data, signed = _frozen_report(ctx, report_id)
    return _refusals(ctx, data, signed, role, certificate)


def _refusals(ctx: AppContext, data: ReportData, signed: bytes | None, role: str | None, cert) -> str:
    from qms_desktop.reports import pades

    role = role or _role_after(signed)
    if role is None or (signed is not None and pades.is_finalised(signed)):
        raise pades.SigningProblem(QT_TRANSLATE_NOOP(
            "Signing", "This PDF was already finalised by another signature (it allows no further change): it cannot "
                       "be signed again."))
    if role not in pades.ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown signature role: {role} (use official or agency)."),
                              role=role)
    if signed is not None and role in pades.signed_roles(signed):
        raise pades.SigningProblem(QT_TRANSLATE_NOOP("Signing", "This PDF already carries the {role_label} signature."),
                                   role_label=pades.ROLE_LABELS.get(role, role))
    ctx.require("edit")
    agency_names = (data.agency.full_name, data.agency.short_name)
    if cert is not None and not pades.organisation_matches(cert.organisations or (cert.organisation,), agency_names):
        # The receiving office checks every signature's organisation against the sender: a report signed with
        # another organisation's certificate is refused there (and the agency's signature locks the PDF).
        raise pades.SigningProblem(QT_TRANSLATE_NOOP(
            "Signing", "This certificate belongs to {organisation}, not to {agency}: the agency's signature needs "
                       "the agency's own certificate (its token). Nothing was signed.") if role == pades.ROLE_AGENCY
            else QT_TRANSLATE_NOOP(
            "Signing", "This certificate was issued for {organisation}, not for {agency}: the receiving office "
                       "refuses a report signed with it. The chairman signs with a certificate issued for {agency}. "
                       "Nothing was signed."),
            organisation=cert.organisation or "—", agency=data.agency.full_name)
    return role


SIGNER_DIFFERS = QT_TRANSLATE_NOOP(
    "Signing", "The certificate is issued to {name}, while the report prints {head} as the one who signs. Sign with it "
               "only if {name} signs on {head}'s behalf (KT.); otherwise use {head}'s certificate.")


def signer_note(ctx: AppContext, report_id: int, certificate, role: str | None) -> tuple[str, dict] | None:
    """(message, params) when the competent person's certificate names another person than the one the report
    prints under the signature (QA 40 F6): said, not refused — a deputy signs on the chairman's behalf."""
    from qms_desktop.domain.text import fold
    from qms_desktop.reports import pades

    data, signed = _frozen_report(ctx, report_id)
    if certificate is None or (role or _role_after(signed)) != pades.ROLE_OFFICIAL:
        return None
    head, name = fold(data.agency.head_name), fold(certificate.name)
    if not head or not name or head in name or name in head:
        return None
    return SIGNER_DIFFERS, {"name": certificate.name, "head": data.agency.head_name}


def sign_report(ctx: AppContext, report_id: int, source, *, role: str | None = None,
                now: dt.datetime | None = None, fingerprint: str | None = None, timestamper=None) -> SignOutcome:
    """Sign the finalised report's PDF with ``source`` (a token logged in with its PIN, or a .pfx).

    Args:
        role: "official" (the competent person) or "agency"; by default the next one due.
        fingerprint: the package key's fingerprint printed on the report (default: the agency's key).

    Raises:
        ValidationError: draft report.
        SigningProblem: expired certificate, PDF already final, token problems…
    """
    from qms_desktop.reports import pades

    data, signed = _frozen_report(ctx, report_id)
    signed_before = sha256_bytes(signed) if signed is not None else None  # what this signature is added to
    cert = source.certificate
    role = _refusals(ctx, data, signed, role, cert)
    if signed is None:
        from qms_desktop.services.reports.export import pdf_marks

        marked, head, changed = pdf_marks(ctx)  # the same anchors as the preview and the export
        signed = unsigned_report_pdf(data, fingerprint or marked, head, changed)
    settings = signing_settings(ctx)
    image = settings.signature_image if role == pades.ROLE_OFFICIAL else settings.seal_image
    appearance = pades.Appearance(role, cert.name, cert.organisation or data.agency.full_name, image)
    when = (now or dt.datetime.now(dt.timezone.utc)).astimezone()
    result = pades.sign_pdf(signed, source, appearance, timestamp_url=settings.timestamp_url, timestamper=timestamper,
                            now=when, location=data.agency.place_name)
    digest = sha256_bytes(result)
    with ctx.tx("edit") as s:
        r = s.get(orm.Report, report_id, with_for_update=True) or load(s, orm.Report, report_id)
        if r.signed_pdf_sha256 != signed_before:  # another signature was saved meanwhile (two PCs, one server)
            raise pades.SigningProblem(QT_TRANSLATE_NOOP(
                "Signing", "Someone else signed this report while this signature was being made: nothing was saved, "
                           "so that neither signature is lost. Open the report again and sign the signature still "
                           "due."))
        if s.get(orm.StoredFile, digest) is None:
            s.add(orm.StoredFile(sha256=digest, size=len(result), data=result))
        r.signed_pdf_sha256 = digest
    return SignOutcome(role, cert.name, cert.organisation, when, frozenset(pades.signed_roles(result)))


def pdf_signature_manifest(pdf: bytes) -> dict:
    """The manifest's ``pdf_signature`` entry (shared contract, issue 17) for a report PDF.

    ``signer``/``organisation``/``serial``/``signed_at`` describe the last signature (the agency's
    when both are there); ``signatures`` lists every one with its role.
    """
    from qms_desktop.reports import pades

    try:
        reader = pades._reader(pdf)
        sigs = list(reader.embedded_regular_signatures)
    except Exception:  # noqa: BLE001 - an unreadable PDF is simply not signed
        sigs = []
    if not sigs:
        return {"signed": False}
    entries = []
    for sig in sigs:
        info = pades.CertificateInfo.from_asn1(sig.signer_cert)
        when = sig.self_reported_timestamp
        role = next((r for r, n in pades.FIELD_NAMES.items() if n == str(sig.field_name)), "")
        entries.append({"role": role, "signer": info.name, "organisation": info.organisation, "serial": info.serial,
                        "signed_at": when.isoformat(timespec="seconds") if when else None})
    last = entries[-1]
    return {"signed": True, "signer": last["signer"], "organisation": last["organisation"], "serial": last["serial"],
            "signed_at": last["signed_at"], "signatures": entries}
