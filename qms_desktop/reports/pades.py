"""The official digital signature on a PDF: PAdES (ETSI EN 319 142) with pyHanko.

Signing (``sign_pdf``) uses the signer's key on a USB token through its PKCS#11 library
(``open_token``) or in a PKCS#12 file (``open_pfx``); the PIN or password is asked each time by the
caller and never kept. The signature is PAdES B-B, or B-T when a timestamp server is given.
Its appearance follows Decree 30/2020/NĐ-CP Annex I (Part I, II.7d and II.8a):

- the competent person's signature (``ROLE_OFFICIAL``): the signature image (blue, transparent PNG)
  centred between the signer's title and name — the blank "signature space" of the document, which
  ``prepare_for_signing`` marks with an empty signature field;
- the agency's signature (``ROLE_AGENCY``), signed after it: the seal image (red, transparent PNG,
  the seal's real size) over about the left third of the signer's signature image, with the
  agency's name and the signing time below it. It locks the document (DocMDP "no changes"):
  nothing can be signed after it.

Without an image a signature shows a text box "Ký bởi: …, Cơ quan: …, Thời gian ký: dd/MM/yyyy
HH:mm:ss +07:00"; the agency's text box then goes to the top right of the first page, where
Decree 30 puts the agency signature that shows no image.

Verification (``verify_pdf``) needs no network: trust anchors and CRLs are files the receiving
office imports (``TrustStore``); revocation is reported "not checked" when no imported CRL covers
the chain. The result (``PdfSignatureResult``) is plain data, for the CLI and the inbox.

Nothing here imports Qt; pyHanko, python-pkcs11 and cryptography are imported at first use.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import sys
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity_translate

# pyHanko imports cryptography's DSA key type, which cryptography deprecates when it is imported: a
# "CryptographyDeprecationWarning: DSA is deprecated" on the stderr of every `qms` command that reads or makes a
# signature, which its user can do nothing about. Every pyHanko import of the application goes through this module.
warnings.filterwarnings("ignore", message="DSA is deprecated", module=r"pyhanko\.")

ROLE_OFFICIAL = "official"
ROLE_AGENCY = "agency"
ROLES = (ROLE_OFFICIAL, ROLE_AGENCY)
# Signature field names (ASCII, shown by PDF readers in their signature panel).
FIELD_NAMES = {ROLE_OFFICIAL: "ChuKyNguoiCoThamQuyen", ROLE_AGENCY: "ChuKyCoQuan"}

MM = 72 / 25.4
# The commune People's Committee's round seal: about 35 mm across [GUESS: the seal-size rules
# (Decree 99/2016, Circular 16/2025/TT-BCA) were not read here]. The image is drawn at this size.
SEAL_SIZE = 35 * MM
# The signature image's box, centred in the signing space: the seal covers its left third.
SIGNATURE_IMAGE_WIDTH = 55 * MM
INFO_SIZE = 8  # points: the text of the signature information
TEXT_BOX_WIDTH = 72 * MM  # the text box shown instead of an image
AGENCY_INFO_WIDTH = 42 * MM  # the agency's name and signing time, left of the seal
CERT_FILE_SUFFIXES = (".cer", ".crt", ".pem", ".der")
CRL_FILE_SUFFIXES = (".crl",)
TRUST_SUFFIXES = CERT_FILE_SUFFIXES + CRL_FILE_SUFFIXES

# PKCS#11 libraries of the token middlewares used in Viet Nam, by vendor, looked for in
# %SystemRoot%\System32 (64-bit DLLs; a 32-bit DLL in SysWOW64 cannot be loaded by 64-bit Python)
# and a few install folders. This list is a BEST-EFFORT GUESS: it was put together from DLL names
# that public signing plug-ins and scripts look for, not from the vendors' documentation, and
# middleware versions change their file names. The settings let the user pick any library file.
TOKEN_LIBRARIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Viettel-CA", ("viettel-ca_v6.dll", "viettel-ca_v5.dll", "viettel-ca_v4.dll", "viettel-ca_v3.dll",
                    "viettel-ca_v2.dll", "viettel-ca_v1.dll", "viettel-ca.dll", "viettel-ca_s.dll")),
    ("VNPT-CA", ("vnptca_p11_v10.dll", "vnptca_p11_v9.dll", "vnptca_p11_v8.dll", "vnptca_p11_v7.dll",
                 "vnptca_p11_v6.dll", "vnpt-ca_csp11.dll", "vnpt-ca_v34.dll", "vnpt-ca_cl_v1.dll")),
    ("BKAV-CA", ("BkavCA.dll", "BkavCAv2S.dll", "bkavcaetoken_p11.dll", "st3csp11.dll")),
    ("FPT-CA", ("fpt-ca.dll", "fpt-ca_v5.dll", "fpt-ca_v4.dll", "fptca_v3.dll", "fpt-ca-stx.dll")),
    # The Government CA (Ban Cơ yếu Chính phủ): its tokens' middleware name is the least certain.
    ("CA Chính phủ (Ban Cơ yếu)", ("gclib.dll", "vgca_csp11.dll")),
    ("Nacencomm CA2 / NCCA", ("CA2_csp11.dll", "CA2_v34.dll", "ShuttleCsp11_3003.dll", "ncca_csp11_v1.dll")),
    ("SafeNet eToken", ("eTPKCS11.dll",)),
    ("Feitian ePass2003", ("eps2003csp11.dll", "eps2003csp11v2.dll")),
    ("WatchData", ("wdpkcs.dll",)),
    ("SafeCert / Vina-CA / FastCA", ("safe-ca.dll", "Vina-CA.dll", "fca_v1.dll")),
)
TOKEN_LIBRARY_FOLDERS = (
    r"OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll",
    r"SafeNet\Authentication\SAC\x64\eTPKCS11.dll",
)


class SigningProblem(QmsError):
    """Signing (or opening the token / certificate file) was refused; the message says why."""

    context = "Signing"


# ---------------------------------------------------------------------------------- certificates

def _name_attr(name, key: str) -> str:
    values = [v for k, v in _name_items(name) if k == key]
    return ", ".join(values)


def _name_items(name) -> list[tuple[str, str]]:
    out = []
    for rdn in name.chosen:
        for tv in rdn:
            out.append((tv["type"].native, _nfc(str(tv["value"].native))))
    return out


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "").strip()


@dataclass(frozen=True)
class CertificateInfo:
    """What the user is shown about a certificate before signing (and about a signer afterwards)."""

    name: str  # the subject's common name
    organisation: str  # O (or OU when there is no O)
    serial: str  # hexadecimal, upper case
    not_before: dt.datetime  # aware (UTC)
    not_after: dt.datetime
    issuer: str  # the issuer's common name (or organisation)
    subject: str = ""  # the whole subject, for the details
    organisations: tuple[str, ...] = ()  # every O and OU value
    key_usage: tuple[str, ...] | None = None  # the key usage extension's values; None: the certificate has none

    @property
    def signs_documents(self) -> bool:
        """Whether the key may sign documents: the verification (pyHanko's signer policy) asks for non-repudiation
        in a key usage extension, where there is one (QA 48 F1/F2)."""
        return self.key_usage is None or "non_repudiation" in self.key_usage

    @classmethod
    def from_asn1(cls, cert) -> "CertificateInfo":
        subject, issuer = cert.subject, cert.issuer
        orgs = tuple(v for k, v in _name_items(subject) if k in ("organization_name", "organizational_unit_name"))
        org = _name_attr(subject, "organization_name") or _name_attr(subject, "organizational_unit_name")
        validity = cert["tbs_certificate"]["validity"]
        return cls(
            name=_name_attr(subject, "common_name") or _nfc(subject.human_friendly),
            organisation=org,
            serial=format(cert.serial_number, "X"),
            not_before=validity["not_before"].native,
            not_after=validity["not_after"].native,
            issuer=_name_attr(issuer, "common_name") or _name_attr(issuer, "organization_name")
            or _nfc(issuer.human_friendly),
            subject=_nfc(subject.human_friendly),
            organisations=orgs,
            key_usage=tuple(sorted(cert.key_usage_value.native)) if cert.key_usage_value is not None else None,
        )

    @classmethod
    def from_der(cls, der: bytes) -> "CertificateInfo":
        from asn1crypto import x509

        return cls.from_asn1(x509.Certificate.load(der))

    def check_valid_at(self, when: dt.datetime) -> None:
        """Refuse an expired or not-yet-valid certificate, or one whose key is not for signing documents.

        Raises:
            SigningProblem: with the dates, in dd/MM/yyyy; or the key usage.
        """
        if not self.signs_documents:  # QA 48 F2: signed for good, and only the office found out
            raise SigningProblem(QT_TRANSLATE_NOOP(
                "Signing", "The certificate of {name} is not for signing documents (its key usage is {usage}, without "
                           "non-repudiation). Signing was refused: use a certificate issued for signing."),
                name=self.name, usage=", ".join(self.key_usage or ()) or "—")
        if when < self.not_before:
            raise SigningProblem(QT_TRANSLATE_NOOP(
                "Signing", "The certificate of {name} is not valid yet: it is valid from {start}. Signing was refused."),
                name=self.name, start=_local_text(self.not_before))
        if when > self.not_after:
            raise SigningProblem(QT_TRANSLATE_NOOP(
                "Signing", "The certificate of {name} expired on {end}. Signing was refused: renew the certificate "
                           "with its certification authority."),
                name=self.name, end=_local_text(self.not_after))

    def lines(self, translate: Translate = identity_translate) -> list[str]:
        """The certificate shown before signing: name, organisation, serial, validity, issuer."""
        t = _translator(translate)
        return [
            t(QT_TRANSLATE_NOOP("Signing", "Signer: {name}")).format(name=self.name),
            t(QT_TRANSLATE_NOOP("Signing", "Organisation: {organisation}")).format(organisation=self.organisation or "—"),
            t(QT_TRANSLATE_NOOP("Signing", "Serial number: {serial}")).format(serial=self.serial),
            t(QT_TRANSLATE_NOOP("Signing", "Valid from {start} to {end}")).format(
                start=_local_text(self.not_before), end=_local_text(self.not_after)),
            t(QT_TRANSLATE_NOOP("Signing", "Issued by: {issuer}")).format(issuer=self.issuer),
        ]


def _translator(translate: Translate):
    return lambda text: translate("Signing", text) or text


def _local_text(when: dt.datetime, seconds: bool = False) -> str:
    local = when.astimezone() if when.tzinfo else when
    return local.strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y")


def signing_time_text(when: dt.datetime) -> str:
    """'05/06/2026 14:30:05 +07:00': dd/MM/yyyy as everywhere, with the time zone (ISO 8601 style)."""
    local = when.astimezone() if when.tzinfo else when.astimezone()
    offset = local.strftime("%z")
    return f"{local.strftime('%d/%m/%Y %H:%M:%S')} {offset[:3]}:{offset[3:]}" if offset else local.strftime(
        "%d/%m/%Y %H:%M:%S")


# ---------------------------------------------------------------------------------- key sources

def detect_token_libraries(system_root: str | None = None, program_dirs: Sequence[str] | None = None,
                           ) -> list[tuple[str, str]]:
    """(vendor, path) of every known token library present on this Windows machine (none elsewhere)."""
    if system_root is None:
        if sys.platform != "win32":
            return []
        system_root = os.environ.get("SystemRoot", r"C:\Windows")
    if program_dirs is None:
        program_dirs = [p for p in (os.environ.get("ProgramFiles"), os.environ.get("ProgramW6432")) if p]
    found: list[tuple[str, str]] = []
    system32 = Path(system_root) / "System32"
    for vendor, names in TOKEN_LIBRARIES:
        for name in names:
            path = system32 / name
            if path.is_file() and str(path) not in {p for _v, p in found}:
                found.append((vendor, str(path)))
    for folder in program_dirs:
        for rel in TOKEN_LIBRARY_FOLDERS:
            path = Path(folder, *rel.split("\\"))
            if path.is_file() and str(path) not in {p for _v, p in found}:
                found.append((rel.split("\\")[0], str(path)))
    return found


@dataclass
class KeySource:
    """A certificate and the means to sign with its key. Close it when done (logs out of the token)."""

    certificate: CertificateInfo
    cert_asn1: object
    chain: list = field(default_factory=list)  # other certificates (asn1crypto) to embed
    kind: str = "pfx"  # "pfx" or "token"
    _signer: object | None = None
    _session: object | None = None
    _token: object | None = None
    _lib_path: str = ""
    _key_id: bytes | None = None
    _key_label: str | None = None

    def signer(self):
        if self._signer is None:
            raise SigningProblem(QT_TRANSLATE_NOOP("Signing", "Enter the token's PIN before signing."))
        return self._signer

    def login(self, pin: str) -> None:
        """Log in to the token with its PIN (tokens only; a .pfx is opened with its password)."""
        if self.kind != "token":
            return
        self.close()
        self._session = _token_login(self._token, pin, self._lib_path)
        from pyhanko.sign import pkcs11 as hanko_p11

        self._signer = hanko_p11.PKCS11Signer(
            self._session, signing_cert=self.cert_asn1, ca_chain=self.chain, key_id=self._key_id,
            key_label=None if self._key_id else self._key_label, other_certs_to_pull=(), embed_roots=True)

    def close(self) -> None:
        if self._session is not None:
            try:
                self._session.close()
            except Exception:  # noqa: BLE001 - the token may be gone already
                pass
            self._session = None
            if self.kind == "token":
                self._signer = None

    def __enter__(self) -> "KeySource":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_pfx(path: str | Path, password: str) -> KeySource:
    """The certificate and key of a .pfx / .p12 file.

    Raises:
        SigningProblem: file missing or unreadable, wrong password, no key or certificate inside.
    """
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SigningProblem(QT_TRANSLATE_NOOP("Signing", "The certificate file {path} does not exist."),
                             path=str(path)) from None
    except OSError as exc:
        raise SigningProblem(QT_TRANSLATE_NOOP("Signing", "The certificate file {path} cannot be read ({reason})."),
                             path=str(path), reason=exc.strerror or str(exc)) from None
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password.encode("utf-8") if password else None)
    except ValueError:
        raise SigningProblem(QT_TRANSLATE_NOOP(
            "Signing", "Wrong password for the certificate file {name}, or the file is not a .pfx/.p12 certificate."),
            name=path.name) from None
    if key is None or cert is None:
        raise SigningProblem(QT_TRANSLATE_NOOP("Signing", "{name} holds no private key and certificate to sign with."),
                             name=path.name)
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert_asn1 = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    chain = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in (extra or [])]
    key_asn1 = asn1_keys.PrivateKeyInfo.load(key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=cert_asn1, signing_key=key_asn1,
                                  cert_registry=SimpleCertificateStore.from_certs([cert_asn1, *chain]))
    return KeySource(CertificateInfo.from_asn1(cert_asn1), cert_asn1, chain, "pfx", _signer=signer)


def _load_library(lib_path: str):
    import pkcs11

    if not lib_path:
        raise SigningProblem(QT_TRANSLATE_NOOP(
            "Signing", "No token library is chosen: choose the PKCS#11 library (.dll) of your token's software in "
                       "Settings › Digital signature."))
    if not Path(lib_path).is_file():
        raise SigningProblem(QT_TRANSLATE_NOOP(
            "Signing", "The token library {path} was not found. Install the token's software (from its certification "
                       "authority) or choose its PKCS#11 library again in Settings › Digital signature."),
            path=lib_path)
    from pkcs11.exceptions import PKCS11Error

    try:
        return pkcs11.lib(lib_path)
    except Exception as exc:  # noqa: BLE001 - a PKCS#11 return code, or the loader's refusal
        reason = str(exc) or type(exc).__name__
        if isinstance(exc, PKCS11Error) and type(exc) is not PKCS11Error:  # loaded, but C_Initialize failed: the
            raise SigningProblem(QT_TRANSLATE_NOOP(  # token's software (QA 17 F11: "()" and the wrong cause)
                "Signing", "The token library {path} was loaded but did not start ({reason}): check that the token's "
                           "software is installed and its service running, then try again."),
                path=lib_path, reason=reason) from None
        # python-pkcs11's own PKCS11Error, RuntimeError, OSError: not a library, or of the other bitness
        raise SigningProblem(QT_TRANSLATE_NOOP(
            "Signing", "{path} cannot be loaded as a PKCS#11 token library ({reason}). Choose the token's PKCS#11 "
                       "library (for a 64-bit program, the 64-bit library)."),
            path=lib_path, reason=reason) from None


def _no_token() -> SigningProblem:
    return SigningProblem(QT_TRANSLATE_NOOP(
        "Signing", "No token is inserted: plug in the USB token (wait for its light) and try again."))


def open_token(lib_path: str, slot: int | None = None) -> KeySource:
    """The signing certificate on a token, read without the PIN (``login`` asks for it next).

    Raises:
        SigningProblem: library missing or not loadable, no token inserted, no certificate on it.
    """
    import pkcs11
    from asn1crypto import x509 as asn1_x509
    from pkcs11 import Attribute, ObjectClass

    lib = _load_library(lib_path)
    try:
        # A reader (or SoftHSM's spare slot) may show a blank, uninitialised token: that is no token.
        slots = [s for s in lib.get_slots(token_present=True)
                 if s.get_token().flags & pkcs11.TokenFlag.TOKEN_INITIALIZED]
    except pkcs11.PKCS11Error:
        raise _no_token() from None
    if slot is not None:
        slots = [s for s in slots if s.slot_id == slot]
        if not slots:
            raise SigningProblem(QT_TRANSLATE_NOOP(
                "Signing", "No token is inserted in slot {slot}: plug in the USB token or choose another slot."),
                slot=slot)
    if not slots:
        raise _no_token()
    try:
        token = slots[0].get_token()
        with token.open() as session:
            certs = []
            for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
                try:
                    der = obj[Attribute.VALUE]
                except pkcs11.PKCS11Error:
                    continue
                try:
                    cka_id = obj[Attribute.ID]
                except pkcs11.PKCS11Error:
                    cka_id = None
                try:
                    label = obj[Attribute.LABEL]
                except pkcs11.PKCS11Error:
                    label = None
                certs.append((asn1_x509.Certificate.load(der), cka_id, label))
    except (pkcs11.TokenNotPresent, pkcs11.DeviceRemoved, pkcs11.TokenNotRecognised):
        raise _no_token() from None
    except pkcs11.PKCS11Error as exc:
        raise SigningProblem(QT_TRANSLATE_NOOP("Signing", "The token cannot be read ({reason})."),
                             reason=type(exc).__name__) from None
    own = [c for c in certs if not _is_ca(c[0])]
    if not own:
        raise SigningProblem(QT_TRANSLATE_NOOP("Signing", "The token holds no signing certificate."))
    now = dt.datetime.now(dt.timezone.utc)
    # Prefer a certificate valid today that allows non-repudiation (the signing certificate).
    own.sort(key=lambda c: (not _valid_now(c[0], now), "non_repudiation" not in (c[0].key_usage_value.native
                                                                                  if c[0].key_usage_value else [])))
    cert, cka_id, label = own[0]
    chain = [c[0] for c in certs if c[0] is not cert]
    return KeySource(CertificateInfo.from_asn1(cert), cert, chain, "token", _token=token, _lib_path=lib_path,
                     _key_id=cka_id, _key_label=label)


def _is_ca(cert) -> bool:
    bc = cert.basic_constraints_value
    return bool(bc and bc["ca"].native)


def _valid_now(cert, now: dt.datetime) -> bool:
    v = cert["tbs_certificate"]["validity"]
    return v["not_before"].native <= now <= v["not_after"].native


def _token_login(token, pin: str, lib_path: str):
    import pkcs11
    from pkcs11 import TokenFlag

    try:
        return token.open(user_pin=pin)
    except pkcs11.PinLocked:
        raise _locked() from None
    except (pkcs11.PinIncorrect, pkcs11.PinInvalid, pkcs11.PinLenRange):
        flags = _token_flags(token, lib_path)
        if flags & TokenFlag.USER_PIN_LOCKED:
            raise _locked() from None
        if flags & TokenFlag.USER_PIN_FINAL_TRY:
            raise SigningProblem(QT_TRANSLATE_NOOP(
                "Signing", "Wrong PIN. The token says only ONE try remains: one more wrong PIN locks it.")) from None
        if flags & TokenFlag.USER_PIN_COUNT_LOW:
            raise SigningProblem(QT_TRANSLATE_NOOP(
                "Signing", "Wrong PIN. The token says few tries remain before it locks; check the PIN before trying "
                           "again.")) from None
        raise SigningProblem(QT_TRANSLATE_NOOP(
            "Signing", "Wrong PIN. Check it (the token locks itself after several wrong PINs) and try again.")) from None
    except (pkcs11.TokenNotPresent, pkcs11.DeviceRemoved, pkcs11.SlotIDInvalid):
        raise _no_token() from None
    except pkcs11.PKCS11Error as exc:
        raise SigningProblem(QT_TRANSLATE_NOOP("Signing", "The token refused the login ({reason})."),
                             reason=type(exc).__name__) from None


def _locked() -> SigningProblem:
    return SigningProblem(QT_TRANSLATE_NOOP(
        "Signing", "The token is locked (too many wrong PINs). Ask its certification authority to unlock it; "
                   "nothing was signed."))


def _token_flags(token, lib_path: str) -> int:
    """The token's flags read afresh (they change after a wrong PIN)."""
    try:
        import pkcs11

        lib = pkcs11.lib(lib_path)
        for slot in lib.get_slots(token_present=True):
            t = slot.get_token()
            if t.serial == token.serial:
                return int(t.flags)
    except Exception:  # noqa: BLE001 - flags are a hint only
        pass
    return int(token.flags)


# ---------------------------------------------------------------------------------- appearance

@dataclass(frozen=True)
class Appearance:
    """What a signature shows: an image (signature or seal PNG) or, without one, a text box."""

    role: str
    signer: str  # 'Ký bởi'
    organisation: str  # 'Cơ quan'
    image: bytes | None = None


def _appearance_pdf(appearance: Appearance, width: float, height: float, when: dt.datetime,
                    image_box: tuple[float, float, float, float] | None = None) -> bytes:
    """A one-page PDF of the field's size with the appearance drawn (ReportLab, Vietnamese font)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from qms_desktop.reports.fonts import SERIF, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(width, height), invariant=1)
    time_text = signing_time_text(when)
    if appearance.image is not None:
        img = ImageReader(io.BytesIO(appearance.image))
        iw, ih = img.getSize()
        bx, by, bw, bh = image_box or (0, 0, width, height)
        scale = min(bw / iw, bh / ih)
        dw, dh = iw * scale, ih * scale
        c.drawImage(img, bx + (bw - dw) / 2, by + (bh - dh) / 2, dw, dh, mask="auto")
        if appearance.role == ROLE_AGENCY:
            lines = [w for line in (appearance.organisation, time_text)
                     for w in _wrap(line, SERIF, INFO_SIZE, bx - 3)]
            c.setFillColorRGB(0, 0, 0)
            c.setFont(SERIF, INFO_SIZE)
            for i, line in enumerate(reversed(lines)):
                c.drawRightString(bx - 2, 2 + i * INFO_SIZE * 1.2, line)
    else:
        lines = [f"Ký bởi: {appearance.signer}", f"Cơ quan: {appearance.organisation}", f"Thời gian ký: {time_text}"]
        bw = min(width, TEXT_BOX_WIDTH)
        bx = (width - bw) / 2
        c.setStrokeColorRGB(0.1, 0.3, 0.6)
        c.setLineWidth(0.8)
        c.rect(bx + 0.5, 0.5, bw - 1, height - 1)
        _text_lines(c, lines, bx + 4, 2, bw - 8, height - 4, SERIF, INFO_SIZE + 1, center=False)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words, lines, line = _nfc(text).split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if stringWidth(trial, font, size) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _text_lines(c, lines: list[str], x: float, y: float, width: float, height: float, font: str, size: float, *,
                center: bool) -> None:
    wrapped = [w for line in lines for w in _wrap(line, font, size, width)]
    leading = size * 1.2
    total = leading * len(wrapped)
    top = y + height - max(0.0, (height - total) / 2) - size
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font, size)
    for i, line in enumerate(wrapped):
        ty = top - i * leading
        if center:
            c.drawCentredString(x + width / 2, ty, line)
        else:
            c.drawString(x, ty, line)


def _imported_pdf_content(pdf: bytes):
    """Like pyHanko's ImportedPdfPage, from bytes instead of a file name."""
    import binascii
    import uuid

    from pyhanko.pdf_utils.content import PdfContent
    from pyhanko.pdf_utils.layout import BoxConstraints
    from pyhanko.pdf_utils.reader import PdfFileReader

    class _Imported(PdfContent):
        def render(self) -> bytes:
            w = self._ensure_writer
            xobj = w.import_page_as_xobject(PdfFileReader(io.BytesIO(pdf)), page_ix=0)
            name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
            self.resources.xobject[name.decode("ascii")] = xobj
            x1, y1, x2, y2 = xobj.get_object()["/BBox"]
            self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return name + b" Do"

    return _Imported()


# ---------------------------------------------------------------------------------- the document

@dataclass(frozen=True)
class FieldPlace:
    page: int
    rect: tuple[float, float, float, float]  # x1, y1, x2, y2


def prepare_for_signing(pdf: bytes, spot) -> bytes:
    """``pdf`` with an empty, invisible-until-signed field for the competent person's signature at the
    blank signature space between the signer's title and name (``spot``)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    w = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    box = (round(spot.x), round(spot.y), round(spot.x + spot.width), round(spot.y + spot.height))
    fields.append_signature_field(w, fields.SigFieldSpec(FIELD_NAMES[ROLE_OFFICIAL], on_page=spot.page, box=box))
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def _quiet() -> None:
    """pyHanko logs every failed path search with a traceback; our result says it in words."""
    import logging

    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _reader(pdf: bytes):
    from pyhanko.pdf_utils.reader import PdfFileReader

    _quiet()

    try:
        return PdfFileReader(io.BytesIO(pdf), strict=False)
    except Exception as exc:  # noqa: BLE001 - PdfReadError and friends
        raise SigningProblem(QT_TRANSLATE_NOOP("Signing", "The PDF cannot be read ({reason})."), reason=str(exc)) from None


def field_place(reader, name: str) -> FieldPlace | None:
    """Page and rectangle of the signature field ``name``, or None."""
    root = reader.root
    form = root.get("/AcroForm")
    if form is None:
        return None
    target = None
    for ref in form.get_object().get("/Fields", []):
        fld = ref.get_object()
        if str(fld.get("/T", "")) == name:
            target = ref
            break
    if target is None:
        return None
    fld = target.get_object()
    rect = tuple(float(v) for v in fld.get("/Rect", (0, 0, 0, 0)))
    pages = int(root["/Pages"]["/Count"])
    for ix in range(pages):
        page_ref, _res = reader.find_page_for_modification(ix)
        for annot in page_ref.get_object().get("/Annots", []) or []:
            if getattr(annot, "idnum", None) == getattr(target, "idnum", -1):
                return FieldPlace(ix, rect)  # type: ignore[arg-type]
    return FieldPlace(0, rect)  # type: ignore[arg-type]


def _signature_summaries(reader) -> list:
    return list(reader.embedded_regular_signatures)


def is_finalised(pdf: bytes) -> bool:
    """True when a signature in ``pdf`` forbids any further change (DocMDP / FieldMDP 'no changes')."""
    from pyhanko.sign.fields import MDPPerm

    reader = _reader(pdf)
    for sig in _signature_summaries(reader):
        try:
            if sig.docmdp_level == MDPPerm.NO_CHANGES:
                return True
        except Exception:  # noqa: BLE001 - malformed signature dictionary: treat as final
            return True
    return False


def signed_roles(pdf: bytes) -> set[str]:
    """Which of our two signatures the PDF already carries."""
    reader = _reader(pdf)
    names = {sig.field_name for sig in _signature_summaries(reader)}
    return {role for role, name in FIELD_NAMES.items() if name in names}


def _agency_place(reader, with_image: bool) -> FieldPlace:
    from qms_desktop.reports.pdf_layout import MARGIN_RIGHT, MARGIN_TOP, PAGE_HEIGHT, PAGE_WIDTH

    official = field_place(reader, FIELD_NAMES[ROLE_OFFICIAL])
    if with_image and official is not None:
        x1, y1, x2, y2 = official.rect
        centre_x, centre_y = (x1 + x2) / 2, (y1 + y2) / 2
        image_left = centre_x - min(SIGNATURE_IMAGE_WIDTH, x2 - x1) / 2
        right = image_left + min(SIGNATURE_IMAGE_WIDTH, x2 - x1) / 3  # covers the left third
        # Its lower edge no lower than the signing space's, so that the signer's printed name below stays
        # readable (QA 17 F12); a seal taller than the space reaches up towards the title, as stamped on paper.
        top = max(centre_y + SEAL_SIZE / 2, y1 + SEAL_SIZE)
        # The agency's name and the signing time go left of the seal's lower part: below the
        # recipients list ("Nơi nhận"), clear of the signer's name and of what follows the block.
        return FieldPlace(official.page, (right - SEAL_SIZE - AGENCY_INFO_WIDTH, top - SEAL_SIZE, right, top))
    # Without a seal image: a text box at the top right of the first page (Decree 30 Annex I: the
    # agency's signature that shows no image goes to the top right corner of the first page).
    width, height = 78 * MM, 16 * MM
    right, top = PAGE_WIDTH - MARGIN_RIGHT, PAGE_HEIGHT - (MARGIN_TOP - height) / 2
    return FieldPlace(0, (right - width, top - height, right, top))


def sign_pdf(pdf: bytes, source: KeySource, appearance: Appearance, *, timestamp_url: str = "",
             timestamper=None, now: dt.datetime | None = None, location: str = "") -> bytes:
    """Add a PAdES signature (B-B; B-T with a timestamp server) to ``pdf``; returns the new bytes.

    The competent person's signature fills the field ``prepare_for_signing`` made; the agency's is
    placed relative to it and locks the document.

    Raises:
        SigningProblem: certificate expired or not yet valid, PDF already finalised, that role already
            signed, token problems (removed, PIN), timestamp server unreachable.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.layout import BoxConstraints
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError
    from pyhanko.stamp import StaticStampStyle

    role = appearance.role
    now = (now or dt.datetime.now(dt.timezone.utc)).astimezone()
    source.certificate.check_valid_at(now)
    reader = _reader(pdf)
    if is_finalised(pdf):
        raise SigningProblem(QT_TRANSLATE_NOOP(
            "Signing", "This PDF was already finalised by another signature (it allows no further change): it cannot "
                       "be signed again."))
    if role in signed_roles(pdf):
        raise SigningProblem(QT_TRANSLATE_NOOP("Signing", "This PDF already carries the {role_label} signature."),
                             role_label=_role_label(role))
    field_name = FIELD_NAMES[role]
    field_spec = None
    if role == ROLE_OFFICIAL:
        place = field_place(reader, field_name)
        if place is None:
            raise SigningProblem(QT_TRANSLATE_NOOP("Signing", "This PDF has no place for the signer's signature."))
    else:
        place = _agency_place(reader, appearance.image is not None)
        field_spec = fields.SigFieldSpec(
            field_name, on_page=place.page, box=tuple(round(v) for v in place.rect),
            field_mdp_spec=fields.FieldMDPSpec(fields.FieldMDPAction.ALL),
            doc_mdp_update_value=fields.MDPPerm.NO_CHANGES)
    x1, y1, x2, y2 = place.rect
    if role == ROLE_OFFICIAL and field_spec is None:
        x1, y1, x2, y2 = (round(v) for v in place.rect)
    width, height = abs(x2 - x1), abs(y2 - y1)
    image_box = None
    if appearance.image is not None:
        if role == ROLE_OFFICIAL:
            iw = min(SIGNATURE_IMAGE_WIDTH, width)
            image_box = ((width - iw) / 2, 0, iw, height)
        else:
            image_box = (width - SEAL_SIZE, 0, SEAL_SIZE, SEAL_SIZE)
    try:
        look = _appearance_pdf(appearance, width, height, now, image_box)
    except Exception as exc:  # noqa: BLE001 - a broken image file
        raise SigningProblem(QT_TRANSLATE_NOOP("Signing", "The signature image cannot be drawn ({reason}); choose "
                                                          "another PNG image in Settings."), reason=str(exc)) from None
    style = StaticStampStyle(background=_imported_pdf_content(look), border_width=0, background_opacity=1,
                             background_layout=_full_layout())
    meta = signers.PdfSignatureMetadata(
        field_name=field_name, subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
        use_pades_lta=False, embed_validation_info=False, location=location or None,
        reason="Ký số văn bản" if role == ROLE_OFFICIAL else "Ký số của cơ quan",
        name=source.certificate.name)
    timestamper = timestamper or _http_timestamper(timestamp_url)

    class _Signer(signers.PdfSigner):
        def init_signing_session(self, pdf_out, existing_fields_only=False):
            session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
            session.system_time = now  # the time drawn is exactly the signing time signed
            return session

    pdf_signer = _Signer(meta, signer=source.signer(), timestamper=timestamper, stamp_style=style,
                         new_field_spec=field_spec)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    try:
        out = pdf_signer.sign_pdf(writer)
    except SigningProblem:
        raise
    except SigningError as exc:
        if "forbids all changes" in str(exc):
            raise SigningProblem(QT_TRANSLATE_NOOP(
                "Signing", "This PDF was already finalised by another signature (it allows no further change): it "
                           "cannot be signed again.")) from None
        raise SigningProblem(QT_TRANSLATE_NOOP("Signing", "Signing failed: {reason}"), reason=str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - token pulled out, timestamp server down…
        raise _signing_failure(exc) from None
    del BoxConstraints
    return out.getvalue()


def _full_layout():
    from pyhanko.pdf_utils import layout

    return layout.SimpleBoxLayoutRule(x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MID,
                                      margins=layout.Margins.uniform(0))


def _http_timestamper(url: str):
    if not url:
        return None
    from pyhanko.sign.timestamps import HTTPTimeStamper

    return HTTPTimeStamper(url, timeout=20)


def _signing_failure(exc: Exception) -> SigningProblem:
    try:
        import pkcs11

        if isinstance(exc, (pkcs11.TokenNotPresent, pkcs11.DeviceRemoved, pkcs11.SessionHandleInvalid,
                            pkcs11.SessionClosed)):
            return _no_token()
        if isinstance(exc, pkcs11.UserNotLoggedIn):
            return SigningProblem(QT_TRANSLATE_NOOP("Signing", "Enter the token's PIN before signing."))
    except ImportError:
        pass
    name = type(exc).__name__
    from pyhanko.sign.timestamps import TimestampRequestError

    if isinstance(exc, (TimestampRequestError, OSError)) or "aiohttp" in type(exc).__module__:
        return SigningProblem(QT_TRANSLATE_NOOP(
            "Signing", "The timestamp server did not answer ({reason}). Sign without a timestamp (clear the server in "
                       "Settings) or try again later."), reason=f"{exc}: {exc.__cause__}" if exc.__cause__ else str(exc))
    return SigningProblem(QT_TRANSLATE_NOOP("Signing", "Signing failed: {reason}"), reason=f"{name}: {exc}")


ROLE_LABELS = {
    ROLE_OFFICIAL: QT_TRANSLATE_NOOP("Signing", "signer's (competent person's)"),
    ROLE_AGENCY: QT_TRANSLATE_NOOP("Signing", "agency's"),
}


def _role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role)


# ---------------------------------------------------------------------------------- trust store

@dataclass(frozen=True)
class TrustStore:
    """Trust anchors and CRLs the receiving office imported (files, never downloaded)."""

    anchors: tuple = ()  # asn1crypto certificates
    crls: tuple = ()  # asn1crypto CertificateList
    problems: tuple[str, ...] = ()  # files that could not be read

    @classmethod
    def load(cls, folder: str | Path | None) -> "TrustStore":
        """Every certificate (.cer .crt .pem .der) and CRL (.crl) in ``folder`` (not recursive)."""
        if folder is None:
            return cls()
        folder = Path(folder)
        anchors, crls, problems = [], [], []
        if not folder.is_dir():
            return cls()
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() not in TRUST_SUFFIXES or not path.is_file():
                continue
            try:
                items = read_trust_file(path.read_bytes())
            except (OSError, ValueError):
                problems.append(path.name)
                continue
            if any(kind == "cert" and not _is_ca(obj) for kind, obj in items):
                problems.append(path.name)  # not a CA (a signer's own certificate): never an anchor (QA 17 F2)
                continue
            for kind, obj in items:
                (anchors if kind == "cert" else crls).append(obj)
        return cls(tuple(anchors), tuple(crls), tuple(problems))


_PEM = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----(.+?)-----END \1-----", re.S)


def read_trust_file(data: bytes) -> list[tuple[str, object]]:
    """('cert' | 'crl', asn1crypto object) for each certificate or CRL in PEM or DER ``data``.

    Raises:
        ValueError: nothing readable.
    """
    import base64

    from asn1crypto import crl as asn1_crl
    from asn1crypto import x509 as asn1_x509

    blobs: list[tuple[str, bytes]] = []
    for m in _PEM.finditer(data):
        label = m.group(1).decode("ascii")
        body = base64.b64decode(b"".join(m.group(2).split()))
        blobs.append(("crl" if "CRL" in label else "cert", body))
    if not blobs:
        blobs = [("?", data)]
    out: list[tuple[str, object]] = []
    for kind, der in blobs:
        for candidate in (("cert", "crl") if kind == "?" else (kind,)):
            try:
                obj = (asn1_x509.Certificate if candidate == "cert" else asn1_crl.CertificateList).load(der)
                obj.native
            except Exception:  # noqa: BLE001 - asn1crypto raises ValueError/TypeError
                continue
            out.append((candidate, obj))
            break
    if not out:
        raise ValueError("no certificate or CRL")
    return out


# ---------------------------------------------------------------------------------- verification

VALID, INVALID, UNKNOWN_ISSUER, NOT_SIGNED = "valid", "invalid", "unknown_issuer", "not_signed"
STATUS_LABELS = {
    VALID: QT_TRANSLATE_NOOP("Signing", "valid"),
    INVALID: QT_TRANSLATE_NOOP("Signing", "INVALID"),
    UNKNOWN_ISSUER: QT_TRANSLATE_NOOP("Signing", "unknown issuer"),
    NOT_SIGNED: QT_TRANSLATE_NOOP("Signing", "not signed"),
}
REVOCATION_GOOD, REVOCATION_REVOKED, REVOCATION_NOT_CHECKED = "good", "revoked", "not_checked"


@dataclass(frozen=True)
class Finding:
    """A translatable sentence (context "Signing")."""

    message: str
    params: dict = field(default_factory=dict)
    context: str = "Signing"

    def render(self, translate: Translate = identity_translate) -> str:
        from qms_desktop.i18n import render_params

        text = translate(self.context, self.message) or self.message
        try:
            return text.format(**render_params(self.params, translate))  # a reason that is itself a sentence
        except (KeyError, IndexError, ValueError):
            return text


@dataclass(frozen=True)
class SignatureCheck:
    """One signature in the PDF."""

    field_name: str
    role: str  # official / agency / "" (another signature)
    certificate: CertificateInfo
    signed_at: dt.datetime | None  # the signer's claimed time (or the timestamp's, when B-T)
    timestamped: bool
    status: str  # valid / invalid / unknown_issuer
    intact: bool
    covers_document: bool
    revocation: str  # good / revoked / not_checked
    organisation_matches: bool | None
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class PdfSignatureResult:
    """What the receiving office is shown about a PDF's signatures."""

    status: str  # valid / invalid / unknown_issuer / not_signed
    signatures: tuple[SignatureCheck, ...] = ()
    findings: tuple[Finding, ...] = ()

    @property
    def signed(self) -> bool:
        return bool(self.signatures)

    @property
    def revocation_checked(self) -> bool:
        return bool(self.signatures) and all(s.revocation != REVOCATION_NOT_CHECKED for s in self.signatures)

    @property
    def signed_by(self) -> str:
        """'Nguyễn Văn A (UBND xã Tân Phú); UBND xã Tân Phú (…)'"""
        return "; ".join(f"{s.certificate.name} ({s.certificate.organisation})" if s.certificate.organisation
                         else s.certificate.name for s in self.signatures)

    def status_label(self, translate: Translate = identity_translate) -> str:
        text = STATUS_LABELS[self.status]
        return translate("Signing", text) or text

    def lines(self, translate: Translate = identity_translate) -> list[str]:
        """The result as sentences, one per line (CLI and dialogs)."""
        t = _translator(translate)
        out = [t(QT_TRANSLATE_NOOP("Signing", "Digital signature: {status}")).format(status=self.status_label(translate))]
        for s in self.signatures:
            role = {ROLE_OFFICIAL: t(QT_TRANSLATE_NOOP("Signing", "Signer")),
                    ROLE_AGENCY: t(QT_TRANSLATE_NOOP("Signing", "Agency"))}.get(s.role, s.field_name)
            when = signing_time_text(s.signed_at) if s.signed_at else "?"
            out.append(t(QT_TRANSLATE_NOOP("Signing", "{role}: {name} — {organisation}; serial {serial}; issued by "
                                                      "{issuer}; signed {when}; {status}")).format(
                role=role, name=s.certificate.name, organisation=s.certificate.organisation or "—",
                serial=s.certificate.serial, issuer=s.certificate.issuer, when=when,
                status=t(STATUS_LABELS[s.status])))
            revocation = {
                REVOCATION_GOOD: QT_TRANSLATE_NOOP("Signing", "revocation: checked against the imported CRLs, not revoked"),
                REVOCATION_REVOKED: QT_TRANSLATE_NOOP("Signing", "revocation: the certificate is REVOKED"),
                REVOCATION_NOT_CHECKED: QT_TRANSLATE_NOOP("Signing", "revocation: not checked (no imported CRL covers "
                                                                     "this certificate)"),
            }[s.revocation]
            out.append("  " + t(revocation))
            out += ["  " + f.render(translate) for f in s.findings]
        out += [f.render(translate) for f in self.findings]
        return out


def _org_key(text: str) -> str:
    """The unit a name designates: 'UBND xã Tân Phú', 'Ủy ban nhân dân xã Tân Phú' and 'xã Tân Phú' → 'xa tan phu'."""
    from qms_desktop.domain.text import fold

    key = " ".join(fold(text).replace(".", " ").replace(",", " ").replace("-", " ").split())
    key = re.sub(r"\bubnd\b", "uy ban nhan dan", key)
    return key.removeprefix("uy ban nhan dan ").strip()


# what may follow a unit's name in a certificate's organisation: where it lies ("UBND xã Tân Phú, tỉnh Lâm Đồng")
_PLACE_AFTER = re.compile(r"^(tinh|thanh pho|huyen|quan|thi xa) \w")


def organisation_matches(organisations: Iterable[str], expected: Iterable[str]) -> bool:
    """A certificate's O/OU values name the sending unit ('UBND xã Tân Phú' = 'Ủy ban nhân dân xã Tân Phú' =
    'xã Tân Phú', maybe followed by where it lies: ', tỉnh Lâm Đồng'). Tone marks and case are ignored. Another
    body whose name ends with the unit's is not the unit: 'Trường Tiểu học xã Tân Phú', 'Công an xã Tân Phú'."""
    wanted = [k for k in (_org_key(e) for e in expected) if k]
    for org in organisations:
        key = _org_key(org)
        if not key:
            continue
        for w in wanted:
            if key == w or (key.startswith(w + " ") and _PLACE_AFTER.match(key[len(w) + 1:])):
                return True
    return False


def verify_pdf(pdf: bytes, *, trust: TrustStore | None = None, expected_organisations: Sequence[str] = (),
               existed_by: dt.datetime | None = None) -> PdfSignatureResult:
    """Check every PAdES signature of ``pdf``: intact, the last one covering the whole file (earlier
    ones followed only by the later signatures), chain to an imported trust anchor at signing time,
    revocation against imported CRLs, certificate organisation = the sending unit (when given).

    Without a timestamp token the signing time is the signer's own claim: a claim in the future is refused, and
    ``existed_by`` (a moment the signature is known to have existed by: the package's export, signed with the
    pinned key) must fall within the certificate's validity too, so that an expired certificate and a backdated
    claim do not pass."""
    trust = trust or TrustStore()
    try:
        reader = _reader(pdf)
        sigs = _signature_summaries(reader)
    except SigningProblem as exc:
        return PdfSignatureResult(INVALID, (), (Finding(exc.message, exc.params),))
    if not sigs:
        return PdfSignatureResult(NOT_SIGNED)
    checks = []
    for index, sig in enumerate(sigs):
        checks.append(_check_signature(sig, index == len(sigs) - 1, trust, expected_organisations, existed_by))
    findings: list[Finding] = []
    if trust.problems:
        findings.append(Finding(QT_TRANSLATE_NOOP("Signing", "Files in the trust store that are not a CA certificate or a revocation list were ignored: {files}"),
                                {"files": ", ".join(trust.problems)}))
    statuses = {c.status for c in checks}
    status = INVALID if INVALID in statuses else UNKNOWN_ISSUER if UNKNOWN_ISSUER in statuses else VALID
    return PdfSignatureResult(status, tuple(checks), tuple(findings))


# pyHanko's reasons a chain does not verify, in words (its codes, OUT_OF_BOUNDS_NO_POE…, meant nothing to a clerk)
_TRUST_PROBLEMS = {
    "OUT_OF_BOUNDS_NO_POE": QT_TRANSLATE_NOOP("Signing", "the certificate was not valid at that time"),
    "NOT_YET_VALID": QT_TRANSLATE_NOOP("Signing", "the certificate was not valid yet"),
    "EXPIRED": QT_TRANSLATE_NOOP("Signing", "the certificate had expired"),
    "REVOKED_NO_POE": QT_TRANSLATE_NOOP("Signing", "the certificate was revoked"),
    "CERTIFICATE_CHAIN_GENERAL_FAILURE": QT_TRANSLATE_NOOP("Signing", "the chain of certificates is broken"),
}


def _trust_problem(indication) -> object:
    name = getattr(indication, "name", "")
    return Finding(_TRUST_PROBLEMS[name]) if name in _TRUST_PROBLEMS else (name or "?")


def _check_signature(sig, is_last: bool, trust: TrustStore, expected: Sequence[str],
                     existed_by: dt.datetime | None = None) -> SignatureCheck:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    field_name = str(sig.field_name or "")
    role = next((r for r, n in FIELD_NAMES.items() if n == field_name), "")
    findings: list[Finding] = []
    try:
        cert = sig.signer_cert
        info = CertificateInfo.from_asn1(cert)
    except Exception:  # noqa: BLE001 - a signature without a readable certificate
        empty = dt.datetime.fromtimestamp(0, dt.timezone.utc)
        return SignatureCheck(field_name, role, CertificateInfo("?", "", "", empty, empty, ""), None, False, INVALID,
                              False, False, REVOCATION_NOT_CHECKED, None,
                              (Finding(QT_TRANSLATE_NOOP("Signing", "The signature names no readable certificate.")),))
    claimed = sig.self_reported_timestamp
    # B-B carries only the signer's claimed time: the chain is checked at that time (a certificate
    # that expired since still verifies a signature made while it was valid).
    moment = claimed or dt.datetime.now(dt.timezone.utc)
    vc = ValidationContext(trust_roots=list(trust.anchors), other_certs=list(trust.anchors), crls=list(trust.crls),
                           allow_fetching=False, revocation_mode="soft-fail", moment=moment)
    try:
        st = validate_pdf_signature(sig, signer_validation_context=vc)
    except Exception as exc:  # noqa: BLE001 - malformed CMS, unsupported algorithm
        return SignatureCheck(field_name, role, info, claimed, False, INVALID, False, False,
                              REVOCATION_NOT_CHECKED, None,
                              (Finding(QT_TRANSLATE_NOOP("Signing", "The signature cannot be checked ({reason})."),
                                       {"reason": f"{type(exc).__name__}: {exc}"}),))
    ts_time = st.timestamp_validity.timestamp if st.timestamp_validity is not None else None
    intact = bool(st.intact and st.valid)
    if not intact:
        findings.append(Finding(QT_TRANSLATE_NOOP(
            "Signing", "The signed content was CHANGED after signing (the signature does not match the document).")))
    if is_last:
        covers = st.coverage == SignatureCoverageLevel.ENTIRE_FILE
    else:
        level = st.modification_level
        covers = (st.coverage in (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION)
                  and level is not None and level <= ModificationLevel.FORM_FILLING and st.docmdp_ok is not False)
    if intact and not covers:
        findings.append(Finding(QT_TRANSLATE_NOOP(
            "Signing", "The signature does not cover the whole document: something was added or changed after it.")))
    revocation, revoked_on = _revocation(st.validation_path, trust.crls)
    if revocation == REVOCATION_NOT_CHECKED and trust.crls:  # QA 17 F8: say whose list is missing
        uncovered = _uncovered_issuers(st.validation_path, trust.crls)
        if uncovered:
            findings.append(Finding(QT_TRANSLATE_NOOP(
                "Signing", "No imported revocation list (CRL) of {issuers}: import it to check the certificates "
                           "it issued."), {"issuers": ", ".join(uncovered)}))
    revoked = st.revoked or revocation == REVOCATION_REVOKED
    if revoked:
        revocation = REVOCATION_REVOKED
        findings.append(Finding(QT_TRANSLATE_NOOP(
            "Signing", "The certificate was REVOKED by its certification authority (on {date})."),
            {"date": _local_text(revoked_on) if revoked_on else "?"}))
    if not info.signs_documents:  # QA 48 F1: was "unknown issuer, import the root" for a root already imported
        findings.append(Finding(QT_TRANSLATE_NOOP(
            "Signing", "The certificate is not for signing documents: its key usage ({usage}) lacks non-repudiation."),
            {"usage": ", ".join(info.key_usage or ()) or "—"}))
    if not intact or not covers or revoked or not info.signs_documents:
        status = INVALID
    elif st.trusted:
        status = VALID
    elif st.validation_path is None or not _anchored(st.validation_path, trust.anchors):
        status = UNKNOWN_ISSUER
        if cert.self_signed != "no":  # issued by itself: there is no authority's root to import (QA 17 F2)
            # never trusted, whatever is imported: invalid, so that accepting it needs the override (QA 48 F4)
            status = INVALID
            findings.append(Finding(QT_TRANSLATE_NOOP(
                "Signing", "The certificate is self-signed: no certification authority issued it, so the signature "
                           "cannot be trusted; ask the unit to sign with a certificate from a licensed authority.")))
        else:
            findings.append(Finding(QT_TRANSLATE_NOOP(
                "Signing", "The certificate's issuer {issuer} is not among the imported trust anchors: import the "
                           "root certificate of its certification authority (Settings › Digital signature)."),
                {"issuer": info.issuer}))
    elif not info.not_before <= moment <= info.not_after:  # QA 48 F3: pyHanko's code said "chain broken"
        status = INVALID
        findings.append(Finding(QT_TRANSLATE_NOOP(
            "Signing", "The certificate was not valid at the signing time ({date}): it is valid from {start} to "
                       "{end}."), {"date": _local_text(moment), "start": _local_text(info.not_before),
                                   "end": _local_text(info.not_after)}))
    else:
        status = INVALID
        findings.append(Finding(QT_TRANSLATE_NOOP(
            "Signing", "The certificate's chain does not verify against the imported trust anchors at the signing "
                       "time ({reason})."),
            {"reason": _trust_problem(st.trust_problem_indic)}))
    if ts_time is None and status != INVALID:  # B-B: the time is the signer's claim, bounded by what is known
        now = dt.datetime.now(dt.timezone.utc)
        if claimed is not None and claimed > now + dt.timedelta(minutes=10):
            status = INVALID
            findings.append(Finding(QT_TRANSLATE_NOOP(
                "Signing", "The signature claims to have been made on {date}, a time still to come: the signer's clock "
                           "or the claim is false."), {"date": _local_text(claimed)}))
        elif existed_by is not None and not info.not_before <= existed_by <= info.not_after:
            status = INVALID
            findings.append(Finding(QT_TRANSLATE_NOOP(
                "Signing", "The certificate was not valid when the package was sent ({date}; valid {start} – {end}), "
                           "and no timestamp proves the document was signed earlier."),
                {"date": _local_text(existed_by), "start": _local_text(info.not_before),
                 "end": _local_text(info.not_after)}))
    matches = None
    if expected:
        matches = organisation_matches(info.organisations or (info.organisation,), expected)
        if not matches:
            findings.append(Finding(QT_TRANSLATE_NOOP(
                "Signing", "The certificate's organisation ({organisation}) is not the sending unit ({unit})."),
                {"organisation": info.organisation or "—", "unit": next(iter(expected), "")}))
            if status == VALID:
                status = INVALID
    return SignatureCheck(field_name, role, info, ts_time or claimed, ts_time is not None, status, intact, covers,
                          revocation, matches, tuple(findings))


def verify_package_pdf(info, trust: TrustStore | None = None, *, pdf: bytes | None = None) -> PdfSignatureResult:
    """The PAdES check of a verified package's report.pdf, the certificate's organisation compared with
    the sending unit named in the manifest; what the manifest claims must be what the PDF carries.

    Call ``package.verify_package`` first (it checks the package's integrity and its Ed25519 key);
    this is what the receiving office's inbox shows per package.
    """
    from qms_desktop.reports.package import read_part

    agency = info.manifest.get("agency", {}) if isinstance(info.manifest.get("agency"), dict) else {}
    expected = [v for v in (agency.get("full_name"), agency.get("short_name")) if isinstance(v, str) and v]
    try:  # the export time, in the manifest signed with the sender's key: the PDF's signature existed by then
        exported = dt.datetime.fromisoformat(str(info.manifest.get("exported_at")))
        exported = exported if exported.tzinfo else exported.replace(tzinfo=dt.timezone.utc)
    except ValueError:
        exported = None
    pdf = read_part(info.path, "report.pdf") if pdf is None else pdf  # ``pdf``: a stored package's, read already
    result = verify_pdf(pdf, trust=trust, expected_organisations=expected, existed_by=exported)
    if result.signed:  # the signed PDF must be this package's report, not a signed PDF of another (QA 17 F1)
        from qms_desktop.reports.pdf import printed_report, report_identity

        report = info.manifest.get("report") if isinstance(info.manifest.get("report"), dict) else {}
        this = report_identity(info.manifest.get("period"), report.get("version"), report.get("id"))
        printed = printed_report(pdf)
        if printed and printed != this:  # '' : a PDF printed before its identity was written into it
            finding = Finding(QT_TRANSLATE_NOOP(
                "Signing", "The signed PDF is not this package's report: it is report {printed} (period:version:id), "
                           "the package's is {this}."), {"printed": printed, "this": this})
            return PdfSignatureResult(INVALID, result.signatures, (*result.findings, finding))
    claim = info.manifest.get("pdf_signature")
    if isinstance(claim, dict):
        claimed = bool(claim.get("signed"))
        serial = claim.get("serial")
        if claimed != result.signed or (claimed and result.signatures
                                        and serial != result.signatures[-1].certificate.serial):
            finding = Finding(QT_TRANSLATE_NOOP(
                "Signing", "The manifest's record of the digital signature does not match report.pdf."))
            return PdfSignatureResult(INVALID, result.signatures, (*result.findings, finding))
    return result


def _anchored(path, anchors: Sequence) -> bool:
    """The path reaches one of the imported anchors (pyHanko may report a path that ends elsewhere)."""
    wanted = {a.dump() for a in anchors}
    try:
        return any(c.dump() in wanted for c in path.iter_certs(include_root=True))
    except Exception:  # noqa: BLE001
        return False


def _uncovered_issuers(path, crls: Sequence) -> list[str]:
    """The names of the authorities in the chain that issued a certificate no imported CRL of theirs covers."""
    try:
        certs = list(path.iter_certs(include_root=True)) if path is not None else []
    except Exception:  # noqa: BLE001
        return []
    issuers = {crl.issuer.dump() for crl in crls}
    out = []
    for issuer, _cert in zip(certs, certs[1:]):
        if issuer.subject.dump() not in issuers:
            names = issuer.subject.native
            out.append(str(names.get("common_name") or names.get("organization_name") or issuer.subject.human_friendly))
    return out


def _revocation(path, crls: Sequence) -> tuple[str, dt.datetime | None]:
    """Check every certificate of the path below its anchor against the imported CRLs of its issuer
    (each CRL's signature verified with the issuer's key). 'not_checked' unless every one is covered."""
    from cryptography import x509 as cx509

    if path is None or not crls:
        return REVOCATION_NOT_CHECKED, None
    try:
        certs = list(path.iter_certs(include_root=True))
    except Exception:  # noqa: BLE001
        return REVOCATION_NOT_CHECKED, None
    if len(certs) < 2:
        return REVOCATION_NOT_CHECKED, None
    covered = True
    for issuer, cert in zip(certs, certs[1:]):
        issuer_key = cx509.load_der_x509_certificate(issuer.dump()).public_key()
        checked = False
        for crl in crls:
            if crl.issuer.dump() != cert.issuer.dump():
                continue
            try:
                parsed = cx509.load_der_x509_crl(crl.dump())
                if not parsed.is_signature_valid(issuer_key):
                    continue
            except Exception:  # noqa: BLE001 - a damaged CRL counts as none
                continue
            checked = True
            entry = parsed.get_revoked_certificate_by_serial_number(cert.serial_number)
            if entry is not None:
                return REVOCATION_REVOKED, entry.revocation_date_utc
        covered = covered and checked
    return (REVOCATION_GOOD if covered else REVOCATION_NOT_CHECKED), None


__all__ = [
    "Appearance", "CertificateInfo", "FIELD_NAMES", "INVALID", "KeySource", "NOT_SIGNED", "PdfSignatureResult",
    "ROLE_AGENCY", "ROLE_OFFICIAL", "SignatureCheck", "SigningProblem", "TrustStore", "UNKNOWN_ISSUER", "VALID",
    "detect_token_libraries", "is_finalised", "open_pfx", "open_token", "organisation_matches",
    "prepare_for_signing", "read_trust_file", "sign_pdf", "signed_roles", "signing_time_text", "verify_package_pdf",
    "verify_pdf",
]
