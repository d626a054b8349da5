"""Every fixed wording a module uses exists (a name removed as "unused" once broke the inspection forms)."""

from __future__ import annotations

import re
from pathlib import Path

from qms_desktop.reports import wording, wording_office

PACKAGE = Path(__file__).resolve().parents[2] / "qms_desktop"
ALIASES = {"W": wording, "O": wording_office}


def test_every_wording_name_used_is_defined():
    missing = []
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for alias, module in ALIASES.items():
            if f"import {module.__name__.rsplit('.', 1)[1]} as {alias}" not in text:
                continue
            for name in set(re.findall(rf"\b{alias}\.([A-Z][A-Z0-9_]+)\b", text)):
                if not hasattr(module, name):
                    missing.append(f"{path.relative_to(PACKAGE)}: {alias}.{name}")
    assert not missing, missing
