"""Handing out case and document numbers: per organization, series and year, never reused.

The sequence row is locked for the rest of the transaction (SELECT ... FOR
UPDATE on PostgreSQL; SQLite write transactions already hold the file lock),
so two desks issuing at the same moment get different numbers, and a rolled
back issue gives its number back rather than leaving a gap.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from casedesk.db.models import NumberSequence


def _ensure_row(session: Session, organization_id: int, series: str, year: int) -> None:
    values = {"organization_id": organization_id, "series": series, "year": year, "last_value": 0, "version": 1}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql  # 70 ms to load: only for a server database

        stmt = postgresql.insert(NumberSequence).values(**values).on_conflict_do_nothing()
    elif dialect == "sqlite":
        stmt = sqlite.insert(NumberSequence).values(**values).on_conflict_do_nothing()
    else:  # pragma: no cover - other dialects are not supported targets
        raise RuntimeError(f"unsupported database {dialect}")
    session.execute(stmt)


def _locked(session: Session, organization_id: int, series: str, year: int) -> NumberSequence:
    _ensure_row(session, organization_id, series, year)
    return session.scalars(
        select(NumberSequence)
        .where(NumberSequence.organization_id == organization_id, NumberSequence.series == series, NumberSequence.year == year)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()


def next_number(session: Session, organization_id: int, series: str, year: int) -> int:
    """The next sequence number; the caller formats it and writes it in the same transaction."""
    row = _locked(session, organization_id, series, year)
    row.last_value += 1
    session.flush()
    return row.last_value


def advance_past(session: Session, organization_id: int, series: str, year: int, seq: int) -> None:
    """Imported historical numbers move the sequence on, so new numbers never collide with them."""
    row = _locked(session, organization_id, series, year)
    if seq > row.last_value:
        row.last_value = seq
        session.flush()


def peek(session: Session, organization_id: int, series: str, year: int) -> int:
    """The number ``next_number`` would hand out now, without taking it (Settings shows it beside the pattern)."""
    last = session.scalar(
        select(NumberSequence.last_value).where(
            NumberSequence.organization_id == organization_id, NumberSequence.series == series, NumberSequence.year == year
        )
    )
    return (last or 0) + 1


def gaps(session: Session, organization_id: int, series: str, year: int, used: set[int]) -> list[int]:
    """Numbers handed out but not present (e.g. deleted records): reported, never refilled."""
    row = session.scalars(
        select(NumberSequence).where(
            NumberSequence.organization_id == organization_id, NumberSequence.series == series, NumberSequence.year == year
        )
    ).first()
    last = row.last_value if row else 0
    return [n for n in range(1, last + 1) if n not in used]
