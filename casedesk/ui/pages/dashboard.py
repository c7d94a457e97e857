"""工作台: today's figures as tiles; a click opens the list behind the figure."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casedesk.db.database import Database
from casedesk.services import overview
from casedesk.ui.pages.common import header_row
from casedesk.ui.runner import Runner

_CAPTIONS = {
    "consultations_this_year": QT_TRANSLATE_NOOP("DashboardPage", "本年咨询"),
    "open_consultations": QT_TRANSLATE_NOOP("DashboardPage", "待处理咨询"),
    "overdue_followups": QT_TRANSLATE_NOOP("DashboardPage", "回访逾期"),
    "open_cases": QT_TRANSLATE_NOOP("DashboardPage", "在办案件"),
    "notices_awaiting_reply": QT_TRANSLATE_NOOP("DashboardPage", "待回复文书"),
}
_COLUMNS = 3


class _Tile(QPushButton):
    """A big number over its caption; the whole tile is one button so keyboard users can open it too."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(200, 110)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.value_label = QLabel("…")
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.value_label.setFont(font)
        caption_label = QLabel(caption)
        layout = QVBoxLayout(self)
        for label in (self.value_label, caption_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)


class DashboardPage(QWidget):
    """Counts are refreshed in the background each time the page is shown."""

    open_list = Signal(str, object, str)  # list name, filters, description of the filter

    def __init__(self, db: Database, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self._today = date.today()
        self.date_label = QLabel()
        self.tiles: dict[str, _Tile] = {}
        grid = QGridLayout()
        grid.setSpacing(16)
        for i, tile in enumerate(overview.dashboard_tiles(self._today)):
            caption = self.tr(_CAPTIONS[tile.key])
            button = _Tile(caption)
            button.clicked.connect(lambda _=False, key=tile.key, c=caption: self._open(key, c))
            grid.addWidget(button, i // _COLUMNS, i % _COLUMNS)
            self.tiles[tile.key] = button
        layout = QVBoxLayout(self)
        layout.addLayout(header_row(self.tr("工作台"), self.date_label))
        layout.addSpacing(12)
        layout.addLayout(grid)
        layout.addStretch(1)

    def _open(self, key: str, caption: str) -> None:
        tile = next(t for t in overview.dashboard_tiles(self._today) if t.key == key)
        self.open_list.emit(tile.list_name, dict(tile.filters), caption)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        # A window left open overnight counts against the new day.
        self._today = date.today()
        self.date_label.setText(self.tr("今天：{0}").format(self._today.isoformat()))
        today = self._today

        def counts() -> dict[str, int]:
            with self._db.reading() as session:
                return overview.dashboard_counts(session, today)

        self._runner.submit(self, counts, self._show_counts, self._show_error)

    def _show_counts(self, counts: dict[str, int]) -> None:
        for key, tile in self.tiles.items():
            tile.value_label.setText(f"{counts[key]:,}")
            tile.setToolTip("")

    def _show_error(self, exc: Exception) -> None:
        for tile in self.tiles.values():
            tile.value_label.setText("—")
            tile.setToolTip(self.tr("无法统计：{0}").format(exc))
