"""The case list's filters and free search, as conditions on the case table alone.

``services.listing`` pages and counts the case list with these; every
condition reaches other tables only through id subqueries, so counting the
filtered list needs no joins. The names are the keys the case list page and
the dashboard pass in ``filters``.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, select

from casedesk.db.models import Case, CaseCategory
from casedesk.domain.enums import CaseStage
from casedesk.services import search_index
from casedesk.services.deadline_watch import OverdueAsOf


def _category(code: str) -> ColumnElement[bool]:
    return Case.id.in_(select(CaseCategory.case_id).where(CaseCategory.category == code))


def _open(is_open: bool) -> ColumnElement[bool]:
    return (Case.stage != CaseStage.CLOSED.value) if is_open else (Case.stage == CaseStage.CLOSED.value)


def _overdue(value: OverdueAsOf) -> ColumnElement[bool]:
    return value.condition()


LIST_FILTERS: dict[str, Callable[[Any], ColumnElement[bool]]] = {
    "open": _open,
    "stage": lambda code: Case.stage == code,
    "category": _category,
    "handler_id": lambda staff_id: Case.handler_id == staff_id,
    "collective": lambda flag: Case.is_collective.is_(bool(flag)),
    "intake_from": lambda day: Case.intake_date >= day,
    "intake_to": lambda day: Case.intake_date <= day,
    "enterprise_id": lambda enterprise_id: Case.enterprise_id == enterprise_id,
    "deadline_overdue": _overdue,
    "search": search_index.cases,  # case number, description, parties' names and numbers, employer
}
