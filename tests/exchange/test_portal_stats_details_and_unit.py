"""The portal's per-field sheet: detail rows under a field (QA F7) and another commune's sheet (QA F8b)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from qms_desktop.exchange.portal_stats import PortalRefused, read_portal_stats
from qms_desktop.services import agency, field_stats, records

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ket_qua_tthc_theo_linh_vuc.xlsx"
KHAI_SINH = ["1.1", "Đăng ký khai sinh", 400, 3, 200, 197, 395, 220, 175, 0, 5, 5, 0]
KET_HON = ["1.2", "Đăng ký kết hôn", 355, 3, 118, 234, 349, 182, 164, 3, 6, 6, 0]


def with_details(tmp_path: Path, details=(KHAI_SINH, KET_HON), *, total: bool = False, at: int = 13) -> Path:
    """The fixture with ``details`` inserted below "1 Hộ tịch" (row 12); its total row kept or not."""
    wb = openpyxl.load_workbook(FIXTURE)
    ws = wb.active
    if not total:
        ws.delete_rows(20)  # "Tổng cộng"
    ws.insert_rows(at, len(details))
    for i, values in enumerate(details):
        for col, value in enumerate(values, start=1):
            ws.cell(at + i, col).value = value
    path = tmp_path / "chi_tiet.xlsx"
    wb.save(path)
    return path


def test_the_fixture_is_as_the_tests_expect():
    ws = openpyxl.load_workbook(FIXTURE).active
    assert (ws["A12"].value, ws["B12"].value, str(ws["B20"].value).lower().startswith("tổng")) == (1, "Hộ tịch", True)


@pytest.mark.parametrize("total", [False, True])
def test_rows_numbered_n_m_are_parts_of_the_field_above_not_fields(tmp_path, total):
    plain = read_portal_stats(FIXTURE)
    sheet = read_portal_stats(with_details(tmp_path, total=total))
    assert [x.field for x in sheet.lines] == [x.field for x in plain.lines] and len(sheet.lines) == 8
    assert sum(x.received for x in sheet.lines) == 1543 and sum(x.on_time for x in sheet.lines) == 1506
    assert sheet.total_checked is total


def test_bulleted_detail_rows_are_parts_too(tmp_path):
    details = [[None, "- " + KHAI_SINH[1], *KHAI_SINH[2:]], [None, "- " + KET_HON[1], *KET_HON[2:]]]
    sheet = read_portal_stats(with_details(tmp_path, details))
    assert len(sheet.lines) == 8 and sum(x.received for x in sheet.lines) == 1543


def test_details_that_do_not_add_up_to_their_field_are_refused_naming_the_rows(tmp_path):
    with pytest.raises(PortalRefused) as refused:
        read_portal_stats(with_details(tmp_path, (KHAI_SINH,)))
    text = refused.value.render()
    assert "The detail row(s) 13 (1.1) under the field Hộ tịch (row 12) do not add up" in text
    assert "Tiếp nhận: 400 in the details, 755 in the field's row" in text


def test_a_detail_row_before_any_field_is_refused(tmp_path):
    with pytest.raises(PortalRefused) as refused:
        read_portal_stats(with_details(tmp_path, (KHAI_SINH,), at=12))
    assert "Row 12 (Đăng ký khai sinh) is numbered 1.1" in refused.value.render()


def test_the_title_names_the_unit_and_it_is_compared_folded():
    from qms_desktop.exchange.portal_stats import same_unit

    assert read_portal_stats(FIXTURE).unit == "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ"
    for name in ("Ủy ban nhân dân xã Tân Phú", "Uỷ ban nhân dân xã Tân Phú", "UBND xã Tân Phú", "xã Tân Phú", "Tân Phú"):
        assert same_unit("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", name), name
    for name in ("Ủy ban nhân dân xã Hòa Bình", "Ủy ban nhân dân phường Tân Phú", "xã Tân Phú Đông"):
        assert not same_unit("ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", name), name


def _profile(ctx, name: str) -> None:
    agency.save_profile(ctx, agency.AgencyProfile(full_name=name, province="Tỉnh Lâm Đồng",
                                                  recipient="Sở Khoa học và Công nghệ tỉnh Lâm Đồng"))


def test_another_communes_sheet_is_refused_naming_both(ctx):
    _profile(ctx, "Ủy ban nhân dân xã Hòa Bình")
    for dry_run in (True, False):
        with pytest.raises(PortalRefused) as refused:
            field_stats.import_portal_stats(ctx, FIXTURE, dry_run=dry_run)
        text = refused.value.render()
        assert "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ" in text and "Ủy ban nhân dân xã Hòa Bình" in text
    assert records.list_records(ctx, "service_stat") == []


def test_the_communes_own_sheet_is_imported(ctx, tmp_path):
    _profile(ctx, "Ủy ban nhân dân xã Tân Phú")
    done = field_stats.import_portal_stats(ctx, FIXTURE)
    assert done.stat_id is not None and len(done.lines) == 8
    wb = openpyxl.load_workbook(FIXTURE)
    wb.active["A4"] = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"  # names no unit: not checked
    wb.save(tmp_path / "khong_ten.xlsx")
    _profile(ctx, "Ủy ban nhân dân xã Hòa Bình")
    assert field_stats.import_portal_stats(ctx, tmp_path / "khong_ten.xlsx", dry_run=True).lines == done.lines
