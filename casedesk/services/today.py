"""Today's work, the top of the dashboard: what needs doing now, each item a click away from its records.

* follow-ups due: consultations whose 回访 date is today or earlier and not yet made;
* notice replies overdue: issued 一函两书 whose reply deadline has passed with
  no reply on record, not yet escalated or closed (the notices area's rule);
* cases without activity: open cases with no timeline entry (or, before the
  first one, no registration) for ``stale_case_days`` days (Settings);
* cases with a statutory deadline due within ``deadline_warning_days`` days,
  and cases with one passed (``services.deadline_watch`` finds the deadlines;
  a case with several counts once in each item).

Each item is a condition on its list's own table, handed to the list page
as its ``figure`` filter, so the list shows the same number as the tile.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, func
from sqlalchemy.orm import Session

from casedesk.db.models import Case, Consultation
from casedesk.domain import enums
from casedesk.domain.timeutil import from_local
from casedesk.services import deadline_watch, notices, settings
from casedesk.services.stats import FigureRecords


@dataclass(frozen=True)
class WorkItem:
    key: str  # followups / deadlines_soon / deadlines_passed / replies_overdue / stale_cases
    count: int
    records: FigureRecords


@dataclass(frozen=True)
class TodayWork:
    today: date
    items: tuple[WorkItem, ...]
    warning_days: int  # the settings the items were counted with, for their captions
    stale_days: int


def followups_due(today: date) -> ColumnElement[bool]:
    return (Consultation.followup_due <= today) & Consultation.followup_done.is_(None)


def stale_cases(today: date, days: int) -> ColumnElement[bool]:
    """Open cases whose last activity (or registration, if none) is more than ``days`` days before today."""
    cutoff = from_local(datetime.combine(today - timedelta(days=days), time()))
    return (Case.stage != enums.CaseStage.CLOSED.value) & (func.coalesce(Case.last_activity_at, Case.created_at) < cutoff)


def work_items(session: Session, today: date) -> TodayWork:
    """The dashboard's to-do figures for ``today`` (a local date), in the order they are shown."""
    stale_days = int(settings.get(session, "stale_case_days"))
    warning_days = int(settings.get(session, "deadline_warning_days"))
    # Cases with a deadline coming up are few (a fortnight's worth) and listed by id; cases with one
    # passed can be thousands, so they are selected by the deadline watch's exact SQL condition.
    soon = sorted({i.case_id for i in deadline_watch.watch(session, today, warning_days).upcoming})
    passed = deadline_watch.OverdueAsOf.load(session, today).condition() & (Case.stage != enums.CaseStage.CLOSED.value)
    items = (
        ("followups", FigureRecords("consultations", followups_due(today))),
        ("deadlines_soon", FigureRecords("cases", Case.id.in_(soon))),
        ("deadlines_passed", FigureRecords("cases", passed)),
        ("replies_overdue", FigureRecords("notices", notices.overdue_condition(today))),
        ("stale_cases", FigureRecords("cases", stale_cases(today, stale_days))),
    )
    return TodayWork(
        today, tuple(WorkItem(key, records.count(session), records) for key, records in items), warning_days, stale_days
    )
