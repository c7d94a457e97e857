"""A list page with a filter row and a search box (consultations, cases, notices).

The three record lists filter the same way: combo boxes, a date range, a
check box and a search box that waits for a pause in typing. Changing any of
them re-reads the list with ``widget_filters()``; a dashboard tile's own
condition (``_external``) stays in force under the filter row until 显示全部.
Each page keeps its own words (they are translated in its own context) and
its own ``widget_filters``/``set_filter``; this class only wires and lays out.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, SignalInstance
from PySide6.QtWidgets import QAbstractButton, QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from casedesk.db.database import Database
from casedesk.domain.validators import ValidationError
from casedesk.ui.case_widgets import refuse
from casedesk.ui.pages.common import char_width
from casedesk.ui.pages.list_page import ListPage
from casedesk.ui.runner import Runner

SEARCH_DELAY_MS = 350  # long enough for a pinyin IME's burst of edits, short enough to feel live


class FilteredListPage(ListPage):
    """ListPage plus the filter row; subclasses build their widgets, then call ``_install_filter_bar``."""

    def __init__(self, list_name: str, title: str, db: Database, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(list_name, title, db, runner, parent)
        self._syncing = False  # set_filter moving the widgets must not re-apply them one by one
        self._external: dict[str, Any] = {}
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(16 * char_width(self))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)

    def _install_filter_bar(
        self,
        dates: tuple[str, QWidget, QWidget, SignalInstance, SignalInstance],
        filter_widgets: Iterable[QWidget],
        action_widgets: Iterable[QWidget],
    ) -> None:
        """Two rows above the table: the date range and filters, then the search box and the page's buttons.

        ``dates`` is (caption, from-widget, to-widget, from-changed, to-changed); every combo box and check
        box among ``filter_widgets`` re-applies the filters when changed.
        """
        caption, date_from, date_to, *date_signals = dates
        for signal in date_signals:
            signal.connect(self.apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(caption))
        filters.addWidget(date_from)
        filters.addWidget(QLabel("—"))
        filters.addWidget(date_to)
        for widget in filter_widgets:
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.apply_filters)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.apply_filters)
            filters.addWidget(widget)
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.search, 1)
        for widget in action_widgets:
            actions.addWidget(widget)
        bar = QWidget()
        bar_layout = QVBoxLayout(bar)
        bar_layout.setContentsMargins(0, 0, 0, 0)
        bar_layout.addLayout(filters)
        bar_layout.addLayout(actions)
        self.layout().insertWidget(1, bar)

    def widget_filters(self) -> dict[str, Any]:
        """The list filters the filter row describes; raises a ValidationError for an unreadable value."""
        raise NotImplementedError

    def search_filter(self) -> dict[str, Any]:
        """The search box as a list filter (nothing when it is empty)."""
        text = self.search.text().strip()
        return {"search": text} if text else {}

    def apply_filters(self) -> None:
        """Re-read the list with what the filter row says, under the dashboard tile's condition if any."""
        if self._syncing:
            return
        self._search_timer.stop()
        try:
            widgets = self.widget_filters()
        except ValidationError as exc:
            refuse(self, exc, QCoreApplication.translate("FilteredListPage", "筛选条件有误"))
            return
        self._filters = {**self._external, **widgets}
        self.filter_bar.setVisible(bool(self._external))
        self.view.scrollToTop()
        self.reload()
