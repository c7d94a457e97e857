"""Identifier checks: known values, and property tests that any single-character change is caught."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from casedesk.domain.validators import (
    CREDIT_CHARSET,
    ValidationError,
    credit_check_char,
    id_check_char,
    id_number_birth,
    id_number_gender,
    normalize_credit_code,
    normalize_id_number,
    normalize_landline,
    normalize_mobile,
    normalize_phone,
)


def test_known_id_number_from_the_standard() -> None:
    assert normalize_id_number("11010519491231002x") == "11010519491231002X"
    assert id_number_birth("11010519491231002X") == date(1949, 12, 31)
    assert id_number_gender("11010519491231002X") == "F"


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("1101051949123100", "18位"),
        ("11010519491231002Y", "末位"),
        ("110105194902300025", "出生日期"),
        ("110105194912310021", "校验位"),
    ],
)
def test_bad_id_numbers_say_what_is_wrong(value: str, fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment):
        normalize_id_number(value)


def test_known_credit_code() -> None:
    code = "9111010500000000A" + credit_check_char("9111010500000000A")
    assert code.endswith("T")
    assert normalize_credit_code(code.lower()) == code


def test_credit_code_rejects_excluded_letters() -> None:
    with pytest.raises(ValidationError, match="不允许的字符"):
        normalize_credit_code("91110105000000000I")


birth_dates = st.dates(min_value=date(1930, 1, 1), max_value=date(2008, 12, 31))
id_numbers = st.builds(
    lambda area, birth, seq: (lambda s: s + id_check_char(s))(f"{area:06d}{birth:%Y%m%d}{seq:03d}"),
    st.integers(110000, 659999),
    birth_dates,
    st.integers(0, 999),
)
credit_codes = st.builds(
    lambda head, area, body: (lambda s: s + credit_check_char(s))(head + f"{area:06d}" + body),
    st.sampled_from(["91", "92", "93", "11", "51", "52", "Y1"]),
    st.integers(110000, 659999),
    st.text(alphabet=CREDIT_CHARSET, min_size=9, max_size=9),
)


@given(id_numbers)
def test_valid_id_numbers_pass(value: str) -> None:
    assert normalize_id_number(value) == value


@given(id_numbers, st.integers(0, 17), st.sampled_from("0123456789X"))
def test_any_single_change_to_an_id_number_fails(value: str, pos: int, char: str) -> None:
    assume(value[pos] != char)
    changed = value[:pos] + char + value[pos + 1 :]
    with pytest.raises(ValidationError):
        normalize_id_number(changed)


@given(credit_codes)
def test_valid_credit_codes_pass(value: str) -> None:
    assert normalize_credit_code(value) == value


@given(credit_codes, st.integers(0, 17), st.sampled_from(CREDIT_CHARSET))
def test_any_single_change_to_a_credit_code_fails(value: str, pos: int, char: str) -> None:
    assume(value[pos] != char)
    changed = value[:pos] + char + value[pos + 1 :]
    with pytest.raises(ValidationError):
        normalize_credit_code(changed)


@given(st.sampled_from("3456789"), st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_valid_mobiles_pass(second: str, rest: str) -> None:
    number = "1" + second + rest
    assert normalize_mobile(number) == number
    assert normalize_mobile("+86 " + number) == number


@pytest.mark.parametrize("value", ["12345678901", "1381234567", "138123456789", "abcdefghijk", ""])
def test_bad_mobiles_fail(value: str) -> None:
    with pytest.raises(ValidationError):
        normalize_mobile(value)


@pytest.mark.parametrize(("value", "expected"), [("0452-2345678", "0452-2345678"), ("(0451)82345678", "045182345678"), ("010-12345678-801", "010-12345678-801")])
def test_landlines(value: str, expected: str) -> None:
    assert normalize_landline(value) == expected


def test_phone_accepts_either_and_names_the_value() -> None:
    assert normalize_phone("13812345678") == "13812345678"
    assert normalize_phone("0452-2345678") == "0452-2345678"
    with pytest.raises(ValidationError, match="12345"):
        normalize_phone("12345")
