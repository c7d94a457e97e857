"""A faster form of PySide6's check of every imported module's source.

Once PySide6 is imported, its ``__feature__`` import hook asks of every module
imported after it whether the module's source mentions "PySide6" (to know which
modules may switch on ``from __feature__ import snake_case``), and reads that
source through ``inspect.getsource``: line by line, through linecache, with the
file looked up again for each module. For the ~500 modules CaseDesk loads on
start-up that is ~60 ms of CPU, as much as building and showing the main window.
``install`` gives the hook the same answer from the file's bytes; a module
without a readable ``.py`` file still goes to PySide6's own check.
"""
from __future__ import annotations

import sys
from types import ModuleType


def install() -> None:
    """Call after PySide6 is imported; does nothing on a PySide6 without the hook (the check is internal)."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "reads_bytes", False):
        return

    def mentions_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return upstream(module)

    mentions_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[union-attr]
