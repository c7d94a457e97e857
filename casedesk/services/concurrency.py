"""Optimistic locking for forms: a save made on an old version is refused with what the other person changed.

Every form remembers the version it loaded and passes it as
``expected_version``; the service compares it inside the write transaction
(where the row cannot change under it) and raises the area's
:class:`~casedesk.db.database.RecordChanged` subclass carrying the audit rows
written since, so the GUI can show who changed which field, from what to what.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from casedesk.db.database import RecordChanged
from casedesk.services import audit


def check_version(
    session: Session,
    record: Any,
    expected_version: int | None,
    entity: str,
    message: str,
    error: type[RecordChanged] = RecordChanged,
) -> None:
    """Raise ``error`` (with the changes since) when ``record`` moved on from ``expected_version``."""
    if expected_version is None or record.version == expected_version:
        return
    changes = audit.changes_since(session, entity, record.id, record.version - expected_version)
    raise error(message, entity, record.id, changes)
