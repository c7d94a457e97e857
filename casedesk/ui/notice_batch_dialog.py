"""专项提示函: choose the employers (street, industry, name, no union), write the reminder once, issue to all.

The employers are counted and listed as the filters change (in the
background). Issuing runs off the GUI thread behind a progress dialog; it
is one transaction (``services.notice_batch``), so 取消 leaves no number
used and nothing issued. Afterwards the combined PDF for the printer and
one PDF per letter are written to the chosen folder.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.database import Database
from casedesk.domain.enums import DeadlineUnit, Industry, ViolationType
from casedesk.domain.timeutil import local_now
from casedesk.domain.validators import ValidationError
from casedesk.services import law_catalogue, notice_batch, notices, organization
from casedesk.services.actor import Actor
from casedesk.services.notice_batch import BatchContent, BatchResult, TargetFilter
from casedesk.ui.case_widgets import (
    CheckGrid,
    DateField,
    FieldInputError,
    enum_combo,
    refuse,
    select_data,
)
from casedesk.ui.notice_dialogs import LawPickerDialog
from casedesk.ui.notice_form import notice_events
from casedesk.ui.notice_preview import documents_dir
from casedesk.ui.pages.list_page import ListPage
from casedesk.ui.progress import BackgroundTask, Cancelled
from casedesk.ui.runner import Runner
from casedesk.ui import messages, sizing

PREVIEW_ROWS = 300
FILTER_DELAY_MS = 300

# A ready example for the most common campaign (广西 sent three such letters in summer 2024).
HEAT_FACTS = "入夏以来，我区持续出现高温天气。部分用人单位户外作业和高温作业时间长，防暑降温措施落实不到位，职工身体健康和生命安全面临风险。"
HEAT_DEMANDS = (
    "1.合理安排工作时间：日最高气温达到40℃以上，停止当日室外露天作业；37℃以上、40℃以下，全天室外露天作业累计不超过6小时，气温最高时段3小时内不安排室外露天作业；\n"
    "2.为职工提供符合要求的防暑降温饮料和必需的药品，改善工作场所通风降温条件；\n"
    "3.按规定向在高温天气下作业的职工发放高温津贴，不得以防暑降温饮料充抵；\n"
    "4.加强对女职工、未成年工等的特殊保护，不得安排怀孕女职工在高温天气下从事室外露天作业。"
)
HEAT_BASIS = ("《中华人民共和国劳动法》第五十四条", "《中华人民共和国劳动法》第五十二条", "《中华人民共和国工会法》第二十五条")


class BatchDialog(QDialog):
    def __init__(
        self, db: Database, runner: Runner, actor: Actor, *, street: str = "", industry: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("专项提示函"))
        self._db, self._runner, self._actor = db, runner, actor
        self._generation = 0
        self.result_batch: BatchResult | None = None
        self.written: list[Path] = []
        self.last_message = ""

        # Who gets it.
        self.street = QComboBox()
        self.street.addItem(self.tr("全部街道"), "")
        with db.reading() as session:
            for name in notice_batch.streets(session):
                self.street.addItem(name, name)
            org_name = organization.current_org(session).name
            count, unit = notices.default_deadline(session, "reminder")
        self.industry = enum_combo(Industry, blank=self.tr("全部行业"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("名称包含，如 物流、快递"))
        self.no_union = QCheckBox(self.tr("仅未建工会的单位"))
        self.count_label = QLabel()
        self.targets = QListWidget()
        self.targets.setMinimumWidth(sizing.text_width(self.targets, 23))
        select_data(self.street, street)
        select_data(self.industry, industry or None)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.refresh_targets)
        for combo in (self.street, self.industry):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.name.textEdited.connect(lambda _t: self._timer.start())
        self.no_union.toggled.connect(lambda _c: self._timer.start())
        who = QFormLayout()
        who.addRow(self.tr("街道"), self.street)
        who.addRow(self.tr("行业"), self.industry)
        who.addRow(self.tr("名称"), self.name)
        who.addRow("", self.no_union)
        who_box = QGroupBox(self.tr("发送对象"))
        who_layout = QVBoxLayout(who_box)
        who_layout.addLayout(who)
        who_layout.addWidget(self.count_label)
        who_layout.addWidget(self.targets, 1)

        # What it says.
        self.facts = QPlainTextEdit()
        self.demands = QPlainTextEdit()
        self.violations = CheckGrid(ViolationType, columns=2)
        self.basis = QListWidget()
        self.basis.setMaximumHeight(sizing.box_height(self.basis, 5))
        pick = QPushButton(self.tr("选择条文…"))
        pick.clicked.connect(self.pick_articles)
        example = QPushButton(self.tr("填入示例：夏季防暑降温"))
        example.clicked.connect(self.fill_heat_example)
        self.deadline_count = QSpinBox()
        self.deadline_count.setRange(1, notices.MAX_DEADLINE)
        self.deadline_count.setValue(count)
        self.deadline_unit = enum_combo(DeadlineUnit)
        select_data(self.deadline_unit, unit)
        self.issued_on = DateField(self.tr("发文日期"))
        self.issued_on.set_value(local_now().date())
        self.folder = QLineEdit(str(documents_dir() / f"专项提示函-{local_now():%Y%m%d}"))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self.choose_folder)
        deadline = QHBoxLayout()
        deadline.addWidget(self.deadline_count)
        deadline.addWidget(self.deadline_unit)
        deadline.addStretch(1)
        basis_row = QHBoxLayout()
        basis_row.addWidget(pick)
        basis_row.addWidget(example)
        basis_row.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        what = QFormLayout()
        what.addRow(self.tr("违法类型"), self.violations)
        what.addRow(self.tr("情况说明"), self.facts)
        what.addRow(self.tr("法律依据"), self.basis)
        what.addRow("", basis_row)
        what.addRow(self.tr("提示事项"), self.demands)
        what.addRow(self.tr("回复期限"), deadline)
        what.addRow(self.tr("发文日期"), self.issued_on)
        what.addRow(self.tr("保存到文件夹"), folder_row)
        what_box = QGroupBox(self.tr("提示函内容（{0}）").format(org_name))
        what_box.setLayout(what)

        self.issue_button = QPushButton(self.tr("签发…"))
        self.issue_button.clicked.connect(self.issue)
        cancel = QPushButton(self.tr("关闭"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(cancel)
        body = QHBoxLayout()
        body.addWidget(who_box, 2)
        body.addWidget(what_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        sizing.size_window(self, 98, 54)
        self.refresh_targets()

    # --- who -------------------------------------------------------------------------------------

    def target_filter(self) -> TargetFilter:
        return TargetFilter(
            street=self.street.currentData() or "", industry=self.industry.currentData() or "",
            name_contains=self.name.text(), without_union_only=self.no_union.isChecked(),
        )

    def refresh_targets(self) -> None:
        self._generation += 1
        generation, flt = self._generation, self.target_filter()
        self.count_label.setText(self.tr("正在统计…"))

        def query() -> tuple[int, list[tuple[int, str]]]:
            with self._db.reading() as session:
                return notice_batch.count_targets(session, flt), notice_batch.targets(session, flt, PREVIEW_ROWS)

        def show(result: tuple[int, list[tuple[int, str]]]) -> None:
            if generation != self._generation:
                return
            total, rows = result
            self.count_label.setText(self.tr("共 {0} 家用人单位").format(total) + (
                self.tr("（下列显示前 {0} 家）").format(PREVIEW_ROWS) if total > PREVIEW_ROWS else ""))
            self.targets.clear()
            self.targets.addItems([name for _id, name in rows])
            self.issue_button.setEnabled(0 < total <= notice_batch.MAX_BATCH)

        self._runner.submit(self, query, show, lambda exc: self.count_label.setText(messages.text(exc)))

    # --- what ------------------------------------------------------------------------------------

    def _basis_keys(self) -> list[str]:
        return [self.basis.item(i).text() for i in range(self.basis.count())]

    def pick_articles(self) -> None:
        with self._db.reading() as session:
            articles = law_catalogue.catalogue(session)
            suggested = {a.key for a in law_catalogue.suggest(session, self.violations.codes())}
        dialog = LawPickerDialog(articles, suggested, set(self._basis_keys()), self)
        if dialog.exec():
            try:
                keys = law_catalogue.normalize_keys(dialog.keys())
            except ValidationError as exc:
                refuse(self, exc, self.tr("法律依据"))
                return
            self.basis.clear()
            self.basis.addItems(keys)

    def fill_heat_example(self) -> None:
        self.facts.setPlainText(HEAT_FACTS)
        self.demands.setPlainText(HEAT_DEMANDS)
        self.violations.set_codes([ViolationType.SAFETY.value, ViolationType.PAY.value, ViolationType.SPECIAL_PROTECTION.value])
        self.basis.clear()
        self.basis.addItems(HEAT_BASIS)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("保存到文件夹"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def content(self) -> BatchContent:
        return BatchContent(
            facts=self.facts.toPlainText(), demands=self.demands.toPlainText(), legal_basis=tuple(self._basis_keys()),
            violations=tuple(self.violations.codes()), deadline_count=self.deadline_count.value(),
            deadline_unit=self.deadline_unit.currentData(),
        )

    # --- issue -----------------------------------------------------------------------------------

    def _issued_on(self) -> date:
        value = self.issued_on.value()
        if value is None:
            raise FieldInputError(self.tr("发文日期不能为空"), self.issued_on)
        return value

    def issue(self) -> None:
        try:
            issued_on = self._issued_on()
            content = self.content()
            folder = Path(self.folder.text().strip())
            if not self.folder.text().strip():
                raise FieldInputError(self.tr("请选择保存PDF的文件夹"), self.folder)
        except ValidationError as exc:
            refuse(self, exc, self.windowTitle())
            return
        with self._db.reading() as session:
            ids = [i for i, _name in notice_batch.targets(session, self.target_filter())]
        question = self.tr("将向 {0} 家用人单位各发出一份提示函，每份一个文号，并生成合并打印的PDF和每份单独的PDF。继续吗？").format(len(ids))
        if QMessageBox.question(self, self.windowTitle(), question) != QMessageBox.StandardButton.Yes:
            return
        self.run(ids, content, issued_on, folder)

    def run(self, ids: list[int], content: BatchContent, issued_on: date, folder: Path) -> BackgroundTask:
        """Issue in the background behind a cancellable progress dialog."""
        task = BackgroundTask(self, self._runner, self.windowTitle(), self.tr("正在签发专项提示函…"))

        def work(report: Callable[[int, int], None]) -> tuple[BatchResult, list[Path]]:
            def progress(done: int, total: int) -> bool:
                report(done, total)  # raises Cancelled after 取消: the transaction rolls back
                return True

            with self._db.transaction() as session:
                batch = notice_batch.issue_batch(session, self._actor, ids, content, issued_on=issued_on, progress=progress)
            with self._db.transaction() as session:
                return batch, notice_batch.write_files(session, self._actor, batch, folder)

        def done(result: tuple[BatchResult, list[Path]]) -> None:
            self.result_batch, self.written = result
            notice_events().changed.emit(0)
            numbers = self.result_batch.numbers
            self.notify(self.tr("已签发 {0} 份提示函（{1} 至 {2}）。\n合并打印文件和每份PDF已保存到：\n{3}").format(
                len(numbers), numbers[0], numbers[-1], folder), folder)
            self.accept()

        def failed(exc: Exception) -> None:
            if isinstance(exc, (Cancelled, notice_batch.BatchCancelled)):
                self.notify(self.tr("已取消：没有签发任何提示函，也没有占用文号。"))
            else:
                self.notify(self.tr("未签发（没有占用文号）：{0}").format(messages.text(exc)))

        task.start(work, done, failed)
        return task

    def notify(self, message: str, folder: Path | None = None) -> None:
        """Tell the clerk how the batch ended; offer to open the folder with the PDFs."""
        self.last_message = message
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), message, parent=self)
        open_button = box.addButton(self.tr("打开文件夹"), QMessageBox.ButtonRole.ActionRole) if folder else None
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if folder is not None and box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def add_enterprise_list_button(page: ListPage, open_batch: Callable[[str], None]) -> QPushButton:
    """专项提示函… on the enterprise list: the batch starts from the street the list is filtered to."""
    button = QPushButton(page.tr("专项提示函…"))
    button.setToolTip(page.tr("向筛选出的用人单位同时发出提示函（每份一个文号）"))
    button.clicked.connect(lambda: open_batch(str(page.filters.get("street", ""))))
    header = page.layout().itemAt(0).layout()  # the title row: title, count, 刷新
    header.insertWidget(header.count() - 1, button)
    return button
