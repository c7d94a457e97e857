"""工作台: today's work at the top, then the period's totals as tiles and charts; every figure opens its records.

The to-do items come from ``services.today``, the totals and the monthly
series from ``services.stats.compute`` (the same function the report files
and ``casedesk stats`` use), both computed off the GUI thread. A click on a
tile or a bar asks ``services.stats.figure_records`` for the records behind
the figure and opens the list filtered to exactly those, so the list's count
is the figure.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casedesk.db.database import Database
from casedesk.documents.report_data import format_value
from casedesk.services import report, stats, today
from casedesk.services.stats import FigureRecords
from casedesk.services.stats_periods import Period
from casedesk.ui import i18n, icons, sizing
from casedesk.ui.charts import BarChart
from casedesk.ui.pages.common import heading
from casedesk.ui.period_picker import PeriodPicker
from casedesk.ui.runner import Runner
from casedesk.ui import messages

_TODO_CAPTIONS = {
    "followups": QT_TRANSLATE_NOOP("DashboardPage", "待回访咨询"),
    "deadlines_soon": QT_TRANSLATE_NOOP("DashboardPage", "法定期限{0}日内到期的案件"),
    "deadlines_passed": QT_TRANSLATE_NOOP("DashboardPage", "法定期限已过的案件"),
    "replies_overdue": QT_TRANSLATE_NOOP("DashboardPage", "逾期未回复的文书"),
    "stale_cases": QT_TRANSLATE_NOOP("DashboardPage", "{0}日无进展的案件"),
}
# The headline figures shown as tiles (labels from the report's catalogue, so they read alike everywhere).
_PERIOD_TILES = (
    "consultations.total", "cases.opened", "cases.closed", "cases.workers_involved",
    "cases.amount_involved_fen", "cases.amount_recovered_fen", "notices.total", "rates.notice_reply",
    "rates.followup_on_time",
)
_FIGURES = {key: (label, kind) for _, rows in report.SECTIONS for key, label, kind, _ in rows}
_TREND_SERIES = ("consultations", "cases_opened", "notices")
_TREND_LABELS = dict(report.TREND_COUNTS)
_MONEY_LABELS = dict(report.TREND_MONEY)
_COLUMNS = 5


def stat_label(text: str) -> str:
    """A label of the statistics catalogue (``services.report``) in the user's language."""
    return QCoreApplication.translate(report.CONTEXT, text)


class FittedValue(QLabel):
    """A tile's big number: its font shrinks (to half at most) when the figure is wider than the tile.

    A province's year sums run to ten digits of yuan (1,234,567,890.00); cut, they would show a wrong number.
    """

    def __init__(self, text: str, scale: float) -> None:
        super().__init__(text)
        font = self.font()
        font.setBold(True)
        self._point_size = font.pointSizeF() * scale
        self.setFont(font)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API: the tile's width decides, the font follows
        return QSize(0, super().minimumSizeHint().height())

    def _fit(self) -> None:
        font = self.font()
        size, room = self._point_size, self.contentsRect().width() - 4
        font.setPointSizeF(size)
        while room > 0 and size > self._point_size / 2 and QFontMetricsF(font).horizontalAdvance(self.text()) > room:
            size *= 0.92
            font.setPointSizeF(size)
        if font.pointSizeF() != self.font().pointSizeF():
            self.setFont(font)


class Tile(QPushButton):
    """A big number over its caption; the whole tile is one button so keyboard users can open it too."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(sizing.text_size(self, 12.5, 7))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.value_label = FittedValue("…", 2.0)
        self.caption_label = QLabel(caption)
        self.detail_label = QLabel()
        small = self.detail_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.detail_label.setFont(small)
        self.detail_label.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        for label in (self.value_label, self.caption_label, self.detail_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(label is not self.value_label)  # longer captions (English) wrap instead of being cut
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def show_value(self, text: str, detail: str = "") -> None:
        self.value_label.setText(text)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))


class DashboardPage(QWidget):
    """Recomputed in the background each time the page is shown, the period changes or 刷新 is pressed."""

    open_list = Signal(str, object, str)  # list name, filters, description of the filter

    def __init__(self, db: Database, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self._generation = 0
        self._figures: dict[str, Any] | None = None
        self._work: today.TodayWork | None = None
        self._categories: list[str] = []
        self._outcomes: list[str] = []

        self.date_label = QLabel()
        self.status_label = QLabel()
        refresh = QPushButton(icons.command_icon("refresh"), self.tr("刷新"))
        refresh.setToolTip(self.tr("重新读取数据库（其他电脑刚保存的记录也会显示）"))
        refresh.clicked.connect(self.reload)
        self.picker = PeriodPicker("year")  # the year so far: the tiles mean something on the 1st of a month too
        self.picker.changed.connect(lambda _period: self.reload())
        self._shown_period: Period = self.picker.period
        self._category_series = (self.tr("咨询"), self.tr("案件"))

        self.todo_tiles: dict[str, Tile] = {}
        todo = QGridLayout()
        todo.setSpacing(12)
        for i, key in enumerate(_TODO_CAPTIONS):
            tile = Tile("")
            tile.clicked.connect(lambda _=False, k=key: self._open_todo(k))
            todo.addWidget(tile, 0, i)
            self.todo_tiles[key] = tile

        self.period_tiles: dict[str, Tile] = {}
        tiles = QGridLayout()
        tiles.setSpacing(12)
        for i, key in enumerate(_PERIOD_TILES):
            tile = Tile(stat_label(_FIGURES[key][0]))
            tile.clicked.connect(lambda _=False, k=key: self.open_figure(k))
            tiles.addWidget(tile, i // _COLUMNS, i % _COLUMNS)
            self.period_tiles[key] = tile

        self.trend_chart = BarChart(self.tr("月度趋势（件）"))
        self.trend_chart.bar_clicked.connect(self._on_trend_bar)
        self.category_chart = BarChart(self.tr("争议类别"), horizontal=True)
        self.category_chart.bar_clicked.connect(self._on_category_bar)
        self.outcome_chart = BarChart(self.tr("结案方式（件）"), horizontal=True)
        self.outcome_chart.bar_clicked.connect(self._on_outcome_bar)
        self.money_chart = BarChart(self.tr("涉及金额与挽回金额（万元）"))
        self.money_chart.bar_clicked.connect(self._on_money_bar)
        charts = QGridLayout()
        charts.setSpacing(12)
        charts.addWidget(self.trend_chart, 0, 0)
        charts.addWidget(self.money_chart, 0, 1)
        charts.addWidget(self.category_chart, 1, 0)
        charts.addWidget(self.outcome_chart, 1, 1)

        content = QWidget()
        body = QVBoxLayout(content)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("工作台")))
        top.addStretch(1)
        top.addWidget(self.date_label)
        top.addWidget(refresh)
        body.addLayout(top)
        body.addWidget(self._section(self.tr("今日待办")))
        body.addLayout(todo)
        period_row = QHBoxLayout()
        period_row.addWidget(self._section(self.tr("本期概况")))
        period_row.addSpacing(16)
        period_row.addWidget(self.picker)
        period_row.addStretch(1)
        period_row.addWidget(self.status_label)
        body.addSpacing(8)
        body.addLayout(period_row)
        body.addLayout(tiles)
        body.addLayout(charts)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        return label

    # --- loading ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Today's work and the period's figures, computed in the background; a newer request wins."""
        self._generation += 1
        generation, period, day = self._generation, self.picker.period, date.today()
        self.date_label.setText(self.tr("今天：{0}").format(day.isoformat()))
        self.status_label.setText(self.tr("正在统计…"))

        def work() -> tuple[today.TodayWork, dict[str, Any]]:
            with self._db.reading() as session:
                return today.work_items(session, day), stats.compute(session, period.start, period.end)

        self._runner.submit(self, work, lambda result: self._show(generation, period, *result),
                            lambda exc: self._show_error(generation, exc))

    def _show(self, generation: int, period: Period, work: today.TodayWork, figures: dict[str, Any]) -> None:
        if generation != self._generation:
            return
        self._work, self._figures, self._shown_period = work, figures, period
        self.status_label.setText(self.tr("{0}（{1} 至 {2}）").format(i18n.period_label(period), period.start, period.end))
        days = {"deadlines_soon": work.warning_days, "stale_cases": work.stale_days}
        for item in work.items:
            tile = self.todo_tiles[item.key]
            tile.caption_label.setText(self.tr(_TODO_CAPTIONS[item.key]).format(days.get(item.key, "")))
            tile.show_value(f"{item.count:,}")
        for key, tile in self.period_tiles.items():
            _, kind = _FIGURES[key]
            tile.show_value(format_value(kind, report.value_of(figures, key)), self._detail(key, figures))
        self._draw_charts(figures)

    def _detail(self, key: str, f: dict[str, Any]) -> str:
        """The small line under a tile: what a total is made of, or what a rate is a share of."""
        n, c = f["notices"], f["consultations"]
        if key == "notices.total":
            return self.tr("提示函 {0} · 意见书 {1} · 建议书 {2}").format(n["reminder"], n["opinion"], n["recommendation"])
        if key == "rates.notice_reply":
            return self.tr("已回复 {0} / 期限届满 {1}").format(n["replied"], n["reply_due"])
        if key == "rates.followup_on_time":
            return self.tr("按期 {0} / 应回访 {1}").format(c["followups_on_time"], c["followups_due"])
        if key == "cases.opened":
            return self.tr("其中集体争议 {0}").format(f["cases"]["collective"])
        return ""

    def _draw_charts(self, f: dict[str, Any]) -> None:
        t = f["trend"]
        months = [self.tr("{0}月").format(int(m[5:])) for m in t["months"]]  # the tooltip gives the year
        self.trend_chart.set_data(
            months, [(stat_label(_TREND_LABELS[k]), t[k]) for k in _TREND_SERIES], unit=self.tr("件"), tips=t["months"]
        )
        self.money_chart.set_data(
            months,
            [(stat_label(_MONEY_LABELS[k]), [v / 1_000_000 for v in t[k]]) for k in _MONEY_LABELS],
            unit=self.tr("万元"), decimals=1, tips=t["months"],
        )
        self._categories = list(dict.fromkeys([*f["cases"]["by_category"], *f["consultations"]["by_category"]]))
        self.category_chart.set_data(
            [i18n.vocabulary(c) for c in self._categories],
            [(name, [f[section]["by_category"].get(c, 0) for c in self._categories])
             for name, section in zip(self._category_series, ("consultations", "cases"), strict=True)],
            unit=self.tr("件"),
        )
        self._outcomes = list(f["cases"]["by_outcome"])
        self.outcome_chart.set_data([i18n.vocabulary(c) for c in self._outcomes], [(self.tr("结案"), list(f["cases"]["by_outcome"].values()))], unit=self.tr("件"))

    def _show_error(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.status_label.setText(self.tr("无法统计：{0}").format(messages.text(exc)))
        for tile in [*self.todo_tiles.values(), *self.period_tiles.values()]:
            tile.show_value("—")

    # --- opening the records behind a figure -----------------------------------------------------

    def _emit(self, records: FigureRecords, description: str) -> None:
        self.open_list.emit(records.list_name, records.list_filters, description)

    def _open_todo(self, key: str) -> None:
        if self._work is None:
            return
        item = next(i for i in self._work.items if i.key == key)
        self._emit(item.records, self.todo_tiles[key].caption_label.text())

    def open_figure(self, key: str, caption: str = "") -> None:
        """Open the list of the records behind figure ``key`` of the period shown."""
        if self._figures is None:
            return
        period = self._shown_period
        text = caption or stat_label(_FIGURES[key][0])
        self._emit(stats.figure_records(key, period.start, period.end), f"{period.label} {text}")

    def _on_trend_bar(self, series: int, month: int) -> None:
        key = _TREND_SERIES[series]
        self._open_month(key, month, stat_label(_TREND_LABELS[key]))

    def _on_money_bar(self, series: int, month: int) -> None:
        key = list(_MONEY_LABELS)[series]
        self._open_month(key, month, stat_label(_MONEY_LABELS[key]))

    def _open_month(self, key: str, month: int, caption: str) -> None:
        if self._figures is None:
            return
        text = self._figures["trend"]["months"][month]
        period = self._shown_period
        self._emit(stats.figure_records(f"trend.{key}.{text}", period.start, period.end), f"{text} {caption}")

    def _on_category_bar(self, series: int, index: int) -> None:
        section = ("consultations", "cases")[series]
        label = self._categories[index]
        self.open_figure(f"{section}.by_category.{label}", f"{self._category_series[series]} {label}")

    def _on_outcome_bar(self, _series: int, index: int) -> None:
        label = self._outcomes[index]
        self.open_figure(f"cases.by_outcome.{label}", f"{self.tr('结案')} {label}")
