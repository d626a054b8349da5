"""Run pynsist on installer.cfg, then makensis. Called by build.sh once everything is in place.

pynsist's own command line cannot take a computed ``exclude`` list or a version read from the
wheel, so this reads installer.cfg the way pynsist does, adds:
  - the version, from build/wheels/qms_desktop-<version>-*.whl (qms_desktop/__init__.py);
  - the installer's name, QMSDesktop-<version>-setup.exe;
  - the exclusions of build/excludes.txt (written by trim.py),
and calls makensis itself, telling it that the script is UTF-8 (it holds Vietnamese text).

Usage: python make_installer.py  → prints the path of the installer it wrote
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from nsist import InstallerBuilder, logger
from nsist.configreader import get_installer_builder_args, read_and_validate
from packaging.utils import parse_wheel_filename

HERE = Path(__file__).resolve().parent


def main() -> int:
    os.chdir(HERE)  # installer.cfg's paths are relative to this folder, as with pynsist
    logging.basicConfig(level=logging.WARNING, format="pynsist: %(message)s")
    logger.setLevel(logging.WARNING)

    args = get_installer_builder_args(read_and_validate("installer.cfg"))
    own = sorted(Path("build/wheels").glob("qms_desktop-*.whl"))
    if len(own) != 1:
        raise SystemExit(f"make_installer: expected one project wheel in build/wheels, found {own}")
    version = str(parse_wheel_filename(own[0].name)[1])
    args["version"] = version
    args["installer_name"] = f"QMSDesktop-{version}-setup.exe"
    args["exclude"] = args["exclude"] + Path("build/excludes.txt").read_text(encoding="utf-8").split()

    builder = InstallerBuilder(**args)
    if builder.run(makensis=False):
        return 1
    subprocess.run(["makensis", "-V2", "-INPUTCHARSET", "UTF8", "-OUTPUTCHARSET", "UTF8",
                    builder.nsi_file], check=True)
    print(HERE / builder.build_dir / builder.installer_name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
