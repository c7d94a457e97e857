"""统计: totals per year, read straight from the records (the full report service comes later)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.database import Database
from casedesk.domain.enums import NoticeKind
from casedesk.domain.money import format_yuan
from casedesk.services import overview
from casedesk.services.overview import YearTotals
from casedesk.ui.pages.common import header_row
from casedesk.ui.runner import Runner


class StatsPage(QWidget):
    """Loaded in the background on first show and on 刷新: the sums run over every claim of every case."""

    def __init__(self, db: Database, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self._loaded = False
        kind_headers = {
            NoticeKind.REMINDER: self.tr("提示函"),
            NoticeKind.OPINION: self.tr("意见书"),
            NoticeKind.RECOMMENDATION: self.tr("建议书"),
        }
        self._kinds = tuple(NoticeKind)
        headers = [self.tr("年度"), self.tr("咨询"), self.tr("受理案件"), self.tr("结案")]
        headers += [kind_headers[k] for k in self._kinds]
        headers += [self.tr("涉及金额（元）"), self.tr("挽回金额（元）")]

        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Few columns of figures: share the width rather than leave one column stretched across the page.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.status_label = QLabel()
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.reload)
        note = QLabel(
            self.tr(
                "咨询按受理时间（本地时间）计入年度；受理案件和涉及金额按受理日期，结案和挽回金额按结案日期；"
                "文书按发出日期。涉及金额、挽回金额为案件各项诉求的合计。"
            )
        )
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(header_row(self.tr("统计"), self.status_label, refresh))
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        self.status_label.setText(self.tr("正在计算…"))

        def totals() -> list[YearTotals]:
            with self._db.reading() as session:
                return overview.year_totals(session)

        self._runner.submit(self, totals, self._show, self._show_error)

    def _show(self, totals: list[YearTotals]) -> None:
        self.table.setRowCount(len(totals))
        for row, t in enumerate(totals):
            values = [str(t.year), f"{t.consultations:,}", f"{t.cases_opened:,}", f"{t.cases_closed:,}"]
            values += [f"{t.notices_issued.get(k.value, 0):,}" for k in self._kinds]
            values += [format_yuan(t.amount_claimed_fen), format_yuan(t.amount_recovered_fen)]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.status_label.setText("" if totals else self.tr("还没有任何记录。"))

    def _show_error(self, exc: Exception) -> None:
        self.status_label.setText(self.tr("无法计算：{0}").format(exc))
