"""Case benchmarks: the statutory deadline list and an employer's record (``pytest -m perf``).

The deadline list (cases whose statutory deadline passed or falls within 14
days, checked against the domain rules) against selecting the same cases'
dates with the deadline watch's own SQL condition in plain sqlite3; the
employer record (cases, notices, consultations and totals of the busiest
employer) against counting that employer's cases in plain sqlite3.
"""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy.dialects import sqlite

from casedesk.db.database import open_database
from casedesk.domain.timeutil import local_now
from casedesk.services import deadline_watch
from casedesk.services.enterprise_record import enterprise_record
from tests.perf.bench import RESULTS, Dataset, Figure, median_seconds

pytestmark = pytest.mark.perf


def test_deadline_list_and_enterprise_record(dataset: Dataset) -> None:
    db = open_database(dataset.path, migrate=False)
    raw = sqlite3.connect(f"file:{dataset.path}?mode=ro", uri=True)
    try:
        today = local_now().date()
        with db.reading() as s:
            result = deadline_watch.watch(s, today, 14)
            seconds = median_seconds(lambda: deadline_watch.watch(s, today, 14), runs=3)
            overrides = deadline_watch.holidays.overrides(s)
            condition = deadline_watch.due_by_condition(date.fromordinal(today.toordinal() + 14), overrides)
            sql = str(condition.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
            baseline = median_seconds(lambda: raw.execute(f"SELECT id, case_number, stage FROM dispute_case WHERE {sql}").fetchall(), runs=3)
            RESULTS.add(Figure("statutory deadline list (passed and due in 14 days)", dataset.scale, seconds, baseline,
                               "the watch's SQL condition alone in sqlite3",
                               note=f"{len(result.passed):,} passed, {len(result.upcoming):,} due"))
            busiest = raw.execute("SELECT enterprise_id FROM dispute_case WHERE enterprise_id IS NOT NULL "
                                  "GROUP BY enterprise_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
            record_seconds = median_seconds(lambda: enterprise_record(s, busiest), runs=5)
            cases = enterprise_record(s, busiest).totals.cases
            plain = median_seconds(lambda: raw.execute("SELECT count(*) FROM dispute_case WHERE enterprise_id = ?", (busiest,)).fetchone())
            RESULTS.add(Figure("employer record (busiest employer)", dataset.scale, record_seconds, plain,
                               "counting its cases in sqlite3", note=f"{cases:,} cases"))
            assert seconds < 3 and record_seconds < 0.5
    finally:
        raw.close()
        db.dispose()
