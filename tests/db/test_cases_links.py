"""A case's links and files: attachments by SHA-256, the enterprise record with totals, list filters and search."""
from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from casedesk import paths
from casedesk.db.database import Database
from casedesk.db.models import AuditEvent, Case, Consultation, Staff, SupervisionNotice
from casedesk.domain.validators import ValidationError
from casedesk.services import attachments, cases, organization
from casedesk.services.actor import SYSTEM
from casedesk.services.case_filters import LIST_FILTERS
from casedesk.services.case_view import get_case, reveal_party
from casedesk.services.cases import ClaimLine
from casedesk.services.enterprise_record import enterprise_record


def _ids(session, **filters) -> list[int]:
    stmt = select(Case.id).where(*(LIST_FILTERS[k](v) for k, v in filters.items())).order_by(Case.id)
    return list(session.scalars(stmt))


def test_attachments_are_copied_hashed_deduplicated_and_verified(db: Database, tmp_path: Path) -> None:
    scan = tmp_path / "工资条.PDF"
    scan.write_bytes(b"%PDF-1.4 payslip" * 1000)
    with db.transaction() as s:
        cid = cases.open_case(s, SYSTEM, source="来访", applicant_name="王磊").id
        event = cases.add_event(s, SYSTEM, cid, kind="filing", summary="提交仲裁申请书")
        first = attachments.add_attachment(s, SYSTEM, cid, scan, event_id=event)
        second = attachments.add_attachment(s, SYSTEM, cid, scan)
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    stored = paths.attachments_dir() / digest[:2] / f"{digest}.pdf"
    assert first.sha256 == second.sha256 == digest and stored.read_bytes() == scan.read_bytes()
    assert [p.name for p in stored.parent.iterdir()] == [stored.name]  # one copy for both
    scan.unlink()  # the case keeps its own copy
    with db.transaction() as s:
        assert attachments.attachment_file(s, first.id) == stored
        detail = get_case(s, cid)
        assert [(a.filename, a.event_id) for a in detail.attachments] == [("工资条.PDF", event), ("工资条.PDF", None)]
        out = attachments.export_copy(s, SYSTEM, first.id, tmp_path)
        assert out.name == "工资条.PDF" and out.read_bytes() == stored.read_bytes()
    stored.write_bytes(b"tampered")
    with db.transaction() as s:
        with pytest.raises(ValidationError, match="已被修改或损坏"):
            attachments.attachment_file(s, first.id)
        attachments.remove_attachment(s, SYSTEM, second.id)
        with pytest.raises(ValidationError, match="找不到文件"):
            attachments.add_attachment(s, SYSTEM, cid, tmp_path / "missing.jpg")
    with db.reading() as s:
        assert len(get_case(s, cid).attachments) == 1
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "attachment").order_by(AuditEvent.id)).all()
        assert actions == ["create", "create", "export", "delete"]


def test_a_cancelled_copy_leaves_nothing_behind(tmp_path: Path) -> None:
    big = tmp_path / "video.mp4"
    big.write_bytes(b"x" * (3 * attachments.CHUNK))
    with pytest.raises(InterruptedError):
        attachments.store_file(big, progress=lambda done, total: done < total)
    assert [p for p in paths.attachments_dir().rglob("*") if p.is_file()] == []


def test_enterprise_record_totals_make_a_repeat_offender_obvious(db: Database) -> None:
    with db.transaction() as s:
        a = cases.open_case(s, SYSTEM, source="来访", enterprise_name="顺达物流", applicant_name="王磊", worker_count=12,
                            claims=[ClaimLine("wages", 80_000_00)], intake_date=date(2025, 1, 5)).id
        b = cases.open_case(s, SYSTEM, source="热线转来", enterprise_name="顺达物流", applicant_name="李娜",
                            claims=[ClaimLine("severance", 20_000_00), ClaimLine("overtime", 5_000_00)], intake_date=date(2025, 2, 1)).id
        claim_ids = [c.id for c in get_case(s, b).claims]
        cases.close_case(s, SYSTEM, b, outcome="调解成功", closed_date=date(2025, 3, 1),
                         recovered={claim_ids[0]: 15_000_00, claim_ids[1]: 5_000_00})
        cases.open_case(s, SYSTEM, source="来访", enterprise_name="别的公司", applicant_name="赵强")
        ent_id = s.get(Case, a).enterprise_id
        s.add(SupervisionNotice(kind="reminder", enterprise_id=ent_id, case_id=a, status="issued", number="工监提〔2025〕1号"))
        s.add(SupervisionNotice(kind="opinion", enterprise_id=ent_id, case_id=a, status="draft"))
        s.add(Consultation(received_at=datetime(2025, 1, 3, 2, tzinfo=timezone.utc), channel="hotline_12351",
                           enterprise_id=ent_id, caller_name="王磊", question="公司拖欠工资  怎么办", category="wages"))
    with db.reading() as s:
        record = enterprise_record(s, ent_id)
        t = record.totals
        assert (t.cases, t.open_cases, t.collective_cases, t.workers_involved) == (2, 1, 1, 13)
        assert (t.claimed_fen, t.recovered_fen) == (105_000_00, 20_000_00)
        assert t.notices == {"reminder": 1, "opinion": 0, "recommendation": 0} and t.consultations == 1  # drafts not sent
        assert t.repeat_offender
        assert [c.id for c in record.cases] == [b, a]
        assert record.cases[0].recovered_fen == 20_000_00 and record.cases[1].claimed_fen == 80_000_00
        assert [n.kind for n in record.notices] == ["opinion", "reminder"]
        assert record.consultations[0].question == "公司拖欠工资 怎么办"
        detail = get_case(s, a)
        assert [n.number for n in detail.notices] == ["工监提〔2025〕1号", ""]


def test_list_filters_and_search(db: Database) -> None:
    with db.transaction() as s:
        org = organization.current_org(s)
        staff = Staff(organization_id=org.id, login="zm", display_name="张敏")
        s.add(staff)
        s.flush()
        a = cases.open_case(s, SYSTEM, source="来访", enterprise_name="铁锋区顺达物流有限公司", applicant_name="王磊",
                            applicant_phone="13812345678", applicant_id_number="11010519491231002X",
                            categories=["劳动报酬"], intake_date=date(2025, 1, 5), handler_id=staff.id).id
        b = cases.open_case(s, SYSTEM, source="来访", enterprise_name="龙华建筑", applicant_name="王磊磊",
                            categories=["工伤待遇"], worker_count=15, intake_date=date(2025, 3, 5)).id
        c = cases.open_case(s, SYSTEM, source="来访", applicant_name="李王", applicant_phone="0452-2345678",
                            categories=["劳动报酬", "社会保险"], intake_date=date(2025, 4, 5)).id
        cases.move_stage(s, SYSTEM, b, "调解", on_date=date(2025, 3, 6))
        number_b = s.get(Case, b).case_number
    with db.reading() as s:
        assert _ids(s, search="王磊") == [a, b]  # a two-character name, and names starting with it
        assert _ids(s, search="李王") == [c]
        assert _ids(s, search="5678") == [a, c]  # phone fragments, mobile and landline
        assert _ids(s, search="1231002x") == [a]  # ID-number fragment, lower-case x
        assert _ids(s, search="顺达") == [a]
        assert _ids(s, search=number_b) == [b]
        assert _ids(s, search="100%") == []
        assert _ids(s, category="wages") == [a, c]
        assert _ids(s, stage="mediation") == [b]
        assert _ids(s, collective=True) == [b] and _ids(s, collective=False) == [a, c]
        assert _ids(s, handler_id=staff.id) == [a]
        assert _ids(s, intake_from=date(2025, 2, 1), intake_to=date(2025, 3, 31)) == [b]
        assert _ids(s, enterprise_id=s.get(Case, a).enterprise_id) == [a]
        assert _ids(s, open=True, category="wages", search="王") == [a, c]  # 王磊 and 李王: anywhere in the name


def test_reveal_party_is_audited(db: Database) -> None:
    with db.transaction() as s:
        cid = cases.open_case(s, SYSTEM, source="来访", applicant_name="王磊", applicant_phone="13812345678",
                              applicant_id_number="11010519491231002X").id
    with db.transaction() as s:
        (party,) = get_case(s, cid).parties
        assert (party.phone_masked, party.id_number_masked) == ("138****5678", "110105********002X")
        full = reveal_party(s, SYSTEM, party.id)
        assert (full.phone, full.id_number) == ("13812345678", "11010519491231002X")
    with db.reading() as s:
        row = s.scalars(select(AuditEvent).where(AuditEvent.action == "reveal")).one()
        assert row.entity == "worker" and json.loads(row.changes)["case_id"] == [None, cid]
