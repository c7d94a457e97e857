"""一函两书: supervision notices (提示函, 意见书, 建议书)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from casedesk.db.models.base import Base, Stamped


class SupervisionNotice(Stamped, Base):
    __tablename__ = "supervision_notice"
    __table_args__ = (
        UniqueConstraint("organization_id", "kind", "number_year", "number_seq"),
        # Period totals by kind read this index alone.
        Index("ix_supervision_notice_issued_kind", "issued_on", "kind"),
        # Each list filter with the list's default order (latest issued first); the kind and status
        # columns also sort through these.
        Index("ix_supervision_notice_kind_issued", "kind", "issued_on"),
        Index("ix_supervision_notice_status_issued", "status", "issued_on"),
        Index("ix_supervision_notice_enterprise_issued", "enterprise_id", "issued_on"),
        # Replies due in a period, replied and rectified, from the index alone (and the list's order by reply date).
        Index("ix_supervision_notice_reply_due_result", "reply_due", "id", "replied_on", "rectification"),
    )

    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # NoticeKind
    number: Mapped[str | None] = mapped_column(String(60), unique=True)  # 发文字号, set at issue
    number_year: Mapped[int | None] = mapped_column(Integer)
    number_seq: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="draft")  # NoticeStatus
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprise.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("government_body.id"), index=True)  # 建议书 addressee
    case_id: Mapped[int | None] = mapped_column(ForeignKey("dispute_case.id"), index=True)
    escalated_from_id: Mapped[int | None] = mapped_column(ForeignKey("supervision_notice.id"), index=True)
    batch_id: Mapped[str | None] = mapped_column(String(40), index=True)  # 专项提示函 batch
    facts: Mapped[str] = mapped_column(Text, default="")  # 查明的事实
    legal_basis: Mapped[str] = mapped_column(Text, default="")  # catalogue keys, one per line
    demands: Mapped[str] = mapped_column(Text, default="")  # 整改意见/建议事项
    deadline_count: Mapped[int] = mapped_column(Integer, default=15)
    deadline_unit: Mapped[str] = mapped_column(String(20), default="working_days")  # DeadlineUnit
    reply_due: Mapped[date | None] = mapped_column(Date)
    issued_on: Mapped[date | None] = mapped_column(Date, index=True)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    delivery_method: Mapped[str | None] = mapped_column(String(20))  # DeliveryMethod
    delivered_on: Mapped[date | None] = mapped_column(Date)
    signed_by: Mapped[str] = mapped_column(String(60), default="")
    refusal_witness: Mapped[str] = mapped_column(String(60), default="")
    tracking_number: Mapped[str] = mapped_column(String(40), default="")
    replied_on: Mapped[date | None] = mapped_column(Date)
    reply_content: Mapped[str] = mapped_column(Text, default="")
    rectification: Mapped[str | None] = mapped_column(String(30))  # rectified / partly_rectified / not_rectified
    closed_on: Mapped[date | None] = mapped_column(Date)
    cc_procuratorate: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_person: Mapped[str] = mapped_column(String(40), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)  # frozen issued copy
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))


class NoticeViolation(Base):
    __tablename__ = "notice_violation"

    notice_id: Mapped[int] = mapped_column(
        ForeignKey("supervision_notice.id", ondelete="CASCADE"), primary_key=True
    )
    violation: Mapped[str] = mapped_column(String(40), primary_key=True)  # ViolationType
