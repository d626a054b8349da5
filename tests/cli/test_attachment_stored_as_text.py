"""An attachment's content changed with sqlite3 so that it is stored as TEXT (``X'00'||substr(data,2)``: SQLite's
``||`` makes TEXT) is named as an altered attachment by `qms check`, restore and merge, and refused when opened
(QA qa7 #3): not "Lỗi không mong muốn (TypeError)" nor the driver's English "Could not decode to UTF-8"."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess

import pytest
from qms_process import run_qms

from qms_desktop.domain.errors import ValidationError
from qms_desktop.services import attachments, procedures
from qms_desktop.services.context import SYSTEM, AppContext
from qms_desktop.storage import integrity
from qms_desktop.storage.db import Database, backup_copy

USER, PASSWORD = "thuky", "Mat-khau-2026!"
ALTERED = "nội dung tệp đính kèm không còn khớp mã SHA-256"
EDIT = "update stored_file set data=X'00'||substr(data,2)"


def qms(*args, stdin=subprocess.DEVNULL):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QMS_") or k == "QMS_DATA_DIR"}
    env.update(QMS_USER=USER, QMS_PASSWORD=PASSWORD)
    return run_qms(list(args), env=env, stdin=stdin, timeout=120)


def _init(path):
    r = qms("--db", str(path), "init", "--name", "Ủy ban nhân dân xã Tân Phú", "--province", "Tỉnh Lâm Đồng")
    assert r.returncode == 0, r.stderr


def _sqlite3(path, sql: str) -> str:
    """The edit a person makes with the sqlite3 shell (its Python module where the shell is not installed)."""
    if shutil.which("sqlite3"):
        return subprocess.run(["sqlite3", str(path), sql], check=True, capture_output=True, text=True).stdout
    with sqlite3.connect(path) as conn:
        return "\n".join("|".join(map(str, row)) for row in conn.execute(sql))


@pytest.fixture
def altered(tmp_path, inited_file):
    """A commune's file with two attachments (a Word file, not UTF-8; a text file, UTF-8), both edited to TEXT."""
    path = backup_copy(inited_file, tmp_path / "xa.sqlite")  # what `qms init` set up (tests/cli/conftest.py)
    db = Database.open(path)
    try:
        ctx = AppContext(db, SYSTEM, clock=lambda: dt.date(2026, 12, 3))
        p = procedures.create_procedure(ctx, code="QT-HT-01", title="Đăng ký khai sinh")
        v = procedures.add_version(ctx, p.id, procedures.VersionInput(drafted_by="Nguyễn Thị Lan"))
        attachments.attach(ctx, "procedure_version", v.id, filename="QT-HT-01.docx",
                           data=b"PK\x03\x04\x14\x00\x06\x00\x08\x00\xa1\xb2\xc3\xd4\xff\xfe" * 40)
        attachments.attach(ctx, "procedure_version", v.id, filename="ghi_chu.txt",
                           data="Quy trình đăng ký khai sinh".encode("utf-8"))
        ids = [a.id for a in attachments.list_attachments(ctx, "procedure_version", v.id)]
    finally:
        db.close()
    _sqlite3(path, EDIT)
    assert _sqlite3(path, "select typeof(data) from stored_file").split() == ["text", "text"]
    return path, ids


def test_check_names_each_altered_attachment(altered):
    path, _ids = altered
    r = qms("--db", str(path), "check")
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert "Lỗi không mong muốn" not in out and "decode" not in out
    assert out.count(ALTERED) == 2, out
    assert "Đầu chuỗi:" in out  # the chain was read and is printed


def test_the_storage_check_reads_text_content_as_bytes_on_either_connection(altered):
    path, _ids = altered
    with sqlite3.connect(path) as conn:  # the raw driver (a backup being checked)
        found = integrity.verify(conn)
    assert sorted(p.kind for p in found.problems) == ["file", "file"]
    db = Database.open(path)
    try:
        with db.engine.connect() as conn:
            assert sorted(p.kind for p in integrity.verify(conn).problems) == ["file", "file"]
    finally:
        db.close()


def test_opening_the_altered_attachment_says_it_is_damaged(altered):
    path, ids = altered
    db = Database.open(path)
    try:
        ctx = AppContext(db, SYSTEM, clock=lambda: dt.date(2026, 12, 3))
        for attachment_id, name in zip(ids, ("QT-HT-01.docx", "ghi_chu.txt")):
            with pytest.raises(ValidationError, match=f"The stored file {name} is damaged"):
                attachments.content(ctx, attachment_id)
    finally:
        db.close()


def test_restore_and_merge_refuse_it_naming_the_attachment(altered, tmp_path):
    path, _ids = altered
    here = tmp_path / "here.sqlite"
    _init(here)
    backup = tmp_path / "bk" / "xa_backup.sqlite"
    backup.parent.mkdir()
    shutil.copy(path, backup)
    r = qms("--db", str(here), "restore", str(backup), stdin=None)
    assert r.returncode == 1 and "Lỗi không mong muốn" not in r.stderr, r.stderr
    assert "không khớp nhật ký thay đổi" in r.stderr
    r = qms("--db", str(here), "merge", "--dry-run", str(path))
    out = r.stdout + r.stderr
    assert r.returncode == 1 and ALTERED in out and "decode" not in out, out
