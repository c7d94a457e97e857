"""Case benchmarks on a province-scale file: search, filtered pages, the deadline list, the enterprise record.

Run with ``pytest -m perf -s``. The file is ``CASEDESK_PERF_DB`` (default
/tmp/prov.sqlite3, made by ``casedesk demo-data --scale province``); the test
works on a copy so the original is never touched. Each figure is printed with
its ratio to plain sqlite3 doing the least the same question needs.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from casedesk.db.database import open_database
from casedesk.domain.timeutil import local_now
from casedesk.services import deadline_watch, listing
from casedesk.services.deadline_watch import OverdueAsOf
from casedesk.services.enterprise_record import enterprise_record

pytestmark = pytest.mark.perf
SOURCE = Path(os.environ.get("CASEDESK_PERF_DB", "/tmp/prov.sqlite3"))


def _best(fn: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _sql(statement) -> str:  # type: ignore[no-untyped-def]
    from sqlalchemy.dialects import sqlite

    return str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


def _report(what: str, seconds: float, baseline: float) -> None:
    print(f"{what:<44} {seconds * 1000:8.1f} ms   plain sqlite3 {baseline * 1000:7.1f} ms   ratio {seconds / max(baseline, 1e-6):5.1f}")


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SOURCE.exists():
        pytest.skip(f"{SOURCE} not found (casedesk demo-data --scale province, or set CASEDESK_PERF_DB)")
    copy = tmp_path_factory.mktemp("perf") / "province.sqlite3"
    shutil.copy(SOURCE, copy)
    return copy


def test_case_search_and_filters(province: Path) -> None:
    db = open_database(province)
    raw = sqlite3.connect(province)
    try:
        with db.reading() as s:
            name = s.execute(text(
                "SELECT w.name FROM worker w JOIN case_party p ON p.worker_id = w.id WHERE length(w.name) = 2 LIMIT 1 OFFSET 777"
            )).scalar() or "王磊"
            phone = s.execute(text(
                "SELECT w.phone FROM worker w JOIN case_party p ON p.worker_id = w.id WHERE w.phone IS NOT NULL LIMIT 1 OFFSET 999"
            )).scalar() or "13812345678"
            number = s.execute(text("SELECT case_number FROM dispute_case LIMIT 1 OFFSET 12345")).scalar()
            searches = [
                (f"search 2-char name {name}", {"search": name}),
                (f"search phone fragment {phone[-4:]}", {"search": phone[-4:]}),
                (f"search case number {number}", {"search": number}),
                ("filter open + category wages", {"open": True, "category": "wages"}),
                ("filter statutory deadline passed", {"deadline_overdue": OverdueAsOf.load(s, local_now().date())}),
            ]
            for what, filters in searches:
                page = _best(lambda f=filters: listing.page(s, "cases", "intake_date", True, 0, listing.PAGE_SIZE, f))
                count = _best(lambda f=filters: listing.count(s, "cases", f))
                # The same page as plain SQL run by sqlite3 itself: what the service adds on top.
                sql = _sql(listing.page_query("cases", "intake_date", True, 0, listing.PAGE_SIZE, filters))
                baseline = _best(lambda q=sql: raw.execute(q).fetchall())
                _report(f"{what}: first page", page, baseline)
                _report(f"{what}: count", count, baseline)
                assert page < 0.5  # the target is 100 ms; this only catches a lost index
    finally:
        raw.close()
        db.dispose()


def test_deadline_list_and_enterprise_record(province: Path) -> None:
    db = open_database(province)
    raw = sqlite3.connect(province)
    try:
        today = local_now().date()
        with db.reading() as s:
            result = deadline_watch.watch(s, today, 14)
            seconds = _best(lambda: deadline_watch.watch(s, today, 14))
            overrides = deadline_watch.holidays.overrides(s)
            condition = deadline_watch.due_by_condition(date.fromordinal(today.toordinal() + 14), overrides)
            sql = _sql(condition)
            baseline = _best(lambda: raw.execute(f"SELECT id, case_number, stage FROM dispute_case WHERE {sql}").fetchall())
            _report(f"deadline list ({len(result.passed)} passed, {len(result.upcoming)} due)", seconds, baseline)
            busiest = s.execute(text(
                "SELECT enterprise_id FROM dispute_case WHERE enterprise_id IS NOT NULL GROUP BY enterprise_id ORDER BY count(*) DESC LIMIT 1"
            )).scalar()
            record_seconds = _best(lambda: enterprise_record(s, busiest))
            record = enterprise_record(s, busiest)
            baseline = _best(lambda: raw.execute("SELECT count(*) FROM dispute_case WHERE enterprise_id = ?", (busiest,)).fetchone())
            _report(f"enterprise record ({record.totals.cases} cases)", record_seconds, baseline)
            assert seconds < 3 and record_seconds < 0.5
    finally:
        raw.close()
        db.dispose()
