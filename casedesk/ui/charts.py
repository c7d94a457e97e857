"""Every chart of the application, built on Qt Charts and kept in this one module.

Qt Charts is deprecated since Qt 6.10 in favour of Qt Graphs; the pages only
use :class:`BarChart` (set the data, listen for a click on a bar), so a move
to Qt Graphs touches this file alone.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

# The same palette as the PDF report's charts, so a figure looks alike on screen and on paper.
MIN_HEIGHT = 260
PALETTE = ("#2E6FB7", "#E08A2E", "#3A9D5D", "#C0504D", "#7F63B8", "#4BACC6")


class BarChart(QChartView):
    """Grouped bars (vertical or horizontal) whose bars can be clicked.

    ``bar_clicked(series, category)`` gives the indexes in the order the data
    was set, whatever order the bars are drawn in.
    """

    bar_clicked = Signal(int, int)

    def __init__(self, title: str, *, horizontal: bool = False, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MIN_HEIGHT)
        self._horizontal = horizontal
        self._count = 0
        self._unit = ""
        self._decimals = 0
        self._tips: list[str] = []
        self._title = title

    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        *,
        unit: str = "",
        decimals: int = 0,
        tips: Sequence[str] = (),
    ) -> None:
        """Replace the bars: one set per (name, values), one group per category.

        The tooltip of a bar names its category (``tips`` may spell it out
        in full, e.g. with the year) and gives the value with ``unit``.
        """
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._count, self._unit, self._decimals = len(categories), unit, decimals
        self._tips = list(tips or categories)
        # Horizontal bars are drawn bottom-up; reversing keeps the first category on top, as in a table.
        order = list(reversed(range(len(categories)))) if self._horizontal else list(range(len(categories)))
        bars = QHorizontalBarSeries() if self._horizontal else QBarSeries()
        peak = 0.0
        for i, (name, values) in enumerate(series):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(PALETTE[i % len(PALETTE)]))
            bar_set.setBorderColor(QColor(PALETTE[i % len(PALETTE)]))
            bar_set.append([float(values[k]) for k in order])
            peak = max([peak, *(float(v) for v in values)])
            bar_set.clicked.connect(lambda index, s=i: self.bar_clicked.emit(s, self._category(index)))
            bar_set.hovered.connect(lambda status, index, s=bar_set: self._hover(status, s, self._category(index)))
            bars.append(bar_set)
        chart.addSeries(bars)
        category_axis = QBarCategoryAxis()
        category_axis.append([categories[k] for k in order])
        value_axis = QValueAxis()
        value_axis.setMin(0)
        value_axis.setMax(peak if peak > 0 else 1)
        value_axis.setLabelFormat(f"%.{decimals}f")
        value_axis.applyNiceNumbers()
        if decimals == 0 and value_axis.max() <= 5:
            value_axis.setTickCount(int(value_axis.max()) + 1)  # whole numbers only on a small count axis
        chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft if self._horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if self._horizontal else Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(category_axis)
        bars.attachAxis(value_axis)
        empty = not any(float(v) for _, values in series for v in values)
        chart.setTitle(self.tr("{0}（本期没有记录）").format(self._title) if empty else self._title)
        chart.legend().setVisible(len(series) > 1 and not empty)
        if self._horizontal:
            # Each category needs a text line of height, or Qt elides its name to "…".
            line = self.fontMetrics().height()
            self.setMinimumHeight(max(MIN_HEIGHT, 100 + len(categories) * max(line + 6, 8 * len(series) + 8)))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def _category(self, drawn_index: int) -> int:
        return self._count - 1 - drawn_index if self._horizontal else drawn_index

    def _hover(self, status: bool, bar_set: QBarSet, category: int) -> None:
        if status:
            drawn = self._count - 1 - category if self._horizontal else category
            value = f"{bar_set.at(drawn):,.{self._decimals}f}"
            QToolTip.showText(QCursor.pos(), f"{self._tips[category]} {bar_set.label()}：{value}{self._unit}")
        else:
            QToolTip.hideText()
