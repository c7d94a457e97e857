"""Reporting periods: months, quarters, years, custom ranges and what they are compared with."""
from __future__ import annotations

from datetime import date

import pytest

from casedesk.domain.validators import ValidationError
from casedesk.services.stats_periods import Period, custom, months, parse_period, period_containing


def test_calendar_periods_and_labels() -> None:
    assert period_containing("month", date(2024, 2, 10)) == Period(date(2024, 2, 1), date(2024, 2, 29), "month")
    q = period_containing("quarter", date(2025, 8, 15))
    assert (q.start, q.end, q.label) == (date(2025, 7, 1), date(2025, 9, 30), "2025年第三季度")
    assert period_containing("year", date(2025, 8, 15)).label == "2025年"
    assert period_containing("month", date(2025, 3, 1)).label == "2025年3月"
    assert Period(date(2025, 3, 5), date(2025, 4, 20)).label == "2025年3月5日至2025年4月20日"


def test_previous_and_year_earlier() -> None:
    march = period_containing("month", date(2025, 3, 1))
    assert march.previous() == Period(date(2025, 2, 1), date(2025, 2, 28), "month")
    assert march.year_earlier() == Period(date(2024, 3, 1), date(2024, 3, 31), "month")
    q1 = period_containing("quarter", date(2025, 1, 1))
    assert q1.previous() == Period(date(2024, 10, 1), date(2024, 12, 31), "quarter")
    feb_2024 = period_containing("month", date(2024, 2, 1))
    assert feb_2024.year_earlier().end == date(2023, 2, 28)
    span = Period(date(2025, 3, 11), date(2025, 3, 20))  # ten days
    assert span.previous() == Period(date(2025, 3, 1), date(2025, 3, 10))
    assert Period(date(2024, 2, 29), date(2024, 3, 5)).year_earlier() == Period(date(2023, 2, 28), date(2023, 3, 5))


def test_custom_recognises_whole_calendar_periods() -> None:
    assert custom(date(2025, 4, 1), date(2025, 6, 30)).kind == "quarter"
    assert custom(date(2025, 1, 1), date(2025, 12, 31)).kind == "year"
    assert custom(date(2025, 2, 1), date(2025, 2, 28)).kind == "month"
    assert custom(date(2025, 2, 1), date(2025, 2, 27)).kind == "custom"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("2025年", date(2025, 1, 1), date(2025, 12, 31)),
        ("2025-Q2", date(2025, 4, 1), date(2025, 6, 30)),
        ("2025q4", date(2025, 10, 1), date(2025, 12, 31)),
        ("2025年第一季度", date(2025, 1, 1), date(2025, 3, 31)),
        ("2025-03", date(2025, 3, 1), date(2025, 3, 31)),
        ("2025年11月", date(2025, 11, 1), date(2025, 11, 30)),
        ("2025-01-15..2025-02-14", date(2025, 1, 15), date(2025, 2, 14)),
        ("2025年1月15日至2025年2月14日", date(2025, 1, 15), date(2025, 2, 14)),
    ],
)
def test_parse_period(text: str, start: date, end: date) -> None:
    p = parse_period(text)
    assert (p.start, p.end) == (start, end)


@pytest.mark.parametrize("text", ["", "2025-13", "2025-Q5", "下个月", "2025-03-10..2025-03-01"])
def test_parse_period_refuses_nonsense_in_chinese(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_period(text)
    assert "统计期间" in str(exc.value) or "日期" in str(exc.value)


def test_months_touched() -> None:
    assert months(date(2024, 11, 20), date(2025, 2, 1)) == [date(2024, 11, 1), date(2024, 12, 1), date(2025, 1, 1), date(2025, 2, 1)]
