"""Qt-free contract for long jobs: progress reports and cancellation."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    message: str = ""  # English source, context "Jobs"


class Cancelled(Exception):
    """The user cancelled the job; nothing was written."""


class CancelToken:
    def __init__(self) -> None:
        self._flag = threading.Event()

    def cancel(self) -> None:
        self._flag.set()

    @property
    def cancelled(self) -> bool:
        return self._flag.is_set()

    def raise_if_cancelled(self) -> None:
        if self._flag.is_set():
            raise Cancelled


ProgressSink = Callable[[Progress], None]


def no_progress(_p: Progress) -> None:
    pass
