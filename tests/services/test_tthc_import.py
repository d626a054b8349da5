"""The TTHC import against a real database: plain lists in every format, decisions that add, amend,
replace and abolish, the QĐ 19 Art. 4.4a warning on linked procedures, temporary codes, an exact
preview, and Cancel during the write rolling everything back."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qms_desktop.jobs import CancelToken, Cancelled
from qms_desktop.services import procedures, tthc, warnings
from qms_desktop.services.context import AppContext
from qms_desktop.storage import orm

FIX = Path(__file__).resolve().parents[1] / "exchange" / "fixtures"


def count(db, model) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def by_code(ctx) -> dict[str, tthc.TthcRow]:
    return {r.code: r for r in tthc.list_tthc(ctx)}


@pytest.mark.parametrize("name", ["province_list.xls", "province_list.ods", "province_list.xlsx"])
def test_province_list_imports_rows_without_code_only_on_confirmation(ctx, db, name):
    plan = tthc.import_tthc(ctx, FIX / name)
    assert [r.code for r in plan.added] == ["1.001193", "1.001022", "1.000656", "1.003554", "2.002163", "1.001776",
                                            "1.001758"]
    assert [(r.rec.row_number, r.rec.name) for r in plan.rows if r.action == "no_code"] == [
        (17, "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội")]
    assert [r.row_number for r in plan.rejected] == [18]
    rows = by_code(ctx)
    assert len(rows) == 7 and "TAM-0001" not in rows
    assert (rows["1.001193"].provincial_code, rows["1.001193"].field, rows["1.001193"].time_limit_days) == (
        "000.00.00.H56", "Hộ tịch", 0.0)
    assert sorted(r.code for r in tthc.list_tthc(ctx, search="h56")) == ["1.000656", "1.001022", "1.001193", "2.002163"]

    again = tthc.import_tthc(ctx, FIX / name, confirm_no_code=True)
    assert [r.code for r in again.added] == ["TAM-0001"] and len(again.unchanged) == 7
    temp = by_code(ctx)["TAM-0001"]
    assert temp.temporary_code and temp.field == "Bảo trợ xã hội"
    # Imported once more: the row without code matches the temporary TTHC by name, nothing added.
    third = tthc.import_tthc(ctx, FIX / name, confirm_no_code=True)
    assert third.added == [] and len(third.unchanged) == 8
    tthc.set_national_code(ctx, temp.id, "1.001739.000.00.00.H56")
    row = by_code(ctx)["1.001739"]
    assert (row.id, row.provincial_code, row.temporary_code) == (temp.id, "000.00.00.H56", False)


def test_a_list_written_with_the_look_alike_eth_is_stored_with_d_bar(ctx, tmp_path):
    """QA 44 F3: "Ðăng ký khai sinh" (U+00D0, from an old font converter) was stored as read: "dang ky" found
    none of them, "Không quy ðịnh" was refused as a time limit, and a correct list was 'updated' to the eth."""
    text = (FIX / "list_utf8_bom.csv").read_text(encoding="utf-8-sig")
    eth = tmp_path / "eth.csv"
    eth.write_text(text.replace("Đ", "\u00d0").replace("đ", "\u00f0"), encoding="utf-8-sig")
    assert "\u00f0" in eth.read_text(encoding="utf-8-sig")
    plan = tthc.import_tthc(ctx, eth)
    assert plan.added and not plan.rejected
    stored = [(r.name, r.field or "") for r in tthc.list_tthc(ctx)]
    assert not any("\u00d0" in n + f or "\u00f0" in n + f for n, f in stored)
    assert any("đ" in n.lower() for n, _f in stored)
    again = tthc.import_tthc(ctx, FIX / "list_utf8_bom.csv")  # the same list written correctly: nothing to update
    assert not again.added and not again.updated


def test_every_created_and_updated_tthc_is_in_the_history_chain(ctx, db):
    tthc.import_tthc(ctx, FIX / "list_utf8_bom.csv")
    with db.engine.connect() as conn:
        entries = conn.execute(select(orm.ChangeLog.action, orm.ChangeLog.entity, orm.ChangeLog.new_values)).all()
    created = [json.loads(n)["code"] for a, e, n in entries if a == "create" and e == "tthc"]
    assert created == ["1.001193", "1.003554", "2.000815", "1.001776"]


def _register(ctx) -> dict[str, int]:
    tthc.import_tthc(ctx, FIX / "province_list.xlsx")
    ids = {r.code: r.id for r in tthc.list_tthc(ctx)}
    procedures.create_procedure(ctx, code="QT-HT-02", title="Quy trình đăng ký kết hôn", tthc_ids=[ids["1.001022"]])
    procedures.create_procedure(ctx, code="QT-HT-03", title="Quy trình đăng ký khai tử",
                                tthc_ids=[ids["1.000656"], ids["1.001193"]])
    procedures.create_procedure(ctx, code="QT-DD-01", title="Quy trình chứng thực", tthc_ids=[ids["1.001776"]])
    return ids


def test_three_part_decision_adds_amends_abolishes_and_warns_linked_procedures(ctx, db):
    _register(ctx)
    plan = tthc.plan_import(ctx, FIX / "decision_three_parts.xlsx")
    assert [(r.action, r.rec.code) for r in plan.rows] == [
        ("add", "1.012001"), ("add", "1.012002"), ("update", "1.001022"), ("update", "1.003554"),
        ("abolish", "1.000656"), ("skip", "1.009999"), ("abolish", "2.002163")]
    changes = {r.rec.code: [(c.name, c.old, c.new) for c in r.changes] for r in plan.rows if r.action == "update"}
    assert changes["1.001022"] == [("time_limit", "Năm (05) ngày làm việc", "03 ngày làm việc"),
                                   ("legal_basis", "", "Nghị định số 120/2026/NĐ-CP")]
    assert changes["1.003554"] == [("time_limit", "Không quá 45 ngày kể từ ngày nhận đủ hồ sơ", "Không quá 30 ngày"),
                                   ("legal_basis", "", "Luật Đất đai số 31/2024/QH15")]
    assert [(n.code, n.tthc_codes) for n in plan.procedures] == [("QT-HT-02", ("1.001022",)),
                                                                 ("QT-HT-03", ("1.000656",))]
    assert (plan.decision.number, plan.decision.date) == ("2301/QĐ-UBND", dt.date(2026, 11, 20))
    assert count(db, orm.LegalDocument) == 0 and len(tthc.list_tthc(ctx)) == 7  # a plan writes nothing

    tthc.apply_plan(ctx, plan)
    rows = by_code(ctx)
    assert "1.009999" not in rows  # abolished and never in the register: not added
    for code in ("1.000656", "2.002163"):  # out of scope, never deleted, with the decision
        r = rows[code]
        assert (r.status, r.in_scope, r.status_decision, r.status_date) == (
            "abolished", False, "2301/QĐ-UBND", dt.date(2026, 11, 20))
    assert (rows["1.001022"].time_limit, rows["1.001022"].time_limit_days) == ("03 ngày làm việc", 3.0)
    assert rows["1.012001"].in_scope and rows["1.012001"].provincial_code == "000.00.00.H56"
    assert rows["1.003554"].status == "active" and rows["1.003554"].in_scope

    with db.engine.connect() as conn:  # every change is in the history chain
        updates = {json.loads(n).get("status") or json.loads(n).get("time_limit"): e for a, e, n in conn.execute(
            select(orm.ChangeLog.action, orm.ChangeLog.entity_id, orm.ChangeLog.new_values)
            .where(orm.ChangeLog.entity == "tthc", orm.ChangeLog.action == "update"))}
    assert updates["abolished"] and updates["03 ngày làm việc"] == str(rows["1.001022"].id)
    found = [w for w in warnings.current_warnings(ctx) if w.rule == "legal_update"]
    assert sorted((w.params["code"], w.due_date) for w in found) == [
        ("QT-HT-02", dt.date(2027, 2, 20)), ("QT-HT-03", dt.date(2027, 2, 20))]
    assert all("2301/QĐ-UBND" in w.params["title"] for w in found)
    # The same decision imported again changes nothing and warns no more.
    again = tthc.import_tthc(ctx, FIX / "decision_three_parts.xlsx")
    assert {r.action for r in again.rows} <= {"unchanged", "update", "skip"}
    assert count(db, orm.LegalDocument) == 2
    with pytest.raises(Exception):
        tthc.set_in_scope(ctx, rows["1.000656"].id, True)


def test_word_annex_replaces_with_the_successor(ctx, db):
    _register(ctx)
    ctx = AppContext(ctx.db, ctx.actor, clock=lambda: dt.date(2026, 12, 1))  # imported after the decision of 25/11
    plan = tthc.import_tthc(ctx, FIX / "decision_annex.docx", effective_date=dt.date(2026, 12, 1))
    assert [(r.action, r.rec.code) for r in plan.rows] == [
        ("add", "1.012200"), ("add", "1.012201"), ("add", "2.000815"), ("replace", "1.001193")]
    old = by_code(ctx)["1.001193"]
    assert (old.status, old.successor_code, old.in_scope, old.status_decision) == (
        "replaced", "1.012200", False, "2302/QĐ-UBND")
    legal = [w for w in warnings.current_warnings(ctx) if w.rule == "legal_update"]
    assert [(w.params["code"], w.due_date) for w in legal] == [("QT-HT-03", dt.date(2027, 3, 1))]


def test_decision_without_number_is_refused_until_given(ctx, db, tmp_path):
    import openpyxl

    _register(ctx)

    wb = openpyxl.load_workbook(FIX / "decision_three_parts.xlsx")
    ws = wb.active
    for r in range(1, 5):
        ws.cell(r, 1).value = None  # no title block: no number, no date
    path = tmp_path / "no_number.xlsx"
    wb.save(path)
    before = count(db, orm.ChangeLog)
    with pytest.raises(tthc.ImportRefused) as info:
        tthc.import_tthc(ctx, path)
    assert info.value.message == tthc.NEED_DECISION
    assert count(db, orm.ChangeLog) == before and len(tthc.list_tthc(ctx)) == 7
    plan = tthc.import_tthc(ctx, path, decision_number="99/QĐ-UBND", decision_date=dt.date(2026, 11, 20))
    assert plan.applied and by_code(ctx)["1.000656"].status_decision == "99/QĐ-UBND"


def test_a_decision_whose_number_was_read_but_not_its_date_asks_only_for_the_date(ctx, db, tmp_path):
    """QA 22 F3: the message asked for "the number and the date" although the number had been read."""
    import openpyxl

    _register(ctx)
    wb = openpyxl.load_workbook(FIX / "decision_three_parts.xlsx")
    ws = wb.active
    for r in range(1, 5):
        ws.cell(r, 1).value = None
    ws.cell(1, 1).value = "Kèm theo Quyết định số 77/QĐ-UBND của Chủ tịch UBND tỉnh"  # a number, no date
    path = tmp_path / "no_date.xlsx"
    wb.save(path)
    with pytest.raises(tthc.ImportRefused) as info:
        tthc.import_tthc(ctx, path)
    assert info.value.message == tthc.NEED_DECISION_DATE and "77/QĐ-UBND" in info.value.render()
    assert "--decision-date" in info.value.render()


def _decision_dated(tmp_path, place_and_date: str) -> Path:
    """The three-part decision with another place-and-date line in its title block."""
    import openpyxl

    wb = openpyxl.load_workbook(FIX / "decision_three_parts.xlsx")
    wb.active.cell(3, 1).value = place_and_date
    path = tmp_path / "decision.xlsx"
    wb.save(path)
    return path


def test_an_impossible_decision_date_is_refused_by_the_dry_run_as_by_the_import(ctx, db, tmp_path):
    """QA L6: the dry run showed "ngày ?" and passed; the import then asked for a date the file seemed to give."""
    _register(ctx)
    path = _decision_dated(tmp_path, "Lâm Đồng, ngày 31 tháng 02 năm 2026")
    assert tthc.plan_import(ctx, path).decision.date_written == "31/02/2026"  # the GUI's preview asks for the date
    before = count(db, orm.ChangeLog)
    for dry_run in (True, False):
        with pytest.raises(tthc.ImportRefused) as info:
            tthc.import_tthc(ctx, path, dry_run=dry_run)
        assert info.value.message == tthc.IMPOSSIBLE_DECISION_DATE and "31/02/2026" in str(info.value)
    assert count(db, orm.ChangeLog) == before and by_code(ctx)["1.000656"].status == "active"
    plan = tthc.import_tthc(ctx, path, dry_run=True, decision_date=dt.date(2026, 2, 28))  # given: the date is known
    assert plan.decision.date == dt.date(2026, 2, 28) and not plan.applied


def test_preview_is_exact_a_register_changed_meanwhile_refuses(ctx, db):
    plan = tthc.plan_import(ctx, FIX / "list_utf16.csv")
    tthc.create_tthc(ctx, code="1.001193", name="Đăng ký khai sinh")  # someone adds one meanwhile
    with pytest.raises(tthc.ImportRefused) as info:
        tthc.apply_plan(ctx, plan)
    assert info.value.message == tthc.CHANGED_SINCE
    assert len(tthc.list_tthc(ctx)) == 1


class CancelAt(CancelToken):
    """Cancels at the n-th check (as a user pressing Cancel while the rows are being written)."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n, self.checks = n, 0

    def raise_if_cancelled(self) -> None:
        self.checks += 1
        if self.checks == self.n:
            self.cancel()
        super().raise_if_cancelled()


def _big_list(tmp_path, n: int) -> Path:
    lines = ["STT,Mã TTHC,Tên thủ tục,Thời hạn giải quyết"] + [
        f"{i},1.{100000 + i:06d},Thủ tục số {i},05 ngày làm việc" for i in range(1, n + 1)]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("at", [2, 4, "last"])
def test_cancel_during_the_write_rolls_everything_back(ctx, db, tmp_path, at):
    path = _big_list(tmp_path, 1_000)
    plan = tthc.plan_import(ctx, path)
    seen = []
    token = CancelAt(7 if at == "last" else at)  # 0, 200, …, 1000 and the final check: 7 checks
    with pytest.raises(Cancelled):
        tthc.apply_plan(ctx, plan, cancel=token, progress=seen.append)
    assert token.checks == token.n
    assert count(db, orm.Tthc) == 0 and count(db, orm.ChangeLog) == 0
    assert {p.message for p in seen} == {tthc.WRITING}
    # Without Cancel the same plan writes all 1,000 rows.
    tthc.apply_plan(ctx, plan)
    assert count(db, orm.Tthc) == 1_000


def test_progress_says_reading_then_writing(ctx, tmp_path):
    seen = []
    tthc.import_tthc(ctx, _big_list(tmp_path, 450), progress=seen.append)
    messages = [p.message for p in seen]
    assert messages[0] == tthc.READING and messages[-1] == tthc.WRITING
    assert messages == sorted(messages, key=lambda m: m == tthc.WRITING)  # all reading before writing
    assert (seen[-1].done, seen[-1].total) == (450, 450)


@pytest.mark.parametrize("data", [b"", b"%PDF-1.4", b"<html><table></table></html>",
                                  b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600])
def test_bad_files_write_nothing(ctx, db, tmp_path, data):
    path = tmp_path / "bad.xls"
    path.write_bytes(data)
    with pytest.raises(tthc.ImportRefused):
        tthc.import_tthc(ctx, path)
    assert count(db, orm.Tthc) == 0 and count(db, orm.ChangeLog) == 0


def test_a_decision_dated_after_today_is_refused_by_the_dry_run_as_by_the_import(ctx, db, tmp_path):
    """A decision not yet signed (a typo in the year, or a draft's date) cannot take TTHC out of the scope."""
    _register(ctx)
    path = _decision_dated(tmp_path, "Lâm Đồng, ngày 15 tháng 01 năm 2062")
    before = count(db, orm.ChangeLog)
    for dry_run in (True, False):
        with pytest.raises(tthc.ImportRefused) as info:
            tthc.import_tthc(ctx, path, dry_run=dry_run)
        assert info.value.message == tthc.FUTURE_DECISION and "15/01/2062" in str(info.value)
    tomorrow = ctx.today + dt.timedelta(days=1)
    with pytest.raises(tthc.ImportRefused):
        tthc.import_tthc(ctx, path, decision_date=tomorrow)
    assert count(db, orm.ChangeLog) == before and by_code(ctx)["1.000656"].status == "active"
    plan = tthc.import_tthc(ctx, path, decision_date=ctx.today)  # signed today: taken
    assert plan.applied and by_code(ctx)["1.000656"].status != "active"
