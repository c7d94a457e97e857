"""From a notice in the database to the plain data of its letter, and on to PDF.

Everything printed is gathered here: the organization's 发文机关标志 and
name, the addressee, the body from the kind's wording template filled with
the notice's facts, cited articles (with their gists from the catalogue),
demands and deadline, the sentence recalling earlier letters of the chain,
the contact line, the 抄送 for a 建议书, the receipt, the seal image and the
fonts from Settings. ``documents.letter`` then only lays it out.
"""
from __future__ import annotations

import base64
import binascii
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.utils import ImageReader
from sqlalchemy.orm import Session

from casedesk.db.models import (
    Case,
    Enterprise,
    GovernmentBody,
    Organization,
    SupervisionNotice,
)
from casedesk.documents import fonts as font_chain
from casedesk.documents.letter import (
    Letter,
    Receipt,
    RenderedLetters,
    cjk_date,
    render,
)
from casedesk.domain.enums import NoticeKind, NoticeStatus, ViolationType
from casedesk.domain.messages import Joined, Message
from casedesk.domain.timeutil import local_now
from casedesk.domain.validators import ValidationError
from casedesk.services import law_catalogue, letter_templates, settings
from casedesk.services import notices as notice_service
from casedesk.services.actor import Actor, PermissionDenied, require_write
from casedesk.services.organization import current_org

OUTCOME = {
    NoticeStatus.NO_REPLY: "逾期未予书面回复",
    NoticeStatus.DELIVERED: "逾期未予书面回复",
    NoticeStatus.ISSUED: "逾期未予书面回复",
    NoticeStatus.NOT_RECTIFIED: "至今未予整改",
    NoticeStatus.PARTLY_RECTIFIED: "仅部分整改，问题仍未解决",
    NoticeStatus.REPLIED: "虽有回复，但问题仍未解决",
    NoticeStatus.ESCALATED: "至今未予整改",
    NoticeStatus.CLOSED: "问题仍未解决",
}


def font_set(session: Session) -> font_chain.FontSet:
    return font_chain.resolve(
        body=settings.get(session, "letter.font_body") or "",
        title=settings.get(session, "letter.font_title") or "",
        heading=settings.get(session, "letter.font_heading") or "",
    )


def seal_image(session: Session) -> bytes | None:
    value = settings.get(session, "letter.seal_image") or ""
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


MAX_SEAL_BYTES = 2 * 1024 * 1024
FONT_KEYS = {"body": "letter.font_body", "title": "letter.font_title", "heading": "letter.font_heading"}


def _require_admin(actor: Actor) -> None:
    require_write(actor)
    if actor.role != "admin":
        raise PermissionDenied("只有管理员可以修改文书字体和印章")


def set_font(session: Session, actor: Actor, role: str, value: str) -> font_chain.ChosenFont:
    """Set (or with "" clear) the font file of a role; refused unless ReportLab can embed it."""
    _require_admin(actor)
    text = value.strip()
    if text:
        chosen = font_chain.resolve_role(role, text)
        if chosen.source != "settings":
            raise ValidationError(Joined(chosen.skipped) if chosen.skipped else Message("无法使用字体 {font}", font=text))
    settings.put(session, actor, FONT_KEYS[role], text)
    return font_chain.resolve_role(role, text)


def set_seal_image(session: Session, actor: Actor, data: bytes | None) -> None:
    """The seal printed over the 署名 (PNG with transparency, or JPEG); None removes it."""
    _require_admin(actor)
    if data:
        if len(data) > MAX_SEAL_BYTES:
            raise ValidationError("印章图片过大（最多 2 MB）")
        if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8")):
            raise ValidationError("印章图片应为 PNG（推荐，透明背景）或 JPEG 文件")
        try:
            ImageReader(io.BytesIO(data)).getSize()
        except Exception:  # noqa: BLE001 - any decoding error
            raise ValidationError("印章图片无法读取，文件可能已损坏") from None
    settings.put(session, actor, "letter.seal_image", base64.b64encode(data).decode("ascii") if data else "")


def _organization(session: Session, notice: SupervisionNotice) -> Organization:
    org = session.get(Organization, notice.organization_id) if notice.organization_id else None
    return org or current_org(session)


def earlier_sentence(earlier: Sequence[SupervisionNotice], to_department: bool) -> str:
    """本会于…向你单位发出《…提示函》（…号），你单位逾期未予书面回复。"""
    issued = [n for n in earlier if n.issued_on and n.number]
    if not issued:
        return ""
    whom = "该单位" if to_department else "你单位"
    parts = [
        f"于{cjk_date(n.issued_on)}发出《{NoticeKind(n.kind).full_title}》（{n.number}）"  # type: ignore[arg-type]
        for n in issued
    ]
    outcome = OUTCOME.get(NoticeStatus(issued[-1].status), "问题仍未解决")
    return f"本会曾向{whom}" + "、".join(parts) + f"，{whom}{outcome}。"


def template_values(session: Session, notice: SupervisionNotice) -> dict[str, str]:
    """The ${字段} values of a notice's letter."""
    org = _organization(session, notice)
    enterprise = session.get(Enterprise, notice.enterprise_id) if notice.enterprise_id else None
    department = session.get(GovernmentBody, notice.department_id) if notice.department_id else None
    case = session.get(Case, notice.case_id) if notice.case_id else None
    articles = law_catalogue.lookup(session)
    keys = [k for k in notice.legal_basis.split("\n") if k]
    basis_lines = []
    for i, key in enumerate(keys, 1):
        art = articles.get(key)
        basis_lines.append(f"{i}.{key}：{art.gist}" if art else f"{i}.{key}")
    ent_name = enterprise.name if enterprise else ""
    code = (enterprise.credit_code or "") if enterprise else ""
    violations = [ViolationType(v).label for v in notice_service.violations_of(session, notice.id)]
    return {
        "发文单位": org.name,
        "受文单位": department.name if department else ent_name,
        "用人单位": ent_name,
        "信用代码": code,
        "被监督单位": f"{ent_name}（统一社会信用代码：{code}）" if code else ent_name,
        "违法类型": "、".join(violations),
        "查明事实": notice.facts,
        "法律依据": "\n".join(basis_lines),
        "引用条文": cite_briefly(keys),
        "整改要求": notice.demands,
        "回复期限": notice_service.deadline_text(notice.deadline_count, notice.deadline_unit),
        "前序文书": earlier_sentence(notice_service.earlier_in_chain(session, notice), department is not None),
        "案件编号": case.case_number if case else "",
        "联系人": notice.contact_person,
        "联系电话": notice.contact_phone,
    }


def cite_briefly(keys: Sequence[str]) -> str:
    """《劳动合同法》第三十条、第三十一条，《劳动法》第三十六条: articles grouped under their law."""
    grouped: dict[str, list[str]] = {}
    for key in keys:
        law, article = law_catalogue.parse_citation(key)
        grouped.setdefault(law, []).append(article)
    return "，".join(f"《{law}》" + "、".join(arts) for law, arts in grouped.items())


def letter_of(session: Session, notice: SupervisionNotice, *, seal: bytes | None = None) -> Letter:
    kind = NoticeKind(notice.kind)
    org = _organization(session, notice)
    draft = notice.status == NoticeStatus.DRAFT.value
    template = letter_templates.current(session, kind.value)
    values = template_values(session, notice)
    body = letter_templates.fill(template.text, kind.value, values)
    day = notice.issued_on or local_now().date()
    number = notice.number or _placeholder_number(org, kind, day.year)
    cc: tuple[str, ...] = ()
    if notice.cc_procuratorate:
        body_row = notice_service.procuratorate(session)
        if body_row is None:
            raise ValidationError("抄送检察院：请先在政府部门名录中添加人民检察院")
        cc = (body_row.name,)
    enterprise = session.get(Enterprise, notice.enterprise_id) if notice.enterprise_id else None
    department = session.get(GovernmentBody, notice.department_id) if notice.department_id else None
    note = ""
    if notice.contact_person or notice.contact_phone:
        note = "　".join(p for p in (f"联系人：{notice.contact_person}" if notice.contact_person else "",
                                     f"联系电话：{notice.contact_phone}" if notice.contact_phone else "") if p)
    return Letter(
        issuer_mark=org.issuer_mark or org.name,
        number=number,
        title=kind.full_title,
        addressee=values["受文单位"] or "（未选择送达对象）",
        body=body,
        signature=org.name,
        date=day,
        note=note,
        cc=cc,
        issued_by=org.name,
        receipt=Receipt(
            document=f"《{kind.full_title}》",
            number=number,
            # An employer is named with its 统一社会信用代码 where known, as the receipt identifies it.
            recipient=values["受文单位"] if department else values["被监督单位"],
            address=(department.address if department else (enterprise.address if enterprise else "")),
            issuer=org.name,
        ),
        draft=draft,
        seal_image=seal,
        metadata_title=f"{kind.full_title} {number}",
    )


def _placeholder_number(org: Organization, kind: NoticeKind, year: int) -> str:
    """A draft shows its number as 铁工监提〔2025〕　号: the sequence is taken only when issuing."""
    pattern = getattr(org, notice_service.PATTERN_FIELD[kind])
    return pattern.replace("{year}", str(year)).replace("{seq}", "　　")


def render_notices(
    session: Session, notices: Sequence[SupervisionNotice], progress: Callable[[int, int], bool] | None = None
) -> RenderedLetters:
    """The letters of these notices as one PDF (a batch prints as one file)."""
    seal = seal_image(session)
    letters = [letter_of(session, n, seal=seal) for n in notices]
    return render(letters, font_set(session), progress=progress)


@dataclass(frozen=True)
class PreviewResult:
    pdf: bytes
    fonts: list[str]
    all_embedded: bool


def template_preview(session: Session, kind: str, text: str) -> PreviewResult:
    """The template editor's live preview: the sample letter with this wording (raises TemplateError)."""
    knd = NoticeKind(kind)
    org = current_org(session)
    values = letter_templates.sample_values(knd.value)
    body = letter_templates.fill(text, knd.value, values)
    number = _placeholder_number(org, knd, local_now().year)
    letter = Letter(
        issuer_mark=org.issuer_mark or org.name, number=number, title=knd.full_title, addressee=values["受文单位"],
        body=body, signature=org.name, date=local_now().date(), note="联系人：王明　联系电话：0452-2345678",
        draft=True, seal_image=seal_image(session), metadata_title="样稿",
    )
    fs = font_set(session)
    return PreviewResult(render([letter], fs).pdf, fs.report(), fs.all_embedded)
