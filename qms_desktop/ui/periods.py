"""How the windows name a report period: in a sentence ('sáu tháng đầu năm 2026') and in a list or a choice
('Sáu tháng đầu năm 2026 (2026-H1)'), in the user's language — never the bare code '2026-H1' (QA 41 F5)."""

from __future__ import annotations

from qms_desktop.domain.periods import ReportPeriod
from qms_desktop.ui.translations import translated as _t


def period_caption(code: str) -> str:
    period = ReportPeriod.parse(code)
    return _t("Periods", period.title_vi_source()).format(year=period.year)


def period_item(code: str) -> str:
    """A period as a list or a choice names it: 'Sáu tháng đầu năm 2026 (2026-H1)', 'Năm 2026' — the code (what
    `qms report` takes) only where it says more than the year (QA 26 G7: 'năm 2026 (2026)')."""
    caption = period_caption(code)
    caption = caption[:1].upper() + caption[1:]
    return caption if code == str(ReportPeriod.parse(code).year) else f"{caption} ({code})"
