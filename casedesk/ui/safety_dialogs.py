"""The dialogs that keep data safe: restoring a backup, recovering a damaged file, a file someone else
has open, a file on a network share.

They only ask and show; the work is services.backup and db.lock.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.backup import BackupError
from casedesk.db.database import DamagedDatabase
from casedesk.db.lock import Holder
from casedesk.services import backup
from casedesk.services.actor import Actor
from casedesk.ui import messages, sizing
from casedesk.ui.progress import BackgroundTask, Cancelled
from casedesk.ui.runner import Runner

CONTEXT = "SafetyDialogs"
BACKUP_FILTER = "CaseDesk 数据文件 (*.sqlite3 *.db);;所有文件 (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class RestoreDialog(QDialog):
    """Pick one of the file's backups (or any file); each is checked before it can be chosen."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("恢复备份"))
        self.chosen: Path | None = None
        self._runner = Runner(self)
        self._backups = backup.list_backups(db_path)
        intro = QLabel(_tr("恢复会用所选备份替换当前数据；替换前会先把当前数据另存一份备份，不会丢失。"
                           "请先确认其他电脑已关闭 CaseDesk。"))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self._backups), 3)
        self.table.setHorizontalHeaderLabels([_tr("时间"), _tr("类型"), _tr("大小")])
        for r, b in enumerate(self._backups):
            for c, text in enumerate((b.taken_at.strftime("%Y-%m-%d %H:%M:%S"), b.reason_label, _size(b.size))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda _item: self._choose_selected())
        other = QPushButton(_tr("选择其他备份文件…"))
        other.clicked.connect(self._choose_file)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(_tr("恢复所选备份"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._choose_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(other, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        sizing.size_window(self, 52, 30)
        if self._backups:
            self.table.selectRow(0)

    def _choose_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._confirm(self._backups[rows[0].row()].path)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, _tr("选择备份文件"), "", _tr(BACKUP_FILTER))
        if name:
            self._confirm(Path(name))

    def _confirm(self, path: Path) -> BackgroundTask:
        """A first, quick look at the chosen file (seconds on a province-size one) in the background; the full
        check runs with the restore."""
        task = BackgroundTask(self, self._runner, _tr("恢复备份"), self.tr("正在检查 {0}…").format(path.name),
                              note=self.tr("取消：不使用这个备份，当前数据不变。"))

        def checked(check: backup.BackupCheck) -> None:
            if not check.ok:
                QMessageBox.warning(self, _tr("不能使用这个备份"), messages.text(check.message))
                return
            answer = QMessageBox.question(self, _tr("恢复备份"), _tr("用 {0} 替换当前数据？\n当前数据会先另存为备份。").format(path.name))
            if answer == QMessageBox.StandardButton.Yes:
                self.chosen = path
                self.accept()

        def failed(exc: Exception) -> None:
            if not isinstance(exc, Cancelled):
                QMessageBox.warning(self, _tr("不能使用这个备份"), messages.text(exc))

        task.start(lambda _report: backup.check_backup(path, quick=True, keep_going=lambda: task.keep_going(0)),
                   checked, failed)
        return task


def offer_recovery(exc: DamagedDatabase, actor: Actor, parent: QWidget | None = None) -> bool:
    """A damaged file at start-up: say so and offer the newest good backup. True when recovered."""
    runner = Runner()  # at start-up there is no window yet, nor its runner
    # Each backup gets the full integrity check, a minute for a province-size file: in the background, stoppable.
    searching = BackgroundTask(parent, runner, _tr("数据文件已损坏"),
                               QCoreApplication.translate("SafetyDialogs", "正在查找最近的完好备份…"),
                               note=QCoreApplication.translate("SafetyDialogs", "取消：不再查找，之后可以自己选择一个备份文件。"))
    stopped = False
    try:
        good = searching.wait(lambda _report: backup.latest_good(exc.path, keep_going=lambda: searching.keep_going(0)))
    except Cancelled:
        good, stopped = None, True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("数据文件已损坏"))
    text = _tr("数据文件无法正常打开：\n{0}").format(messages.text(exc))
    if good is not None:
        text += _tr("\n\n最近的完好备份：{0}（{1}）。\n恢复后，损坏的文件会保留在原处（改名为 .damaged-日期），不会删除。").format(
            good.taken_at.strftime("%Y-%m-%d %H:%M"), good.reason_label)
    elif stopped:
        text += QCoreApplication.translate("SafetyDialogs", "\n\n已停止查找完好的备份。可以选择一个备份文件，或退出。")
    else:
        text += _tr("\n\n没有找到这个文件的完好备份。可以选择一个备份文件，或退出后请技术人员检查。")
    box.setText(text)
    latest = box.addButton(_tr("从最近的完好备份恢复"), QMessageBox.ButtonRole.AcceptRole) if good else None
    pick = box.addButton(_tr("选择备份文件…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(_tr("退出"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if latest is not None and clicked is latest:
        source = good.path if good else None
    elif clicked is pick:
        name, _ = QFileDialog.getOpenFileName(parent, _tr("选择备份文件"), str(exc.path.parent), _tr(BACKUP_FILTER))
        source = Path(name) if name else None
    else:
        source = None
    if source is None:
        return False
    recovering = BackgroundTask(parent, runner, _tr("数据文件已损坏"),
                                QCoreApplication.translate("SafetyDialogs", "正在检查备份并恢复…"), cancellable=False)
    try:
        result = recovering.wait(lambda _report: backup.recover_damaged(exc.path, source, actor))
    except (BackupError, OSError) as err:
        QMessageBox.critical(parent, _tr("恢复失败"), messages.text(err))
        return False
    QMessageBox.information(parent, _tr("已恢复"), _tr("已从 {0} 恢复。\n损坏的文件保留为 {1}").format(
        source.name, result.safety_copy))
    return True


CONTINUE, READ_ONLY, QUIT = "continue", "read_only", "quit"


def ask_shared_use(holders: list[Holder], parent: QWidget | None = None) -> str:
    """Someone else has the file open: go on together, look without changing anything, or quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("数据文件正在使用中"))
    box.setText(_tr("这个数据文件已经在使用：\n{0}\n\n两台电脑可以同时使用同一个数据文件，保存时互不覆盖。"
                    "如果对方正在恢复备份或清理数据，请等对方完成。").format("\n".join(h.describe() for h in holders)))
    go = box.addButton(_tr("继续打开"), QMessageBox.ButtonRole.AcceptRole)
    look = box.addButton(_tr("只读打开"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(_tr("退出"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(go)
    box.exec()
    clicked = box.clickedButton()
    return CONTINUE if clicked is go else READ_ONLY if clicked is look else QUIT


def warn_network_share(kind: str, path: Path, parent: QWidget | None = None) -> None:
    QMessageBox.warning(parent, _tr("数据文件在网络共享上"), _tr(
        "数据文件 {0} 位于网络共享（{1}）上。\n\n网络共享上的文件在断网或多台电脑同时写入时可能损坏，"
        "程序已改用更稳妥的日志方式，但仍建议：单机使用时把文件放在本机硬盘上；"
        "多台电脑共用数据时使用服务器（PostgreSQL）模式，见使用说明“服务器模式”。").format(path, kind))
