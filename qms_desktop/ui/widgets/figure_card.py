"""A figure with its caption and a detail line: the commune's dashboard and the office's consolidation."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QWidget

from qms_desktop.ui import fonts
from qms_desktop.ui.widgets.layout import vbox


class FigureCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None, *, padding: int = 6) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("card")
        self.value = fonts.Heading("–", 7)
        self.value.setObjectName("card_value")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        vbox(self.value, self.caption, self.detail, parent=self, margins=(10, padding, 10, padding), spacing=0)

    def set(self, value: str, detail: str = "", color: str | None = None) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {color};" if color else "")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
