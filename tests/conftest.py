"""Test-wide set-up: offscreen Qt, an isolated data folder, no network, a migrated template database."""

from __future__ import annotations

import os
import shutil
import socket
import sys
import tempfile
from pathlib import Path

import pytest

# Compiled modules are kept between runs even where the machine says not to write them (PYTHONDONTWRITEBYTECODE):
# without them every 'qms' process a test starts compiles the application again (about half a second each), and
# pytest rewrites every test module's asserts again in each worker.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA = tempfile.mkdtemp(prefix="qms-test-data-")
os.environ["QMS_DATA_DIR"] = _DATA  # no test touches the user's real data folder
os.environ.pop("QMS_DB", None)

# Passwords are hashed at a test cost in this process, as Django's test settings do: the shipped scrypt cost
# (n=2**14, ~50 ms a hash by design) spent ~36 s of CPU on the ~850 accounts and logins of the suite. Hashes carry
# their own cost, so every login still checks the password; 'qms' processes the tests start hash at the shipped
# cost, and tests/services/test_users.py checks that cost in a fresh interpreter.
from qms_desktop.services import users as _users  # noqa: E402 - after the environment above

_users._N = 2**10

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "danh_muc_tthc_cap_xa.xlsx"


# ---------------------------------------------------------------- no network, ever
class NetworkUsed(AssertionError):
    pass


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_sendto = socket.socket.sendto


def _local_only(sock: socket.socket) -> None:
    if sock.family != getattr(socket, "AF_UNIX", object()):
        raise NetworkUsed(f"network use in a test: {sock!r}")


def _guard_connect(self, address):
    _local_only(self)
    return _real_connect(self, address)


def _guard_connect_ex(self, address):
    _local_only(self)
    return _real_connect_ex(self, address)


def _guard_sendto(self, *args):
    _local_only(self)
    return _real_sendto(self, *args)


def _guard_getaddrinfo(*args, **kwargs):
    raise NetworkUsed(f"name resolution in a test: {args!r}")


@pytest.fixture(autouse=True, scope="session")
def no_network():
    """Fails any network socket use in the test process (Unix socket pairs allowed)."""
    saved = (socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto, socket.getaddrinfo)
    socket.socket.connect = _guard_connect
    socket.socket.connect_ex = _guard_connect_ex
    socket.socket.sendto = _guard_sendto
    socket.getaddrinfo = _guard_getaddrinfo
    yield
    socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto, socket.getaddrinfo = saved


# ---------------------------------------------------------------- the same start for every test
@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A test that installs the Vietnamese catalog (or any) leaves English, the source language, behind:
    pytest-xdist runs the tests in any order on each worker, so none may inherit another's language."""
    yield
    import sys

    from PySide6.QtCore import QCoreApplication

    translations = sys.modules.get("qms_desktop.ui.translations")
    if translations is not None and QCoreApplication.instance() is not None:
        translations.install("en")
    tempfiles = sys.modules.get("qms_desktop.services.tempfiles")
    if tempfiles is not None:  # copies opened "in the viewer" go, as they do when the application closes
        tempfiles.discard_run_folder()
    # Numbers as a process starts them (Vietnamese) until a test installs a catalog: tests/ui's own
    # autouse fixture installs English before each UI test, so both kinds start alike whatever ran before.
    from qms_desktop.i18n import set_number_language

    set_number_language("vi")


# ---------------------------------------------------------------- the engine under test
# `pytest --engine=postgresql` (or QMS_TEST_ENGINE=postgresql) runs the fixtures `db`, `ctx`,
# `demo_db`, `db_target` (and the receiving office's `office`) on a PostgreSQL server: the
# superuser URL of a THROWAWAY cluster is in QMS_TEST_PG_URL (.ci/pg-cluster starts one). Every
# test gets a fresh database (CREATE DATABASE … TEMPLATE a migrated one), dropped afterwards.
# Tests that are SQLite-only by nature (file edits with sqlite3, file copies, the file locks) are
# marked `sqlite_only` and skipped there with their reason.
PG_URL_ENV = "QMS_TEST_PG_URL"
ENGINE_FIXTURES = {"engine_name"}  # every fixture that follows --engine requests it


def pytest_addoption(parser):
    parser.addoption("--engine", choices=("sqlite", "postgresql"), default=os.environ.get("QMS_TEST_ENGINE", "sqlite"),
                     help="database engine of the db/ctx/demo_db/db_target fixtures (postgresql needs QMS_TEST_PG_URL)")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(reason): the test is about the SQLite file itself; skipped on "
                                       "PostgreSQL with its reason")
    if config.getoption("--engine") == "postgresql" and not os.environ.get(PG_URL_ENV):
        raise pytest.UsageError(f"--engine=postgresql needs {PG_URL_ENV} (a throwaway cluster: .ci/pg-cluster start DIR)")
    config.addinivalue_line("markers", "postgresql: runs only with --engine=postgresql (server-only behaviour)")


# Scheduling only, not a dependency: the modules with the longest tests (processes killed with -9, whole demo
# databases, real signatures) are handed out first, so that the workers of `-n auto` end together instead of
# one of them running a 20-second test alone at the end. A stable sort: each module's tests stay together.
LONG_FIRST = ("tests/reliability/", "tests/services/test_backup.py", "tests/services/test_demo.py",
              "tests/reports/test_pades.py", "tests/merge/", "tests/cli/test_cli.py", "tests/cli/test_cli_import_tthc.py")


def pytest_collection_modifyitems(config, items):
    items.sort(key=lambda item: not item.nodeid.startswith(LONG_FIRST))
    engine = config.getoption("--engine")
    for item in items:
        if engine == "postgresql":
            if not ENGINE_FIXTURES & set(getattr(item, "fixturenames", ())):
                item.add_marker(pytest.mark.skip(reason="uses no engine fixture: the same on both engines, run on SQLite"))
                continue
            mark = item.get_closest_marker("sqlite_only")
            if mark is not None:
                reason = mark.args[0] if mark.args else mark.kwargs.get("reason", "SQLite file only")
                item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))
        elif item.get_closest_marker("postgresql") is not None:
            item.add_marker(pytest.mark.skip(reason="PostgreSQL only: run with --engine=postgresql and QMS_TEST_PG_URL"))


class PgServer:
    """The throwaway test server: fresh databases from templates (superuser connection, autocommit)."""

    def __init__(self, admin_url: str) -> None:
        from qms_desktop.storage.db import server_url

        self.base = server_url(admin_url)
        self._n = 0

    def url(self, name: str) -> str:
        return self.base.set(database=name).render_as_string(hide_password=False)

    def _admin(self, sql: str) -> None:
        import psycopg

        u = self.base
        with psycopg.connect(host=u.host or "", port=u.port or 5432, user=u.username or "", password=u.password or "",
                             dbname=u.database or "postgres", autocommit=True) as conn:
            conn.execute(sql)

    def create(self, template: str | None = None, name: str | None = None) -> str:
        self._n += 1
        name = name or f"qms_t{os.getpid()}_{self._n}"
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        tpl = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        self._admin(f'CREATE DATABASE "{name}"{tpl}')
        return name

    def drop(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def engine_name(request) -> str:
    return request.config.getoption("--engine")


@pytest.fixture(scope="session")
def pg_server(engine_name):
    """The PostgreSQL test server (None on SQLite). Refuses to run without QMS_TEST_PG_URL rather than skip."""
    if engine_name != "postgresql":
        return None
    return PgServer(os.environ[PG_URL_ENV])


@pytest.fixture(scope="session")
def pg_empty_template(pg_server):
    name = pg_template_from(pg_server, f"qms_tpl{os.getpid()}_empty", None)
    yield name
    pg_server.drop(name)


@pytest.fixture
def fresh_pg(engine_name, pg_server):
    """fresh_pg(template) -> URL of a new database copied from ``template``; dropped after the test."""
    made = []

    def make(template: str | None) -> str:
        name = pg_server.create(template)
        made.append(name)
        return pg_server.url(name)

    yield make
    for name in made:
        pg_server.drop(name)


@pytest.fixture
def db_target(engine_name, tmp_path, request):
    """What `--db` names for a new database of this test: a file path, or a fresh empty server database's URL."""
    if engine_name == "postgresql":  # as the administrator made it, already migrated (an init then only writes)
        return request.getfixturevalue("fresh_pg")(request.getfixturevalue("pg_empty_template"))
    return tmp_path / "a.sqlite"


from engine_helpers import pg_template_from  # noqa: E402


# ---------------------------------------------------------------- databases
@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """A database migrated to head once per session; tests get copies (fast, like Anki's getEmptyCol)."""
    from qms_desktop.storage.db import Database

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    db = Database.open(path)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def db(engine_name, tmp_path, request):
    from qms_desktop.storage.db import Database

    if engine_name == "postgresql":
        url = request.getfixturevalue("fresh_pg")(request.getfixturevalue("pg_empty_template"))
        database = Database.open(url)
        yield database
        database.close()
        return
    path = tmp_path / "qms.sqlite"
    shutil.copy(request.getfixturevalue("template_db"), path)
    database = Database.open(path)
    yield database
    database.close()


@pytest.fixture
def ctx(db):
    """Acting as the system (a leader) on a fresh database, on a fixed day."""
    import datetime as dt

    from qms_desktop.services.context import SYSTEM, AppContext

    return AppContext(db, SYSTEM, clock=lambda: dt.date(2026, 11, 23))


@pytest.fixture(scope="session")
def sample_xlsx() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory) -> tuple[Path, str, float]:
    """The demo commune for 23/11/2026, built ONCE per session: (template path, summary, seconds taken).
    Tests never open the template itself: they get a file copy (``demo_db``)."""
    import datetime as dt
    import time

    from qms_desktop.services import demo
    from qms_desktop.storage.db import Database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = Database.open(path)
    started = time.perf_counter()
    summary = demo.create_demo(database, today=dt.date(2026, 11, 23))
    elapsed = time.perf_counter() - started
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path, summary, elapsed


@pytest.fixture(scope="session")
def demo_template(demo_build) -> Path:
    return demo_build[0]


@pytest.fixture(scope="session")
def pg_demo_template(pg_server, demo_template):
    name = pg_template_from(pg_server, f"qms_tpl{os.getpid()}_demo", demo_template)
    yield name
    pg_server.drop(name)


@pytest.fixture
def demo_db(engine_name, demo_template, tmp_path, request):
    from qms_desktop.storage.db import Database

    if engine_name == "postgresql":
        database = Database.open(request.getfixturevalue("fresh_pg")(request.getfixturevalue("pg_demo_template")))
        yield database
        database.close()
        return
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    database = Database.open(path)
    yield database
    database.close()
