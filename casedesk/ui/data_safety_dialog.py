"""管理 › 保存期限清理: anonymise what has passed the retention period.

Everything here is the administrator's. The period itself, the backup folder,
schedule and kept counts are edited in one place, 设置 › 备份与数据保留; this
dialog only runs the purge with the saved period. The purge first counts (a
dry run in the background), shows what it would anonymise, and only runs on a
second, explicit confirmation; it backs the file up first (services.retention).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk import paths
from casedesk.db.database import Database
from casedesk.db.progress import BACKUP, CHECK, WRITE, StepProgress
from casedesk.domain.validators import ValidationError
from casedesk.services import backup, retention, settings
from casedesk.services.actor import Actor, PermissionDenied
from casedesk.ui import messages, sizing
from casedesk.ui.progress import BackgroundTask, Cancelled
from casedesk.ui.runner import Runner


class DataSafetyDialog(QDialog):
    def __init__(self, db: Database, runner: Runner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._actor = db, runner, actor
        self.setWindowTitle(self.tr("保存期限清理"))
        with db.reading() as session:
            self.years = int(settings.get(session, "retention_years"))
        retention_box = QGroupBox(self.tr("保存期限"))
        retention_form = QFormLayout(retention_box)
        retention_form.addRow(self.tr("个人信息保存期限"), QLabel(self.tr("{0} 年").format(self.years)))
        if db.path is not None:
            folder = paths.backup_dir(db.path)
            where = QLabel(self.tr("清理前自动备份到：<a href=\"open\">{0}</a>").format(folder))
            where.setTextFormat(Qt.TextFormat.RichText)
            where.linkActivated.connect(lambda _link: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
            where.setWordWrap(True)
            retention_form.addRow(where)
        else:
            retention_form.addRow(QLabel(messages.text(backup.server_note(db.display_location))))
        where_to_change = QLabel(self.tr("保存期限、备份文件夹、自动备份间隔和保留份数在“设置 › 备份与数据保留”中修改。"))
        where_to_change.setWordWrap(True)
        retention_form.addRow(where_to_change)
        explain = QLabel(self.tr("超过保存期限的已结案件和咨询记录将匿名化：删除姓名、电话、身份证号和文字内容，"
                                 "保留日期、类别、金额和人数等统计数字（个人信息保护法第十九、四十七条）。"))
        explain.setWordWrap(True)
        retention_form.addRow(explain)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.purge_button = QPushButton(self.tr("检查并清理…"))
        self.purge_button.clicked.connect(self.check_purge)
        row = QHBoxLayout()
        row.addWidget(self.preview_label, 1)
        row.addWidget(self.purge_button)
        retention_form.addRow(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(retention_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(sizing.text_width(self, 46))

    def _purge(self, years: int, dry_run: bool, progress: StepProgress | None = None) -> retention.PurgeResult:
        """Runs off the GUI thread with the period the dialog showed (read when it opened)."""
        with self._db.transaction() as session:
            result = retention.purge(session, self._actor, years, dry_run=dry_run, progress=progress)
        if result.files_to_delete:
            with self._db.reading() as session:
                retention.delete_files(session, result.files_to_delete)
        return result

    def _refused(self, exc: Exception) -> None:
        self.purge_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.preview_label.setText(self.tr("已取消清理，没有改动任何记录。"))
            return
        if not isinstance(exc, (ValidationError, PermissionDenied, OSError)):
            raise exc
        QMessageBox.warning(self, self.tr("未完成"), messages.text(exc))

    def check_purge(self) -> None:
        self.purge_button.setEnabled(False)
        self.preview_label.setText(self.tr("正在统计…"))
        task = BackgroundTask(self, self._runner, self.tr("保存期限清理"), self.tr("正在查找超过保存期限的记录…"),
                              note=self.tr("取消：只停止统计，不改动任何记录。"))
        progress = task.steps({CHECK: self.tr("正在查找超过保存期限的记录…")})
        task.start(lambda _report: self._purge(self.years, True, progress), self._confirm_purge, self._refused)

    def _confirm_purge(self, preview: retention.PurgeResult) -> None:
        self.purge_button.setEnabled(True)
        self.preview_label.setText("\n".join(map(messages.text, preview.lines()[:2])))
        if not (preview.cases or preview.consultations):
            QMessageBox.information(self, self.tr("保存期限"), self.tr("没有超过保存期限的记录。"))
            return
        answer = QMessageBox.question(self, self.tr("确认清理"), self.tr(
            "{0}\n\n匿名化不可撤销（清理前会自动备份）。现在清理吗？").format("\n".join(map(messages.text, preview.lines()))))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.purge_button.setEnabled(False)
        self.preview_label.setText(self.tr("正在清理…"))
        # The backup first, then the anonymising, all in one transaction: 取消 until it commits changes nothing.
        task = BackgroundTask(self, self._runner, self.tr("保存期限清理"), self.tr("正在清理…"),
                              note=self.tr("取消：在清理完成之前可以取消，所有记录保持原样（已做好的清理前备份留在备份文件夹中）。"))
        progress = task.steps({CHECK: self.tr("正在查找超过保存期限的记录…"), BACKUP: self.tr("正在备份（清理前）…"),
                               WRITE: self.tr("正在匿名化超过保存期限的记录…")})
        task.start(lambda _report: self._purge(self.years, False, progress), self._purged, self._refused)

    def _purged(self, result: retention.PurgeResult) -> None:
        self.purge_button.setEnabled(True)
        self.preview_label.setText("\n".join(map(messages.text, result.lines())))
        QMessageBox.information(self, self.tr("已清理"), "\n".join(map(messages.text, result.lines())))
