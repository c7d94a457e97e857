"""The office itself: organizations, staff accounts, settings, number sequences, holidays, government bodies."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from casedesk.db.models.base import Base, Stamped, UTCDateTime


class Organization(Stamped, Base):
    """An issuing union (one per district; a city database holds several)."""

    __tablename__ = "organization"

    name: Mapped[str] = mapped_column(String(100))
    issuer_mark: Mapped[str] = mapped_column(String(100), default="")  # 发文机关标志
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"))
    case_number_pattern: Mapped[str] = mapped_column(String(60), default="法援〔{year}〕{seq}号")
    reminder_number_pattern: Mapped[str] = mapped_column(String(60), default="工监提〔{year}〕{seq}号")
    opinion_number_pattern: Mapped[str] = mapped_column(String(60), default="工监意〔{year}〕{seq}号")
    recommendation_number_pattern: Mapped[str] = mapped_column(String(60), default="工监建〔{year}〕{seq}号")
    address: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    contact_person: Mapped[str] = mapped_column(String(40), default="")


class Staff(Stamped, Base):
    """A user account."""

    __tablename__ = "staff"

    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id"), index=True)
    login: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20), default="staff")  # domain.enums.Role
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Setting(Stamped, Base):
    """Office-wide settings as JSON values, one row per key (never pickled)."""

    __tablename__ = "setting"
    __table_args__ = (UniqueConstraint("organization_id", "key"),)

    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"))
    key: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(Text, default="null")


class NumberSequence(Stamped, Base):
    """The last number handed out per organization, series and year: numbers are never reused."""

    __tablename__ = "number_sequence"
    __table_args__ = (UniqueConstraint("organization_id", "series", "year"),)

    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id"))
    series: Mapped[str] = mapped_column(String(30))  # "case" or a NoticeKind code
    year: Mapped[int] = mapped_column(Integer)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class HolidayOverride(Stamped, Base):
    """A day an admin marks by hand as a holiday or a 调休 working day, over the holiday library."""

    __tablename__ = "holiday_override"

    day: Mapped[date] = mapped_column(Date, unique=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(40), default="")


class GovernmentBody(Stamped, Base):
    """Addressees of 建议书 and referral targets (人社局, 劳动保障监察, 人民政府, 检察院)."""

    __tablename__ = "government_body"

    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20), default="hrss")  # GovBodyKind
    address: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
