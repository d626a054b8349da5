"""The first-key question shows the name the package gives itself beside the register's (QA 9b F4), and a
package whose code names another unit is refused without being asked about."""

from __future__ import annotations

from PySide6.QtCore import Qt

from office_fixtures import *  # noqa: F403  (the demo province, office_env; puts tests/receiving on the path)

from qms_desktop.services import receiving as rx


def test_the_question_shows_both_names_as_plain_text(qtbot, province):
    from qms_desktop.ui.receiving.common import KeyConfirmDialog

    sent = province.sent["DH"]
    dialog = KeyConfirmDialog(rx.KeyQuestion(sent.code, "Xã Đạ Huoai", sent.fingerprint, sent.package,
                                             "UBND xã <b>Đạ Huoai</b>"))
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.names.text()
    assert "Name in the register: Xã Đạ Huoai" in text and "Name in the package: UBND xã <b>Đạ Huoai</b>" in text
    assert dialog.names.textFormat() == Qt.TextFormat.PlainText  # the sender's text is never markup
    assert dialog.fingerprint.geometry().top() >= dialog.names.geometry().bottom()


def test_the_import_asks_with_the_packages_name(qtbot, office_env, province, monkeypatch, tmp_path):
    import base64
    import json
    import zipfile

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from qms_desktop.reports.package import manifest_bytes
    from qms_desktop.reports.signing import InstallationKey
    from qms_desktop.ui.receiving import common

    asked, shown = [], []
    monkeypatch.setattr(common, "confirm_key", lambda q, parent: asked.append(q) or True)
    monkeypatch.setattr(common, "show_result", lambda result, parent: shown.append(result))
    # Đạ Huoai's package with the code of Lộc Bắc, signed with a fresh key: refused, never asked about
    with zipfile.ZipFile(province.sent["DH"].package) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    manifest = json.loads(parts["manifest.json"])
    manifest["agency"]["code"] = "LD-LB"
    key = InstallationKey(Ed25519PrivateKey.generate())
    manifest["public_key"] = {"algorithm": "Ed25519", "key": key.public_b64, "fingerprint": key.fingerprint}
    parts["manifest.json"] = manifest_bytes(manifest)
    parts["manifest.sig"] = base64.b64encode(key.sign(parts["manifest.json"])) + b"\n"
    other = tmp_path / "lb.zip"
    with zipfile.ZipFile(other, "w") as z:
        for name, body in parts.items():
            z.writestr(name, body)
    common.run_import(office_env, [province.sent["DH"].package, other], None, done=lambda result: None)
    assert [(q.unit_code, q.unit_name, q.package_name) for q in asked] == [("LD-DH", "Xã Đạ Huoai", "UBND xã Đạ Huoai")]
    assert [o.status for o in shown[0].outcomes] == ["accepted", "refused"]
    assert "UBND xã Đạ Huoai" in shown[0].outcomes[1].reason.render()
