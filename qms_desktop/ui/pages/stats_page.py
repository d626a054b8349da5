"""Thống kê giải quyết TTHC: applications received and settled per period, with the on-time rate."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qms_desktop.domain import rates
from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_date, format_number, render
from qms_desktop.services import field_stats
from qms_desktop.services.dashboard import on_time_rate
from qms_desktop.ui import fonts
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.dialogs.field_stats_dialog import FieldStatsDialog
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.pages.base import UiEnv
from qms_desktop.ui.pages.dashboard import GREEN, ChartBox, period_end_labels
from qms_desktop.ui.pages.spec_page import SpecPage
from qms_desktop.ui.translations import translated
from qms_desktop.ui.widgets.record_list import RecordListWidget
from qms_desktop.ui.widgets.layout import hbox, push_button, stacked, vbox


def _rate(row) -> float | None:
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

    def wrap_list(self, kind: str, widget: RecordListWidget) -> QWidget:
        self.chart = ChartBox(self.tr("TTHC settled on time (%), by period end"),
                              self.tr("No service statistics recorded yet."))
        self.fields_button = push_button(
            self.tr("&Per field…"), self.edit_fields, name="per_field",
            tip=self.tr("The selected period's applications per field (lĩnh vực), in one grid"))
        self.import_button = push_button(self.tr("&Import from the province's portal…"), self.import_portal,
                                         name="import_portal")
        for b in (self.fields_button, self.import_button):
            b.setEnabled(self.env.ctx.actor.can("edit"))
        top = QWidget()
        vbox((widget, 1), hbox(self.fields_button, self.import_button, 1), parent=top, margins=0)
        return stacked(top, self.chart, 1, 1)

    def edit_fields(self) -> FieldStatsDialog | None:
        row = self.lists["service_stat"].table.current_row()
        if row is None:
            prompts.info(self, self.tr("Select a statistics period first."))
            return None
        self.last_fields = FieldStatsDialog(self.env, row.id, self)
        if self.last_fields.exec():
            self.env.events.changed("service_stat", self)
            self.refresh()
            self.lists["service_stat"].select(row.id)
        return self.last_fields

    def import_portal(self) -> None:
        path = prompts.pick_open_file(self, self.tr("The province's portal export (results per field)"),
                                      prompts.tables_filter(self.tr("Statistics sheets (%1)")))
        if not path:
            return
        try:
            preview = field_stats.import_portal_stats(self.env.ctx, path, dry_run=True)
        except QmsError as exc:
            prompts.show_error(self, exc)
            return
        if preview.replaced is None:
            where = self.tr("a new statistics period")
        else:  # what she replaces, in figures (QA 62 F3)
            received, on_time, late, pending, fields = preview.replaced
            where = (self.tr("the existing statistics period, whose figures are replaced (now %1 received, %2 on "
                             "time, %3 late, %4 pending, in %5 fields)")
                     .replace("%1", format_number(received)).replace("%2", format_number(on_time))
                     .replace("%3", format_number(late)).replace("%4", format_number(pending))
                     .replace("%5", str(fields)))
        question = (self.tr("Import %1 fields for %2 – %3 into %4? The totals become the sums of the fields.")
                    .replace("%1", str(len(preview.lines))).replace("%2", format_date(preview.start))
                    .replace("%3", format_date(preview.end)).replace("%4", where))
        if preview.hidden_note is not None:  # rows hidden in Excel were left out: she should know
            question += "\n\n" + render(preview.hidden_note, translated)
        if not prompts.confirm(self, question):
            return
        try:
            result = field_stats.import_portal_stats(self.env.ctx, path)
        except QmsError as exc:
            prompts.show_error(self, exc)
            return
        self.env.events.changed("service_stat", self)
        self.refresh()
        self.lists["service_stat"].select(result.stat_id)

    def _show_chart(self) -> None:
        rows = sorted(self.lists["service_stat"].model.rows(), key=lambda r: r.values["period_end"])
        rated = [(r.values["period_end"], _rate(r)) for r in rows if _rate(r) is not None]
        self.chart.show_bars(period_end_labels([end for end, _ in rated]), [rates.floor_to(rate, 1) for _, rate in rated],
                             color=GREEN, percent=True)
