"""The issuing union's identity: name, 发文机关标志, number patterns, address."""
from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.db.models import Organization
from casedesk.domain.numbering import check_pattern
from casedesk.domain.validators import ValidationError
from casedesk.services import audit
from casedesk.services.actor import Actor, require_write

DEFAULT_NAME = "未命名工会"


@dataclass
class OrgInfo:
    id: int
    name: str
    issuer_mark: str
    case_number_pattern: str
    reminder_number_pattern: str
    opinion_number_pattern: str
    recommendation_number_pattern: str
    address: str
    postcode: str
    phone: str
    contact_person: str


EDITABLE = tuple(f.name for f in fields(OrgInfo) if f.name != "id")
LABELS = {
    "name": "工会名称",
    "issuer_mark": "发文机关标志",
    "case_number_pattern": "案件编号格式",
    "reminder_number_pattern": "提示函文号格式",
    "opinion_number_pattern": "意见书文号格式",
    "recommendation_number_pattern": "建议书文号格式",
    "address": "地址",
    "postcode": "邮编",
    "phone": "电话",
    "contact_person": "联系人",
}


def _info(org: Organization) -> OrgInfo:
    return OrgInfo(id=org.id, **{k: getattr(org, k) for k in EDITABLE})


def current_org(session: Session) -> Organization:
    """The office's own organization (the first one); created with defaults in an empty file."""
    org = session.scalars(select(Organization).order_by(Organization.id).limit(1)).first()
    if org is None:
        org = Organization(name=DEFAULT_NAME, issuer_mark=DEFAULT_NAME)
        session.add(org)
        session.flush()
    return org


def get_org(session: Session) -> OrgInfo:
    return _info(current_org(session))


def update_org(session: Session, actor: Actor, **values: str) -> OrgInfo:
    require_write(actor)
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValidationError(f"未知的单位信息字段：{', '.join(sorted(unknown))}")
    cleaned = {k: v.strip() for k, v in values.items()}
    if "name" in cleaned and not cleaned["name"]:
        raise ValidationError("工会名称不能为空")
    for key, value in cleaned.items():
        if key.endswith("_pattern"):
            try:
                check_pattern(value)
            except ValidationError as exc:
                raise ValidationError(f"{LABELS[key]}：{exc}") from None
    org = current_org(session)
    before = {k: getattr(org, k) for k in cleaned}
    for k, v in cleaned.items():
        setattr(org, k, v)
    session.flush()
    audit.record(session, actor, "update", "organization", org.id, audit.diff(before, cleaned))
    return _info(org)
