"""The office's screens when its records were edited outside the application (QA7 §1): the consolidation and
inbox pages say so in a banner naming the record, the export of the summary is refused in an error dialog
and writes nothing; a key pinned to another unit is enrolled only after a question naming that unit (§10)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from office_fixtures import *  # noqa: F403  (the demo province, office_env; puts tests/receiving on the path)
from province import PERIOD, trust_all

from qms_desktop.services import receiving as rx


def _tamper(path: Path) -> int:
    """sqlite3 on the file: Đạ Huoai's late files become on time. Returns the package's id."""
    conn = sqlite3.connect(path)
    try:
        pid = conn.execute("select p.id from rx_package p join rx_unit u on u.id=p.unit_id where u.code='LD-DH' "
                           "and p.current=1").fetchone()[0]
        conn.execute(f"update rx_package set files_on_time=files_received, on_time_rate=100.0 where id={pid}")
        conn.commit()
        return pid
    finally:
        conn.close()


def test_pages_warn_and_the_export_is_refused(qtbot, office_env, province, monkeypatch, tmp_path):
    from qms_desktop.ui.receiving import consolidation_page
    from qms_desktop.ui.receiving import inspection_page
    from qms_desktop.ui.receiving.inbox_page import InboxPage

    trust_all(office_env.ctx, province)
    rx.import_packages(office_env.ctx, [s.package for s in province.sent.values()])
    page = consolidation_page.ConsolidationPage(office_env)
    inbox = InboxPage(office_env)
    inspections = inspection_page.InspectionPage(office_env)
    for p in (page, inbox, inspections):
        qtbot.addWidget(p)
        p.resize(1200, 700)
        p.show()
    page.select_period(PERIOD)
    assert not any(p.altered_warning.isVisible() for p in (page, inbox, inspections))

    pid = _tamper(office_env.path)
    for p in (page, inbox, inspections):
        p.refresh()
    for banner in (page.altered_warning, inbox.altered_warning, inspections.altered_warning):
        assert banner.isVisible()
        assert "changed outside the application" in banner.text()
        assert f"(rx_package) #{pid}:" in banner.text() and "files_on_time" in banner.text()
        assert "LD-DH 2026-H1" in banner.text()

    errors = []
    monkeypatch.setattr(consolidation_page, "show_error", lambda parent, exc: errors.append(exc.render()))
    monkeypatch.setattr(consolidation_page, "pick_folder", lambda parent, title: str(tmp_path / "out"))
    page.export_button.click()
    assert len(errors) == 1 and "no longer match the change history" in errors[0] and "files_on_time" in errors[0]
    assert not (tmp_path / "out").exists() and getattr(page, "last_export", None) is None
    page.remind_button.click()
    assert len(errors) == 2 and "no longer match the change history" in errors[1]
    # the inspection plan from the suggestion: refused in an error dialog, no plan made
    from qms_desktop.ui.pages import base

    monkeypatch.setattr(base, "show_error", lambda parent, exc: errors.append(exc.render()))
    inspections.suggest_button.click()
    assert len(errors) == 3 and "inspection plan" in errors[2] and inspections.plan is None


def test_a_key_pinned_to_another_unit_is_asked_about(qtbot, office_env, province, monkeypatch):
    from qms_desktop.ui.receiving import units_page

    dh = province.sent["DH"]
    rx.trust_key(office_env.ctx, dh.code, dh.fingerprint)
    page = units_page.UnitsRegisterPage(office_env)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.table.select_where(lambda r: r.code == "LD-LB")
    monkeypatch.setattr(units_page, "ask_key", lambda unit, parent: (dh.fingerprint, "điện thoại"))
    asked = []
    monkeypatch.setattr(units_page, "confirm_shared_key", lambda exc, parent: asked.append(exc.other_code) or False)
    page.trust()
    assert asked == ["LD-DH"] and not rx.get_unit(office_env.ctx, "LD-LB").key_fingerprint
    monkeypatch.setattr(units_page, "confirm_shared_key", lambda exc, parent: asked.append(exc.other_code) or True)
    page.trust()
    assert asked == ["LD-DH", "LD-DH"] and rx.get_unit(office_env.ctx, "LD-LB").key_fingerprint == dh.fingerprint
