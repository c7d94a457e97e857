"""Hotline, walk-in and online consultations (12351 咨询): log, refer, follow up, turn into a case.

One function per user action. The logging form, the ledger importer and the
tests all come through ``log_consultation``/``update_consultation``, so the
rules below hold however a record got in:

- a consultation ends as answered on the spot, referred to an outside body
  (with the date), turned into a case, or still open;
- referred and open items get a follow-up (回访) due date, ``followup_working_days``
  working days after the referral (or the call), unless the clerk set one;
- recording a follow-up closes the item (except a case, which tracks itself),
  so "overdue follow-up" is simply: due before today and not yet done;
- a caller is linked to a worker record when picked, or when a name comes with
  a phone or 身份证号 (a bare name, or 匿名, stays on the consultation only, so
  two different 王磊 never merge).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, or_, select, union
from sqlalchemy.orm import Session, object_session

from casedesk.db.database import RecordChanged
from casedesk.db.models import (
    Case,
    CaseParty,
    Consultation,
    Enterprise,
    Staff,
    Worker,
    utcnow,
)
from casedesk.domain.enums import (
    CaseSource,
    CaseStage,
    Channel,
    ConsultationStatus,
    DisputeCategory,
    ReferralBody,
    Satisfaction,
)
from casedesk.domain.masking import mask_id_number, mask_phone
from casedesk.domain.timeutil import local_date
from casedesk.domain.validators import (
    ValidationError,
    normalize_credit_code,
    normalize_id_number,
    normalize_phone,
)
from casedesk.domain.workdays import add_working_days
from casedesk.services import audit, cases, concurrency, holidays, search_index, settings
from casedesk.services.actor import Actor, require_reveal, require_write
from casedesk.services.organization import current_org
from casedesk.services.parties import find_or_create_enterprise, find_or_create_worker

ENTITY = "consultation"
HISTORY_LIMIT = 50
# Names people give when they will not give one; such callers are never made into worker records.
ANONYMOUS_NAMES = frozenset({"匿名", "未留名", "未留姓名", "不详", "无名氏", "不愿透露", "未告知"})
# A call logged a few minutes "in the future" is a clock difference between PCs, not a typo.
CLOCK_SLACK = timedelta(minutes=10)
MAX_QUESTION = 10_000
# Statuses that wait for a follow-up call, and those a recorded follow-up closes.
NEEDS_FOLLOWUP = frozenset({ConsultationStatus.OPEN, ConsultationStatus.REFERRED})
CLOSED_BY_FOLLOWUP = frozenset({ConsultationStatus.OPEN, ConsultationStatus.REFERRED, ConsultationStatus.ANSWERED})


class StaleRecord(RecordChanged):
    """Someone else saved the record since it was opened; saving now would overwrite their change."""


@dataclass(frozen=True)
class ConsultationFields:
    """Everything a clerk can type about one consultation, as plain values.

    ``caller_id``/``enterprise_id`` are set when the clerk picked a completion;
    otherwise the names (and phone, 身份证号, 信用代码) find or create the record.
    ``followup_due`` None means "by the rule in Settings" for items that need one.
    """

    received_at: datetime
    channel: str = Channel.HOTLINE_12351.value
    caller_name: str = ""
    caller_phone: str = ""
    caller_id_number: str = ""
    caller_id: int | None = None
    enterprise_name: str = ""
    credit_code: str = ""
    enterprise_id: int | None = None
    category: str = DisputeCategory.OTHER.value
    worker_count: int = 1
    question: str = ""
    answer: str = ""
    handler_id: int | None = None
    status: str = ConsultationStatus.ANSWERED.value
    referral_body: str | None = None
    referral_date: date | None = None
    followup_due: date | None = None
    followup_done: date | None = None
    followup_result: str = ""
    satisfaction: str | None = None


@dataclass(frozen=True)
class ConsultationResult:
    id: int
    version: int
    status: str
    followup_due: date | None
    caller_id: int | None
    enterprise_id: int | None
    case_id: int | None
    case_number: str | None


@dataclass(frozen=True)
class ConsultationDetail:
    """A stored consultation for the form; phone and 身份证号 masked unless revealed."""

    id: int
    version: int
    fields: ConsultationFields
    case_id: int | None
    case_number: str | None
    handler_name: str
    masked: bool


@dataclass(frozen=True)
class HistoryItem:
    """One line of a repeat caller's history beside the form."""

    kind: str  # "consultation" or "case"
    id: int
    when: date
    title: str  # category label or case number
    status: str  # status or stage label
    summary: str


@dataclass(frozen=True)
class CallerHistory:
    phone: str
    consultations: list[HistoryItem]
    cases: list[HistoryItem]

    @property
    def is_repeat(self) -> bool:
        return bool(self.consultations or self.cases)


# --- rules ---------------------------------------------------------------------------------------


def followup_due_for(session: Session, status: str, received_at: datetime, referral_date: date | None) -> date | None:
    """The default 回访 date: N working days after the referral (or the call) for items that wait on one."""
    if status not in NEEDS_FOLLOWUP:
        return None
    start = referral_date if status == ConsultationStatus.REFERRED and referral_date else local_date(received_at)
    return add_working_days(start, followup_working_days(session), holidays.overrides(session))


def is_anonymous(name: str) -> bool:
    return name.strip() in ANONYMOUS_NAMES


class FieldError(ValidationError):
    """A value of one field is not acceptable; ``field`` names it so the form can focus it and an import report its column."""

    def __init__(self, field: str, message: str, **values: Any) -> None:
        super().__init__(message, **values)
        self.field = field


def _code(enum_cls: type, value: str | None, field: str, label: str, *, optional: bool = False) -> str | None:
    if value is None or not str(value).strip():
        if optional:
            return None
        raise FieldError(field, "{label}不能为空", label=label)
    try:
        return enum_cls.from_label(str(value)).value
    except ValueError:
        raise FieldError(field, "{label}“{value}”不在可选范围内", label=label, value=value) from None


def _normalized(field: str, label: str, fn: Any, value: str) -> str:
    if not value.strip():
        return ""
    try:
        return fn(value)
    except ValidationError as exc:
        raise FieldError(field, "{label}：{exc}", label=label, exc=exc) from None


def _check_followup_day(field: str, what: str, day: date | None, received_at: datetime, now: datetime) -> None:
    if day is None:
        return
    if day < local_date(received_at):
        raise FieldError(field, "{what}不能早于受理时间", what=what)
    if day > local_date(now):
        raise FieldError(field, "{what}不能晚于今天", what=what)


def validate_fields(f: ConsultationFields, now: datetime | None = None) -> ConsultationFields:
    """Validated, normalised fields; the first problem raises a FieldError naming the field.

    The form shows the message; the importer reports it under the field's column.
    """
    now = now or utcnow()
    if f.received_at.tzinfo is None:
        raise ValueError("received_at must be timezone-aware")
    if f.received_at > now + CLOCK_SLACK:
        raise FieldError("received_at", "受理时间不能晚于当前时间")
    status = _code(ConsultationStatus, f.status, "status", "处理方式")
    question = f.question.strip()
    if not question:
        raise FieldError("question", "问题描述不能为空")
    if len(question) > MAX_QUESTION:
        raise FieldError("question", "问题描述过长（最多 {max} 字）", max=MAX_QUESTION)
    if len(f.answer) > MAX_QUESTION:
        raise FieldError("answer", "答复内容过长（最多 {max} 字）", max=MAX_QUESTION)
    if f.worker_count < 1:
        raise FieldError("worker_count", "涉及人数至少为1")
    caller_name = f.caller_name.strip()
    if len(caller_name) > 60:
        raise FieldError("caller_name", "来电人姓名过长（最多60字）")
    referral_body = _code(ReferralBody, f.referral_body, "referral_body", "转办单位", optional=True)
    referral_date = f.referral_date
    if status == ConsultationStatus.CLOSED:  # a closed record re-saved: how it was handled is what counts
        status = (ConsultationStatus.REFERRED if referral_body else ConsultationStatus.ANSWERED).value
    if status == ConsultationStatus.REFERRED:
        if referral_body is None:
            raise FieldError("referral_body", "转办时须选择转办单位")
        referral_date = referral_date or local_date(f.received_at)
        _check_followup_day("referral_date", "转办日期", referral_date, f.received_at, now)
    _check_followup_day("followup_done", "回访日期", f.followup_done, f.received_at, now)
    if f.followup_due and f.followup_due < local_date(f.received_at):
        raise FieldError("followup_due", "回访期限不能早于受理时间")
    return replace(
        f,
        received_at=f.received_at.replace(second=0, microsecond=0),
        channel=_code(Channel, f.channel, "channel", "渠道"),
        caller_name=caller_name,
        caller_phone=_normalized("caller_phone", "联系电话", normalize_phone, f.caller_phone),
        caller_id_number=_normalized("caller_id_number", "身份证号", normalize_id_number, f.caller_id_number),
        enterprise_name=f.enterprise_name.strip(),
        credit_code=_normalized("credit_code", "统一社会信用代码", normalize_credit_code, f.credit_code),
        category=_code(DisputeCategory, f.category, "category", "问题类别"),
        question=question,
        answer=f.answer.strip(),
        status=status,
        referral_body=referral_body,
        referral_date=referral_date,
        followup_result=f.followup_result.strip(),
        satisfaction=_code(Satisfaction, f.satisfaction, "satisfaction", "满意度", optional=True),
    )


MAX_FOLLOWUP_DAYS = 60


def followup_working_days(session: Session) -> int:
    return int(settings.get(session, "followup_working_days"))


def set_followup_working_days(session: Session, actor: Actor, days: int) -> None:
    """The office's 回访 rule (audited); items already logged keep the date they were given."""
    require_write(actor)
    if not 1 <= days <= MAX_FOLLOWUP_DAYS:
        raise FieldError("followup_working_days", "回访期限应为1至{max}个工作日", max=MAX_FOLLOWUP_DAYS)
    settings.put(session, actor, "followup_working_days", days)


# --- linking callers, enterprises and handlers ---------------------------------------------------


def _link_enterprise(session: Session, actor: Actor, f: ConsultationFields, org_id: int) -> int | None:
    if f.enterprise_id is not None:
        ent = session.get(Enterprise, f.enterprise_id)
        if ent is None:
            raise FieldError("enterprise_name", "所选用人单位已不存在，请重新选择")
        if f.credit_code and ent.credit_code and ent.credit_code != f.credit_code:
            raise FieldError("credit_code", "统一社会信用代码与所选用人单位“{name}”登记的不一致", name=ent.name)
        if f.credit_code and not ent.credit_code:
            ent.credit_code = f.credit_code
            audit.record(session, actor, "update", "enterprise", ent.id, {"credit_code": [None, f.credit_code]})
        return ent.id
    if not f.enterprise_name and not f.credit_code:
        return None
    return find_or_create_enterprise(session, actor, f.enterprise_name, f.credit_code or None, org_id).id


def _link_caller(session: Session, actor: Actor, f: ConsultationFields, enterprise_id: int | None, org_id: int) -> int | None:
    if f.caller_id is not None:
        worker = session.get(Worker, f.caller_id)
        if worker is None:
            raise FieldError("caller_name", "所选来电人记录已不存在，请重新选择")
        changes: dict[str, list[Any]] = {}
        if f.caller_id_number:
            if worker.id_number and worker.id_number != f.caller_id_number:
                raise FieldError("caller_id_number", "身份证号与所选职工“{name}”登记的不一致", name=worker.name)
            if not worker.id_number:
                changes["id_number"] = [None, mask_id_number(f.caller_id_number)]
                worker.id_number = f.caller_id_number
        if f.caller_phone and not worker.phone:
            changes["phone"] = [None, mask_phone(f.caller_phone)]
            worker.phone = f.caller_phone
        if changes:
            audit.record(session, actor, "update", "worker", worker.id, changes)
        return worker.id
    if not f.caller_name or is_anonymous(f.caller_name) or not (f.caller_phone or f.caller_id_number):
        return None
    worker = find_or_create_worker(
        session, actor, f.caller_name, f.caller_phone or None, f.caller_id_number or None, enterprise_id, org_id
    )
    return worker.id


@dataclass(frozen=True)
class HandlerOption:
    id: int
    name: str
    active: bool


def handler_filter_options(session: Session) -> list[HandlerOption]:
    """Everyone a consultation may name as 承办人, for the list filter: current staff first, then former colleagues."""
    rows = session.execute(
        select(Staff.id, Staff.display_name, Staff.active).order_by(Staff.active.desc(), Staff.display_name)
    ).all()
    return [HandlerOption(r.id, r.display_name, bool(r.active)) for r in rows]


def find_or_create_handler(session: Session, actor: Actor, name: str) -> int | None:
    """A handler named in an old ledger: the staff account of that name, else an inactive one.

    Former colleagues keep their name on the records they handled; an inactive
    account has no password and cannot log in.
    """
    name = name.strip()
    if not name:
        return None
    found = session.scalars(
        select(Staff).where(or_(Staff.display_name == name, Staff.login == name)).order_by(Staff.active.desc(), Staff.id)
    ).first()
    if found is not None:
        return found.id
    login, n = name[:40], 1
    while session.scalar(select(Staff.id).where(Staff.login == login)) is not None:
        n += 1
        login = f"{name[:36]}-{n}"
    staff = Staff(organization_id=current_org(session).id, login=login, display_name=name[:40], role="staff", active=False)
    session.add(staff)
    session.flush()
    audit.record(session, actor, "create", "staff", staff.id, {"display_name": [None, staff.display_name], "active": [None, False]})
    return staff.id


# --- the record as the audit trail sees it ---------------------------------------------------------

_AUDITED = (
    "received_at", "channel", "caller_name", "caller_phone", "caller_id", "enterprise_id", "category", "worker_count",
    "question", "answer", "handler_id", "status", "referral_body", "referral_date", "case_id", "followup_due",
    "followup_done", "followup_result", "satisfaction",
)


def _snapshot(c: Consultation) -> dict[str, Any]:
    """Audited values; the phone is masked so the trail itself does not spread it."""
    snap = {k: getattr(c, k) for k in _AUDITED}
    snap["caller_phone"] = mask_phone(c.caller_phone)
    return snap


def _result(session: Session, c: Consultation) -> ConsultationResult:
    number = session.scalar(select(Case.case_number).where(Case.id == c.case_id)) if c.case_id else None
    return ConsultationResult(
        id=c.id, version=c.version, status=c.status, followup_due=c.followup_due, caller_id=c.caller_id,
        enterprise_id=c.enterprise_id, case_id=c.case_id, case_number=number,
    )


def _get(session: Session, consultation_id: int) -> Consultation:
    c = session.get(Consultation, consultation_id)
    if c is None:
        raise ValidationError("咨询记录 #{consultation_id} 不存在（可能已被删除）", consultation_id=consultation_id)
    return c


def _check_version(c: Consultation, expected_version: int | None) -> None:
    concurrency.check_version(object_session(c), c, expected_version, ENTITY,
                              "此咨询记录已被其他人修改，请关闭后重新打开再修改（您的输入未保存）", StaleRecord)


def _apply(session: Session, actor: Actor, c: Consultation, f: ConsultationFields, org_id: int) -> None:
    """Write validated fields onto the row, linking (or creating) the caller and enterprise records."""
    enterprise_id = _link_enterprise(session, actor, f, org_id)
    c.caller_id = _link_caller(session, actor, f, enterprise_id, org_id)
    c.enterprise_id = enterprise_id
    if not f.caller_name and c.caller_id is not None:
        f = replace(f, caller_name=session.get(Worker, c.caller_id).name)  # type: ignore[union-attr]
    c.received_at = f.received_at
    c.channel = f.channel
    c.caller_name = f.caller_name
    c.caller_phone = f.caller_phone or None
    c.category = f.category
    c.worker_count = f.worker_count
    c.question = f.question
    c.answer = f.answer
    c.handler_id = f.handler_id if f.handler_id is not None else actor.staff_id
    closed = f.followup_done is not None and f.status in CLOSED_BY_FOLLOWUP
    c.status = ConsultationStatus.CLOSED.value if closed else f.status
    c.referral_body = f.referral_body if f.status == ConsultationStatus.REFERRED else None
    c.referral_date = f.referral_date if c.referral_body else None
    if f.status == ConsultationStatus.TO_CASE:  # the case tracks the matter from here on
        c.followup_due = None
    else:
        c.followup_due = f.followup_due or followup_due_for(session, f.status, f.received_at, f.referral_date)
    c.followup_done = f.followup_done
    c.followup_result = f.followup_result
    c.satisfaction = f.satisfaction


# --- actions ---------------------------------------------------------------------------------------


def log_consultation(
    session: Session,
    actor: Actor,
    values: ConsultationFields,
    *,
    existing_case_id: int | None = None,
    open_new_case: bool = True,
) -> ConsultationResult:
    """A new consultation (from the form or a ledger row); "转立案" also opens the case in the same transaction.

    A ledger row marked 转立案 names its case (``existing_case_id``) or, from an
    old ledger without case numbers, stays unlinked (``open_new_case=False``):
    an import never invents cases.
    """
    require_write(actor)
    f = validate_fields(values)
    org_id = current_org(session).id
    c = Consultation(organization_id=org_id)
    if f.status == ConsultationStatus.TO_CASE:
        c.case_id = existing_case_id
    _apply(session, actor, c, f, org_id)
    session.add(c)
    session.flush()
    audit.record(session, actor, "create", ENTITY, c.id, audit.diff({}, _snapshot(c)))
    if c.status == ConsultationStatus.TO_CASE and c.case_id is None and open_new_case:
        return convert_to_case(session, actor, c.id)
    return _result(session, c)


def update_consultation(
    session: Session,
    actor: Actor,
    consultation_id: int,
    values: ConsultationFields,
    *,
    expected_version: int | None = None,
    keep_identifiers: bool = False,
) -> ConsultationResult:
    """Save an edited consultation (audited field by field); changing the handling to 转立案 opens the case.

    ``keep_identifiers``: the form showed phone and 身份证号 masked, so they are not changed.
    """
    require_write(actor)
    c = _get(session, consultation_id)
    _check_version(c, expected_version)
    if c.status == ConsultationStatus.TO_CASE and values.status != ConsultationStatus.TO_CASE:
        raise ValidationError("已转立案的咨询不能改为其他处理方式")
    if keep_identifiers:
        values = replace(values, caller_phone=c.caller_phone or "", caller_id_number="")
    f = validate_fields(values)
    before = _snapshot(c)
    _apply(session, actor, c, f, current_org(session).id)
    session.flush()
    changes = audit.diff(before, _snapshot(c))
    if changes:
        audit.record(session, actor, "update", ENTITY, c.id, changes)
    if before["status"] != ConsultationStatus.TO_CASE and c.status == ConsultationStatus.TO_CASE:
        return convert_to_case(session, actor, c.id)
    return _result(session, c)


def refer_consultation(
    session: Session, actor: Actor, consultation_id: int, body: str, referral_date: date, *, expected_version: int | None = None
) -> ConsultationResult:
    """转办 to an outside body; the follow-up clock starts again from the referral date."""
    require_write(actor)
    c = _get(session, consultation_id)
    _check_version(c, expected_version)
    if c.case_id is not None:
        raise ValidationError("已转立案的咨询不能再转办")
    code = _code(ReferralBody, body, "referral_body", "转办单位")
    _check_followup_day("referral_date", "转办日期", referral_date, c.received_at, utcnow())
    before = _snapshot(c)
    c.status = ConsultationStatus.REFERRED.value
    c.referral_body = code
    c.referral_date = referral_date
    c.followup_due = followup_due_for(session, c.status, c.received_at, referral_date)
    c.followup_done = None
    session.flush()
    audit.record(session, actor, "refer", ENTITY, c.id, audit.diff(before, _snapshot(c)))
    return _result(session, c)


def record_followup(
    session: Session,
    actor: Actor,
    consultation_id: int,
    *,
    done_on: date,
    result: str,
    satisfaction: str | None = None,
    expected_version: int | None = None,
) -> ConsultationResult:
    """回访: the date, what the caller said and how satisfied; the item is then 办结 (a case tracks itself)."""
    require_write(actor)
    c = _get(session, consultation_id)
    _check_version(c, expected_version)
    if not result.strip():
        raise FieldError("followup_result", "回访结果不能为空")
    _check_followup_day("followup_done", "回访日期", done_on, c.received_at, utcnow())
    before = _snapshot(c)
    c.followup_done = done_on
    c.followup_result = result.strip()
    c.satisfaction = _code(Satisfaction, satisfaction, "satisfaction", "满意度", optional=True)
    if c.status in CLOSED_BY_FOLLOWUP:
        c.status = ConsultationStatus.CLOSED.value
    session.flush()
    audit.record(session, actor, "followup", ENTITY, c.id, audit.diff(before, _snapshot(c)))
    return _result(session, c)


def convert_to_case(session: Session, actor: Actor, consultation_id: int, *, handler_id: int | None = None) -> ConsultationResult:
    """转立案: open a case with the caller, enterprise, category and question carried over, linked both ways.

    The cases area numbers the case and marks the consultation 已转立案; the
    follow-up reminder ends here because the case now tracks the matter.
    """
    require_write(actor)
    c = _get(session, consultation_id)
    if c.case_id is not None:
        number = session.scalar(select(Case.case_number).where(Case.id == c.case_id))
        raise ValidationError("此咨询已转立案（案件编号 {number}）", number=number)
    caller = session.get(Worker, c.caller_id) if c.caller_id else None
    enterprise = session.get(Enterprise, c.enterprise_id) if c.enterprise_id else None
    named = c.caller_name and not is_anonymous(c.caller_name)
    cases.open_case(
        session,
        actor,
        source=CaseSource.WALK_IN.value if c.channel == Channel.WALK_IN else CaseSource.HOTLINE.value,
        enterprise_name=enterprise.name if enterprise else None,
        credit_code=enterprise.credit_code if enterprise else None,
        applicant_name=caller.name if caller else (c.caller_name if named else None),
        applicant_phone=(caller.phone if caller else c.caller_phone) if (caller or named) else None,
        applicant_id_number=caller.id_number if caller else None,
        categories=(c.category,),
        description=c.question,
        intake_date=local_date(utcnow()),
        is_collective=c.worker_count >= 10,
        worker_count=c.worker_count,
        handler_id=handler_id or c.handler_id or actor.staff_id,
        consultation_id=c.id,
    )
    if c.followup_due is not None and c.followup_done is None:
        audit.record(session, actor, "update", ENTITY, c.id, {"followup_due": [c.followup_due.isoformat(), None]})
        c.followup_due = None
        session.flush()
    return _result(session, c)


# --- reading -------------------------------------------------------------------------------------


def get_consultation(session: Session, consultation_id: int) -> ConsultationDetail:
    """The record for the form, with phone and 身份证号 masked (see ``reveal_identifiers``)."""
    c = _get(session, consultation_id)
    caller = session.get(Worker, c.caller_id) if c.caller_id else None
    enterprise = session.get(Enterprise, c.enterprise_id) if c.enterprise_id else None
    handler = session.get(Staff, c.handler_id) if c.handler_id else None
    values = ConsultationFields(
        received_at=c.received_at,
        channel=c.channel,
        caller_name=c.caller_name,
        caller_phone=mask_phone(c.caller_phone),
        caller_id_number=mask_id_number(caller.id_number if caller else None),
        caller_id=c.caller_id,
        enterprise_name=enterprise.name if enterprise else "",
        credit_code=(enterprise.credit_code or "") if enterprise else "",
        enterprise_id=c.enterprise_id,
        category=c.category,
        worker_count=c.worker_count,
        question=c.question,
        answer=c.answer,
        handler_id=c.handler_id,
        status=c.status,
        referral_body=c.referral_body,
        referral_date=c.referral_date,
        followup_due=c.followup_due,
        followup_done=c.followup_done,
        followup_result=c.followup_result,
        satisfaction=c.satisfaction,
    )
    number = session.scalar(select(Case.case_number).where(Case.id == c.case_id)) if c.case_id else None
    return ConsultationDetail(
        id=c.id, version=c.version, fields=values, case_id=c.case_id, case_number=number,
        handler_name=handler.display_name if handler else "", masked=True,
    )


def reveal_identifiers(session: Session, actor: Actor, consultation_id: int) -> tuple[str, str]:
    """The full phone and 身份证号 of a consultation's caller; every look is audited (PIPL 第51条)."""
    require_reveal(actor)
    c = _get(session, consultation_id)
    caller = session.get(Worker, c.caller_id) if c.caller_id else None
    audit.record(session, actor, "reveal", ENTITY, c.id, {"fields": ["caller_phone", "id_number"]})
    return c.caller_phone or "", (caller.id_number or "") if caller else ""


def caller_history(
    session: Session, phone: str = "", *, worker_id: int | None = None, exclude_id: int | None = None
) -> CallerHistory:
    """A repeat caller's earlier consultations and cases (newest first), by phone number or picked worker."""
    try:
        tel = normalize_phone(phone) if phone.strip() else ""
    except ValidationError:
        tel = ""
    if not tel and worker_id is None:
        return CallerHistory(phone=phone, consultations=[], cases=[])
    worker_ids = union(select(Worker.id).where(Worker.phone == tel), select(Worker.id).where(Worker.id == worker_id))
    matching = union(  # each part through its own index
        select(Consultation.id).where(Consultation.caller_phone == tel),
        select(Consultation.id).where(Consultation.caller_id.in_(worker_ids)),
    )
    stmt = (
        select(Consultation.id, Consultation.received_at, Consultation.category, Consultation.status, Consultation.question)
        .where(Consultation.id.in_(matching))
        .order_by(Consultation.received_at.desc())
        .limit(HISTORY_LIMIT)
    )
    if exclude_id is not None:
        stmt = stmt.where(Consultation.id != exclude_id)
    categories, statuses = DisputeCategory.labels(), ConsultationStatus.labels()
    consultations = [
        HistoryItem("consultation", r.id, local_date(r.received_at), categories.get(r.category, r.category),
                    statuses.get(r.status, r.status), _snippet(r.question))
        for r in session.execute(stmt)
    ]
    stages = CaseStage.labels()
    case_rows = session.execute(
        select(Case.id, Case.intake_date, Case.case_number, Case.stage, Case.description)
        .where(Case.id.in_(select(CaseParty.case_id).where(CaseParty.worker_id.in_(worker_ids))))
        .order_by(Case.intake_date.desc())
        .limit(HISTORY_LIMIT)
    )
    case_items = [
        HistoryItem("case", r.id, r.intake_date, r.case_number, stages.get(r.stage, r.stage), _snippet(r.description))
        for r in case_rows
    ]
    return CallerHistory(phone=tel, consultations=consultations, cases=case_items)


def _snippet(text: str, length: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


def _overdue(today: date) -> ColumnElement[bool]:
    """Follow-up promised before ``today`` and not yet made (due today is not overdue yet)."""
    return (Consultation.followup_due < today) & Consultation.followup_done.is_(None)


# The consultation list's filters (``services.listing`` shows them, exports write them, the dashboard counts
# them); each is a condition on the consultation table alone, so counting needs no joins.
LIST_FILTERS: dict[str, Callable[[Any], ColumnElement[bool]]] = {
    "status": lambda code: Consultation.status == code,
    "received_since": lambda moment: Consultation.received_at >= moment,
    "received_before": lambda moment: Consultation.received_at < moment,
    "channel": lambda code: Consultation.channel == code,
    "category": lambda code: Consultation.category == code,
    "handler_id": lambda staff_id: Consultation.handler_id == staff_id,
    "followup_overdue": _overdue,
    "search": search_index.consultations,  # caller, phone, question, linked worker, employer
}
