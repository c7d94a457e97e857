"""Working days in mainland China: weekends, public holidays and 调休 make-up working days.

The holiday library (chinese_calendar) is maintained yearly; an admin's own
overrides win over it, and years the library does not know fall back to
Monday–Friday so a deadline is always computable.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

import chinese_calendar


# The years the library covers, computed once: its own is_workday recomputes them on every call,
# which dominated the deadline list over tens of thousands of cases.
_FIRST_YEAR = min(chinese_calendar.holidays).year
_LAST_YEAR = max(chinese_calendar.holidays).year


def is_workday(day: date, overrides: Mapping[date, bool] | None = None) -> bool:
    if overrides and day in overrides:
        return overrides[day]
    if not _FIRST_YEAR <= day.year <= _LAST_YEAR:
        return day.weekday() < 5
    # chinese_calendar's rule: a 调休 working day, or a weekday that is not a public holiday.
    return day in chinese_calendar.workdays or (day.weekday() < 5 and day not in chinese_calendar.holidays)


def add_working_days(start: date, count: int, overrides: Mapping[date, bool] | None = None) -> date:
    """The ``count``-th working day after ``start`` (the start day itself is not counted)."""
    if count < 0:
        raise ValueError("count must not be negative")
    day = start
    remaining = count
    while remaining:
        day += timedelta(days=1)
        if is_workday(day, overrides):
            remaining -= 1
    return day


def roll_to_workday(day: date, overrides: Mapping[date, bool] | None = None) -> date:
    """A period ending on a rest day ends on the next working day (民法典 第203条)."""
    while not is_workday(day, overrides):
        day += timedelta(days=1)
    return day


def library_years() -> range:
    """Years the bundled holiday library covers."""
    return range(_FIRST_YEAR, _LAST_YEAR + 1)
