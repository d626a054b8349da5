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
    mods = _loaded_after("import qms_desktop.cli as c\nc.build_parser()\n"
                         "from qms_desktop.cli import i18n; i18n.load('vi')\n")
    assert "qms_desktop.cli.inspect" in mods  # every command module was loaded
    qt = {m for m in mods if m.startswith("PySide6.Qt")}
    assert qt <= {"PySide6.QtCore"}


def _cli_cycle_offenders(folder: Path) -> list[str]:
    """Modules of the command-line package that import the package itself (its ``__init__``): ``import
    qms_desktop.cli``, ``from qms_desktop import cli`` or ``from qms_desktop.cli import NAME`` where NAME is not
    one of its modules. The ``__init__`` builds the parser from the command modules, so that is a cycle."""
    modules = {p.stem for p in folder.glob("*.py")}
    offenders = []
    for path in sorted(folder.glob("*.py")):
        if path.name in ("__init__.py", "__main__.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                bad = [a.name for a in node.names if a.name == "qms_desktop.cli"]
            elif isinstance(node, ast.ImportFrom) and node.level:
                bad = [f"relative import of level {node.level}"]
            elif isinstance(node, ast.ImportFrom) and node.module == "qms_desktop":
                bad = [a.name for a in node.names if a.name == "cli"]
            elif isinstance(node, ast.ImportFrom) and node.module == "qms_desktop.cli":
                bad = [a.name for a in node.names if a.name not in modules]
            else:
                continue
            offenders += [f"{path.name}:{node.lineno} {name}" for name in bad]
    return offenders


def test_no_cli_module_imports_the_cli_package():
    assert (PACKAGE / "cli" / "__init__.py").exists() and not (PACKAGE / "cli.py").exists()
    assert _cli_cycle_offenders(PACKAGE / "cli") == []


def test_the_cycle_check_finds_a_cycle(tmp_path):
    (tmp_path / "__init__.py").write_text("from qms_desktop.cli import common\n", encoding="utf-8")
    (tmp_path / "common.py").write_text("T = None\n", encoding="utf-8")
    (tmp_path / "a.py").write_text("def f():\n    from qms_desktop import cli\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("from qms_desktop.cli import common, main\n", encoding="utf-8")
    (tmp_path / "c.py").write_text("import qms_desktop.cli\nfrom . import common\n", encoding="utf-8")
    assert _cli_cycle_offenders(tmp_path) == ["a.py:2 cli", "b.py:1 main", "c.py:1 qms_desktop.cli",
                                              "c.py:2 relative import of level 1"]
