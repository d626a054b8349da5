"""Small layout pieces several pages and dialogs build the same way."""

from __future__ import annotations

import re
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QBoxLayout, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLayout,
    QPushButton, QScrollArea, QSizePolicy, QSplitter, QTableWidget, QVBoxLayout, QWidget,
)

from qms_desktop.ui.fonts import Heading

# What hbox() and vbox() lay out: a widget, a layout, an int (a stretch of that factor), or a (widget or layout,
# stretch) pair.
Part = QWidget | QLayout | int | tuple[QWidget | QLayout, int]
Margins = int | tuple[int, int, int, int] | None


def _fill(lay: QBoxLayout, parts: tuple[Part, ...], margins: Margins, spacing: int | None) -> None:
    if margins is not None:
        lay.setContentsMargins(*((margins,) * 4 if isinstance(margins, int) else margins))
    if spacing is not None:
        lay.setSpacing(spacing)
    for part in parts:
        item, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(item, int):
            lay.addStretch(item)
        elif isinstance(item, QLayout):
            lay.addLayout(item, stretch)
        else:
            lay.addWidget(item, stretch)


def hbox(*parts: Part, parent: QWidget | None = None, margins: Margins = None,
         spacing: int | None = None) -> QHBoxLayout:
    """A row of ``parts`` left to right: each a widget, a layout, an int (``addStretch`` of that factor, e.g. ``1``
    to push what follows to the right), or a ``(widget or layout, stretch)`` pair; installed on ``parent`` when
    given (``QHBoxLayout(parent)``). ``margins`` (one int for all four sides, or left, top, right, bottom) and
    ``spacing`` are set only when given; an unparented row nested with ``addLayout`` has no margins anyway."""
    lay = QHBoxLayout(parent) if parent is not None else QHBoxLayout()
    _fill(lay, parts, margins, spacing)
    return lay


def vbox(*parts: Part, parent: QWidget | None = None, margins: Margins = None,
         spacing: int | None = None) -> QVBoxLayout:
    """A column of ``parts`` top to bottom, installed on ``parent`` when given (``QVBoxLayout(parent)``); the parts,
    ``margins`` and ``spacing`` as in :func:`hbox`."""
    lay = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    _fill(lay, parts, margins, spacing)
    return lay


def form_rows(*rows: tuple[str | QWidget, QWidget | QLayout] | QWidget,
              parent: QWidget | None = None) -> QFormLayout:
    """A form of ``rows`` top to bottom: each a ``(caption, field)`` pair (the caption a text or a label) or a lone
    widget across both columns; installed on ``parent`` when given (``QFormLayout(parent)``)."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    for row in rows:
        if isinstance(row, tuple):
            form.addRow(*row)
        else:
            form.addRow(row)
    return form


def push_button(text: str, slot: Callable[..., Any] | None = None, *, name: str = "", tip: str = "") -> QPushButton:
    """A button ``text`` (translated by the caller) that runs ``slot`` when clicked; its object ``name`` and
    tooltip ``tip`` are set when given."""
    button = QPushButton(text)
    if name:
        button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    if slot is not None:
        button.clicked.connect(slot)
    return button


def drop_mnemonics(*buttons: QAbstractButton) -> None:
    """Take the Alt+letter off ``buttons``: the second of two lists shown side by side has the same buttons as the
    first, and one key cannot reach two of them (Tab does)."""
    for button in buttons:
        button.setText(re.sub(r"&(?=[^&\s])", "", button.text()))


def mnemonic_letters(*texts: str) -> set[str]:
    """The Alt letters already taken by ``texts`` ("&Lưu" takes "l")."""
    out = set()
    for text in texts:
        i = text.replace("&&", "").find("&")
        if 0 <= i < len(text.replace("&&", "")) - 1:
            out.add(text.replace("&&", "")[i + 1].lower())
    return out


def with_mnemonic(caption: str, taken: set[str]) -> str:
    """``caption`` with an Alt letter not in ``taken`` (which it joins): a word's first letter if one is free,
    else any plain letter; unchanged when none is (a Vietnamese letter with a tone mark cannot be typed with Alt)."""
    if "&" in caption:
        return caption
    starts = [i for i, c in enumerate(caption) if i == 0 or caption[i - 1] in " (/-"]
    for i in starts + list(range(len(caption))):
        c = caption[i]
        if c.isascii() and c.isalpha() and c.lower() not in taken:
            taken.add(c.lower())
            return caption[:i] + "&" + caption[i:]
    return caption


def give_mnemonics(root: QWidget, fields: QWidget) -> None:
    """Give each field label under ``fields`` that has none an Alt+letter of its own (QA 63 F8: Alt jumped to no field
    of a dialog), as RecordFormDialog's fields have: none that another control of ``root`` (a button, a check box, a
    tab, another label) already holds."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    texts: list[str] = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            texts.append(w.text())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
    taken = mnemonic_letters(*texts)
    for label in fields.findChildren(QLabel):
        if label.buddy() is not None and label.buddy().focusPolicy() != Qt.FocusPolicy.NoFocus:
            label.setText(with_mnemonic(label.text(), taken))


def dialog_buttons(buttons, accept, reject) -> QDialogButtonBox:
    """A dialog's standard buttons (``QDialogButtonBox.StandardButton`` flags) with what its accepting and
    rejecting buttons do."""
    box = QDialogButtonBox(buttons)
    box.accepted.connect(accept)
    box.rejected.connect(reject)
    return box


def value_rows(form: QFormLayout, rows, *, name: str = "", selectable: bool = False) -> dict[str, QLabel]:
    """Read-only rows added to ``form``: for each ``(key, caption)`` of ``rows`` a wrapping label, returned by key.
    ``name``: the labels' object names, the key put for ``{}`` (e.g. ``"info_{}"``); ``selectable``: their text can
    be selected with the mouse (to copy it)."""
    labels: dict[str, QLabel] = {}
    for key, caption in rows:
        label = QLabel()
        label.setWordWrap(True)
        if selectable:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            label.setObjectName(name.format(key))
        labels[key] = label
        form.addRow(caption, label)
    return labels


def with_error(editor: QWidget, error: QWidget) -> QWidget:
    """``editor`` with its error label right under it (a form row whose message shows where the mistake is).

    The pair keeps the editor's height when the message shows (without the size policy a form squeezed the
    editor to half its height to make room for the message); only editors that want room (tables, lists)
    take the form's spare height."""
    box = QWidget()
    vbox(editor, error, parent=box, margins=0, spacing=2)
    grows = editor.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Expanding and editor.maximumHeight() > 5000
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding if grows else QSizePolicy.Policy.Maximum)
    return box


def relayout(widget: QWidget) -> None:
    """Lay out again, now, every layout from ``widget``'s up to its window's: a message shown under a field of a
    page the window does not lay out again by itself (a wizard's) took the field's height (QA 53 F4)."""
    w = widget
    while w is not None:
        if w.layout() is not None:
            w.layout().invalidate()
            w.layout().activate()
        w.updateGeometry()
        if w.isWindow():
            break
        w = w.parentWidget()


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
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setHorizontalHeaderLabels(labels)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.AnyKeyPressed)
    table.setWordWrap(True)
    return table


def read_only_table(object_name: str, labels: list[str], *, rows: int = 0, fit: tuple[int, ...] = (),
                    stretch: tuple[int, ...] = (), wrap: bool = True, whole_rows: bool = False) -> QTableWidget:
    """A table to read: not editable, Tab leaves it (arrows move inside), no row numbers. The columns in ``fit``
    take the width of their contents and those in ``stretch`` share the rest (with neither, the last one
    does); ``whole_rows`` selects one row at a time."""
    table = QTableWidget(rows, len(labels))
    table.setObjectName(object_name)
    table.setTabKeyNavigation(False)
    table.setHorizontalHeaderLabels(labels)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(wrap)
    if whole_rows:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(not stretch)
    return table


def detail_header(*, wrap: bool = True) -> QLabel:
    """A record page's bold title line above its detail (object name ``detailHeader``)."""
    label = Heading("", 1)  # a point larger than the text, and larger still with A+
    label.setObjectName("detailHeader")
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a record's code or title as typed ('<b>QT</b>' is not markup)
    return label


def _split(orientation: Qt.Orientation, first: QWidget, second: QWidget) -> QSplitter:
    """A splitter of ``first`` and ``second`` that never collapses either."""
    splitter = QSplitter(orientation)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(first)
    splitter.addWidget(second)
    return splitter


def stacked(top: QWidget, bottom: QWidget, top_stretch: int, bottom_stretch: int) -> QSplitter:
    """``top`` over ``bottom`` in a vertical splitter that never collapses either, shared in that proportion."""
    splitter = _split(Qt.Orientation.Vertical, top, bottom)
    splitter.setStretchFactor(0, top_stretch)
    splitter.setStretchFactor(1, bottom_stretch)
    return splitter


def beside(left: QWidget, right: QWidget) -> QSplitter:
    """``left`` and ``right`` side by side in a horizontal splitter that never collapses either, shared equally."""
    return _split(Qt.Orientation.Horizontal, left, right)


# the focused combo's frame, padding and arrow in ui/style.py (measured: 46 px), which its size hint leaves out
COMBO_CHROME = 52


def fit_to_items(combo: QComboBox, at_least: int = 0) -> None:
    """Make ``combo`` wide enough for its longest item, even while focused (call after filling it)."""
    metrics = combo.fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    combo.setMinimumWidth(max(at_least, widest + COMBO_CHROME))


class NoteLabel(QLabel):
    """A wrapped line that takes no room while it says nothing (an empty word-wrapped label keeps a
    line's height: two of them left a blank band above a page's buttons)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setVisible(bool(text))

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.setVisible(False)
