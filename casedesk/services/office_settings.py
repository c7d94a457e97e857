"""The office-wide numbers and choices of the Settings page that no area has a setter of its own for.

Reply deadlines (``notices.set_default_deadline``), the follow-up rule
(``consultations.set_followup_working_days``), letter fonts and the seal
(``notice_letter``) and holidays (``holidays``) keep their own setters, so
their rules stay in one place. What is left (how early deadlines warn, when a
case counts as stale, how long records are kept, the backup schedule and the
language) is checked and saved here, audited through ``settings.put``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from casedesk.domain.enums import NoticeKind
from casedesk.domain.numbering import format_number
from casedesk.domain.validators import ValidationError
from casedesk.services import numbering, organization, settings
from casedesk.services.actor import Actor, require_admin, require_write


@dataclass(frozen=True)
class NumberSetting:
    """A whole-number setting with its label, unit and allowed range (the page shows one spin box each)."""

    key: str
    label: str
    unit: str
    minimum: int
    maximum: int
    help: str = ""


NUMBERS: dict[str, NumberSetting] = {s.key: s for s in (
    NumberSetting("deadline_warning_days", "法定期限提前提醒", "天", 1, 90,
                  "案件的法定期限在这么多天内到期时，列入工作台和期限提醒"),
    NumberSetting("stale_case_days", "案件无进展提醒", "天", 7, 365,
                  "在办案件这么多天没有新的办理记录时，列入工作台"),
    NumberSetting("retention_years", "数据保留年限", "年", 1, 50,
                  "结案或受理超过这么多年的记录可以清理（匿名化，统计数字保留）；由管理员执行 casedesk purge"),
    NumberSetting("backup.interval_minutes", "自动备份间隔", "分钟", 5, 1440,
                  "程序打开期间，有改动时每隔这么多分钟自动备份一次"),
    NumberSetting("backup.keep_recent", "保留最近的备份", "份", 1, 100),
    NumberSetting("backup.keep_daily", "每天保留一份，共", "天", 0, 366),
    NumberSetting("backup.keep_weekly", "每周保留一份，共", "周", 0, 260),
    NumberSetting("backup.keep_monthly", "每月保留一份，共", "个月", 0, 240),
)}
LANGUAGES = {"zh_CN": "中文", "en": "English"}
LANGUAGE_KEY = "language"
LANGUAGE_ENV = "CASEDESK_LANG"  # en or zh: this run's language (GUI and CLI), whatever the file says
# The number series a union keeps, the pattern each is made from, and what the page calls it.
SERIES = (
    ("case", "case_number_pattern"),
    (NoticeKind.REMINDER.value, "reminder_number_pattern"),
    (NoticeKind.OPINION.value, "opinion_number_pattern"),
    (NoticeKind.RECOMMENDATION.value, "recommendation_number_pattern"),
)


def numbers(session: Session) -> dict[str, int]:
    """The current value of every number setting (the default where none was saved)."""
    return {key: int(settings.get(session, key)) for key in NUMBERS}


def set_number(session: Session, actor: Actor, key: str, value: int) -> None:
    """Save one number setting (administrators only); a value out of range is refused naming the setting."""
    require_write(actor)
    require_admin(actor)
    spec = NUMBERS.get(key)
    if spec is None:
        raise ValidationError("未知的设置项“{key}”", key=key)
    if isinstance(value, bool) or not isinstance(value, int) or not spec.minimum <= value <= spec.maximum:
        raise ValidationError("{spec}：应为 {minimum} 至 {maximum} {unit}", spec=spec.label, minimum=spec.minimum, maximum=spec.maximum, unit=spec.unit)
    if int(settings.get(session, key)) != value:
        settings.put(session, actor, key, value)


def language(session: Session) -> str:
    code = str(settings.get(session, LANGUAGE_KEY))
    return code if code in LANGUAGES else "zh_CN"


def env_language() -> str | None:
    """The language ``CASEDESK_LANG`` asks for (en, zh, zh_CN); None when it is unset or names no language."""
    value = os.environ.get(LANGUAGE_ENV, "").strip().lower().replace("-", "_")
    return {"en": "en", "zh": "zh_CN", "zh_cn": "zh_CN"}.get(value)


def set_language(session: Session, actor: Actor, code: str) -> None:
    """The GUI's language for everyone at this office (documents stay Chinese: they are official letters)."""
    require_write(actor)
    if code not in LANGUAGES:
        raise ValidationError("界面语言：可选 {items}", items='、'.join(LANGUAGES))
    if language(session) != code:
        settings.put(session, actor, LANGUAGE_KEY, code)


def next_numbers(session: Session, patterns: dict[str, str] | None = None, year: int | None = None) -> dict[str, str]:
    """The next case number and document number of each kind this year, from ``patterns`` (unsaved edits) or the
    saved ones; a malformed pattern shows as empty."""
    org = organization.get_org(session)
    year = year or date.today().year
    out = {}
    for series, key in SERIES:
        pattern = (patterns or {}).get(key, getattr(org, key))
        try:
            out[key] = format_number(pattern, year, numbering.peek(session, org.id, series, year))
        except ValidationError:
            out[key] = ""
    return out

