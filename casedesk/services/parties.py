"""Enterprises and workers: completion as you type (Chinese substring or pinyin initials), find or create.

Consultation and case forms, importers and the duplicate finder all come
through here, so one name typed the same way always links to one record.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from casedesk.db.models import Enterprise, Worker
from casedesk.domain.validators import (
    ValidationError,
    id_number_gender,
    normalize_credit_code,
    normalize_id_number,
    normalize_phone,
)
from casedesk.services import audit, search_index
from casedesk.services.actor import Actor

COMPLETION_LIMIT = 20


def initials(name: str) -> str:
    """铁锋区某某物流 -> tfqmmwl (letters and digits kept as typed, lower case)."""
    # Imported here: pypinyin's dictionaries cost ~0.25 s, too much for GUI cold start.
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(name, style=Style.FIRST_LETTER, errors=lambda s: list(s))).lower()


@dataclass(frozen=True)
class Suggestion:
    id: int
    text: str
    detail: str


def enterprise_condition(typed: str) -> ColumnElement[bool]:
    """An employer by a name or 信用代码 fragment, or its pinyin initials from the start (tfq).

    The completers, the enterprise list's search and the Ctrl+K search all use this one
    condition, answered by the search index (``services.search_index``).
    """
    return search_index.enterprises(typed)


def worker_condition(typed: str) -> ColumnElement[bool]:
    """A worker by a name, phone or 身份证号 fragment, or pinyin initials from the start."""
    return search_index.workers(typed)


def complete_enterprises(session: Session, typed: str, limit: int = COMPLETION_LIMIT) -> list[Suggestion]:
    if not typed.strip():
        return []
    rows = session.execute(
        select(Enterprise.id, Enterprise.name, Enterprise.credit_code)
        .where(enterprise_condition(typed))
        .order_by(Enterprise.name)
        .limit(limit)
    ).all()
    return [Suggestion(r.id, r.name, r.credit_code or "") for r in rows]


def complete_workers(session: Session, typed: str, limit: int = COMPLETION_LIMIT) -> list[Suggestion]:
    if not typed.strip():
        return []
    rows = session.execute(
        select(Worker.id, Worker.name, Worker.phone)
        .where(worker_condition(typed))
        .order_by(Worker.name)
        .limit(limit)
    ).all()
    return [Suggestion(r.id, r.name, r.phone or "") for r in rows]


def find_or_create_enterprise(
    session: Session, actor: Actor, name: str, credit_code: str | None = None, organization_id: int | None = None
) -> Enterprise:
    """By 信用代码 when given, else by exact name; a new name creates the record (audited)."""
    name = name.strip()
    code = normalize_credit_code(credit_code) if credit_code and credit_code.strip() else None
    if not name and not code:
        raise ValidationError("用人单位名称不能为空")
    if code:
        found = session.scalars(select(Enterprise).where(Enterprise.credit_code == code)).first()
        if found is not None:
            return found
    if name:
        found = session.scalars(select(Enterprise).where(Enterprise.name == name).order_by(Enterprise.id)).first()
        if found is not None:
            if code and not found.credit_code:
                found.credit_code = code
                audit.record(session, actor, "update", "enterprise", found.id, {"credit_code": [None, code]})
            return found
    ent = Enterprise(name=name or code or "", name_initials=initials(name), credit_code=code, organization_id=organization_id)
    session.add(ent)
    session.flush()
    audit.record(session, actor, "create", "enterprise", ent.id, {"name": [None, ent.name], "credit_code": [None, code]})
    return ent


def find_or_create_worker(
    session: Session,
    actor: Actor,
    name: str,
    phone: str | None = None,
    id_number: str | None = None,
    enterprise_id: int | None = None,
    organization_id: int | None = None,
) -> Worker:
    """By 身份证号, else by name + phone; a new person creates the record (audited)."""
    name = name.strip()
    idn = normalize_id_number(id_number) if id_number and id_number.strip() else None
    tel = normalize_phone(phone) if phone and phone.strip() else None
    if idn:
        found = session.scalars(select(Worker).where(Worker.id_number == idn)).first()
        if found is not None:
            return found
    if name and tel:
        found = session.scalars(select(Worker).where(Worker.name == name, Worker.phone == tel)).first()
        if found is not None:
            if idn and not found.id_number:
                found.id_number = idn
                found.gender = id_number_gender(idn)
            return found
    if not name:
        raise ValidationError("职工姓名不能为空")
    worker = Worker(
        name=name,
        name_initials=initials(name),
        phone=tel,
        id_number=idn,
        gender=id_number_gender(idn) if idn else None,
        enterprise_id=enterprise_id,
        organization_id=organization_id,
    )
    session.add(worker)
    session.flush()
    audit.record(session, actor, "create", "worker", worker.id, {"name": [None, name]})
    return worker
