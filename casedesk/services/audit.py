"""The audit trail: append-only rows, each hashed over the previous one so edits and deletions show."""
from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.db.models import AuditEvent, utcnow
from casedesk.services.actor import Actor


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """{field: [before, after]} for the fields that changed."""
    return {
        k: [_jsonable(before.get(k)), _jsonable(after.get(k))]
        for k in sorted(set(before) | set(after))
        if before.get(k) != after.get(k)
    }


def _row_hash(prev_hash: str, ev: AuditEvent) -> str:
    payload = json.dumps(
        [prev_hash, ev.at.isoformat(), ev.staff_id, ev.actor, ev.action, ev.entity, ev.entity_id, ev.changes],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str = "",
    entity_id: int | None = None,
    changes: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one audit row in the caller's transaction (so it commits or rolls back with the change)."""
    prev = session.execute(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar()
    ev = AuditEvent(
        at=utcnow().replace(microsecond=0),
        staff_id=actor.staff_id,
        actor=actor.name,
        action=action,
        entity=entity,
        entity_id=entity_id,
        changes=json.dumps(changes or {}, ensure_ascii=False, sort_keys=True, default=_jsonable),
    )
    ev.prev_hash = prev or ""
    ev.hash = _row_hash(ev.prev_hash, ev)
    session.add(ev)
    session.flush()
    return ev


def verify_chain(session: Session) -> list[str]:
    """Problems found walking the chain in id order; empty when intact."""
    problems: list[str] = []
    prev = ""
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        if ev.prev_hash != prev:
            problems.append(f"审计记录 #{ev.id} 之前的记录被删除或修改")
        if _row_hash(ev.prev_hash, ev) != ev.hash:
            problems.append(f"审计记录 #{ev.id} 的内容被修改")
        prev = ev.hash
    return problems
