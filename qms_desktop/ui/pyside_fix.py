"""A work-around for a reference-count bug of PySide6 6.12: a signal's ``emit()`` (and ``disconnect()``) called
from Python returns True or False without the reference it owes to the caller. Each call takes one reference
from the bool for good; after some thousands of emits (a day of work, a long import reporting its progress,
a test run) the count reaches zero and the interpreter aborts with "Fatal Python error: bool_dealloc".

``install()`` measures the bug on a signal of its own and, only where it is there, wraps the two methods so
that the missing reference is given back: a PySide6 without the bug is left untouched.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 16
_installed = False


class _Probe(QObject):
    fired = Signal()


def _takes_a_reference(call: Callable[[], object]) -> bool:
    """Whether ``call``, repeated, leaves True and False with fewer references than before."""
    before = sys.getrefcount(True) + sys.getrefcount(False)
    for _ in range(_PROBES):
        call()
    return before - (sys.getrefcount(True) + sys.getrefcount(False)) >= _PROBES // 2


def _emit(probe: _Probe) -> None:
    probe.fired.emit()


def _connect_and_disconnect(probe: _Probe) -> None:
    def slot() -> None:
        pass

    probe.fired.connect(slot)
    probe.fired.disconnect(slot)


def _owning(method: Callable[..., Any]) -> Callable[..., Any]:
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def call(self, *args: Any) -> Any:
        result = method(self, *args)
        if result is True or result is False:
            incref(result)  # the reference PySide6 did not take for the caller
        return result

    call.__name__, call.__doc__ = method.__name__, method.__doc__
    return call


def install() -> list[str]:
    """Wrap the methods found taking a reference (once per process); returns their names."""
    global _installed
    if _installed:
        return []
    _installed = True
    probe = _Probe()
    fixed = []
    for name, call in (("emit", _emit), ("disconnect", _connect_and_disconnect)):
        if _takes_a_reference(lambda: call(probe)):
            setattr(SignalInstance, name, _owning(getattr(SignalInstance, name)))
            fixed.append(name)
    return fixed
