"""The transfer package: written, logged, and checked by ``qms package verify`` — and every
tampering refused (a changed byte, a missing part, an extra file, a foreign signature)."""

from __future__ import annotations

import base64
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from report_helpers import finalize

from qms_desktop import cli
from qms_desktop.domain.errors import ValidationError
from qms_desktop.reports.files import sha256_file
from qms_desktop.reports.package import MEMBERS, manifest_bytes
from qms_desktop.reports.signing import KeyProblem, fingerprint, load_or_create_key
from qms_desktop.services import reports
from qms_desktop.storage import orm


@pytest.fixture
def exported(commune, tmp_path):
    row = reports.create_report(commune.secretary, period="2026-H1")
    finalize(commune, row.id, date="20/06/2026")
    usb = tmp_path / "usb"
    usb.mkdir()
    result = reports.export_report(commune.secretary, row.id, usb)
    return row, result


def verify(path: Path, *extra: str, capsys=None) -> tuple[int, str, str]:
    code = cli.main(["--lang", "en", "package", "verify", str(path), *extra])  # English sources
    out, err = capsys.readouterr() if capsys else ("", "")
    return code, out, err


def _rewrite(src: Path, dest: Path, change) -> Path:
    """Copy a package, letting ``change(members)`` alter the dict of member bytes."""
    with zipfile.ZipFile(src) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    change(members)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    return dest


def test_package_contents_names_and_log(commune, exported):
    row, result = exported
    assert [p.name for p in result.files] == [
        "BaoCaoISO_2026-6T_TanPhu.zip", "BaoCaoISO_2026-6T_TanPhu.pdf", "BaoCaoISO_2026-6T_TanPhu.xlsx"]
    assert all(p.name.isascii() for p in result.files)
    assert sorted(p.name for p in result.package.parent.iterdir()) == sorted(p.name for p in result.files)  # no .part
    with zipfile.ZipFile(result.package) as zf:
        assert zf.namelist() == list(MEMBERS)
        manifest = json.loads(zf.read("manifest.json"))
        frozen = reports.snapshot_bytes(commune.leader, row.id)
        assert zf.read("report.json") == frozen  # the frozen data, byte for byte
        assert zf.read("report.pdf") == result.files[1].read_bytes()
        assert zf.read("report.xlsx") == result.files[2].read_bytes()
    assert manifest["format"] == "qms-desktop/report-package" and manifest["format_version"] == 2
    count, digest = result.chain_head.split(":")
    assert manifest["chain_head"] == {"count": int(count), "hash": digest} and manifest["chain_checkpoints"] == []
    assert "key_changed_from" not in manifest
    assert manifest["period"] == "2026-H1" and manifest["agency"]["full_name"] == "Ủy ban nhân dân xã Tân Phú"
    assert manifest["agency"]["code"] == ""  # no unit code set in the profile
    assert manifest["report"] == {"id": row.id, "version": 1, "number": "01/BC-UBND", "date": "2026-06-20",
                                  "status": "final"}
    assert manifest["public_key"]["fingerprint"] == result.fingerprint
    assert [f["name"] for f in manifest["files"]] == ["report.pdf", "report.xlsx", "report.json"]
    assert manifest["exported_by"] == "thuky"
    assert manifest["pdf_signature"] == {"signed": False}  # not digitally signed (issue 17)
    with commune.leader.tx("read") as s:
        logged = s.scalars(select(orm.ExportLog).where(orm.ExportLog.report_id == row.id)).all()
        assert [(Path(x.path).name, x.sha256, x.username, f"{x.chain_count}:{x.chain_hash}", x.fingerprint)
                for x in logged] == [(p.name, sha256_file(p), "thuky", result.chain_head, result.fingerprint)
                                     for p in result.files]


def test_verify_speaks_vietnamese_by_default(package_once, capsys):
    _row, result = package_once
    assert cli.main(["package", "verify", str(result.package), "--fingerprint", result.fingerprint]) == 0
    out = capsys.readouterr().out
    assert result.fingerprint in out and "01/BC-UBND" in out and "Gói báo cáo hợp lệ" in out


def test_verify_accepts_the_exported_package_only_with_its_confirmed_fingerprint(package_once, capsys):
    _row, result = package_once
    # Without a fingerprint confirmed by phone the key inside the package proves nothing: exit 3, not 0.
    code, out, err = verify(result.package, capsys=capsys)
    assert code == 3, err
    assert "Package intact, sender not authenticated: BaoCaoISO_2026-6T_TanPhu.zip" in out
    assert "Valid package" not in out and result.fingerprint in out and "--fingerprint" in err
    assert "01/BC-UBND" in out and "2026-H1" in out
    code, out, _ = verify(result.package, "--fingerprint", result.fingerprint.replace(" ", "").lower(), capsys=capsys)
    assert code == 0 and "Valid package: BaoCaoISO_2026-6T_TanPhu.zip" in out


def test_a_tampered_byte_is_refused(package_once, tmp_path, capsys):
    _row, result = package_once
    raw = bytearray(result.package.read_bytes())
    raw[200] ^= 0x01  # inside report.pdf's compressed data: the ZIP is damaged
    flipped = tmp_path / "flipped.zip"
    flipped.write_bytes(raw)
    code, _out, err = verify(flipped, capsys=capsys)
    assert code == 1 and "INVALID" in err and "report.pdf" in err
    # a changed byte in a part, with a consistent ZIP: the SHA-256 in the signed manifest no longer matches
    def change_pdf(m):
        body = bytearray(m["report.pdf"])
        body[len(body) // 2] ^= 0x20
        m["report.pdf"] = bytes(body)
    changed = _rewrite(result.package, tmp_path / "changed.zip", change_pdf)
    code, _out, err = verify(changed, capsys=capsys)
    assert code == 1 and "report.pdf was changed after signing" in err
    # the same with report.json: the figures cannot be altered silently
    def change_json(m):
        m["report.json"] = m["report.json"].replace(b'"value":1282', b'"value":1382')
    assert b'"value":1282' in zipfile.ZipFile(result.package).read("report.json")
    code, _out, err = verify(_rewrite(result.package, tmp_path / "json.zip", change_json), capsys=capsys)
    assert code == 1 and "report.json was changed" in err


def test_a_missing_or_extra_part_is_refused(package_once, tmp_path, capsys):
    _row, result = package_once
    missing = _rewrite(result.package, tmp_path / "missing.zip", lambda m: m.pop("report.xlsx"))
    code, _out, err = verify(missing, capsys=capsys)
    assert code == 1 and "report.xlsx is missing" in err
    no_sig = _rewrite(result.package, tmp_path / "nosig.zip", lambda m: m.pop("manifest.sig"))
    code, _out, err = verify(no_sig, capsys=capsys)
    assert code == 1 and "manifest.sig is missing" in err
    extra = _rewrite(result.package, tmp_path / "extra.zip", lambda m: m.update({"virus.exe": b"MZ"}))
    code, _out, err = verify(extra, capsys=capsys)
    assert code == 1 and "unexpected file: virus.exe" in err
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(result.package.read_bytes()[:5000])
    code, _out, err = verify(truncated, capsys=capsys)
    assert code == 1 and "INVALID" in err
    code, _out, err = verify(tmp_path / "nothing.zip", capsys=capsys)
    assert code == 1 and "does not exist" in err


def test_a_manifest_resigned_with_another_key_is_refused(package_once, tmp_path, capsys):
    _row, result = package_once
    other = Ed25519PrivateKey.generate()

    def resign(m):  # change the number, sign with another key, keep naming the original key
        manifest = json.loads(m["manifest.json"])
        manifest["report"]["number"] = "99/BC-UBND"
        m["manifest.json"] = manifest_bytes(manifest)
        m["manifest.sig"] = base64.b64encode(other.sign(m["manifest.json"])) + b"\n"
    code, _out, err = verify(_rewrite(result.package, tmp_path / "resigned.zip", resign), capsys=capsys)
    assert code == 1 and "signature does not match" in err

    def rekey(m):  # a forger who also swaps in his own public key: valid signature, wrong fingerprint
        manifest = json.loads(m["manifest.json"])
        from cryptography.hazmat.primitives import serialization
        raw = other.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        manifest["public_key"] = {"algorithm": "Ed25519", "key": base64.b64encode(raw).decode(),
                                  "fingerprint": fingerprint(raw)}
        m["manifest.json"] = manifest_bytes(manifest)
        m["manifest.sig"] = base64.b64encode(other.sign(m["manifest.json"])) + b"\n"
    rekeyed = _rewrite(result.package, tmp_path / "rekeyed.zip", rekey)
    code, out, _err = verify(rekeyed, capsys=capsys)
    assert code == 3 and result.fingerprint not in out  # intact but unauthenticated: the phone check catches it
    code, _out, err = verify(rekeyed, "--fingerprint", result.fingerprint, capsys=capsys)
    assert code == 1 and "not with the expected key" in err


def test_export_refuses_a_draft(commune, tmp_path):
    row = reports.create_report(commune.secretary, period="2026-H1")
    with pytest.raises(ValidationError):
        reports.export_report(commune.secretary, row.id, tmp_path)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"] or not any(p.suffix == ".zip" for p in tmp_path.iterdir())


def test_correction_package_is_named_with_its_version(commune, exported, tmp_path):
    row, _result = exported
    v2 = reports.correct_report(commune.secretary, row.id)
    finalize(commune, v2.id)
    out = tmp_path / "v2"
    out.mkdir()
    result = reports.export_report(commune.secretary, v2.id, out, loose_files=False)
    assert [p.name for p in result.files] == ["BaoCaoISO_2026-6T_TanPhu_v2.zip"]


def test_installation_key_is_created_once_private_and_never_replaced(tmp_path):
    folder = tmp_path / "keys"
    key = load_or_create_key(folder)
    private = folder / "installation_ed25519.pem"
    assert stat.S_IMODE(os.stat(private).st_mode) == 0o600
    assert load_or_create_key(folder).fingerprint == key.fingerprint
    assert len(key.fingerprint) == 19 and key.fingerprint.count(" ") == 3
    private.write_text("damaged")
    with pytest.raises(KeyProblem):
        load_or_create_key(folder)
    assert private.read_text() == "damaged"  # not silently replaced


def test_export_uses_the_agency_key_kept_in_the_database(commune, exported, tmp_path):
    _row, result = exported
    assert not (tmp_path / "data" / "keys" / "installation_ed25519.pem").exists()  # no per-account key any more
    with commune.leader.tx("read") as s:
        keys = s.scalars(select(orm.AgencyKey)).all()
        assert [(k.fingerprint, k.origin, k.retired_at) for k in keys] == [(result.fingerprint, "created", None)]
        entries = s.scalars(select(orm.ChangeLog).where(orm.ChangeLog.entity == "agency_key")).all()
        assert [e.action for e in entries] == ["create"] and "private_pem" not in entries[0].new_values


def test_a_package_holding_a_draft_is_not_called_valid(package_once, tmp_path, capsys):
    """QA 9 B-F13: `package verify` said "Gói báo cáo hợp lệ" of a signed package holding a draft, which every inbox
    refuses ("chứa báo cáo dự thảo")."""
    import hashlib

    from cryptography.hazmat.primitives import serialization

    _row, result = package_once
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def as_draft(m):  # a report.json marked draft, the manifest's hashes and signature made to match
        report = json.loads(m["report.json"])
        report["status"] = "draft"
        m["report.json"] = json.dumps(report, ensure_ascii=False).encode("utf-8")
        manifest = json.loads(m["manifest.json"])
        manifest["report"]["status"] = "draft"
        for f in manifest["files"]:
            f["sha256"], f["size"] = hashlib.sha256(m[f["name"]]).hexdigest(), len(m[f["name"]])
        manifest["public_key"] = {"algorithm": "Ed25519", "key": base64.b64encode(raw).decode(),
                                  "fingerprint": fingerprint(raw)}
        m["manifest.json"] = manifest_bytes(manifest)
        m["manifest.sig"] = base64.b64encode(key.sign(m["manifest.json"])) + b"\n"
    draft = _rewrite(result.package, tmp_path / "draft.zip", as_draft)
    for extra in ((), ("--fingerprint", fingerprint(raw))):
        code, out, err = verify(draft, *extra, capsys=capsys)
        assert code == 1 and "holds a draft" in err and "Valid package" not in out, (code, out, err)
