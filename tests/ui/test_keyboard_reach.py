"""The keyboard reaches everything after a list: Tab leaves a table (QA E, H1: it moved from cell to cell
for ever), the page's scroll area is no Tab stop of its own, and opening a page never shows one of its
buttons as a window of its own (it flashed and took the focus from the main window: QA E, M1)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from record_fixtures import *  # noqa: F403 - every modal prompt answered, never blocking
from test_every_window import demo_window, vietnamese  # noqa: F401 - fixtures


class _WindowsShown(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow() \
                and obj.metaObject().className() not in ("MainWindow", "QMenu", "QToolTip", "QTipLabel"):
            self.seen.append(f"{obj.metaObject().className()} {getattr(obj, 'text', lambda: '')()!r}")
        return False


def test_no_page_shows_a_stray_window_and_tab_leaves_every_list(qtbot, demo_window):  # noqa: F811
    spy = _WindowsShown()
    QApplication.instance().installEventFilter(spy)
    try:
        trapped = []
        for key in demo_window.page_keys():
            page = demo_window.show_page(key)
            QApplication.processEvents()
            for view in page.findChildren(QAbstractItemView):
                if not view.isVisibleTo(demo_window) or view.metaObject().className() in ("QListView", "QHeaderView"):
                    continue
                demo_window.activateWindow()
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                QApplication.processEvents()
                if QApplication.focusWidget() is not view:
                    continue  # a view that takes no focus (a chart's legend, say)
                QTest.keyClick(view, Qt.Key.Key_Tab)
                QApplication.processEvents()
                now = QApplication.focusWidget()
                if now is view or (now is not None and now.objectName() == "page_scroll"):
                    trapped.append(f"{key}: {view.objectName() or view.metaObject().className()}")
        assert trapped == [], trapped
        assert spy.seen == [], spy.seen
    finally:
        QApplication.instance().removeEventFilter(spy)
