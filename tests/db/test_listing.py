"""The lists behind the main window: paging, sorting in SQL, counts, display formatting and masking."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from casedesk.db.database import Database
from casedesk.db.models import (
    Case,
    CaseParty,
    Claim,
    Consultation,
    Enterprise,
    GovernmentBody,
    Staff,
    SupervisionNotice,
    Worker,
)
from casedesk.services import listing
from casedesk.services.organization import current_org

T0 = datetime(2024, 3, 1, 1, 30, tzinfo=UTC)


def _fill(session: Session) -> dict[str, int]:
    """A small office: 3 enterprises, 4 workers, 6 consultations, 3 cases, 3 notices."""
    org = current_org(session)
    handler = Staff(organization_id=org.id, login="li", display_name="李娜")
    ent = [
        Enterprise(organization_id=org.id, name=n, credit_code=c, street=s, industry=i, has_union=u)
        for n, c, s, i, u in (
            ("乙公司", "91230204MA1234567X", "站前街道", "catering", True),
            ("甲公司", None, "南浦街道", "manufacturing", False),
            ("丙公司", "91230204MA7654321Y", "站前街道", "it", False),
        )
    ]
    session.add_all([handler, *ent])
    session.flush()
    workers = [
        Worker(organization_id=org.id, name="王磊", id_number="11010519491231002X", phone="13812341234",
               employment_form="dispatch", group="courier", enterprise_id=ent[0].id),
        Worker(organization_id=org.id, name="张敏", phone="0452-1234567", enterprise_id=ent[1].id),
        Worker(organization_id=org.id, name="陈静", employment_form="platform_self", group="delivery_rider"),
        Worker(organization_id=org.id, name="王磊", id_number="110105194912310021"),
    ]
    session.add_all(workers)
    session.flush()
    statuses = ["open", "answered", "open", "closed", "referred", "open"]
    for i, status in enumerate(statuses):
        session.add(
            Consultation(
                organization_id=org.id, received_at=T0 + timedelta(days=i), channel=("hotline_12351", "walk_in")[i % 2],
                caller_name="" if i == 5 else f"来电人{i}", caller_id=workers[0].id if i == 5 else None,
                caller_phone="13912345678" if i < 5 else None, enterprise_id=ent[i % 3].id,
                category=("wages", "social_insurance", "termination")[i % 3], status=status,
                handler_id=handler.id if i % 2 == 0 else None,
                followup_due=date(2024, 3, 10 + i), followup_done=date(2024, 3, 12) if i == 0 else None,
            )
        )
    cases = [
        Case(organization_id=org.id, case_number="法援〔2024〕9号", number_year=2024, number_seq=9,
             intake_date=date(2024, 4, 1), enterprise_id=ent[0].id, handler_id=handler.id, stage="mediation"),
        Case(organization_id=org.id, case_number="法援〔2024〕10号", number_year=2024, number_seq=10,
             intake_date=date(2024, 4, 3), is_collective=True, worker_count=12, stage="closed",
             closed_date=date(2025, 1, 5)),
        Case(organization_id=org.id, case_number="法援〔2023〕1号", number_year=2023, number_seq=1,
             intake_date=date(2023, 12, 30), stage="intake"),
    ]
    session.add_all(cases)
    session.flush()
    session.add_all([
        # The witness comes first but is not an applicant; the first applicant (by entry) is 张敏.
        CaseParty(case_id=cases[0].id, worker_id=workers[2].id, role="witness"),
        CaseParty(case_id=cases[0].id, worker_id=workers[1].id, role="applicant"),
        CaseParty(case_id=cases[0].id, worker_id=workers[0].id, role="applicant"),
        Claim(case_id=cases[0].id, amount_claimed_fen=1_234_550, amount_recovered_fen=1_000_000),
        Claim(case_id=cases[0].id, kind="overtime", amount_claimed_fen=50_000, amount_recovered_fen=0),
        Claim(case_id=cases[1].id, amount_claimed_fen=100, amount_recovered_fen=100),
    ])
    hrss = GovernmentBody(organization_id=org.id, name="区人力资源和社会保障局")
    session.add(hrss)
    session.flush()
    session.add_all([
        SupervisionNotice(organization_id=org.id, kind="reminder", number="工监提〔2024〕2号", number_year=2024,
                          number_seq=2, status="issued", enterprise_id=ent[1].id, issued_on=date(2024, 5, 6),
                          reply_due=date(2024, 5, 27)),
        SupervisionNotice(organization_id=org.id, kind="reminder", number="工监提〔2024〕10号", number_year=2024,
                          number_seq=10, status="replied", enterprise_id=ent[0].id, issued_on=date(2024, 6, 1),
                          reply_due=date(2024, 6, 20), replied_on=date(2024, 6, 10)),
        SupervisionNotice(organization_id=org.id, kind="recommendation", status="draft", department_id=hrss.id),
    ])
    session.flush()
    return {"handler": handler.id}


@pytest.fixture
def office(db: Database) -> Database:
    with db.transaction() as session:
        _fill(session)
    return db


def _column(list_name: str, key: str, rows: list[listing.RowData]) -> list[str]:
    index = listing.get_spec(list_name).keys.index(key)
    return [r.values[index] for r in rows]


def _default_page(session: Session, list_name: str, **kw: object) -> list[listing.RowData]:
    spec = listing.get_spec(list_name)
    return listing.page(session, list_name, spec.default_sort, spec.default_descending, **kw)  # type: ignore[arg-type]


def test_consultations_show_labels_local_time_names_and_masked_phones(office: Database) -> None:
    with office.reading() as s:
        rows = _default_page(s, "consultations")
    assert len(rows) == 6
    newest = dict(zip(listing.get_spec("consultations").keys, rows[0].values, strict=True))
    first = dict(zip(listing.get_spec("consultations").keys, rows[-1].values, strict=True))
    assert first == {
        "received_at": T0.astimezone().strftime("%Y-%m-%d %H:%M"),
        "channel": "12351热线",
        "caller": "来电人0",
        "phone": "139****5678",
        "enterprise": "乙公司",
        "category": "劳动报酬",
        "status": "待处理",
        "handler": "李娜",
        "followup_due": "2024-03-10",
    }
    # A call linked to a worker record with no name typed shows the worker's name and (masked) phone.
    assert (newest["caller"], newest["phone"], newest["handler"]) == ("王磊", "138****1234", "")


def test_cases_show_first_applicant_sums_and_type(office: Database) -> None:
    with office.reading() as s:
        rows = _default_page(s, "cases")
    by_number = {r.values[0]: dict(zip(listing.get_spec("cases").keys, r.values, strict=True)) for r in rows}
    mediation = by_number["法援〔2024〕9号"]
    assert (mediation["applicant"], mediation["enterprise"], mediation["collective"]) == ("张敏", "乙公司", "个人")
    assert (mediation["stage"], mediation["handler"]) == ("调解", "李娜")
    assert (mediation["claimed"], mediation["recovered"]) == ("12,845.50", "10,000.00")
    collective = by_number["法援〔2024〕10号"]
    assert (collective["collective"], collective["worker_count"], collective["stage"]) == ("集体", "12", "结案")
    assert by_number["法援〔2023〕1号"]["claimed"] == "0.00"
    # By intake date, newest first.
    assert [r.values[0] for r in rows] == ["法援〔2024〕10号", "法援〔2024〕9号", "法援〔2023〕1号"]


def test_case_numbers_sort_by_year_and_sequence_not_as_text(office: Database) -> None:
    with office.reading() as s:
        rows = listing.page(s, "cases", "case_number", False)
    assert _column("cases", "case_number", rows) == ["法援〔2023〕1号", "法援〔2024〕9号", "法援〔2024〕10号"]


def test_notices_show_addressee_enterprise_or_department(office: Database) -> None:
    with office.reading() as s:
        rows = listing.page(s, "notices", "number", True)
    assert _column("notices", "number", rows) == ["工监提〔2024〕10号", "工监提〔2024〕2号", ""]
    assert _column("notices", "kind", rows) == ["提示函", "提示函", "建议书"]
    assert _column("notices", "addressee", rows) == ["乙公司", "甲公司", "区人力资源和社会保障局"]
    assert _column("notices", "replied_on", rows) == ["2024-06-10", "", ""]


def test_workers_are_masked_and_enterprises_labelled(office: Database) -> None:
    with office.reading() as s:
        workers = _default_page(s, "workers")
        enterprises = _default_page(s, "enterprises")
    assert _column("workers", "name", workers) == ["张敏", "王磊", "王磊", "陈静"]  # code point order, then id
    wang = dict(zip(listing.get_spec("workers").keys, workers[1].values, strict=True))
    assert wang == {"name": "王磊", "id_number": "110105********002X", "phone": "138****1234",
                    "employment_form": "劳务派遣", "group": "快递员", "enterprise": "乙公司"}
    assert "0452-***4567" in _column("workers", "phone", workers)
    assert not any("19491231" in v for r in workers for v in r.values)
    yi = dict(zip(listing.get_spec("enterprises").keys, enterprises[0].values, strict=True))
    assert {"name": "丙公司", "industry": "信息技术服务", "has_union": "无"}.items() <= yi.items()


@pytest.mark.parametrize("list_name", list(listing.SPECS))
def test_every_sortable_column_sorts_both_ways_with_id_as_tie_break(office: Database, list_name: str) -> None:
    spec = listing.get_spec(list_name)
    with office.reading() as s:
        for column in (c for c in spec.columns if c.sortable):
            ids = {}
            for descending in (False, True):
                ids[descending] = [r.id for r in listing.page(s, list_name, column.key, descending)]
                keys = (*column.sort, spec.entity.id)
                plain = select(spec.entity.id).order_by(*(k.desc() if descending else k.asc() for k in keys))
                assert ids[descending] == s.scalars(plain).all(), (list_name, column.key, descending)
            assert ids[True] == ids[False][::-1], (list_name, column.key)


def test_pages_follow_each_other_without_gaps_or_repeats(office: Database) -> None:
    with office.reading() as s:
        whole = listing.page(s, "consultations", "status", False, 0, 100)
        pieces = [listing.page(s, "consultations", "status", False, offset, 2) for offset in (0, 2, 4, 6)]
    assert [r.id for piece in pieces for r in piece] == [r.id for r in whole]
    assert [len(p) for p in pieces] == [2, 2, 2, 0]


def test_counts_and_filters(office: Database) -> None:
    with office.reading() as s:
        assert listing.count(s, "consultations") == 6
        assert listing.count(s, "consultations", {"status": "open"}) == 3
        assert [r.values[6] for r in _default_page(s, "consultations", filters={"status": "open"})] == ["待处理"] * 3
        # Due before the day and not followed up: the one done on 3-12 is not overdue.
        assert listing.count(s, "consultations", {"followup_overdue": date(2024, 3, 13)}) == 2
        assert listing.count(s, "cases", {"open": True}) == 2
        assert listing.count(s, "notices", {"awaiting_reply": True}) == 1
        assert listing.count(s, "notices", {"figure": SupervisionNotice.kind == "reminder"}) == 2
        assert listing.count(s, "enterprises", {"street": "站前街道"}) == 2
        assert listing.count(s, "workers") == 4


def test_refuses_unknown_lists_filters_and_unsortable_columns(office: Database) -> None:
    with office.reading() as s:
        with pytest.raises(ValueError, match="不能排序"):
            listing.page(s, "cases", "claimed", True)
        with pytest.raises(ValueError, match="不支持筛选"):
            listing.count(s, "workers", {"nonsense": 1})
        with pytest.raises(ValueError, match="没有名为"):
            listing.count(s, "nonsense")
    # Masked columns and sums must never sort: the order would reveal hidden digits or scan every claim.
    for list_name, key in (("workers", "id_number"), ("workers", "phone"), ("consultations", "phone"),
                           ("cases", "claimed"), ("cases", "recovered")):
        assert not listing.get_spec(list_name).column(key).sortable


def test_every_sort_walks_an_index(sqlite_db: Database) -> None:
    """EXPLAIN QUERY PLAN: the page's id query never sorts a table (only the final 200 rows are sorted)."""
    with sqlite_db.reading() as s:
        for list_name, spec in listing.SPECS.items():
            for column in (c for c in spec.columns if c.sortable):
                for descending in (False, True):
                    query = listing.page_query(list_name, column.key, descending, 400, 200)
                    sql = str(query.compile(s.get_bind(), compile_kwargs={"literal_binds": True}))
                    plan = [row[3] for row in s.execute(text("EXPLAIN QUERY PLAN " + sql))]
                    sorts = [line for line in plan if "TEMP B-TREE" in line]
                    assert len(sorts) == 1, (list_name, column.key, descending, plan)
                    scan = next(line for line in plan if line.startswith(("SCAN", "SEARCH")))
                    assert "INDEX" in scan or scan == f"SCAN {spec.entity.__tablename__}", (list_name, column.key, plan)


def test_empty_file_lists_nothing(db: Database) -> None:
    with db.reading() as s:
        assert listing.page(s, "cases", "intake_date", True) == []
