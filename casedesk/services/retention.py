"""Retention (个人信息保护法 第19、47条): anonymise what is older than the office keeps personal data.

``purge(session, actor, older_than_years)`` removes names and numbers from

- cases closed before the cut-off: description, claim notes and timeline text
  are blanked, attachments removed, and each party is pointed at an anonymous
  worker record (same gender, employment form and group, no name or numbers);
- consultations received before the cut-off (unless tied to a case still
  kept): caller name, phone and worker link, question, answer and follow-up
  text are blanked;
- the worker records only those purged records mentioned.

What the statistics count is kept: dates, channel, category, stage, outcome,
amounts, worker counts, employer, handler. The employer is an organisation,
not a person, and official letters (一函两书) stay as issued. The audit rows
about the anonymised records are redacted (``audit.redact``) and one
``purge`` row records the cut-off, the counts and which rows it redacted.
The file is backed up first. A dry run counts and changes nothing.

Attachment files are deleted after the commit (``delete_files``), never
before: a rolled-back purge must not have lost evidence.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from casedesk.db.models import Attachment, Case, CaseEvent, CaseParty, Claim, Consultation, Worker, utcnow
from casedesk.db.progress import BACKUP, CHECK, WRITE, StepProgress, advance, step
from casedesk.domain.enums import CaseStage
from casedesk.domain.messages import Message
from casedesk.domain.timeutil import from_local, local_now
from casedesk.domain.validators import ValidationError
from casedesk.services import attachments, audit, backup, settings
from casedesk.services.actor import Actor, require_admin

ANONYMOUS = "（已匿名）"
MIN_YEARS = 3  # PIPL 第55、56条: processing records are kept at least three years
_CHUNK = 500


@dataclass
class PurgeResult:
    cutoff: date
    dry_run: bool
    cases: int = 0
    consultations: int = 0
    workers: int = 0
    attachments: int = 0
    audit_rows: int = 0
    backup: Path | None = None
    files_to_delete: list[str] = field(default_factory=list)  # attachment SHA-256s, removed after the commit

    def lines(self) -> list[Message]:
        return [
            Message("保存期限截止日：{cutoff}（此前结案的案件、此前受理的咨询）{mode}", cutoff=self.cutoff.isoformat(),
                    mode=Message("（试运行，未修改）") if self.dry_run else ""),
            Message("匿名化案件 {cases} 件，咨询 {consultations} 条，职工记录 {workers} 条",
                    cases=self.cases, consultations=self.consultations, workers=self.workers),
            Message("删除附件 {attachments} 个，审计记录去除个人信息 {audit_rows} 条",
                    attachments=self.attachments, audit_rows=self.audit_rows),
        ]


def cutoff_for(years: int, today: date | None = None) -> date:
    today = today or local_now().date()
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start:start + _CHUNK])


def _purgeable_cases(session: Session, cutoff: date) -> list[int]:
    return list(session.scalars(
        select(Case.id).where(Case.stage == CaseStage.CLOSED.value, Case.closed_date < cutoff, Case.anonymized_at.is_(None))
        .order_by(Case.id)
    ))


def _purgeable_consultations(session: Session, cutoff: date, purged_cases: set[int]) -> list[int]:
    before = from_local(datetime.combine(cutoff, time.min))
    rows = session.execute(
        select(Consultation.id, Consultation.case_id, Case.anonymized_at)
        .outerjoin(Case, Case.id == Consultation.case_id)
        .where(Consultation.received_at < before, Consultation.anonymized_at.is_(None))
        .order_by(Consultation.id)
    ).all()
    # A call that became a case goes with its case: kept while the case is kept.
    return [cid for cid, case_id, case_anon in rows if case_id is None or case_id in purged_cases or case_anon is not None]


def _still_needed(session: Session, worker_ids: list[int], cases: set[int], consultations: set[int]) -> set[int]:
    """Workers that a record staying identifiable still mentions."""
    needed: set[int] = set()
    for chunk in _chunks(worker_ids):
        for wid, cid in session.execute(select(Consultation.caller_id, Consultation.id).where(
                Consultation.caller_id.in_(chunk), Consultation.anonymized_at.is_(None))):
            if cid not in consultations:
                needed.add(wid)
        for wid, case_id in session.execute(select(CaseParty.worker_id, CaseParty.case_id).join(Case, Case.id == CaseParty.case_id)
                                            .where(CaseParty.worker_id.in_(chunk), Case.anonymized_at.is_(None))):
            if case_id not in cases:
                needed.add(wid)
    return needed


def purge(session: Session, actor: Actor, older_than_years: int | None = None, *, dry_run: bool = False,
          today: date | None = None, progress: StepProgress | None = None) -> PurgeResult:
    """Anonymise records older than the retention period (Settings ``retention_years`` unless given).

    ``progress`` hears CHECK (finding what is due: six steps, ~10 s on a province file), BACKUP (the copy
    taken first, pages) and WRITE (batches of records anonymised) and may stop the purge (Cancelled) until
    it is done: the caller's transaction then rolls back and nothing is changed (a finished backup stays
    in the backup folder).
    """
    require_admin(actor)
    years = int(settings.get(session, "retention_years") if older_than_years is None else older_than_years)
    if years < MIN_YEARS:
        raise ValidationError("保存期限：至少 {min} 年（个人信息保护法第五十五、五十六条要求处理记录至少保存三年）", min=MIN_YEARS)
    result = PurgeResult(cutoff=cutoff_for(years, today), dry_run=dry_run)
    checking = step(progress, CHECK)
    advance(checking, 0, 6)
    case_ids = _purgeable_cases(session, result.cutoff)
    advance(checking, 1, 6)
    consultation_ids = _purgeable_consultations(session, result.cutoff, set(case_ids))
    advance(checking, 2, 6)
    party_rows = [tuple(r) for chunk in _chunks(case_ids) for r in session.execute(
        select(CaseParty.id, CaseParty.worker_id).where(CaseParty.case_id.in_(chunk)))]
    advance(checking, 3, 6)
    callers = [w for chunk in _chunks(consultation_ids) for w in session.scalars(
        select(Consultation.caller_id).where(Consultation.id.in_(chunk), Consultation.caller_id.is_not(None)))]
    worker_ids = sorted({w for _, w in party_rows} | set(callers))
    advance(checking, 4, 6)
    needed = _still_needed(session, worker_ids, set(case_ids), set(consultation_ids))
    anonymise_workers = [w for w in worker_ids if w not in needed]
    advance(checking, 5, 6)
    attachment_rows = [tuple(r) for chunk in _chunks(case_ids) for r in session.execute(
        select(Attachment.id, Attachment.sha256).where(Attachment.case_id.in_(chunk)))]
    advance(checking, 6, 6)
    result.cases, result.consultations = len(case_ids), len(consultation_ids)
    result.workers, result.attachments = len(anonymise_workers), len(attachment_rows)
    if dry_run or not (case_ids or consultation_ids):
        return result

    result.backup = backup.protect(session, "purge", step(progress, BACKUP))
    writing = step(progress, WRITE)
    batches = sum(len(list(_chunks(ids))) for ids in (case_ids, consultation_ids, anonymise_workers))
    written = 0

    def batch_done() -> None:
        nonlocal written
        written += 1
        advance(writing, written, batches)

    advance(writing, 0, batches)
    now = utcnow()
    children: dict[str, list[int]] = {"case_party": [p for p, _ in party_rows], "attachment": [a for a, _ in attachment_rows]}
    for chunk in _chunks(case_ids):
        session.execute(update(Case).where(Case.id.in_(chunk)).values(
            description="", anonymized_at=now, version=Case.version + 1))
        children.setdefault("claim", []).extend(session.scalars(select(Claim.id).where(Claim.case_id.in_(chunk))))
        session.execute(update(Claim).where(Claim.case_id.in_(chunk)).values(note=""))
        children.setdefault("case_event", []).extend(session.scalars(select(CaseEvent.id).where(CaseEvent.case_id.in_(chunk))))
        session.execute(update(CaseEvent).where(CaseEvent.case_id.in_(chunk)).values(summary=""))
        batch_done()
    for chunk in _chunks([a for a, _ in attachment_rows]):
        session.execute(Attachment.__table__.delete().where(Attachment.id.in_(chunk)))
    _repoint_shared_parties(session, [(p, w) for p, w in party_rows if w in needed])
    for chunk in _chunks(consultation_ids):
        session.execute(update(Consultation).where(Consultation.id.in_(chunk)).values(
            caller_name="", caller_phone=None, caller_id=None, question="", answer="", followup_result="",
            anonymized_at=now, version=Consultation.version + 1))
        batch_done()
    for chunk in _chunks(anonymise_workers):
        session.execute(update(Worker).where(Worker.id.in_(chunk)).values(
            name=ANONYMOUS, name_initials="", id_number=None, phone=None, address="", anonymized_at=now,
            version=Worker.version + 1))
        batch_done()
    redacted = audit.redact(session, {
        "case": case_ids, "consultation": consultation_ids, "worker": anonymise_workers, **children,
    }, "retention")
    result.audit_rows = sum(hi - lo + 1 for lo, hi in redacted)
    result.files_to_delete = sorted({sha for _, sha in attachment_rows})
    session.expire_all()
    audit.record(session, actor, "purge", "database", None, {
        "cutoff": result.cutoff.isoformat(), "years": years, "cases": result.cases,
        "consultations": result.consultations, "workers": result.workers, "attachments": result.attachments,
        "redacted_audit_rows": redacted,
    })
    return result


def _repoint_shared_parties(session: Session, parties: list[tuple[int, int]]) -> None:
    """Parties of purged cases whose worker is still in a kept record get an anonymous stand-in."""
    stand_ins: dict[int, int] = {}
    for party_id, worker_id in parties:
        if worker_id not in stand_ins:
            original = session.get_one(Worker, worker_id)
            clone = Worker(name=ANONYMOUS, name_initials="", gender=original.gender, employment_form=original.employment_form,
                           group=original.group, union_member=original.union_member, enterprise_id=original.enterprise_id,
                           organization_id=original.organization_id, anonymized_at=utcnow())
            session.add(clone)
            session.flush()
            stand_ins[worker_id] = clone.id
        session.execute(update(CaseParty).where(CaseParty.id == party_id).values(worker_id=stand_ins[worker_id]))


def delete_files(session: Session, shas: Iterable[str]) -> int:
    """After the commit: remove attachment files no remaining attachment row refers to."""
    removed = 0
    for sha in shas:
        if session.scalar(select(func.count()).select_from(Attachment).where(Attachment.sha256 == sha)):
            continue
        for path in attachments.stored_path(sha, "").parent.glob(f"{sha}*"):
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass
    return removed

