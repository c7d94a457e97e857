"""Money as integer fen (分); parsing the ways offices type amounts."""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from casedesk.domain.validators import ValidationError

_STRIP = re.compile(r"[\s,，¥￥元圆RMBrmb]")


def parse_yuan(text: str | int | float | Decimal | None) -> int:
    """'1,234.50' / '1234.5元' / '¥1234' / '1.2万' / an Excel number -> fen."""
    if text is None:
        return 0
    if isinstance(text, (int, float, Decimal)) and not isinstance(text, bool):
        amount = Decimal(str(text))
    else:
        s = _STRIP.sub("", str(text))
        if not s:
            return 0
        multiplier = Decimal(1)
        if s.endswith("万"):
            multiplier, s = Decimal(10000), s[:-1]
        try:
            amount = Decimal(s) * multiplier
        except ArithmeticError:  # InvalidOperation for text, Overflow for an exponent like 3e999999
            raise ValidationError("金额“{text}”无法识别（示例：1,234.50、1234.5元、¥1234、1.2万）", text=text) from None
    if amount.is_nan():
        raise ValidationError("金额“{text}”无法识别（示例：1,234.50、1234.5元、¥1234、1.2万）", text=text)
    if amount < 0:
        raise ValidationError("金额“{text}”不能为负数", text=text)
    if not amount.is_finite() or amount > Decimal("1e12"):
        raise ValidationError("金额“{text}”过大", text=text)
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_yuan(fen: int, *, symbol: bool = False) -> str:
    """12345 -> '123.45' with thousands separators."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{'¥' if symbol else ''}{yuan:,}.{cents:02d}"
