"""QA 42 F4: the server went away while the window was open. Changing page, or searching, showed a second box
"Unexpected error" with the English text of a Qt override ("Error calling Python override of QWidget::showEvent()"),
and the header kept the previous page's title. Now: one message in the user's words, the right title."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from qms_desktop.domain.errors import StorageFailed
from qms_desktop.ui.main_window import MainWindow
from qms_desktop.ui.search_dialog import SearchDialog

DOWN = StorageFailed("Cannot reach the database server {server}: it is down, or the network or its port is closed. "
                     "Nothing was saved; check the connection and try again.", server="qms@127.0.0.1")


def _said(monkeypatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    for name in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda _p, title, text, *a, **k: said.append((title, text))))
    return said


def test_a_page_that_cannot_load_says_so_once_under_its_own_title(qtbot, env, monkeypatch):
    w = MainWindow(env, db_path=env.ctx.db.path)
    qtbot.addWidget(w)
    w.show()
    said = _said(monkeypatch)
    from qms_desktop.ui.pages.ncs_page import NcsPage

    def down(self):
        raise DOWN
    monkeypatch.setattr(NcsPage, "load_rows", down)  # every query fails: the list's, and its origin filter's
    monkeypatch.setattr("qms_desktop.ui.widgets.origin_filter.provenance.predecessors", lambda *_a, **_k: down(None))
    assert w.show_page("ncs") is not None
    assert [t for _title, t in said] == [DOWN.render()]  # once, its own words
    assert w.page_title.text() == w.nav.item(w.stack.currentIndex()).text()


def test_the_search_box_says_the_server_is_gone_in_the_users_words(qtbot, env, monkeypatch):
    import qms_desktop.ui.search_dialog as search_dialog

    said = _said(monkeypatch)

    def down(*_a, **_k):
        raise DOWN
    monkeypatch.setattr(search_dialog, "search", down)
    dialog = SearchDialog(env)
    qtbot.addWidget(dialog)
    dialog.query.setText("thu tuc")
    dialog.run()  # raised through Qt before: "Something went wrong" with the English override text
    assert [t for _title, t in said] == [DOWN.render()] and dialog.table.rowCount() == 0


def test_a_refusal_that_escapes_a_screen_is_shown_in_its_own_words(monkeypatch, qapp):
    from qms_desktop import app

    said = _said(monkeypatch)
    app._excepthook(StorageFailed, DOWN, None)
    assert said == [("Cannot do this", DOWN.render())]
