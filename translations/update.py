"""Refresh the catalogs: extract strings with pyside6-lupdate, then build the .qm files.

    python translations/update.py          # lupdate + lrelease
    python translations/update.py --check  # exit 1 if a .ts is out of date with the sources

Existing translations are kept by lupdate; new strings arrive as type="unfinished" and the test
tests/i18n/test_translations.py fails until they are translated (edit the .ts with Qt Linguist,
`pyside6-linguist translations/qms_desktop_vi.ts`, or any XML editor).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("vi", "en")


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "qms_desktop").rglob("*.py"))


def lupdate(ts_files: list[Path]) -> None:
    subprocess.run([_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources(), "-ts",
                    *map(str, ts_files)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def lrelease() -> None:
    for lang in LANGS:
        ts = ROOT / "translations" / f"qms_desktop_{lang}.ts"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    targets = [ROOT / "translations" / f"qms_desktop_{lang}.ts" for lang in LANGS]
    if "--check" in sys.argv:
        with tempfile.TemporaryDirectory() as d:
            copies = [Path(d) / t.name for t in targets]
            for t, c in zip(targets, copies):
                shutil.copy(t, c)
            lupdate(copies)
            stale = [t.name for t, c in zip(targets, copies) if t.read_bytes() != c.read_bytes()]
        if stale:
            print("out of date: " + ", ".join(stale) + " — run python translations/update.py")
            return 1
        return 0
    for t in targets:
        if not t.exists():
            lang = t.stem.rsplit("_", 1)[1]
            t.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{lang}">\n</TS>\n',
                         encoding="utf-8")
    lupdate(targets)
    lrelease()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
