"""`casedesk purge [--older-than YEARS] [--dry-run]`: anonymise what is past the retention period."""
from __future__ import annotations

import argparse

from casedesk.cli.common import cli_actor, database, note_other_users, say
from casedesk.domain.messages import Message
from casedesk.services import retention


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("purge", help="anonymise closed cases and consultations older than the retention period")
    p.add_argument("--older-than", dest="years", type=int, metavar="YEARS",
                   help="retention period in years (default: the 保存期限 in Settings)")
    p.add_argument("--dry-run", action="store_true", help="count what would be anonymised, change nothing")
    p.set_defaults(func=cmd_purge)


def cmd_purge(args: argparse.Namespace) -> int:
    with database(args) as db:
        note_other_users(db)
        with db.transaction() as session:
            result = retention.purge(session, cli_actor(), args.years, dry_run=args.dry_run)
        if result.files_to_delete:
            with db.reading() as session:
                retention.delete_files(session, result.files_to_delete)
    for line in result.lines():
        print(say(line))
    if result.backup:
        print(say(Message("备份：{file}", file=result.backup)))
    return 0
