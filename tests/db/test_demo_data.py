"""`casedesk demo-data`: district-scale generation checked for size, determinism, validity and consistency."""
from __future__ import annotations

import re
import sqlite3
from collections import Counter
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from casedesk.cli import main
from casedesk.db.database import Database, open_database
from casedesk.db.models import (
    AuditEvent,
    Case,
    CaseCategory,
    CaseEvent,
    CaseParty,
    Claim,
    Consultation,
    Enterprise,
    GovernmentBody,
    NoticeViolation,
    NumberSequence,
    Organization,
    Staff,
    SupervisionNotice,
    Worker,
)
from casedesk.domain.enums import (
    CaseOutcome,
    CaseStage,
    ConsultationStatus,
    GovBodyKind,
    NoticeKind,
    NoticeStatus,
    ViolationType,
    WorkerGroup,
)
from casedesk.domain.numbering import parse_number
from casedesk.domain.validators import (
    ValidationError,
    id_number_birth,
    id_number_gender,
    normalize_credit_code,
    normalize_id_number,
    normalize_mobile,
    normalize_phone,
)
from casedesk.domain.workdays import add_working_days
from casedesk.services import demo_data, law_catalogue, numbering
from casedesk.services.parties import initials

DISTRICT = demo_data.SCALES["district"]
ANCHOR = demo_data.ANCHOR
POSITIVE = {CaseOutcome.SETTLED, CaseOutcome.MEDIATED, CaseOutcome.AWARD_UPHELD, CaseOutcome.AWARD_PARTIAL,
            CaseOutcome.JUDGMENT}
COMPARED_TABLES = ("enterprise", "worker", "dispute_case", "case_party", "case_category", "claim", "case_event",
                   "consultation", "supervision_notice", "notice_violation", "staff", "government_body")


def _generate(db: Database, **options: object) -> demo_data.DemoSummary:
    with db.transaction() as s:
        return demo_data.generate(s, "district", **options)  # type: ignore[arg-type]


@pytest.fixture
def district(db: Database) -> Database:
    _generate(db)
    return db


def test_district_sizes_and_the_demo_office(district: Database) -> None:
    with district.reading() as s:
        def count(model: type) -> int:
            return s.scalar(select(func.count()).select_from(model))

        assert count(Enterprise) == DISTRICT.enterprises
        assert count(Worker) == DISTRICT.workers
        assert count(Consultation) == DISTRICT.consultations
        assert count(Case) == DISTRICT.cases
        assert count(SupervisionNotice) == DISTRICT.notices
        assert count(CaseParty) >= DISTRICT.cases and count(Claim) >= DISTRICT.cases
        assert count(CaseEvent) >= DISTRICT.cases and count(NoticeViolation) >= DISTRICT.notices
        org = s.scalars(select(Organization).order_by(Organization.id)).first()
        assert org.name == org.issuer_mark == "齐齐哈尔市铁锋区总工会"
        assert org.case_number_pattern == "铁工法援〔{year}〕{seq}号"
        assert org.reminder_number_pattern == "铁工监提〔{year}〕{seq}号"
        staff = s.scalars(select(Staff)).all()
        assert len(staff) == 8 and sorted(p.role for p in staff).count("admin") == 1
        kinds = {b.kind for b in s.scalars(select(GovernmentBody))}
        assert {GovBodyKind.HRSS, GovBodyKind.INSPECTION, GovBodyKind.GOVERNMENT, GovBodyKind.PROCURATORATE} <= kinds
        audit_row = s.scalars(select(AuditEvent).where(AuditEvent.action == "demo-data")).one()
        assert '"consultation": [null, 2000]' in audit_row.changes


def _rows(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1, 2').fetchall() for t in COMPARED_TABLES}


def _make(path: Path, **options: object) -> dict[str, list[tuple]]:
    db = open_database(path)
    try:
        _generate(db, **options)
    finally:
        db.dispose()
    return _rows(path)


def test_same_seed_same_rows_by_every_route_and_another_seed_differs(tmp_path: Path) -> None:
    """The driver fast path, SQLAlchemy Core (what PostgreSQL gets) and the helper process store identical rows."""
    first = _make(tmp_path / "a.sqlite3", seed=7)
    assert first == _make(tmp_path / "b.sqlite3", seed=7)
    assert first == _make(tmp_path / "core.sqlite3", seed=7, fast_sqlite=False)
    assert first == _make(tmp_path / "helper.sqlite3", seed=7, parallel=True)
    other = _make(tmp_path / "c.sqlite3", seed=8)
    assert other["worker"] != first["worker"] and other["consultation"] != first["consultation"]


def _search_hits(path: Path, table: str, term: str) -> list[int]:
    with sqlite3.connect(path) as conn:
        fts = f"search_{table}"
        return [r[0] for r in conn.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid", (f'"{term}"',))]


def test_set_aside_insert_triggers_index_what_row_by_row_triggers_do(tmp_path: Path) -> None:
    """The fast path sets insert triggers (the search index's) aside and works their rows out beside the generator."""
    fast, slow = tmp_path / "fast.sqlite3", tmp_path / "slow.sqlite3"
    _make(fast)
    _make(slow, fast_sqlite=False)
    with sqlite3.connect(fast) as conn:
        triggers = {r[0] for r in conn.execute("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'")}
        name, phone = conn.execute("SELECT name, phone FROM worker WHERE phone IS NOT NULL LIMIT 1").fetchone()
        question = conn.execute("SELECT question FROM consultation LIMIT 1").fetchone()[0]
    if not triggers:
        pytest.skip("this schema has no insert triggers")
    assert triggers >= {"worker", "consultation"}  # and they are back in place
    for table, term in (("worker", name[:2]), ("worker", phone[3:5]), ("consultation", question[:2])):  # grams
        assert _search_hits(fast, table, term) == _search_hits(slow, table, term) != []


def test_moments_read_back_through_the_orm_as_utc_in_office_hours(district: Database) -> None:
    with district.reading() as s:
        for c in s.scalars(select(Consultation).limit(300)):
            assert c.received_at.tzinfo is not None and c.received_at.utcoffset() == timedelta(0)
            local = c.received_at + timedelta(hours=8)  # Asia/Shanghai
            assert (8, 30) <= (local.hour, local.minute) < (17, 30)
            assert c.received_at.date() < ANCHOR and c.received_at.date() >= ANCHOR - timedelta(days=4 * 366)
            assert c.created_at <= c.updated_at
        event = s.scalars(select(CaseEvent).limit(1)).one()
        assert event.occurred_at.tzinfo is not None
        if district.is_sqlite:  # stored exactly as SQLAlchemy's SQLite dialect stores a UTCDateTime
            raw = s.connection().exec_driver_sql("SELECT received_at, referral_date FROM consultation "
                                                 "WHERE referral_date IS NOT NULL LIMIT 1").one()
            assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", raw[0]) and re.fullmatch(r"\d{4}-\d\d-\d\d", raw[1])


def test_identifiers_are_valid_and_unique(district: Database) -> None:
    with district.reading() as s:
        enterprises = s.execute(select(Enterprise.credit_code, Enterprise.name, Enterprise.name_initials,
                                       Enterprise.contact_phone)).all()
        codes = [normalize_credit_code(code) for code, *_ in enterprises]
        assert len(set(codes)) == len(codes)
        assert len({name for _, name, *_ in enterprises}) == len(enterprises)
        for _code, name, name_initials, phone in enterprises:
            assert name_initials == initials(name)
            normalize_phone(phone)
        workers = s.execute(select(Worker.id_number, Worker.gender, Worker.phone, Worker.name, Worker.name_initials,
                                   Worker.group)).all()
        numbers = [normalize_id_number(n) for n, *_ in workers]
        assert len(set(numbers)) == len(numbers)
        for number, gender, phone, name, name_initials, _group in workers:
            assert id_number_gender(number) == gender
            assert 1960 <= id_number_birth(number).year <= 2005
            assert number[:2] in ("23", "22", "15")
            assert phone is None or normalize_mobile(phone) == phone
            assert 2 <= len(name) <= 3 and name_initials == initials(name)
        assert sum(len(name) == 2 for *_, name, _i, _g in workers) > len(workers) / 3
        groups = Counter(g for *_, g in workers)
        assert groups[WorkerGroup.GENERAL] > len(workers) / 2
        assert all(groups[g] > 0 for g in (WorkerGroup.DELIVERY_RIDER, WorkerGroup.COURIER,
                                          WorkerGroup.RIDE_HAIL_DRIVER, WorkerGroup.TRUCK_DRIVER))


def test_cases_are_consistent(district: Database) -> None:
    with district.reading() as s:
        org = s.scalars(select(Organization).order_by(Organization.id)).first()
        cases = s.scalars(select(Case)).all()
        parties = Counter((p.case_id, p.role) for p in s.scalars(select(CaseParty)))
        categories = Counter(c.case_id for c in s.scalars(select(CaseCategory)))
        claims = s.scalars(select(Claim)).all()
        assert 0.04 < sum(c.is_collective for c in cases) / len(cases) < 0.2
        for c in cases:
            assert parse_number(org.case_number_pattern, c.case_number) == (c.number_year, c.number_seq)
            assert c.number_year == c.intake_date.year
            assert c.infringement_known_date < c.intake_date
            assert 1 <= categories[c.id] <= 2
            if c.is_collective:
                assert c.worker_count >= 10 and 3 <= parties[(c.id, "representative")] <= 5
            else:
                assert c.worker_count == 1 and parties[(c.id, "applicant")] == 1
            if c.stage == CaseStage.CLOSED:
                assert c.outcome is not None and c.closed_date is not None and c.intake_date <= c.closed_date < ANCHOR
            else:
                assert c.outcome is None and c.closed_date is None
            if c.stage in (CaseStage.ARBITRATION, CaseStage.LITIGATION) or c.outcome in (
                    CaseOutcome.AWARD_UPHELD, CaseOutcome.AWARD_PARTIAL, CaseOutcome.AWARD_REJECTED):
                assert c.intake_date < c.arbitration_applied_date
            if c.arbitration_accepted_date:
                assert c.arbitration_applied_date < c.arbitration_accepted_date
            if c.award_received_date:
                assert c.arbitration_accepted_date < c.award_received_date
            assert c.last_activity_at is not None and c.last_activity_at.date() < ANCHOR
        by_case = {c.id: c for c in cases}
        for claim in claims:
            case = by_case[claim.case_id]
            assert 0 < claim.amount_claimed_fen and 0 <= claim.amount_recovered_fen <= claim.amount_claimed_fen
            if claim.amount_recovered_fen:
                assert case.outcome in POSITIVE
        assert any(c.amount_recovered_fen for c in claims)
        individual = [c.amount_claimed_fen for c in claims if not by_case[c.case_id].is_collective]
        assert 1_000_00 <= min(individual) and max(individual) <= 80_000_00


def test_consultations_follow_the_hotline_rules(district: Database) -> None:
    with district.reading() as s:
        rows = s.scalars(select(Consultation)).all()
        status = Counter(c.status for c in rows)
        assert status[ConsultationStatus.ANSWERED] > status[ConsultationStatus.REFERRED] > 0
        assert status[ConsultationStatus.TO_CASE] > 0 and status[ConsultationStatus.CLOSED] > 0
        assert Counter(c.channel for c in rows).most_common(1)[0][0] == "hotline_12351"
        assert Counter(c.category for c in rows).most_common(1)[0][0] == "wages"
        assert sum(c.caller_id is not None for c in rows) > 0.7 * len(rows)
        workers = {w.id: w for w in s.scalars(select(Worker))}
        overdue = 0
        for c in rows:
            if c.caller_id is not None:
                assert (c.caller_name, c.caller_phone) == (workers[c.caller_id].name, workers[c.caller_id].phone)
            if c.referral_body is not None:
                assert c.referral_date is not None and c.followup_due > c.referral_date
                assert c.followup_due == add_working_days(c.referral_date, 3)
                overdue += c.followup_done is None and c.followup_due < ANCHOR
            if c.followup_done is not None:
                assert c.status == ConsultationStatus.CLOSED and c.satisfaction and c.followup_result
                assert c.followup_done < ANCHOR
            if c.status == ConsultationStatus.TO_CASE:
                case = s.get(Case, c.case_id)
                assert case.intake_date >= c.received_at.date() and c.enterprise_id == case.enterprise_id
                applicant = s.scalars(select(CaseParty.worker_id).where(CaseParty.case_id == case.id)).first()
                assert c.caller_id == applicant and c.worker_count == case.worker_count
            else:
                assert c.case_id is None
        assert overdue > 0


def test_notices_escalate_and_their_dates_agree(district: Database) -> None:
    with district.reading() as s:
        org = s.scalars(select(Organization).order_by(Organization.id)).first()
        notices = {n.id: n for n in s.scalars(select(SupervisionNotice))}
        patterns = {NoticeKind.REMINDER: org.reminder_number_pattern, NoticeKind.OPINION: org.opinion_number_pattern,
                    NoticeKind.RECOMMENDATION: org.recommendation_number_pattern}
        violations = Counter(v.notice_id for v in s.scalars(select(NoticeViolation)))
        catalogue = {a.key for law in law_catalogue.shipped() for a in law.articles}
        assert {ViolationType(v.violation) for v in s.scalars(select(NoticeViolation))} <= set(ViolationType)
        kinds = Counter(n.kind for n in notices.values())
        assert kinds[NoticeKind.REMINDER] > kinds[NoticeKind.OPINION] > 0
        assert any(n.status == NoticeStatus.DRAFT for n in notices.values())
        assert any(n.case_id for n in notices.values())
        for n in notices.values():
            assert violations[n.id] >= 1 and n.facts and n.demands
            assert set(n.legal_basis.split("\n")) <= catalogue
            assert n.pdf_sha256 is None
            if n.status == NoticeStatus.DRAFT:
                assert n.number is None and n.issued_on is None
                continue
            assert parse_number(patterns[NoticeKind(n.kind)], n.number) == (n.number_year, n.number_seq)
            assert n.number_year == n.issued_on.year and n.issued_on < ANCHOR
            if n.delivered_on:
                assert n.issued_on <= n.delivered_on and n.reply_due > n.delivered_on
                assert n.reply_due == add_working_days(n.delivered_on, n.deadline_count)
            if n.replied_on:
                assert n.delivered_on < n.replied_on < ANCHOR and n.reply_content
            if n.rectification:
                assert n.replied_on is not None
            if n.closed_on:
                assert n.status == NoticeStatus.CLOSED and n.rectification == "rectified"
            if n.kind == NoticeKind.RECOMMENDATION:
                assert n.department_id is not None
        for n in notices.values():
            if n.escalated_from_id is None:
                continue
            parent = notices[n.escalated_from_id]
            assert (parent.kind, n.kind) in {(NoticeKind.REMINDER, NoticeKind.OPINION),
                                             (NoticeKind.OPINION, NoticeKind.RECOMMENDATION)}
            assert parent.enterprise_id == n.enterprise_id and parent.id < n.id
            assert parent.issued_on < n.created_at.date()
            if n.status != NoticeStatus.DRAFT:
                assert parent.status == NoticeStatus.ESCALATED


def test_number_sequences_continue_after_the_demo_numbers(district: Database) -> None:
    with district.transaction() as s:
        org = s.scalars(select(Organization).order_by(Organization.id)).first()
        used = {("case", y): m for y, m in s.execute(
            select(Case.number_year, func.max(Case.number_seq)).group_by(Case.number_year))}
        used |= {(k, y): m for k, y, m in s.execute(
            select(SupervisionNotice.kind, SupervisionNotice.number_year, func.max(SupervisionNotice.number_seq))
            .where(SupervisionNotice.number.is_not(None))
            .group_by(SupervisionNotice.kind, SupervisionNotice.number_year))}
        stored = {(r.series, r.year): r.last_value for r in s.scalars(select(NumberSequence))}
        assert stored == used
        (series, year), last = max(used.items(), key=lambda item: item[0][1])
        assert numbering.next_number(s, org.id, series, year) == last + 1


def test_a_second_run_is_refused_and_changes_nothing(district: Database) -> None:
    with pytest.raises(ValidationError, match="已有咨询"), district.transaction() as s:
        demo_data.generate(s, "district", seed=2)
    with district.reading() as s:
        assert s.scalar(select(func.count()).select_from(Consultation)) == DISTRICT.consultations


def test_a_cancel_undoes_everything_even_when_the_caller_commits(db: Database) -> None:
    seen: list[str] = []

    def progress(stage: str, done: int, total: int) -> bool:
        seen.append(stage)
        return stage != "cases"

    indexes = {t: inspect(db.engine).get_indexes(t) for t in ("consultation", "worker", "enterprise")}
    with db.transaction() as s, pytest.raises(demo_data.Cancelled):
        demo_data.generate(s, "district", progress=progress)
    assert seen[0] == "enterprises" and seen[-1] == "cases"
    assert {t: inspect(db.engine).get_indexes(t) for t in indexes} == indexes
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Enterprise)) == 0
        assert s.scalar(select(func.count()).where(Organization.name == "齐齐哈尔市铁锋区总工会")) == 0
        assert s.scalar(select(func.count()).select_from(Staff)) == 0
    _generate(db)  # and the file is as good as new


def test_an_unknown_scale_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError, match="province"), db.transaction() as s:
        demo_data.generate(s, "planet")


def test_cli_prints_the_summary_and_refuses_a_filled_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "demo.sqlite3")
    assert main(["--db", path, "demo-data", "--scale", "district", "--seed", "3"]) == 0
    captured = capsys.readouterr()
    assert "consultation" in captured.out and "2,000" in captured.out and "done in" in captured.out
    assert "consultations 2000/2000" in captured.err
    assert main(["--db", path, "demo-data", "--scale", "district"]) == 1
    assert "已有咨询" in capsys.readouterr().err
    assert main(["--db", path, "check"]) == 0


def test_the_anchor_moves_everything(tmp_path: Path) -> None:
    db = open_database(tmp_path / "early.sqlite3")
    try:
        _generate(db, anchor=date(2025, 3, 1))
        with db.reading() as s:
            latest = s.scalar(select(func.max(Consultation.received_at)))
            assert latest.astimezone(UTC).date() < date(2025, 3, 1)
    finally:
        db.dispose()
