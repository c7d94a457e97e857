"""`casedesk report --from DATE --to DATE -o FILE.pdf|FILE.xlsx`: the periodic report as a file."""
from __future__ import annotations

import argparse
from pathlib import Path

from casedesk.cli.common import database
from casedesk.cli.stats import add_period_arguments, filters_from_args, period_from_args
from casedesk.services import report
from casedesk.services.actor import SYSTEM


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write the periodic report (PDF or Excel) with comparisons")
    add_period_arguments(p)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="FILE.pdf or FILE.xlsx")
    p.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    period = period_from_args(args)
    with database(args) as db, db.transaction() as session:
        data = report.export_report(session, SYSTEM, args.output, period, **filters_from_args(session, args))
    compared = [label for label in (data.previous_label, data.year_earlier_label) if label]
    note = f"; compared with {', '.join(compared)}" if compared else ""
    print(f"{args.output}: report {data.period_label} ({data.date_from} .. {data.date_to}){note}")
    return 0
