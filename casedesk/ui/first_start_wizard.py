"""The first-start wizard: who we are, who administers, and what to start with.

Four pages: the union's identity (name, 发文机关标志, number patterns filled in
from the name as it is typed, address, phone, contact), the administrator's
account, the start (empty, demo data, or the office's own ledgers), and the
result with each import's report. Every page checks its fields before moving
on and says which field is wrong; nothing is written before 开始, so 取消 at
any point leaves the database untouched.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from casedesk.db.database import Database
from casedesk.domain.numbering import format_number
from casedesk.domain.validators import ValidationError
from casedesk.services import auth, first_start, ledgers, organization
from casedesk.services.actor import Actor
from casedesk.services.first_start import DEMO, EMPTY, IMPORT, AdminAccount
from casedesk.services.ledger_import import ImportAborted, ImportReport
from casedesk.ui import i18n, sizing
from casedesk.ui.ledger_dialogs import LEDGER_FILTER
from casedesk.ui.progress import BackgroundTask, Cancelled
from casedesk.ui.runner import Runner
from casedesk.ui import messages

ORG_LABELS = "OrgLabels"  # the settings page translates organization.LABELS under the same context
ERROR_STYLE = "color: #b00020;"
IDENTITY_FIELDS = ("name", "issuer_mark", "address", "postcode", "phone", "contact_person")
PATTERN_FIELDS = tuple(first_start.PATTERN_WORDS)
PAGE_IDENTITY, PAGE_ADMIN, PAGE_START, PAGE_RESULT = range(4)


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def _show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


class IdentityPage(QWizardPage):
    """The union's identity; 发文机关标志 and the number patterns follow the name until edited by hand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("欢迎使用 CaseDesk — 本单位信息"))
        self.setSubTitle(self.tr("三步完成设置：本单位信息、管理员账号、从哪里开始。这些信息印在一函两书和统计报表上，"
                                 "并决定案件编号和文号的格式；以后可在“设置”中修改。"))
        self.fields: dict[str, QLineEdit] = {}
        self._by_hand: set[str] = set()
        form = QFormLayout()
        for key in (*IDENTITY_FIELDS[:2], *PATTERN_FIELDS, *IDENTITY_FIELDS[2:]):
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.textEdited.connect(lambda _text, k=key: self._by_hand.add(k))
            self.fields[key] = edit
            text = QCoreApplication.translate(ORG_LABELS, organization.LABELS[key])
            form.addRow(text + (" *" if key in first_start.REQUIRED else ""), edit)
        self.fields["name"].setPlaceholderText(self.tr("如 齐齐哈尔市铁锋区总工会"))
        self.fields["issuer_mark"].setToolTip(self.tr("印在文书顶端的红色机关名称"))
        self.fields["name"].textChanged.connect(self._suggest)
        for key in PATTERN_FIELDS:
            self.fields[key].textChanged.connect(self._show_examples)
        self.examples = QLabel()
        self.examples.setWordWrap(True)
        hint = QLabel(self.tr("编号格式中 {year} 代表年份、{seq} 代表序号。带 * 的必须填写。"))
        hint.setWordWrap(True)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.examples)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._suggest("")

    def _suggest(self, name: str) -> None:
        """Fill what follows from the name, except what the clerk already typed by hand."""
        suggested = first_start.suggested_identity(name) if name.strip() else {}
        for key in ("issuer_mark", *PATTERN_FIELDS):
            if key not in self._by_hand:
                self.fields[key].setText(suggested.get(key, ""))

    def _show_examples(self) -> None:
        year = date.today().year
        shown = []
        for key in PATTERN_FIELDS:
            try:
                number = format_number(self.fields[key].text().strip(), year, 1)
            except ValidationError:
                continue
            shown.append(f"{QCoreApplication.translate(ORG_LABELS, organization.LABELS[key]).removesuffix('格式')}：{number}")
        self.examples.setText(self.tr("第一个编号将是：") + "；".join(shown) if shown else "")

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.fields.items()}

    def validatePage(self) -> bool:  # noqa: N802
        try:
            first_start.check_identity(self.values())
        except ValidationError as exc:
            _show_error(self.error, messages.text(exc))
            self._focus_named(str(exc))
            return False
        _show_error(self.error, "")
        return True

    def _focus_named(self, message: str) -> None:
        for key, edit in self.fields.items():
            if organization.LABELS[key] in message:
                edit.setFocus()
                edit.selectAll()
                return


class AdminPage(QWizardPage):
    """The administrator: adds accounts, changes settings, reads the audit trail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("管理员账号"))
        self.setSubTitle(self.tr("管理员可以添加其他工作人员的账号、修改设置和查看审计日志。请牢记密码。"))
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.login.setPlaceholderText(self.tr("字母或数字，如 admin"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("用户名 *"), self.login)
        form.addRow(self.tr("姓名 *"), self.display_name)
        form.addRow(self.tr("密码 *"), self.password)
        form.addRow(self.tr("确认密码 *"), self.repeat)
        hint = QLabel(self.tr("密码至少 {0} 位。").format(auth.MIN_PASSWORD_LENGTH))
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def account(self) -> AdminAccount:
        return AdminAccount(self.login.text().strip(), self.display_name.text().strip(), self.password.text())

    def validatePage(self) -> bool:  # noqa: N802
        try:
            if not self.display_name.text().strip():
                raise ValidationError(self.tr("姓名：不能为空"))
            first_start.check_admin(self.account(), self.repeat.text())
        except ValidationError as exc:
            message = messages.text(exc)
            _show_error(self.error, message)
            widget = {"用户名": self.login, "姓名": self.display_name, "确认密码": self.repeat, "密码": self.password}
            for word, edit in widget.items():
                if message.startswith(word):
                    edit.setFocus()
                    edit.selectAll()
                    break
            return False
        _show_error(self.error, "")
        return True


class StartPage(QWizardPage):
    """How to begin: nothing, the demo office, or the office's own ledgers (one file per kind)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("开始使用"))
        self.setSubTitle(self.tr("选择从哪里开始。以后随时可以用“文件 > 导入台账”导入更多台账。"))
        self.setCommitPage(True)
        self.choice = QButtonGroup(self)
        options = (
            (EMPTY, self.tr("从空白开始"), self.tr("直接开始登记咨询、案件和一函两书。")),
            (DEMO, self.tr("载入演示数据"), self.tr("一个虚构的区总工会一年多的咨询、案件和文书，用来熟悉软件；请勿与真实数据混用。")),
            (IMPORT, self.tr("导入已有台账"), self.tr("把 Excel（.xlsx）或 CSV 格式的咨询、案件、一函两书台账导入。列按表头识别，可先下载模板对照。")),
        )
        layout = QVBoxLayout(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code, title, text in options:
            button = QRadioButton(title)
            button.setObjectName(code)
            self.choice.addButton(button)
            self.buttons[code] = button
            note = QLabel(text)
            note.setWordWrap(True)
            note.setIndent(24)
            layout.addWidget(button)
            layout.addWidget(note)
        self.buttons[EMPTY].setChecked(True)
        self.files: dict[str, QLineEdit] = {}
        self.import_box = QWidget()
        grid = QGridLayout(self.import_box)
        grid.setContentsMargins(24, 0, 0, 0)
        for row, kind in enumerate(ledgers.kinds().values()):
            edit = QLineEdit()
            edit.setObjectName(f"file_{kind.name}")
            edit.setPlaceholderText(self.tr("不导入"))
            browse = QPushButton(self.tr("选择文件…"))
            browse.clicked.connect(lambda _=False, k=kind.name, e=edit: self._browse(k, e))
            template = QPushButton(self.tr("下载模板…"))
            template.setToolTip(self.tr("保存一个带表头和示例行的空台账"))
            template.clicked.connect(lambda _=False, k=kind: self._save_template(k))
            grid.addWidget(QLabel(QCoreApplication.translate("Ledgers", kind.label)), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(browse, row, 2)
            grid.addWidget(template, row, 3)
            self.files[kind.name] = edit
        self.skip_bad = QCheckBox(self.tr("有错误的行跳过，导入其余的行（错误逐条列出）"))
        self.skip_bad.setChecked(True)
        grid.addWidget(self.skip_bad, len(self.files), 0, 1, 4)
        layout.addWidget(self.import_box)
        self.error = _error_label()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.choice.buttonToggled.connect(lambda *_: self.import_box.setEnabled(self.buttons[IMPORT].isChecked()))
        self.import_box.setEnabled(False)

    @property
    def chosen(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())

    def import_files(self) -> list[tuple[str, Path]]:
        return [(kind, Path(edit.text().strip())) for kind, edit in self.files.items() if edit.text().strip()]

    def _browse(self, kind: str, edit: QLineEdit) -> None:
        label = ledgers.kinds()[kind].label
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择{0}").format(label), edit.text(), self.tr(LEDGER_FILTER))
        if name:
            edit.setText(name)
            self.buttons[IMPORT].setChecked(True)

    def _save_template(self, kind: ledgers.LedgerKind) -> None:
        suggested = str(Path.home() / f"{kind.label}模板.xlsx")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存{0}模板").format(i18n.ledger_label(kind.label)), suggested, "Excel (*.xlsx)")
        if name:
            kind.write_template(Path(name))

    def validatePage(self) -> bool:  # noqa: N802
        if self.chosen == IMPORT:
            files = self.import_files()
            message = ""
            if not files:
                message = self.tr("请至少选择一个台账文件，或选择“从空白开始”。")
            for kind, path in files:
                if not path.is_file():
                    message = self.tr("{0}：找不到文件 {1}").format(ledgers.kinds()[kind].label, path)
                    self.files[kind].setFocus()
                    break
            if message:
                _show_error(self.error, message)
                return False
        _show_error(self.error, "")
        return True


@dataclass
class StartOutcome:
    """What the result page reports: the office, the acting administrator, and each step's lines."""

    actor: Actor
    lines: list[str] = field(default_factory=list)
    demo_counts: dict[str, int] = field(default_factory=dict)  # table -> rows of the demo office
    reports: list[tuple[str, ImportReport | None, str]] = field(default_factory=list)  # (kind, report, problem)


class ResultPage(QWizardPage):
    """Saves everything on entry (in the background, with progress and 取消) and shows what happened."""

    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("完成"))
        self.setSubTitle(self.tr("下面是保存和导入的结果。"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.log = QPlainTextEdit()
        self.log.setObjectName("report")
        self.log.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.log, 1)
        self._done = False

    def initializePage(self) -> None:  # noqa: N802
        self._done = False
        self.summary.setText(self.tr("正在保存…"))
        self._wizard.run_start(self._finished)

    def _finished(self, outcome: StartOutcome | None, error: str) -> None:
        self._done = True
        if outcome is None:
            self.summary.setText(self.tr("没有保存：{0}\n数据库保持原样。按“完成”关闭，然后重新启动程序再试。").format(messages.text(error)))
            self.summary.setStyleSheet(ERROR_STYLE)
        else:
            self.summary.setText(self.tr("设置完成。按“完成”进入工作台。"))
            self.log.setPlainText("\n".join(outcome.lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self._done


class FirstStartWizard(QWizard):
    """The whole first start; ``actor`` is the administrator who signed in by creating the account (else None)."""

    def __init__(self, db: Database, fallback_actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = Runner(self)
        self.actor: Actor | None = None
        self.outcome: StartOutcome | None = None
        self._fallback = fallback_actor
        with db.reading() as session:
            self._needs_admin = auth.needs_first_admin(session)
        self.setWindowTitle(self.tr("欢迎使用 CaseDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # saved by then: 完成 is the way out
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("开始"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.identity = IdentityPage()
        self.admin = AdminPage()
        self.start = StartPage()
        self.report_page = ResultPage(self)
        self.setPage(PAGE_IDENTITY, self.identity)
        self.setPage(PAGE_ADMIN, self.admin)
        self.setPage(PAGE_START, self.start)
        self.setPage(PAGE_RESULT, self.report_page)
        sizing.size_window(self, 60, 39)

    def nextId(self) -> int:  # noqa: N802
        """The account page only when the file has no administrator yet."""
        current = self.currentId()
        if current == PAGE_IDENTITY:
            return PAGE_ADMIN if self._needs_admin else PAGE_START
        return super().nextId()

    def run_start(self, finished: Callable[[StartOutcome | None, str], None]) -> None:
        """Save the identity and the account, then load what the clerk chose; ``finished`` gets the outcome."""
        identity = self.identity.values()
        account = self.admin.account() if self._needs_admin else None
        choice, files, skip_bad = self.start.chosen, self.start.import_files(), self.start.skip_bad.isChecked()
        task = BackgroundTask(self, self._runner, self.tr("开始使用"), self.tr("正在保存本单位信息…"))

        def work(report: Callable[[int, int], None]) -> StartOutcome:
            return self._work(identity, account, choice, files, skip_bad, report, task.say)

        def done(outcome: StartOutcome) -> None:
            self.outcome = outcome
            # Only the account made here counts as signed in; with an administrator already there, sign-in follows.
            self.actor = outcome.actor if account is not None else None
            finished(outcome, "")

        def failed(exc: Exception) -> None:
            finished(None, messages.text(exc))

        task.start(work, done, failed)

    def _work(self, identity: dict[str, str], account: AdminAccount | None, choice: str, files: list[tuple[str, Path]],
              skip_bad: bool, report: Callable[[int, int], None], say: Callable[[str], None]) -> StartOutcome:
        """Runs in the background. Each step commits on its own; a cancel stops the step it interrupts."""
        tr = self.tr
        with self._db.transaction() as session:
            info, actor = first_start.set_up_office(session, identity, account, self._fallback)
        outcome = StartOutcome(actor)
        outcome.lines.append(tr("已保存本单位信息：{0}").format(info.name))
        if account is not None:
            outcome.lines.append(tr("已创建管理员账号：{0}（{1}）").format(account.login, account.display_name))

        def steps(_stage: str, done: int, total: int) -> bool:
            report(done, total)
            return True

        if choice == DEMO:
            say(tr("正在载入演示数据…"))
            try:
                with self._db.transaction() as session:
                    outcome.demo_counts = first_start.load_demo(session, actor, identity, steps).counts
            except Cancelled:
                outcome.lines.append(tr("已取消载入演示数据，未写入任何演示记录。"))
            except Exception as exc:  # noqa: BLE001 - the office is saved; the page says what failed
                outcome.lines.append(tr("无法载入演示数据：{0}").format(messages.text(exc)))
            else:
                counts = outcome.demo_counts
                outcome.lines.append(tr("已载入演示数据：咨询 {0} 条，案件 {1} 件，一函两书 {2} 件，用人单位 {3} 家，职工 {4} 人。").format(
                    *(f"{counts.get(t, 0):,}" for t in ("consultation", "dispute_case", "supervision_notice", "enterprise", "worker"))))
        elif choice == IMPORT:
            for kind, path in files:
                label = ledgers.kinds()[kind].label
                say(tr("正在导入{0}：{1}…").format(label, path.name))
                outcome.lines.append("")
                outcome.lines.append(tr("【{0}】{1}").format(label, path))
                try:
                    with self._db.transaction() as session:
                        result = first_start.import_ledger(session, actor, kind, path, skip_bad=skip_bad,
                                                           progress=lambda d, t: steps("", d, t))
                except ImportAborted as exc:
                    outcome.reports.append((kind, exc.report, "aborted"))
                    outcome.lines.append(tr("未导入（整个文件未写入）：有 {0} 处错误。改正后可用“文件 > 导入台账”再导入。").format(
                        len(exc.report.errors)))
                    outcome.lines += [messages.text(e.message) for e in exc.report.errors]
                except Cancelled:
                    outcome.reports.append((kind, None, "cancelled"))
                    outcome.lines.append(tr("已取消：这个文件未写入，之后的文件也未导入。"))
                    break
                except Exception as exc:  # noqa: BLE001 - unreadable file, wrong format: reported, the next file goes on
                    outcome.reports.append((kind, None, messages.text(exc)))
                    outcome.lines.append(tr("无法导入：{0}").format(messages.text(exc)))
                else:
                    outcome.reports.append((kind, result, ""))
                    outcome.lines.append(messages.text(result.summary()))
                    outcome.lines += [messages.text(e.message) for e in result.errors]
        else:
            outcome.lines.append(tr("从空白开始：按 Ctrl+N 登记第一条咨询。"))
        return outcome

    def done(self, result: int) -> None:  # noqa: D102 - QDialog.done: stop background work before closing
        self._runner.shutdown()
        super().done(result)


@dataclass(frozen=True)
class FirstStart:
    """Whether the wizard was shown and finished, and who acts in the main window after it."""

    shown: bool
    completed: bool
    actor: Actor | None


def run_if_needed(db: Database, fallback_actor: Actor, parent: QWidget | None = None) -> FirstStart:
    """Show the wizard on a database that was never set up; app start-up calls this before the main window."""
    with db.transaction() as session:  # a new file gets its placeholder organization here
        if not first_start.needs_first_start(session):
            return FirstStart(False, True, None)
    wizard = FirstStartWizard(db, fallback_actor, parent)
    completed = wizard.exec() == QWizard.DialogCode.Accepted and wizard.outcome is not None
    return FirstStart(True, completed, wizard.actor if completed else None)

