"""CaseDesk: the desktop workbench of a district trade union's legal-service office."""
import sys

__version__ = "0.1.0"

if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
    import ctypes

    # PySide6 6.12 drops one reference to None on every call of a C++ function that returns void
    # (setText, show, processEvents ...), and one to True or False on every emit of a signal with a
    # bool argument (a progress dialog's step, a check box's toggled). Python 3.12+ never frees these
    # singletons, so it goes unnoticed there; on 3.11 their counts reach zero after some thousand calls
    # and the interpreter aborts ("none_dealloc", "bool_dealloc"). Give them the practically endless
    # count that 3.12 gives them.
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
    del _singleton
