"""Setting up a receiving office's database (``qms init --receiving``, the first-run wizard)."""

from __future__ import annotations

from qms_desktop.domain.text import clean
from qms_desktop.reports.wording_office import LETTER_SYMBOL_DEFAULT, place_of, province_phrase
from qms_desktop.services.agency import AgencyProfile


def office_profile(name: str, province: str, *, recipient: str = "", head_name: str = "",
                   head_title: str = "Giám đốc") -> AgencyProfile:
    """The profile of an office: 'Sở Khoa học và Công nghệ tỉnh Lâm Đồng' under 'Ủy ban nhân dân tỉnh Lâm Đồng',
    to which its summary reports go; dates read 'Lâm Đồng, ngày …'."""
    province = clean(province)
    parent = f"Ủy ban nhân dân {province_phrase(province)}" if province else ""
    return AgencyProfile(full_name=name, short_name=clean(name), province=province, parent_body=parent,
                         recipient=clean(recipient) or parent, head_name=head_name, head_title=head_title,
                         doc_symbol=LETTER_SYMBOL_DEFAULT, place_name=place_of(province), mode="office")
