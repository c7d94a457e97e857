"""A small hand-built office year for the statistics tests, with its expected figures written out.

Times are local to Asia/Shanghai (UTC+8); the edge cases sit on the period's
boundaries, where counting in UTC instead of local time would go wrong:
C1 (1 March 00:30 local) is still 28 February in UTC, C4 (1 April 00:10
local) is still 31 March in UTC.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from casedesk.db.models import (
    Case,
    CaseCategory,
    CaseParty,
    Claim,
    Consultation,
    Enterprise,
    GovernmentBody,
    Staff,
    SupervisionNotice,
    Worker,
)
from casedesk.services.organization import current_org

TZ = "Asia/Shanghai"
MARCH = (date(2025, 3, 1), date(2025, 3, 31))


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(TZ))


def build(s: Session) -> dict[str, int]:
    """Write the dataset; returns the ids the tests refer to."""
    org = current_org(s)
    org.name = "铁锋区总工会"
    a = Staff(organization_id=org.id, login="zhangsan", display_name="张三")
    b = Staff(organization_id=org.id, login="lisi", display_name="李四")
    e1 = Enterprise(name="顺达物流有限公司", street="龙华街道", industry="logistics")
    e2 = Enterprise(name="华兴制造有限公司", street="站前街道", industry="manufacturing")
    s.add_all([a, b, e1, e2])
    s.flush()
    w1 = Worker(name="王一", employment_form="contract", enterprise_id=e1.id)
    w2 = Worker(name="赵二", employment_form="platform_agreement", enterprise_id=e1.id)
    w3 = Worker(name="钱三", employment_form="contract", enterprise_id=e2.id)
    hrss = GovernmentBody(name="铁锋区人力资源和社会保障局", kind="hrss")
    s.add_all([w1, w2, w3, hrss])
    s.flush()

    def case(number: str, intake: date, handler: Staff, ent: Enterprise | None, workers: int,
             categories: list[str], claims: list[tuple[str, int, int]], parties: list[Worker],
             closed: date | None = None, outcome: str | None = None, collective: bool = False) -> Case:
        k = Case(case_number=number, intake_date=intake, handler_id=handler.id,
                 enterprise_id=ent.id if ent else None, worker_count=workers, is_collective=collective,
                 closed_date=closed, outcome=outcome, stage="closed" if closed else "mediation")
        s.add(k)
        s.flush()
        s.add_all([CaseCategory(case_id=k.id, category=c) for c in categories])
        s.add_all([Claim(case_id=k.id, kind=kind, amount_claimed_fen=c, amount_recovered_fen=r) for kind, c, r in claims])
        s.add_all([CaseParty(case_id=k.id, worker_id=w.id, role="applicant") for w in parties])
        return k

    k1 = case("法援〔2025〕1号", date(2025, 3, 10), b, e2, 1, ["wages"], [("wages", 1_000_000, 800_000)], [w3],
              closed=date(2025, 3, 25), outcome="mediated")
    k2 = case("法援〔2025〕2号", date(2025, 3, 15), a, e1, 12, ["wages", "social_insurance"],
              [("wages", 5_000_000, 0), ("overtime", 2_000_050, 0)], [w1, w2], collective=True)
    case("法援〔2025〕3号", date(2025, 1, 20), a, e1, 3, ["termination"], [("severance", 3_000_000, 2_500_025)], [w2],
         closed=date(2025, 3, 5), outcome="settled")
    case("法援〔2025〕4号", date(2025, 2, 10), b, e2, 1, ["wages"], [("wages", 500_000, 100_000)], [w3],
         closed=date(2025, 3, 31))
    case("法援〔2025〕5号", date(2025, 4, 1), a, e1, 1, ["wages"], [("wages", 9_999_900, 0)], [w1])
    case("法援〔2024〕1号", date(2024, 3, 5), a, e1, 1, ["wages"], [("wages", 200_000, 200_000)], [w1],
         closed=date(2024, 3, 20), outcome="settled")

    def consultation(at: datetime, channel: str, category: str, handler: Staff, ent: Enterprise | None,
                     caller: Worker | None, **extra: object) -> None:
        s.add(Consultation(received_at=at, channel=channel, category=category, handler_id=handler.id,
                           enterprise_id=ent.id if ent else None, caller_id=caller.id if caller else None, **extra))

    consultation(local(2025, 3, 1, 0, 30), "hotline_12351", "wages", a, e1, w1, referral_body="labour_inspection",
                 status="referred", followup_due=date(2025, 3, 5), followup_done=date(2025, 3, 5))  # C1
    consultation(local(2025, 3, 10, 10, 0), "hotline_12351", "wages", b, e2, w3, case_id=k1.id, status="to_case",
                 followup_due=date(2025, 3, 12), followup_done=date(2025, 3, 14))  # C2, followed up late
    consultation(local(2025, 3, 31, 23, 50), "walk_in", "social_insurance", a, e1, w2,
                 followup_due=date(2025, 4, 2))  # C3
    consultation(local(2025, 4, 1, 0, 10), "hotline_12351", "wages", a, e1, w1,
                 followup_due=date(2025, 4, 3))  # C4: April
    consultation(local(2025, 2, 28, 23, 59), "online", "other", b, None, None,
                 followup_due=date(2025, 3, 3))  # C5: February, its follow-up due in March and never made
    consultation(local(2024, 3, 15, 10, 0), "hotline_12351", "wages", a, e1, w1)  # C6: a year earlier

    def notice(kind: str, issued: date | None, by: Staff, ent: Enterprise | None, due: date | None, **extra: object) -> None:
        s.add(SupervisionNotice(kind=kind, issued_on=issued, issued_by_id=by.id, enterprise_id=ent.id if ent else None,
                                reply_due=due, status="issued" if issued else "draft", **extra))

    notice("reminder", date(2025, 3, 3), a, e1, date(2025, 3, 24), number="铁工监提〔2025〕2号", case_id=k2.id,
           replied_on=date(2025, 3, 20), rectification="rectified")  # N1
    notice("opinion", date(2025, 3, 5), b, e2, date(2025, 3, 26), number="铁工监意〔2025〕1号", case_id=k1.id)  # N2
    notice("reminder", date(2025, 2, 10), a, e1, date(2025, 3, 3), number="铁工监提〔2025〕1号",
           replied_on=date(2025, 3, 10), rectification="partly_rectified")  # N3, replied late
    notice("recommendation", date(2025, 3, 28), b, None, date(2025, 4, 8), number="铁工监建〔2025〕1号",
           department_id=hrss.id, case_id=k1.id)  # N4
    notice("reminder", None, a, e2, None)  # N5: a draft
    notice("reminder", date(2024, 3, 12), a, e1, date(2024, 4, 1), number="铁工监提〔2024〕1号")  # N6
    s.flush()
    return {"handler_a": a.id, "handler_b": b.id}


# The figures of March 2025 (MARCH), as `casedesk stats --json` prints them.
MARCH_FIGURES = {
    "period": {"from": "2025-03-01", "to": "2025-03-31"},
    "consultations": {
        "total": 3,
        "by_channel": {"12351热线": 2, "来访": 1},
        "by_category": {"劳动报酬": 2, "社会保险": 1},
        "referred": 1,
        "to_case": 1,
        "followups_due": 3,
        "followups_on_time": 1,
    },
    "cases": {
        "opened": 2,
        "closed": 3,
        "collective": 1,
        "workers_involved": 13,
        "amount_involved_fen": 8_000_050,
        "amount_recovered_fen": 3_400_025,
        "by_category": {"劳动报酬": 2, "社会保险": 1},
        "by_outcome": {"协商和解": 1, "调解成功": 1, "未填写结果": 1},
    },
    "notices": {"total": 3, "reminder": 1, "opinion": 1, "recommendation": 1,
                "replied": 2, "rectified": 1, "reply_due": 3},
    "rates": {"notice_reply": 0.6667, "notice_rectified": 0.3333, "followup_on_time": 0.3333},
}


@pytest.fixture
def local_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run the test in China Standard Time whatever the machine's zone (the dataset's edges depend on it)."""
    monkeypatch.setenv("TZ", TZ)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
