"""Tổng quan: the warnings with their dates, this period's figures, and two charts."""

from __future__ import annotations

from html import escape

import shiboken6

from PySide6.QtCharts import (
    QAbstractBarSeries, QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import (
    QApplication, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QSplitter,
    QStackedLayout,
    QTableWidgetItem, QWidget,
)

from qms_desktop.domain import rates
from qms_desktop.domain.model import label
from qms_desktop.domain.periods import ReportPeriod
from qms_desktop.domain.rules import DUE_SOON_DAYS
from qms_desktop.i18n import format_date, format_percent, render
from qms_desktop.services import dashboard, setup
from qms_desktop.ui import fonts
from qms_desktop.ui.pages.base import Page, UiEnv, show_error
from qms_desktop.ui.widgets.figure_card import FigureCard
from qms_desktop.ui.widgets.layout import push_button, read_only_table, vbox
from qms_desktop.ui.translations import translated as _t

RED, AMBER, GREEN, BLUE = "#b00020", "#a15c00", "#2e7d32", "#1565c0"
RecordRole = Qt.ItemDataRole.UserRole + 1


class ChartBox(QGroupBox):
    """A chart, or a short note when there is nothing to draw yet."""

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._fit_height()
        fonts.font_events().changed.connect(self._fit_height)
        self.empty = QLabel(empty_text)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedLayout(self)  # set on the box first: a stacked layout shows its first widget, a
        self.stack.addWidget(self.view)  # window of its own while it has no parent (it flashed on the screen)
        self.stack.addWidget(self.empty)
        self._category_axis: QBarCategoryAxis | None = None  # below the bars: its labels may need turning
        self._refit_labels = QTimer(self)
        self._refit_labels.setSingleShot(True)
        self._refit_labels.setInterval(0)
        self._refit_labels.timeout.connect(self._fit_category_labels)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._refit_labels.start()

    def _fit_category_labels(self) -> None:
        """Qt Charts cuts a label below a bar to "12/20..." when it is wider than its share of the axis
        (large text, a narrow window): turn the labels then, 45° or, if that is not enough, upright."""
        axis = self._category_axis
        if axis is None or not shiboken6.isValid(axis) or not axis.count():
            return
        metrics = QFontMetricsF(axis.labelsFont())
        width = max(metrics.horizontalAdvance(c) for c in axis.categories()) + 12  # the text item's margins
        height = metrics.height() + 8
        # Qt's share per label: the axis width over the categories and the one boundary more, less padding
        share = self.view.chart().plotArea().width() / (axis.count() + 1) - 10
        if width <= share:
            angle = 0
        elif (width + height) * 0.7072 <= share:
            angle = -45
        else:
            angle = -90
        if axis.labelsAngle() != angle:
            axis.setLabelsAngle(angle)

    def _fit_height(self) -> None:
        """150 px at the default text size, taller with A+: the axis labels grow with the text and would
        otherwise be cut to "…" (the page scrolls instead)."""
        scale = max(1.0, QApplication.font().pointSizeF() / fonts.DEFAULT_POINT_SIZE)
        self.view.setMinimumHeight(round(150 * scale * scale))

    def show_bars(self, categories: list[str], values: list[float], *, color: str, horizontal: bool = False,
                  percent: bool = False) -> None:
        """One bar per category; counts get integer ticks, percentages a 0–100 axis."""
        categories = unique_labels(categories)  # Qt's axis drops a repeated one: bars and labels fell out of step
        if not values or not any(values):
            self.stack.setCurrentWidget(self.empty)
            return
        bar_set = QBarSet("")
        bar_set.append([float(v) for v in values])
        bar_set.setColor(QColor(color))
        bar_set.setLabelColor(QColor("white") if percent else QColor("black"))
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%" if percent else "@value")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsInsideEnd if percent
                                 else QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsPrecision(3)
        chart = QChart()
        chart.setLocalizeNumbers(True)  # 98,3% in Vietnamese
        chart.addSeries(series)
        chart.legend().hide()
        chart.setMargins(QMargins(2, 2, 8, 2))
        chart.setBackgroundRoundness(0)
        font = fonts.relative_font(-1)
        bar_set.setLabelFont(font)
        categories_axis = QBarCategoryAxis()
        categories_axis.append(categories)
        categories_axis.setLabelsFont(font)
        values_axis = QValueAxis()
        values_axis.setLabelsFont(font)
        if percent:
            values_axis.setRange(0, 100)
            values_axis.setTickCount(5)
            values_axis.setLabelFormat("%.0f")  # localized numbers take only d e f g i specifiers
        else:
            top = int(max(values)) + 1
            values_axis.setRange(0, top)
            values_axis.setTickCount(top + 1 if top <= 8 else 5)
            values_axis.setLabelFormat("%.0f")
        self._category_axis = None if horizontal else categories_axis
        chart.addAxis(categories_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories_axis)
        series.attachAxis(values_axis)
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.stack.setCurrentWidget(self.view)
        self._refit_labels.start()


def unique_labels(labels: list[str]) -> list[str]:
    """The labels, a repeated one numbered ('06/2025', '06/2025 (2)'): a category axis keeps one of each."""
    seen: dict[str, int] = {}
    out = []
    for text in labels:
        seen[text] = seen.get(text, 0) + 1
        out.append(text if seen[text] == 1 else f"{text} ({seen[text]})")
    return out


def period_end_labels(ends: list) -> list[str]:
    """A bar's label per statistics period: the month of its end ('12/2025'), or its end day where two periods end
    in one month, as after a merge (QA 16 F4: '12/2025 100%' was the rate of 15/06–30/06/2025)."""
    months = [f"{end:%m/%Y}" for end in ends]
    return [f"{end:%d/%m/%Y}" if months.count(month) > 1 else month for end, month in zip(ends, months)]


class DashboardPage(Page):
    key = "dashboard"

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        self.data: dashboard.DashboardData | None = None
        self._generation = 0  # of refresh(): only the newest one's figures are shown
        self.period_line = QLabel()
        self.period_line.setObjectName("period_line")
        self.period_line.setWordWrap(True)
        self.cards = {
            "tthc": FigureCard(self.tr("TTHC in the QMS scope")),
            "procedures": FigureCard(self.tr("Procedures in effect")),
            "ncs": FigureCard(self.tr("Open nonconformities")),
            "actions": FigureCard(self.tr("Overdue actions")),
            "objectives": FigureCard(self.tr("Objectives met this year")),
            "petitions": FigureCard(self.tr("Citizen feedback and petitions")),
        }
        grid = QGridLayout()
        grid.setSpacing(8)
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, i)

        self.warnings = read_only_table("warnings", [self.tr("Due"), self.tr("What needs doing")], fit=(0,),
                                        whole_rows=True)
        self.warnings.setAlternatingRowColors(True)
        header = self.warnings.horizontalHeader()
        # Rows fit their wrapped text once the columns have settled: fitting 2,000 rows at each of the
        # layout's column resizes took six passes at start-up (issue 19).
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.warnings.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())
        self.warnings.activated.connect(lambda index: self.open_warning(index.row()))
        self.warnings_box = QGroupBox(self.tr("Warnings (Enter or double-click opens the record)"))
        vbox(self.warnings, parent=self.warnings_box)

        self.nc_chart = ChartBox(self.tr("Nonconformities this year by status"),
                                 self.tr("No nonconformity recorded this year."))
        self.rate_chart = ChartBox(self.tr("TTHC settled on time (%), by period end"),
                                   self.tr("No service statistics recorded yet."))
        charts = QWidget()
        vbox(self.nc_chart, self.rate_chart, parent=charts, margins=0)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.warnings_box)
        splitter.addWidget(charts)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        # What the first-run set-up left undone (hidden once everything is there).
        self.setup_box = QGroupBox(self.tr("The set-up is not finished"))
        self.setup_box.setObjectName("setup_box")
        self.setup_box.setStyleSheet(f"QGroupBox#setup_box {{ color: {AMBER}; font-weight: bold; }}")
        self.setup_text = QLabel()
        self.setup_text.setObjectName("setup_gaps")
        self.setup_text.setWordWrap(True)
        self.setup_text.setTextFormat(Qt.TextFormat.RichText)
        self.setup_text.setStyleSheet("color: palette(text); font-weight: normal;")
        self.setup_text.linkActivated.connect(self.env.open_record)
        self.setup_button = push_button(
            self.tr("&Finish the set-up…"), self.finish_setup, name="finish_setup",
            tip=self.tr("Shows the steps of the first start that were left: a new recovery code, the starter "
                        "procedures and the TTHC list."))
        slay = QHBoxLayout(self.setup_box)
        slay.addWidget(self.setup_text, 1)
        slay.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setup_box.hide()

        vbox(self.setup_box, self.period_line, self._merged_line(), grid, (splitter, 1), parent=self, margins=0)
        fonts.font_events().changed.connect(self._font_changed)

    def _on_data_changed(self, kinds: set, initiator: object) -> None:
        super()._on_data_changed({"*"}, initiator)  # every record feeds some figure or warning

    def refresh(self) -> None:
        """The set-up gaps at once; the figures and warnings (a period's facts: seconds on a large
        commune) read off the GUI thread, so that the window is painted first (issue 19)."""
        self._show_setup()
        self._show_predecessors()
        self._generation += 1
        generation = self._generation
        if self.data is None:
            self.period_line.setText(self.tr("Reading the figures…"))
        ctx = self.env.ctx
        self.env.runner.background(lambda: dashboard.gather(ctx),
                                   on_done=lambda data: self._show_data(generation, data),
                                   on_error=self._gather_failed)

    def _show_data(self, generation: int, data: dashboard.DashboardData) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return  # a newer refresh is on its way, or the page is gone
        self.data = data
        self._show_period(data)
        self._show_cards(data)
        self._show_warnings(data)
        self._show_charts(data)

    def _gather_failed(self, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self.period_line.setText("")
            show_error(self, exc)

    # -- after a merge of former communes (2025 reform): the figures are the whole commune's ----------
    def _merged_line(self) -> QLabel:
        self.merged_line = QLabel()
        self.merged_line.setObjectName("merged_line")
        self.merged_line.setWordWrap(True)
        self.merged_line.setVisible(False)
        self.merged_line.linkActivated.connect(lambda _link: self.open_breakdown())
        return self.merged_line

    def _show_predecessors(self) -> None:
        from qms_desktop.services.provenance import predecessors

        names = [p.label for p in predecessors(self.env.ctx)]
        self.merged_line.setVisible(bool(names))
        if names:
            self.merged_line.setText(self.tr(
                "The figures are the whole commune's, including the former communes merged into it: %1. "
                "<a href=\"figures\">Figures per former commune…</a>").replace("%1", ", ".join(names)))

    def open_breakdown(self) -> None:
        from qms_desktop.ui.dialogs.predecessors_dialog import FIGURES_TAB, PredecessorsDialog

        PredecessorsDialog(self.env, self, tab=FIGURES_TAB).exec()

    def _font_changed(self) -> None:
        if self.data is not None:
            self._show_charts(self.data)  # chart fonts are set explicitly

    # -- parts ---------------------------------------------------------------------------------
    def _show_setup(self) -> None:
        self.gaps = setup.gaps(self.env.ctx)
        refs = {"settings": "unit:", "procedures": "procedure:", "tthc": "tthc:"}
        lines = [f'• <a href="{refs.get(g.page, "")}">{escape(g.render(_t))}</a>' for g in self.gaps]
        self.setup_text.setText("<br>".join(lines))
        self.setup_box.setVisible(bool(self.gaps))
        self.setup_button.setVisible(bool(setup.pending(self.env.ctx)) and self.env.ctx.actor.can("edit"))

    def finish_setup(self) -> None:
        """The first-run wizard again, with only the steps that were left (a new recovery code, the kit)."""
        from qms_desktop.ui.first_run import FirstRunWizard

        wizard = FirstRunWizard(self.env.ctx.db, self.env.runner, self, resume=self.env.ctx)
        wizard.exec()
        self.env.events.changed({"*"}, None)
        self.refresh()

    def _show_period(self, d: dashboard.DashboardData) -> None:
        period = ReportPeriod(d.period_year, d.period_half)
        name = _t("Periods", period.title_vi_source()).format(year=d.period_year)
        days = d.days_to_report
        if days < 0:
            when, color = QCoreApplication.translate("DashboardPage", "%n day(s) overdue", "", -days), RED
        elif days == 0:
            when, color = self.tr("today"), RED
        else:
            when, color = QCoreApplication.translate("DashboardPage", "in %n day(s)", "", days), AMBER if days <= DUE_SOON_DAYS else None
        text = (self.tr("Next report: %1 (%2 – %3), to be sent by %4 — %5.")
                .replace("%1", name).replace("%2", format_date(d.period_start)).replace("%3", format_date(d.period_end))
                .replace("%4", format_date(d.report_due)).replace("%5", when))
        self.period_line.setText(text)
        self.period_line.setStyleSheet(f"color: {color};" if color else "")

    def _show_cards(self, d: dashboard.DashboardData) -> None:
        cov = d.coverage_percent
        covered = format_percent(rates.floor_to(cov, 0), 0) if cov is not None else "–"
        self.cards["tthc"].set(str(d.tthc_in_scope), self.tr("of %1; covered by a procedure: %2")
                               .replace("%1", str(d.tthc_total)).replace("%2", covered),
                               GREEN if cov == 100 else (AMBER if cov is not None else None))
        self.cards["procedures"].set(str(d.procedures_effective),
                                     self.tr("of %1 registered").replace("%1", str(d.procedures_total)))
        self.cards["ncs"].set(str(d.ncs_open), "", AMBER if d.ncs_open else GREEN)
        self.cards["actions"].set(str(d.overdue_actions), "", RED if d.overdue_actions else GREEN)
        set_for = self.tr("%1 objectives set for %2").replace("%1", str(d.objectives_total)).replace("%2", str(d.today.year))
        if d.objectives_latest_period:  # the figure is the latest results': say whose (the year's comes later)
            p = ReportPeriod.parse(d.objectives_latest_period)
            set_for += "; " + self.tr("results of %1").replace(
                "%1", _t("Periods", p.title_vi_source()).format(year=p.year))
        self.cards["objectives"].set(
            f"{d.objectives_met}/{d.objectives_measured}" if d.objectives_measured else "–", set_for,
            (GREEN if d.objectives_met == d.objectives_measured else AMBER) if d.objectives_measured else None)
        waiting = d.petitions_pending  # with those received earlier and still unanswered
        text = self.tr("%1 awaiting an answer").replace("%1", str(waiting))
        if d.petitions_pending_earlier:  # the card counts the period's; these came before it (QA 18 F1)
            text += " " + self.tr("(%1 from earlier periods)").replace("%1", str(d.petitions_pending_earlier))
        self.cards["petitions"].set(str(d.petitions), text, AMBER if waiting else None)

    def _show_warnings(self, d: dashboard.DashboardData) -> None:
        soon = d.today.toordinal() + DUE_SOON_DAYS
        # Filled with the first column's fit and the painting off, then fitted once: with rows already sized to
        # their text, each item set re-measured the column over every row (QA 52 F1: 45 s for 4,860 warnings).
        header = self.warnings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.warnings.setUpdatesEnabled(False)
        try:
            self._fill_warnings(d, soon)
        finally:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            self.warnings.setUpdatesEnabled(True)
        self._fit_rows.start()
        self.warnings_box.setTitle(self.tr("Warnings: %1 (Enter or double-click opens the record)")
                                   .replace("%1", str(len(d.warnings))))

    def _fill_warnings(self, d: dashboard.DashboardData, soon: int) -> None:
        self.warnings.setRowCount(0)
        self.warnings.setRowCount(max(1, len(d.warnings)))
        for row, w in enumerate(d.warnings):
            due = format_date(w.due_date) if w.due_date else ""
            color = None
            if w.overdue:
                color, due = RED, due + "\n" + self.tr("(overdue)")
            elif w.due_date and w.due_date == self.env.ctx.today:  # not "due soon" on the day itself (QA 63 F2)
                color, due = AMBER, due + "\n" + self.tr("(due today)")
            elif w.due_date and w.due_date.toordinal() <= soon:
                color, due = AMBER, due + "\n" + self.tr("(due soon)")
            for col, text in enumerate((due, render(w, _t))):
                item = QTableWidgetItem(text)
                item.setData(RecordRole, w.record)
                if color:
                    item.setForeground(QBrush(QColor(color)))
                self.warnings.setItem(row, col, item)
        if not d.warnings:
            self.warnings.setItem(0, 0, QTableWidgetItem(""))
            self.warnings.setItem(0, 1, QTableWidgetItem(self.tr("Nothing to do: no warning.")))
        else:
            self.warnings.setCurrentCell(0, 1)

    def _show_charts(self, d: dashboard.DashboardData) -> None:
        # Horizontal bars: the status names are long, in Vietnamese too.
        by_status = list(reversed(d.ncs_by_status))  # the first status drawn at the top
        self.nc_chart.show_bars([_t("Labels", label(code)) for code, _n in by_status], [n for _c, n in by_status],
                                color=BLUE, horizontal=True)
        rated = [p for p in d.rates if p.rate is not None]
        self.rate_chart.show_bars(period_end_labels([p.end for p in rated]), [rates.floor_to(p.rate, 1) for p in rated],
                                  color=GREEN, percent=True)

    def open_warning(self, row: int) -> None:
        item = self.warnings.item(row, 0)
        ref = item.data(RecordRole) if item is not None else None
        if ref:
            self.env.open_record(ref)
