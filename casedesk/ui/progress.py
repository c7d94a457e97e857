"""Long work off the GUI thread behind a progress dialog with 取消: the one way the GUI runs it.

Imports, exports, batches, finding duplicates, opening and upgrading a data
file, backups and restores all go through :class:`BackgroundTask`. The work
runs in the window's :class:`~casedesk.ui.runner.Runner` pool and reports
through thread-safe callbacks; the dialog shows the step, the bar and, when
given, what 取消 will leave behind. After 取消 the dialog stays up ("正在取消…")
until the work has actually stopped and cleaned up, so the clerk never acts on
a half-stopped task; past a point of no return the work turns 取消 off.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.progress import Cancelled, StepProgress
from casedesk.ui import sizing
from casedesk.ui.runner import Runner

__all__ = ["BackgroundTask", "Cancelled", "ProgressDialog", "while_busy"]

T = TypeVar("T")


class ProgressDialog(QDialog):
    """The step's text, a bar (busy while the total is unknown), a note on what 取消 does, and 取消."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None, title: str, text: str, *, note: str = "", cancellable: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setVisible(cancellable)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.setMinimumWidth(sizing.text_width(self, 30))
        self._cancelling = False
        self._finished = False

    def set_progress(self, done: int, total: int) -> None:
        if self.bar.maximum() != total:
            self.bar.setRange(0, max(total, 0))
        if total > 0:
            self.bar.setValue(min(done, total))

    def set_step(self, text: str, cancellable: bool) -> None:
        if not self._cancelling:
            self.label.setText(text)
        self.cancel_button.setEnabled(cancellable and not self._cancelling)

    def reject(self) -> None:
        """取消, Esc: ask the work to stop and say so; the dialog closes when it has stopped."""
        if self._finished:
            super().reject()
            return
        if self._cancelling or self.cancel_button.isHidden() or not self.cancel_button.isEnabled():
            return
        self._cancelling = True
        self.label.setText(self.tr("正在取消…"))
        self.cancel_button.setEnabled(False)
        self.cancel_requested.emit()

    def finish(self) -> None:
        self._finished = True
        self.done(QDialog.DialogCode.Rejected)
        self.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            super().closeEvent(event)
        else:
            event.ignore()
            self.reject()


class _Signals(QObject):
    """Carries reports from the worker thread to the dialog (signals cross threads; widget calls do not)."""

    advanced = Signal(int, int)
    stepped = Signal(str, bool)


class BackgroundTask:
    """``work(report)`` in the runner's pool behind a :class:`ProgressDialog`.

    From the worker thread: ``report(done, total)`` raises Cancelled after 取消; ``keep_going(done, total)``
    answers instead (for services taking ``progress(done, total) -> bool``); ``say(text)`` changes the
    step's text; ``steps(...)`` makes the ``(step, done, total)`` callback of multi-step services.
    The dialog appears after ``delay_ms`` (none at all for work that ends sooner) and is ``modality``-modal.
    """

    def __init__(self, parent: QWidget | None, runner: Runner, title: str, text: str, *, note: str = "",
                 cancellable: bool = True, delay_ms: int = 400,
                 modality: Qt.WindowModality = Qt.WindowModality.WindowModal) -> None:
        self._runner = runner
        self._cancel = threading.Event()
        self._last: tuple[int, int] | None = None
        self._signals = _Signals(parent)
        self.running = False
        self.dialog = ProgressDialog(parent, title, text, note=note, cancellable=cancellable)
        # Without a window (start-up) the dialog itself owns the job and keeps the whole application waiting.
        self._owner: QObject = parent if parent is not None else self.dialog
        self.dialog.setWindowModality(modality if parent is not None else Qt.WindowModality.ApplicationModal)
        self.dialog.cancel_requested.connect(self._cancel.set)
        self._signals.advanced.connect(self.dialog.set_progress)
        self._signals.stepped.connect(self.dialog.set_step)
        self._delay_ms = delay_ms

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def keep_going(self, done: int, total: int = 0) -> bool:
        """Called from the worker thread: report, and say whether to go on."""
        if (done, total) != self._last:
            self._last = (done, total)
            self._signals.advanced.emit(done, total)
        return not self._cancel.is_set()

    def report(self, done: int, total: int = 0) -> None:
        """Called from the worker thread; raises Cancelled after 取消."""
        if not self.keep_going(done, total):
            raise Cancelled

    def say(self, text: str, *, cancellable: bool = True) -> None:
        """Called from the worker thread: the step now under way; ``cancellable=False`` past the point of no return."""
        self._signals.stepped.emit(text, cancellable)

    def steps(self, texts: Mapping[str, str], final: frozenset[str] = frozenset()) -> StepProgress:
        """The ``(step, done, total) -> keep going`` callback of a multi-step service (``db.progress`` steps):
        each step's text from ``texts``; from a step in ``final`` on, 取消 is off and no longer asked."""
        current: list[str] = []
        past_return: list[bool] = [False]

        def progress(name: str, done: int, total: int) -> bool:
            keep = self.keep_going(done, total)
            if not current or current[-1] != name:
                current.append(name)
                if name in final and not keep:
                    return False  # the first word of a final step is the last moment to stop
                past_return[0] = past_return[0] or name in final
                self.say(texts.get(name, self.dialog.label.text()), cancellable=not past_return[0])
            return True if past_return[0] else keep

        return progress

    def start(self, work: Callable[[Callable[[int, int], None]], Any], on_done: Callable[[Any], None],
              on_error: Callable[[Exception], None]) -> None:
        """Run ``work(report)``; then ``on_done(result)``, or ``on_error(exc)`` (Cancelled after 取消)."""
        def finished(result: Any) -> None:
            self._close()
            on_done(result)

        def failed(exc: Exception) -> None:
            self._close()
            on_error(exc)

        self.running = True
        if self._delay_ms <= 0:
            self.dialog.show()
        else:
            QTimer.singleShot(self._delay_ms, self.dialog, self._show_if_running)
        self._runner.submit(self._owner, lambda: work(self.report), finished, failed)

    def wait(self, work: Callable[[Callable[[int, int], None]], T]) -> T:
        """Run ``work(report)`` and wait for it in a local event loop, returning its result or raising its error.

        For a dialog whose OK must know the answer (a refusal keeps it open): the windows keep painting and
        this task's dialog appears if it takes a while. The caller turns its own buttons off meanwhile.
        """
        loop = QEventLoop()
        outcome: list[tuple[Any, Exception | None]] = []

        def finish(result: Any, error: Exception | None) -> None:
            outcome.append((result, error))
            loop.quit()

        self.start(work, lambda result: finish(result, None), lambda error: finish(None, error))
        if not outcome:
            loop.exec()
        result, error = outcome[0]
        if error is not None:
            raise error
        return result  # type: ignore[no-any-return]

    def _show_if_running(self) -> None:
        if self.running:
            self.dialog.show()

    def _close(self) -> None:
        self.running = False
        self.dialog.finish()
        self.dialog.deleteLater()
        self._signals.deleteLater()


def while_busy(dialog: QDialog, runner: Runner, work: Callable[[], T], on_done: Callable[[T], None],
               on_error: Callable[[Exception], None], *, status: QLabel, text: str) -> None:
    """A short job for a small dialog (a password hash, ~0.2 s) off the GUI thread: the dialog's fields and
    buttons are off and ``status`` says ``text`` until it ends, and the window keeps painting meanwhile.
    Nothing to cancel; the dialog's own buttons come back for the answer."""
    controls = [w for w in dialog.findChildren(QWidget)
                if isinstance(w, (QLineEdit, QAbstractButton, QComboBox)) and w.isEnabled()]
    for widget in controls:
        widget.setEnabled(False)
    style = status.styleSheet()
    status.setStyleSheet("color: palette(window-text);")
    status.setText(text)

    def restore() -> None:
        for widget in controls:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)
        status.setStyleSheet(style)
        status.clear()

    def done(result: T) -> None:
        restore()
        on_done(result)

    def failed(exc: Exception) -> None:
        restore()
        on_error(exc)

    runner.submit(dialog, work, done, failed)
