"""The GUI entry: `casedesk [--db PATH_OR_URL]` with no sub-command opens the main window."""
from __future__ import annotations

import gc
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from casedesk import __version__, paths

if TYPE_CHECKING:  # the GUI's modules load only when the GUI starts
    from casedesk.db.database import Database
    from casedesk.db.lock import DatabaseLock
    from casedesk.services.actor import Actor


def run_gui(db_target: str | None) -> int:
    """Open (creating and upgrading if needed) the database and run the main window until it closes.

    The garbage collector is off until the window is shown: start-up makes ~300,000 objects that live as long
    as the program (modules, mapped classes, widgets), and collecting while they are made rescans them over and
    over for nothing, a quarter of start-up's CPU. Then everything made so far is frozen (never rescanned by
    later full collections, which would pause the window for ~150 ms) and collection runs on the GUI thread
    only (ui.gc_guard: a collection started by a background job could destroy Qt objects from that thread).
    """
    gc.disable()
    try:
        return _run_gui(db_target)
    finally:
        gc.enable()


def _run_gui(db_target: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    from casedesk.ui import pyside_source_check

    pyside_source_check.install()  # before the modules below: PySide6 checks the source of each
    from casedesk.services import auth
    from casedesk.services.first_start import needs_first_start
    from casedesk.ui import gc_guard, i18n
    from casedesk.ui.login_dialog import sign_in
    from casedesk.ui.main_window import MainWindow, desktop_actor, start_database

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    i18n.install(i18n.startup_language())  # Qt's own buttons in Chinese (or CASEDESK_LANG) until the file says otherwise
    target, note = start_database(db_target)  # with no --db, the file last opened through the File menu
    db = _open_or_recover(target)
    if db is None:
        return 1
    i18n.apply_saved(db)  # the language chosen in Settings (界面语言), from the wizard on
    # A database never set up (no union name, no records) starts with the wizard; 取消 there quits untouched.
    with db.transaction() as session:  # a new file gets its placeholder organization here
        fresh = needs_first_start(session)
    actor = None
    if fresh:
        from casedesk.ui import first_start_wizard

        gc_guard.install(app)  # the wizard may import whole ledgers: collect from here on
        start = first_start_wizard.run_if_needed(db, desktop_actor())
        if not start.completed:
            db.dispose()
            return 0
        actor = start.actor
    # Sign in (the wizard's new administrator is signed in already); every query is then scoped to the account.
    actor = actor or sign_in(db)
    if actor is None:
        db.dispose()
        return 0
    auth.apply_to_database(db, actor)
    checked = _check_file_in_use(db, actor)
    if checked is None:
        db.dispose()
        return 0
    actor, lock = checked
    window = MainWindow(db, actor=actor, lock=lock)
    if note:
        window.statusBar().showMessage(note, 15_000)
    window.show()
    gc.freeze()
    gc_guard.install(app)
    return app.exec()


def _open_or_recover(db_target: str | None) -> Database | None:
    """The database, or None after telling why; a damaged file is offered its latest good backup."""
    from sqlalchemy.exc import SQLAlchemyError

    from casedesk.db.database import DamagedDatabase, DatabaseOpenError
    from casedesk.services import backup
    from casedesk.ui.main_window import desktop_actor
    from casedesk.ui.safety_dialogs import offer_recovery

    try:
        return _open(db_target)
    except DamagedDatabase as exc:
        if not backup.list_backups(exc.path):  # most likely another program's file: say so, offer nothing
            return _cannot_open(exc)
        os_user = desktop_actor()
        if offer_recovery(exc, replace(os_user, name=f"{os_user.name}（启动时恢复）")):
            return _open_or_recover(db_target)
        return None
    except (DatabaseOpenError, SQLAlchemyError, OSError) as exc:
        return _cannot_open(exc)


def _open(db_target: str | None) -> Database | None:
    """The database at head: a file already there opens at once; one to upgrade (or create) behind a dialog.

    An old province-size file is backed up and upgraded first, minutes of work: as with File > 打开数据库
    the dialog names the step, and 取消 until the upgrade commits quits with the file as it was.
    """
    from casedesk.db import migrate
    from casedesk.db.database import open_database, resolve_url

    url = resolve_url(db_target)
    new_file = url.get_backend_name() == "sqlite" and not Path(url.database or "").is_file()
    if not new_file:
        db = open_database(db_target, migrate=False)  # refuses another program's or a newer CaseDesk's file
        if migrate.is_at_head(db):
            return db
        db.dispose()
    return _upgrade_behind_progress(db_target)


def _upgrade_behind_progress(db_target: str | None) -> Database | None:
    """None when the clerk pressed 取消 (the file stays at its old revision, a new file is not left behind)."""
    from PySide6.QtCore import QCoreApplication

    from casedesk.db.database import open_database
    from casedesk.db.progress import BACKUP, CHECK, UPGRADE
    from casedesk.ui.progress import BackgroundTask, Cancelled
    from casedesk.ui.runner import Runner

    runner = Runner()  # no window yet, nor its runner
    task = BackgroundTask(
        None, runner, QCoreApplication.translate("App", "打开数据库"),
        QCoreApplication.translate("App", "正在打开数据库…"),
        note=QCoreApplication.translate(
            "App", "取消：退出程序。数据文件保持原样——如果已经开始升级，升级会整个撤销，文件仍是原来的版本，"
                   "升级前的备份留在备份文件夹中。"),
    )
    progress = task.steps({CHECK: QCoreApplication.translate("App", "正在检查数据文件…"),
                           BACKUP: QCoreApplication.translate("App", "正在备份（升级数据库结构之前）…"),
                           UPGRADE: QCoreApplication.translate("App", "正在升级数据库结构…")})
    try:
        return task.wait(lambda _report: open_database(db_target, progress=progress))
    except Cancelled:
        return None
    finally:
        runner.shutdown()


def _cannot_open(exc: Exception) -> None:
    """A GUI user has no terminal to read: say it in a window, in words a clerk can act on."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from casedesk.ui import messages

    QMessageBox.critical(
        None,
        QCoreApplication.translate("App", "CaseDesk 无法启动"),
        QCoreApplication.translate(
            "App", "无法打开数据库。\n\n{0}\n\n请检查文件位置，或用 --db 指定另一个数据文件。"
        ).format(messages.text(exc)),
    )


def _check_file_in_use(db: Database, actor: Actor) -> tuple[Actor, DatabaseLock | None] | None:
    """Warn about a network share; register in the file's lock and ask when someone else has it open.

    Returns (actor, lock), the actor made read-only when the clerk chose to only look; None to quit.
    """
    from casedesk.db.filesystem import network_share
    from casedesk.db.lock import DatabaseLock
    from casedesk.services import auth
    from casedesk.ui.safety_dialogs import QUIT, READ_ONLY, ask_shared_use, warn_network_share

    if db.path is None:
        return actor, None
    share = network_share(db.path)
    if share:
        warn_network_share(share, db.path)
    lock = DatabaseLock(db.path, user=actor.name)
    others = lock.acquire()
    if others:
        choice = ask_shared_use(others)
        if choice == QUIT:
            lock.release()
            return None
        if choice == READ_ONLY and actor.can_write:
            actor = replace(actor, role="viewer")
            auth.apply_to_database(db, actor)
    return actor, lock
