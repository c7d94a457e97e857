"""Wording templates of the letters: text with named fields such as ${查明事实}, one per kind.

The shipped templates live in ``resources/templates/<kind>.txt``; an admin may
edit them in the app (kept in the setting ``letter.template.<kind>``) with a
live preview on sample data. A template is checked before it is saved and
again before a letter is issued: an unknown field, a stray ``$`` or a missing
required field is reported with its line and column, and no letter is ever
produced from a broken template.

Layout rules, so an admin can edit without knowing the renderer: each line
prints as one paragraph; a line starting with 一、二、… prints as a 黑体
heading; a line that is empty after the fields are filled in is left out
(for example ${前序文书} on a first letter); lines starting with # are notes.
"""
from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from casedesk import paths
from casedesk.documents.letter import BodyParagraph
from casedesk.domain.enums import NoticeKind
from casedesk.domain.messages import Joined, Message
from casedesk.domain.validators import ValidationError
from casedesk.services import settings
from casedesk.services.actor import Actor, PermissionDenied, require_write

MAX_TEMPLATE = 10_000

# Field name -> what it holds (shown in the template editor).
FIELDS: dict[str, str] = {
    "发文单位": "本会名称，如 铁锋区总工会",
    "受文单位": "主送单位全称（用人单位或政府部门）",
    "用人单位": "被监督的用人单位名称",
    "信用代码": "用人单位的统一社会信用代码（未登记时为空）",
    "被监督单位": "用人单位名称，有信用代码时附“（统一社会信用代码：…）”",
    "违法类型": "所选违法类型，以顿号分隔",
    "查明事实": "查明的事实（可多段）",
    "法律依据": "所引条文及要点，每条一段，如 1.《…》第三十条：…",
    "引用条文": "所引条文的简短引用，如《中华人民共和国劳动合同法》第三十条、第三十一条",
    "整改要求": "整改意见或建议事项（可多段）",
    "回复期限": "如 15个工作日、30日",
    "前序文书": "升级时对此前提示函、意见书的说明；第一份文书为空",
    "案件编号": "关联案件的编号（无则为空）",
    "联系人": "本会联系人",
    "联系电话": "本会联系电话",
}
REQUIRED: dict[str, frozenset[str]] = {
    NoticeKind.REMINDER.value: frozenset({"整改要求", "回复期限"}),
    NoticeKind.OPINION.value: frozenset({"查明事实", "法律依据", "整改要求", "回复期限"}),
    NoticeKind.RECOMMENDATION.value: frozenset({"查明事实", "法律依据", "整改要求", "回复期限"}),
}
_HEADING_RE = re.compile(r"^[一二三四五六七八九十]+、")


class LetterTemplate(string.Template):
    """${字段} with Chinese field names (string.Template's default accepts ASCII names only)."""

    idpattern = r"[_A-Za-z\u4e00-\u9fff][_A-Za-z0-9\u4e00-\u9fff]*"
    flags = re.NOFLAG


class TemplateError(ValidationError):
    """A template cannot make a correct letter; the message names the line, column and the fix."""

    def __init__(self, kind: str, problems: list[str]) -> None:
        label = NoticeKind(kind).label if kind in NoticeKind.labels() else kind
        super().__init__("{kind}模板有误：{problems_}", kind=label, problems_=Joined(problems))
        self.problems = problems


@dataclass(frozen=True)
class TemplateInfo:
    kind: str
    text: str
    customized: bool


def shipped(kind: str) -> str:
    return Path(paths.resource_path("templates", f"{NoticeKind(kind).value}.txt")).read_text(encoding="utf-8")


def _setting_key(kind: str) -> str:
    return f"letter.template.{NoticeKind(kind).value}"


def current(session: Session, kind: str) -> TemplateInfo:
    stored = settings.get(session, _setting_key(kind)) or ""
    return TemplateInfo(NoticeKind(kind).value, stored or shipped(kind), bool(stored))


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, col


def _without_notes(text: str) -> str:
    """The template with its # note lines blanked (line numbers stay as the admin sees them)."""
    return "\n".join("" if ln.lstrip().startswith("#") else ln for ln in text.split("\n"))


def problems(text: str, kind: str) -> list[str]:
    """Everything wrong with a template, each with its place; empty when it is usable."""
    found: list[str] = []
    body = _without_notes(text)
    if not body.strip():
        return [Message("模板为空")]
    if len(text) > MAX_TEMPLATE:
        found.append(Message("模板过长（{n} 字，最多 {max} 字）", n=len(text), max=MAX_TEMPLATE))
    used: set[str] = set()
    for m in LetterTemplate.pattern.finditer(body):
        line, col = _position(body, m.start())
        if m.group("invalid") is not None:
            found.append(Message("第{line}行第{col}列：“$”后应为字段名，如 ${{查明事实}}；要印出美元符号请写 $$", line=line, col=col))
            continue
        name = m.group("named") or m.group("braced")
        if name is None:
            continue  # $$
        if name not in FIELDS:
            found.append(Message("第{line}行第{col}列：未知字段 ${{{name}}}（可用字段：{fields}）", line=line, col=col, name=name, fields="、".join(FIELDS)))
        used.add(name)
    missing = sorted(REQUIRED[NoticeKind(kind).value] - used)
    if missing:
        found.append(Message("缺少必需的字段：{fields}", fields="、".join(f"${{{n}}}" for n in missing)))
    return found


def check(text: str, kind: str) -> None:
    found = problems(text, kind)
    if found:
        raise TemplateError(NoticeKind(kind).value, found)


def fill(text: str, kind: str, values: Mapping[str, str]) -> tuple[BodyParagraph, ...]:
    """The letter body: the template checked, filled in and cut into paragraphs."""
    check(text, kind)
    filled = LetterTemplate(_without_notes(text)).substitute({name: values.get(name, "") for name in FIELDS})
    out: list[BodyParagraph] = []
    for raw in filled.split("\n"):
        line = raw.strip()
        if line:
            out.append(BodyParagraph(line, heading=bool(_HEADING_RE.match(line))))
    return tuple(out)


def save(session: Session, actor: Actor, kind: str, text: str) -> TemplateInfo:
    """Store an admin's wording after checking it fills correctly on the sample."""
    _require_admin(actor)
    cleaned = text.replace("\r\n", "\n").strip("\n") + "\n"
    fill(cleaned, kind, sample_values(kind))
    stored = "" if cleaned == shipped(kind) else cleaned
    settings.put(session, actor, _setting_key(kind), stored)
    return current(session, kind)


def reset(session: Session, actor: Actor, kind: str) -> TemplateInfo:
    """Back to the shipped wording."""
    _require_admin(actor)
    settings.put(session, actor, _setting_key(kind), "")
    return current(session, kind)


def _require_admin(actor: Actor) -> None:
    require_write(actor)
    if actor.role != "admin":
        raise PermissionDenied("只有管理员可以修改文书模板")


def sample_values(kind: str) -> dict[str, str]:
    """Realistic sample data for the live preview in the template editor."""
    to_department = NoticeKind(kind) is NoticeKind.RECOMMENDATION
    earlier = {
        NoticeKind.REMINDER: "",
        NoticeKind.OPINION: "本会于2025年3月5日向你单位发出《工会劳动法律监督提示函》（铁工监提〔2025〕3号），你单位逾期未予书面回复。",
        NoticeKind.RECOMMENDATION: "本会于2025年3月5日向该单位发出《工会劳动法律监督提示函》（铁工监提〔2025〕3号），于2025年4月2日发出《工会劳动法律监督意见书》（铁工监意〔2025〕1号），该单位至今未予整改。",
    }[NoticeKind(kind)]
    return {
        "发文单位": "铁锋区总工会",
        "受文单位": "铁锋区人力资源和社会保障局" if to_department else "齐齐哈尔某某物流有限公司",
        "用人单位": "齐齐哈尔某某物流有限公司",
        "信用代码": "91230200MA1B2C3D4E",
        "被监督单位": "齐齐哈尔某某物流有限公司（统一社会信用代码：91230200MA1B2C3D4E）",
        "违法类型": "劳动报酬、工作时间和休息休假",
        "查明事实": "2025年1月至2月，该单位未按劳动合同约定足额支付37名配送员的劳动报酬，累计拖欠工资约28.6万元。\n该单位安排配送员每日工作11小时以上，未依法支付加班费。",
        "法律依据": "1.《中华人民共和国劳动合同法》第三十条：用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。\n2.《中华人民共和国劳动法》第四十四条：安排劳动者延长工作时间的，支付不低于工资的百分之一百五十的工资报酬。",
        "引用条文": "《中华人民共和国劳动合同法》第三十条、《中华人民共和国劳动法》第四十四条",
        "整改要求": "1.立即足额支付所拖欠的职工工资；\n2.依法安排工作时间，支付加班费。",
        "回复期限": "5个工作日" if to_department else "15个工作日",
        "前序文书": earlier,
        "案件编号": "法援〔2025〕12号",
        "联系人": "王明",
        "联系电话": "0452-2345678",
    }
