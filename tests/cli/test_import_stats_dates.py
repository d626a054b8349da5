"""`qms report import-stats` refuses a period that has not ended (QA qa7 #4) and names an impossible date the sheet
states (QA qa7 #5). `qms` runs as a child process on the real today, so the dates are counted from it."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import openpyxl
import pytest
from qms_process import run_qms

USER, PASSWORD = "thuky", "Mat-khau-2026!"
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ket_qua_tthc_theo_linh_vuc.xlsx"


def qms(*args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QMS_") or k == "QMS_DATA_DIR"}
    env.update(QMS_USER=USER, QMS_PASSWORD=PASSWORD)
    return run_qms(list(args), env=env, stdin=subprocess.DEVNULL, timeout=120)


@pytest.fixture
def commune(tmp_path, inited_file) -> str:
    from qms_desktop.storage.db import backup_copy

    return str(backup_copy(inited_file, tmp_path / "xa.sqlite"))  # what `qms init` set up (tests/cli/conftest.py)


def _sheet(tmp_path, period: str) -> str:
    wb = openpyxl.load_workbook(FIXTURE)
    wb.active["A5"] = f"Kỳ báo cáo: ({period})"
    path = tmp_path / "ky.xlsx"
    wb.save(path)
    return str(path)


def _listed(commune: str) -> str:
    r = qms("--db", commune, "list", "stats", "--format", "json")
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def test_a_period_that_has_not_ended_is_refused(commune, tmp_path):
    today = dt.date.today()
    fmt = "%d/%m/%Y"
    first, last = today + dt.timedelta(days=29), today + dt.timedelta(days=210)
    for extra in (("--dry-run",), ()):
        r = qms("--db", commune, "--lang", "en", "report", "import-stats", str(FIXTURE), "--from", first.strftime(fmt),
                "--to", last.strftime(fmt), *extra)
        assert r.returncode == 1, r.stderr
        assert f"ends on {last.strftime(fmt)}, after today ({today.strftime(fmt)})" in r.stderr
        assert "Imported" not in r.stderr
    # begun but not ended: the sheet states it
    begun, ends = today - dt.timedelta(days=170), today + dt.timedelta(days=11)
    sheet = _sheet(tmp_path, f"Từ ngày {begun.strftime(fmt)} đến ngày {ends.strftime(fmt)}")
    r = qms("--db", commune, "report", "import-stats", sheet)
    assert r.returncode == 1 and ends.strftime(fmt) in r.stderr and "Lỗi không mong muốn" not in r.stderr, r.stderr
    assert _listed(commune) == "[]"
    # ended today: imported
    sheet = _sheet(tmp_path, f"Từ ngày {begun.strftime(fmt)} đến ngày {today.strftime(fmt)}")
    r = qms("--db", commune, "report", "import-stats", sheet)
    assert r.returncode == 0 and "Đã nhập 8 lĩnh vực" in r.stderr, r.stderr


def test_an_impossible_date_in_the_sheet_is_named(commune, tmp_path):
    sheet = _sheet(tmp_path, "Từ ngày 31/02/2026 đến ngày 14/06/2026")
    r = qms("--db", commune, "--lang", "en", "report", "import-stats", sheet)
    assert r.returncode == 1
    assert "31/02/2026 is not a valid date" in r.stderr and "does not state its period" not in r.stderr, r.stderr
    r = qms("--db", commune, "report", "import-stats", sheet)  # Vietnamese: not the misleading "Bảng không ghi kỳ"
    assert r.returncode == 1 and "31/02/2026" in r.stderr and "Bảng không ghi kỳ số liệu" not in r.stderr, r.stderr
    r = qms("--db", commune, "report", "import-stats", sheet, "--from", "15/12/2025", "--to", "14/06/2026")
    assert r.returncode == 0, r.stderr
