"""`casedesk import|export|import-template KIND ...` for every ledger kind."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casedesk.cli.common import CliError, database, date_argument, note_other_users, say
from casedesk.services.actor import SYSTEM
from casedesk.services.ledger_import import ImportAborted, run_import
from casedesk.services.ledgers import ExportOptions, kinds


def register(sub: argparse._SubParsersAction) -> None:
    names = sorted(kinds())
    p = sub.add_parser("import", help="import a ledger (.xlsx or .csv; all-or-nothing unless --skip-bad)")
    p.add_argument("kind", choices=names)
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check and report without writing")
    p.add_argument("--skip-bad", action="store_true", help="import the good rows and report the bad ones")
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("export", help="export a ledger with the import headers (.xlsx or .csv)")
    p.add_argument("kind", choices=names)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--from", dest="date_from", type=date_argument, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=date_argument, metavar="DATE")
    p.add_argument("--reveal", action="store_true", help="write full 身份证号 and phone numbers (audited)")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("import-template", help="write an empty ledger with the headers and a sample row")
    p.add_argument("kind", choices=names)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=cmd_template)


def cmd_import(args: argparse.Namespace) -> int:
    if not args.file.exists():
        raise CliError(f"file not found: {args.file}")
    ledger = kinds()[args.kind]
    with database(args) as db:
        if not args.dry_run:
            note_other_users(db)
        try:
            with db.transaction() as session:
                report = run_import(session, SYSTEM, args.file, ledger.make_spec(), dry_run=args.dry_run, skip_bad=args.skip_bad)
        except ImportAborted as exc:
            for line in exc.report.lines():
                print(say(line))
            print(say(exc), file=sys.stderr)
            return 1
    for line in report.lines():
        print(say(line))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    ledger = kinds()[args.kind]
    options = ExportOptions(date_from=args.date_from, date_to=args.date_to, reveal=args.reveal)
    with database(args) as db, db.transaction() as session:
        count = ledger.export(session, SYSTEM, args.output, options)
    print(f"{args.output}: {count} rows")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    kinds()[args.kind].write_template(args.output)
    print(f"{args.output}: template written")
    return 0
