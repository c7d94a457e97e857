"""Document and case numbers: 机关代字〔年份〕序号号 (GB/T 9704: no leading zeros, 六角括号)."""
from __future__ import annotations

import re

from casedesk.domain.validators import ValidationError

PLACEHOLDERS = ("{year}", "{seq}")


def check_pattern(pattern: str) -> None:
    for p in PLACEHOLDERS:
        if pattern.count(p) != 1:
            raise ValidationError("编号格式“{pattern}”必须恰好包含一次{p}", pattern=pattern, p=p)


def format_number(pattern: str, year: int, seq: int) -> str:
    check_pattern(pattern)
    if seq < 1:
        raise ValidationError("序号从1开始")
    return pattern.replace("{year}", str(year)).replace("{seq}", str(seq))


def parse_number(pattern: str, number: str) -> tuple[int, int] | None:
    """(year, seq) if ``number`` was made from ``pattern``, else None (historical imports)."""
    check_pattern(pattern)
    rx = re.escape(pattern).replace(re.escape("{year}"), r"(?P<year>\d{4})")
    rx = rx.replace(re.escape("{seq}"), r"(?P<seq>[1-9]\d*)")
    m = re.fullmatch(rx, number.strip().replace("[", "〔").replace("]", "〕"))
    return (int(m["year"]), int(m["seq"])) if m else None
