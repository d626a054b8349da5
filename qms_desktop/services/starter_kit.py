"""Starter kit for a new commune: the framework model's system procedures, units and staff.

QĐ 101/QĐ-BKHCN (2019), the framework model for communes, names five system procedures every
QMS has; a new database gets them as drafts (Dự thảo) to be completed and approved.
"""

from __future__ import annotations

from sqlalchemy import select

from qms_desktop.domain.model import ProcedureKind
from qms_desktop.domain.text import clean, fold
from qms_desktop.services import records
from qms_desktop.services.context import AppContext
from qms_desktop.services.procedures import ProcedureRow, create_procedure, list_procedures
from qms_desktop.storage import orm

# (code, title): data written into the commune's records, hence in Vietnamese.
SYSTEM_PROCEDURES: tuple[tuple[str, str], ...] = (
    ("QT-01", "Kiểm soát tài liệu và hồ sơ"),
    ("QT-02", "Đánh giá nội bộ"),
    ("QT-03", "Kiểm soát sự không phù hợp và hành động khắc phục"),
    ("QT-04", "Xem xét của lãnh đạo"),
    ("QT-05", "Quản lý rủi ro và cơ hội"),
)

# Units most communes have (suggested in the first-run wizard; the clerk edits the list).
DEFAULT_UNITS: tuple[str, ...] = (
    "Văn phòng HĐND và UBND",
    "Tư pháp - Hộ tịch",
    "Địa chính - Xây dựng",
    "Văn hóa - Xã hội",
    "Bộ phận tiếp nhận và trả kết quả",
)


def default_recipient(province: str) -> str:
    """'Sở Khoa học và Công nghệ tỉnh Đồng Nai' — who receives the report unless the commune says otherwise."""
    province = clean(province)
    if not province:
        return "Sở Khoa học và Công nghệ"
    if fold(province).startswith(("tinh ", "thanh pho ")):  # "Tỉnh Lâm Đồng" → "… tỉnh Lâm Đồng"
        return f"Sở Khoa học và Công nghệ {province[0].lower()}{province[1:]}"
    city = fold(province) in {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}
    return f"Sở Khoa học và Công nghệ {'thành phố' if city else 'tỉnh'} {province}"


def create_system_procedures(ctx: AppContext) -> list[ProcedureRow]:
    """Create the five system procedures as drafts, skipping codes that already exist.

    Safe to run again: it only adds what is missing. Returns the procedures it created.
    """
    existing = {p.code.lower() for p in list_procedures(ctx, include_cancelled=True)}
    return [create_procedure(ctx, code=code, title=title, kind=ProcedureKind.SYSTEM)
            for code, title in SYSTEM_PROCEDURES if code.lower() not in existing]


def add_units_and_staff(ctx: AppContext, units: list[str], staff: list[tuple[str, str, str]]) -> tuple[int, int]:
    """Add units (names) and staff (full name, title, unit name) in one transaction.

    A staff member's unit is matched by name, ignoring tone marks and case, among the units given
    and those already recorded; a unit named only on a staff row is created. Blank rows are skipped.
    Returns (units added, staff added).

    Raises:
        ValidationError: a name is too long; nothing is written.
    """
    wanted_units = [clean(u) for u in units if clean(u)]
    people = [(clean(n), clean(t), clean(u)) for n, t, u in staff if clean(n)]
    wanted_units += [u for _n, _t, u in people if u]
    for name in wanted_units:
        records.validate("unit", {"name": name})
    for name, title, _unit in people:
        records.validate("staff", {"full_name": name, "title": title})
    added_units = 0
    with ctx.tx(records.spec("unit").permission) as s:
        by_key = {fold(u.name): u for u in s.scalars(select(orm.Unit).where(orm.Unit.cancelled_reason.is_(None)))}
        for name in wanted_units:
            if fold(name) not in by_key:
                unit = orm.Unit(name=name, description="")
                s.add(unit)
                by_key[fold(name)] = unit
                added_units += 1
        s.flush()
        for name, title, unit_name in people:
            unit = by_key.get(fold(unit_name)) if unit_name else None
            s.add(orm.Staff(full_name=name, title=title, unit_id=unit.id if unit else None))
    return added_units, len(people)

