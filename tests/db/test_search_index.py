"""The search index: found anywhere in a field, kept in step by every writer, repairable, never fooled by syntax.

Runs on SQLite (FTS5 grams kept by triggers) and on PostgreSQL (GIN over the
grams function) when CASEDESK_TEST_PG is set.
"""
from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, insert, select, text, update

from casedesk.db import search_schema
from casedesk.db.database import Database, open_database
from casedesk.db.migrate import alembic_config
from casedesk.db.models import Case, Enterprise, SupervisionNotice, Worker
from casedesk.services import cases, listing, maintenance, notices, parties, search_index
from casedesk.services import consultations as consult
from casedesk.services.actor import SYSTEM
from casedesk.services.consultations import ConsultationFields
from tests.db.test_notices import LABOUR_CONTRACT_30

CST = timezone(timedelta(hours=8))
SYNTAX = ['"', "*", "(", ")", "AND", "OR", "NOT", "-", "NEAR", "^", ":", "{", "}", '"王', "王*", "a AND b", '" OR "', "'"]


def _worker_ids(db: Database, text_: str) -> list[int]:
    with db.reading() as s:
        return sorted(s.execute(search_index.ids(Worker, text_)).scalars())


def _list_ids(db: Database, list_name: str, text_: str) -> list[int]:
    """The list's page, its count, and the row-by-row form of its search all agree; the ids, sorted."""
    with db.reading() as s:
        spec = listing.get_spec(list_name)
        rows = [r.id for r in listing.page(s, list_name, spec.default_sort, spec.default_descending, 0, 500, {"search": text_})]
        assert listing.count(s, list_name, {"search": text_}) == len(rows)
        dense = search_index.LIST_SEARCHES[list_name](text_, True)
        assert sorted(s.execute(select(spec.entity.id).where(dense)).scalars()) == sorted(rows)  # type: ignore[attr-defined]
        return sorted(rows)


def _add_workers(db: Database, people: list[tuple[str, str | None, str | None]]) -> list[int]:
    with db.transaction() as s:
        return [parties.find_or_create_worker(s, SYSTEM, name, phone=phone, id_number=number).id for name, phone, number in people]


def test_two_characters_anywhere_in_a_name_and_number_fragments(db: Database) -> None:
    wang, wang2, li, other = _add_workers(db, [
        ("王磊", "13812345678", "11010519491231002X"), ("王磊磊", None, None), ("李王磊", "0452-2345678", None), ("张三", None, None),
    ])
    assert _worker_ids(db, "王磊") == [wang, wang2, li]  # two characters: at the start, the end or inside
    assert _worker_ids(db, "磊") == [wang, wang2, li]  # one character
    assert _worker_ids(db, "王磊磊") == [wang2]
    assert _worker_ids(db, "5678") == [wang, li]  # a phone fragment, mobile and landline
    assert _worker_ids(db, "138 1234") == [wang] and _worker_ids(db, "0452-234") == [li]  # typed with spaces, dashes
    assert _worker_ids(db, "1231002x") == [wang]  # 身份证号 fragment, lower-case x
    assert _worker_ids(db, "  王磊\t") == [wang, wang2, li]
    assert _worker_ids(db, "") == [] and _worker_ids(db, "   ") == []
    assert _worker_ids(db, "磊王") == [] and _worker_ids(db, "100%") == [] and _worker_ids(db, "_") == []
    assert other not in _worker_ids(db, "王")


def test_query_syntax_is_searched_as_text(db: Database) -> None:
    odd = _add_workers(db, [('a"b*c(d) AND -x NEAR y^z:{w}', None, None), ("王*", None, None)])
    for typed in SYNTAX:
        found = _worker_ids(db, typed)  # never raises
        assert found == [w for w, name in zip(odd, ('a"b*c(d) AND -x NEAR y^z:{w}', "王*"), strict=True)
                         if typed.strip().lower() in name.lower()], typed
        _list_ids(db, "workers", typed)
        for list_name in ("consultations", "cases", "notices", "enterprises"):
            _list_ids(db, list_name, typed)


def test_every_writer_keeps_the_index_in_step(db: Database) -> None:
    (wang,) = _add_workers(db, [("王磊", "13812345678", None)])
    with db.transaction() as s:  # an update through the ORM
        s.get(Worker, wang).name = "赵敏"  # type: ignore[union-attr]
    assert _worker_ids(db, "王磊") == [] and _worker_ids(db, "赵敏") == [wang]
    with db.transaction() as s:  # bulk statements, as importers and demo data write
        s.execute(insert(Worker), [{"name": "钱多多", "phone": "13900009999"}, {"name": "孙悟空", "phone": None}])
        s.execute(update(Worker).where(Worker.name == "孙悟空").values(phone="13700007777"))
    assert len(_worker_ids(db, "多多")) == 1 and len(_worker_ids(db, "7777")) == 1
    with db.transaction() as s:
        s.execute(delete(Worker).where(Worker.name == "钱多多"))
    assert _worker_ids(db, "多多") == [] and _worker_ids(db, "9999") == []
    with db.transaction() as s:  # a rolled-back write leaves nothing behind
        s.add(Worker(name="回滚者"))
        s.flush()
        assert s.execute(search_index.ids(Worker, "回滚")).all()
        s.rollback()
    assert _worker_ids(db, "回滚") == []


def _office(db: Database) -> dict[str, int]:
    with db.transaction() as s:
        call = consult.log_consultation(s, SYSTEM, ConsultationFields(
            received_at=datetime(2025, 3, 3, 9, 30, tzinfo=CST), channel="hotline_12351", caller_name="王磊",
            caller_phone="13812345678", enterprise_name="铁锋区顺达物流有限公司", category="劳动报酬",
            question="公司拖欠两个月工资，如何维权？", status="answered",
        )).id
        other_call = consult.log_consultation(s, SYSTEM, ConsultationFields(
            received_at=datetime(2025, 3, 4, 9, 30, tzinfo=CST), channel="walk_in", caller_name="匿名",
            enterprise_name="龙华建筑工程有限公司", category="工伤待遇", question="工伤认定要多久？", status="answered",
        )).id
        case = cases.open_case(s, SYSTEM, source="来访", enterprise_name="龙华建筑工程有限公司", applicant_name="李王磊",
                               applicant_phone="0452-2345678", description="拖欠加班费", intake_date=date(2025, 3, 5)).id
        enterprise = s.execute(select(Enterprise.id).where(Enterprise.name == "铁锋区顺达物流有限公司")).scalar_one()
        notice = notices.draft_notice(s, SYSTEM, kind="提示函", enterprise_id=enterprise, facts="拖欠工资",
                                      legal_basis=[LABOUR_CONTRACT_30], demands="立即支付", violations=["劳动报酬"]).id
        notices.issue_notice(s, SYSTEM, notice, issued_on=date(2025, 9, 1))
    return {"call": call, "other_call": other_call, "case": case, "notice": notice, "enterprise": enterprise}


def test_each_list_searches_its_own_text_and_its_linked_records(db: Database) -> None:
    ids = _office(db)
    assert _list_ids(db, "consultations", "王磊") == [ids["call"]]  # caller name; 李王磊 is a case party only
    assert _list_ids(db, "consultations", "拖欠") == [ids["call"]]  # the question
    assert _list_ids(db, "consultations", "顺达") == [ids["call"]]  # the employer
    assert _list_ids(db, "consultations", "龙华建筑") == [ids["other_call"]]
    assert _list_ids(db, "cases", "王磊") == [ids["case"]]  # a party's name, inside
    assert _list_ids(db, "cases", "2345") == [ids["case"]] and _list_ids(db, "cases", "加班") == [ids["case"]]
    with db.reading() as s:
        number = s.get(SupervisionNotice, ids["notice"]).number  # type: ignore[union-attr]
        case_number = s.get(Case, ids["case"]).case_number  # type: ignore[union-attr]
    assert _list_ids(db, "cases", case_number) == [ids["case"]]
    assert _list_ids(db, "notices", number) == [ids["notice"]]  # type: ignore[arg-type]
    assert _list_ids(db, "notices", "〔2025〕1号") == [ids["notice"]] == _list_ids(db, "notices", "[2025]1号")
    assert _list_ids(db, "notices", "顺达物流") == [ids["notice"]]
    assert _list_ids(db, "enterprises", "物流") == [ids["enterprise"]]
    assert _list_ids(db, "enterprises", "tfq") == [ids["enterprise"]]  # pinyin initials from the start
    assert ids["enterprise"] in _list_ids(db, "enterprises", "有限")
    assert len(_list_ids(db, "workers", "王磊")) == 2


def test_page_plans_give_the_same_rows_in_the_same_order(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """However a filtered page is read (few rows sorted, or the sort order walked), it is the same page."""
    with db.transaction() as s:
        for i in range(40):
            consult.log_consultation(s, SYSTEM, ConsultationFields(
                received_at=datetime(2025, 1, 1, 9, 0, tzinfo=CST) + timedelta(hours=7 * i), caller_name=f"来电人{i % 7}",
                channel=("hotline_12351", "walk_in", "online")[i % 3], category=("劳动报酬", "工伤待遇")[i % 2],
                question=f"问题{i % 5}", status="answered",
            ))
    cases_ = [{"channel": "walk_in"}, {"category": "wages", "channel": "online"}, {"search": "来电人3"},
              {"search": "问题", "channel": "hotline_12351"}, {"received_since": datetime(2025, 1, 5, tzinfo=CST)}]
    spec = listing.get_spec("consultations")
    with db.reading() as s:
        for filters in cases_:
            for col in (c for c in spec.columns if c.sortable):
                for desc in (False, True):
                    expected = [r.id for r in s.execute(listing.page_query("consultations", col.key, desc, 3, 7, filters)).all()]
                    for plan in (listing.PagePlan(many=True), listing.PagePlan(many=False),
                                 listing.PagePlan(many=True, dense_search=True)):
                        got = [r.id for r in s.execute(listing.page_query("consultations", col.key, desc, 3, 7, filters, plan))]
                        assert got == expected, (filters, col.key, desc, plan)
    monkeypatch.setattr(listing, "FEW_ROWS", 3)
    with db.reading() as s:
        assert len(listing.page(s, "consultations", "received_at", True, 0, 100, {"channel": "walk_in"})) == 13


_ALPHABET = st.sampled_from(list("王磊李娜三12345-X a\"*()"))
_FIELD = st.one_of(st.none(), st.text(_ALPHABET, max_size=8))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=st.lists(st.tuples(st.text(_ALPHABET, min_size=1, max_size=6), _FIELD, _FIELD), max_size=6),
       typed=st.text(_ALPHABET, max_size=5))
def test_found_is_exactly_what_holds_the_text(db: Database, people: list[tuple[str, str | None, str | None]], typed: str) -> None:
    """Against a plain Python reference: a row is found iff one of its fields holds a form of the text."""
    with db.transaction() as s:
        s.execute(delete(Worker))
        if people:
            s.execute(insert(Worker), [{"name": n, "phone": p, "id_number": i} for n, p, i in people])
        rows = s.execute(select(Worker.id, Worker.name, Worker.phone, Worker.id_number)).all()
    forms = [f.lower() for f in search_index.variants(typed)]
    expected = sorted(r.id for r in rows if forms and any(f in (v or "").lower() for f in forms for v in r[1:]))
    assert _worker_ids(db, typed) == expected


def test_check_finds_a_stale_or_missing_index_and_repair_rebuilds_it(db: Database) -> None:
    ids = _office(db)
    target = db.url.render_as_string(hide_password=False)
    assert maintenance.check(target).problems == []
    with db.engine.begin() as conn:
        if db.is_sqlite:  # a program that wrote without the triggers, and one that dropped one
            conn.exec_driver_sql("INSERT INTO search_consultation(search_consultation) VALUES ('delete-all')")
            conn.exec_driver_sql("DROP TRIGGER search_worker_insert")
        else:
            conn.exec_driver_sql("DROP INDEX search_worker")
    problems = maintenance.check(target).problems
    assert any("search_worker" in p for p in problems)
    assert maintenance.repair(target, SYSTEM) == ["search index: rebuilt"]
    assert maintenance.check(target).problems == []
    assert _list_ids(db, "consultations", "拖欠") == [ids["call"]]
    _add_workers(db, [("新来的人", None, None)])
    assert len(_worker_ids(db, "来的")) == 1


def test_the_migration_indexes_records_already_there_and_matches_the_current_definition(db: Database) -> None:
    from importlib import import_module

    from alembic import command

    frozen = import_module("casedesk.db.migrations.versions.0004_search_and_list_indexes").SEARCH
    assert frozen == search_schema.CURRENT
    with db.engine.connect() as conn:
        assert search_schema.missing(conn, search_schema.CURRENT) == []
    _add_workers(db, [("欧阳修", "13611112222", None)])
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
        conn.execute(insert(Worker), [{"name": "司马光", "phone": None}])
        command.upgrade(cfg, "head")
    assert len(_worker_ids(db, "阳修")) == 1 and len(_worker_ids(db, "马光")) == 1
    assert len(_worker_ids(db, "1111")) == 1


def test_plain_sqlite3_can_read_but_cannot_write_around_the_index(sqlite_db: Database) -> None:
    """Another program without the grams function is refused a write instead of leaving the index stale."""
    import sqlite3

    _add_workers(sqlite_db, [("王磊", None, None)])
    assert sqlite_db.path is not None
    con = sqlite3.connect(sqlite_db.path)
    try:
        assert con.execute("SELECT count(*) FROM worker").fetchone() == (1,)
        with pytest.raises(sqlite3.OperationalError, match="casedesk_grams"):
            con.execute("INSERT INTO worker (name, name_initials, employment_form, \"group\", union_member, address, "
                        "version) VALUES ('x', '', 'contract', 'general', 0, '', 1)")
    finally:
        con.close()


def test_check_repair_on_the_command_line(sqlite_db: Database) -> None:
    _add_workers(sqlite_db, [("王磊", None, None)])
    with sqlite_db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO search_worker(search_worker) VALUES ('delete-all')")
    path = str(sqlite_db.path)
    sqlite_db.dispose()
    run = [sys.executable, "-m", "casedesk", "--db", path, "check"]
    first = subprocess.run(run, capture_output=True, text=True, check=False)
    assert first.returncode == 1 and "search index: NEEDS REPAIR" in first.stdout
    second = subprocess.run([*run, "--repair"], capture_output=True, text=True, check=False)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "search index: rebuilt" in second.stdout and "search index: intact" in second.stdout
    db = open_database(path)
    try:
        with db.reading() as s:
            assert s.execute(select(func.count()).select_from(Worker).where(search_index.workers("王磊"))).scalar() == 1
            assert s.execute(text("SELECT action FROM audit_event ORDER BY id DESC LIMIT 1")).scalar() == "repair"
    finally:
        db.dispose()
