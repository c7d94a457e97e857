"""Retention purge and the tamper-evident audit trail (SQLite and PostgreSQL)."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, text, update

from casedesk.cli import main as cli
from casedesk.db.database import Database
from casedesk.db.models import AuditEvent, Case, CaseParty, Claim, Consultation, Worker
from casedesk.domain.enums import CaseOutcome, CaseSource
from casedesk.services import attachments, audit, cases, consultations, retention, stats
from casedesk.services.actor import SYSTEM, Actor, PermissionDenied
from casedesk.services.cases import ClaimLine
from casedesk.services.consultations import ConsultationFields

LATER = date.today().replace(year=date.today().year + 11)


def _office(db: Database, tmp_path: Path) -> dict[str, int]:
    """A closed case with parties, a claim, a timeline note and an attachment; an old call; a worker who calls again."""
    evidence = tmp_path / "工资条.txt"
    evidence.write_text("王某某 2024年3月 工资 5000", encoding="utf-8")
    with db.transaction() as s:
        case = cases.open_case(s, SYSTEM, source=CaseSource.WALK_IN.value, applicant_name="王建国", applicant_phone="13912345678",
                               applicant_id_number="110105199003070025", enterprise_name="某某物流有限公司",
                               description="王建国反映公司拖欠工资", claims=[ClaimLine("wages", 500_000, 0, "王建国三个月工资")])
        cases.add_event(s, SYSTEM, case.id, kind="note", summary="电话联系王建国")
        attachments.add_attachment(s, SYSTEM, case.id, evidence)
        claim_id = s.scalar(select(Claim.id).where(Claim.case_id == case.id))
        cases.close_case(s, SYSTEM, case.id, outcome=CaseOutcome.MEDIATED.value, recovered={claim_id: 300_000})
        old_call = consultations.log_consultation(s, SYSTEM, ConsultationFields(
            received_at=datetime.now(timezone.utc) - timedelta(days=1), caller_name="李秀英", caller_phone="13800138000",
            question="李秀英问加班费怎么算", answer="告知计算方法"))
        worker_id = s.scalar(select(CaseParty.worker_id).where(CaseParty.case_id == case.id))
    with db.transaction() as s:
        consultations.reveal_identifiers(s, SYSTEM, old_call.id)
    return {"case": case.id, "call": old_call.id, "worker": worker_id}


def _totals(db: Database) -> dict:
    with db.reading() as s:
        figures = stats.compute(s, date.today() - timedelta(days=30), date.today() + timedelta(days=1), trend=False)
    return {k: figures[k] for k in ("consultations", "cases")}


def test_purge_anonymises_old_records_keeps_totals_and_the_chain(db: Database, tmp_path: Path) -> None:
    ids = _office(db, tmp_path)
    before = _totals(db)
    with db.transaction() as s:
        dry = retention.purge(s, SYSTEM, 10, dry_run=True, today=LATER)
    assert (dry.cases, dry.consultations, dry.workers, dry.attachments) == (1, 1, 2, 1)
    with db.reading() as s:
        assert s.scalar(select(Consultation.caller_name).where(Consultation.id == ids["call"])) == "李秀英"  # untouched
    with db.transaction() as s:
        result = retention.purge(s, SYSTEM, 10, today=LATER)
    with db.reading() as s:
        assert retention.delete_files(s, result.files_to_delete) == 1
    assert result.cases == 1 and result.audit_rows > 5
    with db.reading() as s:
        case = s.get_one(Case, ids["case"])
        assert case.description == "" and case.anonymized_at is not None
        assert s.scalar(select(Claim.note).where(Claim.case_id == case.id)) == ""
        assert s.scalar(select(Claim.amount_recovered_fen).where(Claim.case_id == case.id)) == 300_000
        worker = s.get_one(Worker, ids["worker"])
        assert (worker.name, worker.id_number, worker.phone) == (retention.ANONYMOUS, None, None)
        call = s.get_one(Consultation, ids["call"])
        assert (call.caller_name, call.caller_phone, call.question, call.caller_id) == ("", None, "", None)
        everything = " ".join(s.scalars(select(AuditEvent.changes)))
        for secret in ("王建国", "李秀英", "13912345678", "110105199003070025", "13800138000"):
            assert secret not in everything
        assert audit.verify_chain(s) == []
        purge_row = s.scalars(select(AuditEvent).where(AuditEvent.action == "purge")).one()
        assert json.loads(purge_row.changes)["cases"] == 1
    assert _totals(db) == before
    assert list(attachments.stored_path("0" * 64, "").parent.parent.rglob("*.txt")) == []
    with db.transaction() as s:  # done once: nothing left to do
        again = retention.purge(s, SYSTEM, 10, today=LATER)
    assert (again.cases, again.consultations) == (0, 0)


def test_a_worker_still_in_a_kept_record_keeps_their_name_there(db: Database, tmp_path: Path) -> None:
    ids = _office(db, tmp_path)
    with db.transaction() as s:
        consultations.log_consultation(s, SYSTEM, ConsultationFields(
            received_at=datetime.now(timezone.utc), caller_id=ids["worker"], question="又来咨询"))
    # Only the old case passes the cut-off: the new call (made "today" in the later year) stays.
    with db.transaction() as s:
        s.execute(update(Consultation).where(Consultation.question == "又来咨询").values(
            received_at=datetime.now(timezone.utc).replace(year=LATER.year)))
        retention.purge(s, SYSTEM, 10, today=LATER)
    with db.reading() as s:
        assert s.get_one(Worker, ids["worker"]).name == "王建国"
        stand_in = s.scalar(select(CaseParty.worker_id).where(CaseParty.case_id == ids["case"]))
        assert stand_in != ids["worker"] and s.get_one(Worker, stand_in).name == retention.ANONYMOUS


def test_purge_rules(db: Database) -> None:
    with pytest.raises(PermissionDenied), db.transaction() as s:
        retention.purge(s, Actor(None, "张敏", "staff"), 10)
    with pytest.raises(Exception, match="至少 3 年"), db.transaction() as s:
        retention.purge(s, SYSTEM, 1)


def test_cli_purge(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _office(db, tmp_path)
    target = db.url.render_as_string(hide_password=False)
    assert cli(["--db", target, "purge", "--older-than", "10", "--dry-run"]) == 0
    assert "试运行" in capsys.readouterr().out
    assert cli(["--db", target, "purge", "--older-than", "2"]) == 1
    assert "至少 3 年" in capsys.readouterr().err


# --- the chain ---------------------------------------------------------------------------------------


def _chain(db: Database, n: int = 5) -> None:
    for i in range(n):
        with db.transaction() as s:
            audit.record(s, SYSTEM, "update", "setting", i, {"k": [i, i + 1]})


def test_a_changed_row_is_detected(db: Database) -> None:
    _chain(db)
    with db.transaction() as s:
        s.execute(update(AuditEvent).where(AuditEvent.id == 3).values(changes='{"k": [2, 99]}'))
    with db.reading() as s:
        assert audit.verify_chain(s) == ["审计记录 #3 的内容被修改"]


def test_a_changed_actor_is_detected(db: Database) -> None:
    _chain(db)
    with db.transaction() as s:
        s.execute(update(AuditEvent).where(AuditEvent.id == 2).values(actor="别人"))
    with db.reading() as s:
        assert audit.verify_chain(s) == ["审计记录 #2 的内容被修改"]


def test_a_deleted_row_is_detected(db: Database) -> None:
    _chain(db)
    with db.transaction() as s:
        s.execute(delete(AuditEvent).where(AuditEvent.id == 3))
    with db.reading() as s:
        assert audit.verify_chain(s) == ["审计记录 #4 之前的记录被删除或修改"]


def test_an_unexplained_redaction_is_detected(db: Database) -> None:
    _chain(db)
    with db.transaction() as s:
        s.execute(update(AuditEvent).where(AuditEvent.id == 2).values(changes='{"_redacted": "retention"}'))
    with db.reading() as s:
        assert audit.verify_chain(s) == ["审计记录 #2 的内容被删除（没有相应的保存期限清理记录）"]


def test_cli_check_reports_tampering(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _chain(db)
    target = db.url.render_as_string(hide_password=False)
    assert cli(["--db", target, "check"]) == 0
    with db.transaction() as s:
        s.execute(text("UPDATE audit_event SET changes = '{}' WHERE id = 4"))
    assert cli(["--db", target, "check"]) == 1
    assert "审计记录 #4" in capsys.readouterr().out


def test_concurrent_appends_on_postgresql_keep_one_chain(db: Database) -> None:
    """Several desks appending at once (threads here) never fork the chain."""
    from concurrent.futures import ThreadPoolExecutor

    def append(i: int) -> None:
        with db.transaction() as s:
            audit.record(s, SYSTEM, "update", "setting", i, {"n": [None, i]})

    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(append, range(60)))
    with db.reading() as s:
        assert audit.verify_chain(s) == []
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == 60
