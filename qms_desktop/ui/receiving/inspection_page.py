"""Kiểm tra: the yearly inspection cycle (TT 26/2014 Art. 33–38) — comes with the next issue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from qms_desktop.ui.pages.base import Page, UiEnv


class InspectionPlaceholderPage(Page):
    key = "inspection"

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        text = QLabel(self.tr(
            "<h3>Yearly inspections</h3><p>Planning the year's checks of the units (Mẫu 19 KHKT), the check "
            "decision (Mẫu 20 QĐKT), the record signed on site (Mẫu 21 BBKT) and the follow-up of corrective "
            "actions will be here. This part comes in the next version of QMS Desktop.</p>"
            "<p>Until then, the Inbox and Consolidation pages show which units report late, miss reports or carry "
            "warnings — the signals a yearly plan starts from.</p>"))
        text.setObjectName("placeholder")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 16, 16, 16)
        lay.addWidget(text)
        lay.addStretch(1)

    def title(self) -> str:
        return self.tr("Inspections")
