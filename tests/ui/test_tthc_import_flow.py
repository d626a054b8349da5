"""The import as the user lives it, with the real job runner: the preview (the same in the wizard and
on the TTHC page), a decision's four groups, and Cancel pressed while the rows are being written."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QProgressDialog, QPushButton

from record_fixtures import *  # noqa: F403
from record_fixtures import fill_exec, make_env, make_procedure
from ui_helpers import type_date

from qms_desktop.services import tthc
from qms_desktop.ui.dialogs.import_preview import ImportPreviewDialog
from qms_desktop.ui.pages.tthc_page import TthcPage
from qms_desktop.ui.runner import JobRunner
from qms_desktop.ui.tthc_import import file_filter

FIX = Path(__file__).resolve().parents[1] / "exchange" / "fixtures"


def _big_csv(tmp_path, n: int) -> Path:
    lines = ["STT;Mã TTHC;Tên thủ tục;Thời hạn giải quyết"] + [
        f"{i};1.{100000 + i:06d};Thủ tục số {i};05 ngày làm việc" for i in range(1, n + 1)]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines), encoding="utf-8-sig")
    return path


def test_cancel_while_writing_rolls_back_and_says_so(qtbot, ui_ctx, answers, monkeypatch, tmp_path):
    runner = JobRunner()
    env = make_env(ui_ctx, runner)
    page = TthcPage(env)
    qtbot.addWidget(page)
    page.refresh()
    fill_exec(monkeypatch, ImportPreviewDialog, lambda d: None, accept=True)
    gate, reached = threading.Event(), threading.Event()
    original = tthc.apply_plan

    def apply_waiting_for_the_user(ctx, plan, *, cancel, progress):
        def report(p):
            progress(p)
            if p.done >= 400 and not reached.is_set():  # halfway through the write
                reached.set()
                gate.wait(20)
        return original(ctx, plan, cancel=cancel, progress=report)

    monkeypatch.setattr(tthc, "apply_plan", apply_waiting_for_the_user)
    page.start_import(str(_big_csv(tmp_path, 1_000)))
    qtbot.waitUntil(reached.is_set, timeout=20000)
    dialogs = page.findChildren(QProgressDialog)
    qtbot.waitUntil(lambda: any(d.labelText() == "Writing…" for d in dialogs), timeout=5000)
    dialog = next(d for d in dialogs if d.labelText() == "Writing…")
    dialog.show()
    cancel_button = dialog.findChildren(QPushButton)[0]
    QTest.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.labelText().startswith("Cancelling")  # still up until rolled back
    assert not cancel_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: bool(answers.infos), timeout=20000)
    assert "rolled back" in answers.infos[0]
    assert tthc.list_tthc(ui_ctx) == [] and page.model.rowCount() == 0
    assert answers.errors == []


def test_decision_preview_groups_dates_and_procedures_to_update(qtbot, ui_env, answers, monkeypatch):
    tthc.import_tthc(ui_env.ctx, FIX / "province_list.xlsx")
    ids = {r.code: r.id for r in tthc.list_tthc(ui_env.ctx)}
    make_procedure(ui_env.ctx, ids["1.001022"], code="QT-HT-02")
    page = TthcPage(ui_env)
    qtbot.addWidget(page)
    page.refresh()
    seen = fill_exec(monkeypatch, ImportPreviewDialog, lambda d: None, accept=False)
    page.start_import(str(FIX / "decision_three_parts.xlsx"))
    dlg = seen[0]
    assert [(r["what"], r["code"]) for r in dlg.rows()] == [
        ("new", "1.012001.000.00.00.H56"), ("new", "1.012002"), ("amended", "1.001022"), ("amended", "1.003554"),
        ("abolished", "1.000656"), ("skip", "1.009999"), ("abolished", "2.002163")]
    assert [r["where"] for r in dlg.rows()] == ["Phụ lục › Phần I"] * 2 + ["Phụ lục › Phần II"] * 2 + [
        "Phụ lục › Phần III"] * 3
    assert dlg.parts_label.text().splitlines()[2] == (
        "• Phụ lục › Phần III (DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ): Abolished: out of scope 2, Not in the register 1")
    amended = next(r for r in dlg.rows() if r["code"] == "1.001022")
    assert amended["details"] == ("Time limit: Năm (05) ngày làm việc → 03 ngày làm việc; "
                                  "Legal basis: — → Nghị định số 120/2026/NĐ-CP")
    assert not dlg.decision_box.isHidden()
    assert dlg.decision_number.text() == "2301/QĐ-UBND" and dlg.decision_date.value().isoformat() == "2026-11-20"
    assert "QT-HT-02 (1.001022)" in dlg.procedures_label.text()
    assert dlg.import_button.isEnabled()
    dlg.decision_number.clear()  # a decision must carry its number
    assert not dlg.import_button.isEnabled()
    assert len(tthc.list_tthc(ui_env.ctx)) == 7  # the preview wrote nothing

    seen = fill_exec(monkeypatch, ImportPreviewDialog,
                     lambda d: type_date(d.effective_date, dt.date(2026, 12, 1)), accept=True)
    page.start_import(str(FIX / "decision_three_parts.xlsx"))
    rows = {r.code: r for r in tthc.list_tthc(ui_env.ctx)}
    assert rows["1.000656"].status == "abolished" and not rows["1.000656"].in_scope
    page.select_id(rows["1.000656"].id)
    assert "abolished by decision 2301/QĐ-UBND of 20/11/2026" in page.d_info.text()
    assert not page.scope_button.isEnabled()
    assert [n.code for n in page.last_plan.procedures] == ["QT-HT-02"]
    from qms_desktop.services import warnings
    legal = [w for w in warnings.current_warnings(ui_env.ctx) if w.rule == "legal_update"]
    assert [(w.params["code"], w.due_date.isoformat()) for w in legal] == [("QT-HT-02", "2027-03-01")]
    assert answers.errors == []


def test_file_dialog_offers_every_supported_type():
    first = file_filter().split(";;")[0]
    for pattern in ("*.xlsx", "*.xlsm", "*.xls", "*.ods", "*.docx", "*.csv"):
        assert pattern in first


def test_rows_without_code_on_confirmation_and_the_national_code_later(qtbot, ui_env, answers, monkeypatch):
    page = TthcPage(ui_env)
    qtbot.addWidget(page)
    page.refresh()
    fill_exec(monkeypatch, ImportPreviewDialog, lambda d: d.no_code_box.setChecked(True), accept=True)
    page.start_import(str(FIX / "province_list.xls"))
    temp = next(r for r in tthc.list_tthc(ui_env.ctx) if r.temporary_code)
    assert temp.code == "TAM-0001"
    page.select_id(temp.id)
    assert page.code_button.isEnabled() and "temporary code" in page.d_info.text()
    answers.reason = "1.001739"
    page.set_national_code()
    assert page.current().code == "1.001739" and not page.code_button.isEnabled()


def test_a_decision_dated_after_today_is_refused_in_the_preview_where_it_can_be_corrected(
        qtbot, ui_env, answers, monkeypatch):
    """The import refuses a decision not yet signed; the preview says so on Import and stays open with the
    typed values, instead of closing and failing after (the file would have to be read again)."""
    tthc.import_tthc(ui_env.ctx, FIX / "province_list.xlsx")
    page = TthcPage(ui_env)
    qtbot.addWidget(page)
    page.refresh()
    seen: dict = {}

    def retype(edit, text: str) -> None:
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(edit, text)

    def user(dlg: ImportPreviewDialog) -> int:
        dlg.show()
        retype(dlg.decision_date.edit, "15/01/2062")
        QTest.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
        seen["after_future"] = (dlg.isVisible(), dlg.result(), list(answers.errors))
        retype(dlg.decision_date.edit, "20/11/2026")
        QTest.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
        return dlg.result()

    monkeypatch.setattr(ImportPreviewDialog, "exec", user)
    page.start_import(str(FIX / "decision_three_parts.xlsx"))
    visible, result, errors = seen["after_future"]
    assert visible and result == 0
    assert len(errors) == 1 and "15/01/2062" in errors[0] and f"{ui_env.ctx.today:%d/%m/%Y}" in errors[0]
    rows = {r.code: r for r in tthc.list_tthc(ui_env.ctx)}
    assert rows["1.000656"].status == "abolished" and len(answers.errors) == 1  # the corrected date is taken
