"""Alembic, driven from code: the migrations ship inside the package and run on every open."""
from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from casedesk.db.backup import timestamped_backup
from casedesk.db.database import Database, DatabaseOpenError


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "casedesk.db:migrations")
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_known_schema(db: Database) -> str | None:
    """The file's revision, after refusing files from a newer CaseDesk or from another program."""
    with db.engine.connect() as conn:
        rev = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    script = ScriptDirectory.from_config(alembic_config())
    if rev is None:
        if tables - {"alembic_version"}:
            raise DatabaseOpenError(f"{db.display_location} 不是 CaseDesk 数据文件（含有未知的表）")
        return None
    try:
        script.get_revision(rev)
    except Exception:
        raise DatabaseOpenError(
            f"数据文件的架构版本 {rev} 比本程序更新，请升级 CaseDesk 后再打开（本程序支持到 {head_revision()}）"
        ) from None
    return rev


def upgrade_to_head(db: Database, *, backup_first: bool = True) -> bool:
    """Upgrade in one transaction, backing up a file that already held data first. True if anything ran."""
    rev = ensure_known_schema(db)
    if rev == head_revision():
        return False
    if backup_first and db.path is not None and db.path.exists() and db.path.stat().st_size > 0:
        timestamped_backup(db.path, f"before-upgrade-{rev or 'empty'}")
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
