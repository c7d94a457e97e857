"""Property tests of every validator and parser: any text ends in a value or a clear ValidationError, never a crash."""
from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from casedesk.domain import money, parsing, validators
from casedesk.domain.masking import mask_id_number, mask_phone
from casedesk.domain.numbering import check_pattern, format_number, parse_number
from casedesk.domain.validators import ValidationError

# What office ledgers and clerks actually type, and what attackers and broken files add.
OFFICE = st.sampled_from(list("0123456789０１２３４５６７８９-./:年月日时分 ,，.¥￥元万+eExX（）()\t\r\n"))
NASTY = st.sampled_from(["\x00", "\x1b", "\u202e", "\ufeff", "'", '"', "%", "_", "\\", "*", "=", "@", "nan", "inf", "1e999",
                         "sNaN", "∞", "٣", "²", "〇", "三百", "9" * 50])
TEXT = st.one_of(st.text(max_size=40), st.lists(st.one_of(OFFICE, NASTY), max_size=25).map("".join))
FAST = settings(max_examples=120, deadline=None)

PARSERS = {
    "parse_date": parsing.parse_date,
    "parse_datetime": parsing.parse_datetime,
    "parse_count": parsing.parse_count,
    "parse_yuan": money.parse_yuan,
    "normalize_id_number": validators.normalize_id_number,
    "normalize_credit_code": validators.normalize_credit_code,
    "normalize_mobile": validators.normalize_mobile,
    "normalize_landline": validators.normalize_landline,
    "normalize_phone": validators.normalize_phone,
}


@FAST
@given(TEXT)
def test_every_parser_gives_a_value_or_a_clear_refusal(text: str) -> None:
    for name, parse in PARSERS.items():
        try:
            value = parse(text)
        except (ValidationError, ValueError) as exc:
            assert str(exc), name  # a refusal always says why
            continue
        if name == "parse_yuan":
            assert isinstance(value, int) and 0 <= value <= 10**14
        elif name == "parse_count":
            assert isinstance(value, int) and value >= 0
        elif name in ("parse_date", "parse_datetime"):
            assert isinstance(value, (date, datetime))
        else:
            assert isinstance(value, str) and value == value.strip()


@FAST
@given(st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(min_value=-10**30, max_value=10**30)))
def test_amounts_from_excel_number_cells(number: float | int) -> None:
    try:
        fen = money.parse_yuan(number)
    except ValidationError:
        return
    assert 0 <= fen <= 10**14


@FAST
@given(TEXT)
def test_normalised_identifiers_are_stable(text: str) -> None:
    for normalize in (validators.normalize_id_number, validators.normalize_credit_code, validators.normalize_phone):
        try:
            once = normalize(text)
        except (ValidationError, ValueError):
            continue
        assert normalize(once) == once


@FAST
@given(st.text(max_size=30))
def test_masks_never_show_more_than_a_valid_number_would(text: str) -> None:
    for masked, keep in ((mask_id_number(text), 10), (mask_phone(text), 7)):
        visible = [c for c in masked if c != "*" and c != "-"]
        assert len(visible) <= keep
        if text.strip():
            assert "*" in masked or len(text.strip()) <= 1 or masked == ""


@FAST
@given(TEXT, st.integers(min_value=1, max_value=9999), st.integers(min_value=1900, max_value=2100))
def test_document_numbers_round_trip_or_are_refused(pattern: str, seq: int, year: int) -> None:
    try:
        check_pattern(pattern)
    except (ValidationError, ValueError):
        return
    number = format_number(pattern, year, seq)
    assert parse_number(pattern, number) == (year, seq)
