"""The 咨询台账 as a file: import an office's old ledger, export the list, write an empty template.

Offices kept this ledger in Excel for years, each in its own words: "欠薪"
for 劳动报酬, "转劳动监察" for a referral, "电话" for the 12351 hotline.
Values are therefore read through small synonym tables (exact label or code
first, then the longest known word found in the cell); what still does not
match is reported with its row and column, never guessed.

Export writes the same headers the import reads, so an exported file
re-imports cleanly: into the same database every row is a duplicate (same
time + phone + question), into another one it recreates the records. Phone
numbers and 身份证号 are masked unless the user asks for them in full, which
is audited; a masked value read back is treated as withheld, not as an error.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from casedesk.db.models import Case, Consultation, Enterprise, Staff, Worker
from casedesk.domain.enums import (
    Channel,
    ConsultationStatus,
    DisputeCategory,
    LabeledEnum,
    ReferralBody,
    Satisfaction,
)
from casedesk.domain.masking import mask_id_number, mask_phone
from casedesk.domain.messages import Joined, message_of
from casedesk.domain.parsing import parse_count, parse_date, parse_datetime
from casedesk.domain.timeutil import from_local, to_local
from casedesk.domain.validators import (
    ValidationError,
    normalize_credit_code,
    normalize_id_number,
    normalize_phone,
)
from casedesk.services import cases, consultations
from casedesk.services.actor import Actor, require_reveal
from casedesk.services.ledger_export import write_export
from casedesk.services.ledger_import import LedgerColumn, RowReader
from casedesk.services.ledgers import ExportOptions, LedgerKind

# --- vocabulary ----------------------------------------------------------------------------------


class Vocabulary:
    """Cell text to an enum code: label or code exactly, else a synonym, else the longest synonym contained."""

    def __init__(self, enum_cls: type[LabeledEnum], synonyms: Mapping[str, str]) -> None:
        self.enum_cls = enum_cls
        self._exact = {m.label: m.value for m in enum_cls} | {m.value: m.value for m in enum_cls} | dict(synonyms)
        self._words = sorted(self._exact.items(), key=lambda kv: -len(kv[0]))

    def lookup(self, text: str) -> str | None:
        t = "".join(text.split())
        if not t:
            return None
        if t in self._exact:
            return self._exact[t]
        for word, code in self._words:
            if word in t:
                return code
        return None

    def accepted(self) -> str:
        return "、".join(m.label for m in self.enum_cls)


C = DisputeCategory
CATEGORIES = Vocabulary(DisputeCategory, {
    "工资": C.WAGES, "欠薪": C.WAGES, "讨薪": C.WAGES, "拖欠工资": C.WAGES, "劳动报酬": C.WAGES, "薪酬": C.WAGES,
    "克扣": C.WAGES, "最低工资": C.WAGES, "绩效": C.WAGES, "提成": C.WAGES,
    "社保": C.SOCIAL_INSURANCE, "社会保险": C.SOCIAL_INSURANCE, "养老": C.SOCIAL_INSURANCE, "医保": C.SOCIAL_INSURANCE,
    "失业保险": C.SOCIAL_INSURANCE, "公积金": C.SOCIAL_INSURANCE, "生育保险": C.SOCIAL_INSURANCE,
    "劳动合同": C.CONTRACT, "合同": C.CONTRACT, "未签合同": C.CONTRACT, "试用期": C.CONTRACT, "调岗": C.CONTRACT,
    "解除": C.TERMINATION, "终止": C.TERMINATION, "辞退": C.TERMINATION, "开除": C.TERMINATION, "解雇": C.TERMINATION,
    "裁员": C.TERMINATION, "辞职": C.TERMINATION, "离职": C.TERMINATION, "违法解除": C.TERMINATION,
    "解除劳动合同": C.TERMINATION, "终止劳动合同": C.TERMINATION, "违法解除劳动合同": C.TERMINATION,
    "经济补偿": C.COMPENSATION, "补偿金": C.COMPENSATION, "赔偿金": C.COMPENSATION, "二倍工资": C.COMPENSATION,
    "双倍工资": C.COMPENSATION, "N+1": C.COMPENSATION,
    "工伤": C.WORK_INJURY, "伤残": C.WORK_INJURY, "因工": C.WORK_INJURY,
    "加班": C.HOURS_LEAVE, "休假": C.HOURS_LEAVE, "年休假": C.HOURS_LEAVE, "年假": C.HOURS_LEAVE, "工时": C.HOURS_LEAVE,
    "休息": C.HOURS_LEAVE, "工作时间": C.HOURS_LEAVE, "产假": C.SPECIAL_PROTECTION,
    "劳动关系": C.RELATIONSHIP, "确认劳动关系": C.RELATIONSHIP, "用工关系": C.RELATIONSHIP,
    "劳动保护": C.SAFETY, "职业病": C.SAFETY, "安全生产": C.SAFETY, "高温": C.SAFETY, "防暑": C.SAFETY,
    "女职工": C.SPECIAL_PROTECTION, "未成年工": C.SPECIAL_PROTECTION, "孕期": C.SPECIAL_PROTECTION,
    "哺乳期": C.SPECIAL_PROTECTION, "残疾": C.SPECIAL_PROTECTION, "特殊保护": C.SPECIAL_PROTECTION,
    "派遣": C.DISPATCH, "劳务派遣": C.DISPATCH, "外包": C.DISPATCH,
    "集体合同": C.COLLECTIVE_CONTRACT, "集体协商": C.COLLECTIVE_CONTRACT, "工资集体协商": C.COLLECTIVE_CONTRACT,
    "其它": C.OTHER, "其他": C.OTHER,
})
CHANNELS = Vocabulary(Channel, {
    "12351": Channel.HOTLINE_12351, "热线": Channel.HOTLINE_12351, "电话": Channel.HOTLINE_12351, "来电": Channel.HOTLINE_12351,
    "12348": Channel.TRANSFER_12348, "转来": Channel.TRANSFER_12348,
    "走访": Channel.WALK_IN, "现场": Channel.WALK_IN, "上门": Channel.WALK_IN, "窗口": Channel.WALK_IN, "来访": Channel.WALK_IN,
    "网络": Channel.ONLINE, "网站": Channel.ONLINE, "微信": Channel.ONLINE, "在线": Channel.ONLINE, "小程序": Channel.ONLINE,
    "邮件": Channel.ONLINE, "网上": Channel.ONLINE,
    "来信": Channel.LETTER, "信访": Channel.LETTER, "信件": Channel.LETTER,
})
REFERRAL_BODIES = Vocabulary(ReferralBody, {
    "监察": ReferralBody.LABOUR_INSPECTION, "劳动监察": ReferralBody.LABOUR_INSPECTION, "人社": ReferralBody.LABOUR_INSPECTION,
    "仲裁": ReferralBody.ARBITRATION, "仲裁委": ReferralBody.ARBITRATION,
    "法律援助": ReferralBody.LEGAL_AID, "法援": ReferralBody.LEGAL_AID, "12348": ReferralBody.LEGAL_AID,
    "法院": ReferralBody.COURT, "诉讼": ReferralBody.COURT,
    "其它": ReferralBody.OTHER, "其他": ReferralBody.OTHER,
})
SATISFACTION = Vocabulary(Satisfaction, {
    "非常满意": Satisfaction.SATISFIED, "很满意": Satisfaction.SATISFIED,
    "比较满意": Satisfaction.FAIRLY, "较满意": Satisfaction.FAIRLY, "一般": Satisfaction.FAIRLY,
    "不太满意": Satisfaction.UNSATISFIED, "很不满意": Satisfaction.UNSATISFIED, "不满": Satisfaction.UNSATISFIED,
})

S = ConsultationStatus
# How a row says it was handled (处理方式); a referral may also name its body in the same cell.
_HANDLING_WORDS: tuple[tuple[str, ConsultationStatus], ...] = (
    ("转立案", S.TO_CASE), ("立案", S.TO_CASE), ("转案件", S.TO_CASE),
    ("待处理", S.OPEN), ("未处理", S.OPEN), ("处理中", S.OPEN), ("待答复", S.OPEN), ("跟进", S.OPEN), ("待回复", S.OPEN),
    ("转办", S.REFERRED), ("转交", S.REFERRED), ("移交", S.REFERRED), ("转", S.REFERRED), ("引导", S.REFERRED),
    ("答复", S.ANSWERED), ("解答", S.ANSWERED), ("解释", S.ANSWERED), ("告知", S.ANSWERED), ("办结", S.ANSWERED),
    ("已回复", S.ANSWERED),
)
HANDLING_LABELS = {S.ANSWERED: "当场答复", S.REFERRED: "转办", S.TO_CASE: "转立案", S.OPEN: "待处理"}


def handling_from_text(text: str) -> ConsultationStatus | None:
    t = "".join(text.split())
    for label_status, label in HANDLING_LABELS.items():
        if t == label:
            return label_status
    for word, status in _HANDLING_WORDS:
        if word in t:
            return status
    return None


def handling_label(status: str, referral_body: str | None) -> str:
    """The 处理方式 cell of an exported row (a closed item shows how it was handled)."""
    if status == S.CLOSED:
        return HANDLING_LABELS[S.REFERRED] if referral_body else HANDLING_LABELS[S.ANSWERED]
    return HANDLING_LABELS.get(ConsultationStatus(status), status)


# --- columns -------------------------------------------------------------------------------------

COLUMNS: tuple[LedgerColumn, ...] = (
    LedgerColumn("受理时间", "received_at", required=True, aliases=("来电时间", "咨询时间", "受理日期", "来访时间", "日期")),
    LedgerColumn("渠道", "channel", aliases=("咨询渠道", "来源渠道", "咨询方式", "来源")),
    LedgerColumn("来电人", "caller_name", aliases=("姓名", "咨询人", "来访人", "职工姓名")),
    LedgerColumn("联系电话", "caller_phone", aliases=("电话", "手机", "手机号", "联系方式", "来电号码")),
    LedgerColumn("身份证号", "caller_id_number", aliases=("身份证号码", "证件号码", "公民身份号码")),
    LedgerColumn("用人单位", "enterprise_name", aliases=("单位名称", "工作单位", "所在单位", "涉及单位", "企业名称")),
    LedgerColumn("统一社会信用代码", "credit_code", aliases=("信用代码", "社会信用代码")),
    LedgerColumn("涉及人数", "worker_count", aliases=("人数",)),
    LedgerColumn("问题类别", "category", aliases=("诉求类别", "问题类型", "咨询类别", "类别")),
    LedgerColumn("问题描述", "question", required=True, aliases=("诉求摘要", "咨询内容", "来电内容", "问题", "诉求内容")),
    LedgerColumn("答复内容", "answer", aliases=("答复", "答复意见", "处理意见", "解答内容")),
    LedgerColumn("处理方式", "status", aliases=("处理结果", "办理方式", "处理情况")),
    LedgerColumn("转办单位", "referral_body", aliases=("转办部门", "转交单位")),
    LedgerColumn("转办日期", "referral_date", aliases=("转办时间",)),
    LedgerColumn("案件编号", "case_number", aliases=("案号",)),
    LedgerColumn("承办人", "handler", aliases=("接听人", "经办人", "受理人", "接待人")),
    LedgerColumn("回访期限", "followup_due", aliases=("应回访日期",)),
    LedgerColumn("回访日期", "followup_done", aliases=("回访时间",)),
    LedgerColumn("回访结果", "followup_result", aliases=("回访情况", "回访内容")),
    LedgerColumn("满意度", "satisfaction", aliases=("满意程度", "回访满意度")),
)
_COLUMN_ORDER = {c.header: i for i, c in enumerate(COLUMNS)}

SAMPLE_ROW = (
    "2025-03-03 09:30", "12351热线", "王磊", "13812345678", "", "铁锋区顺达物流有限公司", "", 1, "劳动报酬",
    "公司拖欠两个月工资共8000元，如何维权？", "告知可向劳动保障监察投诉或申请劳动仲裁，并说明所需证据。", "转办", "劳动保障监察",
    "2025-03-03", "", "张敏", "2025-03-06", "2025-03-06", "已足额支付拖欠工资", "满意",
)


# --- import --------------------------------------------------------------------------------------


def is_masked(text: str) -> bool:
    """A value from a masked export (138****1234): the digits were withheld, not mistyped."""
    return "*" in text


@dataclass(frozen=True)
class ParsedRow:
    values: consultations.ConsultationFields
    handler: str
    case_id: int | None
    phone_key: str  # normalised phone, or the masked form as exported


def _vocab(reader: RowReader, key: str, vocabulary: Vocabulary, what: str) -> str | None:
    text = reader.text(key)
    if not text:
        return None
    code = vocabulary.lookup(text)
    if code is None:
        reader.fail(key, "无法识别的{what}“{text}”（可填：{value}）", what=what, text=text, value=vocabulary.accepted())
    return code


def _identifier(reader: RowReader, key: str, normalize: Callable[[str], str]) -> tuple[str, str]:
    """(value to store, value to compare): masked cells store nothing and compare as written."""
    text = reader.text(key, max_len=40)
    if not text:
        return "", ""
    if is_masked(text):
        return "", text
    try:
        value = normalize(text)  # the cell as text: Excel keeps many phone numbers as numbers
    except ValidationError as exc:
        reader.fail(key, message_of(exc))
        return "", ""
    return value, value


def _handling(reader: RowReader, body: str | None, has_answer: bool, case_number: str) -> str:
    text = reader.text("status")
    if not text:
        if case_number:
            return S.TO_CASE.value
        if body:
            return S.REFERRED.value
        return (S.ANSWERED if has_answer else S.OPEN).value
    status = handling_from_text(text)
    if status is None:
        reader.fail("status", "无法识别的处理方式“{text}”（可填：{items}）", text=text, items=Joined(HANDLING_LABELS.values(), "、"))
        return S.OPEN.value
    return status.value


class ConsultationLedgerSpec:
    """The LedgerSpec of the consultation ledger for ``ledger_import.run_import``."""

    kind = "consultations"
    columns = COLUMNS

    def __init__(self) -> None:
        self._handlers: dict[str, int | None] = {}  # a ledger names the same few handlers on every row

    def parse(self, session: Session, reader: RowReader) -> ParsedRow | None:
        moment = reader.parsed("received_at", parse_datetime, required=True)
        phone, phone_key = _identifier(reader, "caller_phone", normalize_phone)
        id_number, _ = _identifier(reader, "caller_id_number", normalize_id_number)
        body_text = reader.text("referral_body")
        body = _vocab(reader, "referral_body", REFERRAL_BODIES, "转办单位")
        answer = reader.text("answer")
        case_number = reader.text("case_number", max_len=60)
        status = _handling(reader, body, bool(answer), case_number)
        if status == S.REFERRED and not body_text:
            body = REFERRAL_BODIES.lookup(reader.text("status")) or ReferralBody.OTHER.value
        case_id = cases.find_by_number(session, case_number) if case_number else None
        if case_number and case_id is None:
            reader.fail("case_number", "案件编号“{case_number}”不存在（请先导入案件台账）", case_number=case_number)
        elif case_number and status != S.TO_CASE:
            reader.fail("status", "填写了案件编号，处理方式应为“转立案”")
        cells = {
            "channel": _vocab(reader, "channel", CHANNELS, "渠道") or Channel.HOTLINE_12351.value,
            "caller_name": reader.text("caller_name", max_len=60),
            "caller_phone": phone,
            "caller_id_number": id_number,
            "enterprise_name": reader.text("enterprise_name", max_len=200),
            "credit_code": reader.parsed("credit_code", normalize_credit_code) or "",
            "worker_count": reader.parsed("worker_count", lambda v: parse_count(v, "涉及人数")) or 1,
            "category": _vocab(reader, "category", CATEGORIES, "问题类别") or DisputeCategory.OTHER.value,
            "question": reader.text("question", required=True),
            "answer": answer,
            "status": status,
            "referral_body": body if status == S.REFERRED else None,
            "referral_date": reader.parsed("referral_date", parse_date),
            "followup_due": reader.parsed("followup_due", parse_date),
            "followup_done": reader.parsed("followup_done", parse_date),
            "followup_result": reader.text("followup_result"),
            "satisfaction": _vocab(reader, "satisfaction", SATISFACTION, "满意度"),
        }
        handler = reader.text("handler", max_len=40)
        reader.errors.sort(key=lambda e: _COLUMN_ORDER.get(e.column, len(_COLUMN_ORDER)))  # report in ledger order
        if reader.errors or moment is None:
            return None
        try:
            checked = consultations.validate_fields(consultations.ConsultationFields(received_at=from_local(moment), **cells))
        except consultations.FieldError as exc:
            reader.fail(exc.field, message_of(exc))
            return None
        return ParsedRow(checked, handler, case_id, phone_key)

    def duplicate_key(self, parsed: ParsedRow) -> Hashable:
        """Same minute, same phone, same question: the same call written down twice."""
        return (parsed.values.received_at, parsed.phone_key, parsed.values.question)

    def exists(self, session: Session, parsed: ParsedRow) -> bool:
        start = parsed.values.received_at
        rows = session.execute(
            select(func.coalesce(Consultation.caller_phone, Worker.phone), Consultation.question)
            .outerjoin(Worker, Worker.id == Consultation.caller_id)
            .where(Consultation.received_at >= start, Consultation.received_at < start + timedelta(minutes=1))
        )
        for phone, question in rows:
            stored = phone or ""
            same_phone = stored == parsed.phone_key or (is_masked(parsed.phone_key) and mask_phone(stored) == parsed.phone_key)
            if same_phone and question.strip() == parsed.values.question:
                return True
        return False

    def write(self, session: Session, actor: Actor, parsed: ParsedRow) -> None:
        values = parsed.values
        if parsed.handler:
            if parsed.handler not in self._handlers:
                self._handlers[parsed.handler] = consultations.find_or_create_handler(session, actor, parsed.handler)
            values = replace(values, handler_id=self._handlers[parsed.handler])
        consultations.log_consultation(session, actor, values, existing_case_id=parsed.case_id, open_new_case=False)


# --- export --------------------------------------------------------------------------------------


def _export_rows(session: Session, filters: Mapping[str, Any], reveal: bool) -> Iterator[list[Any]]:
    """Rows in ledger order, streamed (plain columns, not ORM objects: a million rows stay cheap).

    Caller name and phone fall back to the linked worker record, as the list shows them.
    """
    caller, enterprise, handler, case = aliased(Worker), aliased(Enterprise), aliased(Staff), aliased(Case)
    c = Consultation
    stmt = (
        select(
            c.received_at, c.channel, func.coalesce(func.nullif(c.caller_name, ""), caller.name),
            func.coalesce(c.caller_phone, caller.phone), caller.id_number, enterprise.name,
            enterprise.credit_code, c.worker_count, c.category, c.question, c.answer, c.status, c.referral_body,
            c.referral_date, case.case_number, handler.display_name, c.followup_due, c.followup_done,
            c.followup_result, c.satisfaction,
        )
        .outerjoin(caller, caller.id == c.caller_id)
        .outerjoin(enterprise, enterprise.id == c.enterprise_id)
        .outerjoin(handler, handler.id == c.handler_id)
        .outerjoin(case, case.id == c.case_id)
        .where(*(consultations.LIST_FILTERS[name](value) for name, value in filters.items()))
        .order_by(c.received_at, c.id)
        .execution_options(yield_per=2000)
    )
    channels, categories = Channel.labels(), DisputeCategory.labels()
    bodies, satisfaction = ReferralBody.labels(), Satisfaction.labels()
    show_phone = (lambda v: v or "") if reveal else mask_phone
    show_id = (lambda v: v or "") if reveal else mask_id_number
    for (received, channel, name, phone, id_number, ent_name, credit_code, count, category, question, answer, status,
         body, referral_date, case_number, handler_name, due, done, result, satisfied) in session.execute(stmt):
        yield [
            to_local(received).replace(tzinfo=None), channels.get(channel, channel), name, show_phone(phone),
            show_id(id_number), ent_name or "", credit_code or "", count, categories.get(category, category), question,
            answer, handling_label(status, body), bodies.get(body, body or ""), referral_date, case_number or "",
            handler_name or "", due, done, result, satisfaction.get(satisfied, satisfied or ""),
        ]


def export_consultations(
    session: Session,
    actor: Actor,
    path: Path,
    *,
    filters: Mapping[str, Any] | None = None,
    reveal: bool = False,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the (filtered) list with the import headers; full phone/身份证号 only with ``reveal`` (audited)."""
    if reveal:
        require_reveal(actor)
    filters = dict(filters or {})
    return write_export(
        session, actor, path, entity=consultations.ENTITY, label=LEDGER_LABEL, headers=[c.header for c in COLUMNS],
        rows=_export_rows(session, filters, reveal), filters=filters, reveal=reveal,
        revealed_fields=["caller_phone", "id_number"], progress=progress,
    )


def period_filters(date_from: date | None, date_to: date | None) -> dict[str, Any]:
    """List filters for received dates ``date_from`` .. ``date_to`` inclusive, in local days."""
    out: dict[str, Any] = {}
    if date_from is not None:
        out["received_since"] = from_local(datetime.combine(date_from, datetime.min.time()))
    if date_to is not None:
        out["received_before"] = from_local(datetime.combine(date_to + timedelta(days=1), datetime.min.time()))
    return out


def _export(session: Session, actor: Actor, path: Path, options: ExportOptions) -> int:
    return export_consultations(session, actor, path, filters=period_filters(options.date_from, options.date_to),
                                reveal=options.reveal)


LEDGER_LABEL = "咨询台账"
LEDGER = LedgerKind(
    name="consultations",
    label=LEDGER_LABEL,
    columns=COLUMNS,
    sample_row=SAMPLE_ROW,
    make_spec=ConsultationLedgerSpec,
    export=_export,
)
