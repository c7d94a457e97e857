"""Consultations on a real database: logging, linking, referral, follow-up, case conversion, history, audit."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from casedesk.db.database import Database
from casedesk.db.models import (
    AuditEvent,
    Case,
    CaseParty,
    Consultation,
    Enterprise,
    HolidayOverride,
    Staff,
    Worker,
)
from casedesk.domain.validators import ValidationError
from casedesk.services import consultations as svc
from casedesk.services import listing, settings
from casedesk.services.actor import SYSTEM, Actor, PermissionDenied
from casedesk.services.consultations import ConsultationFields, FieldError, StaleRecord
from casedesk.services.organization import current_org

CST = timezone(timedelta(hours=8))
VIEWER = Actor(staff_id=None, name="查看员", role="viewer")


def call(**kw) -> ConsultationFields:
    """A typical 12351 call on Monday 2025-03-03 09:30 Beijing time."""
    values = {
        "received_at": datetime(2025, 3, 3, 9, 30, tzinfo=CST),
        "channel": "hotline_12351",
        "caller_name": "王磊",
        "caller_phone": "138 1234 5678",
        "enterprise_name": "铁锋区顺达物流有限公司",
        "category": "劳动报酬",
        "question": "公司拖欠两个月工资，如何维权？",
        "answer": "告知可向劳动保障监察投诉。",
        "status": "answered",
    }
    values.update(kw)
    return ConsultationFields(**values)


def _audit(s, action: str | None = None) -> list[AuditEvent]:
    stmt = select(AuditEvent).where(AuditEvent.entity == "consultation").order_by(AuditEvent.id)
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    return list(s.scalars(stmt))


def test_logging_a_call_links_caller_and_enterprise_and_is_audited(db: Database) -> None:
    with db.transaction() as s:
        r = svc.log_consultation(s, SYSTEM, call())
    with db.reading() as s:
        c = s.get(Consultation, r.id)
        assert c.caller_phone == "13812345678" and c.category == "wages" and c.status == "answered"
        assert c.followup_due is None  # answered on the spot: nothing to follow up
        assert s.get(Worker, c.caller_id).name == "王磊"
        assert s.get(Enterprise, c.enterprise_id).name == "铁锋区顺达物流有限公司"
        (created,) = _audit(s, "create")
        changes = json.loads(created.changes)
        assert changes["caller_phone"] == [None, "138****5678"]  # the trail does not spread the number
        assert changes["question"][1] == "公司拖欠两个月工资，如何维权？"
    # the same caller and enterprise again: linked, not duplicated
    with db.transaction() as s:
        r2 = svc.log_consultation(s, SYSTEM, call(received_at=datetime(2025, 3, 4, 10, 0, tzinfo=CST), caller_phone="13812345678"))
        assert (r2.caller_id, r2.enterprise_id) == (r.caller_id, r.enterprise_id)
        assert s.query(Worker).count() == 1 and s.query(Enterprise).count() == 1


def test_picked_records_are_linked_and_bare_or_anonymous_names_make_no_worker(db: Database) -> None:
    with db.transaction() as s:
        w = Worker(name="李娜", name_initials="ln", phone="13912345678")
        e = Enterprise(name="龙华建筑", name_initials="lhjz")
        s.add_all([w, e])
        s.flush()
        picked = svc.log_consultation(s, SYSTEM, call(caller_id=w.id, caller_name="", caller_phone="", enterprise_id=e.id,
                                                       enterprise_name="龙华建筑", caller_id_number="11010519491231002X"))
        bare = svc.log_consultation(s, SYSTEM, call(caller_name="张三", caller_phone=""))
        anonymous = svc.log_consultation(s, SYSTEM, call(caller_name="匿名", caller_phone="13700000000"))
    with db.reading() as s:
        c = s.get(Consultation, picked.id)
        assert (c.caller_id, c.enterprise_id, c.caller_name) == (w.id, e.id, "李娜")
        assert s.get(Worker, w.id).id_number == "11010519491231002X"  # completed on the picked record
        assert bare.caller_id is None and s.get(Consultation, bare.id).caller_name == "张三"
        assert anonymous.caller_id is None and s.get(Consultation, anonymous.id).caller_phone == "13700000000"
        assert s.query(Worker).count() == 1


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"question": "  "}, "question", "问题描述不能为空"),
        ({"caller_phone": "12345"}, "caller_phone", "联系电话："),
        ({"caller_id_number": "110105194912310021"}, "caller_id_number", "身份证号：身份证号校验位不正确"),
        ({"credit_code": "91110105000000000I"}, "credit_code", "统一社会信用代码："),
        ({"category": "火星"}, "category", "问题类别“火星”不在可选范围内"),
        ({"status": "referred"}, "referral_body", "转办时须选择转办单位"),
        ({"worker_count": 0}, "worker_count", "涉及人数至少为1"),
        ({"received_at": datetime.now(UTC) + timedelta(days=1)}, "received_at", "受理时间不能晚于当前时间"),
        ({"status": "referred", "referral_body": "仲裁", "referral_date": date(2025, 3, 1)}, "referral_body", "转办单位“仲裁”"),
        ({"status": "referred", "referral_body": "劳动人事争议仲裁委员会", "referral_date": date(2025, 3, 1)},
         "referral_date", "转办日期不能早于受理时间"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(db: Database, change: dict, field: str, message: str) -> None:
    with pytest.raises(FieldError) as err, db.transaction() as s:
        svc.log_consultation(s, SYSTEM, call(**change))
    assert err.value.field == field and message in str(err.value)
    with db.reading() as s:
        assert s.query(Consultation).count() == 0 and s.query(Worker).count() == 0


def test_viewers_cannot_log(db: Database) -> None:
    with pytest.raises(PermissionDenied), db.transaction() as s:
        svc.log_consultation(s, VIEWER, call())


def test_referral_gets_a_followup_in_working_days_and_overdue_is_counted(db: Database) -> None:
    with db.transaction() as s:
        referred = svc.log_consultation(s, SYSTEM, call(status="referred", referral_body="劳动保障监察", referral_date=date(2025, 4, 30)))
        still_open = svc.log_consultation(s, SYSTEM, call(status="open", received_at=datetime(2025, 3, 7, 16, 0, tzinfo=CST)))
        answered = svc.log_consultation(s, SYSTEM, call(received_at=datetime(2025, 3, 5, 8, 0, tzinfo=CST)))
    # 4-30 + 3 working days skips the 5-1..5-5 holiday; Friday 3-7 + 3 skips the weekend
    assert referred.followup_due == date(2025, 5, 8)
    assert still_open.followup_due == date(2025, 3, 12)
    assert answered.followup_due is None
    with db.reading() as s:
        assert listing.count(s, "consultations", {"followup_overdue": date(2025, 3, 12)}) == 0  # due today is not overdue
        assert listing.count(s, "consultations", {"followup_overdue": date(2025, 3, 13)}) == 1
        assert listing.count(s, "consultations", {"followup_overdue": date(2025, 5, 9)}) == 2
    with db.transaction() as s:
        done = svc.record_followup(s, SYSTEM, referred.id, done_on=date(2025, 5, 9), result="已足额支付", satisfaction="满意")
        assert done.status == "closed"
    with db.reading() as s:
        assert listing.count(s, "consultations", {"followup_overdue": date(2025, 6, 1)}) == 1
        c = s.get(Consultation, referred.id)
        assert (c.followup_done, c.followup_result, c.satisfaction) == (date(2025, 5, 9), "已足额支付", "satisfied")
        assert len(_audit(s, "followup")) == 1


def test_followup_rule_and_holiday_overrides_come_from_settings(db: Database) -> None:
    with db.transaction() as s:
        settings.put(s, SYSTEM, "followup_working_days", 5)
        s.add(HolidayOverride(day=date(2025, 3, 4), is_workday=False, name="停电"))
        s.flush()
        r = svc.log_consultation(s, SYSTEM, call(status="open"))
    assert r.followup_due == date(2025, 3, 11)  # 3-5,6,7,10,11 (3-4 is off)


def test_referring_later_restarts_the_followup_clock(db: Database) -> None:
    with db.transaction() as s:
        r = svc.log_consultation(s, SYSTEM, call(status="open"))
    with db.transaction() as s:
        again = svc.refer_consultation(s, SYSTEM, r.id, "法律援助中心/12348", date(2025, 3, 10), expected_version=r.version)
    assert (again.status, again.followup_due) == ("referred", date(2025, 3, 13))
    with db.reading() as s:
        (event,) = _audit(s, "refer")
        assert json.loads(event.changes)["referral_body"] == [None, "legal_aid"]
    with pytest.raises(StaleRecord), db.transaction() as s:
        svc.refer_consultation(s, SYSTEM, r.id, "人民法院", date(2025, 3, 11), expected_version=r.version)


def test_followup_refuses_future_dates_and_empty_results(db: Database) -> None:
    with db.transaction() as s:
        r = svc.log_consultation(s, SYSTEM, call(status="open"))
    with pytest.raises(FieldError, match="回访结果不能为空"), db.transaction() as s:
        svc.record_followup(s, SYSTEM, r.id, done_on=date(2025, 3, 5), result=" ")
    with pytest.raises(FieldError, match="回访日期不能晚于今天"), db.transaction() as s:
        svc.record_followup(s, SYSTEM, r.id, done_on=date.today() + timedelta(days=2), result="好")


def test_edits_are_audited_field_by_field_and_stale_saves_refused(db: Database) -> None:
    with db.transaction() as s:
        r = svc.log_consultation(s, SYSTEM, call())
    with db.reading() as s:
        detail = svc.get_consultation(s, r.id)
    assert detail.fields.caller_phone == "138****5678" and detail.masked
    edited = replace(detail.fields, answer="已告知仲裁途径。", category="社会保险")
    with db.transaction() as s:
        r2 = svc.update_consultation(s, SYSTEM, r.id, edited, expected_version=detail.version, keep_identifiers=True)
    with db.reading() as s:
        c = s.get(Consultation, r.id)
        assert c.caller_phone == "13812345678" and c.answer == "已告知仲裁途径。" and c.category == "social_insurance"
        (update,) = _audit(s, "update")
        assert set(json.loads(update.changes)) == {"answer", "category"}
    with pytest.raises(StaleRecord, match="已被其他人修改"), db.transaction() as s:
        svc.update_consultation(s, SYSTEM, r.id, edited, expected_version=detail.version, keep_identifiers=True)
    assert r2.version == detail.version + 1


def test_reveal_is_audited(db: Database) -> None:
    with db.transaction() as s:
        r = svc.log_consultation(s, SYSTEM, call(caller_id_number="11010519491231002X"))
    with db.transaction() as s:
        assert svc.reveal_identifiers(s, SYSTEM, r.id) == ("13812345678", "11010519491231002X")
    with db.reading() as s:
        assert len(_audit(s, "reveal")) == 1


def test_turning_into_a_case_carries_everything_over_and_links_both_ways(db: Database) -> None:
    with db.transaction() as s:
        staff = Staff(organization_id=current_org(s).id, login="zm", display_name="张敏")
        s.add(staff)
        s.flush()
        staff_id = staff.id
    with db.transaction() as s:
        r = svc.log_consultation(s, SYSTEM, call(status="open", worker_count=12, handler_id=staff_id,
                                                 caller_id_number="11010519491231002X"))
        assert r.followup_due is not None
    with db.transaction() as s:
        converted = svc.convert_to_case(s, SYSTEM, r.id)
    assert converted.status == "to_case" and converted.case_number and converted.followup_due is None
    with db.reading() as s:
        case = s.get(Case, converted.case_id)
        c = s.get(Consultation, r.id)
        party = s.scalars(select(CaseParty).where(CaseParty.case_id == case.id)).one()
        assert party.worker_id == c.caller_id
        assert (case.enterprise_id, case.description, case.handler_id) == (c.enterprise_id, c.question, staff_id)
        assert case.is_collective and case.worker_count == 12 and case.source == "hotline"
        assert svc.get_consultation(s, r.id).case_number == case.case_number
    with pytest.raises(ValidationError, match="已转立案"), db.transaction() as s:
        svc.convert_to_case(s, SYSTEM, r.id)
    with pytest.raises(ValidationError, match="不能改为其他处理方式"), db.transaction() as s:
        svc.update_consultation(s, SYSTEM, r.id, call(status="answered"))


def test_choosing_to_case_when_logging_opens_the_case_in_the_same_transaction(db: Database) -> None:
    with db.transaction() as s:
        r = svc.log_consultation(s, SYSTEM, call(status="to_case", channel="来访"))
    with db.reading() as s:
        assert r.case_id is not None and s.get(Case, r.case_id).source == "walk_in"
        assert s.get(Consultation, r.id).status == "to_case"


def test_repeat_caller_history_finds_earlier_consultations_and_cases(db: Database) -> None:
    with db.transaction() as s:
        first = svc.log_consultation(s, SYSTEM, call(received_at=datetime(2025, 1, 6, 9, 0, tzinfo=CST)))
        case = svc.log_consultation(s, SYSTEM, call(received_at=datetime(2025, 2, 6, 9, 0, tzinfo=CST), status="to_case"))
        current = svc.log_consultation(s, SYSTEM, call())
        svc.log_consultation(s, SYSTEM, call(caller_name="李娜", caller_phone="13912345678"))
    with db.reading() as s:
        history = svc.caller_history(s, "138-1234-5678", exclude_id=current.id)
        assert history.is_repeat
        assert [h.id for h in history.consultations] == [case.id, first.id]
        assert [h.id for h in history.cases] == [case.case_id]
        assert history.consultations[0].title == "劳动报酬" and history.consultations[0].status == "已转立案"
        assert not svc.caller_history(s, "13700000000").is_repeat
        assert not svc.caller_history(s, "not a phone").is_repeat


def test_list_search_and_filters(db: Database) -> None:
    with db.transaction() as s:
        svc.log_consultation(s, SYSTEM, call())
        svc.log_consultation(s, SYSTEM, call(caller_name="李娜", caller_phone="13912345678", enterprise_name="龙华建筑工程",
                                             question="工伤认定怎么办？", category="工伤待遇", channel="来访",
                                             received_at=datetime(2025, 4, 1, 9, 0, tzinfo=CST)))

    def ids(**filters) -> int:
        with db.reading() as s:
            return listing.count(s, "consultations", filters)

    assert ids(search="李娜") == 1 and ids(search="138 1234") == 1 and ids(search="5678") == 2 and ids(search="顺达") == 1 and ids(search="工伤") == 1
    assert ids(search="1391234") == 1 and ids(search="100%") == 0
    assert ids(channel="walk_in") == 1 and ids(category="wages") == 1
    assert ids(received_since=datetime(2025, 3, 4, tzinfo=CST)) == 1
    assert ids(received_before=datetime(2025, 3, 4, tzinfo=CST)) == 1
    with db.reading() as s:
        handler = s.scalars(select(Consultation.handler_id)).first()
    assert ids(handler_id=handler) == 2


def test_followup_rule_is_checked_and_only_staff_may_change_it(db: Database) -> None:
    with pytest.raises(FieldError, match="1至60"), db.transaction() as s:
        svc.set_followup_working_days(s, SYSTEM, 0)
    with pytest.raises(PermissionDenied), db.transaction() as s:
        svc.set_followup_working_days(s, VIEWER, 5)
    with db.transaction() as s:
        svc.set_followup_working_days(s, SYSTEM, 5)
    with db.reading() as s:
        assert svc.followup_working_days(s) == 5
