"""Statutory deadlines of a labour dispute (《劳动争议调解仲裁法》), as pure functions.

Periods follow 民法典 第201–203条: the start day is not counted; a period in
years ends on the corresponding day (or the month's last day when there is
none); a period whose last day is a rest day ends on the next working day.
"""
from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from casedesk.domain.workdays import is_workday, roll_to_workday

LIMITATION_YEARS = 1  # 第27条 仲裁时效
MEDIATION_DAYS = 15  # 第14条 调解期限
ACCEPTANCE_DAYS = 5  # 第29条 受理决定
AWARD_DAYS = 45  # 第43条 裁决期限
AWARD_EXTENSION_DAYS = 15  # 第43条 延长
SUE_DAYS = 15  # 第48、50条 起诉期限


def add_years(start: date, years: int) -> date:
    year = start.year + years
    day = min(start.day, calendar.monthrange(year, start.month)[1])
    return start.replace(year=year, day=day)


def period_end(start: date, *, days: int = 0, years: int = 0, overrides: Mapping[date, bool] | None = None) -> date:
    end = add_years(start, years) if years else start + timedelta(days=days)
    return roll_to_workday(end, overrides)


def latest_start(
    due_by: date, *, days: int = 0, years: int = 0, overrides: Mapping[date, bool] | None = None
) -> date:
    """The latest start date whose period (as :func:`period_end`) ends on or before ``due_by``.

    ``period_end(s) <= due_by`` exactly when ``s <= latest_start(due_by)``, so
    "every deadline due by a day" becomes a plain comparison on the stored start
    date that SQL can filter with, however weekends and holidays fall. A period
    that rolls over a rest day ends on the next working day, so it is due by
    ``due_by`` only if its unrolled end is on or before the last working day
    up to ``due_by``.
    """
    last_workday = due_by
    while not is_workday(last_workday, overrides):
        last_workday -= timedelta(days=1)
    if not years:
        return last_workday - timedelta(days=days)
    # add_years is monotonic but not one-to-one around 29 February: walk to the last start that fits.
    start = last_workday - timedelta(days=366 * years + 1)
    while add_years(start + timedelta(days=1), years) <= last_workday:
        start += timedelta(days=1)
    return start


@dataclass(frozen=True)
class CaseDates:
    """The dates of a case that deadlines are computed from; any may be unknown."""

    infringement_known: date | None = None
    employment_end: date | None = None
    wage_arrears_only: bool = False  # unpaid wages while employed: no limitation until employment ends
    mediation_applied: date | None = None
    arbitration_applied: date | None = None
    arbitration_accepted: date | None = None
    arbitration_extended: bool = False
    award_received: date | None = None
    closed: date | None = None


@dataclass(frozen=True)
class Deadline:
    key: str
    label: str
    due: date
    article: str

    def days_left(self, today: date) -> int:
        return (self.due - today).days


def limitation_end(dates: CaseDates, overrides: Mapping[date, bool] | None = None) -> date | None:
    """Last day to apply for arbitration (第27条), or None when it is not running."""
    if dates.wage_arrears_only:
        if dates.employment_end is None:
            return None
        return period_end(dates.employment_end, years=LIMITATION_YEARS, overrides=overrides)
    if dates.infringement_known is None:
        return None
    return period_end(dates.infringement_known, years=LIMITATION_YEARS, overrides=overrides)


def case_deadlines(dates: CaseDates, overrides: Mapping[date, bool] | None = None) -> list[Deadline]:
    """Every deadline that applies at the case's current point, earliest first.

    A deadline stops applying once the step it guards has happened (the
    limitation period stops mattering once arbitration was applied for).
    """
    out: list[Deadline] = []
    if dates.closed is not None:
        return out
    if dates.arbitration_applied is None:
        end = limitation_end(dates, overrides)
        if end is not None:
            out.append(Deadline("limitation", "仲裁时效届满", end, "第27条"))
        if dates.mediation_applied is not None:
            out.append(
                Deadline("mediation", "调解期满（可申请仲裁）", period_end(dates.mediation_applied, days=MEDIATION_DAYS, overrides=overrides), "第14条")
            )
    elif dates.arbitration_accepted is None:
        out.append(
            Deadline("acceptance", "仲裁委受理决定期限", period_end(dates.arbitration_applied, days=ACCEPTANCE_DAYS, overrides=overrides), "第29条")
        )
    if dates.arbitration_accepted is not None and dates.award_received is None:
        days = AWARD_DAYS + (AWARD_EXTENSION_DAYS if dates.arbitration_extended else 0)
        out.append(Deadline("award", "仲裁裁决期限", period_end(dates.arbitration_accepted, days=days, overrides=overrides), "第43条"))
    if dates.award_received is not None:
        out.append(Deadline("sue", "不服裁决起诉期限", period_end(dates.award_received, days=SUE_DAYS, overrides=overrides), "第48、50条"))
    return sorted(out, key=lambda d: d.due)
