"""QA 57 F5: the office's letters and reports printed "GIÁM ĐỐC" and no name under it (`qms init --receiving` had no
way to give one, and nothing said so): Decree 30 prints the signer's full name. A profile without a name now prints a
dotted line to write it on by hand, and `qms init` takes the head's name and title."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from qms_process import run_qms

from qms_desktop.reports.pdf_layout import NAME_BLANK, Styles, build_pdf, signature_block


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "s.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_a_signer_without_a_name_gets_a_dotted_line(tmp_path):
    st = Styles()
    blank = _text(build_pdf([signature_block(["GIÁM ĐỐC"], "", ["Như trên"], st)], title="t"), tmp_path)
    assert "GIÁM ĐỐC" in blank and NAME_BLANK[:20] in blank
    named = _text(build_pdf([signature_block(["GIÁM ĐỐC"], "Lê Văn Cường", ["Như trên"], st)], title="t"), tmp_path)
    assert "Lê Văn Cường" in named and NAME_BLANK[:20] not in named


def test_init_takes_the_heads_name_and_title(tmp_path):
    import os
    import sqlite3

    env = dict(os.environ, QMS_USER="vanthu", QMS_PASSWORD="Mat-khau-2026!", QMS_DATA_DIR=str(tmp_path / "data"))
    office = tmp_path / "office.sqlite"
    r = run_qms(["--db", office, "init", "--receiving", "--name", "Sở Khoa học và Công nghệ tỉnh Lâm Đồng", "--province",
                 "Lâm Đồng", "--head-name", "Lê Văn Cường"], env=env)
    assert r.returncode == 0, r.stderr
    commune = tmp_path / "commune.sqlite"
    r = run_qms(["--db", commune, "init", "--name", "Ủy ban nhân dân xã Tân Phú", "--province", "Lâm Đồng",
                 "--head-name", "Nguyễn Văn Thành", "--head-title", "Phó Chủ tịch"], env=env)
    assert r.returncode == 0, r.stderr
    for path, expected in ((office, ("Lê Văn Cường", "Giám đốc")), (commune, ("Nguyễn Văn Thành", "Phó Chủ tịch"))):
        with sqlite3.connect(path) as c:
            assert c.execute("SELECT head_name, head_title FROM agency").fetchone() == expected
