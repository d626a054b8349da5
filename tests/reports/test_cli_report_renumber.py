"""`qms report edit` says when the report's number changed because its date moved into another year (QA F5):
Decree 30 numbers run from 01 each year, so the draft takes the next number of its date's year — no longer
silently behind "Report 5 saved."."""

from __future__ import annotations

import pytest
from report_helpers import PASSWORD

from qms_desktop import cli
from qms_desktop.services import reports


@pytest.fixture
def qms(commune, monkeypatch, capsys):
    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)

    def run(*args: str, lang: str = "en") -> tuple[int, str, str]:
        code = cli.main(["--lang", lang, "--db", str(commune.path), "--user", "thuky", *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_edit_says_the_number_changed_when_the_date_moved_into_another_year(commune, qms):
    reports.create_report(commune.secretary, period="2026-H1")  # 01/BC-UBND of 2026
    row = reports.create_report(commune.secretary, period="2025")  # 02/BC-UBND of 2026
    code, out, err = qms("report", "edit", str(row.id), "--date", "05/01/2027")
    assert code == 0, err
    assert out.splitlines() == [f"Report 01/BC-UBND (id {row.id}) saved.",
                                "The report's number changed from 02/BC-UBND to 01/BC-UBND because the report's "
                                "date is in 2027."]
    code, out, err = qms("report", "edit", str(row.id), "--date", "06/01/2027")  # same year: nothing to say
    assert code == 0 and out.splitlines() == [f"Report 01/BC-UBND (id {row.id}) saved."], err
    code, out, err = qms("report", "edit", str(row.id), "--date", "07/01/2027", "--number", "5")  # typed: her own
    assert code == 0 and out.splitlines() == [f"Report 05/BC-UBND (id {row.id}) saved."], err
    code, out, err = qms("report", "edit", str(row.id), "--date", "30/12/2026", lang="vi")
    assert code == 0, err
    assert "Số báo cáo đổi từ 05/BC-UBND thành 02/BC-UBND vì ngày báo cáo sang năm 2026." in out
    assert reports.get_report(commune.leader, row.id).row.number_text == "02/BC-UBND"


def test_edit_says_when_the_same_number_moves_into_another_years_register(commune, qms):
    """QA 56 F9: a year typed wrong (29/02/2028 for a report of 2027) moved the number into 2028's register and said
    only "saved" — its text was the same, 01/BC-UBND."""
    row = reports.create_report(commune.secretary, period="2025")
    code, out, err = qms("report", "edit", str(row.id), "--date", "05/01/2027")
    assert code == 0, err
    code, out, err = qms("report", "edit", str(row.id), "--date", "29/02/2028")
    assert code == 0, err
    assert out.splitlines() == [f"Report 01/BC-UBND (id {row.id}) saved.",
                                "The report's number 01/BC-UBND now counts in the register of 2028 (its date moved "
                                "from 05/01/2027 to 29/02/2028)."]
