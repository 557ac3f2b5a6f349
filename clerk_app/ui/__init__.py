"""PySide6 user interface: views, controllers, workers, translations, slip printing.

PySide6 6.12.0 drops references it does not own: one to ``True`` on every ``Signal.emit`` (any signal,
connected or not), and to ``None`` on some slot calls; 6.11.3 does neither. On Python 3.11, where these
objects are not yet immortal, a few thousand emits make the interpreter abort ("bool_dealloc" /
"none_dealloc: deallocating ..."). Until a fixed PySide6 is pinned, the UI package gives ``True``,
``False`` and ``None`` the effectively endless reference counts that Python 3.12 gives them by design;
they are static objects that are never freed, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6 import __version__ as _pyside_version

if sys.version_info < (3, 12) and _pyside_version == "6.12.0":
    for _singleton in (True, False, None):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
