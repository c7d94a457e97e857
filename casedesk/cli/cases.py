"""`casedesk case show|gaps` and `casedesk deadlines`: a case and the statutory deadlines from the command line.

For the morning check on a machine without the GUI, and for scripts: the
deadline list prints the same rows as the 期限提醒 view and exits non-zero
when a deadline has passed, so a scheduled job can raise the alarm.
"""
from __future__ import annotations

import argparse

from casedesk.cli.common import CliError, date_argument, session_scope
from casedesk.domain.enums import CaseOutcome, CaseSource, CaseStage, ClaimKind, DisputeCategory, PartyRole
from casedesk.domain.money import format_yuan
from casedesk.domain.timeutil import local_now
from casedesk.services import cases, deadline_watch
from casedesk.services.case_view import get_case


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("case", help="show a case, or list the case numbers missing from a year")
    csub = p.add_subparsers(dest="case_command", metavar="show|gaps", required=True)
    s = csub.add_parser("show", help="print a case with its parties, claims, deadlines and timeline")
    s.add_argument("number", help="case number (e.g. 铁工法援〔2025〕12号; [] for 〔〕 is accepted)")
    s.set_defaults(func=cmd_show)
    g = csub.add_parser("gaps", help="case numbers handed out but no longer present (deleted cases)")
    g.add_argument("--year", type=int, default=None, help="year (default: this year)")
    g.set_defaults(func=cmd_gaps)
    d = sub.add_parser("deadlines", help="statutory deadlines passed or due soon, across all open cases")
    d.add_argument("--days", type=int, default=None, help="look this many days ahead (default: the setting, 14)")
    d.add_argument("--today", type=date_argument, default=None, metavar="DATE", help="count from this day instead of today")
    d.set_defaults(func=cmd_deadlines)


def cmd_show(args: argparse.Namespace) -> int:
    with session_scope(args) as session:
        case_id = cases.find_by_number(session, args.number)
        if case_id is None:
            raise CliError(f"no case numbered {args.number}")
        d = get_case(session, case_id)
    stage = CaseStage(d.stage).label + (f"（{CaseOutcome(d.outcome).label}，{d.closed_date}）" if d.outcome else "")
    print(f"{d.case_number}  {CaseSource(d.source).label}  受理 {d.intake_date}  {stage}")
    print(f"用人单位：{d.enterprise_name or '—'}  {'集体' if d.is_collective else '个人'} {d.worker_count} 人  承办人：{d.handler_name or '—'}")
    print(f"争议类别：{'、'.join(DisputeCategory(c).label for c in d.categories) or '—'}")
    for p in d.parties:
        print(f"  {PartyRole(p.role).label}：{p.name} {p.phone_masked} {p.id_number_masked}".rstrip())
    for c in d.claims:
        print(f"  诉求 {ClaimKind(c.kind).label}：{format_yuan(c.claimed_fen)} 元，挽回 {format_yuan(c.recovered_fen)} 元")
    t = d.totals
    print(f"涉及金额 {format_yuan(t.claimed_fen)} 元，挽回 {format_yuan(t.recovered_fen)} 元，受益职工 {t.workers_benefited} 人")
    for dl in d.deadlines:
        left = f"剩余 {dl.days_left} 天" if dl.days_left >= 0 else f"已过 {-dl.days_left} 天"
        print(f"  期限 {dl.label}（{dl.article}）：{dl.due}  {left}")
    for e in d.events:
        print(f"  {e.occurred_local}  {e.summary}")
    return 0


def cmd_gaps(args: argparse.Namespace) -> int:
    year = args.year or local_now().year
    with session_scope(args) as session:
        missing = cases.number_gaps(session, year)
    for number in missing:
        print(number)
    print(f"{year}: {len(missing)} missing case number(s)")
    return 0


def cmd_deadlines(args: argparse.Namespace) -> int:
    today = args.today or local_now().date()
    with session_scope(args) as session:
        result = deadline_watch.watch(session, today, args.days)
    for item in result.items:
        left = f"已过 {-item.days_left} 天" if item.passed else ("今天到期" if item.days_left == 0 else f"剩余 {item.days_left} 天")
        print(f"{item.due}  {left}  {item.case_number}  {item.label}（{item.article}）  {item.applicant}  {item.enterprise}  {item.handler}".rstrip())
    print(f"{len(result.passed)} passed, {len(result.upcoming)} due within {result.within_days} days")
    return 1 if result.passed else 0
