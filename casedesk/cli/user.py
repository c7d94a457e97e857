"""`casedesk user add|passwd|disable|enable|unlock|list`: accounts from the command line.

Whoever can run the command on the data file (or holds the server's
credentials) administers it, so these act as the system; the audit trail
records the operating-system user behind them. Passwords are asked twice on
the terminal, or read from one line of standard input with --password-stdin
(scripts); they are never taken as an argument, where they would end up in
the shell history.
"""
from __future__ import annotations

import argparse
import getpass
import sys

from casedesk.cli.common import CliError, cli_actor, session_scope
from casedesk.db.models import utcnow
from casedesk.domain.enums import Role
from casedesk.domain.timeutil import format_local
from casedesk.services import auth


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("user", help="add accounts, set passwords, disable/enable/unlock, list")
    usub = p.add_subparsers(dest="user_command", metavar="add|passwd|disable|enable|unlock|list", required=True)
    roles = "/".join(r.value for r in Role)
    a = usub.add_parser("add", help="add an account (asks for its password)")
    a.add_argument("login")
    a.add_argument("--name", required=True, help="display name (姓名)")
    a.add_argument("--role", default=Role.STAFF.value, help=f"{roles} (default staff)")
    a.add_argument("--org", default=None, help="organization name (server mode; default: the office's own)")
    a.add_argument("--password-stdin", action="store_true", help="read the password from one line of stdin")
    a.set_defaults(func=cmd_add)
    pw = usub.add_parser("passwd", help="set a new password (and unlock the account)")
    pw.add_argument("login")
    pw.add_argument("--password-stdin", action="store_true")
    pw.set_defaults(func=cmd_passwd)
    for name, text in (("disable", "disable an account (it can no longer sign in)"), ("enable", "enable an account again"),
                       ("unlock", "clear a lockout after failed sign-ins")):
        q = usub.add_parser(name, help=text)
        q.add_argument("login")
        q.set_defaults(func=cmd_change, change=name)
    r = usub.add_parser("role", help="change an account's role")
    r.add_argument("login")
    r.add_argument("role", help=roles)
    r.set_defaults(func=cmd_role)
    usub.add_parser("list", help="list the accounts").set_defaults(func=cmd_list)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CliError("no terminal to ask for the password; use --password-stdin")
    first = getpass.getpass("新密码 / new password: ")
    second = getpass.getpass("再输入一次 / again: ")
    if first != second:
        raise CliError("the two passwords differ; nothing was changed")
    return first


def cmd_add(args: argparse.Namespace) -> int:
    password = _password(args)
    with session_scope(args) as session:
        account = auth.add_user(session, cli_actor(), args.login, args.name, args.role, password, organization=args.org)
    print(f"added {account.login} ({account.display_name}, {account.role_label}, {account.organization_name})")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    password = _password(args)
    with session_scope(args) as session:
        auth.set_password(session, cli_actor(), args.login, password)
    print(f"password of {args.login.strip().lower()} changed")
    return 0


def cmd_change(args: argparse.Namespace) -> int:
    options = {"disable": {"active": False}, "enable": {"active": True}, "unlock": {"unlock": True}}[args.change]
    with session_scope(args) as session:
        account = auth.update_account(session, cli_actor(), args.login, **options)
    state = "active" if account.active else "disabled"
    print(f"{account.login}: {state}" + (", unlocked" if args.change == "unlock" else ""))
    return 0


def cmd_role(args: argparse.Namespace) -> int:
    with session_scope(args) as session:
        account = auth.update_account(session, cli_actor(), args.login, role=args.role)
    print(f"{account.login}: {account.role_label}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with session_scope(args) as session:
        accounts = auth.list_accounts(session)
    for a in accounts:
        state = "active" if a.can_sign_in else ("no password" if a.active else "disabled")
        locked = f", locked until {format_local(a.locked_until)}" if a.locked_until and a.locked_until > utcnow() else ""
        last = format_local(a.last_login_at) or "never"
        print(f"{a.login}\t{a.display_name}\t{a.role}\t{a.organization_name}\t{state}{locked}\tlast sign-in {last}")
    return 0
