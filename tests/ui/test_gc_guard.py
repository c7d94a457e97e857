"""Garbage is collected on the GUI thread only (casedesk.ui.gc_guard)."""
from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from casedesk.ui import gc_guard


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_background_thread_never_starts_a_collection_and_the_gui_thread_does(qtbot: QtBot, qapp) -> None:  # type: ignore[no-untyped-def]
    collector = gc_guard.install(qapp)
    assert gc_guard.install(qapp) is collector  # one timer, however often installed
    assert not gc.isenabled()
    gc.collect()
    collected_in: list[str] = []
    gc.callbacks.append(lambda phase, _info: phase == "start" and collected_in.append(threading.current_thread().name))
    try:
        worker = threading.Thread(target=lambda: [_Cycle() for _ in range(50_000)], name="job")
        worker.start()
        worker.join()
        assert collected_in == []  # far past the thresholds, and still nothing collected in the job
        assert gc.get_count()[0] > gc.get_threshold()[0]
        qtbot.waitUntil(lambda: bool(collected_in), timeout=3 * gc_guard.CHECK_MS)
        assert set(collected_in) == {threading.main_thread().name}
    finally:
        gc.callbacks.pop()


def test_nothing_is_collected_below_the_thresholds(qapp) -> None:  # type: ignore[no-untyped-def]
    collector = gc_guard.install(qapp)
    gc.collect()
    assert collector.collect_if_due() == 0
