"""Shared pieces of the receiving office's pages: labels, the key confirmation, the import run.

The import runs off the GUI thread (``env.runner``: progress and a Cancel that rolls the whole batch
back). Packages from units seen for the first time come back refused with ``needs_key``; the user
then compares each fingerprint with the signed paper or a phone call, and only the confirmed ones
are imported again, with their key pinned (trust on first use, explicit and logged).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QLabel, QTableWidgetItem, QVBoxLayout, QWidget,
)

from qms_desktop.services import receiving as rx
from qms_desktop.ui.models.row_table_model import _get
from qms_desktop.ui.models.styled_row_model import StyledRowModel
from qms_desktop.ui.pages.base import UiEnv, show_error
from qms_desktop.ui.widgets.layout import dialog_buttons, read_only_table, vbox
from qms_desktop.ui.translations import translated as _t


def state_label(state: str) -> str:
    return _t("Inbox", rx.STATE_LABELS.get(state, state))


def outcome_label(status: str) -> str:
    return {
        rx.ACCEPTED: QCoreApplication.translate("Outcome", "Accepted"),
        rx.SUPERSEDED: QCoreApplication.translate("Outcome", "Replaces an earlier version"),
        rx.DUPLICATE: QCoreApplication.translate("Outcome", "Already received"),
        rx.REFUSED: QCoreApplication.translate("Outcome", "Refused"),
    }.get(status, status)


def render(message) -> str:
    return message.render(lambda c, t: QCoreApplication.translate(c, t) or t) if message is not None else ""


def render_notes(notes) -> str:
    """A package's notes on one line: a note that ends its sentence is followed by the next one, others by '; '
    (whole sentences joined with '; ' read "(Mới thành lập).; Không kiểm tra…": QA 41 F4)."""
    out = ""
    for text in (render(n).strip() for n in notes):
        if text:
            out += ("" if not out else " " if out[-1] in ".!?…" else "; ") + text
    return out


class FastRowModel(StyledRowModel):
    """For tables of thousands of rows (a province's units, the country's 3,321): numbers formatted
    without babel (1.234 / 97,5), and the folded search text of the rows built only when the user
    first types in the search box — not on every reload. Only the visible cells are ever formatted."""

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._keys = None
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        from qms_desktop.domain.text import fold

        words = self._filter.split()
        if words:
            if self._keys is None:
                self._keys = [fold(" ".join(self._text(r, c) for c in self.columns)) for r in self._all]
            self._rows = [r for r, k in zip(self._all, self._keys) if all(w in k for w in words)]
        else:
            self._rows = list(self._all)
        if self._sort:
            self._sort_rows(*self._sort)

    def _text(self, row, col) -> str:
        if col.kind == "number":
            value = _get(row, col)
            if value is None:
                return ""
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
                return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
        return super()._text(row, col)


def mono_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(font.pointSize() + 3)
    font.setBold(True)
    return font


# ------------------------------------------------------------------ choosing what to import (tests replace these)

def pick_package_files(parent: QWidget) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("Inbox", "Report packages to import"), "",
        QCoreApplication.translate("Inbox", "Report packages (*.zip)"))
    return list(paths)


def pick_package_folder(parent: QWidget) -> str | None:
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Inbox", "Folder or USB drive with report packages")) or None


class KeyConfirmDialog(QDialog):
    """Trust on first use: the unit's key fingerprint, to compare with the paper report or a phone call."""

    def __init__(self, question: rx.KeyQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm the sender's key"))
        intro = QLabel(self.tr("This is the first package from <b>%1</b> (%2). Before it is accepted, compare the key "
                               "fingerprint below with the one printed on the unit's signed paper report, or ask the "
                               "unit to read it out by phone.").replace("%1", question.unit_name)
                       .replace("%2", question.unit_code))
        intro.setWordWrap(True)
        self.fingerprint = QLabel(question.fingerprint)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(mono_font())
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the name the package gives itself, beside the register's: a package whose code names this unit but
        # whose name is another's is never trusted on first use (the service refuses it), yet the user sees both
        self.names = QLabel(self.tr("Name in the register: %1\nName in the package: %2")
                            .replace("%1", question.unit_name).replace("%2", question.package_name or "—"))
        self.names.setObjectName("package_name")
        self.names.setTextFormat(Qt.TextFormat.PlainText)  # the package's name is the sender's text, never markup
        self.names.setWordWrap(True)
        file_label = QLabel(self.tr("File: %1").replace("%1", question.file.name))
        self.checked = QCheckBox(self.tr("I have compared it: the fingerprint is the &same"))
        self.checked.setObjectName("same_fingerprint")
        warning = QLabel(self.tr("If it differs, do not accept: the package may not come from this unit."))
        warning.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(self.tr("&Trust this key and import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setObjectName("trust_key")
        refuse = buttons.addButton(self.tr("&Refuse"), QDialogButtonBox.ButtonRole.RejectRole)
        refuse.setDefault(True)
        self.accept_button.setEnabled(False)
        self.checked.toggled.connect(self.accept_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.names)
        lay.addSpacing(6)
        lay.addWidget(self.fingerprint)
        lay.addWidget(file_label)
        lay.addSpacing(6)
        lay.addWidget(self.checked)
        lay.addWidget(warning)
        lay.addWidget(buttons)
        self.resize(520, lay.totalHeightForWidth(520))  # the wrapped lines' height, not the one-line hint


def confirm_key(question: rx.KeyQuestion, parent: QWidget) -> bool:
    """Ask the user (tests replace this)."""
    return KeyConfirmDialog(question, parent).exec() == QDialog.DialogCode.Accepted


class ImportResultDialog(QDialog):
    """One line per package: what happened to it and why."""

    def __init__(self, result: rx.ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import of report packages"))
        counts = {s: result.count(s) for s in (rx.ACCEPTED, rx.SUPERSEDED, rx.DUPLICATE, rx.REFUSED)}
        summary = QLabel(self.tr("%1 accepted, %2 replacing an earlier version, %3 already received, %4 refused.")
                         .replace("%1", str(counts[rx.ACCEPTED])).replace("%2", str(counts[rx.SUPERSEDED]))
                         .replace("%3", str(counts[rx.DUPLICATE])).replace("%4", str(counts[rx.REFUSED])))
        summary.setObjectName("import_summary")
        table = read_only_table("import_outcomes", [self.tr("File"), self.tr("Unit"), self.tr("Result"),
                                                    self.tr("Reason or remark")],
                                rows=len(result.outcomes), fit=(0, 1, 2), stretch=(3,))
        for i, o in enumerate(result.outcomes):
            detail = render(o.reason) if o.status in (rx.REFUSED, rx.DUPLICATE) else render_notes(o.notes)
            if o.reason is not None and o.reason.params.get("enrol_code"):  # how, in this window
                detail += " " + self.tr("(Units page, Enrol a key…)")
            if o.status == rx.SUPERSEDED and not o.signed_copy:  # a signed copy: its note says what it is
                changed = "; ".join(c.caption(_t) for c in o.changes) or self.tr("none")
                detail = (self.tr("version %1 replaces version %2; figures changed: %3")
                          .replace("%1", str(o.version)).replace("%2", str(o.replaced_version)).replace("%3", changed)
                          + ("; " + detail if detail else ""))
            for j, text in enumerate((o.name, f"{o.unit_code} {o.unit_name}".strip(), outcome_label(o.status), detail)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(i, j, item)
        table.resizeRowsToContents()
        self.table = table
        buttons = dialog_buttons(QDialogButtonBox.StandardButton.Close, self.accept, self.reject)
        vbox(summary, (table, 1), buttons, parent=self)
        self.resize(980, 420)


def show_result(result: rx.ImportResult, parent: QWidget) -> None:
    """Show the outcome of an import (tests replace this)."""
    ImportResultDialog(result, parent).exec()


def run_import(env: UiEnv, paths: list[str | Path], parent: QWidget, *, done: Callable[[rx.ImportResult], None],
               period: str | None = None) -> None:
    """Import with progress and Cancel; then ask about first keys and import the confirmed ones again."""

    def first_pass(result: rx.ImportResult) -> None:
        # only a leader confirms a key (the service refuses anyone else, with a message saying so)
        waiting = [o for o in result.outcomes if o.needs_key] if env.ctx.actor.can("approve") else []
        confirmed: dict[str, str] = {}
        refused_units: set[str] = set()
        for o in waiting:
            if o.unit_code in confirmed or o.unit_code in refused_units:
                continue
            question = rx.KeyQuestion(o.unit_code, o.unit_name, o.fingerprint, o.path, o.package_agency)
            if confirm_key(question, parent):
                confirmed[o.unit_code] = o.fingerprint
            else:
                refused_units.add(o.unit_code)
        again = [o.path for o in waiting if confirmed.get(o.unit_code) == o.fingerprint]
        if not again:
            finish(result, None)
            return
        env.runner.start(partial(rx.import_packages, env.ctx, again, period=period,
                                 confirm_key=lambda q: confirmed.get(q.unit_code) == q.fingerprint),
                         parent=parent, label=QCoreApplication.translate("Inbox", "Importing the confirmed packages…"),
                         on_done=lambda second: finish(result, second),
                         on_error=lambda exc: (show_error(parent, exc), finish(result, None)),
                         on_cancelled=lambda: finish(result, None))

    def finish(first: rx.ImportResult, second: rx.ImportResult | None) -> None:
        outcomes = list(first.outcomes)
        if second is not None:
            by_path = {o.path: o for o in second.outcomes}
            outcomes = [by_path.get(o.path, o) if o.needs_key else o for o in outcomes]
        merged = rx.ImportResult(tuple(outcomes))
        if merged.written:
            env.events.changed({"rx_package", "rx_unit"}, None)
        done(merged)
        show_result(merged, parent)

    env.runner.start(partial(rx.import_packages, env.ctx, paths, period=period), parent=parent,
                     label=QCoreApplication.translate("Inbox", "Checking and importing the packages…"),
                     on_done=first_pass, on_error=lambda exc: show_error(parent, exc),
                     on_cancelled=lambda: show_cancelled(parent))


def show_cancelled(parent: QWidget) -> None:
    from qms_desktop.ui.dialogs import prompts

    prompts.info(parent, QCoreApplication.translate("Inbox", "Import cancelled: nothing was written."))


def altered_label() -> QLabel:
    """The banner of a page whose figures come from records changed outside the application (hidden until then)."""
    label = QLabel()
    label.setObjectName("altered_warning")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("color: #b00020; font-weight: bold; border: 1px solid #b00020; padding: 4px;")
    label.hide()
    return label


def show_altered(label: QLabel, found) -> None:
    """``found``: ``services.receiving.tamper.Altered`` (false when every record matches its history)."""
    label.setText(found.banner(lambda c, t: QCoreApplication.translate(c, t) or t) if found else "")
    label.setVisible(bool(found))
