"""`casedesk [--db PATH_OR_URL] COMMAND ...`; with no command, the GUI opens.

Every sub-command lives in a module of this package that exposes
``register(subparsers)``; errors end in one line on stderr and a non-zero exit,
never a traceback. The command modules (and the services under them) load only
when a command is given: plain ``casedesk`` starts the GUI without them.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from casedesk import __version__

COMMAND_MODULES = ("database_commands", "org", "demo", "screenshot", "ledgers", "stats", "report", "cases", "notice",
                   "user", "backup", "purge", "duplicates")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as argparse does, minus the usage dump
        sys.stderr.write(f"casedesk: error: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="casedesk", description="CaseDesk 工会法律服务案件管理")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="SQLite file or SQLAlchemy URL (default: CASEDESK_DB or the user data dir)")
    parser.add_argument("--version", action="version", version=f"CaseDesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"casedesk.cli.{name}").register(sub)
    return parser


def _gui_database(argv: list[str]) -> tuple[bool, str | None]:
    """(True, --db) when the arguments name no command, no help and no version: the GUI starts."""
    parser = _Parser(prog="casedesk", add_help=False)
    parser.add_argument("--db")
    known, rest = parser.parse_known_args(argv)
    return not rest, known.db


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    gui, db_target = _gui_database(arguments)
    if gui:
        from casedesk.app import run_gui

        return _one_line_errors(lambda: run_gui(db_target))
    from casedesk.cli.common import follow_language

    follow_language()  # CASEDESK_LANG now (argument errors too); the file's 界面语言 once a command opens it
    args = build_parser().parse_args(arguments)
    return _one_line_errors(lambda: int(args.func(args) or 0))


def _one_line_errors(run: Callable[[], int]) -> int:
    try:
        return run()
    except KeyboardInterrupt:
        sys.stderr.write("casedesk: interrupted\n")
        return 130
    except Exception as exc:
        message = _error_line(exc)
        if message is None:
            raise
        sys.stderr.write(f"casedesk: error: {message}\n")
        return 1


def _error_line(exc: Exception) -> str | None:
    """What the clerk reads for an expected failure; None for a bug (its traceback is wanted)."""
    from sqlalchemy.exc import SQLAlchemyError

    from casedesk.cli.common import CliError, say
    from casedesk.db.backup import BackupError
    from casedesk.db.database import DatabaseOpenError
    from casedesk.domain.validators import ValidationError
    from casedesk.services.actor import PermissionDenied

    if isinstance(exc, (CliError, DatabaseOpenError, ValidationError, BackupError, PermissionDenied)):
        return say(exc)
    if isinstance(exc, FileNotFoundError):
        return f"file not found: {exc.filename}"
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}"
    if isinstance(exc, SQLAlchemyError):
        return f"database error: {getattr(exc, 'orig', None) or exc}"
    return None
