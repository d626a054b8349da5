"""The layering the design fixes: the core imports no Qt; the CLI imports QtCore at most."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "qms_desktop"
CORE = ("domain", "storage", "services", "reports", "exchange")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
    return out


@pytest.mark.parametrize("layer", CORE)
def test_core_sources_never_import_qt(layer):
    offenders = [str(p.relative_to(PACKAGE)) for p in (PACKAGE / layer).rglob("*.py")
                 if any(m.startswith("PySide6") for m in _imports(p))]
    assert offenders == []


def test_core_sources_never_import_ui_or_roots():
    offenders = [str(p.relative_to(PACKAGE)) for layer in CORE for p in (PACKAGE / layer).rglob("*.py")
                 if any(m.startswith(("qms_desktop.ui", "qms_desktop.app", "qms_desktop.cli")) for m in _imports(p))]
    assert offenders == []


def test_storage_never_imports_services():
    offenders = [p.name for p in (PACKAGE / "storage").rglob("*.py")
                 if any(m.startswith("qms_desktop.services") for m in _imports(p))]
    assert offenders == []


def _loaded_after(code: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_importing_the_core_loads_no_qt():
    mods = _loaded_after("import qms_desktop.services.warnings, qms_desktop.services.tthc, "
                         "qms_desktop.services.procedures, qms_desktop.services.audits, qms_desktop.services.reviews, "
                         "qms_desktop.services.search, qms_desktop.services.check, qms_desktop.services.users")
    assert [m for m in mods if m.startswith("PySide6")] == []


def test_cli_loads_qtcore_at_most():
    mods = _loaded_after("import qms_desktop.cli as c\nc.main(['--version']) if False else None\n"
                         "from qms_desktop import cli_i18n; cli_i18n.load('vi')\n"
                         "import importlib\n[importlib.import_module(m) for m in c.EXTENSION_MODULES "
                         "if importlib.util.find_spec(m)]")
    qt = {m for m in mods if m.startswith("PySide6.Qt")}
    assert qt <= {"PySide6.QtCore"}
