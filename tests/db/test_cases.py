"""Cases on a real database: numbering, intake, stage moves, closing rules, reopening, derived totals."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from casedesk.db.database import Database
from casedesk.db.models import AuditEvent, Case, CaseEvent, CaseParty, Claim, Consultation, Staff
from casedesk.domain.validators import ValidationError
from casedesk.services import cases, organization
from casedesk.services.actor import SYSTEM, Actor, PermissionDenied
from casedesk.services.case_view import get_case
from casedesk.services.cases import CaseChanged, ClaimLine

VIEWER = Actor(staff_id=None, name="查看员", role="viewer")
CLERK = Actor(staff_id=None, name="办事员", role="staff")


def _open(session, **kw):
    values = dict(source="walk_in", enterprise_name="铁锋区顺达物流有限公司", applicant_name="王磊",
                  applicant_phone="13812345678", categories=["劳动报酬"], intake_date=date(2025, 3, 3))
    values.update(kw)
    return cases.open_case(session, SYSTEM, **values)


def test_numbers_follow_the_org_pattern_per_intake_year(db: Database) -> None:
    with db.transaction() as s:
        organization.update_org(s, SYSTEM, case_number_pattern="铁工法援〔{year}〕{seq}号")
        a = _open(s)
        b = _open(s, applicant_name="李娜", applicant_phone="13912345678")
        c = _open(s, intake_date=date(2024, 12, 30))
    assert (a.case_number, b.case_number, c.case_number) == ("铁工法援〔2025〕1号", "铁工法援〔2025〕2号", "铁工法援〔2024〕1号")


def test_open_case_links_parties_categories_claims_and_consultation(db: Database) -> None:
    with db.transaction() as s:
        consult = Consultation(received_at=datetime(2025, 3, 1, 1, tzinfo=__import__("datetime").timezone.utc), channel="hotline_12351")
        s.add(consult)
        s.flush()
        result = _open(s, credit_code="9111010500000000AT"[:-1] + "T", categories=["劳动报酬", "经济补偿赔偿金", "wages"],
                       claims=[ClaimLine("拖欠工资", 1_234_50), ClaimLine("severance", 5_000_00, note="N+1")],
                       consultation_id=consult.id, lawyer="张律师", description="拖欠三个月工资")
    with db.reading() as s:
        detail = get_case(s, result.id, today=date(2025, 3, 10))
        assert detail.enterprise_name == "铁锋区顺达物流有限公司"
        assert [p.name for p in detail.parties] == ["王磊"] and detail.parties[0].role == "applicant"
        assert detail.categories == ["wages", "compensation"]
        assert [(c.kind, c.claimed_fen) for c in detail.claims] == [("wages", 123450), ("severance", 500000)]
        assert detail.totals.claimed_fen == 623450 and detail.totals.recovered_fen == 0
        assert detail.stage == "intake" and detail.lawyer == "张律师"
        assert [c.id for c in detail.consultations] == [consult.id]
        row = s.get(Consultation, consult.id)
        assert row.case_id == result.id and row.status == "to_case"
        audit_row = s.scalars(select(AuditEvent).where(AuditEvent.entity == "case", AuditEvent.action == "create")).one()
        assert json.loads(audit_row.changes)["case_number"][1] == result.case_number


def test_open_case_refuses_bad_input_with_the_field_named(db: Database) -> None:
    with db.transaction() as s:
        with pytest.raises(ValidationError, match="案件来源"):
            _open(s, source="电视台")
        with pytest.raises(ValidationError, match="争议类别"):
            _open(s, categories=["打架"])
        with pytest.raises(ValidationError, match="受理日期"):
            _open(s, intake_date=date.today() + timedelta(days=2))
        with pytest.raises(ValidationError, match="集体案件"):
            _open(s, is_collective=True, worker_count=1)
        with pytest.raises(ValidationError, match="手机号码|电话"):
            _open(s, applicant_phone="12345")
        with pytest.raises(ValidationError, match="挽回金额不能超过"):
            _open(s, claims=[ClaimLine("wages", 100_00, 200_00)])
        with pytest.raises(PermissionDenied):
            cases.open_case(s, VIEWER, source="walk_in")
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0


def test_ten_workers_make_a_collective_case(db: Database) -> None:
    with db.transaction() as s:
        result = _open(s, worker_count=12, is_collective=False)
        assert s.get(Case, result.id).is_collective


def test_a_consultation_turns_into_one_case_only(db: Database) -> None:
    from datetime import timezone

    with db.transaction() as s:
        consult = Consultation(received_at=datetime(2025, 3, 1, tzinfo=timezone.utc), channel="walk_in")
        s.add(consult)
        s.flush()
        first = _open(s, consultation_id=consult.id)
        with pytest.raises(ValidationError, match=first.case_number.replace("〔", ".").replace("〕", ".")):
            _open(s, consultation_id=consult.id)


def test_stage_moves_forward_or_skip_and_write_events_and_audit(db: Database) -> None:
    with db.transaction() as s:
        cid = _open(s).id
    with db.transaction() as s:
        cases.move_stage(s, SYSTEM, cid, "调查核实", on_date=date(2025, 3, 4))
        cases.move_stage(s, SYSTEM, cid, "mediation", on_date=date(2025, 3, 10), note="街道调解委员会")
        with pytest.raises(ValidationError, match="不能退回"):
            cases.move_stage(s, SYSTEM, cid, "协商")
        with pytest.raises(ValidationError, match="已处于"):
            cases.move_stage(s, SYSTEM, cid, "调解")
        with pytest.raises(ValidationError, match="结案须使用"):
            cases.move_stage(s, SYSTEM, cid, "结案")
        with pytest.raises(ValidationError, match="早于受理日期"):
            cases.move_stage(s, SYSTEM, cid, "仲裁", on_date=date(2025, 3, 1))
        cases.move_stage(s, SYSTEM, cid, "仲裁", on_date=date(2025, 3, 26))
    with db.reading() as s:
        case = s.get(Case, cid)
        assert case.stage == "arbitration"
        # Entering 调解 and 仲裁 dated the applications the statutory deadlines run from.
        assert case.mediation_applied_date == date(2025, 3, 10) and case.arbitration_applied_date == date(2025, 3, 26)
        summaries = s.scalars(select(CaseEvent.summary).where(CaseEvent.case_id == cid, CaseEvent.kind == "stage").order_by(CaseEvent.id)).all()
        assert summaries == ["阶段：受理 → 调查核实", "阶段：调查核实 → 调解。街道调解委员会", "阶段：调解 → 仲裁"]
        moves = s.scalars(select(AuditEvent.changes).where(AuditEvent.action == "stage").order_by(AuditEvent.id)).all()
        assert [json.loads(m)["stage"] for m in moves] == [["intake", "investigation"], ["investigation", "mediation"], ["mediation", "arbitration"]]


def test_closing_needs_outcome_fitting_the_stage_and_every_recovered_amount(db: Database) -> None:
    with db.transaction() as s:
        cid = _open(s, worker_count=3, is_collective=True,
                    claims=[ClaimLine("wages", 30_000_00), ClaimLine("overtime", 6_000_00)]).id
        wages, overtime = s.scalars(select(Claim.id).where(Claim.case_id == cid).order_by(Claim.id)).all()
    with db.transaction() as s:
        with pytest.raises(ValidationError, match="处理结果"):
            cases.close_case(s, SYSTEM, cid, outcome="")
        with pytest.raises(ValidationError, match="进入“仲裁”阶段"):
            cases.close_case(s, SYSTEM, cid, outcome="仲裁裁决支持", closed_date=date(2025, 4, 1), recovered={wages: 0, overtime: 0})
        with pytest.raises(ValidationError, match="加班费"):
            cases.close_case(s, SYSTEM, cid, outcome="协商和解", closed_date=date(2025, 4, 1), recovered={wages: 30_000_00})
        with pytest.raises(ValidationError, match="不能超过诉求金额"):
            cases.close_case(s, SYSTEM, cid, outcome="协商和解", closed_date=date(2025, 4, 1), recovered={wages: 40_000_00, overtime: 0})
        with pytest.raises(ValidationError, match="早于受理日期"):
            cases.close_case(s, SYSTEM, cid, outcome="协商和解", closed_date=date(2025, 3, 1), recovered={wages: 0, overtime: 0})
        cases.close_case(s, SYSTEM, cid, outcome="协商和解", closed_date=date(2025, 4, 1),
                         recovered={wages: 25_000_00, overtime: 0}, note="分两期支付")
    with db.reading() as s:
        detail = get_case(s, cid, today=date(2025, 4, 2))
        assert detail.stage == "closed" and detail.outcome == "settled" and detail.closed_date == date(2025, 4, 1)
        assert detail.totals.claimed_fen == 36_000_00 and detail.totals.recovered_fen == 25_000_00
        assert detail.totals.workers_involved == 3 and detail.totals.workers_benefited == 3
        assert detail.deadlines == []
    with db.transaction() as s:
        with pytest.raises(ValidationError, match="已结案"):
            cases.add_claim(s, SYSTEM, cid, ClaimLine("wages", 1_00))
        with pytest.raises(ValidationError, match="已结案"):
            cases.move_stage(s, SYSTEM, cid, "仲裁")
        # A follow-up call after closing still goes on the timeline.
        cases.add_event(s, SYSTEM, cid, kind="电话", summary="回访：第二期已支付")


def test_withdrawn_without_money_benefits_nobody(db: Database) -> None:
    with db.transaction() as s:
        cid = _open(s, worker_count=2, is_collective=True).id
        cases.close_case(s, SYSTEM, cid, outcome="撤回", closed_date=date(2025, 3, 5), recovered={})
    with db.reading() as s:
        totals = get_case(s, cid).totals
        assert (totals.workers_involved, totals.workers_benefited, totals.recovered_fen) == (2, 0, 0)


def test_reopen_needs_a_reason_and_returns_to_the_stage_it_closed_from(db: Database) -> None:
    with db.transaction() as s:
        cid = _open(s).id
        cases.move_stage(s, SYSTEM, cid, "调解", on_date=date(2025, 3, 5))
        cases.close_case(s, SYSTEM, cid, outcome="调解成功", closed_date=date(2025, 3, 12), recovered={})
    with db.transaction() as s:
        with pytest.raises(ValidationError, match="原因"):
            cases.reopen_case(s, SYSTEM, cid, reason="  ")
        result = cases.reopen_case(s, SYSTEM, cid, reason="单位未按调解协议付款", on_date=date(2025, 3, 20))
        assert result.stage == "mediation"
        with pytest.raises(ValidationError, match="尚未结案"):
            cases.reopen_case(s, SYSTEM, cid, reason="再来一次")
    with db.reading() as s:
        case = s.get(Case, cid)
        assert case.outcome is None and case.closed_date is None
        row = s.scalars(select(AuditEvent).where(AuditEvent.action == "reopen")).one()
        assert json.loads(row.changes)["reason"] == [None, "单位未按调解协议付款"]
        assert json.loads(row.changes)["outcome"] == ["mediated", None]


def test_update_case_checks_dates_and_versions(db: Database) -> None:
    with db.transaction() as s:
        result = _open(s)
    with db.transaction() as s:
        with pytest.raises(ValidationError, match="仲裁受理日期.*不能早于申请仲裁日期"):
            cases.update_case(s, SYSTEM, result.id, arbitration_applied_date=date(2025, 3, 10), arbitration_accepted_date=date(2025, 3, 9))
    with db.transaction() as s:
        updated = cases.update_case(s, SYSTEM, result.id, expected_version=result.version,
                                    infringement_known_date=date(2025, 2, 1), categories=["社会保险"], worker_count=4,
                                    is_collective=True, enterprise_name="另一家公司", lawyer="李律师")
    with db.transaction() as s:
        with pytest.raises(CaseChanged, match="已被他人修改"):
            cases.update_case(s, SYSTEM, result.id, expected_version=result.version, lawyer="王律师")
    with db.reading() as s:
        detail = get_case(s, result.id, today=date(2025, 3, 10))
        assert updated.version > result.version
        assert detail.enterprise_name == "另一家公司" and detail.categories == ["social_insurance"] and detail.is_collective
        assert [d.key for d in detail.deadlines] == ["limitation"] and detail.deadlines[0].due == date(2026, 2, 2)
        assert detail.deadlines[0].days_left == (date(2026, 2, 2) - date(2025, 3, 10)).days


def test_parties_claims_and_timeline(db: Database) -> None:
    with db.transaction() as s:
        cid = _open(s, worker_count=12).id
        rep = cases.add_party(s, SYSTEM, cid, name="赵强", phone="13700001111", role="职工代表")
        with pytest.raises(ValidationError, match="已是本案的职工代表"):
            cases.add_party(s, SYSTEM, cid, name="赵强", phone="13700001111", role="representative")
        claim = cases.add_claim(s, SYSTEM, cid, ClaimLine("加班费", 8_000_00))
        cases.update_claim(s, SYSTEM, claim, ClaimLine("加班费", 9_000_00, 1_000_00, "部分已付"))
        event = cases.add_event(s, SYSTEM, cid, kind="会谈", summary="与单位人事约谈", occurred_at=datetime(2025, 3, 4, 15, 30))
        cases.update_event(s, SYSTEM, event, kind="meeting", summary="与单位人事经理约谈")
        with pytest.raises(ValidationError, match="阶段变更记录"):
            cases.add_event(s, SYSTEM, cid, kind="stage", summary="x")
    with db.reading() as s:
        detail = get_case(s, cid)
        assert [(p.name, p.role) for p in detail.parties] == [("王磊", "applicant"), ("赵强", "representative")]
        assert detail.totals.claimed_fen == 9_000_00 and detail.totals.recovered_fen == 1_000_00
        (ev,) = detail.events
        assert ev.summary == "与单位人事经理约谈" and ev.occurred_local == "2025-03-04 15:30"
    with db.transaction() as s:
        cases.remove_party(s, SYSTEM, rep.id)
        cases.remove_claim(s, SYSTEM, claim)
        cases.delete_event(s, SYSTEM, event)
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(CaseParty).where(CaseParty.case_id == cid)) == 1
        assert get_case(s, cid).events == []


def test_deleted_cases_leave_gaps_that_are_reported_not_refilled(db: Database) -> None:
    with db.transaction() as s:
        ids = [_open(s, applicant_name=f"职工{i}", applicant_phone=f"1381234567{i}").id for i in range(3)]
    with db.transaction() as s:
        with pytest.raises(PermissionDenied):
            cases.delete_case(s, CLERK, ids[1], reason="重复登记")
        cases.delete_case(s, SYSTEM, ids[1], reason="重复登记")
    with db.transaction() as s:
        assert cases.number_gaps(s, 2025) == ["法援〔2025〕2号"]
        assert _open(s).case_number == "法援〔2025〕4号"


def test_historical_numbers_are_kept_and_move_the_sequence_on(db: Database) -> None:
    with db.transaction() as s:
        organization.update_org(s, SYSTEM, case_number_pattern="铁工法援〔{year}〕{seq}号")
        _open(s, case_number="铁工法援[2025]17号")
        _open(s, case_number="老编号-2019-3", intake_date=date(2019, 5, 6))
        with pytest.raises(ValidationError, match="已存在"):
            _open(s, case_number="铁工法援〔2025〕17号")
        assert _open(s).case_number == "铁工法援〔2025〕18号"
        assert cases.find_by_number(s, "铁工法援[2025]17号") is not None


def test_handler_defaults_to_the_acting_account(db: Database) -> None:
    with db.transaction() as s:
        org = organization.current_org(s)
        staff = Staff(organization_id=org.id, login="wl", display_name="王丽")
        s.add(staff)
        s.flush()
        actor = Actor(staff.id, "王丽", "staff")
        result = cases.open_case(s, actor, source="hotline", applicant_name="张三")
        assert s.get(Case, result.id).handler_id == staff.id
        assert [c.name for c in cases.handler_choices(s)] == ["王丽"]
