"""Reading dates, times and counts the way offices really type them in ledgers."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from casedesk.domain.validators import ValidationError

_EXCEL_EPOCH = datetime(1899, 12, 30)
_DATE_RE = re.compile(
    r"^\s*(?P<y>\d{4})\s*(?:[-/.年])\s*(?P<m>\d{1,2})\s*(?:[-/.月])\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[\sT]+(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{1,2})(?:\s*[:：分]\s*(?:(?P<S>\d{1,2})\s*秒?)?)?)?\s*$"
)
_COMPACT_RE = re.compile(r"^\s*(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})\s*$")


def parse_datetime(value: object) -> datetime:
    """A naive local datetime from an Excel cell, a serial number or text such as 2025年3月1日 9:30."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 1 <= value < 100000:
            raise ValidationError("日期“{value}”无法识别", value=value)
        return (_EXCEL_EPOCH + timedelta(days=float(value))).replace(microsecond=0)
    text = str(value or "").strip()
    if not text:
        raise ValidationError("日期为空")
    m = _DATE_RE.match(text) or _COMPACT_RE.match(text)
    if not m:
        raise ValidationError("日期“{text}”无法识别（示例：2025-03-01、2025/3/1、2025.3.1、2025年3月1日）", text=text)
    parts = m.groupdict()
    try:
        return datetime(
            int(parts["y"]), int(parts["m"]), int(parts["d"]),
            int(parts.get("H") or 0), int(parts.get("M") or 0), int(parts.get("S") or 0),
        )
    except ValueError:
        raise ValidationError("日期“{text}”不是有效的日期或时间", text=text) from None


def parse_date(value: object) -> date:
    return parse_datetime(value).date()


def parse_count(value: object, what: str = "人数") -> int:
    """A whole number such as 12, '12人', 12.0 from Excel."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        n = int(value)
    else:
        text = re.sub(r"[\s人名个]", "", str(value or ""))
        if not text.isdigit():
            raise ValidationError("{what}“{value}”不是整数", what=what, value=value)
        n = int(text)
    if n < 0:
        raise ValidationError("{what}不能为负数", what=what)
    return n
