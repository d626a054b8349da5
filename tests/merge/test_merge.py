"""Merging former communes' databases (issue 18): real files, real checks, real attacks on the sources."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, Table

from communes import open_ctx, sha256
from qms_desktop.services import merge as M
from qms_desktop.services import procedures, provenance, search
from qms_desktop.services.check import check_database
from qms_desktop.storage import orm
from qms_desktop.storage.db import backup_copy


def count(path: Path, table: str, where: str = "") -> int:
    with sqlite3.connect(path) as c:
        return c.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0]


def rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as c:
        return c.execute(sql).fetchall()


def head(path: Path) -> tuple[int, str]:
    with sqlite3.connect(path) as c:
        n = c.execute("SELECT count(*) FROM change_log").fetchone()[0]
        last = c.execute("SELECT hash FROM change_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    return n, last


def assert_gapless(path: Path) -> None:
    by_year: dict[int, list[int]] = {}
    for year, seq, number in rows(path, "SELECT year, seq, number FROM nonconformity ORDER BY year, seq"):
        by_year.setdefault(year, []).append(seq)
        assert number == f"{seq:02d}/{year}"
    for year, seqs in by_year.items():
        assert seqs == list(range(1, len(seqs) + 1)), (year, seqs)


# ---------------------------------------------------------------- every table has a rule and is covered

def test_every_table_of_the_schema_has_a_merge_rule():
    missing = sorted(t for t in orm.Base.metadata.tables if M.rule_of(t) is None)
    assert not missing, f"tables that are no kind of record (domain/kinds.py), without a merge rule in " \
                        f"services/merge.py RULES: {missing}"
    kinds = {M.rule_of(t).kind for t in orm.Base.metadata.tables}
    assert all(hasattr(M._Planner, f"plan_{k}") for k in kinds)
    # QA 50 F4: a kind of record needs no entry of its own (a new kind was refused by every merge without one)
    assert M.rule_of("training") == M.Rule(M.COPY) and "training" not in M.RULES
    assert M.rule_of("corrective_action") is M.RULES["corrective_action"] and M.rule_of("no_such_table") is None


def test_a_table_without_a_rule_refuses_the_merge_instead_of_dropping_it(files):
    ctx = open_ctx(files["new"])
    table = Table("petition_for_test", orm.Base.metadata, Column("id", Integer, primary_key=True))
    try:
        with pytest.raises(M.MergeRefused) as exc:
            M.build_plan(ctx, [])
        assert "petition_for_test" in exc.value.lines()[0]
    finally:
        orm.Base.metadata.remove(table)
        ctx.db.close()


def test_a_merge_killed_earlier_leaves_no_copy_of_a_database_behind(files, tmp_path, monkeypatch):
    """QA 19 F7: a merge killed mid-way (power cut, Task Manager) left a whole former commune's database,
    personal data included, in the temporary folder for ever; the next merge removes it once a day old."""
    import os
    import tempfile
    import time

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    left = tmp_path / "temp" / "qms-merge-killed"
    left.mkdir()
    shutil.copy(files["phu_lam"], left / "source.sqlite")
    day_ago = time.time() - 25 * 3600
    os.utime(left, (day_ago, day_ago))
    ctx = open_ctx(files["tan_phu"])
    M.merge(ctx, [files["phu_lam"]], dry_run=True)
    assert not left.exists() and list((tmp_path / "temp").iterdir()) == []  # and the dry run's own copies went too


# ---------------------------------------------------------------- two communes: the demo commune goes on

def test_merge_two_communes_into_the_continuing_one(files, tmp_path):
    target, source = files["tan_phu"], files["phu_lam"]
    before = {t: count(target, t) for t in ("tthc", "procedure", "nonconformity", "unit", "staff", "app_user", "report")}
    source_sha, source_head = sha256(source), head(source)
    ctx = open_ctx(target)
    backups = tmp_path / "bk"

    # The TTHC 2.000986 'Đăng ký khai tử' has the name of 1.009211 here: asked, not guessed.
    dry = M.merge(ctx, [source], dry_run=True)
    [question] = dry.plan.unanswered
    assert question.key == "tthc:0:2.000986" and question.candidate.startswith("1.009211")
    with pytest.raises(M.MergeRefused) as refused:
        M.merge(ctx, [source], backup_folder=backups)
    assert "2.000986" in refused.value.lines()[0]
    assert not backups.exists() or not list(backups.iterdir())

    options = M.MergeOptions(choices={"tthc:0:2.000986": M.MERGE})
    result = M.merge(ctx, [source], options, backup_folder=backups)
    assert result.merged and result.backup.exists()
    assert sha256(source) == source_sha  # the former commune's file is only read

    # TTHC: 3 by national code, 1 by name as chosen, 1 new
    assert count(target, "tthc") == before["tthc"] + 1
    codes = dict(rows(target, "SELECT code, former_code FROM procedure"))
    assert count(target, "procedure") == before["procedure"] + 5
    assert {k: v for k, v in codes.items() if v} == {
        "PL-QT-01": "QT-01", "PL-QT-02": "QT-02", "PL-QT-HT-01": "QT-HT-01", "PL-QT-CT-01": "QT-CT-01"}
    assert "QT-DD-05" in codes and codes["QT-01"] is None
    # the old code is an alias: found by the procedure search and the global search
    assert {p.code for p in procedures.list_procedures(ctx, search="qt-ht-01")} == {"QT-HT-01", "PL-QT-HT-01"}
    assert any(h.ref == "PL-QT-CT-01" for h in search.search(ctx, "QT-CT-01"))
    linked = rows(target, "SELECT t.code FROM procedure p JOIN procedure_tthc pt ON pt.procedure_id = p.id "
                          "JOIN tthc t ON t.id = pt.tthc_id WHERE p.code = 'PL-QT-HT-01' ORDER BY t.code")
    assert linked == [("1.009137",), ("1.009211",)]  # links follow the merged TTHC

    # NCs: the register stays gapless; the former numbers are kept as references, with provenance
    assert count(target, "nonconformity") == before["nonconformity"] + 4
    assert_gapless(target)
    merged_ncs = rows(target, "SELECT id, number, former_number FROM nonconformity WHERE former_number IS NOT NULL")
    assert sorted(r[2] for r in merged_ncs) == ["01/2025", "02/2025", "03/2025", "04/2025"]
    labels = provenance.origin_labels(ctx, "nonconformity")
    assert {labels[i] for i, _n, _f in merged_ncs} == {"xã Phú Lâm"}
    assert any(h.kind == "nc" for h in search.search(ctx, merged_ncs[0][2]))

    # units and staff matched by folded name; accounts not imported, names kept
    assert count(target, "unit") == before["unit"] + 2
    assert count(target, "staff") == before["staff"] + 4  # Hoàng Thị Lan is the same person here
    assert count(target, "app_user") == before["app_user"]
    [(accounts,)] = rows(target, "SELECT accounts_json FROM merge_source")
    assert {a["username"] for a in json.loads(accounts)} == {"thuky", "lanhdao"}
    assert all(a.get("active") is not None and "password_hash" not in a for a in json.loads(accounts))

    # reports sent under the former name: kept with their provenance, printable from the snapshot
    assert count(target, "report") == before["report"]
    [former] = provenance.former_reports(ctx)
    assert (former.source, former.period, former.status) == ("xã Phú Lâm", "2025-H1", "sent")
    assert provenance.former_report_data(ctx, former.id).agency.full_name == "Ủy ban nhân dân xã Phú Lâm"

    # history: the former chain kept as it was; the merge in the new chain with the source's head
    assert count(target, "imported_change_log") == source_head[0]
    [(n, h)] = rows(target, "SELECT chain_count, chain_hash FROM merge_source")
    assert (n, h) == source_head
    entries = [json.loads(v) for (v,) in rows(target, "SELECT new_values FROM change_log WHERE entity = 'merge_source'")]
    assert entries and entries[0]["chain_hash"] == source_head[1] and entries[0]["chain_count"] == source_head[0]
    report = check_database(ctx.db)
    assert report.healthy, report.problems

    # running it again adds nothing and writes nothing
    state = {t: count(target, t) for t in ("tthc", "procedure", "nonconformity", "change_log", "merged_row")}
    again = M.merge(ctx, [source], options, backup_folder=backups)
    assert not again.merged and again.plan.nothing_to_do and again.plan.sources[0].already_merged_at
    assert {t: count(target, t) for t in state} == state
    assert len(list(backups.glob("*.sqlite"))) == 1  # one backup (beside it: its .json metadata)
    ctx.db.close()


# ---------------------------------------------------------------- three communes into a new one

@pytest.fixture(scope="module")
def merged_three(tmp_path_factory, former_templates, demo_template, new_commune_template):
    folder = tmp_path_factory.mktemp("three")
    files = {}
    for key, src in (("tan_phu", demo_template), ("phu_lam", former_templates["phu_lam"]),
                     ("da_lay", former_templates["da_lay"]), ("new", new_commune_template)):
        files[key] = folder / f"{key}.sqlite"
        shutil.copy(src, files[key])
    ctx = open_ctx(files["new"])
    sources = [files["tan_phu"], files["phu_lam"], files["da_lay"]]
    result = M.merge(ctx, sources, M.MergeOptions(tthc_by_name=M.SEPARATE), backup_folder=folder / "bk")
    yield ctx, files, result
    ctx.db.close()


def test_three_communes_counts_codes_numbers_and_chain(merged_three):
    ctx, files, result = merged_three
    target = files["new"]
    assert result.merged and len(result.source_ids) == 3
    # TTHC: 1 here; Tân Phú adds 27 (1.009137 merged); Phú Lâm adds 2 (2.000986 kept separate as chosen)
    assert count(target, "tthc") == 30
    codes = {c for (c,) in rows(target, "SELECT code FROM procedure")}
    assert {"QT-01", "QT-HT-01", "QT-BTXH-01", "PL-QT-01", "PL-QT-HT-01", "DL-QT-01", "DL-QT-HT-01", "DL-QT-BTXH-01",
            "QT-VH-02", "QT-DD-05"} <= codes
    assert count(target, "procedure") == 23 + 5 + 4
    assert_gapless(target)
    assert count(target, "nonconformity") == 1 + 10 + 4 + 3
    assert count(target, "app_user") == 1  # only the new commune's account
    assert count(target, "imported_change_log") == sum(head(files[k])[0] for k in ("tan_phu", "phu_lam", "da_lay"))
    assert check_database(ctx.db).healthy
    assert result.chain_head == "{}:{}".format(*head(target))
    preds = provenance.predecessors(ctx)
    assert [p.label for p in preds] == ["xã Tân Phú", "xã Phú Lâm", "xã Đạ Lây"]
    assert [p.chain_head for p in preds] == ["{}:{}".format(*head(files[k])) for k in ("tan_phu", "phu_lam", "da_lay")]
    assert preds[0].manifest_entry()["chain_head"] == {"count": head(files["tan_phu"])[0], "hash": head(files["tan_phu"])[1]}


def test_three_communes_every_source_row_is_accounted_for(merged_three):
    """Nothing silently dropped: each row of each table of each source has its provenance line (or, for
    history and file contents, its copy), and every table is exercised by at least one source."""
    ctx, files, result = merged_three
    target = files["new"]
    never_filled = {"merge_source", "merged_row", "imported_change_log", "export_log", "service_stat_field",
                    # a receiving office's registers: never in a commune's database
                    "rx_unit", "rx_submission", "rx_package", "rx_event", "rx_inspection_plan",
                    "rx_inspection_member", "rx_inspection"}
    filled = set()
    for n, key in enumerate(("tan_phu", "phu_lam", "da_lay"), start=1):
        source = files[key]
        [(sid,)] = rows(target, f"SELECT id FROM merge_source WHERE id = {n}")
        for table in orm.Base.metadata.tables:
            have = count(source, table)
            filled |= {table} if have else set()
            rule = M.rule_of(table).kind
            if rule == M.HISTORY:
                assert count(target, "imported_change_log", f"WHERE source_id = {sid}") == have
            elif rule == M.CONTENT:
                missing = {s for (s,) in rows(source, "SELECT sha256 FROM stored_file")} - \
                    {s for (s,) in rows(target, "SELECT sha256 FROM stored_file")}
                assert not missing
            else:
                got = count(target, "merged_row", f"WHERE source_id = {sid} AND table_name = '{table}'")
                assert got == have, (key, table, got, have)
    unexercised = set(orm.Base.metadata.tables) - filled - never_filled
    assert not unexercised, f"add rows of {sorted(unexercised)} to tests/merge/communes.py"
    # every row added or renumbered points at a live row of its table
    for table, target_pk in rows(target, "SELECT table_name, target_pk FROM merged_row "
                                         "WHERE outcome IN ('added', 'renumbered') AND target_pk IS NOT NULL "
                                         "AND table_name NOT IN ('procedure_tthc', 'announcement_tthc', 'audit_member', "
                                         "'audit_unit')"):
        assert count(target, table, f"WHERE id = {int(target_pk)}") == 1


def test_three_communes_statistics_and_ncs_per_former_commune(merged_three):
    ctx, files, _result = merged_three
    target = files["new"]
    # the period 15/06–30/06/2025: 10 applications here + 41 in xã Đạ Lây, one record
    [(received,)] = rows(target, "SELECT received FROM service_stat WHERE period_start = '2025-06-15' "
                                 "AND period_end = '2025-06-30'")
    assert received == 51
    figures = {f.label: f for f in provenance.breakdown(ctx, "2025")}
    total = figures.pop("")
    for key, label in (("tan_phu", "xã Tân Phú"), ("phu_lam", "xã Phú Lâm"), ("da_lay", "xã Đạ Lây")):
        own = rows(files[key], "SELECT period_start, period_end, received FROM service_stat")
        expected = sum(r for s, e, r in own if dt.date(2024, 12, 15) <= dt.date.fromisoformat(s) +
                       (dt.date.fromisoformat(e) - dt.date.fromisoformat(s)) / 2 <= dt.date(2025, 12, 14))
        assert figures[label].received == expected, label
    assert figures["xã Tân Hà"].received == 10 and figures["xã Tân Hà"].nc_opened == 1
    assert figures["xã Phú Lâm"].nc_opened == 4 and figures["xã Đạ Lây"].nc_opened == 3
    assert total.received == sum(f.received for f in figures.values())
    # QA 14 F1: pending is a stock, the last statistics row's: the total is the report's figure, not a sum of rows
    from qms_desktop.services import period_facts

    start, end = provenance.period_bounds("2025", "decree09")
    with ctx.tx("read") as s:
        report_pending = period_facts.gather(s, start, end, year=2025).value("pending")
    assert total.pending == report_pending == sum(f.pending for f in figures.values())
    assert total.nc_opened == sum(f.nc_opened for f in figures.values())
    # QA 18 F2: the petition book per former commune, counted as the report counts it
    start, end = provenance.period_bounds("2026-H1", "decree09")
    with ctx.tx("read") as s:
        h1 = period_facts.gather(s, start, end, year=2026)
    book = {f.label: f for f in provenance.breakdown(ctx, "2026-H1")}
    whole = book.pop("")
    assert (whole.petitions, whole.petitions_pending) == (h1.value("petitions"), h1.value("petitions_pending"))
    own = rows(files["tan_phu"], "SELECT received_date FROM petition WHERE cancelled_reason IS NULL "
                                 "OR cancelled_reason = ''")
    assert book["xã Tân Phú"].petitions == sum(start <= dt.date.fromisoformat(d) <= end for (d,) in own) > 0
    assert whole.petitions == sum(f.petitions for f in book.values())
    # lists can be filtered by provenance
    assert len(provenance.ids_from(ctx, "nonconformity", 3)) == 3
    assert len(provenance.ids_from(ctx, "nonconformity", provenance.HERE)) == 1


def test_package_manifest_lists_the_predecessors(merged_three, tmp_path):
    from qms_desktop.reports.package import verify_package
    from qms_desktop.services.reports import export, lifecycle

    ctx, files, _result = merged_three
    row = lifecycle.create_report(ctx, period="2025")
    lifecycle.update_report(ctx, row.id, shortcomings="Một số hồ sơ còn trễ hạn.")  # the pre-flight asks for Part III
    lifecycle.finalize_report(ctx, row.id, acknowledge_all=True)
    out = export.export_report(ctx, row.id, tmp_path, loose_files=False, key_folder=tmp_path / "keys")
    info = verify_package(out.package, expected_fingerprint=out.fingerprint)
    assert info.manifest["format_version"] == 2
    assert [p["name"] for p in info.manifest["predecessors"]] == [
        "Ủy ban nhân dân xã Tân Phú", "Ủy ban nhân dân xã Phú Lâm", "Ủy ban nhân dân xã Đạ Lây"]
    assert all(len(p["chain_head"]["hash"]) == 64 and p["chain_head"]["count"] > 0 for p in info.manifest["predecessors"])
    # QA 14 F9: the printed report says its figures include the former communes merged during the period
    intro = lifecycle.report_data(ctx, row.id).intro
    assert "gồm cả số liệu của xã Tân Phú, xã Phú Lâm, xã Đạ Lây trước khi hợp nhất" in intro, intro
    # QA 16 F7: each former commune's audit names its commune, so three "Đánh giá nội bộ năm 2025" are not read
    # as one audit listed three times
    data = lifecycle.report_data(ctx, row.id)
    [audits] = [t for t in data.appendices if t.key == "audits"]
    titles = [r[1].value if hasattr(r[1], "value") else r[1] for r in audits.rows]
    assert titles and len(set(titles)) == len(titles), titles
    assert {t.rsplit(" (", 1)[-1] for t in titles if t.endswith(" cũ)")} >= {"xã Phú Lâm cũ)", "xã Đạ Lây cũ)"}, titles
    text = "\n".join(p for part in data.parts for item in part.items for p in item.paragraphs)
    assert "(xã Phú Lâm cũ)" in text, text
    from qms_desktop.services.context import AppContext

    later = lifecycle.create_report(AppContext(ctx.db, ctx.actor, lambda: dt.date(2027, 6, 20)), period="2027-H1")
    assert "trước khi hợp nhất" not in lifecycle.report_data(ctx, later.id).intro  # merged before that period


def test_tampering_with_what_a_merge_left_is_detected(merged_three, tmp_path):
    _ctx, files, _result = merged_three
    for sql in ("UPDATE imported_change_log SET username = 'ai-do' WHERE id = 7",
                "DELETE FROM imported_change_log WHERE id = (SELECT max(id) FROM imported_change_log)",
                "UPDATE merged_row SET source_pk = '999' WHERE id = 12",
                # QA 47 F4: the rows kept aside (a former report as sent, a former commune's own figures) and notes
                "UPDATE merged_row SET row_json = replace(row_json, '1', '9') WHERE id = (SELECT min(id) FROM merged_row "
                "WHERE row_json LIKE '%1%')",
                "UPDATE merged_row SET note = '' WHERE id = (SELECT min(id) FROM merged_row WHERE note != '')"):
        copy = tmp_path / "copy.sqlite"
        backup_copy(files["new"], copy)  # the merged data may still be in the WAL
        with sqlite3.connect(copy) as c:
            c.execute(sql)
        ctx = open_ctx(copy)
        assert not check_database(ctx.db).healthy, sql
        ctx.db.close()


# ---------------------------------------------------------------- refused sources change nothing

def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 3: 4096 * 9] = bytes((i * 37) % 256 for i in range(4096 * 6))
    path.write_bytes(bytes(data))


def _tamper(path: Path) -> None:
    with sqlite3.connect(path) as c:
        c.execute("UPDATE change_log SET new_values = replace(new_values, 'Phú Lâm', 'Phú Lâm Mới') "
                  "WHERE entity = 'agency'")


def _newer(path: Path) -> None:
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = 'zz_from_the_future'")


def _text(path: Path) -> None:
    path.write_text("danh sách hồ sơ", encoding="utf-8")


@pytest.mark.parametrize("attack, words", [
    (_corrupt, ("damaged", "not a QMS")), (_tamper, ("altered",)), (_newer, ("newer version",)), (_text, ("not a QMS",)),
])
def test_a_bad_source_is_refused_and_the_target_stays_byte_identical(files, tmp_path, attack, words):
    target, bad, good = files["new"], files["phu_lam"], files["da_lay"]
    attack(bad)
    before = sha256(target)
    ctx = open_ctx(target)
    dry = M.merge(ctx, [good, bad], dry_run=True)  # the dry run lists the good one, and why the other is refused
    assert [s.ok for s in dry.plan.sources] == [True, False] and len(dry.plan.plans) == 1
    with pytest.raises(M.MergeRefused) as exc:
        M.merge(ctx, [good, bad], backup_folder=tmp_path / "bk")
    ctx.db.close()
    [line] = exc.value.lines()
    assert "phu_lam.sqlite" in line and any(w in line for w in words), line
    assert sha256(target) == before
    assert not (tmp_path / "bk").exists()


def test_own_database_a_duplicate_and_a_changed_source_are_refused(files, tmp_path):
    target = files["new"]
    own = tmp_path / "own-copy.sqlite"
    shutil.copy(target, own)
    twice = tmp_path / "da_lay-again.sqlite"
    shutil.copy(files["da_lay"], twice)
    ctx = open_ctx(target)
    before = sha256(target)
    with pytest.raises(M.MergeRefused) as exc:
        M.merge(ctx, [own, files["da_lay"], twice, target], backup_folder=tmp_path / "bk")
    lines = exc.value.lines()
    assert len(lines) == 3 and "own database" in lines[0] and "given twice" in lines[1] and "in use" in lines[2]
    ctx.db.close()
    assert sha256(target) == before
    # merged, then the former commune's PC writes more: merging that copy again would duplicate it
    ctx = open_ctx(target)
    M.merge(ctx, [files["da_lay"]], backup_folder=tmp_path / "bk")
    later = open_ctx(files["da_lay"], "thuky")
    from qms_desktop.services import records
    records.create(later, "training", {"date": dt.date(2025, 6, 30), "kind": "training", "content": "Phổ biến"})
    later.db.close()
    with pytest.raises(M.MergeRefused) as exc:
        M.merge(ctx, [files["da_lay"]], backup_folder=tmp_path / "bk")
    assert "already merged" in exc.value.lines()[0]
    assert "here by hand" in exc.value.lines()[0]  # QA 16 F11: and what to do instead
    ctx.db.close()


def test_a_receiving_offices_database_is_neither_merged_nor_merged_into(files, tmp_path):
    """QA 9 B-F3: the office's database was merged as a "former commune" (and sent as a predecessor), and a commune
    was merged into the office's database (which then held procedures and NCs)."""
    from qms_desktop.services import users
    from qms_desktop.services.receiving.setup import office_profile
    from qms_desktop.storage.db import Database

    office = tmp_path / "office.sqlite"
    db = Database.open(office)
    users.set_up(db, office_profile("Sở Khoa học và Công nghệ tỉnh Lâm Đồng", "Lâm Đồng"), username="vanthu",
                 password="Mat-khau-2026!")
    db.close()
    target, before = files["new"], sha256(files["new"])
    ctx = open_ctx(target)
    with pytest.raises(M.MergeRefused) as exc:
        M.merge(ctx, [office], backup_folder=tmp_path / "bk")
    assert "receiving office's database (Sở Khoa học và Công nghệ tỉnh Lâm Đồng)" in exc.value.lines()[0]
    ctx.db.close()
    assert sha256(target) == before
    office_before = sha256(office)
    ctx = open_ctx(office)
    with pytest.raises(M.MergeRefused) as exc:
        M.merge(ctx, [files["da_lay"]], backup_folder=tmp_path / "bk2")
    assert "receiving office's database" in exc.value.lines()[0]
    ctx.db.close()
    assert sha256(office) == office_before


def test_an_older_schema_is_upgraded_in_a_copy_never_in_place(files, tmp_path):
    from alembic import command

    from qms_desktop.storage.db import alembic_config, make_engine

    old = files["da_lay"]
    engine = make_engine(old)
    with engine.connect() as conn:  # as an older version left it: the table rebuilds need foreign keys off
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        # w_hist: older than head, still with each entry's row state (a downgrade below w_hist drops the states
        # the entries' hashes cover, which no real older database would have been written with)
        command.downgrade(cfg, "w_hist")
        conn.commit()
    engine.dispose()
    before = sha256(old)
    ctx = open_ctx(files["new"])
    result = M.merge(ctx, [old], backup_folder=tmp_path / "bk")
    assert result.merged and result.plan.sources[0].upgraded and result.plan.sources[0].schema == "w_hist"
    assert sha256(old) == before
    assert rows(files["new"], "SELECT schema_revision FROM merge_source") == [("w_hist",)]
    assert check_database(ctx.db).healthy
    ctx.db.close()


def test_merging_needs_the_import_permission(files):
    from qms_desktop.domain.errors import PermissionDenied
    from qms_desktop.services.context import Actor

    ctx = open_ctx(files["new"])
    viewer = ctx.as_user(Actor("xem", "viewer"))
    with pytest.raises(PermissionDenied):
        M.merge(viewer, [files["da_lay"]], dry_run=True)
    ctx.db.close()


def test_a_source_in_a_folder_with_spaces_hash_and_vietnamese_letters(files, tmp_path, monkeypatch):
    import tempfile

    folder = tmp_path / "Dữ liệu xã cũ #1 (bản sao)"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))  # the checked copies go there too (a Windows user's Temp)
    source = folder / "qms của xã Đạ Lây?.sqlite"
    shutil.copy(files["da_lay"], source)
    ctx = open_ctx(files["new"])
    result = M.merge(ctx, [source], backup_folder=tmp_path / "bk")
    assert result.merged and rows(files["new"], "SELECT file_name FROM merge_source") == [(source.name,)]
    ctx.db.close()


def test_an_older_database_full_of_links_upgrades_with_its_foreign_keys_intact(files, tmp_path):
    """The upgrade rebuilds tables other rows point to (tthc …): it must not stop at "FOREIGN KEY
    constraint failed" on a real commune's data, and it leaves no dangling reference."""
    import shutil

    from alembic import command

    from qms_desktop.storage.db import Database, alembic_config, make_engine

    old = tmp_path / "old.sqlite"
    shutil.copy(files["da_lay"], old)
    engine = make_engine(old)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
        conn.commit()
    engine.dispose()
    assert rows(old, "SELECT COUNT(*) FROM procedure_tthc")[0][0] > 0  # links to the tables rebuilt
    Database.open(old, backup_dir=tmp_path / "bk").close()  # the upgrade
    assert rows(old, "PRAGMA foreign_key_check") == []
    assert rows(old, "SELECT COUNT(*) FROM procedure_tthc")[0][0] > 0


def _commune_with_field_stats(path: Path, name: str, counts: dict[str, int], *, unsplit: int = 0) -> None:
    """A former commune with the statistics of 15/12/2024 – 14/06/2025, per field (all settled on time)."""
    from qms_desktop.services import agency, field_stats, records, users
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.storage.db import Database

    db = Database.open(path)
    users.create_first_user(db, username="chutich", password="ChuTich@2025x", full_name="Lê Văn Hải", role="leader")
    ctx = AppContext(db, Actor("chutich", "leader", "Lê Văn Hải"), clock=lambda: dt.date(2025, 6, 20))
    agency.save_profile(ctx, agency.AgencyProfile(full_name=f"Ủy ban nhân dân xã {name}", province="Tỉnh Lâm Đồng"))
    stat = records.create(ctx, "service_stat", {"period_start": dt.date(2024, 12, 15), "period_end": dt.date(2025, 6, 14),
                                                "received": 0, "on_time": 0, "late": 0, "pending": 0})
    if counts:
        field_stats.set_field_stats(ctx, stat.id, [{"field": f, "received": n, "on_time": n, "late": 0, "pending": 0}
                                                   for f, n in counts.items()])
    else:  # the totals only, as a commune that does not keep them per field
        records.update(ctx, "service_stat", stat.id, {"received": unsplit, "on_time": unsplit})
    db.close()


def test_two_communes_with_the_same_periods_statistics_per_field_merge_in_one_run(tmp_path, new_commune_template):
    """QA: the second source's per-field lines of a period the first source was adding in the same run were
    planned as new rows (their period existed only as the first source's planned row), and the merge failed
    with the database's 'UNIQUE constraint failed' after a dry run that showed nothing wrong."""
    first, second, target = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "new.sqlite"
    _commune_with_field_stats(first, "Phú Hội", {"Hộ tịch": 30, "Chứng thực": 12})
    _commune_with_field_stats(second, "Phú Lâm", {"Hộ tịch": 20, "Đất đai": 5})
    shutil.copy(new_commune_template, target)
    ctx = open_ctx(target)
    try:
        dry = M.merge(ctx, [first, second], dry_run=True)
        summed = [r for r in dry.plan.plans[1].rows if r.table == "service_stat_field" and r.outcome == M.SUMMED]
        assert len(summed) == 1  # Hộ tịch of Phú Lâm goes into Phú Hội's line; Đất đai is new
        result = M.merge(ctx, [first, second], backup_folder=tmp_path / "bk")
        assert result.merged
    finally:
        ctx.db.close()
    got = dict(rows(target, "SELECT f.field, f.received FROM service_stat_field f JOIN service_stat s ON s.id = f.stat_id "
                            "WHERE s.period_start = '2024-12-15'"))
    assert got == {"Hộ tịch": 50, "Chứng thực": 12, "Đất đai": 5}
    assert rows(target, "SELECT received FROM service_stat WHERE period_start = '2024-12-15'") == [(67,)]
    assert not check_database(open_ctx(target).db).problems


def test_a_former_draft_report_is_not_said_to_have_been_sent(files):
    """QA F, L5: the plan called the former commune's two drafts "sent under the former commune's name"."""
    from qms_desktop.services.reports import lifecycle

    source = files["phu_lam"]
    sctx = open_ctx(source)
    try:
        draft = lifecycle.create_report(sctx, period="2026-H1")
    finally:
        sctx.db.close()
    ctx = open_ctx(files["tan_phu"])
    try:
        plan = M.merge(ctx, [source], dry_run=True).plan
    finally:
        ctx.db.close()
    notes = {r.source_pk: r.note.message for p in plan.plans for r in p.rows if r.table == "report"}
    assert notes[draft.id].startswith("a draft of the former commune, never finalised or sent")
    sent = [pk for pk, message in notes.items() if pk != draft.id]
    assert sent and all(notes[pk].startswith("sent under the former commune's name") for pk in sent)


def test_a_file_kept_with_its_record_names_the_record_kind_in_the_users_words(files, qapp):
    """QA 10: the dry run said "…bản ghi chứa tệp (report) được lưu giữ làm nguồn gốc…": the table's name."""
    from qms_desktop.ui import translations

    ctx = open_ctx(files["tan_phu"])
    try:
        plan = M.merge(ctx, [files["phu_lam"]], dry_run=True).plan
    finally:
        ctx.db.close()
    notes = [r.note for p in plan.plans for r in p.rows
             if r.table == "attachment" and r.note and r.note.message.startswith("its record ({kind})")]
    assert notes  # the sent reports' files are kept with them
    assert translations.install("vi")
    from PySide6.QtCore import QCoreApplication

    said = {n.render(QCoreApplication.translate) for n in notes}
    assert said == {"bản ghi chứa tệp (Báo cáo) được lưu giữ làm nguồn gốc nên tệp cũng vậy."}, said


def test_a_former_communes_ncs_keep_their_order_of_numbers(files, tmp_path):
    """QA 14 F4: an NC entered late but found earlier took the lower new number: 01/2025 and 02/2025 swapped, and
    old papers citing 01/2025 pointed at another NC. Numbers follow the source's own order."""
    from qms_desktop.services import ncs

    source = open_ctx(files["da_lay"], "chutich")
    ncs.open_nc(source, description="Phát hiện sớm nhưng ghi sổ sau cùng", detected_date=dt.date(2025, 1, 3))
    source.db.close()
    before = dict(rows(files["da_lay"], "SELECT description, number FROM nonconformity WHERE year = 2025"))
    assert before["Phát hiện sớm nhưng ghi sổ sau cùng"] == f"{len(before):02d}/2025"  # the last number of its year
    ctx = open_ctx(files["new"])
    M.merge(ctx, [files["da_lay"]], backup_folder=tmp_path / "bk")
    ctx.db.close()
    after = dict(rows(files["new"], "SELECT former_number, number FROM nonconformity "
                                   "WHERE year = 2025 AND former_number IS NOT NULL"))
    olds = sorted(before.values())
    assert sorted(after) == olds
    assert [after[o] for o in olds] == sorted(after[o] for o in olds)  # the same order: no two numbers swapped


def test_pending_at_the_end_counts_each_communes_last_row_that_reaches_it(tmp_path, new_commune_template):
    """QA 16 F1: a former commune's statistics of 15/06–14/12/2025 (14 pending) beside the new commune's of
    01/07–14/12/2025 (5 pending): the annual report said 5, from one row, where 19 are still being settled;
    the per-field annex and the per-commune figures the same way."""
    from qms_desktop.services import agency, field_stats, period_facts, records, users
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.storage.db import Database

    former, target = tmp_path / "tan_phu.sqlite", tmp_path / "new.sqlite"
    db = Database.open(former)
    users.create_first_user(db, username="chutich", password="ChuTich@2025x", full_name="Lê Văn Hải", role="leader")
    ctx = AppContext(db, Actor("chutich", "leader", "Lê Văn Hải"), clock=lambda: dt.date(2025, 12, 15))
    agency.save_profile(ctx, agency.AgencyProfile(full_name="Ủy ban nhân dân xã Tân Phú", province="Tỉnh Lâm Đồng"))
    stat = records.create(ctx, "service_stat", {"period_start": dt.date(2025, 6, 15), "period_end": dt.date(2025, 12, 14),
                                                "received": 748, "on_time": 730, "late": 4, "pending": 14})
    field_stats.set_field_stats(ctx, stat.id, [{"field": "Hộ tịch", "received": 748, "on_time": 730, "late": 4,
                                                "pending": 14}])
    db.close()
    shutil.copy(new_commune_template, target)
    ctx = open_ctx(target)
    try:
        here = records.create(ctx, "service_stat", {"period_start": dt.date(2025, 7, 1), "period_end": dt.date(2025, 12, 14),
                                                    "received": 1000, "on_time": 990, "late": 5, "pending": 5})
        field_stats.set_field_stats(ctx, here.id, [{"field": "Hộ tịch", "received": 1000, "on_time": 990, "late": 5,
                                                    "pending": 5}])
        assert M.merge(ctx, [former], backup_folder=tmp_path / "bk").merged
        start, end = provenance.period_bounds("2025", "decree09")
        with ctx.tx("read") as s:
            facts = period_facts.gather(s, start, end, year=2025)
        assert facts.value("pending") == 19
        [hotich] = [f for f in facts.field_stats if f.field == "Hộ tịch"]
        assert hotich.pending == 19
        figures = {f.label: f.pending for f in provenance.breakdown(ctx, "2025")}
        assert figures == {"xã Tân Hà": 5, "xã Tân Phú": 14, "": 19}
    finally:
        ctx.db.close()


def test_a_commune_merged_later_never_gets_the_prefix_of_one_merged_before(files, tmp_path):
    """QA 16 F5: xã Phú Lâm merged first got 'PL'; xã Phước Lộc merged in a second run got 'PL' too, so
    'PL-QT-01' no longer said which commune a procedure came from."""
    from qms_desktop.services import agency
    from qms_desktop.services.context import Actor, AppContext
    from qms_desktop.storage.db import Database

    db = Database.open(files["da_lay"])  # a second former commune whose initials are PL too
    actor = Actor("chutich", "leader", "")
    with db.engine.connect() as conn:
        actor = Actor(*conn.exec_driver_sql("SELECT username, role, full_name FROM app_user WHERE role = 'leader'").one())
    ctx2 = AppContext(db, actor, clock=lambda: dt.date(2025, 6, 30))
    agency.save_profile(ctx2, dataclasses.replace(agency.get_profile(ctx2), full_name="Ủy ban nhân dân xã Phước Lộc",
                                                  short_name="xã Phước Lộc"))
    db.close()
    ctx = open_ctx(files["new"])
    try:
        assert M.merge(ctx, [files["phu_lam"]], backup_folder=tmp_path / "bk").merged
        dry = M.merge(ctx, [files["da_lay"]], dry_run=True)
        assert [p.prefix for p in dry.plan.plans] == ["PL2"]
        assert M.merge(ctx, [files["da_lay"]], backup_folder=tmp_path / "bk").merged
    finally:
        ctx.db.close()
    codes = {c for (c,) in rows(files["new"], "SELECT code FROM procedure")}
    assert "PL2-QT-01" in codes and not any(c.startswith("PL-") for c in codes)  # PL stays Phú Lâm's


def test_a_record_matched_with_another_former_communes_is_not_said_to_be_the_new_communes(merged_three):
    """QA 16 F3: xã Tân Phú's 2025 audit programme went into xã Phú Lâm's, brought by the same merge, and the
    preview said 'the new commune's record for the same year is used' (xã Tân Hà had none)."""
    _ctx, _files, result = merged_three
    notes = {(p.source.label, r.note.message) for p in result.plan.plans for r in p.rows
             if r.table == "audit_programme" and r.outcome == M.MERGED}
    assert notes, "a 2025 programme in two former communes"
    assert all("another former commune brings in this merge" in message for _label, message in notes)


def test_a_merge_leaves_nothing_beside_the_former_communes_files(files, tmp_path):
    """QA 16 F8: every merge or dry run left -wal and -shm files beside the sources, on the former commune's
    USB stick, although the wizard says they are only read."""
    source = files["phu_lam"]
    before = sorted(p.name for p in source.parent.iterdir())
    digest = sha256(source)
    ctx = open_ctx(files["new"])
    try:
        M.merge(ctx, [source], dry_run=True)
        assert M.merge(ctx, [source], backup_folder=tmp_path / "bk").merged
        M.merge(ctx, [source], dry_run=True)  # nothing left to merge
    finally:
        ctx.db.close()
    after = sorted(p.name for p in source.parent.iterdir())
    assert [n for n in after if n.startswith("phu_lam")] == ["phu_lam.sqlite"], after
    assert sha256(source) == digest and set(before) <= set(after)


def test_a_person_merged_by_name_who_was_more_there_is_said(files, tmp_path):
    """QA 16 F2: xã Tân Phú's Hoàng Thị Lan (steering committee, internal auditor's certificate) was merged into
    xã Phú Lâm's, who is neither, and the preview said only 'same name: merged'."""
    ctx = open_ctx(files["new"])
    try:
        assert M.merge(ctx, [files["phu_lam"]], backup_folder=tmp_path / "bk").merged
        dry = M.merge(ctx, [files["tan_phu"]], M.MergeOptions(tthc_by_name=M.SEPARATE), dry_run=True)
    finally:
        ctx.db.close()
    [(_pk, lan)] = [(r.source_pk, r.note.render()) for p in dry.plan.plans for r in p.rows
                    if r.table == "staff" and r.outcome == M.MERGED and "Hoàng Thị Lan" in r.note.render()]
    assert "the former record says more" in lan and "check the person after the merge" in lan
    plain = [r.note.render() for p in dry.plan.plans for r in p.rows if r.table == "staff" and r.outcome == M.MERGED
             and "says more" not in r.note.render()]
    assert all(n.endswith(": merged.") for n in plain)


def test_the_preview_names_no_stored_table_or_column(merged_three):
    """QA 16 F9: a reason read "the same full_name" or "stat_id, field": what the preview says names records and
    fields as the screens do, never as the database does."""
    import re

    _ctx, _files, result = merged_three
    raw = re.compile(r"\b[a-z]+_[a-z_]+\b")
    said = {(r.table, r.note.render()) for p in result.plan.plans for r in p.rows if r.note is not None}
    assert said
    assert not [(table, text) for table, text in said if raw.search(text)], sorted(
        (table, text) for table, text in said if raw.search(text))[:10]
    assert not [t for t in {r.table for p in result.plan.plans for r in p.rows} if raw.fullmatch(M.table_label(t))]


def test_key_columns_are_named_by_their_captions(qapp):
    """QA 16 F9: the reasons named key columns by their stored names ("review_id, key"); now by their captions,
    in the user's language."""
    from qms_desktop.ui import translations

    assert M._columns(("review_id", "key"), "review_input").render() == "Management review, Input"
    assert M._columns(("period_start", "period_end"), "service_stat").render() == "period"
    note = M.Note("the new commune already has one with the same {columns}; the former one is kept as provenance.",
                  {"columns": M._columns(("objective_id", "period"), "objective_result")})
    from PySide6.QtCore import QCoreApplication

    assert translations.install("vi")
    try:
        text = note.render(QCoreApplication.translate)
    finally:
        translations.install("en")
    assert "objective_id" not in text and "Mục tiêu" in text, text


def test_a_name_matched_with_another_former_communes_record_says_so(merged_three):
    """QA 16 F9: the wizard's 'same name here' and the reason 'same name as … here' were said of a person or TTHC
    that another former commune brings in the same merge, not one of the new commune's."""
    _ctx, _files, result = merged_three
    plan = result.plan
    brought = [q for q in plan.questions if q.candidate_source >= 0]
    assert brought, "a name in two former communes"
    assert all(q.candidate_source != q.source and 0 <= q.candidate_source < len(plan.sources) for q in brought)
    staff_notes = {r.note.render() for p in plan.plans for r in p.rows if r.table == "staff" and r.outcome == M.MERGED}
    assert any("brought in by another former commune in this merge" in n for n in staff_notes), staff_notes


def test_an_approved_former_programme_matched_with_an_unapproved_one_here_is_said(files):
    """QA 16 F3: xã Phú Lâm's approved 2025 audit programme was merged into the new commune's draft of the same
    year and the preview said only that the new commune's record is used. A merge never rewrites a record here,
    so it says what the former one had."""
    import datetime as _dt

    from qms_desktop.services import audits

    source = open_ctx(files["phu_lam"])
    try:
        audits.save_programme(source, year=2025, objectives="Đánh giá toàn bộ HTQLCL", approved_by="Nguyễn Văn Hùng",
                              approved_date=_dt.date(2025, 1, 10))
    finally:
        source.db.close()
    ctx = open_ctx(files["new"])
    try:
        audits.save_programme(ctx, year=2025, objectives="Dự thảo")  # not approved
        dry = M.merge(ctx, [files["phu_lam"]], M.MergeOptions(tthc_by_name=M.SEPARATE), dry_run=True)
    finally:
        ctx.db.close()
    [note] = [r.note.render() for p in dry.plan.plans for r in p.rows if r.table == "audit_programme"]
    assert "not approved and the former one was (by Nguyễn Văn Hùng)" in note and "check it after the merge" in note


def test_a_name_matched_here_is_written_as_it_is_here(files):
    """QA 18 F9: the preview said "same name as VĂN PHÒNG - THỐNG KÊ here" where the unit here is written
    "Văn phòng - Thống kê": the one here is named as it is written here."""
    from qms_desktop.services import records

    source = open_ctx(files["phu_lam"])
    try:
        records.create(source, "unit", {"name": "BỘ PHẬN ĐỊA CHÍNH - XÂY DỰNG"})
    finally:
        source.db.close()
    ctx = open_ctx(files["new"])
    try:
        records.create(ctx, "unit", {"name": "Bộ phận Địa chính - Xây dựng"})
        dry = M.merge(ctx, [files["phu_lam"]], M.MergeOptions(tthc_by_name=M.SEPARATE), dry_run=True)
    finally:
        ctx.db.close()
    [q] = [q for q in dry.plan.questions if q.table == "unit" and "dia chinh" in q.key]
    assert q.candidate == "Bộ phận Địa chính - Xây dựng" and q.label.startswith("BỘ PHẬN")
    [note] = [r.note.render() for p in dry.plan.plans for r in p.rows
              if r.table == "unit" and r.label.startswith("BỘ PHẬN ĐỊA CHÍNH")]
    assert note == "same name as Bộ phận Địa chính - Xây dựng here: merged."


def test_a_petition_number_taken_here_gets_the_former_communes_prefix(files, tmp_path):
    """QA 18 F5: after a merge the year's petition book held "01/PAKN" twice, the new commune's and the former
    one's. The former one is written with its commune's prefix, as a clashing procedure code is."""
    from qms_desktop.services import records

    ctx = open_ctx(files["new"])
    try:
        records.create(ctx, "petition", {"number": "01/PAKN", "received_date": dt.date(2025, 12, 1),
                                         "category": "feedback", "channel": "direct", "summary": "Đường liên thôn"})
        result = M.merge(ctx, [files["tan_phu"]], M.MergeOptions(tthc_by_name=M.SEPARATE), backup_folder=tmp_path / "bk")
        assert result.merged
        [plan] = result.plan.plans
        [renumbered] = [r for r in plan.rows if r.table == "petition" and r.outcome == M.RENUMBERED]
        assert renumbered.note.params == {"old": "01/PAKN", "new": f"{plan.prefix}-01/PAKN"}
        book = [(r.values["received_date"].year, r.values["number"]) for r in records.list_records(ctx, "petition")]
    finally:
        ctx.db.close()
    assert len(book) == len(set(book)), book  # one number once in each year's book
    assert (2025, "01/PAKN") in book and (2025, f"{plan.prefix}-01/PAKN") in book and (2025, "02/PAKN") in book
    checked = open_ctx(files["new"])
    try:
        assert check_database(checked.db).healthy  # the renumbered petition is in the history as written
    finally:
        checked.db.close()


def test_two_communes_temporary_tthc_codes_are_never_taken_for_one_national_code(files, tmp_path):
    """QA 47 F3: each former commune numbered its TTHC without a national code TAM-0001; the merge joined them as
    'the same national code' and one of the two TTHC left the register."""
    from qms_desktop.services import tthc

    names = {"phu_lam": "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "da_lay": "Công nhận hòa giải viên cơ sở"}
    for key, name in names.items():
        sheet = tmp_path / f"{key}.csv"
        sheet.write_text(f"STT,Mã TTHC,Tên thủ tục hành chính,Lĩnh vực\n1,,{name},Khác\n", encoding="utf-8")
        ctx = open_ctx(files[key])
        try:
            tthc.import_tthc(ctx, sheet, confirm_no_code=True)
            assert [(t.code, t.name) for t in tthc.list_tthc(ctx) if t.temporary_code] == [("TAM-0001", name)]
        finally:
            ctx.db.close()
    ctx = open_ctx(files["new"])
    try:
        result = M.merge(ctx, [files["phu_lam"], files["da_lay"]], backup_folder=tmp_path / "bk")
        assert result.merged
        [renumbered] = [r for r in result.plan.plans[1].rows if r.table == "tthc" and r.outcome == M.RENUMBERED]
        assert renumbered.note.params == {"old": "TAM-0001", "new": "TAM-0002"}
        got = {t.name: t.code for t in tthc.list_tthc(ctx) if t.temporary_code}
    finally:
        ctx.db.close()
    assert got == {names["phu_lam"]: "TAM-0001", names["da_lay"]: "TAM-0002"}


def test_a_commune_already_inside_another_source_is_never_merged_twice(files, tmp_path):
    """QA 47 F2: Phú Lâm merged into Đạ Lây earlier; merging Đạ Lây and Phú Lâm (in one run, or one after the other
    in either order) copied every record of Phú Lâm twice, and `qms check` was happy."""
    import hashlib

    inner = open_ctx(files["da_lay"])
    try:
        assert M.merge(inner, [files["phu_lam"]], M.MergeOptions(tthc_by_name=M.SEPARATE),
                       backup_folder=tmp_path / "bk0").merged
    finally:
        inner.db.close()
    options = M.MergeOptions(tthc_by_name=M.SEPARATE)
    for order in ([files["phu_lam"], files["da_lay"]], [files["da_lay"], files["phu_lam"]]):
        target = tmp_path / f"together-{len(str(order[0]))}.sqlite"
        shutil.copy(files["new"], target)
        before = hashlib.sha256(target.read_bytes()).hexdigest()
        ctx = open_ctx(target)
        try:
            with pytest.raises(M.MergeRefused) as refused:
                M.merge(ctx, order, options, backup_folder=tmp_path / "bk1")
        finally:
            ctx.db.close()
        assert any("da_lay.sqlite holds the records of" in line and "phu_lam.sqlite brings too" in line
                   for line in refused.value.lines()), refused.value.lines()
        assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    for first, second, said in ((files["da_lay"], files["phu_lam"], "is already in the new commune's data"),
                                (files["phu_lam"], files["da_lay"], "which are already in the new commune's data")):
        target = tmp_path / f"{first.stem}-then-{second.stem}.sqlite"
        shutil.copy(files["new"], target)
        ctx = open_ctx(target)
        try:
            assert M.merge(ctx, [first], options, backup_folder=tmp_path / "bk2").merged
            procedures_then = count(target, "procedure")
            with pytest.raises(M.MergeRefused) as refused:
                M.merge(ctx, [second], options, backup_folder=tmp_path / "bk2")
        finally:
            ctx.db.close()
        assert said in refused.value.lines()[0] and "Phú Lâm" in refused.value.lines()[0]
        assert count(target, "procedure") == procedures_then


def test_figures_of_a_commune_without_fields_added_to_one_with_them_keep_a_line_of_their_own(tmp_path,
                                                                                          new_commune_template):
    """QA 47 F1: the totals became 812 + 849 while the lines still said 849; saving the per-field grid unchanged then
    brought the period back to 849 — the other commune's 812 applications gone without a word."""
    from qms_desktop.services import field_stats

    with_fields, without, target = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "new.sqlite"
    _commune_with_field_stats(with_fields, "Phú Hội", {"Hộ tịch": 30, "Chứng thực": 12})
    _commune_with_field_stats(without, "Phú Lâm", {}, unsplit=25)
    shutil.copy(new_commune_template, target)
    ctx = open_ctx(target)
    try:
        assert M.merge(ctx, [with_fields, without], backup_folder=tmp_path / "bk").merged
        [sid] = [r[0] for r in rows(target, "SELECT id FROM service_stat WHERE period_start = '2024-12-15'")]
        got = field_stats.get_field_stats(ctx, sid)
        assert got.totals.received == 67 and sum(x.received for x in got.lines) == 67
        assert {x.field: x.received for x in got.lines} == {"Hộ tịch": 30, "Chứng thực": 12, M.UNSPLIT_FIELD: 25}
        again = field_stats.set_field_stats(ctx, sid, got.lines)  # the grid saved unchanged
        assert again.totals.received == 67
    finally:
        ctx.db.close()
    assert not check_database(open_ctx(target).db).problems


def test_an_older_copy_of_a_commune_merged_since_adds_nothing_and_is_not_said_changed(files, tmp_path):
    """QA 47 F8: an older backup of a former commune merged later was refused as 'changed since', and the user was
    told to type in what it had recorded since — it had recorded nothing: it is an earlier state of what is here."""
    from qms_desktop.services import records

    older = tmp_path / "da_lay-older.sqlite"
    backup_copy(files["da_lay"], older)
    later = open_ctx(files["da_lay"], "thuky")
    records.create(later, "training", {"date": dt.date(2025, 6, 30), "kind": "training", "content": "Phổ biến"})
    later.db.close()
    ctx = open_ctx(files["new"])
    try:
        assert M.merge(ctx, [files["da_lay"]], backup_folder=tmp_path / "bk").merged
        trainings = count(files["new"], "training")
        again = M.merge(ctx, [older], dry_run=True)
        [check] = again.plan.sources
        assert check.ok and check.already_merged_at is not None
    finally:
        ctx.db.close()
    assert count(files["new"], "training") == trainings


def test_a_question_about_another_former_communes_tthc_does_not_say_here(files, tmp_path):
    """QA 47 F6: the preview asked about "TTHC 2.000986 here" when Phú Lâm brought it in the same merge: she looked
    for it in the new commune's register, where it is not."""
    ctx = open_ctx(files["new"])
    try:
        dry = M.merge(ctx, [files["phu_lam"], files["tan_phu"]], dry_run=True)
    finally:
        ctx.db.close()
    asked = [r for p in dry.plan.plans for r in p.rows if r.table == "tthc" and r.outcome == M.QUESTION]
    assert asked and all("brought in by another former commune" in r.note.message for r in asked), [
        r.note.message for r in asked]
