"""Every page and every dialog, rendered in Vietnamese on the demo commune (issue 9, items 7, 8 and 12).

- No visible string (labels, buttons, headers, tabs, group boxes, table headers and cells, menu items,
  placeholders, tooltips, window titles) equals an English source string whose Vietnamese
  translation differs: a string that reached the screen untranslated (e.g. a wrong context).
- No raw code ("in_progress", "awaiting_verification") is shown.
- Every top-level window and dialog fits a 1366×768 screen with a 40-px taskbar, title bar included.
- The user guide names only buttons that exist.

The lists of pages and dialogs below are written out by hand on purpose: they are not derived from
the code under test, so a page or dialog that disappears, or a new one nobody added here, is noticed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QDialog, QGroupBox, QHeaderView, QLabel, QLineEdit,
    QMenu,
    QPlainTextEdit, QTabWidget, QTextEdit, QWidget, QWizard,
)

from record_fixtures import *  # noqa: F403 - every modal prompt answered, never blocking
from record_fixtures import SAMPLE_COPY

from qms_desktop.services import audits, backup, ncs, procedures, records, reports, reviews, tthc
from qms_desktop.ui import translations

ROOT = Path(__file__).resolve().parents[2]
TS_VI = ROOT / "translations" / "qms_desktop_vi.ts"
HELP = ROOT / "resources" / "help" / "huong_dan.md"

# The navigation pages, in order (hand-written; see the module docstring).
EXPECTED_PAGES = ("dashboard", "tthc", "procedures", "announcements", "objectives", "audits", "ncs", "inspections",
                  "reviews", "stats", "reports", "other", "history", "settings")

# Codes and proper names that read the same in both languages.
ALLOWED = {"QMS Desktop", "ISO", "TCVN ISO 9001:2015", "A+", "A-", "A−", "OK", "Excel", "PDF", "Email", "TTHC",
           "HTQLCL", "English", "Tiếng Việt", "%", "Ctrl+F", "QMS"}
RAW_CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")
PATH_TOKEN = re.compile(r"\S*[/\\]\S*")  # a file's path (the database's, in the status bar) is not a code
SCREEN_W, SCREEN_H = 1366, 768
TASKBAR, TITLE_BAR = 40, 31


# ---------------------------------------------------------------- the English sources
def _vietnamese_catalog() -> dict[str, set[str]]:
    """Normalised English source → its Vietnamese translations (only those that differ from it)."""
    out: dict[str, set[str]] = {}
    for ctx in ET.parse(TS_VI).getroot().iter("context"):
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
            texts = forms or [(tr.text or "") if tr is not None else ""]
            for text in texts:
                if text and _norm(text) != _norm(source):
                    out.setdefault(_norm(source), set()).add(text)
    return out


def _norm(text: str) -> str:
    """Without keyboard mnemonics, surrounding blanks and a trailing colon."""
    text = re.sub(r"&(?=[^&\s])", "", text or "").replace("&&", "&").strip()
    return text[:-1].rstrip() if text.endswith(":") else text


CATALOG = _vietnamese_catalog()


# ---------------------------------------------------------------- what the user sees
def _strip_html(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text) if "<" in text and ">" in text else text


def texts_of(root: QWidget, *, cells: int = 25) -> list[tuple[str, str]]:
    """(where, text) for every string a user can read in ``root``'s tree."""
    out: list[tuple[str, str]] = []

    def add(where: str, text: object) -> None:
        if isinstance(text, str) and text.strip():
            out.append((where, text.strip()))

    widgets = [root, *root.findChildren(QWidget)]
    add(f"{type(root).__name__} title", root.windowTitle())
    for w in widgets:
        name = f"{type(w).__name__}#{w.objectName()}"
        add(f"{name} tooltip", w.toolTip())
        if isinstance(w, QLabel):
            add(name, _strip_html(w.text()))
        elif isinstance(w, QAbstractButton):
            add(name, w.text())
        elif isinstance(w, QGroupBox):
            add(name, w.title())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"{name} tab", w.tabText(i))
        elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            add(f"{name} placeholder", w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{name} item", w.itemText(i))
        elif isinstance(w, QMenu):
            for a in w.actions():
                add(f"{name} action", a.text())
        elif isinstance(w, QWizard):
            for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
                add(f"{name} button", w.buttonText(b))
            for pid in w.pageIds():
                add(f"{name} page", w.page(pid).title())
                add(f"{name} page", w.page(pid).subTitle())
        if isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w, QHeaderView):
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # the private model of a QListWidget: one column
                columns = 1
            rows = model.rowCount(QModelIndex())
            for c in range(columns):
                add(f"{name} header", model.headerData(c, Qt.Orientation.Horizontal))
                for r in range(min(cells, rows)):
                    value = model.data(model.index(r, c))
                    if isinstance(value, str):
                        add(f"{name} cell", value)
    for action in root.findChildren(QAction):
        add("action", action.text())
    return out


def untranslated(seen: list[tuple[str, str]]) -> list[str]:
    bad = []
    for where, text in seen:
        norm = _norm(text)
        if norm in ALLOWED:
            continue
        if norm in CATALOG:
            bad.append(f"{where}: {text!r} (English; Vietnamese would be {sorted(CATALOG[norm])[0]!r})")
        elif RAW_CODE.search(PATH_TOKEN.sub("", text)) and not re.search(r"\.\w{3,4}\b|https?://", text):
            bad.append(f"{where}: {text!r} (a raw code)")
    return sorted(set(bad))


def frame_fits(w: QWidget) -> str | None:
    """None if ``w`` fits the office screen, title bar and taskbar included; else what is wrong."""
    QApplication.processEvents()
    frame = w.frameGeometry()
    extra = max(0, TITLE_BAR - (frame.height() - w.geometry().height()))  # offscreen draws no title bar
    width, height = frame.width(), frame.height() + extra
    if width > SCREEN_W or height > SCREEN_H - TASKBAR:
        return f"{type(w).__name__} {w.windowTitle()!r}: {width}×{height} does not fit {SCREEN_W}×{SCREEN_H - TASKBAR}"
    return None


@pytest.fixture
def vietnamese(qapp):
    assert translations.install("vi")
    yield
    translations.install("en")


# ---------------------------------------------------------------- the pages
def open_window(qtbot, env):
    """The main window on ``env``, at the office screen's size, shown."""
    from qms_desktop.ui.main_window import MainWindow

    w = MainWindow(env, db_path=env.ctx.db.path)
    qtbot.addWidget(w)
    w.resize(SCREEN_W, SCREEN_H)
    w.present()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def demo_window(qtbot, demo_env, vietnamese):
    return open_window(qtbot, demo_env)


def visit_pages(window) -> dict[str, list[tuple[str, str]]]:
    """Every page shown in turn (its list's first record selected), with what it shows."""
    seen = {}
    for key in window.page_keys():
        page = window.show_page(key)
        QApplication.processEvents()
        table = getattr(page, "table", None)
        if table is not None and table.model() is not None and table.model().rowCount() and hasattr(table, "selectRow"):
            table.selectRow(0)
        for lst in getattr(page, "lists", {}).values():
            if lst.model.rowCount():
                lst.table.selectRow(0)
        QApplication.processEvents()
        seen[key] = texts_of(page)
    seen["window"] = texts_of(window)  # menus, toolbar, status bar, navigation (and every page once more)
    return seen


def test_every_page_is_in_vietnamese(qtbot, demo_window):
    assert demo_window.page_keys() == list(EXPECTED_PAGES)
    bad = []
    for key, seen in visit_pages(demo_window).items():
        bad += [f"[{key}] {b}" for b in untranslated(seen)]
    assert bad == [], "\n".join(bad)


def test_the_main_window_fits_the_screen(qtbot, demo_window):
    hint = demo_window.minimumSizeHint()
    assert hint.width() <= SCREEN_W and hint.height() <= SCREEN_H - TASKBAR
    for key in EXPECTED_PAGES:
        page = demo_window.show_page(key)
        need = page.minimumSizeHint()
        assert need.width() <= SCREEN_W - 240 and need.height() <= SCREEN_H - TASKBAR - 120, key


# ---------------------------------------------------------------- the dialogs
def _first(rows, pred=lambda r: True):
    return next(r for r in rows if pred(r))


def _nc_with_open_action(ctx):
    for row in ncs.list_ncs(ctx):
        d = ncs.get_nc(ctx, row.id)
        if any(a.done_date is None and not a.cancelled_reason for a in d.actions):
            return d
    raise AssertionError("the demo has an NC with an open action")


def _audit(ctx):
    return audits.get_audit(ctx, _first(audits.list_audits(ctx), lambda a: a.status == "done").id)


def _review(ctx):
    for row in reviews.list_reviews(ctx):
        d = reviews.get_review(ctx, row.id)
        if d.outputs:
            return d
    raise AssertionError("the demo has a review with outputs")


def _procedure(ctx, kind="tthc"):
    row = _first(procedures.list_procedures(ctx), lambda p: p.kind == kind and p.status == "effective")
    return procedures.get_procedure(ctx, row.id)


def _record(ctx, kind):
    return records.list_records(ctx, kind)[0]


def _record_form(env, kind, parent):
    from qms_desktop.ui.widgets.record_list import RecordListWidget

    lst = RecordListWidget(env, kind, parent)
    lst.refresh()
    return _captured(lst.create)


def _captured(trigger):
    """The dialog a real button's code opens (its exec() answered at once with Cancel)."""
    seen = []
    original = QDialog.exec

    def capture(self):
        seen.append(self)
        return int(QDialog.DialogCode.Rejected)

    QDialog.exec = capture
    try:
        trigger()
    finally:
        QDialog.exec = original
    assert seen, "no dialog opened"
    return seen[0]


def _preview(env, parent):
    from qms_desktop.ui.print_preview import PrintPreviewDialog

    report = reports.list_reports(env.ctx)[0]
    return PrintPreviewDialog(reports.preview_pdf(env.ctx, report.id), "Báo cáo", file_name="BaoCao.pdf", parent=parent)


def _restore(env, parent, tmp_path):
    from qms_desktop.ui.dialogs.restore_dialog import RestoreDialog

    path = backup.backup_to(env.ctx.db, tmp_path)
    return RestoreDialog(backup.inspect_backup(path), env.ctx.db.path, parent)


def _import_preview(env, parent):
    from qms_desktop.ui.dialogs.import_preview import ImportPreviewDialog

    return ImportPreviewDialog(tthc.plan_import(env.ctx, SAMPLE_COPY), SAMPLE_COPY.name, parent)


def _wizard(db_factory, env):
    from qms_desktop.ui.first_run import FirstRunWizard

    return FirstRunWizard(db_factory(), env.runner)


def build_dialog(name: str, env, parent, tmp_path, fresh_db):
    """The dialog called ``name`` on the demo commune."""
    from qms_desktop.ui import login
    from qms_desktop.ui.dialogs import audit_dialogs, nc_dialogs, procedure_dialog, review_dialog, version_dialog
    from qms_desktop.ui.help import HelpDialog
    from qms_desktop.ui.pages import announcements_page, inspections_page, objectives_page, procedure_tabs
    from qms_desktop.ui.pages import reports_page, settings_page, tthc_page
    from qms_desktop.ui.search_dialog import SearchDialog

    ctx = env.ctx
    if name == "LoginDialog":
        return login.LoginDialog(ctx.db, parent)
    if name == "RecoverPasswordDialog":
        return login.RecoverPasswordDialog(ctx.db, "thuky", parent)
    if name == "ChangePasswordDialog":
        return login.ChangePasswordDialog(ctx, parent)
    if name == "RecoveryCodeDialog":
        return login.RecoveryCodeDialog("thuky", "ABCD-EFGH-JKLM-NPQR", parent)
    if name == "FirstRunWizard":
        return _wizard(fresh_db, env)
    if name == "SearchDialog":
        return SearchDialog(env, "khai sinh", parent)
    if name == "HelpDialog":
        return HelpDialog(parent)
    if name == "PrintPreviewDialog":
        return _preview(env, parent)
    if name == "RestoreDialog":
        return _restore(env, parent, tmp_path)
    if name == "ImportPreviewDialog":
        return _import_preview(env, parent)
    if name == "TthcDialog":
        return tthc_page.TthcDialog(env, parent)
    if name == "ProcedureDialog":
        return procedure_dialog.ProcedureDialog(env, _procedure(ctx), parent=parent)
    if name == "VersionDialog":
        d = _procedure(ctx)
        return version_dialog.VersionDialog(env, d, limit_text="05 ngày làm việc", parent=parent)
    if name == "ApproveDialog":
        d = _procedure(ctx)
        return version_dialog.ApproveDialog(env, d, d.versions[-1], parent)
    if name == "AmendmentDialog":
        return procedure_tabs.AmendmentDialog(env, _procedure(ctx), parent)
    if name == "LegalDocumentDialog":
        return procedure_tabs.LegalDocumentDialog(env, _procedure(ctx).row.id, parent=parent)
    if name == "ScopeDialog":
        rows = tthc.list_tthc(ctx)
        return announcements_page.ScopeDialog(rows, {rows[0].id}, parent)
    if name == "ResultDialog":
        return objectives_page.ResultDialog(env, _record(ctx, "objective"), parent)
    if name == "ProgrammeDialog":
        return audit_dialogs.ProgrammeDialog(env, 2027, parent=parent)
    if name == "PlanAuditDialog":
        return audit_dialogs.PlanAuditDialog(env, audits.list_programmes(ctx), parent=parent)
    if name == "ChecklistItemDialog":
        return audit_dialogs.ChecklistItemDialog(env, _audit(ctx), parent)
    if name == "FindingDialog":
        a = _audit(ctx)
        return audit_dialogs.FindingDialog(env, a, parent, source=a.checklist[0])
    if name == "CompleteAuditDialog":
        return audit_dialogs.CompleteAuditDialog(env, _audit(ctx), parent)
    if name == "ApproveReportDialog":
        return audit_dialogs.ApproveReportDialog(env, _audit(ctx), parent)
    if name == "NewNcDialog":
        return nc_dialogs.NewNcDialog(env, parent)
    if name == "ActionDialog":
        return nc_dialogs.ActionDialog(env, _nc_with_open_action(ctx), parent)
    if name == "ActionDoneDialog":
        d = _nc_with_open_action(ctx)
        return nc_dialogs.ActionDoneDialog(env, _first(d.actions, lambda a: a.done_date is None), parent)
    if name == "RaiseNcDialog":
        return inspections_page.RaiseNcDialog(env, _record(ctx, "external_inspection"), parent)
    if name == "NewReviewDialog":
        return review_dialog.NewReviewDialog(env, parent)
    if name == "HoldReviewDialog":
        return review_dialog.HoldReviewDialog(env, _review(ctx), parent)
    if name == "OutputDialog":
        return review_dialog.OutputDialog(env, _review(ctx), parent)
    if name == "OutputDoneDialog":
        return review_dialog.OutputDoneDialog(env, _review(ctx).outputs[0], parent)
    if name == "NewReportDialog":
        return reports_page.NewReportDialog(["2026-H1", "2026"], "2026", 3, parent)
    if name == "AccountDialog":
        return settings_page.AccountDialog(env, parent)
    if name.startswith("RecordFormDialog:"):
        return _record_form(env, name.split(":", 1)[1], parent)
    raise KeyError(name)


DIALOGS = (
    "LoginDialog", "RecoverPasswordDialog", "ChangePasswordDialog", "RecoveryCodeDialog", "FirstRunWizard",
    "SearchDialog", "HelpDialog", "PrintPreviewDialog", "RestoreDialog", "ImportPreviewDialog", "TthcDialog",
    "ProcedureDialog", "VersionDialog", "ApproveDialog", "AmendmentDialog", "LegalDocumentDialog", "ScopeDialog",
    "ResultDialog", "ProgrammeDialog", "PlanAuditDialog", "ChecklistItemDialog", "FindingDialog",
    "CompleteAuditDialog", "ApproveReportDialog", "NewNcDialog", "ActionDialog", "ActionDoneDialog", "RaiseNcDialog",
    "NewReviewDialog", "HoldReviewDialog", "OutputDialog", "OutputDoneDialog", "NewReportDialog", "AccountDialog",
    "RecordFormDialog:unit", "RecordFormDialog:staff", "RecordFormDialog:announcement",
    "RecordFormDialog:quality_policy", "RecordFormDialog:objective", "RecordFormDialog:external_inspection",
    "RecordFormDialog:service_stat", "RecordFormDialog:training", "RecordFormDialog:risk",
    "RecordFormDialog:improvement", "RecordFormDialog:survey",
)


@pytest.fixture
def fresh_db(template_db, tmp_path):
    import shutil

    from qms_desktop.storage.db import Database

    opened = []

    def make():
        path = tmp_path / f"fresh{len(opened)}.sqlite"
        shutil.copy(template_db, path)
        opened.append(Database.open(path))
        return opened[-1]

    yield make
    for d in opened:
        d.close()


@pytest.mark.parametrize("name", DIALOGS)
def test_dialog_is_vietnamese_and_fits_the_screen(qtbot, demo_env, vietnamese, tmp_path, fresh_db, name):
    parent = QWidget()
    qtbot.addWidget(parent)
    dlg = build_dialog(name, demo_env, parent, tmp_path, fresh_db)
    dlg.show()
    qtbot.waitExposed(dlg)
    if isinstance(dlg, QWizard):  # every page of the wizard, in turn
        seen = []
        for pid in dlg.pageIds():
            seen += texts_of(dlg.page(pid))
        seen += texts_of(dlg)
    else:
        seen = texts_of(dlg)
    assert untranslated(seen) == [], "\n".join(untranslated(seen))
    assert frame_fits(dlg) is None, frame_fits(dlg)
    assert crowding_labels(dlg) == [], crowding_labels(dlg)
    dlg.hide()


def crowding_labels(dlg) -> list[str]:
    """The captions of a form that take more than half its width: the fields beside them squeezed into the rest
    (QA 26 G17: a 330-px caption left the audit programme's fields 255 px)."""
    from PySide6.QtWidgets import QFormLayout

    out = []
    for form in dlg.findChildren(QFormLayout):
        owner = form.parentWidget()
        if owner is None or not owner.isVisible():
            continue
        form.activate()
        width = owner.contentsRect().width()
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None and label.isVisible() and label.width() > width / 2:
                out.append(f"{label.text()!r}: {label.width()} of {width} px")
    return out


# ---------------------------------------------------------------- the change log
def test_the_change_log_speaks_in_words_not_codes(qtbot, demo_env, vietnamese):
    from qms_desktop.ui.pages.history_page import HistoryPage

    page = HistoryPage(demo_env)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    model = page.model  # every entry is a row from the start (read by blocks as they are asked for)
    summaries = [model.data(model.index(r, 4)) for r in range(model.rowCount())]
    records_ = [model.data(model.index(r, 3)) for r in range(model.rowCount())]
    nc_status = [s for s in summaries if s.startswith("Trạng thái: ") and "Chờ xác nhận" in s]
    assert nc_status, "an NC moved to 'awaiting verification'"
    assert "Trạng thái: Đang khắc phục → Chờ xác nhận" in nc_status
    raw = [s for s in summaries if RAW_CODE.search(s) and "@" not in s and ".docx" not in s and ".pdf" not in s]
    assert raw == [], raw[:5]
    assert not [s for s in summaries if re.search(r"\b(True|False|None)\b", s)]
    assert not [s for s in summaries if re.search(r"\b\d{4}-\d{2}-\d{2}\b", s)]  # dates read dd/mm/yyyy
    assert any("Bộ phận: " in s and "#" not in s.split("Bộ phận: ")[1][:3] for s in summaries)  # names, not ids
    assert all(not re.match(r"^[A-Z][a-z]+ #", r) for r in records_)  # "Quy trình QT-01", not "Procedure #3"
    petitions = [r for r in records_ if r.startswith("Phản ánh, kiến nghị")]  # by the book's number (QA 18 F6)
    assert petitions and all(re.search(r"\d{2}/PAKN$", r) for r in petitions), petitions[:5]
    page.table.selectRow(summaries.index(nc_status[0]))
    cells = [[page.detail.item(r, c).text() for c in range(3)] for r in range(page.detail.rowCount())]
    assert ["Trạng thái", "Đang khắc phục", "Chờ xác nhận"] in cells


# ---------------------------------------------------------------- the user guide
BUTTON_CUE = re.compile(r"(?:bấm|Bấm|nút|menu|trang|Trang)\s+\*\*([^*]+)\*\*")


def test_the_guide_names_only_buttons_that_exist(qtbot, demo_window, tmp_path, fresh_db):
    """Each "bấm **X**", "nút **X**", "menu **A → B**" and "trang **X**" of the guide is the text of a real
    button, menu item, page or tab (every part of a path)."""
    names: set[str] = set()
    for seen in visit_pages(demo_window).values():
        names |= {_norm(text) for where, text in seen}
    for name in DIALOGS:
        parent = QWidget()
        qtbot.addWidget(parent)
        dlg = build_dialog(name, demo_window.env, parent, tmp_path, fresh_db)
        names |= {_norm(text) for _where, text in texts_of(dlg)}
        if isinstance(dlg, QWizard):
            for pid in dlg.pageIds():
                names |= {_norm(text) for _where, text in texts_of(dlg.page(pid))}
    for menu in demo_window.menuBar().findChildren(QMenu):
        names |= {_norm(menu.title())} | {_norm(a.text()) for a in menu.actions()}
    keys = {"Enter", "Tab", "A+", "A-", "Alt", "Ctrl+F", "Ctrl+=", "Ctrl+-"}  # keyboard keys, not buttons
    named = [m.group(1) for m in BUTTON_CUE.finditer(HELP.read_text(encoding="utf-8"))]
    assert len(named) > 30
    missing = sorted({n for n in named for part in n.split(" → ") if part not in keys and _norm(part) not in names})
    assert missing == [], f"the guide names buttons or pages that do not exist: {missing}"


def test_the_staff_list_heads_the_job_title_as_such(qtbot, demo_window):
    """The wrong context made the staff's "Title" column read "Tên" (name) on the Settings page."""
    page = demo_window.show_page("settings")
    staff = next(w for w in page.findChildren(QWidget) if getattr(w, "kind", None) == "staff")
    headers = [staff.model.headerData(c, Qt.Orientation.Horizontal) for c in range(staff.model.columnCount())]
    assert headers[:3] == ["Họ và tên", "Chức danh", "Bộ phận"]
    stats = demo_window.show_page("stats")
    model = stats.lists["service_stat"].model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Từ ngày" in headers and "Đến ngày" in headers and "Số hồ sơ tiếp nhận" in headers
