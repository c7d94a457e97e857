"""Progress and 取消 for long work on a database file, without Qt: opening (backing up, upgrading) a big
old file, backups, restores.

A province-size file (1.3 GB) takes minutes to copy, check or upgrade, so the
GUI shows what is happening and lets the clerk stop; the command line passes
no callback. The callback answers "keep going?"; when it says no, the work
stops at its next check and undoes what it began (each function says what
that means for it), then raises :class:`Cancelled`.
"""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Progress = Callable[[int, int], bool]
"""``(done, total) -> keep going``; ``total`` 0 when unknown."""

StepProgress = Callable[[str, int, int], bool]
"""``(step, done, total) -> keep going`` for work in several steps, named below."""

CHECK = "check"  # reading the file's header and schema, or checking a backup's integrity
BACKUP = "backup"  # copying the file to a backup (before an upgrade, before a restore)
UPGRADE = "upgrade"  # running the schema migrations, in one transaction (done = revisions applied)
REPLACE = "replace"  # writing a backup's pages into the live file: past this point there is no stopping
WRITE = "write"  # an action's own writes, in its one transaction (done = batches written): stopping rolls back

ASK_EVERY_S = 0.1  # how often a running statement asks "keep going?"


class Cancelled(Exception):
    """Stopped on request; what the work had begun is undone."""


def advance(progress: Progress | None, done: int, total: int) -> None:
    """Report, and raise :class:`Cancelled` when asked to stop."""
    if progress is not None and not progress(done, total):
        raise Cancelled


def step(progress: StepProgress | None, name: str) -> Progress | None:
    """The plain ``(done, total)`` callback of one named step."""
    if progress is None:
        return None
    return lambda done, total: progress(name, done, total)


@contextmanager
def interruptible(con: sqlite3.Connection, keep_going: Callable[[], bool] | None) -> Iterator[None]:
    """Let long statements on ``con`` (an integrity check, a migration rebuilding an index) stop midway.

    A watcher thread asks ``keep_going()`` every ``ASK_EVERY_S`` seconds; when it says no, it calls
    ``con.interrupt()`` (SQLite's way to stop a running statement from another thread: the statement fails
    as "interrupted", within milliseconds even inside an integrity check) and the block ends with
    Cancelled. The caller's transaction then rolls back as for any other error.
    """
    if keep_going is None:
        yield
        return
    if not keep_going():
        raise Cancelled
    finished, stopped = threading.Event(), threading.Event()

    def watch() -> None:
        while not finished.wait(ASK_EVERY_S):
            if not keep_going():
                stopped.set()
                con.interrupt()
                return

    watcher = threading.Thread(target=watch, name="casedesk-interrupt", daemon=True)
    watcher.start()
    try:
        yield
    except Exception:
        if stopped.is_set():
            raise Cancelled from None
        raise
    finally:
        finished.set()
        watcher.join()
    if stopped.is_set():  # asked to stop as the last statement was ending
        raise Cancelled
