"""The append-only audit trail."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from casedesk.db.models.base import Base, UTCDateTime, utcnow


class AuditEvent(Base):
    """Who did what, when, with the fields before and after; hash-chained to detect tampering."""

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_entity", "entity", "entity_id"),
        # The audit browser filters by action and by person, newest first.
        Index("ix_audit_event_action", "action", "id"),
        Index("ix_audit_event_staff_id", "staff_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    actor: Mapped[str] = mapped_column(String(60), default="")
    action: Mapped[str] = mapped_column(String(30))  # create / update / delete / reveal / export / print / login ...
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON {field: [before, after]}
    # SHA-256 of ``changes``; the row hash covers this digest, so a retention purge may blank ``changes``.
    changes_digest: Mapped[str] = mapped_column(String(64), default="", server_default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")
