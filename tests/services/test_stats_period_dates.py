"""Service statistics are results: a period that has not ended (or not begun) on ``ctx.today`` holds days not yet
come and is refused, by the portal's import and by the statistics record (QA qa7 #4); a period stated in the sheet
with a day that does not exist is named as such, not as "the sheet does not state its period" (QA qa7 #5).
``ctx.today`` is 23/11/2026 here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from qms_desktop.domain.errors import ValidationError
from qms_desktop.exchange.portal_stats import read_portal_stats
from qms_desktop.services import field_stats, records

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ket_qua_tthc_theo_linh_vuc.xlsx"
D = dt.date


def _sheet(tmp_path, period: str, name: str = "ky.xlsx") -> Path:
    """The portal's export (openpyxl) whose title states ``period``."""
    wb = openpyxl.load_workbook(FIXTURE)
    wb.active["A5"] = f"Kỳ báo cáo: 6 tháng cuối năm 2026 ({period})"
    path = tmp_path / name
    wb.save(path)
    return path


def _refused(match: str, call, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError, match=match) as err:
        call(*args, **kwargs)
    return err.value


def _stats(ctx):
    return records.list_records(ctx, "service_stat")


def test_the_import_refuses_a_period_given_that_has_not_ended(ctx, tmp_path):
    for dry_run in (True, False):
        err = _refused(r"ends on 30/06/2027, after today \(23/11/2026\)", field_stats.import_portal_stats, ctx,
                       FIXTURE, start="01/01/2027", end="30/06/2027", dry_run=dry_run)
        assert err.field == "end"
        # begun but not ended
        _refused(r"ends on 24/11/2026, after today \(23/11/2026\)", field_stats.import_portal_stats, ctx,
                 FIXTURE, start="15/06/2026", end="24/11/2026", dry_run=dry_run)
    assert _stats(ctx) == []
    # a period ending today is complete (a sheet that does not state its own period: the dates given are its)
    undated = _sheet(tmp_path, "số liệu tổng hợp")
    done = field_stats.import_portal_stats(ctx, undated, start="15/06/2026", end="23/11/2026")
    assert (done.start, done.end, done.created) == (D(2026, 6, 15), D(2026, 11, 23), True)


def test_the_import_refuses_a_period_the_sheet_states_that_has_not_ended(ctx, tmp_path):
    path = _sheet(tmp_path, "Từ ngày 15/06/2026 đến ngày 14/12/2026")
    assert (read_portal_stats(path).start, read_portal_stats(path).end) == (D(2026, 6, 15), D(2026, 12, 14))
    for dry_run in (True, False):
        assert _refused(r"ends on 14/12/2026, after today \(23/11/2026\)", field_stats.import_portal_stats, ctx,
                        path, dry_run=dry_run).field == "end"
    assert _stats(ctx) == []


def test_the_statistics_record_refuses_a_period_that_has_not_ended(ctx):
    values = {"period_start": "01/01/2027", "period_end": "31/03/2027", "received": 10, "on_time": 10}
    err = _refused(r"ends on 31/03/2027, after today \(23/11/2026\)", records.create, ctx, "service_stat", values)
    assert err.field == "period_end"
    err = _refused(r"ends on 30/11/2026, after today \(23/11/2026\)", records.create, ctx, "service_stat",
                   {**values, "period_start": "01/11/2026", "period_end": "30/11/2026"})
    assert err.field == "period_end"
    assert _stats(ctx) == []
    row = records.create(ctx, "service_stat", {**values, "period_start": "01/10/2026", "period_end": "31/10/2026"})
    err = _refused(r"ends on 31/12/2026", records.update, ctx, "service_stat", row.id,
                   {**values, "period_start": "01/10/2026", "period_end": "31/12/2026"})
    assert err.field == "period_end"
    assert [r.values["period_end"] for r in _stats(ctx)] == [D(2026, 10, 31)]
    records.create(ctx, "service_stat", {**values, "period_start": "01/11/2026", "period_end": "23/11/2026"})
    # a petition's days keep their own words
    _refused(r"is after today \(23/11/2026\): record it on the day it happens", records.create, ctx, "petition",
             {"received_date": "24/11/2026", "category": "feedback", "channel": "direct",
              "summary": "Phản ánh"})


def test_an_impossible_date_in_the_sheet_is_named(ctx, tmp_path):
    for period, bad in (("Từ ngày 31/02/2026 đến ngày 14/06/2026", "31/02/2026"),
                        ("Từ ngày 15/12/2025 đến ngày 31/6/2026", "31/06/2026")):
        path = _sheet(tmp_path, period)
        sheet = read_portal_stats(path)
        assert (sheet.start, sheet.end, sheet.bad_date) == (None, None, bad)
        for dry_run in (True, False):
            err = _refused(rf"states its period \(Từ ngày … đến ngày …\), but {bad} is not a valid date",
                           field_stats.import_portal_stats, ctx, path, dry_run=dry_run)
            assert err.field == "start"
    assert _stats(ctx) == []
    # the dates given replace the sheet's
    done = field_stats.import_portal_stats(ctx, path, start="15/12/2025", end="14/06/2026")
    assert (done.start, done.end) == (D(2025, 12, 15), D(2026, 6, 14))
    # a sheet stating no period still asks for the dates
    wb = openpyxl.load_workbook(FIXTURE)
    wb.active["A5"] = "Kỳ báo cáo: 6 tháng đầu năm 2026"
    wb.save(tmp_path / "none.xlsx")
    assert read_portal_stats(tmp_path / "none.xlsx").bad_date == ""
    _refused("does not state its period", field_stats.import_portal_stats, ctx, tmp_path / "none.xlsx")


def test_dates_given_that_contradict_the_sheets_own_period_are_refused(ctx):
    """QA 23 F5: --from/--to replaced the period the sheet states, without a word: the figures of 15/12–14/06 were
    stored as those of 01/01–30/06."""
    err = _refused("states its period as 15/12/2025–14/06/2026, not 01/01/2026–30/06/2026",
                   field_stats.import_portal_stats, ctx, FIXTURE, start="01/01/2026", end="30/06/2026")
    assert err.field == "start" and _stats(ctx) == []
    same = field_stats.import_portal_stats(ctx, FIXTURE, start="15/12/2025", end="14/06/2026")  # the same dates: fine
    assert (same.start, same.end) == (D(2025, 12, 15), D(2026, 6, 14))
