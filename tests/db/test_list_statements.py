"""A list's page statement is compiled once per shape and run on the driver's cursor: the same rows as the ORM.

``services.listing`` keeps each page statement compiled (list, order,
filter values, plan, visible organizations) and binds only offset and
limit, then runs it below the ORM; ``PageReader`` (the GUI's path) does so
without a Session. These tests hold both to what the ORM gives for
``page_query``, formatted column by column, on SQLite and PostgreSQL: every
sortable column both ways, filters of every kind, pages deep in the list,
and a database restricted to one organization.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from casedesk.db.database import Database
from casedesk.db.models import Case, Consultation, Organization, SupervisionNotice
from casedesk.services import listing
from casedesk.services.organization import current_org
from tests.db.test_listing import _fill

FILTERS: dict[str, list[dict[str, Any]]] = {
    "consultations": [{"status": "open"}, {"followup_overdue": date(2024, 3, 13)}, {"search": "来电"},
                      {"channel": "walk_in", "category": "wages"}, {"received_since": datetime(2024, 3, 3, tzinfo=UTC)},
                      {"figure": Consultation.category == "termination"}],
    "cases": [{"open": True}, {"collective": False}, {"intake_from": date(2024, 1, 1)}, {"search": "法援"},
              {"stage": "closed"}],
    "notices": [{"awaiting_reply": True}, {"kind": "reminder"}, {"reply_overdue": date(2024, 6, 1)},
                {"search": "工监"}, {"figure": SupervisionNotice.kind == "reminder"}],
    "enterprises": [{"street": "站前街道"}, {"search": "公司"}],
    "workers": [{"search": "王磊"}, {"search": "1234"}],
}


def _orm_page(session: Session, list_name: str, sort_key: str, descending: bool, offset: int, limit: int,
              filters: Mapping[str, Any] | None = None) -> list[listing.RowData]:
    """The reference: the page's ids found first (the form of any page below the first) through the ORM
    (scoping hook, result processing), formatted cell by cell."""
    spec = listing.get_spec(list_name)
    plan = listing.plan_page(session, list_name, filters)
    statement = listing.page_query(list_name, sort_key, descending, bindparam("o", offset), limit, filters, plan)
    result = session.execute(statement)
    return [listing.RowData(r[0], tuple(c.fmt(v) for c, v in zip(spec.columns, r[1:], strict=True))) for r in result]


def _reader_page(db: Database, list_name: str, sort_key: str, descending: bool, offset: int, limit: int,
                 filters: Mapping[str, Any] | None = None,
                 reader: listing.PageReader | None = None) -> list[listing.RowData]:
    reader = reader or listing.PageReader(db, list_name)
    return [listing.RowData(r[0], reader.format(r)) for r in reader.rows(sort_key, descending, offset, limit, filters)]


@pytest.fixture
def office(db: Database) -> Database:
    with db.transaction() as session:
        _fill(session)
    return db


@pytest.mark.parametrize("list_name", list(listing.SPECS))
def test_every_sort_and_filter_gives_the_orms_rows(office: Database, list_name: str) -> None:
    spec = listing.get_spec(list_name)
    kept = listing.PageReader(office, list_name)  # plans kept from one order and page to the next
    with office.reading() as s:
        for column in (c for c in spec.columns if c.sortable):
            for descending in (False, True):
                for filters in (None, *FILTERS[list_name]):
                    for offset, limit in ((0, 200), (0, 1), (1, 2)):
                        expected = _orm_page(s, list_name, column.key, descending, offset, limit, filters)
                        where = (list_name, column.key, descending, filters, offset)
                        assert listing.page(s, list_name, column.key, descending, offset, limit, filters) == expected, where
                        assert _reader_page(office, list_name, column.key, descending, offset, limit, filters) == expected, where
                        assert _reader_page(office, list_name, column.key, descending, offset, limit, filters,
                                            kept) == expected, where
        # Every filter finds something (else the comparison above proves little).
        for filters in FILTERS[list_name]:
            assert listing.count(s, list_name, filters) > 0, filters


def test_a_statement_is_compiled_once_per_shape_and_bound_per_page(office: Database) -> None:
    dialect = office.engine.dialect
    first = listing._page_statement(dialect, None, "cases", "stage", True, {"stage": "closed"}, None, False)
    assert listing._page_statement(dialect, None, "cases", "stage", True, {"stage": "closed"}, None, False) is first
    assert listing._page_statement(dialect, None, "cases", "stage", True, {"stage": "intake"}, None, False) is not first
    assert listing._page_statement(dialect, None, "cases", "stage", False, {"stage": "closed"}, None, False) is not first
    assert listing._page_statement(dialect, frozenset({1}), "cases", "stage", True, {"stage": "closed"}, None,
                                   False) is not first
    top = listing._page_statement(dialect, None, "cases", "stage", True, {"stage": "closed"}, None, True)
    assert top is not first and top.offset_slot is None
    with pytest.raises(ValueError, match="first page"), office.engine.connect() as connection:
        top.run(connection.connection, 200, 200)
    # A value that is itself SQL (a statistics figure) is compiled each time, never looked up by equality.
    figure = {"figure": Case.stage == "closed"}
    assert listing._page_statement(dialect, None, "cases", "stage", True, figure, None, False) is not \
        listing._page_statement(dialect, None, "cases", "stage", True, figure, None, False)
    with office.reading() as s:
        pages = [listing.page(s, "cases", "intake_date", True, offset, 1) for offset in range(4)]
        whole = listing.page(s, "cases", "intake_date", True)
    assert [r for p in pages for r in p] == whole and len(whole) == 3


def test_a_restricted_database_reads_only_its_organizations(office: Database) -> None:
    with office.transaction() as s:
        other = Organization(name="另一区总工会", parent_id=current_org(s).id)
        s.add(other)
        s.flush()
        s.add(Consultation(organization_id=other.id, received_at=datetime(2024, 3, 2, tzinfo=UTC), caller_name="别区来电",
                           question="问", channel="walk_in", category="wages", status="open"))
        s.add(Case(organization_id=other.id, case_number="别法援〔2024〕1号", number_year=2024, number_seq=1,
                   intake_date=date(2024, 4, 2), stage="intake"))
        own = current_org(s).id
    with office.reading() as s:
        everything = {name: len(listing.page(s, name, listing.get_spec(name).default_sort, True)) for name in ("consultations", "cases")}
    office.restrict_to(frozenset({own}), own)
    try:
        with office.reading() as s:
            for name in ("consultations", "cases"):
                key = listing.get_spec(name).default_sort
                expected = _orm_page(s, name, key, True, 0, 200)
                assert len(expected) == everything[name] - 1
                assert listing.page(s, name, key, True) == expected
                assert _reader_page(office, name, key, True, 0, 200) == expected
                assert _reader_page(office, name, key, True, 0, 200, {"search": "来电"}) == \
                    _orm_page(s, name, key, True, 0, 200, {"search": "来电"})
    finally:
        office.restrict_to(None, None)
    assert len(_reader_page(office, "cases", "intake_date", True, 0, 200)) == everything["cases"]


def test_the_reader_keeps_masking_and_formatting(office: Database) -> None:
    reader = listing.PageReader(office, "workers")
    raw = reader.rows("name", False, 0, 200)
    assert "11010519491231002X" in [r[2] for r in raw]  # the driver's row holds the number ...
    texts = [reader.format(r) for r in raw]
    assert not any("19491231" in t for row in texts for t in row)  # ... what is shown never does
    assert ("王磊", "110105********002X", "138****1234", "劳务派遣", "快递员", "乙公司") in texts
    consultations = listing.PageReader(office, "consultations")
    newest = consultations.format(consultations.rows("received_at", True, 0, 1)[0])
    assert newest[0] == datetime(2024, 3, 6, 1, 30, tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    cases = listing.PageReader(office, "cases")
    assert cases.format(cases.rows("case_number", False, 0, 200)[1])[-2:] == ("12,845.50", "10,000.00")


def test_moments_show_in_local_time_across_a_change_of_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    """Local time is looked up once per hour of UTC, and exactly where the offset changes within an hour."""
    import time
    from datetime import timedelta

    def check() -> None:
        listing._local_offset.cache_clear()
        start = datetime(2024, 3, 10, 4, 0, tzinfo=UTC)  # St. John's moves its clocks at 05:30 UTC
        for minutes in range(0, 180, 7):
            moment = start + timedelta(minutes=minutes)
            expected = moment.astimezone().strftime("%Y-%m-%d %H:%M")
            as_stored = moment.replace(tzinfo=None).isoformat(" ", "microseconds")
            assert listing._moment(as_stored) == listing._moment(moment) == expected, moment
            assert listing._moment(moment.replace(tzinfo=None)) == expected  # PostgreSQL's naive UTC

    for zone in ("America/St_Johns", "Asia/Shanghai"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        check()
    monkeypatch.undo()
    time.tzset()
    listing._local_offset.cache_clear()


def test_a_sessions_unflushed_changes_are_listed_as_the_orm_would(office: Database) -> None:
    with office.transaction() as s:
        s.add(Case(organization_id=current_org(s).id, case_number="法援〔2024〕11号", number_year=2024, number_seq=11,
                   intake_date=date(2024, 4, 5), stage="intake"))
        assert listing.page(s, "cases", "intake_date", True)[0].values[0] == "法援〔2024〕11号"


def test_a_first_page_walks_the_sort_index_and_sorts_nothing(sqlite_db: Database) -> None:
    """EXPLAIN QUERY PLAN: the first page of every order is one join along an index, stopping at its limit."""
    with sqlite_db.reading() as s:
        for list_name, spec in listing.SPECS.items():
            for column in (c for c in spec.columns if c.sortable):
                for descending in (False, True):
                    query = listing.page_query(list_name, column.key, descending, 0, 200)
                    sql = str(query.compile(s.get_bind(), compile_kwargs={"literal_binds": True}))
                    plan = [row[3] for row in s.execute(text("EXPLAIN QUERY PLAN " + sql))]
                    assert not [line for line in plan if "TEMP B-TREE" in line], (list_name, column.key, plan)
                    assert "INDEX" in plan[0] or plan[0] == f"SCAN {spec.entity.__tablename__}", (list_name, plan)


def test_a_filtered_list_is_planned_once_and_scrolls_without_a_session(office: Database,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    reader = listing.PageReader(office, "consultations")
    planned: list[Mapping[str, Any] | None] = []
    real = listing.plan_page

    def counting(session: Session, list_name: str, filters: Mapping[str, Any] | None) -> Any:
        planned.append(filters)
        return real(session, list_name, filters)

    monkeypatch.setattr(listing, "plan_page", counting)
    filters = {"status": "open"}
    with office.reading() as s:
        expected = listing.page(s, "consultations", "received_at", True, 0, 200, filters)
    planned.clear()
    pages = [reader.rows("received_at", True, offset, 1, filters) for offset in range(4)]
    assert [listing.RowData(r[0], reader.format(r)) for p in pages for r in p] == expected
    assert planned == [filters]  # the first page planned; the next pages reused the plan
    reader.rows("status", False, 0, 200, filters)  # another order, the same filters: the same plan
    assert planned == [filters]
    reader.forget_plans()
    reader.rows("received_at", True, 0, 200, filters)
    assert len(planned) == 2
    figure = {"figure": Consultation.status == "open"}  # SQL as a value: planned every time (no key for it)
    reader.rows("received_at", True, 0, 200, figure)
    reader.rows("received_at", True, 200, 200, figure)
    assert len(planned) == 4
