"""The maintained list of government bodies: addressees of 建议书 and 抄送 targets.

A 建议书 goes to the same-level 人社局 / 劳动保障监察 or the local 人民政府, and
may be copied to the 人民检察院 (DOMAIN.md §1.3). Offices keep these names and
addresses once here instead of typing them into every letter.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.db.models import GovernmentBody
from casedesk.domain.enums import GovBodyKind
from casedesk.domain.messages import Joined
from casedesk.domain.validators import ValidationError
from casedesk.services import audit
from casedesk.services.actor import Actor, require_write
from casedesk.services.organization import current_org

MAX_NAME = 100
MAX_ADDRESS = 200


@dataclass(frozen=True)
class BodyInfo:
    id: int
    name: str
    kind: str
    address: str
    active: bool

    @property
    def kind_label(self) -> str:
        return GovBodyKind(self.kind).label


def _info(row: GovernmentBody) -> BodyInfo:
    return BodyInfo(row.id, row.name, row.kind, row.address, row.active)


def list_bodies(session: Session, *, kinds: tuple[str, ...] = (), include_inactive: bool = False) -> list[BodyInfo]:
    stmt = select(GovernmentBody).order_by(GovernmentBody.kind, GovernmentBody.name, GovernmentBody.id)
    if kinds:
        stmt = stmt.where(GovernmentBody.kind.in_(kinds))
    if not include_inactive:
        stmt = stmt.where(GovernmentBody.active.is_(True))
    return [_info(r) for r in session.scalars(stmt)]


def get_body(session: Session, body_id: int) -> BodyInfo:
    row = session.get(GovernmentBody, body_id)
    if row is None:
        raise ValidationError("政府部门 #{body_id} 不存在", body_id=body_id)
    return _info(row)


def _clean(name: str | None, kind: str | None, address: str | None) -> dict[str, str]:
    out: dict[str, str] = {}
    if name is not None:
        text = name.strip()
        if not text:
            raise ValidationError("部门名称不能为空")
        if len(text) > MAX_NAME:
            raise ValidationError("部门名称过长（最多 {max} 字）", max=MAX_NAME)
        out["name"] = text
    if kind is not None:
        try:
            out["kind"] = GovBodyKind.from_label(kind).value
        except ValueError:
            raise ValidationError("部门类型“{kind}”无法识别（可选：{items}）", kind=kind, items=Joined((k.label for k in GovBodyKind), "、")) from None
    if address is not None:
        text = address.strip()
        if len(text) > MAX_ADDRESS:
            raise ValidationError("地址过长（最多 {max} 字）", max=MAX_ADDRESS)
        out["address"] = text
    return out


def add_body(session: Session, actor: Actor, name: str, kind: str, address: str = "") -> BodyInfo:
    require_write(actor)
    values = _clean(name, kind, address)
    dup = session.scalars(
        select(GovernmentBody).where(GovernmentBody.name == values["name"], GovernmentBody.active.is_(True))
    ).first()
    if dup is not None:
        raise ValidationError("名录中已有“{values}”", values=values['name'])
    row = GovernmentBody(organization_id=current_org(session).id, active=True, **values)
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "government_body", row.id, {k: [None, v] for k, v in values.items()})
    return _info(row)


def update_body(
    session: Session,
    actor: Actor,
    body_id: int,
    *,
    name: str | None = None,
    kind: str | None = None,
    address: str | None = None,
    active: bool | None = None,
) -> BodyInfo:
    """Edit or retire (active=False) a body; letters already issued keep the name they printed."""
    require_write(actor)
    row = session.get(GovernmentBody, body_id)
    if row is None:
        raise ValidationError("政府部门 #{body_id} 不存在", body_id=body_id)
    values: dict[str, object] = dict(_clean(name, kind, address))
    if active is not None:
        values["active"] = bool(active)
    before = {k: getattr(row, k) for k in values}
    for k, v in values.items():
        setattr(row, k, v)
    session.flush()
    audit.record(session, actor, "update", "government_body", row.id, audit.diff(before, values))
    return _info(row)
