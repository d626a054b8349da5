"""`qms import tthc` of a decision whose title touches the header row (QA F2)."""

import json
import sys
from pathlib import Path

from test_cli import qms

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exchange"))
from test_tthc_title_rows import _decision, _sample_with_subtitle


def _codes(db) -> dict[str, dict]:
    rows = json.loads(qms("--db", str(db), "list", "tthc", "--format", "json").stdout)
    return {r["code"]: r for r in rows}


def test_a_decision_below_its_title_abolishes_and_never_writes_row_numbers(inited, tmp_path):
    r = qms("--lang", "en", "--db", str(inited), "import", "tthc", str(_sample_with_subtitle(tmp_path)))
    assert r.returncode == 0, r.stderr
    assert "No national code yet" not in r.stderr and "--confirm-no-code" not in r.stdout
    codes = _codes(inited)
    assert len(codes) == 28 and {c["legal_basis"] for c in codes.values()} == {""}
    assert not any(c.startswith("TAM-") for c in codes)

    r = qms("--lang", "en", "--db", str(inited), "import", "tthc", str(_decision(tmp_path / "d1.xlsx", False)))
    assert r.returncode == 0, r.stderr
    assert "No national code yet" not in r.stderr
    assert "Decision 45/QĐ-UBND of 10/11/2026: 1 abolished" in r.stdout
    assert "1.009137: Legal time limit changed" in r.stdout  # the field by its caption, not time_limit (QA 10)
    added = [line for line in r.stderr.splitlines() if "Not in the register yet: added with the amended content" in line]
    assert len(added) == (len(_codes(inited)) - 28), r.stderr  # an amended TTHC not in the register is said, not silent
    codes = _codes(inited)
    assert (codes["1.009174"]["status"], codes["1.009174"]["in_scope"]) == ("abolished", False)
    assert codes["1.009137"]["legal_basis"] == "" and len(codes) <= 29
