"""duplicates.undo_refusal: the audit browser's question "can this merge still be undone?", on SQLite and PostgreSQL."""
from __future__ import annotations

from sqlalchemy import func, select

from casedesk.db.database import Database
from casedesk.db.models import AuditEvent, Enterprise
from casedesk.domain.validators import ValidationError
from casedesk.services import duplicates
from casedesk.services.actor import SYSTEM, Actor, PermissionDenied


def test_the_answer_is_the_undos_own_and_leaves_nothing_behind(db: Database) -> None:
    with db.transaction() as s:
        a, b = Enterprise(name="某某物流公司"), Enterprise(name="哈尔滨市某某物流有限公司")
        s.add_all([a, b])
        s.flush()
        ids = a.id, b.id
    with db.transaction() as s:
        merge = duplicates.merge(s, SYSTEM, "enterprise", *ids)
    with db.transaction() as s:
        assert duplicates.undo_refusal(s, SYSTEM, merge.audit_id) is None
        assert isinstance(duplicates.undo_refusal(s, Actor(None, "查看员", "viewer"), merge.audit_id), PermissionDenied)
    with db.reading() as s:  # the tried undo was rolled back
        assert s.get(Enterprise, ids[1]) is None
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "unmerge")) == 0
    with db.transaction() as s:
        duplicates.undo_merge(s, SYSTEM, merge.audit_id)
    with db.transaction() as s:
        refusal = duplicates.undo_refusal(s, SYSTEM, merge.audit_id)
        assert isinstance(refusal, ValidationError) and "已经撤销" in str(refusal)
        assert "不是一次合并" in str(duplicates.undo_refusal(s, SYSTEM, merge.audit_id - 1))
