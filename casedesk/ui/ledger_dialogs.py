"""File > Import of any ledger kind, and the export of a filtered list, off the GUI thread with a cancellable progress dialog.

Import is check-then-write, the way a clerk wants it: the file is first read
and checked without writing (a dry run), the report is shown, and only then
does the clerk choose to import everything, import the good rows and skip the
bad ones, or stop. Both runs go through ``services.ledger_import.run_import``,
the same runner as ``casedesk import``.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.database import Database
from casedesk.services.actor import Actor
from casedesk.services.ledger_import import ImportAborted, ImportReport, run_import
from casedesk.services.ledgers import LedgerKind
from casedesk.ui import i18n, sizing
from casedesk.ui.progress import BackgroundTask, Cancelled
from casedesk.ui.runner import Runner
from casedesk.ui import messages

LEDGER_FILTER = "Excel / CSV (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)"


class ImportReportDialog(QDialog):
    """The check's findings and the clerk's choice: import all, import the good rows, or stop."""

    IMPORT, SKIP_BAD = 1, 2

    def __init__(self, report: ImportReport, kind_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入{0}").format(kind_label))
        good = report.read - report.skipped - report.duplicates
        summary = self.tr("已检查 {0}：读取 {1} 行，可导入 {2} 行，有错误的行 {3} 行，重复（已存在）{4} 行。").format(
            report.file, report.read, good, report.skipped, report.duplicates
        )
        label = QLabel(summary)
        label.setWordWrap(True)
        self.errors = QPlainTextEdit("\n".join(messages.text(e.message) for e in report.errors))
        self.errors.setReadOnly(True)
        self.errors.setVisible(bool(report.errors))
        buttons = QDialogButtonBox()
        self.choice = 0
        if not report.errors and good:
            self._add(buttons, self.tr("导入 {0} 行").format(good), self.IMPORT, default=True)
        if report.errors and good:
            self._add(buttons, self.tr("跳过错误行，导入其余 {0} 行").format(good), self.SKIP_BAD)
        buttons.addButton(self.tr("取消") if good else self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        if report.errors:
            layout.addWidget(QLabel(self.tr("错误（第几行、哪一列、原因）：")))
        layout.addWidget(self.errors, 1)
        layout.addWidget(buttons)
        sizing.size_window(self, 63, 33 if report.errors else None)

    def _add(self, buttons: QDialogButtonBox, text: str, choice: int, default: bool = False) -> None:
        button = QPushButton(text)
        button.setDefault(default)
        buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        button.clicked.connect(lambda: self._choose(choice))

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()


class LedgerImport(QObject):
    """The whole import flow for one file: check, show the report, write on the clerk's word, report the result."""

    finished = Signal(object)  # the ImportReport of the import that wrote, when one did

    def __init__(self, parent: QWidget, db: Database, runner: Runner, actor: Actor, kind: LedgerKind) -> None:
        super().__init__(parent)
        self._parent = parent
        self._db = db
        self._runner = runner
        self._actor = actor
        self._kind = kind
        self.path: Path | None = None

    def choose_and_check(self, start_dir: str = "") -> None:
        name, _ = QFileDialog.getOpenFileName(self._parent, self.tr("导入{0}").format(i18n.ledger_label(self._kind.label)), start_dir,
                                              self.tr(LEDGER_FILTER))
        if name:
            self.check(Path(name))

    def check(self, path: Path) -> None:
        self.path = path
        self._run(dry_run=True, skip_bad=True, on_done=self._checked)

    def _run(self, *, dry_run: bool, skip_bad: bool, on_done: Callable[[ImportReport], None]) -> None:
        assert self.path is not None
        path, kind, actor = self.path, self._kind, self._actor
        task = BackgroundTask(self._parent, self._runner, self.tr("导入{0}").format(i18n.ledger_label(kind.label)),
                              self.tr("正在检查 {0}…").format(path.name) if dry_run else self.tr("正在导入 {0}…").format(path.name))

        def work(report: Callable[[int, int], None]) -> ImportReport:
            def progress(done: int, total: int) -> bool:
                report(done, total)
                return True

            with self._db.transaction() as session:
                return run_import(session, actor, path, kind.make_spec(), dry_run=dry_run, skip_bad=skip_bad, progress=progress)

        task.start(work, on_done, self._failed)

    def _checked(self, report: ImportReport) -> None:
        dialog = ImportReportDialog(report, i18n.ledger_label(self._kind.label), self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.choice:
            return
        self._run(dry_run=False, skip_bad=dialog.choice == ImportReportDialog.SKIP_BAD, on_done=self._imported)

    def _imported(self, report: ImportReport) -> None:
        QMessageBox.information(self._parent, self.tr("导入完成"), messages.text(report.summary()))
        self.finished.emit(report)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, Cancelled):
            QMessageBox.information(self._parent, self.tr("已取消"), self.tr("导入已取消，未写入任何数据。"))
        elif isinstance(exc, ImportAborted):
            QMessageBox.warning(self._parent, self.tr("未导入"), "\n".join(map(messages.text, exc.report.lines()[:30])))
        else:
            QMessageBox.warning(self._parent, self.tr("无法导入"), messages.text(exc))


def export_to_file(
    parent: QWidget,
    runner: Runner,
    title: str,
    suggested: str,
    write: Callable[[Path, bool, Callable[[int, int], None]], int],
) -> None:
    """Ask for a file and whether to write full phone/身份证号 (audited), then ``write(path, reveal, report)`` in the background."""
    name, chosen = QFileDialog.getSaveFileName(parent, title, suggested, parent.tr(LEDGER_FILTER))
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".csv" if "csv" in chosen.lower() and "xlsx" not in chosen.lower() else ".xlsx")
    answer = QMessageBox.question(
        parent, title,
        parent.tr("导出时电话和身份证号默认打码。\n要导出完整号码吗？（此操作将记入审计日志）"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return
    reveal = answer == QMessageBox.StandardButton.Yes
    task = BackgroundTask(parent, runner, title, parent.tr("正在导出到 {0}…").format(path.name))

    def done(count: int) -> None:
        QMessageBox.information(parent, title, parent.tr("已导出 {0} 条到\n{1}").format(count, path))

    def failed(exc: Exception) -> None:
        path.unlink(missing_ok=True)  # never leave half a ledger behind
        if isinstance(exc, Cancelled):
            QMessageBox.information(parent, title, parent.tr("导出已取消。"))
        else:
            QMessageBox.warning(parent, title, parent.tr("导出失败：{0}").format(messages.text(exc)))

    task.start(lambda report: write(path, reveal, report), done, failed)
