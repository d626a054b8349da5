"""Small layout pieces several pages and dialogs build the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QScrollArea, QSplitter, QTableWidget, QVBoxLayout, QWidget,
)


def with_error(editor: QWidget, error: QWidget) -> QWidget:
    """``editor`` with its error label right under it (a form row whose message shows where the mistake is)."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(editor)
    lay.addWidget(error)
    return box


def scroll_area(inner: QWidget) -> QScrollArea:
    """``inner`` in a frameless scroll area that resizes it (a page taller than the screen scrolls)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(inner)
    return scroll


def edit_table(object_name: str, labels: list[str]) -> QTableWidget:
    """A table edited in place, one row selected at a time, rows as tall as their wrapped text (recomputed
    when the columns get their real width), no row numbers."""
    table = QTableWidget(0, len(labels))
    table.setObjectName(object_name)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setHorizontalHeaderLabels(labels)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.AnyKeyPressed)
    table.setWordWrap(True)
    return table


def detail_header(*, wrap: bool = True) -> QLabel:
    """A record page's bold title line above its detail (object name ``detailHeader``)."""
    label = QLabel()
    label.setObjectName("detailHeader")
    label.setWordWrap(wrap)
    label.setStyleSheet("font-weight: bold; font-size: 11pt;")
    return label


def stacked(top: QWidget, bottom: QWidget, top_stretch: int, bottom_stretch: int) -> QSplitter:
    """``top`` over ``bottom`` in a vertical splitter that never collapses either, shared in that proportion."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(top)
    splitter.addWidget(bottom)
    splitter.setStretchFactor(0, top_stretch)
    splitter.setStretchFactor(1, bottom_stretch)
    return splitter
