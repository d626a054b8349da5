"""The version dialog refuses a version issued, or in force, before it was drafted or reviewed, under the date
to correct (QA qa7 #2: "1/7/26" typed as the issue date of a version drafted in November saved with no
message). The dates are typed as a secretary types them, and Save is pressed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from record_fixtures import *  # noqa: F403
from record_fixtures import TODAY, press
from ui_helpers import type_date

from qms_desktop.services import procedures
from qms_desktop.ui.dialogs.version_dialog import ApproveDialog, VersionDialog


def _shown(dlg) -> dict[str, str]:
    """The error labels on show: field → text."""
    return {name: label.text() for name, label in dlg.fields.errors.items() if not label.isHidden()}


def test_an_issue_date_before_the_drafting_is_refused_next_to_it(qtbot, ui_env):
    p = procedures.create_procedure(ui_env.ctx, code="QT-HT-99", title="Quy trình mới soạn")
    dlg = VersionDialog(ui_env, procedures.get_procedure(ui_env.ctx, p.id))
    qtbot.addWidget(dlg)
    dlg.show()
    drafted, reviewed = TODAY - dt.timedelta(days=13), TODAY - dt.timedelta(days=8)
    earlier = TODAY - dt.timedelta(days=150)
    type_date(dlg.editors["drafted_date"], drafted, leave=True)
    type_date(dlg.editors["reviewed_date"], reviewed, leave=True)
    type_date(dlg.editors["issue_date"], earlier, leave=True)
    type_date(dlg.editors["effective_date"], earlier, leave=True)
    press(dlg)
    fmt = "%d/%m/%Y"
    assert dlg.result() != QDialog.DialogCode.Accepted
    shown = _shown(dlg)
    assert list(shown) == ["issue_date"], shown
    assert earlier.strftime(fmt) in shown["issue_date"] and drafted.strftime(fmt) in shown["issue_date"]
    assert dlg.general_error.isHidden()
    assert procedures.get_procedure(ui_env.ctx, p.id).versions == ()

    # a review typed before the drafting: under the review's date in the sign-off box
    type_date(dlg.editors["issue_date"], TODAY, leave=True)
    type_date(dlg.editors["effective_date"], TODAY, leave=True)
    type_date(dlg.editors["reviewed_date"], drafted - dt.timedelta(days=1), leave=True)
    press(dlg)
    shown = _shown(dlg)
    assert list(shown) == ["reviewed_date"], shown
    assert (drafted - dt.timedelta(days=1)).strftime(fmt) in shown["reviewed_date"]
    assert dlg.general_error.isHidden()
    type_date(dlg.editors["reviewed_date"], reviewed, leave=True)  # corrected: the message goes as she types
    assert _shown(dlg) == {}
    press(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    v = procedures.get_procedure(ui_env.ctx, p.id).versions[0]
    assert (v.drafted_date, v.reviewed_date, v.issue_date, v.effective_date) == (drafted, reviewed, TODAY, TODAY)


def test_an_approval_after_the_issue_date_is_refused_next_to_the_approval_date(qtbot, ui_env, monkeypatch):
    p = procedures.create_procedure(ui_env.ctx, code="QT-HT-98", title="Quy trình bản giấy")
    issued = TODAY - dt.timedelta(days=200)
    procedures.add_version(ui_env.ctx, p.id, procedures.VersionInput(
        issue_date=issued, effective_date=issued, drafted_by="Nguyễn Thị Lan", drafted_date=issued - dt.timedelta(days=9),
        reviewed_date=issued - dt.timedelta(days=5)))
    detail = procedures.get_procedure(ui_env.ctx, p.id)
    monkeypatch.setattr("qms_desktop.ui.dialogs.prompts.confirm", lambda *_a, **_k: True)
    dlg = ApproveDialog(ui_env, detail, detail.versions[0])
    qtbot.addWidget(dlg)
    dlg.show()
    QTest.keyClicks(dlg.editors["approved_by"], "Tran Van Minh")
    assert dlg.editors["approved_date"].value() == issued  # the default: by the day it was issued (QA 53 F5)
    type_date(dlg.editors["approved_date"], TODAY, leave=True)
    press(dlg)  # approved today: after the version's issue
    shown = _shown(dlg)
    assert list(shown) == ["approved_date"], shown
    assert issued.strftime("%d/%m/%Y") in shown["approved_date"]
    assert procedures.get_procedure(ui_env.ctx, p.id).versions[0].status == "draft"
    type_date(dlg.editors["approved_date"], issued - dt.timedelta(days=2), leave=True)
    press(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert procedures.get_procedure(ui_env.ctx, p.id).versions[0].status == "effective"


def test_what_each_step_does_has_the_widest_column(qtbot, ui_env):
    """QA 26 G4: 'Nội dung công việc' got 115 px of the 900-px dialog; each step wrapped over five lines and only two
    and a half steps were in sight."""
    from qms_desktop.ui.widgets.steps_editor import COL_ACTION

    p = procedures.create_procedure(ui_env.ctx, code="QT-HT-98", title="Quy trình mới soạn")
    dlg = VersionDialog(ui_env, procedures.get_procedure(ui_env.ctx, p.id))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    table = dlg.steps_editor.table
    widths = [table.columnWidth(c) for c in range(table.columnCount())]
    assert widths[COL_ACTION] == max(widths) and widths[COL_ACTION] >= 0.35 * table.viewport().width(), widths
