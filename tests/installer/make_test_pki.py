"""Write a throwaway CA and two .pfx files for the Wine smoke test's signing step (a TEST helper).

    python tests/installer/make_test_pki.py OUT_DIR PASSWORD

OUT_DIR/official.pfx (the chairman), OUT_DIR/agency.pfx (the commune), OUT_DIR/trust/root.cer.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))

from pki_helpers import make_pki, write_pfx


def main(out: str, password: str) -> int:
    folder = Path(out)
    (folder / "trust").mkdir(parents=True, exist_ok=True)
    pki = make_pki()
    write_pfx(folder / "official.pfx", pki.official, [pki.intermediate, pki.root], password)
    write_pfx(folder / "agency.pfx", pki.agency, [pki.intermediate, pki.root], password)
    (folder / "trust" / "root.cer").write_bytes(pki.root.pem)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
