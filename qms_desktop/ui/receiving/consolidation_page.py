"""Tổng hợp: a period at a glance — who has reported (on time, late, returned, missing) and every unit's
key figures side by side with the totals and a chart; the reminder letter to the missing units; the
consolidated workbook and the office's summary report.

Everything on this page comes from ``services.receiving.period_overview`` (two queries, whatever the
number of units, plus the check of the office's records against their history: a red banner names the
records changed outside the application, and the export and the reminder are then refused).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QGridLayout, QGroupBox, QLabel, QSplitter, QTabWidget,
    QVBoxLayout, QWidget,
)

from qms_desktop.i18n import QT_TRANSLATE_NOOP, format_number, format_percent, render
from qms_desktop.services import receiving as rx
from qms_desktop.services.receiving.status import FIGURE_LABELS, FIGURES, RATES
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.models.styled_row_model import GREEN, GREY, RED
from qms_desktop.ui.pages.base import Page, UiEnv, show_error
from qms_desktop.ui.receiving import common
from qms_desktop.ui.periods import period_item
from qms_desktop.ui.receiving.common import FastRowModel
from qms_desktop.ui.widgets.figure_card import FigureCard
from qms_desktop.ui.widgets.table_view import TableView
from qms_desktop.ui.widgets.layout import fit_to_items, hbox, push_button, vbox
from qms_desktop.ui.translations import translated as _t

AMBER = QColor("#a15c00")


def pick_folder(parent: QWidget, title: str) -> str | None:
    """Where to write the files (tests replace this)."""
    return QFileDialog.getExistingDirectory(parent, title) or None


class ConsolidationPage(Page):
    key = "consolidation"
    watches = frozenset({"rx_package", "rx_unit", "setting", "rx_inspection"})

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.overview: rx.Overview | None = None
        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.setMinimumWidth(230)
        self.period.currentIndexChanged.connect(lambda _i: self.load())
        self.remind_button = push_button(self.tr("&Reminder letter…"), self.reminder, name="remind")
        self.export_button = push_button(self.tr("E&xport workbook and summary report…"), self.export,
                                         name="export_summary")
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        top = hbox(period_label, self.period, 1, self.remind_button, self.export_button)

        self.cards = {key: FigureCard(_t("Inbox", text), padding=4) for key, text in (
            ("expected", QT_TRANSLATE_NOOP("Inbox", "Expected")), ("received", QT_TRANSLATE_NOOP("Inbox", "Received")),
            ("on_time", QT_TRANSLATE_NOOP("Inbox", "On time")), ("late", QT_TRANSLATE_NOOP("Inbox", "Late")),
            ("returned", QT_TRANSLATE_NOOP("Inbox", "Returned")), ("missing", QT_TRANSLATE_NOOP("Inbox", "Missing")))}
        cards = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            card.setObjectName(f"card_{list(self.cards)[i]}")
            cards.addWidget(card, 0, i)

        self.status_model = FastRowModel(self._status_columns(), self, foreground=self._status_colour)
        self.status_table = TableView(self.status_model, "receiving/status", self)
        self.status_table.setObjectName("status_table")
        self.figures_model = FastRowModel(self._figure_columns(), self)
        self.figures_table = TableView(self.figures_model, "receiving/figures", self)
        self.figures_table.setObjectName("figures_table")
        from qms_desktop.ui.widgets.header_fit import fit_header_widths

        fit_header_widths(self.figures_table)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        self.warnings_model = FastRowModel(self._warning_columns(), self)
        self.warnings_table = TableView(self.warnings_model, "receiving/warnings", self)
        self.warnings_table.setObjectName("warnings_table")
        self.chart_box = QGroupBox(self.tr("Reports received"))
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.rate_box = QGroupBox(self.tr("Units by TTHC on-time rate"))
        self.rate_layout = QVBoxLayout(self.rate_box)

        status_tab = QWidget()
        hbox((self.status_table, 5), (self.chart_box, 2), parent=status_tab, margins=(0, 4, 0, 0))
        figures_tab = QWidget()
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        upper = QWidget()
        vbox((self.figures_table, 1), self.totals, parent=upper, margins=0)
        split.addWidget(upper)
        split.addWidget(self.rate_box)
        split.setSizes([340, 150])
        vbox(split, parent=figures_tab, margins=(0, 4, 0, 0))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("consolidation_tabs")
        self.tabs.addTab(status_tab, self.tr("Who h&as reported"))
        self.tabs.addTab(figures_tab, self.tr("Figures side &by side"))
        self.tabs.addTab(self.warnings_table, self.tr("&Warnings"))

        # the 2-month deadlines of the corrective-action reports after on-site checks (issue 15)
        self.followup_warning = QLabel()
        self.followup_warning.setObjectName("followup_warning")
        self.followup_warning.setWordWrap(True)
        self.followup_warning.hide()
        self.altered_warning = common.altered_label()  # records changed outside the application (tamper.py)
        vbox(top, self.altered_warning, self.followup_warning, cards, (self.tabs, 1), parent=self, margins=6)

    # -- columns -----------------------------------------------------------------------------------
    def _status_columns(self) -> list[Column]:
        return [
            Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), width=70),
            Column("name", QT_TRANSLATE_NOOP("Columns", "Reporting unit"), width=170),
            Column("state", QT_TRANSLATE_NOOP("Columns", "State"), width=100,
                   value=lambda r: common.state_label(r.state if r.expected or r.state != "missing" else "not_expected")),
            Column("on_time", QT_TRANSLATE_NOOP("Columns", "Timeliness"), width=80,
                   value=lambda r: "" if r.on_time is None else (_t("Inbox", "On time") if r.on_time
                                                                 else _t("Inbox", "Late"))),
            Column("sent_date", QT_TRANSLATE_NOOP("Columns", "Sent on"), "date", width=100),
            Column("days_late", QT_TRANSLATE_NOOP("Columns", "Days late"), "number", width=70),  # QA 58 F3
            Column("version", QT_TRANSLATE_NOOP("Columns", "Report version"), "number", width=70),
            Column("warnings", QT_TRANSLATE_NOOP("Columns", "Warnings"), width=200,
                   value=lambda r: "; ".join(_warning_text(w) for w in r.warnings)),
        ]

    @staticmethod
    def _status_colour(row: rx.UnitStatus, key: str):
        if row.state == "missing":
            return RED
        if row.state == "returned":
            return AMBER
        if key == "on_time" and row.on_time is not None:
            return GREEN if row.on_time else RED
        if not row.expected:
            return GREY
        return None

    def _figure_columns(self) -> list[Column]:
        cols = [Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), width=70),
                Column("name", QT_TRANSLATE_NOOP("Columns", "Reporting unit"), width=150)]
        for key in FIGURES:
            # headers already translated (they are "Inbox" strings; the model looks them up in "Columns")
            cols.append(Column(key, _two_lines(_t("Inbox", FIGURE_LABELS[key])), "number", width=70,
                               value=lambda r, k=key: r.figures.get(k) if r.counted else None))
        return cols

    def _warning_columns(self) -> list[Column]:
        return [Column("unit_code", QT_TRANSLATE_NOOP("Columns", "Code"), width=80),
                Column("unit_name", QT_TRANSLATE_NOOP("Columns", "Reporting unit"), width=200),
                Column("message", QT_TRANSLATE_NOOP("Columns", "Warning"), width=420, value=_warning_text)]

    # -- loading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.period.currentData()
        periods = rx.known_periods(self.env.ctx)
        self.period.blockSignals(True)
        self.period.clear()
        for code in periods:
            self.period.addItem(period_item(code), code)
        fit_to_items(self.period, 230)
        opening = current or rx.default_period(self.env.ctx, periods)  # the newest period whose reports are due
        self.period.setCurrentIndex(max(0, self.period.findData(opening)))
        self.period.blockSignals(False)
        self.load()

    def select_period(self, code: str) -> None:
        index = self.period.findData(code)
        if index < 0:
            self.period.addItem(period_item(code), code)
            index = self.period.count() - 1
        self.period.setCurrentIndex(index)
        self.load()

    def load(self) -> None:
        code = self.period.currentData()
        if not code:
            return
        try:
            ov = rx.period_overview(self.env.ctx, code)
        except Exception as exc:  # noqa: BLE001 - shown, the page stays usable
            show_error(self, exc)
            return
        self.overview = ov
        common.show_altered(self.altered_warning, ov.altered)
        self._show_followups()
        pct = lambda v: format_percent(v) if v is not None else "—"  # noqa: E731
        self.cards["expected"].set(format_number(ov.expected))
        self.cards["received"].set(format_number(ov.received), self.tr("reporting rate %1").replace("%1", pct(ov.reporting_rate)))
        self.cards["on_time"].set(format_number(ov.on_time), self.tr("on-time rate %1").replace("%1", pct(ov.on_time_rate)),
                                  "#2e7d32")
        self.cards["late"].set(format_number(ov.late), "", "#a15c00" if ov.late else None)
        self.cards["returned"].set(format_number(ov.returned), "", "#a15c00" if ov.returned else None)
        self.cards["missing"].set(format_number(ov.missing),
                                  self.tr("due %1").replace("%1", ov.due_date.strftime("%d/%m/%Y")),
                                  "#b00020" if ov.missing else None)
        self.status_model.set_rows(list(ov.rows))
        self.figures_model.set_rows([r for r in ov.rows if r.counted])
        self.warnings_model.set_rows(ov.warnings)
        t = ov.totals
        parts = [f"{_t('Inbox', FIGURE_LABELS[k])}: {_fmt(t.get(k), k in RATES)}" for k in FIGURES if t.get(k) is not None]
        self.totals.setText("<b>" + self.tr("Totals of %1 reports").replace("%1", str(ov.received)) + ":</b> "
                            + "; ".join(parts))
        self.remind_button.setEnabled(ov.missing > 0)
        self.export_button.setEnabled(True)
        self._draw_charts(ov)

    def _show_followups(self) -> None:
        from qms_desktop.services.receiving import inspection as ins
        from qms_desktop.ui.receiving.inspection_page import followup_text

        items = ins.follow_ups(self.env.ctx, open_only=True)
        overdue = any(f.state == ins.OVERDUE for f in items)
        self.followup_warning.setText(followup_text(items))
        self.followup_warning.setStyleSheet("color: #b00020; font-weight: bold" if overdue else "color: #a15c00")
        self.followup_warning.setVisible(bool(items))

    def _draw_charts(self, ov: rx.Overview) -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QPieSeries, QValueAxis

        for layout in (self.chart_layout, self.rate_layout):
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget()
                if widget is not None:  # hidden and detached now; deleted when the event loop runs
                    widget.hide()
                    widget.setParent(None)
                    widget.deleteLater()
        def bare_view(chart: QChart, name: str) -> QChartView:  # no legend, margins or background
            chart.legend().hide()
            chart.setMargins(QMargins(0, 0, 0, 0))
            chart.setBackgroundVisible(False)
            view = QChartView(chart)
            view.setObjectName(name)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            return view

        states = ((ov.on_time, self.tr("On time"), "#2e7d32"), (ov.late, self.tr("Late"), "#e0a030"),
                  (ov.returned, self.tr("Returned"), "#a15c00"), (ov.missing, self.tr("Missing"), "#b00020"))
        pie = QPieSeries()
        for value, text, colour in states:
            if value:
                slice_ = pie.append(f"{text}: {value}", value)
                slice_.setColor(QColor(colour))
        pie.setPieSize(0.85)
        chart = QChart()
        chart.addSeries(pie)
        self.chart_layout.addWidget(bare_view(chart, "status_chart"), 1)
        legend = QLabel("<br>".join(
            f"<span style='color:{colour}; font-size:14pt'>■</span> {text}: <b>{value}</b>"
            for value, text, colour in states))
        legend.setObjectName("status_legend")
        self.chart_layout.addWidget(legend)

        bands = [(None, 90), (90, 95), (95, ov.target), (ov.target, None)]
        labels = [self.tr("below 90%"), "90–95%", f"95–{ov.target:g}%", self.tr("%1% and more").replace("%1", f"{ov.target:g}")]
        counts = [0, 0, 0, 0]
        for r in ov.rows:
            rate = r.figures.get("on_time_rate") if r.counted else None
            if rate is None:
                continue
            for i, (low, high) in enumerate(bands):
                if (low is None or rate >= low) and (high is None or rate < high):
                    counts[i] += 1
                    break
        bar = QBarSet(self.tr("Units"))
        bar.append([float(c) for c in counts])
        bar.setColor(QColor("#1565c0"))
        series = QBarSeries()
        series.append(bar)
        series.setLabelsVisible(True)
        rate_chart = QChart()
        rate_chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(labels)
        rate_chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setRange(0, max(counts + [1]) * 1.2)
        axis_y.setLabelFormat("%d")
        axis_y.setTickCount(3)
        rate_chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        self.rate_layout.addWidget(bare_view(rate_chart, "rate_chart"))

    # -- documents ---------------------------------------------------------------------------------
    def reminder(self) -> None:
        from qms_desktop.services.receiving.documents import letter_file_name, reminder_letter_pdf
        from qms_desktop.ui import print_preview

        code = self.period.currentData()
        self.env.runner.start(lambda progress, cancel: reminder_letter_pdf(self.env.ctx, code), parent=self,
                              label=self.tr("Preparing the reminder letter…"),
                              on_done=lambda pdf: print_preview.show_preview(
                                  pdf, self.tr("Reminder letter"), file_name=letter_file_name("remind", code),
                                  parent=self),
                              on_error=lambda exc: show_error(self, exc))

    def export(self) -> None:
        from qms_desktop.services.receiving.documents import write_summary

        folder = pick_folder(self, self.tr("Write the consolidated workbook and the summary report into which folder?"))
        if not folder:
            return
        code = self.period.currentData()
        self.env.runner.start(lambda progress, cancel: write_summary(self.env.ctx, code, folder), parent=self,
                              label=self.tr("Writing the workbook and the report…"),
                              on_done=self._exported, on_error=lambda exc: show_error(self, exc))

    def _exported(self, paths: list[Path]) -> None:
        self.last_export = paths
        self.status_message.emit(self.tr("Written: %1").replace("%1", ", ".join(p.name for p in paths)))


def _two_lines(text: str) -> str:
    """A long header on two lines (the figures table has seventeen narrow columns)."""
    words = text.split()
    if len(words) < 2:
        return text
    best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])


def _warning_text(w) -> str:
    return render(w, lambda c, t: QCoreApplication.translate(c, t) or t)


def _fmt(value, rate: bool) -> str:
    if value is None:
        return "—"
    return format_percent(value) if rate else format_number(value)
