"""Hồ sơ khác: training and dissemination, risks and opportunities, improvements, satisfaction surveys."""

from __future__ import annotations

from qms_desktop.domain.kinds import on_page
from qms_desktop.domain.schema import SPECS
from qms_desktop.ui.pages.spec_page import SpecPage


class OtherRecordsPage(SpecPage):
    key = "other"
    kinds = tuple(k.value for k in on_page("other") if k in SPECS)  # the registry's kinds of this page
