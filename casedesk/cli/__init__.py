"""`casedesk [--db PATH_OR_URL] COMMAND ...`; with no command, the GUI opens.

Every sub-command lives in a module of this package that exposes
``register(subparsers)``; errors end in one line on stderr and a non-zero exit,
never a traceback.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from casedesk import __version__
from casedesk.cli import cases, database_commands, demo, ledgers, org, report, screenshot, stats
from casedesk.cli import notice
from casedesk.cli import backup, purge, user
from casedesk.cli import duplicates
from casedesk.cli.common import CliError
from casedesk.db.backup import BackupError
from casedesk.db.database import DatabaseOpenError
from casedesk.domain.validators import ValidationError
from casedesk.services.actor import PermissionDenied

COMMAND_MODULES = (database_commands, org, demo, screenshot, ledgers, stats, report, cases, notice, user, backup, purge,
                   duplicates)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as argparse does, minus the usage dump
        sys.stderr.write(f"casedesk: error: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="casedesk", description="CaseDesk 工会法律服务案件管理")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="SQLite file or SQLAlchemy URL (default: CASEDESK_DB or the user data dir)")
    parser.add_argument("--version", action="version", version=f"CaseDesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        if args.command is None:
            from casedesk.app import run_gui

            return run_gui(args.db)
        return int(args.func(args) or 0)
    except (CliError, DatabaseOpenError, ValidationError, BackupError, PermissionDenied) as exc:
        sys.stderr.write(f"casedesk: error: {exc}\n")
        return 1
    except FileNotFoundError as exc:
        sys.stderr.write(f"casedesk: error: file not found: {exc.filename}\n")
        return 1
    except OSError as exc:
        sys.stderr.write(f"casedesk: error: {exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}\n")
        return 1
    except SQLAlchemyError as exc:
        sys.stderr.write(f"casedesk: error: database error: {getattr(exc, 'orig', None) or exc}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("casedesk: interrupted\n")
        return 130
