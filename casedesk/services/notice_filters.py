"""The notice list's filters and free search, as conditions on the notice table alone.

``services.listing`` pages and counts the notice list with these (other tables
are reached only through id subqueries, so counting needs no joins); the
notice list page, the dashboard and an employer's or a case's notices pass
them by name.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import aliased

from casedesk.db.models import Enterprise, GovernmentBody, SupervisionNotice
from casedesk.domain.enums import NoticeStatus
from casedesk.services.notices import overdue_condition

AWAITING_REPLY = (NoticeStatus.ISSUED.value, NoticeStatus.DELIVERED.value)
_numbers = aliased(SupervisionNotice)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _looks_like_number(text: str) -> bool:
    """〔2025〕3号, 铁工监提, 2025 or 3号: a document number or part of one, not an addressee's name."""
    return any(c in text for c in "〔〕号") or text.isdigit() or text.isascii()


def search_condition(text: str) -> ColumnElement[bool]:
    """A document number fragment (铁工监提〔2025〕3号, 〔2025〕3号, 3号), or part of the addressee's name.

    A number fragment searches the numbers only (no name holds 〔〕 or 号);
    other text also searches the employers' and departments' names, each
    through an id subquery.
    """
    t = text.strip().replace("[", "〔").replace("]", "〕")
    if not t:
        return SupervisionNotice.id.is_not(None)
    pattern = _like(t)
    # An id subquery over the numbers' own index: the list then walks its sort index
    # checking ids, instead of reading every row in sort order to test its number.
    by_number = SupervisionNotice.id.in_(select(_numbers.id).where(_numbers.number.like(pattern, escape="\\")))
    if _looks_like_number(t):
        return by_number
    return or_(
        by_number,
        SupervisionNotice.enterprise_id.in_(select(Enterprise.id).where(Enterprise.name.like(pattern, escape="\\"))),
        SupervisionNotice.department_id.in_(select(GovernmentBody.id).where(GovernmentBody.name.like(pattern, escape="\\"))),
    )


def _awaiting(waiting: bool) -> ColumnElement[bool]:
    return SupervisionNotice.status.in_(AWAITING_REPLY) if waiting else SupervisionNotice.status.not_in(AWAITING_REPLY)


LIST_FILTERS: dict[str, Callable[[Any], ColumnElement[bool]]] = {
    "kind": lambda code: SupervisionNotice.kind == code,
    "status": lambda code: SupervisionNotice.status == code,
    "awaiting_reply": _awaiting,
    "reply_overdue": lambda today: overdue_condition(today),
    "issued_from": lambda day: SupervisionNotice.issued_on >= day,
    "issued_to": lambda day: SupervisionNotice.issued_on <= day,
    "enterprise_id": lambda enterprise_id: SupervisionNotice.enterprise_id == enterprise_id,
    "case_id": lambda case_id: SupervisionNotice.case_id == case_id,
    "batch_id": lambda batch_id: SupervisionNotice.batch_id == batch_id,
    "search": search_condition,
}

