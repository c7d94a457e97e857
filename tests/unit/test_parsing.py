from __future__ import annotations

from datetime import date, datetime

import pytest

from casedesk.domain.parsing import parse_count, parse_date, parse_datetime
from casedesk.domain.validators import ValidationError


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-01", datetime(2025, 3, 1)),
        ("2025/3/1", datetime(2025, 3, 1)),
        ("2025.3.1", datetime(2025, 3, 1)),
        ("2025年3月1日", datetime(2025, 3, 1)),
        ("2025年3月1日 9:05", datetime(2025, 3, 1, 9, 5)),
        ("2025-03-01 14:30:15", datetime(2025, 3, 1, 14, 30, 15)),
        ("2025/3/1 8时30分", datetime(2025, 3, 1, 8, 30)),
        ("20250301", datetime(2025, 3, 1)),
        (45717, datetime(2025, 3, 1)),  # an Excel serial number
        (45717.5, datetime(2025, 3, 1, 12)),
        (date(2025, 3, 1), datetime(2025, 3, 1)),
    ],
)
def test_dates_as_offices_type_them(value: object, expected: datetime) -> None:
    assert parse_datetime(value) == expected


@pytest.mark.parametrize("value", ["2025-02-30", "明天", "3/1/2025", "", "2025-13-01"])
def test_bad_dates_are_reported_with_the_value(value: str) -> None:
    with pytest.raises(ValidationError):
        parse_date(value)


def test_counts() -> None:
    assert parse_count("12人") == 12 and parse_count(12.0) == 12
    with pytest.raises(ValidationError, match="人数"):
        parse_count("十二")
