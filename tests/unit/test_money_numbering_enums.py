from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedesk.domain.enums import CaseStage, Channel, DisputeCategory, NoticeKind
from casedesk.domain.money import format_yuan, parse_yuan
from casedesk.domain.numbering import format_number, parse_number
from casedesk.domain.validators import ValidationError


@pytest.mark.parametrize(
    ("text", "fen"),
    [("1,234.50", 123450), ("1234.5元", 123450), ("¥1234", 123400), ("1.2万", 1200000), ("", 0), (1234.5, 123450), ("￥ 3，000", 300000)],
)
def test_parse_yuan_accepts_office_forms(text: str | float, fen: int) -> None:
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text", ["abc", "-5", "1.2.3"])
def test_parse_yuan_rejects_with_the_value(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_yuan(text)


@given(st.integers(0, 10**12))
def test_format_then_parse_round_trips(fen: int) -> None:
    assert parse_yuan(format_yuan(fen)) == fen


def test_number_pattern_has_no_leading_zeros_and_parses_back() -> None:
    pattern = "铁工监提〔{year}〕{seq}号"
    assert format_number(pattern, 2025, 3) == "铁工监提〔2025〕3号"
    assert parse_number(pattern, "铁工监提〔2025〕3号") == (2025, 3)
    assert parse_number(pattern, "铁工监提〔2025〕03号") is None
    assert parse_number(pattern, "铁工监意〔2025〕3号") is None
    with pytest.raises(ValidationError):
        format_number("铁工监提{seq}号", 2025, 1)


def test_enums_carry_chinese_labels_and_parse_them() -> None:
    assert Channel.from_label("12351热线") is Channel.HOTLINE_12351
    assert Channel.from_label("walk_in") is Channel.WALK_IN
    assert DisputeCategory.WAGES.label == "劳动报酬"
    assert NoticeKind.OPINION.full_title == "工会劳动法律监督意见书"
    assert [s.order for s in CaseStage][-1] == 6
    with pytest.raises(ValueError, match="未知"):
        Channel.from_label("电报")
