"""Alembic, driven from code: the migrations ship inside the package and run on every open.

Opening a file that is already at the newest revision (every start but the
first after an update) compares the file's ``alembic_version`` with the
newest revision named in the migration files, without loading Alembic: that
import costs a quarter second of the GUI's start. Anything else goes through
Alembic itself.
"""
from __future__ import annotations

import re
from contextlib import nullcontext
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from casedesk.db.backup import timestamped_backup
from casedesk.db.database import Database, DatabaseOpenError
from casedesk.db.progress import BACKUP, CHECK, UPGRADE, StepProgress, advance, interruptible, step

if TYPE_CHECKING:
    from alembic.config import Config

_VERSIONS = Path(__file__).with_name("migrations") / "versions"
_REVISION = re.compile(r"""^revision\s*(?::\s*str\s*)?=\s*['"]([^'"]+)['"]""", re.MULTILINE)
_DOWN = re.compile(r"""^down_revision\s*(?::[^=]*)?=\s*(?:['"]([^'"]+)['"]|None)""", re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "casedesk.db:migrations")
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


@cache
def _head_from_files() -> str | None:
    """The one revision no other migration file builds on, or None when the files do not say it plainly."""
    revisions, parents = set(), set()
    for path in _VERSIONS.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found, down = _REVISION.search(source), _DOWN.search(source)
        if found is None or down is None:
            continue
        revisions.add(found.group(1))
        if down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(db: Database) -> str | None:
    """The file's revision by plain SQL (None: no version table or an unreadable one)."""
    try:
        with db.engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        return None


def _at_head(db: Database) -> str | None:
    """The file's revision when it is the newest this program knows; None when Alembic must look."""
    head = _head_from_files()
    return head if head is not None and _stored_revision(db) == head else None


def is_at_head(db: Database) -> bool:
    """True when nothing is to upgrade: the start-up's quick answer (no Alembic import) before it opens for good."""
    return _at_head(db) is not None


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_known_schema(db: Database) -> str | None:
    """The file's revision, after refusing files from a newer CaseDesk or from another program."""
    at_head = _at_head(db)
    if at_head is not None:
        return at_head
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with db.engine.connect() as conn:
        rev = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    script = ScriptDirectory.from_config(alembic_config())
    if rev is None:
        if tables - {"alembic_version"}:
            raise DatabaseOpenError("{display_location} 不是 CaseDesk 数据文件（含有未知的表）", display_location=db.display_location)
        return None
    try:
        script.get_revision(rev)
    except Exception:
        raise DatabaseOpenError(
            "数据文件的架构版本 {rev} 比本程序更新，请升级 CaseDesk 后再打开（本程序支持到 {head_revision}）", rev=rev, head_revision=head_revision()
        ) from None
    return rev


def upgrade_to_head(db: Database, *, backup_first: bool = True, progress: StepProgress | None = None) -> bool:
    """Upgrade in one transaction, backing up a file that already held data first. True if anything ran.

    ``progress`` hears each step (CHECK, BACKUP with pages copied, UPGRADE with revisions applied) and
    may stop the work until the upgrade commits (Cancelled): a stopped backup leaves no partial copy, a
    stopped upgrade rolls back and the file stays at its old revision (the backup taken before it stays
    in the backup folder). On SQLite even one long migration statement stops midway.
    """
    advance(step(progress, CHECK), 0, 0)
    if _at_head(db) is not None:
        return False
    rev = ensure_known_schema(db)
    head = head_revision()
    if rev == head:
        return False
    if backup_first and db.path is not None and db.path.exists() and db.path.stat().st_size > 0:
        timestamped_backup(db.path, f"before-upgrade-{rev or 'empty'}", step(progress, BACKUP))
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    total = len(list(ScriptDirectory.from_config(cfg).iterate_revisions(head, rev)))
    upgrading = step(progress, UPGRADE)
    applied = 0

    def one_applied(**_kw: object) -> None:
        nonlocal applied
        applied += 1
        advance(upgrading, applied, total)

    advance(upgrading, 0, total)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        cfg.attributes["on_version_apply"] = [one_applied]
        raw = conn.connection.driver_connection if db.is_sqlite else None
        keep_going = None if upgrading is None or raw is None else lambda: upgrading(applied, total)
        with interruptible(raw, keep_going) if raw is not None else nullcontext():
            command.upgrade(cfg, "head")
        advance(upgrading, total, total)  # the last moment to stop: the transaction commits next
    return True
