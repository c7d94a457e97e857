"""The Ctrl+K search across kinds: names, phone and ID fragments, case and document numbers, employer initials."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from casedesk.db.database import Database
from casedesk.domain.validators import id_check_char
from casedesk.services import cases, global_search, listing, notices, organization, parties
from casedesk.services import consultations as consult
from casedesk.services.actor import SYSTEM
from casedesk.services.consultations import ConsultationFields
from tests.db.test_notices import LABOUR_CONTRACT_30

CST = timezone(timedelta(hours=8))
ID_1 = "23020419850312001" + id_check_char("23020419850312001")


def _office(db: Database) -> dict[str, int]:
    with db.transaction() as s:
        organization.update_org(s, SYSTEM, name="铁锋区总工会", reminder_number_pattern="铁工监提〔{year}〕{seq}号",
                                case_number_pattern="铁工法援〔{year}〕{seq}号")
        ent = parties.find_or_create_enterprise(s, SYSTEM, "哈尔滨市顺达物流有限公司", "91230200MA1B2C3D4E")
        other = parties.find_or_create_enterprise(s, SYSTEM, "鹤城餐饮管理有限公司")
        call = consult.log_consultation(s, SYSTEM, ConsultationFields(
            received_at=datetime(2025, 3, 3, 9, 30, tzinfo=CST), caller_name="王磊", caller_phone="13812345678",
            caller_id_number=ID_1, enterprise_name="哈尔滨市顺达物流有限公司", category="劳动报酬", question="拖欠两个月工资",
        )).id
        quiet = consult.log_consultation(s, SYSTEM, ConsultationFields(
            received_at=datetime(2025, 3, 4, 10, 0, tzinfo=CST), caller_name="李娜", caller_phone="13900001111",
            enterprise_name="鹤城餐饮管理有限公司", question="年休假",
        )).id
        case = cases.open_case(s, SYSTEM, source="来访", enterprise_name="哈尔滨市顺达物流有限公司", applicant_name="王磊",
                               applicant_phone="13812345678", applicant_id_number=ID_1, intake_date=date(2025, 3, 5)).id
        notice = notices.draft_notice(s, SYSTEM, kind="提示函", enterprise_id=ent.id, facts="拖欠工资",
                                      legal_basis=[LABOUR_CONTRACT_30], demands="立即支付", violations=["劳动报酬"]).id
        notices.issue_notice(s, SYSTEM, notice, issued_on=date(2025, 9, 1))
        draft = notices.draft_notice(s, SYSTEM, kind="提示函", enterprise_id=other.id, facts="未安排年休假").id
    return {"call": call, "quiet": quiet, "case": case, "notice": notice, "draft": draft, "enterprise": ent.id,
            "other": other.id}


def _found(db: Database, text: str) -> dict[str, list[int]]:
    with db.reading() as s:
        return {r.kind: [h.id for h in r.hits] for r in global_search.search(s, text)}


def test_one_box_finds_every_kind_by_name_phone_id_numbers_and_initials(db: Database) -> None:
    ids = _office(db)
    with db.reading() as s:
        worker = s.get(listing.get_spec("workers").entity, s.get(listing.get_spec("consultations").entity, ids["call"]).caller_id)
        worker_id = worker.id
    by_name = _found(db, "王磊")
    assert by_name["consultations"] == [ids["call"]] and by_name["cases"] == [ids["case"]]
    assert by_name["workers"] == [worker_id] and "notices" not in by_name
    by_phone = _found(db, "2345 678")
    assert by_phone["consultations"] == [ids["call"]] and by_phone["cases"] == [ids["case"]]
    assert by_phone["workers"] == [worker_id]
    by_id = _found(db, "19850312")
    assert by_id["cases"] == [ids["case"]] and by_id["workers"] == [worker_id]
    assert by_id.get("consultations", [ids["call"]]) == [ids["call"]] and "notices" not in by_id
    assert _found(db, "铁工法援〔2025〕1号") == {"cases": [ids["case"]]}
    assert _found(db, "〔2025〕1号") == {"cases": [ids["case"]], "notices": [ids["notice"]]}
    assert _found(db, "铁工监提") == {"notices": [ids["notice"]]}
    by_employer = _found(db, "顺达物流")
    assert by_employer["enterprises"] == [ids["enterprise"]] and by_employer["notices"] == [ids["notice"]]
    assert by_employer["consultations"] == [ids["call"]] and by_employer["cases"] == [ids["case"]]
    assert _found(db, "hebs")["enterprises"] == [ids["enterprise"]]  # 哈尔滨市… by pinyin initials
    assert _found(db, "MA1B2C")["enterprises"] == [ids["enterprise"]]  # a 信用代码 fragment
    assert _found(db, "鹤城餐饮") == {"consultations": [ids["quiet"]], "notices": [ids["draft"]],
                                      "enterprises": [ids["other"]]}


def test_hits_read_like_the_lists_and_stop_at_the_limit(db: Database) -> None:
    ids = _office(db)
    with db.transaction() as s:
        for day in range(1, 8):
            consult.log_consultation(s, SYSTEM, ConsultationFields(
                received_at=datetime(2025, 4, day, 9, 0, tzinfo=CST), caller_name="王磊", caller_phone="13812345678",
                question=f"第{day}次来电",
            ))
    with db.reading() as s:
        calls = global_search.search_kind(s, "consultations", "王磊")
        assert len(calls.hits) == global_search.PER_KIND and calls.more
        assert calls.hits[0].title.startswith("王磊 · 2025-04-07")  # newest first, as the list sorts
        assert "138****5678" in calls.hits[0].detail  # masked as in the list
        worker_hit = global_search.search_kind(s, "workers", "王磊").hits[0]
        assert "230204********" in worker_hit.detail
        draft = global_search.search_kind(s, "notices", "鹤城").hits[0]
        assert draft.title.startswith(global_search.DRAFT_TITLE)
        assert global_search.search(s, "王") == []  # one character: wait for more
        assert global_search.search(s, '"*(AND) -%_') == []  # syntax characters are text
        assert global_search.worker_target(s, worker_hit.id) == global_search.Target("cases", ids["case"])
        caller_only = s.get(listing.get_spec("consultations").entity, ids["quiet"]).caller_id
        assert global_search.worker_target(s, caller_only) == global_search.Target("consultations", ids["quiet"])
    with db.transaction() as s:
        lone = parties.find_or_create_worker(s, SYSTEM, "赵敏", "13700000000").id
    with db.reading() as s:
        assert global_search.worker_target(s, lone) == global_search.Target("workers", lone)
