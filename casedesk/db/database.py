"""Opening a CaseDesk database: URL resolution, SQLite pragmas, migration on open, clear errors."""
from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from casedesk import paths
from casedesk.domain.messages import Message, Translatable
from casedesk.domain.validators import ValidationError
from casedesk.db import search_schema
from casedesk.db.filesystem import network_share
from casedesk.db.progress import StepProgress
from casedesk.db.scoping import scoping_hook

BUSY_TIMEOUT_MS = 15_000
# How long a save waits in all for another desk's long write (an import of thousands of rows, a batch of letters).
WRITE_WAIT_S = 45


class DatabaseOpenError(Translatable, Exception):
    """The database cannot be used; the message says why in words a clerk can act on."""


class RecordChanged(ValidationError):
    """A save refused because someone else saved the same record since it was read (optimistic locking).

    ``changes`` lists what they changed (newest first, audit entries) when the
    service could tell; the GUI shows them (ui.stale_dialog), never overwriting.
    """

    def __init__(self, message: str, entity: str = "", entity_id: int | None = None, changes: Sequence[Any] = (),
                 **values: Any) -> None:
        super().__init__(message, **values)
        self.entity = entity
        self.entity_id = entity_id
        self.changes = list(changes)


class DatabaseBusy(ValidationError):
    """Another desk has held the file's write lock for longer than a save may wait."""


class DamagedDatabase(DatabaseOpenError):
    """The file is a damaged or truncated database: the GUI offers the latest good backup."""

    def __init__(self, message: str, path: Path, **values: Any) -> None:
        super().__init__(message, **values)
        self.path = path


def resolve_url(target: str | Path | None) -> URL:
    """``--db`` / ``CASEDESK_DB`` take a file path or any SQLAlchemy URL; default is the user data dir."""
    if target is None or str(target) == "":
        target = os.environ.get("CASEDESK_DB") or paths.default_db_path()
    text = str(target)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def _sqlite_pragmas(journal: str):  # type: ignore[no-untyped-def]
    def on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy emit BEGIN itself (pysqlite's implicit transactions break SAVEPOINT
        # and transactional DDL; recipe from SQLAlchemy's SQLite dialect docs).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() != journal:
            cur.execute(f"PRAGMA journal_mode={journal}")
        # WAL: a commit is durable at the next checkpoint; a rollback journal needs FULL to survive power loss.
        cur.execute("PRAGMA synchronous=NORMAL" if journal == "wal" else "PRAGMA synchronous=FULL")
        cur.close()

    return on_connect


def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    # Writers take the lock up front (BEGIN IMMEDIATE) and wait for it with the busy
    # timeout; a deferred transaction that reads first and writes later can meet a
    # stale snapshot, which fails at once with "database is locked".
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("casedesk_write") else "BEGIN")


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        on_share = url.database not in (None, "", ":memory:") and network_share(Path(url.database)) is not None
        # WAL's shared-memory index cannot be shared between computers: a rollback journal on a share.
        event.listen(engine, "connect", _sqlite_pragmas("delete" if on_share else "wal"))
        event.listen(engine, "begin", _sqlite_begin)
        event.listen(engine, "connect", search_schema.on_connect)  # the search index's triggers call its function
        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Database:
    url: URL
    engine: Engine
    sessionmaker: sessionmaker[Session]  # for writes
    read_sessionmaker: sessionmaker[Session]
    # After sign-in on a shared dataset: the organizations whose records queries return (None = all;
    # db.scoping applies it to every ORM query) and the one new records belong to.
    organizations: frozenset[int] | None = None
    organization_id: int | None = None

    def restrict_to(self, organizations: frozenset[int] | None, organization_id: int | None) -> None:
        """Scope every later session of this database to an account's organizations (server mode)."""
        self.organizations = organizations
        self.organization_id = organization_id
        for maker in (self.sessionmaker, self.read_sessionmaker):
            maker.configure(info={"organization_id": organization_id, "organizations": organizations})

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if self.url.get_backend_name() == "sqlite" and self.url.database not in (None, "", ":memory:"):
            return Path(self.url.database)
        return None

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def display_location(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action = one write transaction: commit on success, roll back on any error.

        On SQLite the write lock is taken before the action's code runs, waiting
        (up to ``WRITE_WAIT_S``) while another desk finishes a long import or
        batch; only then may the action be refused, with words a clerk can act on,
        never "database is locked".
        """
        session = self._write_session()
        try:
            yield session
            session.commit()
        except StaleDataError:
            session.rollback()
            # Two desks saved one record at the same moment (PostgreSQL): the later save is refused.
            raise RecordChanged("保存未成功：另一位同事刚刚同时保存了这条记录，请重新打开后再修改") from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _write_session(self) -> Session:
        deadline = time.monotonic() + WRITE_WAIT_S
        while True:
            session = self.sessionmaker()
            if not self.is_sqlite:
                return session
            try:
                session.connection()  # BEGIN IMMEDIATE, which itself waits up to BUSY_TIMEOUT_MS
                return session
            except OperationalError as exc:
                session.close()
                if "locked" not in str(exc.orig) and "busy" not in str(exc.orig):
                    raise
                if time.monotonic() >= deadline:
                    raise DatabaseBusy(
                        "另一台电脑正在进行大批量保存（例如导入台账或批量发函），数据文件暂时无法写入。"
                        "您填写的内容仍在窗口中，请稍后再保存"
                    ) from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look (lists, dashboards) that never takes the write lock."""
        with self.read_sessionmaker() as session:
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before SQLAlchemy touches it."""
    if not path.exists():
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseOpenError("无法读取数据文件 {file}：{strerror}", file=path, strerror=exc.strerror) from None
    if path.stat().st_size and header != b"SQLite format 3\x00":
        raise DamagedDatabase("{file} 不是 CaseDesk 数据文件（不是 SQLite 数据库，或文件已损坏）", path, file=path)
    missing = truncated_by(path)
    if missing:
        raise DamagedDatabase("数据文件 {file} 不完整（缺少约 {kb} KB，可能在复制或断电时被截断）", path, file=path, kb=missing // 1024)


def truncated_by(path: Path) -> int:
    """Bytes missing from the end of a file whose header says it is longer (0 when whole).

    Only trusted without a -wal file: after a crash mid-checkpoint the main file may
    legitimately be shorter than its new header until the log is replayed.
    """
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return 0
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return 0
    if len(header) < 100:
        return 0 if not header else 100 - len(header)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The in-header size is valid only when "version-valid-for" matches the change counter.
    if header[92:96] != header[24:28] or not pages:
        return 0
    return max(0, pages * page_size - path.stat().st_size)


def open_database(target: str | Path | None = None, *, migrate: bool = True, create: bool = True,
                  progress: StepProgress | None = None) -> Database:
    """Open (and by default create and upgrade to head) the database at ``target``.

    ``progress`` follows the upgrade's steps and may stop it (``migrate.upgrade_to_head``); a file this
    call created is removed again when it fails or is stopped.
    """
    from casedesk.db import migrate as migrations

    url = resolve_url(target)
    existed = False
    created: Path | None = None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        check_sqlite_file(path)
        existed = path.exists() and path.stat().st_size > 0
        if not path.exists():
            if not create:
                raise DatabaseOpenError("数据文件不存在：{file}", file=path)
            path.parent.mkdir(parents=True, exist_ok=True)
            created = path
    engine = make_engine(url)
    db = Database(
        url=url,
        engine=engine,
        sessionmaker=sessionmaker(engine.execution_options(casedesk_write=True), expire_on_commit=False),
        read_sessionmaker=sessionmaker(engine, expire_on_commit=False),
    )
    hook = scoping_hook(lambda: db.organizations)
    for maker in (db.sessionmaker, db.read_sessionmaker):
        event.listen(maker, "do_orm_execute", hook)
    try:
        if migrate:
            migrations.upgrade_to_head(db, backup_first=existed, progress=progress)
        else:
            migrations.ensure_known_schema(db)
    except SADatabaseError as exc:
        engine.dispose()
        _remove_new_file(created)
        message = Message("数据库无法打开或已损坏（{location}）：{reason}", location=db.display_location, reason=exc.orig)
        if db.path is not None and any(w in str(exc.orig).lower() for w in ("malformed", "not a database", "corrupt")):
            raise DamagedDatabase(message, db.path) from None
        raise DatabaseOpenError(message) from None
    except Exception:
        engine.dispose()
        _remove_new_file(created)
        raise
    return db


def _remove_new_file(path: Path | None) -> None:
    """Take away a database file (and its -wal, -shm) that a failed or stopped open had just created."""
    if path is not None:
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
