"""Deadline arithmetic on the boundary days, across weekends, leap years and the 2025 National Day holiday."""
from __future__ import annotations

from datetime import date

from casedesk.domain.deadlines import CaseDates, case_deadlines, limitation_end, period_end
from casedesk.domain.workdays import add_working_days, is_workday, roll_to_workday


def test_national_day_2025_with_make_up_days() -> None:
    assert not is_workday(date(2025, 10, 1))
    assert is_workday(date(2025, 9, 28))  # Sunday, 调休 working day
    assert is_workday(date(2025, 10, 11))  # Saturday, 调休 working day
    # Friday 26 Sep + 5 working days: 28 Sep, 29, 30, 9 Oct, 10 Oct.
    assert add_working_days(date(2025, 9, 26), 5) == date(2025, 10, 10)
    # 15 working days from 30 Sep (an 意见书 delivered just before the holiday).
    assert add_working_days(date(2025, 9, 30), 15) == date(2025, 10, 28)


def test_admin_overrides_win_over_the_library() -> None:
    overrides = {date(2025, 10, 9): False}
    assert add_working_days(date(2025, 9, 26), 5, overrides) == date(2025, 10, 11)


def test_years_outside_the_library_fall_back_to_weekdays() -> None:
    assert is_workday(date(2031, 6, 2)) and not is_workday(date(2031, 6, 1))


def test_limitation_is_one_year_to_the_corresponding_day() -> None:
    assert limitation_end(CaseDates(infringement_known=date(2025, 3, 3))) == date(2026, 3, 3)
    # No corresponding day: the month's last day (28 Feb 2025 is a Friday).
    assert limitation_end(CaseDates(infringement_known=date(2024, 2, 29))) == date(2025, 2, 28)
    # Ending on a Sunday moves to Monday.
    assert limitation_end(CaseDates(infringement_known=date(2024, 3, 2))) == date(2025, 3, 3)


def test_wage_arrears_do_not_run_while_employed() -> None:
    assert limitation_end(CaseDates(infringement_known=date(2020, 1, 1), wage_arrears_only=True)) is None
    assert limitation_end(CaseDates(wage_arrears_only=True, employment_end=date(2025, 6, 30))) == date(2026, 6, 30)


def test_award_deadline_45_plus_15_days() -> None:
    accepted = date(2025, 4, 1)
    (award,) = case_deadlines(CaseDates(infringement_known=date(2025, 1, 1), arbitration_applied=date(2025, 3, 25), arbitration_accepted=accepted))
    assert award.key == "award" and award.due == date(2025, 5, 16)
    (extended,) = case_deadlines(CaseDates(arbitration_applied=date(2025, 3, 25), arbitration_accepted=accepted, arbitration_extended=True))
    assert extended.due == date(2025, 6, 3)  # 31 May – 2 June 2025 is the Dragon Boat holiday
    assert award.days_left(date(2025, 5, 16)) == 0 and award.days_left(date(2025, 5, 17)) == -1


def test_deadlines_follow_the_stage() -> None:
    dates = CaseDates(infringement_known=date(2025, 1, 10), mediation_applied=date(2025, 2, 3))
    assert [d.key for d in case_deadlines(dates)] == ["mediation", "limitation"]
    applied = CaseDates(infringement_known=date(2025, 1, 10), arbitration_applied=date(2025, 3, 3))
    (acceptance,) = case_deadlines(applied)
    assert acceptance.key == "acceptance" and acceptance.due == date(2025, 3, 10)  # 8 Mar is a Saturday
    award = CaseDates(arbitration_applied=date(2025, 3, 3), arbitration_accepted=date(2025, 3, 5), award_received=date(2025, 4, 18))
    assert [d.key for d in case_deadlines(award)] == ["sue"]
    assert case_deadlines(award)[0].due == date(2025, 5, 6)  # 3 May falls in the Labour Day holiday
    assert case_deadlines(CaseDates(infringement_known=date(2025, 1, 1), closed=date(2025, 2, 1))) == []


def test_period_end_rolls_over_the_spring_festival() -> None:
    assert roll_to_workday(date(2025, 1, 29)) == date(2025, 2, 5)
    assert period_end(date(2025, 1, 14), days=15) == date(2025, 2, 5)
