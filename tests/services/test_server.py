"""The same application on a PostgreSQL server (issue 16): several writers at once, connection
problems, the password kept out of every output, `qms check`, `qms migrate-db`, `qms backup`.

Runs with `--engine=postgresql` and QMS_TEST_PG_URL (a throwaway cluster: .ci/pg-cluster); skipped
with that reason otherwise.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from engine_helpers import raw_sql
from qms_process import run_qms

pytestmark = pytest.mark.postgresql

USER, PASSWORD = "thuky", "Mat-khau-2026!"
WRITERS, ROUNDS = 8, 6


def qms(*args, env_extra=None, user=True, timeout=300):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QMS_", "PG")) or k == "QMS_DATA_DIR"}
    if user:
        env.update(QMS_USER=USER, QMS_PASSWORD=PASSWORD)
    env.update(env_extra or {})
    return run_qms(list(args), env=env, timeout=timeout)


WRITER = textwrap.dedent('''
    import datetime as dt, sys, time
    from qms_desktop.services import ncs, records
    from qms_desktop.services.context import SYSTEM, AppContext
    from qms_desktop.storage.db import Database
    url, me, rounds, start = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    db = Database.open(url)
    ctx = AppContext(db, SYSTEM, clock=lambda: dt.date(2026, 11, 23))
    while time.time() < start:  # every writer starts at the same moment
        time.sleep(0.005)
    for i in range(rounds):
        nc = ncs.open_nc(ctx, description=f"Hồ sơ trễ hạn {me}-{i}", detected_date=dt.date(2026, 11, 2))
        unit = records.create(ctx, "unit", {"name": f"Bộ phận {me}-{i}"})
        records.update(ctx, "unit", unit.id, {"name": f"Bộ phận {me}-{i} (đã đổi)"})
        print(nc.number, flush=True)
    db.close()
''')


def test_eight_processes_write_ncs_and_history_at_once(db, tmp_path):
    """8 processes open NCs, create and rename units at the same moment: every write is there, the
    year's numbers are 01..48 without gap or double, the history is ONE intact chain covering every
    row, and `qms check` says so."""
    from sqlalchemy import select

    from qms_desktop.services.check import check_database
    from qms_desktop.storage import orm

    url = db.url
    assert qms("--db", url, "init", "--name", "Ủy ban nhân dân xã Tân Phú", "--province", "Tỉnh Lâm Đồng").returncode == 0
    with db.session() as s:
        logged_before = len(s.scalars(select(orm.ChangeLog.id)).all())
    start = time.time() + 6  # after every interpreter has imported and connected
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, url, str(i), str(ROUNDS), str(start)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for i in range(WRITERS)]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0 and "Traceback" not in err, err
    printed = sorted(line for out, _ in outs for line in out.split())
    total = WRITERS * ROUNDS
    expected = sorted(f"{n:02d}/2026" for n in range(1, total + 1))
    assert printed == expected  # every writer got its own number, none lost, none twice
    with db.session() as s:
        seqs = sorted(s.scalars(select(orm.Nonconformity.seq).where(orm.Nonconformity.year == 2026)))
        names = s.scalars(select(orm.Unit.name)).all()
        actions = s.scalars(select(orm.ChangeLog.action)).all()
    assert seqs == list(range(1, total + 1))
    assert len(names) == total and all(n.endswith("(đã đổi)") for n in names)
    assert len(actions) - logged_before == 3 * total  # create NC, create unit, update unit: no history entry lost
    report = check_database(db)
    assert report.history_ok and report.rows_covered and not report.row_problems and report.healthy, report.problems
    r = qms("--db", url, "check")
    assert r.returncode == 0, r.stderr
    assert f"{3 * total + logged_before} mục, chuỗi nguyên vẹn" in r.stdout and "mọi bản ghi đều khớp nhật ký" in r.stdout


def test_connection_problems_are_one_vietnamese_line(pg_server, fresh_pg):
    """Server down, wrong password, no such database: one line, in Vietnamese, exit 1, no traceback,
    and the password typed in the connection string never shown."""
    secret = "Bi-mat-9f3k"
    name = fresh_pg(None)
    db_name = name.rsplit("/", 1)[1]
    pg_server._admin(f"CREATE ROLE canbo LOGIN PASSWORD '{secret}'")
    try:
        base = pg_server.base
        down = qms("--db", f"postgresql+psycopg://canbo:{secret}@127.0.0.1:1/{db_name}", "list", "users")
        wrong = qms("--db", f"postgresql+psycopg://canbo:sai-{secret}@{base.host}:{base.port}/{db_name}", "list", "users")
        missing = qms("--db", f"postgresql+psycopg://qms@{base.host}:{base.port}/khong_co_csdl_nay", "list", "users")
        for r in (down, wrong, missing):
            assert r.returncode == 1 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr, r.stderr
            assert secret not in r.stderr + r.stdout
            assert "Chưa có gì được lưu" in r.stderr  # Vietnamese, and says that nothing was saved
        assert "Không kết nối được máy chủ cơ sở dữ liệu" in down.stderr
        assert "sai tên đăng nhập hoặc mật khẩu" in wrong.stderr
        assert "không có cơ sở dữ liệu" in missing.stderr
    finally:
        pg_server.drop(db_name)
        pg_server._admin("DROP ROLE IF EXISTS canbo")


def test_password_never_in_output_history_or_data_folder(pg_server, fresh_pg, tmp_path):
    """The server password given in the connection string is not printed, logged, or written into the
    database's history; the data folder holds no trace of it either."""
    secret = "Rat-bi-mat-71x"
    db_name = fresh_pg(None).rsplit("/", 1)[1]
    pg_server._admin(f"CREATE ROLE canbo2 LOGIN PASSWORD '{secret}'")
    pg_server._admin(f'ALTER DATABASE "{db_name}" OWNER TO canbo2')
    try:
        base = pg_server.base
        url = f"postgresql+psycopg://canbo2:{secret}@{base.host}:{base.port}/{db_name}"
        data = tmp_path / "data"
        env = {"QMS_DATA_DIR": str(data), "QMS_DEBUG": ""}
        outputs = [qms("--db", url, "init", "--name", "Ủy ban nhân dân xã Tân Phú", "--province", "Tỉnh Lâm Đồng",
                       env_extra=env)]
        assert outputs[0].returncode == 0, outputs[0].stderr
        outputs.append(qms("--db", url, "list", "history", "--format", "json", env_extra=env))
        outputs.append(qms("--db", url, "check", env_extra=env))
        outputs.append(qms("--db", url, "list", "users", env_extra={**env, "QMS_PASSWORD": "sai"}))
        assert all(o.returncode in (0, 1) for o in outputs)
        assert "postgresql+psycopg://canbo2:***@" in outputs[0].stdout
        for o in outputs:
            assert secret not in o.stdout + o.stderr
        rows = raw_sql(_db(url), "SELECT old_values, new_values, state, username FROM change_log")
        assert rows and secret not in json.dumps(rows, ensure_ascii=False)
        for path in data.rglob("*") if data.exists() else []:
            if path.is_file():
                assert secret.encode() not in path.read_bytes(), path
    finally:
        pg_server.drop(db_name)
        pg_server._admin("DROP ROLE IF EXISTS canbo2")


def _db(url):
    from qms_desktop.storage.db import Database

    return Database.open(url)


def test_cli_check_on_the_server(db_target):
    """`qms check` on a server: a login (a wrong password counted), the chain verified, an edit of the
    history made with SQL found (exit 1)."""
    r = qms("--db", db_target, "init", "--name", "Ủy ban nhân dân xã Tân Phú", "--province", "Tỉnh Lâm Đồng")
    assert r.returncode == 0, r.stderr
    assert qms("--db", db_target, "check").returncode == 0
    assert qms("--db", db_target, "check", env_extra={"QMS_PASSWORD": "sai-mat-khau"}).returncode == 1
    db = _db(db_target)
    try:
        assert raw_sql(db, "SELECT failed_attempts FROM app_user")[0][0] == 1
        ok = qms("--db", db_target, "check")
        assert ok.returncode == 0 and "Đầu chuỗi: " in ok.stdout
        raw_sql(db, "UPDATE change_log SET username = 'hacker' WHERE id = (SELECT min(id) FROM change_log)")
    finally:
        db.close()
    bad = qms("--db", db_target, "check")
    assert bad.returncode == 1 and "nhật ký" in bad.stderr.lower()


def test_migrate_db_copies_a_file_to_the_server_and_verifies_it(tmp_path, db_target, sample_xlsx):
    """`qms migrate-db --to URL`: every row and the chain arrive; the server's check prints the same head
    as the file's; a second copy into the now full database is refused and changes nothing."""
    src = tmp_path / "xa.sqlite"
    assert qms("--db", src, "init", "--name", "Ủy ban nhân dân xã Tân Phú", "--province", "Tỉnh Lâm Đồng").returncode == 0
    assert qms("--db", src, "import", "tthc", sample_xlsx).returncode == 0
    assert qms("--db", src, "user", "add", "xem", "--role", "viewer",
               env_extra={"QMS_NEW_PASSWORD": "Xem-2026-ok"}).returncode == 0
    head = [line for line in qms("--db", src, "check").stdout.splitlines() if line.startswith("Đầu chuỗi")]
    r = qms("--db", src, "migrate-db", "--to", db_target)
    assert r.returncode == 0, r.stderr
    assert head[0].split(": ")[1] in r.stdout
    check = qms("--db", db_target, "check")
    assert check.returncode == 0, check.stderr
    assert [line for line in check.stdout.splitlines() if line.startswith("Đầu chuỗi")] == head
    tthc = json.loads(qms("--db", db_target, "list", "tthc", "--format", "json").stdout)
    assert len(tthc) == 28
    assert qms("--db", db_target, "list", "users", env_extra={"QMS_USER": "xem", "QMS_PASSWORD": "Xem-2026-ok"}).returncode == 0
    # new records continue after the copied ids, in the same chain
    assert qms("--db", db_target, "user", "add", "xem2", "--role", "viewer",
               env_extra={"QMS_NEW_PASSWORD": "Xem-2026-ok"}).returncode == 0
    assert qms("--db", db_target, "check").returncode == 0
    again = qms("--db", src, "migrate-db", "--to", db_target)
    assert again.returncode == 1 and again.stderr.count("\n") == 1
    assert qms("--db", db_target, "check").returncode == 0


def test_backup_of_a_server_database_is_a_checked_pg_dump(db_target, tmp_path, pg_server):
    """`qms backup` on a server writes a pg_dump file (checked with pg_restore --list); it restores into
    a new database with pg_restore and `qms check` is green there with the same head. `qms restore`
    on a server is refused (the administrator restores)."""
    from qms_desktop.services.backup_server import client_tool

    if client_tool("pg_dump") is None:
        pytest.skip("pg_dump is not installed: a server backup is refused with that reason (tested below)")
    assert qms("--db", db_target, "init", "--name", "Ủy ban nhân dân xã Tân Phú", "--province", "Tỉnh Lâm Đồng").returncode == 0
    r = qms("--db", db_target, "backup", "--to", tmp_path)
    assert r.returncode == 0, r.stderr
    dump = Path(r.stdout.strip())
    assert dump.suffix == ".dump" and dump.parent == tmp_path and not list(tmp_path.glob("*.part"))
    head = [line for line in qms("--db", db_target, "check").stdout.splitlines() if line.startswith("Đầu chuỗi")]
    name = pg_server.create()
    try:
        u = pg_server.base
        done = subprocess.run([client_tool("pg_restore"), "--no-owner", "-h", u.host, "-p", str(u.port), "-U",
                               u.username, "-d", name, str(dump)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        again = qms("--db", pg_server.url(name), "check")
        assert again.returncode == 0, again.stderr
        assert [line for line in again.stdout.splitlines() if line.startswith("Đầu chuỗi")] == head
    finally:
        pg_server.drop(name)
    refused = qms("--db", db_target, "restore", dump)
    assert refused.returncode == 1 and "pg_restore" in refused.stderr and refused.stderr.count("\n") == 1


def test_server_backup_without_pg_dump_says_so(db, tmp_path, monkeypatch):
    from qms_desktop.services import backup, backup_server

    monkeypatch.setattr(backup_server, "client_tool", lambda name: None)
    with pytest.raises(backup.BackupError, match="pg_dump"):
        backup.backup_to(db, tmp_path)
    assert not list(tmp_path.iterdir())


def test_connection_lost_in_the_middle_of_a_save_writes_nothing(db, pg_server):
    """The server drops the connection between two statements of one save: the user gets the
    'connection lost, nothing saved' message, no row and no history entry of it exist, and the next
    save works (the pool reconnects)."""
    from sqlalchemy import func, select, text

    from qms_desktop.domain.errors import StorageFailed
    from qms_desktop.services import records
    from qms_desktop.services.check import check_database
    from qms_desktop.services.context import SYSTEM, AppContext
    from qms_desktop.storage import orm

    with pytest.raises(StorageFailed) as caught:
        with db.transaction("system") as s:
            s.add(orm.Unit(name="Địa chính"))
            s.flush()  # the row and its history entry are written inside the transaction…
            pid = s.execute(text("SELECT pg_backend_pid()")).scalar()
            pg_server._admin(f"SELECT pg_terminate_backend({pid})")  # … then the network is gone
            s.add(orm.Unit(name="Tư pháp"))
            s.flush()
    assert "Mất kết nối" in caught.value.render(_vi()) and "***" not in caught.value.render()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(orm.Unit)) == 0
        assert s.scalar(select(func.count()).select_from(orm.ChangeLog)) == 0
    records.create(AppContext(db, SYSTEM), "unit", {"name": "Địa chính"})
    assert check_database(db).healthy


def _vi():
    from qms_desktop.cli import i18n as cli_i18n

    return cli_i18n.load("vi")


def test_a_writing_transaction_holds_the_writers_lock_and_a_reading_one_does_not(db):
    """What serialises writers on a server: each writing transaction holds the advisory lock from its
    first statement to its end; a reading transaction never takes it (readers are never blocked)."""
    from sqlalchemy import select

    from qms_desktop.storage.db import WRITERS_LOCK, Database

    other = Database.open(db.url)
    try:
        def lock_free() -> bool:
            with other.engine.connect().execution_options(qms_read=True) as c:
                return bool(c.exec_driver_sql(f"SELECT pg_try_advisory_xact_lock({WRITERS_LOCK})").scalar())

        with db.session() as reading:
            reading.execute(select(1))
            assert lock_free()
        with db.transaction("system") as writing:
            writing.execute(select(1))
            assert not lock_free()  # another writer would wait here
        assert lock_free()
    finally:
        other.close()


def test_a_database_of_another_account_is_named_as_such(pg_server, fresh_pg, tmp_path):
    """QA 11 F7: a database the administrator created without OWNER gave "could not be upgraded … (permission denied
    for schema public LINE 2: CREATE TABLE alembic_version …) … the previous version can still open it"."""
    secret = "Mk-chu-so-huu-3"
    db_name = fresh_pg(None).rsplit("/", 1)[1]  # owned by the superuser
    pg_server._admin(f"CREATE ROLE canbo3 LOGIN PASSWORD '{secret}'")
    try:
        base = pg_server.base
        url = f"postgresql+psycopg://canbo3:{secret}@{base.host}:{base.port}/{db_name}"
        env = {"QMS_DATA_DIR": str(tmp_path / "data")}
        for r in (qms("--db", url, "init", "--name", "Ủy ban nhân dân xã Tân Phú", "--province", "Tỉnh Lâm Đồng",
                      env_extra=env),
                  qms("--lang", "en", "--db", url, "init", "--name", "Ủy ban nhân dân xã Tân Phú", "--province",
                      "Tỉnh Lâm Đồng", env_extra=env)):
            assert r.returncode == 1 and r.stderr.count("\n") == 1 and secret not in r.stderr, r.stderr
            assert "LINE" not in r.stderr and "canbo3" in r.stderr and "OWNER TO canbo3" in r.stderr, r.stderr
        assert "may not create tables in the database" in r.stderr
        import sqlalchemy as sa

        engine = sa.create_engine(pg_server.url(db_name))
        try:
            with engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").scalar() == 0
        finally:
            engine.dispose()
    finally:
        pg_server._admin("DROP ROLE IF EXISTS canbo3")


def test_a_new_database_that_cannot_take_the_tables_does_not_speak_of_a_previous_version(pg_server, fresh_pg, tmp_path):
    """QA 11 F7: the refusal for an empty database said "the previous version can still open it": there is none."""
    url = fresh_pg(None)
    db_name = url.rsplit("/", 1)[1]
    pg_server._admin(f'CREATE DATABASE "{db_name}_x" TEMPLATE "{db_name}"')  # same empty database, owned by us
    import psycopg

    u = pg_server.base
    with psycopg.connect(host=u.host or "", port=u.port or 5432, user=u.username or "", password=u.password or "",
                         dbname=f"{db_name}_x", autocommit=True) as conn:
        conn.execute("CREATE TYPE agency AS (x integer)")  # the type CREATE TABLE agency must make is taken
    try:
        r = qms("--lang", "en", "--db", pg_server.url(f"{db_name}_x"), "init", "--name", "Ủy ban nhân dân xã Tân Phú",
                "--province", "Tỉnh Lâm Đồng", env_extra={"QMS_DATA_DIR": str(tmp_path / "data")})
        assert r.returncode == 1 and "could not be created in this database" in r.stderr, r.stderr
        assert "previous version" not in r.stderr
    finally:
        pg_server.drop(f"{db_name}_x")


def test_merging_on_a_server_is_refused_with_the_way_to_do_it(ctx, tmp_path):
    """QA 42 F5: `qms merge` and the window's merge crashed with a TypeError on a server (its database has no file);
    they now say how: merge into the new commune's file on this computer, then move it to the server."""
    from qms_desktop.services import merge
    from qms_desktop.storage.db import Database

    former = tmp_path / "phulam.sqlite"
    Database.open(former).close()
    with pytest.raises(merge.MergeRefused) as refused:
        merge.merge(ctx, [former], dry_run=True, backup_folder=tmp_path / "bk")
    assert "office's server" in refused.value.render() and "migrate-db" in refused.value.render()


def test_check_and_the_connection_test_on_an_empty_or_foreign_server_database(fresh_pg):
    """QA 42 F6: `qms check` on an empty server database, or on another application's, crashed with the driver's
    English "relation app_user does not exist"; the settings' connection test called another application's database
    "connected". Now: said in words, nothing created in either."""
    import sqlalchemy

    from qms_desktop.domain.errors import DatabaseRefused
    from qms_desktop.storage.db import Database

    empty, other = fresh_pg(None), fresh_pg(None)
    engine = sqlalchemy.create_engine(other)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)")
    r = qms("--db", empty, "--lang", "en", "check")
    assert r.returncode == 1 and "has no QMS Desktop data yet" in r.stderr and "relation" not in r.stderr, r.stderr
    r = qms("--db", other, "--lang", "en", "check")
    assert r.returncode == 1 and "is not a QMS Desktop database" in r.stderr, r.stderr
    with pytest.raises(DatabaseRefused):
        Database.open(other, migrate=False)  # what the settings' "Test connection" opens
    Database.open(empty, migrate=False).close()  # an empty one is set up when the application first opens it
    for url in (empty, other):
        with sqlalchemy.create_engine(url).connect() as conn:
            names = {r[0] for r in conn.exec_driver_sql(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")}
        assert names == (set() if url == empty else {"invoices"})
    engine.dispose()
