"""Cases (维权案件): intake, details, parties, claims, stage moves, closing and reopening, the timeline.

One function per user action. Each takes the session of the action's one
transaction and the acting account, validates (a ``ValidationError`` naming
the field), writes, appends the audit row and returns a small result. The
case form, the command line, the ledger importer and the consultation
"转立案" all come through here, so a rule lives in one place.

Totals (amount involved, amount recovered, workers benefited) are never
stored: they are summed from the claim lines whenever they are shown.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from casedesk.db.database import RecordChanged
from casedesk.db.models import (
    AuditEvent,
    Case,
    CaseCategory,
    CaseEvent,
    CaseParty,
    Claim,
    Consultation,
    Organization,
    Staff,
    SupervisionNotice,
    utcnow,
)
from casedesk.domain import case_rules
from casedesk.domain.enums import (
    CaseOutcome,
    CaseSource,
    CaseStage,
    ClaimKind,
    ConsultationStatus,
    DisputeCategory,
    EventKind,
    PartyRole,
    Role,
)
from casedesk.domain.messages import Message
from casedesk.domain.numbering import format_number, parse_number
from casedesk.domain.timeutil import from_local, local_now, to_local
from casedesk.domain.validators import ValidationError, normalize_credit_code, normalize_id_number, normalize_phone
from casedesk.services import audit, concurrency, numbering, parties
from casedesk.services.actor import Actor, PermissionDenied, require_write
from casedesk.services.organization import current_org

NUMBER_SERIES = "case"
MAX_DESCRIPTION = 20_000
MAX_SUMMARY = 5_000


class CaseChanged(RecordChanged):
    """Someone else saved the case since it was opened; the form keeps what the user typed."""


@dataclass(frozen=True)
class ClaimLine:
    """One claim as entered: kind (code or label), amounts in fen, a short note."""

    kind: str
    claimed_fen: int = 0
    recovered_fen: int = 0
    note: str = ""


@dataclass(frozen=True)
class CaseResult:
    id: int
    case_number: str
    stage: str
    version: int


def _result(case: Case) -> CaseResult:
    return CaseResult(case.id, case.case_number, case.stage, case.version)


# --- small checks shared by the actions -----------------------------------------------------------


def _enum(enum_cls: type, value: str | None, field: str) -> Any:
    if value is None or not str(value).strip():
        raise ValidationError("{field_name}不能为空", field_name=field)
    try:
        return enum_cls.from_label(str(value))
    except ValueError:
        choices = "、".join(m.label for m in enum_cls)
        raise ValidationError("{field_name}“{value}”无法识别（可选：{choices}）", field_name=field, value=value, choices=choices) from None


def _categories(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        code = _enum(DisputeCategory, v, "争议类别").value
        if code not in out:
            out.append(code)
    return out


def _text(value: str | None, field: str, max_len: int, *, required: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError("{field_name}不能为空", field_name=field)
    if len(text) > max_len:
        raise ValidationError("{field_name}过长（{n} 字，最多 {max_len} 字）", field_name=field, n=len(text), max_len=max_len)
    return text


def _today() -> date:
    return local_now().date()


def _not_future(value: date | None, field: str) -> None:
    if value is not None and value > _today():
        raise ValidationError("{field_name} {value} 不能晚于今天", field_name=field, value=value.isoformat())


def _handler(session: Session, handler_id: int | None) -> int | None:
    if handler_id is None:
        return None
    # Former colleagues (inactive accounts) stay valid: imported and older cases keep their handler.
    staff = session.get(Staff, handler_id)
    if staff is None:
        raise ValidationError("承办人不是本系统的账号")
    return staff.id


def _org_id(session: Session, actor: Actor) -> int:
    """The acting account's own union (a city database holds several), else the office's."""
    if actor.staff_id is not None:
        staff = session.get(Staff, actor.staff_id)
        if staff is not None:
            return staff.organization_id
    return current_org(session).id


def load_case(session: Session, case_id: int, expected_version: int | None = None) -> Case:
    """The case to change in this transaction (row-locked on PostgreSQL), refusing a stale version."""
    case = session.get(Case, case_id, with_for_update=session.get_bind().dialect.name == "postgresql")
    if case is None:
        raise ValidationError("案件 #{case_id} 不存在（可能已被删除）", case_id=case_id)
    concurrency.check_version(session, case, expected_version, "case",
                              Message("案件 {number} 在您打开后已被他人修改，本次修改未保存", number=case.case_number),
                              CaseChanged)
    return case


def _editable(session: Session, case_id: int, expected_version: int | None = None) -> Case:
    """A case whose details may change: closed cases are reopened first, so closed totals stay as reported."""
    case = load_case(session, case_id, expected_version)
    if case.stage == CaseStage.CLOSED:
        raise ValidationError("案件 {case_number} 已结案，如需修改请先“重新办理”", case_number=case.case_number)
    return case


def touch_activity(case: Case) -> None:
    """Anything done on a case counts as activity (the dashboard lists cases left untouched too long)."""
    case.last_activity_at = utcnow()


def _moment(day: date | None) -> datetime:
    """A dated action happens now when dated today, else at the start of that (local) day."""
    if day is None or day == _today():
        return utcnow()
    return from_local(datetime.combine(day, time()))


def _claim_row(case_id: int, line: ClaimLine) -> Claim:
    kind = _enum(ClaimKind, line.kind, "诉求类型")
    if line.claimed_fen < 0:
        raise ValidationError("诉求金额不能为负数")
    case_rules.check_recovered(line.claimed_fen, line.recovered_fen)
    return Claim(
        case_id=case_id,
        kind=kind.value,
        amount_claimed_fen=line.claimed_fen,
        amount_recovered_fen=line.recovered_fen,
        note=_text(line.note, "诉求说明", 200),
    )


def _case_number(session: Session, org_id: int, intake: date, historical: str | None) -> tuple[str, int | None, int | None]:
    """A new number from the org's pattern, or a historical one kept as is (moving the sequence past it)."""
    pattern = session.get_one(Organization, org_id).case_number_pattern
    if historical is None:
        seq = numbering.next_number(session, org_id, NUMBER_SERIES, intake.year)
        return format_number(pattern, intake.year, seq), intake.year, seq
    number = historical.strip().replace("[", "〔").replace("]", "〕")
    if not number:
        raise ValidationError("案件编号不能为空")
    if session.scalar(select(Case.id).where(Case.case_number == number)) is not None:
        raise ValidationError("案件编号 {number} 已存在", number=number)
    parsed = parse_number(pattern, number)
    if parsed is None:
        return number, None, None  # another office's or an older format: kept, outside the sequence
    year, seq = parsed
    numbering.advance_past(session, org_id, NUMBER_SERIES, year, seq)
    return number, year, seq


# --- intake ---------------------------------------------------------------------------------------


def open_case(
    session: Session,
    actor: Actor,
    *,
    source: str,
    enterprise_name: str | None = None,
    credit_code: str | None = None,
    applicant_name: str | None = None,
    applicant_phone: str | None = None,
    applicant_id_number: str | None = None,
    categories: Sequence[str] = (),
    description: str = "",
    intake_date: date | None = None,
    is_collective: bool = False,
    worker_count: int = 1,
    handler_id: int | None = None,
    consultation_id: int | None = None,
    claims: Sequence[ClaimLine] = (),
    lawyer: str = "",
    case_number: str | None = None,
) -> CaseResult:
    """Register a case and give it the next number of its intake year.

    ``handler_id`` defaults to the acting account. ``consultation_id`` links
    the consultation the case grew out of (and marks it 已转立案).
    ``case_number`` is only for importing an old ledger: the number is kept
    and the year's sequence moves past it so new numbers never collide.
    """
    require_write(actor)
    src = _enum(CaseSource, source, "案件来源")
    intake = intake_date or _today()
    _not_future(intake, "受理日期")
    collective = case_rules.collective_flag(is_collective, worker_count)
    codes = _categories(categories)
    text = _text(description, "案情描述", MAX_DESCRIPTION)
    lawyer_name = _text(lawyer, "法律援助律师", 60)
    handler = _handler(session, handler_id if handler_id is not None else actor.staff_id)
    claim_rows = [_claim_row(0, line) for line in claims]
    if applicant_phone and applicant_phone.strip():
        normalize_phone(applicant_phone)
    if applicant_id_number and applicant_id_number.strip():
        normalize_id_number(applicant_id_number)
    consultation = None
    if consultation_id is not None:
        consultation = session.get(Consultation, consultation_id)
        if consultation is None:
            raise ValidationError("咨询记录 #{consultation_id} 不存在", consultation_id=consultation_id)
        if consultation.case_id is not None:
            linked = session.get_one(Case, consultation.case_id).case_number
            raise ValidationError("该咨询已转为案件 {linked}", linked=linked)
    org_id = _org_id(session, actor)
    enterprise = None
    if (enterprise_name and enterprise_name.strip()) or (credit_code and credit_code.strip()):
        enterprise = parties.find_or_create_enterprise(session, actor, enterprise_name or "", credit_code, org_id)
    applicant = None
    if applicant_name and applicant_name.strip():
        applicant = parties.find_or_create_worker(
            session, actor, applicant_name, applicant_phone, applicant_id_number,
            enterprise_id=enterprise.id if enterprise else None, organization_id=org_id,
        )
    elif (applicant_phone and applicant_phone.strip()) or (applicant_id_number and applicant_id_number.strip()):
        raise ValidationError("填写了申请人电话或身份证号时，申请人姓名不能为空")

    number, year, seq = _case_number(session, org_id, intake, case_number)
    case = Case(
        organization_id=org_id,
        case_number=number,
        number_year=year,
        number_seq=seq,
        source=src.value,
        is_collective=collective,
        worker_count=worker_count,
        enterprise_id=enterprise.id if enterprise else None,
        handler_id=handler,
        lawyer=lawyer_name,
        description=text,
        stage=CaseStage.INTAKE.value,
        intake_date=intake,
        last_activity_at=utcnow(),
    )
    session.add(case)
    session.flush()
    session.add_all(CaseCategory(case_id=case.id, category=c) for c in codes)
    if applicant is not None:
        session.add(CaseParty(case_id=case.id, worker_id=applicant.id, role=PartyRole.APPLICANT.value))
    for row in claim_rows:
        row.case_id = case.id
    session.add_all(claim_rows)
    if consultation is not None:
        before = {"case_id": consultation.case_id, "status": consultation.status}
        consultation.case_id = case.id
        consultation.status = ConsultationStatus.TO_CASE.value
        audit.record(session, actor, "update", "consultation", consultation.id,
                     audit.diff(before, {"case_id": case.id, "status": consultation.status}))
    session.flush()
    audit.record(session, actor, "create", "case", case.id, {
        "case_number": [None, number], "source": [None, src.value], "intake_date": [None, intake.isoformat()],
        "enterprise_id": [None, case.enterprise_id], "applicant_id": [None, applicant.id if applicant else None],
        "categories": [None, codes], "worker_count": [None, worker_count], "is_collective": [None, collective],
        "claims": [None, len(claims)], "consultation_id": [None, consultation_id],
    })
    return _result(case)


# --- details --------------------------------------------------------------------------------------

# Fields the case form edits directly, with the label a refusal names.
DATE_FIELDS = {
    "intake_date": "受理日期",
    "infringement_known_date": "知道权利被侵害日期",
    "employment_end_date": "劳动关系终止日期",
    "mediation_applied_date": "申请调解日期",
    "arbitration_applied_date": "申请仲裁日期",
    "arbitration_accepted_date": "仲裁受理日期",
    "award_received_date": "收到裁决书日期",
}
FLAG_FIELDS = {"wage_arrears_only": "仅追索在职期间欠薪", "arbitration_extended": "仲裁期限延长", "award_final": "一裁终局"}
TEXT_FIELDS = {"lawyer": ("法律援助律师", 60), "description": ("案情描述", MAX_DESCRIPTION)}
OTHER_FIELDS = ("source", "is_collective", "worker_count", "handler_id", "enterprise_name", "credit_code", "categories")
EDITABLE = (*DATE_FIELDS, *FLAG_FIELDS, *TEXT_FIELDS, *OTHER_FIELDS)


def _check_date_order(dates: Mapping[str, date | None]) -> None:
    """The steps of a dispute happen in order: mediation, arbitration applied, accepted, award received."""
    pairs = (
        ("arbitration_applied_date", "arbitration_accepted_date"),
        ("arbitration_accepted_date", "award_received_date"),
        ("mediation_applied_date", "arbitration_applied_date"),
    )
    for earlier, later in pairs:
        a, b = dates.get(earlier), dates.get(later)
        if a is not None and b is not None and b < a:
            raise ValidationError("{label}（{b}）不能早于{label2}（{a}）", label=DATE_FIELDS[later], b=b.isoformat(), label2=DATE_FIELDS[earlier], a=a.isoformat())
    if dates.get("arbitration_accepted_date") is not None and dates.get("arbitration_applied_date") is None:
        raise ValidationError("填写仲裁受理日期前须先填写申请仲裁日期")
    if dates.get("award_received_date") is not None and dates.get("arbitration_accepted_date") is None:
        raise ValidationError("填写收到裁决书日期前须先填写仲裁受理日期")


def _snapshot(session: Session, case: Case) -> dict[str, Any]:
    snap = {k: getattr(case, k) for k in (*DATE_FIELDS, *FLAG_FIELDS, *TEXT_FIELDS)}
    snap.update(source=case.source, is_collective=case.is_collective, worker_count=case.worker_count,
                handler_id=case.handler_id, enterprise_id=case.enterprise_id)
    snap["categories"] = sorted(session.scalars(select(CaseCategory.category).where(CaseCategory.case_id == case.id)))
    return snap


def update_case(session: Session, actor: Actor, case_id: int, *, expected_version: int | None = None, **changes: Any) -> CaseResult:
    """Save the details the case form edits (any subset of ``EDITABLE``); the number never changes."""
    require_write(actor)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError("未知的案件字段：{items}", items='、'.join(sorted(unknown)))
    case = _editable(session, case_id, expected_version)
    before = _snapshot(session, case)
    # Check everything before touching the record, so a refusal leaves it as it was.
    values: dict[str, Any] = {}
    for key, label in DATE_FIELDS.items():
        if key in changes:
            if key == "intake_date" and changes[key] is None:
                raise ValidationError("受理日期不能为空")
            _not_future(changes[key], label)
            values[key] = changes[key]
    _check_date_order({k: values.get(k, getattr(case, k)) for k in DATE_FIELDS})
    for key in FLAG_FIELDS:
        if key in changes:
            values[key] = bool(changes[key])
    for key, (label, max_len) in TEXT_FIELDS.items():
        if key in changes:
            values[key] = _text(changes[key], label, max_len)
    if "source" in changes:
        values["source"] = _enum(CaseSource, changes["source"], "案件来源").value
    if "worker_count" in changes or "is_collective" in changes:
        count = int(changes.get("worker_count", case.worker_count))
        values["is_collective"] = case_rules.collective_flag(bool(changes.get("is_collective", case.is_collective)), count)
        values["worker_count"] = count
    if "handler_id" in changes:
        values["handler_id"] = _handler(session, changes["handler_id"])
    codes = _categories(changes["categories"]) if "categories" in changes else None
    name, code = (changes.get("enterprise_name") or "").strip(), (changes.get("credit_code") or "").strip()
    if code:
        normalize_credit_code(code)

    for key, value in values.items():
        setattr(case, key, value)
    if "enterprise_name" in changes or "credit_code" in changes:
        case.enterprise_id = (
            parties.find_or_create_enterprise(session, actor, name, code or None, case.organization_id).id
            if name or code else None
        )
    if codes is not None:
        session.execute(delete(CaseCategory).where(CaseCategory.case_id == case.id))
        session.add_all(CaseCategory(case_id=case.id, category=c) for c in codes)
    after = _snapshot(session, case)
    changed = audit.diff(before, after)
    if changed:
        touch_activity(case)
        session.flush()
        audit.record(session, actor, "update", "case", case.id, changed)
    return _result(case)


# --- parties and claims ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PartyResult:
    id: int
    worker_id: int
    name: str
    role: str


def add_party(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    name: str,
    phone: str | None = None,
    id_number: str | None = None,
    role: str = PartyRole.APPLICANT.value,
) -> PartyResult:
    """Add a worker to the case as applicant, workers' representative or witness (found or created)."""
    require_write(actor)
    case = _editable(session, case_id)
    party_role = _enum(PartyRole, role, "当事人角色")
    worker = parties.find_or_create_worker(
        session, actor, _text(name, "姓名", 60, required=True), phone, id_number,
        enterprise_id=case.enterprise_id, organization_id=case.organization_id,
    )
    duplicate = session.scalar(
        select(CaseParty.id).where(CaseParty.case_id == case.id, CaseParty.worker_id == worker.id, CaseParty.role == party_role.value)
    )
    if duplicate is not None:
        raise ValidationError("{name}已是本案的{party_role}", name=worker.name, party_role=party_role.label)
    party = CaseParty(case_id=case.id, worker_id=worker.id, role=party_role.value)
    session.add(party)
    touch_activity(case)
    session.flush()
    audit.record(session, actor, "create", "case_party", party.id,
                 {"case_id": [None, case.id], "worker_id": [None, worker.id], "role": [None, party_role.value]})
    return PartyResult(party.id, worker.id, worker.name, party_role.value)


def remove_party(session: Session, actor: Actor, party_id: int) -> None:
    require_write(actor)
    party = session.get(CaseParty, party_id)
    if party is None:
        raise ValidationError("该当事人已不在本案中")
    case = _editable(session, party.case_id)
    session.delete(party)
    touch_activity(case)
    session.flush()
    audit.record(session, actor, "delete", "case_party", party_id,
                 {"case_id": [case.id, None], "worker_id": [party.worker_id, None], "role": [party.role, None]})


def add_claim(session: Session, actor: Actor, case_id: int, line: ClaimLine) -> int:
    require_write(actor)
    case = _editable(session, case_id)
    claim = _claim_row(case.id, line)
    session.add(claim)
    touch_activity(case)
    session.flush()
    audit.record(session, actor, "create", "claim", claim.id, {
        "case_id": [None, case.id], "kind": [None, claim.kind],
        "amount_claimed_fen": [None, claim.amount_claimed_fen], "amount_recovered_fen": [None, claim.amount_recovered_fen],
    })
    return claim.id


def _claim_of_open_case(session: Session, claim_id: int) -> tuple[Claim, Case]:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise ValidationError("该诉求已被删除")
    return claim, _editable(session, claim.case_id)


def update_claim(session: Session, actor: Actor, claim_id: int, line: ClaimLine) -> None:
    """Correct a claim line, or record money recovered so far while the case is still open."""
    require_write(actor)
    claim, case = _claim_of_open_case(session, claim_id)
    fresh = _claim_row(case.id, line)
    keys = ("kind", "amount_claimed_fen", "amount_recovered_fen", "note")
    before = {k: getattr(claim, k) for k in keys}
    for k in keys:
        setattr(claim, k, getattr(fresh, k))
    changed = audit.diff(before, {k: getattr(claim, k) for k in keys})
    if changed:
        touch_activity(case)
        session.flush()
        audit.record(session, actor, "update", "claim", claim.id, changed)


def remove_claim(session: Session, actor: Actor, claim_id: int) -> None:
    require_write(actor)
    claim, case = _claim_of_open_case(session, claim_id)
    session.delete(claim)
    touch_activity(case)
    session.flush()
    audit.record(session, actor, "delete", "claim", claim_id, {
        "case_id": [case.id, None], "kind": [claim.kind, None],
        "amount_claimed_fen": [claim.amount_claimed_fen, None], "amount_recovered_fen": [claim.amount_recovered_fen, None],
    })


# --- stages, closing, reopening -------------------------------------------------------------------

# Moving into these stages dates the step the statutory deadlines run from, unless already entered.
_STAGE_DATES = {CaseStage.MEDIATION: "mediation_applied_date", CaseStage.ARBITRATION: "arbitration_applied_date"}


def _stage_event(session: Session, actor: Actor, case: Case, day: date | None, summary: str) -> CaseEvent:
    event = CaseEvent(case_id=case.id, occurred_at=_moment(day), kind=EventKind.STAGE.value, summary=summary, staff_id=actor.staff_id)
    session.add(event)
    touch_activity(case)
    return event


def _stage_day(case: Case, on_date: date | None, what: str) -> date:
    day = on_date or _today()
    _not_future(day, Message("{what}日期", what=what))
    if day < case.intake_date:
        raise ValidationError("{what}日期 {day} 早于受理日期 {intake_date}", what=what, day=day.isoformat(), intake_date=case.intake_date.isoformat())
    return day


def move_stage(
    session: Session,
    actor: Actor,
    case_id: int,
    stage: str,
    *,
    on_date: date | None = None,
    note: str = "",
    expected_version: int | None = None,
    record_dates: bool = True,
) -> CaseResult:
    """Move the case forward (stages may be skipped); the move is dated, on the timeline and audited.

    Entering 调解 or 仲裁 records that date as the application date when
    none is entered yet, so the statutory deadlines start running. An
    imported ledger knows only the stage, not when it began, so the importer
    passes ``record_dates=False`` rather than invent application dates.
    """
    require_write(actor)
    case = load_case(session, case_id, expected_version)
    current = CaseStage(case.stage)
    target = _enum(CaseStage, stage, "处理阶段")
    case_rules.check_stage_move(current, target)
    day = _stage_day(case, on_date, "阶段变更")
    text = _text(note, "说明", MAX_SUMMARY)
    changes: dict[str, list[Any]] = {"stage": [current.value, target.value], "on_date": [None, day.isoformat()]}
    date_field = _STAGE_DATES.get(target) if record_dates else None
    if date_field and getattr(case, date_field) is None:
        _check_date_order({**{k: getattr(case, k) for k in DATE_FIELDS}, date_field: day})
        setattr(case, date_field, day)
        changes[date_field] = [None, day.isoformat()]
    case.stage = target.value
    summary = f"阶段：{current.label} → {target.label}" + (f"。{text}" if text else "")
    event = _stage_event(session, actor, case, day, summary)
    session.flush()
    changes["event_id"] = [None, event.id]
    audit.record(session, actor, "stage", "case", case.id, changes)
    return _result(case)


def close_case(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    outcome: str,
    closed_date: date | None = None,
    recovered: Mapping[int, int] | None = None,
    note: str = "",
    expected_version: int | None = None,
) -> CaseResult:
    """Close with an outcome and the amount recovered on every claim (``{claim id: fen}``)."""
    require_write(actor)
    case = load_case(session, case_id, expected_version)
    result = _enum(CaseOutcome, outcome, "处理结果")
    current = CaseStage(case.stage)
    day = closed_date or _today()
    case_rules.check_close(current, result, day, case.intake_date, _today())
    text = _text(note, "结案说明", MAX_SUMMARY)
    claims = session.scalars(select(Claim).where(Claim.case_id == case.id).order_by(Claim.id)).all()
    given = dict(recovered or {})
    unknown = set(given) - {c.id for c in claims}
    if unknown:
        raise ValidationError("挽回金额所对应的诉求不属于本案")
    missing = [c for c in claims if c.id not in given]
    if missing:
        labels = "、".join(ClaimKind(c.kind).label for c in missing)
        raise ValidationError("结案须填写每项诉求的挽回金额（未填：{labels}）", labels=labels)
    changes: dict[str, list[Any]] = {
        "stage": [current.value, CaseStage.CLOSED.value],
        "outcome": [case.outcome, result.value],
        "closed_date": [None, day.isoformat()],
    }
    for claim in claims:
        case_rules.check_recovered(claim.amount_claimed_fen, given[claim.id], f"{ClaimKind(claim.kind).label}的挽回金额")
        if claim.amount_recovered_fen != given[claim.id]:
            changes[f"claim:{claim.id}:recovered_fen"] = [claim.amount_recovered_fen, given[claim.id]]
            claim.amount_recovered_fen = given[claim.id]
    case.stage = CaseStage.CLOSED.value
    case.outcome = result.value
    case.closed_date = day
    summary = f"结案：{result.label}" + (f"。{text}" if text else "")
    event = _stage_event(session, actor, case, day, summary)
    session.flush()
    changes["event_id"] = [None, event.id]
    audit.record(session, actor, "close", "case", case.id, changes)
    return _result(case)


def stage_before_close(session: Session, case_id: int) -> CaseStage:
    """The stage the case was in when it was last closed (from the audit trail), to reopen it there."""
    rows = session.scalars(
        select(AuditEvent.changes)
        .where(AuditEvent.entity == "case", AuditEvent.entity_id == case_id, AuditEvent.action == "close")
        .order_by(AuditEvent.id.desc())
        .limit(1)
    ).all()
    for raw in rows:
        stage = json.loads(raw).get("stage", [None])[0]
        if stage in CaseStage.labels() and stage != CaseStage.CLOSED:
            return CaseStage(stage)
    return CaseStage.INTAKE


def reopen_case(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    reason: str,
    stage: str | None = None,
    on_date: date | None = None,
    expected_version: int | None = None,
) -> CaseResult:
    """Reopen a closed case with a reason, back in the stage it closed from unless another is chosen.

    The outcome and closing date are cleared (they are kept in the audit row
    and the timeline); recovered amounts stay on the claims.
    """
    require_write(actor)
    case = load_case(session, case_id, expected_version)
    if case.stage != CaseStage.CLOSED:
        raise ValidationError("案件 {case_number} 尚未结案，无需重新办理", case_number=case.case_number)
    why = _text(reason, "重新办理原因", MAX_SUMMARY, required=True)
    target = _enum(CaseStage, stage, "处理阶段") if stage else stage_before_close(session, case.id)
    if target == CaseStage.CLOSED:
        raise ValidationError("重新办理后的阶段不能是“结案”")
    day = _stage_day(case, on_date, "重新办理")
    changes: dict[str, list[Any]] = {
        "stage": [CaseStage.CLOSED.value, target.value],
        "outcome": [case.outcome, None],
        "closed_date": [case.closed_date.isoformat() if case.closed_date else None, None],
        "reason": [None, why],
    }
    case.stage = target.value
    case.outcome = None
    case.closed_date = None
    event = _stage_event(session, actor, case, day, f"重新办理（回到“{target.label}”阶段）。原因：{why}")
    session.flush()
    changes["event_id"] = [None, event.id]
    audit.record(session, actor, "reopen", "case", case.id, changes)
    return _result(case)


# --- the timeline ---------------------------------------------------------------------------------

USER_EVENT_KINDS = tuple(k for k in EventKind if k != EventKind.STAGE)


def _event_kind(kind: str) -> EventKind:
    value = _enum(EventKind, kind, "记录类型")
    if value == EventKind.STAGE:
        raise ValidationError("阶段变更记录由“推进阶段”、“结案”和“重新办理”自动生成")
    return value


def _event_moment(occurred_at: datetime | None) -> datetime:
    """A timeline entry typed in local time; never in the future."""
    if occurred_at is None:
        return utcnow()
    moment = from_local(occurred_at)
    if to_local(moment).date() > _today():
        raise ValidationError("记录时间不能晚于今天")
    return moment


def add_event(
    session: Session, actor: Actor, case_id: int, *, kind: str, summary: str, occurred_at: datetime | None = None
) -> int:
    """A call, meeting, filing or note on the timeline (closed cases too: a follow-up call after closing)."""
    require_write(actor)
    case = load_case(session, case_id)
    event_kind = _event_kind(kind)
    text = _text(summary, "记录内容", MAX_SUMMARY, required=True)
    event = CaseEvent(case_id=case.id, occurred_at=_event_moment(occurred_at), kind=event_kind.value, summary=text, staff_id=actor.staff_id)
    session.add(event)
    touch_activity(case)
    session.flush()
    audit.record(session, actor, "create", "case_event", event.id,
                 {"case_id": [None, case.id], "kind": [None, event_kind.value], "summary": [None, text]})
    return event.id


def _user_event(session: Session, event_id: int) -> CaseEvent:
    event = session.get(CaseEvent, event_id)
    if event is None:
        raise ValidationError("该记录已被删除")
    if event.kind == EventKind.STAGE:
        raise ValidationError("阶段变更记录不能修改或删除")
    return event


def update_event(
    session: Session, actor: Actor, event_id: int, *, kind: str, summary: str, occurred_at: datetime | None = None
) -> None:
    require_write(actor)
    event = _user_event(session, event_id)
    before = {"kind": event.kind, "summary": event.summary, "occurred_at": event.occurred_at}
    event.kind = _event_kind(kind).value
    event.summary = _text(summary, "记录内容", MAX_SUMMARY, required=True)
    if occurred_at is not None:
        event.occurred_at = _event_moment(occurred_at)
    changed = audit.diff(before, {"kind": event.kind, "summary": event.summary, "occurred_at": event.occurred_at})
    if changed:
        session.flush()
        audit.record(session, actor, "update", "case_event", event.id, changed)


def delete_event(session: Session, actor: Actor, event_id: int) -> None:
    require_write(actor)
    event = _user_event(session, event_id)
    before = {"case_id": event.case_id, "kind": event.kind, "summary": event.summary}
    session.delete(event)
    session.flush()
    audit.record(session, actor, "delete", "case_event", event_id, audit.diff(before, {}))


# --- deletion and numbering -----------------------------------------------------------------------


def delete_case(session: Session, actor: Actor, case_id: int, *, reason: str) -> None:
    """Delete a case registered by mistake (administrators only). Its number is not reused: it shows as a gap."""
    require_write(actor)
    if actor.role != Role.ADMIN:
        raise PermissionDenied("只有管理员可以删除案件")
    case = load_case(session, case_id)
    why = _text(reason, "删除原因", MAX_SUMMARY, required=True)
    linked = session.scalar(select(func.count()).select_from(Consultation).where(Consultation.case_id == case.id))
    notices = session.scalar(select(func.count()).select_from(SupervisionNotice).where(SupervisionNotice.case_id == case.id))
    if linked or notices:
        raise ValidationError("案件 {case_number} 已关联 {linked} 条咨询、{notices} 份文书，不能删除", case_number=case.case_number, linked=linked, notices=notices)
    snapshot = {"case_number": case.case_number, "intake_date": case.intake_date, "stage": case.stage, "reason": why}
    session.delete(case)
    session.flush()
    audit.record(session, actor, "delete", "case", case_id, audit.diff(snapshot, {"reason": why}))


def number_gaps(session: Session, year: int, organization_id: int | None = None) -> list[str]:
    """Case numbers of ``year`` handed out but no longer present (deleted cases): reported, never refilled."""
    org = session.get_one(Organization, organization_id) if organization_id else current_org(session)
    used = set(session.scalars(
        select(Case.number_seq).where(Case.organization_id == org.id, Case.number_year == year, Case.number_seq.is_not(None))
    ))
    return [format_number(org.case_number_pattern, year, n) for n in numbering.gaps(session, org.id, NUMBER_SERIES, year, used)]


def find_by_number(session: Session, number: str) -> int | None:
    """The case id for a case number as typed ([] for 〔〕 accepted), e.g. from a notice ledger."""
    text = number.strip().replace("[", "〔").replace("]", "〕")
    return session.scalar(select(Case.id).where(Case.case_number == text)) if text else None


@dataclass(frozen=True)
class StaffChoice:
    id: int
    name: str


def handler_choices(session: Session) -> list[StaffChoice]:
    """Active accounts that can handle cases, for the handler picker."""
    rows = session.execute(
        select(Staff.id, Staff.display_name).where(Staff.active.is_(True), Staff.role != Role.VIEWER.value).order_by(Staff.display_name)
    ).all()
    return [StaffChoice(r.id, r.display_name) for r in rows]
