"""Two people saving one record: the later save is refused with what the other changed (SQLite and PostgreSQL)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from casedesk.db.database import Database, RecordChanged
from casedesk.domain.enums import CaseSource
from casedesk.services import case_view, cases, consultations
from casedesk.services.actor import Actor, PermissionDenied
from casedesk.services.consultations import ConsultationFields

ZHANG = Actor(None, "张敏", "staff")
LI = Actor(None, "李娜", "staff")
VIEWER = Actor(None, "刘会计", "viewer")


def test_the_second_save_is_refused_with_the_first_ones_changes(db: Database) -> None:
    with db.transaction() as s:
        case = cases.open_case(s, ZHANG, source=CaseSource.WALK_IN.value, applicant_name="王建国",
                               enterprise_name="某某物流有限公司", description="拖欠工资")
    # Both open the case at version 1; 张敏 saves first.
    with db.transaction() as s:
        cases.update_case(s, ZHANG, case.id, expected_version=case.version, description="拖欠工资三个月", lawyer="赵律师")
    with pytest.raises(cases.CaseChanged) as refused, db.transaction() as s:
        cases.update_case(s, LI, case.id, expected_version=case.version, description="李娜的版本")
    exc = refused.value
    assert isinstance(exc, RecordChanged) and (exc.entity, exc.entity_id) == ("case", case.id)
    (change,) = exc.changes
    assert change.actor == "张敏"
    assert ("description", "拖欠工资", "拖欠工资三个月") in change.field_changes()
    with db.reading() as s:
        assert case_view.get_case(s, case.id).description == "拖欠工资三个月"  # never silently overwritten


def test_consultation_saves_report_changes_too(db: Database) -> None:
    fields = ConsultationFields(received_at=datetime.now(timezone.utc), question="加班费", caller_name="王某")
    with db.transaction() as s:
        first = consultations.log_consultation(s, ZHANG, fields)
    with db.transaction() as s:
        consultations.update_consultation(s, ZHANG, first.id, fields.__class__(**{**fields.__dict__, "answer": "已答复"}),
                                          expected_version=first.version)
    with pytest.raises(RecordChanged) as refused, db.transaction() as s:
        consultations.update_consultation(s, LI, first.id, fields, expected_version=first.version)
    assert refused.value.changes and refused.value.changes[0].actor == "张敏"


def test_viewers_never_see_full_identifiers(db: Database) -> None:
    with db.transaction() as s:
        c = consultations.log_consultation(s, ZHANG, ConsultationFields(
            received_at=datetime.now(timezone.utc), question="问", caller_name="王某", caller_phone="13800138000"))
    with pytest.raises(PermissionDenied, match="遮蔽"), db.transaction() as s:
        consultations.reveal_identifiers(s, VIEWER, c.id)
    with db.transaction() as s:
        assert consultations.reveal_identifiers(s, ZHANG, c.id)[0] == "13800138000"
