"""Runs a ``jobs``-style function off the GUI thread with a progress dialog and Cancel.

A job function takes keyword arguments ``progress`` (called with jobs.Progress) and ``cancel``
(a jobs.CancelToken). Success and failure callbacks run on the GUI thread.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from qms_desktop.jobs import CancelToken, Cancelled, Progress


class _Signals(QObject):
    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    """Runs a job on the worker thread. It does not own the job's callable: the runner does, and lets it go
    on the GUI thread when the job's end is delivered. The task is deleted on the worker thread, and a
    callable that held the last reference to a widget (a page, a dialog it closes over) would delete that
    widget there — Qt's widget list changed from two threads at once, a later crash in any walk over it."""

    def __init__(self, running: dict, signals: _Signals, cancel: CancelToken) -> None:
        super().__init__()
        self._running, self._signals, self._cancel = running, signals, cancel

    def run(self) -> None:
        try:
            result = self._running[self._signals](progress=self._signals.progress.emit, cancel=self._cancel)
        except BaseException as exc:  # noqa: BLE001 - reported on the GUI thread, never lost
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


class JobRunner(QObject):
    """Serialises database jobs on one worker thread (SQLite has one writer anyway)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # Each job until its end is delivered here, with its callable (let go on this thread: _Task).
        self._running: dict[_Signals, Callable] = {}
        self._jobs: dict[_Signals, tuple[CancelToken, str]] = {}  # running or queued: their Cancel and label
        self._quiet = False  # the window is closing: results are no longer shown

    # -- jobs in progress (closing the window while one runs) ------------------------------------
    def busy(self) -> bool:
        """A job is running or waiting to run."""
        return bool(self._jobs)

    def labels(self) -> list[str]:
        """What the running jobs are doing (their progress labels), for "close anyway?"."""
        return [label for _token, label in self._jobs.values()]

    def cancel_all(self, *, quiet: bool = True) -> None:
        """Ask every job to stop (each rolls back what it was writing). ``quiet``: their success, error
        and "cancelled" callbacks are skipped (the window they would report to is closing)."""
        self._quiet = quiet
        for token, _label in self._jobs.values():
            token.cancel()

    def wait_idle(self, timeout_s: float | None = None) -> bool:
        """Process events until no job is left (each job's end is delivered on this thread); False on
        timeout. Never blocks the event loop, so a job's last signals are not stuck behind the wait."""
        import time

        from PySide6.QtCore import QEventLoop

        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        # ``_running`` empties only when a job's end has been delivered here (``_launch``): the pool's
        # active count alone is 0 between a task's end and the delivery of its result, and does not
        # count a task still queued behind another — the window closed under both (a crash in CI)
        while self._running or self._pool.activeThreadCount():
            if deadline is not None and time.monotonic() > deadline:
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)  # let the worker thread have the GIL
        return True

    def start(self, fn: Callable, *, parent: QWidget | None, label: str,
              on_done: Callable[[object], None], on_error: Callable[[BaseException], None] | None = None,
              on_cancelled: Callable[[], None] | None = None) -> _Signals:
        token = CancelToken()
        # Nothing with Qt connections may be freed on the worker thread: when the finished task is
        # deleted there, dropping the last reference to an object PySide watches (the token of a
        # bound-method connection, the signals object) makes PySide disconnect under Qt's
        # connection lock while waiting for the GIL — a deadlock with the GUI thread closing the
        # dialog (seen in tests, about one run in two). So the signals object belongs to the runner
        # and is deleted on the GUI thread in finish(), and Cancel is connected through a lambda
        # (held strongly, no weak reference to the token).
        signals = _Signals(self)
        self._jobs[signals] = (token, label)
        dialog = QProgressDialog(label, QCoreApplication.translate("Jobs", "Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(600)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def cancel() -> None:
            # QProgressDialog hides itself on Cancel, but the job runs on until its next check
            # (and a write then rolls back): keep the box up, saying so, until the job has ended.
            token.cancel()
            dialog.setLabelText(QCoreApplication.translate("Jobs", "Cancelling… (undoing what was done)"))
            for button in dialog.findChildren(QPushButton):
                button.setEnabled(False)  # no second Cancel
            dialog.setRange(0, 0)
            if not dialog.isVisible():
                dialog.show()

        dialog.canceled.connect(lambda: cancel())

        def on_progress(p: Progress) -> None:
            if token.cancelled:
                return
            dialog.setMaximum(max(p.total, 0))
            dialog.setValue(min(p.done, p.total) if p.total else 0)
            if p.message:
                dialog.setLabelText(QCoreApplication.translate("Jobs", p.message))

        def finish() -> None:
            dialog.reset()
            dialog.close()
            dialog.deleteLater()
            self._jobs.pop(signals, None)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                if on_cancelled:
                    on_cancelled()
            elif on_error:
                on_error(exc)
            else:
                raise exc

        signals.progress.connect(on_progress)
        self._launch(fn, signals, token, finish, on_done, failed)
        return signals

    def _launch(self, fn: Callable, signals: _Signals, token: CancelToken, finish: Callable[[], None] | None,
                on_done: Callable[[object], None], on_failed: Callable[[BaseException], None]) -> None:
        """Run ``fn`` on the worker thread; on the GUI thread, ``finish`` (if any), the job counted as ended
        (``wait_idle``) and its signals object deleted, then (unless the window is closing) ``on_done`` or
        ``on_failed``."""
        self._running[signals] = fn

        def ended() -> None:
            if finish is not None:
                finish()
            self._running.pop(signals, None)
            signals.deleteLater()

        def done(result: object) -> None:
            ended()
            if not self._quiet:
                on_done(result)

        def failed(exc: BaseException) -> None:
            ended()
            if not self._quiet:
                on_failed(exc)

        signals.finished.connect(done)
        signals.failed.connect(failed)
        self._pool.start(_Task(self._running, signals, token))

    def background(self, fn: Callable[[], object], *, on_done: Callable[[object], None],
                   on_error: Callable[[BaseException], None]) -> None:
        """Read something slow off the GUI thread, quietly: no progress box, no Cancel, not a job the
        window asks about when it closes (``busy``), but waited for by ``wait_idle`` before the database
        closes. For what a screen shows while it is already painted (the dashboard's figures). The
        callbacks run on the GUI thread, unless the window is closing."""
        self._launch(lambda progress, cancel: fn(), _Signals(self), CancelToken(), None, on_done, on_error)


class SynchronousRunner(JobRunner):
    """Runs the job inline (tests): same callbacks, no thread, no dialog."""

    def background(self, fn, *, on_done, on_error):
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001 - as the threaded runner hands it over
            on_error(exc)
        else:
            on_done(result)

    def start(self, fn, *, parent, label, on_done, on_error=None, on_cancelled=None):
        try:
            result = fn(progress=lambda p: None, cancel=CancelToken())
        except Cancelled:
            if on_cancelled:
                on_cancelled()
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
        else:
            on_done(result)
        return None
