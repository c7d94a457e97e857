"""Run in a fresh process by the GUI benchmarks: start, report, quit.

``python -m tests.perf.gui_probe bare`` shows a bare PySide6 main window;
``python -m tests.perf.gui_probe start FILE LOGIN PASSWORD`` starts CaseDesk on
FILE the way the ``casedesk --db FILE`` console script does (``casedesk.cli.main``)
and answers the real sign-in dialog with LOGIN and PASSWORD as soon as it shows:
the dialog, the password check and the main window are counted, the typing is
not. ``python -m tests.perf.gui_probe memory FILE LOGIN PASSWORD`` then opens
every list and scrolls it to the end, waiting for each count; ``modules``
reports the names of the modules loaded by then (tests/db/test_startup.py
guards what start-up loads with it). When the main
window has been shown and the event loop has gone idle (the window answers
input) the probe prints one JSON line, ``{"interactive": seconds since the
process started, "cpu": CPU seconds of all its threads until then, "rss_mb":
peak resident memory, ...}``, and quits. On a busy machine the CPU seconds show
the work done better than the wall time does.

The probe imports nothing of CaseDesk before the start, and patches nothing: it
watches the application's top-level windows with a 1 ms timer (which only runs
while an event loop does, i.e. while the sign-in dialog or the main window waits
for input) and reports one event-loop turn after it finds the main window shown.
The page shown first is the default one (工作台): the benchmark gives each run a
fresh CASEDESK_HOME, so no page or window size remembered by an earlier run
changes what is measured.
"""
from __future__ import annotations

import json
import os
import resource
import sys
import time

STARTED = time.time()  # as early as the interpreter lets us; the parent adds the time before this line


def _peak_mb() -> float:
    """This process's own peak resident set (VmHWM): getrusage's ru_maxrss also counts the parent's before exec."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _current_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


def _report(**extra: object) -> None:
    print(json.dumps({"interactive": time.time() - STARTED, "cpu": time.process_time(), "rss_mb": _peak_mb(),
                      "now_mb": _current_mb(), **extra}), flush=True)


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("CaseDesk"))
    window.resize(1280, 800)
    window.show()

    def done() -> None:
        _report()
        app.quit()

    QTimer.singleShot(0, done)
    return app.exec()


def casedesk(path: str, login: str, password: str, mode: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])  # casedesk.app.run_gui takes the running instance, as it would its own
    answered: set[int] = set()
    found: list[QWidget] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            kind = type(widget).__name__
            if kind == "LoginDialog" and id(widget) not in answered:
                answered.add(id(widget))  # the clerk types the name and password and presses Enter
                widget.login.setText(login)  # type: ignore[attr-defined]
                widget.password.setText(password)  # type: ignore[attr-defined]
                widget.ok_button.click()  # type: ignore[attr-defined]
            elif kind == "MainWindow" and not found:
                found.append(widget)
                watch.stop()
                QTimer.singleShot(0, lambda window=widget: _interactive(window))
                return

    def _interactive(window: QWidget) -> None:
        start = time.time() - STARTED
        if mode != "memory":
            _report(**({"modules": sorted(sys.modules)} if mode == "modules" else {}))
            app.quit()
            return
        from casedesk.ui.pages import LIST_PAGE_KEYS

        details: dict[str, object] = {"start": start, "lists": {}}
        for key in LIST_PAGE_KEYS:
            page = window.show_page(key)  # type: ignore[attr-defined]
            deadline = time.time() + 60
            while page.model.canFetchMore() and time.time() < deadline:  # the count arrives in the background
                QApplication.processEvents()
                time.sleep(0.01)
            page.view.scrollToBottom()
            QApplication.processEvents()
            rows = page.model.rowCount()
            details["lists"][key] = {"rows": rows, "held": page.model.cached_rows,  # type: ignore[index]
                                     "last": page.model.row_id(rows - 1) if rows else None}
        _report(**details)
        app.quit()

    watch = QTimer()
    watch.setInterval(1)
    watch.timeout.connect(look)
    watch.start()
    from casedesk.cli import main as casedesk_main

    return casedesk_main(["--db", path])


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = sys.argv[1]
    if mode == "bare":
        return bare()
    path, login, password = sys.argv[2:5]
    return casedesk(path, login, password, mode)


if __name__ == "__main__":
    raise SystemExit(main())
