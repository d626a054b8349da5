"""Hồ sơ khác: training and dissemination, risks and opportunities, improvements, satisfaction surveys."""

from __future__ import annotations

from qms_desktop.ui.pages.spec_page import SpecPage


class OtherRecordsPage(SpecPage):
    key = "other"
    kinds = ("training", "risk", "improvement", "survey")

    def title(self) -> str:
        return self.tr("Other records")
