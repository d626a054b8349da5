"""Two officers edit the same record (two connections, as from two PCs): the second save is refused
with "someone else changed this record" and overwrites nothing. On both engines (--engine=postgresql)."""

from __future__ import annotations

import datetime as dt

import pytest

from qms_desktop.domain.errors import RecordChanged
from qms_desktop.services import check, history, ncs, procedures, records
from qms_desktop.services.context import Actor, AppContext
from qms_desktop.i18n import identity_translate
from qms_desktop.storage.db import Database

D = dt.date(2026, 11, 23)


@pytest.fixture
def two(ctx):
    """Two officers on two separate connections to the same database (the first is ``ctx``'s)."""
    other = Database.open(ctx.db.url or ctx.db.path)
    lan = AppContext(ctx.db, Actor("lan", "secretary", "Nguyễn Thị Lan"), lambda: D)
    hung = AppContext(other, Actor("hung", "secretary", "Lê Văn Hùng"), lambda: D)
    yield lan, hung
    other.close()


def _assert_refused(exc: RecordChanged) -> None:
    assert "Someone else changed this record" in exc.render(identity_translate)


def test_second_save_of_a_spec_record_is_refused_and_nothing_overwritten(two):
    lan, hung = two
    unit = records.create(lan, "unit", {"name": "Tư pháp - Hộ tịch"})
    form_lan = records.get(lan, "unit", unit.id)  # both open the edit form
    form_hung = records.get(hung, "unit", unit.id)
    assert form_lan.stamp == form_hung.stamp and form_lan.stamp.hash

    records.update(lan.editing(form_lan.stamp), "unit", unit.id, {"name": "Tư pháp"})
    before = len(history.list_changes(lan, entity="unit", entity_id=unit.id))
    with pytest.raises(RecordChanged) as err:
        records.update(hung.editing(form_hung.stamp), "unit", unit.id, {"name": "Hộ tịch"})
    _assert_refused(err.value)
    assert records.get(lan, "unit", unit.id).values["name"] == "Tư pháp"  # Lan's save stands
    assert len(history.list_changes(lan, entity="unit", entity_id=unit.id)) == before  # nothing logged

    # Hùng reloads: his save now goes through; without a stamp (the CLI) saves are last-writer-wins as before
    fresh = records.get(hung, "unit", unit.id)
    assert fresh.stamp != form_hung.stamp
    records.update(hung.editing(fresh.stamp), "unit", unit.id, {"name": "Hộ tịch"})
    assert records.get(lan, "unit", unit.id).values["name"] == "Hộ tịch"
    report = check.check_database(lan.db)  # the refused save left the chain and every row matching its history
    assert report.history_ok and not report.problems, report.problems


def test_same_values_saved_twice_is_no_conflict_but_any_column_change_is(two):
    """The stamp is the row's whole state: a save that changes nothing does not refuse the other's; a change of
    any column (even one the other form does not show) does."""
    lan, hung = two
    unit = records.create(lan, "unit", {"name": "Văn phòng"})
    staff = records.create(lan, "staff", {"full_name": "Trần Văn Bình", "unit_id": unit.id})
    a, b = records.get(lan, "staff", staff.id), records.get(hung, "staff", staff.id)
    records.update(lan.editing(a.stamp), "staff", staff.id, {"full_name": "Trần Văn Bình"})  # no change
    records.update(hung.editing(b.stamp), "staff", staff.id, {"title": "Công chức"})
    c = records.get(lan, "staff", staff.id)
    records.update(hung, "staff", staff.id, {"is_auditor": True})  # another column, saved elsewhere
    with pytest.raises(RecordChanged):
        records.update(lan.editing(c.stamp), "staff", staff.id, {"full_name": "Trần Bình"})
    assert records.get(hung, "staff", staff.id).values["full_name"] == "Trần Văn Bình"


def test_cancelled_meanwhile_refuses_the_edit(two):
    lan, hung = two
    doc = records.create(lan, "unit", {"name": "Địa chính"})
    form = records.get(hung, "unit", doc.id)
    records.cancel(lan, "unit", doc.id, "Sáp nhập")
    with pytest.raises(RecordChanged):
        records.update(hung.editing(form.stamp), "unit", doc.id, {"name": "Địa chính 2"})


def test_nonconformity_description_edits_collide(two):
    lan, hung = two
    nc = ncs.open_nc(lan, description="Hồ sơ trả kết quả trễ hạn", detected_date=D)
    d_lan, d_hung = ncs.get_nc(lan, nc.id), ncs.get_nc(hung, nc.id)
    ncs.update_nc(lan.editing(d_lan.stamp), nc.id, root_cause="Thiếu người trực một cửa")
    with pytest.raises(RecordChanged):
        ncs.update_nc(hung.editing(d_hung.stamp), nc.id, root_cause="Phần mềm lỗi")
    after = ncs.get_nc(hung, nc.id)
    assert after.root_cause == "Thiếu người trực một cửa"
    ncs.update_nc(hung.editing(after.stamp), nc.id, root_cause="Thiếu người trực một cửa; phần mềm chậm")
    assert ncs.get_nc(lan, nc.id).root_cause.endswith("phần mềm chậm")  # reloaded, his save goes through


def test_procedure_edits_collide_also_on_linked_tthc(two):
    lan, hung = two
    p = procedures.create_procedure(lan, code="QT-01", title="Quy trình đăng ký khai sinh", kind="tthc")
    a, b = procedures.get_procedure(lan, p.id), procedures.get_procedure(hung, p.id)
    procedures.update_procedure(lan.editing(a.stamp), p.id, field="Hộ tịch")
    with pytest.raises(RecordChanged):
        procedures.update_procedure(hung.editing(b.stamp), p.id, title="Quy trình khai sinh")
    assert procedures.get_procedure(lan, p.id).row.title == "Quy trình đăng ký khai sinh"
