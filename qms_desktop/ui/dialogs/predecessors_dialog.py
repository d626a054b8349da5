"""Xã cũ đã gộp: the former communes merged into this one, a period's figures per former commune,
and the reports they sent under their own names (printable as they were sent)."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QLabel, QTabWidget, QWidget,
)

from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import QT_TRANSLATE_NOOP, local_time
from qms_desktop.services import provenance, users
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.models.row_table_model import Column, RowTableModel
from qms_desktop.ui.widgets.change_history import who
from qms_desktop.ui.widgets.header_fit import fit_header_widths
from qms_desktop.ui.widgets.table_view import TableView
from qms_desktop.ui.widgets.layout import hbox, push_button, vbox

FIGURES_TAB = 1


def _merged_on(p: provenance.Predecessor) -> str:
    return local_time(p.merged_at).strftime("%d/%m/%Y %H:%M")


class PredecessorsDialog(QDialog):
    def __init__(self, env, parent: QWidget | None = None, *, tab: int = 0) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("predecessorsDialog")
        self.setWindowTitle(self.tr("Former communes merged into this one"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_list(), self.tr("&Former communes"))
        self.tabs.addTab(self._build_figures(), self.tr("Figures &per former commune"))
        self.tabs.addTab(self._build_reports(), self.tr("Their &reports"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        vbox((self.tabs, 1), buttons, parent=self)
        self.resize(1100, 560)
        self.reload()
        self.tabs.setCurrentIndex(tab)

    # -- former communes ---------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        self.list_model = RowTableModel([
            Column("full_name", QT_TRANSLATE_NOOP("Columns", "Former commune"), width=260),
            Column("province", QT_TRANSLATE_NOOP("Columns", "Province"), width=120),
            Column("merged", QT_TRANSLATE_NOOP("Columns", "Merged on"), width=120, value=_merged_on),
            Column("merged_by", QT_TRANSLATE_NOOP("Columns", "By"), width=160,
                   value=lambda p: who(p.merged_by, self._names)),  # the person, not the log-in
            Column("prefix", QT_TRANSLATE_NOOP("Columns", "Code prefix"), width=90),
            Column("key_fingerprint", QT_TRANSLATE_NOOP("Columns", "Key fingerprint"), width=160,
                   value=lambda p: p.key_fingerprint or "—"),
            Column("head", QT_TRANSLATE_NOOP("Columns", "Chain head"), width=200,
                   value=lambda p: f"{p.chain_count}:{p.chain_hash[:16]}…"),
            Column("file_name", QT_TRANSLATE_NOOP("Columns", "File")),
        ], self)
        self.list_table = TableView(self.list_model, "merge/predecessors", self)
        fit_header_widths(self.list_table)
        note = QLabel(self.tr(
            "Each former commune's change history is kept as it was, ending at the chain head shown here; the "
            "merge itself is in this database's history with that head, and the reports exported from now on "
            "list the former communes (name, key fingerprint, chain head) for the receiving office."))
        note.setWordWrap(True)
        self.empty = QLabel(self.tr("No former commune has been merged into this database (File → Merge the "
                                    "former communes' data…)."))
        box = QWidget()
        vbox(self.empty, (self.list_table, 1), note, parent=box)
        return box

    # -- figures ---------------------------------------------------------------------------------
    def _build_figures(self) -> QWidget:
        self.period = QComboBox()
        self.period.setObjectName("breakdownPeriod")
        year = self.env.ctx.today.year
        for y in range(year, year - 4, -1):
            self.period.addItem(self.tr("Second six months of %1").replace("%1", str(y)), f"{y}-H2")
            self.period.addItem(self.tr("First six months of %1").replace("%1", str(y)), f"{y}-H1")
            self.period.addItem(self.tr("The year %1").replace("%1", str(y)), str(y))
        self.period.currentIndexChanged.connect(lambda _i: self.show_figures())
        self.figures_model = RowTableModel([
            Column("label", QT_TRANSLATE_NOOP("Columns", "Origin"), width=170,
                   value=lambda r: r.label or QCoreApplication.translate("PredecessorsDialog", "Whole commune")),
            Column("received", QT_TRANSLATE_NOOP("Columns", "Received"), "number", width=90),
            Column("on_time", QT_TRANSLATE_NOOP("Columns", "On time"), "number", width=90),
            Column("late", QT_TRANSLATE_NOOP("Columns", "Late"), "number", width=70),
            Column("pending", QT_TRANSLATE_NOOP("Columns", "Pending"), "number", width=80),
            Column("rate", QT_TRANSLATE_NOOP("Columns", "On time (%)"), "number", width=95,
                   value=lambda r: r.on_time_rate),
            Column("complaints", QT_TRANSLATE_NOOP("Columns", "Complaints"), "number", width=90),
            Column("nc_opened", QT_TRANSLATE_NOOP("Columns", "NCs opened"), "number", width=95),
            Column("nc_closed", QT_TRANSLATE_NOOP("Columns", "NCs closed"), "number", width=95),
            Column("nc_open_end", QT_TRANSLATE_NOOP("Columns", "NCs open at the end"), "number", width=120),
            Column("petitions", QT_TRANSLATE_NOOP("Columns", "Feedback and petitions"), "number", width=120),
            Column("petitions_pending", QT_TRANSLATE_NOOP("Columns", "Not answered at the end"), "number"),
        ], self)
        self.figures_table = TableView(self.figures_model, "merge/figures", self)
        self.figures_table.setSortingEnabled(False)
        fit_header_widths(self.figures_table)
        export = push_button(self.tr("E&xport to Excel…"), lambda: self.figures_table.export_to_excel(
            self.tr("Figures per former commune — %1").replace("%1", self.period.currentText()), "SoLieuTheoXaCu.xlsx"))
        top = hbox(QLabel(self.tr("Period:")), self.period, 1, export)
        note = QLabel(self.tr(
            "Statistics of the same period were added together when merged; each former commune's own figures are "
            "split back here, and “%1” is what was recorded in this database. Nonconformities are counted by "
            "their dates, as in the report.").replace("%1", self._here_label()))
        note.setWordWrap(True)
        box = QWidget()
        vbox(top, (self.figures_table, 1), note, parent=box)
        return box

    def _here_label(self) -> str:
        from qms_desktop.services.agency import get_profile

        profile = get_profile(self.env.ctx)
        return profile.short_name if profile else ""

    def show_figures(self) -> None:
        try:
            rows = provenance.breakdown(self.env.ctx, self.period.currentData())
        except QmsError as exc:
            prompts.show_error(self, exc)
            rows = []
        self.figures_model.set_rows(rows)

    # -- reports ---------------------------------------------------------------------------------
    def _build_reports(self) -> QWidget:
        self.reports_model = RowTableModel([
            Column("source", QT_TRANSLATE_NOOP("Columns", "Former commune"), width=170),
            Column("period", QT_TRANSLATE_NOOP("Columns", "Period"), width=90),
            Column("version", QT_TRANSLATE_NOOP("Columns", "Version"), "number", width=70),
            Column("number", QT_TRANSLATE_NOOP("Columns", "Number"), width=140),
            Column("date", QT_TRANSLATE_NOOP("Columns", "Date"), "date", width=100),
            Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "label", width=100),
            Column("sent_date", QT_TRANSLATE_NOOP("Columns", "Sent on"), "date"),
        ], self)
        self.reports_table = TableView(self.reports_model, "merge/reports", self)
        fit_header_widths(self.reports_table)
        self.reports_table.activated_row.connect(lambda _r: self.show_report())
        self.show_button = push_button(self.tr("&Show the report as it was sent…"), self.show_report)
        box = QWidget()
        vbox((self.reports_table, 1), hbox(1, self.show_button), parent=box)
        return box

    def show_report(self) -> None:
        row = self.reports_table.current_row()
        if row is None:
            return
        from qms_desktop.reports.pdf import report_pdf
        from qms_desktop.ui.print_preview import show_preview

        try:
            data = provenance.former_report_data(self.env.ctx, row.id)
        except QmsError as exc:
            prompts.show_error(self, exc)
            return
        show_preview(report_pdf(data), self.tr("Report of %1 — %2").replace("%1", row.source).replace("%2", row.period),
                     file_name=f"BaoCao_{row.period}.pdf", parent=self)

    def reload(self) -> None:
        self._names = {"user": users.full_names(self.env.ctx)}
        preds = provenance.predecessors(self.env.ctx)
        self.list_model.set_rows(preds)
        self.empty.setVisible(not preds)
        self.list_table.setVisible(bool(preds))
        self.show_figures()
        self.reports_model.set_rows(provenance.former_reports(self.env.ctx))
        self.show_button.setEnabled(self.reports_model.rowCount() > 0)

