"""Organization scoping of every ORM query, applied in one place (server mode: districts see their own).

When a city union and its districts share one PostgreSQL dataset, a district
account must see only its own consultations, cases and notices, while the
city sees them all. Rather than adding a condition to each of the hundred
queries of the services, the session's ``do_orm_execute`` hook adds
``organization_id IN (...)`` for these entities to every ORM SELECT,
including subqueries, aliases, counts and ``Session.get`` (SQLAlchemy's
``with_loader_criteria``). Employers and workers stay one shared register:
an employer has one 统一社会信用代码 whichever district meets it.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import ORMExecuteState, with_loader_criteria
from sqlalchemy.sql.base import ExecutableOption

from casedesk.db.models import Case, Consultation, SupervisionNotice

SCOPED_ENTITIES = (Consultation, Case, SupervisionNotice)


def criteria(orgs: frozenset[int]) -> tuple[ExecutableOption, ...]:
    """The statement options narrowing every scoped entity to ``orgs``.

    Shared by the hook below and by ``services.listing``, which compiles a list's
    page statement once and runs it below the ORM, where the hook cannot reach.
    """
    ids = tuple(sorted(orgs))
    return tuple(
        with_loader_criteria(entity, lambda cls: cls.organization_id.in_(ids), include_aliases=True)
        for entity in SCOPED_ENTITIES
    )


def scoping_hook(visible: Callable[[], frozenset[int] | None]) -> Callable[[ORMExecuteState], None]:
    """A ``do_orm_execute`` listener narrowing SELECTs to ``visible()`` organizations (None = no narrowing)."""

    def scope(state: ORMExecuteState) -> None:
        orgs = visible()
        if orgs is None or not state.is_select or state.is_column_load or state.is_relationship_load:
            return
        state.statement = state.statement.options(*criteria(orgs))

    return scope
