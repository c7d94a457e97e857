"""What sub-commands share: opening the database named by --db for one transaction."""
from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from casedesk.db.database import Database, open_database
from casedesk.services.actor import Actor


class CliError(Exception):
    """A command failed in a way the user can fix; the message says how."""


@contextmanager
def database(args: argparse.Namespace) -> Iterator[Database]:
    db = open_database(args.db)
    try:
        yield db
    finally:
        db.dispose()


@contextmanager
def session_scope(args: argparse.Namespace) -> Iterator[Session]:
    with database(args) as db, db.transaction() as session:
        yield session


def cli_actor() -> Actor:
    """The command line administers the file it is given; the audit trail names the OS user behind it."""
    import getpass

    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "?"
    return Actor(staff_id=None, name=f"命令行({user})"[:60], role="admin")


def note_other_users(db: Database) -> None:
    """A writing command says who else has the file open; it goes ahead (their saves and ours wait for each other)."""
    if db.path is None:
        return
    import sys

    from casedesk.db.lock import DatabaseLock

    for holder in DatabaseLock(db.path).others():
        sys.stderr.write(f"casedesk: note: the file is also open in {holder.describe()}\n")
