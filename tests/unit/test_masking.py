"""Masking of 身份证号 and phone numbers in lists."""
from __future__ import annotations

import pytest

from casedesk.domain.masking import mask_id_number, mask_phone


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("11010519491231002X", "110105********002X"),
        (" 110105194912310021 ", "110105********0021"),
        ("110105491231002", "110105*****1002"),  # old 15-digit card
        ("12345", "***45"),
        ("7", "*"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_id_number(raw: str | None, masked: str) -> None:
    assert mask_id_number(raw) == masked


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("13812341234", "138****1234"),
        ("138-1234-1234", "138****1234"),
        ("+8613812341234", "138****1234"),
        ("0452-1234567", "0452-***4567"),
        ("010-12345678-123", "010-****5678-123"),  # an office extension is not personal
        ("(0452)1234567", "0452-***4567"),
        ("+1 555 0100 2345", "********2345"),
        ("1234", "****"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_phone(raw: str | None, masked: str) -> None:
    assert mask_phone(raw) == masked


def test_masked_values_never_contain_the_hidden_digits() -> None:
    assert "19491231" not in mask_id_number("11010519491231002X")
    assert "1234" not in mask_phone("13812345678")[:7]
