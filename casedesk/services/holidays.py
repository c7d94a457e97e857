"""The admin's own holiday calendar: days marked by hand as 法定节假日 or 调休 working days.

The holiday library (chinese_calendar) is updated once a year with the State
Council's announcement; until a new release reaches the office PC, or for a
local holiday, an admin types the year's dates here. These rows win over the
library wherever working days are counted (notice reply deadlines, follow-ups,
statutory case deadlines).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from casedesk.db.models import HolidayOverride
from casedesk.domain.validators import ValidationError
from casedesk.domain.workdays import is_workday, library_years
from casedesk.services import audit
from casedesk.services.actor import Actor, PermissionDenied, require_write

MAX_NAME = 40


@dataclass(frozen=True)
class DayMark:
    day: date
    is_workday: bool
    name: str


def overrides(session: Session) -> dict[date, bool]:
    """{day: is_workday} for every day an admin marked; pass to domain.workdays."""
    return {d: w for d, w in session.execute(select(HolidayOverride.day, HolidayOverride.is_workday))}


def marks(session: Session, year: int | None = None) -> list[DayMark]:
    stmt = select(HolidayOverride).order_by(HolidayOverride.day)
    if year is not None:
        stmt = stmt.where(HolidayOverride.day >= date(year, 1, 1), HolidayOverride.day <= date(year, 12, 31))
    return [DayMark(r.day, r.is_workday, r.name) for r in session.scalars(stmt)]


def library_covers(year: int) -> bool:
    """Whether the installed holiday library knows ``year`` (otherwise only weekends count)."""
    return year in library_years()


def _require_admin(actor: Actor) -> None:
    require_write(actor)
    if actor.role != "admin":
        raise PermissionDenied("只有管理员可以维护节假日")


def set_days(
    session: Session, actor: Actor, days: Iterable[date], *, is_workday: bool, name: str = ""
) -> int:
    """Mark days as rest days (is_workday=False, e.g. 国庆节) or make-up working days (调休, True)."""
    _require_admin(actor)
    label = name.strip()
    if len(label) > MAX_NAME:
        raise ValidationError("节日名称过长（最多 {max} 字）", max=MAX_NAME)
    count = 0
    for day in sorted(set(days)):
        row = session.scalars(select(HolidayOverride).where(HolidayOverride.day == day)).first()
        before = None if row is None else [row.is_workday, row.name]
        if row is None:
            row = HolidayOverride(day=day, is_workday=is_workday, name=label)
            session.add(row)
        else:
            row.is_workday, row.name = is_workday, label
        session.flush()
        audit.record(session, actor, "update", "holiday", row.id, {"day": day.isoformat(), "mark": [before, [is_workday, label]]})
        count += 1
    return count


def set_range(session: Session, actor: Actor, first: date, last: date, *, is_workday: bool, name: str = "") -> int:
    """A holiday period such as 10月1日–10月8日 in one step."""
    if last < first:
        raise ValidationError("结束日期不能早于开始日期")
    if (last - first).days > 31:
        raise ValidationError("一次最多标记31天")
    return set_days(session, actor, (first + timedelta(days=i) for i in range((last - first).days + 1)), is_workday=is_workday, name=name)


def clear_day(session: Session, actor: Actor, day: date) -> None:
    """Remove a hand-made mark; the library (or Monday–Friday) decides that day again."""
    _require_admin(actor)
    row = session.scalars(select(HolidayOverride).where(HolidayOverride.day == day)).first()
    if row is None:
        return
    audit.record(session, actor, "delete", "holiday", row.id, {"day": day.isoformat(), "mark": [[row.is_workday, row.name], None]})
    session.execute(delete(HolidayOverride).where(HolidayOverride.id == row.id))


def workday(session: Session, day: date) -> bool:
    return is_workday(day, overrides(session))
