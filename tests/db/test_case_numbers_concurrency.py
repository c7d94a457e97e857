"""Several desks registering cases at the same moment get distinct, gapless case numbers (SQLite file and PostgreSQL)."""
from __future__ import annotations

import multiprocessing as mp
from datetime import date

from sqlalchemy import select

from casedesk.db.database import Database
from casedesk.db.models import Case
from casedesk.services import organization
from casedesk.services.actor import SYSTEM

PROCESSES = 3
PER_PROCESS = 8


def _open_many(url: str, start: mp.synchronize.Event, results: mp.Queue) -> None:  # type: ignore[name-defined]
    from casedesk.db.database import open_database
    from casedesk.services import cases
    from casedesk.services.actor import Actor

    db = open_database(url, migrate=False)
    me = Actor(None, f"desk-{mp.current_process().pid}", "staff")
    numbers = []
    try:
        start.wait(30)
        for i in range(PER_PROCESS):
            with db.transaction() as s:
                numbers.append(cases.open_case(s, me, source="walk_in", applicant_name=f"职工{i}",
                                               enterprise_name="某某物流有限公司", intake_date=date(2025, 7, 1)).case_number)
        results.put(numbers)
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        results.put(repr(exc))
    finally:
        db.dispose()


def test_parallel_processes_get_unique_case_numbers(db: Database) -> None:
    with db.transaction() as s:
        organization.update_org(s, SYSTEM, case_number_pattern="铁法援〔{year}〕{seq}号")
    url = db.url.render_as_string(hide_password=False)
    ctx = mp.get_context("spawn")
    start, results = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_open_many, args=(url, start, results)) for _ in range(PROCESSES)]
    for p in procs:
        p.start()
    start.set()
    got = [results.get(timeout=180) for _ in procs]
    for p in procs:
        p.join(60)
    assert all(isinstance(g, list) for g in got), got
    numbers = [n for g in got for n in g]
    total = PROCESSES * PER_PROCESS
    assert set(numbers) == {f"铁法援〔2025〕{i}号" for i in range(1, total + 1)}
    with db.reading() as s:
        assert s.scalars(select(Case.number_seq).order_by(Case.number_seq)).all() == list(range(1, total + 1))
