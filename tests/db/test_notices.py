"""一函两书 lifecycle: drafting, issuing with numbers, delivery, replies, escalation, closing (SQLite and PG)."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest
from sqlalchemy import select

from casedesk.db.database import Database
from casedesk.db.models import AuditEvent, NumberSequence, SupervisionNotice
from casedesk.domain.validators import ValidationError
from casedesk.services import government_bodies, notices, organization, parties
from casedesk.services.actor import SYSTEM, Actor, PermissionDenied

LABOUR_CONTRACT_30 = "《中华人民共和国劳动合同法》第三十条"
LABOUR_LAW_50 = "《中华人民共和国劳动法》第五十条"


@dataclass(frozen=True)
class Office:
    enterprise_id: int
    department_id: int
    procuratorate_id: int


def setup_office(db: Database) -> Office:
    with db.transaction() as s:
        organization.update_org(
            s, SYSTEM, name="铁锋区总工会", issuer_mark="铁锋区总工会",
            reminder_number_pattern="铁工监提〔{year}〕{seq}号", opinion_number_pattern="铁工监意〔{year}〕{seq}号",
            recommendation_number_pattern="铁工监建〔{year}〕{seq}号", contact_person="王明", phone="0452-2345678",
        )
        ent = parties.find_or_create_enterprise(s, SYSTEM, "齐齐哈尔某某物流有限公司", "91230200MA1B2C3D4E")
        ent.address = "铁锋区龙华路100号"
        dep = government_bodies.add_body(s, SYSTEM, "铁锋区人力资源和社会保障局", "人力资源和社会保障局", "铁锋区中华路1号")
        pro = government_bodies.add_body(s, SYSTEM, "铁锋区人民检察院", "人民检察院", "铁锋区站前路2号")
        return Office(ent.id, dep.id, pro.id)


@pytest.fixture
def office(db: Database) -> Office:
    return setup_office(db)


def draft_reminder(db: Database, office: Office, **overrides) -> int:  # type: ignore[no-untyped-def]
    values = dict(
        kind="提示函", enterprise_id=office.enterprise_id,
        facts="2025年6月至8月，你单位未按劳动合同约定足额支付37名配送员的劳动报酬。",
        legal_basis=[LABOUR_CONTRACT_30, LABOUR_LAW_50], demands="立即足额支付所拖欠的职工工资。", violations=["劳动报酬"],
    )
    values.update(overrides)
    with db.transaction() as s:
        return notices.draft_notice(s, SYSTEM, **values).id


def issued_reminder(db: Database, office: Office, day: date = date(2025, 9, 1)) -> int:
    nid = draft_reminder(db, office)
    with db.transaction() as s:
        notices.issue_notice(s, SYSTEM, nid, issued_on=day)
    return nid


def test_draft_takes_defaults_and_is_audited(db: Database, office: Office) -> None:
    nid = draft_reminder(db, office)
    with db.transaction() as s:
        n = notices.get(s, nid)
        assert (n.status, n.number, n.kind) == ("draft", None, "reminder")
        assert (n.deadline_count, n.deadline_unit) == (15, "working_days")
        assert (n.contact_person, n.contact_phone) == ("王明", "0452-2345678")
        assert notices.violations_of(s, nid) == ["pay"]
        assert n.legal_basis.split("\n") == [LABOUR_CONTRACT_30, LABOUR_LAW_50]
        assert s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "notice")).all() == ["create"]
        assert notices.actions(s, n) == {"edit", "issue", "delete"}


def test_draft_from_a_case_addresses_the_case_enterprise(db: Database, office: Office) -> None:
    from casedesk.db.models import Case

    with db.transaction() as s:
        case = Case(case_number="法援〔2025〕1号", intake_date=date(2025, 3, 1), enterprise_id=office.enterprise_id)
        s.add(case)
        s.flush()
        r = notices.draft_notice(s, SYSTEM, kind="意见书", case_id=case.id)
        assert notices.get(s, r.id).enterprise_id == office.enterprise_id
        assert [x.id for x in notices.for_case(s, case.id)] == [r.id]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"kind": "通知书"}, "文书类型"),
        ({"violations": ["加班"]}, "违法类型"),
        ({"legal_basis": ["劳动合同法30条"]}, "法律依据"),
        ({"deadline_count": 0}, "回复期限"),
        ({"contact_phone": "12345"}, "联系电话"),
        ({"enterprise_id": 9999}, "用人单位"),
        ({"cc_procuratorate": True}, "只有建议书"),
    ],
)
def test_bad_draft_input_names_the_field(db: Database, office: Office, overrides: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        draft_reminder(db, office, **overrides)


def test_reminder_cannot_go_to_a_department(db: Database, office: Office) -> None:
    with pytest.raises(ValidationError, match="送达对象是用人单位"):
        draft_reminder(db, office, department_id=office.department_id)


def test_issue_assigns_number_and_freezes_pdf(db: Database, office: Office) -> None:
    first = issued_reminder(db, office)
    second = issued_reminder(db, office)
    with db.transaction() as s:
        a, b = notices.get(s, first), notices.get(s, second)
        assert (a.number, b.number) == ("铁工监提〔2025〕1号", "铁工监提〔2025〕2号")
        assert (a.number_year, a.number_seq, a.status, a.issued_on) == (2025, 1, "issued", date(2025, 9, 1))
        assert a.pdf is not None and a.pdf.startswith(b"%PDF") and len(a.pdf_sha256) == 64
        import hashlib

        assert hashlib.sha256(a.pdf).hexdigest() == a.pdf_sha256
        assert notices.pdf_of(s, first) == a.pdf  # a reprint is the frozen copy, byte for byte
        import io

        from pypdf import PdfReader

        receipt = PdfReader(io.BytesIO(a.pdf)).pages[-1].extract_text()
        assert "送达回证" in receipt and "（统一社会信用代码：91230200MA1B2C3D4E）" in receipt.replace("\n", "")
        with pytest.raises(ValidationError, match="已签发"):
            notices.update_draft(s, SYSTEM, first, notices.content_of(s, a))
        with pytest.raises(ValidationError, match="不能删除"):
            notices.delete_draft(s, SYSTEM, first)


def test_numbers_are_per_kind_and_year_without_leading_zeros(db: Database, office: Office) -> None:
    for _ in range(10):
        issued_reminder(db, office, date(2025, 12, 30))
    nid = issued_reminder(db, office, date(2026, 1, 5))
    opinion = draft_reminder(db, office, kind="意见书")
    with db.transaction() as s:
        notices.issue_notice(s, SYSTEM, opinion, issued_on=date(2026, 1, 5))
        assert notices.get(s, nid).number == "铁工监提〔2026〕1号"
        assert notices.get(s, opinion).number == "铁工监意〔2026〕1号"
        tenth = s.scalars(select(SupervisionNotice.number).where(SupervisionNotice.number_seq == 10)).one()
        assert tenth == "铁工监提〔2025〕10号"


def test_a_failed_issue_keeps_the_draft_and_the_number(db: Database, office: Office) -> None:
    nid = draft_reminder(db, office, facts="")
    with pytest.raises(ValidationError, match="查明的事实"):
        with db.transaction() as s:
            notices.issue_notice(s, SYSTEM, nid, issued_on=date(2025, 9, 1))
    with db.transaction() as s:
        assert notices.get(s, nid).status == "draft"
        assert s.scalars(select(NumberSequence)).first() is None
    with pytest.raises(ValidationError, match="晚于今天"):
        with db.transaction() as s:
            n = notices.get(s, nid)
            notices.update_draft(s, SYSTEM, nid, replace(notices.content_of(s, n), facts="查明……"))
            notices.issue_notice(s, SYSTEM, nid, issued_on=date(2999, 1, 1))


def test_stale_form_is_refused(db: Database, office: Office) -> None:
    nid = draft_reminder(db, office)
    with db.transaction() as s:
        n = notices.get(s, nid)
        old_version, content = n.version, notices.content_of(s, n)
        notices.update_draft(s, SYSTEM, nid, replace(content, demands="第一次修改"), expected_version=old_version)
    with pytest.raises(notices.NoticeChanged):
        with db.transaction() as s:
            notices.update_draft(s, SYSTEM, nid, replace(content, demands="第二次修改"), expected_version=old_version)


def test_viewer_cannot_draft(db: Database, office: Office) -> None:
    with pytest.raises(PermissionDenied):
        with db.transaction() as s:
            notices.draft_notice(s, Actor(None, "查看员", "viewer"), kind="提示函")


def test_delivery_rules_and_reply_deadline(db: Database, office: Office) -> None:
    nid = issued_reminder(db, office)
    with db.transaction() as s:
        with pytest.raises(ValidationError, match="签收人"):
            notices.record_delivery(s, SYSTEM, nid, method="直接送达", delivered_on=date(2025, 9, 2))
        with pytest.raises(ValidationError, match="邮件号码"):
            notices.record_delivery(s, SYSTEM, nid, method="邮寄", delivered_on=date(2025, 9, 2))
        with pytest.raises(ValidationError, match="早于发文日期"):
            notices.record_delivery(s, SYSTEM, nid, method="电子", delivered_on=date(2025, 8, 2))
        with pytest.raises(ValidationError, match="拒收时不填签收人"):
            notices.record_delivery(s, SYSTEM, nid, method="直接送达", delivered_on=date(2025, 9, 2), signed_by="甲", refusal_witness="乙")
        # Refused in person, witnessed: still delivered (留置送达).
        notices.record_delivery(s, SYSTEM, nid, method="直接送达", delivered_on=date(2025, 9, 26), refusal_witness="社区干部张某")
        n = notices.get(s, nid)
        # 15 working days from Fri 26 Sep 2025 across the National Day holiday (1–8 Oct) with 调休 on Sun 28 Sep and Sat 11 Oct.
        assert (n.status, n.reply_due) == ("delivered", date(2025, 10, 23))
        notices.record_delivery(s, SYSTEM, nid, method="邮寄", delivered_on=date(2025, 9, 26), tracking_number="EA 123 456 789 CN")
        assert notices.get(s, nid).tracking_number == "EA123456789CN"


def test_calendar_day_deadline_rolls_off_a_holiday(db: Database, office: Office) -> None:
    nid = draft_reminder(db, office, deadline_count=5, deadline_unit="自然日")
    with db.transaction() as s:
        notices.issue_notice(s, SYSTEM, nid, issued_on=date(2025, 9, 20))
        notices.record_delivery(s, SYSTEM, nid, method="电子", delivered_on=date(2025, 9, 26))
        # 26 Sep + 5 days = 1 Oct, a holiday: the period ends on the first working day, 9 Oct.
        assert notices.get(s, nid).reply_due == date(2025, 10, 9)


def test_admin_holiday_marks_win_over_the_library(db: Database, office: Office) -> None:
    from casedesk.services import holidays

    nid = issued_reminder(db, office)
    with db.transaction() as s:
        holidays.set_range(s, SYSTEM, date(2025, 9, 29), date(2025, 9, 30), is_workday=False, name="本地假日")
        notices.record_delivery(s, SYSTEM, nid, method="电子", delivered_on=date(2025, 9, 26))
        assert notices.get(s, nid).reply_due == date(2025, 10, 27)


def test_reply_and_rectification(db: Database, office: Office) -> None:
    nid = issued_reminder(db, office)
    with db.transaction() as s:
        with pytest.raises(ValidationError, match="先登记送达"):
            notices.record_reply(s, SYSTEM, nid, replied_on=date(2025, 9, 5), content="已整改")
        notices.record_delivery(s, SYSTEM, nid, method="直接送达", delivered_on=date(2025, 9, 2), signed_by="李四")
        with pytest.raises(ValidationError, match="整改情况"):
            notices.record_reply(s, SYSTEM, nid, replied_on=date(2025, 9, 5), content="x", rectification="差不多")
        notices.record_reply(s, SYSTEM, nid, replied_on=date(2025, 9, 5), content="已制定工资发放计划")
        assert notices.get(s, nid).status == "replied"
        notices.record_rectification(s, SYSTEM, nid, result="已整改")
        n = notices.get(s, nid)
        assert (n.status, n.rectification) == ("rectified", "rectified")
        assert "escalate" not in notices.actions(s, n)
        notices.close_notice(s, SYSTEM, nid, closed_on=date(2025, 9, 20), note="工资已发放")
        assert notices.get(s, nid).status == "closed"
        actions = [h.action for h in notices.history(s, nid)]
        assert actions == ["起草", "签发", "登记送达", "登记回复", "登记整改情况", "办结"]


def test_overdue_replies_are_listed_and_marked(db: Database, office: Office) -> None:
    nid = issued_reminder(db, office)
    with db.transaction() as s:
        notices.record_delivery(s, SYSTEM, nid, method="电子", delivered_on=date(2025, 9, 26))
        assert notices.overdue_replies(s, date(2025, 10, 23)) == []
        with pytest.raises(ValidationError, match="尚未届满"):
            notices.mark_no_reply(s, SYSTEM, nid, today=date(2025, 10, 23))
        [item] = notices.overdue_replies(s, date(2025, 10, 24))
        assert (item.id, item.days_overdue, item.addressee) == (nid, 1, "齐齐哈尔某某物流有限公司")
        notices.mark_no_reply(s, SYSTEM, nid, today=date(2025, 10, 24))
        assert notices.get(s, nid).status == "no_reply"
        assert len(notices.overdue_replies(s, date(2025, 10, 24))) == 1
        # A late reply still counts and takes it off the list.
        notices.record_reply(s, SYSTEM, nid, replied_on=min(date.today(), date(2025, 10, 30)), content="迟到的回复")
        assert notices.overdue_replies(s, date(2025, 10, 31)) == []


def test_escalation_chain_reminder_opinion_recommendation(db: Database, office: Office) -> None:
    reminder = issued_reminder(db, office)
    with db.transaction() as s:
        notices.record_delivery(s, SYSTEM, reminder, method="电子", delivered_on=date(2025, 9, 2))
        with pytest.raises(ValidationError, match="才能升级"):
            notices.escalate_notice(s, SYSTEM, reminder, today=date(2025, 9, 3))
        opinion = notices.escalate_notice(s, SYSTEM, reminder, today=date(2025, 10, 30)).id
        o = notices.get(s, opinion)
        assert (o.kind, o.status, o.escalated_from_id, o.enterprise_id) == ("opinion", "draft", reminder, office.enterprise_id)
        assert o.facts == notices.get(s, reminder).facts and o.legal_basis == notices.get(s, reminder).legal_basis
        assert notices.get(s, reminder).status == "no_reply"
        with pytest.raises(ValidationError, match="已升级为意见书"):
            notices.escalate_notice(s, SYSTEM, reminder, today=date(2025, 10, 30))
        notices.issue_notice(s, SYSTEM, opinion, issued_on=date(2025, 10, 31))
        assert notices.get(s, reminder).status == "escalated"
        notices.record_delivery(s, SYSTEM, opinion, method="直接送达", delivered_on=date(2025, 11, 3), signed_by="李四")
        notices.record_reply(s, SYSTEM, opinion, replied_on=date(2025, 11, 10), content="仅补发一个月工资", rectification="部分整改")
        rec = notices.escalate_notice(s, SYSTEM, opinion).id
        r = notices.get(s, rec)
        assert (r.kind, r.department_id, r.enterprise_id) == ("recommendation", None, office.enterprise_id)
        assert "请选择建议书主送的政府部门" in notices.issue_problems(s, r)
        content = replace(notices.content_of(s, r), department_id=office.department_id, cc_procuratorate=True)
        notices.update_draft(s, SYSTEM, rec, content)
        notices.issue_notice(s, SYSTEM, rec, issued_on=date(2025, 12, 1))
        links = notices.chain(s, reminder)
        assert [(link.kind, link.number) for link in links] == [
            ("reminder", "铁工监提〔2025〕1号"), ("opinion", "铁工监意〔2025〕1号"), ("recommendation", "铁工监建〔2025〕1号"),
        ]
        assert [link.id for link in notices.chain(s, rec)] == [link.id for link in links]
        assert [x.number for x in notices.for_enterprise(s, office.enterprise_id)] == [link.number for link in links]
        with pytest.raises(ValidationError, match="最后一级"):
            notices.escalate_notice(s, SYSTEM, rec)


def test_recommendation_cannot_be_addressed_to_the_procuratorate(db: Database, office: Office) -> None:
    with pytest.raises(ValidationError, match="抄送检察院"):
        draft_reminder(db, office, kind="建议书", department_id=office.procuratorate_id)


def test_deleting_an_escalation_draft_allows_escalating_again(db: Database, office: Office) -> None:
    reminder = issued_reminder(db, office)
    with db.transaction() as s:
        notices.record_delivery(s, SYSTEM, reminder, method="电子", delivered_on=date(2025, 9, 2))
        notices.record_rectification(s, SYSTEM, reminder, result="未整改")
        draft = notices.escalate_notice(s, SYSTEM, reminder).id
        notices.delete_draft(s, SYSTEM, draft)
        assert notices.escalate_notice(s, SYSTEM, reminder).kind == "opinion"


def test_find_by_number_or_id(db: Database, office: Office) -> None:
    nid = issued_reminder(db, office)
    with db.transaction() as s:
        assert notices.find(s, "铁工监提[2025]1号").id == nid
        assert notices.find(s, str(nid)).id == nid
        with pytest.raises(ValidationError, match="找不到"):
            notices.find(s, "铁工监提〔2024〕9号")


def test_the_chain_shows_on_the_case_and_the_employer(db: Database, office: Office) -> None:
    from casedesk.db.models import Case
    from casedesk.services.case_view import get_case
    from casedesk.services.enterprise_record import enterprise_record

    with db.transaction() as s:
        case = Case(case_number="法援〔2025〕2号", intake_date=date(2025, 3, 1), enterprise_id=office.enterprise_id)
        s.add(case)
        s.flush()
        case_id = case.id
    reminder = draft_reminder(db, office, case_id=case_id)
    with db.transaction() as s:
        notices.issue_notice(s, SYSTEM, reminder, issued_on=date(2025, 9, 1))
        notices.record_delivery(s, SYSTEM, reminder, method="电子", delivered_on=date(2025, 9, 2))
        opinion = notices.escalate_notice(s, SYSTEM, reminder, today=date(2025, 10, 30)).id
    with db.reading() as s:
        linked = {n.id: n.escalated_from for n in get_case(s, case_id).notices}
        assert linked == {reminder: "", opinion: "铁工监提〔2025〕1号"}
        listed = {n.id: n.escalated_from for n in enterprise_record(s, office.enterprise_id).notices}
        assert listed == linked


def test_list_filters_count_what_the_list_shows(db: Database, office: Office) -> None:
    from casedesk.services import listing

    first = issued_reminder(db, office)
    draft_reminder(db, office, kind="意见书")
    with db.transaction() as s:
        notices.record_delivery(s, SYSTEM, first, method="电子", delivered_on=date(2025, 9, 2))
    cases = [
        ({"search": "〔2025〕1号"}, 1), ({"search": "某某物流"}, 2), ({"search": "人力资源"}, 0),
        ({"kind": "opinion"}, 1), ({"reply_overdue": date(2025, 12, 1)}, 1), ({"reply_overdue": date(2025, 9, 3)}, 0),
        ({"issued_from": date(2025, 9, 1), "issued_to": date(2025, 9, 1)}, 1), ({"enterprise_id": office.enterprise_id}, 2),
    ]
    with db.reading() as s:
        for filters, expected in cases:
            assert listing.count(s, "notices", filters) == expected, filters
            assert len(listing.page(s, "notices", "issued_on", True, 0, 50, filters)) == expected, filters
