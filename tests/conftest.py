"""Test-wide set-up: offscreen Qt, an isolated data folder, no network, a migrated template database."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA = tempfile.mkdtemp(prefix="qms-test-data-")
os.environ["QMS_DATA_DIR"] = _DATA  # no test touches the user's real data folder
os.environ.pop("QMS_DB", None)

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
def db(template_db, tmp_path):
    from qms_desktop.storage.db import Database

    path = tmp_path / "qms.sqlite"
    shutil.copy(template_db, path)
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


@pytest.fixture
def demo_db(demo_template, tmp_path):
    from qms_desktop.storage.db import Database

    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    database = Database.open(path)
    yield database
    database.close()
