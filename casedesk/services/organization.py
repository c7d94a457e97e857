"""The issuing union's identity: name, 发文机关标志, number patterns, address."""
from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.db.models import Organization
from casedesk.domain.numbering import check_pattern
from casedesk.domain.validators import ValidationError
from casedesk.services import audit
from casedesk.services.actor import Actor, require_admin

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
    """The office's own organization (the first one); created with defaults in an empty file.

    In a shared dataset, after sign-in, it is the signed-in account's organization
    (``Database.restrict_to`` puts it in the session's info), so new records and
    numbers belong to that district.
    """
    signed_in = session.info.get("organization_id")
    if signed_in is not None:
        own = session.get(Organization, signed_in)
        if own is not None:
            return own
    org = session.scalars(select(Organization).order_by(Organization.id).limit(1)).first()
    if org is None:
        org = Organization(name=DEFAULT_NAME, issuer_mark=DEFAULT_NAME)
        session.add(org)
        session.flush()
    return org


def get_org(session: Session) -> OrgInfo:
    return _info(current_org(session))


def update_org(session: Session, actor: Actor, **values: str) -> OrgInfo:
    """The union's identity and number patterns are the administrator's to change."""
    require_admin(actor)
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValidationError("未知的单位信息字段：{items}", items=', '.join(sorted(unknown)))
    cleaned = {k: v.strip() for k, v in values.items()}
    if "name" in cleaned and not cleaned["name"]:
        raise ValidationError("工会名称不能为空")
    _check_patterns(session, cleaned, current_org(session).id)
    org = current_org(session)
    before = {k: getattr(org, k) for k in cleaned}
    for k, v in cleaned.items():
        setattr(org, k, v)
    session.flush()
    audit.record(session, actor, "update", "organization", org.id, audit.diff(before, cleaned))
    return _info(org)


PATTERN_KEYS = ("case_number_pattern", "reminder_number_pattern", "opinion_number_pattern", "recommendation_number_pattern")


def _check_patterns(session: Session, values: dict[str, str], own_id: int | None) -> None:
    """Well-formed, and unlike every other union's: case and document numbers are unique across a shared dataset."""
    for key in PATTERN_KEYS:
        if key not in values:
            continue
        try:
            check_pattern(values[key])
        except ValidationError as exc:
            raise ValidationError("{label}：{exc}", label=LABELS[key], exc=exc) from None
        column = getattr(Organization, key)
        other = session.scalars(select(Organization.name).where(column == values[key], Organization.id != own_id)).first()
        if other is not None:
            raise ValidationError("{label}：与“{other}”相同，共用一个数据库的各单位编号格式必须不同（例如加上区名简称）", label=LABELS[key], other=other)


def list_orgs(session: Session) -> list[tuple[OrgInfo, int | None]]:
    """Every union in the dataset with its parent's id (a city database holds the city and its districts)."""
    return [(_info(o), o.parent_id) for o in session.scalars(select(Organization).order_by(Organization.id))]


def add_org(session: Session, actor: Actor, name: str, *, parent: str | None = None, **values: str) -> OrgInfo:
    """Another union in a shared dataset (a district under its city); its number patterns must differ."""
    require_admin(actor)
    name = (name or "").strip()
    if not name:
        raise ValidationError("工会名称不能为空")
    if session.scalars(select(Organization.id).where(Organization.name == name)).first() is not None:
        raise ValidationError("工会名称：“{name}”已存在", name=name)
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValidationError("未知的单位信息字段：{items}", items=', '.join(sorted(unknown)))
    parent_id = None
    if parent:
        parent_id = session.scalars(select(Organization.id).where(Organization.name == parent.strip())).first()
        if parent_id is None:
            raise ValidationError("上级单位：没有单位“{parent}”", parent=parent)
    cleaned = {k: v.strip() for k, v in values.items() if v is not None}
    _check_patterns(session, {k: cleaned.get(k, getattr(Organization, k).default.arg) for k in PATTERN_KEYS}, None)
    org = Organization(name=name, issuer_mark=cleaned.pop("issuer_mark", name), parent_id=parent_id, **cleaned)
    session.add(org)
    session.flush()
    audit.record(session, actor, "create", "organization", org.id,
                 {"name": [None, name], "parent_id": [None, parent_id], **{k: [None, v] for k, v in cleaned.items()}})
    return _info(org)
