"""A work-around for reference-count bugs of PySide6 6.12 on CPython 3.11: every call of a Qt method that
returns nothing (``label.setText``, ``table.setItem``…) gives back a reference to None it never took, and a
signal's ``emit()`` or ``disconnect()`` one to True or False. Each call takes one reference from the singleton
for good; after some tens of thousands (a few minutes of work on a large commune, a long import reporting its
progress, a test run) the count reaches zero and the interpreter aborts with "Fatal Python error:
none_dealloc" (or bool_dealloc), losing what was on screen.

CPython 3.12 made these singletons immortal (PEP 683: a reference count so high that it never reaches zero).
``install()`` measures the bugs on objects of its own and, only where they are there, does the same for None,
True and False: their counts are raised by 2**40, more than a program can take away in years. A PySide6 or a
Python without the bugs is left untouched. (The installer ships CPython 3.11.9, so users need this too.)
"""

from __future__ import annotations

import ctypes
import sys
from typing import Callable

from PySide6.QtCore import QObject, Signal

_PROBES = 16
_IMMORTAL = 1 << 40
_installed: list[str] | None = None


class _Probe(QObject):
    fired = Signal()


def _takes_a_reference(target: object, call: Callable[[], object]) -> bool:
    """Whether ``call``, repeated, leaves ``target`` with fewer references than before."""
    before = sys.getrefcount(target)
    for _ in range(_PROBES):
        call()
    return before - sys.getrefcount(target) >= _PROBES // 2


def _make_immortal(target: object) -> None:
    # ob_refcnt is the first field of every object (a Py_ssize_t) in CPython's non-debug builds
    ctypes.c_ssize_t.from_address(id(target)).value += _IMMORTAL


def install() -> list[str]:
    """Make None, True and False immortal where the installed PySide6 takes references from them (once per
    process); returns the names of those made so."""
    global _installed
    if _installed is not None:
        return _installed
    probe = _Probe()
    leaks = {
        "None": _takes_a_reference(None, lambda: probe.setObjectName("probe")),
        "True": _takes_a_reference(True, probe.fired.emit),
    }
    _installed = []
    if sys.implementation.name == "cpython" and any(leaks.values()):
        for name, target in (("None", None), ("True", True), ("False", False)):
            _make_immortal(target)
            _installed.append(name)
    return _installed
