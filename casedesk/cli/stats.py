"""`casedesk stats --from DATE --to DATE [--json]`: the figures of a period, as a table or as JSON.

The figures are those of ``services.stats.compute``, the same the dashboard
and the report files show. ``--period 2025-Q1`` (or 2025, 2025-03) may stand
for the two dates; the filters narrow every figure.
"""
from __future__ import annotations

import argparse
import json
import unicodedata
from typing import Any

from sqlalchemy.orm import Session

from casedesk.cli.common import CliError, database, date_argument, period_label, say, term
from casedesk.documents.report_data import format_value
from casedesk.domain import enums
from casedesk.domain.messages import Joined, Message
from casedesk.services import stats
from casedesk.services.organization import get_org
from casedesk.services.report import BREAKDOWNS, CONTEXT, SECTIONS, value_of
from casedesk.services.stats_periods import Period, custom, parse_period


def add_period_arguments(p: argparse.ArgumentParser) -> None:
    """--from/--to or --period, and the filters; shared with `casedesk report`."""
    p.add_argument("--from", dest="date_from", type=date_argument, metavar="DATE", help="first day (included)")
    p.add_argument("--to", dest="date_to", type=date_argument, metavar="DATE", help="last day (included)")
    p.add_argument("--period", metavar="PERIOD", help="instead of --from/--to: 2025, 2025-Q1, 2025-03")
    p.add_argument("--handler", metavar="NAME", help="only this staff member's records (name or login)")
    p.add_argument("--street", metavar="STREET", help="only enterprises in this 街道")
    p.add_argument("--industry", metavar="INDUSTRY", help="only enterprises of this industry (label or code)")
    p.add_argument("--employment-form", metavar="FORM", help="only workers of this employment form (label or code)")


def period_from_args(args: argparse.Namespace) -> Period:
    if args.period:
        if args.date_from or args.date_to:
            raise CliError("give either --period or --from/--to, not both")
        return parse_period(args.period)
    if not (args.date_from and args.date_to):
        raise CliError("give the period: --from DATE --to DATE, or --period 2025-Q1")
    return custom(args.date_from, args.date_to)


def filters_from_args(session: Session, args: argparse.Namespace) -> dict[str, Any]:
    def code(enum_cls: type[enums.LabeledEnum], text: str | None) -> str | None:
        if text is None:
            return None
        try:
            return enum_cls.from_label(text).value
        except ValueError as exc:
            raise CliError("{exc}（可选：{choices}）", exc=exc, choices=Joined(enum_cls.labels().values(), "、")) from None

    out = {
        "handler_id": stats.find_handler(session, args.handler) if args.handler else None,
        "street": args.street,
        "industry": code(enums.Industry, args.industry),
        "employment_form": code(enums.EmploymentForm, args.employment_form),
    }
    return {k: v for k, v in out.items() if v is not None}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stats", help="the figures of a period (table, or --json)")
    add_period_arguments(p)
    p.add_argument("--json", action="store_true", help="print JSON (integers; money in fen)")
    p.set_defaults(func=cmd_stats)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _line(label: str, value: str, indent: int, width: int = 34) -> str:
    text = "  " * indent + label
    return f"{text}{' ' * max(2, width - _width(text))}{value:>14}"


def table_lines(org_name: str, period: Period, figures: dict[str, Any], filters_text: str) -> list[str]:
    """The readable table: headline figures by section, then the breakdowns."""
    lines = [say(Message("{org} 法律服务工作统计", org=org_name)),
             say(Message("统计期间：{period}（{start} 至 {end}）", period=period_label(period), start=period.start, end=period.end))]
    if filters_text:
        lines.append(say(Message("筛选：{filters}", filters=filters_text)))
    for title, rows in SECTIONS:
        lines += ["", term(title, CONTEXT)]
        lines += [_line(term(label, CONTEXT), format_value(kind, value_of(figures, key)), indent + 1)
                  for key, label, kind, indent in rows]
    for key, title in BREAKDOWNS:
        lines += ["", term(title, CONTEXT)]
        counts = value_of(figures, key)
        lines += [_line(term(label, CONTEXT), f"{n:,}", 1) for label, n in counts.items()] or ["  " + say(Message("（无）"))]
    return lines


def cmd_stats(args: argparse.Namespace) -> int:
    period = period_from_args(args)
    with database(args) as db, db.reading() as session:
        filters = filters_from_args(session, args)
        figures = stats.compute(session, period.start, period.end, **filters)
        if args.json:
            print(json.dumps(figures, ensure_ascii=False, indent=2))
            return 0
        lines = table_lines(get_org(session).name, period, figures, stats.describe_filters(session, filters))
    print("\n".join(lines))
    return 0
