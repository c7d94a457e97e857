"""Duplicate employers and workers: found by blocking keys with scores and reasons, merged, and the merge undone."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from casedesk.db.database import Database
from casedesk.db.models import AuditEvent, Case, CaseParty, Consultation, Enterprise, SupervisionNotice, Worker
from casedesk.domain.name_keys import enterprise_core, region_words
from casedesk.domain.validators import ValidationError, credit_check_char, id_check_char
from casedesk.services import audit, cases, duplicates, notices
from casedesk.services import consultations as consult
from casedesk.services.actor import SYSTEM, Actor, PermissionDenied
from casedesk.services.consultations import ConsultationFields

CST = timezone(timedelta(hours=8))
VIEWER = Actor(staff_id=None, name="查看员", role="viewer")


def credit(body: str) -> str:
    return body + credit_check_char(body)


def idn(body: str) -> str:
    return body + id_check_char(body)


CODE_A = credit("91230204MA1B2C3D4")
CODE_B = credit("91230204MA1B2C3D5")
CODE_C = credit("91230204MA1B2C3D6")
ID_1 = idn("23020419850312001")
ID_2 = idn("23020419900101002")


def _enterprise(s, name: str, code: str | None = None, address: str = "") -> int:
    ent = Enterprise(name=name, credit_code=code, address=address)
    s.add(ent)
    s.flush()
    return ent.id


def _worker(s, name: str, phone: str | None = None, id_number: str | None = None, enterprise_id: int | None = None) -> int:
    w = Worker(name=name, phone=phone, id_number=id_number, enterprise_id=enterprise_id)
    s.add(w)
    s.flush()
    return w.id


def _call(s, *, enterprise_id: int | None = None, caller_id: int | None = None, question: str = "拖欠工资") -> int:
    fields = ConsultationFields(received_at=datetime(2025, 3, 3, 9, 30, tzinfo=CST), enterprise_id=enterprise_id,
                                caller_id=caller_id, question=question, category="劳动报酬")
    return consult.log_consultation(s, SYSTEM, fields).id


def _pairs(result: duplicates.FindResult) -> dict[frozenset[int], duplicates.Candidate]:
    return {frozenset((c.first_id, c.second_id)): c for c in result.candidates}


def test_name_core_strips_region_brackets_and_company_form() -> None:
    assert enterprise_core("哈尔滨市某某物流有限公司") == enterprise_core("某某物流公司") == "某某物流"
    assert enterprise_core("某某物流（哈尔滨）有限公司") == "某某物流"
    assert enterprise_core("黑龙江省齐齐哈尔市鑫源物流集团有限公司") == "鑫源物流"
    assert enterprise_core("齐齐哈尔市铁锋区泰达烧烤店") == "泰达烧烤店"
    assert enterprise_core("ＡＢＣ 物流 有限公司") == "ABC物流"
    # Never cut to a bare trade word, and never into a brand that merely contains 市 or 区.
    assert enterprise_core("哈尔滨物流有限公司") == "哈尔滨物流"
    assert enterprise_core("华联超市有限公司") == "华联超市"
    assert enterprise_core("某某物流哈尔滨分公司") == "某某物流哈尔滨分公司"
    # The office's own district, written with or without its city.
    assert region_words("齐齐哈尔市铁锋区总工会") == ("齐齐哈尔市", "齐齐哈尔", "铁锋区")
    assert enterprise_core("铁锋区顺达物流有限公司", region_words("齐齐哈尔市铁锋区总工会")) == "顺达物流"


def test_enterprises_typed_twice_are_found_with_scores_and_reasons(db: Database) -> None:
    with db.transaction() as s:
        a = _enterprise(s, "哈尔滨市某某物流有限公司", address="道里区安平街 8 号")
        b = _enterprise(s, "某某物流公司", CODE_A, address="道里区安平街8号")
        c = _enterprise(s, "哈尔滨宏达建筑工程有限公司")
        d = _enterprise(s, "宏达建筑工程有限责任公司")
        near = _enterprise(s, "鹤城瑞丰餐饮管理有限公司")
        near2 = _enterprise(s, "鹤城瑞丰餐饮服务管理有限公司")
        # Same core, two valid different codes: two legal entities, never proposed.
        _enterprise(s, "黑龙江鑫源物流有限公司", CODE_B)
        _enterprise(s, "齐齐哈尔鑫源物流有限公司", CODE_C)
        _enterprise(s, "华联超市有限公司")
    with db.reading() as s:
        found = duplicates.find(s, "enterprise")
    pairs = _pairs(found)
    assert found.records == 9
    ab = pairs[frozenset((a, b))]
    assert ab.score >= 90 and "去掉地区和公司类型后名称相同：某某物流" in ab.reasons and "地址相同" in ab.reasons
    assert (ab.first_name, ab.second_name) == ("哈尔滨市某某物流有限公司", "某某物流公司")
    assert pairs[frozenset((c, d))].score == 85
    assert any(r.startswith("名称相近") for r in pairs[frozenset((near, near2))].reasons)
    assert len(pairs) == 3  # neither 鑫源 pair, nor 华联超市 with anything
    assert found.candidates[0].first_id == a  # best first


def test_workers_typed_twice_are_found_by_id_number_phone_and_employer(db: Database) -> None:
    with db.transaction() as s:
        ent = _enterprise(s, "某某物流公司")
        w1 = _worker(s, "王磊", "13812345678", ID_1)
        w2 = _worker(s, "王 磊", None, ID_1)  # same 身份证号
        w3 = _worker(s, "王磊", "13812345678")  # same name and phone as w1
        w4 = _worker(s, "李娜", "13812345678")  # same phone, another name: weaker
        w5 = _worker(s, "张伟", None, None, ent)
        w6 = _worker(s, "张伟", "13900000001", None, ent)  # same name at the same employer
        _worker(s, "赵敏", None, ID_2, ent)
        _worker(s, "赵敏", None, idn("23020419900101003"), ent)  # two people: different 身份证号
    with db.reading() as s:
        pairs = _pairs(duplicates.find(s, "worker"))
    assert pairs[frozenset((w1, w2))].score == 100 and pairs[frozenset((w1, w2))].reasons == ("身份证号相同",)
    assert pairs[frozenset((w1, w3))].score == 90
    assert pairs[frozenset((w1, w4))].score == 50 and "姓名不同" in pairs[frozenset((w1, w4))].reasons[0]
    assert pairs[frozenset((w5, w6))].score == 60
    assert not any("赵敏" in (c.first_name, c.second_name) for c in pairs.values())


def test_merging_an_employer_moves_every_record_and_undo_puts_them_back(db: Database) -> None:
    with db.transaction() as s:
        merged = _enterprise(s, "哈尔滨市某某物流有限公司", CODE_A, address="道里区安平街8号")
        survivor = _enterprise(s, "某某物流公司")
        other = _enterprise(s, "别的单位有限公司")
        calls = [_call(s, enterprise_id=merged), _call(s, enterprise_id=merged, question="加班费")]
        own_call = _call(s, enterprise_id=survivor)
        case_id = cases.open_case(s, SYSTEM, source="来访", enterprise_name="哈尔滨市某某物流有限公司",
                                  applicant_name="王磊", applicant_phone="13812345678").id
        notice_id = notices.draft_notice(s, SYSTEM, kind="reminder", enterprise_id=merged, facts="拖欠工资").id
        worker = _worker(s, "李娜", enterprise_id=merged)
        case_version = s.get(Case, case_id).version
    with db.reading() as s:
        comparison = duplicates.compare(s, "enterprise", merged, survivor)
        assert comparison.suggested_survivor == merged  # more records point at it
        assert dict(comparison.first.links) == {"咨询": 2, "案件": 1, "一函两书": 1, "职工": 2}
    with db.transaction() as s:
        result = duplicates.merge(s, SYSTEM, "enterprise", survivor, merged)
    assert result.moved == {"咨询": 2, "案件": 1, "一函两书": 1, "职工": 2}
    with db.reading() as s:
        assert s.get(Enterprise, merged) is None
        kept = s.get(Enterprise, survivor)
        assert kept.name == "某某物流公司" and kept.credit_code == CODE_A and kept.address == "道里区安平街8号"
        assert set(s.scalars(select(Consultation.enterprise_id).where(Consultation.id.in_([*calls, own_call])))) == {survivor}
        assert s.get(Case, case_id).enterprise_id == survivor and s.get(Case, case_id).version == case_version + 1
        assert s.get(SupervisionNotice, notice_id).enterprise_id == survivor
        assert s.get(Worker, worker).enterprise_id == survivor
        event = s.get(AuditEvent, result.audit_id)
        changes = json.loads(event.changes)
        assert (event.action, event.entity, event.entity_id) == ("merge", "enterprise", survivor)
        assert changes["merged"][0]["name"] == "哈尔滨市某某物流有限公司" and changes["merged"][0]["credit_code"] == CODE_A
        assert changes["links"][0]["consultation.enterprise_id"] == sorted(calls)
        assert [h.undone for h in duplicates.merge_history(s)] == [False]
    # Meanwhile a clerk corrects one consultation to another employer: undo leaves that one where it is.
    with db.transaction() as s:
        s.get(Consultation, calls[1]).enterprise_id = other
    with db.transaction() as s:
        undo = duplicates.undo_merge(s, SYSTEM, result.audit_id)
    assert (undo.restored_id, undo.not_moved_back) == (merged, 1)
    with db.reading() as s:
        back = s.get(Enterprise, merged)
        assert (back.name, back.credit_code, back.address) == ("哈尔滨市某某物流有限公司", CODE_A, "道里区安平街8号")
        kept = s.get(Enterprise, survivor)
        assert kept.credit_code is None and kept.address == ""  # what the merge filled in is taken back
        assert s.get(Consultation, calls[0]).enterprise_id == merged
        assert s.get(Consultation, calls[1]).enterprise_id == other
        assert s.get(Consultation, own_call).enterprise_id == survivor
        assert s.get(Case, case_id).enterprise_id == merged
        assert s.get(SupervisionNotice, notice_id).enterprise_id == merged
        assert s.get(Worker, worker).enterprise_id == merged
        assert [h.undone for h in duplicates.merge_history(s)] == [True]
        assert audit.verify_chain(s) == []
    with db.transaction() as s:
        with pytest.raises(ValidationError, match="已经撤销过"):
            duplicates.undo_merge(s, SYSTEM, result.audit_id)


def test_merging_workers_moves_calls_and_case_parties_without_doubling_a_party(db: Database) -> None:
    with db.transaction() as s:
        case_id = cases.open_case(s, SYSTEM, source="来访", applicant_name="王磊", applicant_phone="13812345678").id
        survivor = s.scalar(select(CaseParty.worker_id).where(CaseParty.case_id == case_id))
        merged = _worker(s, "王磊", None, ID_1)
        cases.add_party(s, SYSTEM, case_id, name="王磊", id_number=ID_1)  # the same man typed again
        second_case = cases.open_case(s, SYSTEM, source="来访", applicant_name="王磊", applicant_id_number=ID_1).id
        call = _call(s, caller_id=merged)
    with db.transaction() as s:
        result = duplicates.merge(s, SYSTEM, "worker", survivor, merged)
    assert result.moved == {"咨询": 1, "案件当事人": 1}
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(CaseParty).where(CaseParty.case_id == case_id)) == 1
        assert s.scalar(select(CaseParty.worker_id).where(CaseParty.case_id == second_case)) == survivor
        assert s.get(Consultation, call).caller_id == survivor
        assert s.get(Worker, survivor).id_number == ID_1
    with db.transaction() as s:
        duplicates.undo_merge(s, SYSTEM, result.audit_id)
    with db.reading() as s:
        assert sorted(s.scalars(select(CaseParty.worker_id).where(CaseParty.case_id == case_id))) == sorted([survivor, merged])
        assert s.scalar(select(CaseParty.worker_id).where(CaseParty.case_id == second_case)) == merged
        assert s.get(Consultation, call).caller_id == merged
        assert s.get(Worker, survivor).id_number is None and s.get(Worker, merged).id_number == ID_1


def test_merge_refuses_two_identities_viewers_and_missing_records_and_dismissed_pairs_stay_away(db: Database) -> None:
    with db.transaction() as s:
        a = _worker(s, "赵敏", None, ID_1)
        b = _worker(s, "赵敏", None, ID_2)
        c = _worker(s, "孙强", "13900000002")
        d = _worker(s, "孙强", "13900000002")
    with db.transaction() as s:
        with pytest.raises(ValidationError, match="身份证号不同"):
            duplicates.merge(s, SYSTEM, "worker", a, b)
        with pytest.raises(ValidationError, match="不同的记录"):
            duplicates.merge(s, SYSTEM, "worker", a, a)
        with pytest.raises(ValidationError, match="已不存在"):
            duplicates.merge(s, SYSTEM, "worker", a, 99_999)
        with pytest.raises(PermissionDenied):
            duplicates.merge(s, VIEWER, "worker", c, d)
        with pytest.raises(ValidationError, match="不是一次合并"):
            duplicates.undo_merge(s, SYSTEM, 1)
    with db.transaction() as s:
        assert frozenset((c, d)) in _pairs(duplicates.find(s, "worker"))
        duplicates.dismiss(s, SYSTEM, "worker", d, c)
    with db.reading() as s:
        assert frozenset((c, d)) not in _pairs(duplicates.find(s, "worker"))


def test_undo_waits_for_a_later_merge_of_the_survivor_to_be_undone_first(db: Database) -> None:
    with db.transaction() as s:
        a = _enterprise(s, "某某物流公司")
        b = _enterprise(s, "哈尔滨某某物流有限公司")
        c = _enterprise(s, "某某物流有限责任公司")
        call = _call(s, enterprise_id=a)
    with db.transaction() as s:
        first = duplicates.merge(s, SYSTEM, "enterprise", b, a)
    with db.transaction() as s:
        second = duplicates.merge(s, SYSTEM, "enterprise", c, b)
    with db.transaction() as s:
        with pytest.raises(ValidationError, match="先撤销之后的那次合并"):
            duplicates.undo_merge(s, SYSTEM, first.audit_id)
    with db.transaction() as s:
        duplicates.undo_merge(s, SYSTEM, second.audit_id)
    with db.transaction() as s:
        duplicates.undo_merge(s, SYSTEM, first.audit_id)
    with db.reading() as s:
        assert s.get(Consultation, call).enterprise_id == a
        assert {e.name for e in s.scalars(select(Enterprise))} == {"某某物流公司", "哈尔滨某某物流有限公司", "某某物流有限责任公司"}
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "unmerge")) == 2


def test_the_command_line_lists_merges_and_undoes(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    from casedesk.cli import main as cli_main

    with db.transaction() as s:
        kept = _enterprise(s, "某某物流公司", CODE_A)
        typed_again = _enterprise(s, "哈尔滨市某某物流有限公司")
        _call(s, enterprise_id=typed_again)
    path = db.url.render_as_string(hide_password=False)
    db.dispose()
    assert cli_main(["--db", path, "duplicates", "list", "enterprises"]) == 0
    assert f"#{kept} 某某物流公司  |  #{typed_again} 哈尔滨市某某物流有限公司" in capsys.readouterr().out
    assert cli_main(["--db", path, "duplicates", "merge", "enterprises", str(kept), str(typed_again)]) == 0
    out = capsys.readouterr().out
    assert "咨询 1" in out
    audit_id = out.rsplit(" ", 1)[1].strip()
    assert cli_main(["--db", path, "duplicates", "undo", audit_id]) == 0
    assert "moved back 1 row" in capsys.readouterr().out
    assert cli_main(["--db", path, "duplicates", "undo", audit_id]) == 1
    assert "已经撤销过" in capsys.readouterr().err
    assert cli_main(["--db", path, "duplicates", "history"]) == 0
    assert "undone" in capsys.readouterr().out
