"""Fuzzing every search box: list searches, the Ctrl+K search, completion and the audit browser.

Any text, including SQL and FTS syntax (quotes, *, (, AND, NEAR, -, %, _, \\),
control characters and very long input, returns rows or nothing and never
raises; a fragment of a stored name or number finds its record. SQLite and PostgreSQL.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casedesk.db.database import Database
from casedesk.domain.enums import CaseSource
from casedesk.services import audit, cases, consultations, global_search, listing, parties
from casedesk.services.actor import SYSTEM
from casedesk.services.consultations import ConsultationFields

FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                         HealthCheck.too_slow])
SYNTAX = st.sampled_from(['"', "'", "*", "(", ")", "AND", "OR", "NOT", "NEAR", "-", "^", ":", "%", "_", "\\", ";", "--",
                          "' OR 1=1 --", "\"; DROP TABLE worker; --", "\x00", "\u202e", "王", "建国", "物流", "1380", "〔",
                          "号", " ", "x" * 300])
QUERY = st.one_of(st.text(max_size=40), st.lists(SYNTAX, max_size=8).map(" ".join), st.lists(SYNTAX, max_size=8).map("".join))
LISTS = ("consultations", "cases", "notices", "enterprises", "workers")
NAME, PHONE, FIRM = "欧阳建国", "13912345678", "铁锋区某某物流有限公司"


@pytest.fixture
def office(db: Database) -> Database:
    with db.transaction() as s:
        consultations.log_consultation(s, SYSTEM, ConsultationFields(
            received_at=datetime.now(timezone.utc), caller_name=NAME, caller_phone=PHONE, enterprise_name=FIRM,
            question="公司拖欠工资三个月"))
        cases.open_case(s, SYSTEM, source=CaseSource.WALK_IN.value, applicant_name=NAME, applicant_phone=PHONE,
                        enterprise_name=FIRM, description="欠薪")
    return db


@FUZZ
@given(text=QUERY)
def test_every_search_box_takes_any_text(office: Database, text: str) -> None:
    with office.reading() as s:
        for name in LISTS:
            rows = listing.page(s, name, listing.get_spec(name).default_sort, True, 0, 50, {"search": text})
            assert listing.count(s, name, {"search": text}) >= len(rows)
        global_search.search(s, text)
        parties.complete_enterprises(s, text)
        parties.complete_workers(s, text)
        audit.search(s, audit.AuditQuery(text=text, actor=text), limit=20)


@FUZZ
@given(start=st.integers(min_value=0, max_value=len(NAME) - 2), length=st.integers(min_value=2, max_value=4),
       decorate=st.sampled_from(["{}", " {} ", "\t{}\n"]))
def test_a_fragment_of_a_name_or_phone_finds_its_record(office: Database, start: int, length: int, decorate: str) -> None:
    fragment = NAME[start:start + length]
    if len(fragment) < 2:
        return
    with office.reading() as s:
        for name in ("consultations", "cases", "workers"):
            found = listing.page(s, name, listing.get_spec(name).default_sort, True, 0, 50, {"search": decorate.format(fragment)})
            assert found, (name, decorate.format(fragment))
        phone = listing.page(s, "workers", "name", False, 0, 50, {"search": PHONE[3:7]})
        assert phone
