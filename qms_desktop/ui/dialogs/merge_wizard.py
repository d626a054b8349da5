"""Gộp dữ liệu: the wizard that merges the former communes' databases into this one.

1. Sources: the former communes' databases or backups (only read; each is copied and checked).
2. Checks and choices: what each check found, the prefix of clashing procedure codes, and the
   questions (a TTHC with the same name under another code; units and people with the same name).
3. Preview: per former commune, what will be added, merged, renumbered, added to figures, kept as
   provenance or not imported, with the reason; then "Back up and merge" (one transaction).

Long work (checks, preview, merge) runs through the UiEnv's job runner, off the GUI thread.
"""

from __future__ import annotations

import tempfile
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHeaderView, QLabel, QListWidget, QSplitter,
    QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QWidget, QWizard, QWizardPage,
)

from qms_desktop.i18n import format_number
from qms_desktop.services import merge as M
from qms_desktop.services import tempfiles
from qms_desktop.ui.dialogs import prompts
from qms_desktop.ui.widgets.layout import hbox, push_button, vbox
from qms_desktop.ui.translations import translated as _tr_any


def _tr(text: str) -> str:
    return QCoreApplication.translate(M.CTX, text) or text


def _render(note) -> str:
    return note.render(lambda c, t: QCoreApplication.translate(c, t) or t) if note is not None else ""


def _item(text: str, *, editable: bool = False, data: object = None) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    it.setFlags(flags)
    if data is not None:
        it.setData(Qt.ItemDataRole.UserRole, data)
    return it


def _table(columns: list[str], parent: QWidget) -> QTableWidget:
    t = QTableWidget(0, len(columns), parent)
    t.setTabKeyNavigation(False)
    t.setHorizontalHeaderLabels(columns)
    t.verticalHeader().setVisible(False)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class MergeWizard(QWizard):
    """Gộp dữ liệu các xã cũ. ``result`` holds the MergeResult once merged."""

    def __init__(self, env, parent: QWidget | None = None, *, backup_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.backup_folder = backup_folder
        tempfiles.sweep()  # a merge killed earlier left its copies of whole databases: gone after a day
        self._work = tempfile.TemporaryDirectory(prefix=tempfiles.MERGE_PREFIX)
        self.checks: list[M.SourceCheck] = []
        self.checked_paths: list[Path] = []
        self.plan: M.MergePlan | None = None
        self.options = M.MergeOptions()
        self.result: M.MergeResult | None = None
        self.setObjectName("mergeWizard")
        self.setWindowTitle(self.tr("Merge the former communes' data"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Back up and &merge"))
        self.sources_page = SourcesPage(self)
        self.choices_page = ChoicesPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.sources_page, self.choices_page, self.preview_page):
            self.addPage(page)
        self.resize(1180, 700)

    @property
    def workdir(self) -> Path:
        return Path(self._work.name)

    def run(self, fn, label: str, on_done) -> None:
        """A job off the GUI thread; refusals are shown, and the wizard stays where it is."""
        self.env.runner.start(fn, parent=self, label=label, on_done=on_done,
                              on_error=lambda exc: prompts.show_error(self, exc))

    def done(self, result: int) -> None:
        super().done(result)
        if not self.isVisible():  # really closed: Finish starts the merge off the GUI thread and keeps it open,
            self._work.cleanup()  # and that job reads the checked copies kept here (QA 14 F2)


# ---------------------------------------------------------------- the pages' common part

class _MergePage(QWizardPage):
    """A step of the merge: its numbered title and what it does, and the wizard it reads and fills."""

    def __init__(self, wizard: MergeWizard, title: str, subtitle: str) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)


# ---------------------------------------------------------------- 1. sources

class SourcesPage(_MergePage):
    def __init__(self, wizard: MergeWizard) -> None:
        super().__init__(wizard, self.tr("1. The former communes' data"), self.tr(
            "Choose the databases (qms.sqlite) or backups of the communes merged into this one in the 2025 reform. "
            "They are only read: each is copied and checked first (integrity, history chain, version). Nothing is "
            "written here until you confirm the preview."))
        self.files = QListWidget()
        self.files.setObjectName("mergeFiles")
        add = push_button(self.tr("&Add files…"), self.add_files)
        remove = push_button(self.tr("&Remove"), self.remove_selected)
        vbox(hbox((self.files, 1), vbox(add, remove, 1)), parent=self)

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.files.count())]

    def add_paths(self, paths: list[str | Path]) -> None:
        have = {str(p) for p in self.paths()}
        for p in paths:
            if str(p) not in have:
                self.files.addItem(str(p))
                self.files.item(self.files.count() - 1).setData(Qt.ItemDataRole.UserRole, str(p))
        self.completeChanged.emit()

    def add_files(self) -> None:
        self.add_paths(prompts.pick_open_files(self, self.tr("Choose the former communes' databases or backups"),
                                               self.tr("QMS Desktop databases and backups (*.sqlite *.db)")))

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.files.count() > 0

    def validatePage(self) -> bool:  # noqa: N802
        paths = self.paths()
        if paths == self.wiz.checked_paths and self.wiz.checks:
            return True
        ctx, work, options = self.wiz.env.ctx, self.wiz.workdir, M.MergeOptions()

        def job(progress, cancel):
            checks = M.prepare_sources(ctx, paths, work, progress=progress, cancel=cancel)
            return checks, M.build_plan(ctx, checks, options, progress=progress, cancel=cancel)

        def done(result) -> None:
            self.wiz.checks, self.wiz.plan = result
            self.wiz.options = options
            self.wiz.checked_paths = paths
            QTimer.singleShot(0, self.wiz.next)

        self.wiz.run(job, self.tr("Checking the former communes' data…"), done)
        return False


# ---------------------------------------------------------------- 2. checks and choices

class ChoicesPage(_MergePage):
    def __init__(self, wizard: MergeWizard) -> None:
        super().__init__(wizard, self.tr("2. Checks and choices"), self.tr(
            "What the check of each file found, the prefix put before a procedure code that is already taken here "
            "(the old code stays as a searchable alias), and what to do with records whose name matches one here."))
        self.sources = _table([self.tr("File"), self.tr("Former commune"), self.tr("Chain head"), self.tr("Version"),
                               self.tr("Check"), self.tr("Prefix")], self)
        self.sources.setObjectName("mergeSources")
        self.sources.itemChanged.connect(self._prefix_edited)
        self.rule = QComboBox()
        self.rule.setObjectName("prefixRule")
        self.rule.addItem(self.tr("Initials of the former commune (PL-QT-01)"), "initials")
        self.rule.addItem(self.tr("Name of the former commune (PhuLam-QT-01)"), "name")
        self.rule.currentIndexChanged.connect(lambda _i: self._fill_sources())
        self.problems = QLabel()
        self.problems.setObjectName("mergeProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.questions = _table([self.tr("Kind"), self.tr("Former commune"), self.tr("Its record"),
                                 self.tr("Same name"), self.tr("Decision")], self)
        self.questions.setObjectName("mergeQuestions")
        rule_row = hbox(QLabel(self.tr("Prefix of clashing procedure codes:")), self.rule, 1)
        vbox((self.sources, 1), self.problems, rule_row,
             QLabel(self.tr("Records with the same name as one here, or as one another former commune brings (a TTHC "
                            "with another code must be decided):")),
             (self.questions, 3), parent=self)
        self._filling = False

    def initializePage(self) -> None:  # noqa: N802
        self.wiz.options.prefixes.clear()
        self._fill_sources()
        self._fill_questions()

    def _prefix_for(self, check: M.SourceCheck) -> str:
        if check.index in self.wiz.options.prefixes:
            return self.wiz.options.prefixes[check.index]
        return M.default_prefix(check.label, self.rule.currentData())

    def _fill_sources(self) -> None:
        self._filling = True
        checks = self.wiz.checks
        self.sources.setRowCount(len(checks))
        for row, c in enumerate(checks):
            if c.problems:
                state = self.tr("Refused")
            elif c.already_merged_at:
                state = self.tr("Already merged on %1: nothing to add").replace("%1", c.already_merged_at.strftime("%d/%m/%Y"))
            else:
                state = self.tr("Intact") + (" " + self.tr("(older version: upgraded in a copy)") if c.upgraded else "")
            # the file's version in words (QA 16 F9); the schema's revision stays in the cell's tooltip
            version = (self.tr("older") if c.upgraded else self.tr("current")) if c.schema else ""
            cells = [c.path.name, c.full_name, f"{c.chain_count}:{c.chain_hash[:12]}" if c.ok else "", version, state]
            for col, text in enumerate(cells):
                self.sources.setItem(row, col, _item(text))
            self.sources.item(row, 3).setToolTip(c.schema or "")
            self.sources.setItem(row, 5, _item(self._prefix_for(c) if c.to_merge else "", editable=c.to_merge,
                                               data=c.index))
        self.sources.resizeColumnsToContents()
        problems = [_render(p) for c in checks for p in c.problems]
        self.problems.setText("\n".join(problems + ([self.tr("Remove the refused files (Back) to merge the others.")]
                                                    if problems else [])))
        self.problems.setVisible(bool(problems))
        self._filling = False
        self.completeChanged.emit()

    def _prefix_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 5:
            return
        index = item.data(Qt.ItemDataRole.UserRole)
        text = item.text().strip()
        if text:
            self.wiz.options.prefixes[index] = text
        else:
            self.wiz.options.prefixes.pop(index, None)

    def _fill_questions(self) -> None:
        plan = self.wiz.plan
        qs = plan.questions if plan else []
        self.questions.setRowCount(len(qs))
        labels = {c.index: c.label for c in self.wiz.checks}
        for row, q in enumerate(qs):
            self.questions.setItem(row, 0, _item(M.table_label(q.table, lambda c, t: QCoreApplication.translate(c, t) or t),
                                                 data=q.key))
            self.questions.setItem(row, 1, _item(labels.get(q.source, "")))
            self.questions.setItem(row, 2, _item(q.label))
            self.questions.setItem(row, 3, _item(q.candidate if q.candidate_source < 0 else self.tr(
                "%1 (brought in by %2 in this merge)").replace("%1", q.candidate).replace("%2", labels.get(q.candidate_source, ""))))
            box = QComboBox()
            box.setObjectName(f"decision_{row}")
            if q.table == "tthc":
                box.addItem(self.tr("— decide —"), "")
                box.addItem(self.tr("The same TTHC: merge"), M.MERGE)
                box.addItem(self.tr("A different TTHC: keep both"), M.SEPARATE)
            else:
                box.addItem(self.tr("The same: merge"), M.MERGE)
                box.addItem(self.tr("Different: keep both"), M.SEPARATE)
            box.setCurrentIndex(max(0, box.findData(q.choice)))
            box.currentIndexChanged.connect(lambda _i, k=q.key, b=box: self._decided(k, b.currentData()))
            self.questions.setCellWidget(row, 4, box)
        self.questions.resizeColumnsToContents()
        self.questions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _decided(self, key: str, choice: str) -> None:
        if choice:
            self.wiz.options.choices[key] = choice
        else:
            self.wiz.options.choices.pop(key, None)
        self.completeChanged.emit()

    def decide(self, key: str, choice: str) -> None:
        """Choose in the row of question ``key`` (as a user picks in its box)."""
        for row in range(self.questions.rowCount()):
            if self.questions.item(row, 0).data(Qt.ItemDataRole.UserRole) == key:
                box = self.questions.cellWidget(row, 4)
                box.setCurrentIndex(box.findData(choice))

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.wiz.checks) and all(c.ok for c in self.wiz.checks)

    def validatePage(self) -> bool:  # noqa: N802
        ctx, checks = self.wiz.env.ctx, self.wiz.checks
        options = M.MergeOptions(prefix_rule=self.rule.currentData(), choices=dict(self.wiz.options.choices),
                                 prefixes=dict(self.wiz.options.prefixes))

        def done(plan) -> None:
            self.wiz.plan, self.wiz.options = plan, options
            self._planned = True
            QTimer.singleShot(0, self.wiz.next)

        if getattr(self, "_planned", False):
            self._planned = False
            return True
        self.wiz.run(partial(M.build_plan, ctx, checks, options), self.tr("Preparing the preview…"), done)
        return False


# ---------------------------------------------------------------- 3. preview

_OUTCOME_ORDER = (M.QUESTION, M.RENUMBERED, M.MERGED, M.SUMMED, M.ASIDE, M.SKIPPED, M.ADDED)


class PreviewPage(_MergePage):
    def __init__(self, wizard: MergeWizard) -> None:
        super().__init__(wizard, self.tr("3. Preview"), self.tr(
            "What the merge will do with every record of each former commune. Records keep their provenance "
            "(which former commune) and are shown with it; the history of each former commune is kept as it was."))
        self.summary = QLabel()
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        self.source = QComboBox()
        self.source.setObjectName("previewSource")
        self.source.currentIndexChanged.connect(lambda _i: self._show_source())
        self.source_line = QLabel()
        self.source_line.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("previewTree")
        self.tree.setHeaderLabels([self.tr("What happens"), self.tr("Records")])
        self.tree.setRootIsDecorated(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._show_details())
        self.details = _table([self.tr("What happens"), self.tr("Records"), self.tr("Record"), self.tr("Why")], self)
        self.details.setObjectName("previewDetails")
        self.details.currentCellChanged.connect(lambda *_: self._show_why())
        self.why = QLabel()
        self.why.setObjectName("previewWhy")
        self.why.setWordWrap(True)
        self.why.setMinimumHeight(self.why.fontMetrics().lineSpacing() * 2 + 4)
        self.confirm = QCheckBox(self.tr("I have read the preview. Back up the data now in use, then merge "
                                         "(all in one transaction)."))
        self.confirm.setObjectName("mergeConfirm")
        self.confirm.toggled.connect(lambda _on: self.completeChanged.emit())
        self.blocked = QLabel()
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet("color: #b00020;")
        top = hbox(QLabel(self.tr("Former commune:")), self.source, (self.source_line, 1))
        right = QWidget()
        vbox((self.details, 1), self.why, parent=right, margins=0)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([330, 990])
        vbox(self.summary, top, (split, 1), self.blocked, self.confirm, parent=self)

    def initializePage(self) -> None:  # noqa: N802
        plan = self.wiz.plan
        self.confirm.setChecked(False)
        names = ", ".join(sp.source.label for sp in plan.plans)
        already = [c.label for c in plan.sources if c.already_merged_at]
        parts = []
        if plan.plans:
            parts.append(self.tr("Will be merged into this database: %1. A verified backup of the data now in use "
                                 "is made first; then everything is written in one transaction, recorded in the "
                                 "change history with each former commune's chain head.").replace("%1", names))
        if already:
            parts.append(self.tr("Already merged before (nothing to add): %1.").replace("%1", ", ".join(already)))
        if not plan.plans:
            parts.append(self.tr("Nothing to merge."))
        self.summary.setText(" ".join(parts))
        self.source.blockSignals(True)
        self.source.clear()
        for sp in plan.plans:
            self.source.addItem(sp.source.label, sp.source.index)
        self.source.blockSignals(False)
        unanswered = plan.unanswered
        self.blocked.setText(self.tr("Decide first (Back): %1").replace(
            "%1", "; ".join(f"{q.label} ↔ {q.candidate}" for q in unanswered)) if unanswered else "")
        self.blocked.setVisible(bool(unanswered))
        self._show_source()

    def _plan(self) -> M.SourcePlan | None:
        index = self.source.currentData()
        return next((sp for sp in self.wiz.plan.plans if sp.source.index == index), None) if self.wiz.plan else None

    def _show_source(self) -> None:
        sp = self._plan()
        self.tree.clear()
        if sp is None:
            self.details.setRowCount(0)
            self.source_line.clear()
            return
        s = sp.source
        self.source_line.setText(self.tr("%1 · prefix %2 · chain head %3 · %4 history entries kept").replace(
            "%1", s.full_name).replace("%2", sp.prefix).replace("%3", f"{s.chain_count}:{s.chain_hash[:12]}")
            .replace("%4", format_number(sp.history)))
        counts: dict[str, dict[str, int]] = {}
        for r in sp.rows:
            counts.setdefault(r.outcome, {}).setdefault(r.table, 0)
            counts[r.outcome][r.table] += 1
        for outcome in _OUTCOME_ORDER:
            if outcome not in counts:
                continue
            by_table = counts[outcome]
            top = QTreeWidgetItem([M.outcome_label(outcome, _tr_any), format_number(sum(by_table.values()))])
            top.setData(0, Qt.ItemDataRole.UserRole, (outcome, None))
            for table in sorted(by_table, key=lambda t: M.table_label(t, _tr_any)):
                child = QTreeWidgetItem([M.table_label(table, _tr_any), format_number(by_table[table])])
                child.setData(0, Qt.ItemDataRole.UserRole, (outcome, table))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(outcome != M.ADDED)
        self.tree.setCurrentItem(None)
        self._show_details()

    def _show_details(self) -> None:
        sp = self._plan()
        item = self.tree.currentItem()
        outcome, table = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else (None, None)

        def wanted(r: M.RowPlan) -> bool:
            if outcome is None:
                return r.outcome != M.ADDED
            return r.outcome == outcome and (table is None or r.table == table)

        rank = {o: i for i, o in enumerate(_OUTCOME_ORDER)}
        rows = sorted((r for r in (sp.rows if sp else []) if wanted(r)),
                      key=lambda r: (rank.get(r.outcome, 99), M.table_label(r.table, _tr_any)))
        self.details.setRowCount(len(rows))
        for i, r in enumerate(rows):
            self.details.setItem(i, 0, _item(M.outcome_label(r.outcome, _tr_any)))
            self.details.setItem(i, 1, _item(M.table_label(r.table, _tr_any)))
            self.details.setItem(i, 2, _item(M.row_text(r, _tr_any)))
            note = _render(r.note)
            it = _item(note)
            it.setToolTip(note)
            self.details.setItem(i, 3, it)
        self.details.resizeColumnsToContents()
        self.details.setColumnWidth(2, min(self.details.columnWidth(2), 280))
        self._show_why()

    def _show_why(self) -> None:
        row = self.details.currentRow()
        if row < 0 or self.details.item(row, 3) is None:
            self.why.setText(self.tr("Select a line to read the whole reason."))
            return
        self.why.setText(f"{self.details.item(row, 2).text()}: {self.details.item(row, 3).text()}")

    def isComplete(self) -> bool:  # noqa: N802
        plan = self.wiz.plan
        return bool(plan and plan.plans and not plan.unanswered and self.confirm.isChecked())

    def validatePage(self) -> bool:  # noqa: N802
        if self.wiz.result is not None:
            return True
        ctx, plan, folder = self.wiz.env.ctx, self.wiz.plan, self.wiz.backup_folder

        def done(result) -> None:
            self.wiz.result = result
            self.wiz.env.events.changed({"*"}, None)
            prompts.info(self, self.tr("Merged %1 former commune(s). The data in use before was backed up to:\n%2\n\n"
                                       "New chain head: %3").replace("%1", str(len(result.source_ids)))
                         .replace("%2", str(result.backup)).replace("%3", result.chain_head),
                         self.tr("Merge"))
            QTimer.singleShot(0, self.wiz.accept)

        self.wiz.run(partial(M.apply_plan, ctx, plan, backup_folder=folder), self.tr("Merging…"), done)
        return False


