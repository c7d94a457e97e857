"""One write transaction for putting millions of rows into a database at once (``casedesk demo-data``).

On SQLite two per-row costs of an ordinary transaction are not needed when a
program fills a file in one go:

- every inserted row's foreign keys are looked up as it is written. Here the
  check is off for the transaction and ``PRAGMA foreign_key_check`` runs once
  over the whole file before the commit: any dangling reference rolls
  everything back, naming the first rows found (:class:`ForeignKeyProblem`).
- in WAL mode every page is written twice, into the log and then into the
  file. For the load the file uses a rollback journal instead: pages past the
  file's old end need no journal at all, and a rollback still restores the
  file. The next connection puts WAL back (``database.make_engine``); this one
  does so itself when it can.

The journal switch needs the file to itself: when another program has it
open, the load keeps WAL. Other databases get an ordinary transaction.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy.orm import Session

from casedesk.db.database import BUSY_TIMEOUT_MS, Database


class ForeignKeyProblem(Exception):
    """The loaded rows refer to rows that do not exist; nothing was committed."""


@contextmanager
def bulk_transaction(db: Database) -> Iterator[Session]:
    """Like :meth:`Database.transaction`: commit on success, roll back on any error."""
    if not db.is_sqlite:
        with db.transaction() as session:
            yield session
        return
    db.engine.dispose()  # this program's idle connections would keep the file in WAL mode
    with db.engine.connect() as conn:
        raw: sqlite3.Connection = conn.connection.driver_connection  # type: ignore[assignment]
        journal = _use_rollback_journal(raw)
        raw.execute("PRAGMA foreign_keys=OFF")  # only outside a transaction, hence before BEGIN
        try:
            with conn.execution_options(casedesk_write=True).begin():  # BEGIN IMMEDIATE (database._sqlite_begin)
                session = db.sessionmaker(bind=conn)
                try:
                    yield session
                    session.flush()
                    _check_foreign_keys(raw)
                finally:
                    session.close()
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
            if journal != "delete":
                with suppress(sqlite3.OperationalError):  # another program opened it meanwhile: it sets WAL
                    raw.execute(f"PRAGMA journal_mode={journal}")


def _use_rollback_journal(raw: sqlite3.Connection) -> str:
    """Switch the file to a rollback journal if nobody else has it open; the mode it had before."""
    before = str(raw.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    if before == "wal":
        raw.execute("PRAGMA busy_timeout=0")  # someone else has it open: do not wait, keep WAL
        try:
            raw.execute("PRAGMA journal_mode=DELETE")
        except sqlite3.OperationalError:
            pass
        finally:
            raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return before


def _check_foreign_keys(raw: sqlite3.Connection) -> None:
    problems = raw.execute("PRAGMA foreign_key_check").fetchmany(5)
    if problems:
        listed = "; ".join(f"{table} row {rowid} -> {parent}" for table, rowid, parent, _fk in problems)
        raise ForeignKeyProblem(f"the loaded rows refer to missing rows ({listed}); nothing was saved")
