"""Two desks issuing notices at the same moment get distinct, gapless numbers (SQLite file and PostgreSQL)."""
from __future__ import annotations

import multiprocessing as mp
from datetime import date

from sqlalchemy import select

from casedesk.db.database import Database
from casedesk.db.models import SupervisionNotice
from tests.db.test_notices import setup_office

PER_PROCESS = 8


def _issue_many(url: str, enterprise_id: int, start: mp.synchronize.Event, results: mp.Queue) -> None:  # type: ignore[name-defined]
    from casedesk.db.database import open_database
    from casedesk.services import notices
    from casedesk.services.actor import SYSTEM

    db = open_database(url, migrate=False)
    numbers = []
    try:
        start.wait(30)
        for _ in range(PER_PROCESS):
            with db.transaction() as s:
                r = notices.draft_notice(
                    s, SYSTEM, kind="提示函", enterprise_id=enterprise_id, facts="高温天气未落实防暑降温措施。",
                    legal_basis=["《中华人民共和国劳动法》第五十四条"], demands="落实防暑降温措施。", violations=["safety"],
                )
                numbers.append(notices.issue_notice(s, SYSTEM, r.id, issued_on=date(2025, 7, 1)).number)
        results.put(numbers)
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        results.put(repr(exc))
    finally:
        db.dispose()


def test_two_processes_issue_at_once(db: Database) -> None:
    office = setup_office(db)
    url = db.url.render_as_string(hide_password=False)
    ctx = mp.get_context("spawn")
    start, results = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_issue_many, args=(url, office.enterprise_id, start, results)) for _ in range(2)]
    for p in procs:
        p.start()
    start.set()
    got = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(60)
    assert all(isinstance(g, list) for g in got), got
    numbers = got[0] + got[1]
    assert len(set(numbers)) == 2 * PER_PROCESS
    expected = {f"铁工监提〔2025〕{i}号" for i in range(1, 2 * PER_PROCESS + 1)}
    assert set(numbers) == expected
    with db.reading() as s:
        stored = s.scalars(select(SupervisionNotice.number_seq).order_by(SupervisionNotice.number_seq)).all()
        assert stored == list(range(1, 2 * PER_PROCESS + 1))
