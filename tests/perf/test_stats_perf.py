"""Year statistics against the same figures asked of plain sqlite3 (``pytest -m perf``).

The target (DESIGN.md) is all totals of a year's report in under 300 ms and
within 1.5x of plain SQL: ``stats.compute`` (the whole stats JSON of
``casedesk stats``) against the same totals written as one GROUP BY per
breakdown in plain ``sqlite3``, for the busiest year of each dataset. The
report (totals and the 12-month trend) and one street are reported as well.
"""
from __future__ import annotations

import sqlite3
from datetime import date, datetime, time as day_start, timedelta

import pytest
from sqlalchemy import text

from casedesk.db.database import open_database
from casedesk.domain.timeutil import from_local
from casedesk.services import stats
from tests.perf.bench import RESULTS, Dataset, Figure, median_seconds

pytestmark = pytest.mark.perf
BASELINE = "one GROUP BY per breakdown in sqlite3"


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


def test_year_statistics(dataset: Dataset) -> None:
    con = sqlite3.connect(f"file:{dataset.path}?mode=ro", uri=True)
    year = _busiest_year(con)
    start, end = date(year, 1, 1), date(year, 12, 31)
    db = open_database(dataset.path, migrate=False)
    try:
        with db.reading() as session:
            figures = stats.compute(session, start, end)
            totals = median_seconds(lambda: stats.compute(session, start, end, trend=False), runs=5)
            everything = median_seconds(lambda: stats.compute(session, start, end), runs=5)
            street = session.execute(text("SELECT street FROM enterprise WHERE street != '' LIMIT 1")).scalar_one()
            filtered = median_seconds(lambda: stats.compute(session, start, end, street=street), runs=3)
        plain_totals = median_seconds(lambda: _plain_totals(con, start, end), runs=5)
        plain_all = median_seconds(lambda: (_plain_totals(con, start, end), _plain_trend(con, start, end)), runs=5)
    finally:
        db.dispose()
        con.close()
    size = (f"{year}: {figures['consultations']['total']:,} consultations, {figures['cases']['opened']:,} cases, "
            f"{figures['notices']['total']:,} notices")
    RESULTS.add(Figure("year statistics (stats --json, all totals)", dataset.scale, totals, plain_totals, BASELINE,
                       0.300, 1.5, note=size))
    RESULTS.add(Figure("year report (totals + 12-month trend)", dataset.scale, everything, plain_all,
                       BASELINE + " + monthly GROUP BYs", None, 1.5))
    RESULTS.add(Figure("year statistics for one street", dataset.scale, filtered, None))
    assert totals < 3 * plain_totals + 0.05 and everything < 3 * plain_all + 0.05
