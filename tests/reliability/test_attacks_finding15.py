"""Issue 10, finding 15: the smaller defects, each reproduced and refused."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time

import pytest
from attack_helpers import AGENCY, PASSWORD, count, env_for, set_up_leader

from qms_desktop.domain.errors import ValidationError
from qms_desktop.services import attachments, backup, ncs, records
from qms_desktop.storage.db import Database

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.fixture
def finalised(db, tmp_path, monkeypatch):
    from qms_desktop.services import reports

    monkeypatch.setenv("QMS_DATA_DIR", str(tmp_path / "data"))
    leader = set_up_leader(db)
    ncs.open_nc(leader, description="Thiếu phiếu kiểm soát", detected_date="20/05/2026")
    row = reports.create_report(leader, period="2026-H1")
    reports.update_report(leader, row.id, shortcomings="Một số hồ sơ còn trễ hạn.")  # the pre-flight asks for Part III
    reports.finalize_report(leader, row.id, acknowledge_all=True)
    return leader, row.id


def test_export_to_a_full_stick_says_what_was_saved(finalised, tmp_path, monkeypatch):
    from qms_desktop.reports import files
    from qms_desktop.reports.package import verify_package
    from qms_desktop.services import reports

    leader, report_id = finalised
    real, seen = files._write_chunk, []

    def full_after_the_package(fh, chunk):
        if fh not in seen:
            seen.append(fh)
        if len(seen) > 1:  # the package is written; the stick is full for the next file
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fh, chunk)

    monkeypatch.setattr(files, "_write_chunk", full_after_the_package)
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(files.ExportFailed) as err:
        reports.export_report(leader, report_id, usb)
    text = err.value.render()
    zips = list(usb.glob("*.zip"))
    assert len(zips) == 1 and verify_package(zips[0]).manifest  # the package is there and valid …
    assert "Nothing was saved" not in text and zips[0].name in text and "saved" in text  # … and the message says so
    assert not list(usb.glob("*.pdf")) and not list(usb.glob(".*.part"))


def test_list_export_writes_formula_text_with_a_quote_prefix_not_an_apostrophe(tmp_path):
    import openpyxl

    from qms_desktop.exchange.list_export import export_rows

    path = export_rows(tmp_path / "ds.xlsx", "Danh sách", ["Nội dung", "Số"],
                       [["=1+1", 3], ["+84 912", -5], ["@SUM(A1)", 0], ["Bình thường\x01", 1]])
    ws = openpyxl.load_workbook(path).active
    assert [ws.cell(row=r, column=1).value for r in range(4, 8)] == ["=1+1", "+84 912", "@SUM(A1)", "Bình thường"]
    assert all(ws.cell(row=r, column=1).quotePrefix for r in range(4, 7))  # shown as typed, never evaluated
    assert ws.cell(row=5, column=2).value == -5 and ws.cell(row=4, column=1).data_type == "s"


def test_qms_list_tsv_neutralises_formula_text(db, monkeypatch, capsys):
    from qms_desktop import cli

    leader = set_up_leader(db)
    for name in ("=1+1", "@SUM(A1:A9)", "-2+3", "Tổ\tmột cửa"):
        records.create(leader, "unit", {"name": name})
    monkeypatch.setenv("QMS_USER", "lanhdao")
    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)
    assert cli.main(["--db", str(db.path), "list", "units"]) == 0
    cells = [line.split("\t")[1] for line in capsys.readouterr().out.splitlines()[1:]]
    assert sorted(cells) == sorted(["'=1+1", "'@SUM(A1:A9)", "'-2+3", "Tổ một cửa"])


@POSIX
def test_killed_backups_and_restores_leave_no_full_size_leftovers(db, tmp_path):
    set_up_leader(db)
    folder = tmp_path / "backups"
    folder.mkdir()
    kill_at_rename = (
        "import os, signal, sys\n"
        "real, calls = os.replace, []\n"
        "def replace(a, b):  # killed just before the rename of the copy (the backup's, or the restore's own)\n"
        "    calls.append(b)\n"
        "    if str(b).endswith('.sqlite') and (sys.argv[1] == 'backup' or str(b) == sys.argv[2]):\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    real(a, b)\n"
        "os.replace = replace\n"
        "from qms_desktop.services import backup\n"
        "from qms_desktop.storage.db import Database\n"
        "if sys.argv[1] == 'backup':\n"
        "    backup.backup_to(Database.open(sys.argv[2]), sys.argv[3])\n"
        "else:\n"
        "    from qms_desktop.services.context import Actor\n"
        "    backup.restore(sys.argv[2], sys.argv[3], actor=Actor('lanhdao', 'leader'),\n"
        "                   safety_folder=__import__('pathlib').Path(sys.argv[4]))\n")
    db.close()
    p = subprocess.run([sys.executable, "-c", kill_at_rename, "backup", str(db.path), str(folder)], capture_output=True)
    assert p.returncode == -signal.SIGKILL
    parts = list(folder.glob("qms-*.sqlite.part"))
    assert len(parts) == 1 and parts[0].stat().st_size > 50_000
    time.sleep(1.1)  # backups are named by the second
    opened = Database.open(db.path)
    good = backup.backup_to(opened, folder)
    opened.close()
    p = subprocess.run([sys.executable, "-c", kill_at_rename, "restore", str(db.path), str(good), str(tmp_path / "s")],
                       capture_output=True)
    assert p.returncode == -signal.SIGKILL, p.stderr
    restoring = db.path.with_name(db.path.name + ".restoring")
    assert restoring.stat().st_size > 50_000
    # The next start removes the dead restore's copy; a backup removes .part files nobody has
    # touched for a while (one being written is modified all the time).
    Database.open(db.path).close()
    assert not restoring.exists()
    fresh = folder / "qms-manual-20990101-000000.sqlite.part"
    fresh.write_bytes(b"\0" * 1000)  # another backup at work right now: kept
    hour_ago = time.time() - 3600
    os.utime(parts[0], (hour_ago, hour_ago))
    opened = Database.open(db.path)
    backup.backup_to(opened, folder)
    opened.close()
    assert not parts[0].exists() and fresh.exists()


def test_attachment_names_are_sanitised_and_programs_never_opened(db, qtbot, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from qms_desktop.ui.events import AppEvents
    from qms_desktop.ui.pages.base import UiEnv
    from qms_desktop.ui.runner import JobRunner
    from qms_desktop.ui.dialogs import prompts
    from qms_desktop.ui.widgets.attachments_panel import AttachmentsPanel

    leader = set_up_leader(db)
    nc = ncs.open_nc(leader, description="Hồ sơ kèm theo", detected_date="20/05/2026")
    names = ["..", "../../Windows/System32/evil.dll", "bi\x00en-ban.pdf", "x" * 300 + ".pdf",
             "Báo cáo \u202efdp.exe", "CON.txt", "C:\\Users\\a\\ảnh.png"]
    for name in names:
        attachments.attach(leader, "nonconformity", nc.id, filename=name, data=b"MZ\x90\x00 program" if "exe" in name
                           else b"%PDF-1.4 x")
    stored = [a.filename for a in attachments.list_attachments(leader, "nonconformity", nc.id)]
    assert stored[0] == "file" and stored[1] == "evil.dll" and stored[2] == "bien-ban.pdf"
    assert len(stored[3]) <= 120 and stored[3].endswith(".pdf")
    assert stored[4] == "Báo cáo fdp.exe" and stored[5] == "_CON.txt" and stored[6] == "ảnh.png"
    assert not any(c in n for n in stored for c in ("\x00", "\u202e", "/", "\\")) and ".." not in stored

    env = UiEnv(leader, JobRunner(None), AppEvents())
    panel = AttachmentsPanel(env, "nonconformity")
    qtbot.addWidget(panel)
    panel.set_owner(nc.id)
    opened, told = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(prompts, "info", lambda _parent, text, title=None: told.append(text))
    panel.list.setCurrentRow(4)  # the right-to-left "exe.pdf"
    target = panel.open_selected()
    assert opened == [] and told and target.name == "Báo cáo fdp.exe"
    panel.list.setCurrentRow(1)  # a .dll is a program too
    panel.open_selected()
    assert opened == []
    panel.list.setCurrentRow(3)
    target = panel.open_selected()
    assert opened == [str(target)] and target.suffix == ".pdf" and len(target.name) <= 120


def test_an_nc_dated_2100_is_refused(db):
    leader = set_up_leader(db)
    with pytest.raises(ValidationError) as err:
        ncs.open_nc(leader, description="Gõ nhầm năm", detected_date="01/01/2100")
    assert err.value.field == "detected_date"
    assert count(db.path, "nonconformity") == 0
    ncs.open_nc(leader, description="Đúng năm", detected_date="01/06/2026")
    assert [n.number for n in ncs.list_ncs(leader)] == ["01/2026"]


@POSIX
def test_qms_list_into_a_closed_pipe_exits_quietly(tmp_path):
    path = tmp_path / "pipe.sqlite"
    env = env_for(tmp_path / "data")
    r = subprocess.run([sys.executable, "-m", "qms_desktop.cli", "--db", str(path), "init", "--name", AGENCY,
                        "--province", "Tỉnh Lâm Đồng"], capture_output=True, text=True, env=env, timeout=180)
    assert r.returncode == 0, r.stderr
    read, write = os.pipe()
    os.close(read)  # like `| head` that has already exited
    p = subprocess.run([sys.executable, "-m", "qms_desktop.cli", "--db", str(path), "list", "users"], stdout=write,
                       stderr=subprocess.PIPE, text=True, env=env, timeout=180)
    os.close(write)
    assert p.stderr == "" and p.returncode == 0, p.stderr
