"""The copies of attached files handed to the system's viewer do not pile up in the temporary folder."""

from __future__ import annotations

import os
import time

import pytest

from qms_desktop.domain.errors import QmsError
from qms_desktop.services import tempfiles

DAY = 24 * 60 * 60


def _age(path, seconds):
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_new_run_removes_the_folders_earlier_runs_left_a_day_ago_and_keeps_the_rest(tmp_path):
    old = tmp_path / "qms-open-old"
    (old / "7").mkdir(parents=True)
    (old / "7" / "Đơn kiến nghị.pdf").write_bytes(b"%PDF-1.4 citizen's petition")
    _age(old, DAY + 60)
    recent = tmp_path / "qms-open-recent"  # another copy of the application, still running
    (recent / "3").mkdir(parents=True)
    _age(recent, DAY - 3600)
    other = tmp_path / "someone-else"
    other.mkdir()
    _age(other, 10 * DAY)
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "keep.txt").write_text("mine")
    merge = tmp_path / "qms-merge-killed"  # a merge killed mid-way: a whole database's copy
    merge.mkdir()
    (merge / "former.sqlite").write_bytes(b"SQLite format 3\x00")
    _age(merge, DAY + 60)
    link = tmp_path / "qms-open-link"
    link.symlink_to(victim, target_is_directory=True)

    folder = tempfiles.new_folder(base=tmp_path)

    assert folder.is_dir() and folder.name.startswith("qms-open-") and folder.parent == tmp_path
    assert not old.exists() and not merge.exists()
    assert recent.is_dir() and other.is_dir() and (victim / "keep.txt").read_text() == "mine"


def test_the_copy_is_written_once_and_reused_while_a_viewer_may_hold_it(tmp_path, monkeypatch):
    folder = tempfiles.new_folder(base=tmp_path)
    _age(folder, DAY - 60)
    data = b"%PDF-1.4 minutes"
    target = tempfiles.write_copy(folder, 12, "Biên bản.pdf", data)
    assert target == folder / "12" / "Biên bản.pdf" and target.read_bytes() == data
    assert time.time() - folder.stat().st_mtime < 60  # in use: a sweep by another run keeps it
    assert tempfiles.sweep(tmp_path) == 0 and folder.is_dir()

    real_write = type(target).write_bytes

    def locked(path, content):  # as Windows refuses to write a file a viewer holds open
        if path == target:
            raise PermissionError(13, "The process cannot access the file because it is being used by another process")
        return real_write(path, content)

    monkeypatch.setattr(type(target), "write_bytes", locked)
    assert tempfiles.write_copy(folder, 12, "Biên bản.pdf", data) == target
    with pytest.raises(QmsError) as refused:  # other bytes under the same name: said, not a crash
        tempfiles.write_copy(folder, 12, "Biên bản.pdf", b"%PDF-1.4 other")
    assert "cannot be copied" in refused.value.render() and "being used by another process" in refused.value.render()
    assert target.read_bytes() == data


def test_unwritable_folder_is_said_in_words(tmp_path):
    blocker = tmp_path / "qms-open-x"
    blocker.write_text("not a folder")
    with pytest.raises(QmsError) as refused:
        tempfiles.write_copy(blocker, 1, "a.pdf", b"%PDF")
    assert "cannot be copied" in refused.value.render()


def test_this_runs_folder_goes_at_exit(tmp_path):
    folder = tempfiles.new_folder(base=tmp_path)
    tempfiles.write_copy(folder, 1, "a.pdf", b"%PDF")
    tempfiles.discard(folder)
    assert not folder.exists()
    tempfiles.discard(None)  # nothing was opened this run
