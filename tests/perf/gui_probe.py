"""Run in a fresh process by the GUI benchmarks: start, report, quit.

``python -m tests.perf.gui_probe bare`` shows a bare PySide6 main window;
``python -m tests.perf.gui_probe start FILE`` starts CaseDesk on FILE the way
``casedesk --db FILE`` does (the sign-in dialog answered with the benchmark
account); ``python -m tests.perf.gui_probe memory FILE`` then opens every
list and scrolls it to the end, waiting for each count. When the main window
has been shown and the event loop has gone idle (the window answers input)
the probe prints one JSON line, ``{"interactive": seconds since the process
started, "rss_mb": peak resident memory, ...}``, and quits.
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
    print(json.dumps({"interactive": time.time() - STARTED, "rss_mb": _peak_mb(), "now_mb": _current_mb(), **extra}),
          flush=True)


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


def casedesk(path: str, scroll: bool) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from casedesk import app as casedesk_app
    from casedesk.services import auth
    from casedesk.ui import login_dialog
    from casedesk.ui.main_window import MainWindow
    from tests.perf.bench import LOGIN, PASSWORD

    def sign_in(db, parent=None):  # type: ignore[no-untyped-def]
        """The clerk types the name and password and presses Enter: the check itself is timed, not the typing."""
        with db.transaction() as session:
            return auth.authenticate(session, LOGIN, PASSWORD).actor

    login_dialog.sign_in = sign_in
    shown = MainWindow.show

    def show(window: MainWindow) -> None:
        shown(window)
        QTimer.singleShot(0, lambda: _interactive(window))

    def _interactive(window: MainWindow) -> None:
        start = time.time() - STARTED
        if not scroll:
            _report()
            QApplication.instance().quit()  # type: ignore[union-attr]
            return
        details = {"start": start, "lists": {}}
        from casedesk.ui.main_window import LIST_PAGE_KEYS

        for key in LIST_PAGE_KEYS:
            page = window.show_page(key)
            deadline = time.time() + 60
            while page.model.canFetchMore() and time.time() < deadline:  # the count arrives in the background
                QApplication.processEvents()
                time.sleep(0.01)
            page.view.scrollToBottom()
            QApplication.processEvents()
            rows = page.model.rowCount()
            details["lists"][key] = {"rows": rows, "held": page.model.cached_rows,
                                     "last": page.model.row_id(rows - 1) if rows else None}
        _report(**details)
        QApplication.instance().quit()  # type: ignore[union-attr]

    MainWindow.show = show  # type: ignore[method-assign]
    return casedesk_app.run_gui(path)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = sys.argv[1]
    if mode == "bare":
        return bare()
    return casedesk(sys.argv[2], scroll=mode == "memory")


if __name__ == "__main__":
    raise SystemExit(main())
