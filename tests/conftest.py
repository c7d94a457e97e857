"""Shared fixtures: offscreen Qt, a private data folder, and a fresh migrated database per test.

DB-facing tests take the ``db`` fixture; it runs on SQLite always and, when
CASEDESK_TEST_PG holds a PostgreSQL URL to an admin database, also on a fresh
PostgreSQL database created for the test.
"""
from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from casedesk.db.database import Database, open_database  # noqa: E402

PG_URL = os.environ.get("CASEDESK_TEST_PG", "")


@pytest.fixture(autouse=True)
def casedesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing touches the user's real one."""
    home = tmp_path / "home"
    monkeypatch.setenv("CASEDESK_HOME", str(home))
    monkeypatch.delenv("CASEDESK_DB", raising=False)
    return home


@pytest.fixture(autouse=True)
def gui_thread_collection(request: pytest.FixtureRequest) -> Iterator[None]:
    """Widget tests collect garbage on the GUI thread only, as the app does (casedesk.ui.gc_guard).

    Other tests never run an event loop, so they keep Python's own collector: it is on again after a
    widget test (and then runs in the main thread, as those tests start no Qt threads of their own).
    """
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    import gc

    from casedesk.ui import gc_guard

    gc_guard.install(request.getfixturevalue("qapp"))
    try:
        yield
    finally:
        gc.enable()


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once per run; each test copies the file (much faster than migrating every time)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(path)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def _sqlite_db(template: Path, tmp_path: Path) -> Database:
    path = tmp_path / "casedesk.sqlite3"
    shutil.copy(template, path)
    return open_database(path)


@pytest.fixture
def sqlite_db(migrated_template: Path, tmp_path: Path) -> Iterator[Database]:
    db = _sqlite_db(migrated_template, tmp_path)
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db(request: pytest.FixtureRequest, migrated_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated database: SQLite, and PostgreSQL too when CASEDESK_TEST_PG is set."""
    if request.param == "sqlite":
        database = _sqlite_db(migrated_template, tmp_path)
        yield database
        database.dispose()
        return
    if not PG_URL:
        pytest.skip("CASEDESK_TEST_PG not set")
    name = f"casedesk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    database = open_database(make_url(PG_URL).set(database=name).render_as_string(hide_password=False))
    yield database
    database.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
