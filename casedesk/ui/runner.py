"""Run database work off the GUI thread and deliver the result back on it (Anki's QueryOp, in small).

Counts over a million rows, the dashboard figures and the year totals take
tens to hundreds of milliseconds; the window stays responsive while they run.
A job's function gets no Qt objects and must not touch widgets; its callbacks
run on the GUI thread, and only while the widget that asked is still alive.
"""
from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    SignalInstance,
    Slot,
)

log = logging.getLogger(__name__)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], finished: SignalInstance) -> None:
        super().__init__()
        self._job_id = job_id
        self._fn = fn
        self._finished = finished

    def run(self) -> None:
        try:
            result, error = self._fn(), None
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread's error callback
            result, error = None, exc
        self._finished.emit(self._job_id, result, error)


class Runner(QObject):
    """A private thread pool whose results come back to callbacks on the GUI thread."""

    _finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[QObject, Callable[[Any], None], Callable[[Exception], None] | None]] = {}
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(
        self,
        owner: QObject,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``fn()`` in the pool; then ``on_done(result)`` or ``on_error(exc)`` if ``owner`` still exists."""
        job_id = next(self._ids)
        self._callbacks[job_id] = (owner, on_done, on_error)
        self._pool.start(_Job(job_id, fn, self._finished))

    @property
    def busy(self) -> bool:
        """Jobs running, or finished with callbacks not yet delivered."""
        return bool(self._callbacks)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until every job has run and delivered (screenshots, tests); False on timeout."""
        timer = QElapsedTimer()
        timer.start()
        while self.busy and timer.elapsed() < timeout_ms:
            self._pool.waitForDone(20)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return not self.busy

    def shutdown(self) -> None:
        """Wait for running jobs and drop their callbacks, before the database or the widgets go away."""
        self._pool.waitForDone()
        self._callbacks.clear()

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: Any, error: Exception | None) -> None:
        entry = self._callbacks.pop(job_id, None)
        if entry is None:
            return
        owner, on_done, on_error = entry
        if not shiboken6.isValid(owner):
            return
        if error is None:
            on_done(result)
        elif on_error is not None:
            on_error(error)
        else:
            log.error("background job failed", exc_info=error)
