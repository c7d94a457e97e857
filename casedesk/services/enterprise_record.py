"""An employer's record with the office: its cases, supervision notices and consultations, with totals.

The enterprise page shows this so that a repeat offender is obvious at a
glance: how many grievances, how many workers, how much money was at stake
and recovered, how many 提示函/意见书/建议书 it received. Totals are counted
in SQL over all its records; the lists show the newest ``limit`` of each.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import case as sql_case
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from casedesk.db.models import Case, Claim, Consultation, Enterprise, SupervisionNotice
from casedesk.domain.enums import CaseStage, NoticeKind, NoticeStatus
from casedesk.domain.timeutil import format_local
from casedesk.domain.validators import ValidationError

LIST_LIMIT = 200
# Two or more grievances, or any supervision letter, mark an employer the office has met before.
REPEAT_CASES = 2


@dataclass(frozen=True)
class EnterpriseCase:
    id: int
    case_number: str
    intake_date: date
    stage: str
    outcome: str | None
    worker_count: int
    claimed_fen: int
    recovered_fen: int


@dataclass(frozen=True)
class EnterpriseNotice:
    id: int
    kind: str
    number: str
    status: str
    issued_on: date | None
    reply_due: date | None
    replied_on: date | None
    escalated_from: str = ""  # the number of the notice this one escalates (一函两书 chain)


@dataclass(frozen=True)
class EnterpriseConsultation:
    id: int
    received_local: str
    caller: str
    category: str
    status: str
    question: str


@dataclass(frozen=True)
class EnterpriseTotals:
    cases: int = 0
    open_cases: int = 0
    collective_cases: int = 0
    workers_involved: int = 0
    claimed_fen: int = 0
    recovered_fen: int = 0
    notices: dict[str, int] = field(default_factory=dict)  # NoticeKind code -> letters sent (drafts not counted)
    consultations: int = 0

    @property
    def notices_total(self) -> int:
        return sum(self.notices.values())

    @property
    def repeat_offender(self) -> bool:
        return self.cases >= REPEAT_CASES or self.notices_total > 0


@dataclass(frozen=True)
class EnterpriseRecord:
    id: int
    version: int
    name: str
    credit_code: str
    address: str
    street: str
    industry: str
    ownership: str
    has_union: bool
    employee_count: int | None
    contact_person: str
    contact_phone: str
    notes: str
    totals: EnterpriseTotals
    cases: list[EnterpriseCase]
    notices: list[EnterpriseNotice]
    consultations: list[EnterpriseConsultation]


def _totals(session: Session, enterprise_id: int) -> EnterpriseTotals:
    of_enterprise = Case.enterprise_id == enterprise_id
    cases, open_cases, collective, workers = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(sql_case((Case.stage != CaseStage.CLOSED.value, 1), else_=0)), 0),
            func.coalesce(func.sum(sql_case((Case.is_collective.is_(True), 1), else_=0)), 0),
            func.coalesce(func.sum(Case.worker_count), 0),
        ).where(of_enterprise)
    ).one()
    claimed, recovered = session.execute(
        select(func.coalesce(func.sum(Claim.amount_claimed_fen), 0), func.coalesce(func.sum(Claim.amount_recovered_fen), 0))
        .where(Claim.case_id.in_(select(Case.id).where(of_enterprise)))
    ).one()
    # Letters actually sent: a draft never reached the employer.
    notices = dict(session.execute(
        select(SupervisionNotice.kind, func.count())
        .where(SupervisionNotice.enterprise_id == enterprise_id, SupervisionNotice.status != NoticeStatus.DRAFT.value)
        .group_by(SupervisionNotice.kind)
    ).all())
    consultations = session.scalar(select(func.count()).select_from(Consultation).where(Consultation.enterprise_id == enterprise_id))
    return EnterpriseTotals(
        cases=int(cases), open_cases=int(open_cases), collective_cases=int(collective), workers_involved=int(workers),
        claimed_fen=int(claimed), recovered_fen=int(recovered),
        notices={k.value: int(notices.get(k.value, 0)) for k in NoticeKind}, consultations=int(consultations or 0),
    )


def enterprise_name(session: Session, enterprise_id: int) -> str:
    """The name shown for an employer chosen elsewhere (a list filter set from the employer's page)."""
    ent = session.get(Enterprise, enterprise_id)
    return ent.name if ent is not None else ""


def enterprise_record(session: Session, enterprise_id: int, limit: int = LIST_LIMIT) -> EnterpriseRecord:
    ent = session.get(Enterprise, enterprise_id)
    if ent is None:
        raise ValidationError("用人单位 #{enterprise_id} 不存在", enterprise_id=enterprise_id)
    claimed = select(func.coalesce(func.sum(Claim.amount_claimed_fen), 0)).where(Claim.case_id == Case.id).scalar_subquery()
    recovered = select(func.coalesce(func.sum(Claim.amount_recovered_fen), 0)).where(Claim.case_id == Case.id).scalar_subquery()
    cases = [
        EnterpriseCase(r.id, r.case_number, r.intake_date, r.stage, r.outcome, r.worker_count, int(r.claimed), int(r.recovered))
        for r in session.execute(
            select(Case.id, Case.case_number, Case.intake_date, Case.stage, Case.outcome, Case.worker_count,
                   claimed.label("claimed"), recovered.label("recovered"))
            .where(Case.enterprise_id == enterprise_id)
            .order_by(Case.intake_date.desc(), Case.id.desc())
            .limit(limit)
        )
    ]
    parent = aliased(SupervisionNotice)
    notices = [
        EnterpriseNotice(n.id, n.kind, n.number or "", n.status, n.issued_on, n.reply_due, n.replied_on, n.parent_number or "")
        for n in session.execute(
            select(SupervisionNotice.id, SupervisionNotice.kind, SupervisionNotice.number, SupervisionNotice.status,
                   SupervisionNotice.issued_on, SupervisionNotice.reply_due, SupervisionNotice.replied_on,
                   parent.number.label("parent_number"))
            .outerjoin(parent, parent.id == SupervisionNotice.escalated_from_id)
            .where(SupervisionNotice.enterprise_id == enterprise_id)
            .order_by(SupervisionNotice.id.desc())
            .limit(limit)
        )
    ]
    consultations = [
        EnterpriseConsultation(c.id, format_local(c.received_at), c.caller_name, c.category, c.status, " ".join(c.question.split())[:60])
        for c in session.execute(
            select(Consultation.id, Consultation.received_at, Consultation.caller_name, Consultation.category,
                   Consultation.status, Consultation.question)
            .where(Consultation.enterprise_id == enterprise_id)
            .order_by(Consultation.received_at.desc())
            .limit(limit)
        )
    ]
    return EnterpriseRecord(
        id=ent.id, version=ent.version, name=ent.name, credit_code=ent.credit_code or "", address=ent.address,
        street=ent.street, industry=ent.industry, ownership=ent.ownership, has_union=ent.has_union,
        employee_count=ent.employee_count, contact_person=ent.contact_person, contact_phone=ent.contact_phone,
        notes=ent.notes, totals=_totals(session, enterprise_id), cases=cases, notices=notices, consultations=consultations,
    )
