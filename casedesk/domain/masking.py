"""Masking of personal identifiers shown in lists (个人信息保护法 第51条: minimise what is displayed).

Lists show enough to tell people apart (region code, last digits) but not the
full number; revealing it is a separate, audited action on the detail form.
"""
from __future__ import annotations

import re

_MOBILE_RE = re.compile(r"^(?:\+?86)?(1\d{10})$")
# Area code, subscriber number, optional extension (the shape domain.validators accepts).
_LANDLINE_RE = re.compile(r"^(0\d{2,3})-?(\d{7,8})(-\d{1,6})?$")


def _mask_middle(text: str, keep_head: int, keep_tail: int) -> str:
    hidden = len(text) - keep_head - keep_tail
    return text[:keep_head] + "*" * hidden + text[len(text) - keep_tail:]


def mask_id_number(value: str | None) -> str:
    """'11010519900307002X' -> '110105********002X': region code and last four stay readable.

    Anything shorter than a real number (old 15-digit cards, typos) keeps only
    its last two characters, so a malformed value never leaks more than a valid one.
    """
    s = (value or "").strip()
    if not s:
        return ""
    if len(s) >= 15:
        return _mask_middle(s, 6, 4)
    return _mask_middle(s, 0, min(2, len(s) - 1))


def mask_phone(value: str | None) -> str:
    """Mobiles as '138****1234'; landlines keep the area code, last four and extension: '0452-***4567'.

    Anything else keeps only its last four digits.
    """
    s = (value or "").strip()
    if not s:
        return ""
    if len(s) == 11 and s[0] == "1" and s.isdecimal():  # a mobile as stored, most of a list's phones
        return _mask_middle(s, 3, 4)
    mobile = _MOBILE_RE.match(re.sub(r"[\s-]", "", s))
    if mobile:
        return _mask_middle(mobile.group(1), 3, 4)
    landline = _LANDLINE_RE.match(re.sub(r"[\s()（）]", "", s))
    if landline:
        area, number, extension = landline.groups()
        return f"{area}-{_mask_middle(number, 0, 4)}{extension or ''}"
    digits = re.sub(r"\D", "", s)
    if len(digits) <= 4:
        return "*" * len(digits)
    return _mask_middle(digits, 0, 4)
