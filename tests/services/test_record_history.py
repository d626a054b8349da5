"""A record's own history holds the attaching and detaching of its files (services.history.record_changes)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event

from qms_desktop.domain.model import Role
from qms_desktop.domain.steps import Step
from qms_desktop.services import attachments, history, procedures, records
from qms_desktop.services.context import Actor, AppContext


def _petition(ctx) -> int:
    return records.create(ctx, "petition", {
        "received_date": dt.date(2026, 10, 5), "category": "petition", "channel": "direct",
        "citizen": "Ông Nguyễn Văn A", "summary": "Đề nghị sửa đường liên thôn"}).id


def _selects_of_the_log(engine, fn) -> tuple[object, list[str]]:
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_a):
        if "change_log" in statement:
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        result = fn()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return result, seen


def test_attach_and_detach_are_in_the_records_own_history(ctx):
    pet = _petition(ctx)
    secretary = AppContext(ctx.db, Actor("thuky", Role.SECRETARY, "Nguyễn Thị Thư"), ctx.clock)
    letter = attachments.attach(secretary, "petition", pet, filename="Đơn kiến nghị.pdf", data=b"%PDF-1.4 don")
    answer = attachments.attach(ctx, "petition", pet, filename="Trả lời.pdf", data=b"%PDF-1.4 tra loi")
    attachments.detach(secretary, letter.id, reason="Tải nhầm tệp")
    import pytest

    from qms_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError):  # a second officer's open list: her reason does not replace the first (QA 42 F12)
        attachments.detach(ctx, letter.id, reason="Trùng tệp")
    other = _petition(ctx)
    attachments.attach(ctx, "petition", other, filename="Khác.pdf", data=b"%PDF-1.4 khac")  # not this record's

    rows = history.record_changes(ctx, [("petition", pet)])
    assert [(r.entity, r.action, r.file_name, r.username) for r in rows] == [
        ("attachment", "cancel", "Đơn kiến nghị.pdf", "thuky"),  # newest first
        ("attachment", "create", "Trả lời.pdf", "system"),
        ("attachment", "create", "Đơn kiến nghị.pdf", "thuky"),
        ("petition", "create", "", "system"),
    ]
    detached = rows[0]
    assert detached.new["cancelled_reason"] == "Tải nhầm tệp" and detached.entity_id == str(letter.id)
    assert detached.at.date() == ctx.today and rows[1].entity_id == str(answer.id)
    # The other petition's history has its own file only.
    assert [(r.entity, r.file_name) for r in history.record_changes(ctx, [("petition", other)])] == [
        ("attachment", "Khác.pdf"), ("petition", "")]


def test_the_history_of_a_record_is_one_query_however_many_files_and_parts(ctx):
    """A procedure's history: the procedure, its versions and the files of both, in one statement (no N+1)."""
    p = procedures.create_procedure(ctx, code="QT-01", title="Quy trình đăng ký khai sinh", tthc_ids=[])
    versions = [procedures.add_version(ctx, p.id, procedures.VersionInput(
        drafted_by="Nguyễn Thị Lan", drafted_title="Công chức Tư pháp - Hộ tịch",
        steps=(Step(1, "Tiếp nhận hồ sơ", "Bộ phận một cửa", 4, "hours"),)))]
    parts = [("procedure", p.id), *(("procedure_version", v.id) for v in versions)]
    _, few = _selects_of_the_log(ctx.db.engine, lambda: history.record_changes(ctx, parts))
    for i in range(6):
        attachments.attach(ctx, "procedure", p.id, filename=f"Bản {i}.docx", data=f"PK {i}".encode())
        attachments.attach(ctx, "procedure_version", versions[0].id, filename=f"Bản ký {i}.pdf",
                           data=f"%PDF {i}".encode())
    rows, many = _selects_of_the_log(ctx.db.engine, lambda: history.record_changes(ctx, parts))
    assert len(few) == len(many) == 1
    names = {r.file_name for r in rows if r.entity == "attachment"}
    assert names == {f"Bản {i}.docx" for i in range(6)} | {f"Bản ký {i}.pdf" for i in range(6)}
    assert {"procedure", "procedure_version"} <= {r.entity for r in rows}


def test_a_record_without_files_or_parts(ctx):
    pet = _petition(ctx)
    assert [r.entity for r in history.record_changes(ctx, [("petition", pet)])] == ["petition"]
    assert history.record_changes(ctx, []) == []
    assert [r.entity for r in history.record_changes(ctx, [("unit", 99)])] == []  # a kind that carries no files
