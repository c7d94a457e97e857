"""设置: everything an office configures, in sections down the left.

Each section saves through the service that owns its rule (the union's
identity through ``organization``, reply deadlines through ``notices``, the
follow-up rule through ``consultations``, fonts and the seal through
``notice_letter``, holidays through ``holidays``, the rest through
``office_settings``), so a value refused anywhere is refused here too, with
the same message naming the field. The 文书 sections are the very tabs of the
notices' 文书设置 dialog, not copies. Sections are built when first opened.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from casedesk import paths
from casedesk.db.database import Database
from casedesk.documents import fonts as font_chain
from casedesk.documents.font_sample import specimen_pdf
from casedesk.domain.validators import ValidationError
from casedesk.services import backup, consultations, office_settings, organization
from casedesk.services.actor import Actor, PermissionDenied
from casedesk.services.organization import OrgInfo
from casedesk.ui.case_widgets import fill_table, read_only_table, refuse
from casedesk.ui.progress import BackgroundTask, Cancelled
from casedesk.ui.notice_preview import load_pdf
from casedesk.ui.notice_settings import BodiesTab, HolidaysTab, LawsTab, LetterTab, TemplatesTab
from casedesk.ui.pages.common import header_row
from casedesk.ui.runner import Runner
from casedesk.ui import messages, sizing

# The field labels come from services.organization.LABELS; they are translated under this context.
LABEL_CONTEXT = "OrgLabels"
SECTIONS = (
    ("org", QT_TRANSLATE_NOOP("SettingsPage", "本单位与编号")),
    ("reminders", QT_TRANSLATE_NOOP("SettingsPage", "回访与提醒")),
    ("letters", QT_TRANSLATE_NOOP("SettingsPage", "文书期限、字体和印章")),
    ("templates", QT_TRANSLATE_NOOP("SettingsPage", "文书模板")),
    ("laws", QT_TRANSLATE_NOOP("SettingsPage", "法律条文目录")),
    ("bodies", QT_TRANSLATE_NOOP("SettingsPage", "政府部门")),
    ("holidays", QT_TRANSLATE_NOOP("SettingsPage", "节假日与调休")),
    ("backup", QT_TRANSLATE_NOOP("SettingsPage", "备份与数据保留")),
    ("language", QT_TRANSLATE_NOOP("SettingsPage", "界面语言")),
)
SAMPLE_DELAY_MS = 500
PATTERN_KEYS = tuple(key for _series, key in office_settings.SERIES)
# Labels and units of services.office_settings, marked here for translation under this page's context.
SERVICE_WORDS = (
    QT_TRANSLATE_NOOP("SettingsPage", "法定期限提前提醒"), QT_TRANSLATE_NOOP("SettingsPage", "案件无进展提醒"),
    QT_TRANSLATE_NOOP("SettingsPage", "数据保留年限"), QT_TRANSLATE_NOOP("SettingsPage", "自动备份间隔"),
    QT_TRANSLATE_NOOP("SettingsPage", "保留最近的备份"), QT_TRANSLATE_NOOP("SettingsPage", "每天保留一份，共"),
    QT_TRANSLATE_NOOP("SettingsPage", "每周保留一份，共"), QT_TRANSLATE_NOOP("SettingsPage", "每月保留一份，共"),
    QT_TRANSLATE_NOOP("SettingsPage", "天"), QT_TRANSLATE_NOOP("SettingsPage", "年"),
    QT_TRANSLATE_NOOP("SettingsPage", "分钟"), QT_TRANSLATE_NOOP("SettingsPage", "份"),
    QT_TRANSLATE_NOOP("SettingsPage", "周"), QT_TRANSLATE_NOOP("SettingsPage", "个月"),
    QT_TRANSLATE_NOOP("SettingsPage", "案件的法定期限在这么多天内到期时，列入工作台和期限提醒"),
    QT_TRANSLATE_NOOP("SettingsPage", "在办案件这么多天没有新的办理记录时，列入工作台"),
    QT_TRANSLATE_NOOP("SettingsPage", "结案或受理超过这么多年的记录可以清理（匿名化，统计数字保留）；由管理员执行 casedesk purge"),
    QT_TRANSLATE_NOOP("SettingsPage", "程序打开期间，有改动时每隔这么多分钟自动备份一次"),
)


def _translated(text: str) -> str:
    return QCoreApplication.translate("SettingsPage", text)


def _save_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def _number_spin(spec: office_settings.NumberSetting) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(spec.minimum, spec.maximum)
    spin.setSuffix(" " + _translated(spec.unit))
    spin.setToolTip(_translated(spec.help))
    spin.setObjectName(spec.key)
    spin.setMaximumWidth(sizing.text_width(spin, 12))
    return spin


class _Section(QWidget):
    """A section writes through ``write``: one transaction, and a refusal shown naming the field.

    Form sections keep a readable width; the 文书 tabs (tables, previews) take the whole page.
    """

    NARROW_EM = 64

    def __init__(self, db: Database, actor: Actor, runner: Runner, *, narrow: bool = True) -> None:
        super().__init__()
        self._db, self._actor, self._runner = db, actor, runner
        if narrow:
            self.setMaximumWidth(sizing.text_width(self, self.NARROW_EM))

    def _lay_out_form(self, form: QFormLayout, note: QLabel) -> None:
        """The form, its note and 保存 at the bottom right (the section's own ``save``): every form section's shape."""
        note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.clicked.connect(self.save)  # type: ignore[attr-defined]
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(_save_row(self.save_button))
        layout.addStretch(1)

    def write(self, action: Callable[[Session], object], title: str) -> bool:
        try:
            with self._db.transaction() as session:
                action(session)
        except (ValidationError, PermissionDenied) as exc:
            refuse(self, exc, title)
            return False
        return True


class OrgSection(_Section):
    """The union's identity and its number patterns, with the next number each pattern gives this year.

    Saves only the fields that changed, so the audit trail records exactly what was edited.
    """

    org_saved = Signal(object)  # OrgInfo

    def __init__(self, db: Database, actor: Actor, runner: Runner) -> None:
        super().__init__(db, actor, runner)
        self.fields: dict[str, QLineEdit] = {}
        self.next_numbers: dict[str, QLabel] = {}
        form = QFormLayout()
        for key in organization.EDITABLE:
            edit = QLineEdit()
            edit.setObjectName(key)
            self.fields[key] = edit
            label = QCoreApplication.translate(LABEL_CONTEXT, organization.LABELS[key])
            if key in PATTERN_KEYS:
                preview = QLabel()
                preview.setFixedWidth(sizing.text_width(self, 16))
                edit.textChanged.connect(self._show_next_numbers)
                self.next_numbers[key] = preview
                row = QHBoxLayout()
                row.addWidget(edit, 1)
                row.addWidget(preview)
                form.addRow(label, row)
            else:
                form.addRow(label, edit)
        pattern_hint = QLabel(self.tr("编号格式中用 {year} 代表年份、{seq} 代表序号，例如：法援〔{year}〕{seq}号。"
                                      "右侧是按格式下一个要发出的编号；已发出的编号不会改变。"))
        pattern_hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        revert = QPushButton(self.tr("放弃修改"))
        revert.clicked.connect(self.load)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(pattern_hint)
        layout.addLayout(_save_row(revert, self.save_button))
        layout.addStretch(1)
        self._saved: OrgInfo | None = None
        self.load()

    def load(self) -> None:
        with self._db.transaction() as session:  # an empty file gets its organization row here
            info = organization.get_org(session)
        self._show(info)

    def _show(self, info: OrgInfo) -> None:
        self._saved = info
        for key, edit in self.fields.items():
            blocked = edit.blockSignals(True)
            edit.setText(getattr(info, key))
            edit.blockSignals(blocked)
        self._show_next_numbers()

    def _show_next_numbers(self) -> None:
        patterns = {key: self.fields[key].text() for key in self.next_numbers}
        with self._db.reading() as session:
            numbers = office_settings.next_numbers(session, patterns)
        for key, label in self.next_numbers.items():
            number = numbers.get(key, "")
            label.setText(self.tr("下一个：{0}").format(number) if number else self.tr("格式有误"))
            label.setStyleSheet("" if number else "color: #b00020;")

    def changed_values(self) -> dict[str, str]:
        assert self._saved is not None
        return {k: e.text() for k, e in self.fields.items() if e.text() != getattr(self._saved, k)}

    def save(self) -> bool:
        """Validate and store the edited fields; a refused value is named in a message and nothing is saved."""
        values = self.changed_values()
        if not values:
            return True
        try:
            with self._db.transaction() as session:
                info = organization.update_org(session, self._actor, **values)
        except (ValidationError, PermissionDenied) as exc:
            self._focus_field_named_in(str(exc), values)
            QMessageBox.warning(self, self.tr("无法保存"), messages.text(exc))
            return False
        self._show(info)
        self.org_saved.emit(info)
        return True

    def _focus_field_named_in(self, message: str, candidates: dict[str, str]) -> None:
        for key in candidates:
            if organization.LABELS[key] in message:
                self.fields[key].setFocus()
                self.fields[key].selectAll()
                return


class RemindersSection(_Section):
    """回访 after a referral or an open call, how early statutory deadlines warn, when a case is stale."""

    KEYS = ("deadline_warning_days", "stale_case_days")

    def __init__(self, db: Database, actor: Actor, runner: Runner) -> None:
        super().__init__(db, actor, runner)
        self.followup = QSpinBox()
        self.followup.setObjectName("followup_working_days")
        self.followup.setRange(1, consultations.MAX_FOLLOWUP_DAYS)
        self.followup.setSuffix(self.tr(" 个工作日"))
        self.followup.setToolTip(self.tr("转办或待处理的咨询，在转办日期（或来电日期）后这么多个工作日回访"))
        self.followup.setMaximumWidth(sizing.text_width(self, 12))
        self.spins = {key: _number_spin(office_settings.NUMBERS[key]) for key in self.KEYS}
        form = QFormLayout()
        form.addRow(self.tr("回访期限"), self.followup)
        for key, spin in self.spins.items():
            form.addRow(_translated(office_settings.NUMBERS[key].label), spin)
        self._lay_out_form(form, QLabel(self.tr("回访期限只影响以后登记的咨询；已登记的保留原来的回访日期。工作日按节假日和调休安排计算。")))
        self.load()

    def load(self) -> None:
        with self._db.reading() as session:
            self.followup.setValue(consultations.followup_working_days(session))
            values = office_settings.numbers(session)
        for key, spin in self.spins.items():
            spin.setValue(values[key])

    def save(self) -> bool:
        def action(session: Session) -> None:
            if consultations.followup_working_days(session) != self.followup.value():
                consultations.set_followup_working_days(session, self._actor, self.followup.value())
            for key, spin in self.spins.items():
                office_settings.set_number(session, self._actor, key, spin.value())

        return self.write(action, self.tr("未保存"))


class FontSample(QLabel):
    """The letter fonts drawn as a letter draws them, for the font files typed (saved or not)."""

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._generation = 0
        self.setObjectName("fontSample")
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setStyleSheet("QLabel#fontSample { background: white; border: 1px solid #c8c8c8; padding: 6px; }")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.setText(self.tr("正在生成字体样张…"))

    def render(self, body: str, title: str, heading: str) -> None:  # type: ignore[override]
        """Resolve the chain and draw the specimen in the background; only the newest request is shown."""
        self._generation += 1
        generation = self._generation

        def work() -> bytes:
            return specimen_pdf(font_chain.resolve(body, title, heading))

        self._runner.submit(self, work, lambda pdf: self._show(generation, pdf),
                            lambda exc: self.setText(self.tr("无法生成字体样张：{0}").format(messages.text(exc))))

    def _show(self, generation: int, pdf: bytes) -> None:
        if generation != self._generation:
            return
        document = load_pdf(pdf, self)
        points = document.pagePointSize(0)
        ratio = self.devicePixelRatioF()
        width = sizing.text_width(self, 52)
        size = QSize(int(width * ratio), int(width * ratio * points.height() / points.width()))
        image = document.render(0, size)
        image.setDevicePixelRatio(ratio)
        self.setPixmap(QPixmap.fromImage(image))
        document.deleteLater()


class LettersSection(_Section):
    """The notices' 期限、字体和印章 tab, with a specimen of the fonts that follows the font fields."""

    def __init__(self, db: Database, actor: Actor, runner: Runner) -> None:
        super().__init__(db, actor, runner, narrow=False)
        self.tab = LetterTab(db, runner, actor)
        self.sample = FontSample(runner)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAMPLE_DELAY_MS)
        self._timer.timeout.connect(self.refresh_sample)
        for edit in self.tab.fonts.values():
            edit.textChanged.connect(lambda _text: self._timer.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tab)
        layout.addWidget(QLabel(self.tr("字体样张（按上面填写的字体生成；保存后新签发的文书使用）：")))
        layout.addWidget(self.sample)
        self.refresh_sample()

    def refresh_sample(self) -> None:
        fonts = self.tab.fonts
        self.sample.render(fonts["body"].text(), fonts["title"].text(), fonts["heading"].text())


class BackupSection(_Section):
    """Where backups go, taking one now, the schedule and how many are kept, and how long records are kept.

    The folder is saved beside the database file (``backup_places``), not in it, so a damaged file still
    finds its backups; after a change the clerk chooses to move the old backups there or keep them found
    where they are.
    """

    KEYS = ("backup.interval_minutes", "backup.keep_recent", "backup.keep_daily", "backup.keep_weekly",
            "backup.keep_monthly", "retention_years")
    SHOWN = 8

    saved = Signal()  # the schedule may have changed: the window restarts its backup timer

    def __init__(self, db: Database, actor: Actor, runner: Runner) -> None:
        super().__init__(db, actor, runner)
        self.folder = QLineEdit()
        self.folder.setObjectName("backup.folder")
        self.folder.setToolTip(self.tr("每次备份都存到这个文件夹，最好在另一块磁盘或U盘上；留空则存在数据文件旁的 backups 文件夹"))
        self.browse = QPushButton(self.tr("浏览…"))
        self.browse.clicked.connect(self._browse)
        self.open_folder = QPushButton(self.tr("打开文件夹"))
        self.open_folder.clicked.connect(self._open_folder)
        self.backup_now = QPushButton(self.tr("立即备份"))
        self.backup_now.clicked.connect(self.take_backup)
        self.server_note = QLabel()
        self.server_note.setWordWrap(True)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        folder_row.addWidget(self.open_folder)
        folder_row.addWidget(self.backup_now)
        self.recent = read_only_table([self.tr("时间"), self.tr("原因"), self.tr("大小")], stretch_column=0)
        self.recent.setMaximumHeight(sizing.text_height(self, 10.5))
        self.spins = {key: _number_spin(office_settings.NUMBERS[key]) for key in self.KEYS}
        form = QFormLayout()
        form.addRow(self.tr("备份文件夹"), folder_row)
        form.addRow("", self.server_note)
        form.addRow(self.tr("最近的备份"), self.recent)
        for key, spin in self.spins.items():
            form.addRow(_translated(office_settings.NUMBERS[key].label), spin)
        self._lay_out_form(form, QLabel(self.tr("每次导入、批量发函、恢复和升级前也会自动备份。手动备份永不自动删除。"
                                                "服务器数据库由服务器管理员用 pg_dump 备份。")))
        self.load()

    def load(self) -> None:
        with self._db.reading() as session:
            values = office_settings.numbers(session)
        for key, spin in self.spins.items():
            spin.setValue(values[key])
        path = self._db.path
        on_file = path is not None
        for widget in (self.folder, self.browse, self.open_folder, self.backup_now, self.recent):
            widget.setEnabled(on_file)
        self.server_note.setVisible(not on_file)
        if path is None:  # a server's data is backed up by the server: no folder here
            self.server_note.setText(self.tr("当前使用的是服务器数据库（{0}），没有文件备份：由服务器管理员用 pg_dump 备份，"
                                             "见 README“服务器模式”。").format(self._db.display_location))
            return
        self.folder.setText(str(backup.folder(path)))
        rows = [(b.path, (b.taken_at.strftime("%Y-%m-%d %H:%M"), self._reason(b.reason),
                          f"{b.size / 1_048_576:,.1f} MB"))
                for b in backup.list_backups(path)[: self.SHOWN]]
        fill_table(self.recent, rows, right_aligned=(2,))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择备份文件夹"), self.folder.text())
        if chosen:
            self.folder.setText(str(Path(chosen)))

    def _reason(self, code: str) -> str:
        if code.startswith("before-upgrade"):  # db.migrate names them after the revision: before-upgrade-0003
            return self.tr("升级前")
        return QCoreApplication.translate("Backups", backup.REASON_LABELS.get(code, code))

    def _open_folder(self) -> None:
        if self._db.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.backup_dir(self._db.path))))

    def _chosen_folder(self) -> Path | None:
        text = self.folder.text().strip()
        return Path(text).expanduser() if text else None

    def take_backup(self) -> None:
        self.backup_now.setEnabled(False)
        self.backup_now.setText(self.tr("正在备份…"))

        def done(path: Path) -> None:
            self.backup_now.setText(self.tr("立即备份"))
            self.load()
            QMessageBox.information(self, self.tr("备份"), self.tr("备份完成并已校验：\n{0}").format(path))

        def failed(exc: Exception) -> None:
            self.backup_now.setText(self.tr("立即备份"))
            self.backup_now.setEnabled(True)
            QMessageBox.critical(self, self.tr("备份失败"), messages.text(exc))

        self._runner.submit(self, lambda: backup.take(self._db, backup.MANUAL), done, failed)

    def save(self) -> bool:
        db_path = self._db.path
        before = backup.folder(db_path) if db_path is not None else None

        def action(session: Session) -> None:
            for key, spin in self.spins.items():
                office_settings.set_number(session, self._actor, key, spin.value())
            if db_path is not None:
                backup.set_folder(session, self._actor, self._chosen_folder())

        if not self.write(action, self.tr("未保存")):
            return False
        self.saved.emit()
        if db_path is not None and backup.folder(db_path) != before:
            self._offer_move(db_path)
        self.load()
        return True

    def _offer_move(self, db_path: Path) -> None:
        """After a folder change: move the backups already taken, or keep finding them where they are."""
        elsewhere = [b for b in backup.list_backups(db_path) if b.path.parent != backup.folder(db_path)]
        if not elsewhere:
            return
        answer = QMessageBox.question(
            self, self.tr("备份文件夹"),
            self.tr("以后的备份将存到新文件夹。已有 {0} 份备份在原来的位置，要把它们移到新文件夹吗？\n\n"
                    "选“否”则留在原处，恢复备份时仍会在原位置查找。").format(len(elsewhere)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        task = BackgroundTask(self, self._runner, self.tr("移动备份"), self.tr("正在把备份移到新文件夹…"))

        def done(moved: int) -> None:
            self.load()
            QMessageBox.information(self, self.tr("移动备份"), self.tr("已移动 {0} 份备份到：\n{1}").format(
                moved, backup.folder(db_path)))

        def failed(exc: Exception) -> None:
            self.load()
            if not isinstance(exc, Cancelled):
                QMessageBox.critical(self, self.tr("移动备份"), self.tr("移动中断，未移动的备份仍在原处并能找到：\n{0}").format(messages.text(exc)))

        task.start(lambda report: backup.move_backups(self._db, self._actor, report), done, failed)


class LanguageSection(_Section):
    """The GUI's language; letters and reports stay in Chinese (they are official documents)."""

    language_changed = Signal(str)

    def __init__(self, db: Database, actor: Actor, runner: Runner) -> None:
        super().__init__(db, actor, runner)
        self.combo = QComboBox()
        self.combo.setObjectName("language")
        for code, name in office_settings.LANGUAGES.items():
            self.combo.addItem(name, code)
        with db.reading() as session:
            self.combo.setCurrentIndex(self.combo.findData(office_settings.language(session)))
        form = QFormLayout()
        form.addRow(self.tr("界面语言 / Language"), self.combo)
        self._lay_out_form(form, QLabel(self.tr("界面文字和命令行提示按所选语言显示；一函两书和统计报表是正式文书，始终为中文。"
                                                "重新启动程序后生效。")))

    def save(self) -> bool:
        code = str(self.combo.currentData())
        if not self.write(lambda s: office_settings.set_language(s, self._actor, code), self.tr("未保存")):
            return False
        self.language_changed.emit(code)
        return True


class SettingsPage(QWidget):
    """The settings sections; ``org_saved``, ``language_changed`` and ``backup_saved`` tell the main window to follow."""

    org_saved = Signal(object)  # OrgInfo
    language_changed = Signal(str)
    backup_saved = Signal()

    def __init__(self, db: Database, actor: Actor, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner = db, actor, runner
        self.sections: dict[str, QWidget] = {}
        self.menu = QListWidget()
        self.menu.setObjectName("settingsSections")
        self.menu.setStyleSheet("QListWidget#settingsSections::item { padding: 6px 8px; }")
        for _key, title in SECTIONS:
            self.menu.addItem(_translated(title))
        widest = max(self.menu.fontMetrics().horizontalAdvance(self.menu.item(i).text()) for i in range(self.menu.count()))
        self.menu.setFixedWidth(max(sizing.text_width(self, 12), widest + sizing.text_width(self, 3)))  # English is longer
        self.stack = QStackedWidget()
        self._holders: dict[str, QScrollArea] = {}
        for key, _title in SECTIONS:
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            self._holders[key] = holder
            self.stack.addWidget(holder)
        self.menu.currentRowChanged.connect(self._on_row)
        body = QHBoxLayout()
        body.addWidget(self.menu)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header_row(self.tr("设置")))
        if actor.role != "admin":
            banner = QLabel(self.tr("只有管理员可以修改大部分设置；您可以查看，并可修改界面语言。"))
            banner.setStyleSheet("color: #b85c00;")
            layout.addWidget(banner)
        layout.addLayout(body, 1)
        self.menu.setCurrentRow(0)

    # The organization section's widgets, which the main window's tests and screenshots reach directly.
    @property
    def fields(self) -> dict[str, QLineEdit]:
        return self.org.fields

    @property
    def save_button(self) -> QPushButton:
        return self.org.save_button

    @property
    def org(self) -> OrgSection:
        section = self.section("org")
        assert isinstance(section, OrgSection)
        return section

    def show_section(self, key: str) -> QWidget:
        self.menu.setCurrentRow([k for k, _ in SECTIONS].index(key))
        return self.section(key)

    def section(self, key: str) -> QWidget:
        """The section widget for ``key``, built on first use (the 文书 tabs read catalogues and render previews)."""
        if key not in self.sections:
            widget = self._create(key)
            self.sections[key] = widget
            self._holders[key].setWidget(widget)
        return self.sections[key]

    def _create(self, key: str) -> QWidget:
        db, actor, runner = self._db, self._actor, self._runner
        if key == "org":
            org = OrgSection(db, actor, runner)
            org.org_saved.connect(self.org_saved)
            return org
        if key == "reminders":
            return RemindersSection(db, actor, runner)
        if key == "letters":
            return LettersSection(db, actor, runner)
        if key == "backup":
            backup_section = BackupSection(db, actor, runner)
            backup_section.saved.connect(self.backup_saved)
            return backup_section
        if key == "language":
            language = LanguageSection(db, actor, runner)
            language.language_changed.connect(self.language_changed)
            return language
        tabs = {"templates": TemplatesTab, "laws": LawsTab, "bodies": BodiesTab, "holidays": HolidaysTab}
        return tabs[key](db, runner, actor)

    def _on_row(self, row: int) -> None:
        if row < 0:
            return
        key = SECTIONS[row][0]
        self.section(key)
        self.stack.setCurrentWidget(self._holders[key])
