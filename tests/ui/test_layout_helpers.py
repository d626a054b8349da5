"""layout.hbox() and layout.vbox() (issue 11): the box layouts they build are the ones written out by hand."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from qms_desktop.ui.widgets.layout import hbox, vbox


def _items(lay: QBoxLayout) -> list[tuple[str, object, int]]:
    """What ``lay`` holds, in order: ("widget", w, stretch), ("layout", l, stretch) or ("stretch", None, stretch)."""
    out = []
    for i in range(lay.count()):
        item = lay.itemAt(i)
        if item.widget() is not None:
            out.append(("widget", item.widget(), lay.stretch(i)))
        elif item.layout() is not None:
            out.append(("layout", item.layout(), lay.stretch(i)))
        else:
            assert item.spacerItem() is not None
            out.append(("stretch", None, lay.stretch(i)))
    return out


def _margins(lay) -> tuple[int, int, int, int]:
    m = lay.contentsMargins()
    return m.left(), m.top(), m.right(), m.bottom()


def test_every_kind_of_part_in_order_with_its_stretch(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    a, b, c = QPushButton("a"), QLabel("b"), QPushButton("c")
    form = QFormLayout()
    row = hbox(1, a, (b, 2), 3)
    col = vbox(row, (form, 4), c, 0, parent=owner)

    assert isinstance(row, QHBoxLayout) and isinstance(col, QVBoxLayout)
    assert _items(row) == [("stretch", None, 1), ("widget", a, 0), ("widget", b, 2), ("stretch", None, 3)]
    assert _items(col) == [("layout", row, 0), ("layout", form, 4), ("widget", c, 0), ("stretch", None, 0)]
    assert owner.layout() is col
    assert a.parent() is owner and b.parent() is owner and c.parent() is owner


def test_margins_and_spacing_only_when_given(qtbot):
    # the same layouts written out by hand: their margins and spacing are what the helpers must leave alone
    plain_parent, helper_parent = QWidget(), QWidget()
    qtbot.addWidget(plain_parent)
    qtbot.addWidget(helper_parent)
    by_hand = QVBoxLayout(plain_parent)
    built = vbox(parent=helper_parent)
    assert (_margins(built), built.spacing()) == (_margins(by_hand), by_hand.spacing())
    nested_by_hand, nested = QHBoxLayout(), hbox()
    by_hand.addLayout(nested_by_hand)
    built.addLayout(nested)
    assert (_margins(nested), nested.spacing()) == (_margins(nested_by_hand), nested_by_hand.spacing()) \
        and _margins(nested) == (0, 0, 0, 0)

    assert _margins(vbox(margins=0)) == (0, 0, 0, 0)
    assert _margins(hbox(margins=(1, 2, 3, 4))) == (1, 2, 3, 4)
    assert _margins(vbox(margins=6)) == (6, 6, 6, 6)
    assert hbox(spacing=2).spacing() == 2 and vbox(spacing=0).spacing() == 0


def test_read_only_table_cannot_be_edited_and_lets_tab_leave(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLineEdit, QTableWidgetItem

    from qms_desktop.ui.widgets.layout import read_only_table

    host = QWidget()
    table = read_only_table("figures", ["Figure", "Before", "After"], rows=2, fit=(1, 2), stretch=(0,),
                            whole_rows=True)
    after = QLineEdit()
    vbox(table, after, parent=host)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    for r in range(2):
        for c in range(3):
            table.setItem(r, c, QTableWidgetItem(f"{r}{c}"))
    assert table.objectName() == "figures" and not table.verticalHeader().isVisible()
    header = table.horizontalHeader()
    assert [header.sectionResizeMode(c) for c in range(3)] == [
        QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents]
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows

    table.setFocus()
    table.setCurrentCell(0, 0)
    QTest.keyClick(table, Qt.Key.Key_F2)  # the edit key of a table: nothing opens
    QTest.keyClicks(table, "x")
    assert table.item(0, 0).text() == "00"
    QTest.keyClick(table, Qt.Key.Key_Tab)  # Tab leaves the table for the next field
    assert QApplication.focusWidget() is after
