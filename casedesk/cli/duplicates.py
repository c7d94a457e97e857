"""`casedesk duplicates list|merge|undo|history`: the duplicate finder without the GUI (scripts, a big clean-up)."""
from __future__ import annotations

import argparse

from casedesk.cli.common import cli_actor, database, say, session_scope
from casedesk.domain.messages import Joined
from casedesk.services import duplicates

KINDS = {"enterprises": duplicates.ENTERPRISE, "workers": duplicates.WORKER}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("duplicates", help="employers and workers typed twice: list, merge, undo a merge")
    dsub = p.add_subparsers(dest="duplicates_command", metavar="list|merge|undo|history", required=True)
    ls = dsub.add_parser("list", help="pairs that look like one record, best first, with score and reasons")
    ls.add_argument("kind", choices=tuple(KINDS))
    ls.add_argument("--min-score", type=int, default=0, metavar="N", help="only pairs scoring at least N (0-100)")
    ls.add_argument("--limit", type=int, default=50, metavar="N", help="at most N pairs (default 50)")
    ls.set_defaults(func=cmd_list)
    m = dsub.add_parser("merge", help="move everything of MERGED to SURVIVOR and delete MERGED (undoable)")
    m.add_argument("kind", choices=tuple(KINDS))
    m.add_argument("survivor", type=int, help="id of the record to keep")
    m.add_argument("merged", type=int, help="id of the record merged into it")
    m.set_defaults(func=cmd_merge)
    u = dsub.add_parser("undo", help="undo a merge: restore the merged record and move its rows back")
    u.add_argument("audit_id", type=int, help="the merge's audit row id (see 'duplicates history')")
    u.set_defaults(func=cmd_undo)
    h = dsub.add_parser("history", help="the latest merges and whether each was undone")
    h.set_defaults(func=cmd_history)


def cmd_list(args: argparse.Namespace) -> int:
    with database(args) as db, db.reading() as session:
        result = duplicates.find(session, KINDS[args.kind])
    shown = [c for c in result.candidates if c.score >= args.min_score][: args.limit]
    for c in shown:
        print(f"{c.score:3d}  #{c.first_id} {c.first_name}  |  #{c.second_id} {c.second_name}  —  {say(Joined(c.reasons))}")
    print(f"{len(result.candidates)} pair(s) among {result.records} record(s); {len(shown)} shown")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    with session_scope(args) as session:
        result = duplicates.merge(session, cli_actor(), KINDS[args.kind], args.survivor, args.merged)
    moved = "、".join(f"{label} {n}" for label, n in result.moved.items()) or "nothing linked"
    print(f"merged #{result.merged_id} into #{result.survivor_id} ({moved}); undo with: casedesk duplicates undo {result.audit_id}")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    with session_scope(args) as session:
        result = duplicates.undo_merge(session, cli_actor(), args.audit_id)
    print(f"restored #{result.restored_id}; moved back {result.moved_back} row(s)"
          + (f"; {result.not_moved_back} changed since and left where they are" if result.not_moved_back else ""))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with database(args) as db, db.reading() as session:
        entries = duplicates.merge_history(session)
    for e in entries:
        state = "undone" if e.undone else "merged"
        print(f"{e.audit_id:6d}  {e.at.astimezone():%Y-%m-%d %H:%M}  {e.kind:10s}  #{e.merged_id} {e.merged_name} -> "
              f"#{e.survivor_id} {e.survivor_name}  ({e.moved} moved, {state}, by {e.actor})")
    if not entries:
        print("no merges yet")
    return 0
