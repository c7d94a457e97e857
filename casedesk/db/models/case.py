"""Grievances and labour disputes (维权案件) with parties, claims, timeline and attachments."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from casedesk.db.models.base import Base, Stamped, UTCDateTime


class Case(Stamped, Base):
    __tablename__ = "dispute_case"  # "case" is an SQL keyword
    __table_args__ = (
        UniqueConstraint("organization_id", "number_year", "number_seq"),
        # Each list filter with the list's default order (latest intake first); the stage and
        # individual/collective columns also sort through these.
        Index("ix_dispute_case_stage_intake", "stage", "intake_date"),
        Index("ix_dispute_case_collective_intake", "is_collective", "intake_date"),
        Index("ix_dispute_case_handler_intake", "handler_id", "intake_date"),
        Index("ix_dispute_case_enterprise_intake", "enterprise_id", "intake_date"),
        # The period's totals of cases opened (and the list's order, date then id) and closed, from the index alone.
        Index("ix_dispute_case_intake_totals", "intake_date", "id", "is_collective", "worker_count"),
        Index("ix_dispute_case_closed_outcome", "closed_date", "outcome"),
    )

    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    case_number: Mapped[str] = mapped_column(String(60), unique=True)
    number_year: Mapped[int | None] = mapped_column(Integer)
    number_seq: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(20), default="walk_in")  # CaseSource
    is_collective: Mapped[bool] = mapped_column(Boolean, default=False)
    worker_count: Mapped[int] = mapped_column(Integer, default=1)
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprise.id"))
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    lawyer: Mapped[str] = mapped_column(String(60), default="")  # 法律援助律师
    description: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str] = mapped_column(String(20), default="intake")  # CaseStage
    intake_date: Mapped[date] = mapped_column(Date)
    # Dates the statutory deadlines are computed from (劳动争议调解仲裁法 第27、29、43、48、50条).
    infringement_known_date: Mapped[date | None] = mapped_column(Date)
    employment_end_date: Mapped[date | None] = mapped_column(Date)
    # Unpaid wages while employment continues: the limitation period runs only from its end (第27条).
    wage_arrears_only: Mapped[bool] = mapped_column(Boolean, default=False)
    mediation_applied_date: Mapped[date | None] = mapped_column(Date)
    arbitration_applied_date: Mapped[date | None] = mapped_column(Date)
    arbitration_accepted_date: Mapped[date | None] = mapped_column(Date)
    arbitration_extended: Mapped[bool] = mapped_column(Boolean, default=False)
    award_received_date: Mapped[date | None] = mapped_column(Date)
    award_final: Mapped[bool] = mapped_column(Boolean, default=False)  # 一裁终局
    closed_date: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(30), index=True)  # CaseOutcome
    last_activity_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    # Set when the retention purge removed names and numbers from a long-closed case (totals are kept).
    anonymized_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CaseCategory(Base):
    __tablename__ = "case_category"
    # The category filter reads the case ids of a category from this index alone.
    __table_args__ = (Index("ix_case_category_category_case", "category", "case_id"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id", ondelete="CASCADE"), primary_key=True)
    category: Mapped[str] = mapped_column(String(30), primary_key=True)  # DisputeCategory


class CaseParty(Stamped, Base):
    __tablename__ = "case_party"

    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id", ondelete="CASCADE"), index=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("worker.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="applicant")  # PartyRole


class Claim(Stamped, Base):
    __tablename__ = "claim"
    # A case's amounts claimed and recovered, summed from the index alone.
    __table_args__ = (Index("ix_claim_case_amounts", "case_id", "amount_claimed_fen", "amount_recovered_fen"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30), default="wages")  # ClaimKind
    amount_claimed_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    amount_recovered_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    note: Mapped[str] = mapped_column(String(200), default="")


class CaseEvent(Stamped, Base):
    """Timeline entry: a call, meeting, filing, note or stage move."""

    __tablename__ = "case_event"

    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id", ondelete="CASCADE"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(20), default="note")  # EventKind
    summary: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class Attachment(Stamped, Base):
    """A file copied into the data folder, stored under its SHA-256."""

    __tablename__ = "attachment"

    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("case_event.id", ondelete="SET NULL"))
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger, default=0)
