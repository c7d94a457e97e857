"""The bulk-load transaction of `casedesk demo-data`: foreign keys checked once at the end, WAL back afterwards."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select, text

from casedesk.db.bulk_load import ForeignKeyProblem, bulk_transaction
from casedesk.db.database import Database
from casedesk.db.models import Enterprise, Worker
from casedesk.services import parties
from casedesk.services.actor import SYSTEM


def _worker(enterprise_id: int) -> Worker:
    return Worker(name="张三", name_initials="zs", employment_form="contract", group="general", union_member=False,
                  address="", enterprise_id=enterprise_id)


def test_rows_are_saved_and_the_connection_is_as_before(sqlite_db: Database) -> None:
    with bulk_transaction(sqlite_db) as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 0
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "delete"  # pages written once
        enterprise = parties.find_or_create_enterprise(s, SYSTEM, "铁锋区某物流有限公司")
        s.flush()
        s.add(_worker(enterprise.id))
    with sqlite_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Worker)) == 1
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_a_dangling_reference_rolls_everything_back(sqlite_db: Database) -> None:
    with pytest.raises(ForeignKeyProblem, match="worker row"), bulk_transaction(sqlite_db) as s:
        parties.find_or_create_enterprise(s, SYSTEM, "铁锋区某物流有限公司")
        s.add(_worker(999_999))
    with sqlite_db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Enterprise)) == 0
        assert s.scalar(select(func.count()).select_from(Worker)) == 0
    with sqlite_db.transaction() as s:  # the pooled connection checks foreign keys again
        s.add(_worker(999_999))
        with pytest.raises(Exception, match="FOREIGN KEY"):
            s.flush()
        s.rollback()


def test_a_file_open_elsewhere_keeps_wal(sqlite_db: Database) -> None:
    assert sqlite_db.path is not None
    other = sqlite3.connect(sqlite_db.path)
    try:
        other.execute("SELECT count(*) FROM enterprise").fetchone()
        with bulk_transaction(sqlite_db) as s:
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            parties.find_or_create_enterprise(s, SYSTEM, "铁锋区某物流有限公司")
        assert other.execute("SELECT count(*) FROM enterprise").fetchone() == (1,)
    finally:
        other.close()


def test_other_databases_get_an_ordinary_transaction(db: Database) -> None:
    with pytest.raises(ForeignKeyProblem if db.is_sqlite else Exception), bulk_transaction(db) as s:
        s.add(_worker(999_999))
        s.flush()
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Worker)) == 0
