"""The period picker of the dashboard and the statistics page: this month, quarter, year, or two dates."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from casedesk.services.stats_periods import Period, custom, period_containing

# (key, label): each preset is a calendar period counted from today.
PRESETS = (
    ("month", QT_TRANSLATE_NOOP("PeriodPicker", "本月")),
    ("last_month", QT_TRANSLATE_NOOP("PeriodPicker", "上月")),
    ("quarter", QT_TRANSLATE_NOOP("PeriodPicker", "本季度")),
    ("last_quarter", QT_TRANSLATE_NOOP("PeriodPicker", "上季度")),
    ("year", QT_TRANSLATE_NOOP("PeriodPicker", "本年")),
    ("last_year", QT_TRANSLATE_NOOP("PeriodPicker", "上年")),
    ("custom", QT_TRANSLATE_NOOP("PeriodPicker", "自定义")),
)


def preset_period(key: str, today: date) -> Period:
    """The calendar period a preset means on ``today``."""
    kind = key.removeprefix("last_")
    current = period_containing(kind, today)  # type: ignore[arg-type]
    return current.previous() if key.startswith("last_") else current


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class PeriodPicker(QWidget):
    """A preset box and two date boxes; the dates follow the preset, and editing a date means 自定义."""

    changed = Signal(object)  # Period

    def __init__(self, initial: str = "month", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset = QComboBox()
        for key, label in PRESETS:
            self.preset.addItem(self.tr(label), key)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("统计期间")))
        layout.addWidget(self.preset)
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel(self.tr("至")))
        layout.addWidget(self.date_to)
        self._period = preset_period(initial, date.today())
        self.preset.setCurrentIndex(self.preset.findData(initial))
        self._show_dates(self._period)
        self.preset.currentIndexChanged.connect(self._on_preset)
        self.date_from.dateChanged.connect(self._on_dates)
        self.date_to.dateChanged.connect(self._on_dates)

    @property
    def period(self) -> Period:
        return self._period

    def set_period(self, period: Period) -> None:
        """Show ``period`` (as a custom range unless it is a whole month, quarter or year) and announce it."""
        self._show_dates(period)
        self._on_dates()

    def _show_dates(self, period: Period) -> None:
        for edit, day in ((self.date_from, period.start), (self.date_to, period.end)):
            blocked = edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(blocked)

    def _on_preset(self) -> None:
        key = self.preset.currentData()
        if key == "custom":
            return  # the dates shown stay; the user edits them
        self._period = preset_period(key, date.today())
        self._show_dates(self._period)
        self.changed.emit(self._period)

    def _on_dates(self) -> None:
        start, end = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        if end < start:
            # Keep the range valid: the end not being edited follows the one that is.
            if self.sender() is self.date_to:
                start = end
            else:
                end = start
            self._show_dates(Period(start, end))
        self._period = custom(start, end)
        blocked = self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(blocked)
        self.changed.emit(self._period)
