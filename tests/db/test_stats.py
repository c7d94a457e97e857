"""The statistics service on a hand-built month: every definition, the filters, and figure -> records."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from casedesk.db.database import Database
from casedesk.db.models import Case, Claim
from casedesk.domain.validators import ValidationError
from casedesk.services import listing, stats
from tests.db.stats_dataset import MARCH, MARCH_FIGURES, build, local_time  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("local_time")


@pytest.fixture
def office(db: Database) -> tuple[Database, dict[str, int]]:
    with db.transaction() as s:
        ids = build(s)
    return db, ids


def test_march_figures_follow_the_definitions(office: tuple[Database, dict[str, int]]) -> None:
    db, _ = office
    with db.reading() as s:
        figures = stats.compute(s, *MARCH)
    assert {k: figures[k] for k in MARCH_FIGURES} == MARCH_FIGURES
    assert figures["filters"] == {}


def test_the_monthly_trend_covers_twelve_months_in_local_time(office: tuple[Database, dict[str, int]]) -> None:
    db, _ = office
    with db.reading() as s:
        trend = stats.compute(s, *MARCH)["trend"]
    assert trend["months"][0] == "2024-04" and trend["months"][-1] == "2025-03" and len(trend["months"]) == 12
    tail = {key: trend[key][-3:] for key in trend if key != "months"}
    assert tail == {
        "consultations": [0, 1, 3],  # C5 on 28 Feb 23:59 local is February, C4 on 1 Apr 00:10 is not counted
        "cases_opened": [1, 1, 2],
        "cases_closed": [0, 0, 3],
        "notices": [0, 1, 3],
        "amount_involved_fen": [3_000_000, 500_000, 8_000_050],
        "amount_recovered_fen": [0, 0, 3_400_025],
    }
    assert sum(trend["consultations"]) == 4  # C6 of March 2024 is before the trend's first month


def test_a_period_cut_mid_month_cuts_the_last_trend_month(office: tuple[Database, dict[str, int]]) -> None:
    db, _ = office
    with db.reading() as s:
        figures = stats.compute(s, date(2025, 2, 1), date(2025, 3, 9))
    assert figures["consultations"]["total"] == 2  # C5 and C1
    assert figures["trend"]["consultations"][-2:] == [1, 1]
    assert figures["trend"]["months"][0] == "2024-04" and len(figures["trend"]["months"]) == 12


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"handler": "a"}, {"consultations.total": 2, "consultations.followups_due": 1, "consultations.followups_on_time": 1,
                            "cases.opened": 1, "cases.workers_involved": 12, "cases.amount_involved_fen": 7_000_050,
                            "cases.closed": 1, "cases.amount_recovered_fen": 2_500_025,
                            "notices.total": 1, "notices.reply_due": 2, "notices.replied": 2}),
        ({"street": "龙华街道"}, {"consultations.total": 2, "cases.opened": 1, "cases.closed": 1,
                              "notices.total": 1, "notices.reply_due": 2}),
        ({"industry": "manufacturing"}, {"consultations.total": 1, "cases.opened": 1, "cases.closed": 2,
                                         "cases.amount_recovered_fen": 900_000, "notices.total": 1, "notices.opinion": 1}),
        ({"employment_form": "platform_agreement"}, {"consultations.total": 1, "cases.opened": 1, "cases.closed": 1,
                                                     "notices.total": 1, "notices.reply_due": 1}),
    ],
)
def test_filters_narrow_every_figure(
    office: tuple[Database, dict[str, int]], filters: dict[str, Any], expected: dict[str, int]
) -> None:
    db, ids = office
    if "handler" in filters:
        filters = {"handler_id": ids["handler_a"]}
    with db.reading() as s:
        figures = stats.compute(s, *MARCH, **filters)
    assert {key: _value(figures, key) for key in expected} == expected
    assert figures["filters"] == filters


def _value(figures: dict[str, Any], key: str) -> Any:
    section, name = key.split(".")
    return figures[section][name]


def _figure_keys(figures: dict[str, Any]) -> list[tuple[str, int]]:
    """(figure key, value) of every count and sum in the result, the by_* maps and the trend included."""
    out = []
    for section in ("consultations", "cases", "notices"):
        for name, value in figures[section].items():
            if isinstance(value, dict):
                out += [(f"{section}.{name}.{label}", n) for label, n in value.items()]
            else:
                out.append((f"{section}.{name}", value))
    trend = figures["trend"]
    for name, values in trend.items():
        if name != "months":
            out += [(f"trend.{name}.{month}", n) for month, n in zip(trend["months"], values, strict=True)]
    return out


SUMS = {"cases.workers_involved": Case.worker_count}
CLAIM_SUMS = {"amount_involved_fen": Claim.amount_claimed_fen, "amount_recovered_fen": Claim.amount_recovered_fen}


@pytest.mark.parametrize("filters", [{}, {"street": "站前街道"}, {"employment_form": "contract"}])
def test_every_figure_opens_exactly_the_records_it_counts(
    office: tuple[Database, dict[str, int]], filters: dict[str, str]
) -> None:
    db, _ = office
    with db.reading() as s:
        figures = stats.compute(s, *MARCH, **filters)
        checked = 0
        for key, value in _figure_keys(figures):
            records = stats.figure_records(key, *MARCH, **filters)
            name = key.split(".")[-2] if key.startswith("trend.") else key.split(".")[1]
            if key in SUMS:
                got = s.scalar(select(func.coalesce(func.sum(SUMS[key]), 0)).where(records.condition))
            elif name in CLAIM_SUMS:
                got = s.scalar(
                    select(func.coalesce(func.sum(CLAIM_SUMS[name]), 0)).join(Case, Case.id == Claim.case_id)
                    .where(records.condition)
                )
            else:
                got = listing.count(s, records.list_name, records.list_filters)
            assert got == value, key
            checked += 1
        assert checked > 80


def test_the_list_behind_a_figure_shows_its_records(office: tuple[Database, dict[str, int]]) -> None:
    db, _ = office
    records = stats.figure_records("cases.by_outcome.未填写结果", *MARCH)
    with db.reading() as s:
        rows = listing.page(s, records.list_name, "intake_date", False, filters=records.list_filters)
    assert [r.values[0] for r in rows] == ["法援〔2025〕4号"]
    records = stats.figure_records("notices.replied", *MARCH)
    with db.reading() as s:
        rows = listing.page(s, records.list_name, "number", False, filters=records.list_filters)
    assert sorted(r.values[0] for r in rows) == ["铁工监提〔2025〕1号", "铁工监提〔2025〕2号"]


def test_unknown_figures_and_bad_input_are_refused_in_chinese(office: tuple[Database, dict[str, int]]) -> None:
    db, _ = office
    with pytest.raises(ValueError, match="统计数字"):
        stats.figure_records("cases.nonsense", *MARCH)
    with db.reading() as s:
        with pytest.raises(ValidationError, match="早于开始日期"):
            stats.compute(s, date(2025, 3, 31), date(2025, 3, 1))
        with pytest.raises(ValidationError, match="行业"):
            stats.compute(s, *MARCH, industry="木材")
        with pytest.raises(ValidationError, match="承办人"):
            stats.find_handler(s, "王五")
        assert stats.find_handler(s, "张三") == stats.find_handler(s, "zhangsan")


def test_an_empty_file_gives_zeros_and_no_rates(db: Database) -> None:
    with db.reading() as s:
        figures = stats.compute(s, *MARCH)
        assert stats.first_record_date(s) is None
    assert figures["consultations"]["total"] == 0 and figures["consultations"]["by_channel"] == {}
    assert figures["cases"]["amount_involved_fen"] == 0 and figures["notices"]["reply_due"] == 0
    assert figures["rates"] == {"notice_reply": None, "notice_rectified": None, "followup_on_time": None}
    assert set(figures["trend"]["consultations"]) == {0}


def test_first_record_date_is_local(office: tuple[Database, dict[str, int]]) -> None:
    db, _ = office
    with db.reading() as s:
        assert stats.first_record_date(s) == date(2024, 3, 5)
