"""Backups of the office's SQLite file: when they are taken, which are kept, how one is restored.

Taken through SQLite's online backup API (consistent while others write; a
file copy would miss the -wal) and checked with ``PRAGMA integrity_check``
before they count (``db.backup``):

- before every schema upgrade (``db.migrate``), import, 专项提示函 batch and
  restore (``protect`` called from inside the action's transaction: the copy
  holds everything committed before it);
- every ``backup.interval_minutes`` while the window is open and something
  changed since the newest backup (the audit chain's last hash tells);
- on demand (`casedesk backup`, File > 备份…).

Where: the folder chosen in Settings (``set_folder``; kept beside the database by ``casedesk.backup_places``
so a damaged file still finds its backups), else ``backups`` beside the database; listed from there, from
earlier folders not yet emptied by ``move_backups``, and from the default one.

Kept: the newest ``backup.keep_recent`` of any kind, and the newest of each of
the last ``backup.keep_daily`` days, ``keep_weekly`` ISO weeks and
``keep_monthly`` months (Anki's thinning). Manual backups are never deleted.

A server (PostgreSQL) database is backed up by the server (pg_dump; see the
README); these functions say so instead of pretending.
"""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from casedesk import backup_places, paths
from casedesk.db.backup import BackupError, backup_file, copy_into, integrity_ok, timestamped_backup
from casedesk.db.database import Database, open_database
from casedesk.db.lock import DatabaseLock, Holder
from casedesk.db.migrate import alembic_config, current_revision
from casedesk.db.progress import BACKUP, CHECK, REPLACE, Progress, StepProgress, advance, step
from casedesk.domain.messages import Joined, Message
from casedesk.domain.validators import ValidationError
from casedesk.services import audit, settings
from casedesk.services.actor import Actor, require_admin, require_write

_NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite3$")
MANUAL = "manual"
AUTO = "auto"
REASON_LABELS = {
    AUTO: "定时", MANUAL: "手动", "import": "导入前", "batch": "批量发函前", "restore": "恢复前", "purge": "清理前",
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local time, from the file name
    reason: str
    size: int

    @property
    def reason_label(self) -> str:
        if self.reason.startswith("before-upgrade"):
            return "升级前"
        return REASON_LABELS.get(self.reason, self.reason)


@dataclass(frozen=True)
class BackupCheck:
    ok: bool
    revision: str | None
    message: str


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None  # the file as it was just before (None when it was too damaged to copy)
    revision: str | None


class InUse(BackupError):
    """Someone else has the file open; replacing it under them would lose their work."""

    def __init__(self, holders: list[Holder]) -> None:
        super().__init__("数据文件正在被使用：{holders_}。请对方退出后再恢复", holders_=Joined(h.describe() for h in holders))
        self.holders = holders


def server_note(location: str) -> Message:
    """Why a server database has no backups here (shown instead of the backup controls, and as the refusal)."""
    return Message("当前使用的是服务器数据库（{location}），由服务器管理员用 pg_dump 备份（见 README“服务器模式”）",
                   location=location)


def _file(db: Database) -> Path:
    if db.path is None:
        raise BackupError(server_note(db.display_location))
    return db.path


def list_backups(db_path: Path) -> list[BackupInfo]:
    """This file's backups in every place they may be (``backup_places``: the chosen folder, earlier ones
    still looked in, the default one), newest first. Reads no database: a damaged file finds them too."""
    found = []
    for folder in backup_places.read(db_path).search_order(db_path):
        found.extend(_backups_in(folder, db_path))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _backups_in(folder: Path, db_path: Path) -> list[BackupInfo]:
    found = []
    try:
        candidates = list(folder.glob(f"{db_path.stem}-*.sqlite3"))
    except OSError:  # a removed drive
        return []
    for path in candidates:
        m = _NAME_RE.match(path.name)
        if m is None or m.group("stem") != db_path.stem:
            continue
        try:
            taken = datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S-%f")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, taken, m.group("reason"), size))
    return found


@dataclass(frozen=True)
class KeepCounts:
    recent: int = 4
    daily: int = 7
    weekly: int = 4
    monthly: int = 6

    @classmethod
    def from_settings(cls, session: Session) -> KeepCounts:
        return cls(*(int(settings.get(session, f"backup.keep_{k}")) for k in ("recent", "daily", "weekly", "monthly")))


def to_keep(backups: list[BackupInfo], keep: KeepCounts) -> set[Path]:
    """The backups the thinning keeps (``backups`` newest first)."""
    kept = {b.path for b in backups[: keep.recent]}
    kept |= {b.path for b in backups if b.reason == MANUAL}
    periods: list[tuple[int, Callable[[datetime], object]]] = [
        (keep.daily, lambda t: t.date()),
        (keep.weekly, lambda t: t.isocalendar()[:2]),
        (keep.monthly, lambda t: (t.year, t.month)),
    ]
    for count, period in periods:
        seen: list[object] = []
        for b in backups:
            key = period(b.taken_at)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            kept.add(b.path)
    return kept


def rotate(db_path: Path, keep: KeepCounts) -> list[Path]:
    """Delete the backups the thinning does not keep; returns what was deleted."""
    backups = list_backups(db_path)
    kept = to_keep(backups, keep)
    deleted = []
    for b in backups:
        if b.path not in kept:
            try:
                b.path.unlink()
                deleted.append(b.path)
            except OSError:
                pass  # open in another program: next time
    return deleted


def take(db: Database, reason: str = MANUAL, dest: Path | None = None) -> Path:
    """A verified backup now: to ``dest``, or into the backup folder (then thinned)."""
    source = _file(db)
    if dest is not None:
        if dest.resolve() == source.resolve():
            raise BackupError("不能把数据库备份到它自己，请换一个文件名")
        return backup_file(source, dest)
    path = timestamped_backup(source, reason)
    with db.reading() as session:
        rotate(source, KeepCounts.from_settings(session))
    return path


def _session_file(session: Session) -> Path | None:
    """The SQLite file ``session`` works on; None on a server or in memory."""
    url = session.get_bind().engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def protect(session: Session, reason: str, progress: Progress | None = None) -> Path | None:
    """From inside an action's transaction: back up what was committed before it (SQLite files only)."""
    source = _session_file(session)
    if source is None:
        return None
    path = timestamped_backup(source, reason, progress)
    rotate(source, KeepCounts.from_settings(session))
    return path


def _last_hash_in(path: Path) -> str | None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return row[0] if row else ""


def changed_since_last_backup(db: Database) -> bool:
    backups = list_backups(_file(db))
    if not backups:
        return True
    with db.reading() as session:
        current = audit.last_hash(session)
    return _last_hash_in(backups[0].path) != current


def periodic(db: Database) -> Path | None:
    """The timer's backup: only when something changed since the newest one; None otherwise (or on a server)."""
    if db.path is None or not changed_since_last_backup(db):
        return None
    return take(db, AUTO)


def interval_minutes(db: Database) -> int:
    with db.reading() as session:
        return max(5, int(settings.get(session, "backup.interval_minutes")))


# --- where backups go --------------------------------------------------------------------------------

FOLDER_LABEL = "备份文件夹"
FOLDER_SETTING = "backup.folder"  # the audit rows' key; the value itself lives beside the file (backup_places)


def folder(db_path: Path) -> Path:
    """Where new backups of ``db_path`` go: the folder chosen in Settings, else ``backups`` beside it."""
    return backup_places.read(db_path).folder


def check_folder(db_path: Path, chosen: Path) -> None:
    """Refuse, naming the field, a folder that cannot hold this file's backups: not a full path, a file,
    the database's own folder (a backup should outlive what happens to that folder), or one that cannot be
    created or written in. Creates it when missing."""
    if not chosen.is_absolute():
        raise ValidationError("{label}：请选择完整的文件夹路径（如 D:\\CaseDesk备份），而不是“{chosen}”", label=FOLDER_LABEL, chosen=chosen)
    if chosen.exists() and not chosen.is_dir():
        raise ValidationError("{label}：{chosen} 是一个文件，不是文件夹", label=FOLDER_LABEL, chosen=chosen)
    if chosen.resolve() == db_path.parent.resolve():
        raise ValidationError("{label}：不能是数据文件所在的文件夹（{chosen}），请另选一个，最好在另一块磁盘上", label=FOLDER_LABEL, chosen=chosen)
    try:
        chosen.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError("{label}：无法创建 {chosen}（{reason}）", label=FOLDER_LABEL, chosen=chosen, reason=exc.strerror or exc) from None
    probe = chosen / f".casedesk-write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise ValidationError("{label}：{chosen} 不能写入（{reason}）", label=FOLDER_LABEL, chosen=chosen, reason=exc.strerror or exc) from None


def set_folder(session: Session, actor: Actor, chosen: Path | None) -> Path:
    """Send this file's new backups to ``chosen`` (None: back to ``backups`` beside the database); audited.

    The backups already taken stay where they are and are still found there (the old folder is kept as a
    place to look) until ``move_backups`` moves them. Returns the folder now in use.
    """
    require_write(actor)
    require_admin(actor)
    db_path = _session_file(session)
    if db_path is None:
        raise ValidationError("{label}：服务器数据库没有文件备份，由服务器管理员用 pg_dump 备份", label=FOLDER_LABEL)
    places = backup_places.read(db_path)
    new = backup_places.default_folder(db_path) if chosen is None else chosen
    if chosen is not None:
        check_folder(db_path, chosen)
    if new == places.folder:
        return new
    also = tuple(p for p in (places.folder, *places.also)
                 if p != new and p != backup_places.default_folder(db_path) and _backups_in(p, db_path))
    audit.record(session, actor, "update", "setting", None, {FOLDER_SETTING: [str(places.folder), str(new)]})
    backup_places.write(db_path, backup_places.BackupPlaces(new, also))
    return new


def move_backups(db: Database, actor: Actor, progress: Callable[[int, int], object] | None = None) -> int:
    """Move this file's backups from the other places into the chosen folder; how many were moved.

    ``progress(done, total)`` returning False (or raising) stops between two files: what was moved is
    moved, the rest is still found where it is. Audited with the count.
    """
    require_write(actor)
    require_admin(actor)
    db_path = _file(db)
    places = backup_places.read(db_path)
    target = paths.backup_dir(db_path)
    waiting = [b for b in list_backups(db_path) if b.path.parent != target]
    moved = 0
    try:
        for b in waiting:
            if progress is not None and progress(moved, len(waiting)) is False:
                break
            shutil.move(b.path, target / b.path.name)
            moved += 1
    finally:  # cancelled or failed half-way too: stop looking where nothing is left, record what moved
        remaining = tuple(p for p in places.also if _backups_in(p, db_path))
        backup_places.write(db_path, backup_places.BackupPlaces(places.folder, remaining))
        if moved:
            with db.transaction() as session:
                audit.record(session, actor, "move", "backup", None, {"to": str(target), "count": moved})
    return moved


# --- checking and restoring ------------------------------------------------------------------------


def check_backup(path: Path, *, quick: bool = False, keep_going: Callable[[], bool] | None = None) -> BackupCheck:
    """Integrity, and a CaseDesk schema this program knows (older ones are upgraded after restoring).

    ``quick`` (a file picker's first look) skips matching indexes to tables; a restore runs the full check.
    ``keep_going()`` saying no stops the integrity check midway (Cancelled).
    """
    if not path.exists():
        return BackupCheck(False, None, Message("文件不存在：{file}", file=path))
    try:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return BackupCheck(False, None, Message("{file} 不是 SQLite 数据库", file=path.name))
    except OSError as exc:
        return BackupCheck(False, None, Message("无法读取 {file}：{reason}", file=path.name, reason=exc.strerror))
    ok, detail = integrity_ok(path, quick=quick, keep_going=keep_going)
    if not ok:
        return BackupCheck(False, None, Message("{file} 已损坏（{detail}）", file=path.name, detail=detail))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables else None
        finally:
            con.close()
    except sqlite3.Error as exc:
        return BackupCheck(False, None, Message("{file} 无法读取：{reason}", file=path.name, reason=exc))
    if revision is None or not {"audit_event", "consultation", "dispute_case"} <= tables:
        return BackupCheck(False, None, Message("{file} 不是 CaseDesk 数据文件", file=path.name))
    rev = revision[0]
    from alembic.script import ScriptDirectory  # Alembic loads only when a file is checked, off the GUI's start

    script = ScriptDirectory.from_config(alembic_config())
    try:
        script.get_revision(rev)
    except Exception:
        return BackupCheck(False, rev, Message("{file} 来自更新版本的 CaseDesk（架构 {rev}），请先升级本程序", file=path.name, rev=rev))
    return BackupCheck(True, rev, Message("完好"))


def latest_good(db_path: Path, keep_going: Callable[[], bool] | None = None) -> BackupInfo | None:
    """The newest backup that passes ``check_backup`` (what a damaged file is offered); ``keep_going()``
    saying no stops the search (Cancelled)."""
    for b in list_backups(db_path):
        if check_backup(b.path, keep_going=keep_going).ok:
            return b
    return None


def _record_restore(db_path: Path, actor: Actor, backup: Path, safety: Path | None, action: str) -> str | None:
    db = open_database(db_path)  # upgrades an older backup's schema (backing it up first)
    try:
        with db.transaction() as session:
            audit.record(session, actor, action, "database", None,
                         {"from": str(backup.resolve()), "safety_copy": str(safety) if safety else None})
        return current_revision(db)
    finally:
        db.dispose()


def restore(db_path: Path, backup: Path, actor: Actor, *, force: bool = False,
            progress: StepProgress | None = None) -> RestoreResult:
    """Replace the file's contents with a checked backup, after backing up what is there now.

    The caller closes its own connections first. Refused while another program
    holds the file, unless ``force``. ``progress`` hears CHECK (the backup's full integrity check),
    BACKUP (the safety copy, pages copied) and REPLACE, and may stop the restore until REPLACE begins
    (Cancelled): the current file is then untouched; a safety copy already finished stays in the
    backup folder, a partial one is removed. From REPLACE on nothing stops it.
    """
    require_admin(actor)
    if backup.resolve() == db_path.resolve():
        raise BackupError("不能用数据文件自己来恢复")
    checking = step(progress, CHECK)
    advance(checking, 0, 0)
    check = check_backup(backup, keep_going=None if checking is None else lambda: checking(0, 0))
    if not check.ok:
        raise BackupError("不能恢复：{reason}", reason=check.message)
    lock = DatabaseLock(db_path, program="casedesk restore", user=actor.name)
    others = lock.acquire()
    try:
        if others and not force:
            raise InUse(others)
        safety = timestamped_backup(db_path, "restore", step(progress, BACKUP)) if db_path.exists() else None
        advance(step(progress, REPLACE), 0, 0)  # the last moment to stop
        copy_into(backup, db_path)
        revision = _record_restore(db_path, actor, backup, safety, "restore")
    finally:
        lock.release()
    return RestoreResult(backup, safety, revision)


def recover_damaged(db_path: Path, backup: Path, actor: Actor) -> RestoreResult:
    """Put a damaged file aside (kept for inspection, never deleted) and start again from ``backup``."""
    check = check_backup(backup)
    if not check.ok:
        raise BackupError("不能恢复：{reason}", reason=check.message)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = db_path.with_name(db_path.name + suffix)
        if part.exists():
            shutil.move(part, aside.with_name(aside.name + suffix))
    copy_into(backup, db_path)
    revision = _record_restore(db_path, actor, backup, aside, "recover")
    return RestoreResult(backup, aside, revision)

