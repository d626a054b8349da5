"""`qms report import-stats`: detail rows are not fields (QA F7); another commune's sheet is refused (QA F8b)."""

import json
import sys
from pathlib import Path

from test_cli import qms

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exchange"))
from test_portal_stats_details_and_unit import FIXTURE, with_details


def _init(path: Path, name: str) -> str:
    r = qms("--db", str(path), "init", "--name", name, "--province", "Tỉnh Lâm Đồng")
    assert r.returncode == 0, r.stderr
    return str(path)


def _stats(db: str) -> list:
    r = qms("--db", db, "list", "stats", "--format", "json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout or "[]")


def test_another_communes_sheet_is_refused_and_the_own_one_imported(tmp_path):
    other = _init(tmp_path / "hb.sqlite", "Ủy ban nhân dân xã Hòa Bình")
    for extra in (["--dry-run"], []):
        r = qms("--lang", "en", "--db", other, "report", "import-stats", str(FIXTURE), *extra)
        assert r.returncode == 1, r.stdout + r.stderr
        assert "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ" in r.stderr and "Ủy ban nhân dân xã Hòa Bình" in r.stderr
    assert _stats(other) == []

    own = _init(tmp_path / "tp.sqlite", "Ủy ban nhân dân xã Tân Phú")
    r = qms("--lang", "en", "--db", own, "report", "import-stats", str(with_details(tmp_path)))
    assert r.returncode == 0, r.stderr
    assert "Imported 8 fields" in r.stderr  # "1.1", "1.2" under Hộ tịch are not fields
    [stat] = _stats(own)
    assert 1543 in stat.values() and 2298 not in stat.values()
