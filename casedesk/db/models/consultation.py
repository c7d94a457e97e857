"""Hotline, walk-in and online consultations (12351 咨询台账)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from casedesk.db.models.base import Base, Stamped, UTCDateTime


class Consultation(Stamped, Base):
    __tablename__ = "consultation"
    __table_args__ = (
        # Overdue follow-ups (due passed, not done) are counted on every dashboard refresh.
        Index("ix_consultation_followup_open", "followup_done", "followup_due"),
        # Each list filter with the list's default order (newest first); the channel, category and
        # status columns also sort through these (newest first within each value).
        Index("ix_consultation_channel_received", "channel", "received_at"),
        Index("ix_consultation_category_received", "category", "received_at"),
        Index("ix_consultation_status_received", "status", "received_at"),
        Index("ix_consultation_handler_received", "handler_id", "received_at"),
        # The period's totals (referred, turned into cases) from the index alone; with the id second it is
        # also the list's order (time, then id) without a sort.
        Index("ix_consultation_received_referral", "received_at", "id", "referral_body", "case_id"),
        # Follow-ups due in a period and whether they were made on time, from the index alone; the list's
        # order by follow-up date as well.
        Index("ix_consultation_followup_due_done", "followup_due", "id", "followup_done"),
    )

    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(20))  # Channel
    caller_id: Mapped[int | None] = mapped_column(ForeignKey("worker.id"), index=True)
    caller_name: Mapped[str] = mapped_column(String(60), default="")  # as given on the call, even if anonymous
    caller_phone: Mapped[str | None] = mapped_column(String(20), index=True)
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprise.id"), index=True)
    category: Mapped[str] = mapped_column(String(30), default="other")  # DisputeCategory
    worker_count: Mapped[int] = mapped_column(Integer, default=1)
    question: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(20), default="open")  # ConsultationStatus
    referral_body: Mapped[str | None] = mapped_column(String(30))  # ReferralBody
    referral_date: Mapped[date | None] = mapped_column(Date)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("dispute_case.id"), index=True)
    followup_due: Mapped[date | None] = mapped_column(Date)
    followup_done: Mapped[date | None] = mapped_column(Date)
    followup_result: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[str | None] = mapped_column(String(20))  # Satisfaction
    # Set when the retention purge removed the caller's name and numbers (totals are kept).
    anonymized_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
