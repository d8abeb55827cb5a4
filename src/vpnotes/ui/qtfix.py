"""A guard against a reference-counting bug in PySide6 on Python 3.11.

Measured here with PySide6 6.12.0 on CPython 3.11: every conversion between an
empty ``QVariant`` and Python's ``None`` (``QComboBox.currentData()`` of an item
without data, ``QStandardItem.data()``, ``QModelIndex.data()`` of an unset role,
``addItem(text, None)``, ...) takes one reference from ``None`` without giving one.
``None``'s count starts at a few thousand, and the item views make such calls for
every visible row, so after some unlocking, locking and scrolling the process dies
with "Fatal Python error: none_dealloc" (the benchmark with 10,000 cases reached
it within five unlocks).

From Python 3.12 on ``None`` is immortal and the bug is harmless. On 3.11 we do
what 3.12 does: give ``None`` a reference count so large that no session can use
it up. It changes nothing else, and it is applied once, before Qt is used.
"""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 40  # a trillion conversions: years of continuous use


def protect_none() -> None:
    """Make ``None`` effectively immortal on Python < 3.12 (idempotent)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every object
    if refcount.value < _BALLAST:
        refcount.value += _BALLAST
