"""Year statistics on a province-scale file, against the same figures asked of plain sqlite3.

Run with ``pytest -m perf -s``. The file is ``CASEDESK_PERF_DB`` (default
/tmp/prov.sqlite3, made by ``casedesk demo-data --scale province``); the test
works on a copy. The target (DESIGN.md) is all totals of a year's report in
under 300 ms and within 1.5x of plain SQL; the figures and ratios are
printed, and the test fails only on a gross regression (a lost index).
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import date, datetime, time as day_start, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from casedesk.db.database import open_database
from casedesk.domain.timeutil import from_local
from casedesk.services import stats

pytestmark = pytest.mark.perf
SOURCE = Path(os.environ.get("CASEDESK_PERF_DB", "/tmp/prov.sqlite3"))


def _best(fn: Callable[[], object], runs: int = 5) -> float:
    """Best of ``runs`` in CPU seconds of this process (SQLite runs in-process; other load on the machine is not counted)."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def _report(what: str, seconds: float, baseline: float) -> None:
    print(f"{what:<40} {seconds * 1000:8.1f} ms   plain sqlite3 {baseline * 1000:7.1f} ms   ratio {seconds / max(baseline, 1e-6):5.2f}")


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SOURCE.exists():
        pytest.skip(f"{SOURCE} not found (casedesk demo-data --scale province, or set CASEDESK_PERF_DB)")
    copy = tmp_path_factory.mktemp("perf") / "province.sqlite3"
    shutil.copy(SOURCE, copy)
    return copy


def _busiest_year(con: sqlite3.Connection) -> int:
    return int(con.execute("SELECT substr(intake_date, 1, 4) y FROM dispute_case GROUP BY y ORDER BY count(*) DESC LIMIT 1").fetchone()[0])


def _utc(day: date) -> str:
    return from_local(datetime.combine(day, day_start())).strftime("%Y-%m-%d %H:%M:%S")


def _plain_totals(con: sqlite3.Connection, start: date, end: date) -> None:
    """Every total of the report as a person would write it in SQL: one GROUP BY per breakdown."""
    a, b = start.isoformat(), end.isoformat()
    ua, ub = _utc(start), _utc(end + timedelta(days=1))
    for sql, args in (
        ("SELECT channel, category, count(*), sum(referral_body IS NOT NULL), sum(case_id IS NOT NULL) FROM consultation"
         " WHERE received_at >= ? AND received_at < ? GROUP BY channel, category", (ua, ub)),
        ("SELECT count(*), sum(followup_done IS NOT NULL AND followup_done <= followup_due) FROM consultation"
         " WHERE followup_due BETWEEN ? AND ?", (a, b)),
        ("SELECT count(*), sum(is_collective), sum(worker_count) FROM dispute_case WHERE intake_date BETWEEN ? AND ?", (a, b)),
        ("SELECT sum(c.amount_claimed_fen) FROM claim c JOIN dispute_case k ON k.id = c.case_id"
         " WHERE k.intake_date BETWEEN ? AND ?", (a, b)),
        ("SELECT outcome, count(*) FROM dispute_case WHERE closed_date BETWEEN ? AND ? GROUP BY outcome", (a, b)),
        ("SELECT sum(c.amount_recovered_fen) FROM claim c JOIN dispute_case k ON k.id = c.case_id"
         " WHERE k.closed_date BETWEEN ? AND ?", (a, b)),
        ("SELECT cc.category, count(*) FROM case_category cc JOIN dispute_case k ON k.id = cc.case_id"
         " WHERE k.intake_date BETWEEN ? AND ? GROUP BY cc.category", (a, b)),
        ("SELECT kind, count(*) FROM supervision_notice WHERE issued_on BETWEEN ? AND ? GROUP BY kind", (a, b)),
        ("SELECT count(*), sum(replied_on IS NOT NULL), sum(rectification = 'rectified') FROM supervision_notice"
         " WHERE reply_due BETWEEN ? AND ?", (a, b)),
    ):
        con.execute(sql, args).fetchall()


def _plain_trend(con: sqlite3.Connection, start: date, end: date) -> None:
    """The monthly series, grouped by month text (moments shifted to local time first)."""
    a, b = start.isoformat(), end.isoformat()
    offset = f"{int(datetime.combine(start, day_start()).astimezone().utcoffset().total_seconds())} seconds"
    con.execute("SELECT substr(datetime(received_at, ?), 1, 7) m, count(*) FROM consultation"
                " WHERE received_at >= ? AND received_at < ? GROUP BY m", (offset, _utc(start), _utc(end + timedelta(days=1)))).fetchall()
    for column in ("intake_date", "closed_date"):
        con.execute(f"SELECT substr({column}, 1, 7) m, count(*) FROM dispute_case WHERE {column} BETWEEN ? AND ? GROUP BY m", (a, b)).fetchall()
    con.execute("SELECT substr(issued_on, 1, 7) m, count(*) FROM supervision_notice WHERE issued_on BETWEEN ? AND ? GROUP BY m", (a, b)).fetchall()
    for column, amount in (("intake_date", "amount_claimed_fen"), ("closed_date", "amount_recovered_fen")):
        con.execute(f"SELECT substr(k.{column}, 1, 7) m, sum(c.{amount}) FROM claim c JOIN dispute_case k ON k.id = c.case_id"
                    f" WHERE k.{column} BETWEEN ? AND ? GROUP BY m", (a, b)).fetchall()


def test_year_statistics(province: Path) -> None:
    con = sqlite3.connect(province)
    year = _busiest_year(con)
    start, end = date(year, 1, 1), date(year, 12, 31)
    db = open_database(province)
    try:
        with db.reading() as session:
            figures = stats.compute(session, start, end)
            totals = _best(lambda: stats.compute(session, start, end, trend=False))
            everything = _best(lambda: stats.compute(session, start, end))
            street = session.execute(text("SELECT street FROM enterprise WHERE street != '' LIMIT 1")).scalar_one()
            filtered = _best(lambda: stats.compute(session, start, end, street=street), runs=3)
        plain_totals = _best(lambda: _plain_totals(con, start, end))
        plain_all = _best(lambda: (_plain_totals(con, start, end), _plain_trend(con, start, end)))
    finally:
        db.dispose()
        con.close()
    print(f"\nyear {year}: {figures['consultations']['total']:,} consultations, {figures['cases']['opened']:,} cases opened,"
          f" {figures['notices']['total']:,} notices (CPU time, best of runs)")
    _report("year totals (stats --json without trend)", totals, plain_totals)
    _report("year totals + 12-month trend (report)", everything, plain_all)
    print(f"{'year totals, one street':<40} {filtered * 1000:8.1f} ms")
    assert totals < 3 * plain_totals + 0.05 and everything < 3 * plain_all + 0.05
