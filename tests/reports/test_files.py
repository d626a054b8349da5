"""Atomic writes on a failing drive: full, read-only, vanished, or a write error mid-way.

Never a valid-looking partial file, always a message that says why. Real full and read-only
drives are small tmpfs mounts (root only; skipped elsewhere); the rest is fault injection.
"""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from report_helpers import finalize

from qms_desktop.reports import files
from qms_desktop.reports.files import ExportFailed, atomic_write
from qms_desktop.services import reports
from qms_desktop.storage import orm


def _mount_tmpfs(target: Path, size: str, *, read_only: bool = False):
    target.mkdir()
    options = f"size={size}" + (",ro" if read_only else "")
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs these as root)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    return target


@pytest.fixture
def small_drive(tmp_path):
    drive = _mount_tmpfs(tmp_path / "usb", "64k")
    yield drive
    subprocess.run(["umount", str(drive)], check=False)


@pytest.fixture
def read_only_drive(tmp_path):
    drive = _mount_tmpfs(tmp_path / "locked", "1m", read_only=True)
    yield drive
    subprocess.run(["umount", str(drive)], check=False)


def _finalised(commune):
    row = reports.create_report(commune.secretary, period="2026-H1")
    finalize(commune, row.id)
    return row


def _exports(commune) -> int:
    with commune.leader.tx("read") as s:
        return s.scalar(select(func.count(orm.ExportLog.id))) or 0


def test_a_full_drive_leaves_nothing_and_says_so(commune, small_drive):
    row = _finalised(commune)
    with pytest.raises(ExportFailed) as err:
        reports.export_report(commune.secretary, row.id, small_drive)
    assert "The drive is full" in err.value.render()
    assert list(small_drive.iterdir()) == []  # no .zip, no .part
    assert _exports(commune) == 0


def test_a_read_only_drive_leaves_nothing_and_says_so(commune, read_only_drive):
    row = _finalised(commune)
    with pytest.raises(ExportFailed) as err:
        reports.export_report(commune.secretary, row.id, read_only_drive)
    assert "read-only" in err.value.render()
    assert list(read_only_drive.iterdir()) == []


def test_a_vanished_folder_is_reported(commune, tmp_path):
    row = _finalised(commune)
    with pytest.raises(ExportFailed) as err:
        reports.export_report(commune.secretary, row.id, tmp_path / "removed-stick")
    assert "does not exist" in err.value.render()
    a_file = tmp_path / "afile"
    a_file.write_bytes(b"x")
    with pytest.raises(ExportFailed) as err:  # was "the folder does not exist (USB removed?)" (QA F, L4)
        reports.export_report(commune.secretary, row.id, a_file)
    assert "is a file, not a folder" in err.value.render() and a_file.read_bytes() == b"x"


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "The drive is full"), (errno.EIO, "no longer available"),
                                         (errno.EROFS, "read-only"), (errno.EFAULT, "Could not write")])
def test_an_injected_write_error_midway_leaves_no_file(tmp_path, monkeypatch, code, words):
    calls = []

    def failing(fh, chunk):
        calls.append(len(chunk))
        if len(calls) == 2:  # the first chunk went out, the second fails
            raise OSError(code, os.strerror(code))
        fh.write(chunk)
    monkeypatch.setattr(files, "_write_chunk", failing)
    with pytest.raises(ExportFailed) as err:
        atomic_write(tmp_path / "BaoCao.zip", b"x" * (files.CHUNK * 3))
    assert words in err.value.render()
    assert list(tmp_path.iterdir()) == []


def test_an_fsync_failure_keeps_the_older_file(tmp_path, monkeypatch):
    target = tmp_path / "BaoCao.zip"
    target.write_bytes(b"older, valid package")

    def failing_fsync(fd):
        raise OSError(errno.EIO, "Input/output error")
    monkeypatch.setattr(files, "_fsync", failing_fsync)
    with pytest.raises(ExportFailed):
        atomic_write(target, b"new content")
    assert target.read_bytes() == b"older, valid package"
    assert [p.name for p in tmp_path.iterdir()] == ["BaoCao.zip"]


def test_a_file_that_reads_back_differently_is_removed(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "sha256_file", lambda path: "0" * 64)
    with pytest.raises(ExportFailed) as err:
        atomic_write(tmp_path / "BaoCao.zip", b"content")
    assert "read back differently" in err.value.render()
    assert list(tmp_path.iterdir()) == []


def test_a_package_failing_verification_is_removed(commune, tmp_path, monkeypatch):
    """A drive that corrupts data while reporting success: the package does not verify on read-back,
    so it is removed and the user is told."""
    row = _finalised(commune)
    out = tmp_path / "usb"
    out.mkdir()
    real_write = files._write_chunk

    def corrupting(fh, chunk):
        real_write(fh, chunk[:100] + bytes([chunk[100] ^ 1]) + chunk[101:])
    monkeypatch.setattr(files, "_write_chunk", corrupting)
    monkeypatch.setattr(files, "sha256_bytes", lambda data: "same")  # the drive lies about what it stored
    monkeypatch.setattr(files, "sha256_file", lambda path: "same")
    with pytest.raises(ExportFailed) as err:
        reports.export_report(commune.secretary, row.id, out)
    assert "does not verify" in err.value.render()
    assert list(out.iterdir()) == []
    assert _exports(commune) == 0


def test_names_are_ascii_only(tmp_path):
    with pytest.raises(ValueError):
        atomic_write(tmp_path / "Báo cáo.zip", b"x")
    with pytest.raises(ValueError):
        atomic_write(tmp_path / "..zip", b"x")
    path = atomic_write(tmp_path / "BaoCaoISO_2026-6T_TanPhu.zip", b"PK")
    assert path.read_bytes() == b"PK"
