"""Fixtures of the record pages' tests (TTHC, procedures, audits, NCs, reviews).

Import with ``from record_fixtures import *`` so that pytest sees the fixtures (settings, fonts and the
offscreen platform are handled by tests/ui/conftest.py). Every modal box of
the pages goes through ``ui.dialogs.prompts`` / ``ui.pages.base``; ``answers`` replaces them, so
no test can hang on a modal loop, and records what the user would have seen.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from qms_desktop.domain.steps import Step
from qms_desktop.services import procedures, records
from qms_desktop.services.context import Actor, AppContext, SYSTEM
from qms_desktop.ui.events import AppEvents
from qms_desktop.ui.pages.base import UiEnv
from qms_desktop.ui.runner import SynchronousRunner

TODAY = dt.date.today()
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SAMPLE_COPY = FIXTURES / "danh_muc_tthc_cap_xa.xlsx"

__all__ = ["answers", "ui_ctx", "ui_env", "people", "Answers", "TODAY", "SAMPLE_COPY",
           "make_env", "fill_exec", "make_procedure", "visit_every_row"]


@dataclass
class Answers:
    """What the patched prompts answer, and what they were shown."""

    confirm: bool = True
    yes: bool = True
    reason: str | None = "Nhập nhầm"
    open_files: list[str] = field(default_factory=list)
    open_file: str | None = None
    errors: list[str] = field(default_factory=list)
    confirms: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)


@pytest.fixture(autouse=True)
def answers(monkeypatch, qapp) -> Answers:
    from qms_desktop.ui.dialogs import prompts
    from qms_desktop.ui.pages import base

    a = Answers()

    def show_error(_parent, exc):
        text = exc.render(lambda c, t: QCoreApplication.translate(c, t) or t) if hasattr(exc, "render") else str(exc)
        a.errors.append(text)

    def confirm(_parent, text, _title=None):
        a.confirms.append(text)
        return a.confirm

    def ask_yes(_parent, text, _title=None):
        a.questions.append(text)
        return a.yes

    monkeypatch.setattr(base, "show_error", show_error)
    monkeypatch.setattr(base, "confirm", confirm)
    monkeypatch.setattr(prompts, "ask_yes", ask_yes)
    # unsaved changes before leaving: Save when ``confirm`` (Yes), Discard when not
    monkeypatch.setattr(prompts, "save_or_discard", lambda _p, text, _t=None: confirm(_p, text))
    monkeypatch.setattr(prompts, "info", lambda _p, text, _t=None: a.infos.append(text))
    monkeypatch.setattr(prompts, "ask_reason", lambda _p, _t, _q: a.reason)
    monkeypatch.setattr(prompts, "pick_open_files", lambda *_a, **_k: list(a.open_files))
    monkeypatch.setattr(prompts, "pick_open_file", lambda *_a, **_k: a.open_file)

    def no_modal(self, *_a):
        raise AssertionError(f"unexpected modal {type(self).__name__}: {getattr(self, 'text', lambda: '')()}")

    monkeypatch.setattr(QMessageBox, "exec", no_modal)
    return a


@pytest.fixture
def ui_ctx(db) -> AppContext:
    """A leader acting on a fresh database, on the real today (date editors default to it)."""
    return AppContext(db, SYSTEM, clock=lambda: TODAY)


def make_env(ctx: AppContext, runner=None) -> UiEnv:
    opened: list[str] = []
    env = UiEnv(ctx, runner or SynchronousRunner(), AppEvents(), open_record=opened.append)
    env.opened = opened  # type: ignore[attr-defined]
    return env


@pytest.fixture
def ui_env(ui_ctx) -> UiEnv:
    return make_env(ui_ctx)


@dataclass
class People:
    tp: object
    vp: object
    lan: object  # auditor of Tư pháp - Hộ tịch
    hung: object  # auditor of Văn phòng - Thống kê
    minh: object  # chairman, not an auditor


@pytest.fixture
def people(ui_ctx) -> People:
    tp = records.create(ui_ctx, "unit", {"name": "Tư pháp - Hộ tịch"})
    vp = records.create(ui_ctx, "unit", {"name": "Văn phòng - Thống kê"})
    lan = records.create(ui_ctx, "staff", {"full_name": "Nguyễn Thị Lan", "title": "Công chức Tư pháp - Hộ tịch",
                                           "unit_id": tp.id, "is_auditor": True})
    hung = records.create(ui_ctx, "staff", {"full_name": "Lê Văn Hùng", "title": "Công chức Văn phòng - Thống kê",
                                            "unit_id": vp.id, "is_auditor": True})
    minh = records.create(ui_ctx, "staff", {"full_name": "Trần Văn Minh", "title": "Chủ tịch UBND xã"})
    return People(tp, vp, lan, hung, minh)


def make_procedure(ctx: AppContext, tthc_id: int | None = None, *, code: str = "QT-01", approve: bool = True,
                   effective: dt.date | None = None) -> procedures.ProcedureRow:
    """A TTHC procedure with version 1 (approved unless ``approve`` is False) of two steps, 2,5 days."""
    p = procedures.create_procedure(ctx, code=code, title="Quy trình đăng ký khai sinh",
                                    tthc_ids=[tthc_id] if tthc_id else [])
    v = procedures.add_version(ctx, p.id, procedures.VersionInput(
        drafted_by="Nguyễn Thị Lan", drafted_title="Công chức Tư pháp - Hộ tịch",
        steps=(Step(1, "Tiếp nhận hồ sơ", "Bộ phận một cửa", 4, "hours"),
               Step(2, "Thẩm định, trình ký", "Công chức Tư pháp - Hộ tịch", 2, "days"))))
    if approve:
        day = effective or TODAY - dt.timedelta(days=100)
        procedures.approve_version(ctx, v.id, approved_by="Trần Văn Minh", approved_title="Chủ tịch UBND xã",
                                   approved_date=min(day, TODAY), effective_date=day)
    return p


def press(dialog, *, accept: bool = True) -> None:
    """Press the dialog's own Save/OK button (or Cancel), as the user does: a button that is disabled, hidden or not
    wired to the dialog leaves it open (QA 54 F2: the tests called ``accept()`` and could not see that)."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = getattr(dialog, "buttons", None)
    if not isinstance(box, QDialogButtonBox):
        box = dialog.findChild(QDialogButtonBox)
    assert box is not None, f"{type(dialog).__name__} has no button box to press"
    Role = QDialogButtonBox.ButtonRole
    roles = (Role.AcceptRole, Role.YesRole) if accept else (Role.RejectRole, Role.NoRole)
    [button] = [b for b in box.buttons() if box.buttonRole(b) in roles and not b.isHidden()]
    button.click()


def fill_exec(monkeypatch, dialog_class: type, fill, *, accept: bool = True) -> list:
    """Replace ``dialog_class.exec`` by: fill(dialog), then press its Save/OK button (or Cancel); returns the
    dialogs seen."""
    seen: list = []

    def fake_exec(self) -> int:
        seen.append(self)
        fill(self)
        press(self, accept=accept)
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    return seen


def secretary_ctx(db) -> AppContext:
    return AppContext(db, Actor("thuky", "secretary", "Nguyễn Thị Thư"), clock=lambda: TODAY)


def visit_every_row(page) -> int:
    """Select each row of a page's list and each tab of its detail (catches crashes on real data)."""
    count = 0
    tabs = getattr(page, "tabs", None)
    for i in range(page.model.rowCount()):
        page.table.selectRow(i)
        assert page.current() is page.model.row_at(i)
        for t in range(tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(t)
        count += 1
    return count
