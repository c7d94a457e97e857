"""`casedesk notice render|show|overdue|fonts`: the 一函两书 from the command line.

``render`` writes the letter of a notice as PDF: the frozen, byte-identical
copy of an issued notice, or a 样稿 (draft) rendering. Imports and exports of
the register go through the generic ``casedesk import|export notices``.
"""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from casedesk.cli.common import session_scope
from casedesk.domain.enums import NoticeKind, NoticeStatus
from casedesk.domain.timeutil import local_now
from casedesk.services import listing, notice_letter, notices
from casedesk.services.actor import SYSTEM


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("notice", help="一函两书: render a letter as PDF, show a notice, list overdue replies, report fonts")
    nsub = p.add_subparsers(dest="notice_command", metavar="render|show|overdue|fonts", required=True)
    r = nsub.add_parser("render", help="write the letter of a notice as PDF (issued: the frozen copy)")
    r.add_argument("notice", metavar="NUMBER_OR_ID", help="发文字号 such as 铁工监提〔2025〕3号 ([] accepted), or the record id")
    r.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    r.set_defaults(func=cmd_render)
    s = nsub.add_parser("show", help="print a notice, its lifecycle and its escalation chain")
    s.add_argument("notice", metavar="NUMBER_OR_ID")
    s.set_defaults(func=cmd_show)
    o = nsub.add_parser("overdue", help="list notices whose reply deadline has passed without a reply")
    o.add_argument("--limit", type=int, default=100, metavar="N", help="list at most N (oldest deadline first; default 100)")
    o.set_defaults(func=cmd_overdue)
    f = nsub.add_parser("fonts", help="report the fonts letters will use and whether they are embedded")
    f.set_defaults(func=cmd_fonts)


def cmd_render(args: argparse.Namespace) -> int:
    with session_scope(args) as session:
        notice = notices.find(session, args.notice)
        pdf = notices.pdf_of(session, notice.id)
        args.output.write_bytes(pdf)
        notices.record_output(session, SYSTEM, notice.id, "export", str(args.output))
        what = f"{notice.number}（存档原件）" if notice.number else f"#{notice.id}（草稿样稿）"
    print(f"{args.output}: {what}，{len(pdf)} bytes")
    return 0


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def cmd_show(args: argparse.Namespace) -> int:
    with session_scope(args) as session:
        n = notices.find(session, args.notice)
        values = notice_letter.template_values(session, n)
        lines = [
            f"文书：{NoticeKind(n.kind).full_title} {n.number or '（草稿）'}",
            f"状态：{NoticeStatus(n.status).label}",
            f"送达对象：{values['受文单位'] or '—'}",
            f"发文日期：{_day(n.issued_on)}　送达日期：{_day(n.delivered_on)}　回复期限：{_day(n.reply_due)}　回复日期：{_day(n.replied_on)}",
            f"查明的事实：{n.facts or '—'}",
            f"法律依据：{values['引用条文'] or '—'}",
            "升级链：" + " → ".join(link.label for link in notices.chain(session, n.id)),
        ]
        lines += [f"  {h.at} {h.actor} {h.action}" for h in notices.history(session, n.id)]
    print("\n".join(lines))
    return 0


def cmd_overdue(args: argparse.Namespace) -> int:
    today = local_now().date()
    with session_scope(args) as session:
        items = notices.overdue_replies(session, today, limit=max(args.limit, 0))
        total = listing.count(session, "notices", {"reply_overdue": today})
    for item in items:
        print(f"{item.number}\t{NoticeKind(item.kind).label}\t{item.addressee}\t期限 {item.reply_due.isoformat()}\t逾期 {item.days_overdue} 天")
    shown = f"（列出最早的 {len(items)} 件）" if total > len(items) else ""
    print(f"逾期未回复：{total} 件{shown}")
    return 0


def cmd_fonts(args: argparse.Namespace) -> int:
    with session_scope(args) as session:
        fonts = notice_letter.font_set(session)
    print("\n".join(fonts.report()))
    return 0 if fonts.all_embedded else 3
