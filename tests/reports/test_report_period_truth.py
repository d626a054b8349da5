"""What a report states about its number, its cut-off and its stocks is true (QA 8 F2, F3, F5, F6, F7.5).

- A report's number is of the register of its date's year (Decree 30/2020 Annex I: numbers run from 01 on
  1 January): a draft made in December and dated in January takes a number of January's year.
- "Số liệu … tính đến ngày X": a statistics row running past X is left out, and the months it covered are
  said to be missing.
- "trong đó N quá hạn khắc phục": an NC whose actions were all done, waiting only for verification, is not
  overdue for correction.
- Pending applications are a stock: the year's figure is its last row's, not the halves added up.
- The XLSX holds a narrative longer than an Excel cell, over several rows.
"""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
from report_helpers import finalize
from sqlalchemy import select

from qms_desktop.domain.periods import ReportPeriod
from qms_desktop.reports.xlsx import CELL_LIMIT, cell_chunks, report_xlsx
from qms_desktop.services import ncs, period_facts, reports
from qms_desktop.services.context import AppContext
from qms_desktop.storage import orm


def _at(commune, day: dt.date, leader: bool = True) -> AppContext:
    ctx = commune.leader if leader else commune.secretary
    return AppContext(ctx.db, ctx.actor, lambda: day)


def _register(commune) -> list[tuple[int, int, str]]:
    with commune.leader.tx("read") as s:
        return [(x.year, x.number, x.used_for) for x in s.scalars(select(orm.DocumentNumber).order_by(orm.DocumentNumber.id))]


def _narrative(commune, report_id: int) -> None:
    reports.update_report(commune.secretary, report_id, shortcomings="Một số hồ sơ còn trễ hạn.", plans="Kế hoạch.",
                          proposals="Không.")


# ---------------------------------------------------------------- F2: the number's year

def test_a_report_dated_in_january_takes_the_next_number_of_that_year_when_finalised(commune):
    december, january = _at(commune, dt.date(2026, 12, 20)), _at(commune, dt.date(2027, 1, 5))
    row = reports.create_report(december, period="2026")
    assert (row.number, _register(commune)[-1]) == (1, (2026, 1, f"report:{row.id}"))
    _narrative(commune, row.id)
    found = reports.preflight(january, row.id, date="05/01/2027")
    moved = next(f for f in found.warnings if f.code == "number_other_year")
    assert "01/BC-UBND" in moved.render() and "2026" in moved.render()  # the leader is told the number it gets
    done = reports.finalize_report(january, row.id, date="05/01/2027", acknowledge_all=True)
    assert (done.number, done.number_text, done.date) == (1, "01/BC-UBND", dt.date(2027, 1, 5))
    assert _register(commune)[-1] == (2027, 1, f"report:{row.id}")  # the 2026 register no longer holds it
    assert reports.report_data(january, row.id).number_text == "01/BC-UBND"  # the frozen report prints it
    assert reports.create_report(january, period="2027-H1").number == 2  # the 2027 register accounts for it


def test_a_draft_dated_in_another_year_is_renumbered_from_that_years_register(commune):
    today = _at(commune, dt.date(2026, 12, 15), leader=False)  # the period's first day (not before: QA F11)
    row = reports.create_report(today, period="2027-H1")
    assert _register(commune)[-1][:2] == (2026, 1)
    moved = reports.update_report(today, row.id, date="20/06/2027")
    assert (moved.number, _register(commune)[-1]) == (1, (2027, 1, f"report:{row.id}"))
    # the GUI saves the number it shows with the date: unchanged, it does not keep the old year's number
    back = reports.update_report(today, row.id, date="30/12/2026", number=1)
    assert (back.number, _register(commune)[-1][:2]) == (1, (2026, 1))
    typed = reports.update_report(today, row.id, date="02/01/2027", number=7)  # a number typed with the date
    assert (typed.number, _register(commune)[-1][:2]) == (7, (2027, 7))
    assert all(f.code != "number_other_year" for f in reports.preflight(today, row.id).findings)
    same = reports.update_report(today, row.id, date="05/01/2027")  # same year: the number stays
    assert (same.number, _register(commune)[-1][:2]) == (7, (2027, 7))


# ---------------------------------------------------------------- F3: the data cut-off

def test_statistics_rows_running_past_the_data_cut_off_are_left_out_and_said_missing(commune):
    row = reports.create_report(commune.secretary, period="2026-H1")
    # Apr–May (01/04–31/05, 432 received) has its middle before 15/05 but ends after it
    reports.update_report(commune.secretary, row.id, data_as_of="15/05/2026")
    data = reports.report_data(commune.leader, row.id)
    assert data.metric("received").value == 210 + 640
    assert data.metric("pending").value == 6  # the first quarter's, the last row counted
    stats = next(t for t in data.appendices if t.key == "statistics")
    assert [r[1] for r in stats.rows] == [dt.date(2025, 12, 1), dt.date(2026, 1, 1)]
    assert stats.totals[3] == 850  # Phụ lục V's total agrees with Part I
    text = " ".join(p for part in data.parts for item in part.items for p in item.paragraphs)
    # the days left out, not "04/2026, 05/2026" for 15/04–15/05 (QA 20 F3)
    assert "Tiếp nhận 850 hồ sơ" in text and "chưa gồm số liệu thống kê từ ngày 15/04/2026 đến ngày 15/05/2026." in text
    found = reports.preflight(commune.leader, row.id)
    assert any(f.code == "stats_missing_months" and "15/04/2026–15/05/2026" in f.render() for f in found.warnings)
    sheet = openpyxl.load_workbook(io.BytesIO(report_xlsx(data)))["PL V. Giải quyết TTHC"]
    assert 432 not in [c.value for r in sheet.iter_rows() for c in r]


def test_without_a_cut_off_the_period_keeps_a_row_by_its_middle(commune):
    row = reports.create_report(commune.secretary, period="2026-H1")
    data = reports.report_data(commune.leader, row.id)  # period over (14/06): the Apr–May row counts
    assert data.metric("received").value == 210 + 640 + 432


# ---------------------------------------------------------------- F6: overdue for correction

def _h1(commune):
    start, end = ReportPeriod.parse("2026-H1").bounds()
    with commune.leader.tx("read") as s:
        return period_facts.gather(s, start, end, year=2026, period_code="2026-H1")


def test_an_nc_corrected_on_time_and_awaiting_verification_is_not_overdue(commune):
    assert _h1(commune).value("nc_overdue") == 1  # the template's NC: action due 10/06, not done
    done = ncs.open_nc(commune.leader, description="Trả kết quả chậm 2 hồ sơ", detected_date="01/06/2026",
                       due_date="12/06/2026")
    act = ncs.add_action(commune.leader, done.id, description="Nhắc bộ phận một cửa", due_date="10/06/2026")
    ncs.complete_action(commune.leader, act.id, done_date="09/06/2026", result="Đã nhắc")
    assert ncs.get_nc(commune.leader, done.id).row.status == "awaiting_verification"
    ncs.open_nc(commune.leader, description="Chưa lưu hồ sơ", detected_date="02/06/2026", due_date="12/06/2026")
    pf = _h1(commune)
    # open at 14/06: 3 (template's, done one, no action); overdue for correction: the template's and the one
    # without an action — not the one whose action was done by its due date
    assert (pf.value("nc_open_end"), pf.value("nc_overdue")) == (3, 2)


# ---------------------------------------------------------------- F7.5: pending is a stock

def test_pending_applications_are_the_last_rows_not_a_sum(commune):
    assert _h1(commune).value("pending") == 3  # Apr–May's, not 3 + 6 + 3
    with commune.leader.tx("read") as s:
        year = period_facts.gather(s, dt.date(2025, 12, 15), dt.date(2026, 12, 14), year=2026)
    assert year.value("pending") == 40  # June's (the last row), not 3 + 6 + 3 + 40
    assert year.value("received") == 210 + 640 + 432 + 190  # flows still add up


# ---------------------------------------------------------------- F5: long text in the XLSX

def test_cell_chunks_cut_between_sentences_and_lose_nothing():
    text = " ".join(f"Tồn tại số {i}: hồ sơ trễ hạn do thiếu nhân sự." for i in range(3000))
    chunks = cell_chunks(text)
    assert len(text) > 4 * CELL_LIMIT and len(chunks) == 5
    assert all(len(c) <= CELL_LIMIT for c in chunks) and all(c.endswith(".") for c in chunks[:-1])
    assert " ".join(chunks) == text
    word = "x" * 70_000
    assert "".join(cell_chunks(word)) == word and all(len(c) <= CELL_LIMIT for c in cell_chunks(word))
    assert cell_chunks("ngắn") == ["ngắn"]


def test_a_narrative_longer_than_a_cell_is_kept_whole_in_the_xlsx(commune):
    huge = " ".join(f"Tồn tại số {i}: việc cập nhật quy trình còn chậm so với quy định." for i in range(1200))
    assert len(huge) > 2 * CELL_LIMIT
    row = reports.create_report(commune.secretary, period="2026-H1")
    reports.update_report(commune.secretary, row.id, shortcomings=huge, plans="Kế hoạch.", proposals="Không.")
    finalize(commune, row.id, date="20/06/2026")
    data = reports.report_data(commune.leader, row.id)
    ws = openpyxl.load_workbook(io.BytesIO(report_xlsx(data)))["III-V. Tồn tại, kiến nghị"]
    cells = [ws.cell(r, 2).value for r in range(1, ws.max_row + 1)]
    first = next(i for i, v in enumerate(cells) if v and v.startswith("Tồn tại số 0:"))
    pieces = cells[first:first + 3]
    assert all(len(p) <= CELL_LIMIT for p in pieces) and " ".join(pieces) == huge
    assert "Tồn tại số 1199" in pieces[-1] and not (cells[first + 3] or "").startswith("Tồn tại số")


# ---------------------------------------------------------------- F7.7, F7.1: every sheet says what it covers

def test_every_sheet_states_the_data_cut_off_and_a_correction_what_it_replaces(commune):
    row = reports.create_report(commune.secretary, period="2026-H1")
    reports.update_report(commune.secretary, row.id, data_as_of="15/05/2026")
    finalize(commune, row.id, date="20/06/2026")
    book = openpyxl.load_workbook(io.BytesIO(report_xlsx(reports.report_data(commune.leader, row.id))))
    for ws in book.worksheets:
        assert "số liệu từ ngày 15/12/2025, tính đến ngày 15/05/2026; kỳ báo cáo kết thúc ngày 14/06/2026" in ws["A2"].value
    second = reports.correct_report(commune.secretary, row.id)
    reports.update_report(commune.secretary, second.id, clear_data_as_of=True)
    finalize(commune, second.id, date="22/06/2026")
    data = reports.report_data(commune.leader, second.id)
    book = openpyxl.load_workbook(io.BytesIO(report_xlsx(data)))
    assert "số liệu từ ngày 15/12/2025 đến ngày 14/06/2026" in book["I. Áp dụng HTQLCL"]["A2"].value
    texts = [c.value for r in book["III-V. Tồn tại, kiến nghị"].iter_rows() for c in r if isinstance(c.value, str)]
    note = next(t for t in texts if t.startswith("Báo cáo này thay thế"))
    assert "01/BC-UBND ngày 20/06/2026" in note and data.changes_summary and data.changes_summary in note


# ---------------------------------------------------------------- F7.6: an objective's typed result against the rate

def test_an_on_time_objective_whose_typed_result_is_not_the_statistics_rate_is_a_warning(commune):
    """QA 8 F7.6: the statistics said 98,1% on time and the objective's typed result 97,5% "not met", in one report."""
    from qms_desktop.services import objectives, records

    row = reports.create_report(commune.secretary, period="2026-H1")
    found = {f.code: f for f in reports.preflight(commune.leader, row.id, date="20/06/2026").findings}
    apart = found["objective_rate_differs"]
    assert not apart.hard and apart.params == {"objective": "100% hồ sơ TTHC được giải quyết đúng hạn",
                                               "value": "97,6%", "rate": "98,5%"}
    assert "97,6%" in apart.render() and "98,5%" in apart.render()
    # the satisfaction objective (93,5%) is not the on-time rate: not compared
    on_time = next(r for r in records.list_records(commune.leader, "objective") if "đúng hạn" in r.values["text"])
    objectives.record_result(commune.leader, on_time.id, period="2026-H1", value=98.5)
    codes = {f.code for f in reports.preflight(commune.leader, row.id, date="20/06/2026").findings}
    assert "objective_rate_differs" not in codes and "objectives_unmeasured" in codes


def test_a_report_without_its_recipient_is_not_signed(commune):
    """QA 9 F2: a report was finalised with no Kính gửi line while its recipients said "Như trên"."""
    row = reports.create_report(commune.secretary, period="2026-H1")
    reports.update_report(commune.secretary, row.id, recipient="  ")
    found = {f.code: f for f in reports.preflight(commune.leader, row.id, date="20/06/2026").findings}
    assert found["recipient_missing"].hard and "Kính gửi" in found["recipient_missing"].render()
    reports.update_report(commune.secretary, row.id, recipient="Sở Khoa học và Công nghệ tỉnh Lâm Đồng")
    codes = {f.code for f in reports.preflight(commune.leader, row.id, date="20/06/2026").findings}
    assert "recipient_missing" not in codes
