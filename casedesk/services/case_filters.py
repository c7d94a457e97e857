"""The case list's filters and free search, as conditions on the case table alone.

``services.listing`` pages and counts the case list with these; every
condition reaches other tables only through id subqueries, so counting the
filtered list needs no joins. The names are the keys the case list page and
the dashboard pass in ``filters``.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, Select, select, union

from casedesk.db.models import Case, CaseCategory, CaseParty, Enterprise, Worker
from casedesk.domain.enums import CaseStage
from casedesk.services.deadline_watch import OverdueAsOf

# A name is searched from its start (an index range: 王磊 finds 王磊 and 王磊磊 at once);
# this character sorts after every other, closing the range.
_MAX_CHAR = "\U0010ffff"
MIN_DIGITS = 3  # fewer digits match half the phone book


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _cases_of_workers(condition: ColumnElement[bool]) -> Select[Any]:
    return select(CaseParty.case_id).where(CaseParty.worker_id.in_(select(Worker.id).where(condition)))


def search_condition(text: str) -> ColumnElement[bool]:
    """Case number, a party's name (two characters are enough), an ID-number or phone fragment, the employer.

    Written as one ``id IN (… UNION …)``: the matching ids are collected once,
    and the list then walks its sort index checking ids only, instead of
    testing every case against each alternative.
    """
    t = text.strip()
    if not t:
        return Case.id.is_not(None)
    pattern = _like(t)
    parts: list[Select[Any]] = [
        select(Case.id).where(Case.case_number.like(pattern, escape="\\")),
        select(Case.id).where(Case.enterprise_id.in_(select(Enterprise.id).where(Enterprise.name.like(pattern, escape="\\")))),
        _cases_of_workers((Worker.name >= t) & (Worker.name < t + _MAX_CHAR)),
    ]
    fragment = t.replace(" ", "").replace("-", "").upper()
    if len(fragment) >= MIN_DIGITS and fragment.rstrip("X").isdigit():
        like = _like(fragment)
        # Separate parts, so each scans its own narrow index rather than the whole worker table.
        parts.append(_cases_of_workers(Worker.phone.like(like, escape="\\")))
        parts.append(_cases_of_workers(Worker.id_number.like(like, escape="\\")))
    return Case.id.in_(union(*parts))


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
    "search": search_condition,
}
