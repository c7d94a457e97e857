"""What the signed-in session adds to the main window: who is signed in, the account and 管理 menus,
the read-only guard for viewers, the file lock, and backups every N minutes while there are changes.

Kept out of main_window.py so the window stays about pages and menus; the
window creates one of these and tells it when pages appear, the database
changes or the window closes.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox

from casedesk.db.backup import BackupError
from casedesk.db.database import Database, open_database
from casedesk.db.lock import HEARTBEAT_SECONDS, DatabaseLock
from casedesk.db.progress import BACKUP, CHECK, REPLACE
from casedesk.domain.enums import Role
from casedesk.services import auth, backup
from casedesk.services.actor import Actor, PermissionDenied
from casedesk.ui import i18n
from casedesk.ui.permissions import ReadOnlyGuard, mark_writing
from casedesk.ui.progress import BackgroundTask, Cancelled
from casedesk.ui.safety_dialogs import RestoreDialog
from casedesk.ui import messages

if TYPE_CHECKING:  # the 管理 menu's windows load when first opened, not with the main window
    from casedesk.ui.audit_page import AuditWindow


class SessionControls(QObject):
    def __init__(self, window: QMainWindow, lock: DatabaseLock | None) -> None:
        super().__init__(window)
        self._window = window
        self.lock = lock
        self.guard: ReadOnlyGuard | None = None
        self._audit: AuditWindow | None = None
        self._backup_running = False
        self.user_label = QLabel()
        window.statusBar().addPermanentWidget(self.user_label)
        self._build_menus()
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.periodic_backup)
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(HEARTBEAT_SECONDS * 1000)
        self.heartbeat.timeout.connect(lambda: self.lock.heartbeat() if self.lock else None)
        self.heartbeat.start()
        self.database_changed()

    @property
    def db(self) -> Database:
        return self._window.db  # type: ignore[attr-defined,no-any-return]

    @property
    def actor(self) -> Actor:
        return self._window.actor  # type: ignore[attr-defined,no-any-return]

    def _user_text(self) -> str:
        role = i18n.vocabulary(Role(self.actor.role).label) if self.actor.role in Role.labels() else self.actor.role
        return self.tr("当前用户：{0}（{1}）").format(self.actor.name, role)

    # --- menus -----------------------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot: object) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self._window.menuBar()
        file_menu = next(a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu))
        self.change_password_action = QAction(self.tr("修改密码…"), self._window)
        self.change_password_action.triggered.connect(self.change_password)
        mark_writing(self.change_password_action, writes=False)  # read-only accounts change their own password too
        file_menu.insertAction(file_menu.actions()[-1], self.change_password_action)  # above 退出
        admin = QMenu(self.tr("管理(&A)"), bar)
        help_action = bar.actions()[-1]
        bar.insertMenu(help_action, admin)
        self._action(admin, self.tr("账号…"), self.open_accounts)
        self._action(admin, self.tr("审计日志…"), self.open_audit)
        admin.addSeparator()
        self._action(admin, self.tr("保存期限清理…"), self.open_data_safety)
        self._action(admin, self.tr("恢复备份…"), self.restore)
        self.admin_menu = admin

    def _apply_actor(self) -> None:
        """Label, menus and the read-only guard for whoever is signed in now."""
        self.user_label.setText(self._user_text())
        self.admin_menu.menuAction().setVisible(self.actor.is_admin)
        self.change_password_action.setVisible(self.actor.staff_id is not None)
        if self.actor.can_write and self.guard is not None:
            self.guard.release()
            self.guard = None
        elif not self.actor.can_write and self.guard is None:
            self.guard = ReadOnlyGuard(self._window)
            self.guard.apply(self._window)

    def sign_in(self, db: Database) -> Actor | None:
        """Opening another file means signing in to it (its accounts are its own)."""
        from casedesk.ui.login_dialog import (
            sign_in,  # the login dialog builds on the main window's settings
        )

        actor = sign_in(db, self._window)
        if actor is not None:
            auth.apply_to_database(db, actor)
        return actor

    def change_password(self) -> None:
        with self.db.reading() as session:
            login = next((a.login for a in auth.list_accounts(session) if a.id == self.actor.staff_id), None)
        from casedesk.ui.account_dialogs import ChangePasswordDialog

        if login is not None and ChangePasswordDialog(self.db, self.actor, login, self._window).exec():
            self._window.statusBar().showMessage(self.tr("密码已修改"), 5000)

    def open_accounts(self) -> None:
        from casedesk.ui.account_dialogs import AccountsDialog

        AccountsDialog(self.db, self.actor, self._window).exec()

    def open_audit(self) -> None:
        if self._audit is None:
            from casedesk.ui.audit_page import AuditWindow

            self._audit = AuditWindow(self.db, self._window.runner, self.actor, self._window)  # type: ignore[attr-defined]
            self._audit.destroyed.connect(lambda *_: setattr(self, "_audit", None))
        self._audit.show()
        self._audit.raise_()
        self._audit.activateWindow()

    def open_data_safety(self) -> None:
        from casedesk.ui.data_safety_dialog import DataSafetyDialog

        DataSafetyDialog(self.db, self._window.runner, self.actor, self._window).exec()  # type: ignore[attr-defined]

    # --- restore ---------------------------------------------------------------------------------

    def restore(self) -> None:
        path = self.db.path
        if path is None:
            QMessageBox.information(self._window, self.tr("恢复备份"), messages.text(backup.server_note(self.db.display_location)))
            return
        dialog = RestoreDialog(path, self._window)
        if dialog.exec() and dialog.chosen is not None:
            self._restore_from(path, dialog.chosen)

    def _restore_from(self, path: Path, source: Path) -> BackgroundTask:
        """Off the GUI thread (a province-size file takes a minute to check and copy), with the step shown.

        取消 works until the backup's pages start going into the file (``services.backup.restore``): the
        current data is then untouched and this window goes on with it.
        """
        window = self._window
        if self.lock is not None:
            self.lock.release()  # our own entry would count as "someone else has it open"
        self.backup_timer.stop()
        task = BackgroundTask(
            window, window.runner, self.tr("恢复备份"), self.tr("正在检查备份 {0}…").format(source.name),  # type: ignore[attr-defined]
            delay_ms=0, modality=Qt.WindowModality.ApplicationModal,
            note=self.tr("取消：在开始替换数据之前可以取消，当前数据保持不变；已做好的恢复前备份留在备份文件夹中。"
                         "开始替换后不能取消（替换是一个整体，中途断电也不会留下一半）。"),
        )
        progress = task.steps({
            CHECK: self.tr("正在完整检查备份 {0}…").format(source.name),
            BACKUP: self.tr("正在把当前数据另存为备份（恢复前）…"),
            REPLACE: self.tr("正在用备份替换当前数据，请勿关闭程序…"),
        }, final=frozenset({REPLACE}))
        actor = self.actor

        def work(_report: object) -> tuple[backup.RestoreResult, Database]:
            result = backup.restore(path, source, actor, progress=progress)
            return result, open_database(path)

        def restored(outcome: tuple[backup.RestoreResult, Database]) -> None:
            result, db = outcome
            if self.lock is not None:
                self.lock.acquire()
            window.set_database(db)  # type: ignore[attr-defined]
            QMessageBox.information(window, self.tr("已恢复"), self.tr(
                "已从 {0} 恢复。\n恢复前的数据已另存为：\n{1}").format(source.name, result.safety_copy))

        def failed(exc: Exception) -> None:
            if self.lock is not None:
                self.lock.acquire()
            if isinstance(exc, Cancelled):
                self.database_changed()  # the same file, untouched: the timer starts again
                window.statusBar().showMessage(self.tr("已取消恢复，当前数据未改动"), 8000)
                return
            if not isinstance(exc, (BackupError, PermissionDenied, OSError)):
                raise exc
            window.set_database(open_database(path))  # type: ignore[attr-defined]
            QMessageBox.critical(window, self.tr("未能恢复"), messages.text(exc))

        task.start(work, restored, failed)
        return task

    # --- lifetime --------------------------------------------------------------------------------

    def page_created(self) -> None:
        if self.guard is not None:
            self.guard.apply(self._window)

    def database_changed(self) -> None:
        """A new database in the window: the lock follows the file, the backup timer its settings."""
        self._apply_actor()
        path = self.db.path
        if self.lock is not None and (path is None or self.lock.db_path != path):
            self.lock.release()
            self.lock = None
        if self.lock is None and path is not None:
            self.lock = DatabaseLock(path, user=self.actor.name)
            self.lock.acquire()
        if path is None:
            self.backup_timer.stop()
            return
        self.backup_timer.start(backup.interval_minutes(self.db) * 60_000)

    def periodic_backup(self) -> None:
        """Off the GUI thread; only when something changed since the newest backup; never twice at once."""
        if self._backup_running or self.db.path is None:
            return
        self._backup_running = True
        db = self.db

        def done(path: Path | None) -> None:
            self._backup_running = False
            if path is not None:
                self._window.statusBar().showMessage(self.tr("已自动备份：{0}").format(path.name), 5000)

        def failed(exc: Exception) -> None:
            self._backup_running = False
            self._window.statusBar().showMessage(self.tr("自动备份失败：{0}").format(messages.text(exc)), 15000)

        self._window.runner.submit(self, lambda: backup.periodic(db), done, failed)  # type: ignore[attr-defined]

    def close(self) -> None:
        self.backup_timer.stop()
        self.heartbeat.stop()
        if self._audit is not None:
            self._audit.close()
        if self.actor.staff_id is not None:
            try:
                with self.db.transaction() as session:
                    auth.record_logout(session, self.actor)
            except Exception:  # noqa: BLE001 - closing must not fail on a last audit row
                pass
        if self.lock is not None:
            self.lock.release()
