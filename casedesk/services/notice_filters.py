"""The notice list's filters and free search, as conditions on the notice table alone.

``services.listing`` pages and counts the notice list with these (other tables
are reached only through id subqueries, so counting needs no joins); the
notice list page, the dashboard and an employer's or a case's notices pass
them by name.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement

from casedesk.db.models import SupervisionNotice
from casedesk.domain.enums import NoticeStatus
from casedesk.services import search_index
from casedesk.services.notices import overdue_condition

AWAITING_REPLY = (NoticeStatus.ISSUED.value, NoticeStatus.DELIVERED.value)


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
    "search": search_index.notices,  # document number, employer, government department
}

