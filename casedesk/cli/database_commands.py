"""`casedesk init` and `casedesk check`: create/upgrade the database and verify it."""
from __future__ import annotations

import argparse

from casedesk.cli.common import cli_actor, say
from casedesk.db.database import open_database
from casedesk.services import maintenance


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create the database or upgrade it to the current schema")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("check", help="check integrity, migration state, the audit chain and the search index")
    p.add_argument("--repair", action="store_true", help="rebuild the search index first")
    p.set_defaults(func=cmd_check)


def cmd_init(args: argparse.Namespace) -> int:
    db = open_database(args.db, migrate=False)
    try:
        before = maintenance.schema_state(db)
        maintenance.upgrade(db)
        after = maintenance.schema_state(db)
    finally:
        db.dispose()
    if before.current == after.current:
        print(f"{db.display_location}: schema already at {after.current}")
    else:
        print(f"{db.display_location}: upgraded {before.current or '(empty)'} -> {after.current}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    if args.repair:
        for line in maintenance.repair(args.db, cli_actor()):
            print(line)
    report = maintenance.check(args.db)
    for line in report.lines:
        print(line)
    if report.problems:
        for problem in report.problems:
            print(f"PROBLEM: {say(problem)}")
        return 1
    print("OK")
    return 0
