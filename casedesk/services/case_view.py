"""Everything the case window shows about one case, read in one short session as plain data.

Identifiers of the people in a case are masked here; the full 身份证号 and
phone of a party are shown only through :func:`reveal_party`, which is
audited (个人信息保护法 第51条).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from casedesk.db.models import (
    Attachment,
    Case,
    CaseCategory,
    CaseEvent,
    CaseParty,
    Claim,
    Consultation,
    Enterprise,
    Staff,
    SupervisionNotice,
    Worker,
)
from casedesk.domain.case_rules import CaseTotals, case_totals
from casedesk.domain.enums import CaseOutcome, DisputeCategory
from casedesk.domain.masking import mask_id_number, mask_phone
from casedesk.domain.timeutil import format_local, local_now
from casedesk.domain.validators import ValidationError
from casedesk.services import audit, holidays
from casedesk.services.actor import Actor, require_reveal
from casedesk.services.deadline_watch import deadlines_of

LINKED_LIMIT = 200  # linked consultations/notices shown on a case: far more than any real case has


@dataclass(frozen=True)
class PartyView:
    id: int
    worker_id: int
    name: str
    role: str
    phone_masked: str
    id_number_masked: str


@dataclass(frozen=True)
class ClaimView:
    id: int
    kind: str
    claimed_fen: int
    recovered_fen: int
    note: str


@dataclass(frozen=True)
class AttachmentView:
    id: int
    filename: str
    sha256: str
    size: int
    event_id: int | None
    added_local: str


@dataclass(frozen=True)
class EventView:
    id: int
    kind: str
    occurred_at: datetime
    occurred_local: str
    summary: str
    staff_name: str


@dataclass(frozen=True)
class DeadlineView:
    key: str
    label: str
    article: str
    due: date
    days_left: int


@dataclass(frozen=True)
class LinkedConsultation:
    id: int
    received_local: str
    caller: str
    category: str
    status: str
    question: str


@dataclass(frozen=True)
class LinkedNotice:
    id: int
    kind: str
    number: str
    status: str
    issued_on: date | None
    reply_due: date | None
    escalated_from: str = ""  # the number of the notice this one escalates (一函两书 chain)


@dataclass(frozen=True)
class CaseDetail:
    id: int
    version: int
    case_number: str
    source: str
    is_collective: bool
    worker_count: int
    enterprise_id: int | None
    enterprise_name: str
    credit_code: str
    handler_id: int | None
    handler_name: str
    lawyer: str
    description: str
    stage: str
    outcome: str | None
    intake_date: date
    closed_date: date | None
    infringement_known_date: date | None
    employment_end_date: date | None
    wage_arrears_only: bool
    mediation_applied_date: date | None
    arbitration_applied_date: date | None
    arbitration_accepted_date: date | None
    arbitration_extended: bool
    award_received_date: date | None
    award_final: bool
    categories: list[str]
    parties: list[PartyView]
    claims: list[ClaimView]
    events: list[EventView]
    attachments: list[AttachmentView]
    deadlines: list[DeadlineView]
    totals: CaseTotals
    consultations: list[LinkedConsultation] = field(default_factory=list)
    notices: list[LinkedNotice] = field(default_factory=list)


def _event_time(moment: datetime) -> str:
    """Dated actions (a stage move dated a past day) are stored at local midnight: shown as the day alone."""
    text = format_local(moment)
    return text[:10] if text.endswith(" 00:00") else text


def get_case(session: Session, case_id: int, today: date | None = None) -> CaseDetail:
    case = session.get(Case, case_id)
    if case is None:
        raise ValidationError("案件 #{case_id} 不存在（可能已被删除）", case_id=case_id)
    day = today or local_now().date()
    enterprise = session.get(Enterprise, case.enterprise_id) if case.enterprise_id else None
    handler = session.get(Staff, case.handler_id) if case.handler_id else None
    categories = list(session.scalars(
        select(CaseCategory.category).where(CaseCategory.case_id == case.id)
    ))
    order = list(DisputeCategory.labels())
    categories.sort(key=lambda c: order.index(c) if c in order else len(order))
    party_rows = session.execute(
        select(CaseParty.id, Worker.id, Worker.name, CaseParty.role, Worker.phone, Worker.id_number)
        .join(Worker, Worker.id == CaseParty.worker_id)
        .where(CaseParty.case_id == case.id)
        .order_by(CaseParty.id)
    ).all()
    claims = [
        ClaimView(c.id, c.kind, c.amount_claimed_fen, c.amount_recovered_fen, c.note)
        for c in session.scalars(select(Claim).where(Claim.case_id == case.id).order_by(Claim.id))
    ]
    events = [
        EventView(e.id, e.kind, e.occurred_at, _event_time(e.occurred_at), e.summary, staff_name or "")
        for e, staff_name in session.execute(
            select(CaseEvent, Staff.display_name)
            .outerjoin(Staff, Staff.id == CaseEvent.staff_id)
            .where(CaseEvent.case_id == case.id)
            .order_by(CaseEvent.occurred_at.desc(), CaseEvent.id.desc())
        )
    ]
    attachments = [
        AttachmentView(a.id, a.filename, a.sha256, a.size, a.event_id, format_local(a.created_at))
        for a in session.scalars(select(Attachment).where(Attachment.case_id == case.id).order_by(Attachment.id))
    ]
    deadlines = [DeadlineView(d.key, d.label, d.article, d.due, d.days_left(day)) for d in deadlines_of(case, holidays.overrides(session))]
    consultations = [
        LinkedConsultation(c.id, format_local(c.received_at), c.caller_name, c.category, c.status, c.question[:80])
        for c in session.scalars(
            select(Consultation).where(Consultation.case_id == case.id).order_by(Consultation.received_at).limit(LINKED_LIMIT)
        )
    ]
    parent = aliased(SupervisionNotice)
    notices = [
        LinkedNotice(n.id, n.kind, n.number or "", n.status, n.issued_on, n.reply_due, parent_number or "")
        for n, parent_number in session.execute(
            select(SupervisionNotice, parent.number)
            .outerjoin(parent, parent.id == SupervisionNotice.escalated_from_id)
            .where(SupervisionNotice.case_id == case.id).order_by(SupervisionNotice.id).limit(LINKED_LIMIT)
        )
    ]
    outcome = CaseOutcome(case.outcome) if case.outcome in CaseOutcome.labels() else None
    return CaseDetail(
        id=case.id, version=case.version, case_number=case.case_number, source=case.source,
        is_collective=case.is_collective, worker_count=case.worker_count,
        enterprise_id=case.enterprise_id, enterprise_name=enterprise.name if enterprise else "",
        credit_code=(enterprise.credit_code or "") if enterprise else "",
        handler_id=case.handler_id, handler_name=handler.display_name if handler else "",
        lawyer=case.lawyer, description=case.description, stage=case.stage, outcome=case.outcome,
        intake_date=case.intake_date, closed_date=case.closed_date,
        infringement_known_date=case.infringement_known_date, employment_end_date=case.employment_end_date,
        wage_arrears_only=case.wage_arrears_only, mediation_applied_date=case.mediation_applied_date,
        arbitration_applied_date=case.arbitration_applied_date, arbitration_accepted_date=case.arbitration_accepted_date,
        arbitration_extended=case.arbitration_extended, award_received_date=case.award_received_date,
        award_final=case.award_final, categories=categories,
        parties=[PartyView(r[0], r[1], r[2], r[3], mask_phone(r[4]), mask_id_number(r[5])) for r in party_rows],
        claims=claims, events=events, attachments=attachments, deadlines=deadlines,
        totals=case_totals(((c.claimed_fen, c.recovered_fen) for c in claims), case.worker_count, outcome),
        consultations=consultations, notices=notices,
    )


@dataclass(frozen=True)
class RevealedParty:
    name: str
    phone: str
    id_number: str


def reveal_party(session: Session, actor: Actor, party_id: int) -> RevealedParty:
    """The full phone and 身份证号 of a party, for a filing or a call; every reveal is audited."""
    require_reveal(actor)
    row = session.execute(
        select(CaseParty.case_id, Worker.id, Worker.name, Worker.phone, Worker.id_number)
        .join(Worker, Worker.id == CaseParty.worker_id)
        .where(CaseParty.id == party_id)
    ).first()
    if row is None:
        raise ValidationError("该当事人已不在本案中")
    audit.record(session, actor, "reveal", "worker", row[1], {"case_id": [None, row[0]], "fields": [None, ["phone", "id_number"]]})
    return RevealedParty(row[2], row[3] or "", row[4] or "")
