"""Digital signature in the GUI (issue 17): the settings tab and the 'Ký số' dialog of the report page,
real widgets offscreen, a real database, a throwaway CA (tests/reports/pki_helpers.py)."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))

from pki_helpers import make_pki, sample_seal_png, sample_signature_png, write_pfx
from record_fixtures import *  # noqa: F403
from record_fixtures import make_env
from ui_helpers import set_text

from qms_desktop.reports import pades
from qms_desktop.services import agency, reports
from qms_desktop.services.reports import signing
from qms_desktop.ui.dialogs.sign_dialog import SignDialog
from qms_desktop.ui.pages.reports_page import ReportsPage
from qms_desktop.ui.pages.settings_page import SettingsPage

SHOTS = os.environ.get("QMS_SCREENSHOTS")  # a folder: the tests also save their screens there


@pytest.fixture
def signed_env(ui_ctx, tmp_path, monkeypatch):
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    agency.save_profile(ui_ctx, agency.AgencyProfile(
        full_name="Ủy ban nhân dân xã Tân Phú", province="Lâm Đồng", recipient="Sở Khoa học và Công nghệ tỉnh Lâm Đồng",
        head_name="Nguyễn Văn An", place_name="Tân Phú"))
    row = reports.create_report(ui_ctx, period=f"{ui_ctx.today.year}-H1")
    reports.update_report(ui_ctx, row.id, shortcomings="Một số hồ sơ còn trễ hạn.")  # the pre-flight asks for Part III
    reports.finalize_report(ui_ctx, row.id, acknowledge_all=True)
    env = make_env(ui_ctx)
    env.report_id = row.id  # type: ignore[attr-defined]
    return env


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


def test_settings_tab_images_library_and_trust_store(qtbot, signed_env, tmp_path):
    env = signed_env
    page = SettingsPage(env)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    page.refresh()
    tab = page.signature_tab
    page.tabs.setCurrentWidget(tab)
    assert tab.images["seal_image"].text() == "(none: text box)"
    sig, seal, bad = tmp_path / "chuky.png", tmp_path / "condau.png", tmp_path / "x.png"
    sig.write_bytes(sample_signature_png())
    seal.write_bytes(sample_seal_png())
    bad.write_bytes(b"not an image")
    assert tab.set_image("signature_image", str(sig)) and tab.set_image("seal_image", str(seal))
    assert not tab.images["seal_image"].pixmap().isNull()
    assert not tab.set_image("seal_image", str(bad)) and "PNG" in tab.error.text()
    assert signing.signing_settings(env.ctx).seal_image == seal.read_bytes()  # the good one stays
    set_text(tab.library.lineEdit(), "C:\\Windows\\System32\\viettel-ca_v6.dll")
    set_text(tab.slot, "x")
    assert not tab.save() and "number" in tab.error.text()
    set_text(tab.slot, "0")
    assert tab.save()
    values = agency.all_settings(env.ctx)
    assert values["pkcs11_library"] == "C:\\Windows\\System32\\viettel-ca_v6.dll" and values["pkcs11_slot"] == "0"
    pki = make_pki()
    root = tmp_path / "BanCoYeu_Root.cer"
    root.write_bytes(pki.root.pem)
    crl = tmp_path / "sub.crl"
    crl.write_bytes(pki.crl())
    assert tab.import_trust(str(root)) and tab.import_trust(str(crl))
    texts = [tab.trust_list.item(i).text() for i in range(tab.trust_list.count())]
    assert any(t.startswith("Certificate: QMS Test Root CA") for t in texts) and any(t.startswith("CRL:") for t in texts)
    assert len(pades.TrustStore.load(signing.trust_dir()).anchors) == 1
    _shot(page, "settings_digital_signature.png")


def test_sign_dialog_with_pfx_from_the_report_page(qtbot, signed_env, tmp_path, monkeypatch):
    env = signed_env
    pki = make_pki()
    official = write_pfx(tmp_path / "chutich.pfx", pki.official, [pki.intermediate, pki.root], "pw-2026")
    page = ReportsPage(env)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    page.select_id(env.report_id)
    assert page.sign_button.isEnabled() and "Not digitally signed" in page.signature.text()
    dialogs = []

    def fake_open(report_id, title):
        dialog = SignDialog(env, report_id, title, page)
        qtbot.addWidget(dialog)
        dialog.use_pfx.setChecked(True)
        set_text(dialog.pfx_path, str(official))
        set_text(dialog.secret, "sai")
        assert not dialog.read_certificate() and "Wrong password" in dialog.error.text()
        set_text(dialog.secret, "pw-2026")
        assert dialog.read_certificate()
        text = dialog.certificate.text()
        assert "Nguyễn Văn An" in text and "Ủy ban nhân dân xã Tân Phú" in text and "Serial number" in text
        assert "Issued by" in text and "Valid from" in text
        assert dialog.sign_button.isEnabled() and dialog.role.currentData() == pades.ROLE_OFFICIAL
        dialog.show()
        _shot(dialog, "sign_dialog.png")
        dialog.sign_button.click()
        dialogs.append(dialog)
        return dialog

    monkeypatch.setattr(page, "open_sign_dialog", fake_open)
    page.sign_button.click()
    assert dialogs[0].outcome is not None and dialogs[0].outcome.role == pades.ROLE_OFFICIAL
    assert dialogs[0].secret.text() == ""  # the password is not kept
    assert "the agency's signature is still due" in page.signature.text() and "Nguyễn Văn An" in page.signature.text()
    assert signing.next_role(env.ctx, env.report_id) == pades.ROLE_AGENCY


def _pfx_dialog(qtbot, env, path: Path) -> SignDialog:
    """The 'Ký số' dialog with a certificate file chosen and its password ("pw") typed."""
    dialog = SignDialog(env, env.report_id, "01/BC-UBND")
    qtbot.addWidget(dialog)
    dialog.use_pfx.setChecked(True)
    set_text(dialog.pfx_path, str(path))
    set_text(dialog.secret, "pw")
    return dialog


def test_sign_dialog_refuses_an_expired_certificate(qtbot, signed_env, tmp_path):
    now = dt.datetime.now(dt.timezone.utc)
    pki = make_pki(signer_not_before=now - dt.timedelta(days=800), signer_not_after=now - dt.timedelta(days=1))
    path = write_pfx(tmp_path / "old.pfx", pki.official, [pki.intermediate], "pw")
    dialog = _pfx_dialog(qtbot, signed_env, path)
    assert not dialog.read_certificate()
    assert "expired" in dialog.error.text() and "Nguyễn Văn An" in dialog.certificate.text()
    assert not dialog.sign_button.isEnabled()


def test_sign_dialog_token_not_inserted(qtbot, signed_env, tmp_path):
    dialog = SignDialog(signed_env, signed_env.report_id, "01/BC-UBND")
    qtbot.addWidget(dialog)
    set_text(dialog.library.lineEdit(), str(tmp_path / "vnpt-ca_csp11.dll"))
    assert not dialog.read_certificate() and "was not found" in dialog.error.text()


def test_sign_dialog_refuses_before_the_pin(qtbot, signed_env, tmp_path):
    """QA 17 F11: another organisation's certificate, and a PDF already final, are said when the certificate is
    read, before any PIN is typed; the Sign button stays off."""
    pki = make_pki(organisation="Ủy ban nhân dân xã Tân Hà")
    path = write_pfx(tmp_path / "tanha.pfx", pki.official, [pki.intermediate], "pw")
    dialog = _pfx_dialog(qtbot, signed_env, path)
    assert not dialog.read_certificate()
    assert "not for Ủy ban nhân dân xã Tân Phú" in dialog.error.text() and not dialog.sign_button.isEnabled()
    assert "Tân Hà" in dialog.certificate.text()  # the certificate is still shown, so the user sees whose it is

    own = make_pki()
    chairman = write_pfx(tmp_path / "chutich.pfx", own.official, [own.intermediate], "pw")
    agency_pfx = write_pfx(tmp_path / "ubnd.pfx", own.agency, [own.intermediate], "pw")
    for pfx, role in ((chairman, pades.ROLE_OFFICIAL), (agency_pfx, pades.ROLE_AGENCY)):
        with pades.open_pfx(str(pfx), "pw") as source:
            signing.sign_report(signed_env.ctx, signed_env.report_id, source, role=role)
    dialog = _pfx_dialog(qtbot, signed_env, chairman)
    assert not dialog.read_certificate()
    assert "already finalised" in dialog.error.text() and not dialog.sign_button.isEnabled()


def test_sign_dialog_says_when_the_certificate_names_another_person(qtbot, signed_env, tmp_path):
    """QA 40 F6: a deputy's certificate for the chairman's signature is said under the certificate; Sign stays
    enabled (a deputy signs KT. Chủ tịch); the chairman's own shows nothing."""
    deputy = make_pki(official_name="Lê Văn Phó")
    dialog = _pfx_dialog(qtbot, signed_env, write_pfx(tmp_path / "pho.pfx", deputy.official, [deputy.intermediate], "pw"))
    dialog.show()
    assert dialog.read_certificate() and dialog.sign_button.isEnabled()
    assert dialog.note.isVisible() and "Lê Văn Phó" in dialog.note.text() and "KT." in dialog.note.text()
    own = make_pki()
    chairman = _pfx_dialog(qtbot, signed_env, write_pfx(tmp_path / "an.pfx", own.official, [own.intermediate], "pw"))
    chairman.show()
    assert chairman.read_certificate() and not chairman.note.isVisible()
