"""The words of the change history (domain/change_labels.py): every logged table and every logged column
has a caption with a Vietnamese translation, and coded values are shown through their labels.

A new table or column without a caption fails here, so raw names ("rx_package", "files_on_time")
cannot come back to the history page, the record's history widget or `qms check`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from qms_desktop.domain import change_labels
from qms_desktop.domain.model import LABELS

ROOT = Path(__file__).resolve().parents[2]


def _catalog(language: str) -> dict[tuple[str, str], str]:
    out = {}
    for ctx in ET.parse(ROOT / "translations" / f"qms_desktop_{language}.ts").getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete") and (tr.text or "").strip():
                out[(ctx.findtext("name"), msg.findtext("source"))] = tr.text
    return out


@pytest.fixture(scope="module")
def vi() -> dict[tuple[str, str], str]:
    return _catalog("vi")


def _translate(catalog):
    return lambda context, source: catalog.get((context, source), "")


def _logged_columns():
    from qms_desktop.storage.orm import Base
    from qms_desktop.storage.rowstate import logged_tables

    for name, info in logged_tables().items():
        for column in Base.metadata.tables[name].columns:
            yield name, column.name
        for link in info.links:
            yield name, link.key  # "@tthc": a link table's ids in the row's state


def test_every_logged_table_has_a_vietnamese_label(vi):
    from qms_desktop.storage.rowstate import logged_tables

    raw = [t for t in logged_tables() if change_labels.entity_label(t)[1] == t]
    assert raw == [], f"logged tables without a label (add them to change_labels.ENTITY_LABELS or kinds.KINDS): {raw}"
    untranslated = [t for t in logged_tables() if change_labels.entity_label(t) not in vi]
    assert untranslated == []


def test_every_logged_column_has_a_vietnamese_caption(vi):
    missing = [f"{t}.{c}" for t, c in _logged_columns() if change_labels.caption_source(t, c) is None]
    assert missing == [], f"logged columns without a caption (add them to change_labels.FIELD_CAPTIONS): {missing}"
    untranslated = [f"{t}.{c}" for t, c in _logged_columns() if change_labels.caption_source(t, c) not in vi]
    assert untranslated == []


def test_the_label_tables_name_real_tables_and_columns():
    from qms_desktop.storage.orm import Base

    tables = Base.metadata.tables
    events = change_labels.EVENT_VALUES
    assert set(change_labels.ENTITY_LABELS) <= set(tables) | set(events)
    assert not set(events) & set(tables)
    stale = [key for key in (*change_labels.ENTITY_CAPTIONS, *change_labels.BORROWED_CAPTIONS,
                             *change_labels.VALUE_LABELS, *change_labels.ENTITY_REFERENCES)
             if key[1] not in (events[key[0]] if key[0] in events else tables[key[0]].columns)]
    assert stale == []
    uncaptioned = [(event, name) for event, names in events.items() for name in names
                   if change_labels.caption_source(event, name) is None]
    assert uncaptioned == []


def test_every_choice_of_a_form_is_shown_by_its_label(vi):
    from qms_desktop.domain.schema import SPECS

    raw = [(kind, f.name, choice) for kind, spec in SPECS.items() for f in spec.fields if f.kind == "choice"
           for choice in f.choices or ()
           if change_labels.value_text(kind, f.name, choice, _translate(vi)) == choice]
    assert raw == []


@pytest.mark.parametrize("entity, field, code, shown", [
    ("petition", "category", "feedback", "Phản ánh"),
    ("petition", "channel", "hotline", "Đường dây nóng"),
    ("rx_submission", "state", "accepted", "Đã chấp nhận"),
    ("rx_event", "action", "accepted", "chấp nhận và khóa"),
    ("rx_inspection_member", "role", "secretary", "Thư ký"),  # of the inspection team
    ("app_user", "role", "secretary", "Thư ký ISO"),  # the commune's account
    ("agency_key", "origin", "created", "do QMS Desktop tạo"),
])
def test_codes_are_shown_by_the_labels_their_pages_show(vi, entity, field, code, shown):
    assert change_labels.value_text(entity, field, code, _translate(vi)) == shown


def test_every_receiving_code_has_a_translated_label(vi):
    from qms_desktop.services.receiving.review import STATES

    for (entity, field), (context, labels) in change_labels.VALUE_LABELS.items():
        assert all((context, source) in vi for source in labels.values()), (entity, field)
    assert set(STATES) <= set(change_labels.VALUE_LABELS[("rx_submission", "state")][1])
    assert {"feedback", "petition", "direct", "hotline", "portal", "mail"} <= set(LABELS)


def test_the_receiving_office_refers_to_its_own_register():
    assert change_labels.reference_of("rx_package", "unit_id") == "rx_unit"
    assert change_labels.reference_of("rx_inspection_member", "plan_id") == "rx_inspection_plan"
    assert change_labels.reference_of("nonconformity", "unit_id") == "unit"
    names = {"rx_unit": {3: "Xã Tân Phú"}, "unit": {3: "Văn phòng"}}
    assert change_labels.value_text("rx_submission", "unit_id", 3, _translate({}), names) == "Xã Tân Phú"


def test_periods_read_as_words_and_the_team_counts_from_one(vi):
    """QA: the history showed "Kỳ: 2026-H1" and the team's first member as "Thứ tự trong đoàn: 0"."""
    T = _translate(vi)
    assert change_labels.value_text("report", "period", "2026-H1", T) == "sáu tháng đầu năm 2026 (2026-H1)"
    assert change_labels.value_text("rx_submission", "period", "2025", T) == "năm 2025"
    assert change_labels.value_text("report", "period", "2026-X", T) == "2026-X"  # not a period: as stored
    assert change_labels.value_text("rx_inspection_member", "position", 0, T) == "1"
