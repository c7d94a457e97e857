"""一函两书: supervision notices from draft to rectification.

Lifecycle (DOMAIN.md §1): a notice is drafted, then issued (its 发文字号 is
assigned and its PDF frozen in the same transaction), delivered (送达: method,
date, who signed or who witnessed a refusal, the EMS number for post), then
the addressee replies (with a rectification result, or that is recorded
later), or the reply deadline passes without one. An unanswered or
unrectified 提示函 escalates to a 意见书, a 意见书 to a 建议书 to a government
department; every notice can finally be closed. Each step is one function
here (one user action, one transaction, one audit row); the GUI, the CLI, the
ledger importer and the batch all call them.

Numbers are per organization, kind and year, from the organization's
pattern, handed out by ``services.numbering`` under a row lock: no leading
zeros, never reused, and a failed issue gives its number back.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import Session, object_session

from casedesk.db.database import RecordChanged
from casedesk.db.models import (
    AuditEvent,
    Case,
    Enterprise,
    GovernmentBody,
    NoticeViolation,
    Organization,
    Staff,
    SupervisionNotice,
)
from casedesk.domain.enums import (
    DeadlineUnit,
    DeliveryMethod,
    GovBodyKind,
    NoticeKind,
    NoticeStatus,
    ViolationType,
)
from casedesk.domain.messages import Joined, Message
from casedesk.domain.numbering import format_number, parse_number
from casedesk.domain.timeutil import format_local, local_now
from casedesk.domain.validators import ValidationError, normalize_phone
from casedesk.domain.workdays import add_working_days, roll_to_workday
from casedesk.services import audit, concurrency, holidays, law_catalogue, numbering, settings
from casedesk.services.actor import Actor, PermissionDenied, require_write
from casedesk.services.organization import current_org

MAX_TEXT = 20_000
MAX_DEADLINE = 365
NEXT_KIND = {NoticeKind.REMINDER: NoticeKind.OPINION, NoticeKind.OPINION: NoticeKind.RECOMMENDATION}
WAITING = frozenset({NoticeStatus.ISSUED, NoticeStatus.DELIVERED})
# Results that let a notice escalate to the next kind.
UNANSWERED = frozenset({NoticeStatus.NO_REPLY, NoticeStatus.NOT_RECTIFIED, NoticeStatus.PARTLY_RECTIFIED})
RECTIFICATION_RESULTS = (NoticeStatus.RECTIFIED, NoticeStatus.PARTLY_RECTIFIED, NoticeStatus.NOT_RECTIFIED)
PATTERN_FIELD = {
    NoticeKind.REMINDER: "reminder_number_pattern",
    NoticeKind.OPINION: "opinion_number_pattern",
    NoticeKind.RECOMMENDATION: "recommendation_number_pattern",
}
DEPARTMENT_KINDS = (GovBodyKind.HRSS.value, GovBodyKind.INSPECTION.value, GovBodyKind.GOVERNMENT.value, GovBodyKind.OTHER.value)


class NoticeChanged(RecordChanged):
    """Someone else saved the notice since it was opened; the form keeps what the user typed."""


@dataclass(frozen=True)
class NoticeResult:
    id: int
    kind: str
    status: str
    number: str | None
    version: int


@dataclass(frozen=True)
class NoticeContent:
    """What a clerk writes on a draft (everything that prints, apart from number and date)."""

    kind: str
    enterprise_id: int | None = None
    department_id: int | None = None
    case_id: int | None = None
    facts: str = ""
    legal_basis: tuple[str, ...] = ()  # citations 《law》第N条
    demands: str = ""
    violations: tuple[str, ...] = ()  # ViolationType codes or labels
    deadline_count: int | None = None  # None = the default of the kind (Settings)
    deadline_unit: str | None = None
    contact_person: str | None = None  # None = the organization's contact
    contact_phone: str | None = None
    cc_procuratorate: bool = False


def _result(n: SupervisionNotice) -> NoticeResult:
    return NoticeResult(n.id, n.kind, n.status, n.number, n.version)


def _today() -> date:
    return local_now().date()


def _org_id(session: Session, actor: Actor) -> int:
    """The acting account's own union (a city database holds several), else the office's."""
    if actor.staff_id is not None:
        staff = session.get(Staff, actor.staff_id)
        if staff is not None:
            return staff.organization_id
    return current_org(session).id


def get(session: Session, notice_id: int) -> SupervisionNotice:
    notice = session.get(SupervisionNotice, notice_id)
    if notice is None:
        raise ValidationError("文书 #{notice_id} 不存在", notice_id=notice_id)
    return notice


def _check_version(notice: SupervisionNotice, expected_version: int | None) -> None:
    concurrency.check_version(object_session(notice), notice, expected_version, "notice",
                              "这份文书已被他人修改，请关闭后重新打开再操作（您填写的内容仍保留在窗口中）", NoticeChanged)


def _status(notice: SupervisionNotice) -> NoticeStatus:
    return NoticeStatus(notice.status)


def _text(value: str | None, field_name: str, max_len: int = MAX_TEXT) -> str:
    text = (value or "").strip()
    if len(text) > max_len:
        raise ValidationError("{field_name}过长（{n} 字，最多 {max_len} 字）", field_name=field_name, n=len(text), max_len=max_len)
    return text


def _not_future(value: date, field_name: str) -> None:
    if value > _today():
        raise ValidationError("{field_name} {value} 不能晚于今天", field_name=field_name, value=value.isoformat())


def default_deadline(session: Session, kind: str) -> tuple[int, str]:
    """[count, unit] for a kind from Settings (DOMAIN.md §1.4 defaults)."""
    count, unit = settings.get(session, f"deadline.{NoticeKind(kind).value}")
    return int(count), DeadlineUnit.from_label(unit).value


def set_default_deadline(session: Session, actor: Actor, kind: str, count: int, unit: str) -> None:
    """The reply deadline new notices of a kind start with (Settings; DOMAIN.md §1.4 says it varies locally)."""
    require_write(actor)
    if actor.role != "admin":
        raise PermissionDenied("只有管理员可以修改默认回复期限")
    if not 1 <= int(count) <= MAX_DEADLINE:
        raise ValidationError("回复期限应为1至{max}之间的整数", max=MAX_DEADLINE)
    settings.put(session, actor, f"deadline.{NoticeKind.from_label(kind).value}", [int(count), DeadlineUnit.from_label(unit).value])


def reply_due(session: Session, delivered_on: date, count: int, unit: str) -> date:
    """The reply deadline counted from the 送达 date (the delivery day itself is not counted).

    Working days skip weekends and public holidays and count 调休 make-up days,
    with the admin's own holiday marks winning; a calendar-day period that ends
    on a rest day ends on the next working day (民法典 第203条).
    """
    overrides = holidays.overrides(session)
    if DeadlineUnit(unit) is DeadlineUnit.WORKING_DAYS:
        return add_working_days(delivered_on, count, overrides)
    return roll_to_workday(delivered_on + timedelta(days=count), overrides)


def deadline_text(count: int, unit: str) -> Message:
    """15个工作日 / 30日, as letters and ledgers write a reply period (a message: the GUI says it in English)."""
    return Message("{n}个工作日", n=count) if DeadlineUnit(unit) is DeadlineUnit.WORKING_DAYS else Message("{n}日", n=count)


# --- content ------------------------------------------------------------------------------------


def _clean_content(session: Session, content: NoticeContent) -> dict[str, object]:
    """Validated column values of a draft, plus the violation codes under key "violations"."""
    try:
        kind = NoticeKind.from_label(content.kind)
    except ValueError:
        raise ValidationError("文书类型“{kind}”无法识别（可选：提示函、意见书、建议书）", kind=content.kind) from None
    if content.enterprise_id is not None and session.get(Enterprise, content.enterprise_id) is None:
        raise ValidationError("用人单位 #{enterprise_id} 不存在", enterprise_id=content.enterprise_id)
    if content.department_id is not None:
        if kind is not NoticeKind.RECOMMENDATION:
            raise ValidationError("提示函、意见书的送达对象是用人单位，不能选择政府部门")
        body = session.get(GovernmentBody, content.department_id)
        if body is None:
            raise ValidationError("政府部门 #{department_id} 不存在", department_id=content.department_id)
        if body.kind == GovBodyKind.PROCURATORATE.value:
            raise ValidationError("建议书主送劳动行政部门或人民政府；人民检察院请用“抄送检察院”")
    if content.case_id is not None and session.get(Case, content.case_id) is None:
        raise ValidationError("案件 #{case_id} 不存在", case_id=content.case_id)
    violations: list[str] = []
    for v in content.violations:
        try:
            code = ViolationType.from_label(v).value
        except ValueError:
            raise ValidationError("违法类型“{v}”无法识别", v=v) from None
        if code not in violations:
            violations.append(code)
    basis = law_catalogue.normalize_keys(content.legal_basis)
    count, unit = default_deadline(session, kind.value)
    if content.deadline_count is not None:
        count = int(content.deadline_count)
    if content.deadline_unit:
        try:
            unit = DeadlineUnit.from_label(content.deadline_unit).value
        except ValueError:
            raise ValidationError("期限单位“{deadline_unit}”无法识别（工作日或自然日）", deadline_unit=content.deadline_unit) from None
    if not 1 <= count <= MAX_DEADLINE:
        raise ValidationError("回复期限应为1至{max}之间的整数", max=MAX_DEADLINE)
    phone = (content.contact_phone or "").strip()
    if phone:
        try:
            phone = normalize_phone(phone)
        except ValidationError as exc:
            raise ValidationError("联系电话：{exc}", exc=exc) from None
    if content.cc_procuratorate and kind is not NoticeKind.RECOMMENDATION:
        raise ValidationError("只有建议书抄送人民检察院")
    return {
        "kind": kind.value,
        "enterprise_id": content.enterprise_id,
        "department_id": content.department_id,
        "case_id": content.case_id,
        "facts": _text(content.facts, "查明的事实"),
        "legal_basis": "\n".join(basis),
        "demands": _text(content.demands, "整改要求"),
        "deadline_count": count,
        "deadline_unit": unit,
        "contact_person": _text(content.contact_person, "联系人", 40),
        "contact_phone": phone,
        "cc_procuratorate": bool(content.cc_procuratorate),
        "violations": violations,
    }


def _set_violations(session: Session, notice: SupervisionNotice, codes: Sequence[str]) -> None:
    session.execute(delete(NoticeViolation).where(NoticeViolation.notice_id == notice.id))
    session.add_all(NoticeViolation(notice_id=notice.id, violation=c) for c in codes)
    session.flush()


def violations_of(session: Session, notice_id: int) -> list[str]:
    order = {v.value: i for i, v in enumerate(ViolationType)}
    codes = session.scalars(select(NoticeViolation.violation).where(NoticeViolation.notice_id == notice_id)).all()
    return sorted(codes, key=lambda c: order.get(c, len(order)))


def _snapshot(session: Session, notice: SupervisionNotice) -> dict[str, object]:
    return {
        "kind": notice.kind, "status": notice.status, "number": notice.number,
        "enterprise_id": notice.enterprise_id, "department_id": notice.department_id, "case_id": notice.case_id,
        "facts": notice.facts, "legal_basis": notice.legal_basis, "demands": notice.demands,
        "deadline_count": notice.deadline_count, "deadline_unit": notice.deadline_unit,
        "contact_person": notice.contact_person, "contact_phone": notice.contact_phone,
        "cc_procuratorate": notice.cc_procuratorate, "violations": violations_of(session, notice.id) if notice.id else [],
    }


def draft_notice(
    session: Session,
    actor: Actor,
    *,
    kind: str,
    enterprise_id: int | None = None,
    department_id: int | None = None,
    case_id: int | None = None,
    facts: str = "",
    legal_basis: Iterable[str] = (),
    demands: str = "",
    violations: Iterable[str] = (),
    escalated_from_id: int | None = None,
    deadline_count: int | None = None,
    deadline_unit: str | None = None,
    contact_person: str | None = None,
    contact_phone: str | None = None,
    cc_procuratorate: bool = False,
    batch_id: str | None = None,
) -> NoticeResult:
    """Start a notice as a draft. From a case, the case's enterprise is the addressee unless another is given."""
    require_write(actor)
    if enterprise_id is None and case_id is not None:
        case = session.get(Case, case_id)
        if case is not None:
            enterprise_id = case.enterprise_id
    org = session.get(Organization, _org_id(session, actor))
    content = NoticeContent(
        kind=kind, enterprise_id=enterprise_id, department_id=department_id, case_id=case_id, facts=facts,
        legal_basis=tuple(legal_basis), demands=demands, violations=tuple(violations),
        deadline_count=deadline_count, deadline_unit=deadline_unit,
        contact_person=org.contact_person if contact_person is None and org else contact_person,
        contact_phone=org.phone if contact_phone is None and org else contact_phone,
        cc_procuratorate=cc_procuratorate,
    )
    values = _clean_content(session, content)
    codes = values.pop("violations")
    if escalated_from_id is not None:
        source = get(session, escalated_from_id)
        expected = NEXT_KIND.get(NoticeKind(source.kind))
        if expected is None or expected.value != values["kind"]:
            raise ValidationError("{label}只能升级为{value}", label=NoticeKind(source.kind).label, value=expected.label if expected else Message('（无）'))
    notice = SupervisionNotice(
        organization_id=org.id if org else None, status=NoticeStatus.DRAFT.value,
        escalated_from_id=escalated_from_id, batch_id=batch_id, **values,
    )
    session.add(notice)
    session.flush()
    _set_violations(session, notice, codes)  # type: ignore[arg-type]
    after = _snapshot(session, notice)
    audit.record(session, actor, "create", "notice", notice.id, {k: [None, v] for k, v in after.items() if v not in (None, "", [], False)})
    return _result(notice)


def update_draft(
    session: Session, actor: Actor, notice_id: int, content: NoticeContent, *, expected_version: int | None = None
) -> NoticeResult:
    """Save the form of a draft; an issued letter is frozen and cannot change."""
    require_write(actor)
    notice = get(session, notice_id)
    _check_version(notice, expected_version)
    if _status(notice) is not NoticeStatus.DRAFT:
        raise ValidationError("文书 {number} 已签发，内容不能再修改", number=notice.number)
    if notice.escalated_from_id is not None and NoticeKind.from_label(content.kind).value != notice.kind:
        raise ValidationError("升级产生的文书不能改变类型")
    before = _snapshot(session, notice)
    values = _clean_content(session, content)
    codes = values.pop("violations")
    for k, v in values.items():
        setattr(notice, k, v)
    session.flush()
    _set_violations(session, notice, codes)  # type: ignore[arg-type]
    audit.record(session, actor, "update", "notice", notice.id, audit.diff(before, _snapshot(session, notice)))
    return _result(notice)


def content_of(session: Session, notice: SupervisionNotice) -> NoticeContent:
    return NoticeContent(
        kind=notice.kind, enterprise_id=notice.enterprise_id, department_id=notice.department_id,
        case_id=notice.case_id, facts=notice.facts, legal_basis=tuple(k for k in notice.legal_basis.split("\n") if k),
        demands=notice.demands, violations=tuple(violations_of(session, notice.id)),
        deadline_count=notice.deadline_count, deadline_unit=notice.deadline_unit,
        contact_person=notice.contact_person, contact_phone=notice.contact_phone,
        cc_procuratorate=notice.cc_procuratorate,
    )


def delete_draft(session: Session, actor: Actor, notice_id: int, *, expected_version: int | None = None) -> None:
    """Throw a draft away. Issued notices are records and are never deleted (close them instead)."""
    require_write(actor)
    notice = get(session, notice_id)
    _check_version(notice, expected_version)
    if _status(notice) is not NoticeStatus.DRAFT:
        raise ValidationError("已签发的文书不能删除，只能办结")
    before = _snapshot(session, notice)
    session.execute(delete(NoticeViolation).where(NoticeViolation.notice_id == notice.id))
    session.delete(notice)
    session.flush()
    audit.record(session, actor, "delete", "notice", notice_id, {k: [v, None] for k, v in before.items() if v not in (None, "", [], False)})


# --- issuing ------------------------------------------------------------------------------------


def issue_problems(session: Session, notice: SupervisionNotice) -> list[str]:
    """What still stops a draft from being issued (the form shows these before the user tries)."""
    kind = NoticeKind(notice.kind)
    found: list[str] = []
    if kind is NoticeKind.RECOMMENDATION:
        if notice.department_id is None:
            found.append(Message("请选择建议书主送的政府部门"))
        if notice.enterprise_id is None:
            found.append(Message("请选择被监督的用人单位"))
    elif notice.enterprise_id is None:
        found.append(Message("请选择送达对象（用人单位）"))
    if not notice.facts.strip():
        found.append(Message("请填写查明的事实"))
    if not notice.demands.strip():
        found.append(Message("请填写整改要求" if kind is not NoticeKind.RECOMMENDATION else "请填写建议事项"))
    if not notice.legal_basis.strip():
        found.append(Message("请选择至少一条法律依据"))
    if not violations_of(session, notice.id):
        found.append(Message("请选择违法类型"))
    if notice.cc_procuratorate and procuratorate(session) is None:
        found.append(Message("抄送检察院：请先在政府部门名录中添加人民检察院"))
    return found


def procuratorate(session: Session) -> GovernmentBody | None:
    return session.scalars(
        select(GovernmentBody)
        .where(GovernmentBody.kind == GovBodyKind.PROCURATORATE.value, GovernmentBody.active.is_(True))
        .order_by(GovernmentBody.id)
    ).first()


def _assign_number(session: Session, notice: SupervisionNotice, year: int) -> None:
    org = session.get(Organization, notice.organization_id) if notice.organization_id else current_org(session)
    kind = NoticeKind(notice.kind)
    pattern = getattr(org, PATTERN_FIELD[kind])
    seq = numbering.next_number(session, org.id, kind.value, year)
    notice.organization_id = org.id
    notice.number = format_number(pattern, year, seq)
    notice.number_year, notice.number_seq = year, seq


def _freeze(session: Session, notice: SupervisionNotice) -> None:
    from casedesk.services import (
        notice_letter,  # the letter needs this module's helpers
    )

    pdf = notice_letter.render_notices(session, [notice]).pdf
    notice.pdf = pdf
    notice.pdf_sha256 = hashlib.sha256(pdf).hexdigest()


def issue_notice(
    session: Session,
    actor: Actor,
    notice_id: int,
    *,
    issued_on: date | None = None,
    expected_version: int | None = None,
) -> NoticeResult:
    """签发: assign the 发文字号 and freeze the PDF, in this one transaction."""
    require_write(actor)
    notice = get(session, notice_id)
    _check_version(notice, expected_version)
    if _status(notice) is not NoticeStatus.DRAFT:
        raise ValidationError("文书 {number} 已签发", number=notice.number)
    found = issue_problems(session, notice)
    if found:
        raise ValidationError("尚不能签发：{problems_}", problems_=Joined(found))
    day = issued_on or _today()
    _not_future(day, "发文日期")
    if notice.escalated_from_id is not None:
        source = get(session, notice.escalated_from_id)
        if source.issued_on and day < source.issued_on:
            raise ValidationError("发文日期不能早于前一份文书的发文日期 {issued_on}", issued_on=source.issued_on.isoformat())
    _assign_number(session, notice, day.year)
    notice.issued_on = day
    notice.issued_by_id = actor.staff_id
    notice.status = NoticeStatus.ISSUED.value
    session.flush()
    _freeze(session, notice)
    if notice.escalated_from_id is not None:
        source = get(session, notice.escalated_from_id)
        if _status(source) is not NoticeStatus.CLOSED:
            audit.record(session, actor, "escalate", "notice", source.id, {"status": [source.status, NoticeStatus.ESCALATED.value], "to": notice.number})
            source.status = NoticeStatus.ESCALATED.value
    session.flush()
    audit.record(
        session, actor, "issue", "notice", notice.id,
        {"status": [NoticeStatus.DRAFT.value, notice.status], "number": [None, notice.number],
         "issued_on": [None, day.isoformat()], "pdf_sha256": [None, notice.pdf_sha256]},
    )
    return _result(notice)


# --- delivery, reply, rectification -------------------------------------------------------------


def record_delivery(
    session: Session,
    actor: Actor,
    notice_id: int,
    *,
    method: str,
    delivered_on: date,
    signed_by: str = "",
    refusal_witness: str = "",
    tracking_number: str = "",
    expected_version: int | None = None,
) -> NoticeResult:
    """送达: how and when it reached the addressee; the reply deadline runs from this date."""
    require_write(actor)
    notice = get(session, notice_id)
    _check_version(notice, expected_version)
    if _status(notice) not in WAITING:
        raise ValidationError("只有已发出、尚未回复的文书可以登记送达" if _status(notice) is not NoticeStatus.DRAFT else "文书尚未签发")
    try:
        how = DeliveryMethod.from_label(method)
    except ValueError:
        raise ValidationError("送达方式“{method}”无法识别（直接送达、邮寄、电子）", method=method) from None
    _not_future(delivered_on, "送达日期")
    if notice.issued_on and delivered_on < notice.issued_on:
        raise ValidationError("送达日期不能早于发文日期 {issued_on}", issued_on=notice.issued_on.isoformat())
    signer = _text(signed_by, "签收人", 60)
    witness = _text(refusal_witness, "拒收见证人", 60)
    tracking = "".join(tracking_number.split()).upper()
    if how is DeliveryMethod.DIRECT and not signer and not witness:
        raise ValidationError("直接送达须填写签收人；拒收的，填写见证人")
    if signer and witness:
        raise ValidationError("签收人和拒收见证人只能填写一项（拒收时不填签收人）")
    if how is DeliveryMethod.POST:
        if not tracking:
            raise ValidationError("邮寄送达须填写邮件号码（EMS单号）")
        if not tracking.isalnum() or not 8 <= len(tracking) <= 30:
            raise ValidationError("邮件号码“{tracking_number}”格式不正确（8至30位字母或数字）", tracking_number=tracking_number.strip())
    elif tracking:
        raise ValidationError("只有邮寄送达填写邮件号码")
    before = {k: getattr(notice, k) for k in ("status", "delivery_method", "delivered_on", "signed_by", "refusal_witness", "tracking_number", "reply_due")}
    notice.delivery_method = how.value
    notice.delivered_on = delivered_on
    notice.signed_by, notice.refusal_witness, notice.tracking_number = signer, witness, tracking
    notice.reply_due = reply_due(session, delivered_on, notice.deadline_count, notice.deadline_unit)
    notice.status = NoticeStatus.DELIVERED.value
    session.flush()
    after = {k: getattr(notice, k) for k in before}
    audit.record(session, actor, "deliver", "notice", notice.id, audit.diff(before, after))
    return _result(notice)


def record_reply(
    session: Session,
    actor: Actor,
    notice_id: int,
    *,
    replied_on: date,
    content: str,
    rectification: str | None = None,
    expected_version: int | None = None,
) -> NoticeResult:
    """The addressee's written reply, with the rectification result when it is already known."""
    require_write(actor)
    notice = get(session, notice_id)
    _check_version(notice, expected_version)
    status = _status(notice)
    if status in (NoticeStatus.DRAFT, NoticeStatus.ISSUED):
        raise ValidationError("请先登记送达，再登记回复")
    if status in (NoticeStatus.ESCALATED, NoticeStatus.CLOSED):
        raise ValidationError("文书已{status}，不能再登记回复", status=status.label)
    _not_future(replied_on, "回复日期")
    if notice.delivered_on and replied_on < notice.delivered_on:
        raise ValidationError("回复日期不能早于送达日期 {delivered_on}", delivered_on=notice.delivered_on.isoformat())
    text = _text(content, "回复内容")
    if not text:
        raise ValidationError("请填写回复内容（可简要摘录）")
    result = _rectification(rectification) if rectification else None
    before = {k: getattr(notice, k) for k in ("status", "replied_on", "reply_content", "rectification")}
    notice.replied_on, notice.reply_content = replied_on, text
    if result is not None:
        notice.rectification = result.value
        notice.status = result.value
    else:
        notice.status = NoticeStatus.REPLIED.value if notice.rectification is None else notice.rectification
    session.flush()
    audit.record(session, actor, "reply", "notice", notice.id, audit.diff(before, {k: getattr(notice, k) for k in before}))
    return _result(notice)


def _rectification(value: str) -> NoticeStatus:
    try:
        result = NoticeStatus.from_label(value)
    except ValueError:
        result = None
    if result not in RECTIFICATION_RESULTS:
        raise ValidationError("整改情况“{value}”无法识别（已整改、部分整改、未整改）", value=value)
    return result  # type: ignore[return-value]


def record_rectification(
    session: Session, actor: Actor, notice_id: int, *, result: str, expected_version: int | None = None
) -> NoticeResult:
    """整改情况 found on follow-up: rectified, partly rectified or not rectified."""
    require_write(actor)
    notice = get(session, notice_id)
    _check_version(notice, expected_version)
    allowed = (NoticeStatus.REPLIED, *RECTIFICATION_RESULTS, NoticeStatus.DELIVERED, NoticeStatus.NO_REPLY)
    if _status(notice) not in allowed:
        raise ValidationError("文书状态为“{label}”，不能登记整改情况", label=_status(notice).label)
    value = _rectification(result)
    before = {"status": notice.status, "rectification": notice.rectification}
    notice.rectification = value.value
    notice.status = value.value
    session.flush()
    audit.record(session, actor, "rectification", "notice", notice.id, audit.diff(before, {"status": notice.status, "rectification": notice.rectification}))
    return _result(notice)


# Still waiting for the addressee's written answer: once a reply, a rectification result, an
# escalation or the closing is on record, the notice is no longer "reply overdue".
AWAITING_ANSWER = frozenset({NoticeStatus.ISSUED, NoticeStatus.DELIVERED, NoticeStatus.NO_REPLY})


def is_overdue(notice: SupervisionNotice, today: date | None = None) -> bool:
    """The reply deadline has passed and the notice still waits for an answer.

    The same rule as :func:`overdue_condition`, which the notice list's filter
    and the dashboard's "逾期未回复的文书" (``services.today``) use.
    """
    day = today or _today()
    return (
        _status(notice) in AWAITING_ANSWER
        and notice.replied_on is None
        and notice.reply_due is not None
        and notice.reply_due < day
    )


def mark_no_reply(
    session: Session, actor: Actor, notice_id: int, *, today: date | None = None, expected_version: int | None = None
) -> NoticeResult:
    """逾期未回复: the deadline passed without a reply (a late reply can still be recorded)."""
    require_write(actor)
    notice = get(session, notice_id)
    _check_version(notice, expected_version)
    if _status(notice) is not NoticeStatus.DELIVERED or not is_overdue(notice, today):
        due = notice.reply_due.isoformat() if notice.reply_due else "未送达"
        raise ValidationError("回复期限（{due}）尚未届满，不能登记为逾期未回复", due=due)
    audit.record(session, actor, "no_reply", "notice", notice.id, {"status": [notice.status, NoticeStatus.NO_REPLY.value]})
    notice.status = NoticeStatus.NO_REPLY.value
    session.flush()
    return _result(notice)


def close_notice(
    session: Session, actor: Actor, notice_id: int, *, closed_on: date | None = None, note: str = "",
    expected_version: int | None = None,
) -> NoticeResult:
    """办结: the matter needs no further action (rectified, withdrawn, taken over by a department)."""
    require_write(actor)
    notice = get(session, notice_id)
    _check_version(notice, expected_version)
    if _status(notice) in (NoticeStatus.DRAFT, NoticeStatus.CLOSED):
        raise ValidationError("草稿不能办结（不需要的草稿请删除）" if notice.status == NoticeStatus.DRAFT.value else "文书已办结")
    day = closed_on or _today()
    _not_future(day, "办结日期")
    if notice.issued_on and day < notice.issued_on:
        raise ValidationError("办结日期不能早于发文日期 {issued_on}", issued_on=notice.issued_on.isoformat())
    before = {"status": notice.status, "closed_on": None}
    notice.status, notice.closed_on = NoticeStatus.CLOSED.value, day
    session.flush()
    changes = audit.diff(before, {"status": notice.status, "closed_on": day})
    if note.strip():
        changes["note"] = [None, _text(note, "办结说明", 500)]
    audit.record(session, actor, "close", "notice", notice.id, changes)
    return _result(notice)


# --- escalation ---------------------------------------------------------------------------------


def escalation_of(session: Session, notice_id: int) -> SupervisionNotice | None:
    return session.scalars(
        select(SupervisionNotice).where(SupervisionNotice.escalated_from_id == notice_id).order_by(SupervisionNotice.id)
    ).first()


def can_escalate(session: Session, notice: SupervisionNotice, today: date | None = None) -> bool:
    if NoticeKind(notice.kind) not in NEXT_KIND or escalation_of(session, notice.id) is not None:
        return False
    return _status(notice) in UNANSWERED or is_overdue(notice, today)


RECOMMENDATION_DEMANDS = "建议你单位依法对该单位的上述违法行为进行调查处理，责令其限期改正，切实维护职工合法权益。"


def escalate_notice(
    session: Session, actor: Actor, notice_id: int, *, department_id: int | None = None, today: date | None = None
) -> NoticeResult:
    """One action from an unanswered or unrectified notice to the draft of the next one.

    提示函 -> 意见书 to the same employer; 意见书 -> 建议书 to the department
    chosen from the list (the employer stays on it as the subject). Facts,
    legal basis, violations, case and contact carry over; the new letter
    refers to the earlier ones by number and date.
    """
    require_write(actor)
    source = get(session, notice_id)
    kind = NoticeKind(source.kind)
    if kind not in NEXT_KIND:
        raise ValidationError("建议书是最后一级文书，不能再升级（可抄送人民检察院）")
    existing = escalation_of(session, source.id)
    if existing is not None:
        label = existing.number or "草稿"
        raise ValidationError("这份文书已升级为{label}（{label2}）", label=NoticeKind(existing.kind).label, label2=label)
    if not can_escalate(session, source, today):
        raise ValidationError("文书状态为“{label}”：逾期未回复、未整改或部分整改的文书才能升级", label=_status(source).label)
    if _status(source) is NoticeStatus.DELIVERED:
        audit.record(session, actor, "no_reply", "notice", source.id, {"status": [source.status, NoticeStatus.NO_REPLY.value]})
        source.status = NoticeStatus.NO_REPLY.value
    target = NEXT_KIND[kind]
    content = content_of(session, source)
    demands = content.demands if target is NoticeKind.OPINION else RECOMMENDATION_DEMANDS
    return draft_notice(
        session, actor, kind=target.value, enterprise_id=content.enterprise_id,
        department_id=department_id if target is NoticeKind.RECOMMENDATION else None,
        case_id=content.case_id, facts=content.facts, legal_basis=content.legal_basis, demands=demands,
        violations=content.violations, escalated_from_id=source.id,
        contact_person=content.contact_person, contact_phone=content.contact_phone,
    )


# --- historical records -------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoricalNotice:
    """A notice issued before CaseDesk, as an old ledger row describes it (no PDF exists)."""

    number: str
    kind: str
    issued_on: date
    enterprise_id: int | None = None
    department_id: int | None = None
    case_id: int | None = None
    facts: str = ""
    violations: tuple[str, ...] = ()
    deadline_count: int | None = None
    deadline_unit: str | None = None
    reply_due: date | None = None
    delivered_on: date | None = None
    replied_on: date | None = None
    status: str | None = None  # a NoticeStatus; None = derived from the dates


def number_parts(session: Session, organization_id: int, kind: str, number: str) -> tuple[int, int] | None:
    """(year, seq) when a number follows the organization's pattern for the kind, else None."""
    org = session.get(Organization, organization_id)
    return parse_number(getattr(org, PATTERN_FIELD[NoticeKind(kind)]), number) if org else None


def record_historical(session: Session, actor: Actor, record: HistoricalNotice) -> NoticeResult:
    """Enter a notice from an old ledger: it keeps its number, and the sequence moves past it."""
    require_write(actor)
    kind = NoticeKind.from_label(record.kind)
    number = record.number.strip().replace("[", "〔").replace("]", "〕")
    if not number:
        raise ValidationError("文书编号不能为空")
    if session.scalar(select(SupervisionNotice.id).where(SupervisionNotice.number == number)) is not None:
        raise ValidationError("文书编号 {number} 已存在", number=number)
    org_id = _org_id(session, actor)
    parts = number_parts(session, org_id, kind.value, number)
    count, unit = default_deadline(session, kind.value)
    if record.deadline_count is not None:
        count, unit = record.deadline_count, DeadlineUnit.from_label(record.deadline_unit or unit).value
    due = record.reply_due
    if due is None and record.delivered_on is not None:
        due = reply_due(session, record.delivered_on, count, unit)
    if record.status is not None:
        status = NoticeStatus.from_label(record.status)
    elif record.replied_on is not None:
        status = NoticeStatus.REPLIED
    else:
        status = NoticeStatus.DELIVERED if record.delivered_on else NoticeStatus.ISSUED
    if status is NoticeStatus.DRAFT:
        raise ValidationError("导入的文书不能是草稿")
    notice = SupervisionNotice(
        organization_id=org_id, kind=kind.value, number=number,
        number_year=parts[0] if parts else None, number_seq=parts[1] if parts else None,
        status=status.value, enterprise_id=record.enterprise_id, department_id=record.department_id,
        case_id=record.case_id, facts=_text(record.facts, "主要问题"), legal_basis="", demands="",
        deadline_count=count, deadline_unit=unit, reply_due=due, issued_on=record.issued_on,
        delivered_on=record.delivered_on, replied_on=record.replied_on,
        rectification=status.value if status in RECTIFICATION_RESULTS else None,
        closed_on=record.replied_on or record.issued_on if status is NoticeStatus.CLOSED else None,
    )
    session.add(notice)
    session.flush()
    if parts:
        numbering.advance_past(session, org_id, kind.value, parts[0], parts[1])
    _set_violations(session, notice, [ViolationType.from_label(v).value for v in record.violations])
    audit.record(session, actor, "import", "notice", notice.id, {"number": [None, number], "status": [None, status.value]})
    return _result(notice)


# --- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainLink:
    id: int
    kind: str
    number: str | None
    status: str
    issued_on: date | None
    replied_on: date | None
    rectification: str | None

    @property
    def label(self) -> str:
        kind = NoticeKind(self.kind).label
        when = f"，{self.issued_on.isoformat()}" if self.issued_on else ""
        return f"{kind} {self.number or '（草稿）'}{when}，{NoticeStatus(self.status).label}"


def _link(n: SupervisionNotice) -> ChainLink:
    return ChainLink(n.id, n.kind, n.number, n.status, n.issued_on, n.replied_on, n.rectification)


def chain(session: Session, notice_id: int) -> list[ChainLink]:
    """The escalation chain a notice belongs to, from the first 提示函 to the last 建议书."""
    notice = get(session, notice_id)
    root = notice
    seen = {root.id}
    while root.escalated_from_id is not None and root.escalated_from_id not in seen:
        root = get(session, root.escalated_from_id)
        seen.add(root.id)
    links = [_link(root)]
    current: SupervisionNotice | None = root
    while current is not None:
        current = escalation_of(session, current.id)
        if current is not None and current.id not in {link.id for link in links}:
            links.append(_link(current))
        else:
            break
    return links


def earlier_in_chain(session: Session, notice: SupervisionNotice) -> list[SupervisionNotice]:
    """The issued notices this one escalates from, oldest first."""
    out: list[SupervisionNotice] = []
    current = notice
    while current.escalated_from_id is not None and len(out) < 10:
        current = get(session, current.escalated_from_id)
        out.insert(0, current)
    return out


@dataclass(frozen=True)
class NoticeSummary:
    id: int
    kind: str
    number: str | None
    status: str
    addressee: str
    issued_on: date | None
    reply_due: date | None
    replied_on: date | None
    escalated_from_id: int | None
    escalated_from_number: str | None = None


def _summaries(session: Session, condition) -> list[NoticeSummary]:  # type: ignore[no-untyped-def]
    ent, body, parent = Enterprise, GovernmentBody, SupervisionNotice.__table__.alias("parent")
    rows = session.execute(
        select(SupervisionNotice, ent.name, body.name, parent.c.number)
        .outerjoin(ent, ent.id == SupervisionNotice.enterprise_id)
        .outerjoin(body, body.id == SupervisionNotice.department_id)
        .outerjoin(parent, parent.c.id == SupervisionNotice.escalated_from_id)
        .where(condition)
        .order_by(SupervisionNotice.issued_on.is_(None), SupervisionNotice.issued_on, SupervisionNotice.id)
    ).all()
    return [
        NoticeSummary(n.id, n.kind, n.number, n.status, body_name or ent_name or "", n.issued_on, n.reply_due,
                      n.replied_on, n.escalated_from_id, parent_number)
        for n, ent_name, body_name, parent_number in rows
    ]


def for_case(session: Session, case_id: int) -> list[NoticeSummary]:
    """Every notice of a case, in issue order, each showing what it escalated from."""
    return _summaries(session, SupervisionNotice.case_id == case_id)


def for_enterprise(session: Session, enterprise_id: int) -> list[NoticeSummary]:
    return _summaries(session, SupervisionNotice.enterprise_id == enterprise_id)


@dataclass(frozen=True)
class OverdueReply:
    id: int
    kind: str
    number: str
    addressee: str
    delivered_on: date
    reply_due: date
    days_overdue: int


def overdue_replies(session: Session, today: date | None = None, limit: int | None = None) -> list[OverdueReply]:
    """Delivered notices whose reply deadline has passed with no reply: the dashboard's list."""
    day = today or _today()
    stmt = (
        select(SupervisionNotice, Enterprise.name, GovernmentBody.name)
        .outerjoin(Enterprise, Enterprise.id == SupervisionNotice.enterprise_id)
        .outerjoin(GovernmentBody, GovernmentBody.id == SupervisionNotice.department_id)
        .where(overdue_condition(day))
        .order_by(SupervisionNotice.reply_due, SupervisionNotice.id)
    )
    if limit:
        stmt = stmt.limit(limit)
    return [
        OverdueReply(n.id, n.kind, n.number or "", body or ent or "", n.delivered_on, n.reply_due, (day - n.reply_due).days)
        for n, ent, body in session.execute(stmt)
    ]


def overdue_condition(today: date) -> ColumnElement[bool]:
    """SQL form of :func:`is_overdue`."""
    return (
        SupervisionNotice.status.in_(sorted(s.value for s in AWAITING_ANSWER))
        & SupervisionNotice.replied_on.is_(None)
        & (SupervisionNotice.reply_due < today)
    )


def find(session: Session, number_or_id: str) -> SupervisionNotice:
    """A notice by its 发文字号 (as typed, [] accepted for 〔〕) or by its record number."""
    text = number_or_id.strip()
    normalized = text.replace("[", "〔").replace("]", "〕").replace("［", "〔").replace("］", "〕")
    notice = session.scalars(select(SupervisionNotice).where(SupervisionNotice.number == normalized)).first()
    if notice is None and text.lstrip("#").isdigit():
        notice = session.get(SupervisionNotice, int(text.lstrip("#")))
    if notice is None:
        raise ValidationError("找不到文书“{text}”（请输入发文字号，如 铁工监提〔2025〕3号，或记录编号）", text=text)
    return notice


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    actor: str
    action: str
    changes: str


ACTION_LABELS = {
    "create": "起草", "update": "修改", "issue": "签发", "deliver": "登记送达", "reply": "登记回复",
    "rectification": "登记整改情况", "close": "办结", "delete": "删除", "print": "打印", "export": "导出PDF",
    "import": "导入", "no_reply": "登记逾期未回复", "escalate": "升级",
    "issue_batch": "批量签发",
}


def history(session: Session, notice_id: int) -> list[HistoryEntry]:
    """Who did what to a notice and when, from the audit trail."""
    rows = session.scalars(
        select(AuditEvent).where(AuditEvent.entity == "notice", AuditEvent.entity_id == notice_id).order_by(AuditEvent.id)
    )
    return [HistoryEntry(format_local(r.at), r.actor, ACTION_LABELS.get(r.action, r.action), r.changes) for r in rows]


def record_output(session: Session, actor: Actor, notice_id: int, action: str, target: str = "") -> None:
    """Audit a print or a PDF export of a notice (viewers may print: nothing changes)."""
    if action not in ("print", "export"):
        raise ValueError(action)
    notice = get(session, notice_id)
    audit.record(session, actor, action, "notice", notice.id, {"number": notice.number, "target": target, "pdf_sha256": notice.pdf_sha256})


def pdf_of(session: Session, notice_id: int) -> bytes:
    """The letter as PDF: the frozen bytes of an issued notice, a fresh 样稿 for a draft."""
    from casedesk.services import notice_letter

    notice = get(session, notice_id)
    if notice.status != NoticeStatus.DRAFT.value:
        if notice.pdf is None:
            raise ValidationError("文书 {number} 是导入的历史记录，系统中没有它的存档PDF", number=notice.number)
        return notice.pdf
    return notice_letter.render_notices(session, [notice]).pdf


@dataclass(frozen=True)
class NoticeView:
    """Everything the notice window shows, read in one go."""

    id: int
    version: int
    status: str
    number: str | None
    batch_id: str | None
    content: NoticeContent
    enterprise_name: str
    enterprise_code: str
    department_name: str
    case_number: str
    issued_on: date | None
    issued_by: str
    delivery_method: str | None
    delivered_on: date | None
    signed_by: str
    refusal_witness: str
    tracking_number: str
    reply_due: date | None
    replied_on: date | None
    reply_content: str
    rectification: str | None
    closed_on: date | None
    escalated_from_id: int | None
    escalation_id: int | None
    overdue: bool
    has_pdf: bool
    chain: list[ChainLink]
    actions: frozenset[str]
    problems: list[str]
    history: list[HistoryEntry]


def view(session: Session, notice_id: int, today: date | None = None) -> NoticeView:
    n = get(session, notice_id)
    ent = session.get(Enterprise, n.enterprise_id) if n.enterprise_id else None
    body = session.get(GovernmentBody, n.department_id) if n.department_id else None
    case = session.get(Case, n.case_id) if n.case_id else None
    staff = session.get(Staff, n.issued_by_id) if n.issued_by_id else None
    child = escalation_of(session, n.id)
    return NoticeView(
        id=n.id, version=n.version, status=n.status, number=n.number, batch_id=n.batch_id,
        content=content_of(session, n),
        enterprise_name=ent.name if ent else "", enterprise_code=(ent.credit_code or "") if ent else "",
        department_name=body.name if body else "", case_number=case.case_number if case else "",
        issued_on=n.issued_on, issued_by=staff.display_name if staff else "",
        delivery_method=n.delivery_method, delivered_on=n.delivered_on, signed_by=n.signed_by,
        refusal_witness=n.refusal_witness, tracking_number=n.tracking_number, reply_due=n.reply_due,
        replied_on=n.replied_on, reply_content=n.reply_content, rectification=n.rectification, closed_on=n.closed_on,
        escalated_from_id=n.escalated_from_id, escalation_id=child.id if child else None,
        overdue=is_overdue(n, today), has_pdf=n.pdf_sha256 is not None,
        chain=chain(session, n.id), actions=actions(session, n, today),
        problems=issue_problems(session, n) if n.status == NoticeStatus.DRAFT.value else [],
        history=history(session, n.id),
    )


def actions(session: Session, notice: SupervisionNotice, today: date | None = None) -> frozenset[str]:
    """Which lifecycle actions the notice allows now (the form enables exactly these buttons)."""
    status = _status(notice)
    out: set[str] = set()
    if status is NoticeStatus.DRAFT:
        out |= {"edit", "issue", "delete"}
    else:
        if notice.pdf_sha256 is not None:  # imported historical notices have no PDF
            out.add("print")
        if status in WAITING:
            out.add("deliver")
        if status in (NoticeStatus.DELIVERED, NoticeStatus.NO_REPLY, NoticeStatus.REPLIED, *RECTIFICATION_RESULTS):
            out.add("reply")
        if status in (NoticeStatus.REPLIED, NoticeStatus.DELIVERED, NoticeStatus.NO_REPLY, *RECTIFICATION_RESULTS):
            out.add("rectification")
        if status is NoticeStatus.DELIVERED and is_overdue(notice, today):
            out.add("no_reply")
        if can_escalate(session, notice, today):
            out.add("escalate")
        if status is not NoticeStatus.CLOSED:
            out.add("close")
    return frozenset(out)

