"""Quy trình: the register of procedures, their versions with sign-off, steps, amendments, legal basis, files, history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from qms_desktop.domain.errors import QmsError
from qms_desktop.domain.model import label
from qms_desktop.i18n import QT_TRANSLATE_NOOP
from qms_desktop.services import history, procedures, records, tthc
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.dialogs.procedure_dialog import ProcedureDialog
from qms_desktop.ui.dialogs.version_dialog import ApproveDialog, VersionDialog
from qms_desktop.ui.models.row_table_model import Column
from qms_desktop.ui.models.styled_row_model import GREEN, GREY, StyledRowModel
from qms_desktop.ui.pages.master_detail import MasterDetailPage, t
from qms_desktop.ui.pages.procedure_tabs import AmendmentsTab, LegalBasisTab, StepsTab, VersionsTab
from qms_desktop.ui.widgets.change_history import ChangeHistoryView, changes_of
from qms_desktop.ui.widgets.layout import detail_header, vbox


class ProceduresPage(MasterDetailPage):
    key = "procedures"
    kinds = frozenset({"procedure", "legal_document", "new_procedure"})
    origin_table = "procedure"
    watches = frozenset({"procedure", "tthc", "legal_document", "unit", "staff"})
    state_key = "procedures/list"
    export_name = "DanhMucQuyTrinh.xlsx"

    def count_text(self, total: int) -> str:
        return QCoreApplication.translate("ProceduresPage", "%n procedure(s)", "", total)  # %n: tr() would not fill it

    def __init__(self, env, parent: QWidget | None = None) -> None:
        self.detail_data: procedures.ProcedureDetail | None = None
        self._tthc: dict[int, tthc.TthcRow] = {}
        super().__init__(env, parent)
        self.show_cancelled = QCheckBox(self.tr("Show &cancelled"))
        self.show_cancelled.toggled.connect(lambda _on: self.refresh())
        self.toolbar.insertWidget(2, self.show_cancelled)
        self.new_button = self.tool_button(self.tr("&New procedure…"), lambda: self.create())
        # enabled by the selection (show_detail)
        self.edit_button = self.tool_button(self.tr("&Edit…"), self.edit, permission=None)
        self.withdraw_button = self.tool_button(self.tr("&Withdraw…"), self.withdraw, permission=None,
                                                tip=self.tr("Cancel the procedure with a reason; nothing is deleted."))
        self.finish_toolbar(sizes=(230, 420))
        self.table.activated_row.connect(lambda _r: self.edit())

    def columns(self) -> list[Column]:
        return [
            Column("code", QT_TRANSLATE_NOOP("Columns", "Code"), width=110),
            Column("title", QT_TRANSLATE_NOOP("Columns", "Title"), width=380),
            Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "label", width=170),
            Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "label", width=100),
            Column("version", QT_TRANSLATE_NOOP("Columns", "Version"), "number", width=60),
            Column("effective_date", QT_TRANSLATE_NOOP("Columns", "Effective from"), "date", width=100),
            Column("tthc_codes", QT_TRANSLATE_NOOP("Columns", "Linked TTHC")),
        ]

    def make_model(self) -> StyledRowModel:
        return StyledRowModel(self.columns(), self, foreground=lambda r, _k: GREY if r.cancelled_reason or r.status == "obsolete"
                              else GREEN if r.status == "effective" and _k == "status" else None)

    def load_rows(self) -> list[procedures.ProcedureRow]:
        self._tthc = {r.id: r for r in tthc.list_tthc(self.env.ctx)}
        include = self.show_cancelled.isChecked() if hasattr(self, "show_cancelled") else False
        return procedures.list_procedures(self.env.ctx, include_cancelled=include)

    def open_record(self, kind: str, record_id: int) -> bool:
        """A procedure; or a legal document (search hit), shown on its procedure's Legal basis tab;
        or "new_procedure" with a TTHC id: the New procedure dialog with that TTHC linked."""
        if kind == "new_procedure":
            if self.can("edit"):
                self.create(preset_tthc=(int(record_id),))
            return True
        if kind != "legal_document":
            return super().open_record(kind, record_id)
        try:
            doc = records.get(self.env.ctx, "legal_document", int(record_id))
        except QmsError:
            return False
        if not super().open_record("procedure", doc.values["procedure_id"]):
            return False
        self.tabs.setCurrentWidget(self.legal_tab)
        return self.legal_tab.table.select_where(lambda r: r.id == doc.id)

    # -- detail ------------------------------------------------------------------------------------------
    def build_detail(self) -> QWidget:
        box = QWidget()
        self.header = detail_header()
        self.subheader = QLabel()
        self.subheader.setWordWrap(True)
        self.versions_tab = VersionsTab(self)
        self.steps_tab = StepsTab(self)
        self.amendments_tab = AmendmentsTab(self)
        self.legal_tab = LegalBasisTab(self)
        self.history_tab = ChangeHistoryView()
        self.detail_tabs("procedure", self.tr("F&iles"), (self.versions_tab, self.tr("Ve&rsions")), (self.steps_tab, self.tr("S&teps")),
                         (self.amendments_tab, self.tr("A&mendment log")), (self.legal_tab, self.tr("&Legal basis")),
                         after=((self.history_tab, self.tr("Histor&y")),))
        self.tabs.currentChanged.connect(lambda _i: self._load_history())
        vbox(self.header, self.subheader, (self.tabs, 1), parent=box, margins=(0, 4, 0, 0))
        return box

    def limit_text(self, detail: procedures.ProcedureDetail) -> str:
        """The linked TTHC's time limit as published, e.g. "03 ngày làm việc" (the strictest)."""
        rows = [self._tthc[i] for i in detail.tthc_ids if i in self._tthc and self._tthc[i].time_limit_days is not None]
        return min(rows, key=lambda r: r.time_limit_days).time_limit if rows else ""

    def show_detail(self, row: procedures.ProcedureRow | None) -> None:
        detail = self.fetch_detail(procedures.get_procedure, row)
        can_edit = self.can("edit") and detail is not None and not detail.row.cancelled_reason
        self.edit_button.setEnabled(can_edit)
        self.withdraw_button.setEnabled(can_edit)
        if detail is None:
            self.header.setText(self.tr("Select a procedure in the list, or register one with “New procedure…”."))
            self.subheader.clear()
        else:
            r = detail.row
            self.header.setText(f"{r.code} — {r.title}")
            parts = [t("Labels", label(r.kind)), t("Labels", label(r.status))]
            if r.version:
                parts.append(self.tr("version %1").replace("%1", str(r.version)))
            names = [f"{self._tthc[i].code} {self._tthc[i].name}" for i in detail.tthc_ids if i in self._tthc]
            if names:
                parts.append(self.tr("TTHC: %1").replace("%1", "; ".join(names)))
            if r.cancelled_reason:
                parts.append(self.tr("withdrawn: %1").replace("%1", r.cancelled_reason))
            if r.former_code:
                origin = self.origin.labels.get(r.id, "") if self.origin is not None else ""
                parts.append(self.tr("former code %1 (%2)").replace("%1", r.former_code).replace("%2", origin)
                             if origin else self.tr("former code %1").replace("%1", r.former_code))
            self.subheader.setText(" · ".join(parts))
        self.versions_tab.set_detail(detail)
        self.steps_tab.set_detail(detail, self.limit_text(detail) if detail else "")
        self.amendments_tab.set_detail(detail)
        self.legal_tab.set_procedure(detail.row.id if detail else None)
        self._show_files(detail)
        self._load_history()

    def _show_files(self, d: procedures.ProcedureDetail | None) -> None:
        """Files of the procedure and of each version (signed scans, DOCX); new ones go to the latest version."""
        if d is None:
            self.files_tab.set_owners([])
            return
        owners = [("procedure", d.row.id, self.tr("procedure"))]
        owners += [("procedure_version", v.id, self.tr("version %1").replace("%1", str(v.number)))
                   for v in d.versions]
        self.files_tab.set_owners(owners, target=len(owners) - 1)

    def _load_history(self) -> None:
        if self.tabs.currentWidget() is not self.history_tab:
            return
        d = self.detail_data
        if d is None:
            self.history_tab.set_rows([])
            return
        parts = [("procedure", d.row.id), *(("procedure_version", v.id) for v in d.versions),
                 *(("amendment", a.id) for a in d.amendments)]  # and the files of the procedure and its versions
        versions = {("procedure_version", v.id): self.tr("Version %1").replace("%1", str(v.number)) for v in d.versions}
        self.history_tab.set_rows(changes_of(self.env.ctx, parts), history.reference_names(self.env.ctx), versions)

    def has_unsaved(self) -> bool:
        return bool(self.steps_tab.dirty)

    def can_leave(self) -> bool:
        if self.has_unsaved():
            return prompts.confirm(self, self.tr("The steps were changed but not saved. Leave without saving?"))
        return True

    # -- actions -----------------------------------------------------------------------------------------
    def create(self, preset_tthc: tuple[int, ...] = ()) -> None:
        dlg = ProcedureDialog(self.env, preset_tthc=preset_tthc, parent=self)
        if self.accepted(dlg, "procedure"):
            self.select_id(dlg.result_row.id)

    def edit(self) -> None:
        if self.detail_data is None or not self.can("edit"):
            return
        dlg = ProcedureDialog(self.env, self.detail_data, parent=self)
        self.accepted(dlg, "procedure")

    def withdraw(self) -> None:
        self.cancel_with_reason(lambda d: self.tr("Withdraw procedure %1? Its effective version ends today. "
                                                  "The record is kept and cannot be reactivated.").replace("%1", d.row.code),
                                self.tr("Withdraw procedure"), self.tr("Reason for withdrawing:"),
                                procedures.withdraw, kinds={"procedure", "tthc"})

    def issue_version(self) -> None:
        d = self.detail_data
        if d is None:
            return
        dlg = VersionDialog(self.env, d, limit_text=self.limit_text(d), parent=self)
        if self.accepted(dlg, "procedure"):
            self.tabs.setCurrentWidget(self.versions_tab)

    def edit_version(self, version: procedures.VersionRow | None) -> None:
        """The dates and sign-off of a draft version (its steps: Steps tab)."""
        d = self.detail_data
        if d is None or version is None or not self.can("edit"):
            return
        dlg = VersionDialog(self.env, d, version=version, parent=self)
        if self.accepted(dlg, "procedure"):
            self.tabs.setCurrentWidget(self.versions_tab)
            self.versions_tab.table.select_where(lambda r: r.id == version.id)

    def approve_version(self, version: procedures.VersionRow | None) -> None:
        d = self.detail_data
        if d is None or version is None:
            return
        self.accepted(ApproveDialog(self.env, d, version, parent=self), {"procedure", "tthc"})

