"""Garbage collection only on the GUI thread (Anki's GarbageCollector, in small).

Python's cyclic collector runs in whichever thread happens to allocate when a
threshold is crossed. When that is a background job (an import, a count, a
letter being typeset) and the cycle holds a Qt wrapper made on the GUI thread,
the wrapper's C++ object is destroyed from the wrong thread and the program
can crash inside ``gc`` — seen as rare segfaults in background jobs. So the
automatic collector is switched off and a timer on the GUI thread collects
instead, with the same generation thresholds, checked a few times a second.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500  # often enough that cycles never pile up; each check is three integer comparisons


class GuiThreadCollector(QObject):
    """Owns the timer; created on the GUI thread and parented to the application."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose count has passed its threshold, as the automatic collector would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                return gc.collect(generation)
        return 0


def install(app: QObject) -> GuiThreadCollector:
    """Switch automatic collection off for good and collect on ``app``'s thread from now on (idempotent)."""
    existing = app.findChild(GuiThreadCollector)
    gc.disable()
    return existing if existing is not None else GuiThreadCollector(app)
