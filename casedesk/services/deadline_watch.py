"""Statutory deadlines across all open cases: what is due soon and what has passed.

The rules themselves are the pure functions of ``domain.deadlines``. Listing
every deadline due by a day over 200,000 cases cannot run them on every case,
so each rule is also written here as an SQL condition on the date it runs
from: ``domain.deadlines.latest_start`` turns "due by D" into "started on or
before S", exact across weekends and holidays. SQL picks the cases, the
domain functions then compute each deadline; a test checks that both agree.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, aliased

from casedesk.db.models import Case, CaseParty, Enterprise, Staff, Worker
from casedesk.domain import deadlines as rules
from casedesk.domain.deadlines import CaseDates, Deadline, case_deadlines, latest_start
from casedesk.domain.enums import CaseStage, PartyRole
from casedesk.services import holidays, settings


# The columns the deadline rules read (a Case, or a row selecting exactly these, can be passed to case_dates).
DATE_COLUMNS = (
    Case.infringement_known_date, Case.employment_end_date, Case.wage_arrears_only, Case.mediation_applied_date,
    Case.arbitration_applied_date, Case.arbitration_accepted_date, Case.arbitration_extended, Case.award_received_date,
    Case.closed_date,
)


def case_dates(case: Case | Any) -> CaseDates:
    return CaseDates(
        infringement_known=case.infringement_known_date,
        employment_end=case.employment_end_date,
        wage_arrears_only=case.wage_arrears_only,
        mediation_applied=case.mediation_applied_date,
        arbitration_applied=case.arbitration_applied_date,
        arbitration_accepted=case.arbitration_accepted_date,
        arbitration_extended=case.arbitration_extended,
        award_received=case.award_received_date,
        closed=case.closed_date,
    )


def deadlines_of(case: Case | Any, overrides: Mapping[date, bool]) -> list[Deadline]:
    return case_deadlines(case_dates(case), overrides)


def due_by_condition(due_by: date, overrides: Mapping[date, bool]) -> ColumnElement[bool]:
    """Open cases with at least one statutory deadline due on or before ``due_by`` (mirrors ``case_deadlines``)."""

    def started(column: ColumnElement, *, days: int = 0, years: int = 0) -> ColumnElement[bool]:
        return column <= latest_start(due_by, days=days, years=years, overrides=overrides)

    not_applied = Case.arbitration_applied_date.is_(None)
    limitation = and_(
        not_applied,
        or_(
            and_(Case.wage_arrears_only.is_(False), started(Case.infringement_known_date, years=rules.LIMITATION_YEARS)),
            and_(Case.wage_arrears_only.is_(True), started(Case.employment_end_date, years=rules.LIMITATION_YEARS)),
        ),
    )
    mediation = and_(not_applied, started(Case.mediation_applied_date, days=rules.MEDIATION_DAYS))
    acceptance = and_(Case.arbitration_accepted_date.is_(None), started(Case.arbitration_applied_date, days=rules.ACCEPTANCE_DAYS))
    award = and_(
        Case.award_received_date.is_(None),
        or_(
            and_(Case.arbitration_extended.is_(False), started(Case.arbitration_accepted_date, days=rules.AWARD_DAYS)),
            and_(Case.arbitration_extended.is_(True),
                 started(Case.arbitration_accepted_date, days=rules.AWARD_DAYS + rules.AWARD_EXTENSION_DAYS)),
        ),
    )
    sue = started(Case.award_received_date, days=rules.SUE_DAYS)
    return and_(Case.closed_date.is_(None), or_(limitation, mediation, acceptance, award, sue))


def overdue_condition(today: date, overrides: Mapping[date, bool]) -> ColumnElement[bool]:
    """Open cases with a deadline that has passed (due before ``today``)."""
    return due_by_condition(today - timedelta(days=1), overrides)


@dataclass(frozen=True)
class OverdueAsOf:
    """The value of the case list's ``deadline_overdue`` filter: a day and the holiday corrections in force."""

    today: date
    overrides: tuple[tuple[date, bool], ...] = ()

    @classmethod
    def load(cls, session: Session, today: date) -> OverdueAsOf:
        return cls(today, tuple(sorted(holidays.overrides(session).items())))

    def condition(self) -> ColumnElement[bool]:
        return overdue_condition(self.today, dict(self.overrides))


@dataclass(frozen=True)
class WatchItem:
    """One deadline of one case, with what the reminder list shows beside it."""

    case_id: int
    case_number: str
    applicant: str
    enterprise: str
    handler: str
    stage: str
    key: str
    label: str
    article: str
    due: date
    days_left: int

    @property
    def passed(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class Watch:
    today: date
    within_days: int
    items: list[WatchItem]

    @property
    def passed(self) -> list[WatchItem]:
        return [i for i in self.items if i.passed]

    @property
    def upcoming(self) -> list[WatchItem]:
        return [i for i in self.items if not i.passed]


_first_applicant = (
    select(Worker.name)
    .join(CaseParty, CaseParty.worker_id == Worker.id)
    .where(CaseParty.case_id == Case.id, CaseParty.role == PartyRole.APPLICANT.value)
    .order_by(CaseParty.id)
    .limit(1)
    .correlate(Case)
    .scalar_subquery()
)


def watch(
    session: Session, today: date, within_days: int | None = None, handler_id: int | None = None
) -> Watch:
    """Every deadline of an open case that has passed or falls due within ``within_days`` (default: the setting).

    Passed deadlines come first (the longest overdue at the top), then the
    upcoming ones by due date.
    """
    days = int(settings.get(session, "deadline_warning_days") if within_days is None else within_days)
    overrides = holidays.overrides(session)
    due_by = today + timedelta(days=days)
    ent, staff = aliased(Enterprise), aliased(Staff)
    stmt = (
        select(Case.id, Case.case_number, Case.stage, *DATE_COLUMNS, _first_applicant.label("applicant"),
               ent.name.label("enterprise"), staff.display_name.label("handler"))
        .outerjoin(ent, ent.id == Case.enterprise_id)
        .outerjoin(staff, staff.id == Case.handler_id)
        .where(due_by_condition(due_by, overrides), Case.stage != CaseStage.CLOSED.value)
    )
    if handler_id is not None:
        stmt = stmt.where(Case.handler_id == handler_id)
    items: list[WatchItem] = []
    stages = CaseStage.labels()
    for row in session.execute(stmt):
        for d in deadlines_of(row, overrides):
            if d.due <= due_by:
                items.append(WatchItem(
                    row.id, row.case_number, row.applicant or "", row.enterprise or "", row.handler or "",
                    stages.get(row.stage, row.stage), d.key, d.label, d.article, d.due, d.days_left(today),
                ))
    items.sort(key=lambda i: (i.due, i.case_number))
    return Watch(today, days, items)
