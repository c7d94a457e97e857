"""`casedesk notice render|show|overdue|fonts`: the 一函两书 from the command line.

``render`` writes the letter of a notice as PDF: the frozen, byte-identical
copy of an issued notice, or a 样稿 (draft) rendering. Imports and exports of
the register go through the generic ``casedesk import|export notices``.
"""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from casedesk.cli.common import say, session_scope
from casedesk.domain.enums import NoticeKind, NoticeStatus
from casedesk.domain.messages import Message
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
        what = (Message("{number}（存档原件）", number=notice.number) if notice.number
                else Message("#{id}（草稿样稿）", id=notice.id))
    print(f"{args.output}: {say(what)}, {len(pdf)} bytes")
    return 0


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def cmd_show(args: argparse.Namespace) -> int:
    with session_scope(args) as session:
        n = notices.find(session, args.notice)
        values = notice_letter.template_values(session, n)
        lines = [
            Message("文书：工会劳动法律监督{kind} {number}", kind=NoticeKind(n.kind).label,
                    number=n.number or Message("（草稿）")),
            Message("状态：{status}", status=NoticeStatus(n.status).label),
            Message("送达对象：{addressee}", addressee=values["受文单位"] or "—"),
            Message("发文日期：{issued}　送达日期：{delivered}　回复期限：{due}　回复日期：{replied}", issued=_day(n.issued_on),
                    delivered=_day(n.delivered_on), due=_day(n.reply_due), replied=_day(n.replied_on)),
            Message("查明的事实：{facts}", facts=n.facts or "—"),
            Message("法律依据：{basis}", basis=values["引用条文"] or "—"),
            Message("升级链：{chain}", chain=" → ".join(link.label for link in notices.chain(session, n.id))),
            *(Message("  {at} {actor} {action}", at=h.at, actor=h.actor, action=h.action)
              for h in notices.history(session, n.id)),
        ]
    print("\n".join(map(say, lines)))
    return 0


def cmd_overdue(args: argparse.Namespace) -> int:
    today = local_now().date()
    with session_scope(args) as session:
        items = notices.overdue_replies(session, today, limit=max(args.limit, 0))
        total = listing.count(session, "notices", {"reply_overdue": today})
    for item in items:
        print(say(Message("{number}\t{kind}\t{addressee}\t期限 {due}\t逾期 {days} 天", number=item.number,
                          kind=NoticeKind(item.kind).label, addressee=item.addressee, due=item.reply_due.isoformat(),
                          days=item.days_overdue)))
    shown = Message("（列出最早的 {n} 件）", n=len(items)) if total > len(items) else ""
    print(say(Message("逾期未回复：{total} 件{shown}", total=total, shown=shown)))
    return 0


def cmd_fonts(args: argparse.Namespace) -> int:
    with session_scope(args) as session:
        fonts = notice_letter.font_set(session)
    print("\n".join(map(say, fonts.report())))
    return 0 if fonts.all_embedded else 3
