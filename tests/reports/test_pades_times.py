"""The signing time of a signature without a timestamp is the signer's own claim (QA 11 F2): a certificate that
expired, its claim backdated to when it was valid, passed as "hợp lệ"; so did a claim in the future."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pki_helpers import make_pki, write_pfx

from qms_desktop.reports import pades

COMMUNE = "Ủy ban nhân dân xã Tân Phú"


def _pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Bao cao")
    page.save()
    return out.getvalue()


def _signed(pki, tmp_path, claimed: dt.datetime) -> bytes:
    """Signed with pyHanko as an attacker's tool would, its clock set to ``claimed`` (no timestamp token)."""
    import pyhanko.sign.signers.pdf_signer as pdf_signer
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return claimed

    pfx = write_pfx(tmp_path / "signer.pfx", pki.agency, [pki.intermediate, pki.root], "Pfx-2026-x")
    signer = signers.SimpleSigner.load_pkcs12(str(pfx), passphrase=b"Pfx-2026-x")
    real = pdf_signer.datetime
    pdf_signer.datetime = Clock
    try:
        meta = signers.PdfSignatureMetadata(field_name="Sig1", subfilter=fields.SigSeedSubFilter.PADES)
        return signers.PdfSigner(meta, signer=signer).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(_pdf()))).getvalue()
    finally:
        pdf_signer.datetime = real


def _trust(pki) -> pades.TrustStore:
    return pades.TrustStore(anchors=(pades.read_trust_file(pki.root.der)[0][1],))


def test_an_expired_certificate_with_a_backdated_claim_is_invalid_once_the_package_was_sent(tmp_path):
    now = dt.datetime.now(dt.timezone.utc)
    pki = make_pki(signer_not_before=now - dt.timedelta(days=400), signer_not_after=now - dt.timedelta(days=2))
    pdf = _signed(pki, tmp_path, now - dt.timedelta(days=100))  # claimed while it was valid
    alone = pades.verify_pdf(pdf, trust=_trust(pki), expected_organisations=[COMMUNE])
    assert alone.status == pades.VALID  # a PDF alone: the claim is all there is
    sent = pades.verify_pdf(pdf, trust=_trust(pki), expected_organisations=[COMMUNE], existed_by=now)
    assert sent.status == pades.INVALID
    assert "was not valid when the package was sent" in "\n".join(sent.lines())
    earlier = pades.verify_pdf(pdf, trust=_trust(pki), expected_organisations=[COMMUNE],
                               existed_by=now - dt.timedelta(days=90))
    assert earlier.status == pades.VALID  # sent while the certificate was valid


def test_a_claim_in_the_future_is_invalid(tmp_path):
    now = dt.datetime.now(dt.timezone.utc)
    pki = make_pki(signer_not_before=now + dt.timedelta(days=100), signer_not_after=now + dt.timedelta(days=800))
    pdf = _signed(pki, tmp_path, now + dt.timedelta(days=180))
    result = pades.verify_pdf(pdf, trust=_trust(pki), expected_organisations=[COMMUNE])
    assert result.status == pades.INVALID and "a time still to come" in "\n".join(result.lines())


@pytest.mark.parametrize("organisation", ["Trường Tiểu học xã Tân Phú", "Công an xã Tân Phú"])
def test_a_body_named_after_the_commune_is_not_the_commune(tmp_path, organisation):
    """QA 11 F1: the commune's primary school's certificate passed as the commune's seal."""
    now = dt.datetime.now(dt.timezone.utc)
    pki = make_pki(organisation=organisation)
    pdf = _signed(pki, tmp_path, now)
    result = pades.verify_pdf(pdf, trust=_trust(pki), expected_organisations=[COMMUNE, "xã Tân Phú"])
    assert result.status == pades.INVALID and "is not the sending unit" in "\n".join(result.lines())


def test_a_chain_that_does_not_verify_says_why_in_words(tmp_path, qapp):
    """QA 11 F8: the reason read "(OUT_OF_BOUNDS_NO_POE)", pyHanko's code."""
    from qms_desktop.ui import translations

    now = dt.datetime.now(dt.timezone.utc)
    pki = make_pki(signer_not_before=now - dt.timedelta(days=400), signer_not_after=now - dt.timedelta(days=2))
    result = pades.verify_pdf(_signed(pki, tmp_path, now), trust=_trust(pki))  # claimed after the expiry
    text = "\n".join(result.lines())
    # with the dates (QA 48 F3), where pyHanko's code once read "(OUT_OF_BOUNDS_NO_POE)"
    assert result.status == pades.INVALID and "was not valid at the signing time" in text and "valid from" in text
    assert "OUT_OF_BOUNDS" not in text and "NO_POE" not in text
    translations.install("vi")
    try:
        from PySide6.QtCore import QCoreApplication

        vi = "\n".join(result.lines(lambda c, t: QCoreApplication.translate(c, t) or t))
        assert "OUT_OF_BOUNDS" not in vi and "not valid at the signing time" not in vi
    finally:
        translations.install("en")
