"""The set of Windows wheels that goes into the installer.

    wheelset.py lock WHEEL_DIR          print a hash-pinned lock of every wheel in WHEEL_DIR
                                        except the project's own (used by lock.sh)
    wheelset.py select LOCK CACHE OUT   copy exactly the locked wheels from CACHE to OUT,
                                        checking each file's SHA-256
    wheelset.py check WHEEL_DIR         every requirement of the project's wheel, and of those
                                        it pulls in, evaluated for 64-bit Windows and
                                        CPython 3.11, is met by a wheel in WHEEL_DIR
    wheelset.py missing WHEEL_DIR       print the requirements ``check`` finds without a wheel
                                        (Windows-only ones such as tzlocal's tzdata), one per
                                        line, for lock.sh to download

``pip download --platform`` evaluates environment markers such as ``sys_platform ==
'win32'`` for the machine it runs on (Linux), so a Windows-only dependency could be missing
without ``check``.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

PROJECT = "qms-desktop"
WINDOWS_311 = {
    "os_name": "nt", "sys_platform": "win32", "platform_system": "Windows",
    "platform_machine": "AMD64", "platform_release": "10", "platform_version": "10.0.19045",
    "python_version": "3.11", "python_full_version": "3.11.9",
    "implementation_name": "cpython", "implementation_version": "3.11.9",
    "platform_python_implementation": "CPython",
}


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def wheels(folder: Path) -> dict[str, tuple[str, Path]]:
    """canonical name -> (version, path)"""
    out: dict[str, tuple[str, Path]] = {}
    for whl in sorted(folder.glob("*.whl")):
        name, version, _build, _tags = parse_wheel_filename(whl.name)
        if name in out:
            raise SystemExit(f"wheelset: two wheels of {name} in {folder}")
        out[name] = (str(version), whl)
    return out


def metadata(whl: Path):
    with zipfile.ZipFile(whl) as zf:
        name = next(n for n in zf.namelist() if re.fullmatch(r"[^/]+\.dist-info/METADATA", n))
        return Parser().parsestr(zf.read(name).decode("utf-8"))


def cmd_lock(folder: Path) -> int:
    print("# Windows (win_amd64, CPython 3.11) wheels of every runtime dependency of the project,")
    print("# pinned with their SHA-256. Made by installer/lock.sh: rerun it after changing the")
    print("# dependencies in pyproject.toml (build.sh says so when this file falls behind).")
    for name, (version, path) in sorted(wheels(folder).items()):
        if name != PROJECT:
            print(f"{name}=={version} --hash=sha256:{sha256(path)}")
    return 0


def cmd_select(lock: Path, cache: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    by_name: dict[str, list[Path]] = {}
    for whl in cache.glob("*.whl"):
        by_name.setdefault(parse_wheel_filename(whl.name)[0], []).append(whl)
    for line in lock.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"(\S+)==(\S+)\s+--hash=sha256:([0-9a-f]{64})", line)
        if not m:
            raise SystemExit(f"wheelset: bad lock line: {line}")
        name, want = canonicalize_name(m[1]), m[3]
        found = [p for p in by_name.get(name, []) if sha256(p) == want]
        if not found:
            raise SystemExit(f"wheelset: no wheel of {m[1]}=={m[2]} with the locked SHA-256 in {cache}")
        shutil.copy2(found[0], out / found[0].name)
    return 0


def _walk(folder: Path) -> tuple[dict, set, list[str], list[str]]:
    have = wheels(folder)
    needed, problems, absent = set(), [], []
    todo = [(PROJECT, frozenset())]
    while todo:
        name, extras = todo.pop()
        if (name, extras) in needed:
            continue
        needed.add((name, extras))
        version, path = have[name]
        for text in metadata(path).get_all("Requires-Dist") or []:
            req = Requirement(text)
            if req.marker and not any(req.marker.evaluate({**WINDOWS_311, "extra": e})
                                      for e in (extras or {""})):
                continue
            dep = canonicalize_name(req.name)
            if dep not in have:
                problems.append(f"{name} {version} needs {req} (no wheel)")
                absent.append(f"{req.name}{req.specifier}")
            elif not req.specifier.contains(have[dep][0], prereleases=True):
                problems.append(f"{name} {version} needs {req}, the wheel is {have[dep][0]}")
            else:
                todo.append((dep, frozenset(req.extras)))
    return have, needed, problems, absent


def cmd_missing(folder: Path) -> int:
    for spec in sorted(set(_walk(folder)[3])):
        print(spec)
    return 0


def cmd_check(folder: Path) -> int:
    have = wheels(folder)
    if PROJECT not in have:
        raise SystemExit(f"wheelset: the project's wheel is not in {folder}")
    needed, problems = set(), []
    todo = [(PROJECT, frozenset())]
    while todo:
        name, extras = todo.pop()
        if (name, extras) in needed:
            continue
        needed.add((name, extras))
        version, path = have[name]
        for text in metadata(path).get_all("Requires-Dist") or []:
            req = Requirement(text)
            if req.marker and not any(req.marker.evaluate({**WINDOWS_311, "extra": e})
                                      for e in (extras or {""})):
                continue
            dep = canonicalize_name(req.name)
            if dep not in have:
                problems.append(f"{name} {version} needs {req} (no wheel)")
            elif not req.specifier.contains(have[dep][0], prereleases=True):
                problems.append(f"{name} {version} needs {req}, the wheel is {have[dep][0]}")
            else:
                todo.append((dep, frozenset(req.extras)))
    unused = sorted(set(have) - {n for n, _ in needed})
    for p in problems:
        print(f"wheelset: {p}", file=sys.stderr)
    if unused:
        print(f"wheelset: wheels nothing needs: {', '.join(unused)}", file=sys.stderr)
    if problems or unused:
        print("wheelset: installer/requirements-win.txt does not match pyproject.toml: "
              "run installer/lock.sh", file=sys.stderr)
        return 1
    print(f"wheelset: {len(have)} wheels, every requirement met for Windows x64 / CPython 3.11")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[1] == "lock":
        return cmd_lock(Path(argv[2]))
    if len(argv) == 5 and argv[1] == "select":
        return cmd_select(Path(argv[2]), Path(argv[3]), Path(argv[4]))
    if len(argv) == 3 and argv[1] == "check":
        return cmd_check(Path(argv[2]))
    if len(argv) == 3 and argv[1] == "missing":
        return cmd_missing(Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
