"""Trust: audit rows hash a digest of their changes (so a retention purge can redact them), audit browser
indexes, and anonymised-at stamps on consultations, cases and workers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

Existing audit rows get their digest and are re-chained with the new formula,
but only when the old chain verifies: a chain that was already broken is left
as it was, so `casedesk check` keeps reporting the break instead of this
migration laundering it. The hashing is written out here (not imported from
services.audit) so this revision keeps doing what it did when it was written.
"""
import hashlib
import json

import sqlalchemy as sa
from alembic import op

import casedesk.db.models.base

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


_audit = sa.table(
    "audit_event",
    *(sa.column(name) for name in ("id", "staff_id", "actor", "action", "entity", "entity_id", "changes", "prev_hash", "hash")),
    sa.column("at", casedesk.db.models.base.UTCDateTime()),
)


def _hash(prev: str, at, staff_id, actor, action, entity, entity_id, body: str) -> str:  # noqa: ANN001
    payload = json.dumps([prev, at.isoformat(), staff_id, actor, action, entity, entity_id, body],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _rechain_audit(conn: sa.Connection, *, to_digest: bool) -> None:
    """Re-hash the chain with (upgrade) or without (downgrade) the changes digest, if it verifies now."""
    columns = [_audit.c[n] for n in ("id", "at", "staff_id", "actor", "action", "entity", "entity_id", "changes",
                                     "prev_hash", "hash")]
    if not to_digest:
        columns.append(sa.column("changes_digest"))
    rows = conn.execute(sa.select(*columns).select_from(_audit).order_by(_audit.c.id)).all()
    prev = ""
    for r in rows:
        body = r.changes if to_digest or not r.changes_digest else r.changes_digest
        if r.prev_hash != prev or _hash(r.prev_hash, r.at, r.staff_id, r.actor, r.action, r.entity, r.entity_id, body) != r.hash:
            return  # broken before this step: keep it visible
        prev = r.hash
    prev = ""
    values = "changes_digest = :d, prev_hash = :p, hash = :h" if to_digest else "prev_hash = :p, hash = :h"
    update = sa.text(f"UPDATE audit_event SET {values} WHERE id = :id")
    batch = []
    for r in rows:
        digest = hashlib.sha256(r.changes.encode("utf-8")).hexdigest()
        new = _hash(prev, r.at, r.staff_id, r.actor, r.action, r.entity, r.entity_id, digest if to_digest else r.changes)
        batch.append({"d": digest, "p": prev, "h": new, "id": r.id})
        prev = new
        if len(batch) >= 5000:
            conn.execute(update, batch)
            batch = []
    if batch:
        conn.execute(update, batch)


def upgrade() -> None:
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("changes_digest", sa.String(length=64), server_default="", nullable=False))
        batch_op.create_index("ix_audit_event_action", ["action", "id"], unique=False)
        batch_op.create_index("ix_audit_event_staff_id", ["staff_id", "id"], unique=False)
    for table in ("consultation", "dispute_case", "worker"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("anonymized_at", casedesk.db.models.base.UTCDateTime(), nullable=True))
    _rechain_audit(op.get_bind(), to_digest=True)


def downgrade() -> None:
    _rechain_audit(op.get_bind(), to_digest=False)  # a redacted row keeps its marker text as its changes
    # ALTER TABLE ... DROP COLUMN in place (SQLite >= 3.35): rebuilding these tables would trip the
    # foreign keys that point at them, and their rows would have to be copied for nothing.
    for table in ("worker", "dispute_case", "consultation"):
        with op.batch_alter_table(table, schema=None, recreate="never") as batch_op:
            batch_op.drop_column("anonymized_at")
    with op.batch_alter_table("audit_event", schema=None, recreate="never") as batch_op:
        batch_op.drop_index("ix_audit_event_staff_id")
        batch_op.drop_index("ix_audit_event_action")
        batch_op.drop_column("changes_digest")
