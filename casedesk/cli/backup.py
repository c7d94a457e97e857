"""`casedesk backup [-o FILE] [--list] [--set-folder DIR [--move]]` and `casedesk restore FILE [--force]`."""
from __future__ import annotations

import argparse
from pathlib import Path

from casedesk.cli.common import CliError, cli_actor
from casedesk.db.backup import BackupError
from casedesk.db.database import DamagedDatabase, open_database, resolve_url
from casedesk.domain.messages import message_of
from casedesk.domain.validators import ValidationError
from casedesk.services import backup


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="take a verified backup (into the backup folder, or -o FILE)")
    p.add_argument("-o", "--output", type=Path, help="write the backup to this file")
    p.add_argument("--list", action="store_true", help="list this file's backups, newest first")
    p.add_argument("--set-folder", metavar="DIR",
                   help="send this file's backups to DIR from now on ('' = the backups folder beside it)")
    p.add_argument("--move", action="store_true", help="with --set-folder: move the existing backups there too")
    p.set_defaults(func=cmd_backup)
    r = sub.add_parser("restore", help="replace the data with a backup (checked first; the current file is backed up)")
    r.add_argument("file", type=Path, help="the backup file")
    r.add_argument("--force", action="store_true", help="restore even while another program has the file open")
    r.set_defaults(func=cmd_restore)


def _db_file(args: argparse.Namespace) -> Path:
    url = resolve_url(args.db)
    if url.get_backend_name() != "sqlite" or not url.database:
        raise CliError(backup.server_note(url.render_as_string(hide_password=True)))
    return Path(url.database)


def cmd_backup(args: argparse.Namespace) -> int:
    path = _db_file(args)
    if args.set_folder is not None:
        return _set_folder(path, args.set_folder, args.move)
    if args.list:
        print(f"backup folder: {backup.folder(path)}")
        for b in backup.list_backups(path):
            print(f"{b.taken_at:%Y-%m-%d %H:%M:%S}\t{b.reason_label}\t{b.size // 1024} KB\t{b.path}")
        return 0
    if not path.exists():
        raise CliError(f"database file does not exist: {path}")
    db = open_database(path, migrate=False, create=False)
    try:
        written = backup.take(db, backup.MANUAL, args.output)
    finally:
        db.dispose()
    print(f"{written}: backup written and verified ({written.stat().st_size // 1024} KB)")
    return 0


def _set_folder(path: Path, folder: str, move: bool) -> int:
    if not path.exists():
        raise CliError(f"database file does not exist: {path}")
    actor = cli_actor()
    db = open_database(path, migrate=False, create=False)
    try:
        with db.transaction() as session:
            chosen = backup.set_folder(session, actor, Path(folder).expanduser() if folder else None)
        print(f"backup folder: {chosen}")
        if move:
            print(f"moved {backup.move_backups(db, actor)} backup(s) there")
    except ValidationError as exc:
        raise CliError(message_of(exc)) from None
    finally:
        db.dispose()
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = _db_file(args)
    if not args.file.exists():
        raise CliError(f"file not found: {args.file}")
    actor = cli_actor()
    try:
        try:
            if path.exists():
                open_database(path, migrate=False, create=False).dispose()
        except DamagedDatabase:
            result = backup.recover_damaged(path, args.file, actor)
            print(f"the current file was damaged; it was moved aside to {result.safety_copy}")
        else:
            result = backup.restore(path, args.file, actor, force=args.force)
            if result.safety_copy:
                print(f"the file as it was: {result.safety_copy}")
    except backup.InUse as exc:
        raise CliError("{exc} (or use --force)", exc=exc) from None
    except BackupError as exc:
        raise CliError(message_of(exc)) from None
    print(f"{path}: restored from {result.restored_from} (schema {result.revision})")
    return 0
