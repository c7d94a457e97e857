"""Numbering, settings and enterprise/worker matching against a real database."""
from __future__ import annotations

import pytest

from casedesk.db.database import Database
from casedesk.db.models import AuditEvent, Enterprise, Worker
from casedesk.domain.validators import ValidationError
from casedesk.services import numbering, parties, settings
from casedesk.services.actor import SYSTEM
from casedesk.services.organization import current_org


def test_numbers_run_per_series_and_year_and_never_repeat(db: Database) -> None:
    with db.transaction() as s:
        org = current_org(s).id
        assert [numbering.next_number(s, org, "reminder", 2025) for _ in range(3)] == [1, 2, 3]
        assert numbering.next_number(s, org, "opinion", 2025) == 1
        assert numbering.next_number(s, org, "reminder", 2026) == 1
        numbering.advance_past(s, org, "reminder", 2025, 10)
        numbering.advance_past(s, org, "reminder", 2025, 4)
        assert numbering.next_number(s, org, "reminder", 2025) == 11
        assert numbering.gaps(s, org, "reminder", 2025, {1, 2, 3, 11}) == list(range(4, 11))


def test_a_rolled_back_issue_gives_its_number_back(db: Database) -> None:
    with db.transaction() as s:
        org = current_org(s).id
    with pytest.raises(RuntimeError):
        with db.transaction() as s:
            numbering.next_number(s, org, "case", 2025)
            raise RuntimeError("printer jammed")
    with db.transaction() as s:
        assert numbering.next_number(s, org, "case", 2025) == 1


def test_settings_default_then_saved_and_audited(db: Database) -> None:
    with db.transaction() as s:
        assert settings.get(s, "followup_working_days") == 3
        settings.put(s, SYSTEM, "followup_working_days", 5)
    with db.transaction() as s:
        assert settings.get(s, "followup_working_days") == 5
        assert s.query(AuditEvent).filter_by(entity="setting").count() == 1


def test_enterprises_complete_by_substring_and_pinyin_initials(db: Database) -> None:
    with db.transaction() as s:
        parties.find_or_create_enterprise(s, SYSTEM, "铁锋区顺达物流有限公司")
        parties.find_or_create_enterprise(s, SYSTEM, "齐齐哈尔市龙华建筑工程有限公司")
    with db.transaction() as s:
        assert [x.text for x in parties.complete_enterprises(s, "tfq")] == ["铁锋区顺达物流有限公司"]
        assert [x.text for x in parties.complete_enterprises(s, "物流")] == ["铁锋区顺达物流有限公司"]
        assert parties.complete_enterprises(s, "100%") == []


def test_find_or_create_links_the_same_record(db: Database) -> None:
    with db.transaction() as s:
        a = parties.find_or_create_enterprise(s, SYSTEM, "顺达物流")
        b = parties.find_or_create_enterprise(s, SYSTEM, "顺达物流")
        assert a.id == b.id
        w1 = parties.find_or_create_worker(s, SYSTEM, "王磊", phone="138 1234 5678")
        w2 = parties.find_or_create_worker(s, SYSTEM, "王磊", phone="13812345678", id_number="11010519491231002X")
        assert w1.id == w2.id and w2.id_number == "11010519491231002X" and w2.gender == "F"
        with pytest.raises(ValidationError, match="校验位"):
            parties.find_or_create_worker(s, SYSTEM, "李娜", id_number="110105194912310021")
    with db.transaction() as s:
        assert s.query(Enterprise).count() == 1 and s.query(Worker).count() == 1
