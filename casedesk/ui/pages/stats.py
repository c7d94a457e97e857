"""统计: the periodic report on screen (figures, comparisons, breakdowns), its filters, and its export to PDF or Excel.

What the page shows is the very ``ReportData`` the PDF and the workbook are
made from (``services.report.build_report``), so screen and paper agree.
Figures are computed off the GUI thread; a double click on a figure opens
the list of the records behind it; an export runs in the background with a
progress dialog whose Cancel leaves no file behind.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.database import Database
from casedesk.documents.report_data import Breakdown, ReportData, format_change, format_value
from casedesk.services import report, stats
from casedesk.services.actor import Actor
from casedesk.services.stats_periods import Period
from casedesk.ui import i18n, icons, sizing
from casedesk.ui.pages.common import header_row
from casedesk.ui.period_picker import PeriodPicker
from casedesk.ui.progress import BackgroundTask
from casedesk.ui.runner import Runner
from casedesk.ui import messages

KEY_ROLE = Qt.ItemDataRole.UserRole


def stat_label(text: str) -> str:
    """A label of the statistics catalogue (``services.report``) in the user's language."""
    return QCoreApplication.translate(report.CONTEXT, text)


class StatsPage(QWidget):
    """Period picker and filters on top, the summary with comparisons, the breakdowns in tabs below."""

    open_list = Signal(str, object, str)  # list name, filters, description of the filter

    def __init__(self, db: Database, runner: Runner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self._actor = actor
        self._generation = 0
        self._loaded = False
        self._data: ReportData | None = None
        self._shown: tuple[Period, dict[str, Any]] | None = None

        self.status_label = QLabel()
        refresh = QPushButton(icons.command_icon("refresh"), self.tr("刷新"))
        refresh.setToolTip(self.tr("重新读取数据库（其他电脑刚保存的记录也会显示）"))
        refresh.clicked.connect(self.reload)
        self.picker = PeriodPicker("month")
        self.picker.changed.connect(lambda _period: self.reload())
        self.handler_box = self._filter_box()
        self.street_box = self._filter_box()
        self.industry_box = self._filter_box()
        self.form_box = self._filter_box()
        self.pdf_button = QPushButton(icons.command_icon("export"), self.tr("导出PDF…"))
        self.pdf_button.setToolTip(self.tr("把本期统计报表存为PDF，可打印上报"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button = QPushButton(icons.command_icon("export"), self.tr("导出Excel…"))
        self.xlsx_button.setToolTip(self.tr("把本期统计报表存为Excel工作簿"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))

        controls = QHBoxLayout()
        controls.addWidget(self.picker)
        controls.addSpacing(12)
        for caption, box in ((self.tr("承办人"), self.handler_box), (self.tr("街道"), self.street_box),
                             (self.tr("行业"), self.industry_box), (self.tr("用工形式"), self.form_box)):
            controls.addWidget(QLabel(caption))
            controls.addWidget(box)
        controls.addStretch(1)
        controls.addWidget(self.pdf_button)
        controls.addWidget(self.xlsx_button)

        self.summary = QTreeWidget()
        self.summary.setRootIsDecorated(False)
        self.summary.setAlternatingRowColors(True)
        self.summary.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.summary.setToolTip(self.tr("双击一项，列出计入这个数字的记录"))
        self.summary.itemActivated.connect(self._on_item)
        self.breakdowns = QTabWidget()
        self.breakdowns.setMinimumWidth(sizing.text_width(self, 24))
        self.definitions = QLabel("\n".join(f"{i}. {stat_label(line)}" for i, line in enumerate(report.DEFINITIONS, 1)))
        self.definitions.setWordWrap(True)
        self.definitions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.summary)
        splitter.addWidget(self.breakdowns)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([620, 380])

        layout = QVBoxLayout(self)
        layout.addLayout(header_row(self.tr("统计"), self.status_label, refresh))
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.definitions)

    def _filter_box(self) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("全部"), None)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        box.currentIndexChanged.connect(lambda _i: self.reload() if self._loaded else None)
        return box

    # --- loading ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            self._load_choices()
            self.reload()

    def _load_choices(self) -> None:
        def choices() -> stats.FilterChoices:
            with self._db.reading() as session:
                return stats.filter_choices(session)

        self._runner.submit(self, choices, self._fill_choices)

    def _fill_choices(self, c: stats.FilterChoices) -> None:
        for box, items in (
            (self.handler_box, c.handlers),
            (self.street_box, [(s, s) for s in c.streets]),
            (self.industry_box, [(v, i18n.vocabulary(t)) for v, t in c.industries.items()]),
            (self.form_box, [(v, i18n.vocabulary(t)) for v, t in c.employment_forms.items()]),
        ):
            blocked = box.blockSignals(True)
            for value, text in items:
                box.addItem(text, value)
            box.blockSignals(blocked)

    def filters(self) -> dict[str, Any]:
        """The filters chosen in the boxes (those left at 全部 are not given)."""
        chosen = {
            "handler_id": self.handler_box.currentData(),
            "street": self.street_box.currentData(),
            "industry": self.industry_box.currentData(),
            "employment_form": self.form_box.currentData(),
        }
        return {k: v for k, v in chosen.items() if v is not None}

    def reload(self) -> None:
        self._loaded = True
        self._generation += 1
        generation, period, filters = self._generation, self.picker.period, self.filters()
        self.status_label.setText(self.tr("正在计算…"))

        def build() -> ReportData:
            with self._db.reading() as session:
                return report.build_report(session, period, **filters)[0]

        self._runner.submit(
            self, build, lambda data: self._show(generation, period, filters, data),
            lambda exc: self._show_error(generation, exc),
        )

    def _show(self, generation: int, period: Period, filters: dict[str, Any], data: ReportData) -> None:
        if generation != self._generation:
            return
        self._data, self._shown = data, (period, filters)
        text = self.tr("{0}（{1} 至 {2}）").format(i18n.period_label(period), data.date_from, data.date_to)
        self.status_label.setText(text + (self.tr("　筛选：{0}").format(data.filters_text) if data.filters_text else ""))
        self._fill_summary(data)
        self._fill_breakdowns(data)

    def _show_error(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.status_label.setText(self.tr("无法计算：{0}").format(messages.text(exc)))

    def _fill_summary(self, data: ReportData) -> None:
        headers = [self.tr("项目"), self.tr("本期")]
        if data.previous_label:
            headers += [self.tr("上期（{0}）").format(data.previous_label), self.tr("环比")]
        if data.year_earlier_label:
            headers += [self.tr("去年同期（{0}）").format(data.year_earlier_label), self.tr("同比")]
        self.summary.clear()
        self.summary.setColumnCount(len(headers))
        self.summary.setHeaderLabels(headers)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        for section in data.sections:
            head = QTreeWidgetItem([stat_label(section.title)])
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.summary.addTopLevelItem(head)
            for fig in section.rows:
                values = [format_value(fig.kind, fig.value)]
                if data.previous_label:
                    values += [format_value(fig.kind, fig.previous), format_change(fig.kind, fig.value, fig.previous)]
                if data.year_earlier_label:
                    values += [format_value(fig.kind, fig.year_earlier), format_change(fig.kind, fig.value, fig.year_earlier)]
                item = QTreeWidgetItem(["　" * (fig.indent + 1) + stat_label(fig.label), *values])
                item.setData(0, KEY_ROLE, fig.key)
                for col in range(1, len(headers)):
                    item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.summary.addTopLevelItem(item)
        header = self.summary.header()
        header.setStretchLastSection(False)
        em = sizing.em(self)
        for col in range(len(headers)):
            self.summary.resizeColumnToContents(col)
            header.resizeSection(col, header.sectionSize(col) + 2 * em)

    def _fill_breakdowns(self, data: ReportData) -> None:
        current = self.breakdowns.currentIndex()
        self.breakdowns.clear()
        for b in data.breakdowns:
            self.breakdowns.addTab(self._breakdown_table(b), stat_label(b.title))
        self.breakdowns.setCurrentIndex(max(current, 0))

    def _breakdown_table(self, b: Breakdown) -> QTreeWidget:
        table = QTreeWidget()
        table.setRootIsDecorated(False)
        table.setHeaderLabels([self.tr("类别"), self.tr("数量"), self.tr("占比")])
        total = b.total
        for label, n in b.rows:
            item = QTreeWidgetItem([label, f"{n:,}", f"{n / total * 100:.1f}%" if total else "—"])
            item.setData(0, KEY_ROLE, f"{b.key}.{label}")
            for col in (1, 2):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.addTopLevelItem(item)
        if not b.rows:
            table.addTopLevelItem(QTreeWidgetItem([self.tr("本期没有记录")]))
        table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            table.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        table.setToolTip(self.tr("双击一项，列出计入这个数字的记录"))
        table.itemActivated.connect(self._on_item)
        return table

    # --- opening the records behind a figure -----------------------------------------------------

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, KEY_ROLE)
        if key and self._shown is not None:
            self.open_figure(key, item.text(0).strip())

    def open_figure(self, key: str, caption: str) -> None:
        """Open the list of the records behind figure ``key`` of the period and filters shown."""
        assert self._shown is not None
        period, filters = self._shown
        records = stats.figure_records(key, period.start, period.end, **filters)
        self.open_list.emit(records.list_name, records.list_filters, f"{period.label} {caption}")

    # --- export ----------------------------------------------------------------------------------

    def export(self, kind: str) -> None:
        """Ask where, then build and write the report in the background; Cancel leaves no file."""
        if self._data is None:
            return
        period, filters = self.picker.period, self.filters()
        suggested = Path.home() / f"{self._data.org_name}{report.TITLE}_{period.label}.{kind}"
        pattern = self.tr("PDF 文件 (*.pdf)") if kind == "pdf" else self.tr("Excel 工作簿 (*.xlsx)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出统计报表"), str(suggested), pattern)
        if not name:
            return
        path = Path(name) if Path(name).suffix.lower() == f".{kind}" else Path(name).with_suffix(f".{kind}")
        task = BackgroundTask(self, self._runner, self.tr("导出统计报表"), self.tr("正在生成报表…"),
                              note=self.tr("取消后不会留下文件。"))

        def work(_report: Callable[[int, int], None]) -> Path:
            with self._db.transaction() as session:
                report.export_report(session, self._actor, path, period, should_stop=lambda: task.cancelled, **filters)
            return path

        def done(written: Path) -> None:
            QMessageBox.information(self, self.tr("导出统计报表"), self.tr("已导出：\n{0}").format(written))

        def failed(exc: Exception) -> None:
            if not isinstance(exc, report.ReportCancelled):
                QMessageBox.critical(self, self.tr("导出失败"), messages.text(exc))

        task.start(work, done, failed)
