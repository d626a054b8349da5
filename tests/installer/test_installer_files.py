"""Static checks of the Windows installer's files (installer/): no network, no Wine, no NSIS.

The installer itself is built and smoke-tested by installer/ci.sh (build.sh + smoke_wine.sh).
"""

from __future__ import annotations

import configparser
import fnmatch
import importlib.util
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"installer_{name}", INSTALLER / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _locked() -> dict[str, str]:
    out = {}
    for line in (INSTALLER / "requirements-win.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, rest = line.split("==", 1)
            out[canonicalize_name(name)] = rest.split()[0]
            assert re.search(r"--hash=sha256:[0-9a-f]{64}$", line), line
    return out


def test_every_dependency_of_pyproject_is_locked_for_windows():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    locked = _locked()
    stale = []
    for text in deps:
        req = Requirement(text)
        version = locked.get(canonicalize_name(req.name))
        if version is None or not req.specifier.contains(version, prereleases=True):
            stale.append(f"{req} (locked: {version})")
    assert not stale, f"installer/requirements-win.txt is stale, run installer/lock.sh: {stale}"


def test_installer_cfg_entry_points_match_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    cfg = configparser.ConfigParser(interpolation=None)
    cfg.read(INSTALLER / "installer.cfg", encoding="utf-8")
    assert cfg["Application"]["entry_point"] == project["gui-scripts"]["qms-desktop"]
    assert cfg["Command qms"]["entry_point"] == project["scripts"]["qms"]
    assert cfg["Python"]["bitness"] == "64"
    assert cfg["Build"]["nsi_template"] == "qms.nsi"


def test_nsis_template_is_64_bit_bilingual_per_user_and_keeps_the_data():
    nsi = (INSTALLER / "qms.nsi").read_text(encoding="utf-8")
    assert "Target amd64-unicode" in nsi
    assert '!insertmacro MUI_LANGUAGE "Vietnamese"' in nsi and '!insertmacro MUI_LANGUAGE "English"' in nsi
    assert "!define MULTIUSER_EXECUTIONLEVEL Standard" in nsi  # never asks for administrator rights
    assert "!define MULTIUSER_INSTALLMODE_COMMANDLINE" in nsi  # /CurrentUser, /AllUsers
    assert '$DESKTOP\\[[scname]].lnk' in nsi and '$SMPROGRAMS\\[[scname]].lnk' in nsi
    uninstall = nsi[nsi.index('Section "Uninstall"'):].split("SectionEnd")[0]
    commands = [line for line in uninstall.splitlines() if not line.strip().startswith(";")]
    assert not [c for c in commands if "QMSDesktop" in c or "LOCALAPPDATA" in c.upper()], \
        "the uninstaller must never touch the user's data folder"
    # every LangString exists in both languages
    names = re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", nsi, re.M)
    by_name: dict[str, set[str]] = {}
    for name, lang in names:
        by_name.setdefault(name, set()).add(lang)
    assert by_name and all(langs == {"VIETNAMESE", "ENGLISH"} for langs in by_name.values()), by_name


def test_prefix_patterns_exclude_exactly_the_unkept_names():
    trim = _load("trim")
    names = {"root.dat", "vi.dat", "vi_VN.dat", "vun.dat", "en.dat", "en_US.dat", "en_AU.dat",
             "ro.dat", "ro_MD.dat", "rof.dat", "es.dat", "fr.dat", "zh_Hant.dat"}
    kept = {"root.dat", "vi.dat", "vi_VN.dat", "en.dat", "en_US.dat"}
    patterns = trim.prefix_patterns(names, kept)
    for name in names:
        excluded = any(fnmatch.fnmatchcase(name, p) for p in patterns)
        assert excluded == (name not in kept), (name, patterns)


def test_babel_keeps_the_locales_the_application_formats_with():
    trim = _load("trim")
    i18n = (ROOT / "qms_desktop" / "i18n.py").read_text(encoding="utf-8")
    for locale in set(re.findall(r'locale="(\w+)"', i18n)):
        assert locale in trim.KEEP_LOCALES, f"add {locale} to KEEP_LOCALES in installer/trim.py"
