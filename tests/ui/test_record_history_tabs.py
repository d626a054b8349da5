"""A record's history tab shows the files attached to it and detached from it (file, who, when, reason)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from record_fixtures import *  # noqa: F403
from record_fixtures import make_procedure

from qms_desktop.services import attachments, records
from qms_desktop.ui.pages.procedures_page import ProceduresPage
from qms_desktop.ui.widgets.change_history import ChangeHistoryView, local_time
from qms_desktop.ui.widgets.record_files import RecordFilesTabs


def _shown(view: ChangeHistoryView) -> list[dict[str, str]]:
    """The rows as the user reads them, column key → text."""
    model = view.model
    keys = [c.key for c in model.columns]
    return [{k: model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole) for col, k in enumerate(keys)}
            for row in range(model.rowCount())]


def test_a_petitions_history_tab_shows_its_files_attached_and_detached(qtbot, env, tmp_path):
    pet = records.create(env.ctx, "petition", {
        "received_date": dt.date(2026, 10, 5), "category": "petition", "channel": "direct",
        "citizen": "Ông Nguyễn Văn A", "summary": "Đề nghị sửa đường liên thôn"})
    tabs = RecordFilesTabs(env, "petition")
    qtbot.addWidget(tabs)
    tabs.show()
    letter = tmp_path / "Đơn kiến nghị.pdf"
    letter.write_bytes(b"%PDF-1.4 don")
    a = attachments.attach(env.ctx, "petition", pet.id, filename=letter.name, path=letter)
    attachments.detach(env.ctx, a.id, reason="Tải nhầm tệp")

    tabs.set_record(records.get(env.ctx, "petition", pet.id))
    tabs.setCurrentWidget(tabs.history)  # read when its tab is shown
    rows = _shown(tabs.history)
    assert [(r["action"], r["entity"], r["summary"]) for r in rows[:2]] == [
        ("File detached", "Attached file", "Đơn kiến nghị.pdf — reason: Tải nhầm tệp"),
        ("File attached", "Attached file", "Đơn kiến nghị.pdf"),
    ]
    assert rows[2]["action"] == "Created" and len(rows) == 3
    entries = tabs.history.model.rows()
    assert env.ctx.actor.username == "chutich"  # who: the account's full name, its log-in name after it (QA 12 F5)
    assert {r["username"] for r in rows} == {"Trần Văn Đức (chutich)"}
    assert rows[0]["at"] == local_time(entries[0].at)


def test_the_procedure_history_tab_shows_the_files_of_the_procedure_and_its_versions(qtbot, ui_env, answers, tmp_path):
    p = make_procedure(ui_env.ctx)
    page = ProceduresPage(ui_env)
    qtbot.addWidget(page)
    page.refresh()
    page.open_record("procedure", p.id)
    version = page.detail_data.versions[0]
    scan = attachments.attach(ui_env.ctx, "procedure_version", version.id, filename="Bản ký.pdf", data=b"%PDF-1.4")
    attachments.attach(ui_env.ctx, "procedure", p.id, filename="QT-01.docx", data=b"PK\x03\x04 docx")
    attachments.detach(ui_env.ctx, scan.id, reason="Bản quét bị mờ")

    page.tabs.setCurrentWidget(page.history_tab)
    rows = _shown(page.history_tab)
    files = [(r["action"], r["summary"]) for r in rows if r["entity"] == "Attached file"]
    assert files == [("File detached", "Bản ký.pdf — reason: Bản quét bị mờ"),
                     ("File attached", "QT-01.docx"), ("File attached", "Bản ký.pdf")]
    # each version's entries say which version (QA 12 F5: "Version" alone on every row of every version)
    assert {"Procedure", f"Version {version.number}"} <= {r["entity"] for r in rows}
    assert "Version" not in {r["entity"] for r in rows}
