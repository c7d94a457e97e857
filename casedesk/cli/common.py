"""What sub-commands share: opening the database named by --db for one transaction."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from casedesk.db.database import Database, open_database
from casedesk.domain.messages import Translatable, message_of
from casedesk.domain.parsing import parse_date
from casedesk.services.actor import Actor
from casedesk.services.stats_periods import Period


class CliError(Translatable, Exception):
    """A command failed in a way the user can fix; the message says how."""


def say(message: BaseException | str) -> str:
    """A service's message (an error, a report line) in the language the command follows (``follow_language``).
    In Chinese, Qt is never loaded for it: the message is its own Chinese text."""
    if "casedesk.ui.i18n" not in sys.modules:
        return str(message_of(message) if isinstance(message, BaseException) else message)
    from casedesk.ui import messages

    return messages.text(message)


def term(text: str, context: str) -> str:
    """A word of the program (a statistics label ...) as the GUI says it under ``context``, in the command's language."""
    if "casedesk.ui.i18n" not in sys.modules:
        return text
    from casedesk.ui import i18n

    catalogue = i18n.catalogue()
    return (catalogue.translate(context, text) or text) if catalogue is not None else text


def article(text: str) -> str:
    """A statute reference as the command's language writes it: 第27条, or Art. 27 in English."""
    if "casedesk.ui.i18n" not in sys.modules:
        return text
    from casedesk.ui import i18n

    return i18n.article(text)


def period_label(period: Period) -> str:
    """A statistics period as the command's language writes it: 2025年第一季度, or Q1 2025."""
    if "casedesk.ui.i18n" not in sys.modules:
        return period.label
    from casedesk.ui import i18n

    return i18n.period_label(period)


def follow_language(db: Database | None = None) -> None:
    """Speak the language of ``CASEDESK_LANG``, or else the 界面语言 saved in ``db``; without either, Chinese.
    English needs the Qt catalogue, so Qt is loaded only for it (or when it is loaded already, to go back)."""
    from casedesk.services import office_settings

    language = office_settings.env_language()
    if language is None and db is not None:
        try:
            with db.reading() as session:
                language = office_settings.language(session)
        except SQLAlchemyError:  # a file too damaged to read its settings still gets its error said
            language = None
    if language == "en" or "casedesk.ui.i18n" in sys.modules:
        from casedesk.ui import i18n

        i18n.install(language or i18n.DEFAULT)


def date_argument(text: str) -> date:
    """argparse ``type=`` for a date as offices write it (2025-03-01, 2025/3/1, 2025年3月1日)."""
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(say(exc)) from None


@contextmanager
def database(args: argparse.Namespace) -> Iterator[Database]:
    db = open_database(args.db)
    try:
        follow_language(db)
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
    from casedesk.db.lock import DatabaseLock

    for holder in DatabaseLock(db.path).others():
        sys.stderr.write(f"casedesk: note: the file is also open in {holder.describe()}\n")
