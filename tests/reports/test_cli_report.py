"""``qms report …`` and ``qms document …`` end to end, as a clerk types them."""

from __future__ import annotations

import subprocess
import sys

import pytest
from report_helpers import PASSWORD

from qms_desktop import cli


@pytest.fixture
def qms(commune, monkeypatch, capsys):
    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)
    path = str(commune.path)

    def run(*args: str, user: str = "chutich") -> tuple[int, str, str]:
        code = cli.main(["--lang", "en", "--db", path, "--user", user, *args])  # English sources
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_create_finalize_export_verify(qms, tmp_path):
    code, out, err = qms("report", "create", "--period", "2026-H1", user="thuky")
    assert code == 0, err
    report_id = out.strip()
    assert report_id.isdigit() and "01/BC-UBND" in err
    code, _out, err = qms("report", "create", "--period", "2026-H1")
    assert code == 1 and "already exists" in err
    code, _out, err = qms("report", "finalize", report_id, user="thuky")
    assert code == 1 and "not allowed" in err  # only a leader finalises
    notes = tmp_path / "iii.txt"
    notes.write_text("Một số hồ sơ còn trễ hạn.\nThiếu nhân lực.", encoding="utf-8")
    code, _out, err = qms("report", "edit", report_id, "--shortcomings", f"@{notes}", user="thuky")
    assert code == 0, err
    code, out, err = qms("report", "finalize", report_id, "--date", "20/06/2026")
    assert code == 0 and "01/BC-UBND" in out, err
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, err = qms("report", "export", report_id, "--out", str(usb), user="thuky")
    assert code == 0, err
    written = out.split()
    assert [p.rsplit("/", 1)[-1] for p in written] == [
        "BaoCaoISO_2026-6T_TanPhu.zip", "BaoCaoISO_2026-6T_TanPhu.pdf", "BaoCaoISO_2026-6T_TanPhu.xlsx"]
    code, out, err = qms("package", "verify", written[0])
    assert code == 3 and "sender not authenticated" in out  # no fingerprint confirmed: not authenticated
    fingerprint = out.split("Signing key fingerprint: ")[1].split(" (")[0]
    code, out, err = qms("package", "verify", written[0], "--fingerprint", fingerprint)
    assert code == 0 and "Valid package" in out
    code, out, _ = qms("report", "list")
    assert "2026-H1\t1\t01/BC-UBND\t2026-06-20\tfinal" in out
    code, _out, err = qms("report", "sent", report_id, user="thuky")
    assert code == 0, err


def test_number_confirmed_and_taken(qms):
    code, out, _ = qms("report", "create", "--period", "2026", "--number", "12")
    assert code == 0
    code, _out, err = qms("report", "create", "--period", "2026-H1", "--number", "12")
    assert code == 1 and "12/BC-UBND" in err and "already used" in err


def test_documents_are_printed(qms, commune, tmp_path):
    for kind, record_id in (("announcement", commune.ids["announcement"]), ("car", commune.ids["ncs"][0]),
                            ("procedure_steps", commune.ids["procedures"]["QT-01/HT"])):
        code, out, err = qms("document", kind, str(record_id), "--out", str(tmp_path))
        assert code == 0, err
        assert out.strip().endswith(".pdf") and out.strip().rsplit("/", 1)[-1].isascii()
    code, _out, err = qms("document", "car", "999", "--out", str(tmp_path))
    assert code == 1 and "not found" in err


def test_package_verify_needs_no_database(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("QMS_DB", raising=False)
    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "nothing-here"))
    bogus = tmp_path / "BaoCao.zip"
    bogus.write_bytes(b"not a zip")
    assert cli.main(["--lang", "en", "package", "verify", str(bogus)]) == 1
    assert "INVALID" in capsys.readouterr().err
    assert not (tmp_path / "nothing-here").exists()  # no database, no key created


def test_the_command_in_a_subprocess(tmp_path):
    """Exit codes as the receiving office's shell sees them."""
    command = [sys.executable, "-c", "from qms_desktop.cli import main; raise SystemExit(main())"]
    done = subprocess.run([*command, "--lang", "en", "package", "verify", str(tmp_path / "missing.zip")], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1 and "does not exist" in done.stderr
