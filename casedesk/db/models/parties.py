"""Employers (用人单位) and workers (职工)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from casedesk.db.models.base import Base, Stamped, UTCDateTime


class Enterprise(Stamped, Base):
    __tablename__ = "enterprise"
    # The street filter and the street and industry columns sort by name within each value.
    __table_args__ = (Index("ix_enterprise_street_name", "street", "name"), Index("ix_enterprise_industry_name", "industry", "name"))

    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    name_initials: Mapped[str] = mapped_column(String(200), default="", index=True)  # pinyin initials for completion
    credit_code: Mapped[str | None] = mapped_column(String(18), unique=True)  # 统一社会信用代码
    address: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(String(60), default="")  # 街道
    industry: Mapped[str] = mapped_column(String(30), default="other")  # Industry
    ownership: Mapped[str] = mapped_column(String(20), default="private")  # Ownership
    has_union: Mapped[bool] = mapped_column(Boolean, default=False)
    employee_count: Mapped[int | None] = mapped_column()
    contact_person: Mapped[str] = mapped_column(String(40), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Worker(Stamped, Base):
    __tablename__ = "worker"
    __table_args__ = (
        Index("ix_worker_id_number", "id_number"),
        Index("ix_worker_phone", "phone"),
        # An employer's workers by name; the group column sorts by name within each group.
        Index("ix_worker_enterprise_name", "enterprise_id", "name"),
        Index("ix_worker_group_name", "group", "name"),
    )

    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    name_initials: Mapped[str] = mapped_column(String(60), default="", index=True)
    id_number: Mapped[str | None] = mapped_column(String(18))  # 身份证号; masked in lists
    phone: Mapped[str | None] = mapped_column(String(20))
    gender: Mapped[str | None] = mapped_column(String(1))  # M / F
    employment_form: Mapped[str] = mapped_column(String(30), default="contract")  # EmploymentForm
    group: Mapped[str] = mapped_column(String(30), default="general")  # WorkerGroup
    union_member: Mapped[bool] = mapped_column(Boolean, default=False)
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprise.id"))
    address: Mapped[str] = mapped_column(String(200), default="")
    # Set when the retention purge anonymised the person (every record about them had passed retention).
    anonymized_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
