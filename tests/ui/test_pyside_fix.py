"""PySide6 6.12 on CPython 3.11 gave back a reference to None on every call of a Qt method that returns nothing,
and one to True on every signal emit from Python; the process aborted ("Fatal Python error: none_dealloc" /
"bool_dealloc") after some tens of thousands — at exit of a test run, after a few minutes on the large commune
of tests/bench, or in the middle of a long import reporting its progress. qms_desktop.ui makes the singletons
immortal where the bugs are measured (ui/pyside_fix.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import qms_desktop.ui  # noqa: F401  (installs the fix, as every UI module's import does)
from qms_desktop.ui import pyside_fix


def test_the_singletons_cannot_run_out_of_references_where_the_binding_leaks():
    fixed = pyside_fix.install()
    assert fixed in ([], ["None", "True", "False"])
    if fixed:  # as CPython 3.12 does (PEP 683): a count no program can bring down to zero
        assert min(sys.getrefcount(x) for x in (None, True, False)) > 2 ** 39
    assert pyside_fix.install() is fixed  # once per process


def test_a_day_of_qt_calls_and_signals_does_not_abort_the_process():
    # 300 000 void calls and emits: more than the references None and True have in a fresh process, so the
    # bugs abort it without the fix (exit -6).
    script = textwrap.dedent("""
        import qms_desktop.ui
        from PySide6.QtCore import QObject, Signal
        from PySide6.QtWidgets import QApplication, QLabel

        class Job(QObject):
            progress = Signal(int, int)
            done = Signal(bool)

        app = QApplication([])
        label = QLabel()
        job = Job()
        job.progress.connect(lambda i, n: label.setText(str(i)))
        job.done.connect(lambda ok: label.setEnabled(ok))
        for i in range(100_000):
            job.progress.emit(i, 100_000)
            job.done.emit(i % 2 == 0)
        print("finished", label.text())
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "finished 99999"
