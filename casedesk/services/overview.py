"""Figures for the dashboard tiles and the per-year totals of the statistics page.

Each dashboard figure is defined as a filter of a list in ``services.listing``,
so the number on a tile and the rows the tile opens are the same by
construction. Years are counted with range conditions on indexed columns
(one index range per year) rather than by extracting the year from every
row; consultations are moments stored in UTC, so their years start at local
midnight on 1 January.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, func, select
from sqlalchemy.orm import Session

from casedesk.db.models import Case, Claim, Consultation, SupervisionNotice
from casedesk.domain import enums
from casedesk.services import listing


def local_year_start(year: int) -> datetime:
    """Midnight of 1 January in the PC's local time, as an aware datetime."""
    return datetime(year, 1, 1).astimezone()


@dataclass(frozen=True)
class Tile:
    """A dashboard figure: the list it counts and the filters that select its rows."""

    key: str
    list_name: str
    filters: Mapping[str, Any]


def dashboard_tiles(today: date) -> tuple[Tile, ...]:
    return (
        Tile("consultations_this_year", "consultations", {"received_since": local_year_start(today.year)}),
        Tile("open_consultations", "consultations", {"status": enums.ConsultationStatus.OPEN.value}),
        Tile("overdue_followups", "consultations", {"followup_overdue": today}),
        Tile("open_cases", "cases", {"open": True}),
        Tile("notices_awaiting_reply", "notices", {"awaiting_reply": True}),
    )


def dashboard_counts(session: Session, today: date) -> dict[str, int]:
    """{tile key: count} for every tile of :func:`dashboard_tiles`."""
    return {t.key: listing.count(session, t.list_name, t.filters) for t in dashboard_tiles(today)}


@dataclass(frozen=True)
class YearTotals:
    """One year's totals; amounts in fen."""

    year: int
    consultations: int
    cases_opened: int
    cases_closed: int
    notices_issued: dict[str, int] = field(default_factory=dict)  # NoticeKind code -> count
    amount_claimed_fen: int = 0  # claims of the cases opened in the year
    amount_recovered_fen: int = 0  # recovered in the cases closed in the year


def _in_range(column: SQLColumnExpression[Any], start: Any, end: Any) -> ColumnElement[bool]:
    return (column >= start) & (column < end)


def _years(session: Session) -> range:
    """From the earliest to the latest year any record falls in; empty when the file is empty."""
    bounds = session.execute(
        select(
            select(func.min(Consultation.received_at)).scalar_subquery(),
            select(func.max(Consultation.received_at)).scalar_subquery(),
            select(func.min(Case.intake_date)).scalar_subquery(),
            select(func.max(Case.intake_date)).scalar_subquery(),
            select(func.max(Case.closed_date)).scalar_subquery(),  # each min/max is one index lookup
            select(func.min(SupervisionNotice.issued_on)).scalar_subquery(),
            select(func.max(SupervisionNotice.issued_on)).scalar_subquery(),
        )
    ).one()
    years: list[int] = []
    for value in bounds:
        if isinstance(value, datetime):
            years.append(value.astimezone().year)
        elif isinstance(value, date):
            years.append(value.year)
    return range(min(years), max(years) + 1) if years else range(0)


def year_totals(session: Session) -> list[YearTotals]:
    """Totals per year, newest year first."""
    result = []
    for year in reversed(_years(session)):
        start, end = date(year, 1, 1), date(year + 1, 1, 1)
        consultations = session.scalar(
            select(func.count()).select_from(Consultation).where(
                _in_range(Consultation.received_at, local_year_start(year), local_year_start(year + 1))
            )
        )
        opened, claimed = session.execute(
            select(
                select(func.count()).select_from(Case).where(_in_range(Case.intake_date, start, end)).scalar_subquery(),
                select(func.coalesce(func.sum(Claim.amount_claimed_fen), 0))
                .join(Case, Case.id == Claim.case_id)
                .where(_in_range(Case.intake_date, start, end))
                .scalar_subquery(),
            )
        ).one()
        closed, recovered = session.execute(
            select(
                select(func.count()).select_from(Case).where(_in_range(Case.closed_date, start, end)).scalar_subquery(),
                select(func.coalesce(func.sum(Claim.amount_recovered_fen), 0))
                .join(Case, Case.id == Claim.case_id)
                .where(_in_range(Case.closed_date, start, end))
                .scalar_subquery(),
            )
        ).one()
        notices = dict(
            session.execute(
                select(SupervisionNotice.kind, func.count())
                .where(_in_range(SupervisionNotice.issued_on, start, end))
                .group_by(SupervisionNotice.kind)
            ).all()
        )
        result.append(
            YearTotals(
                year=year,
                consultations=int(consultations or 0),
                cases_opened=int(opened),
                cases_closed=int(closed),
                notices_issued={k: int(v) for k, v in notices.items()},
                amount_claimed_fen=int(claimed),
                amount_recovered_fen=int(recovered),
            )
        )
    return result
