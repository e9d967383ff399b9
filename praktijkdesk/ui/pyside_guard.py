"""A guard against a reference-count bug in the PySide6 6.12 wheels on Python < 3.12.

Those wheels treat None, True and False as immortal (as they are from Python 3.12 on, PEP
683): every Qt method that returns None (setText, setVisible, …) and every Python-side
``signal.emit()`` (which returns True) gives back a reference it never took. On Python
3.11 the count of None drops by one per call; after some thousands of calls — minutes of
normal use — the interpreter aborts with "none_dealloc: deallocating None".

``protect_singletons()`` measures whether the running PySide has the bug and, only then,
raises the reference counts of None, True and False so far that they can never reach zero
(they are never freed anyway). On Python 3.12+ or a fixed PySide it does nothing.
The real cure is in packaging: Python >= 3.12 with PySide6 6.12, or PySide6 < 6.12 on 3.11.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # 10^12 leaked calls before trouble
_done = False


def pyside_leaks_none() -> bool:
    from PySide6 import QtCore

    probe = QtCore.QObject()
    before = sys.getrefcount(None)
    for _ in range(20):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    if lost > 0:  # give back what the probe itself took
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    return lost >= 20


def protect_singletons() -> bool:
    """True when the guard was needed and applied."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not pyside_leaks_none():
        return False
    for obj in (None, True, False):
        if hasattr(sys, "gettotalrefcount"):  # a debug build: go the slow, official way
            for _ in range(1_000_000):
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))
        else:  # ob_refcnt is the first field of every object in a release build
            ctypes.c_ssize_t.from_address(id(obj)).value += _RESERVE
    _done = True
    return True
