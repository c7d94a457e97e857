"""Pure case rules: collective status, stage moves, closing, derived totals, and the inverse deadline rule."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casedesk.domain import case_rules
from casedesk.domain.deadlines import latest_start, period_end
from casedesk.domain.enums import CaseOutcome, CaseStage
from casedesk.domain.validators import ValidationError


def test_ten_workers_are_collective_by_statute() -> None:
    assert case_rules.collective_flag(False, 9) is False
    assert case_rules.collective_flag(False, 10) is True
    assert case_rules.collective_flag(True, 3) is True
    with pytest.raises(ValidationError, match="至少为2人"):
        case_rules.collective_flag(True, 1)
    with pytest.raises(ValidationError, match="至少为1人"):
        case_rules.collective_flag(False, 0)


@pytest.mark.parametrize(
    ("current", "target", "message"),
    [
        (CaseStage.MEDIATION, CaseStage.NEGOTIATION, "不能退回"),
        (CaseStage.MEDIATION, CaseStage.MEDIATION, "已处于"),
        (CaseStage.INTAKE, CaseStage.CLOSED, "结案须使用"),
        (CaseStage.CLOSED, CaseStage.LITIGATION, "重新办理"),
    ],
)
def test_refused_stage_moves(current: CaseStage, target: CaseStage, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        case_rules.check_stage_move(current, target)


def test_forward_moves_and_skips_are_allowed() -> None:
    case_rules.check_stage_move(CaseStage.INTAKE, CaseStage.INVESTIGATION)
    case_rules.check_stage_move(CaseStage.INTAKE, CaseStage.ARBITRATION)
    case_rules.check_stage_move(CaseStage.ARBITRATION, CaseStage.LITIGATION)


def test_closing_rules() -> None:
    today, intake = date(2025, 5, 1), date(2025, 3, 1)
    case_rules.check_close(CaseStage.INTAKE, CaseOutcome.SETTLED, today, intake, today)
    case_rules.check_close(CaseStage.LITIGATION, CaseOutcome.AWARD_PARTIAL, intake, intake, today)
    with pytest.raises(ValidationError, match="处理结果"):
        case_rules.check_close(CaseStage.INTAKE, None, today, intake, today)
    with pytest.raises(ValidationError, match="“诉讼”阶段"):
        case_rules.check_close(CaseStage.ARBITRATION, CaseOutcome.JUDGMENT, today, intake, today)
    with pytest.raises(ValidationError, match="早于受理日期"):
        case_rules.check_close(CaseStage.INTAKE, CaseOutcome.WITHDRAWN, intake - timedelta(days=1), intake, today)
    with pytest.raises(ValidationError, match="晚于今天"):
        case_rules.check_close(CaseStage.INTAKE, CaseOutcome.WITHDRAWN, today + timedelta(days=1), intake, today)
    with pytest.raises(ValidationError, match="已结案"):
        case_rules.check_close(CaseStage.CLOSED, CaseOutcome.WITHDRAWN, today, intake, today)
    assert case_rules.minimum_stage(CaseOutcome.AWARD_REJECTED) == CaseStage.ARBITRATION


def test_recovered_amounts() -> None:
    case_rules.check_recovered(100, 100)
    case_rules.check_recovered(0, 500)  # amount claimed unknown: any recovery is plausible
    with pytest.raises(ValidationError, match="不能超过"):
        case_rules.check_recovered(100, 101)
    with pytest.raises(ValidationError, match="负数"):
        case_rules.check_recovered(100, -1)


def test_totals_are_derived_from_the_lines() -> None:
    totals = case_rules.case_totals([(100_00, 50_00), (30_00, 0)], 4, CaseOutcome.WITHDRAWN)
    assert (totals.claimed_fen, totals.recovered_fen, totals.workers_involved, totals.workers_benefited) == (130_00, 50_00, 4, 4)
    assert case_rules.case_totals([(100_00, 0)], 4, CaseOutcome.WITHDRAWN).workers_benefited == 0
    assert case_rules.case_totals([], 3, CaseOutcome.MEDIATED).workers_benefited == 3
    assert case_rules.case_totals([(100_00, 100_00)], 3, None).workers_benefited == 0  # still open


def test_latest_start_on_boundary_days() -> None:
    # Due by Monday 3 Mar 2025: a year from 2 Mar 2024 ends on Sunday 2 Mar 2025, rolled to Monday: still due.
    assert latest_start(date(2025, 3, 3), years=1) == date(2024, 3, 3)
    # Due by Sunday 2 Mar 2025 means by Friday 28 Feb: 29 Feb 2024 (+1 year = 28 Feb 2025) is the last start.
    assert latest_start(date(2025, 3, 2), years=1) == date(2024, 2, 29)
    assert period_end(date(2024, 3, 1), years=1) == date(2025, 3, 3)
    # 29 Feb 2024 + 1 year is 28 Feb 2025 (a Friday).
    assert period_end(date(2024, 2, 29), years=1) == date(2025, 2, 28)
    assert latest_start(date(2025, 2, 28), years=1) == date(2024, 2, 29)
    # 15 days into the Spring Festival 2025 (28 Jan – 4 Feb): all roll to 5 Feb.
    assert latest_start(date(2025, 2, 4), days=15) == date(2025, 1, 12)
    assert period_end(date(2025, 1, 13), days=15) == date(2025, 2, 5)


@settings(max_examples=300, deadline=None)
@given(
    start=st.dates(min_value=date(2023, 1, 1), max_value=date(2027, 12, 31)),
    due_by=st.dates(min_value=date(2023, 1, 1), max_value=date(2028, 12, 31)),
    rule=st.sampled_from([{"days": 5}, {"days": 15}, {"days": 45}, {"days": 60}, {"years": 1}]),
)
def test_latest_start_is_the_exact_inverse_of_period_end(start: date, due_by: date, rule: dict[str, int]) -> None:
    overrides = {date(2025, 6, 9): False, date(2026, 2, 28): True}
    assert (period_end(start, overrides=overrides, **rule) <= due_by) == (start <= latest_start(due_by, overrides=overrides, **rule))


def test_is_workday_keeps_the_holiday_librarys_rule() -> None:
    """workdays.is_workday reads the library's tables directly (for speed); it must agree with the library."""
    import chinese_calendar

    from casedesk.domain.workdays import is_workday, library_years

    years = library_years()
    day = date(years.start, 1, 1)
    while day.year < years.stop:
        assert is_workday(day) == chinese_calendar.is_workday(day), day
        day += timedelta(days=1)
