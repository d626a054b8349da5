"""The demo commune (services.demo): content in every area, current warnings, determinism, accounts, CLI."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from qms_process import run_qms

from qms_desktop.domain.errors import AuthenticationFailed, ValidationError
from qms_desktop.domain.schema import SPECS
from qms_desktop.services import (
    agency, audits, demo, history, ncs, objectives, procedures, records, reviews, tthc, users, warnings,
)
from qms_desktop.services.context import SYSTEM, AppContext
from qms_desktop.storage import orm
from qms_desktop.storage.db import Database

TODAY = dt.date(2026, 11, 23)
# Tables the demo does not fill: they belong to the periodic report (register of numbers, exports).
NOT_DEMO_TABLES = {"report", "export_log", "document_number", "alembic_version", "agency_key",  # key: at first export
                   "merge_source", "merged_row", "imported_change_log",  # filled only by a merge (tests/merge)
                   # the receiving office's tables: filled in an office's database, never in a commune's
                   "rx_unit", "rx_submission", "rx_package", "rx_event",
                   "rx_inspection_plan", "rx_inspection_member", "rx_inspection"}


def _open(path: Path) -> Database:
    return Database.open(path)


@pytest.fixture
def built(demo_build):
    """The session's demo for 23/11/2026 (tests/conftest.py, built once): (path, summary, seconds)."""
    return demo_build


@pytest.fixture
def db(demo_db):
    """A file copy of the session's demo."""
    return demo_db


@pytest.fixture
def ctx(db):
    return AppContext(db, SYSTEM, clock=lambda: TODAY)


def _count(db: Database, table: str) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text(f'SELECT COUNT(*) FROM "{table}"')).scalar()


# ---------------------------------------------------------------- content
def test_every_area_has_records(built, db):
    empty = [t.name for t in orm.Base.metadata.sorted_tables
             if t.name not in NOT_DEMO_TABLES and _count(db, t.name) == 0]
    assert empty == [], (empty, "the demo commune shows every area: give these tables a few realistic rows in "
                         "services/demo/script.py (or, for a table no commune fills, name it in NOT_DEMO_TABLES "
                         "with why)")  # (its build time is measured in tests/bench, not asserted here)


def test_summary_matches_the_registers(built, ctx):
    counts = (len(tthc.list_tthc(ctx)), len(procedures.list_procedures(ctx)), len(audits.list_audits(ctx)),
              len(ncs.list_ncs(ctx)), len(reviews.list_reviews(ctx)))
    assert built[1] == dict(zip(("tthc", "procedures", "audits", "ncs", "reviews"), counts))
    assert counts[0] == 28 and counts[1] >= 15 and counts[2] >= 3 and 8 <= counts[3] <= 12 and counts[4] >= 3


def test_agency_units_staff_and_scope(ctx):
    profile = agency.get_profile(ctx)
    assert (profile.full_name, profile.province, profile.recipient, profile.doc_symbol, profile.place_name) == (
        "Ủy ban nhân dân xã Tân Phú", "Tỉnh Lâm Đồng", "Sở Khoa học và Công nghệ tỉnh Lâm Đồng", "BC-UBND", "Tân Phú")
    assert profile.head_name and profile.iso_rep_name and "Phó Chủ tịch" in profile.iso_rep_title
    units = {r.values["name"] for r in records.list_records(ctx, "unit")}
    assert {"Văn phòng - Thống kê", "Tư pháp - Hộ tịch", "Văn hóa - Xã hội", "Tài chính - Kế toán"} <= units
    staff = records.list_records(ctx, "staff")
    assert len(staff) >= 12
    auditors = [s for s in staff if s.values["is_auditor"]]
    assert 4 <= len(auditors) <= 5 and len({s.values["unit_id"] for s in auditors}) == len(auditors)
    assert all(s.values["auditor_certificate"] for s in auditors)
    assert sum(s.values["is_steering"] for s in staff) >= 4
    rows = tthc.list_tthc(ctx)
    out = [r for r in rows if not r.in_scope]
    assert 2 <= len(out) <= 3
    uncovered = [r for r in rows if r.in_scope and not r.covered]
    assert 1 <= len(uncovered) <= 2


def test_procedures_versions_steps_and_legal_basis(ctx):
    rows = {p.code: p for p in procedures.list_procedures(ctx)}
    assert {"QT-01", "QT-02", "QT-03", "QT-04", "QT-05"} <= set(rows)
    assert sum(p.status == "draft" for p in rows.values()) == 1
    second = [p for p in rows.values() if p.version == 2]
    assert len(second) >= 2
    for p in second:
        detail = procedures.get_procedure(ctx, p.id)
        v1, v2 = detail.versions
        assert (v1.status, v2.status) == ("obsolete", "effective")
        assert v1.end_date == v2.effective_date - dt.timedelta(days=1)
        assert v2.drafted_by and v2.reviewed_by and v2.approved_by and v2.approved_date
        assert any(a.version_number == 2 for a in detail.amendments)
    fits = [procedures.get_procedure(ctx, p.id).steps_fit for p in rows.values() if p.kind == "tthc"]
    assert fits.count(False) == 1 and fits.count(True) >= 10
    legal = records.list_records(ctx, "legal_document")
    pending = [d for d in legal if d.values["incorporated_date"] is None]
    assert len(pending) == 1
    assert TODAY - dt.timedelta(days=80) <= pending[0].values["effective_date"] <= TODAY - dt.timedelta(days=45)


def test_audits_findings_and_nonconformities(ctx):
    rows = audits.list_audits(ctx)
    done_this_year = [a for a in rows if a.status == "done" and a.date.year == TODAY.year]
    assert done_this_year and {a.date.year for a in rows if a.status == "done"} >= {TODAY.year - 1, TODAY.year}
    detail = audits.get_audit(ctx, done_this_year[0].id)
    assert len(detail.checklist) >= 10 and all(i.result for i in detail.checklist)
    assert detail.approved_by and any(f.nc_number for f in detail.findings)
    clauses = {i.clause for i in detail.checklist}
    assert {"4.1", "6.1", "8.5.1", "9.2", "10.2"} <= clauses
    for item in detail.checklist:  # nobody audits his own unit
        assert records.get(ctx, "staff", item.auditor_id).values["unit_id"] != item.unit_id
    nc_rows = ncs.list_ncs(ctx)
    statuses = [n.status for n in nc_rows]
    assert statuses.count("closed") > len(nc_rows) / 2
    assert {"in_progress", "awaiting_verification", "cancelled"} <= set(statuses)
    assert {"internal_audit", "external_inspection", "complaint"} <= {n.source for n in nc_rows}
    cancelled = ncs.get_nc(ctx, next(n.id for n in nc_rows if n.status == "cancelled"))
    assert cancelled.cancelled_reason
    for n in nc_rows:
        if n.status == "closed":
            d = ncs.get_nc(ctx, n.id)
            assert d.verification_effective and all(a.done_date for a in d.actions)
    overdue = [a for n in nc_rows for a in ncs.get_nc(ctx, n.id).actions
               if n.status not in ("closed", "cancelled") and not a.done_date and a.due_date < TODAY]
    assert overdue


def test_nc_numbers_are_gapless_per_year(db):
    with db.session() as s:
        rows = s.execute(select(orm.Nonconformity.year, orm.Nonconformity.seq, orm.Nonconformity.number)).all()
    by_year: dict[int, list[int]] = {}
    for year, seq, number in rows:
        assert number == f"{seq:02d}/{year}"
        by_year.setdefault(year, []).append(seq)
    assert len(by_year) >= 2
    for seqs in by_year.values():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))


def test_reviews_objectives_statistics_and_other_records(ctx):
    rows = reviews.list_reviews(ctx)
    assert [r.status for r in rows].count("done") >= 3
    last_year = next(r for r in rows if r.date.year == TODAY.year - 1)
    outputs = reviews.get_review(ctx, last_year.id).outputs
    assert len(outputs) >= 3 and sum(1 for o in outputs if o.done_date) >= len(outputs) - 1
    assert all(o.owner and o.due_date for o in outputs)
    assert reviews.get_review(ctx, last_year.id).conclusion
    policies = {r.values["year"] for r in records.list_records(ctx, "quality_policy")}
    assert {TODAY.year - 1, TODAY.year} <= policies
    objs = records.list_records(ctx, "objective")
    for year in (TODAY.year - 1, TODAY.year):
        assert 4 <= sum(o.values["year"] == year for o in objs) <= 5
    results = [r for o in objs for r in objectives.results(ctx, o.id)]
    assert any(not r.achieved for r in results) and sum(r.achieved for r in results) > len(results) / 2
    stats = records.list_records(ctx, "service_stat")
    assert len(stats) >= 3
    for s in stats:
        v = s.values
        assert 100 <= v["received"] <= 2000 and v["on_time"] + v["late"] + v["pending"] == v["received"]
        assert 97 <= 100 * v["on_time"] / (v["on_time"] + v["late"]) <= 99.5
    assert len(records.list_records(ctx, "survey")) >= 3
    assert 5 <= len(records.list_records(ctx, "training")) <= 8
    assert 6 <= len(records.list_records(ctx, "risk")) <= 8
    assert 4 <= len(records.list_records(ctx, "improvement")) <= 6
    inspections = records.list_records(ctx, "external_inspection")
    assert any(i.values["report_sent_date"] for i in inspections)
    recent = [i for i in inspections if not i.values["report_sent_date"]]
    assert len(recent) == 1 and TODAY - recent[0].values["signed_date"] == dt.timedelta(days=35)


def test_current_warnings(ctx):
    found = {w.rule: w for w in warnings.current_warnings(ctx, TODAY)}
    assert {"legal_update", "announcement", "inspection_followup", "tthc_coverage", "steps_time_limit",
            "overdue_action", "objective_unmet"} <= set(found)
    assert {"audit_yearly", "review_yearly"}.isdisjoint(found)  # both held this year
    for rule in ("legal_update", "inspection_followup"):  # due soon, not yet overdue
        assert not found[rule].overdue and TODAY < found[rule].due_date <= TODAY + dt.timedelta(days=45)


# ---------------------------------------------------------------- history, determinism
def test_history_chain_and_actors(db):
    with db.session() as s:
        report = history.verify_chain(s)
        actors = set(s.scalars(select(orm.ChangeLog.username).distinct()))
    assert report.ok and report.entries > 500
    assert {"thuky", "lanhdao", "danhgia"} <= actors


def _strip(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    if isinstance(value, dict):
        # ids, times and the version stamps of edit forms (row hashes that cover the times) differ by build
        return {k: _strip(v) for k, v in value.items()
                if k != "id" and "stamp" not in k and not k.endswith("_at")}
    if isinstance(value, (list, tuple)):
        return [_strip(v) for v in value]
    return value


def _snapshot(db: Database) -> dict:
    ctx = AppContext(db, SYSTEM, clock=lambda: TODAY)
    snap = {kind: _strip(records.list_records(ctx, kind, include_cancelled=True)) for kind in SPECS}
    snap["tthc"] = _strip(tthc.list_tthc(ctx))
    snap["procedures"] = [_strip(procedures.get_procedure(ctx, p.id))
                          for p in procedures.list_procedures(ctx, include_cancelled=True)]
    snap["audits"] = [_strip(audits.get_audit(ctx, a.id)) for a in audits.list_audits(ctx)]
    snap["programmes"] = _strip(audits.list_programmes(ctx))
    snap["ncs"] = [_strip(ncs.get_nc(ctx, n.id)) for n in ncs.list_ncs(ctx)]
    snap["reviews"] = [_strip(reviews.get_review(ctx, r.id)) for r in reviews.list_reviews(ctx)]
    snap["results"] = [_strip(objectives.results(ctx, o.id)) for o in records.list_records(ctx, "objective")]
    snap["warnings"] = [(w.rule, w.params, w.due_date) for w in warnings.current_warnings(ctx, TODAY)]
    snap["users"] = _strip(users.list_users(ctx))
    return snap


def test_same_date_gives_the_same_records(built, db, tmp_path):
    other = _open(tmp_path / "again.sqlite")
    try:
        assert demo.create_demo(other, today=TODAY) == built[1]
        assert _snapshot(other) == _snapshot(db)
    finally:
        other.close()


def test_another_date_early_in_the_year_plans_this_years_audit(tmp_path):
    """Also, on the same build (a demo build is the slow part): an extra account named like a demo
    account (case ignored) replaces that account's password."""
    day = dt.date(2026, 3, 10)
    database = _open(tmp_path / "march.sqlite")
    try:
        demo.create_demo(database, today=day, extra_account=("ThuKy", "MatKhauMoi@1"))
        assert users.authenticate(database, "thuky", "MatKhauMoi@1").role == "secretary"
        with pytest.raises(AuthenticationFailed):
            users.authenticate(database, "thuky", "ThuKy@2026")
        assert users.authenticate(database, "lanhdao", "LanhDao@2026").role == "leader"
        assert len(users.list_users(AppContext(database, SYSTEM))) == len(demo.DEMO_ACCOUNTS)
        ctx = AppContext(database, SYSTEM, clock=lambda: day)
        rows = audits.list_audits(ctx)
        assert any(a.status == "done" for a in rows)
        assert [a.status for a in rows if a.date.year == 2026] == ["planned"]
        with database.session() as s:
            assert history.verify_chain(s).ok
            future = s.scalar(select(func.count()).select_from(orm.CorrectiveAction)
                              .where(orm.CorrectiveAction.done_date > day))
        assert future == 0
    finally:
        database.close()


def test_after_the_year_end_cut_off_the_annual_result_is_the_latest(tmp_path):
    day = dt.date(2026, 12, 28)  # results for "2026" recorded on 22/12, after "2026-H1"
    database = _open(tmp_path / "december.sqlite")
    try:
        demo.create_demo(database, today=day)
        ctx = AppContext(database, SYSTEM, clock=lambda: day)
        unmet = [w for w in warnings.current_warnings(ctx, day) if w.rule == "objective_unmet"]
        assert unmet and {w.params["period"] for w in unmet} == {"2026"}
    finally:
        database.close()


# ---------------------------------------------------------------- accounts
def test_demo_accounts_log_in(db):
    assert [a[0] for a in demo.DEMO_ACCOUNTS] == ["thuky", "lanhdao", "danhgia", "xem"]
    for username, role, password, full_name in demo.DEMO_ACCOUNTS:
        assert len(password) >= 8
        actor = users.authenticate(db, username, password)
        assert (actor.role, actor.full_name) == (role, full_name)


def test_bad_extra_account_is_refused_before_writing(tmp_path):
    database = _open(tmp_path / "extra3.sqlite")
    try:
        with pytest.raises(ValidationError):
            demo.create_demo(database, today=TODAY, extra_account=("quantri", "short"))
        assert not users.has_users(database) and _count(database, "change_log") == 0
    finally:
        database.close()


# ---------------------------------------------------------------- refusal
def test_refuses_a_database_in_use(built, db, tmp_path):
    before = _count(db, "change_log")
    with pytest.raises(ValidationError) as info:
        demo.create_demo(db, today=TODAY)
    assert "empty database" in info.value.message
    assert _count(db, "change_log") == before

    only_profile = _open(tmp_path / "profile.sqlite")
    try:
        agency.save_profile(AppContext(only_profile, SYSTEM), agency.AgencyProfile(full_name="Ủy ban nhân dân xã A"))
        with pytest.raises(ValidationError):
            demo.create_demo(only_profile, today=TODAY)
    finally:
        only_profile.close()

    only_user = _open(tmp_path / "user.sqlite")
    try:
        users.create_first_user(only_user, username="quantri", password="Admin@2026")
        with pytest.raises(ValidationError):
            demo.create_demo(only_user, today=TODAY)
        assert _count(only_user, "agency") == 0
    finally:
        only_user.close()


# ---------------------------------------------------------------- command line
def test_cli_demo_then_list(tmp_path):
    path = tmp_path / "cli.sqlite"
    env = dict(os.environ, QMS_USER="quantri", QMS_PASSWORD="QuanTri@2026", QMS_DATA_DIR=str(tmp_path / "data"))
    env.pop("QMS_DB", None)
    script = Path(sys.executable).with_name("qms")  # the installed entry point, else the module
    qms = [str(script)] if script.exists() else [sys.executable, "-m", "qms_desktop.cli"]
    made = subprocess.run([*qms, "--db", str(path), "demo"], env=env, capture_output=True, text=True, timeout=180)
    assert made.returncode == 0, made.stderr
    # the installed entry point built it; the rest runs forked from a helper that has imported the command
    listed = run_qms(["--db", str(path), "list", "ncs", "--format", "json"], env=env)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert len(rows) >= 8 and all(r["number"] for r in rows)
    # the account of QMS_USER, unknown to the demo, was added as a leader (the extra account)
    database = _open(path)
    try:
        assert users.authenticate(database, "quantri", "QuanTri@2026").role == "leader"
        assert len(users.list_users(AppContext(database, SYSTEM))) == len(demo.DEMO_ACCOUNTS) + 1
    finally:
        database.close()
    again = run_qms(["--db", str(path), "demo"], env=env)
    assert again.returncode == 1 and again.stderr.strip()


def test_the_demo_reports_pass_the_pre_flight_with_nothing_to_acknowledge(db):
    """The demo's data backs every statement of its reports (per-field statistics, review conclusions,
    steering committee, consultant, website posting): finalised with no warning acknowledged."""
    with db.session() as s:
        rows = list(s.scalars(select(orm.Report).order_by(orm.Report.id)))
    assert {r.period for r in rows} == {"2025-H1", "2025", "2026-H1"}
    for r in rows:
        recorded = json.loads(r.preflight_json)
        assert recorded["acknowledged"] == [] and recorded["by"] == "lanhdao", r.period
    ctx = AppContext(db, SYSTEM, clock=lambda: TODAY)
    from qms_desktop.services import reports

    data = reports.report_data(ctx, rows[-1].id)
    assert data.table("statistics_by_field").totals[2] == data.metric("received").value


def test_the_demo_reports_were_finalised_on_their_scripted_day_before_being_sent(db):
    """The demo's story runs on its own clock: a report finalised in June 2026 says so (it said "finalised
    on" the day the demo was built, after the day it was sent), and so does its pre-flight record."""
    from qms_desktop.i18n import local_time

    with db.session() as s:
        rows = list(s.scalars(select(orm.Report).order_by(orm.Report.id)))
    for r in rows:
        finalised = local_time(r.finalized_at).date()
        assert finalised == r.date and finalised <= r.sent_date, r.period
        assert json.loads(r.preflight_json)["at"][:10] <= r.sent_date.isoformat(), r.period
