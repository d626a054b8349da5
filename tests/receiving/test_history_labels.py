"""The receiving office's changes read in Vietnamese: the history page, a record's history widget and
`qms --lang vi check` name its tables, columns and codes as its pages do (QA: "rx_package #1:
files_on_time", "state: received → accepted", the inspection team's secretary as "Thư ký ISO")."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from province import PASSWORD, trust_all

from qms_desktop import cli
from qms_desktop.services import history
from qms_desktop.services import receiving as rx
from qms_desktop.services.receiving import inspection as ins

YEAR = 2026
RAW = re.compile(r"\brx_|\b[a-z]+_[a-z_]+\b")  # a table's or column's name


@pytest.fixture
def accepted(office, province):
    """TP's report received and accepted; a team with its secretary in the 2026 plan."""
    trust_all(office, province)
    rx.import_packages(office, [province.sent["TP"].package])
    rx.accept_report(office, rx.find_submission(office, "LD-TP", "2026-H1"))
    ins.save_plan(office, YEAR, plan_number="15/KH-SKHCN")
    ins.set_team(office, YEAR, [ins.Member("Lê Văn Cường", "Phó Giám đốc Sở", "lead"),
                                ins.Member("Trần Thị Bình", "Chuyên viên", "secretary")])
    return office


@pytest.fixture
def vietnamese(qapp):
    from qms_desktop.ui import translations

    assert translations.install("vi")
    yield
    translations.install("en")


def _latest(ctx, entity: str, action: str) -> history.ChangeRow:
    return next(r for r in history.list_changes(ctx, entity=entity) if r.action == action)


def test_history_page_names_rx_records_fields_and_codes_in_vietnamese(accepted, vietnamese):
    from qms_desktop.ui.pages import history_page

    names = history.reference_names(accepted)
    state = _latest(accepted, "rx_submission", "update")
    assert history_page.record_text(state, names) == "Báo cáo của đơn vị theo kỳ 2026-H1"
    text = history_page.summary(state, names)
    assert "Tình trạng: Đã nhận → Đã chấp nhận" in text
    assert "state" not in text

    event = _latest(accepted, "rx_event", "create")
    assert history_page.record_text(event, names).startswith("Sự kiện tiếp nhận báo cáo #")
    assert "Đơn vị báo cáo: Xã Tân Phú" in history_page.summary(event, names)  # the register's unit, not a commune's
    assert "Hành động: chấp nhận và khóa" in history_page.summary(event, names)

    secretary = next(r for r in history.list_changes(accepted, entity="rx_inspection_member")
                     if r.new.get("role") == "secretary")
    text = history_page.summary(secretary, names)
    assert "Vai trò trong đoàn: Thư ký" in text and "Thư ký ISO" not in text
    assert "Kế hoạch kiểm tra: 2026" in text

    package = _latest(accepted, "rx_package", "create")
    text = history_page.summary(package, names)
    assert "Hồ sơ đúng hạn: " in text and "Mã nhận dạng khóa: " in text
    for row in history.list_changes(accepted, limit=1000):  # every entry of the office, no raw name left
        shown = history_page.record_text(row, names) + " " + history_page.summary(row, names)
        assert not RAW.search(shown.replace(row.username, "")), shown


def test_a_records_history_widget_names_rx_parts_in_vietnamese(accepted, vietnamese):
    from qms_desktop.ui.widgets.change_history import ChangeHistoryView

    rows = [r for r in history.list_changes(accepted) if r.entity in ("rx_submission", "rx_event")]
    view = ChangeHistoryView()
    view.set_rows(rows, history.reference_names(accepted))
    model = view.model
    column = {c.key: i for i, c in enumerate(model.columns)}
    parts = {model.index(r, column["entity"]).data() for r in range(model.rowCount())}
    assert parts == {"Báo cáo của đơn vị theo kỳ", "Sự kiện tiếp nhận báo cáo"}
    texts = [model.index(r, column["summary"]).data() for r in range(model.rowCount())]
    assert any("Tình trạng: Đã nhận → Đã chấp nhận" in t for t in texts)
    assert not any(RAW.search(t) for t in texts), texts
    view.deleteLater()


def test_check_names_an_edited_rx_row_in_vietnamese(accepted, office_target, capsys, monkeypatch):
    if not isinstance(office_target, Path):
        pytest.skip("an sqlite3 edit of the database file")
    package_id = _latest(accepted, "rx_package", "create").entity_id
    with sqlite3.connect(office_target) as c:
        c.execute("UPDATE rx_package SET files_on_time = files_on_time + 100 WHERE id = ?", (package_id,))
    monkeypatch.setenv("QMS_USER", "vanthu")
    monkeypatch.setenv("QMS_PASSWORD", PASSWORD)
    capsys.readouterr()
    code = cli.main(["--lang", "vi", "--db", str(office_target), "check"])
    err = capsys.readouterr().err
    assert code == 1
    assert (f"Gói báo cáo đã nhận (rx_package) #{package_id}: Hồ sơ đúng hạn (files_on_time) "
            "bị sửa ngoài ứng dụng.") in err
