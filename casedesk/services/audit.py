"""The audit trail: append-only rows, each hashed over the previous one so edits and deletions show.

Every create, update, delete, reveal, export, print, import, sign-in and
failed sign-in appends one row in the same transaction as the change: who,
when, what, and the changed fields before and after.

Each row's hash covers the previous row's hash and a SHA-256 digest of its
``changes`` text, so ``verify_chain`` (run by ``casedesk check``) finds a row
that was altered, inserted or deleted. Hashing the digest rather than the
text lets the retention purge remove personal data from old rows (PIPL art.
19, 47) without breaking the chain: a redacted row keeps its digest, and the
purge's own row lists which rows it redacted, so an unexplained redaction is
still reported. Rows written before the digest existed verify by the first
formula (the text itself) until migration 0003 re-chained them.

On PostgreSQL several desks append at once; a transaction-scoped advisory
lock makes "read the last hash, append after it" one step, so the chain never
forks.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from casedesk.db.models import AuditEvent, Staff, utcnow
from casedesk.domain.messages import Message
from casedesk.services.actor import Actor, require_admin

# Any 64-bit constant shared by every CaseDesk process: "the audit chain's tail".
_PG_CHAIN_LOCK = 0x43415345_41554454 & 0x7FFFFFFFFFFFFFFF
REDACTED_KEY = "_redacted"
# Actions that only read: they never make a record "changed since you opened it".
READ_ACTIONS = frozenset({"reveal", "export", "print", "login", "login_failed", "logout"})


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


def digest(changes_text: str) -> str:
    return hashlib.sha256(changes_text.encode("utf-8")).hexdigest()


def _row_hash(prev_hash: str, at: datetime, staff_id: int | None, actor: str, action: str, entity: str,
              entity_id: int | None, changes: str, changes_digest: str) -> str:
    """v2 (digest set) hashes the digest; v1 rows (digest empty) hash the changes text itself."""
    body = changes_digest if changes_digest else changes
    payload = json.dumps(
        [prev_hash, at.isoformat(), staff_id, actor, action, entity, entity_id, body],
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
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(_PG_CHAIN_LOCK)))
    prev = session.execute(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar()
    changes_text = json.dumps(changes or {}, ensure_ascii=False, sort_keys=True, default=_jsonable)
    ev = AuditEvent(
        at=utcnow().replace(microsecond=0),
        staff_id=actor.staff_id,
        actor=actor.name[:60],
        action=action,
        entity=entity,
        entity_id=entity_id,
        changes=changes_text,
        changes_digest=digest(changes_text),
    )
    ev.prev_hash = prev or ""
    ev.hash = _row_hash(ev.prev_hash, ev.at, ev.staff_id, ev.actor, ev.action, ev.entity, ev.entity_id,
                        ev.changes, ev.changes_digest)
    session.add(ev)
    session.flush()
    return ev


# --- verification ----------------------------------------------------------------------------------


def _id_ranges(ids: Iterable[int]) -> list[list[int]]:
    """[3, 4, 5, 9] -> [[3, 5], [9, 9]]: how a purge row lists thousands of redacted rows compactly."""
    ranges: list[list[int]] = []
    for n in sorted(set(ids)):
        if ranges and n == ranges[-1][1] + 1:
            ranges[-1][1] = n
        else:
            ranges.append([n, n])
    return ranges


def _in_ranges(ranges: Sequence[Sequence[int]], n: int) -> bool:
    return any(lo <= n <= hi for lo, hi in ranges)


def verify_chain(session: Session, *, batch: int = 5000) -> list[str]:
    """Problems found walking the chain in id order; empty when intact."""
    problems: list[str] = []
    prev = ""
    redactions: list[tuple[int, list[list[int]]]] = []  # (purge row id, ranges it redacted)
    redacted_rows: list[int] = []
    cols = (AuditEvent.id, AuditEvent.at, AuditEvent.staff_id, AuditEvent.actor, AuditEvent.action, AuditEvent.entity,
            AuditEvent.entity_id, AuditEvent.changes, AuditEvent.changes_digest, AuditEvent.prev_hash, AuditEvent.hash)
    last_id = 0
    while True:
        rows = session.execute(select(*cols).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch)).all()
        if not rows:
            break
        for r in rows:
            last_id = r.id
            if r.prev_hash != prev:
                problems.append(Message("审计记录 #{id} 之前的记录被删除或修改", id=r.id))
            redacted = r.changes_digest and r.changes != "" and _is_redaction(r.changes)
            if r.changes_digest and not redacted and digest(r.changes) != r.changes_digest:
                problems.append(Message("审计记录 #{id} 的内容被修改", id=r.id))
            elif _row_hash(r.prev_hash, r.at, r.staff_id, r.actor, r.action, r.entity, r.entity_id,
                           r.changes, r.changes_digest) != r.hash:
                problems.append(Message("审计记录 #{id} 的内容被修改", id=r.id))
            if redacted:
                redacted_rows.append(r.id)
            if r.action == "purge":
                ranges = json.loads(r.changes or "{}").get("redacted_audit_rows") or []
                redactions.append((r.id, ranges))
            prev = r.hash
    for row_id in redacted_rows:
        if not any(purge_id > row_id and _in_ranges(ranges, row_id) for purge_id, ranges in redactions):
            problems.append(Message("审计记录 #{id} 的内容被删除（没有相应的保存期限清理记录）", id=row_id))
    return problems


def _is_redaction(changes_text: str) -> bool:
    return changes_text.startswith('{"' + REDACTED_KEY + '"')


def redact(session: Session, entity_ids: dict[str, Iterable[int]], reason: str) -> list[list[int]]:
    """Blank the ``changes`` of every row about these records (their digests stay); returns the rows as ranges.

    The caller lists the returned ranges in its own audit row (``redacted_audit_rows``),
    which is what makes these redactions explained rather than tampering.
    """
    marker = json.dumps({REDACTED_KEY: reason}, ensure_ascii=False, sort_keys=True)
    row_ids: list[int] = []
    for entity, ids in entity_ids.items():
        id_list = sorted(set(ids))
        for start in range(0, len(id_list), 500):
            chunk = id_list[start:start + 500]
            row_ids.extend(session.scalars(
                select(AuditEvent.id).where(AuditEvent.entity == entity, AuditEvent.entity_id.in_(chunk),
                                            AuditEvent.changes_digest != "")
            ))
    for start in range(0, len(row_ids), 500):
        session.execute(update(AuditEvent).where(AuditEvent.id.in_(row_ids[start:start + 500])).values(changes=marker))
    return _id_ranges(row_ids)


# --- reading the trail -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditEntry:
    """One row as the audit browser and the "changed by someone else" dialog show it."""

    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    changes: dict[str, Any]

    def field_changes(self) -> list[tuple[str, Any, Any]]:
        """(field, before, after) for the {field: [before, after]} entries; other keys as (key, None, value)."""
        out = []
        for key, value in self.changes.items():
            if isinstance(value, list) and len(value) == 2:
                out.append((key, value[0], value[1]))
            else:
                out.append((key, None, value))
        return out


@dataclass(frozen=True)
class AuditQuery:
    """The audit browser's filters (all optional)."""

    actor: str = ""  # part of the name
    action: str = ""
    entity: str = ""
    entity_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None  # exclusive
    text: str = ""  # anywhere in the changed values


def _entry(row: Any) -> AuditEntry:
    try:
        changes = json.loads(row.changes or "{}")
    except ValueError:
        changes = {"?": row.changes}
    if not isinstance(changes, dict):
        changes = {"?": changes}
    return AuditEntry(row.id, row.at, row.actor, row.action, row.entity, row.entity_id, changes)


def _escape_like(value: str) -> str:
    """A typed filter as a LIKE pattern body: wildcards taken literally, control characters dropped (PG refuses NUL)."""
    value = "".join(c for c in value if c >= " ")
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filtered(session: Session, q: AuditQuery) -> Select[Any]:
    stmt = select(AuditEvent.id, AuditEvent.at, AuditEvent.actor, AuditEvent.action, AuditEvent.entity,
                  AuditEvent.entity_id, AuditEvent.changes)
    orgs = session.info.get("organizations")
    if orgs is not None:  # a district's administrator reads what the district's own accounts did
        stmt = stmt.where(AuditEvent.staff_id.in_(select(Staff.id).where(Staff.organization_id.in_(sorted(orgs)))))
    if q.actor.strip():
        stmt = stmt.where(AuditEvent.actor.like(f"%{_escape_like(q.actor.strip())}%", escape="\\"))
    if q.action:
        stmt = stmt.where(AuditEvent.action == q.action)
    if q.entity:
        stmt = stmt.where(AuditEvent.entity == q.entity)
    if q.entity_id is not None:
        stmt = stmt.where(AuditEvent.entity_id == q.entity_id)
    if q.since is not None:
        stmt = stmt.where(AuditEvent.at >= q.since)
    if q.until is not None:
        stmt = stmt.where(AuditEvent.at < q.until)
    if q.text.strip():
        stmt = stmt.where(AuditEvent.changes.like(f"%{_escape_like(q.text.strip())}%", escape="\\"))
    return stmt


def search(session: Session, q: AuditQuery, *, before_id: int | None = None, limit: int = 200) -> list[AuditEntry]:
    """Newest first, a page at a time: the next page starts below the last id shown (keyset paging)."""
    stmt = _filtered(session, q)
    if before_id is not None:
        stmt = stmt.where(AuditEvent.id < before_id)
    return [_entry(r) for r in session.execute(stmt.order_by(AuditEvent.id.desc()).limit(limit))]


def count(session: Session, q: AuditQuery) -> int:
    return int(session.scalar(select(func.count()).select_from(_filtered(session, q).subquery())) or 0)


def actions(session: Session) -> list[str]:
    """The actions the trail holds, for the browser's filter box."""
    return list(session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)))


def entities(session: Session) -> list[str]:
    return [e for e in session.scalars(select(AuditEvent.entity).distinct().order_by(AuditEvent.entity)) if e]


def history(session: Session, entity: str, entity_id: int, *, limit: int = 200) -> list[AuditEntry]:
    """Everything recorded about one record, newest first."""
    return search(session, AuditQuery(entity=entity, entity_id=entity_id), limit=limit)


def changes_since(session: Session, entity: str, entity_id: int, versions_behind: int) -> list[AuditEntry]:
    """The writes that moved a record on since the version a form loaded, newest first.

    Each saving action writes one row and bumps the version at least once, so the
    other person's changes are among the last ``versions_behind`` writing rows
    (a record that exists was never created "since").
    """
    if versions_behind <= 0:
        return []
    stmt = (
        select(AuditEvent.id, AuditEvent.at, AuditEvent.actor, AuditEvent.action, AuditEvent.entity,
               AuditEvent.entity_id, AuditEvent.changes)
        .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id,
               AuditEvent.action.not_in(READ_ACTIONS | {"create"}))
        .order_by(AuditEvent.id.desc())
        .limit(min(versions_behind, 20))
    )
    return [_entry(r) for r in session.execute(stmt)]


def last_hash(session: Session) -> str:
    """The newest row's hash: a fingerprint of "everything written so far" (backups compare it)."""
    return session.execute(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar() or ""


def iter_rows(session: Session, q: AuditQuery, batch: int = 2000) -> Iterator[AuditEntry]:
    """Every matching row, newest first, streamed in pages (the browser's export)."""
    before: int | None = None
    while True:
        rows = search(session, q, before_id=before, limit=batch)
        if not rows:
            return
        yield from rows
        before = rows[-1].id



EXPORT_HEADERS = ("编号", "时间", "人员", "操作", "对象", "对象编号", "内容")


def export_trail(session: Session, actor: Actor, path: Path, q: AuditQuery) -> int:
    """The filtered trail as .xlsx/.csv for an inspection or a PIPL records request (admins; audited)."""
    # Imported here: openpyxl costs ~0.1 s, and every module that writes imports this one at start-up.
    from casedesk.services.ledger_files import write_table

    require_admin(actor)
    rows = ([e.id, e.at.astimezone().replace(tzinfo=None), e.actor, e.action, e.entity, e.entity_id,
             json.dumps(e.changes, ensure_ascii=False)] for e in iter_rows(session, q))
    count = write_table(path, EXPORT_HEADERS, rows, sheet_title="审计记录")
    record(session, actor, "export", "audit_event", None, {"file": path.name, "rows": count,
                                                           "filters": {k: _jsonable(v) for k, v in q.__dict__.items() if v}})
    return count
