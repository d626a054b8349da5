"""Vietnamese alphabetical order and the folded search are the same on both engines (--engine=postgresql),
and on a server database whose default collation is a linguistic one (ICU "vi"): lists are ordered by the
application (domain/text.sort_key), searches compare the stored folded key, never the server's collation."""

from __future__ import annotations

import datetime as dt

import pytest

from qms_desktop.domain.text import sort_key
from qms_desktop.services import ncs, procedures, records, tthc
from qms_desktop.services.context import SYSTEM, AppContext

D = dt.date(2026, 11, 23)

# Vietnamese order: a < ă < â < b … d < đ … o < ô < ơ … u < ư; tones only after the letters.
STAFF = ["An Thị Lan", "Ăng Văn Tú", "Âu Minh Tâm", "Bùi Văn An", "Dương Thị Mai", "Đặng Văn Bình", "Đỗ Văn Hùng",
         "Ma Thị Hoa", "Má Thị Hoa", "Mai Thị Nga", "Ông Văn Tư", "Ơn Thị Hà", "Uông Thị Hoa", "Ưng Văn Lộc"]
FIELDS = ["Bảo trợ xã hội", "Chứng thực", "Dân tộc", "Đất đai", "Hộ tịch", "Ưu đãi người có công"]
CODES = ["QT-02", "QT-10", "qt-03"]  # codes: character by character (as SQLite's BINARY)


def _fill(ctx: AppContext) -> dict:
    for name in reversed(STAFF):  # inserted against the order: the order comes from the listing
        records.create(ctx, "staff", {"full_name": name})
    for i, field in enumerate(reversed(FIELDS)):
        tthc.create_tthc(ctx, code=f"1.00{i + 1}234", name=f"Thủ tục {field.lower()}", field=field)
    for code in reversed(CODES):
        procedures.create_procedure(ctx, code=code, title=f"Quy trình {code}", kind="internal")
    ncs.open_nc(ctx, description="Trả kết quả TRỄ HẠN hồ sơ đất đai", detected_date=D)
    ncs.open_nc(ctx, description="Thiếu biểu mẫu", detected_date=D)
    return {}


def _listings(ctx: AppContext) -> dict:
    return {
        "staff": [r.values["full_name"] for r in records.list_records(ctx, "staff")],
        "fields": [r.field for r in tthc.list_tthc(ctx)],
        "codes": [p.code for p in procedures.list_procedures(ctx)],
        "search_tthc": sorted(r.field for r in tthc.list_tthc(ctx, search="thu tuc dat")),
        "search_upper": sorted(r.field for r in tthc.list_tthc(ctx, search="THỦ TỤC HỘ TỊCH")),
        "search_staff": [r.values["full_name"] for r in records.list_records(ctx, "staff", search="dang binh")],
        "search_d": [r.values["full_name"] for r in records.list_records(ctx, "staff", search="đo")],
        "search_nc": [n.description for n in ncs.list_ncs(ctx, search="tre han")],
        "search_nc_none": [n.description for n in ncs.list_ncs(ctx, search="trễ hẹn")],
    }


EXPECTED = {
    "staff": STAFF,
    "fields": FIELDS,
    "codes": CODES,
    "search_tthc": ["Đất đai"],
    "search_upper": ["Hộ tịch"],
    "search_staff": ["Đặng Văn Bình"],
    "search_d": ["Đỗ Văn Hùng"],
    "search_nc": ["Trả kết quả TRỄ HẠN hồ sơ đất đai"],
    "search_nc_none": [],
}


def test_expected_order_is_the_vietnamese_one():
    assert sorted(STAFF, key=sort_key) == STAFF and sorted(reversed(FIELDS), key=sort_key) == FIELDS
    assert sorted(STAFF) != STAFF  # code point order would differ: the test can fail


def test_vietnamese_order_and_folded_search(ctx):
    _fill(ctx)
    assert _listings(ctx) == EXPECTED


@pytest.mark.postgresql
def test_same_on_a_server_database_with_a_linguistic_collation(pg_server, fresh_pg):
    """A database the administrator created with ICU "vi" as its default collation (ORDER BY in the server
    would put 'qt-03' before 'QT-10' and handle đ its own way): the listings are still exactly SQLite's."""
    from qms_desktop.storage.db import Database

    name = f"qms_icu_{id(pg_server) % 100000}"
    pg_server.drop(name)
    pg_server._admin(f'CREATE DATABASE "{name}" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE \'vi\' '
                     "LOCALE 'C.UTF-8' ENCODING 'UTF8'")
    try:
        db = Database.open(pg_server.url(name))
        try:
            with db.engine.connect() as conn:
                server_order = [r[0] for r in conn.exec_driver_sql(
                    "SELECT c FROM (VALUES ('QT-02'), ('QT-10'), ('qt-03')) v(c) ORDER BY c")]
            assert server_order != CODES  # the server's own order differs: what the listing must not follow
            ctx = AppContext(db, SYSTEM, clock=lambda: D)
            _fill(ctx)
            assert _listings(ctx) == EXPECTED
        finally:
            db.close()
    finally:
        pg_server.drop(name)
