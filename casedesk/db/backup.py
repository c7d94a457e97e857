"""Consistent copies of a live SQLite file through the online backup API (a file copy would miss the -wal)."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from casedesk import paths
from casedesk.db.progress import Progress, advance, interruptible
from casedesk.domain.messages import Translatable


class BackupError(Translatable, Exception):
    """A backup or restore that cannot be done; the message says why."""


STEP_PAGES = 2048  # pages per step of a backup that reports progress: 8 MB of 4 KB pages, a few a second


def integrity_ok(path: Path, *, quick: bool = False, keep_going: Callable[[], bool] | None = None) -> tuple[bool, str]:
    """PRAGMA integrity_check on a file, read-only; ``quick`` = quick_check (every page and record, not
    whether indexes match their tables: ~3 s instead of ~30 s on a province-size file).
    ``keep_going()`` saying no stops the check midway (Cancelled)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            with interruptible(con, keep_going):
                result = con.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return False, str(exc)
    text = "; ".join(r[0] for r in result)
    return text == "ok", text


def backup_file(source: Path, dest: Path, progress: Progress | None = None) -> Path:
    """Copy ``source`` to ``dest`` while others may be writing, then verify the copy.

    With ``progress`` the copy goes ``STEP_PAGES`` pages at a time, reporting pages copied of all, and
    can be stopped between steps or during the check (Cancelled): the partial copy is removed and
    ``dest`` is never written. Without it the copy is one step.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        _copy(source, tmp, progress)
        # A fresh copy is checked quickly (pages and records); a restore runs the full check first.
        ok, detail = integrity_ok(tmp, quick=True, keep_going=None if progress is None else lambda: progress(0, 0))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if not ok:
        tmp.unlink(missing_ok=True)
        raise BackupError("备份校验失败：{detail}", detail=detail)
    tmp.replace(dest)
    return dest


def _copy(source: Path, target: Path, progress: Progress | None) -> None:
    src = sqlite3.connect(str(source), timeout=15, isolation_level=None)
    try:
        dst = sqlite3.connect(str(target))
        try:
            if progress is None:
                src.backup(dst)
            else:
                # One read transaction over every step: the copy is the file as it was when it began, and
                # other desks' saves meanwhile neither wait nor restart it (WAL keeps their pages apart).
                src.execute("BEGIN")
                src.execute("SELECT count(*) FROM sqlite_master").fetchone()
                src.backup(dst, pages=STEP_PAGES,
                           progress=lambda _status, remaining, total: advance(progress, total - remaining, total))
                src.execute("COMMIT")
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def copy_into(backup: Path, dest: Path) -> None:
    """Write a backup's pages into ``dest`` in ONE transaction of ``dest`` (a kill leaves it as it was).

    Going through the backup API instead of replacing the file keeps the live
    file's WAL and locks coherent for any other connection that has it open.
    """
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(dest), timeout=15)
        try:
            mode = dst.execute("PRAGMA journal_mode").fetchone()[0]
            try:
                src.backup(dst)
            except sqlite3.OperationalError as exc:
                if "page size" not in str(exc).lower():
                    raise
                # WAL cannot change its page size: copy through a rollback journal, then back.
                dst.execute("PRAGMA journal_mode=DELETE")
                src.backup(dst)
            # The backup's header carries its own journal mode; the live file keeps the one it had.
            dst.execute(f"PRAGMA journal_mode={mode}")
        finally:
            dst.close()
    finally:
        src.close()


def timestamped_backup(source: Path, reason: str, progress: Progress | None = None) -> Path:
    """A backup beside the data file, named for when and why it was taken."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backup_file(source, paths.backup_dir(source) / f"{source.stem}-{stamp}-{reason}.sqlite3", progress)
