"""Checks for the identifiers offices type by hand.

Each ``normalize_*`` returns the canonical form or raises ``ValidationError``
with a Chinese message naming what is wrong (a template and its values, so the
GUI and CLI can say it in English too) that importers put in a row report.
"""
from __future__ import annotations

import re
from datetime import date

from casedesk.domain.messages import Translatable

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARS = "10X98765432"

CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")
# Area code 0 + 2-3 digits, subscriber number 7-8 digits, optional extension.
_LANDLINE_RE = re.compile(r"^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$")


class ValidationError(Translatable, ValueError):
    """A value a person typed is not acceptable; the message (a ``messages.Message``) is for that person."""


def id_check_char(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True))
    return ID_CHECK_CHARS[total % 11]


def normalize_id_number(value: str) -> str:
    """18-digit 居民身份证号码 per GB 11643-1999 (ISO 7064 MOD 11-2)."""
    s = value.strip().upper()
    if len(s) != 18:
        raise ValidationError("身份证号应为18位，实际为{n}位", n=len(s))
    if not s[:17].isdigit() or not (s[17].isdigit() or s[17] == "X"):
        raise ValidationError("身份证号前17位应为数字，末位为数字或X")
    try:
        birth = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        raise ValidationError("身份证号中的出生日期{s}不是有效日期", s=s[6:14]) from None
    if birth.year < 1900 or birth > date.today():
        raise ValidationError("身份证号中的出生日期{s}不合理", s=s[6:14])
    if id_check_char(s[:17]) != s[17]:
        raise ValidationError("身份证号校验位不正确，请核对")
    return s


def id_number_gender(id_number: str) -> str:
    """'M' or 'F' from the sequence digit's parity."""
    return "M" if int(id_number[16]) % 2 else "F"


def id_number_birth(id_number: str) -> date:
    return date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))


def credit_check_char(first17: str) -> str:
    total = sum(CREDIT_CHARSET.index(c) * w for c, w in zip(first17, CREDIT_WEIGHTS, strict=True))
    return CREDIT_CHARSET[(31 - total % 31) % 31]


def normalize_credit_code(value: str) -> str:
    """18-character 统一社会信用代码 per GB 32100-2015."""
    s = value.strip().upper()
    if len(s) != 18:
        raise ValidationError("统一社会信用代码应为18位，实际为{n}位", n=len(s))
    bad = sorted({c for c in s if c not in CREDIT_CHARSET})
    if bad:
        raise ValidationError("统一社会信用代码含有不允许的字符：{items}（不使用I、O、S、V、Z）", items=''.join(bad))
    if not s[2:8].isdigit():
        raise ValidationError("统一社会信用代码第3至8位应为行政区划码（数字）")
    if credit_check_char(s[:17]) != s[17]:
        raise ValidationError("统一社会信用代码校验位不正确，请核对")
    return s


def normalize_mobile(value: str) -> str:
    s = re.sub(r"[\s-]", "", value.strip())
    if s.startswith("+86"):
        s = s[3:]
    elif s.startswith("86") and len(s) == 13:
        s = s[2:]
    if not _MOBILE_RE.match(s):
        raise ValidationError("手机号码“{value}”格式不正确（应为1开头的11位数字）", value=value.strip())
    return s


def normalize_landline(value: str) -> str:
    s = re.sub(r"[\s()（）]", "", value.strip())
    if not _LANDLINE_RE.match(s):
        raise ValidationError("固定电话“{value}”格式不正确（如0452-1234567）", value=value.strip())
    return s


def normalize_phone(value: str) -> str:
    """A mobile or a landline; whichever the text looks like."""
    s = value.strip()
    if not s:
        raise ValidationError("电话号码为空")
    try:
        return normalize_mobile(s)
    except ValidationError:
        pass
    try:
        return normalize_landline(s)
    except ValidationError:
        raise ValidationError("电话号码“{s}”既不是有效的手机号码也不是有效的固定电话", s=s) from None
