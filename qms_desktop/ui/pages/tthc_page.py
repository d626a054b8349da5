"""Thủ tục hành chính: the commune's TTHC list, the QMS scope, the import from the province's Excel file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QGroupBox, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QWidget,
)
from PySide6.QtCore import QCoreApplication, Qt

from qms_desktop.domain.model import label
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services import procedures, tthc
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.dialogs.form_dialog import FormDialog
from qms_desktop.ui.tthc_import import TthcImportFlow
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.models.styled_row_model import GREY, RED, StyledRowModel
from qms_desktop.ui.pages.master_detail import MasterDetailPage, t
from qms_desktop.ui.widgets.layout import form_rows, hbox, push_button, vbox


class TthcDialog(FormDialog):
    """Add one TTHC by hand (the national code is checked by the service)."""

    def __init__(self, env, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New administrative procedure (TTHC)"),
                         lambda v: tthc.create_tthc(env.ctx, **v), parent)
        self.add_field("code", self.tr("National code"), QLineEdit(), required=True).setPlaceholderText("1.009137")
        self.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        self.add_field("field", self.tr("Field"), QLineEdit()).setPlaceholderText(self.tr("e.g. Hộ tịch"))
        self.add_field("time_limit", self.tr("Legal time limit"), QLineEdit()).setPlaceholderText(
            self.tr("e.g. 05 ngày làm việc"))
        box = QCheckBox(self.tr("In the QMS scope"))
        box.setChecked(True)
        self.add_field("in_scope", self.tr("Scope"), box)
        self.mark_clean()


class TthcPage(MasterDetailPage):
    key = "tthc"
    kinds = frozenset({"tthc"})
    origin_table = "tthc"
    watches = frozenset({"tthc", "procedure"})
    state_key = "tthc/list"
    export_name = "DanhMucTTHC.xlsx"

    def count_text(self, total: int) -> str:
        return QCoreApplication.translate("TthcPage", "%n TTHC", "", total)  # %n: tr() would not fill it

    def __init__(self, env, parent: QWidget | None = None) -> None:
        self._procedures: list[procedures.ProcedureRow] = []
        super().__init__(env, parent)
        self.scope_filter = self.add_filter("scopeFilter", [
            (self.tr("All TTHC"), "all"), (self.tr("In scope"), "in_scope"),
            (self.tr("In scope, no effective procedure"), "uncovered"), (self.tr("Out of scope"), "out")])
        self.new_button = self.tool_button(self.tr("&New TTHC…"), self.create)
        self.import_button = self.tool_button(
            self.tr("&Import list…"), self.import_from_excel, permission="import",
            tip=self.tr("Import the province's TTHC list or a decision changing it "
                        "(.xlsx, .xls, .ods, .docx, .csv), with a preview first"))
        # these two are enabled by the selection
        self.code_button = self.tool_button(
            self.tr("Set national &code…"), self.set_national_code, permission=None,
            tip=self.tr("Replace the temporary code of a TTHC imported without a national code"))
        self.scope_button = self.tool_button(self.tr("In/out of &scope"), self.toggle_scope, permission=None,
                                             tip=self.tr("Put the selected TTHC in the QMS scope, or take it out"))
        self.finish_toolbar(sizes=(420, 160))
        self.last_plan: tthc.ImportPlan | None = None
        self.import_flow: TthcImportFlow | None = None

    def columns(self) -> list[Column]:
        return [
            Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), width=80),
            Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=420),
            Column("field", QT_TRANSLATE_NOOP("Columns", "Field"), width=140),
            Column("time_limit", QT_TRANSLATE_NOOP("Columns", "Time limit"), width=170),
            Column("in_scope", QT_TRANSLATE_NOOP("Columns", "In scope"), width=80),
            Column("covered", QT_TRANSLATE_NOOP("Columns", "Effective procedure"),
                   value=lambda r: self.tr("Yes") if r.covered else self.tr("No")),
            Column("status", QT_TRANSLATE_NOOP("Columns", "Decision"), value=self._status_text),
        ]

    def _status_text(self, row: tthc.TthcRow) -> str:
        """Abolished or replaced by a decision (kept in the register, out of the scope); a temporary code."""
        if row.status == "abolished":
            return self.tr("Abolished (%1)").replace("%1", row.status_decision)
        if row.status == "replaced":
            return self.tr("Replaced by %1 (%2)").replace("%1", row.successor_code).replace("%2", row.status_decision)
        if row.temporary_code:
            return self.tr("Temporary code")
        return ""

    def make_model(self) -> StyledRowModel:
        return StyledRowModel(self.columns(), self, foreground=self._color, check_column="in_scope",
                              on_check=self.set_scope, checkable=lambda: self.can("edit"))

    @staticmethod
    def _color(row: tthc.TthcRow, key: str):
        if not row.in_scope:
            return GREY
        if key == "covered" and not row.covered:
            return RED
        return None

    def load_rows(self) -> list[tthc.TthcRow]:
        self._procedures = procedures.list_procedures(self.env.ctx)
        rows = tthc.list_tthc(self.env.ctx)
        mode = self.scope_filter.currentData() if hasattr(self, "scope_filter") else "all"
        if mode == "in_scope":
            rows = [r for r in rows if r.in_scope]
        elif mode == "uncovered":
            rows = [r for r in rows if r.in_scope and not r.covered]
        elif mode == "out":
            rows = [r for r in rows if not r.in_scope]
        return rows

    def open_record(self, kind: str, record_id: int) -> bool:
        if super().open_record(kind, record_id):
            return True
        if kind in self.kinds and self.scope_filter.currentData() != "all":
            self.scope_filter.setCurrentIndex(0)  # reloads
            return self.select_id(int(record_id))
        return False

    # -- detail ------------------------------------------------------------------------------------------
    def build_detail(self) -> QWidget:
        box = QGroupBox(self.tr("Selected TTHC"))
        self.d_name = QLabel()
        self.d_name.setWordWrap(True)
        self.d_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.d_info = QLabel()
        self.d_procs = QListWidget()
        self.d_procs.setMaximumHeight(70)
        self.d_procs.itemActivated.connect(self._open_procedure)
        self.open_proc_button = push_button(self.tr("Open &procedure"),
                                            lambda: self._open_procedure(self.d_procs.currentItem()))
        self.new_proc_button = push_button(
            self.tr("New p&rocedure for this TTHC…"), self.new_procedure,
            tip=self.tr("Register a procedure on the Procedures page, linked to this TTHC."))
        form = form_rows((self.tr("Name:"), self.d_name), (self.tr("Code, field, limit:"), self.d_info),
                         (self.tr("Procedures:"),
                          hbox((self.d_procs, 1), vbox(self.open_proc_button, self.new_proc_button, 1))))
        box.setLayout(form)
        return box

    def show_detail(self, row: tthc.TthcRow | None) -> None:
        self.d_procs.clear()
        self.scope_button.setEnabled(row is not None and self.can("edit") and row.status == "active")
        self.code_button.setEnabled(row is not None and self.can("edit") and row.temporary_code)
        self.new_proc_button.setEnabled(row is not None and self.can("edit"))
        if row is None:
            self.d_name.setText(self.tr("Select a TTHC in the list."))
            self.d_info.clear()
            self.open_proc_button.setEnabled(False)
            return
        self.d_name.setText(row.name)
        scope = self.tr("in the QMS scope") if row.in_scope else self.tr("out of the QMS scope")
        code = f"{row.code}.{row.provincial_code}" if row.provincial_code else row.code
        if row.temporary_code:
            code = self.tr("%1 (temporary code: no national code yet)").replace("%1", row.code)
        status = ""
        when = row.status_date.strftime("%d/%m/%Y") if row.status_date else ""
        if row.status == "abolished":
            status = self.tr("abolished by decision %1 of %2").replace("%1", row.status_decision).replace("%2", when)
        elif row.status == "replaced":
            status = (self.tr("replaced by %1 (decision %2 of %3)").replace("%1", row.successor_code)
                      .replace("%2", row.status_decision).replace("%3", when))
        elif row.status_decision:  # newly issued by a decision: in the scope from its date
            status = self.tr("issued by decision %1 of %2").replace("%1", row.status_decision).replace("%2", when)
        self.d_info.setText(" · ".join(x for x in (code, row.field, row.time_limit or self.tr("no limit set"), scope,
                                                   status) if x))
        for p in self._procedures:
            if row.code in p.tthc_codes:
                item = QListWidgetItem(f"{p.code} — {p.title} ({t('Labels', label(p.status))})")
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.d_procs.addItem(item)
        if not self.d_procs.count():
            self.d_procs.addItem(self.tr("No procedure covers this TTHC yet."))
        self.open_proc_button.setEnabled(self.d_procs.item(0).data(Qt.ItemDataRole.UserRole) is not None)
        self.d_procs.setCurrentRow(0)

    def _open_procedure(self, item) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.env.open_record(f"procedure:{item.data(Qt.ItemDataRole.UserRole)}")

    def new_procedure(self) -> None:
        """The Procedures page's "New procedure" dialog with the selected TTHC already linked."""
        row = self.current()
        if row is not None and self.can("edit"):
            self.env.open_record(f"new_procedure:{row.id}")

    # -- actions -----------------------------------------------------------------------------------------
    def create(self) -> None:
        dlg = TthcDialog(self.env, self)
        if self.accepted(dlg, "tthc"):
            self.select_id(dlg.result_row.id)

    def set_scope(self, row: tthc.TthcRow, in_scope: bool) -> None:
        if row.in_scope != in_scope:
            self.write(tthc.set_in_scope, row.id, in_scope, kinds="tthc")
            self.select_id(row.id)

    def toggle_scope(self) -> None:
        row = self.current()
        if row is not None:
            self.set_scope(row, not row.in_scope)

    def import_from_excel(self) -> None:
        """Pick the province's list (.xlsx, .xls, .ods, .docx, .csv) and go through the preview."""
        self._flow().choose_and_start()

    def start_import(self, path: str) -> None:
        """Read in the background (progress + Cancel), then the preview; "Import" applies it."""
        self._flow().start(path)

    def _flow(self) -> TthcImportFlow:
        if self.import_flow is None:
            self.import_flow = TthcImportFlow(self.env.ctx, self.env.runner, self, on_done=self._imported,
                                              on_message=self.status_message.emit)
        return self.import_flow

    def _imported(self, plan: tthc.ImportPlan) -> None:
        self.last_plan = plan
        self.changed("tthc")
        self.env.events.milestone.emit("import")  # an automatic backup holds the imported list
        self.refresh()

    def set_national_code(self) -> None:
        """Replace the temporary code of a TTHC imported without a national code."""
        row = self.current()
        if row is None or not row.temporary_code:
            return
        code = prompts.ask_reason(self, self.tr("National code"),
                                  self.tr("National code of “%1” (e.g. 1.009137):").replace("%1", row.name))
        if code:
            self.write(tthc.set_national_code, row.id, code, kinds="tthc")
            self.select_id(row.id)
