"""services.starter_kit: the framework model's system procedures, units and staff of a new commune."""

from __future__ import annotations

import pytest

from qms_desktop.domain.errors import ValidationError
from qms_desktop.services import procedures, records, starter_kit


def test_default_recipient():
    assert starter_kit.default_recipient("Đồng Nai") == "Sở Khoa học và Công nghệ tỉnh Đồng Nai"
    assert starter_kit.default_recipient("Tỉnh Lâm Đồng") == "Sở Khoa học và Công nghệ tỉnh Lâm Đồng"
    assert starter_kit.default_recipient("Thành phố Huế") == "Sở Khoa học và Công nghệ thành phố Huế"
    assert starter_kit.default_recipient("Hà Nội") == "Sở Khoa học và Công nghệ thành phố Hà Nội"
    assert starter_kit.default_recipient("  ") == "Sở Khoa học và Công nghệ"


def test_system_procedures_are_drafts_and_created_once(ctx):
    made = starter_kit.create_system_procedures(ctx)
    assert [p.code for p in made] == ["QT-01", "QT-02", "QT-03", "QT-04", "QT-05"]
    assert all(p.status == "draft" and p.kind == "system" for p in made)
    assert made[2].title == "Kiểm soát sự không phù hợp và hành động khắc phục"
    assert starter_kit.create_system_procedures(ctx) == []  # again: nothing new
    assert len(procedures.list_procedures(ctx)) == 5


def test_units_and_staff_matched_by_folded_name(ctx):
    records.create(ctx, "unit", {"name": "Địa chính - Xây dựng"})
    units, staff = starter_kit.add_units_and_staff(
        ctx, ["Tư pháp - Hộ tịch", "", "dia chinh - xay dung"],
        [("Hoàng Thị Lan", "Công chức", "tu phap - ho tich"), ("Vũ Đức Anh", "", "Địa chính - Xây dựng"),
         ("Lê Văn Tám", "", "Văn hóa - Xã hội"), ("", "ignored", "")])
    assert (units, staff) == (2, 3)  # Tư pháp and the Văn hóa named only by a staff row
    names = {u.id: u.values["name"] for u in records.list_records(ctx, "unit")}
    assert sorted(names.values()) == ["Tư pháp - Hộ tịch", "Văn hóa - Xã hội", "Địa chính - Xây dựng"]
    people = {s.values["full_name"]: names.get(s.values["unit_id"]) for s in records.list_records(ctx, "staff")}
    assert people == {"Hoàng Thị Lan": "Tư pháp - Hộ tịch", "Vũ Đức Anh": "Địa chính - Xây dựng",
                      "Lê Văn Tám": "Văn hóa - Xã hội"}


def test_units_and_staff_all_or_nothing(ctx):
    with pytest.raises(ValidationError):
        starter_kit.add_units_and_staff(ctx, ["Văn phòng"], [("x" * 500, "", "")])
    assert records.list_records(ctx, "unit") == []
