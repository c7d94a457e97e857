"""Today's work on the dashboard: each to-do count, and the list it opens holds exactly those records."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from casedesk.db.database import Database
from casedesk.db.models import Case, Consultation, SupervisionNotice
from casedesk.services import deadline_watch, listing, settings, today
from casedesk.services.actor import SYSTEM

TODAY = date(2025, 6, 16)  # a Monday


def _moment(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, tzinfo=timezone.utc)


@pytest.fixture
def office(db: Database) -> Database:
    d = lambda n: TODAY + timedelta(days=n)  # noqa: E731
    with db.transaction() as s:
        for due, done in ((d(-1), None), (d(0), None), (d(1), None), (d(-3), d(-3))):
            s.add(Consultation(received_at=_moment(d(-7)), channel="hotline_12351", followup_due=due, followup_done=done))
        s.add(Consultation(received_at=_moment(d(-7)), channel="walk_in"))  # nothing to follow up
        for status, due, replied in (("delivered", d(-1), None), ("no_reply", d(-20), None), ("delivered", d(0), None),
                                     ("replied", d(-5), d(-6)), ("escalated", d(-30), None), ("draft", None, None)):
            s.add(SupervisionNotice(kind="opinion", status=status, reply_due=due, replied_on=replied))

        def case(number: str, *, active: date, stage: str = "mediation", **dates: object) -> None:
            s.add(Case(case_number=number, intake_date=d(-60), stage=stage, last_activity_at=_moment(active),
                       closed_date=d(-1) if stage == "closed" else None, **dates))

        case("K1", active=d(-40))  # stale
        case("K2", active=d(-29))  # active within 30 days
        case("K3", active=d(-90), stage="closed")  # closed: never stale
        case("K4", active=d(-2), mediation_applied_date=d(-10))  # 调解 15 days: due within 14 days
        case("K5", active=d(-2), arbitration_applied_date=d(-30))  # 受理 5 days: passed
    return db


def test_work_items_count_what_needs_doing_today(office: Database) -> None:
    with office.reading() as s:
        work = today.work_items(s, TODAY)
    assert {i.key: i.count for i in work.items} == {
        "followups": 2, "deadlines_soon": 1, "deadlines_passed": 1, "replies_overdue": 2, "stale_cases": 1,
    }
    assert [i.key for i in work.items] == ["followups", "deadlines_soon", "deadlines_passed", "replies_overdue", "stale_cases"]
    assert (work.warning_days, work.stale_days) == (14, 30)
    with office.reading() as s:
        watch = deadline_watch.watch(s, TODAY, 14)
        passed = next(i for i in work.items if i.key == "deadlines_passed").records
        listed = set(s.scalars(select(Case.id).where(passed.condition)))
    assert listed == {i.case_id for i in watch.passed}  # the SQL condition and the domain rules agree


def test_each_item_opens_a_list_with_the_same_count(office: Database) -> None:
    with office.reading() as s:
        work = today.work_items(s, TODAY)
        for item in work.items:
            assert listing.count(s, item.records.list_name, item.records.list_filters) == item.count, item.key
        stale = next(i for i in work.items if i.key == "stale_cases").records
        rows = listing.page(s, stale.list_name, "intake_date", False, filters=stale.list_filters)
    assert [r.values[0] for r in rows] == ["K1"]


def test_the_settings_move_the_thresholds(office: Database) -> None:
    with office.transaction() as s:
        settings.put(s, SYSTEM, "stale_case_days", 20)
        settings.put(s, SYSTEM, "deadline_warning_days", 3)
    with office.reading() as s:
        work = today.work_items(s, TODAY)
    counts = {i.key: i.count for i in work.items}
    assert counts["stale_cases"] == 2 and counts["deadlines_soon"] == 0
    assert (work.warning_days, work.stale_days) == (3, 20)
