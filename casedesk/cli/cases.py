"""`casedesk case show|gaps` and `casedesk deadlines`: a case and the statutory deadlines from the command line.

For the morning check on a machine without the GUI, and for scripts: the
deadline list prints the same rows as the 期限提醒 view and exits non-zero
when a deadline has passed, so a scheduled job can raise the alarm.
"""
from __future__ import annotations

import argparse

from casedesk.cli.common import CliError, article, date_argument, say, session_scope
from casedesk.domain.enums import CaseOutcome, CaseSource, CaseStage, ClaimKind, DisputeCategory, PartyRole
from casedesk.domain.messages import Joined, Message
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
    stage = (Message("{stage}（{outcome}，{closed}）", stage=CaseStage(d.stage).label,
                     outcome=CaseOutcome(d.outcome).label, closed=d.closed_date) if d.outcome else CaseStage(d.stage).label)
    lines = [
        Message("{number}  {source}  受理 {intake}  {stage}", number=d.case_number, source=CaseSource(d.source).label,
                intake=d.intake_date, stage=stage),
        Message("用人单位：{enterprise}  {kind} {workers} 人  承办人：{handler}", enterprise=d.enterprise_name or "—",
                kind="集体" if d.is_collective else "个人", workers=d.worker_count, handler=d.handler_name or "—"),
        Message("争议类别：{categories}", categories=Joined((DisputeCategory(c).label for c in d.categories), "、") or "—"),
        *(Message("  {role}：{name} {phone} {id_number}", role=PartyRole(p.role).label, name=p.name,
                  phone=p.phone_masked, id_number=p.id_number_masked) for p in d.parties),
        *(Message("  诉求 {kind}：{claimed} 元，挽回 {recovered} 元", kind=ClaimKind(c.kind).label,
                  claimed=format_yuan(c.claimed_fen), recovered=format_yuan(c.recovered_fen)) for c in d.claims),
        Message("涉及金额 {claimed} 元，挽回 {recovered} 元，受益职工 {workers} 人", claimed=format_yuan(d.totals.claimed_fen),
                recovered=format_yuan(d.totals.recovered_fen), workers=d.totals.workers_benefited),
        *(Message("  期限 {label}（{article}）：{due}  {left}", label=dl.label, article=article(dl.article), due=dl.due,
                  left=_days_left(dl.days_left)) for dl in d.deadlines),
    ]
    for line in lines:
        print(say(line).rstrip())
    for e in d.events:
        print(f"  {e.occurred_local}  {e.summary}")
    return 0


def _days_left(days: int) -> Message:
    if days < 0:
        return Message("已过 {n} 天", n=-days)
    return Message("今天到期") if days == 0 else Message("剩余 {n} 天", n=days)


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
        print(say(Message("{due}  {left}  {number}  {label}（{article}）  {applicant}  {enterprise}  {handler}",
                          due=item.due, left=_days_left(item.days_left),
                          number=item.case_number, label=item.label, article=article(item.article),
                          applicant=item.applicant, enterprise=item.enterprise, handler=item.handler)).rstrip())
    print(f"{len(result.passed)} passed, {len(result.upcoming)} due within {result.within_days} days")
    return 1 if result.passed else 0
