"""Who has a data file open: a lock file beside it recording host, process, user and since when.

SQLite itself lets two desks write one file (CaseDesk waits for the other's
transaction rather than failing), so this lock does not forbid anything by
itself; it tells a second program who else holds the file, so that a
restore, a purge or a "the other PC still has it open" is a decision made
knowingly. ``casedesk restore`` refuses while someone else holds the file.

A holder on this computer is alive while its process is; a holder on
another computer (a shared folder) is trusted while it refreshes its entry
(the GUI does so every few minutes) and considered gone after ``STALE_AFTER``.
"""
from __future__ import annotations

import getpass
import json
import os
import socket
import sys
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

STALE_AFTER = timedelta(minutes=10)
HEARTBEAT_SECONDS = 120
_MUTEX_WAIT_S = 3.0


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    user: str  # the signed-in account, or the OS user
    program: str  # "CaseDesk" (window) or the command, e.g. "casedesk import"
    since: str  # ISO moment, UTC
    seen: str  # last refresh, ISO moment, UTC

    @property
    def since_local(self) -> str:
        return datetime.fromisoformat(self.since).astimezone().strftime("%Y-%m-%d %H:%M")

    def describe(self) -> str:
        return f"{self.user}（电脑 {self.host}，{self.program}，进程 {self.pid}，{self.since_local} 起）"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _alive(holder: Holder, now: datetime) -> bool:
    if holder.host == socket.gethostname():
        return _pid_alive(holder.pid)
    try:
        return now - datetime.fromisoformat(holder.seen) < STALE_AFTER
    except ValueError:
        return False


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class DatabaseLock:
    """This process's entry in the file's lock; ``acquire`` returns the other live holders."""

    def __init__(self, db_path: Path, program: str = "CaseDesk", user: str | None = None) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self.program = program
        if user is None:
            try:
                user = getpass.getuser()
            except (OSError, KeyError):
                user = "?"
        self.user = user
        self.held = False
        self._since = _now().isoformat()

    def _me(self) -> Holder:
        return Holder(socket.gethostname(), os.getpid(), self.user, self.program, self._since, _now().isoformat())

    def _is_me(self, h: Holder) -> bool:
        return h.host == socket.gethostname() and h.pid == os.getpid() and h.program == self.program

    def _read(self) -> list[Holder]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return [Holder(**h) for h in data.get("holders", [])]
        except (OSError, ValueError, TypeError):
            return []  # missing, half-written or foreign: start afresh

    def _write(self, holders: list[Holder]) -> None:
        if not holders:
            self.path.unlink(missing_ok=True)
            return
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"holders": [asdict(h) for h in holders]}, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)

    def _update(self, keep_me: bool) -> list[Holder]:
        """Read, drop the dead and this process, add this process back if asked, write; others returned."""
        mutex = self.path.with_name(self.path.name + ".mutex")
        deadline = time.monotonic() + _MUTEX_WAIT_S
        while True:
            try:
                fd = os.open(mutex, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
                os.close(fd)
                break
            except FileExistsError:
                try:
                    if time.time() - mutex.stat().st_mtime > 2 * _MUTEX_WAIT_S:
                        mutex.unlink(missing_ok=True)  # left by a killed process
                        continue
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    break  # better a racy update than a hung start
                time.sleep(0.02)
            except OSError:
                break  # read-only folder: the lock is advisory anyway
        try:
            now = _now()
            others = [h for h in self._read() if not self._is_me(h) and _alive(h, now)]
            try:
                self._write([*others, self._me()] if keep_me else others)
            except OSError:
                pass
            return others
        finally:
            mutex.unlink(missing_ok=True)

    def others(self) -> list[Holder]:
        now = _now()
        return [h for h in self._read() if not self._is_me(h) and _alive(h, now)]

    def acquire(self) -> list[Holder]:
        """Register this process; the live holders that were there already (empty: the file was free)."""
        others = self._update(keep_me=True)
        self.held = True
        return others

    def heartbeat(self) -> None:
        if self.held:
            self._update(keep_me=True)

    def release(self) -> None:
        if self.held:
            self._update(keep_me=False)
            self.held = False

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
