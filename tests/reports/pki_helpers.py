"""A throwaway PKI for the signature tests: root → intermediate → signer, made with ``cryptography``;
a .pfx file; a SoftHSM2 token initialised in a temporary folder with the signer's key and certificate.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

SOFTHSM_LIBS = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                "/usr/local/lib/softhsm/libsofthsm2.so")
COMMUNE = "Ủy ban nhân dân xã Tân Phú"


def softhsm_library() -> str | None:
    return next((p for p in SOFTHSM_LIBS if Path(p).is_file()), None)


def _name(cn: str, org: str, province: str = "Lâm Đồng") -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                      x509.NameAttribute(NameOID.LOCALITY_NAME, province),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


@dataclass
class Issued:
    cert: x509.Certificate
    key: object

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


def _issue(subject: x509.Name, key, issuer: Issued | None, *, ca: bool, path_len: int | None = None,
           not_before: dt.datetime, not_after: dt.datetime, serial: int | None = None,
           non_repudiation: bool = True) -> Issued:
    builder = (x509.CertificateBuilder().subject_name(subject)
               .issuer_name(issuer.cert.subject if issuer else subject)
               .public_key(key.public_key())
               .serial_number(serial or x509.random_serial_number())
               .not_valid_before(not_before).not_valid_after(not_after)
               .add_extension(x509.BasicConstraints(ca=ca, path_length=path_len if ca else None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))
    if issuer:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False)
    if ca:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False),
            critical=True)
    else:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=non_repudiation, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False,
            decipher_only=False),
            critical=True)
    cert = builder.sign((issuer or Issued(None, key)).key, hashes.SHA256())  # type: ignore[arg-type]
    return Issued(cert, key)


@dataclass
class Pki:
    root: Issued
    intermediate: Issued
    official: Issued  # the chairman (a person of the commune)
    agency: Issued  # the commune itself (its organisation certificate)

    def crl(self, revoked: list[Issued] = (), issuer: Issued | None = None) -> bytes:
        """A CRL of ``issuer`` (default: the intermediate), DER."""
        issuer = issuer or self.intermediate
        now = dt.datetime.now(dt.timezone.utc)
        builder = (x509.CertificateRevocationListBuilder().issuer_name(issuer.cert.subject)
                   .last_update(now - dt.timedelta(days=1)).next_update(now + dt.timedelta(days=30)))
        for item in revoked:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder().serial_number(item.cert.serial_number)
                .revocation_date(now - dt.timedelta(hours=1)).build())
        return builder.sign(issuer.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def make_pki(*, organisation: str = COMMUNE, official_name: str = "Nguyễn Văn An",
             signer_not_before: dt.datetime | None = None, signer_not_after: dt.datetime | None = None,
             root_name: str = "QMS Test Root CA", rsa_signer: bool = True, non_repudiation: bool = True) -> Pki:
    now = dt.datetime.now(dt.timezone.utc)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = _issue(_name(root_name, "Ban Cơ yếu Chính phủ (thử nghiệm)"), root_key, None, ca=True, path_len=1,
                  not_before=now - dt.timedelta(days=3650), not_after=now + dt.timedelta(days=3650))
    int_key = ec.generate_private_key(ec.SECP256R1())
    inter = _issue(_name(f"{root_name} — cấp dưới", "Ban Cơ yếu Chính phủ (thử nghiệm)"), int_key, root, ca=True,
                   path_len=0, not_before=now - dt.timedelta(days=1000), not_after=now + dt.timedelta(days=2000))
    nb = signer_not_before or now - dt.timedelta(days=30)
    na = signer_not_after or now + dt.timedelta(days=700)

    def leaf(cn: str) -> Issued:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048) if rsa_signer else \
            ec.generate_private_key(ec.SECP256R1())
        return _issue(_name(cn, organisation), key, inter, ca=False, not_before=nb, not_after=na,
                      non_repudiation=non_repudiation)

    return Pki(root, inter, leaf(official_name), leaf(organisation))


def write_pfx(path: Path, issued: Issued, chain: list[Issued], password: str) -> Path:
    data = pkcs12.serialize_key_and_certificates(
        b"signer", issued.key, issued.cert, [c.cert for c in chain],
        serialization.BestAvailableEncryption(password.encode()))
    path.write_bytes(data)
    return path


@dataclass
class SoftToken:
    library: str
    conf: Path
    label: str
    pin: str
    so_pin: str

    def env(self) -> dict[str, str]:
        return {"SOFTHSM2_CONF": str(self.conf)}


def make_softhsm_token(folder: Path, issued: Issued, chain: list[Issued], *, label: str = "QMS test token",
                       pin: str = "123456", so_pin: str = "12345678") -> SoftToken:
    """Initialise a SoftHSM2 token in ``folder`` and put the signer's key and certificate (and the CA
    certificates) on it: the key with softhsm2-util, the certificates with python-pkcs11."""
    library = softhsm_library()
    assert library, "SoftHSM2 is not installed"
    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    util = shutil.which("softhsm2-util")
    assert util, "softhsm2-util missing"
    subprocess.run([util, "--init-token", "--free", "--label", label, "--pin", pin, "--so-pin", so_pin],
                   check=True, env=env, capture_output=True)
    key_pem = folder / "key.pem"
    key_pem.write_bytes(issued.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                 serialization.NoEncryption()))
    subprocess.run([util, "--import", str(key_pem), "--token", label, "--label", "signer", "--id", "01",
                    "--pin", pin], check=True, env=env, capture_output=True)
    key_pem.unlink()
    # certificates: python-pkcs11 in a child process (the library reads SOFTHSM2_CONF once per process)
    script = folder / "put_certs.py"
    script.write_text(_PUT_CERTS)
    der_files = []
    for i, item in enumerate([issued, *chain]):
        p = folder / f"cert{i}.der"
        p.write_bytes(item.der)
        der_files.append(str(p))
    import sys

    subprocess.run([sys.executable, str(script), library, label, pin, *der_files], check=True, env=env,
                   capture_output=True)
    return SoftToken(library, conf, label, pin, so_pin)


_PUT_CERTS = r'''
import sys
import pkcs11
from pkcs11 import Attribute, ObjectClass, CertificateType
from asn1crypto import x509
lib_path, label, pin, *files = sys.argv[1:]
lib = pkcs11.lib(lib_path)
token = lib.get_token(token_label=label)
with token.open(rw=True, user_pin=pin) as s:
    for i, path in enumerate(files):
        der = open(path, "rb").read()
        cert = x509.Certificate.load(der)
        s.create_object({
            Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
            Attribute.TOKEN: True, Attribute.PRIVATE: False, Attribute.LABEL: "signer" if i == 0 else f"ca{i}",
            Attribute.ID: b"\x01" if i == 0 else bytes([0x10 + i]), Attribute.VALUE: der,
            Attribute.SUBJECT: cert.subject.dump(), Attribute.ISSUER: cert.issuer.dump(),
            Attribute.SERIAL_NUMBER: cert["tbs_certificate"]["serial_number"].dump(),
        })
'''


def sample_signature_png(width: int = 520, height: int = 200) -> bytes:
    """A blue hand-signature-like stroke on a transparent background (Decree 30: blue, .png)."""
    import io
    import math

    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    pts = []
    for i in range(400):
        t = i / 399
        x = 30 + t * (width - 60)
        y = height / 2 + math.sin(t * 14) * 45 * (1 - t * 0.5) + math.cos(t * 31) * 12
        pts.append((x, y))
    d.line(pts, fill=(10, 40, 160, 255), width=6, joint="curve")
    d.line([(60, height - 40), (width - 80, height - 60)], fill=(10, 40, 160, 255), width=4)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def sample_seal_png(text: str = "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ * TỈNH LÂM ĐỒNG *", size: int = 600) -> bytes:
    """A red round seal on a transparent background (Decree 30: red, the seal's real size, .png)."""
    import io
    import math

    from PIL import Image, ImageDraw, ImageFont

    root = Path(__file__).resolve().parents[2] / "resources" / "fonts"
    font = ImageFont.truetype(str(root / "LiberationSerif-Bold.ttf"), int(size * 0.065))
    red = (200, 20, 30, 235)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    d.ellipse([6, 6, size - 6, size - 6], outline=red, width=int(size * 0.025))
    d.ellipse([size * 0.2, size * 0.2, size * 0.8, size * 0.8], outline=red, width=int(size * 0.012))
    radius = size * 0.39
    for i, ch in enumerate(text):
        angle = -math.pi / 2 + 2 * math.pi * i / len(text)
        x, y = c + radius * math.cos(angle), c + radius * math.sin(angle)
        glyph = Image.new("RGBA", (int(size * 0.1), int(size * 0.1)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((size * 0.05, size * 0.05), ch, font=font, fill=red, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.BICUBIC)
        img.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    star = [(c + (size * 0.12 if k % 2 == 0 else size * 0.05) * math.cos(-math.pi / 2 + k * math.pi / 5),
             c + (size * 0.12 if k % 2 == 0 else size * 0.05) * math.sin(-math.pi / 2 + k * math.pi / 5))
            for k in range(10)]
    d.polygon(star, fill=red)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()
