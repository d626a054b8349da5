"""PySide6 6.12's signals took a reference from True on every emit from Python, and the process aborted
("Fatal Python error: bool_dealloc") after some thousands: at exit of a long test run, or in the middle of a
long import reporting its progress. qms_desktop.ui gives the reference back (ui/pyside_fix.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtCore import QObject, Signal

import qms_desktop.ui  # noqa: F401  (installs the fix, as every UI module's import does)


class _Sender(QObject):
    flag = Signal(bool)
    done = Signal()


def _bool_references() -> int:
    return sys.getrefcount(True) + sys.getrefcount(False)


def test_emitting_and_disconnecting_leave_the_bools_their_references():
    sender = _Sender()
    seen = []
    sender.flag.connect(seen.append)
    before = _bool_references()
    for i in range(2000):
        sender.flag.emit(i % 2 == 0)
        sender.done.emit()
    seen.clear()  # the slot kept 2000 references; let them go before counting

    def slot() -> None:
        pass

    for _ in range(200):
        sender.done.connect(slot)
        sender.done.disconnect(slot)
    assert _bool_references() - before >= 0


def test_a_long_job_of_progress_signals_does_not_abort_the_process(tmp_path):
    # 100 000 emits: more than the references True has in a fresh process, so the bug would abort it.
    script = textwrap.dedent("""
        import sys
        import qms_desktop.ui
        from PySide6.QtCore import QObject, Signal

        class Job(QObject):
            progress = Signal(int, int)

        job = Job()
        job.progress.connect(lambda done, total: None)
        for i in range(100_000):
            job.progress.emit(i, 100_000)
        print("finished")
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "finished"
