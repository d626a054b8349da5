"""The commune's official digital signature (issue 17): PAdES with a real PKCS#11 token (SoftHSM2,
initialised here) and with a .pfx, checked with pyHanko's own validator against a throwaway CA.

Every test makes its own CA (root → intermediate → signer, organisation = the commune).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pkcs11
import pytest
from report_helpers import pdftotext
from pki_helpers import (
    COMMUNE, make_pki, make_softhsm_token, sample_seal_png, sample_signature_png, softhsm_library, write_pfx,
)

from qms_desktop.reports import pades
from qms_desktop.reports.package import verify_package
from qms_desktop.services import reports
from qms_desktop.services.reports import signing

PFX_PASSWORD = "Mật-khẩu-pfx-2026"


def _trust(*issued, crls=()) -> pades.TrustStore:
    return pades.TrustStore(anchors=tuple(pades.read_trust_file(i.der)[0][1] for i in issued),
                            crls=tuple(pades.read_trust_file(c)[0][1] for c in crls))


def _final_report(commune) -> int:
    row = reports.create_report(commune.leader, period="2026-H1")
    reports.update_report(commune.leader, row.id, shortcomings="Một số hồ sơ còn trễ hạn.")  # the pre-flight asks for Part III
    reports.finalize_report(commune.leader, row.id, date="20/06/2026", acknowledge_all=True)
    return row.id


def _pfx(tmp_path, issued, pki, name="signer.pfx"):
    return pades.open_pfx(write_pfx(tmp_path / name, issued, [pki.intermediate, pki.root], PFX_PASSWORD),
                          PFX_PASSWORD)


def _pyhanko_status(pdf: bytes, root) -> list:
    """pyHanko's own validator, independent of our wrapper."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(io.BytesIO(pdf))
    out = []
    for sig in reader.embedded_signatures:
        vc = ValidationContext(trust_roots=[pades.read_trust_file(root.der)[0][1]], allow_fetching=False)
        out.append(validate_pdf_signature(sig, signer_validation_context=vc))
    return out


@pytest.fixture
def pki():
    return make_pki()


@pytest.fixture
def images(commune, tmp_path):
    sig, seal = tmp_path / "chuky.png", tmp_path / "condau.png"
    sig.write_bytes(sample_signature_png())
    seal.write_bytes(sample_seal_png())
    signing.set_image(commune.leader, "signature_image", sig)
    signing.set_image(commune.leader, "seal_image", seal)


def test_pfx_both_signatures_validate_against_the_test_root_and_not_another(commune, pki, tmp_path, images):
    report_id = _final_report(commune)
    assert signing.next_role(commune.leader, report_id) == pades.ROLE_OFFICIAL
    with _pfx(tmp_path, pki.official, pki) as src:
        assert src.certificate.name == "Nguyễn Văn An" and src.certificate.organisation == COMMUNE
        first = signing.sign_report(commune.leader, report_id, src)
    assert first.role == pades.ROLE_OFFICIAL and first.roles == {pades.ROLE_OFFICIAL}
    assert signing.next_role(commune.leader, report_id) == pades.ROLE_AGENCY
    with _pfx(tmp_path, pki.agency, pki, "agency.pfx") as src:
        second = signing.sign_report(commune.secretary, report_id, src)
    assert second.roles == {pades.ROLE_OFFICIAL, pades.ROLE_AGENCY}
    assert signing.next_role(commune.leader, report_id) is None
    pdf = signing.signed_report_pdf(commune.leader, report_id)

    statuses = _pyhanko_status(pdf, pki.root)
    assert [s.bottom_line for s in statuses] == [True, True]
    assert [s.trusted for s in statuses] == [True, True]
    assert statuses[0].signing_cert.subject.native["common_name"] == "Nguyễn Văn An"
    other = make_pki(root_name="Another Root CA")
    assert [s.trusted for s in _pyhanko_status(pdf, other.root)] == [False, False]

    ok = pades.verify_pdf(pdf, trust=_trust(pki.root), expected_organisations=["Ủy ban nhân dân xã Tân Phú"])
    assert ok.status == pades.VALID, ok.lines()
    assert [s.role for s in ok.signatures] == [pades.ROLE_OFFICIAL, pades.ROLE_AGENCY]
    assert all(s.covers_document and s.intact and s.organisation_matches for s in ok.signatures)
    assert not ok.revocation_checked and "not checked" in "\n".join(ok.lines())
    assert "Nguyễn Văn An (Ủy ban nhân dân xã Tân Phú)" in ok.signed_by
    refused = pades.verify_pdf(pdf, trust=_trust(other.root))
    assert refused.status == pades.UNKNOWN_ISSUER
    assert "not among the imported trust anchors" in "\n".join(refused.lines())
    assert pades.verify_pdf(pdf).status == pades.UNKNOWN_ISSUER  # no anchors imported: never trusted
    # The agency's signature locked the PDF: nothing more can be signed.
    with _pfx(tmp_path, pki.agency, pki, "again.pfx") as src, pytest.raises(pades.SigningProblem) as exc:
        pades.sign_pdf(pdf, src, pades.Appearance(pades.ROLE_AGENCY, "x", "y"))
    assert "already finalised by another signature" in exc.value.render()


def test_package_carries_the_signed_pdf_and_the_manifest_records_it(commune, pki, tmp_path, images):
    report_id = _final_report(commune)
    for issued, ctx, name in ((pki.official, commune.leader, "o.pfx"), (pki.agency, commune.secretary, "a.pfx")):
        with _pfx(tmp_path, issued, pki, name) as src:
            signing.sign_report(ctx, report_id, src)
    signed = signing.signed_report_pdf(commune.leader, report_id)
    (tmp_path / "usb").mkdir()
    result = reports.export_report(commune.secretary, report_id, tmp_path / "usb")
    with zipfile.ZipFile(result.package) as zf:
        assert zf.read("report.pdf") == signed
        manifest = json.loads(zf.read("manifest.json"))
    claim = manifest["pdf_signature"]
    assert claim["signed"] is True and claim["signer"] == COMMUNE and claim["organisation"] == COMMUNE
    assert claim["serial"] == format(pki.agency.cert.serial_number, "X")
    assert dt.datetime.fromisoformat(claim["signed_at"]).tzinfo is not None
    assert [s["role"] for s in claim["signatures"]] == ["official", "agency"]
    assert result.files[1].read_bytes() == signed  # the loose PDF for printing is the signed one too
    # QA 13 F3: the export names the head the signed PDF prints (of its signing day), not the newer one it carries
    text = " ".join(pdftotext(result.files[1]).split())
    assert result.signed and result.printed_head and f"khi xuất báo cáo: {result.printed_head}" in text
    assert result.chain_head == f"{manifest['chain_head']['count']}:{manifest['chain_head']['hash']}"
    assert result.head_moved_on and result.printed_head != result.chain_head  # signing was logged since
    # QA 14 F6: the office can match the head on the signed paper with the package: it is among the checkpoints
    count, digest = result.printed_head.split(":")
    assert {"count": int(count), "hash": digest} in manifest["chain_checkpoints"], manifest["chain_checkpoints"]
    info = verify_package(result.package)
    assert pades.verify_package_pdf(info, _trust(pki.root)).status == pades.VALID
    other = pades.verify_package_pdf(info, _trust(make_pki(root_name="Another Root CA").root))
    assert other.status == pades.UNKNOWN_ISSUER, other.lines()
    # A root of the same name but another key: the chain is refused outright.
    forged = pades.verify_package_pdf(info, _trust(make_pki().root))
    assert forged.status == pades.INVALID and "does not verify" in "\n".join(forged.lines())


def test_page_images_show_both_appearances(commune, pki, tmp_path, images):
    """The signed report rendered: the blue signature between title and name, the red seal over its left third."""
    import shutil
    import subprocess

    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    report_id = _final_report(commune)
    for issued, name in ((pki.official, "o.pfx"), (pki.agency, "a.pfx")):
        with _pfx(tmp_path, issued, pki, name) as src:
            signing.sign_report(commune.leader, report_id, src)
    pdf = signing.signed_report_pdf(commune.leader, report_id)
    path = tmp_path / "signed.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(path), str(tmp_path / "page")], check=True)
    from PIL import Image

    found = []
    for page in sorted(tmp_path.glob("page-*.png")):
        img = Image.open(page).convert("RGB")
        raw, width = img.tobytes(), img.width
        reds, blues = [], []
        for i in range(0, len(raw), 3):
            r, g, b = raw[i], raw[i + 1], raw[i + 2]
            if r > 150 and g < 90 and b < 90:
                reds.append((i // 3) % width)
            elif b > 110 and r < 70 and g < 110:
                blues.append((i // 3) % width)
        if reds or blues:
            found.append((page.name, reds, blues))
    assert len(found) == 1, [f[0] for f in found]  # both on the signing page, nowhere else
    _name, reds, blues = found[0]
    assert len(reds) > 1000 and len(blues) > 300, (len(reds), len(blues))
    # the seal sits to the left, over the left part of the signature
    assert sum(reds) / len(reds) < sum(blues) / len(blues) and min(blues) < max(reds)
    # and leaves the signer's printed name readable (QA 17 F12): no red inside the name's words
    import re

    page_no = int(re.search(r"-(\d+)\.png$", _name).group(1))
    bbox = subprocess.run(["pdftotext", "-bbox", "-f", str(page_no), "-l", str(page_no), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    words = [tuple(float(v) * 80 / 72 for v in m.groups()) for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(?:Nguyễn|Văn|An|TM\.|CHỦ|TỊCH)</word>', bbox)]
    assert len(words) >= 6, bbox[:2000]  # nor in the title above the signature
    img = Image.open(sorted(tmp_path.glob("page-*.png"))[page_no - 1]).convert("RGB")
    inked = [(x, y) for x0, y0, x1, y1 in words for x in range(int(x0), int(x1) + 1) for y in range(int(y0), int(y1) + 1)
             if (lambda r, g, b: r > 150 and g < 90 and b < 90)(*img.getpixel((x, y)))]
    assert not inked, inked[:10]


def test_text_box_without_images(commune, pki, tmp_path):
    report_id = _final_report(commune)
    when = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).replace(microsecond=0)
    for issued, name in ((pki.official, "o.pfx"), (pki.agency, "a.pfx")):
        with _pfx(tmp_path, issued, pki, name) as src:
            signing.sign_report(commune.leader, report_id, src, now=when)
    pdf = signing.signed_report_pdf(commune.leader, report_id)
    import shutil
    import subprocess

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "s.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Ký bởi: Nguyễn Văn An" in text and f"Cơ quan: {COMMUNE}" in text
    assert f"Thời gian ký: {when.astimezone().strftime('%d/%m/%Y %H:%M:%S')}" in text


def test_a_byte_changed_after_signing_is_caught(commune, pki, tmp_path):
    report_id = _final_report(commune)
    with _pfx(tmp_path, pki.official, pki) as src:
        signing.sign_report(commune.leader, report_id, src)
    pdf = bytearray(signing.signed_report_pdf(commune.leader, report_id))
    at = pdf.index(b"BT") + 10  # inside the page content, covered by the signature
    pdf[at] ^= 0x01
    result = pades.verify_pdf(bytes(pdf), trust=_trust(pki.root))
    assert result.status == pades.INVALID
    assert "CHANGED after signing" in "\n".join(result.lines())
    # Appending an update after the last signature: it no longer covers the whole document.
    original = signing.signed_report_pdf(commune.leader, report_id)
    from pyhanko.pdf_utils.generic import NameObject, TextStringObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(original))
    w.root[NameObject("/Lang")] = TextStringObject("en")
    w.update_root()
    out = io.BytesIO()
    w.write(out)
    appended = pades.verify_pdf(out.getvalue(), trust=_trust(pki.root))
    assert appended.status == pades.INVALID
    assert "does not cover the whole document" in "\n".join(appended.lines())


def test_expired_and_not_yet_valid_certificates_are_refused(commune, tmp_path):
    report_id = _final_report(commune)
    now = dt.datetime.now(dt.timezone.utc)
    expired = make_pki(signer_not_before=now - dt.timedelta(days=800), signer_not_after=now - dt.timedelta(days=2))
    with _pfx(tmp_path, expired.official, expired) as src, pytest.raises(pades.SigningProblem) as exc:
        signing.sign_report(commune.leader, report_id, src)
    assert "expired on" in exc.value.render()
    future = make_pki(signer_not_before=now + dt.timedelta(days=3), signer_not_after=now + dt.timedelta(days=300))
    with _pfx(tmp_path, future.official, future, "f.pfx") as src, pytest.raises(pades.SigningProblem) as exc:
        signing.sign_report(commune.leader, report_id, src)
    assert "not valid yet" in exc.value.render()
    assert signing.signed_report_pdf(commune.leader, report_id) is None  # nothing stored


def test_a_certificate_not_for_signing_documents_is_refused_and_read_as_invalid(commune, tmp_path, monkeypatch):
    """QA 48 F1/F2: a certificate without non-repudiation signed without a word, and the office read it as 'unknown
    issuer: import the root' — with the root imported — so the report could be accepted without the override."""
    report_id = _final_report(commune)
    weak = make_pki(non_repudiation=False)
    with _pfx(tmp_path, weak.official, weak) as src, pytest.raises(pades.SigningProblem) as exc:
        signing.sign_report(commune.leader, report_id, src)
    assert "not for signing documents" in exc.value.render() and "digital_signature" in exc.value.render()
    assert signing.signed_report_pdf(commune.leader, report_id) is None
    monkeypatch.setattr(pades.CertificateInfo, "check_valid_at", lambda self, when: None)  # a modified client
    with _pfx(tmp_path, weak.official, weak, "w.pfx") as src:
        signing.sign_report(commune.leader, report_id, src)
    result = pades.verify_pdf(signing.signed_report_pdf(commune.leader, report_id), trust=_trust(weak.root))
    text = "\n".join(result.lines())
    assert result.status == pades.INVALID and "lacks non-repudiation" in text and "import the root" not in text


def test_a_signature_made_before_the_certificate_was_valid_says_so(commune, tmp_path, monkeypatch):
    """QA 48 F3: forced through a modified client, a not-yet-valid certificate was read as invalid because 'the
    chain of certificates is broken'; the chain is fine, the certificate is valid only from a later day."""
    report_id = _final_report(commune)
    now = dt.datetime.now(dt.timezone.utc)
    future = make_pki(signer_not_before=now + dt.timedelta(days=3), signer_not_after=now + dt.timedelta(days=300))
    monkeypatch.setattr(pades.CertificateInfo, "check_valid_at", lambda self, when: None)
    with _pfx(tmp_path, future.official, future, "f.pfx") as src:
        signing.sign_report(commune.leader, report_id, src)
    result = pades.verify_pdf(signing.signed_report_pdf(commune.leader, report_id), trust=_trust(future.root))
    text = "\n".join(result.lines())
    assert result.status == pades.INVALID and "was not valid at the signing time" in text
    assert "broken" not in text


def test_wrong_pfx_password_and_missing_file(tmp_path, pki):
    path = write_pfx(tmp_path / "x.pfx", pki.official, [pki.intermediate], PFX_PASSWORD)
    with pytest.raises(pades.SigningProblem) as exc:
        pades.open_pfx(path, "sai")
    assert "Wrong password" in exc.value.render()
    with pytest.raises(pades.SigningProblem) as exc:
        pades.open_pfx(tmp_path / "none.pfx", "x")
    assert "does not exist" in exc.value.render()


def test_revocation_checked_against_imported_crls(commune, pki, tmp_path):
    report_id = _final_report(commune)
    with _pfx(tmp_path, pki.official, pki) as src:
        signing.sign_report(commune.leader, report_id, src)
    pdf = signing.signed_report_pdf(commune.leader, report_id)
    crls = (pki.crl(issuer=pki.root), pki.crl())
    good = pades.verify_pdf(pdf, trust=_trust(pki.root, crls=crls))
    assert good.status == pades.VALID and good.revocation_checked
    assert good.signatures[0].revocation == pades.REVOCATION_GOOD
    revoked = pades.verify_pdf(pdf, trust=_trust(pki.root, crls=(pki.crl(issuer=pki.root),
                                                                  pki.crl(revoked=[pki.official]))))
    assert revoked.status == pades.INVALID and revoked.signatures[0].revocation == pades.REVOCATION_REVOKED
    assert "REVOKED" in "\n".join(revoked.lines())
    # QA 17 F8: the intermediate's CRL imported, not the root's: say whose list is missing, not "this certificate"
    half = pades.verify_pdf(pdf, trust=_trust(pki.root, crls=(pki.crl(),)))
    assert half.signatures[0].revocation == pades.REVOCATION_NOT_CHECKED
    assert "No imported revocation list (CRL) of QMS Test Root CA:" in "\n".join(half.lines())


def test_organisation_must_be_the_sending_unit(commune, tmp_path):
    report_id = _final_report(commune)
    stranger = make_pki(organisation="Ủy ban nhân dân xã Phú Hội")
    with _pfx(tmp_path, stranger.official, stranger) as src:
        with pytest.raises(pades.SigningProblem) as refused:  # QA 11 F4: the chairman's signature too
            signing.sign_report(commune.leader, report_id, src)
        assert "xã Phú Hội" in refused.value.render() and "refuses a report signed with it" in refused.value.render()
        assert signing.next_role(commune.leader, report_id) == pades.ROLE_OFFICIAL  # nothing signed
    from test_pades_times import _signed  # a PDF signed outside the application: the office's check

    pdf = _signed(stranger, tmp_path, dt.datetime.now(dt.timezone.utc))
    result = pades.verify_pdf(pdf, trust=_trust(stranger.root), expected_organisations=[COMMUNE, "xã Tân Phú"])
    assert result.status == pades.INVALID and result.signatures[0].organisation_matches is False
    assert "is not the sending unit" in "\n".join(result.lines())


def test_the_agencys_signature_is_refused_with_another_organisations_certificate(commune, pki, tmp_path):
    """QA: the agency's signature (it locks the PDF) went on with a certificate of 'xã Phú Hội' on Tân Phú's
    report, which could then never be signed rightly and was refused by the receiving office."""
    report_id = _final_report(commune)
    stranger = make_pki(organisation="Ủy ban nhân dân xã Phú Hội")
    with _pfx(tmp_path, pki.official, pki) as src:
        signing.sign_report(commune.leader, report_id, src, role="official")
    before = signing.signed_report_pdf(commune.leader, report_id)
    with _pfx(tmp_path, stranger.agency, stranger, name="stranger.pfx") as src:
        with pytest.raises(pades.SigningProblem) as refused:
            signing.sign_report(commune.leader, report_id, src, role="agency")
    assert "xã Phú Hội" in str(refused.value) and COMMUNE in str(refused.value)
    assert signing.signed_report_pdf(commune.leader, report_id) == before  # nothing signed, still open for the agency
    assert signing.next_role(commune.leader, report_id) == "agency"
    with _pfx(tmp_path, pki.agency, pki, name="own.pfx") as src:  # its own certificate: signed and locked
        assert signing.sign_report(commune.leader, report_id, src, role="agency").role == "agency"


def test_organisation_matching_ignores_tones_case_and_ubnd():
    assert pades.organisation_matches(["UBND xã Tân Phú"], ["Ủy ban nhân dân xã Tân Phú"])
    assert pades.organisation_matches(["ỦY BAN NHÂN DÂN XÃ TÂN PHÚ"], ["xã Tân Phú"])
    assert not pades.organisation_matches(["UBND xã Tân Phú Hội"], ["Ủy ban nhân dân xã Tân Phú"])
    assert not pades.organisation_matches(["Công ty Tân Phú"], ["Ủy ban nhân dân xã Tân Phú"])
    assert pades.organisation_matches(["UBND xã Tân Phú - tỉnh Lâm Đồng"], ["Ủy ban nhân dân xã Tân Phú"])
    for other in ("Trường Tiểu học xã Tân Phú", "Công an xã Tân Phú", "Trạm Y tế xã Tân Phú",
                  "UBND xã Tân Phú Hội, tỉnh Lâm Đồng"):  # QA 11 F1: they passed as the commune's seal
        assert not pades.organisation_matches([other], ["Ủy ban nhân dân xã Tân Phú", "xã Tân Phú"]), other


def test_b_t_with_a_timestamp_server(commune, pki, tmp_path):
    """B-T: a timestamp token from an RFC 3161 server (pyHanko's in-process test server here)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    now = dt.datetime.now(dt.timezone.utc)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # pyHanko's test TSA is RSA-only
    tsa_cert = (cx509.CertificateBuilder()
                .subject_name(cx509.Name([cx509.NameAttribute(cx509.oid.NameOID.COMMON_NAME, "QMS Test TSA")]))
                .issuer_name(pki.intermediate.cert.subject).public_key(key.public_key())
                .serial_number(cx509.random_serial_number())
                .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
                .add_extension(cx509.ExtendedKeyUsage([cx509.oid.ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
                .sign(pki.intermediate.key, hashes.SHA256()))
    stamper = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(tsa_cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())),
        certs_to_embed=None)
    report_id = _final_report(commune)
    with _pfx(tmp_path, pki.official, pki) as src:
        signing.sign_report(commune.leader, report_id, src, timestamper=stamper)
    result = pades.verify_pdf(signing.signed_report_pdf(commune.leader, report_id), trust=_trust(pki.root))
    assert result.status == pades.VALID and result.signatures[0].timestamped


def test_timestamp_server_unreachable_is_reported(commune, pki, tmp_path):
    """A configured timestamp server that does not answer: a clear refusal, nothing stored (the test
    network guard forbids real sockets, so the aiohttp client's connection error is raised in its place)."""
    from pyhanko.sign.timestamps import HTTPTimeStamper, TimestampRequestError

    class Unreachable(HTTPTimeStamper):
        async def async_request_tsa_response(self, req):
            raise TimestampRequestError("Error while contacting timestamp service") from ConnectionRefusedError(
                111, "Connection refused")

    report_id = _final_report(commune)
    with _pfx(tmp_path, pki.official, pki) as src, pytest.raises(pades.SigningProblem) as exc:
        signing.sign_report(commune.leader, report_id, src, timestamper=Unreachable("http://tsa.invalid/"))
    assert "timestamp server did not answer" in exc.value.render()
    assert signing.signed_report_pdf(commune.leader, report_id) is None


def test_draft_is_not_signed_and_a_bad_image_is_refused(commune, pki, tmp_path):
    from qms_desktop.domain.errors import ValidationError

    row = reports.create_report(commune.leader, period="2026-H1")
    with _pfx(tmp_path, pki.official, pki) as src, pytest.raises(ValidationError) as exc:
        signing.sign_report(commune.leader, row.id, src)
    assert "Finalise the report before signing" in exc.value.render()
    bad = tmp_path / "chuky.png"
    bad.write_bytes(b"GIF89a not a png")
    with pytest.raises(ValidationError):
        signing.set_image(commune.leader, "signature_image", bad)


# ------------------------------------------------------------------------------ the real token (SoftHSM2)

@pytest.fixture
def token(tmp_path, pki, monkeypatch):
    library = softhsm_library()
    if library is None:
        print("SKIP reason: SoftHSM2 is not installed (apt-get install -y softhsm2); the PKCS#11 token tests "
              "did not run")
        pytest.skip("SoftHSM2 is not installed (apt-get install -y softhsm2)")
    tok = make_softhsm_token(tmp_path / "hsm", pki.official, [pki.intermediate, pki.root])
    monkeypatch.setenv("SOFTHSM2_CONF", str(tok.conf))
    pkcs11.unload(library)  # SoftHSM2 reads SOFTHSM2_CONF when loaded
    yield tok
    pkcs11.unload(library)


def test_sign_with_a_pkcs11_token(commune, pki, token, images):
    report_id = _final_report(commune)
    with pades.open_token(token.library) as src:
        assert src.kind == "token" and src.certificate.name == "Nguyễn Văn An"
        assert src.certificate.serial == format(pki.official.cert.serial_number, "X")
        src.login(token.pin)
        signing.sign_report(commune.leader, report_id, src)
    pdf = signing.signed_report_pdf(commune.leader, report_id)
    assert [s.trusted for s in _pyhanko_status(pdf, pki.root)] == [True]
    assert [s.trusted for s in _pyhanko_status(pdf, make_pki(root_name="Another Root CA").root)] == [False]
    assert pades.verify_pdf(pdf, trust=_trust(pki.root), expected_organisations=[COMMUNE]).status == pades.VALID


def test_wrong_pin_says_what_the_token_says(token):
    with pades.open_token(token.library) as src:
        with pytest.raises(pades.SigningProblem) as first:
            src.login("000000")
        with pytest.raises(pades.SigningProblem) as second:
            src.login("111111")
        src.login(token.pin)  # the right PIN still works: nothing was locked by the test
    assert first.value.render().startswith("Wrong PIN")
    # SoftHSM2 raises CKF_USER_PIN_COUNT_LOW after a wrong PIN; the message passes it on.
    assert "few tries remain" in second.value.render()


class _FakeToken:
    """A token whose login fails the way a real one does when locked or on its last try."""

    serial = b"FAKE"

    def __init__(self, error, flags=0):
        self.error, self.flags = error, flags

    def open(self, user_pin=None):
        raise self.error


def test_locked_token_and_last_try_messages():
    from pkcs11 import TokenFlag

    with pytest.raises(pades.SigningProblem) as exc:
        pades._token_login(_FakeToken(pkcs11.PinLocked()), "1", "/nonexistent.so")
    assert "token is locked" in exc.value.render()
    with pytest.raises(pades.SigningProblem) as exc:
        pades._token_login(_FakeToken(pkcs11.PinIncorrect(), TokenFlag.USER_PIN_FINAL_TRY), "1", "/nonexistent.so")
    assert "only ONE try remains" in exc.value.render()
    with pytest.raises(pades.SigningProblem) as exc:
        pades._token_login(_FakeToken(pkcs11.PinIncorrect(), TokenFlag.USER_PIN_LOCKED), "1", "/nonexistent.so")
    assert "token is locked" in exc.value.render()
    with pytest.raises(pades.SigningProblem) as exc:
        pades._token_login(_FakeToken(pkcs11.TokenNotPresent()), "1", "/nonexistent.so")
    assert "No token is inserted" in exc.value.render()


def test_missing_token_and_library(tmp_path, token, monkeypatch):
    empty = tmp_path / "empty"
    (empty / "tokens").mkdir(parents=True)
    (empty / "softhsm2.conf").write_text(f"directories.tokendir = {empty / 'tokens'}\nobjectstore.backend = file\n")
    monkeypatch.setenv("SOFTHSM2_CONF", str(empty / "softhsm2.conf"))
    pkcs11.unload(token.library)
    with pytest.raises(pades.SigningProblem) as exc:
        pades.open_token(token.library)
    assert "No token is inserted" in exc.value.render()
    with pytest.raises(pades.SigningProblem) as exc:
        pades.open_token(str(tmp_path / "viettel-ca_v6.dll"))
    assert "was not found" in exc.value.render()
    not_a_lib = tmp_path / "not.dll"
    not_a_lib.write_bytes(b"MZ nothing")
    with pytest.raises(pades.SigningProblem) as exc:
        pades.open_token(str(not_a_lib))
    assert "cannot be loaded as a PKCS#11 token library" in exc.value.render()
    with pytest.raises(pades.SigningProblem) as exc:
        pades.open_token("")
    assert "No token library is chosen" in exc.value.render()
    # the right library whose token software cannot start (its configuration is gone): said so, with a reason
    monkeypatch.setenv("SOFTHSM2_CONF", str(tmp_path / "nonexistent.conf"))
    pkcs11.unload(token.library)
    with pytest.raises(pades.SigningProblem) as exc:
        pades.open_token(token.library)
    text = exc.value.render()
    assert "was loaded but did not start" in text and "()" not in text, text  # QA 17 F11


def test_token_libraries_detected_in_system32(tmp_path):
    system32 = tmp_path / "Windows" / "System32"
    system32.mkdir(parents=True)
    (system32 / "viettel-ca_v6.dll").write_bytes(b"MZ")
    (system32 / "vnpt-ca_csp11.dll").write_bytes(b"MZ")
    found = pades.detect_token_libraries(str(tmp_path / "Windows"), program_dirs=[])
    assert [v for v, _p in found] == ["Viettel-CA", "VNPT-CA"]


# ------------------------------------------------------------------------------ command line

@pytest.fixture
def qms(commune, monkeypatch, capsys):
    from report_helpers import PASSWORD

    from qms_desktop import cli

    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)

    def run(*args: str, user: str = "chutich", db: bool = True) -> tuple[int, str, str]:
        prefix = ["--lang", "en", *(["--db", str(commune.path), "--user", user] if db else [])]
        code = cli.main([*prefix, *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_cli_sign_with_pfx_export_and_verify(qms, commune, pki, tmp_path, monkeypatch):
    report_id = str(_final_report(commune))
    trust = tmp_path / "trust"
    trust.mkdir()
    (trust / "root.cer").write_bytes(pki.root.pem)
    official = write_pfx(tmp_path / "chutich.pfx", pki.official, [pki.intermediate, pki.root], PFX_PASSWORD)
    agency_pfx = write_pfx(tmp_path / "coquan.pfx", pki.agency, [pki.intermediate, pki.root], PFX_PASSWORD)
    monkeypatch.delenv("QMS_PFX_PASSWORD", raising=False)
    code, _out, err = qms("report", "sign", report_id, "--pfx", str(official))
    assert code == 1 and "QMS_PFX_PASSWORD" in err  # no terminal to ask in
    monkeypatch.setenv("QMS_PFX_PASSWORD", "")  # QA 11 F5: an empty one was tried (a token's try used up)
    code, _out, err = qms("report", "sign", report_id, "--pfx", str(official))
    assert code == 1 and "QMS_PFX_PASSWORD" in err and "Wrong password" not in err
    monkeypatch.setenv("QMS_PFX_PASSWORD", "sai")
    code, _out, err = qms("report", "sign", report_id, "--pfx", str(official))
    assert code == 1 and "Wrong password" in err and len(err.strip().splitlines()) == 1
    monkeypatch.setenv("QMS_PFX_PASSWORD", PFX_PASSWORD)
    code, out, err = qms("report", "sign", report_id, "--pfx", str(official))
    assert code == 0, err
    assert "Signer: Nguyễn Văn An" in err and "Serial number:" in err and "Issued by:" in err and "Valid from" in err
    assert "as the signer" in out
    code, out, err = qms("report", "sign", report_id, "--pfx", str(agency_pfx), user="thuky")
    assert code == 0 and "as the agency" in out, err
    code, _out, err = qms("report", "sign", report_id, "--pfx", str(agency_pfx), user="thuky")
    assert code == 1 and "already finalised" in err
    monkeypatch.delenv("QMS_PFX_PASSWORD")  # QA 17 F11: a final PDF is refused before any password is asked
    code, _out, err = qms("report", "sign", report_id, "--pfx", str(agency_pfx), user="thuky")
    assert code == 1 and "already finalised" in err and "QMS_PFX_PASSWORD" not in err
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, err = qms("report", "export", report_id, "--out", str(usb), "--package-only", user="thuky")
    assert code == 0, err
    assert "Chain head printed on the signed report: " in err and "(when it was signed)" in err  # QA 13 F3
    assert "Chain head printed on the report:" not in err
    package = out.split()[0]
    from qms_desktop.reports.package import verify_package

    fingerprint = verify_package(Path(package)).fingerprint  # as confirmed by phone (issue 14: else exit 3)
    code, out, err = qms("package", "verify", package, "--trust", str(trust), "--fingerprint", fingerprint, db=False)
    assert code == 0 and "Digital signature: valid" in out, out + err
    code, out, err = qms("package", "verify", package, "--fingerprint", fingerprint, db=False)  # nothing imported
    assert code == 0 and "Digital signature: unknown issuer" in out
    with zipfile.ZipFile(package) as zf:
        pdf = tmp_path / "report.pdf"
        pdf.write_bytes(zf.read("report.pdf"))
    code, out, err = qms("pdf", "verify", str(pdf), "--trust", str(trust), "--organisation", "xã Tân Phú", db=False)
    assert code == 0 and "Digital signature: valid" in out and "revocation: not checked" in out, out + err
    assert "not compared" not in err
    code, out, err = qms("pdf", "verify", str(pdf), "--trust", str(trust), db=False)  # valid, but whose?
    assert code == 0 and "organisations were not compared with the sending unit" in err and COMMUNE in err
    other = tmp_path / "other"
    other.mkdir()
    (other / "root.der").write_bytes(make_pki(root_name="Another Root CA").root.der)
    code, out, err = qms("pdf", "verify", str(pdf), "--trust", str(other), db=False)
    assert code == 1 and "unknown issuer" in err
    (trust / "ca.crl").write_bytes(pki.crl(issuer=pki.root))
    (trust / "sub.crl").write_bytes(pki.crl(revoked=[pki.official]))
    code, out, err = qms("pdf", "verify", str(pdf), "--trust", str(trust), db=False)
    assert code == 1 and "REVOKED" in out and "INVALID" in err


def test_cli_sign_with_token_pin_from_environment(qms, commune, pki, token, monkeypatch):
    report_id = str(_final_report(commune))
    monkeypatch.setenv("QMS_PIN", "999999")
    code, _out, err = qms("report", "sign", report_id, "--pkcs11-lib", token.library)
    assert code == 1 and "Wrong PIN" in err
    monkeypatch.setenv("QMS_PIN", token.pin)
    code, out, err = qms("report", "sign", report_id, "--pkcs11-lib", token.library, "--slot", "999")
    assert code == 1 and "No token is inserted in slot 999" in err
    code, out, err = qms("report", "sign", report_id, "--pkcs11-lib", token.library)
    assert code == 0 and "as the signer" in out, err
    code, out, err = qms("report", "sign", report_id, "--pkcs11-lib", "/nonexistent/viettel-ca_v6.dll")
    assert code == 1 and "was not found" in err


def test_cli_refuses_another_organisations_token_before_the_pin(qms, commune, tmp_path, monkeypatch):
    """QA 17 F11: the certificate on the token is read without a PIN; another organisation's is refused then, so
    the PIN (three wrong tries lock a token) is never asked for a signature that would be refused anyway."""
    library = softhsm_library()
    if library is None:
        print("SKIP reason: SoftHSM2 is not installed (apt-get install -y softhsm2); the PKCS#11 token tests did not run")
        pytest.skip("SoftHSM2 is not installed (apt-get install -y softhsm2)")
    other = make_pki(organisation="Ủy ban nhân dân xã Tân Hà")
    tok = make_softhsm_token(tmp_path / "hsm", other.official, [other.intermediate, other.root])
    monkeypatch.setenv("SOFTHSM2_CONF", str(tok.conf))
    pkcs11.unload(library)
    try:
        report_id = str(_final_report(commune))
        monkeypatch.delenv("QMS_PIN", raising=False)
        code, _out, err = qms("report", "sign", report_id, "--pkcs11-lib", tok.library)
        assert code == 1 and "not for Ủy ban nhân dân xã Tân Phú" in err and "QMS_PIN" not in err, err
        assert signing.signed_report_pdf(commune.leader, int(report_id)) is None
    finally:
        pkcs11.unload(library)


def test_cli_vietnamese_messages(commune, pki, tmp_path, monkeypatch, capsys):
    from report_helpers import PASSWORD

    from qms_desktop import cli

    report_id = str(_final_report(commune))
    now = dt.datetime.now(dt.timezone.utc)
    expired = make_pki(signer_not_before=now - dt.timedelta(days=800), signer_not_after=now - dt.timedelta(days=2))
    path = write_pfx(tmp_path / "old.pfx", expired.official, [expired.intermediate], PFX_PASSWORD)
    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)
    monkeypatch.setenv("QMS_PFX_PASSWORD", PFX_PASSWORD)
    code = cli.main(["--lang", "vi", "--db", str(commune.path), "--user", "chutich", "report", "sign", report_id,
                     "--pfx", str(path)])
    err = capsys.readouterr().err
    assert code == 1 and "hết hạn" in err, err


def test_hostile_inputs_to_verification(commune, pki, tmp_path):
    assert pades.verify_pdf(b"not a pdf at all").status == pades.INVALID
    assert pades.verify_pdf(b"").status == pades.INVALID
    report_id = _final_report(commune)
    with _pfx(tmp_path, pki.official, pki) as src:
        signing.sign_report(commune.leader, report_id, src)
    pdf = signing.signed_report_pdf(commune.leader, report_id)
    truncated = pades.verify_pdf(pdf[: len(pdf) // 2], trust=_trust(pki.root))
    assert truncated.status in (pades.INVALID, pades.NOT_SIGNED)
    assert truncated.status != pades.VALID
    # an unsigned PDF is reported as such
    from qms_desktop.reports.pdf import report_pdf

    data, _ = signing._frozen_report(commune.leader, report_id)
    assert pades.verify_pdf(report_pdf(data)).status == pades.NOT_SIGNED


def test_two_signatures_made_at_once_never_lose_one(commune, pki, tmp_path, monkeypatch):
    """QA 11 F3: the chairman (token) and the clerk (.pfx) signed at the same moment on two PCs; both were told
    "signed", the stored PDF kept one signature, and the chairman could never sign again (the seal had locked it)."""
    report_id = _final_report(commune)
    real_sign = pades.sign_pdf
    done: list[str] = []

    def meanwhile(pdf, source, appearance, **kw):  # while the chairman's signature is made, the clerk's is saved
        out = real_sign(pdf, source, appearance, **kw)
        if not done:
            done.append("agency")
            with _pfx(tmp_path, pki.agency, pki, name="clerk.pfx") as clerk:
                signing.sign_report(commune.leader, report_id, clerk, role=pades.ROLE_AGENCY)
        return out
    monkeypatch.setattr(pades, "sign_pdf", meanwhile)
    with _pfx(tmp_path, pki.official, pki) as chairman, pytest.raises(pades.SigningProblem) as refused:
        signing.sign_report(commune.leader, report_id, chairman, role=pades.ROLE_OFFICIAL)
    assert "signed this report while this signature was being made" in refused.value.render()
    assert pades.signed_roles(signing.signed_report_pdf(commune.leader, report_id)) == {pades.ROLE_AGENCY}


def test_the_signed_pdf_of_another_report_is_not_this_packages_signature(commune, pki, tmp_path, qms):
    """QA 17 F1: a package whose report.pdf is the genuinely signed PDF of ANOTHER report (its earlier version,
    another period) was 'valid'. The commune itself is the attacker here: it holds the package key."""
    from qms_desktop.reports.package import build_package
    from qms_desktop.reports.pdf import printed_report
    from qms_desktop.reports.report_data import ReportData
    from qms_desktop.services.agency_key import signing_key

    first = _final_report(commune)
    with _pfx(tmp_path, pki.agency, pki, "a.pfx") as src:
        signing.sign_report(commune.secretary, first, src)
    signed_first = signing.signed_report_pdf(commune.leader, first)
    assert printed_report(signed_first) == f"2026-H1:1:{first}"  # the report's identity, under its signature
    (tmp_path / "a").mkdir()
    genuine = verify_package(reports.export_report(commune.secretary, first, tmp_path / "a").package)
    assert pades.verify_package_pdf(genuine, _trust(pki.root)).status == pades.VALID

    second = reports.correct_report(commune.leader, first)  # version 2, other figures, not signed
    reports.update_report(commune.leader, second.id, shortcomings="Còn hồ sơ trễ hạn.")
    reports.finalize_report(commune.leader, second.id, date="21/06/2026", acknowledge_all=True)
    (tmp_path / "b").mkdir()
    honest = reports.export_report(commune.secretary, second.id, tmp_path / "b").package
    with zipfile.ZipFile(honest) as zf:
        parts = {name: zf.read(name) for name in ("report.json", "report.xlsx", "manifest.json")}
    manifest = json.loads(parts["manifest.json"])
    key, _info = signing_key(commune.leader)
    forged = tmp_path / "forged.zip"
    forged.write_bytes(build_package(
        data=ReportData.from_json(parts["report.json"]), pdf=signed_first, xlsx=parts["report.xlsx"],
        report_json=parts["report.json"], key=key, exported_at=dt.datetime.fromisoformat(manifest["exported_at"]),
        exported_by="thuky", app_version="test", pdf_signature=signing.pdf_signature_manifest(signed_first)))
    info = verify_package(forged)  # the package itself is sound: signed with the commune's own key
    result = pades.verify_package_pdf(info, _trust(pki.root))
    assert result.status == pades.INVALID, result.lines()
    assert f"is report 2026-H1:1:{first}" in "\n".join(result.lines())
    assert f"the package's is 2026-H1:2:{second.id}" in "\n".join(result.lines())
    # `qms package verify`: one verdict, not "Valid package" first and "INVALID package" last (QA 17 F9)
    trust = tmp_path / "trust"
    trust.mkdir()
    (trust / "root.cer").write_bytes(pki.root.pem)
    code, out, err = qms("package", "verify", str(forged), "--trust", str(trust), "--fingerprint", info.fingerprint,
                         db=False)
    assert code == 1 and out.startswith("Package intact, but the digital signature of its report.pdf is INVALID")
    assert "Valid package" not in out and "INVALID package: the digital signature of report.pdf is invalid." in err


def test_a_signers_own_certificate_is_never_a_trust_anchor_and_self_signed_is_said(commune, tmp_path):
    """QA 17 F2: the check advised importing 'the root of Ủy ban nhân dân xã Tân Phú' for a self-signed signer;
    the trust store took that end-entity certificate, and anything signed with a self-made certificate was valid."""
    from cryptography.hazmat.primitives.asymmetric import rsa
    from pki_helpers import _issue, _name

    from qms_desktop.domain.errors import ValidationError

    now = dt.datetime.now(dt.timezone.utc)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    own = _issue(_name(COMMUNE, COMMUNE), key, None, ca=False, not_before=now - dt.timedelta(days=1),
                 not_after=now + dt.timedelta(days=365))
    report_id = _final_report(commune)
    pfx = write_pfx(tmp_path / "own.pfx", own, [], PFX_PASSWORD)
    with pades.open_pfx(pfx, PFX_PASSWORD) as src:
        signing.sign_report(commune.secretary, report_id, src)
    pdf = signing.signed_report_pdf(commune.leader, report_id)
    trust = tmp_path / "trust"
    result = pades.verify_pdf(pdf, trust=pades.TrustStore.load(trust))
    assert result.status == pades.INVALID  # QA 48 F4: it can never become trusted; accepting it needs the override
    lines = "\n".join(result.lines())
    assert "self-signed" in lines and "import the root" not in lines

    cer = tmp_path / "tan_phu.cer"
    cer.write_bytes(own.der)
    with pytest.raises(ValidationError, match="not of a certification authority") as refused:
        signing.import_trust_file(cer, trust)
    assert "Nothing was imported" in refused.value.render() and not trust.exists() or not list(trust.iterdir())
    # dropped into the folder by hand (or imported by an earlier version): ignored, and said
    trust.mkdir(exist_ok=True)
    (trust / "tan_phu.cer").write_bytes(own.der)
    again = pades.verify_pdf(pdf, trust=pades.TrustStore.load(trust))
    assert again.status == pades.INVALID and "tan_phu.cer" in "\n".join(again.lines())


def test_a_signed_pdf_damaged_in_the_database_is_not_exported(commune, pki, tmp_path):
    """QA 17 F14: one byte of the stored signed PDF changed in the commune's database; the package went out
    without a word, and the office found it invalid."""
    import sqlite3

    from qms_desktop.domain.errors import ValidationError

    report_id = _final_report(commune)
    with _pfx(tmp_path, pki.official, pki) as src:
        signing.sign_report(commune.leader, report_id, src)
    pdf = bytearray(signing.signed_report_pdf(commune.leader, report_id))
    pdf[pdf.index(b"BT") + 10] ^= 0x01  # inside the page content, covered by the signature
    with sqlite3.connect(commune.path) as c:
        c.execute("UPDATE stored_file SET data = ? WHERE sha256 = (SELECT signed_pdf_sha256 FROM report WHERE id = ?)",
                  (bytes(pdf), report_id))
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(ValidationError, match="no longer verifies"):
        reports.export_report(commune.secretary, report_id, out)
    assert list(out.iterdir()) == []


def test_a_certificate_of_another_person_is_said_before_the_official_signature(qms, commune, tmp_path, monkeypatch):
    """QA 40 F6: the chairman's signature was made with a certificate issued to someone else, without a word: the
    page printed one name under a box naming another. It is said (not refused: a deputy signs KT. Chủ tịch)."""
    report_id = _final_report(commune)
    deputy = make_pki(official_name="Lê Văn Phó")
    own = make_pki()

    def cert(issued, pki, name):
        return _pfx(tmp_path, issued, pki, name).certificate

    assert signing.signer_note(commune.leader, report_id, cert(own.official, own, "an.pfx"),
                               "official") is None  # the chairman's own (Nguyễn Văn An): nothing to say
    note = signing.signer_note(commune.leader, report_id, cert(deputy.official, deputy, "pho.pfx"), "official")
    assert note is not None and note[1] == {"name": "Lê Văn Phó", "head": "Nguyễn Văn An"}
    assert signing.signer_note(commune.leader, report_id, cert(deputy.agency, deputy, "cq.pfx"),
                               "agency") is None  # the seal names the agency, not a person
    pfx = write_pfx(tmp_path / "pho2.pfx", deputy.official, [deputy.intermediate, deputy.root], PFX_PASSWORD)
    monkeypatch.setenv("QMS_PFX_PASSWORD", PFX_PASSWORD)
    code, out, err = qms("report", "sign", str(report_id), "--pfx", str(pfx), "--as", "official")
    assert code == 0 and "as the signer" in out, err
    assert "issued to Lê Văn Phó, while the report prints Nguyễn Văn An" in err


def test_no_deprecation_warning_of_pyhanko_reaches_the_user():
    """Every `qms report export`, `sign` or `inbox import` printed "CryptographyDeprecationWarning: DSA is deprecated"
    (pyHanko importing cryptography's DSA type) on stderr: nothing its user can act on."""
    import subprocess
    import sys

    code = "import qms_desktop.reports.pades; from pyhanko.sign import signers, validation"
    run = subprocess.run([sys.executable, "-W", "default", "-c", code], capture_output=True, text=True, check=True)
    assert "Warning" not in run.stderr, run.stderr
