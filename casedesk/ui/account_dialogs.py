"""Accounts in the GUI: everyone changes their own password; the administrator manages every account.

All changes go through services.auth (validated, audited, the last
administrator protected); a refusal is shown in the dialog with the field it
names, and nothing typed is lost.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.database import Database
from casedesk.db.models import utcnow
from casedesk.domain.enums import Role
from casedesk.domain.timeutil import format_local
from casedesk.domain.validators import ValidationError
from casedesk.services import auth, organization
from casedesk.services.actor import Actor, PermissionDenied
from casedesk.ui import i18n, sizing
from casedesk.ui.permissions import mark_writing
from casedesk.ui.progress import while_busy
from casedesk.ui.runner import Runner
from casedesk.ui import messages


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ChangePasswordDialog(QDialog):
    """A password for ``login``: one's own (old password asked) or, for an admin, anyone's."""

    def __init__(self, db: Database, actor: Actor, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._login = db, actor, login
        self._runner = Runner(self)  # the new password's hash (Argon2) is made off the GUI thread
        own = actor.staff_id is not None and self._is_own()
        self.setWindowTitle(self.tr("修改密码") if own else self.tr("重设密码：{0}").format(login))
        self.old = _password_edit()
        self.new = _password_edit()
        self.again = _password_edit()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        if own and not actor.is_admin:
            form.addRow(self.tr("原密码"), self.old)
        form.addRow(self.tr("新密码（至少 8 位）"), self.new)
        form.addRow(self.tr("再次输入新密码"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        mark_writing(buttons.button(QDialogButtonBox.StandardButton.Ok), writes=False)  # a viewer may change their own
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(sizing.text_width(self, 30))

    def _is_own(self) -> bool:
        with self._db.reading() as session:
            return auth.get_account(session, self._login).id == self._actor.staff_id

    def save(self) -> None:
        if self.new.text() != self.again.text():
            self.message.setText(self.tr("两次输入的新密码不一致"))
            self.again.clear()
            self.again.setFocus()
            return
        new, old = self.new.text(), self.old.text() if self.old.isVisible() else None

        def change() -> None:
            with self._db.transaction() as session:
                auth.set_password(session, self._actor, self._login, new, old_password=old)

        while_busy(self, self._runner, change, lambda _none: self.accept(), self._refused, status=self.message,
                   text=self.tr("正在保存新密码…"))

    def _refused(self, exc: Exception) -> None:
        if not isinstance(exc, (ValidationError, PermissionDenied)):
            raise exc
        self.message.setText(messages.text(exc))
        (self.old if str(exc).startswith("原密码") else self.new).setFocus()


class AddAccountDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._runner = Runner(self)
        self.setWindowTitle(self.tr("添加账号"))
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("英文字母或数字，例如 zhangmin"))
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(i18n.vocabulary(role.label), role.value)
        self.role.setCurrentIndex(self.role.findData(Role.STAFF.value))
        self.org = QComboBox()
        with db.reading() as session:
            for info, _parent in organization.list_orgs(session):
                self.org.addItem(info.name, info.id)
        self.password = _password_edit()
        self.again = _password_edit()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.login)
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("角色"), self.role)
        if self.org.count() > 1:
            form.addRow(self.tr("所属单位"), self.org)
        form.addRow(self.tr("初始密码（至少 8 位）"), self.password)
        form.addRow(self.tr("再次输入密码"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(sizing.text_width(self, 33))

    def save(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("两次输入的密码不一致"))
            self.again.setFocus()
            return
        login, name, role = self.login.text(), self.name.text(), self.role.currentData()
        password, org = self.password.text(), self.org.currentData()

        def add() -> None:
            with self._db.transaction() as session:
                auth.add_user(session, self._actor, login, name, role, password, organization=org)

        while_busy(self, self._runner, add, lambda _none: self.accept(), self._refused, status=self.message,
                   text=self.tr("正在添加账号…"))

    def _refused(self, exc: Exception) -> None:
        if not isinstance(exc, (ValidationError, PermissionDenied)):
            raise exc
        self.message.setText(messages.text(exc))
        fields = {"用户名": self.login, "姓名": self.name, "角色": self.role, "密码": self.password}
        for word, widget in fields.items():
            if str(exc).startswith(word):
                widget.setFocus()


class AccountsDialog(QDialog):
    """管理 › 账号: every account with its role, union, state and last sign-in, and what an admin can do to it."""

    COLUMNS = (QT_TRANSLATE_NOOP("AccountsDialog", "用户名"), QT_TRANSLATE_NOOP("AccountsDialog", "姓名"),
               QT_TRANSLATE_NOOP("AccountsDialog", "角色"), QT_TRANSLATE_NOOP("AccountsDialog", "所属单位"),
               QT_TRANSLATE_NOOP("AccountsDialog", "状态"), QT_TRANSLATE_NOOP("AccountsDialog", "最近登录"))

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.setWindowTitle(self.tr("账号管理"))
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(self.tr("添加账号…"))
        self.reset_button = QPushButton(self.tr("重设密码…"))
        self.role_box = QComboBox()
        for role in Role:
            self.role_box.addItem(self.tr("设为{0}").format(i18n.vocabulary(role.label)), role.value)
        self.role_button = QPushButton(self.tr("修改角色"))
        self.toggle_button = QPushButton(self.tr("停用"))
        self.unlock_button = QPushButton(self.tr("解锁"))
        self.add_button.clicked.connect(self.add)
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        row = QHBoxLayout()
        for w in (self.add_button, self.reset_button, self.role_box, self.role_button, self.toggle_button, self.unlock_button):
            row.addWidget(w)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)
        sizing.size_window(self, 72, 30)
        self.accounts: list[auth.Account] = []
        self.reload()

    def reload(self) -> None:
        with self._db.reading() as session:
            self.accounts = auth.list_accounts(session)
        now = utcnow()
        self.table.setRowCount(len(self.accounts))
        for r, a in enumerate(self.accounts):
            if not a.active:
                state = self.tr("已停用")
            elif a.locked_until is not None and a.locked_until > now:
                state = self.tr("已锁定至 {0}").format(format_local(a.locked_until))
            elif not a.can_sign_in:
                state = self.tr("未设密码（不能登录）")
            else:
                state = self.tr("正常")
            for c, text in enumerate((a.login, a.display_name, i18n.vocabulary(a.role_label), a.organization_name, state,
                                      format_local(a.last_login_at) or self.tr("从未"))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._selection_changed()

    def selected(self) -> auth.Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        account = self.selected()
        for button in (self.reset_button, self.role_button, self.toggle_button, self.unlock_button):
            button.setEnabled(account is not None)
        if account is not None:
            self.toggle_button.setText(self.tr("停用") if account.active else self.tr("启用"))
            self.role_box.setCurrentIndex(self.role_box.findData(account.role))

    def _run(self, **changes: object) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            with self._db.transaction() as session:
                auth.update_account(session, self._actor, account.login, **changes)  # type: ignore[arg-type]
        except (ValidationError, PermissionDenied) as exc:
            QMessageBox.warning(self, self.tr("未完成"), messages.text(exc))
            return
        self.reload()

    def add(self) -> None:
        if AddAccountDialog(self._db, self._actor, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def reset_password(self) -> None:
        account = self.selected()
        if account is not None and ChangePasswordDialog(self._db, self._actor, account.login, self).exec():
            self.reload()

    def change_role(self) -> None:
        self._run(role=self.role_box.currentData())

    def toggle_active(self) -> None:
        account = self.selected()
        if account is not None:
            self._run(active=not account.active)

    def unlock(self) -> None:
        self._run(unlock=True)
