"""Thống kê giải quyết TTHC: applications received and settled per period, with the on-time rate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from qms_desktop.domain import rates
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services.dashboard import on_time_rate
from qms_desktop.ui import fonts
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.pages.base import UiEnv
from qms_desktop.ui.pages.dashboard import GREEN, ChartBox
from qms_desktop.ui.pages.spec_page import SpecPage
from qms_desktop.ui.widgets.record_list import RecordListWidget


def _rate(row) -> float | None:  # noqa: ANN001
    return rates.floor_to(on_time_rate(row.values.get("on_time"), row.values.get("late")), 1)


class StatsPage(SpecPage):
    key = "stats"
    kinds = ("service_stat",)
    # The rate of settled applications settled on time (đúng hạn), as the reports show it.
    extra_columns = {"service_stat": (
        Column("on_time_rate", QT_TRANSLATE_NOOP("Columns", "On time (%)"), "number", value=_rate),
    )}

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.lists["service_stat"].model.modelReset.connect(self._show_chart)
        fonts.font_events().changed.connect(self._show_chart)

    def title(self) -> str:
        return self.tr("Service statistics")

    def wrap_list(self, kind: str, widget: RecordListWidget) -> QWidget:
        self.chart = ChartBox(self.tr("TTHC settled on time (%), by period end"),
                              self.tr("No service statistics recorded yet."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(widget)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        return splitter

    def _show_chart(self) -> None:
        rows = sorted(self.lists["service_stat"].model.rows(), key=lambda r: r.values["period_end"])
        rated = [(r.values["period_end"], _rate(r)) for r in rows if _rate(r) is not None]
        self.chart.show_bars([f"{end:%m/%Y}" for end, _ in rated], [rates.floor_to(rate, 1) for _, rate in rated],
                             color=GREEN, percent=True)
