"""Where file dialogs open: the USB stick first for exports and backups, and the folder chosen last time.

A clerk exports the report and backs up to a USB stick; a dialog that opens in the program's folder
(the process's working directory) makes her hunt for the stick every time. ``choose_folder`` opens
on the removable drive that is plugged in (or the folder she chose last time, when it is on that
drive), lists the removable drives first in the side bar, and remembers her choice (QSettings,
per purpose: "export", "backup"). ``save_file`` opens in the folder used last (else Documents).
"""

from __future__ import annotations

import string
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QStorageInfo, QUrl
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

# Mount points of removable media on Linux desktops (udisks): /media/<user>/<label>, /run/media/<user>/<label>.
REMOVABLE_PREFIXES: tuple[str, ...] = ("/media/", "/run/media/")
_DRIVE_REMOVABLE = 2  # GetDriveTypeW


def mount_points() -> list[str]:
    """Root paths of the mounted, ready volumes."""
    return [v.rootPath() for v in QStorageInfo.mountedVolumes() if v.isValid() and v.isReady()]


def _windows_removable() -> list[Path]:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    out = []
    for i, letter in enumerate(string.ascii_uppercase):
        if mask >> i & 1:
            root = f"{letter}:\\"
            if kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) == _DRIVE_REMOVABLE:
                out.append(Path(root))
    return out


def removable_drives() -> list[Path]:
    """The removable drives plugged in now (USB sticks, memory cards), in drive-letter / path order."""
    if sys.platform == "win32":
        try:
            return _windows_removable()
        except (OSError, AttributeError):
            return []
    roots = sorted({p for p in mount_points() if p.startswith(REMOVABLE_PREFIXES) and Path(p).is_dir()})
    return [Path(p) for p in roots]


def documents_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def remembered(key: str) -> Path | None:
    value = str(QSettings().value(f"folders/{key}", "") or "")
    return Path(value) if value and Path(value).is_dir() else None


def remember(key: str, folder: str | Path) -> None:
    QSettings().setValue(f"folders/{key}", str(folder))


def _on(drive: Path, folder: Path) -> bool:
    try:
        folder.resolve().relative_to(drive.resolve())
    except ValueError:
        return False
    return True


def start_folder(key: str, *, removable_first: bool = True) -> Path:
    """Where a dialog for ``key`` opens: the remembered folder when it is on a plugged-in removable
    drive (or no removable drive is plugged in), else the first removable drive, else Documents."""
    last = remembered(key)
    drives = removable_drives() if removable_first else []
    if drives and not (last is not None and any(_on(d, last) for d in drives)):
        return drives[0]
    return last or documents_folder()


def choose_folder(parent: QWidget | None, title: str, key: str) -> str | None:
    """A folder for an export or a backup; removable drives first. None when the user cancels."""
    drives = removable_drives()
    start = start_folder(key)
    dlg = QFileDialog(parent, title)
    dlg.setObjectName(f"choose_folder_{key}")
    dlg.setFileMode(QFileDialog.FileMode.Directory)
    dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    side = [*drives]
    for extra in (remembered(key), documents_folder(), Path.home()):
        if extra is not None and extra not in side:
            side.append(extra)
    dlg.setSidebarUrls([QUrl.fromLocalFile(str(p)) for p in side])
    dlg.setDirectory(str(start))
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dlg.selectedFiles()
    folder = chosen[0] if chosen else dlg.directory().absolutePath()
    if folder:
        remember(key, folder)
    return folder or None


def save_file(parent: QWidget | None, title: str, default_name: str, name_filter: str,
              key: str = "export") -> str | None:
    """A file name to save to, starting in the folder used last for ``key`` (else Documents)."""
    start = start_folder(key, removable_first=False) / default_name
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start), name_filter)
    if not path:
        return None
    remember(key, Path(path).parent)
    return path
