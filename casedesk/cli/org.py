"""`casedesk org show|set`: the union's identity and numbering patterns."""
from __future__ import annotations

import argparse
from dataclasses import asdict

from casedesk.cli.common import CliError, cli_actor, session_scope
from casedesk.services import organization
from casedesk.services.actor import SYSTEM


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("org", help="show or set the union's name, 发文机关标志, number patterns, address")
    osub = p.add_subparsers(dest="org_command", metavar="show|set|add|list", required=True)
    osub.add_parser("show", help="print the organization").set_defaults(func=cmd_show)
    s = osub.add_parser("set", help="change fields of the organization")
    for key in organization.EDITABLE:
        s.add_argument(f"--{key.replace('_', '-')}", dest=key, metavar="TEXT", help=organization.LABELS[key])
    s.set_defaults(func=cmd_set)
    a = osub.add_parser("add", help="add another union to a shared dataset (e.g. a district under its city)")
    a.add_argument("name")
    a.add_argument("--parent", help="the union above it (its staff see this union's records too)")
    for key in organization.EDITABLE:
        if key != "name":
            a.add_argument(f"--{key.replace('_', '-')}", dest=key, metavar="TEXT", help=organization.LABELS[key])
    a.set_defaults(func=cmd_add)
    osub.add_parser("list", help="list the unions in the dataset").set_defaults(func=cmd_list)


def _print(info: organization.OrgInfo) -> None:
    for key, value in asdict(info).items():
        if key != "id":
            print(f"{organization.LABELS[key]} ({key}): {value}")


def cmd_show(args: argparse.Namespace) -> int:
    with session_scope(args) as session:
        _print(organization.get_org(session))
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    values = {k: getattr(args, k) for k in organization.EDITABLE if getattr(args, k) is not None}
    if not values:
        raise CliError("nothing to set; give at least one --field (see `casedesk org set --help`)")
    with session_scope(args) as session:
        _print(organization.update_org(session, SYSTEM, **values))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    values = {k: getattr(args, k) for k in organization.EDITABLE if k != "name" and getattr(args, k) is not None}
    with session_scope(args) as session:
        _print(organization.add_org(session, cli_actor(), args.name, parent=args.parent, **values))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with session_scope(args) as session:
        rows = organization.list_orgs(session)
    names = {info.id: info.name for info, _parent in rows}
    for info, parent in rows:
        print(f"{info.id}\t{info.name}\t{('上级: ' + names.get(parent, '?')) if parent else '(top level)'}\t{info.case_number_pattern}")
    return 0
