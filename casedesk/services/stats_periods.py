"""Reporting periods: month, quarter, year or custom, with the periods they are compared to.

The office reports upward by calendar month, quarter and year, always in
local calendar dates with both ends included (2025-01-01 至 2025-03-31). A
report compares its period with the one before it (the previous month,
quarter or year; for a custom period, the same number of days just before)
and with the same period a year earlier.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from casedesk.domain.deadlines import add_years
from casedesk.domain.parsing import parse_date
from casedesk.domain.validators import ValidationError

PeriodKind = Literal["month", "quarter", "year", "custom"]
_QUARTER_NAMES = ("一", "二", "三", "四")


@dataclass(frozen=True)
class Period:
    """Local calendar dates ``start`` .. ``end``, both included."""

    start: date
    end: date
    kind: PeriodKind = "custom"

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError("统计期间的结束日期 {end} 早于开始日期 {start}", end=self.end, start=self.start)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        if self.kind == "year":
            return f"{self.start.year}年"
        if self.kind == "quarter":
            return f"{self.start.year}年第{_QUARTER_NAMES[(self.start.month - 1) // 3]}季度"
        if self.kind == "month":
            return f"{self.start.year}年{self.start.month}月"
        return f"{_cn_date(self.start)}至{_cn_date(self.end)}"

    def previous(self) -> Period:
        """The period just before: previous month/quarter/year, or the same number of days before a custom one."""
        if self.kind == "custom":
            end = self.start - timedelta(days=1)
            return Period(end - timedelta(days=self.days - 1), end)
        return period_containing(self.kind, self.start - timedelta(days=1))

    def year_earlier(self) -> Period:
        """The same dates a year earlier (29 February becomes the 28th)."""
        if self.kind == "custom":
            return Period(add_years(self.start, -1), add_years(self.end, -1))
        return period_containing(self.kind, add_years(self.start, -1))


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def period_containing(kind: PeriodKind, day: date) -> Period:
    """The calendar month, quarter or year that ``day`` falls in."""
    if kind == "month":
        return Period(day.replace(day=1), month_end(day), "month")
    if kind == "quarter":
        first_month = (day.month - 1) // 3 * 3 + 1
        start = date(day.year, first_month, 1)
        return Period(start, month_end(date(day.year, first_month + 2, 1)), "quarter")
    if kind == "year":
        return Period(date(day.year, 1, 1), date(day.year, 12, 31), "year")
    raise ValueError(f"unknown period kind {kind!r}")


def custom(start: date, end: date) -> Period:
    """A period given by its two dates; whole months, quarters and years are recognised as such."""
    for kind in ("month", "quarter", "year"):
        candidate = period_containing(kind, start)  # type: ignore[arg-type]
        if candidate.start == start and candidate.end == end:
            return candidate
    return Period(start, end)


def months(start: date, end: date) -> list[date]:
    """First days of the calendar months that ``start`` .. ``end`` touches, in order."""
    out: list[date] = []
    cursor = start.replace(day=1)
    while cursor <= end:
        out.append(cursor)
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    return out


_YEAR = re.compile(r"^\s*(\d{4})\s*年?\s*$")
_QUARTER = re.compile(r"^\s*(\d{4})\s*(?:-?\s*[Qq]|年\s*第?)\s*([1-4一二三四])\s*(?:季度?)?\s*$")
_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$")


def parse_period(text: str) -> Period:
    """'2025', '2025-Q1', '2025年第一季度', '2025-03', '2025年3月', or 'FROM..TO' / 'FROM至TO'."""
    t = text.strip()
    if m := _YEAR.match(t):
        return period_containing("year", date(int(m[1]), 1, 1))
    if m := _QUARTER.match(t):
        q = m[2]
        quarter = int(q) if q.isdigit() else _QUARTER_NAMES.index(q) + 1
        return period_containing("quarter", date(int(m[1]), 3 * quarter - 2, 1))
    if (m := _MONTH.match(t)) and 1 <= int(m[2]) <= 12:
        return period_containing("month", date(int(m[1]), int(m[2]), 1))
    for separator in ("..", "至", "~"):
        if separator in t:
            first, last = t.split(separator, 1)
            return custom(parse_date(first), parse_date(last))
    raise ValidationError("统计期间“{text}”无法识别（示例：2025、2025-Q1、2025-03、2025-01-01..2025-06-30）", text=text)
