import os
import signal
import subprocess
import sys
import time

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
