"""CaseDesk: the desktop workbench of a district trade union's legal-service office."""
import sys

__version__ = "0.1.0"

if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
    import ctypes

    # PySide6 6.12 drops one reference to None on every call of a C++ function that returns void
    # (setText, show, processEvents ...). Python 3.12+ never frees None, so it goes unnoticed there;
    # on 3.11 None's count reaches zero after some ten thousand calls and the interpreter aborts
    # ("none_dealloc"). Give None the practically endless count that 3.12 gives it.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
