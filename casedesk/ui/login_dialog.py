"""Signing in before the main window, and creating the administrator a file does not have yet.

The last user name is remembered on this computer (never the password); a
wrong password, a locked or disabled account is said in the dialog itself,
and every attempt is in the audit trail (services.auth).
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.database import Database
from casedesk.services import auth, organization
from casedesk.services.actor import Actor
from casedesk.ui.main_window import gui_settings
from casedesk.ui.progress import while_busy
from casedesk.ui.runner import Runner
from casedesk.ui import messages, sizing

LAST_USER_KEY = "login/last_user"


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setObjectName("message")
    return label


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _union_name(db: Database) -> str:
    with db.reading() as session:
        return organization.get_org(session).name


class LoginDialog(QDialog):
    """``actor`` holds the signed-in account once the dialog is accepted."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = Runner(self)  # the password check (Argon2, ~0.2 s) runs off the GUI thread
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("登录 CaseDesk"))
        self.login = QLineEdit(str(gui_settings().value(LAST_USER_KEY, "") or ""))
        self.login.setObjectName("login")
        self.password = _password_edit()
        self.password.setObjectName("password")
        self.message = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.login)
        form.addRow(self.tr("密码"), self.password)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("登录"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(_union_name(db)))
        location = QLabel(self.tr("数据库：{0}").format(db.display_location))
        location.setStyleSheet("color: palette(mid);")
        layout.addWidget(location)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(sizing.text_width(self, 32))
        (self.password if self.login.text() else self.login).setFocus()

    def sign_in(self) -> None:
        if not self.login.text().strip():
            self.message.setText(self.tr("请输入用户名"))
            self.login.setFocus()
            return
        login, password = self.login.text(), self.password.text()

        def check() -> auth.LoginResult:
            with self._db.transaction() as session:
                return auth.authenticate(session, login, password)

        while_busy(self, self._runner, check, self._checked, self._failed, status=self.message,
                   text=self.tr("正在验证密码…"))

    def _checked(self, result: auth.LoginResult) -> None:
        if not result.ok:
            self.message.setText(messages.text(result.message))
            self.password.clear()
            self.password.setFocus()
            return
        settings = gui_settings()
        settings.setValue(LAST_USER_KEY, self.login.text().strip().lower())
        settings.sync()
        self.actor = result.actor
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(self.tr("无法登录：{0}").format(messages.text(exc)))


class FirstAdminDialog(QDialog):
    """The file has records but nobody who can sign in as administrator (made by an import or demo data)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = Runner(self)
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("创建管理员账号"))
        intro = QLabel(self.tr("这个数据文件还没有可以登录的管理员。请为本单位创建管理员账号；"
                               "之后可在“管理 › 账号”中为每位同事添加账号。"))
        intro.setWordWrap(True)
        self.login = QLineEdit("admin")
        self.name = QLineEdit()
        self.password = _password_edit()
        self.again = _password_edit()
        self.message = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.login)
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("密码（至少 8 位）"), self.password)
        form.addRow(self.tr("再次输入密码"), self.again)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("创建并登录"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(_union_name(db)))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(sizing.text_width(self, 35))
        self.name.setFocus()

    def create(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("两次输入的密码不一致"))
            self.again.clear()
            self.again.setFocus()
            return
        login, name, password = self.login.text(), self.name.text(), self.password.text()

        def create() -> Actor:
            with self._db.transaction() as session:
                return auth.create_first_admin(session, login, name, password)

        while_busy(self, self._runner, create, self._created, self._refused, status=self.message,
                   text=self.tr("正在创建账号…"))

    def _refused(self, exc: Exception) -> None:
        self.message.setText(messages.text(exc))
        field = {"用户名": self.login, "姓名": self.name, "密码": self.password}
        for word, widget in field.items():
            if str(exc).startswith(word):
                widget.setFocus()
                break

    def _created(self, actor: Actor) -> None:
        gui_settings().setValue(LAST_USER_KEY, self.login.text().strip().lower())
        self.actor = actor
        self.accept()


def sign_in(db: Database, parent: QWidget | None = None) -> Actor | None:
    """The start-up step: create the first administrator if the file has none, else ask for a sign-in."""
    with db.reading() as session:
        first = auth.needs_first_admin(session)
    dialog: LoginDialog | FirstAdminDialog = FirstAdminDialog(db, parent) if first else LoginDialog(db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor
