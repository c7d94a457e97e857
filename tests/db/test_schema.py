"""The schema comes only from migrations, matches the models, and guards the user's file."""
from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.orm.exc import StaleDataError

from casedesk import paths
from casedesk.db import search_schema
from casedesk.db.database import Database, DatabaseOpenError, open_database
from casedesk.db.migrate import alembic_config, current_revision, head_revision
from casedesk.db.models import Base, Enterprise, Organization


def test_migrations_build_exactly_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        # The search index (FTS5 tables, triggers, GIN indexes) is made by hand in migrations: not in the models.
        opts = {"compare_type": True, "include_object": search_schema.include_object}
        drift = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    assert drift == []
    assert current_revision(db) == head_revision()


def test_empty_file_upgrades_to_head_with_pragmas(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite3")
    try:
        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert set(Base.metadata.tables) <= set(inspect(db.engine).get_table_names())
    finally:
        db.dispose()


def test_foreign_keys_are_enforced(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with db.transaction() as s:
            s.add(Enterprise(name="某公司", organization_id=999_999))


def test_version_column_refuses_a_stale_save(db: Database) -> None:
    with db.transaction() as s:
        s.add(Organization(name="甲"))
    first, second = db.sessionmaker(), db.sessionmaker()
    a = first.query(Organization).one()
    first.commit()  # the form was loaded; its transaction ended
    b = second.query(Organization).one()
    second.commit()
    a.name = "乙"
    first.commit()
    b.name = "丙"
    with pytest.raises(StaleDataError):
        second.commit()
    first.close()
    second.close()


def test_upgrading_an_existing_file_takes_a_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    db.dispose()
    assert not list(paths.backup_dir(path).glob("*.sqlite3"))
    db = open_database(path)
    db.dispose()
    backups = list(paths.backup_dir(path).glob("old-*-before-upgrade-*.sqlite3"))
    assert len(backups) == 1


def test_a_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    db = open_database(path)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num='9999_future'"))
    db.dispose()
    with pytest.raises(DatabaseOpenError, match="比本程序更新"):
        open_database(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("这不是数据库" * 100, encoding="utf-8")
    with pytest.raises(DatabaseOpenError, match="不是 CaseDesk 数据文件"):
        open_database(path)
    assert path.read_text(encoding="utf-8").startswith("这不是数据库")


def test_migrations_form_one_line() -> None:
    from alembic.script import ScriptDirectory

    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1
