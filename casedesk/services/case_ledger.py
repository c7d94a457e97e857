"""The 案件台账 as a file: import an office's old case ledger, export the case list, write a template.

One row is one case. Offices keep the ledger with one amount claimed and one
recovered per case, so an imported row becomes one claim line (its kind from
the first dispute category) and an export sums a case's lines into the two
amount columns; the totals are the same either way. Cells are read through
the same synonym tables as the consultation ledger ("欠薪" for 劳动报酬), plus
the ledger words for sources, stages and outcomes; what does not match is
reported with its row and column, never guessed.

A row keeps its historical case number, and the year's number sequence
moves past it so the office's next new case never collides with it; a row
without a number gets the next number of its intake year. The stage and the
outcome are applied through the same actions the case window uses (moves,
closing), so an imported case has the timeline and audit rows of any other.

Export writes the same headers, so an exported file re-imports cleanly.
Phone numbers and 身份证号 are masked unless the user asks for them in full,
which is audited; a masked value read back is treated as withheld.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from casedesk.db.models import Case, CaseCategory, CaseParty, Claim, Enterprise, Staff, Worker
from casedesk.domain.case_rules import check_recovered, collective_flag, minimum_stage
from casedesk.domain.enums import CaseOutcome, CaseSource, CaseStage, ClaimKind, DisputeCategory, PartyRole
from casedesk.domain.masking import mask_id_number, mask_phone
from casedesk.domain.messages import message_of
from casedesk.domain.money import parse_yuan
from casedesk.domain.parsing import parse_count, parse_date
from casedesk.domain.timeutil import local_now
from casedesk.domain.validators import ValidationError, normalize_credit_code, normalize_id_number, normalize_phone
from casedesk.services import cases
from casedesk.services.actor import Actor, require_reveal
from casedesk.services.case_filters import LIST_FILTERS
from casedesk.services.consultation_ledger import CATEGORIES, Vocabulary, is_masked
from casedesk.services.consultations import find_or_create_handler
from casedesk.services.ledger_export import write_export
from casedesk.services.ledger_import import LedgerColumn, RowReader
from casedesk.services.ledgers import ExportOptions, LedgerKind

LEDGER_LABEL = "案件台账"

# --- vocabulary ----------------------------------------------------------------------------------

SOURCES = Vocabulary(CaseSource, {
    "12351": CaseSource.HOTLINE, "热线": CaseSource.HOTLINE, "电话": CaseSource.HOTLINE, "咨询转": CaseSource.HOTLINE,
    "来访": CaseSource.WALK_IN, "走访": CaseSource.WALK_IN, "现场": CaseSource.WALK_IN, "窗口": CaseSource.WALK_IN,
    "上访": CaseSource.WALK_IN, "来信": CaseSource.WALK_IN,
    "交办": CaseSource.ASSIGNED, "上级": CaseSource.ASSIGNED, "转办": CaseSource.ASSIGNED, "市总": CaseSource.ASSIGNED,
    "省总": CaseSource.ASSIGNED, "信访局": CaseSource.ASSIGNED,
    "主动": CaseSource.DISCOVERED, "排查": CaseSource.DISCOVERED, "走访发现": CaseSource.DISCOVERED, "巡查": CaseSource.DISCOVERED,
    "媒体": CaseSource.MEDIA, "网络": CaseSource.MEDIA, "舆情": CaseSource.MEDIA, "报道": CaseSource.MEDIA, "曝光": CaseSource.MEDIA,
})
STAGES = Vocabulary(CaseStage, {
    "立案": CaseStage.INTAKE, "登记": CaseStage.INTAKE, "待办": CaseStage.INTAKE, "受理中": CaseStage.INTAKE,
    "调查": CaseStage.INVESTIGATION, "核实": CaseStage.INVESTIGATION, "取证": CaseStage.INVESTIGATION,
    "协商中": CaseStage.NEGOTIATION, "谈判": CaseStage.NEGOTIATION, "沟通": CaseStage.NEGOTIATION,
    "调解中": CaseStage.MEDIATION, "调解": CaseStage.MEDIATION,
    "仲裁": CaseStage.ARBITRATION, "仲裁中": CaseStage.ARBITRATION, "劳动仲裁": CaseStage.ARBITRATION,
    "诉讼": CaseStage.LITIGATION, "起诉": CaseStage.LITIGATION, "法院": CaseStage.LITIGATION, "一审": CaseStage.LITIGATION,
    "二审": CaseStage.LITIGATION,
    "结案": CaseStage.CLOSED, "已结案": CaseStage.CLOSED, "办结": CaseStage.CLOSED, "已办结": CaseStage.CLOSED,
    "完结": CaseStage.CLOSED,
})
O = CaseOutcome
OUTCOMES = Vocabulary(CaseOutcome, {
    "和解": O.SETTLED, "协商解决": O.SETTLED, "协商一致": O.SETTLED, "已协商": O.SETTLED, "达成和解": O.SETTLED,
    "调解": O.MEDIATED, "调解结案": O.MEDIATED, "调解成功": O.MEDIATED, "达成调解": O.MEDIATED,
    "支持": O.AWARD_UPHELD, "裁决支持": O.AWARD_UPHELD, "仲裁支持": O.AWARD_UPHELD, "胜诉": O.JUDGMENT,
    "部分支持": O.AWARD_PARTIAL, "部分": O.AWARD_PARTIAL,
    "驳回": O.AWARD_REJECTED, "不予支持": O.AWARD_REJECTED,
    "判决": O.JUDGMENT, "法院判决": O.JUDGMENT, "一审判决": O.JUDGMENT, "二审判决": O.JUDGMENT,
    "撤回": O.WITHDRAWN, "撤诉": O.WITHDRAWN, "撤销": O.WITHDRAWN, "放弃": O.WITHDRAWN, "撤案": O.WITHDRAWN,
    "终止": O.TERMINATED, "中止": O.TERMINATED, "不予受理": O.TERMINATED,
    "转交": O.TRANSFERRED, "转办": O.TRANSFERRED, "移交": O.TRANSFERRED, "转监察": O.TRANSFERRED, "转仲裁委": O.TRANSFERRED,
})
_COLLECTIVE_WORDS = {"集体": True, "群体": True, "集体案件": True, "群体性": True, "个人": False, "个案": False, "个体": False, "单人": False}
_LIST_SPLIT = re.compile(r"[、，,；;/\s]+")

# The claim line an imported row becomes, from its first dispute category.
_CLAIM_KIND = {
    DisputeCategory.WAGES: ClaimKind.WAGES,
    DisputeCategory.COMPENSATION: ClaimKind.SEVERANCE,
    DisputeCategory.TERMINATION: ClaimKind.SEVERANCE,
    DisputeCategory.WORK_INJURY: ClaimKind.INJURY,
    DisputeCategory.SOCIAL_INSURANCE: ClaimKind.SOCIAL_INSURANCE,
    DisputeCategory.HOURS_LEAVE: ClaimKind.OVERTIME,
}

# --- columns -------------------------------------------------------------------------------------

COLUMNS: tuple[LedgerColumn, ...] = (
    LedgerColumn("案件编号", "case_number", aliases=("案号", "编号", "案件号")),
    LedgerColumn("受理日期", "intake_date", required=True, aliases=("受理时间", "立案日期", "登记日期", "日期")),
    LedgerColumn("来源", "source", aliases=("案件来源", "案源")),
    LedgerColumn("案件类型", "collective", aliases=("类型", "个人/集体", "案件性质")),
    LedgerColumn("涉及人数", "worker_count", aliases=("人数", "涉及职工人数", "职工人数")),
    LedgerColumn("申请人", "applicants", aliases=("当事人", "职工姓名", "姓名", "申请人姓名")),
    LedgerColumn("身份证号", "id_number", aliases=("身份证号码", "证件号码", "公民身份号码")),
    LedgerColumn("联系电话", "phone", aliases=("电话", "手机", "手机号", "联系方式")),
    LedgerColumn("用人单位", "enterprise_name", aliases=("单位名称", "被申请人", "涉及单位", "企业名称", "工作单位")),
    LedgerColumn("统一社会信用代码", "credit_code", aliases=("信用代码", "社会信用代码")),
    LedgerColumn("争议类别", "categories", aliases=("案件类别", "争议类型", "诉求类别", "类别")),
    LedgerColumn("诉求金额(元)", "claimed", aliases=("诉求金额", "涉案金额", "涉及金额", "标的额", "请求金额")),
    LedgerColumn("挽回金额(元)", "recovered", aliases=("挽回金额", "挽回经济损失", "追回金额", "维权金额")),
    LedgerColumn("处理阶段", "stage", aliases=("阶段", "办理阶段", "办理进度", "进展")),
    LedgerColumn("处理结果", "outcome", aliases=("结果", "办理结果", "结案方式")),
    LedgerColumn("结案日期", "closed_date", aliases=("办结日期", "结案时间", "办结时间")),
    LedgerColumn("承办人", "handler", aliases=("经办人", "承办人员", "负责人")),
    LedgerColumn("法律援助律师", "lawyer", aliases=("律师", "援助律师", "代理律师")),
    LedgerColumn("备注", "description", aliases=("案情", "案情简介", "基本案情", "说明")),
)

_COLUMN_ORDER = {c.header: i for i, c in enumerate(COLUMNS)}

SAMPLE_ROW = (
    "法援〔2025〕1号", "2025-03-03", "热线转来", "集体", 12, "王磊、李娜", "", "13812345678", "铁锋区顺达物流有限公司", "",
    "劳动报酬、经济补偿赔偿金", "86,400.00", "60,000.00", "结案", "调解成功", "2025-04-18", "张敏", "刘律师",
    "拖欠12名司机两个月工资，经街道调解委员会调解，单位分两期支付",
)


# --- import --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedCase:
    case_number: str
    intake_date: date
    source: str
    is_collective: bool
    worker_count: int
    applicants: tuple[str, ...]
    id_number: str
    phone: str
    enterprise_name: str
    credit_code: str
    categories: tuple[str, ...]
    claimed_fen: int
    recovered_fen: int
    stage: CaseStage
    outcome: CaseOutcome | None
    closed_date: date | None
    handler: str
    lawyer: str
    description: str


def _vocab(reader: RowReader, key: str, vocabulary: Vocabulary, what: str) -> str | None:
    text = reader.text(key)
    if not text:
        return None
    code = vocabulary.lookup(text)
    if code is None:
        reader.fail(key, "无法识别的{what}“{text}”（可填：{value}）", what=what, text=text, value=vocabulary.accepted())
    return code


def _identifier(reader: RowReader, key: str, normalize: Callable[[str], str]) -> str:
    """The normalised value; a masked cell (from a masked export) means withheld, not wrong."""
    text = reader.text(key, max_len=40)
    if not text or is_masked(text):
        return ""
    return reader.parsed(key, normalize) or ""


def _categories(reader: RowReader) -> tuple[str, ...]:
    text = reader.text("categories")
    codes: list[str] = []
    for part in _LIST_SPLIT.split(text):
        if not part:
            continue
        code = CATEGORIES.lookup(part)
        if code is None:
            reader.fail("categories", "无法识别的争议类别“{part}”（可填：{value}）", part=part, value=CATEGORIES.accepted())
        elif code not in codes:
            codes.append(code)
    return tuple(codes)


def _collective(reader: RowReader) -> bool | None:
    text = "".join(reader.text("collective").split())
    if not text:
        return None
    for word, flag in _COLLECTIVE_WORDS.items():
        if word in text:
            return flag
    reader.fail("collective", "无法识别的案件类型“{text}”（可填：个人、集体）", text=text)
    return None


def _amount(reader: RowReader, key: str) -> int:
    return reader.parsed(key, parse_yuan) or 0


class CaseLedgerSpec:
    """The LedgerSpec of the case ledger for ``ledger_import.run_import``."""

    kind = "cases"
    columns = COLUMNS

    def parse(self, session: Session, reader: RowReader) -> ParsedCase | None:
        number = reader.text("case_number", max_len=60).replace("[", "〔").replace("]", "〕")
        intake = reader.parsed("intake_date", parse_date, required=True)
        today = local_now().date()
        if intake is not None and intake > today:
            reader.fail("intake_date", "受理日期 {intake} 晚于今天", intake=intake.isoformat())
        applicants = tuple(n for n in _LIST_SPLIT.split(reader.text("applicants", max_len=2000)) if n)
        if any(len(n) > 60 for n in applicants):
            reader.fail("applicants", "姓名过长（每人最多60字；多人请用顿号分隔）")
        id_number = _identifier(reader, "id_number", normalize_id_number)
        phone = _identifier(reader, "phone", normalize_phone)
        if (id_number or phone) and not applicants:
            reader.fail("applicants", "填写了身份证号或电话时，申请人不能为空")
        count = reader.parsed("worker_count", lambda v: parse_count(v, "涉及人数"))
        count = count if count else max(1, len(applicants))
        ticked = _collective(reader)
        try:
            collective = collective_flag(bool(ticked), count)
        except ValidationError as exc:
            reader.fail("collective", message_of(exc))
            collective = False
        claimed, recovered = _amount(reader, "claimed"), _amount(reader, "recovered")
        try:
            check_recovered(claimed, recovered)
        except ValidationError as exc:
            reader.fail("recovered", message_of(exc))
        stage_code = _vocab(reader, "stage", STAGES, "处理阶段")
        outcome_code = _vocab(reader, "outcome", OUTCOMES, "处理结果")
        closed = reader.parsed("closed_date", parse_date)
        stage = CaseStage(stage_code) if stage_code else CaseStage.INTAKE
        outcome = CaseOutcome(outcome_code) if outcome_code else None
        if outcome is not None or closed is not None:
            stage = CaseStage.CLOSED
        if stage == CaseStage.CLOSED:
            if outcome is None and not outcome_code:
                reader.fail("outcome", "已结案的案件须填写处理结果")
            if closed is None and not reader.text("closed_date"):
                reader.fail("closed_date", "已结案的案件须填写结案日期")
            if closed is not None and intake is not None and closed < intake:
                reader.fail("closed_date", "结案日期 {closed} 早于受理日期 {intake}", closed=closed.isoformat(), intake=intake.isoformat())
            if closed is not None and closed > today:
                reader.fail("closed_date", "结案日期 {closed} 晚于今天", closed=closed.isoformat())
        row = ParsedCase(
            case_number=number,
            intake_date=intake or today,
            source=_vocab(reader, "source", SOURCES, "来源") or CaseSource.WALK_IN.value,
            is_collective=collective,
            worker_count=count,
            applicants=applicants,
            id_number=id_number,
            phone=phone,
            enterprise_name=reader.text("enterprise_name", max_len=200),
            credit_code=reader.parsed("credit_code", normalize_credit_code) or "",
            categories=_categories(reader),
            claimed_fen=claimed,
            recovered_fen=recovered,
            stage=stage,
            outcome=outcome,
            closed_date=closed,
            handler=reader.text("handler", max_len=40),
            lawyer=reader.text("lawyer", max_len=60),
            description=reader.text("description", max_len=cases.MAX_DESCRIPTION),
        )
        # Report a row's problems left to right, as the user reads the sheet.
        reader.errors.sort(key=lambda e: _COLUMN_ORDER.get(e.column, len(_COLUMN_ORDER)))
        return None if reader.errors or intake is None else row

    def duplicate_key(self, parsed: ParsedCase) -> Hashable:
        """The case number; without one, the same day, applicant, employer and amount."""
        if parsed.case_number:
            return ("number", parsed.case_number)
        return ("row", parsed.intake_date, parsed.applicants[:1], parsed.enterprise_name, parsed.claimed_fen)

    def exists(self, session: Session, parsed: ParsedCase) -> bool:
        if parsed.case_number:
            return cases.find_by_number(session, parsed.case_number) is not None
        stmt = select(Case.id).where(Case.intake_date == parsed.intake_date)
        if parsed.enterprise_name:
            stmt = stmt.join(Enterprise, Enterprise.id == Case.enterprise_id).where(Enterprise.name == parsed.enterprise_name)
        else:
            stmt = stmt.where(Case.enterprise_id.is_(None))
        if parsed.applicants:
            stmt = stmt.where(Case.id.in_(
                select(CaseParty.case_id).join(Worker, Worker.id == CaseParty.worker_id).where(Worker.name == parsed.applicants[0])
            ))
        return session.scalar(stmt.limit(1)) is not None

    def write(self, session: Session, actor: Actor, parsed: ParsedCase) -> None:
        first_category = DisputeCategory(parsed.categories[0]) if parsed.categories else DisputeCategory.OTHER
        claims = ()
        if parsed.claimed_fen or parsed.recovered_fen:
            claims = (cases.ClaimLine(_CLAIM_KIND.get(first_category, ClaimKind.OTHER).value, parsed.claimed_fen),)
        result = cases.open_case(
            session, actor,
            source=parsed.source,
            enterprise_name=parsed.enterprise_name or None,
            credit_code=parsed.credit_code or None,
            applicant_name=parsed.applicants[0] if parsed.applicants else None,
            applicant_phone=parsed.phone or None,
            applicant_id_number=parsed.id_number or None,
            categories=parsed.categories,
            description=parsed.description,
            intake_date=parsed.intake_date,
            is_collective=parsed.is_collective,
            worker_count=parsed.worker_count,
            handler_id=find_or_create_handler(session, actor, parsed.handler) if parsed.handler else None,
            claims=claims,
            lawyer=parsed.lawyer,
            case_number=parsed.case_number or None,
        )
        for name in parsed.applicants[1:]:
            cases.add_party(session, actor, result.id, name=name, role=PartyRole.APPLICANT.value)
        target = minimum_stage(parsed.outcome) if parsed.outcome is not None else parsed.stage
        if target != CaseStage.INTAKE and target != CaseStage.CLOSED:
            cases.move_stage(session, actor, result.id, target.value, on_date=parsed.closed_date or parsed.intake_date,
                             note="导入台账", record_dates=False)
        if parsed.stage == CaseStage.CLOSED and parsed.outcome is not None:
            claim_ids = session.scalars(select(Claim.id).where(Claim.case_id == result.id)).all()
            cases.close_case(session, actor, result.id, outcome=parsed.outcome.value, closed_date=parsed.closed_date,
                             recovered={cid: parsed.recovered_fen for cid in claim_ids}, note="导入台账")
        elif parsed.recovered_fen:
            (claim_id,) = session.scalars(select(Claim.id).where(Claim.case_id == result.id)).all()
            cases.update_claim(session, actor, claim_id, cases.ClaimLine(claims[0].kind, parsed.claimed_fen, parsed.recovered_fen))


# --- export --------------------------------------------------------------------------------------

BATCH = 1000


def _batch_details(session: Session, ids: Sequence[int]) -> tuple[dict, dict, dict]:
    """Categories, applicants and claim sums of a batch of cases, three queries for a thousand cases."""
    order = list(DisputeCategory.labels())
    categories: dict[int, list[str]] = defaultdict(list)
    for case_id, code in session.execute(select(CaseCategory.case_id, CaseCategory.category).where(CaseCategory.case_id.in_(ids))):
        categories[case_id].append(code)
    for codes in categories.values():
        codes.sort(key=lambda c: order.index(c) if c in order else len(order))
    applicants: dict[int, list[tuple[str, str | None, str | None]]] = defaultdict(list)
    for case_id, name, id_number, phone in session.execute(
        select(CaseParty.case_id, Worker.name, Worker.id_number, Worker.phone)
        .join(Worker, Worker.id == CaseParty.worker_id)
        .where(CaseParty.case_id.in_(ids), CaseParty.role == PartyRole.APPLICANT.value)
        .order_by(CaseParty.id)
    ):
        applicants[case_id].append((name, id_number, phone))
    sums: dict[int, tuple[int, int]] = defaultdict(lambda: (0, 0))
    for case_id, claimed, recovered in session.execute(
        select(Claim.case_id, Claim.amount_claimed_fen, Claim.amount_recovered_fen).where(Claim.case_id.in_(ids))
    ):
        c, r = sums[case_id]
        sums[case_id] = (c + claimed, r + recovered)
    return categories, applicants, sums


def _yuan_cell(fen: int) -> float | str:
    return fen / 100 if fen else ""


def _export_rows(session: Session, filters: Mapping[str, Any], reveal: bool) -> Iterator[list[Any]]:
    enterprise, handler = aliased(Enterprise), aliased(Staff)
    stmt = (
        select(Case.id, Case.case_number, Case.intake_date, Case.source, Case.is_collective, Case.worker_count,
               enterprise.name, enterprise.credit_code, Case.stage, Case.outcome, Case.closed_date,
               handler.display_name, Case.lawyer, Case.description)
        .outerjoin(enterprise, enterprise.id == Case.enterprise_id)
        .outerjoin(handler, handler.id == Case.handler_id)
        .where(*(LIST_FILTERS[name](value) for name, value in filters.items()))
        .order_by(Case.intake_date, Case.id)
    )
    sources, stages, outcomes, labels = CaseSource.labels(), CaseStage.labels(), CaseOutcome.labels(), DisputeCategory.labels()
    show_phone = (lambda v: v or "") if reveal else mask_phone
    show_id = (lambda v: v or "") if reveal else mask_id_number
    for batch in session.execute(stmt.execution_options(yield_per=BATCH)).partitions(BATCH):
        categories, applicants, sums = _batch_details(session, [r.id for r in batch])
        for r in batch:
            people = applicants.get(r.id, [])
            first = people[0] if people else ("", None, None)
            claimed, recovered = sums[r.id]
            yield [
                r.case_number, r.intake_date, sources.get(r.source, r.source),
                "集体" if r.is_collective else "个人", r.worker_count,
                "、".join(p[0] for p in people), show_id(first[1]), show_phone(first[2]),
                r.name or "", r.credit_code or "",
                "、".join(labels.get(c, c) for c in categories.get(r.id, [])),
                _yuan_cell(claimed), _yuan_cell(recovered),
                stages.get(r.stage, r.stage), outcomes.get(r.outcome, r.outcome or ""), r.closed_date,
                r.display_name or "", r.lawyer, r.description,
            ]


def export_cases(
    session: Session,
    actor: Actor,
    path: Path,
    *,
    filters: Mapping[str, Any] | None = None,
    reveal: bool = False,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the cases the list filters select with the import headers; full identifiers only with ``reveal``."""
    if reveal:
        require_reveal(actor)
    filters = dict(filters or {})
    return write_export(
        session, actor, path, entity="case", label=LEDGER_LABEL, headers=[c.header for c in COLUMNS],
        rows=_export_rows(session, filters, reveal), filters=filters, reveal=reveal,
        revealed_fields=["phone", "id_number"], progress=progress,
    )


def period_filters(date_from: date | None, date_to: date | None) -> dict[str, Any]:
    """List filters for cases received from ``date_from`` to ``date_to`` inclusive."""
    out: dict[str, Any] = {}
    if date_from is not None:
        out["intake_from"] = date_from
    if date_to is not None:
        out["intake_to"] = date_to
    return out


def _export(session: Session, actor: Actor, path: Path, options: ExportOptions) -> int:
    return export_cases(session, actor, path, filters=period_filters(options.date_from, options.date_to), reveal=options.reveal)


LEDGER = LedgerKind(
    name="cases",
    label=LEDGER_LABEL,
    columns=COLUMNS,
    sample_row=SAMPLE_ROW,
    make_spec=CaseLedgerSpec,
    export=_export,
)
