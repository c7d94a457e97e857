"""The 一函两书台账 as a file: import an office's register of notices, export it, write a template.

Offices kept this register by hand: number, kind, date, addressee, the
problem found, the deadline, the delivery date and what came of it. Each row
becomes a notice that keeps its number (the sequence of its kind and year
moves past it, so CaseDesk never hands the number out again); it has no PDF,
because the letter was printed elsewhere. The 整改期限 cell may hold a date
(the reply deadline) or a period such as "15个工作日". Export writes the
same headers, plus the status-bearing columns, so a register re-imports
cleanly: into the same database every row is a duplicate by its number.
"""
from __future__ import annotations

import re
from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from casedesk.db.models import (
    Case,
    Enterprise,
    GovernmentBody,
    NoticeViolation,
    SupervisionNotice,
)
from casedesk.domain.enums import (
    DeadlineUnit,
    GovBodyKind,
    NoticeKind,
    NoticeStatus,
    ViolationType,
)
from casedesk.domain.messages import Joined
from casedesk.domain.parsing import parse_date
from casedesk.domain.validators import normalize_credit_code
from casedesk.services import cases, government_bodies, notices, parties
from casedesk.services.actor import Actor
from casedesk.services.ledger_export import write_export
from casedesk.services.ledger_import import LedgerColumn, RowReader
from casedesk.services.ledgers import ExportOptions, LedgerKind
from casedesk.services.organization import current_org

LEDGER_LABEL = "一函两书台账"

COLUMNS: tuple[LedgerColumn, ...] = (
    LedgerColumn("文书编号", "number", required=True, aliases=("发文字号", "文号", "编号", "文书文号")),
    LedgerColumn("文书类型", "kind", required=True, aliases=("类型", "文书种类", "文书名称")),
    LedgerColumn("发出日期", "issued_on", required=True, aliases=("发文日期", "发出时间", "签发日期", "日期")),
    LedgerColumn("送达对象", "addressee", required=True, aliases=("被监督单位", "用人单位", "主送单位", "单位名称", "受文单位")),
    LedgerColumn("统一社会信用代码", "credit_code", aliases=("信用代码", "社会信用代码")),
    LedgerColumn("关联案件编号", "case_number", aliases=("案件编号", "关联案件")),
    LedgerColumn("主要问题", "facts", aliases=("存在问题", "问题", "违法事实", "查明事实", "主要内容")),
    LedgerColumn("整改期限", "deadline", aliases=("回复期限", "整改时限", "期限")),
    LedgerColumn("送达日期", "delivered_on", aliases=("送达时间",)),
    LedgerColumn("整改情况", "result", aliases=("整改结果", "回复情况", "处理结果", "落实情况")),
    # Optional columns beyond the office register; the export writes them so nothing is lost.
    LedgerColumn("违法类型", "violations", aliases=("问题类别", "监督事项")),
    LedgerColumn("回复日期", "replied_on", aliases=("回复时间",)),
)
_COLUMN_ORDER = {c.header: i for i, c in enumerate(COLUMNS)}

SAMPLE_ROW = (
    "铁工监提〔2025〕3号", "提示函", "2025-03-05", "铁锋区顺达物流有限公司", "91230200MA1B2C3D4E", "",
    "拖欠37名配送员2025年1月至2月工资约28.6万元", "15个工作日", "2025-03-06", "已整改", "劳动报酬", "2025-03-20",
)

# 整改情况 as offices write it -> status; checked in order, so longer phrases come first.
_RESULT_WORDS: tuple[tuple[str, NoticeStatus], ...] = (
    ("部分整改", NoticeStatus.PARTLY_RECTIFIED), ("基本整改", NoticeStatus.PARTLY_RECTIFIED),
    ("拒不整改", NoticeStatus.NOT_RECTIFIED), ("未整改", NoticeStatus.NOT_RECTIFIED), ("没有整改", NoticeStatus.NOT_RECTIFIED),
    ("逾期未回复", NoticeStatus.NO_REPLY), ("未回复", NoticeStatus.NO_REPLY), ("未答复", NoticeStatus.NO_REPLY),
    ("已升级", NoticeStatus.ESCALATED), ("已发意见书", NoticeStatus.ESCALATED), ("已发建议书", NoticeStatus.ESCALATED),
    ("已提请", NoticeStatus.ESCALATED),
    ("已整改", NoticeStatus.RECTIFIED), ("整改到位", NoticeStatus.RECTIFIED), ("完成整改", NoticeStatus.RECTIFIED),
    ("已纠正", NoticeStatus.RECTIFIED), ("已落实", NoticeStatus.RECTIFIED),
    ("已办结", NoticeStatus.CLOSED), ("办结", NoticeStatus.CLOSED), ("结案", NoticeStatus.CLOSED),
    ("已回复", NoticeStatus.REPLIED), ("已答复", NoticeStatus.REPLIED),
)
# What the export writes for each status (blank while the notice is still out).
RESULT_LABELS = {
    NoticeStatus.RECTIFIED: "已整改", NoticeStatus.PARTLY_RECTIFIED: "部分整改", NoticeStatus.NOT_RECTIFIED: "未整改",
    NoticeStatus.NO_REPLY: "逾期未回复", NoticeStatus.REPLIED: "已回复", NoticeStatus.ESCALATED: "已升级",
    NoticeStatus.CLOSED: "已办结",
}
_PERIOD_RE = re.compile(r"^(?P<n>\d{1,3})\s*(?:个)?\s*(?P<unit>工作日|日|天|自然日)?$")


def result_status(text: str) -> NoticeStatus | None:
    t = "".join(text.split())
    for word, status in _RESULT_WORDS:
        if word in t:
            return status
    return None


def kind_from_text(text: str) -> NoticeKind | None:
    t = "".join(text.split())
    for kind in NoticeKind:
        if kind.label in t or t == kind.value:
            return kind
    return None


def parse_deadline(value: Any) -> tuple[date | None, int | None, str | None]:
    """(due date, count, unit) from a 整改期限 cell: a date, or "15个工作日" / "30日" / "30"."""
    text = str(value).strip() if not isinstance(value, date) else ""
    m = _PERIOD_RE.match(text) if text else None
    if m:
        unit = DeadlineUnit.WORKING_DAYS if m["unit"] == "工作日" else DeadlineUnit.CALENDAR_DAYS
        return None, int(m["n"]), unit.value
    return parse_date(value), None, None


@dataclass(frozen=True)
class ParsedNotice:
    record: notices.HistoricalNotice
    addressee: str
    credit_code: str


def _body_kind(name: str) -> str:
    if "检察" in name:
        return GovBodyKind.PROCURATORATE.value
    if "监察" in name:
        return GovBodyKind.INSPECTION.value
    if "政府" in name:
        return GovBodyKind.GOVERNMENT.value
    if "人力资源" in name or "人社" in name or "劳动" in name:
        return GovBodyKind.HRSS.value
    return GovBodyKind.OTHER.value


class NoticeLedgerSpec:
    """The LedgerSpec of the notice register for ``ledger_import.run_import``."""

    kind = "notices"
    columns = COLUMNS

    def parse(self, session: Session, reader: RowReader) -> ParsedNotice | None:
        number = reader.text("number", required=True, max_len=60).replace("[", "〔").replace("]", "〕")
        kind_text = reader.text("kind", required=True)
        kind = kind_from_text(kind_text) if kind_text else None
        if kind_text and kind is None:
            reader.fail("kind", "无法识别的文书类型“{kind_text}”（可填：提示函、意见书、建议书）", kind_text=kind_text)
        issued_on = reader.parsed("issued_on", parse_date, required=True)
        addressee = reader.text("addressee", required=True, max_len=200)
        code = reader.parsed("credit_code", normalize_credit_code) or ""
        case_number = reader.text("case_number", max_len=60)
        case_id = cases.find_by_number(session, case_number) if case_number else None
        if case_number and case_id is None:
            reader.fail("case_number", "案件编号“{case_number}”不存在（请先导入案件台账）", case_number=case_number)
        due, count, unit = reader.parsed("deadline", parse_deadline) or (None, None, None)
        delivered_on = reader.parsed("delivered_on", parse_date)
        replied_on = reader.parsed("replied_on", parse_date)
        result_text = reader.text("result")
        status = result_status(result_text) if result_text else None
        if result_text and status is None:
            reader.fail("result", "无法识别的整改情况“{result_text}”（可填：{items}）", result_text=result_text, items=Joined(RESULT_LABELS.values(), "、"))
        violations: list[str] = []
        for part in re.split(r"[、，,;；/\s]+", reader.text("violations")):
            if not part:
                continue
            try:
                violations.append(ViolationType.from_label(part).value)
            except ValueError:
                reader.fail("violations", "无法识别的违法类型“{part}”", part=part)
        if issued_on and delivered_on and delivered_on < issued_on:
            reader.fail("delivered_on", "送达日期早于发出日期")
        if delivered_on and replied_on and replied_on < delivered_on:
            reader.fail("replied_on", "回复日期早于送达日期")
        if number and kind and not reader.errors:
            parts = notices.number_parts(session, current_org(session).id, kind.value, number)
            if parts and issued_on and abs(parts[0] - issued_on.year) > 1:
                reader.fail("number", "文书编号中的年份{parts}与发出日期{issued_on}不符", parts=parts[0], issued_on=issued_on.isoformat())
        reader.errors.sort(key=lambda e: _COLUMN_ORDER.get(e.column, len(_COLUMN_ORDER)))
        if reader.errors or kind is None or issued_on is None:
            return None
        record = notices.HistoricalNotice(
            number=number, kind=kind.value, issued_on=issued_on, case_id=case_id,
            facts=reader.text("facts"), violations=tuple(violations), deadline_count=count, deadline_unit=unit,
            reply_due=due, delivered_on=delivered_on, replied_on=replied_on,
            status=status.value if status else None,
        )
        return ParsedNotice(record, addressee, code)

    def duplicate_key(self, parsed: ParsedNotice) -> Hashable:
        return parsed.record.number

    def exists(self, session: Session, parsed: ParsedNotice) -> bool:
        return session.scalar(select(SupervisionNotice.id).where(SupervisionNotice.number == parsed.record.number)) is not None

    def write(self, session: Session, actor: Actor, parsed: ParsedNotice) -> None:
        record = parsed.record
        enterprise_id = department_id = None
        if record.kind == NoticeKind.RECOMMENDATION.value:
            department_id = _find_or_add_body(session, actor, parsed.addressee)
            if parsed.credit_code:
                enterprise_id = session.scalar(select(Enterprise.id).where(Enterprise.credit_code == parsed.credit_code))
        else:
            enterprise_id = parties.find_or_create_enterprise(session, actor, parsed.addressee, parsed.credit_code or None).id
        notices.record_historical(
            session, actor,
            notices.HistoricalNotice(**{**record.__dict__, "enterprise_id": enterprise_id, "department_id": department_id}),
        )


def _find_or_add_body(session: Session, actor: Actor, name: str) -> int:
    found = session.scalar(select(GovernmentBody.id).where(GovernmentBody.name == name).order_by(GovernmentBody.id))
    if found is not None:
        return found
    return government_bodies.add_body(session, actor, name, _body_kind(name)).id


# --- export --------------------------------------------------------------------------------------


def _export_rows(session: Session, options: ExportOptions) -> Iterator[list[Any]]:
    ent, body, case = aliased(Enterprise), aliased(GovernmentBody), aliased(Case)
    stmt = (
        select(SupervisionNotice, ent.name, ent.credit_code, body.name, case.case_number)
        .outerjoin(ent, ent.id == SupervisionNotice.enterprise_id)
        .outerjoin(body, body.id == SupervisionNotice.department_id)
        .outerjoin(case, case.id == SupervisionNotice.case_id)
        .where(SupervisionNotice.status != NoticeStatus.DRAFT.value)
        .order_by(SupervisionNotice.issued_on, SupervisionNotice.id)
        .execution_options(yield_per=1000)
    )
    if options.date_from is not None:
        stmt = stmt.where(SupervisionNotice.issued_on >= options.date_from)
    if options.date_to is not None:
        stmt = stmt.where(SupervisionNotice.issued_on <= options.date_to)
    labels = ViolationType.labels()
    for n, ent_name, code, body_name, case_number in session.execute(stmt):
        codes = session.scalars(select(NoticeViolation.violation).where(NoticeViolation.notice_id == n.id)).all()
        deadline: Any = n.reply_due or notices.deadline_text(n.deadline_count, n.deadline_unit)
        yield [
            n.number, NoticeKind(n.kind).label, n.issued_on, body_name or ent_name or "", code or "", case_number or "",
            n.facts, deadline, n.delivered_on, RESULT_LABELS.get(NoticeStatus(n.status), ""),
            "、".join(labels.get(c, c) for c in codes), n.replied_on,
        ]
        session.expunge(n)


def export_notices(session: Session, actor: Actor, path: Path, options: ExportOptions) -> int:
    """Write the register (issued notices, optionally by issue date) with the import headers."""
    return write_export(
        session, actor, path, entity="notice", label=LEDGER_LABEL, headers=[c.header for c in COLUMNS],
        rows=_export_rows(session, options), filters={"from": options.date_from, "to": options.date_to},
        reveal=False, revealed_fields=(),
    )

LEDGER = LedgerKind(
    name="notices",
    label=LEDGER_LABEL,
    columns=COLUMNS,
    sample_row=SAMPLE_ROW,
    make_spec=NoticeLedgerSpec,
    export=export_notices,
)
