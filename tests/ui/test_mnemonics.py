"""Alt+letter reaches one control: no two controls shown together in a window share a mnemonic.

Qt gives each `&x` mnemonic a window-wide shortcut; two visible controls with the same letter make
Alt+x an ambiguous shortcut that only moves the focus back and forth (QA C #6). Counted together: the
menu bar's menus, the buttons, the labels with a buddy, the check boxes and the tabs shown at the same
time, on every page of the commune's window and of the office's, each tab of a page in turn, and in
every dialog (each page of a wizard). Vietnamese, the default, and English are both checked.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenuBar, QTabBar, QTabWidget, QWidget, QWizard

from record_fixtures import *  # noqa: F403 - every modal prompt answered, never blocking
from test_every_window import DIALOGS, build_dialog, fresh_db, open_window  # noqa: F401 - fixture
from test_receiving_ui import office_env, province  # noqa: F401 - fixtures

from qms_desktop.ui import translations


def _key(text: str) -> str | None:
    seq = QKeySequence.mnemonic(text or "")
    return seq.toString() if not seq.isEmpty() else None


def clashes(root: QWidget) -> dict[str, list[str]]:
    """Mnemonic → the texts holding it, for the letters more than one visible control holds in ``root``."""
    keys: dict[str, list[str]] = defaultdict(list)

    def add(text: str, where: str) -> None:
        key = _key(text)
        if key:
            keys[key].append(f"{where} {text!r}")

    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QAbstractButton):
            add(w.text(), type(w).__name__)
        elif isinstance(w, QLabel) and w.buddy() is not None:
            add(w.text(), "label")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    add(w.tabText(i), "tab")
        elif isinstance(w, QMenuBar):
            for action in w.actions():
                if action.isVisible():
                    add(action.text(), "menu")
    return {k: v for k, v in keys.items() if len(v) > 1}


def _each_tab(page: QWidget):
    """The page as shown, then with each tab of each of its tab widgets in front in turn."""
    yield "page"
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisibleTo(page):
            continue
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            yield f"tab {tabs.tabText(i)!r}"


def _window_clashes(window) -> list[str]:
    found = []
    for key in window.page_keys():
        page = window.show_page(key)
        QApplication.processEvents()
        table = getattr(page, "table", None)
        if table is not None and table.model() is not None and table.model().rowCount() and hasattr(table, "selectRow"):
            table.selectRow(0)
            QApplication.processEvents()
        for where in _each_tab(page):
            for letter, texts in clashes(window).items():
                found.append(f"[{key}, {where}] {letter}: {texts}")
    return sorted(set(found))


@pytest.fixture(params=["vi", "en"])
def language(request, qapp):
    assert translations.install(request.param)  # English too: its catalog holds the plural forms
    yield request.param
    translations.install("en")


def test_commune_window_has_one_control_per_mnemonic(qtbot, demo_env, language):
    found = _window_clashes(open_window(qtbot, demo_env))
    assert found == [], "\n".join(found)


def test_office_window_has_one_control_per_mnemonic(qtbot, office_env, language):  # noqa: F811
    window = open_window(qtbot, office_env)
    assert window.page_keys()[0] == "inbox"
    found = _window_clashes(window)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("name", DIALOGS)
def test_dialog_has_one_control_per_mnemonic(qtbot, demo_env, language, tmp_path, fresh_db, name):  # noqa: F811
    parent = QWidget()
    qtbot.addWidget(parent)
    dlg = build_dialog(name, demo_env, parent, tmp_path, fresh_db)
    dlg.show()
    qtbot.waitExposed(dlg)
    found = []
    if isinstance(dlg, QWizard):
        for pid in dlg.pageIds():
            dlg.page(pid).show()
            found += [f"[{dlg.page(pid).title()}] {k}: {v}" for k, v in clashes(dlg.page(pid)).items()]
    else:
        for where in _each_tab(dlg):
            found += [f"[{where}] {k}: {v}" for k, v in clashes(dlg).items()]
    assert found == [], "\n".join(found)
    dlg.hide()


@pytest.mark.parametrize("name", DIALOGS)
def test_every_field_of_a_form_dialog_has_its_alt_letter(qtbot, demo_env, tmp_path, fresh_db, name):  # noqa: F811
    """QA 63 F8: Alt+letter reached no field of the record dialogs ("Nguồn", "Mức độ", "Mô tả *" had none)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    dlg = build_dialog(name, demo_env, parent, tmp_path, fresh_db)
    dlg.show()
    qtbot.waitExposed(dlg)
    labels = [w for w in dlg.findChildren(QLabel) if w.buddy() is not None and w.isVisibleTo(dlg)
              and w.buddy().focusPolicy() != Qt.FocusPolicy.NoFocus]  # not a value shown beside its caption
    if not labels:
        pytest.skip(f"{name} has no labelled field")
    assert [w.text() for w in labels if not _key(w.text())] == []
    dlg.hide()
