"""The transfer package for the receiving office: one ASCII-named ZIP, signed with Ed25519.

Contents, in this order: ``report.pdf``, ``report.xlsx``, ``report.json`` (the report data),
``manifest.json`` (format version, agency, period, report number and version, time of export,
SHA-256 and size of each part, the public key) and ``manifest.sig`` (base64 of the Ed25519
signature of the exact bytes of ``manifest.json``). ``verify_package`` refuses anything else.

Manifest keys added in format_version 2 (readers accept their absence in version 1 packages):

- ``"public_key"``: the AGENCY's key, kept in its database (services/agency_key.py), no longer
  the Windows account's.
- ``"key_changed_from"``: the previous key's fingerprint, present in the first package signed
  after the agency changed its key (a logged "change key" action) or got a new one.
- ``"chain_head": {"count": N, "hash": H}``: the sender's history chain at export — N entries,
  the last one's SHA-256 (the same ``N:HASH`` is printed on the report and by ``qms check``).
- ``"chain_checkpoints": [{"count": N, "hash": H}, …]``: for the head count N of every earlier
  export of this database, the hash entry N has in the chain NOW. The receiving office, which
  remembers the last head (N, H0) it saw from this sender, checks ``H == H0``
  (``chain_extends``): a history that was cut or recomputed since gives another hash at N.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import io
import json
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from qms_desktop.domain.errors import QmsError
from qms_desktop.domain.text import ascii_slug, place_name
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.reports.files import sha256_bytes
from qms_desktop.reports.report_data import ReportData
from qms_desktop.reports.signing import InstallationKey, fingerprint, verify_signature

FORMAT = "qms-desktop/report-package"
FORMAT_VERSION = 2  # 2: optional keys of CONTRACTS.md (agency.code, chain_head, pdf_signature, predecessors…); readers accept 1 and 2
PARTS = ("report.pdf", "report.xlsx", "report.json")
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
MEMBERS = (*PARTS, MANIFEST, SIGNATURE)
MAX_PART = 100 * 1024 * 1024  # refuse absurd sizes before inflating anything
# what each part may inflate to, and all of them together (a zip bomb is refused before it fills memory)
PART_LIMITS = {"report.pdf": MAX_PART, "report.xlsx": 64 * 1024 * 1024, "report.json": 64 * 1024 * 1024,
               MANIFEST: 1024 * 1024, SIGNATURE: 64 * 1024}
MAX_TOTAL = 128 * 1024 * 1024


class PackageInvalid(QmsError):
    """The package must not be trusted; the message says why."""

    context = "Package"


@dataclass(frozen=True)
class PackageInfo:
    path: Path
    manifest: dict
    fingerprint: str
    data: ReportData

    @property
    def agency(self) -> str:
        return self.manifest["agency"]["full_name"]

    @property
    def number(self) -> str:
        return self.manifest["report"]["number"]

    @property
    def key_sha256(self) -> str:
        """SHA-256 of the whole public key that signed the package (its fingerprint, read out by phone, is the first
        64 bits of it: an office pins the whole key)."""
        return sha256_bytes(base64.b64decode(self.manifest["public_key"]["key"]))


def package_name(file_tag: str, short_name: str, version: int = 1) -> str:
    """'BaoCaoISO_2026-6T_TanPhu.zip' ('…_v2.zip' for a corrected version). ASCII only."""
    place = ascii_slug(place_name(short_name)) or "UBND"
    suffix = f"_v{version}" if version > 1 else ""
    return f"BaoCaoISO_{file_tag}_{place}{suffix}.zip"


def manifest_bytes(manifest: dict) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")


def build_package(*, data: ReportData, pdf: bytes, xlsx: bytes, report_json: bytes, key: InstallationKey,
                  exported_at: dt.datetime, exported_by: str, app_version: str, agency_code: str = "",
                  chain_head: tuple[int, str] | None = None, chain_checkpoints: list[tuple[int, str]] = (),
                  key_changed_from: str = "", pdf_signature: dict | None = None,
                  predecessors: list[dict] | None = None) -> bytes:
    """The package's ZIP bytes, signed with the agency's key.

    ``agency_code`` is the unit code the province gave the commune (its profile), by which the
    receiving office recognises the sender (empty when not set: the office matches the name).
    ``pdf_signature``: whether report.pdf carries the commune's PAdES signature and by whom
    (``services.reports.signing.pdf_signature_manifest``).
    ``predecessors``: the former communes merged into this one (2025 reform), each
    ``{"name", "fingerprint", "chain_head": {"count", "hash"}}``, so the receiving office learns of the merge.
    """
    parts = {"report.pdf": pdf, "report.xlsx": xlsx, "report.json": report_json}
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app": f"QMS Desktop {app_version}",
        "agency": {"full_name": data.agency.full_name, "short_name": data.agency.short_name,
                   "province": data.agency.province, "code": agency_code},
        "period": data.period,
        "period_label": data.period_label,
        "period_start": data.period_start.isoformat(),
        "period_end": data.period_end.isoformat(),
        "report": {"id": data.report_id, "version": data.report_version, "number": data.number_text.strip(),
                   "date": data.date.isoformat() if data.date else None, "status": data.status},
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "exported_by": exported_by,
        "files": [{"name": name, "size": len(body), "sha256": sha256_bytes(body)} for name, body in parts.items()],
        "public_key": {"algorithm": "Ed25519", "key": key.public_b64, "fingerprint": key.fingerprint},
        "predecessors": list(predecessors or []),
    }
    if chain_head is not None:
        manifest["chain_head"] = {"count": chain_head[0], "hash": chain_head[1]}
        manifest["chain_checkpoints"] = [{"count": n, "hash": h} for n, h in sorted(set(chain_checkpoints))]
    if key_changed_from:
        manifest["key_changed_from"] = key_changed_from
    if pdf_signature is not None:
        manifest["pdf_signature"] = pdf_signature
    body = manifest_bytes(manifest)
    signature = (base64.b64encode(key.sign(body)).decode("ascii") + "\n").encode("ascii")
    stamp = exported_at.timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, content in (*parts.items(), (MANIFEST, body), (SIGNATURE, signature)):
            info = zipfile.ZipInfo(name, date_time=max(stamp, (1980, 1, 1, 0, 0, 0)))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, content)
    return buffer.getvalue()


def _invalid(message: str, **params: object) -> PackageInvalid:
    return PackageInvalid(message, **params)


def _starts_like_a_zip(path: Path, content: bytes | None) -> bool:
    try:
        if content is None:
            with path.open("rb") as f:
                content = f.read(4)
    except OSError:
        return False
    head = content[:4]
    return head == b"PK\x03\x04"


def _read_members(path: Path, content: bytes | None = None) -> dict[str, bytes]:
    name = path.name
    try:
        zf = zipfile.ZipFile(io.BytesIO(content) if content is not None else path)
    except FileNotFoundError:
        raise _invalid(QT_TRANSLATE_NOOP("Package", "{name} does not exist."), name=str(path)) from None
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):  # NotImplementedError: an unknown version
        if _starts_like_a_zip(path, content):  # a ZIP cut short: a copy from the USB stick interrupted (QA 61 F6)
            raise _invalid(QT_TRANSLATE_NOOP("Package", "{name} is damaged or was not copied completely (a copy "
                                                        "interrupted, a USB stick pulled out): copy it again, or ask "
                                                        "the commune to send it again."), name=name) from None
        raise _invalid(QT_TRANSLATE_NOOP("Package", "{name} is not a report package (not a readable ZIP file)."), name=name) from None
    with zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise _invalid(QT_TRANSLATE_NOOP("Package", "{name} holds the same file twice."), name=name)
        if not set(names) & set(MEMBERS):  # a ZIP of something else (photos, documents): no part of a package at all
            raise _invalid(QT_TRANSLATE_NOOP("Package", "{name} is not a QMS Desktop report package: it holds none of "
                                                        "a package's files (a ZIP of something else)."), name=name)
        for member in MEMBERS:
            if member not in names:
                raise _invalid(QT_TRANSLATE_NOOP("Package", "{name} is incomplete: {part} is missing."), name=name, part=member)
        for extra in names:
            if extra not in MEMBERS:
                raise _invalid(QT_TRANSLATE_NOOP("Package", "{name} contains an unexpected file: {part}."), name=name, part=extra)
        out = {}
        for info in infos:  # sizes as declared: zipfile reads no more than that (a lie fails the CRC)
            if info.file_size > PART_LIMITS[info.filename]:
                raise _invalid(QT_TRANSLATE_NOOP("Package", "{name}: {part} is too large."), name=name, part=info.filename)
        if sum(i.file_size for i in infos) > MAX_TOTAL:
            raise _invalid(QT_TRANSLATE_NOOP("Package", "{name}: {part} is too large."), name=name, part=name)
        for info in infos:
            try:
                out[info.filename] = zf.read(info)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError):
                raise _invalid(QT_TRANSLATE_NOOP("Package", "{name} is damaged: {part} cannot be read."), name=name,
                               part=info.filename) from None
    return out


def verify_package(path: str | Path, *, expected_fingerprint: str | None = None,
                   content: bytes | None = None) -> PackageInfo:
    """Check a package completely: members, signature over the manifest, every part's SHA-256.

    ``content``: the file's bytes when the caller has read them already (the receiving office stores
    exactly the bytes it verified); ``path`` then only names the file in messages.

    Raises:
        PackageInvalid: with the first reason found (missing part, changed byte, foreign signature…).
    """
    path = Path(path)
    name = path.name
    members = _read_members(path, content)
    raw = members[MANIFEST]
    try:
        manifest = json.loads(raw.decode("utf-8"))
        if not isinstance(manifest, dict):
            raise ValueError
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: "[[[[…" nested past Python's limit
        raise _invalid(QT_TRANSLATE_NOOP("Package", "{name}: the manifest cannot be read."), name=name) from None
    if manifest.get("format") != FORMAT:
        raise _invalid(QT_TRANSLATE_NOOP("Package", "{name} is not a QMS Desktop report package."), name=name)
    if not isinstance(manifest.get("format_version"), int) or manifest["format_version"] > FORMAT_VERSION:
        raise _invalid(QT_TRANSLATE_NOOP("Package", "{name} was made by a newer version of QMS Desktop; update to read it."), name=name)
    try:
        key_info = manifest["public_key"]
        public_raw = base64.b64decode(key_info["key"], validate=True)
        signature = base64.b64decode(members[SIGNATURE].strip(), validate=True)
        if key_info.get("algorithm") != "Ed25519" or len(public_raw) != 32 or len(signature) != 64:
            raise ValueError
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise _invalid(QT_TRANSLATE_NOOP("Package", "{name}: the manifest names no valid Ed25519 key or the signature is malformed."),
                       name=name) from None
    if not verify_signature(public_raw, signature, raw):
        raise _invalid(QT_TRANSLATE_NOOP("Package", "{name}: the signature does not match the manifest and the key it names "
                                    "(the package was changed or signed with another key)."), name=name)
    actual = fingerprint(public_raw)
    if key_info.get("fingerprint") != actual:
        raise _invalid(QT_TRANSLATE_NOOP("Package", "{name}: the fingerprint written in the manifest is not that of its key."),
                       name=name)
    if expected_fingerprint and _norm(expected_fingerprint) != _norm(actual):
        raise _invalid(QT_TRANSLATE_NOOP("Package", "{name} was signed with key {actual}, not with the expected key {expected}."),
                       name=name, actual=actual, expected=expected_fingerprint)
    listed = {f.get("name"): f for f in manifest.get("files", []) if isinstance(f, dict)}
    if set(listed) != set(PARTS):
        raise _invalid(QT_TRANSLATE_NOOP("Package", "{name}: the manifest does not list exactly the report files."), name=name)
    for part in PARTS:
        body = members[part]
        if listed[part].get("sha256") != sha256_bytes(body) or listed[part].get("size") != len(body):
            raise _invalid(QT_TRANSLATE_NOOP("Package", "{name}: {part} was changed after signing (its SHA-256 does not match "
                                        "the manifest)."), name=name, part=part)
    try:
        data = ReportData.from_json(members["report.json"])
    except (ValueError, KeyError, TypeError, RecursionError):
        raise _invalid(QT_TRANSLATE_NOOP("Package", "{name}: report.json cannot be read."), name=name) from None
    report = manifest.get("report", {})
    if (data.period != manifest.get("period") or data.report_version != report.get("version")
            or data.number_text.strip() != report.get("number")):
        raise _invalid(QT_TRANSLATE_NOOP("Package", "{name}: report.json does not match the manifest."), name=name)
    return PackageInfo(path, manifest, actual, data)


def chain_extends(previous_head: tuple[int, str], manifest: dict) -> bool | None:
    """Does the sender's chain in ``manifest`` extend the head (N, H) seen in an earlier package?

    True: entry N of the new chain still carries H (nothing up to N was cut or recomputed).
    False: it does not, or the new chain is shorter than N — the history was cut or rewritten.
    None: not verifiable — the manifest has no chain head (version 1) or no checkpoint at N
    (e.g. the earlier package was not exported from this database).
    """
    count, digest = int(previous_head[0]), str(previous_head[1]).lower()
    head = manifest.get("chain_head") if isinstance(manifest, dict) else None
    if not isinstance(head, dict) or not isinstance(head.get("count"), int):
        return None
    if count == 0:
        return True
    if count > head["count"]:
        return False
    if count == head["count"]:
        return str(head.get("hash", "")).lower() == digest
    for point in manifest.get("chain_checkpoints") or []:
        if isinstance(point, dict) and point.get("count") == count:
            return str(point.get("hash", "")).lower() == digest
    return None


def read_part(path: str | Path, name: str) -> bytes:
    """One part of a package (call ``verify_package`` first: this checks nothing)."""
    with zipfile.ZipFile(path) as zf:
        return zf.read(name)


def _norm(text: str) -> str:
    return "".join(text.split()).upper()
