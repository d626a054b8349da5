"""`qms merge` and `qms predecessors` as an administrator scripts them: real processes, exit codes."""

from __future__ import annotations

import json
import os
import sqlite3

from communes import sha256
from qms_process import run_qms

NEW = {"QMS_USER": "chutich", "QMS_PASSWORD": "ChuTich@2025x"}
DEMO = {"QMS_USER": "lanhdao", "QMS_PASSWORD": "LanhDao@2026"}


def qms(*args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QMS_") or k == "QMS_DATA_DIR"}
    env.update(env_extra or NEW)
    return run_qms(list(args), env=env, stdin=None, timeout=300)


def test_dry_run_lists_and_writes_nothing_then_merge_and_again(files, tmp_path):
    db, pl, dl = files["new"], files["phu_lam"], files["da_lay"]
    before = sha256(db)
    r = qms("--lang", "en", "--db", db, "merge", pl, dl, "--dry-run", "--backup-dir", tmp_path / "bk")
    assert r.returncode == 0, r.stderr
    assert "Renumbered: Procedures QT-01 — Kiểm soát tài liệu — code QT-01 is taken here: renumbered DL-QT-01" in r.stdout
    assert "number 01/2025 becomes" in r.stdout and "Dry run: nothing was written." in r.stdout
    assert sha256(db) == before and not (tmp_path / "bk").exists()

    j = qms("--db", db, "merge", pl, dl, "--dry-run", "--format", "json")
    assert j.returncode == 0, j.stderr
    data = json.loads(j.stdout)
    assert data["dry_run"] and not data["merged"] and not data["refused"]
    assert [s["status"] for s in data["sources"]] == ["merge", "merge"]
    assert {"file", "name", "chain_head", "prefix", "summary", "rows", "problems", "key_fingerprint"} <= set(data["sources"][0])
    assert data["sources"][1]["summary"]["procedure"] == {"renumbered": 2, "added": 2}

    m = qms("--db", db, "merge", pl, dl, "--backup-dir", tmp_path / "bk")
    assert m.returncode == 0, m.stderr
    backups = sorted(x.name for x in (tmp_path / "bk").iterdir())
    assert len(backups) == 2 and backups[1] == backups[0] + ".json", backups  # one backup and its metadata
    p = qms("--db", db, "predecessors", "--format", "json")
    assert [x["short_name"] for x in json.loads(p.stdout)] == ["xã Phú Lâm", "xã Đạ Lây"]
    b = qms("--db", db, "predecessors", "--period", "2025", "--format", "json")
    figures = json.loads(b.stdout)
    assert [f["origin"] for f in figures][:3] == ["xã Tân Hà", "xã Phú Lâm", "xã Đạ Lây"]
    assert figures[-1]["nc_opened"] == 1 + 4 + 3
    c = qms("--db", db, "check")
    assert c.returncode == 0, c.stderr
    ncs = json.loads(qms("--db", db, "list", "ncs", "--format", "json").stdout)
    assert sorted(n["number"] for n in ncs) == [f"{i:02d}/2025" for i in range(1, 9)]
    # QA 16 F6: which former commune each record came from, as the lists' "Nguồn gốc" column
    assert sorted(n["origin"] for n in ncs) == [""] + ["xã Phú Lâm"] * 4 + ["xã Đạ Lây"] * 3  # "": written here
    tsv = [line.split("\t") for line in qms("--db", db, "list", "ncs").stdout.splitlines()]
    assert tsv[0][-2:] == ["former_number", "origin"]
    assert {(r[-2], r[-1]) for r in tsv[1:] if r[-1] == "xã Đạ Lây"} >= {("01/2025", "xã Đạ Lây")}

    again = qms("--lang", "en", "--db", db, "merge", pl, dl, "--backup-dir", tmp_path / "bk")
    assert again.returncode == 0 and "Nothing to merge" in again.stdout
    backups = sorted(x.name for x in (tmp_path / "bk").iterdir())
    assert len(backups) == 2 and backups[1] == backups[0] + ".json", backups  # one backup and its metadata


def test_refused_sources_one_line_each_and_nothing_written(files, tmp_path):
    db, pl, dl = files["new"], files["phu_lam"], files["da_lay"]
    with sqlite3.connect(pl) as c:
        c.execute("UPDATE change_log SET username = 'ke-gian' WHERE id = 3")
    with sqlite3.connect(dl) as c:
        c.execute("UPDATE alembic_version SET version_num = 'zz_future'")
    before = sha256(db)
    r = qms("--lang", "en", "--db", db, "merge", pl, dl, "--backup-dir", tmp_path / "bk")
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 2 and "phu_lam.sqlite" in lines[0] and "altered" in lines[0]
    assert "da_lay.sqlite" in lines[1] and "newer version" in lines[1]
    d = qms("--lang", "en", "--db", db, "merge", pl, dl, "--dry-run")
    assert d.returncode == 1 and len(d.stderr.strip().splitlines()) == 2 and "Refused:" in d.stdout
    assert sha256(db) == before and not (tmp_path / "bk").exists()
    folder = tmp_path / "xa_cu.sqlite"  # a folder named like a database: said to be a folder (QA 16 F9)
    folder.mkdir()
    f = qms("--lang", "en", "--db", db, "merge", folder, "--dry-run")
    assert f.returncode == 1 and "is a folder" in f.stderr and "does not exist" not in f.stderr


def test_a_name_only_tthc_match_is_asked_not_guessed(files, tmp_path):
    db, pl = files["tan_phu"], files["phu_lam"]
    before = sha256(db)
    r = qms("--lang", "en", "--db", db, "merge", pl, "--backup-dir", tmp_path / "bk", env_extra=DEMO)
    assert r.returncode == 1
    [line] = r.stderr.strip().splitlines()
    assert "2.000986" in line and "1.009211" in line and "--tthc-by-name" in line
    assert sha256(db) == before
    ok = qms("--db", db, "merge", pl, "--tthc-by-name", "separate", "--prefix-rule", "PHULAM",
             "--backup-dir", tmp_path / "bk", env_extra=DEMO)
    assert ok.returncode == 0, ok.stderr
    procs = json.loads(qms("--db", db, "list", "procedures", "--search", "qt-01", "--format", "json", env_extra=DEMO).stdout)
    assert {"QT-01", "PHULAM-QT-01"} <= {p["code"] for p in procs}


def test_bad_prefix_rule_and_viewer_are_refused(files):
    db, pl = files["tan_phu"], files["phu_lam"]
    r = qms("--lang", "en", "--db", db, "merge", pl, "--prefix-rule", "A,B", "--dry-run", env_extra=DEMO)
    assert r.returncode == 1 and "--prefix-rule" in r.stderr
    v = qms("--db", db, "merge", pl, "--dry-run", env_extra={"QMS_USER": "xem", "QMS_PASSWORD": "XemDemo@2026"})
    assert v.returncode == 1 and len(v.stderr.strip().splitlines()) == 1


def test_a_source_edited_outside_the_application_is_named_record_and_field(files, tmp_path):
    """QA: the refusal printed "{table} #{id}: {fields} changed outside the application", placeholders unfilled."""
    db, pl = files["new"], files["phu_lam"]
    with sqlite3.connect(pl) as c:
        nc_id, number = c.execute("SELECT id, number FROM nonconformity ORDER BY id LIMIT 1").fetchone()
        c.execute("UPDATE nonconformity SET description = 'X' WHERE id = ?", (nc_id,))
    before = sha256(db)
    for lang, words in (("vi", f"Sự không phù hợp (nonconformity) #{nc_id} ({number}): Mô tả (description)"),
                        ("en", f"Nonconformity (nonconformity) #{nc_id} ({number}): Description (description)")):
        r = qms("--lang", lang, "--db", db, "merge", pl, "--backup-dir", tmp_path / "bk")
        assert r.returncode == 1 and words in r.stderr and "{" not in r.stderr, r.stderr
    assert sha256(db) == before


def test_a_unit_kept_apart_is_listed_with_its_new_name(files, tmp_path):
    """QA 47 F5: `--units separate` renamed "Văn phòng - Thống kê" to "… (xã Phú Lâm)", said only in the JSON."""
    db, pl = files["new"], files["phu_lam"]
    with sqlite3.connect(pl) as c:
        [(name,)] = c.execute("SELECT name FROM unit ORDER BY id LIMIT 1").fetchall()
    with sqlite3.connect(db) as c:
        c.execute("UPDATE unit SET name = ? WHERE id = (SELECT min(id) FROM unit)", (name,))
    r = qms("--lang", "en", "--db", db, "merge", pl, "--units", "separate", "--dry-run")
    assert r.returncode == 0, r.stderr
    assert f"Added: Units {name} — kept separate from {name} here, as {name} (" in r.stdout, r.stdout


def test_the_preview_names_settings_and_linked_records_as_the_user_knows_them(files):
    """QA 47 F7: "Cài đặt consultant_status — none", "Liên kết phạm vi công bố announcement_id=1, tthc_id=3"."""
    db, tp = files["new"], files["tan_phu"]
    r = qms("--db", db, "merge", tp, "--dry-run")
    assert r.returncode == 0, r.stderr
    assert "Cài đặt Tổ chức tư vấn — Không: xã tự xây dựng HTQLCL —" in r.stdout, r.stdout
    assert "Cài đặt Kỳ báo cáo — Nghị định 09/2019 —" in r.stdout
    assert "Báo cáo sáu tháng đầu năm 2025 (2025-H1) — " in r.stdout
    assert not any(raw in r.stdout for raw in ("consultant_status", "period_rule", "decree09", "_id="))
    j = json.loads(qms("--db", db, "merge", tp, "--dry-run", "--format", "json").stdout)
    with sqlite3.connect(tp) as c:
        [(decision, code, name)] = c.execute(
            "SELECT a.decision_number, t.code, t.name FROM announcement_tthc l JOIN announcement a ON a.id = "
            "l.announcement_id JOIN tthc t ON t.id = l.tthc_id ORDER BY l.announcement_id, l.tthc_id LIMIT 1").fetchall()
    links = [row["label"] for row in j["sources"][0]["rows"] if row["table"] == "announcement_tthc"]
    assert links[0] == f"{decision} — {code} — {name}", links[:3]
