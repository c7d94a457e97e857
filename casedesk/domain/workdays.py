"""Working days in mainland China: weekends, public holidays and 调休 make-up working days.

The holiday library (chinese_calendar) is maintained yearly; an admin's own
overrides win over it, and years the library does not know fall back to
Monday–Friday so a deadline is always computable.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

import chinese_calendar


def is_workday(day: date, overrides: Mapping[date, bool] | None = None) -> bool:
    if overrides and day in overrides:
        return overrides[day]
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return day.weekday() < 5


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
    known = [d.year for d in chinese_calendar.holidays]
    return range(min(known), max(known) + 1)
