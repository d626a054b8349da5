"""Where things live: the user's data folder (platformdirs) and the bundled resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "QMSDesktop"
_PACKAGE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """Per-user data folder (e.g. %LOCALAPPDATA%\\QMSDesktop on Windows); QMS_DATA_DIR overrides it."""
    override = os.environ.get("QMS_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return path


def default_db_path() -> Path:
    return Path(os.environ["QMS_DB"]) if os.environ.get("QMS_DB") else data_dir() / "qms.sqlite"


def demo_db_path() -> Path:
    return data_dir() / "demo" / "qms-demo.sqlite"


def backups_dir() -> Path:
    return data_dir() / "backups"


def _root(name: str) -> Path:
    # Installed wheel / Windows build: mapped into the package. Source checkout: top-level folder.
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def resource_path(*parts: str) -> Path:
    return _root("resources").joinpath(*parts)


def translations_dir() -> Path:
    return _root("translations")
