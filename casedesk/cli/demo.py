"""`casedesk demo-data --scale district|city|province [--seed N]`: fill an empty database with a demo office."""
from __future__ import annotations

import argparse
import sys
import time
from typing import TextIO

from casedesk.cli.common import database
from casedesk.db.bulk_load import bulk_transaction
from casedesk.services import demo_data

SCALE_HELP = "; ".join(
    f"{name}: {s.consultations:,} consultations, {s.cases:,} cases, {s.notices:,} notices"
    for name, s in demo_data.SCALES.items()
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo-data",
        help="fill an empty database with a reproducible demo office (consultations, cases, 一函两书)",
        description=f"Generate realistic demo data in one transaction. Sizes: {SCALE_HELP}.",
    )
    p.add_argument("--scale", choices=tuple(demo_data.SCALES), required=True, help="how much data to make")
    p.add_argument("--seed", type=int, default=1, help="the same seed always gives the same rows (default 1)")
    p.set_defaults(func=cmd_demo_data)


class ProgressLine:
    """One line on stderr, rewritten in place ("consultations 420000/1000000"), as the progress callback."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._width = 0

    def __call__(self, stage: str, done: int, total: int) -> bool:
        text = f"{stage} {done}/{total}"
        self._stream.write("\r" + text.ljust(self._width))
        self._stream.flush()
        self._width = len(text)
        return True

    def close(self) -> None:
        if self._width:
            self._stream.write("\n")
            self._width = 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    line = ProgressLine(sys.stderr)
    try:
        with database(args) as db, bulk_transaction(db) as session:
            # The console script and main.py guard their entry point, so the helper process may be spawned.
            summary = demo_data.generate(session, args.scale, seed=args.seed, progress=line, parallel=True)
            location = db.display_location
    finally:
        line.close()
    print(f"demo data ({summary.scale}, seed {summary.seed}) for {summary.organization} in {location}:")
    for table, count in summary.counts.items():
        print(f"  {table:<20} {count:>9,}")
    print(f"done in {time.perf_counter() - started:.1f} s")
    return 0
