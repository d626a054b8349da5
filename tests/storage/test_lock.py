import signal
import subprocess
import sys

import pytest

from qms_desktop.domain.errors import DatabaseRefused
from qms_desktop.storage.lock import InstanceLock

HOLD = """
import sys, time
from qms_desktop.storage.lock import InstanceLock
lock = InstanceLock(sys.argv[1]).acquire()
print("locked", flush=True)
time.sleep(60)
"""


def _holder(path):
    p = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "locked"
    return p


def test_second_instance_is_refused_then_stale_lock_recovers(tmp_path):
    db = tmp_path / "qms.sqlite"
    other = _holder(db)
    try:
        with pytest.raises(DatabaseRefused) as err:
            InstanceLock(db).acquire()
        assert str(other.pid) in str(err.value)
    finally:
        other.send_signal(signal.SIGKILL)  # a crash: the lock file stays behind
        other.wait()
    assert (tmp_path / "qms.sqlite.lock").exists()
    lock = InstanceLock(db).acquire()
    assert lock.recovered_stale
    lock.release()
    assert not (tmp_path / "qms.sqlite.lock").exists()


def test_same_process_twice_is_refused(tmp_path):
    with InstanceLock(tmp_path / "x.sqlite"):
        with pytest.raises(DatabaseRefused):
            InstanceLock(tmp_path / "x.sqlite").acquire()
    with InstanceLock(tmp_path / "x.sqlite"):
        pass


SHARED_HOLDER = """
import sys, time
from qms_desktop.storage import lock
key = lock.acquire_shared(sys.argv[1])
print("shared", flush=True)
time.sleep(60)
"""

TRY_SHARED = """
import sys
from qms_desktop.domain.errors import DatabaseRefused
from qms_desktop.storage import lock
try:
    lock.acquire_shared(sys.argv[1], wait=0.3)
    print("got it")
except DatabaseRefused:
    print("refused")
"""


def test_write_lock_shared_between_writers_exclusive_for_a_restore(tmp_path):
    from qms_desktop.storage import lock

    db = tmp_path / "w.sqlite"
    other = subprocess.Popen([sys.executable, "-c", SHARED_HOLDER, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "shared"
        key = lock.acquire_shared(db, wait=0.3)  # writers share it
        with pytest.raises(DatabaseRefused):  # a restore waits for the other process, then refuses
            with lock.exclusive(db, wait=0.5):
                pass
        lock.release_shared(key)
    finally:
        other.send_signal(signal.SIGKILL)
        other.wait()
    own = lock.acquire_shared(db)  # this process's own users never block its restore
    with lock.exclusive(db, wait=0.5):
        r = subprocess.run([sys.executable, "-c", TRY_SHARED, str(tmp_path / "x" / ".." / "w.sqlite")],
                           capture_output=True, text=True, timeout=120)
        assert r.stdout.strip() == "refused"  # writers wait while a restore runs (same file, other spelling)
    lock.release_shared(own)
    r = subprocess.run([sys.executable, "-c", TRY_SHARED, str(db)], capture_output=True, text=True, timeout=120)
    assert r.stdout.strip() == "got it"
