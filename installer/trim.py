"""Decide which files of the Windows wheels the installed application needs.

Qt is trimmed by *keeping* what the application uses and excluding the rest: the PySide6
modules in ``KEEP_MODULES`` (plus the PySide6 modules they import), the Qt plugins in
``KEEP_PLUGINS``, and every DLL these load, found by reading the DLL import tables of the
Windows binaries themselves (``pefile``). Everything else in the PySide6 and shiboken6 wheels —
QML/Quick, 3D, Multimedia, Designer, the Qt tools (.exe), Qt's own translations (Qt ships no
Vietnamese; our .ts translates Qt's strings), headers, type stubs, software OpenGL, ffmpeg… —
becomes a pynsist ``exclude`` pattern. ``OTHER_EXCLUDES`` trims the other wheels.

A module the application starts to use must be added to ``KEEP_MODULES``: the Wine smoke test
imports every ``qms_desktop`` module from the installed copy and fails on a missing one.

Usage: python trim.py WHEEL_DIR OUT_FILE   (writes one exclude pattern per line, relative to
pynsist's build folder, e.g. ``pkgs/PySide6/Qt6Quick.dll``, and the Qt files kept to
OUT_FILE with the suffix .kept.txt)
"""

from __future__ import annotations

import posixpath
import re
import sys
import zipfile
from pathlib import Path

# The Qt modules the application imports (grep "from PySide6" qms_desktop), plus QtPdf/QtPdfWidgets
# (print preview) and QtSvg (SVG icons and images).
KEEP_MODULES = {
    "QtCore", "QtGui", "QtWidgets", "QtCharts", "QtPrintSupport",
    "QtPdf", "QtPdfWidgets", "QtSvg", "QtSvgWidgets",
}
# Plugins Qt loads at run time (not visible in import tables).
KEEP_PLUGINS = {
    "platforms/qwindows.dll",        # the Windows desktop
    "platforms/qoffscreen.dll",      # -platform offscreen (CI on a Windows runner, tests)
    "styles/qmodernwindowsstyle.dll",  # native Windows 10/11 look
    "imageformats/qico.dll", "imageformats/qjpeg.dll", "imageformats/qgif.dll",
    "imageformats/qsvg.dll", "iconengines/qsvgicon.dll",
}
# Pure data/Python files of PySide6/shiboken6 that are always kept (besides the .py files).
KEEP_ALWAYS = re.compile(r"^(PySide6|shiboken6)/([^/]+\.py|[^/]+\.json|py\.typed|support/.*\.py)$")

# Outside Qt: things no code path of the application loads.
OTHER_EXCLUDES = [
    "pkgs/*.pyi",                          # type stubs (pynsist's '*' also matches '/')
    "pkgs/*/__pycache__",                  # compiled at install time instead
    "pkgs/sqlalchemy/testing",             # SQLAlchemy's own test framework (pytest plugin)
    "pkgs/cffi/_embedding.h",
    "pkgs/PIL/*.h",
]

# Babel ships ~1,000 locale files (~30 MB); the application formats numbers in vi_VN (i18n.py).
BABEL_DATA = "babel/locale-data/"
KEEP_LOCALES = {"root", "vi", "vi_VN", "en", "en_001", "en_GB", "en_US", "en_US_POSIX"}

QT_PACKAGES = ("PySide6/", "shiboken6/")


def wheel_members(wheel_dir: Path) -> dict[str, zipfile.ZipFile]:
    """Every file of the PySide6/shiboken6 wheels, mapped to the wheel that holds it."""
    members: dict[str, zipfile.ZipFile] = {}
    for whl in sorted(wheel_dir.glob("*.whl")):
        if not re.match(r"(pyside6|shiboken6)", whl.name, re.I):
            continue
        zf = zipfile.ZipFile(whl)
        for name in zf.namelist():
            if name.startswith(QT_PACKAGES) and not name.endswith("/"):
                members[name] = zf
    return members


def pe_imports(data: bytes) -> set[str]:
    import pefile  # build tool only (installer/requirements-build.txt)

    pe = pefile.PE(data=data, fast_load=True)
    pe.parse_data_directories(directories=[
        pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"],
        pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT"],
    ])
    names = set()
    for attr in ("DIRECTORY_ENTRY_IMPORT", "DIRECTORY_ENTRY_DELAY_IMPORT"):
        for entry in getattr(pe, attr, []):
            names.add(entry.dll.decode("ascii", "replace").lower())
    return names


def keep_set(members: dict[str, zipfile.ZipFile]) -> set[str]:
    # DLLs that may satisfy an import: top-level DLLs of PySide6 and shiboken6, by lower-case name.
    # Both folders ship the MSVC runtime (msvcp140.dll…): keep every copy, since which one Windows
    # finds depends on the folder of the module being loaded.
    dlls: dict[str, list[str]] = {}
    for n in members:
        if n.lower().endswith(".dll") and n.count("/") == 1:
            dlls.setdefault(posixpath.basename(n).lower(), []).append(n)

    modules = set(KEEP_MODULES)
    # PySide6 modules import other PySide6 modules by name; follow those too.
    todo = list(modules)
    while todo:
        mod = todo.pop()
        name = f"PySide6/{mod}.pyd"
        if name not in members:
            raise SystemExit(f"trim.py: {name} is not in the wheels (KEEP_MODULES is out of date)")
        for other in re.findall(rb"PySide6\.(Qt\w+)", members[name].read(name)):
            other = other.decode()
            if other not in modules and f"PySide6/{other}.pyd" in members:
                modules.add(other)
                todo.append(other)

    keep = {n for n in members if KEEP_ALWAYS.match(n)}
    keep |= {f"PySide6/{m}.pyd" for m in modules}
    keep |= {n for n in members if n.startswith("shiboken6/") and n.endswith(".pyd")}
    for plugin in KEEP_PLUGINS:
        name = f"PySide6/plugins/{plugin}"
        if name not in members:
            raise SystemExit(f"trim.py: {name} is not in the wheels (KEEP_PLUGINS is out of date)")
        keep.add(name)

    # Close over the DLL import tables.
    todo = [n for n in keep if n.endswith((".pyd", ".dll"))]
    seen = set(todo)
    while todo:
        name = todo.pop()
        for dll in pe_imports(members[name].read(name)):
            for target in dlls.get(dll, []):
                if target not in seen:
                    seen.add(target)
                    keep.add(target)
                    todo.append(target)
    return keep


def prefix_patterns(names: set[str], kept: set[str], prefix: str = "") -> list[str]:
    """Short glob patterns ('e[!n]…' is not possible in fnmatch, so 'ea*', 'ee*'…) that match
    every name in ``names`` except those in ``kept``."""
    if not any(k.startswith(prefix) for k in kept):
        return [prefix + "*"] if any(n.startswith(prefix) for n in names) else []
    out = []
    if prefix in names and prefix not in kept:
        out.append(prefix)
    for ch in sorted({n[len(prefix)] for n in names if n.startswith(prefix) and len(n) > len(prefix)}):
        out += prefix_patterns(names, kept, prefix + ch)
    return out


def babel_excludes(wheel_dir: Path) -> list[str]:
    for whl in wheel_dir.glob("babel-*.whl"):
        with zipfile.ZipFile(whl) as zf:
            names = {n[len(BABEL_DATA):] for n in zf.namelist()
                     if n.startswith(BABEL_DATA) and n.endswith(".dat")}  # LICENSE.unicode stays
        kept = {f"{loc}.dat" for loc in KEEP_LOCALES}
        missing = kept - names
        if missing:
            raise SystemExit(f"trim.py: Babel has no {sorted(missing)} (KEEP_LOCALES is out of date)")
        return [f"pkgs/{BABEL_DATA}{p}" for p in prefix_patterns(names, kept)]
    return []


def collapse(excluded: set[str], kept: set[str]) -> list[str]:
    """Exclude whole folders where nothing in them is kept, to keep the pattern list short."""
    kept_dirs = set()
    for n in kept:
        parts = n.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            kept_dirs.add("/".join(parts[:i]))
    out = set()
    for n in excluded:
        parts = n.split("/")
        # the shallowest folder of n that holds nothing kept
        for i in range(2, len(parts)):
            folder = "/".join(parts[:i])
            if folder not in kept_dirs:
                out.add(folder)
                break
        else:
            out.add(n)
    return sorted(out)


def main(argv: list[str]) -> int:
    wheel_dir, out_file = Path(argv[1]), Path(argv[2])
    members = wheel_members(wheel_dir)
    if not members:
        raise SystemExit(f"trim.py: no PySide6 wheels in {wheel_dir}")
    keep = keep_set(members)
    excluded = set(members) - keep
    patterns = [f"pkgs/{p}" for p in collapse(excluded, keep)] + babel_excludes(wheel_dir) + OTHER_EXCLUDES
    out_file.write_text("\n".join(patterns) + "\n", encoding="utf-8")
    size = lambda names: sum(members[n].getinfo(n).file_size for n in names)  # noqa: E731
    print(f"trim.py: Qt/PySide6 keeps {len(keep)} files ({size(keep) / 1e6:.1f} MB), "
          f"excludes {len(excluded)} ({size(excluded) / 1e6:.1f} MB) in {len(patterns)} patterns")
    out_file.with_suffix(".kept.txt").write_text("\n".join(sorted(keep)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
