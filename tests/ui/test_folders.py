"""Export and backup folder dialogs open on the USB stick and remember the folder (issue 9, item 10)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from qms_desktop.ui import folders
from qms_desktop.ui.main_window import MainWindow


@pytest.fixture
def usb(tmp_path, monkeypatch) -> Path:
    """A USB stick mounted the way udisks mounts one (/media/<user>/<label>), under a test root."""
    media = tmp_path / "media"
    stick = media / "lan" / "KINGSTON"
    stick.mkdir(parents=True)
    monkeypatch.setattr(folders, "REMOVABLE_PREFIXES", (str(media) + "/",))
    monkeypatch.setattr(folders, "mount_points", lambda: ["/", str(tmp_path / "data-disk"), str(stick)])
    return stick


@pytest.fixture
def dialogs(monkeypatch):
    """Every folder dialog opened: its start folder and side bar; it answers with ``answer[0]``."""
    seen: list[dict] = []
    answer: list[Path | None] = [None]

    def fake_exec(self) -> int:
        seen.append({"directory": Path(self.directory().absolutePath()),
                     "sidebar": [Path(u.toLocalFile()) for u in self.sidebarUrls()],
                     "directories_only": self.fileMode() == QFileDialog.FileMode.Directory})
        if answer[0] is None:
            return int(QDialog.DialogCode.Rejected)
        self.setDirectory(str(answer[0]))
        self.selectFile(str(answer[0]))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    return seen, answer


def test_the_backup_dialog_opens_on_the_usb_stick_and_remembers(qtbot, env, usb, dialogs, monkeypatch):
    seen, answer = dialogs
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    window = MainWindow(env, db_path=env.ctx.db.path)
    qtbot.addWidget(window)
    window.show()
    target = usb / "SaoLuu"
    target.mkdir()
    answer[0] = target
    window.actions_.backup.trigger()  # Tệp → Sao lưu…
    first = seen[-1]
    assert first["directories_only"]
    assert first["directory"] == usb  # not the program folder
    assert first["sidebar"][0] == usb  # removable drives first
    assert list(target.glob("qms-manual-*.sqlite")) and shown  # written and verified there
    # next time: the folder chosen, on the stick
    answer[0] = None
    window.actions_.backup.trigger()
    assert seen[-1]["directory"] == target
    assert seen[-1]["sidebar"][:2] == [usb, target]
    # the stick is removed: Documents (never the program folder)
    shutil.rmtree(usb)
    window.actions_.backup.trigger()
    assert seen[-1]["directory"] == folders.documents_folder()
    window.close()


def test_the_report_export_dialog_prefers_the_stick_over_an_old_folder(qtbot, usb, dialogs, tmp_path):
    from PySide6.QtWidgets import QWidget

    from qms_desktop.ui.pages import reports_page

    seen, answer = dialogs
    parent = QWidget()
    qtbot.addWidget(parent)
    old = tmp_path / "Documents" / "BaoCao"
    old.mkdir(parents=True)
    folders.remember("export", old)  # last time she exported to the hard disk
    answer[0] = usb
    assert reports_page.pick_folder(parent, "Xuất báo cáo") == str(usb)
    assert seen[-1]["directory"] == usb  # the stick plugged in now comes first
    assert old in seen[-1]["sidebar"]  # the old folder is still offered
    assert folders.remembered("export") == usb
    answer[0] = None
    assert reports_page.pick_folder(parent, "Xuất báo cáo") is None  # cancelled


def test_excel_exports_open_in_the_folder_used_last(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QWidget

    asked = []
    target = tmp_path / "XuatExcel"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _p, _t, start, _f: (asked.append(start) or str(target / "DanhSach.xlsx"), ""))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert folders.save_file(parent, "Xuất Excel", "DanhSach.xlsx", "*.xlsx") == str(target / "DanhSach.xlsx")
    assert Path(asked[0]).parent == folders.documents_folder()
    folders.save_file(parent, "Xuất Excel", "TTHC.xlsx", "*.xlsx")
    assert asked[1] == str(target / "TTHC.xlsx")
    assert QUrl.fromLocalFile(asked[1]).isLocalFile()


def test_the_folder_chooser_speaks_vietnamese(qtbot, usb, tmp_path):
    """QA 45 F2: Qt's own folder dialog (offscreen, and wherever the native one is not used) said "Look in:",
    "Files of type:" and "Folder" in the Vietnamese window: Qt 6 asks with mnemonics and disambiguations."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QTreeView

    from qms_desktop.ui import translations

    (usb / "BaoCao").mkdir()
    translations.install("vi")
    seen: dict[str, list[str]] = {}

    def look() -> None:
        dlg = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
        view = next(v for v in dlg.findChildren(QTreeView) if v.isVisible() and v.model() is not None)
        model = view.model()
        qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) > 0)
        seen["labels"] = [w.text() for w in dlg.findChildren(QLabel) if w.isVisible() and w.text()]
        seen["headers"] = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        seen["types"] = [model.index(r, 2, view.rootIndex()).data() for r in range(model.rowCount(view.rootIndex()))]
        dlg.reject()

    QTimer.singleShot(0, look)
    try:
        assert folders.choose_folder(None, "Xuất báo cáo vào (ví dụ: USB)", "export") is None
    finally:
        translations.install("vi")
    assert seen["labels"] and seen["headers"] and seen["types"], seen
    shown = " | ".join(seen["labels"] + seen["headers"] + seen["types"])
    for english in ("Look in", "Files of", "Folder", "Name", "Type", "Date Modified", "Directory"):
        assert english not in shown, shown
    assert "&Tìm trong:" in seen["labels"] and "Thư mục" in seen["types"], shown
