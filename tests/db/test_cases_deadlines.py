"""Deadlines across cases: the reminder list, its SQL pre-filter against the domain rules, the CLI."""
from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from casedesk.cli import main
from casedesk.db.database import Database
from casedesk.db.models import Case, HolidayOverride
from casedesk.domain.deadlines import case_deadlines
from casedesk.services import cases
from casedesk.services.actor import SYSTEM
from casedesk.services.case_filters import LIST_FILTERS
from casedesk.services.deadline_watch import OverdueAsOf, case_dates, due_by_condition, watch
from casedesk.services.holidays import overrides as holiday_overrides

TODAY = date(2025, 5, 6)


def _case(session, name: str, **dates) -> int:
    cid = cases.open_case(session, SYSTEM, source="来访", applicant_name=name, enterprise_name="顺达物流",
                          intake_date=date(2025, 1, 2)).id
    if dates:
        cases.update_case(session, SYSTEM, cid, **dates)
    return cid


def test_watch_lists_passed_then_upcoming_with_days_left(db: Database) -> None:
    with db.transaction() as s:
        passed = _case(s, "甲", arbitration_applied_date=date(2025, 4, 1))  # acceptance due 7 Apr: passed
        soon = _case(s, "乙", arbitration_applied_date=date(2025, 3, 1), arbitration_accepted_date=date(2025, 4, 1))  # 16 May
        later = _case(s, "丙", infringement_known_date=date(2025, 3, 1))  # limitation 2 Mar 2026: not listed
        closed = _case(s, "丁", arbitration_applied_date=date(2025, 4, 1))
        cases.close_case(s, SYSTEM, closed, outcome="撤回", closed_date=date(2025, 4, 2), recovered={})
    with db.reading() as s:
        result = watch(s, TODAY)
    assert result.within_days == 14
    assert [(i.case_id, i.key, i.due, i.days_left) for i in result.items] == [
        (passed, "acceptance", date(2025, 4, 7), -29),
        (soon, "award", date(2025, 5, 16), 10),
    ]
    assert result.items[0].applicant == "甲" and result.items[0].enterprise == "顺达物流" and result.items[0].passed
    assert later not in {i.case_id for i in result.items}
    with db.reading() as s:
        condition = LIST_FILTERS["deadline_overdue"](OverdueAsOf.load(s, TODAY))
        assert s.scalars(select(Case.id).where(condition)).all() == [passed]


def test_admin_holidays_move_a_deadline(db: Database) -> None:
    with db.transaction() as s:
        cid = _case(s, "甲", arbitration_applied_date=date(2025, 4, 29), arbitration_accepted_date=date(2025, 4, 30),
                    award_received_date=date(2025, 5, 1))  # sue by 16 May (Friday)
        s.add(HolidayOverride(day=date(2025, 5, 16), is_workday=False, name="本地假日"))
    with db.reading() as s:
        (item,) = watch(s, date(2025, 5, 10), 9).items
        assert item.key == "sue" and item.due == date(2025, 5, 19) and item.case_id == cid
        assert watch(s, date(2025, 5, 10), 8).items == []  # due Monday 19th, not by Sunday 18th


def test_sql_prefilter_agrees_with_the_domain_rules(db: Database) -> None:
    rng = random.Random(7)
    start = date(2024, 1, 1)

    def day(lo: int, hi: int) -> date:
        return start + timedelta(days=rng.randint(lo, hi))

    with db.transaction() as s:
        s.add(HolidayOverride(day=date(2025, 3, 14), is_workday=False, name="测试"))
        s.add(HolidayOverride(day=date(2025, 3, 15), is_workday=True, name="测试调休"))
        for i in range(120):
            dates: dict = {}
            if rng.random() < 0.7:
                dates["infringement_known_date"] = day(0, 500)
            if rng.random() < 0.2:
                dates["wage_arrears_only"] = True
                if rng.random() < 0.7:
                    dates["employment_end_date"] = day(0, 500)
            if rng.random() < 0.3:
                dates["mediation_applied_date"] = day(300, 480)
            if rng.random() < 0.5:
                applied = day(380, 500)
                dates["arbitration_applied_date"] = applied
                if rng.random() < 0.6:
                    accepted = applied + timedelta(days=rng.randint(0, 9))
                    dates["arbitration_accepted_date"] = accepted
                    dates["arbitration_extended"] = rng.random() < 0.3
                    if rng.random() < 0.4:
                        dates["award_received_date"] = accepted + timedelta(days=rng.randint(10, 70))
            if dates.get("mediation_applied_date") and dates.get("arbitration_applied_date"):
                dates["mediation_applied_date"] = min(dates["mediation_applied_date"], dates["arbitration_applied_date"])
            _case(s, f"职工{i}", **{k: v for k, v in dates.items() if not (isinstance(v, date) and v > date.today())})
    with db.reading() as s:
        overrides = holiday_overrides(s)
        rows = s.scalars(select(Case)).all()
        for offset in range(380, 560, 7):
            due_by = start + timedelta(days=offset)
            by_sql = set(s.scalars(select(Case.id).where(due_by_condition(due_by, overrides))))
            by_rules = {c.id for c in rows if any(d.due <= due_by for d in case_deadlines(case_dates(c), overrides))}
            assert by_sql == by_rules, due_by
            assert by_rules  # the sample really exercises the rules


def test_cli_deadlines_prints_the_list_and_fails_when_one_passed(db: Database, tmp_path: Path, capsys) -> None:
    if not db.is_sqlite:
        return
    with db.transaction() as s:
        _case(s, "甲", arbitration_applied_date=date(2025, 4, 1))
        number = s.scalar(select(Case.case_number))
    target = str(db.path)
    assert main(["--db", target, "deadlines", "--today", "2025-05-06"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"2025-04-07  已过 29 天  {number}  仲裁委受理决定期限（第29条）  甲  顺达物流")
    assert out[-1] == "1 passed, 0 due within 14 days"
    assert main(["--db", target, "deadlines", "--today", "2025-04-01", "--days", "3"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "0 passed, 0 due within 3 days"
    assert main(["--db", target, "case", "show", number.replace("〔", "[").replace("〕", "]")]) == 0
    shown = capsys.readouterr().out
    assert number in shown and "申请人：甲" in shown and "仲裁委受理决定期限" in shown
    assert main(["--db", target, "case", "show", "法援〔1999〕1号"]) == 1
    assert main(["--db", target, "case", "gaps", "--year", "2025"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2025: 0 missing case number(s)"
