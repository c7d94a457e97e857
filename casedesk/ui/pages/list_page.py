"""One list of the office (consultations, cases, notices, enterprises, workers) in a lazy table.

A single class serves all five lists: what differs between them (columns,
formatting, sortable columns, filters) is the list's spec in
``services.listing``, so a new list needs a spec there and nothing here.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.database import Database
from casedesk.services import listing
from casedesk.services.listing import Row
from casedesk.ui import icons, messages
from casedesk.ui.pages.common import char_width, header_row
from casedesk.ui.runner import Runner
from casedesk.ui.table_model import LazyTableModel

_EMPTY_HINTS = {
    "consultations": QT_TRANSLATE_NOOP("ListPage", "还没有咨询记录。按 Ctrl+N 登记第一条来电，或用“文件 > 导入台账”导入已有台账。"),
    "cases": QT_TRANSLATE_NOOP("ListPage", "还没有案件。点“新建案件…”登记第一件，或用“文件 > 导入台账”导入已有台账。"),
    "notices": QT_TRANSLATE_NOOP("ListPage", "还没有一函两书。点“新建文书”起草第一份，或用“文件 > 导入台账”导入已有台账。"),
    "enterprises": QT_TRANSLATE_NOOP("ListPage", "还没有用人单位。登记咨询、案件和一函两书时会自动建立单位档案。"),
    "workers": QT_TRANSLATE_NOOP("ListPage", "还没有职工信息。登记咨询和案件时会自动建立职工档案。"),
}


class ListPage(QWidget):
    """A list page: heading with the row count, an optional filter bar, the table or an empty-state hint."""

    def __init__(self, list_name: str, title: str, db: Database, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_name = list_name
        self._db = db
        self._runner = runner
        self._filters: dict[str, Any] = {}
        self._count_generation = 0
        spec = listing.get_spec(list_name)
        self._reader = listing.PageReader(db, list_name)

        self.model = LazyTableModel(
            spec.columns, self._fetch_page, self._reader.format, spec.default_sort, spec.default_descending,
            parent=self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        em = char_width(self)
        for i, column in enumerate(spec.columns):
            # The column's own width hint (in characters), but never narrower than its header in the user's
            # language (English headers are longer) plus room for the sort arrow.
            shown = str(self.model.headerData(i, Qt.Orientation.Horizontal))
            header.resizeSection(i, max((column.width + 1) * em, header.fontMetrics().horizontalAdvance(shown) + 2 * em))
        header.setSortIndicator(self.model.column_index(self.model.sort_key), self._qt_order(self.model.descending))
        header.sortIndicatorChanged.connect(self._on_sort_indicator)

        self.count_label = QLabel()
        refresh = QPushButton(icons.command_icon("refresh"), self.tr("刷新"))
        refresh.setToolTip(self.tr("重新读取数据库（其他电脑刚保存的记录也会显示）"))
        refresh.clicked.connect(self.reload)

        self.filter_label = QLabel()
        clear = QPushButton(self.tr("显示全部"))
        clear.clicked.connect(lambda: self.set_filter({}))
        self.filter_bar = QWidget()
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_label)
        bar.addWidget(clear)
        bar.addStretch(1)
        self.filter_bar.hide()

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.addLayout(header_row(title, self.count_label, refresh))
        layout.addWidget(self.filter_bar)
        layout.addWidget(self._stack, 1)

        self.model.modelReset.connect(self._update_empty_state)
        self.model.load_failed.connect(self._show_load_error)
        self.reload()

    @staticmethod
    def _qt_order(descending: bool) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder

    def _fetch_page(self, sort_key: str, descending: bool, offset: int, limit: int) -> list[Row]:
        return self._reader.rows(sort_key, descending, offset, limit, self._filters)

    @property
    def filters(self) -> dict[str, Any]:
        """The filters the list is showing (a batch of letters or an export starts from them)."""
        return dict(self._filters)

    def reload(self) -> None:
        """Re-read the first page now and the row count in the background."""
        self._reader.forget_plans()  # new filters or new data: a filtered list is planned afresh
        self.model.reload()
        self._count_generation += 1
        generation, filters = self._count_generation, dict(self._filters)
        self.count_label.setText(self.tr("正在统计…"))
        self.count_label.setToolTip("")

        def count() -> int:
            with self._db.reading() as session:
                return listing.count(session, self.list_name, filters)

        self._runner.submit(
            self,
            count,
            lambda n: self._show_count(generation, n),
            lambda exc: self._show_count_error(generation, exc),
        )

    def set_filter(self, filters: Mapping[str, Any], description: str = "") -> None:
        """Show only the rows matching ``filters`` (the dashboard's tiles); an empty mapping shows all."""
        self._filters = dict(filters)
        self.filter_label.setText(self.tr("筛选：{0}").format(description))
        self.filter_bar.setVisible(bool(self._filters))
        self.view.scrollToTop()
        self.reload()

    def _show_count(self, generation: int, n: int) -> None:
        if generation == self._count_generation:
            self.count_label.setText(self.tr("共 {0} 条").format(f"{n:,}"))
            self.model.set_total(n)  # the table now spans the whole list; rows are read as they come into sight

    def _show_count_error(self, generation: int, exc: Exception) -> None:
        if generation == self._count_generation:
            self.count_label.setText(self.tr("无法统计条数"))
            self.count_label.setToolTip(messages.text(exc))

    def _on_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        """A header click: sort in the database, or put the indicator back on a column that cannot sort."""
        if self.model.is_sortable(column):
            self.model.sort(column, order)
            self.view.scrollToTop()
            return
        header = self.view.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(self.model.column_index(self.model.sort_key), self._qt_order(self.model.descending))
        header.blockSignals(blocked)

    def _update_empty_state(self) -> None:
        if self.model.error is not None:
            self.empty_label.setText(self.tr("无法读取数据：{0}").format(self.model.error))
        elif self.model.rowCount() > 0:
            self._stack.setCurrentWidget(self.view)
            return
        elif self._filters:
            self.empty_label.setText(self.tr("没有符合筛选条件的记录。"))
        else:
            self.empty_label.setText(self.tr(_EMPTY_HINTS[self.list_name]))
        self._stack.setCurrentWidget(self.empty_label)

    def _show_load_error(self, message: str) -> None:
        # A failed first page shows in place of the table (see _update_empty_state); a failed later page here.
        self.count_label.setText(self.tr("读取失败"))
        self.count_label.setToolTip(message)
