"""The merge wizard and what the application shows after a merge: real databases, widgets offscreen."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "merge"))

from communes import DA_LAY, PHU_LAM, build_commune, build_new_commune, open_ctx
from record_fixtures import *  # noqa: F403
from record_fixtures import make_env

from qms_desktop.services import merge as M
from qms_desktop.services.check import check_database
from qms_desktop.ui.runner import SynchronousRunner


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> dict[str, Path]:
    from qms_desktop.storage.db import Database

    folder = tmp_path_factory.mktemp("merge-ui")
    out = {}
    for key, build in (("new", build_new_commune), ("phu_lam", lambda db: build_commune(db, PHU_LAM)),
                       ("da_lay", lambda db: build_commune(db, DA_LAY))):
        out[key] = folder / f"{key}.sqlite"
        db = Database.open(out[key])
        build(db)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    return out


@pytest.fixture
def files(templates, tmp_path) -> dict[str, Path]:
    out = {}
    for key, src in templates.items():
        out[key] = tmp_path / src.name
        shutil.copy(src, out[key])
    return out


@pytest.fixture
def target(files):
    ctx = open_ctx(files["new"], "chutich")
    yield ctx
    ctx.db.close()


def _next(qtbot, wiz, page) -> None:
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wiz.currentPage() is page, timeout=60000)


class LaterRunner(SynchronousRunner):
    """Runs each job once control is back in the event loop, as the threaded runner delivers it: Finish's
    validatePage returns before the merge reads anything (QA 14 F2: the wizard deleted its checked copies then)."""

    def start(self, fn, *, parent, label, on_done, on_error=None, on_cancelled=None):
        QTimer.singleShot(0, lambda: SynchronousRunner.start(self, fn, parent=parent, label=label, on_done=on_done,
                                                             on_error=on_error, on_cancelled=on_cancelled))


def test_wizard_checks_previews_and_merges(qtbot, files, target, answers, tmp_path):
    from qms_desktop.ui.dialogs.merge_wizard import MergeWizard

    env = make_env(target, LaterRunner())
    wiz = MergeWizard(env, backup_folder=tmp_path / "bk")
    qtbot.addWidget(wiz)
    wiz.show()
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()  # no file chosen yet
    answers.open_files = [str(files["phu_lam"]), str(files["da_lay"])]
    add = next(b for b in wiz.sources_page.findChildren(type(wiz.button(QWizard.WizardButton.NextButton)))
               if b.text().replace("&", "") == "Add files…")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert wiz.sources_page.files.count() == 2
    _next(qtbot, wiz, wiz.choices_page)

    page = wiz.choices_page
    assert [page.sources.item(r, 4).text() for r in range(2)] == ["Intact", "Intact"]
    assert [page.sources.item(r, 3).text() for r in range(2)] == ["current", "current"]  # not a revision id
    assert [page.sources.item(r, 5).text() for r in range(2)] == ["PL", "DL"]
    page.sources.item(1, 5).setText("DALAY")  # the user types another prefix for xã Đạ Lây
    keys = [page.questions.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(page.questions.rowCount())]
    assert "staff:1:tran thi mai" in keys  # Đạ Lây's Trần Thị Mai has the name of Phú Lâm's
    mai = page.questions.item(keys.index("staff:1:tran thi mai"), 3).text()  # not the new commune's (QA 16 F9)
    assert mai.startswith("Trần Thị Mai (brought in by ") and "Phú Lâm in this merge)" in mai, mai
    assert page.questions.horizontalHeaderItem(3).text() == "Same name"
    box = page.questions.cellWidget(keys.index("staff:1:tran thi mai"), 4)
    box.setCurrentIndex(box.findData(M.SEPARATE))  # … but is another person
    _next(qtbot, wiz, wiz.preview_page)

    preview = wiz.preview_page
    preview.source.setCurrentIndex(1)
    texts = [preview.details.item(r, 2).text() for r in range(preview.details.rowCount())]
    notes = [preview.details.item(r, 3).text() for r in range(preview.details.rowCount())]
    assert any("DALAY-QT-01" in n for n in notes) and any(t.startswith("QT-01") for t in texts)
    tops = [preview.tree.topLevelItem(i).text(0) for i in range(preview.tree.topLevelItemCount())]
    assert tops[0] == "Renumbered" and "Added" in tops
    finish = wiz.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # not before the user says the preview was read
    qtbot.mouseClick(preview.confirm, Qt.MouseButton.LeftButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wiz.result is not None and not wiz.isVisible(), timeout=60000)
    assert answers.infos and "Merged 2 former commune(s)" in answers.infos[0] and not answers.errors

    db = files["new"]
    with sqlite3.connect(db) as c:
        codes = {r[0] for r in c.execute("SELECT code FROM procedure")}
        mais = c.execute("SELECT count(*) FROM staff WHERE full_name = 'Trần Thị Mai'").fetchone()[0]
        sources = c.execute("SELECT count(*) FROM merge_source").fetchone()[0]
    assert {"DALAY-QT-01", "DALAY-QT-HT-01", "QT-01", "QT-HT-01"} <= codes
    assert mais == 2 and sources == 2
    assert check_database(target.db).healthy
    assert len(list((tmp_path / "bk").glob("*.sqlite"))) == 1  # one backup (beside it: its .json metadata)


def test_a_tampered_source_is_shown_refused_and_blocks_the_merge(qtbot, files, target, tmp_path):
    from qms_desktop.ui.dialogs.merge_wizard import MergeWizard

    with sqlite3.connect(files["da_lay"]) as c:
        c.execute("UPDATE change_log SET old_values = '{}' , new_values = '{\"full_name\": \"X\"}' WHERE id = 4")
    wiz = MergeWizard(make_env(target), backup_folder=tmp_path / "bk")
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.sources_page.add_paths([files["phu_lam"], files["da_lay"]])
    _next(qtbot, wiz, wiz.choices_page)
    page = wiz.choices_page
    assert page.sources.item(1, 4).text() == "Refused"
    assert page.problems.isVisible() and "da_lay.sqlite" in page.problems.text() and "altered" in page.problems.text()
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not (tmp_path / "bk").exists()


def test_after_a_merge_lists_dialog_and_dashboard_show_the_former_communes(qtbot, files, target, monkeypatch, tmp_path):
    from qms_desktop.services import users
    from qms_desktop.ui.dialogs.predecessors_dialog import FIGURES_TAB, PredecessorsDialog
    from qms_desktop.ui.pages.dashboard import DashboardPage
    from qms_desktop.ui.pages.ncs_page import NcsPage

    env = make_env(target)
    before = NcsPage(env)
    qtbot.addWidget(before)
    before.refresh()
    columns = before.model.columnCount()
    assert not before.origin.isVisibleTo(before)  # nothing merged: no provenance column or filter

    M.merge(target, [files["phu_lam"], files["da_lay"]], backup_folder=tmp_path / "bk")
    page = NcsPage(env)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.model.columnCount() == columns + 1 and page.origin.isVisible()
    origin_col = page.model.columnCount() - 1
    origins = {page.model.data(page.model.index(r, origin_col)) for r in range(page.model.rowCount())}
    assert origins == {"", "xã Phú Lâm", "xã Đạ Lây"}
    page.origin.setCurrentIndex(page.origin.findData(2))  # From xã Đạ Lây
    assert page.model.rowCount() == 3
    page.table.selectRow(0)
    assert "former number" in page.subheader.text() and "xã Đạ Lây" in page.subheader.text()
    page.origin.setCurrentIndex(page.origin.findData(0))  # Written here
    assert page.model.rowCount() == 1

    dash = DashboardPage(env)
    qtbot.addWidget(dash)
    dash.show()
    dash.refresh()
    assert dash.merged_line.isVisible() and "xã Phú Lâm, xã Đạ Lây" in dash.merged_line.text()

    shown = []
    monkeypatch.setattr("qms_desktop.ui.print_preview.show_preview",
                        lambda pdf, title, **_k: shown.append((pdf, title)))
    dlg = PredecessorsDialog(env, tab=FIGURES_TAB)
    qtbot.addWidget(dlg)
    dlg.period.setCurrentIndex(dlg.period.findData("2025-H1"))
    labels = [dlg.figures_model.data(dlg.figures_model.index(r, 0)) for r in range(dlg.figures_model.rowCount())]
    assert labels == ["xã Tân Hà", "xã Phú Lâm", "xã Đạ Lây", "Whole commune"]
    received = [dlg.figures_model.row_at(r).received for r in range(4)]
    assert received == [0, 905, 402, 1307]
    assert dlg.reports_model.rowCount() == 2
    by = [c.key for c in dlg.list_model.columns].index("merged_by")
    merged_by = target.actor.username
    full = users.full_names(target).get(merged_by)
    assert full and dlg.list_model.data(dlg.list_model.index(0, by)) == f"{full} ({merged_by})"  # a person, not a log-in
    dlg.reports_table.selectRow(0)
    dlg.show_report()
    [(pdf, title)] = shown
    assert pdf.startswith(b"%PDF") and "xã Phú Lâm" in title
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the report's text is not read back")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "PHÚ LÂM" in text.upper()
