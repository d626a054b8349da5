"""The search box of a list: its hint says that tone marks and case are ignored, and a box too narrow
for that sentence shows the short hint instead of a cut one (QA 21 F12); the tooltip always has it."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget


class SearchEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.long_hint = self.tr("Search (tone marks and case are ignored)…")
        self.short_hint = self.tr("Search…")
        self.setToolTip(self.tr("Tone marks and case are ignored: “thu tuc” finds “Thủ tục”."))
        self.setClearButtonEnabled(True)
        self._fit_hint()

    def _fit_hint(self) -> None:
        room = self.contentsRect().width() - self.textMargins().left() - self.textMargins().right() - 32  # frame, clear button
        fits = self.fontMetrics().horizontalAdvance(self.long_hint) <= room
        self.setPlaceholderText(self.long_hint if fits else self.short_hint)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_hint()
