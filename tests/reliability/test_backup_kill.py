"""kill -9 between a backup's two renames: the data file takes its name first, then its metadata file.

A process writing a backup is paused, by a hook inside it, at the moment the second file is about to
take its name, and killed there with SIGKILL. What it leaves must be a verified backup without
metadata (listed, said to have no metadata, checked by its own content when restored), never a
metadata file describing a backup that is not there; the metadata's leftover .part is never read and
is removed by a later backup.
"""

from __future__ import annotations

import os
import sys
import time

import pytest
from attack_helpers import kill_when_it_says

from qms_desktop.services import backup, records
from qms_desktop.services.context import SYSTEM, AppContext
from qms_desktop.storage.db import Database

# Writes one backup; the second os.replace of the backup (the one after the first file took its name)
# says "between <source> <target>" and waits there for the kill.
PAUSED_BACKUP = r"""
import os, sys, time
from pathlib import Path
from qms_desktop.storage.db import Database
from qms_desktop.services import backup

db = Database.open(sys.argv[1], migrate=False)
real_replace, renames = os.replace, []

def replace(src, dst):
    renames.append(dst)
    if len(renames) == 2:
        print(f"between {src} {dst}", flush=True)
        time.sleep(600)
    return real_replace(src, dst)

backup.os.replace = replace
print(f"done {backup.backup_to(db, Path(sys.argv[2]))}", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.sqlite_only("a backup of the database FILE")
def test_a_backup_killed_between_its_two_renames_is_a_verified_file_without_metadata(ctx, db, tmp_path):
    records.create(ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
    folder = tmp_path / "usb"
    folder.mkdir()
    line = kill_when_it_says(PAUSED_BACKUP, str(db.path), str(folder), marker="between ")

    # The data file has its name; its metadata does not (a complete .part of it stays behind).
    [data] = folder.glob("qms-manual-*.sqlite")
    meta = backup.meta_path(data)
    leftover = meta.with_name(meta.name + ".part")
    assert sorted(p.name for p in folder.iterdir()) == sorted([data.name, leftover.name])
    assert line.split()[1:] == [str(leftover), str(meta)]

    # Listed and sound, said to have no metadata: the leftover .part is not read as its metadata.
    info = backup.inspect_backup(data)
    assert info.valid and info.integrity == "ok" and info.metadata == "none" and info.counts["change_log"] == 1
    assert [p for _stamp, p in backup._by_kind(folder)["manual"]] == [data]

    # Restoring it checks its own content (chain and every row) and says the metadata is missing.
    records.create(ctx, "unit", {"name": "Địa chính"})
    plan = backup.plan_restore(db.path, data, SYSTEM)
    assert plan.allowed and plan.history_ok and plan.rows_checked
    assert [m for m, _p in plan.notes] == [backup.NO_METADATA, backup.HISTORY_NOTES["older"]] and plan.notes[0][1]["path"] == str(data)
    assert plan.notes[1][1] == {"path": str(data), "n": 1, "count": 1}  # the unit added since

    # The next backup into the folder removes the stale .part (untouched for 15 minutes) and is described.
    old = time.time() - backup.STALE_PART_SECONDS - 60
    os.utime(leftover, (old, old))
    second = backup.backup_to(db, folder)
    assert not leftover.exists() and backup.inspect_backup(second).metadata == "ok"
    assert sorted(p.name for p in folder.iterdir()) == sorted([data.name, second.name, backup.meta_path(second).name])

    db_path = db.path
    db.close()
    backup.restore(db_path, data, actor=SYSTEM, safety_folder=tmp_path / "safety")
    reopened = Database.open(db_path)
    try:
        units = records.list_records(AppContext(reopened, SYSTEM, ctx.clock), "unit")
        assert [r.values["name"] for r in units] == ["Tư pháp - Hộ tịch"]  # the backup's, not the later one
    finally:
        reopened.close()


@pytest.mark.sqlite_only("a backup of the database FILE")
def test_a_backup_whose_metadata_cannot_be_written_leaves_nothing(db, tmp_path, monkeypatch):
    """Not a kill but an error (disk full) after the data file took its name: no undescribed backup stays."""
    import errno

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_write_meta", full)
    with pytest.raises(backup.BackupError):
        backup.backup_to(db, tmp_path)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("qms-")] == []


def test_only_stale_partial_files_of_backups_are_cleaned(tmp_path):
    names = ["qms-manual-20261123-100000.sqlite.part", "qms-manual-20261123-100000.sqlite.part-journal",
             "qms-manual-20261123-100000.sqlite.json.part", "qms-manual-20261123-100000.sqlite",
             "qms-manual-20261123-100000.sqlite.json", "other.json.part"]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    assert backup.clean_stale_parts(tmp_path) == []  # fresh: perhaps still being written
    removed = backup.clean_stale_parts(tmp_path, now=time.time() + backup.STALE_PART_SECONDS + 1)
    assert sorted(p.name for p in removed) == sorted(names[:3])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names[3:])
